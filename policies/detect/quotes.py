"""Quoted history: where a reply stops being the seller's own words.

A reply carries the buyer's message (or Amazon's relay of it) below the seller's text.
Rules judge the seller's own text only, so each part is cut into (text, quoted) runs.

Quoted is: a plain-text line starting with ">"; an HTML element that wraps history (a
`<blockquote>`, or a class or id a mail program or helpdesk uses, `[quotes] html_classes`);
and everything from the first marker on (`[quotes] markers`: "-----Original Message-----",
"On … wrote:", "From: … Sent:", "Von: …@…", in the marketplace languages).

A helpdesk notification that opens with its trail (`[quotes] newest_first`: Zendesk's
"Your request (123) has been updated", then each comment as author, date, text, newest
first) carries the seller's new comment as the trail's first entry: there the first
marker is the header of the seller's own text, and history starts at the next one.

Measured against quotequail and mail-parser-reply on the labelled replies in
tests/fixtures/quotes/ (see tests/test_detect_quotes.py for the figures), these markers
were right more often, so they stay the detector; neither library is used at run time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import groupby
from typing import TYPE_CHECKING, Any

from policies.detect.html import HtmlWalk, merge_runs, walk_html

if TYPE_CHECKING:
    from policies.config import Policy

Segments = list[tuple[str, bool]]


class QuoteDetector:
    """The quote markers and wrapper classes of one policy, compiled once."""

    def __init__(
        self,
        markers: Sequence[str],
        html_classes: Iterable[str],
        newest_first: Sequence[str] = (),
        reply_line: str = "",
        trail_markers: Sequence[str] = (),
    ) -> None:
        self.sources = tuple(markers)
        # Case-insensitive; `^`/`$` at line ends, so a marker is found inside a longer text.
        flags = re.IGNORECASE | re.MULTILINE
        line_start = [f"(?:{m})" for m in markers if m.startswith("^")]
        inline = [f"(?:{m})" for m in markers if not m.startswith("^")]
        # The markers that start a line are searched as "\n" + marker in "\n" + text: a
        # pattern that starts with a literal lets `re` jump from line to line in C rather
        # than try every marker at every character (~0.8 ms less on a 20 KB template).
        self._line_start = _line_pattern(line_start, flags)
        self._inline = re.compile("|".join(inline), flags) if inline else None
        self._trail = _line_pattern([f"(?:{m})" for m in trail_markers], flags)
        self._reply_line = re.compile(reply_line, re.IGNORECASE) if reply_line else None
        self.html_classes = frozenset(html_classes)
        self._newest_first = (
            re.compile("|".join(f"(?:{m})" for m in newest_first), re.IGNORECASE)
            if newest_first
            else None
        )

    @classmethod
    def of(cls, policy: Policy) -> QuoteDetector:
        """The policy's detector (`[quotes]`), built once per policy."""
        section = policy.section("quotes")
        return policy.memo(
            "quotes.detector",
            lambda: cls(
                section["markers"],
                section["html_classes"],
                section.get("newest_first", ()),
                section.get("reply_line", ""),
                section.get("trail_markers", ()),
            ),
        )

    def search(self, text: str) -> int | None:
        """Where quoted history starts in `text`, if it does: the first marker (in a
        helpdesk mail that opens with its reply line, `trail_markers` too), or in a trail
        that opens with the newest comment (`newest_first`) the first marker after that
        comment's own author and date lines."""
        trail = self._reply_line is not None and self._reply_line.match(text) is not None
        found = self._first_marker(text, 0, trail)
        if found is None or self._newest_first is None:
            return found
        header = self._newest_first.match(text)
        if header is None:
            return found
        while found is not None:
            line_end = text.find("\n", found)
            line = text[found : line_end if line_end >= 0 else len(text)].strip()
            if (
                _lines_between(text, header.end(), found) > _TRAIL_HEAD_LINES
                or line.endswith((":", "："))  # an attribution ("On … wrote:") is history
                or "@" in line
            ):
                return found
            # a rule or date line heading the new comment: look further on
            if line_end < 0:
                return None
            found = self._first_marker(text, line_end, trail)
        return None

    def _first_marker(self, text: str, start: int, trail: bool) -> int | None:
        rest = text[start:] if start else text
        # Offset 0 of a line-start match is the "\n" put in front, so `start()` is the
        # line's offset in `rest`.
        lined = "\n" + rest
        first: int | None = None
        for pattern in (self._line_start, self._trail if trail else None):
            match = pattern.search(lined) if pattern is not None else None
            if match is not None and (first is None or match.start() < first):
                first = match.start()
        if self._inline is not None:
            match = self._inline.search(rest)
            if match is not None and (first is None or match.start() < first):
                first = match.start()
        return None if first is None else start + first

    def is_wrapper(self, el: Any) -> bool:
        """Whether an HTML element wraps quoted history (by tag, class or id)."""
        if el.tag == "blockquote":
            return True
        classes = (el.get("class") or "").split()
        return not self.html_classes.isdisjoint(classes) or (el.get("id") or "") in (
            self.html_classes
        )

    def walk(self, root: Any) -> HtmlWalk:
        """The tree's visible text and elements, each flagged if inside a quote wrapper."""
        return walk_html(root, self.is_wrapper)

    def first_quoted_line(self, lines: Sequence[str]) -> int:
        """The index of the line holding the first marker of a plain-text part's lines
        (`len(lines)` when none does). The markers are searched once in the lines joined
        by "\n" (they never span a line: see `[quotes]`)."""
        joined = "\n".join(lines)
        start = self.search(joined)
        return len(lines) if start is None else joined.count("\n", 0, start)

    def html_start(self, walk: HtmlWalk) -> int | None:
        """Where the first marker starts in a walked HTML part's joined text (its
        `chunks`), if it holds one; searched in the joined text, so a marker split over
        several elements (`-----Original <span>Message-----</span>`) counts."""
        return self.search("".join(text for text, _ in walk.chunks))

    def text_segments(self, text: str) -> Segments:
        """A plain-text part as (text, quoted) runs of lines (`text_segments_at` the line
        `first_quoted_line` names)."""
        return text_segments_at(text, self.first_quoted_line(text.splitlines()))

    def html_segments(self, walk: HtmlWalk) -> Segments:
        """A walked HTML part as (text, quoted) runs (`html_segments_at` the offset
        `html_start` names)."""
        return html_segments_at(walk, self.html_start(walk))


def text_segments_at(text: str, first_marked: int) -> Segments:
    """A plain-text part as (text, quoted) runs of lines: quoted from line `first_marked`
    on, and every line starting with ">"."""
    out: Segments = []
    for quoted, run in groupby(
        enumerate(text.splitlines()), key=lambda item: item[0] >= first_marked or _angle(item[1])
    ):
        out.append(("\n".join(line for _, line in run), quoted))
    return out


def html_segments_at(walk: HtmlWalk, start: int | None) -> Segments:
    """A walked HTML part as (text, quoted) runs: quoted inside a wrapper, and from offset
    `start` of its joined text on (None: no marker). The marker may lie inside a wrapper:
    Outlook wraps only the "From: … Sent: …" header block in `divRplyFwdMsg`, and the
    earlier message follows it outside the wrapper."""
    if start is None:
        return merge_runs(walk.chunks)
    return merge_runs(_quoted_from(walk.chunks, start))


def _line_pattern(markers: list[str], flags: re.RegexFlag) -> re.Pattern[str] | None:
    return re.compile("\n(?:" + "|".join(markers) + ")", flags) if markers else None


# Between a trail's opening line and the new comment's date line: a rule line and the
# author's name ("-----", "Anke Vogel (Shop GmbH)").
_TRAIL_HEAD_LINES = 3


def _lines_between(text: str, start: int, end: int) -> int:
    return sum(1 for line in text[start:end].splitlines() if line.strip())


def _angle(line: str) -> bool:
    return line.lstrip().startswith(">")


def _quoted_from(chunks: list[tuple[str, bool]], cut: int) -> list[tuple[str, bool]]:
    """The chunks with everything from offset `cut` of their joined text on quoted."""
    out: list[tuple[str, bool]] = []
    pos = 0
    for text, quoted in chunks:
        end = pos + len(text)
        if quoted:
            out.append((text, True))
            pos = end
            continue
        if end <= cut:
            out.append((text, False))
        elif pos >= cut:
            out.append((text, True))
        else:
            out.append((text[: cut - pos], False))
            out.append((text[cut - pos :], True))
        pos = end
    return out
