"""The message model: decoding, per-part results kept only until an edit, no leaks."""

from __future__ import annotations

import gc
from email.message import Message

from policies import Envelope, evaluate, load_policy
from policies.decode import decode_bytes, decode_header_value
from policies.detect.runs import part_view
from policies.model import MessageModel
from tests.mail import make_message

POLICY = load_policy()


def test_headers_decode_encoded_words_and_keep_the_rest() -> None:
    assert decode_header_value("Re: =?utf-8?q?caf=C3=A9?= order") == "Re: café order"
    assert decode_header_value("plain subject") == "plain subject"
    assert decode_header_value(None) == ""
    assert decode_header_value("=?bogus-charset?q?x?=") == "=?bogus-charset?q?x?="


def test_charsets_are_read_and_bad_ones_reported() -> None:
    assert decode_bytes("café".encode(), "UTF-8") == ("café", None)
    assert decode_bytes(b"caf\xe9", None) == (
        "café",
        "8-bit text without a charset; read as Windows-1252",
    )
    text, issue = decode_bytes("café".encode(), "x-unknown")
    assert text == "café" and issue == "unknown charset 'x-unknown'; read as UTF-8"
    part = Message()
    part["Content-Type"] = 'text/plain; charset="ISO-8859-1"'
    assert part.get_content_charset() == "iso-8859-1"


def test_header_addresses_are_parsed_in_order() -> None:
    raw = (
        b'From: Shop <shop@seller.example>\r\nTo: a@x.example, "B, Buyer" <b@y.example>\r\n'
        b"Cc: c@z.example\r\n\r\nhi\r\n"
    )
    model = MessageModel(raw, Envelope(), POLICY)
    assert model.header_addresses("to", "cc") == ["a@x.example", "b@y.example", "c@z.example"]
    assert model.header_addresses("from") == ["shop@seller.example"]


def test_own_text_is_recomputed_after_an_edit() -> None:
    raw = make_message(text="one two\n", html="<p>one <b>two</b></p>")
    model = MessageModel(raw, Envelope(), POLICY)
    plain, html = model.text_parts
    assert plain.own_text() == "one two"
    plain.set_text("three\n")
    assert plain.own_text() == "three"
    assert "two" in html.visible_text()
    next(html.root.iter("b")).drop_tree()
    html.touch()
    assert "two" not in html.visible_text()
    assert "two" not in html.own_text()


def test_part_view_is_kept_until_the_part_is_edited() -> None:
    model = MessageModel(
        make_message(text="hello", html="<p>one <a href='https://x.example'>two</a></p>"),
        Envelope(),
        POLICY,
    )
    part = next(model.html_parts())
    view = part_view(part)
    assert part_view(part) is view
    next(part.root.iter("a")).drop_tag()
    part.touch()
    fresh = part_view(part)
    assert fresh is not view
    assert not any(el.tag == "a" for el, _ in fresh.elements)
    plain = next(model.plain_parts())
    before = part_view(plain)
    plain.set_text("changed\n")
    assert [s.text for s in part_view(plain).slots] == ["changed\n"]
    assert part_view(plain) is not before
    model.release()
    assert not part._derived


def test_shared_results_are_built_once_per_message() -> None:
    model = MessageModel(make_message(text="Hello"), Envelope(), POLICY)
    calls: list[int] = []
    assert model.shared("k", lambda: calls.append(1) or 42) == 42
    assert model.shared("k", lambda: calls.append(1) or 43) == 42
    assert calls == [1]
    model.release()
    assert model.shared("k", lambda: 44) == 44


def test_evaluation_leaves_no_reference_cycles() -> None:
    """Per-message results live on the model and are released after the verdict: a cycle
    per message makes the garbage collector's full passes slow (they used to leak)."""
    raw = make_message(
        text="Please leave a review at https://shop.example.com or call 0151 23456789.",
        html="<p>Please leave a <b>review</b> at <a href='https://shop.example.com'>our shop</a>"
        "</p><blockquote>On Monday the buyer wrote: where is it?</blockquote>",
        reply=False,
    )
    evaluate(raw, Envelope(), POLICY)  # warm the policy's compiled patterns
    gc.collect()
    gc.disable()
    try:
        evaluate(raw, Envelope(), POLICY)
        assert gc.collect() == 0
    finally:
        gc.enable()


def test_no_reference_cycles_over_the_corpus() -> None:
    """The same over every corpus template, whose fixes run each family's rewriting code."""
    from bench.corpus import reply_5kb, template_messages

    messages = [reply_5kb(), *template_messages().values()]
    for raw in messages:
        evaluate(raw, Envelope(), POLICY)
    gc.collect()
    gc.disable()
    try:
        for raw in messages:
            evaluate(raw, Envelope(), POLICY)
        assert gc.collect() == 0
    finally:
        gc.enable()
