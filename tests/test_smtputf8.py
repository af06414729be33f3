"""SMTPUTF8, PIPELINING and envelope address syntax over real sockets: smtplib and a raw
socket as the helpdesk, an aiosmtpd sink as the smarthost (with and without SMTPUTF8)."""

from __future__ import annotations

import smtplib
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from gateway.config import GatewayConfig
from tests.mail import ALIAS, SELLER, default_policy, make_message
from tests.netutil import RunningGateway, Sink, SinkHandler, make_config
from tests.test_server import COMPLIANT, blocked_message, strip_received

JOSE = "josé@exämple.de"


class Utf8SinkHandler(SinkHandler):
    """Also keeps whether each transaction was SMTPUTF8."""

    def __init__(self) -> None:
        super().__init__()
        self.utf8: list[bool] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.utf8.append(bool(envelope.smtp_utf8))
        return await super().handle_DATA(server, session, envelope)


def utf8_sink(enabled: bool) -> Sink:
    sink = Sink()
    sink.handler = Utf8SinkHandler()
    sink.controller = Controller(
        sink.handler,
        hostname="127.0.0.1",
        port=sink.port,
        server_hostname="sink.test",
        enable_SMTPUTF8=enabled,
    )
    return sink.start()


def config(tmp_path: Path, upstream: str) -> GatewayConfig:
    # Rule checks in a thread: these tests are about the SMTP dialogue, and start faster.
    return make_config(tmp_path, upstream, limits={"engine_mode": "thread", "engine_workers": 1})


@pytest.fixture(scope="module")
def module_sink() -> Iterator[Sink]:
    s = utf8_sink(True)
    yield s
    s.stop()


@pytest.fixture
def sink8(module_sink: Sink) -> Sink:
    module_sink.handler.messages.clear()
    module_sink.handler.utf8.clear()  # type: ignore[attr-defined]
    return module_sink


@pytest.fixture(scope="module")
def gateway(
    tmp_path_factory: pytest.TempPathFactory, module_sink: Sink
) -> Iterator[RunningGateway]:
    """One gateway for the module: each test reads only the events it caused."""
    gw = RunningGateway(
        config(tmp_path_factory.mktemp("gw"), module_sink.url), default_policy()
    ).start()
    yield gw
    gw.stop()


class Raw:
    """A raw SMTP client: write any bytes, read replies one by one."""

    def __init__(self, port: int) -> None:
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=15)
        self.file = self.sock.makefile("rb")
        self.reply()  # greeting

    def reply(self) -> str:
        lines = []
        while True:
            line = self.file.readline().decode("utf-8")
            lines.append(line.rstrip("\r\n"))
            if len(line) < 4 or line[3] != "-":
                return "\n".join(lines)

    def send(self, text: str) -> None:
        self.sock.sendall(text.encode("utf-8"))

    def close(self) -> None:
        self.file.close()
        self.sock.close()


def test_ehlo_offers_smtputf8_and_pipelining(gateway: RunningGateway) -> None:
    with smtplib.SMTP("127.0.0.1", gateway.port, local_hostname="helpdesk.test") as c:
        c.ehlo()
        assert {"smtputf8", "pipelining", "8bitmime", "enhancedstatuscodes", "size"} <= set(
            c.esmtp_features
        )
        assert c.ehlo_resp is not None and c.ehlo_resp.decode().endswith("HELP")


def test_a_utf8_sender_goes_through_with_smtputf8(gateway: RunningGateway, sink8: Sink) -> None:
    raw = make_message(text=COMPLIANT, reply=True, sender=JOSE)
    with smtplib.SMTP("127.0.0.1", gateway.port, local_hostname="helpdesk.test") as c:
        refused = c.sendmail(JOSE, [ALIAS], raw, mail_options=["SMTPUTF8"])
        assert refused == {}
    [got] = sink8.messages
    assert got.mail_from == JOSE and got.rcpt_tos == [ALIAS]
    assert strip_received(got.data) == raw
    assert sink8.handler.utf8 == [True]  # type: ignore[attr-defined]
    event = gateway.wait_for("message")[-1]
    assert event["sender"] == JOSE and event["verdict"] == "pass"


def test_an_ascii_message_is_not_sent_as_smtputf8(gateway: RunningGateway, sink8: Sink) -> None:
    """The near miss: nothing non-ASCII, so the upstream gets a plain transaction."""
    with smtplib.SMTP("127.0.0.1", gateway.port, local_hostname="helpdesk.test") as c:
        c.sendmail(SELLER, [ALIAS], make_message(text=COMPLIANT, reply=True))
    assert sink8.handler.utf8 == [False]  # type: ignore[attr-defined]


def test_a_blocked_utf8_senders_report_reaches_it(gateway: RunningGateway, sink8: Sink) -> None:
    with smtplib.SMTP("127.0.0.1", gateway.port, local_hostname="helpdesk.test") as c:
        c.ehlo()
        c.mail(JOSE, ["SMTPUTF8"])
        c.rcpt(ALIAS)
        code, msg = c.data(blocked_message(sender=JOSE))
    assert code == 250 and b"NOT sent" in msg, msg
    [report] = sink8.to(JOSE)
    assert report.mail_from == "<>" and b"order.id_missing" in report.data
    assert sink8.handler.utf8 == [True]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("command", "reply"),
    [
        ("MAIL FROM:<bad address>", "553 5.1.7"),
        ("MAIL FROM:<no-at-sign>", "553 5.1.7"),
        ("MAIL FROM:<anna@seller.example", "501 5.1.7"),
        ("MAIL FROM:anna@seller.example>", "501"),
        ("MAIL FROM:<<anna@seller.example>>", "553"),
        ("MAIL FROM:<anna@-seller.example>", "553 5.1.7"),
        ("MAIL FROM:<@seller.example>", "553"),
        (f"MAIL FROM:<{JOSE}>", "553 5.6.7"),  # UTF-8 without SMTPUTF8
        (f"MAIL FROM:<{JOSE}> SMTPUTF8", "250"),
        ("MAIL FROM:<>", "250"),
        ("MAIL FROM:<anna+orders@seller.example> SIZE=100", "250"),
        ("MAIL FROM:<anna@[127.0.0.1]>", "250"),
        ("MAIL FROM:anna@seller.example", "250"),  # no brackets: lenient, as Postfix is
    ],
)
def test_sender_syntax_is_judged_at_mail(gateway: RunningGateway, command: str, reply: str) -> None:
    raw = Raw(gateway.port)
    try:
        raw.send("EHLO helpdesk.test\r\n")
        raw.reply()
        raw.send(command + "\r\n")
        got = raw.reply()
        assert got.startswith(reply), got
    finally:
        raw.close()


@pytest.mark.parametrize(
    ("rcpt", "reply"),
    [
        ("<bad address>", "553 5.1.3"),
        ("<buyer>", "553 5.1.3"),
        (f"<{ALIAS}", "501 5.1.3"),
        ("<josé@marketplace.amazon.de>", "553 5.6.7"),
        (f"<{ALIAS}>", "250"),
    ],
)
def test_recipient_syntax_is_judged_at_rcpt(gateway: RunningGateway, rcpt: str, reply: str) -> None:
    raw = Raw(gateway.port)
    try:
        raw.send(f"EHLO helpdesk.test\r\nMAIL FROM:<{SELLER}>\r\n")
        raw.reply()
        assert raw.reply().startswith("250")
        raw.send(f"RCPT TO:{rcpt}\r\n")
        got = raw.reply()
        assert got.startswith(reply), got
    finally:
        raw.close()


def test_pipelined_commands_are_answered_in_order(gateway: RunningGateway, sink8: Sink) -> None:
    raw = Raw(gateway.port)
    message = make_message(text=COMPLIANT, reply=True).decode()
    try:
        raw.send("EHLO helpdesk.test\r\n")
        assert "250-PIPELINING" in raw.reply()
        # One write: the envelope (one bad recipient among them) and DATA (RFC 2920).
        raw.send(
            f"MAIL FROM:<{SELLER}>\r\nRCPT TO:<{ALIAS}>\r\nRCPT TO:<bad address>\r\n"
            f"RCPT TO:<warehouse@partner.example>\r\nDATA\r\n"
        )
        replies = [raw.reply()[:3] for _ in range(5)]
        assert replies == ["250", "250", "553", "250", "354"]
        raw.send(message + ".\r\nRSET\r\nNOOP\r\nQUIT\r\n")
        assert raw.reply().startswith("250 2.0.0 OK: sent on")
        assert [raw.reply()[:3] for _ in range(3)] == ["250", "250", "221"]
    finally:
        raw.close()
    [got] = sink8.messages
    assert got.rcpt_tos == [ALIAS, "warehouse@partner.example"]


# Last: its own gateway takes the log capture over from the module one.
def test_an_upstream_without_smtputf8_gets_a_clear_5xx(tmp_path: Path) -> None:
    plain = utf8_sink(False)
    gw = RunningGateway(config(tmp_path, plain.url), default_policy()).start()
    try:
        with smtplib.SMTP("127.0.0.1", gw.port, local_hostname="helpdesk.test") as c:
            c.ehlo()
            assert c.mail(JOSE, ["SMTPUTF8"])[0] == 250
            assert c.rcpt(ALIAS)[0] == 250
            code, msg = c.data(make_message(text=COMPLIANT, reply=True, sender=JOSE))
        # Permanent (a retry cannot help), and it says why; nothing was delivered.
        assert code == 553 and msg.startswith(b"5.6.7") and b"SMTPUTF8" in msg, msg
        assert plain.messages == []
    finally:
        gw.stop()
        plain.stop()
