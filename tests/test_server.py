"""The gateway over real sockets on 127.0.0.1: smtplib as the helpdesk, an in-test aiosmtpd
sink as the smarthost. Invariant in every delivery test: the client saw 250 ⇒ the upstream
has the message (and in bounce mode, the report)."""

from __future__ import annotations

import smtplib
import sqlite3
from collections.abc import Iterator
from email import message_from_bytes
from email.policy import default as default_policy_email
from pathlib import Path
from typing import Any

import pytest

from gateway.store import Store
from policies import Policy, load_policy
from tests.mail import ALIAS, ORDER, SELLER, default_policy, make_message
from tests.netutil import RunningGateway, Sink, make_config

OTHER = "warehouse@partner.example"
COMPLIANT = f"Hello, about your order {ORDER}: the replacement ships tomorrow. Regards, Anna"


def blocked_message(**kw: Any) -> bytes:
    """A proactive message without an order id: order.id_missing blocks it."""
    return make_message(
        text="Hello, we have a question about your delivery address. Regards, Anna",
        subject="A question",
        **kw,
    )


def send(port: int, raw: bytes, rcpts: list[str], sender: str = SELLER) -> tuple[int, str]:
    """One transaction; returns the reply to the end of DATA (or the first refusal)."""
    with smtplib.SMTP("127.0.0.1", port, local_hostname="helpdesk.test", timeout=30) as c:
        c.ehlo()
        code, msg = c.mail(sender)
        if code != 250:
            return code, msg.decode()
        for r in rcpts:
            code, msg = c.rcpt(r)
            if code >= 300:
                return code, msg.decode()
        code, msg = c.data(raw)
        return code, msg.decode()


def strip_received(data: bytes) -> bytes:
    """The relayed bytes minus the gateway's Received header (its only addition)."""
    assert data.startswith(b"Received: from "), data[:80]
    end = data.index(b"\r\n", data.index(b"id "))
    rest = data[end + 2 :]
    while rest[:1] in (b" ", b"\t"):
        rest = rest[rest.index(b"\r\n") + 2 :]
    return rest


@pytest.fixture
def gateway(tmp_path: Path, sink: Sink) -> Iterator[RunningGateway]:
    gw = RunningGateway(make_config(tmp_path, sink.url), default_policy()).start()
    yield gw
    gw.stop()


def start(tmp_path: Path, upstream: str, policy: Policy | None = None, **kw: Any) -> RunningGateway:
    return RunningGateway(make_config(tmp_path, upstream, **kw), policy or default_policy()).start()


# -- pass / rewrite / block --------------------------------------------------------------


def test_compliant_reply_is_relayed_byte_for_byte(gateway: RunningGateway, sink: Sink) -> None:
    raw = make_message(text=COMPLIANT, reply=True)
    code, msg = send(gateway.port, raw, [ALIAS])
    assert code == 250 and msg.startswith("2.0.0"), msg
    assert len(sink.messages) == 1
    got = sink.messages[0]
    assert got.rcpt_tos == [ALIAS] and got.mail_from == SELLER
    assert strip_received(got.data) == raw
    event = gateway.wait_for("message")[0]
    assert event["verdict"] == "pass" and event["actions"] == {ALIAS: "relayed"}
    assert {"engine_ms", "upstream_ms", "total_ms", "ref", "size"} <= set(event)
    assert "Regards" not in str(event)  # never the body


def test_internal_headers_are_removed(gateway: RunningGateway, sink: Sink) -> None:
    raw = make_message(
        text=COMPLIANT, reply=True, headers={"X-BSM-Kind": "reply", "X-Amazon-Order-Id": ORDER}
    )
    code, _ = send(gateway.port, raw, [ALIAS])
    assert code == 250
    data = sink.messages[0].data
    assert b"X-BSM-Kind" not in data and b"X-Amazon-Order-Id" not in data
    assert b"the replacement ships tomorrow" in data


def test_rewrite_relays_sanitized_copy_without_dkim(gateway: RunningGateway, sink: Sink) -> None:
    html = (
        f"<p>Hello, about your order {ORDER}: the replacement ships tomorrow.</p>"
        '<img src="https://cdn.seller.example/photo.png" width="300">'
    )
    raw = make_message(
        text=COMPLIANT,
        html=html,
        reply=True,
        headers={"DKIM-Signature": "v=1; a=rsa-sha256; d=seller.example; b=abc"},
    )
    code, msg = send(gateway.port, raw, [ALIAS, OTHER])
    assert code == 250, msg
    event = gateway.wait_for("message")[0]
    assert event["verdict"] == "rewrite", event
    amazon = sink.to(ALIAS)[0]
    other = sink.to(OTHER)[0]
    assert amazon.rcpt_tos == [ALIAS] and other.rcpt_tos == [OTHER]
    assert b"DKIM-Signature" not in amazon.data
    assert b"the replacement ships tomorrow" in amazon.data
    # Everyone else gets the original, unchanged.
    assert strip_received(other.data) == raw


def test_block_in_bounce_mode_quarantines_and_reports(
    gateway: RunningGateway, sink: Sink, tmp_path: Path
) -> None:
    raw = blocked_message()
    code, msg = send(gateway.port, raw, [ALIAS])
    assert code == 250, msg
    assert "order.id_missing" in msg and "quarantine q-" in msg
    # The buyer got nothing; the sender got the report from <>.
    assert sink.to(ALIAS) == []
    [report] = sink.messages
    assert report.mail_from == "<>" and report.rcpt_tos == [SELLER]
    parsed = message_from_bytes(report.data, policy=default_policy_email)
    assert parsed.get_content_type() == "multipart/report"
    assert parsed["Auto-Submitted"] == "auto-replied"
    assert b"order.id_missing" in report.data
    event = gateway.wait_for("message")[0]
    qid = event["quarantine_id"]
    assert qid in report.data.decode("utf-8", "replace")

    async def held() -> Any:
        store = await Store.open(f"sqlite:///{tmp_path}/state.db")
        try:
            return await store.quarantine_get(qid)
        finally:
            await store.close()

    item = gateway.call(held())
    assert item is not None and item.raw == raw and item.rcpt_tos == [ALIAS]


def test_block_with_other_recipient_relays_their_copy(gateway: RunningGateway, sink: Sink) -> None:
    raw = blocked_message()
    code, _ = send(gateway.port, raw, [ALIAS, OTHER])
    assert code == 250
    assert sink.to(ALIAS) == []
    assert strip_received(sink.to(OTHER)[0].data) == raw
    assert len(sink.to(SELLER)) == 1  # the report


def test_reject_mode_names_rules_and_quarantine_id(tmp_path: Path, sink: Sink) -> None:
    gw = start(tmp_path, sink.url, mode="reject")
    try:
        code, msg = send(gw.port, blocked_message(), [ALIAS, OTHER])
        assert code == 550 and msg.startswith("5.7.1"), msg
        assert "order.id_missing" in msg and "quarantine q-" in msg
        assert sink.messages == []
    finally:
        gw.stop()


def test_no_report_to_null_sender_or_automatic_mail(gateway: RunningGateway, sink: Sink) -> None:
    code, msg = send(gateway.port, blocked_message(), [ALIAS], sender="<>")
    assert code == 250, msg
    auto = blocked_message(headers={"Auto-Submitted": "auto-generated"})
    code, msg = send(gateway.port, auto, [ALIAS])
    assert code == 250, msg
    assert sink.messages == []  # quarantined, nobody bounced to
    events = gateway.wait_for("message", 2)
    assert all(e["report"].startswith("suppressed") for e in events)


def test_non_amazon_recipients_refused_at_rcpt_when_configured(tmp_path: Path, sink: Sink) -> None:
    gw = start(tmp_path, sink.url, non_amazon="refuse")
    try:
        code, msg = send(gw.port, make_message(text=COMPLIANT, reply=True), [OTHER])
        assert code == 550 and msg.startswith("5.7.1")
        code, _ = send(gw.port, make_message(text=COMPLIANT, reply=True), [ALIAS])
        assert code == 250 and len(sink.messages) == 1
    finally:
        gw.stop()


def test_second_review_request_for_an_order_is_blocked(tmp_path: Path, sink: Sink) -> None:
    gw = start(tmp_path, sink.url, mode="reject")
    text = (
        f"Hello, about your order {ORDER}: the replacement ships tomorrow. We would "
        "appreciate it if you could leave a review of the product. Regards, Anna"
    )
    try:
        first = make_message(text=text, reply=True)
        code, msg = send(gw.port, first, [ALIAS])
        assert code == 250, msg
        second = make_message(text=text, reply=True, headers={"X-Mailer": "again"}).replace(
            b"<test-1@seller.example>", b"<test-2@seller.example>"
        )
        code, msg = send(gw.port, second, [ALIAS])
        assert code == 550 and "review.repeat_request" in msg, msg
        assert len(sink.messages) == 1
    finally:
        gw.stop()


def test_review_request_not_counted_when_upstream_failed(tmp_path: Path) -> None:
    """A request the upstream never took must not use up the order's one request."""
    text = f"About your order {ORDER}: it ships tomorrow. Please leave us a review. Regards"
    raw = make_message(text=text, reply=True)
    down = start(tmp_path, "smtp://127.0.0.1:9")  # nothing listens on the discard port
    try:
        code, _ = send(down.port, raw, [ALIAS])
        assert 400 <= code < 500
    finally:
        down.stop()
    sink = Sink().start()
    gw = start(tmp_path, sink.url)
    try:
        code, msg = send(gw.port, raw, [ALIAS])
        assert code == 250 and sink.to(ALIAS), msg
    finally:
        gw.stop()
        sink.stop()


# -- failures never answer 250 ------------------------------------------------------------


def test_upstream_down_is_a_temporary_failure(tmp_path: Path) -> None:
    gw = start(tmp_path, "smtp://127.0.0.1:9")
    try:
        code, msg = send(gw.port, make_message(text=COMPLIANT, reply=True), [ALIAS])
        assert code == 451 and msg.startswith("4.4.1"), msg
        assert "ref " in msg
        # the log says what happened to the recipient: nothing was relayed
        [event] = gw.wait_for("message")
        assert event["reply"].startswith("451") and event["actions"] == {ALIAS: "deferred"}
    finally:
        gw.stop()


def test_partial_refusal_is_250_plus_dsn(gateway: RunningGateway, sink: Sink) -> None:
    raw = make_message(text=COMPLIANT, reply=True)
    code, msg = send(gateway.port, raw, [ALIAS, "refuse-me@partner.example"])
    assert code == 250, msg
    assert len(sink.to(ALIAS)) == 1
    [dsn] = sink.to(SELLER)
    assert dsn.mail_from == "<>"
    assert b"refuse-me@partner.example" in dsn.data and b"Action: failed" in dsn.data


def test_all_recipients_refused_gives_the_upstream_code(
    gateway: RunningGateway, sink: Sink
) -> None:
    raw = make_message(text=COMPLIANT, reply=True)
    code, msg = send(gateway.port, raw, ["refuse-me@partner.example"])
    assert code == 550 and "No such user" in msg, msg
    code, msg = send(gateway.port, raw, ["later@partner.example"])
    assert code == 450 and msg.startswith("4.2.1"), msg
    assert sink.messages == []
    actions = [e["actions"] for e in gateway.wait_for("message", 2)]
    assert actions == [
        {"refuse-me@partner.example": "rejected"},
        {"later@partner.example": "deferred"},
    ]


def test_engine_deadline_fails_closed(tmp_path: Path, sink: Sink) -> None:
    gw = start(tmp_path, sink.url, limits={"engine_timeout": 0.02})
    try:
        # ~100 KB of text: the engine needs far longer than 20 ms for it.
        raw = make_message(text=(COMPLIANT + "\n") * 1200, reply=True)
        code, msg = send(gw.port, raw, [ALIAS])
        assert code == 451 and msg.startswith("4.3.0"), msg
        assert sink.messages == []
    finally:
        gw.stop()


def test_store_unwritable_is_a_temporary_failure(
    gateway: RunningGateway, sink: Sink, tmp_path: Path
) -> None:
    # Another process holds the database locked: the quarantine cannot be written.
    db = sqlite3.connect(tmp_path / "state.db", isolation_level=None)
    try:
        db.execute("BEGIN EXCLUSIVE")
        code, msg = send(gateway.port, blocked_message(), [ALIAS])
        assert code == 451 and msg.startswith("4.3.0"), msg
        assert sink.messages == []  # no report without a quarantined original
    finally:
        db.execute("ROLLBACK")
        db.close()
    code, _ = send(gateway.port, blocked_message(), [ALIAS])
    assert code == 250 and len(sink.to(SELLER)) == 1


class _Exploding:
    async def send(self, mail_from: str, rcpt_tos: list[str], data: bytes) -> Any:
        raise RuntimeError("a bug in an upstream")

    async def close(self) -> None:
        return None

    def describe(self) -> str:
        return "exploding"


def test_unexpected_error_is_451_with_reference(tmp_path: Path) -> None:
    config = make_config(tmp_path, "maildir:unused")
    gw = RunningGateway(config, default_policy(), upstream=_Exploding()).start()
    try:
        code, msg = send(gw.port, make_message(text=COMPLIANT, reply=True), [ALIAS])
        assert code == 451 and msg.startswith("4.3.0") and "ref " in msg, msg
        assert gw.wait_for("error")
    finally:
        gw.stop()


# -- protocol ------------------------------------------------------------------------------


def test_ehlo_and_replies_carry_enhanced_codes(gateway: RunningGateway) -> None:
    with smtplib.SMTP("127.0.0.1", gateway.port, local_hostname="helpdesk.test") as c:
        code, _ = c.ehlo()
        assert code == 250
        assert c.has_extn("enhancedstatuscodes") and c.has_extn("size") and c.has_extn("8bitmime")
        assert int(c.esmtp_features["size"]) == default_policy().max_message_bytes
        assert not c.has_extn("auth")  # no users configured
        code, msg = c.docmd("BOGUS")
        assert code == 500 and msg.startswith(b"5.5.1")
        code, msg = c.docmd("RCPT", f"TO:<{ALIAS}>")
        assert code == 503 and msg.startswith(b"5.5.1")
        code, msg = c.docmd("NOOP")
        assert code == 250 and msg.startswith(b"2.0.0")
        code, msg = c.mail(SELLER)
        assert code == 250 and msg.startswith(b"2.1.0")
        code, msg = c.rcpt(ALIAS)
        assert code == 250 and msg.startswith(b"2.1.5")


def test_size_over_limit(tmp_path: Path, sink: Sink) -> None:
    policy = load_policy("[limits]\nmax_message_bytes = 20000\n", source="small.toml")
    gw = start(tmp_path, sink.url, policy=policy)
    try:
        with smtplib.SMTP("127.0.0.1", gw.port, local_hostname="helpdesk.test") as c:
            c.ehlo()
            code, msg = c.mail(SELLER, ["SIZE=30000"])
            assert code == 552 and msg.startswith(b"5.3.4"), msg
        big = make_message(text=COMPLIANT + "\n" + ("x" * 70 + "\n") * 400, reply=True)
        code, msg = send(gw.port, big, [ALIAS])
        assert code == 552 and msg.startswith("5.3.4") and "20000" in msg, msg
        # ... and the server keeps serving.
        code, _ = send(gw.port, make_message(text=COMPLIANT, reply=True), [ALIAS])
        assert code == 250 and len(sink.messages) == 1
    finally:
        gw.stop()


def test_long_line_junk_and_deep_nesting_get_clear_replies(
    gateway: RunningGateway, sink: Sink
) -> None:
    long_line = make_message(text=COMPLIANT + "\n" + "y" * 1200, reply=True)
    # Built by hand: the email package would fold or encode the long line.
    long_line = (
        b"From: "
        + SELLER.encode()
        + b"\r\nTo: "
        + ALIAS.encode()
        + b"\r\nSubject: Order "
        + ORDER.encode()
        + b"\r\nIn-Reply-To: <q@marketplace.amazon.com>\r\n\r\n"
        + b"y" * 1200
        + b"\r\n"
    )
    code, msg = send(gateway.port, long_line, [ALIAS])
    assert code == 500 and msg.startswith("5.5.2") and "998" in msg, msg

    junk = b"".join(b"%d junk \x01\x02 ::: <<<>>> ===\r\n" % i for i in range(1000))
    code, msg = send(gateway.port, junk, [ALIAS])
    assert code in (250, 550) and msg[:1] in "25" and msg[1] == ".", msg

    parts = [f'Content-Type: multipart/mixed; boundary="b{i}"\r\n\r\n--b{i}\r\n' for i in range(60)]
    closing = "".join(f"\r\n--b{i}--\r\n" for i in reversed(range(60)))
    nested = (
        f"From: {SELLER}\r\nTo: {ALIAS}\r\nSubject: Order {ORDER}\r\nMIME-Version: 1.0\r\n"
        + "".join(parts)
        + "Content-Type: text/plain\r\n\r\nhello\r\n"
        + closing
    ).encode()
    code, msg = send(gateway.port, nested, [ALIAS])
    assert code == 250 and "mime.unreadable" in msg, msg
    assert sink.to(ALIAS) == []
    # Still serving.
    code, _ = send(gateway.port, make_message(text=COMPLIANT, reply=True), [ALIAS])
    assert code == 250 and len(sink.to(ALIAS)) == 1


def test_session_caps_answer_421(tmp_path: Path, sink: Sink) -> None:
    gw = start(tmp_path, sink.url, limits={"max_sessions": 3, "max_sessions_per_client": 2})
    try:
        first = smtplib.SMTP("127.0.0.1", gw.port, local_hostname="a")
        second = smtplib.SMTP("127.0.0.1", gw.port, local_hostname="b")
        with pytest.raises(smtplib.SMTPConnectError) as err:
            smtplib.SMTP("127.0.0.1", gw.port, local_hostname="c")
        assert err.value.smtp_code == 421 and err.value.smtp_error.startswith(b"4.3.2")
        first.quit()
        gw.wait_for("connection.close")
        code, _ = send(gw.port, make_message(text=COMPLIANT, reply=True), [ALIAS])
        assert code == 250
        second.quit()
    finally:
        gw.stop()


def test_client_hangup_after_dot_does_not_abort_the_relay(tmp_path: Path) -> None:
    from tests.netutil import SmtpSink

    slow = SmtpSink("-w", "1").start()  # answers DATA after 1 s
    gw = start(tmp_path, slow.url)
    try:
        raw = make_message(text=COMPLIANT, reply=True)
        c = smtplib.SMTP("127.0.0.1", gw.port, local_hostname="helpdesk.test")
        c.ehlo()
        c.mail(SELLER)
        c.rcpt(ALIAS)
        c.putcmd("data")
        assert c.getreply()[0] == 354
        c.send(raw.replace(b"\r\n.", b"\r\n..") + b"\r\n.\r\n")
        c.close()  # hang up before the reply
        event = gw.wait_for("message", timeout=15)[0]
        assert event["reply"].startswith("250"), event
        assert len(slow.messages()) == 1
        assert gw.log.events("client.gone")
    finally:
        gw.stop()
        slow.stop()
