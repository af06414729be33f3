"""Fault injection with Postfix's smtp-sink as the upstream: the client never sees 250
unless smtp-sink has the message."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.mail import ALIAS, ORDER, SELLER, default_policy, make_message
from tests.netutil import SMTP_SINK, RunningGateway, SmtpSink, make_config
from tests.test_server import blocked_message, send

pytestmark = pytest.mark.skipif(
    not os.access(SMTP_SINK, os.X_OK), reason="smtp-sink is not installed (make test-deps)"
)

COMPLIANT = f"Hello, about your order {ORDER}: the replacement ships tomorrow. Regards, Anna"


@pytest.fixture
def upstream(request: pytest.FixtureRequest) -> Iterator[SmtpSink]:
    sink = SmtpSink(*getattr(request, "param", ())).start()
    yield sink
    sink.stop()


@pytest.fixture
def gateway(tmp_path: Path, upstream: SmtpSink) -> Iterator[RunningGateway]:
    config = make_config(tmp_path, upstream.url, limits={"upstream_timeout": 1.5})
    gw = RunningGateway(config, default_policy()).start()
    yield gw
    gw.stop()


def test_delivery_through_smtp_sink(gateway: RunningGateway, upstream: SmtpSink) -> None:
    raw = make_message(text=COMPLIANT, reply=True)
    code, msg = send(gateway.port, raw, [ALIAS])
    assert code == 250, msg
    [dump] = upstream.messages()
    assert f"X-Rcpt-Args: <{ALIAS}>".encode() in dump
    assert raw.replace(b"\r\n", b"\n") in dump.replace(b"\r\n", b"\n")


def test_bounce_report_through_smtp_sink(gateway: RunningGateway, upstream: SmtpSink) -> None:
    code, msg = send(gateway.port, blocked_message(), [ALIAS])
    assert code == 250, msg
    [dump] = upstream.messages()  # only the report, to the sender, from <>
    assert b"X-Mail-Args: <>" in dump and f"X-Rcpt-Args: <{SELLER}>".encode() in dump
    assert b"multipart/report" in dump


@pytest.mark.parametrize(
    ("upstream", "codes"),
    [
        (("-r", "."), (400, 499)),  # 4xx at end of data
        (("-f", "."), (500, 599)),  # 5xx at end of data
        (("-Q", "."), (400, 499)),  # 421 and hang up
        (("-q", "."), (400, 499)),  # hang up without a word
        (("-W", ".:4"), (400, 499)),  # answers after our 1.5 s upstream deadline
        (("-r", "RCPT"), (400, 499)),
        (("-f", "MAIL"), (500, 599)),
    ],
    indirect=["upstream"],
)
def test_upstream_faults_never_give_250(
    gateway: RunningGateway, upstream: SmtpSink, codes: tuple[int, int]
) -> None:
    replies = []
    for raw in (make_message(text=COMPLIANT, reply=True), blocked_message()):
        code, msg = send(gateway.port, raw, [ALIAS])
        assert codes[0] <= code <= codes[1], (code, msg)
        assert msg[:1] == str(code)[0] and msg[1] == ".", msg  # enhanced code of the same class
        assert "ref " in msg
        replies.append(msg)
    if codes[0] == 500:
        assert "upstream said" in replies[0]
        # The report could not be sent either: the SMTP reply carries it instead.
        assert "order.id_missing" in replies[1] and "quarantine q-" in replies[1]
    events = gateway.wait_for("message", 2)
    assert all(not e["reply"].startswith("2") for e in events)


def test_quarantine_entry_dropped_when_report_failed(
    tmp_path: Path,
) -> None:
    """The client retries after a 4xx: the failed attempt must not leave a second copy."""
    sink = SmtpSink("-r", ".").start()
    gw = RunningGateway(make_config(tmp_path, sink.url), default_policy()).start()
    try:
        code, _ = send(gw.port, blocked_message(), [ALIAS])
        assert 400 <= code < 500

        async def count() -> int:
            assert gw.app.store is not None
            return len(await gw.app.store.quarantine_list())

        assert gw.call(count()) == 0
    finally:
        gw.stop()
        sink.stop()
