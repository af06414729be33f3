"""HTML as a reader sees it: parsing, the one walk, visible text and quoted segments."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from policies import Envelope, load_policy
from policies.detect.html import normalize_space, parse_html, serialize_html
from policies.detect.quotes import QuoteDetector
from policies.detect.runs import part_view
from policies.model import MessageModel, TextPart
from tests.mail import make_message

QUOTES = QuoteDetector.of(load_policy())

# A marker split over two text nodes: the joined text (segments) holds it, no single run
# (link view) does; then a whole marker in one run, a quote wrapper, hidden text and tails.
HTML = (
    "<html><head><title>From: a@b.example</title><style>p{}</style></head><body>"
    "<p>Hello <b>Sam</b>, thanks</p><!-- -----Original Message----- -->"
    "<div>-----Original <span>Message-----</span></div>"
    "<p>after <a href='https://x.example'>link</a></p>"
    "<p>-----Original Message-----</p><p>history <i>here</i></p>"
    "<div class='gmail_quote'>quoted <a href='https://q.example'>q</a></div>tail"
    "</body></html>"
)


def _part(html: str) -> TextPart:
    model = MessageModel(make_message(text="hello", html=html), Envelope(), load_policy())
    return next(model.html_parts())


def _segments(html: str) -> list[tuple[str, bool]]:
    return QUOTES.html_segments(QUOTES.walk(parse_html(html)))


def test_junk_and_control_characters_parse_to_a_document() -> None:
    for junk in ("", "   ", "\x00\x01", "<<<>>>", "\ufffe\uffff"):
        root = parse_html(junk)
        assert root.tag == "html"
    root = parse_html("<p>a\x00b\x0bc\ufffed</p>")
    assert root.text_content() == "abcd"


def test_serialisation_keeps_the_doctype() -> None:
    root = parse_html("<!DOCTYPE html><html><body><p>x</p></body></html>")
    assert serialize_html(root).startswith("<!DOCTYPE html>\n<html>")


def test_hidden_text_is_not_visible_and_blocks_break_lines() -> None:
    html = (
        "<head><title>T</title><style>p{}</style></head><body><script>s()</script>"
        "<p>one <b>two</b></p><noscript>n</noscript><div>three</div>four<template>t</template>"
        "</body>"
    )
    assert _segments(html) == [("one two\nthree\nfour", False)]


def test_quote_wrappers_quote_their_content_but_not_their_tail() -> None:
    html = "<p>mine</p><div class='gmail_quote'>theirs <b>too</b></div>mine again"
    assert _segments(html) == [("mine", False), ("theirs too", True), ("mine again", False)]
    assert _segments("<p>a</p><blockquote>b</blockquote>") == [("a", False), ("b", True)]
    assert _segments("<p>a</p><div id='divRplyFwdMsg'>b</div>") == [("a", False), ("b", True)]
    # A class that merely contains a wrapper's name is not one.
    assert _segments("<p>a</p><div class='not_gmail_quote_x'>b</div>") == [("a\nb", False)]


def test_blanks_fold_to_one_space_and_lines_lose_their_edges() -> None:
    assert normalize_space(" a \t\xa0 b \n\n  c\r\n") == "a b\nc"
    assert normalize_space("\n\n") == ""


def test_a_tree_deeper_than_the_stack_is_walked() -> None:
    root = parse_html("<div>x</div>")
    el = root.find(".//div")
    for _ in range(3000):  # deeper than parsing allows: only an edit builds this
        el = etree.SubElement(el, "div")
        el.tail = "t"
    walk = QUOTES.walk(root)
    assert "".join(text for text, _ in walk.chunks).count("t") == 3000


def test_segments_and_view_share_one_walk_until_an_edit() -> None:
    part = _part(HTML)
    part.segments()
    walk = part.html_walk()
    part_view(part)
    assert part.html_walk() is walk
    part.touch()
    assert part.html_walk() is not walk


def test_segments_and_view_cut_at_the_same_marker() -> None:
    part = _part(HTML)
    segments = part.segments()
    # The joined text is searched, so the marker split over two elements quotes from
    # "-----Original" on: the link after it is history, not the seller's.
    own = "\n".join(text for text, quoted in segments if not quoted)
    assert own.startswith("Hello Sam, thanks")
    assert "Original" not in own and "after" not in own
    view = part_view(part)
    quoted = {slot.text: slot.quoted for slot in view.slots}
    assert quoted["Hello "] is False and quoted["Sam"] is False
    for text in ("-----Original ", "Message-----", "after ", "history ", "quoted ", "tail"):
        assert quoted[text] is True, text
    assert "From: a@b.example" not in quoted  # <title> text is never a run
    links = {el.get("href"): flag for el, flag in view.elements if el.tag == "a"}
    assert links == {"https://x.example": True, "https://q.example": True}
    # Elements after the marker's run are quoted, those before it are not.
    flags = [(el.tag, flag) for el, flag in view.elements]
    assert ("title", False) in flags and ("b", False) in flags and ("i", True) in flags


def test_an_attribution_split_over_elements_quotes_the_address_in_it() -> None:
    # Gmail and Outlook put the buyer's relay alias in its own <a>: the attribution line
    # around it is one marker, so the alias is the buyer's, as it is in the segments.
    part = _part(
        "<p>Thanks for your patience.</p><div>On Mon, 7 Dec 2026 at 10:00, Amazon Customer "
        "&lt;<a href='mailto:abc@marketplace.amazon.com'>abc@marketplace.amazon.com</a>"
        "&gt; wrote:</div><blockquote>Where is my parcel?</blockquote>"
    )
    quoted = {slot.text: slot.quoted for slot in part_view(part).slots}
    assert quoted["Thanks for your patience."] is False
    assert quoted["abc@marketplace.amazon.com"] is True


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=" \t\r\n\f\v\xa0\u2003ab", max_size=40))
def test_normalize_space_is_the_plain_statement(text: str) -> None:
    # The plain statement of what normalize_space does, against its restated patterns.
    expected = re.sub(r" ?\n\s*", "\n", re.sub(r"[ \t\r\f\v\xa0]+", " ", text)).strip()
    assert normalize_space(text) == expected
