"""The retry queue over real sockets: smtplib as the helpdesk, an aiosmtpd sink as the
smarthost that answers 451 for the recipients a test names (`Sink.handler.defer`).

Invariant: a client answered 250 never needs to retry; a recipient refused for now is
delivered later by the gateway, exactly once, or reported to the sender after
`[queue] max_age_days`; nobody gets a second copy."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from datetime import timedelta
from email import message_from_bytes
from email.policy import default as email_policy
from pathlib import Path
from typing import Any

import pytest

from gateway.config import QueueSettings
from gateway.metrics import Metrics
from gateway.relay import SmtpUpstream
from gateway.retry import Deliverer, instance_id, is_gone
from gateway.store import Store
from tests.mail import ALIAS, ORDER, SELLER, default_policy, make_message
from tests.netutil import RunningGateway, Sink, make_config
from tests.pg import PgCluster
from tests.test_metrics import scrape, value
from tests.test_server import COMPLIANT, OTHER, blocked_message, send, strip_received

FAST = QueueSettings(first_retry=0.3, max_interval=0.6, max_age_days=1.0, poll_interval=0.1)
HTML = (
    f"<p>Hello, about your order {ORDER}: the replacement ships tomorrow.</p>"
    '<img src="https://cdn.seller.example/photo.png" width="300">'
)


def wait_until(check: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.05)


def report_text(data: bytes) -> str:
    """The report's words for a person (its first text/plain part), on one line."""
    message = message_from_bytes(data, policy=email_policy)
    part = next(p for p in message.walk() if p.get_content_type() == "text/plain")
    return " ".join(str(part.get_content()).split())


def start(tmp_path: Path, sink: Sink, queue: QueueSettings = FAST, **kw: Any) -> RunningGateway:
    config = make_config(tmp_path, sink.url, queue=queue, **kw)
    config.metrics.host, config.metrics.port = "127.0.0.1", 0
    return RunningGateway(config, default_policy()).start()


@pytest.fixture
def gateway(tmp_path: Path, sink: Sink) -> Iterator[RunningGateway]:
    gw = start(tmp_path, sink)
    yield gw
    gw.stop()


def queued(gw: RunningGateway) -> list[Any]:
    assert gw.app.store is not None
    return list(gw.call(gw.app.store.retry_list()))


def test_a_recipient_refused_for_now_is_queued_and_delivered_later_not_bounced(
    gateway: RunningGateway, sink: Sink
) -> None:
    sink.handler.defer.add(OTHER)
    raw = make_message(text=COMPLIANT, reply=True)
    code, msg = send(gateway.port, raw, [ALIAS, OTHER])
    assert code == 250 and "1 recipient(s) refused for now are queued" in msg, msg
    assert len(sink.to(ALIAS)) == 1 and sink.to(OTHER) == []
    [event] = gateway.wait_for("message")
    assert event["actions"] == {ALIAS: "relayed", OTHER: "queued"}
    assert OTHER in event["queued"] and "451" in event["queued"][OTHER]
    [entry] = queued(gateway)
    assert entry.rcpt_tos == [OTHER] and entry.ref == event["ref"]
    # Still refused: tried again with backoff, nobody is told anything yet.
    gateway.wait_for("queue.attempt", 2, timeout=5)
    assert sink.to(OTHER) == [] and sink.to(SELLER) == []
    assert queued(gateway)[0].attempts >= 3
    sink.handler.defer.clear()
    wait_until(lambda: len(sink.to(OTHER)) == 1 and not queued(gateway))
    # The very bytes the first recipient got; no report to the sender, ever.
    assert sink.to(OTHER)[0].data == sink.to(ALIAS)[0].data
    assert strip_received(sink.to(OTHER)[0].data) == raw
    time.sleep(0.3)
    assert len(sink.to(OTHER)) == 1 and sink.to(SELLER) == []
    delivered = [e for e in gateway.log.events("queue.attempt") if e["outcome"] == "delivered"]
    assert [e["delivered"] for e in delivered] == [[OTHER]]
    port = gateway.app.metrics_port
    assert port is not None
    samples = scrape(port)
    assert value(samples, "bsm_gateway_queued_total") == 1
    assert value(samples, "bsm_gateway_queue_attempts_total", result="delivered") == 1
    assert value(samples, "bsm_gateway_queue_attempts_total", result="deferred") >= 2
    assert value(samples, "bsm_gateway_queue_messages") == 0


def test_queue_list_shows_what_waits(gateway: RunningGateway, sink: Sink, tmp_path: Path) -> None:
    sink.handler.defer.add(OTHER)
    code, msg = send(gateway.port, make_message(text=COMPLIANT, reply=True), [ALIAS, OTHER])
    assert code == 250, msg
    store = f"sqlite:///{tmp_path}/state.db"
    out = subprocess.run(
        [sys.executable, "-m", "gateway.cli", "queue", "--store", store, "list"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert out.returncode == 0, out.stderr
    assert f"{SELLER} → {OTHER}" in out.stdout and "451 4.3.0" in out.stdout, out.stdout
    port = gateway.app.metrics_port
    assert port is not None
    samples = scrape(port)
    assert value(samples, "bsm_gateway_queue_messages") == 1
    assert value(samples, "bsm_gateway_queue_recipients") == 1
    assert value(samples, "bsm_gateway_queue_oldest_seconds") > 0


def test_a_mixed_message_is_never_sent_twice(gateway: RunningGateway, sink: Sink) -> None:
    """A rewritten copy for the buyer and the original for the partner take two sends:
    the second refused for now is queued (250), so the client has nothing to retry."""
    raw = make_message(text=COMPLIANT, html=HTML, reply=True, headers={"DKIM-Signature": "b=x"})
    sink.handler.defer.add(OTHER)
    code, msg = send(gateway.port, raw, [ALIAS, OTHER])
    assert code == 250 and "queued" in msg, msg
    assert gateway.wait_for("message")[0]["verdict"] == "rewrite"
    assert len(sink.to(ALIAS)) == 1 and b"DKIM-Signature" not in sink.to(ALIAS)[0].data
    sink.handler.defer.clear()
    wait_until(lambda: len(sink.to(OTHER)) == 1 and not queued(gateway))
    assert strip_received(sink.to(OTHER)[0].data) == raw  # the original, unchanged
    assert len(sink.to(ALIAS)) == 1 and sink.to(SELLER) == []


def test_when_the_first_send_is_refused_for_now_the_client_retries_the_whole(
    gateway: RunningGateway, sink: Sink
) -> None:
    """Near miss: nothing has gone anywhere yet, so a 451 is right and nothing is queued."""
    raw = make_message(text=COMPLIANT, html=HTML, reply=True)
    sink.handler.defer.add(ALIAS)
    code, msg = send(gateway.port, raw, [ALIAS, OTHER])
    assert code == 451, msg
    assert sink.messages == [] and queued(gateway) == []
    # A compliant message to one refused recipient: 451 too, no queue, no report.
    code, msg = send(gateway.port, make_message(text=COMPLIANT, reply=True), [ALIAS])
    assert code == 451 and sink.messages == [] and queued(gateway) == []


def test_blocked_for_the_buyer_and_refused_for_now_for_the_partner(
    gateway: RunningGateway, sink: Sink
) -> None:
    sink.handler.defer.add(OTHER)
    code, msg = send(gateway.port, blocked_message(), [ALIAS, OTHER])
    assert code == 250 and "quarantine q-" in msg, msg
    assert len(sink.to(SELLER)) == 1 and sink.to(ALIAS) == []  # the report
    assert [e.rcpt_tos for e in queued(gateway)] == [[OTHER]]
    sink.handler.defer.clear()
    wait_until(lambda: len(sink.to(OTHER)) == 1 and not queued(gateway))
    assert len(sink.to(SELLER)) == 1 and sink.to(ALIAS) == []


def test_mail_refused_past_the_maximum_age_is_reported_to_the_sender(
    tmp_path: Path, sink: Sink
) -> None:
    queue = QueueSettings(first_retry=0.2, max_interval=0.2, max_age_days=1.5 / 86400)
    queue.poll_interval = 0.1
    gw = start(tmp_path, sink, queue)
    try:
        sink.handler.defer.add(OTHER)
        code, msg = send(gw.port, make_message(text=COMPLIANT, reply=True), [ALIAS, OTHER])
        assert code == 250, msg
        wait_until(lambda: bool(sink.to(SELLER)) and not queued(gw), timeout=8)
        [dsn] = sink.to(SELLER)
        assert dsn.mail_from == "<>" and sink.to(OTHER) == []
        assert b"Status: 4.4.7" in dsn.data and b"Action: failed" in dsn.data
        assert "has now given up" in report_text(dsn.data) and OTHER.encode() in dsn.data
        [expired] = [e for e in gw.log.events("queue.attempt") if e["outcome"] == "expired"]
        assert expired["report"] == "sent" and expired["failed"] == [OTHER]
    finally:
        gw.stop()


def test_a_refusal_for_good_on_retry_is_reported_once(tmp_path: Path, sink: Sink) -> None:
    gw = start(tmp_path, sink)
    try:
        sink.handler.defer.add("refuse-later@partner.example")
        rcpts = [ALIAS, "refuse-later@partner.example"]
        code, msg = send(gw.port, make_message(text=COMPLIANT, reply=True), rcpts)
        assert code == 250 and sink.to(SELLER) == [], msg
        sink.handler.defer.clear()  # now the sink's 550 for "refuse…"
        wait_until(lambda: bool(sink.to(SELLER)) and not queued(gw))
        [dsn] = sink.to(SELLER)
        assert b"Status: 5.1.1" in dsn.data and "given up" not in report_text(dsn.data)
    finally:
        gw.stop()


def test_a_review_request_retried_after_a_crash_is_sent_not_a_repeat(
    tmp_path: Path, sink: Sink
) -> None:
    text = f"About your order {ORDER}: it ships tomorrow. Please leave us a review. Regards"
    raw = make_message(text=text, reply=True)

    async def crashed_attempts() -> None:
        store = await Store.open(f"sqlite:///{tmp_path}/state.db")
        try:  # a gateway killed mid-relay left the order's reservation pending
            assert await store.review_reserve(ORDER, "killed", "<test-1@seller.example>") is None
        finally:
            await store.close()

    asyncio.run(crashed_attempts())
    gw = start(tmp_path, sink, mode="reject")
    try:
        code, msg = send(gw.port, raw, [ALIAS])
        assert code == 250 and len(sink.to(ALIAS)) == 1, msg
        # Its retry under a new Message-ID is still the same message (same body) ...
        again = raw.replace(b"<test-1@seller.example>", b"<test-9@seller.example>")
        code, msg = send(gw.port, again, [ALIAS])
        assert code == 550 and "review.repeat_request" in msg, msg  # ... but now it was sent
        assert len(sink.to(ALIAS)) == 1
    finally:
        gw.stop()


def test_a_different_request_for_a_pending_order_is_still_a_repeat(
    tmp_path: Path, sink: Sink
) -> None:
    """Near miss: a pending reservation of another message keeps the order's one request."""
    text = f"About your order {ORDER}: it ships tomorrow. Please leave us a review. Regards"

    async def in_flight() -> None:
        store = await Store.open(f"sqlite:///{tmp_path}/state.db")
        try:
            assert await store.review_reserve(ORDER, "other", "<other@seller.example>") is None
        finally:
            await store.close()

    asyncio.run(in_flight())
    gw = start(tmp_path, sink, mode="reject")
    try:
        code, msg = send(gw.port, make_message(text=text, reply=True), [ALIAS])
        assert code == 550 and "review.repeat_request" in msg, msg
        assert sink.messages == []
    finally:
        gw.stop()


def test_the_report_a_killed_gateway_owed_is_sent_on_start(tmp_path: Path, sink: Sink) -> None:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    host = instance_id().split("/")[0]
    gone = f"{host}/{proc.pid}/0badc0de"
    assert is_gone(gone, instance_id())
    verdict = {
        "verdict": "block",
        "kind": "proactive",
        "findings": [
            {
                "rule": "order.id_missing",
                "action": "block",
                "message": "No order number.",
                "location": "message",
                "evidence": "",
            },
        ],
        "order_ids": [],
        "review_request": False,
    }

    async def left_behind() -> tuple[str, str]:
        store = await Store.open(f"sqlite:///{tmp_path}/state.db")
        try:
            raw = blocked_message()
            owed = await store.quarantine_put(
                "killed", raw, SELLER, [ALIAS], verdict, report_owner=gone
            )
            busy = await store.quarantine_put(
                "busy", raw, SELLER, [ALIAS], verdict, report_owner="elsewhere/1/cafe"
            )
            return owed, busy
        finally:
            await store.close()

    owed, busy = asyncio.run(left_behind())
    gw = start(tmp_path, sink)
    try:
        wait_until(lambda: len(sink.to(SELLER)) == 1)
        [report] = sink.to(SELLER)
        assert report.mail_from == "<>" and f"X-BSM-Quarantine-Id: {owed}".encode() in report.data
        assert b"order.id_missing" in report.data
        [event] = gw.wait_for("report.owed")
        assert event["qid"] == owed and event["outcome"] == "sent"
        assert gw.app.store is not None
        # A gateway on another host, within its transaction's time: not taken over.
        assert gw.call(gw.app.store.quarantine_report_owners()) == ["elsewhere/1/cafe"]
        time.sleep(0.5)
        assert len(sink.to(SELLER)) == 1 and busy not in str(sink.messages)
    finally:
        gw.stop()


async def test_two_gateways_sharing_postgresql_send_each_queued_message_once(
    pg_cluster: PgCluster, sink: Sink
) -> None:
    url = pg_cluster.new_database()
    stores = [await Store.open(url) for _ in range(2)]
    upstreams = [SmtpUpstream(sink.url, local_hostname="gw.test") for _ in range(2)]
    config = make_config(Path("/nonexistent"), sink.url, queue=FAST)
    deliverers = [
        Deliverer(
            config,
            default_policy(),
            store=store,
            upstream=upstream,
            metrics=Metrics(),
            owner=f"host-{i}/1/x",
        )
        for i, (store, upstream) in enumerate(zip(stores, upstreams, strict=True))
    ]
    try:
        for i in range(40):
            raw = make_message(text=COMPLIANT, headers={"X-Seq": str(i)})
            await stores[0].retry_put(
                f"ref-{i}", SELLER, [OTHER], raw, error="451", delay=timedelta(0)
            )
        while await stores[0].retry_list():
            await asyncio.gather(*(d.round() for d in deliverers for _ in range(3)))
        seqs = sorted(m.data.split(b"X-Seq: ")[1].split(b"\r\n")[0] for m in sink.messages)
        assert seqs == sorted(str(i).encode() for i in range(40))  # each once
    finally:
        for upstream in upstreams:
            await upstream.close()
        for store in stores:
            await store.close()


def test_a_gateway_is_known_gone_only_on_this_host_and_without_its_process() -> None:
    me = instance_id()
    host, pid, token = me.split("/")
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    assert is_gone(f"{host}/{proc.pid}/{token}", me)  # exited
    assert is_gone(f"{host}/{pid}/not-{token}", me)  # our pid, an earlier life (a container)
    assert not is_gone(me, me)
    assert not is_gone(f"{host}/1/{token}", me)  # running (init)
    assert not is_gone(f"elsewhere/{proc.pid}/{token}", me)  # another host: lapses by age
    assert not is_gone("garbage", me)


def test_a_retry_under_a_new_message_id_waits_for_the_first_attempt(
    tmp_path: Path, sink: Sink
) -> None:
    """The helpdesk gave up waiting and re-sent the request with a new Message-ID while the
    first attempt was still at the upstream: the first attempt's outcome decides."""
    gw = start(tmp_path, sink, mode="reject")

    def request(order: str, mid: str) -> bytes:
        text = f"About your order {order}: it ships tomorrow. Please leave us a review. Regards"
        raw = make_message(text=text, reply=True, subject=f"Re: order {order}")
        return raw.replace(b"<test-1@seller.example>", f"<{mid}>".encode())

    def race(order: str) -> tuple[tuple[int, str], tuple[int, str]]:
        replies: dict[str, tuple[int, str]] = {}

        def first_attempt() -> None:
            replies["first"] = send(gw.port, request(order, f"a-{order}@s.example"), [ALIAS])

        first = threading.Thread(target=first_attempt)
        first.start()
        time.sleep(0.5)  # the first is at the upstream now
        second = send(gw.port, request(order, f"b-{order}@s.example"), [ALIAS])
        first.join(20)
        return replies["first"], second

    try:
        # The upstream refuses the first attempt (451, after 1.5 s): the retry is sent.
        sink.handler.data_delay, sink.handler.data_fail = 1.5, 1
        (first, second) = race("111-1111111-1111111")
        assert first[0] == 451 and second[0] == 250, (first, second)
        assert len(sink.to(ALIAS)) == 1 and b"b-111" in sink.to(ALIAS)[0].data
        # Near miss: the upstream takes the first attempt, so the retry is a repeat.
        sink.handler.data_delay = 1.5
        (first, second) = race("222-2222222-2222222")
        assert first[0] == 250, first
        assert second[0] == 550 and "review.repeat_request" in second[1], second
        assert len(sink.to(ALIAS)) == 2
    finally:
        gw.stop()
