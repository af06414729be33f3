"""Formatting: Amazon's 2020 "permitted message styling" list.

Amazon's messaging page renders every message in its own frame, with its own font, size,
colour, alignment and width; the 2020 guideline rewrite lists what a seller may not
override (emoji, more than three font sizes, line height / font family / colour, centred
text, wide margins, runs of blank lines, inaccessible markup, excessive misspellings).

CSS handling (shared with the images family):

- `style="…"` attributes are split into declarations with a small splitter (a `;` inside
  `url(…)` does not split) and rewritten declaration by declaration, so what a rule does
  not own survives untouched.
- `<style>` blocks are KEPT. Dropping them would be simpler, but they also hide things
  (preheaders with `display:none`, mobile media queries) and dropping them would make
  hidden text visible. Each rule removes only its own declarations from the CSS text: a
  regex over `selector { declarations }` blocks (innermost blocks, so `@media` nesting
  works), after removing CSS comments.
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress, filterfalse, repeat
from typing import TYPE_CHECKING, Annotated, Any, cast

from lxml import etree

from policies.model import NON_VISIBLE
from policies.registry import Context, Rule, excerpt
from policies.verdict import Action

if TYPE_CHECKING:
    from policies.config import Policy
    from policies.model import MessageModel, TextPart

# --------------------------------------------------------------------------------------
# CSS helpers (also used by policies/rules/images.py)
# --------------------------------------------------------------------------------------

# A `;` that is not inside parentheses (url(data:image/png;base64,…) stays whole).
_DECL_SPLIT = re.compile(r";(?![^()]*\))")
_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
# Innermost `selector { declarations }` blocks.
_CSS_BLOCK = re.compile(r"([^{}]*)\{([^{}]*)\}")
_LENGTH = re.compile(
    r"^\s*([+-]?(?:\d+\.?\d*|\.\d+))\s*(px|pt|em|rem|%)?\s*(?:!\s*important)?\s*$", re.I
)
_IMPORTANT = re.compile(r"\s*!\s*important\s*$", re.I)

# CSS units in px; em/rem against the usual 16 px default.
_UNIT_PX = {"": 1.0, "px": 1.0, "pt": 4.0 / 3.0, "em": 16.0, "rem": 16.0}


@dataclass(frozen=True, slots=True)
class Decl:
    """One CSS declaration: lower-cased property, value (without !important), raw text."""

    prop: str
    value: str
    raw: str


def split_declarations(style: str) -> list[Decl]:
    """The declarations of a `style` attribute (or a CSS block body), in order."""
    return list(_declarations(style))


# Parsed once per distinct text, process-wide: five style and image rules read the same
# attributes and style sheets, twice when a fixed message is re-checked, and templates
# repeat the same `style="…"` on hundreds of elements. Parsing is a pure function of the
# text, so sharing the result changes nothing; tuples keep the shared copy immutable.
@lru_cache(maxsize=4096)
def _declarations(style: str) -> tuple[Decl, ...]:
    out: list[Decl] = []
    for raw in _DECL_SPLIT.split(style):
        prop, sep, value = raw.partition(":")
        if not sep or not prop.strip():
            continue
        out.append(Decl(prop.strip().lower(), _IMPORTANT.sub("", value.strip()), raw.strip()))
    return tuple(out)


# Pure, and asked for the same few values (`0`, `20px`, `600`) hundreds of times per message.
@lru_cache(maxsize=1024)
def to_px(value: str, percent_base: float) -> float | None:
    """A CSS length (or a bare HTML attribute number) in px; None if not a plain length."""
    match = _LENGTH.match(value)
    if not match:
        return None
    number = float(match.group(1))
    unit = (match.group(2) or "").lower()
    if unit == "%":
        return number * percent_base / 100.0
    return number * _UNIT_PX[unit]


def edit_style(el: Any, drop: Callable[[Decl], bool]) -> bool:
    """Remove the declarations `drop` selects from an element's style; True if any."""
    style = el.get("style")
    if not style:
        return False
    decls = split_declarations(style)
    kept = [d for d in decls if not drop(d)]
    if len(kept) == len(decls):
        return False
    if kept:
        el.set("style", "; ".join(d.raw for d in kept))
    else:
        del el.attrib["style"]
    return True


def style_decls(el: Any) -> list[Decl]:
    style = el.get("style")
    return split_declarations(style) if style else []


def style_elements(root: Any) -> Iterator[Any]:
    """The `<style>` elements of a document that carry CSS text."""
    for el in root.iter("style"):
        if el.text and el.text.strip():
            yield el


def style_sheet_declarations(
    root: Any, matches: Callable[[Decl], bool], needle: str = ""
) -> Iterator[Decl]:
    """The declarations in a document's `<style>` blocks for which `matches` is true.

    `needle`, if given, is lower-case text that every matching declaration holds (in its
    property name or value): a style sheet without it is passed over without testing its
    declarations one by one (a template's sheet has hundreds)."""
    for el in style_elements(root):
        css = el.text
        # Declarations are cut from the sheet without comments; lower-casing a piece of it
        # gives a piece of the lower-cased sheet.
        if needle and needle not in _sheet_layout(css)[0].lower():
            continue
        for _, decls in _style_sheet(css):  # (`css_blocks` without the list copies)
            yield from filter(matches, decls)


def css_blocks(css: str) -> Iterator[tuple[str, list[Decl]]]:
    """(selector, declarations) of every innermost block of a style sheet."""
    for selector, decls in _style_sheet(css):
        yield selector, list(decls)


@lru_cache(maxsize=64)
def _style_sheet(css: str) -> tuple[tuple[str, tuple[Decl, ...]], ...]:
    """`css_blocks`, parsed once per distinct style sheet (see `_declarations`)."""
    _, blocks = _sheet_layout(css)
    return tuple((selector.strip(), _declarations(body)) for _, _, selector, body in blocks)


@lru_cache(maxsize=64)
def _sheet_layout(css: str) -> tuple[str, tuple[tuple[int, int, str, str], ...]]:
    """The style sheet without comments, and (start, end, selector, body) of each of its
    innermost blocks in it: what `_CSS_BLOCK.finditer` finds, found once per sheet."""
    stripped = _CSS_COMMENT.sub("", css)
    blocks = tuple(
        (m.start(), m.end(), m.group(1), m.group(2)) for m in _CSS_BLOCK.finditer(stripped)
    )
    return stripped, blocks


def edit_css(css: str, drop: Callable[[str, list[Decl]], set[int]]) -> str:
    """A style sheet without the declarations `drop(selector, decls)` selects (indexes).

    Comments are removed; everything else is kept as written. (The same as substituting
    each `_CSS_BLOCK` match, from the blocks found once per sheet: three style rules edit
    the same sheet in a row.)
    """
    stripped, blocks = _sheet_layout(css)
    out: list[str] = []
    pos = 0
    for start, end, selector, body in blocks:
        decls = split_declarations(body)
        doomed = drop(selector.strip(), decls)
        if not doomed:
            continue
        kept = [d.raw for i, d in enumerate(decls) if i not in doomed]
        inner = "; ".join(kept)
        out += (stripped[pos:start], f"{selector}{{ {inner}{';' if kept else ''} }}")
        pos = end
    out.append(stripped[pos:])
    return "".join(out)


def drop_css_decls(css: str, drop: Callable[[Decl], bool]) -> str:
    """A style sheet without the declarations `drop` selects (whatever the selector)."""
    return edit_css(css, lambda _s, decls: {i for i, d in enumerate(decls) if drop(d)})


def decl_matcher(names: frozenset[str]) -> Callable[[Decl], bool]:
    """A predicate selecting declarations by raw text or property name."""

    def match(d: Decl) -> bool:
        return d.raw in names or d.prop in names

    return match


def select(policy: Policy, expr: str) -> Callable[[Any], list[Any]]:
    """A compiled XPath (once per policy): lets lxml pick the few elements a rule cares
    about in C instead of visiting every element in Python."""
    compiled = policy.memo(f"xpath:{expr}", lambda: etree.XPath(expr))

    def run(root: Any) -> list[Any]:
        return cast(list[Any], compiled(root))

    return run


def elements(root: Any) -> Iterator[Any]:
    """Every element of a document (no comments or processing instructions)."""
    return root.iter(etree.Element)  # type: ignore[no-any-return]


def decl_filter(props: Iterable[str]) -> frozenset[str]:
    return frozenset(p.lower() for p in props)


def norm_value(value: str) -> str:
    return " ".join(value.lower().split())


def _short(text: str) -> str:
    return excerpt(text, 0, min(len(text), 120), 0)


def tag_excerpt(el: Any) -> str:
    """An element's start tag as evidence (`<td style="…">`)."""
    attrs = " ".join(f'{k}="{v}"' for k, v in el.attrib.items())
    return _short(f"<{el.tag} {attrs}>" if attrs else f"<{el.tag}>")


# --------------------------------------------------------------------------------------
# style.emoji
# --------------------------------------------------------------------------------------

# Not emoji themselves, but what is left of one when a sequence is broken: the emoji
# variation selector, the keycap mark, regional-indicator letters, skin-tone modifiers
# and flag tag characters.
_STRAY = "\ufe0f\u20e3\U0001f1e6-\U0001f1ff\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f"


@dataclass(frozen=True, slots=True)
class _EmojiConfig:
    prefilter: re.Pattern[str]
    stray: re.Pattern[str]
    allow: frozenset[str]
    extra: frozenset[str]
    # Whether no ASCII character is a candidate (unless `extra_chars` names one).
    ascii_free: bool


def _char_class(codepoints: Iterable[int]) -> str:
    ranges: list[tuple[int, int]] = []
    for cp in sorted(set(codepoints)):
        if ranges and cp == ranges[-1][1] + 1:
            ranges[-1] = (ranges[-1][0], cp)
        else:
            ranges.append((cp, cp))
    return "".join(
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
        for a, b in ranges
    )


def _emoji_config(policy: Policy) -> _EmojiConfig:
    def build() -> _EmojiConfig:
        import emoji

        params = policy.rule("style.emoji")
        allow = frozenset(params["allow"])
        extra = frozenset(params["extra_chars"])
        # Exact for the Basic Multilingual Plane (where most text lives: a big class of
        # astral ranges makes Python's regex slow), one range for the astral pictographs.
        starts = {ord(k[0]) for k in emoji.EMOJI_DATA if 0x80 <= ord(k[0]) < 0x10000}
        starts -= {ord(c) for c in allow if len(c) == 1}
        extra_cps = {ord(c) for c in extra if len(c) == 1}
        prefilter = re.compile(f"[{_char_class(starts | extra_cps)}{_STRAY}\U0001f000-\U0001faff]")
        stray = re.compile(f"[{_STRAY}{_char_class(extra_cps)}]")
        ascii_free = not any(prefilter.match(chr(c)) for c in range(128))
        return _EmojiConfig(prefilter, stray, allow, extra, ascii_free)

    return policy.memo("style.emoji", build)


_WINDOW = 24  # longest emoji sequence (ZWJ families, tag flags) in code points, with room


def _windows(text: str, cfg: _EmojiConfig) -> list[tuple[int, int]]:
    """Stretches of text around emoji candidates (to the nearest space, at most _WINDOW
    characters each way): the emoji library is slow on long texts, fast on short ones."""
    out: list[tuple[int, int]] = []
    for match in _candidates(text, cfg):
        lo = match.start()
        floor = max(0, lo - _WINDOW)
        while lo > floor and not text[lo - 1].isspace():
            lo -= 1
        hi = match.end()
        ceiling = min(len(text), hi + _WINDOW)
        while hi < ceiling and not text[hi].isspace():
            hi += 1
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")


def _candidates(text: str, cfg: _EmojiConfig) -> Iterator[re.Match[str]]:
    """`cfg.prefilter.finditer(text)`. When every candidate is non-ASCII, only the runs of
    non-ASCII characters are searched: `re` skips ASCII ~5 times faster than it tests the
    big candidate class (a mail text has a few typographic quotes, not emoji). The class
    matches one character with no context, so the matches are the same."""
    if not cfg.ascii_free:
        yield from cfg.prefilter.finditer(text)
        return
    for run in _NON_ASCII_RUN.finditer(text):
        yield from cfg.prefilter.finditer(text, run.start(), run.end())


def find_emoji(text: str, cfg: _EmojiConfig) -> list[tuple[int, int, str]]:
    """(start, end, replacement) of every emoji in `text`; replacement keeps allowed
    typographic symbols (© ® ™) without their emoji variation selector."""
    if text.isascii():
        return []
    windows = _windows(text, cfg)
    if not windows:
        return []
    import emoji

    spans: list[tuple[int, int, str]] = []
    for lo, hi in windows:
        chunk = text[lo:hi]
        covered: list[tuple[int, int]] = []
        for hit in emoji.emoji_list(chunk):
            start, end, found = hit["match_start"], hit["match_end"], hit["emoji"]
            covered.append((start, end))
            base = found.replace("\ufe0f", "")
            if base in cfg.allow:
                if base != found:
                    spans.append((lo + start, lo + end, base))
                continue
            spans.append((lo + start, lo + end, ""))
        for match in cfg.stray.finditer(chunk):
            if not any(s <= match.start() < e for s, e in covered):
                spans.append((lo + match.start(), lo + match.end(), ""))
    return sorted(spans)


def remove_emoji(text: str, spans: list[tuple[int, int, str]]) -> str:
    """`text` without the emoji spans; a space a removal would leave doubled (or hanging
    before punctuation, or at the start or end of a line) goes with it."""
    out = ""
    pos = 0
    for start, end, replacement in spans:
        if start < pos:
            continue
        out += text[pos:start]
        pos = end
        if replacement:
            out += replacement
            continue
        after = text[end : end + 1]
        if out.endswith((" ", "\t")) and (after == "" or after in " \t\r\n.,;:!?)"):
            out = out[:-1]
        elif (out == "" or out.endswith("\n")) and after in (" ", "\t"):
            pos = end + 1
    return out + text[pos:]


def _visible_text_slots(root: Any) -> Iterator[tuple[Any, str]]:
    """(element, 'text'|'tail'|'alt'|'title') for every piece of text a reader may see."""
    for el in elements(root):
        if el.tag not in NON_VISIBLE and el.text:
            yield el, "text"
        if el.tail:
            yield el, "tail"
        for attr in ("alt", "title"):
            if el.get(attr) and el.tag != "title":
                yield el, attr


def _visible_texts(root: Any) -> Iterator[str]:
    """The values of `_visible_text_slots`, in the same order, each read once: the emoji
    check only needs the texts (~2 times faster on a template with 150 texts)."""
    for el in elements(root):
        tag = el.tag
        if tag not in NON_VISIBLE:
            text = el.text
            if text:
                yield text
        tail = el.tail
        if tail:
            yield tail
        if tag != "title":
            for attr in ("alt", "title"):
                value = el.get(attr)
                if value:
                    yield value


def _slot_get(el: Any, slot: str) -> str:
    if slot == "text":
        return el.text or ""
    if slot == "tail":
        return el.tail or ""
    return el.get(slot) or ""


def _slot_set(el: Any, slot: str, value: str) -> None:
    if slot == "text":
        el.text = value
    elif slot == "tail":
        el.tail = value
    else:
        el.set(slot, value)


class Emoji(Rule):
    """Amazon's styling list says: no emoji. Removed from the subject, the plain text, the
    HTML text and image alt/title texts, whether or not they are quoted history (the buyer
    sees all of it).

    Detection uses the `emoji` library (full RGI list: pictographs, flags, keycaps, skin
    tones, ZWJ families), plus leftovers of broken sequences (a lone U+FE0F, regional
    indicator or skin-tone modifier). A cheap prefilter (a character class of every
    character an emoji can start with) keeps the library away from ordinary text,
    Japanese included.

    Not emoji here: ASCII emoticons like ":)"; the typographic symbols in `allow`
    (© ® ™, which the emoji list includes but which appear in every legal footer and
    brand name); and ★ (U+2605), which Unicode does not class as emoji: a "★ 4.5 rating"
    line is typography, and star rows next to review words are the review rules'
    business. A seller who wants ★ treated as emoji adds it to `extra_chars`.
    """

    id = "style.emoji"
    default_action = Action.STRIP
    summary = "Emoji in the subject or body (pictographs, flags, skin tones, sequences)."
    can_strip = True

    @dataclass(frozen=True)
    class Params(Rule.Params):
        allow: Annotated[
            list[str],
            "Typographic symbols the emoji list includes but that are ordinary "
            "text (legal footers, brand names): kept; an emoji variation "
            "selector after them is removed.",
        ] = field(default_factory=list)
        extra_chars: Annotated[
            list[str],
            "Extra characters to treat as emoji. ★ (U+2605) is not an emoji in "
            'Unicode and is not here by default: "★ 4.5 rating" is typography, '
            "star rows next to review words are the review rules' business. "
            'Add "★" to strip it as well.',
        ] = field(default_factory=list)

    def _report(self, ctx: Context, location: str, text: str, spans: list[Any]) -> None:
        shown = " ".join(dict.fromkeys(text[s:e] for s, e, _ in spans))
        ctx.report(
            "Amazon does not allow emoji in messages to buyers. The gateway removes them; "
            "use words instead.",
            location,
            shown,
        )

    def check(self, ctx: Context) -> None:
        cfg = _emoji_config(ctx.policy)
        model = ctx.model
        spans = find_emoji(model.subject, cfg)
        if spans:
            self._report(ctx, "header Subject", model.subject, spans)
        for part in model.text_parts:
            if part.text.isascii() and not (part.is_html and "&#" in part.text):
                continue
            if part.is_html:
                found: list[str] = []
                for value in _visible_texts(part.root):
                    if not value.isascii():  # (what `find_emoji` tests first)
                        found.extend(value[s:e] for s, e, _ in find_emoji(value, cfg))
                if found:
                    ctx.report(
                        "Amazon does not allow emoji in messages to buyers. The gateway "
                        "removes them; use words instead.",
                        part.label,
                        " ".join(dict.fromkeys(found)),
                    )
            else:
                spans = find_emoji(part.text, cfg)
                if spans:
                    self._report(ctx, part.label, part.text, spans)

    def fix(self, ctx: Context) -> None:
        cfg = _emoji_config(ctx.policy)
        model = ctx.model
        spans = find_emoji(model.subject, cfg)
        if spans:
            model.set_subject(remove_emoji(model.subject, spans).strip())
        for part in model.text_parts:
            if part.is_html:
                changed = False
                for el, slot in list(_visible_text_slots(part.root)):
                    value = _slot_get(el, slot)
                    spans = find_emoji(value, cfg)
                    if spans:
                        _slot_set(el, slot, remove_emoji(value, spans))
                        changed = True
                if changed:
                    part.touch()
            else:
                spans = find_emoji(part.text, cfg)
                if spans:
                    part.set_text(remove_emoji(part.text, spans))


# --------------------------------------------------------------------------------------
# style.font_sizes
# --------------------------------------------------------------------------------------

_FONT_SHORTHAND_SIZE = re.compile(
    r"(?:^|\s)((?:\d*\.)?\d+(?:px|pt|em|rem|%)|xx-small|x-small|small|medium|large|x-large|"
    r"xx-large|smaller|larger)(?=/|\s|$)",
    re.I,
)
_SIZE_PROPS = frozenset({"font-size", "font"})
_ALIGN_XPATH = "//*[@style or @align or self::center]"
# "//*[@style or (self::font and @size)]", attributes first (see `_size_xpath`)
_SIZE_FIX_XPATH = "//*[@*][@style or (@size and self::font)]"
_MARGIN_XPATH = "//*[@style or @width]"


# The XPath expressions below are rewritten for libxml2 (attribute tests before `self::`
# steps, one name test instead of several) where every name is a plain one, which keeps
# each rewrite the same boolean; ~35% faster on a 25 KB template.
_PLAIN_NAME = re.compile(r"[a-z][a-z0-9]*")


def _size_xpath(tag_sizes: dict[str, str]) -> str:
    names = sorted(tag_sizes)
    if names and all(_PLAIN_NAME.fullmatch(t) for t in names):
        # `self::h1 or self::h2 or …` as one string test (HTML trees have no namespaces,
        # and no plain name holds a "|")
        listed = "|" + "|".join(names) + "|"
        named = f"contains('{listed}', concat('|', local-name(), '|'))"
        return f"//*[@style or (@size and self::font) or {named}]"
    tags = " or ".join(f"self::{t}" for t in names)
    return f"//*[@style or (self::font and @size){' or ' + tags if tags else ''}]"


def _override_xpath(pairs: list[tuple[str, str]]) -> str:
    if not all(
        _PLAIN_NAME.fullmatch(a) and (t == "*" or _PLAIN_NAME.fullmatch(t)) for t, a in pairs
    ):
        tests = ["@style"] + [f"@{a}" if t == "*" else f"(self::{t} and @{a})" for t, a in pairs]
        return f"//*[{' or '.join(tests)}]"
    # Grouped by attribute: (self::a and @x) or (self::b and @x) = @x and (self::a or
    # self::b), and just @x when any tag has it. Every test needs an attribute, so
    # elements without any are passed over first (`[@*]`).
    tags: dict[str, set[str]] = {}
    for tag, attr in pairs:
        tags.setdefault(attr, set()).add(tag)
    tests = ["@style"]
    for attr, names in tags.items():
        if "*" in names:
            tests.append(f"@{attr}")
        else:
            tests.append(f"(@{attr} and ({' or '.join(f'self::{t}' for t in sorted(names))}))")
    return f"//*[@*][{' or '.join(tests)}]"


# `"<small" in low or "<big" in low or any(f"<h{i}" in low for i in "123456")` in one
# scan: the pattern starts with a literal, so `re` jumps from "<" to "<" (~1.5 instead of
# ~15 µs on a 3 KB part).
_SIZE_TAG_START = re.compile(r"<(?:small|big|h[1-6])")


def _size_prefilter(low: str) -> bool:
    """Whether a part's lower-cased HTML can hold a font size at all."""
    return "font" in low or _SIZE_TAG_START.search(low) is not None


def _size_key(value: str, neutral: frozenset[str]) -> str | None:
    """A comparable name for a font size: px rounded, or the CSS keyword."""
    value = norm_value(value)
    if not value or value in neutral:
        return None
    px = to_px(value, 16.0)
    if px is not None:
        return f"{px:.1f}px"
    return value


def _font_tag_size(value: str, table: list[str]) -> str | None:
    value = value.strip()
    try:
        index = 3 + int(value) if value[:1] in "+-" else int(value)
    except ValueError:
        return None
    index = min(max(index, 1), len(table))
    return table[index - 1]


class FontSizes(Rule):
    """Amazon allows fonts in at most three distinct sizes. Counted: inline CSS
    `font-size` (and the size inside a `font:` shorthand), `<font size>`, font sizes in
    `<style>` blocks, and the tags that have a size of their own (h1–h6, small, big, at
    their browser default). Sizes are compared in px (12pt = 16px = 1em), so one size
    written two ways counts once. `inherit` and friends are not sizes.

    Style blocks count even for selectors the message does not use: ESP templates carry
    whole style sheets, and removing unused sizes costs nothing.

    Fix: remove every font-size override (inline, `<style>`, `<font size>`); if the
    heading levels alone still exceed the limit, headings become bold paragraphs.
    """

    id = "style.font_sizes"
    default_action = Action.STRIP
    summary = "More than three distinct font sizes."
    can_strip = True

    @dataclass(frozen=True)
    class Params(Rule.Params):
        max_sizes: Annotated[int, "At most this many distinct font sizes."] = 3
        neutral_values: Annotated[list[str], "Values that do not set a size."] = field(
            default_factory=list
        )
        tag_sizes: Annotated[
            dict[str, str],
            "Tags with a size of their own, at their browser default (h1–h6 count as sizes).",
        ] = field(default_factory=dict)
        font_tag_sizes: Annotated[
            list[str], 'What <font size="1"> … <font size="7"> stand for.'
        ] = field(default_factory=list)

    def _sizes(self, ctx: Context, part: TextPart, tags_only: bool = False) -> dict[str, str]:
        """size → first place it was seen."""
        params = ctx.params
        neutral = frozenset(params["neutral_values"])
        tag_sizes: dict[str, str] = params["tag_sizes"]
        font_table: list[str] = params["font_tag_sizes"]
        sizes: dict[str, str] = {}

        def add(value: str | None, where: str) -> None:
            if value is None:
                return
            key = _size_key(value, neutral)
            if key is not None:
                sizes.setdefault(key, where)

        root = part.root
        for el in select(ctx.policy, _size_xpath(tag_sizes))(root):
            tag = el.tag
            if tag in tag_sizes:
                add(tag_sizes[tag], f"<{tag}>")
            if tags_only:
                continue
            if tag == "font" and el.get("size"):
                add(_font_tag_size(el.get("size"), font_table), f'<font size="{el.get("size")}">')
            style = el.get("style")
            if style and "font" in style:
                for d in _declarations(style):
                    if d.prop == "font-size":
                        add(d.value, f"{d.prop}: {d.value}")
                    elif d.prop == "font":
                        m = _FONT_SHORTHAND_SIZE.search(d.value)
                        add(m.group(1) if m else None, f"{d.prop}: {d.value}")
        if not tags_only:
            for el in style_elements(root):
                for _, decls in _style_sheet(el.text):
                    for d in decls:
                        if d.prop == "font-size":
                            add(d.value, f"<style> font-size: {d.value}")
                        elif d.prop == "font":
                            m = _FONT_SHORTHAND_SIZE.search(d.value)
                            add(m.group(1) if m else None, f"<style> font: {d.value}")
        return sizes

    def check(self, ctx: Context) -> None:
        limit = int(ctx.params["max_sizes"])
        for part in ctx.model.html_parts():
            if not _size_prefilter(part.lower):
                continue
            sizes = self._sizes(ctx, part)
            if len(sizes) > limit:
                ctx.report(
                    f"The message uses {len(sizes)} different font sizes; Amazon allows at "
                    f"most {limit}. The gateway removes the size settings so the text shows "
                    "in Amazon's standard size.",
                    part.label,
                    "; ".join(sizes.values()),
                )

    def fix(self, ctx: Context) -> None:
        limit = int(ctx.params["max_sizes"])
        for part in ctx.model.html_parts():
            root = part.root
            changed = False
            for el in select(ctx.policy, _SIZE_FIX_XPATH)(root):
                style = el.get("style")
                if style and "font" in style:
                    changed |= edit_style(el, lambda d: d.prop in _SIZE_PROPS)
                if el.tag == "font" and el.get("size") is not None:
                    del el.attrib["size"]
                    changed = True
            for el in style_elements(root):
                new = edit_css(
                    el.text,
                    lambda _s, decls: {i for i, d in enumerate(decls) if d.prop in _SIZE_PROPS},
                )
                if new != el.text:
                    el.text = new
                    changed = True
            changed |= _drop_bare_font_tags(root)
            tag_sizes: dict[str, str] = ctx.params["tag_sizes"]
            if len(self._sizes(ctx, part, tags_only=True)) > limit:
                for el in select(ctx.policy, _size_xpath(tag_sizes))(root):
                    if el.tag in tag_sizes:
                        _demote(el)
                        changed = True
            if changed:
                part.touch()


def _demote(el: Any) -> None:
    """A heading becomes a bold paragraph; small/big just lose their tag."""
    if el.tag in ("small", "big"):
        el.drop_tag()
        return
    el.tag = "p"
    bold = etree.Element("b")
    bold.text = el.text
    el.text = None
    for child in list(el):
        bold.append(child)
    el.insert(0, bold)


def _drop_bare_font_tags(root: Any) -> bool:
    """`<font>` elements left without attributes do nothing: unwrap them."""
    bare = [el for el in root.iter("font") if not el.attrib]
    for el in bare:
        el.drop_tag()
    return bool(bare)


# --------------------------------------------------------------------------------------
# style.font_overrides
# --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _OverrideConfig:
    props: frozenset[str]
    neutral: frozenset[str]
    pairs: list[tuple[str, str]]  # (tag or '*', attribute)
    xpath: str
    # Finds any `attribute=` of `pairs` in lower-cased HTML.
    attr_needle: re.Pattern[str]
    # The attributes of `pairs` that apply to a tag, in their order: for the tags `pairs`
    # names, and for any other tag (the '*' ones).
    tag_attrs: dict[str, tuple[str, ...]]
    any_tag_attrs: tuple[str, ...]

    def attr_hits(self, el: Any) -> list[str]:
        """The override attributes an element has."""
        attrs = self.tag_attrs.get(el.tag, self.any_tag_attrs)
        return [a for a in attrs if el.get(a) is not None]

    def is_override(self, d: Decl) -> bool:
        return d.prop in self.props and _is_override(d, self.props, self.neutral)


def _override_config(ctx: Context) -> _OverrideConfig:
    """The rule's parameters, compiled once per policy."""
    params = ctx.params

    def build() -> _OverrideConfig:
        props = decl_filter(params["properties"])
        neutral = frozenset(norm_value(v) for v in params["neutral_values"])
        pairs = _attr_overrides(params["attributes"])
        tag_attrs = {
            tag: tuple(a for t, a in pairs if t in ("*", tag)) for tag, _ in pairs if tag != "*"
        }
        return _OverrideConfig(
            props,
            neutral,
            pairs,
            _override_xpath(pairs),
            _attr_needle(a for _, a in pairs),
            tag_attrs,
            tuple(a for t, a in pairs if t == "*"),
        )

    return ctx.policy.memo("style.font_overrides", build)


def _attr_needle(attrs: Iterable[str]) -> re.Pattern[str]:
    """`any(f"{a}=" in low for a in attrs)` as one scan: the pattern starts with the
    literal "=", so `re` jumps from "=" to "=" and only there looks back for a name
    (~1.5 µs instead of ~1.5 µs per attribute on a 3 KB part)."""
    behind = "|".join(f"(?<={re.escape(a)}=)" for a in sorted(set(attrs)))
    return re.compile(f"=(?:{behind})" if behind else "(?!)")  # (?!) never matches


def _is_override(d: Decl, props: frozenset[str], neutral: frozenset[str]) -> bool:
    if d.prop not in props or norm_value(d.value) in neutral:
        return False
    # `background` may carry an image; only a colour-only shorthand is a colour override.
    return not (d.prop == "background" and "url(" in d.value.lower())


def _attr_overrides(items: Iterable[Any]) -> list[tuple[str, str]]:
    """(tag or '*', attribute) pairs from the policy's "tag@attribute" list."""
    pairs: list[tuple[str, str]] = []
    for item in items:
        tag, _, attr = str(item).partition("@")
        pairs.append((tag.lower(), attr.lower()))
    return pairs


class FontOverrides(Rule):
    """Amazon's styling list forbids overriding its default line height, font family and
    font colour. Found in inline CSS, `<style>` blocks and the old HTML attributes
    (`<font face|color>`, `<body text|link>`, `bgcolor`). The property list is in the
    policy; by default it also takes background colours: removing the text colour but
    keeping a dark button background would leave dark text on a dark box, which is worse
    than either. A `background` shorthand that carries an image is left to the image rules.

    Fix: remove exactly those declarations and attributes; bold, italic, underline and
    lists are not touched.
    """

    id = "style.font_overrides"
    default_action = Action.STRIP
    summary = "Overrides of line height, font family or colour."
    can_strip = True

    @dataclass(frozen=True)
    class Params(Rule.Params):
        properties: Annotated[
            list[str],
            "CSS properties that override Amazon's font, line height or "
            "colours (inline and in <style> blocks). Background colours are "
            "included: removing the text colour but keeping a dark background "
            "would leave dark text on a dark box. A `background` with an image "
            "is left to the image rules.",
        ] = field(default_factory=list)
        neutral_values: Annotated[list[str], "See the rule."] = field(default_factory=list)
        attributes: Annotated[
            list[str], 'HTML attributes doing the same ("tag@attribute", "*" = any tag).'
        ] = field(default_factory=list)

    def check(self, ctx: Context) -> None:
        cfg = _override_config(ctx)
        is_override = cfg.is_override
        for part in ctx.model.html_parts():
            low = part.lower
            # "style" also finds every "<style"
            if "style" not in low and cfg.attr_needle.search(low) is None:
                continue
            hits: list[str] = []
            for el in select(ctx.policy, cfg.xpath)(part.root):
                for attr in cfg.attr_hits(el):
                    hits.append(f'<{el.tag} {attr}="{el.get(attr)}">')
                style = el.get("style")
                if style:
                    hits.extend(
                        f"{d.prop}: {d.value}" for d in filter(is_override, _declarations(style))
                    )
            hits.extend(
                f"<style> {d.prop}: {d.value}"
                for d in style_sheet_declarations(part.root, is_override)
            )
            if hits:
                ctx.report(
                    "The message sets its own font, line spacing or colours, which Amazon "
                    "does not allow. The gateway removes those settings; bold, italics and "
                    "lists stay.",
                    part.label,
                    "; ".join(dict.fromkeys(hits)),
                )

    def fix(self, ctx: Context) -> None:
        cfg = _override_config(ctx)
        is_override = cfg.is_override
        for part in ctx.model.html_parts():
            root = part.root
            changed = False
            for el in select(ctx.policy, cfg.xpath)(root):
                for attr in cfg.attr_hits(el):
                    del el.attrib[attr]
                    changed = True
                if el.get("style"):
                    changed |= edit_style(el, is_override)
            for el in style_elements(root):
                new = edit_css(
                    el.text,
                    lambda _s, decls: {i for i, d in enumerate(decls) if is_override(d)},
                )
                if new != el.text:
                    el.text = new
                    changed = True
            changed |= _drop_bare_font_tags(root)
            if changed:
                part.touch()


# --------------------------------------------------------------------------------------
# style.text_align
# --------------------------------------------------------------------------------------


class TextAlign(Rule):
    """Amazon's styling list: the body must not be centred or otherwise re-aligned.
    Found: CSS `text-align` with a value from the policy (center, right, justify, …) inline
    and in `<style>` blocks, `align=` attributes with such a value (tables, cells,
    paragraphs, images), and `<center>`. `left`/`start` is the default for the
    left-to-right marketplace languages and is left alone; `dir` overrides are not judged.

    Fix: remove those declarations and attributes; `<center>` becomes a plain `<div>`
    (still a block, so paragraphs do not run together).
    """

    id = "style.text_align"
    default_action = Action.STRIP
    summary = "Centred, right-aligned or justified text; <center>; align=."
    can_strip = True

    @dataclass(frozen=True)
    class Params(Rule.Params):
        values: Annotated[
            list[str],
            "text-align values and align= attribute values that re-align the "
            "text (left/start is the default and stays).",
        ] = field(default_factory=list)

    def _values(self, ctx: Context) -> frozenset[str]:
        return frozenset(norm_value(v) for v in ctx.params["values"])

    def _hits(self, ctx: Context, part: TextPart) -> list[str]:
        values = self._values(ctx)
        hits: list[str] = []
        for el in select(ctx.policy, _ALIGN_XPATH)(part.root):
            if el.tag == "center":
                hits.append("<center>")
            align = el.get("align")
            if align and norm_value(align) in values:
                hits.append(f'<{el.tag} align="{align}">')
            style = el.get("style")
            if style and "align" in style:
                hits.extend(
                    f"text-align: {d.value}"
                    for d in _declarations(style)
                    if d.prop == "text-align" and norm_value(d.value) in values
                )
        hits.extend(
            f"<style> text-align: {d.value}"
            for d in style_sheet_declarations(
                part.root,
                lambda d: d.prop == "text-align" and norm_value(d.value) in values,
                needle="text-align",
            )
        )
        return hits

    def check(self, ctx: Context) -> None:
        for part in ctx.model.html_parts():
            text = part.lower
            if "align" not in text and "<center" not in text:
                continue
            hits = self._hits(ctx, part)
            if hits:
                ctx.report(
                    "Amazon shows messages left-aligned; centred, right-aligned or justified "
                    "text is not allowed. The gateway removes the alignment settings.",
                    part.label,
                    "; ".join(dict.fromkeys(hits)),
                )

    def fix(self, ctx: Context) -> None:
        values = self._values(ctx)

        def bad(d: Decl) -> bool:
            return d.prop == "text-align" and norm_value(d.value) in values

        for part in ctx.model.html_parts():
            root = part.root
            changed = False
            for el in select(ctx.policy, _ALIGN_XPATH)(root):
                if el.tag == "center":
                    el.tag = "div"
                    changed = True
                align = el.get("align")
                if align and norm_value(align) in values:
                    del el.attrib["align"]
                    changed = True
                if el.get("style"):
                    changed |= edit_style(el, bad)
            for el in style_elements(root):
                new = drop_css_decls(el.text, bad)
                if new != el.text:
                    el.text = new
                    changed = True
            if changed:
                part.touch()


# --------------------------------------------------------------------------------------
# style.margins
# --------------------------------------------------------------------------------------

_SIDE_PROPS = {
    "margin": "shorthand",
    "padding": "shorthand",
    "margin-left": "side",
    "margin-right": "side",
    "padding-left": "side",
    "padding-right": "side",
    "margin-inline": "inline",
    "padding-inline": "inline",
    "margin-inline-start": "side",
    "margin-inline-end": "side",
    "padding-inline-start": "side",
    "padding-inline-end": "side",
}
_WIDTH_PROPS = frozenset({"width", "max-width"})


def _horizontal_px(d: Decl, base: float) -> float:
    """Left + right space a margin/padding declaration adds, in px (unknown = 0)."""
    return _side_px(d.prop, d.value, base)


# Cached by the strings, not by the `Decl`: a dataclass hashes in Python, a string once.
@lru_cache(maxsize=1024)
def _side_px(prop: str, value: str, base: float) -> float:
    kind = _SIDE_PROPS.get(prop)
    if kind is None:
        return 0.0
    tokens = value.split()
    if kind == "side":
        sides = tokens[:1]
    elif kind == "inline":
        sides = tokens[:2] if len(tokens) >= 2 else tokens[:1] * 2
    else:
        if not tokens:  # "margin:" with no value (seen in mangled mail) adds nothing
            sides = []
        elif len(tokens) == 1:
            sides = tokens * 2
        elif len(tokens) in (2, 3):
            sides = [tokens[1]] * 2
        else:
            sides = [tokens[1], tokens[3]]
    return sum(max(to_px(t, base) or 0.0, 0.0) for t in sides)


@dataclass(frozen=True, slots=True)
class _Layout:
    width: float
    max_gutter: float
    min_width: float
    containers: frozenset[str]


def _layout(ctx: Context) -> _Layout:
    """The rule's parameters, once per policy."""
    policy, params = ctx.policy, ctx.params

    def build() -> _Layout:
        width = float(policy.rule("image.too_wide")["message_width"])
        ratio = float(params["max_gutter_ratio"])
        return _Layout(width, width * ratio, width * (1.0 - ratio), frozenset(params["containers"]))

    return policy.memo("style.margins", build)


def _is_column(el: Any) -> bool:
    """A table cell that shares its row with other cells: its width is a column split,
    not a gutter."""
    if el.tag not in ("td", "th"):
        return False
    row = el.getparent()
    return row is not None and sum(1 for c in row if c.tag in ("td", "th")) > 1


def _in_column(el: Any) -> bool:
    return any(_is_column(a) for a in el.iterancestors("td", "th"))


def _narrow(value: str, lay: _Layout) -> bool:
    px = to_px(value, lay.width)
    return px is not None and 0 < px < lay.min_width


def _margin_hits(el: Any, lay: _Layout) -> tuple[list[Decl], bool]:
    """Offending declarations and whether the width attribute offends."""
    tag = el.tag
    if tag in ("img", "image") or tag not in lay.containers:
        return [], False
    style = el.get("style")
    decls = _declarations(style) if style else ()  # (`style_decls` without the list copy)
    side = [d for d in decls if d.prop in _SIDE_PROPS]
    bad: list[Decl] = []
    if side and sum(_horizontal_px(d, lay.width) for d in side) > lay.max_gutter:
        bad.extend(side)
    width_attr = el.get("width")
    narrow_attr = False
    width_decls = [d for d in decls if d.prop in _WIDTH_PROPS and _narrow(d.value, lay)]
    if (width_decls or (width_attr and _narrow(width_attr, lay))) and not (
        _is_column(el) or _in_column(el)
    ):
        bad.extend(width_decls)
        narrow_attr = bool(width_attr and _narrow(width_attr, lay))
    return bad, narrow_attr


def _css_margin_hits(selector: str, decls: Sequence[Decl], lay: _Layout) -> set[int]:
    side = [i for i, d in enumerate(decls) if d.prop in _SIDE_PROPS]
    if not side or "img" in selector.lower():  # (most blocks set no margin: test that first)
        return set()
    if sum(_horizontal_px(decls[i], lay.width) for i in side) > lay.max_gutter:
        return set(side)
    return set()


class Margins(Rule):
    """Amazon's styling list: message margins may not exceed 20% of the maximum width.
    Judged against the message width of `image.too_wide` (600 px by default):

    - margin + padding to the left and right of one container adding up to more than
      `max_gutter_ratio` of the width (inline and in `<style>` blocks);
    - a container (table, div, …; not images, those are `image.too_wide`) whose `width`
      or `max-width` is narrower than the rest, e.g. a 400 px table in a 600 px message.

    Deliberately not caught: cells that share a row with other cells and anything nested
    in them (their width splits columns, it is not a gutter); widths in `<style>` blocks
    (a selector may name a column); gutters that only add up across nested containers.
    Unknown units (`auto`, `calc()`, `ex`) count as 0.

    Fix: remove the offending margin/padding/width declarations and width attributes.
    """

    id = "style.margins"
    default_action = Action.STRIP
    summary = "Margins, padding or narrow containers leaving side gutters over 20%."
    can_strip = True

    @dataclass(frozen=True)
    class Params(Rule.Params):
        max_gutter_ratio: Annotated[
            float,
            "Left + right margin/padding of one container, or the space a "
            "narrow container leaves, may be at most this share of the message "
            "width (image.too_wide's message_width).",
        ] = 0.2
        containers: Annotated[
            list[str], "Elements judged as containers (images are image.too_wide's business)."
        ] = field(default_factory=list)

    def check(self, ctx: Context) -> None:
        lay = _layout(ctx)
        for part in ctx.model.html_parts():
            text = part.lower
            if "margin" not in text and "padding" not in text and "width" not in text:
                continue
            hits: list[str] = []
            for el in select(ctx.policy, _MARGIN_XPATH)(part.root):
                if el.get("style") is None and el.get("width") is None:
                    continue
                decls, narrow_attr = _margin_hits(el, lay)
                if decls or narrow_attr:
                    hits.append(tag_excerpt(el))
            for el in style_elements(part.root):
                for selector, block in _style_sheet(el.text):  # (`css_blocks`, no copies)
                    doomed = _css_margin_hits(selector, block, lay)
                    if doomed:
                        inner = "; ".join(block[i].raw for i in sorted(doomed))
                        hits.append(f"<style> {' '.join(selector.split())} {{{inner}}}")
            if hits:
                ctx.report(
                    "The message narrows the text with wide side margins or a narrow "
                    "layout; Amazon allows at most "
                    f"{round(lay.max_gutter / lay.width * 100)}% of the width for margins. "
                    "The gateway removes those settings.",
                    part.label,
                    " | ".join(dict.fromkeys(hits)),
                )

    def fix(self, ctx: Context) -> None:
        lay = _layout(ctx)
        for part in ctx.model.html_parts():
            root = part.root
            changed = False
            for el in select(ctx.policy, _MARGIN_XPATH)(root):
                if el.get("style") is None and el.get("width") is None:
                    continue
                decls, narrow_attr = _margin_hits(el, lay)
                if decls:
                    doomed = frozenset(d.raw for d in decls)
                    changed |= edit_style(el, decl_matcher(doomed))
                if narrow_attr:
                    del el.attrib["width"]
                    changed = True
            for el in style_elements(root):
                new = edit_css(el.text, lambda s, decls: _css_margin_hits(s, decls, lay))
                if new != el.text:
                    el.text = new
                    changed = True
            if changed:
                part.touch()


# --------------------------------------------------------------------------------------
# style.line_breaks
# --------------------------------------------------------------------------------------

_BLANK_RUN = re.compile(r"\n(?:[ \t\xa0]*\r?\n){2,}")
# `_BLANK_RUN` before "\r\n" becomes "\n": where that finds a run, this finds one in the
# text as given (each "\n" was "\n" or "\r\n", and only \r joins the blanks between).
_BLANK_RUN_CRLF = re.compile(r"\n(?:[ \t\xa0\r]*\n){2,}")


def _blank_runs(text: str) -> list[re.Match[str]]:
    """Runs of 3+ line breaks between content (leading/trailing blank lines are invisible)."""
    if _BLANK_RUN_CRLF.search(text) is None:  # the common case, without copying the text
        return []
    text = text.replace("\r\n", "\n")
    stripped_start = len(text) - len(text.lstrip())
    stripped_end = len(text.rstrip())
    return [
        m
        for m in _BLANK_RUN.finditer(text)
        if m.start() >= stripped_start and m.end() <= stripped_end
    ]


def _is_empty_block(el: Any) -> bool:
    """A <p>/<div> that shows nothing but a blank line (whitespace, &nbsp;, <br>)."""
    if el.text and el.text.strip():
        return False
    for child in el:
        if not isinstance(child.tag, str):
            if child.tail and child.tail.strip():
                return False
            continue
        if child.tag not in ("br", "o:p", "span", "font") or (child.tail and child.tail.strip()):
            return False
        if child.tag != "br" and not _is_empty_block(child):
            return False
    return True


def _html_runs(root: Any, max_br: int, max_empty: int, blocks: frozenset[str]) -> list[Any]:
    """Elements to remove so that no run exceeds the limits (extra <br>s, extra empty
    blocks). One pass over the <br>/<p>/<div> elements only; a run continues while the
    previous sibling is of the same kind and no text stands between them."""
    doomed: list[Any] = []
    runs: dict[Any, tuple[str, int]] = {}
    for el in root.iter("br", *blocks):
        if el.tag == "br":
            kind, limit = "br", max_br
        elif (el.text or " ").isspace() and _is_empty_block(el):
            # (the first test of `_is_empty_block`, inline: most blocks start with text)
            kind, limit = "empty", max_empty
        else:
            continue
        length = 1
        prev = el.getprevious()
        if prev is not None and not (prev.tail and prev.tail.strip()):
            prior = runs.get(prev)
            if prior is not None and prior[0] == kind:
                length = prior[1] + 1
        elif prev is None:
            parent = el.getparent()
            if parent is not None and parent.text and parent.text.strip():
                length = 1
        runs[el] = (kind, length)
        if length > limit:
            doomed.append(el)
    return doomed


class LineBreaks(Rule):
    """Amazon's styling list: no more than two line breaks in a row. Plain text: three or
    more line breaks between paragraphs (two blank lines; whitespace-only lines count as
    blank; leading and trailing blank lines are not shown and are ignored). HTML: more
    than `max_br` consecutive `<br>`, or more than `max_empty_blocks` empty `<p>`/`<div>`
    in a row (Gmail and Outlook write a blank line as one empty block, so one is a normal
    paragraph gap).

    Fix: collapse the runs to the limit in both alternatives, so plain and HTML agree.
    """

    id = "style.line_breaks"
    default_action = Action.STRIP
    summary = "More than two consecutive line breaks."
    can_strip = True

    @dataclass(frozen=True)
    class Params(Rule.Params):
        max_br: Annotated[
            int,
            "At most this many <br> in a row, and this many empty paragraphs "
            "in a row (one empty <div>/<p> is how Gmail and Outlook write a "
            "blank line). Plain text: at most two line breaks in a row (one "
            "blank line).",
        ] = 2
        max_empty_blocks: Annotated[int, "See the rule."] = 1
        empty_blocks: Annotated[list[str], "See the rule."] = field(default_factory=list)

    def _limits(self, ctx: Context) -> tuple[int, int, frozenset[str]]:
        return (
            int(ctx.params["max_br"]),
            int(ctx.params["max_empty_blocks"]),
            frozenset(ctx.params["empty_blocks"]),
        )

    def check(self, ctx: Context) -> None:
        max_br, max_empty, blocks = self._limits(ctx)
        for part in ctx.model.text_parts:
            if part.is_html:
                doomed = _html_runs(part.root, max_br, max_empty, blocks)
                if doomed:
                    ctx.report(
                        "The message has several empty lines in a row; Amazon allows at most "
                        "one blank line between paragraphs. The gateway removes the extra "
                        "ones.",
                        part.label,
                        f"{len(doomed)} extra empty line(s), e.g. " + _context_of(doomed[0]),
                    )
            else:
                runs = _blank_runs(part.text)
                if runs:
                    text = part.text.replace("\r\n", "\n")
                    ctx.report(
                        "The message has several empty lines in a row; Amazon allows at most "
                        "one blank line between paragraphs. The gateway removes the extra "
                        "ones.",
                        part.label,
                        excerpt(text, runs[0].start(), runs[0].end()),
                    )

    def fix(self, ctx: Context) -> None:
        max_br, max_empty, blocks = self._limits(ctx)
        for part in ctx.model.text_parts:
            if part.is_html:
                doomed = _html_runs(part.root, max_br, max_empty, blocks)
                for el in doomed:
                    el.drop_tree()
                if doomed:
                    part.touch()
            else:
                text = part.text.replace("\r\n", "\n")
                runs = _blank_runs(text)
                for m in reversed(runs):
                    text = text[: m.start()] + "\n\n" + text[m.end() :]
                if runs:
                    part.set_text(text)


def _context_of(el: Any) -> str:
    prev = el.getprevious()
    words = ""
    if prev is not None:
        words = (prev.tail or "").strip() or " ".join(prev.itertext()).strip()
    parent = el.getparent()
    if not words and parent is not None:
        words = (parent.text or "").strip()
    return f"after “{_short(words)[-60:]}”" if words else f"<{el.tag}>"


# --------------------------------------------------------------------------------------
# style.accessibility
# --------------------------------------------------------------------------------------


def _is_layout_table(table: Any) -> bool:
    if table.get("role") is not None or table.get("summary"):
        return False
    for el in table.iter("th", "caption", "thead"):
        # a header cell of a nested table belongs to that table
        owner = next(el.iterancestors("table"), None)
        if owner is table:
            return False
    return True


class Accessibility(Rule):
    """Amazon's styling list asks for messages without accessibility problems (W3C WCAG).
    The deterministic part is fixed: an image without `alt` gets `alt=""` (screen readers
    then skip it instead of reading the file name), and a table used for layout (no
    header cells, caption or summary) gets `role="presentation"` (so it is not announced
    as a data table). Tables with header cells are data tables and are left alone.

    The rest only warns: an `alt` text that is just a file name (it will be read aloud).
    Link text, colour contrast and emoji have their own rules (links.descriptive_text,
    style.font_overrides, style.emoji); text inside images cannot be seen without OCR.
    """

    id = "style.accessibility"
    default_action = Action.STRIP
    summary = "Images without alt, layout tables without role; other WCAG issues warn."
    can_strip = True

    @dataclass(frozen=True)
    class Params(Rule.Params):
        alt_filename_pattern: Annotated[
            str, "An alt text matching this is a file name, not a description (warns)."
        ] = (
            r"^(?:\S+\.(?:png|jpe?g|gif|webp|bmp|svg|tiff?)|(?:img|dsc|dsc"
            r"n|image|photo|screenshot|pic)[ _-]?\d+)$"
        )

    def _filename_alt(self, ctx: Context) -> re.Pattern[str]:
        source = ctx.params["alt_filename_pattern"]
        return ctx.policy.memo("style.accessibility:alt", lambda: re.compile(source, re.I))

    def check(self, ctx: Context) -> None:
        filename_alt = self._filename_alt(ctx)
        for part in ctx.model.html_parts():
            text = part.lower
            if "<img" not in text and "<table" not in text:
                continue
            root = part.root
            missing = [img for img in root.iter("img") if img.get("alt") is None]
            tables = [t for t in root.iter("table") if _is_layout_table(t)]
            if missing:
                ctx.report(
                    f"{len(missing)} image(s) have no description (alt text) for buyers who "
                    'use a screen reader. The gateway marks them as decorative (alt="").',
                    f"{part.label}, <img>",
                    "; ".join(tag_excerpt(i) for i in missing[:3]),
                )
            if tables:
                ctx.report(
                    f"{len(tables)} table(s) are used for layout; screen readers would "
                    "announce them as data tables. The gateway marks them as layout "
                    '(role="presentation").',
                    f"{part.label}, <table>",
                    "; ".join(tag_excerpt(t) for t in tables[:3]),
                )
            for img in root.iter("img"):
                alt = (img.get("alt") or "").strip()
                if alt and filename_alt.search(alt):
                    ctx.report(
                        "An image's description is just a file name, which a screen reader "
                        "reads aloud. Describe the image in a few words, or leave the "
                        "description empty if it is decoration.",
                        f"{part.label}, <img alt>",
                        alt,
                        action=Action.WARN,
                    )

    def fix(self, ctx: Context) -> None:
        for part in ctx.model.html_parts():
            root = part.root
            changed = False
            for img in root.iter("img"):
                if img.get("alt") is None:
                    img.set("alt", "")
                    changed = True
            for table in root.iter("table"):
                if _is_layout_table(table):
                    table.set("role", "presentation")
                    changed = True
            if changed:
                part.touch()


# --------------------------------------------------------------------------------------
# style.spelling
# --------------------------------------------------------------------------------------

_DOMAINISH = re.compile(r"\w\.\w{2,}")
# The same test for a whole text, written to start with the literal "." so that `re`
# jumps from dot to dot instead of trying every word character.
_DOMAINISH_DOT = re.compile(r"\.(?<=\w\.)\w\w")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# `_WORD` for ASCII text, where a letter is [A-Za-z]: ranges test faster than the
# negated categories (~50 instead of ~80 µs on a 2 KB reply).
_ASCII_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)*")
_DICTIONARIES: dict[str, dict[str, int]] = {}


def dictionary(language: str) -> dict[str, int]:
    """pyspellchecker's word list for a language, loaded once per process (~0.05–0.35 s
    each; the gateway may call this at start-up to warm it)."""
    words = _DICTIONARIES.get(language)
    if words is None:
        from spellchecker import SpellChecker

        words = dict(SpellChecker(language=language, distance=1).word_frequency.dictionary)
        _DICTIONARIES[language] = words
    return words


def _latin(word: str) -> bool:
    return all(ord(c) < 0x250 for c in word)


def spelling_words(text: str) -> list[str]:
    """Words worth judging: lower-case Latin-script words of two letters or more, with
    URLs, e-mail addresses, domains, numbers and capitalised words (names, brands,
    sentence starts) left out."""
    joined = _spelling_text(text)
    tokens = _ascii_tokens(joined)
    if tokens is not None:
        return [word for word in tokens if len(word) >= 2 and word.islower()]
    return _unicode_words(joined)


def _word_counts(text: str) -> tuple[dict[str, int], list[str]]:
    """How often each of `spelling_words(text)` occurs, and a list in text order that holds
    those words and maybe other tokens (`[w for w in order if w in counts]` is the word
    list).

    For ASCII text the tokens are counted first and filtered by distinct token: a reply
    repeats its words, so this tests ~100 tokens instead of ~400 (~20 µs on a 2 KB reply).
    """
    joined = _spelling_text(text)
    tokens = _ascii_tokens(joined)
    if tokens is not None:
        return _lower_counts(Counter(tokens)), tokens
    words = _unicode_words(joined)
    return Counter(words), words


_LOWER_AND_APOSTROPHE = (string.ascii_lowercase + "'").encode()
_ONE_LETTER = frozenset(string.ascii_lowercase)


def _lower_counts(counts: Counter[str]) -> dict[str, int]:
    """`{w: n for w, n in counts.items() if len(w) >= 2 and w.islower()}` for counts of
    `_ascii_tokens`, in C but for the words dropped (~7 instead of ~17 µs for 220 words).

    Such a token is ASCII letters and apostrophes with a letter, so `islower` means "no
    capital": joined by spaces, with the lower-case letters and apostrophes deleted, each
    token leaves an empty piece unless it has a capital. What is left to drop are the
    single lower-case letters. Deleting keeps the order of the others."""
    marks = " ".join(counts).encode("ascii").translate(None, _LOWER_AND_APOSTROPHE).split(b" ")
    out = dict(counts)
    for word in compress(counts, marks):  # the tokens with a capital
        del out[word]
    for word in _ONE_LETTER.intersection(out):
        del out[word]
    return out


def _spelling_text(text: str) -> str:
    """The text with URLs, e-mail addresses and domains left out, ready for a word regex:
    the words it holds are those of the whitespace-separated tokens that are not
    `_left_out`, joined by single spaces.

    `_WORD` never matches whitespace, so a word never spans two tokens, and cutting a
    left-out token from the text (joining the rest by a space) or keeping the text's own
    whitespace changes no word. Only the tokens around the four marks a left-out token
    must have ("@", "://", "www.", a domain's dot) are tested, not every token (~60 µs
    on a 2 KB reply without any, ~25 µs with a few URLs).
    """
    spans = _marked_tokens(text)
    if spans is None:  # marks everywhere: testing every token is cheaper
        tokens = text.split()
        return " ".join([t for t in tokens if "@" not in t and not ("." in t and _left_out(t))])
    doomed = [span for span in spans if _left_out(text[span[0] : span[1]])]
    if not doomed:
        return text
    pieces: list[str] = []
    pos = 0
    for start, end in doomed:
        pieces.append(text[pos:start])
        pos = end
    pieces.append(text[pos:])
    return " ".join(pieces)


_NON_SPACE = re.compile(r"\S*")  # (`\s` is `str.isspace`, the whitespace of `str.split`)


# Finding a marked token costs about as much as testing 60 characters' worth of tokens
# one by one; beyond one mark per `_MARK_SPACING` characters the latter is cheaper.
_MARK_SPACING = 64


def _marked_tokens(text: str) -> list[tuple[int, int]] | None:
    """(start, end) of each whitespace-separated token holding "@", "://", "www." or a
    `_DOMAINISH` match, in order; None if there are many (see `_MARK_SPACING`). Every token
    `_left_out` holds one. Each search resumes after the token it found, so no token is
    walked more than once per mark (a text of 10,000 "@" costs one step, not 10,000)."""
    limit = len(text) // _MARK_SPACING + 1
    marks: list[int] = []
    for needle in ("@", "://", "www."):
        at = text.find(needle)
        while at != -1:
            if len(marks) == limit:
                return None
            marks.append(at)
            at = text.find(needle, _token_end(text, at))
    dot = _DOMAINISH_DOT.search(text)
    while dot is not None:
        if len(marks) == limit:
            return None
        marks.append(dot.start())
        dot = _DOMAINISH_DOT.search(text, _token_end(text, dot.start()))
    spans: list[tuple[int, int]] = []
    end = 0
    for at in sorted(marks):
        if at < end:  # in the token found last
            continue
        start = at
        while start > end and not text[start - 1].isspace():
            start -= 1
        end = _token_end(text, at)
        spans.append((start, end))
    return spans


def _token_end(text: str, at: int) -> int:
    match = _NON_SPACE.match(text, at)
    return match.end() if match else at


def _left_out(token: str) -> bool:
    """Whether a token is left out of the judged words (a URL, e-mail address or domain)."""
    return "@" in token or (
        "." in token
        and ("://" in token or token.startswith("www.") or bool(_DOMAINISH.search(token)))
    )


def _unicode_words(joined: str) -> list[str]:
    # (A text with non-ASCII spaces only lands here too: same words, same result.)
    return [
        word if word.isascii() else unicodedata.normalize("NFC", word.replace("’", "'"))
        for word in _WORD.findall(joined)
        if len(word) >= 2 and word.islower() and (word.isascii() or _latin(word))
    ]


def _ascii_tokens(joined: str) -> list[str] | None:
    """The words `_unicode_words(joined)` would judge, before its length and case test, for
    the common texts whose words are all ASCII: ASCII text (`ascii_words`), and text whose
    other characters are typographic punctuation, symbols and spaces (quotes, dashes,
    arrows, ©, no-break spaces). None for other text (accented or non-Latin letters).

    `_WORD` matches none of the `_NEUTRAL` characters, so each may become a space without
    changing a match. "’" does join words, and a word with it is never judged (it fails
    the Latin test, U+2019 being above U+0250): it becomes "\x01" (a control character
    `_WORD` does not match either, cleared first), and words with it are dropped. ~2 times
    faster than `_WORD` on a 1 KB text with a few typographic quotes.
    """
    if joined.isascii():
        return ascii_words(joined)
    found = set(_NON_ASCII.findall(joined))
    if not found <= _NEUTRAL:
        return None
    for char in found - {"’"}:
        joined = joined.replace(char, " ")
    if "’" not in found:
        return ascii_words(joined)
    joined = joined.replace("\x01", " ").replace("’", "\x01")
    words: list[str] = []
    for run in joined.translate(_NOT_MARKED_WORD_CHAR).split():
        if "'" in run or "\x01" in run:
            words += (w for w in _MARKED_WORD.findall(run) if "\x01" not in w)
        else:
            words.append(run)
    return words


_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_WORD_LETTER = re.compile(r"[^\W\d_]")  # what `_WORD` takes as a letter
# Latin-1 and the general punctuation, currency, letter-like, arrow, mathematical,
# technical, box, shape and dingbat blocks, minus what `_WORD` can match: the letters
# (é, ß, ℓ) and other word characters (², ½). Plus the typographic apostrophe.
_NEUTRAL = frozenset(
    c for c in map(chr, [*range(0x80, 0x100), *range(0x2000, 0x2C00)]) if not _WORD_LETTER.match(c)
) | {"’"}
# `_ASCII_WORD` with "\x01" (the typographic apostrophe) as a second joiner.
_MARKED_WORD = re.compile(r"[A-Za-z]+(?:['\x01][A-Za-z]+)*")

# Every ASCII character but the letters and the apostrophe, as a space.
_NOT_WORD_CHAR = {c: " " for c in range(128) if not (chr(c).isalpha() or chr(c) == "'")}
_NOT_MARKED_WORD_CHAR = {c: r for c, r in _NOT_WORD_CHAR.items() if c != 1}
# `_NOT_WORD_CHAR` for `bytes.translate` (the bytes above 127 never occur: ASCII only).
_NOT_WORD_BYTE = bytes(32 if c in _NOT_WORD_CHAR else c for c in range(256))


def ascii_words(text: str) -> list[str]:
    """`_ASCII_WORD.findall(text)` for ASCII text, ~4 times faster.

    A match consists of letters and apostrophes only and the pattern looks at nothing
    around it, so it lies within one maximal run of such characters and is found the same
    whether the run stands in the text or alone: the matches are those of the runs, in
    order. A run without an apostrophe is one match (all letters); `translate` + `split`
    cuts the runs out in C, and only runs with an apostrophe (rare) go through the regex.
    """
    if text.isascii():
        # The same table as bytes: `bytes.translate` indexes a 256-byte table where
        # `str.translate` looks each character up in a dict (~3 instead of ~6 µs on 2 KB).
        runs = text.encode("ascii").translate(_NOT_WORD_BYTE).decode("ascii").split()
    else:
        runs = text.translate(_NOT_WORD_CHAR).split()
    if "'" not in text:
        return runs
    words: list[str] = []
    for run in runs:
        if "'" in run:
            words += _ASCII_WORD.findall(run)
        else:
            words.append(run)
    return words


def _judged_text(model: MessageModel) -> str:
    """The subject and the seller's own text of the first body part (plain preferred)."""
    parts = sorted(model.text_parts, key=lambda p: p.is_html)
    body = parts[0].own_text() if parts else ""
    return f"{model.subject}\n{body}"


class Spelling(Rule):
    """Amazon's styling list asks for messages without spelling or grammar errors (a later
    summary says "excessive" errors). Only warns: spell checkers misjudge names, brands,
    product terms and regional spellings, and nothing can be fixed automatically.

    Judged on the seller's own words (subject and the first body part, plain text
    preferred; quoted history excluded) with pyspellchecker's word lists. The language is
    recognised by its most common words (`words` in the policy) and only that language's
    dictionary is loaded: loading all five takes 0.7–2 s on the first message, one takes
    0.05–0.35 s. If that dictionary knows less than `min_known_ratio` of the words, or no
    common word of any listed language occurs (Japanese has no list), nothing is judged.
    Short texts (under `min_words` judged words) are skipped: one typo in a two-line
    reply is not "excessive". Capitalised words, numbers, URLs, domains
    and e-mail addresses are ignored. Dictionaries are loaded lazily, once per process.
    """

    id = "style.spelling"
    default_action = Action.WARN
    summary = "Many misspelled words (dictionary per language)."

    @dataclass(frozen=True)
    class Params(Rule.Params):
        languages: Annotated[
            list[str],
            "pyspellchecker dictionaries to try; the one that knows most words "
            "is the language. Japanese has none and is skipped.",
        ] = field(default_factory=list)
        min_words: Annotated[
            int,
            "Judge only texts with this many lower-case words (capitalised "
            "words, numbers, URLs and e-mail addresses are not counted).",
        ] = 20
        min_known_ratio: Annotated[
            float,
            "If the best dictionary knows less than this share, the language is not supported.",
        ] = 0.5
        max_error_ratio: Annotated[
            dict[str, float], "Warn when the share of unknown words is above this, per language."
        ] = field(default_factory=dict)
        words: Annotated[
            dict[str, list[str]],
            "The most common words of each language: the one with most of them "
            "in the text is its language, and only that dictionary is loaded.",
        ] = field(default_factory=dict)

    def check(self, ctx: Context) -> None:
        params = ctx.params
        counts, order = _word_counts(_judged_text(ctx.model))
        total = sum(counts.values())  # len(spelling_words(…))
        if total < int(params["min_words"]):
            return
        best_lang, best_hits = "", 0
        for lang in params["languages"]:
            common = params["words"].get(lang, [])
            hits = sum(map(counts.get, common, repeat(0)))  # counts[w] or 0, in C
            if hits > best_hits:
                best_lang, best_hits = lang, hits
        if not best_lang:
            return
        vocab = dictionary(best_lang)
        # Judged per distinct word; occurrences not known are the unknown words. Counted
        # as the total less the unknown occurrences (integers: the same number as summing
        # the known ones), in C: a reply has a handful of unknown words, so this sums a few
        # counts where the known words' key-view intersection built and summed ~200
        # (~5 instead of ~10 µs).
        known = total - sum(map(counts.__getitem__, filterfalse(vocab.__contains__, counts)))
        if known < float(params["min_known_ratio"]) * total:
            return
        ratio = (total - known) / total
        limits: dict[str, float] = params["max_error_ratio"]
        limit = float(limits.get(best_lang, 1.0))
        if ratio > limit:
            unknown = [w for w in order if w in counts and w not in vocab]
            ctx.report(
                f"Many words look misspelled ({len(unknown)} of {total} checked, "
                f"language: {best_lang}). Amazon may refuse messages with excessive spelling "
                "errors; please check the spelling.",
                "body",
                ", ".join(dict.fromkeys(unknown[:12])),
            )
