"""policies.detect.runs: the editable text runs of body parts and their quoted flags."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policies import Envelope, load_policy
from policies.detect.runs import cut_spans, part_view, rewrite_texts, views
from policies.model import MessageModel
from tests.mail import make_message

POLICY = load_policy()
PROPERTY = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _model(text: str | None = None, html: str | None = None) -> MessageModel:
    return MessageModel(make_message(text=text, html=html), Envelope(), POLICY)


def test_plain_lines_after_a_marker_and_quote_lines_are_quoted() -> None:
    model = _model(
        text="Hello\nsee below\n> old line\nmore\n-----Original Message-----\nbuyer text\n"
    )
    (view,) = views(model)
    assert [(s.text.rstrip(), s.quoted) for s in view.slots] == [
        ("Hello", False),
        ("see below", False),
        ("> old line", True),
        ("more", False),
        ("-----Original Message-----", True),
        ("buyer text", True),
    ]


def test_a_marker_line_ending_in_crlf_starts_the_quote() -> None:
    """Mail lines end in CRLF: "… wrote:\r\n" is a marker like "… wrote:\n", so the buyer's
    address in it is quoted history, not the seller's text (it was stripped)."""
    raw = (
        b"From: Eleanor <eleanor@books.example>\r\nTo: 38vz9lpc5oco4oe@marketplace.amazon.co.uk\r\n"
        b"Subject: Re: gift wrap\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
        b"Yes, we can gift wrap the atlas.\r\n\r\n"
        b"On Thu, 5 Nov 2026 at 20:22, Kofi <38vz9lpc5oco4oe@marketplace.amazon.co.uk> wrote:\r\n"
        b"> Can you wrap it?\r\n"
    )
    (view,) = views(MessageModel(raw, Envelope(), POLICY))
    assert [(s.text.strip()[:8], s.quoted) for s in view.slots if s.text.strip()] == [
        ("Yes, we ", False),
        ("On Thu, ", True),
        ("> Can yo", True),
    ]


def test_html_quote_elements_and_runs_after_a_marker_are_quoted() -> None:
    html = (
        "<p>Our answer</p><blockquote>buyer text</blockquote><p>after</p>"
        "<p>-----Original Message-----</p><p>older</p>"
    )
    view = part_view(next(_model(html=html).html_parts()))
    flags = {s.text: s.quoted for s in view.slots}
    assert flags == {
        "Our answer": False,
        "buyer text": True,
        "after": False,
        "-----Original Message-----": True,
        "older": True,
    }


def test_the_message_after_outlook_s_wrapped_header_is_quoted() -> None:
    """Outlook wraps only the "From: … Sent: …" block in `divRplyFwdMsg`; the buyer's
    words follow outside it, and a link in them is theirs."""
    html = (
        "<p>Our answer</p><div id='divRplyFwdMsg'><hr><p><b>From:</b> Beth<br>"
        "<b>Sent:</b> Saturday, 5 December 2026 07:48<br><b>Subject:</b> Order</p></div>"
        "<p>I tried this video https://www.youtube.com/watch?v=Qm3f</p>"
    )
    view = part_view(next(_model(html=html).html_parts()))
    flags = {s.text: s.quoted for s in view.slots if s.text.strip()}
    assert flags["Our answer"] is False
    assert flags["I tried this video https://www.youtube.com/watch?v=Qm3f"] is True


def test_indented_html_is_quoted_from_the_marker_on() -> None:
    # A template's indentation: runs of white space alone between the elements.
    html = (
        "<div>\n    <p>Our answer</p>\n    <p>On Mon, 1 Jan 2026, Buyer wrote:</p>\n"
        "    <p>older</p>\n</div>"
    )
    view = part_view(next(_model(html=html).html_parts()))
    flags = [(s.text.strip(), s.quoted) for s in view.slots if s.text.strip()]
    assert flags == [
        ("Our answer", False),
        ("On Mon, 1 Jan 2026, Buyer wrote:", True),
        ("older", True),
    ]
    before = [s for s in view.slots if s.text.isspace()][:2]
    assert [s.quoted for s in before] == [False, False]


def test_rewrite_texts_edits_every_run_and_refreshes_the_view() -> None:
    model = _model(text="one two\nthree\n", html="<p>one <b>two</b> three</p>")
    for part in model.text_parts:
        rewrite_texts(part, lambda slot: slot.text.replace("two", "2"))
        assert "two" not in "".join(s.text for s in part_view(part).slots)


def test_cut_spans_tidies_what_is_left() -> None:
    text = "See (https://x.example) now ."
    start, end = text.index("https"), text.index(")")
    assert cut_spans(text, [(start, end)]) == "See now."
    assert cut_spans("mail a@b.example now", [(5, 16)], "[removed]") == "mail [removed] now"


_MARKER_PIECES = [
    "On Mon, 3 May 2024, Sam wrote:",
    "-----Original Message-----",
    "From: sam@example.com",
    "Von: Sam",
    "Sent:",
    "-- ",
    ":",
    "-",
    " ",
    "\t",
    "\n",
    "\r",
    "\r\n",
    ">",
    "x",
    "wrote",
]
marker_text = st.lists(st.sampled_from(_MARKER_PIECES), max_size=8).map("".join)


def _reference_view_flags(part: Any) -> tuple[list[bool], list[bool]]:
    """Quoted flags of a part's slots and elements as the view loops first computed them
    (a marker test per run until the first marker, every run after it quoted)."""
    markers = part.quotes
    if not part.is_html:
        flags: list[bool] = []
        after = False
        for line in part.text.splitlines(keepends=True):
            bare = line.rstrip("\r\n")  # a marker is matched without the line's ending
            if not after and markers is not None and markers.search(bare) is not None:
                after = True
            flags.append(after or line.lstrip().startswith(">"))
        return flags, []
    walk = part.html_walk()
    flags = []
    cut = len(walk.runs)
    for _, _, text, quoted in walk.runs:
        # a marker counts inside a quote wrapper too (Outlook's divRplyFwdMsg)
        if cut == len(walk.runs) and markers is not None and markers.search(text) is not None:
            cut = len(flags)
        flags.append(quoted or len(flags) >= cut)
    return flags, [quoted or before > cut for _, quoted, before in walk.elements]


@PROPERTY
@given(st.lists(marker_text, max_size=6), st.booleans())
def test_views_quote_as_the_run_by_run_loop(texts: list[str], html: bool) -> None:
    if html:
        body = "".join(f"<p>{t}</p><div><b>{t}</b> x</div>" for t in texts)
        raw = make_message(html=f"<html><body>{body}</body></html>")
    else:
        raw = make_message(text="\n".join(texts))
    for part in MessageModel(raw, Envelope(), POLICY).text_parts:
        view = part_view(part)
        flags, elements = _reference_view_flags(part)
        assert [slot.quoted for slot in view.slots] == flags
        assert [quoted for _, quoted in view.elements] == elements


@pytest.mark.parametrize(
    ("text", "cut", "expected"),
    [
        # a lead-in that only announced what was cut goes with it
        (
            "Hello. The guide is here: https://x.test/g. Best wishes.",
            "https://x.test/g",
            "Hello. Best wishes.",
        ),
        (
            "Hello.\nThe guide is here:\nhttps://x.test/g\n\nBest",
            "https://x.test/g",
            "Hello.\n\n\nBest",
        ),
        (
            "取扱説明書はこちら：https://x.test/a。よろしくお願いします。",
            "https://x.test/a",
            "よろしくお願いします。",
        ),
        # near-misses: the sentence goes on after the cut, or has no lead-in
        (
            "Call the workshop: +1 212 555 0199 any time.",
            "+1 212 555 0199",
            "Call the workshop: any time.",
        ),
        ("Steps:\n1. Open https://x.test/g now.\n", "https://x.test/g", "Steps:\n1. Open now.\n"),
        ("The guide is online https://x.test/g.", "https://x.test/g", "The guide is online."),
    ],
)
def test_a_cut_takes_the_lead_in_it_leaves_dangling(text: str, cut: str, expected: str) -> None:
    start = text.index(cut)
    assert cut_spans(text, [(start, start + len(cut))]) == expected
