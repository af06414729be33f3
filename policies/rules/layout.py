"""style.text_align, style.margins and style.line_breaks: Amazon lays messages out itself
(left-aligned, its own width, at most one blank line between paragraphs)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Annotated, Any

from policies.detect.css import Block, Declaration, parse_style, to_px
from policies.detect.style import (
    declarations,
    drop_sheet_declarations,
    edit_sheets,
    edit_style,
    elements,
    norm_value,
    sheet_blocks,
    sheet_declarations,
    short,
    tag_excerpt,
)
from policies.registry import Context, Rule, excerpt
from policies.verdict import Action

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

    def _aligns(self, ctx: Context) -> Any:
        values = frozenset(norm_value(v) for v in ctx.params.values)

        def aligns(d: Declaration) -> bool:
            return d.name == "text-align" and norm_value(d.value) in values

        return values, aligns

    def check(self, ctx: Context) -> None:
        values, aligns = self._aligns(ctx)
        for part in ctx.model.html_parts():
            hits: list[str] = []
            for el in elements(part.root):
                if el.tag == "center":
                    hits.append("<center>")
                align = el.get("align")
                if align and norm_value(align) in values:
                    hits.append(f'<{el.tag} align="{align}">')
                for d in declarations(el):
                    if aligns(d):
                        hits.append(f"text-align: {d.value}")
            hits.extend(
                f"<style> text-align: {d.value}"
                for d in sheet_declarations(part.root, ["text-align"])
                if aligns(d)
            )
            if hits:
                ctx.report(
                    "Amazon shows messages left-aligned; centred, right-aligned or justified "
                    "text is not allowed. The gateway removes the alignment settings.",
                    part.label,
                    "; ".join(dict.fromkeys(hits)),
                )

    def fix(self, ctx: Context) -> None:
        values, aligns = self._aligns(ctx)
        for part in ctx.model.html_parts():
            root = part.root
            changed = False
            for el in elements(root):
                if el.tag == "center":
                    el.tag = "div"
                    changed = True
                align = el.get("align")
                if align and norm_value(align) in values:
                    del el.attrib["align"]
                    changed = True
                changed |= edit_style(el, aligns)
            changed |= drop_sheet_declarations(root, ["text-align"], aligns)
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


@lru_cache(maxsize=4096)
def _horizontal_px(name: str, value: str, base: float) -> float:
    """Left + right space a margin/padding declaration adds, in px (unknown = 0)."""
    kind = _SIDE_PROPS.get(name)
    if kind is None:
        return 0.0
    tokens = value.split()
    if kind == "side":
        sides = tokens[:1]
    elif kind == "inline":
        sides = tokens[:2] if len(tokens) >= 2 else tokens[:1] * 2
    elif not tokens:  # "margin:" with no value (seen in mangled mail) adds nothing
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

    def narrow(self, value: str) -> bool:
        px = to_px(value, self.width)
        return px is not None and 0 < px < self.min_width

    def wide_gutter(self, decls: Iterable[Declaration]) -> list[Declaration]:
        """The margin/padding declarations of one container if together they leave more
        than the allowed gutter, else none."""
        side = [d for d in decls if d.name in _SIDE_PROPS]
        if sum(_horizontal_px(d.name, d.value, self.width) for d in side) > self.max_gutter:
            return side
        return []


def _is_column(el: Any) -> bool:
    """A table cell that shares its row with other cells: its width is a column split,
    not a gutter."""
    if el.tag not in ("td", "th"):
        return False
    row = el.getparent()
    return row is not None and sum(1 for c in row if c.tag in ("td", "th")) > 1


def _in_column(el: Any) -> bool:
    return any(_is_column(a) for a in el.iterancestors("td", "th"))


# Templates repeat the same few style attributes on many elements: each distinct one is
# judged once (check, fix and the check of the fixed message read the same texts).
@lru_cache(maxsize=1024)
def _style_offences(
    style: str, lay: _Layout
) -> tuple[tuple[Declaration, ...], tuple[Declaration, ...]]:
    """(margin/padding declarations over the gutter, narrow width declarations) of a
    style attribute."""
    decls = parse_style(style).declarations
    narrow = [d for d in decls if d.name in _WIDTH_PROPS and lay.narrow(d.value)]
    return tuple(lay.wide_gutter(decls)), tuple(narrow)


def _containers(root: Any, lay: _Layout) -> Iterator[Any]:
    """The elements judged as containers (images are image.too_wide's business)."""
    tags = lay.containers - {"img", "image"}
    return root.iter(*tags) if tags else iter(())


def _margin_hits(el: Any, lay: _Layout) -> tuple[list[Declaration], bool]:
    """Offending declarations of a container and whether its width attribute offends."""
    style = el.get("style")
    bad, width_decls = _style_offences(style, lay) if style else ((), ())
    width_attr = el.get("width")
    narrow_attr = bool(width_attr and lay.narrow(width_attr))
    if (width_decls or narrow_attr) and not (_is_column(el) or _in_column(el)):
        return [*bad, *width_decls], narrow_attr
    return list(bad), False


def _sheet_margin_hits(block: Block, lay: _Layout) -> list[Declaration]:
    if "img" in block.selector.lower():
        return []
    return lay.wide_gutter(block.declarations)


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

    def _layout(self, ctx: Context) -> _Layout:
        width = float(ctx.policy.params("image.too_wide").message_width)
        ratio = float(ctx.params.max_gutter_ratio)
        return _Layout(
            width, width * ratio, width * (1.0 - ratio), frozenset(ctx.params.containers)
        )

    def check(self, ctx: Context) -> None:
        lay = self._layout(ctx)
        for part in ctx.model.html_parts():
            hits: list[str] = []
            for el in _containers(part.root, lay):
                decls, narrow_attr = _margin_hits(el, lay)
                if decls or narrow_attr:
                    hits.append(tag_excerpt(el))
            for block in sheet_blocks(part.root):
                doomed = _sheet_margin_hits(block, lay)
                if doomed:
                    inner = "; ".join(d.text for d in doomed)
                    hits.append(f"<style> {' '.join(block.selector.split())} {{{inner}}}")
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
        lay = self._layout(ctx)
        for part in ctx.model.html_parts():
            root = part.root
            changed = False
            for el in _containers(root, lay):
                decls, narrow_attr = _margin_hits(el, lay)
                if decls:
                    changed |= edit_style(el, frozenset(decls).__contains__)
                if narrow_attr:
                    del el.attrib["width"]
                    changed = True
            changed |= edit_sheets(root, lambda block: _sheet_margin_hits(block, lay))
            if changed:
                part.touch()


# --------------------------------------------------------------------------------------
# style.line_breaks
# --------------------------------------------------------------------------------------

_BLANK_RUN = re.compile(r"\n(?:[ \t\xa0]*\r?\n){2,}")


def _blank_runs(text: str) -> list[re.Match[str]]:
    """Runs of 3+ line breaks between content (leading/trailing blank lines are invisible),
    in `text` with "\\r\\n" made "\\n"."""
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
    blocks). A run continues while the previous sibling is of the same kind and no text
    stands between them."""
    doomed: list[Any] = []
    runs: dict[Any, tuple[str, int]] = {}
    for el in root.iter("br", *blocks):
        if el.tag == "br":
            kind, limit = "br", max_br
        elif _is_empty_block(el):
            kind, limit = "empty", max_empty
        else:
            continue
        length = 1
        prev = el.getprevious()
        if prev is not None and not (prev.tail and prev.tail.strip()):
            prior = runs.get(prev)
            if prior is not None and prior[0] == kind:
                length = prior[1] + 1
        runs[el] = (kind, length)
        if length > limit:
            doomed.append(el)
    return doomed


def _context_of(el: Any) -> str:
    prev = el.getprevious()
    words = ""
    if prev is not None:
        words = (prev.tail or "").strip() or " ".join(prev.itertext()).strip()
    parent = el.getparent()
    if not words and parent is not None:
        words = (parent.text or "").strip()
    return f"after “{short(words)[-60:]}”" if words else f"<{el.tag}>"


class LineBreaks(Rule):
    """Amazon's styling list: no more than two line breaks in a row. Plain text: three or
    more line breaks between paragraphs (two blank lines; whitespace-only lines count as
    blank; leading and trailing blank lines are not shown and are ignored). HTML: more
    than `max_br` consecutive `<br>`, or more than `max_empty_blocks` empty `<p>`/`<div>`
    in a row (Gmail and Outlook write a blank line as one empty block, so one is a normal
    paragraph gap).

    Fix: collapse the runs to the limit in both alternatives, so plain and HTML agree. It
    also runs after every other fix of a rewritten message: removing a link that stood on
    its own line would otherwise leave two blank lines, and block the message.
    """

    id = "style.line_breaks"
    default_action = Action.STRIP
    summary = "More than two consecutive line breaks."
    can_strip = True
    tidies_after_fixes = True  # a link removed from its own line leaves an empty line

    @dataclass(frozen=True)
    class Params(Rule.Params):
        max_br: Annotated[
            int,
            "At most this many <br> in a row, and this many empty paragraphs "
            "in a row (one empty <div>/<p> is how Gmail and Outlook write a "
            "blank line). Plain text: at most two line breaks in a row (one "
            "blank line).",
        ] = 2
        max_empty_blocks: Annotated[
            int, "At most this many empty paragraphs (empty_blocks) in a row."
        ] = 1
        empty_blocks: Annotated[
            list[str],
            "Elements that make a blank line when empty (Gmail and Outlook write one as an empty "
            "<div> or <p>).",
        ] = field(default_factory=list)

    def _runs(self, ctx: Context, root: Any) -> list[Any]:
        params = ctx.params
        return _html_runs(
            root, params.max_br, params.max_empty_blocks, frozenset(params.empty_blocks)
        )

    def check(self, ctx: Context) -> None:
        message = (
            "The message has several empty lines in a row; Amazon allows at most one blank "
            "line between paragraphs. The gateway removes the extra ones."
        )
        for part in ctx.model.text_parts:
            if part.is_html:
                doomed = self._runs(ctx, part.root)
                if doomed:
                    evidence = f"{len(doomed)} extra empty line(s), e.g. " + _context_of(doomed[0])
                    ctx.report(message, part.label, evidence)
            else:
                runs = _blank_runs(part.text)
                if runs:
                    text = part.text.replace("\r\n", "\n")
                    ctx.report(message, part.label, excerpt(text, runs[0].start(), runs[0].end()))

    def fix(self, ctx: Context) -> None:
        for part in ctx.model.text_parts:
            if part.is_html:
                doomed = self._runs(ctx, part.root)
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
