"""Budgets for hostile input, end to end through a real gateway on a real socket: content
the engine could not read in full is blocked as unreadable (never relayed, never a 4xx
retry loop), and one hostile message never holds up the others."""

from __future__ import annotations

import asyncio
import smtplib
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from tests.mail import ALIAS, SELLER, default_policy, make_message
from tests.netutil import RunningGateway, Sink, SinkHandler, make_config
from tests.test_server import send

FORBIDDEN = "Leave us a 5-star review and get a free gift card!"
COMPLIANT = "Thanks for your message: the replacement ships on Monday. Regards, Anna"


def nested_html(depth: int, text: str) -> str:
    return f"<html><body>{'<div>' * depth}<p>{text}</p>{'</div>' * depth}</body></html>"


@pytest.fixture(scope="module")
def sink() -> Iterator[Sink]:
    """One upstream for the module's gateways (tests count what reached it)."""
    s = Sink().start()
    yield s
    s.stop()


@pytest.fixture(autouse=True)
def fresh(sink: Sink) -> None:
    sink.messages.clear()


@pytest.fixture(scope="module")
def gateway(tmp_path_factory: pytest.TempPathFactory, sink: Sink) -> Iterator[RunningGateway]:
    config = make_config(tmp_path_factory.mktemp("gw"), sink.url)
    gw = RunningGateway(config, default_policy()).start()
    yield gw
    gw.stop()


@pytest.fixture(scope="module")
def rejecting(tmp_path_factory: pytest.TempPathFactory, sink: Sink) -> Iterator[RunningGateway]:
    """A gateway in reject mode: a blocked message is a 550 naming the rules."""
    config = make_config(tmp_path_factory.mktemp("reject"), sink.url, mode="reject")
    gw = RunningGateway(config, default_policy()).start()
    yield gw
    gw.stop()


# -- HTML the parser could not read to its end ---------------------------------------------


def test_text_below_the_html_parsers_depth_limit_is_blocked_as_unreadable(
    rejecting: RunningGateway, sink: Sink
) -> None:
    # libxml2 stops at 255 levels and silently drops the rest: the forbidden text below
    # 300 levels is not in the tree, so no text rule could ever see it.
    raw = make_message(html=nested_html(300, FORBIDDEN), reply=True)
    code, msg = send(rejecting.port, raw, [ALIAS])
    assert code == 550, msg
    assert "mime.unreadable" in msg
    assert sink.messages == []
    event = rejecting.wait_for("message")[-1]
    assert event["rule_ids"] == ["mime.unreadable"]


def test_deep_but_readable_html_is_checked_and_relayed(
    rejecting: RunningGateway, sink: Sink
) -> None:
    # 50 levels (layout tables in tables) is read whole: a compliant reply goes through,
    # the same depth with the forbidden text is blocked for what it says.
    code, msg = send(
        rejecting.port, make_message(html=nested_html(50, COMPLIANT), reply=True), [ALIAS]
    )
    assert code == 250, msg
    assert len(sink.messages) == 1
    code, msg = send(
        rejecting.port, make_message(html=nested_html(50, FORBIDDEN), reply=True), [ALIAS]
    )
    assert code == 550, msg
    assert "review.incentive" in msg and "mime.unreadable" not in msg


def test_html_with_an_xml_encoding_declaration_is_read(rejecting: RunningGateway) -> None:
    # lxml refuses a str that declares its encoding; the part used to be read as empty.
    html = (
        f'<?xml version="1.0" encoding="iso-8859-1"?><html><body><p>{FORBIDDEN}</p></body></html>'
    )
    code, msg = send(rejecting.port, make_message(html=html, reply=True), [ALIAS])
    assert code == 550, msg
    assert "review.incentive" in msg


# -- header limits, before any parsing -------------------------------------------------------


def folded_subject(size: int) -> str:
    """A Subject of about `size` bytes, folded into lines of ~70 (RFC 5322 allows it)."""
    words = [f"word{i}" for i in range(size // 10)]
    return "\r\n ".join(" ".join(words[i : i + 8]) for i in range(0, len(words), 8))


def raw_with_header(name: str, value: str, text: str = COMPLIANT) -> bytes:
    """A reply with one extra header written as is (the email package would refold it)."""
    return (
        f"From: {SELLER}\r\nTo: {ALIAS}\r\nSubject: Re: your order\r\n"
        f"In-Reply-To: <q1@marketplace.amazon.com>\r\n{name}: {value}\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{text}\r\n"
    ).encode()


def test_an_oversize_header_is_refused_for_good_while_other_mail_flows(
    gateway: RunningGateway, sink: Sink
) -> None:
    # A 1 MB folded Subject took the stdlib's header parser ~15 s, twice, on the event
    # loop, while every other session waited. Now a byte scan refuses it (552, never a
    # 4xx: a retry would be refused again) and a compliant message sent alongside is
    # answered at once.
    hostile = (
        f"From: {SELLER}\r\nTo: {ALIAS}\r\nSubject: {folded_subject(1024 * 1024)}\r\n\r\nHi\r\n"
    ).encode()
    with ThreadPoolExecutor(4) as pool:
        hostiles = [pool.submit(send, gateway.port, hostile, [ALIAS]) for _ in range(2)]
        time.sleep(0.2)
        t0 = time.monotonic()
        code, msg = send(gateway.port, raw_with_header("X-Note", "x"), [ALIAS])
        took = time.monotonic() - t0
        results = [f.result(timeout=15) for f in hostiles]
    assert code == 250, msg
    assert took < 3.0, took
    for code, msg in results:
        assert code == 552, msg
        assert msg.startswith("5.3.4") and "Subject header is longer than 32768 bytes" in msg
    assert len(sink.messages) == 1  # only the compliant one; nothing of the hostile one
    refused = [e for e in gateway.log.events("message") if e.get("error", "").startswith("refused")]
    assert len(refused) >= 2


def test_long_headers_under_the_limits_are_accepted(gateway: RunningGateway, sink: Sink) -> None:
    # A long thread's References (300 message ids, ~18 KB folded) is ordinary mail.
    refs = "\r\n ".join(f"<thread-{i}.abcdef@helpdesk.example>" for i in range(300))
    code, msg = send(gateway.port, raw_with_header("References", refs), [ALIAS])
    assert code == 250, msg
    assert len(sink.messages) == 1


def test_the_header_limits_are_settings(tmp_path: Path, sink: Sink) -> None:
    config = make_config(tmp_path, sink.url, limits={"max_header_field_bytes": 1024})
    gw = RunningGateway(config, default_policy()).start()
    try:
        code, msg = send(
            gw.port, raw_with_header("X-Long", "a" * 900 + "\r\n " + "b" * 200), [ALIAS]
        )
        assert code == 552 and "X-Long header is longer than 1024 bytes" in msg, msg
        code, msg = send(gw.port, raw_with_header("X-Long", "a" * 900), [ALIAS])
        assert code == 250, msg
    finally:
        gw.stop()


# -- the budget for messages in flight ---------------------------------------------------


def send_sized(port: int, raw: bytes) -> tuple[int, str]:
    """One transaction whose MAIL FROM declares the message's SIZE (RFC 1870), as smtplib's
    sendmail, Postfix and Exim do; the reply to DATA or to the end of the data."""
    with smtplib.SMTP("127.0.0.1", port, local_hostname="helpdesk.test", timeout=30) as c:
        c.ehlo()
        c.mail(SELLER, [f"SIZE={len(raw)}"])
        c.rcpt(ALIAS)
        try:
            code, msg = c.data(raw)
        except smtplib.SMTPDataError as exc:
            code, msg = exc.smtp_code, exc.smtp_error
        return code, msg.decode()


class SlowHandler(SinkHandler):
    """An upstream that takes `delay` seconds to accept each message."""

    delay = 3.0

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        await asyncio.sleep(self.delay)
        return await super().handle_DATA(server, session, envelope)


def test_a_burst_over_the_inflight_budget_is_deferred_not_held_in_memory(tmp_path: Path) -> None:
    # Budget 1 MiB. A 600 KB message is being relayed (slowly); a second 600 KB one would
    # take the messages in flight over the budget: 452 at DATA, before a byte of it is
    # uploaded, and the client sends it again later. A small reply still goes through.
    upstream = Sink()
    upstream.handler = SlowHandler()
    upstream.controller.handler = upstream.handler
    upstream.start()
    config = make_config(tmp_path, upstream.url, limits={"max_inflight_mb": 1})
    gw = RunningGateway(config, default_policy()).start()
    try:
        big = make_message(
            text=COMPLIANT,
            reply=True,
            attachments=[(b"%PDF" + b"x" * 450_000, "application/octet-stream", "a.bin")],
        )
        assert 600_000 < len(big) < 700_000
        with ThreadPoolExecutor(1) as pool:
            first = pool.submit(send_sized, gw.port, big)
            time.sleep(1.0)  # the first is in flight (at the slow upstream)
            code, msg = send_sized(gw.port, big)
            assert code == 452, msg
            assert msg.startswith("4.3.1") and "too much mail in progress" in msg
            assert gw.log.events("data.deferred")[-1]["size"] == len(big)
            code, msg = send_sized(gw.port, make_message(text=COMPLIANT, reply=True))
            assert code == 250, msg
            assert first.result(timeout=15)[0] == 250
        code, msg = send_sized(gw.port, big)  # nothing in flight now: accepted
        assert code == 250, msg
        assert gw.app.sessions.inflight == 0
    finally:
        gw.stop()
        upstream.stop()
