"""What the agent reads in a blocked-message report: the findings grouped into items, each
with its place in words ("in your message text", "in the attached file invoice.pdf") and
the offending passage quoted in its sentence, written as plain text and as HTML in the
report's language (gateway.i18n). gateway.report wraps both in the RFC 3464 report.

One item per rule and passage: the same passage found in the text/plain and the text/html
alternative of a message (or twice in one sentence) is one item, shown once.
"""

from __future__ import annotations

import html
import re
import textwrap
from dataclasses import dataclass, field

from gateway.i18n import Catalog
from policies import Action, Envelope, Finding, Policy
from policies.model import MessageModel

EXCERPT_CHARS = 200
CONTEXT_CHARS = 160  # at most this much of the sentence on each side of a passage
WRAP = 76

_BODY = re.compile(r"^text/(plain|html) part \d+$")
_ATTACHMENT = re.compile(r"^attachment \d+ '(.*)'$")
_SENTENCE_END = re.compile(r"[.!?。！？](?=\s|$)|\n")


# -- where a finding is, in words --------------------------------------------------------------


def _element(detail: str) -> str | None:
    """The where-key of an element named in a location's detail ("<a href>", "<img alt>")."""
    detail = detail.lower()
    if "alt" in detail and "img" in detail:
        return "image_alt"
    if "img" in detail or "src" in detail:
        return "image"
    if "href" in detail or "<a" in detail or "<form" in detail:
        return "link"
    if "style" in detail:
        return "style"
    if "table" in detail:
        return "table"
    return None


def place(cat: Catalog, location: str) -> str:
    """One engine location ("text/html part 2, <a href>", "attachment 1 'invoice.pdf'",
    "header Subject") as words an agent understands, in the catalog's language."""
    head, _, detail = location.partition(", ")
    head = head.strip()
    if _BODY.match(head):
        where = cat.place("text")
        element = _element(detail) if detail else None
        return cat.place("combine", element=cat.place(element), where=where) if element else where
    if match := _ATTACHMENT.match(head):
        return cat.place("attachment", name=match.group(1))
    if head == "attachments":
        return cat.place("attachments")
    if head == "header Subject":
        return cat.place("subject")
    if head == "header Subject and body":
        return cat.place("subject_and_body")
    if head == "header From":
        return cat.place("from")
    if head.startswith("header "):
        return cat.place("header", name=head.removeprefix("header "))
    if head.startswith("order "):
        return cat.place("order", order=head.removeprefix("order "))
    return cat.place("structure")


def places(cat: Catalog, location: str) -> list[str]:
    """Every place of a (possibly merged, "; "-separated) location, each once."""
    return list(dict.fromkeys(place(cat, part) for part in location.split("; ") if part))


# -- the passage in its sentence ---------------------------------------------------------------


@dataclass(slots=True)
class Passage:
    """What was found: `marked` (the engine's excerpt), with the rest of its sentence."""

    before: str
    marked: str
    after: str

    @property
    def plain(self) -> str:
        return f"{self.before}{self.marked}{self.after}"


def _words(text: str) -> str:
    return " ".join(text.split())


def _core(evidence: str) -> str:
    return _words(evidence).strip("… ")


def _cut(text: str) -> str:
    return text if len(text) <= EXCERPT_CHARS else text[: EXCERPT_CHARS - 1].rstrip() + "…"


def message_texts(raw: bytes, policy: Policy) -> list[str]:
    """The visible text of each body part (quoted history included), for quoting findings
    in context; empty if the message cannot be read (the report then quotes excerpts)."""
    try:
        model = MessageModel(raw, Envelope(), policy)
        texts = [model.subject] + [part.visible_text() for part in model.text_parts]
        model.release()
        return [t for t in texts if t.strip()]
    except Exception:  # a report is never lost to a message the model cannot read
        return []


Span = tuple[int, int, int]  # (index of the text, start, end)


def locate(evidence: str, texts: list[str]) -> Span | None:
    """Where `evidence` (an excerpt, whitespace collapsed, maybe cut with "…") is in the
    first text that has it, widened to whole words."""
    words = _core(evidence)[:EXCERPT_CHARS].split()
    if not words:
        return None
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
    for index, text in enumerate(texts):
        match = pattern.search(text)
        if match is not None:
            start, end = match.span()
            while start > 0 and text[start - 1].isalnum():
                start -= 1
            while end < len(text) and text[end].isalnum():
                end += 1
            return index, start, end
    return None


def in_context(texts: list[str], span: Span) -> Passage:
    """The span with the rest of its sentence (up to CONTEXT_CHARS either side)."""
    index, start, end = span
    text = texts[index]
    lo = max(start - CONTEXT_CHARS, 0)
    for earlier in _SENTENCE_END.finditer(text, lo, start):
        lo = earlier.end()
    hi = min(end + CONTEXT_CHARS, len(text))
    later = _SENTENCE_END.search(text, end, hi)
    if later is not None:
        hi = later.end()
    before, after = _words(text[lo:start]), _words(text[end:hi])
    if before and text[start - 1].isspace():
        before += " "
    if after and text[end].isspace():
        after = " " + after
    if lo > 0 and start - lo >= CONTEXT_CHARS:
        before = "…" + before
    if hi < len(text) and hi - end >= CONTEXT_CHARS:
        after += "…"
    return Passage(before, _words(text[start:end]), after)


# -- findings into items -----------------------------------------------------------------------


@dataclass(slots=True)
class Item:
    """One thing to change: a rule, where, and the passage it was found in."""

    rule: str
    action: Action
    message: str  # the engine's own explanation (English)
    places: list[str] = field(default_factory=list)
    excerpts: list[str] = field(default_factory=list)
    span: Span | None = None  # the passage in the message's texts, when found there
    passage: Passage | None = None


def _same(a: str, b: str) -> bool:
    """Whether two excerpts quote one passage: the middle of either (the match itself; an
    excerpt is the match with a little context) appears in the other."""
    a, b = _core(a).lower(), _core(b).lower()
    if not a or not b:
        return a == b
    if a in b or b in a:
        return True
    for x, y in ((a, b), (b, a)):
        third = len(x) // 3
        middle = x[third : len(x) - third].strip()
        if len(middle) >= 8 and middle in y:
            return True
    return False


def _overlap(a: Span | None, b: Span | None) -> bool:
    return a is not None and b is not None and a[0] == b[0] and a[1] <= b[2] and b[1] <= a[2]


def items(findings: list[Finding], cat: Catalog, texts: list[str]) -> list[Item]:
    """The findings as items, in order: one per rule and passage (an excerpt of the same
    passage in the other alternative, or a second cue in the same words, joins the first,
    its marked words added)."""
    result: list[Item] = []
    for f in findings:
        where = places(cat, f.location)
        span = locate(f.evidence, texts) if f.evidence else None
        for item in result:
            if item.rule == f.rule and (
                _overlap(item.span, span) or any(_same(f.evidence, e) for e in item.excerpts)
            ):
                item.excerpts.append(f.evidence)
                item.places += [p for p in where if p not in item.places]
                if _overlap(item.span, span):
                    assert item.span is not None and span is not None
                    item.span = (span[0], min(item.span[1], span[1]), max(item.span[2], span[2]))
                break
        else:
            result.append(Item(f.rule, f.action, f.message, where, [f.evidence], span))
    for item in result:
        if item.span is not None:
            item.passage = in_context(texts, item.span)
        elif item.excerpts[0]:
            item.passage = Passage("", _cut(_core(item.excerpts[0])), "")
    return result


# -- writing -----------------------------------------------------------------------------------


def wrap(text: str, indent: str = "") -> list[str]:
    """Wrapped for reading; URLs and other long words are never split (the agent must be
    able to search for them in the message)."""
    lines = textwrap.wrap(
        text,
        WRAP,
        initial_indent=indent,
        subsequent_indent=indent,
        break_long_words=False,
        break_on_hyphens=False,
    )
    return lines or [indent.rstrip()]


def advice(cat: Catalog, item: Item) -> str:
    return cat.advice.get(item.rule) or item.message


def text_item(cat: Catalog, number: int, item: Item) -> list[str]:
    lines = wrap(advice(cat, item))
    lines[0] = f"{number}. {lines[0]}"
    lines[1:] = ["   " + line for line in lines[1:]]
    lines += wrap(f"{cat.text('where_label')}: {'; '.join(item.places)}", "   ")
    if item.passage is not None:
        lines += wrap(f'{cat.text("found_label")}: "{item.passage.plain}"', "   ")
    if cat.language == "en" and item.message != advice(cat, item):
        lines += wrap(f"{cat.text('details_label')}: {item.message}", "   ")
    return lines


def _quote_html(passage: Passage) -> str:
    e = html.escape
    return (
        '<blockquote style="margin:4px 0 8px 0;padding:4px 10px;border-left:3px solid #c00;'
        f'color:#333">{e(passage.before)}<mark style="background:#ffe08a">{e(passage.marked)}'
        f"</mark>{e(passage.after)}</blockquote>"
    )


def html_item(cat: Catalog, item: Item) -> str:
    e = html.escape
    parts = [f'<li><p style="margin:8px 0 2px 0"><strong>{e(advice(cat, item))}</strong></p>']
    parts.append(
        f'<p style="margin:2px 0">{e(cat.text("where_label"))}: {e("; ".join(item.places))}</p>'
    )
    if item.passage is not None:
        parts.append(_quote_html(item.passage))
    if cat.language == "en" and item.message != advice(cat, item):
        parts.append(f'<p style="margin:2px 0;color:#555">{e(item.message)}</p>')
    parts.append("</li>")
    return "".join(parts)
