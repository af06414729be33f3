"""The editable text runs of a message's body parts, and how to rewrite them.

Guarantees:

- `part_view` lists every run of text of a part that can be edited in place (an HTML
  node's `.text` or `.tail`, or one line of a text/plain part with its line end), in
  document order, each flagged `quoted` when it belongs to quoted history: inside a quote
  element or a "> " line, or from the run in which the first quote marker starts on
  ("-----Original Message-----", "On … wrote:"; searched once per part in its whole
  text, as for its segments, so the runs and the segments cut at the same place); for
  HTML also every element, flagged the same way;
- a view is walked once and kept until its part is edited (`TextPart.derived`), so the
  checks and the fixes after an edit-free fix share one walk;
- `rewrite_texts` applies an edit to every run and marks the part edited.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from policies.detect.sentences import line_bounds

if TYPE_CHECKING:
    from policies.model import MessageModel, TextPart

_SPACES = re.compile(r"[ \t]{2,}")
_EMPTY_BRACKETS = re.compile(r"\(\s*\)|<\s*>|\[\s*\]")


@dataclass(slots=True)
class Slot:
    """One run of text that can be edited in place: an HTML node's `.text` or `.tail`,
    or one line (with its line end) of a text/plain part."""

    part: TextPart
    el: Any
    attr: str
    quoted: bool
    text: str


@dataclass(slots=True)
class PartView:
    """A body part's editable text runs, and (HTML) every element with its quoted flag."""

    part: TextPart
    slots: list[Slot]
    elements: list[tuple[Any, bool]]


def _html_view(part: TextPart) -> PartView:
    """The runs and elements of the part's one tree walk (`TextPart.html_walk`), so
    "quoted" means the same here as there; the run in which the first quote marker starts
    (`TextPart.history_offset`) is quoted, and so is everything after it (elements too).
    Markers inside a wrapper count: Outlook wraps only the "From: … Sent: …" header in
    `divRplyFwdMsg`, and the earlier message follows outside it."""
    walk = part.html_walk()
    offset = part.history_offset()
    cut = len(walk.runs) if offset is None else bisect_right(walk.run_ends, offset)
    slots = [
        Slot(part, el, attr, quoted or index >= cut, text)
        for index, (el, attr, text, quoted) in enumerate(walk.runs)
    ]
    elements = [(el, quoted or before > cut) for el, quoted, before in walk.elements]
    return PartView(part, slots, elements)


def _plain_view(part: TextPart) -> PartView:
    """One slot per line; quoted from the line holding the first quote marker on
    (`TextPart.history_line`), and every line starting with ">"."""
    cut = part.history_line()
    slots = [
        Slot(part, None, "", index >= cut or line.lstrip().startswith(">"), line)
        for index, line in enumerate(part.text.splitlines(keepends=True))
    ]
    return PartView(part, slots, [])


def part_view(part: TextPart) -> PartView:
    """The part's text runs and elements, walked once and kept until the part is edited."""
    return part.derived(
        "runs.view", lambda: _html_view(part) if part.is_html else _plain_view(part)
    )


def views(model: MessageModel) -> list[PartView]:
    """Views of every body part (each current until its part is next edited)."""
    return [part_view(p) for p in model.text_parts]


def rewrite_texts(part: TextPart, edit: Callable[[Slot], str]) -> None:
    """Apply `edit` to every text run of a part and store the result (which marks the part
    edited, so the next `part_view` walks it afresh)."""
    view = part_view(part)
    if part.is_html:
        changed = False
        for slot in view.slots:
            new = edit(slot)
            if new != slot.text:
                setattr(slot.el, slot.attr, new)
                changed = True
        if changed:
            part.touch()
    else:
        part.set_text("".join(edit(slot) for slot in view.slots))


def cut_spans(text: str, spans: Iterable[tuple[int, int]], replacement: str = "") -> str:
    """`text` with the spans replaced; with no replacement, doubled spaces and brackets
    left empty are tidied away, and so is a lead-in the cut left with nothing to lead to
    ("The care guide is here: <link>" loses the whole sentence)."""
    out = text
    for start, end in sorted(set(spans), reverse=True):
        out = out[:start] + replacement + out[end:]
        if not replacement:
            out = _without_dangling_lead_in(out, start)
    if replacement:
        return out
    out = _EMPTY_BRACKETS.sub("", out)
    out = _SPACES.sub(" ", out)
    return re.sub(r" +([.,;:!?])", r"\1", out)


def _without_dangling_lead_in(text: str, at: int) -> str:
    """`text` cut at `at`: when nothing but the sentence's end follows the cut and the
    sentence before it ends in a colon (on the same line, or on the line above when the
    cut emptied its own line), that sentence is dropped: it announced what was removed."""
    _, rest_end = line_bounds(text, at)
    if text[at:rest_end].strip(" \t\r.!?。！？"):
        return text
    before = text[:at]
    lead = before.rstrip(" \t\r\n")
    if not lead.endswith((":", "：")) or before[len(lead) :].count("\n") > 1:
        return text
    start, _ = line_bounds(lead, len(lead) - 1)
    while start < len(lead) and lead[start] in " \t":
        start += 1
    return text[:start] + text[rest_end:].lstrip(" \t")


def block_ancestor(el: Any, tags: frozenset[str] | set[str]) -> Any:
    """The nearest enclosing element (or `el` itself) whose tag is in `tags`, or None."""
    node = el
    while node is not None:
        if isinstance(node.tag, str) and node.tag in tags:
            return node
        node = node.getparent()
    return None
