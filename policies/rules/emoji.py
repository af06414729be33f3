"""style.emoji: Amazon's 2020 styling list says no emoji."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Annotated

import emoji

from policies.detect.style import slot_get, slot_set, visible_text_slots
from policies.registry import Context, Rule
from policies.verdict import Action

if TYPE_CHECKING:
    from policies.config import Policy

# Not emoji themselves, but what is left of one when a sequence is broken: the emoji
# variation selector, the keycap mark, regional-indicator letters, skin-tone modifiers
# and flag tag characters.
_STRAY = "\ufe0f\u20e3\U0001f1e6-\U0001f1ff\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f"

Span = tuple[int, int, str]  # (start, end, replacement)


@dataclass(frozen=True, slots=True)
class EmojiFinder:
    """The emoji of a text, for one policy's `allow` and `extra_chars`."""

    allow: frozenset[str]
    stray: re.Pattern[str]  # leftovers of broken sequences, and `extra_chars`
    # Every character an emoji (or a stray) can start with. `emoji.emoji_list` costs about
    # 1 µs a character (~18 ms on a 20 KB template); a text without any of these is
    # passed over without it.
    candidate: re.Pattern[str]

    def find(self, text: str) -> list[Span]:
        """(start, end, replacement) of every emoji in `text`; the replacement keeps
        allowed typographic symbols (© ® ™) without their emoji variation selector."""
        if not self.candidate.search(text):
            return []
        spans: list[Span] = []
        covered: list[tuple[int, int]] = []
        for hit in emoji.emoji_list(text):
            start, end, found = hit["match_start"], hit["match_end"], hit["emoji"]
            covered.append((start, end))
            base = found.replace("\ufe0f", "")
            if base not in self.allow:
                spans.append((start, end, ""))
            elif base != found:
                spans.append((start, end, base))
        for match in self.stray.finditer(text):
            if not any(s <= match.start() < e for s, e in covered):
                spans.append((match.start(), match.end(), ""))
        return sorted(spans)


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


def emoji_finder(policy: Policy) -> EmojiFinder:
    """The finder for a policy (built once per policy: it reads the whole emoji list)."""

    def build() -> EmojiFinder:
        params = policy.params("style.emoji")
        allow = frozenset(params.allow)
        extra = {ord(c) for c in params.extra_chars if len(c) == 1}
        # An emoji starting with an ASCII character (the keycaps "#️⃣", "1️⃣") holds a
        # stray mark as well, so ASCII text (digits, "#") is no candidate.
        starts = {ord(k[0]) for k in emoji.EMOJI_DATA if not k[0].isascii()}
        starts -= {ord(c) for c in allow if len(c) == 1}
        # The astral starts as one range: `re` tests a class of a thousand astral ranges
        # ~15 times slower (3 ms instead of 0.2 ms on a 5 KB text).
        astral = [c for c in starts if c >= 0x10000]
        pictographs = f"{chr(min(astral))}-{chr(max(astral))}" if astral else ""
        bmp = {c for c in starts if c < 0x10000}
        return EmojiFinder(
            allow,
            re.compile(f"[{_STRAY}{_char_class(extra)}]"),
            re.compile(f"[{_char_class(bmp | extra)}{pictographs}{_STRAY}]"),
        )

    return policy.memo("style.emoji", build)


def remove_emoji(text: str, spans: list[Span]) -> str:
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


_MESSAGE = (
    "Amazon does not allow emoji in messages to buyers. The gateway removes them; "
    "use words instead."
)


class Emoji(Rule):
    """Amazon's styling list says: no emoji. Removed from the subject, the plain text, the
    HTML text and image alt/title texts, whether or not they are quoted history (the buyer
    sees all of it).

    Detection uses the `emoji` library (full RGI list: pictographs, flags, keycaps, skin
    tones, ZWJ families), plus leftovers of broken sequences (a lone U+FE0F, regional
    indicator or skin-tone modifier).

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

    def check(self, ctx: Context) -> None:
        finder = emoji_finder(ctx.policy)
        model = ctx.model
        found = [model.subject[s:e] for s, e, _ in finder.find(model.subject)]
        if found:
            ctx.report(_MESSAGE, "header Subject", " ".join(dict.fromkeys(found)))
        for part in model.text_parts:
            if part.is_html:
                texts = [slot_get(el, slot) for el, slot in visible_text_slots(part.root)]
                # One search of all the runs for an emoji's first character spares a
                # search per run (a template has hundreds) on the parts without any.
                if not finder.candidate.search("".join(texts)):
                    continue
            else:
                texts = [part.text]
            found = [text[s:e] for text in texts for s, e, _ in finder.find(text)]
            if found:
                ctx.report(_MESSAGE, part.label, " ".join(dict.fromkeys(found)))

    def fix(self, ctx: Context) -> None:
        finder = emoji_finder(ctx.policy)
        model = ctx.model
        spans = finder.find(model.subject)
        if spans:
            model.set_subject(remove_emoji(model.subject, spans).strip())
        for part in model.text_parts:
            if part.is_html:
                changed = False
                for el, slot in list(visible_text_slots(part.root)):
                    value = slot_get(el, slot)
                    spans = finder.find(value)
                    if spans:
                        slot_set(el, slot, remove_emoji(value, spans))
                        changed = True
                if changed:
                    part.touch()
            else:
                spans = finder.find(part.text)
                if spans:
                    part.set_text(remove_emoji(part.text, spans))
