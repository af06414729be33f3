"""Quoted history: where a reply stops being the seller's own words.

A reply carries the buyer's message (or Amazon's relay of it) below the seller's text.
Rules judge the seller's own text only, so each part is cut into (text, quoted) runs.

Quoted is: a plain-text line starting with ">"; an HTML element that wraps history (a
`<blockquote>`, or a class or id a mail program or helpdesk uses, `[quotes] html_classes`);
and everything from the first marker on (`[quotes] markers`: "-----Original Message-----",
"On … wrote:", "From: … Sent:", "Von: …@…", in the marketplace languages).

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

    def __init__(self, markers: Sequence[str], html_classes: Iterable[str]) -> None:
        self.sources = tuple(markers)
        # One `^` in front of the markers that start with one (so the whole marker is
        # anchored: `^(a|b)`, not `^a|b`, as `[quotes]` says): `re` then tries them once per
        # line rather than each at every character (~0.1 ms less per part of a 5 KB reply).
        anchored = "|".join(f"(?:{m})" for m in markers if m.startswith("^"))
        alternatives = [f"^(?:{anchored})"] if anchored else []
        alternatives += [f"(?:{m})" for m in markers if not m.startswith("^")]
        # Case-insensitive; `^`/`$` at line ends, so a marker is found inside a longer text.
        self.marker: re.Pattern[str] | None = (
            re.compile("|".join(alternatives), re.IGNORECASE | re.MULTILINE)
            if alternatives
            else None
        )
        self.html_classes = frozenset(html_classes)

    @classmethod
    def of(cls, policy: Policy) -> QuoteDetector:
        """The policy's detector (`[quotes]`), built once per policy."""
        section = policy.section("quotes")
        return policy.memo(
            "quotes.detector", lambda: cls(section["markers"], section["html_classes"])
        )

    def search(self, text: str) -> re.Match[str] | None:
        """The first quote marker in `text`, if any."""
        return self.marker.search(text) if self.marker is not None else None

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

    def text_segments(self, text: str) -> Segments:
        """A plain-text part as (text, quoted) runs of lines: quoted from the first line
        holding a marker on, and every line starting with ">". The markers are searched
        once in the lines joined by "\n" (they never span a line: see `[quotes]`)."""
        lines = text.splitlines()
        joined = "\n".join(lines)
        match = self.search(joined)
        first_marked = joined.count("\n", 0, match.start()) if match else len(lines)
        out: Segments = []
        for quoted, run in groupby(
            enumerate(lines), key=lambda item: item[0] >= first_marked or _angle(item[1])
        ):
            out.append(("\n".join(line for _, line in run), quoted))
        return out

    def html_segments(self, walk: HtmlWalk) -> Segments:
        """A walked HTML part as (text, quoted) runs: quoted inside a wrapper, and from
        the first marker in the unquoted text on (searched in the joined text, so a marker
        split over several elements, `-----Original <span>Message-----</span>`, counts)."""
        own = "".join(text for text, quoted in walk.chunks if not quoted)
        match = self.search(own)
        if match is None:
            return merge_runs(walk.chunks)
        return merge_runs(_quoted_from(walk.chunks, match.start()))


def _angle(line: str) -> bool:
    return line.lstrip().startswith(">")


def _quoted_from(chunks: list[tuple[str, bool]], cut: int) -> list[tuple[str, bool]]:
    """The chunks with everything from offset `cut` of their unquoted text on quoted."""
    out: list[tuple[str, bool]] = []
    pos = 0
    for text, quoted in chunks:
        if quoted:
            out.append((text, True))
            continue
        end = pos + len(text)
        if end <= cut:
            out.append((text, False))
        elif pos >= cut:
            out.append((text, True))
        else:
            out.append((text[: cut - pos], False))
            out.append((text[cut - pos :], True))
        pos = end
    return out
