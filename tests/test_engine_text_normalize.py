"""The fast paths of the text views give exactly what the straightforward code gives."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from policies.config import load_policy
from policies.model import _SPACES, _compile_markers, normalize_space, text_segments

_OLD_NEWLINES = re.compile(r" \n\s*|\n\s+")


def reference_normalize(text: str) -> str:
    return _OLD_NEWLINES.sub("\n", _SPACES.sub(" ", text)).strip()


def reference_segments(text: str, markers: object) -> list[tuple[str, bool]]:
    out: list[tuple[str, bool]] = []
    run: list[str] = []
    run_quoted = False
    after_marker = False
    for line in text.splitlines():
        if not after_marker and markers is not None and markers.search(line):  # type: ignore[attr-defined]
            after_marker = True
        quoted = after_marker or line.lstrip().startswith(">")
        if quoted != run_quoted and run:
            out.append(("\n".join(run), run_quoted))
            run = []
        run_quoted = quoted
        run.append(line)
    if run:
        out.append(("\n".join(run), run_quoted))
    return out


BLANKS = st.text(alphabet=" \t\r\n\f\v\xa0\u2003\u2028\x1cab.", max_size=40)
MARKERS = _compile_markers(load_policy().section("quotes")["markers"])
LINES = st.sampled_from(
    [
        "Hello,",
        "> quoted",
        "  > indented quote",
        "On Mon, 3 Mar 2025 at 10:00, Buyer wrote:",
        "-----Original Message-----",
        "From: a@b.example Sent: today",
        "order 123-1234567-1234567: shipped",
        "",
        " ",
        "a\rb",
        "x\x0by",
        "Von: kunde@example.de",
    ]
)


@settings(max_examples=400, deadline=None)
@given(BLANKS)
def test_normalize_space_matches_the_two_substitutions(text: str) -> None:
    assert normalize_space(text) == reference_normalize(text)


@settings(max_examples=400, deadline=None)
@given(st.lists(LINES, max_size=12), st.sampled_from(["\n", "\r\n", "\r", "\u2028"]))
def test_text_segments_match_the_line_loop(lines: list[str], sep: str) -> None:
    text = sep.join(lines)
    assert text_segments(text, MARKERS) == reference_segments(text, MARKERS)
    assert text_segments(text, None) == reference_segments(text, None)


def test_a_marker_that_may_span_lines_takes_the_line_loop() -> None:
    markers = _compile_markers([r"wrote:\s*quoted"])  # \s may cross a line end
    assert markers is not None and not markers.line_local
    text = "Hi\nhe wrote:\nquoted"
    assert text_segments(text, markers) == reference_segments(text, markers)
