"""Monitor mode over real sockets: every message relayed unchanged to the upstream sink,
the verdict logged and counted as enforcing mode would have decided it (mode=monitor),
and the digest mailed through the upstream on its schedule."""

from __future__ import annotations

import time
from collections.abc import Iterator
from email import message_from_bytes
from email.policy import default as email_policy
from pathlib import Path

import pytest

from gateway.config import MonitorSettings
from tests.mail import ALIAS, ORDER, SELLER, default_policy, make_message
from tests.netutil import RunningGateway, Sink, make_config
from tests.test_server import COMPLIANT, OTHER, blocked_message, send, strip_received

ADMIN = "rollout@seller.example"


# Rule checks in a thread: a gateway starts faster, and the mode is about what follows.
FAST = {"engine_mode": "thread", "engine_workers": 1}


def sample(gw: RunningGateway, name: str, **labels: str) -> float:
    value = gw.app.metrics.registry.get_sample_value(name, labels)
    return value or 0.0


@pytest.fixture
def monitor(tmp_path: Path, sink: Sink) -> Iterator[RunningGateway]:
    config = make_config(tmp_path, sink.url, mode="monitor", limits=FAST)
    gw = RunningGateway(config, default_policy()).start()
    yield gw
    gw.stop()


def test_a_blocking_message_is_relayed_unchanged_and_counted_as_blocked(
    monitor: RunningGateway, sink: Sink
) -> None:
    raw = blocked_message()
    code, msg = send(monitor.port, raw, [ALIAS, OTHER])
    assert code == 250 and msg.startswith("2.0.0 OK: sent on"), msg
    # One upstream transaction, both recipients, the bytes as the helpdesk sent them;
    # no report to the sender, nothing quarantined.
    [got] = sink.messages
    assert got.rcpt_tos == [ALIAS, OTHER] and got.mail_from == SELLER
    assert strip_received(got.data) == raw
    event = monitor.wait_for("message")[0]
    assert event["mode"] == "monitor" and event["monitor"] == "relayed unchanged"
    assert event["verdict"] == "block" and event["blocked_by"] == ["order.id_missing"]
    assert event["actions"] == {ALIAS: "quarantined", OTHER: "relayed"}  # what would be
    assert "quarantine_id" not in event and "report" not in event
    assert (
        sample(
            monitor,
            "bsm_gateway_messages_total",
            verdict="block",
            recipients="mixed",
            reply="2xx",
            mode="monitor",
        )
        == 1
    )
    assert (
        sample(
            monitor,
            "bsm_gateway_recipients_total",
            **{"class": "amazon", "action": "quarantined", "mode": "monitor"},
        )
        == 1
    )
    assert (
        sample(
            monitor,
            "bsm_gateway_rule_hits_total",
            rule="order.id_missing",
            action="block",
            mode="monitor",
        )
        == 1
    )
    # Nothing is counted as enforced.
    assert (
        sample(
            monitor,
            "bsm_gateway_messages_total",
            verdict="block",
            recipients="mixed",
            reply="2xx",
            mode="enforce",
        )
        == 0
    )


def test_a_rewrite_is_not_applied_and_a_pass_is_counted_as_one(
    monitor: RunningGateway, sink: Sink
) -> None:
    html = (
        f"<p>Hello, about your order {ORDER}: the replacement ships tomorrow.</p>"
        '<img src="https://cdn.seller.example/photo.png" width="300">'
    )
    stripped = make_message(
        text=COMPLIANT,
        html=html,
        reply=True,
        headers={"DKIM-Signature": "v=1; a=rsa-sha256; d=seller.example; b=abc"},
    )
    clean = make_message(text=COMPLIANT, reply=True)
    assert send(monitor.port, stripped, [ALIAS])[0] == 250
    assert send(monitor.port, clean, [ALIAS])[0] == 250
    assert [strip_received(m.data) for m in sink.messages] == [stripped, clean]
    first, second = monitor.wait_for("message", 2)
    assert first["verdict"] == "rewrite" and first["actions"] == {ALIAS: "rewritten"}
    assert second["verdict"] == "pass" and second["actions"] == {ALIAS: "relayed"}
    assert (
        sample(
            monitor,
            "bsm_gateway_messages_total",
            verdict="rewrite",
            recipients="amazon",
            reply="2xx",
            mode="monitor",
        )
        == 1
    )


def test_enforcing_mode_is_labelled_enforce(tmp_path: Path, sink: Sink) -> None:
    """The near miss: the same message in bounce mode is held, and counted as enforced."""
    gw = RunningGateway(make_config(tmp_path, sink.url, limits=FAST), default_policy()).start()
    try:
        assert send(gw.port, blocked_message(), [ALIAS])[0] == 250
        assert sink.to(ALIAS) == [] and len(sink.to(SELLER)) == 1  # the report only
        event = gw.wait_for("message")[0]
        assert "mode" not in event and event["actions"] == {ALIAS: "quarantined"}
        assert (
            sample(
                gw,
                "bsm_gateway_messages_total",
                verdict="block",
                recipients="amazon",
                reply="2xx",
                mode="enforce",
            )
            == 1
        )
    finally:
        gw.stop()


def test_the_digest_counts_by_verdict_and_rule_with_examples(tmp_path: Path, sink: Sink) -> None:
    config = make_config(
        tmp_path,
        sink.url,
        mode="monitor",
        limits=FAST,
        monitor=MonitorSettings(digest_to=ADMIN, digest_interval=3600, digest_examples=2),
    )
    gw = RunningGateway(config, default_policy()).start()
    try:
        for _ in range(3):
            assert send(gw.port, blocked_message(), [ALIAS])[0] == 250
        assert send(gw.port, make_message(text=COMPLIANT, reply=True), [ALIAS])[0] == 250
        assert send(gw.port, make_message(text=COMPLIANT, reply=True), [OTHER])[0] == 250
        refs = [e["ref"] for e in gw.wait_for("message", 5)]
        assert gw.call(gw.app.send_digest()) is True  # what the schedule and SIGUSR1 call
        assert gw.wait_for("digest.sent")[0]["verdicts"] == {"block": 3, "pass": 1}
        [digest] = sink.to(ADMIN)
        assert digest.mail_from == "<>"  # nobody answers a digest
        msg = message_from_bytes(digest.data, policy=email_policy)
        assert msg["Subject"] == (
            "bsm-gateway digest (gw.test): 4 messages, 3 would have been blocked"
        )
        assert msg["Auto-Submitted"] == "auto-generated"
        body = msg.get_content()
        assert "     3  would have been blocked" in body
        assert "     1  would have been sent as they are" in body
        assert "order.id_missing" in body and "block" in body
        # Two examples of the blocks (the latest), the pass, never the out-of-scope one.
        assert refs[2] in body and refs[1] in body and refs[0] not in body
        assert refs[3] in body and refs[4] not in body
        assert "subject: A question" in body and "Hello, we have" not in body
    finally:
        gw.stop()


def test_the_digest_goes_out_on_its_schedule(tmp_path: Path, sink: Sink) -> None:
    config = make_config(
        tmp_path,
        sink.url,
        mode="monitor",
        limits=FAST,
        monitor=MonitorSettings(digest_to=ADMIN, digest_interval=0.5),
    )
    gw = RunningGateway(config, default_policy()).start()
    try:
        assert send(gw.port, blocked_message(), [ALIAS])[0] == 250
        gw.wait_for("message")
        # Every period sends one, empty or not; the message is in exactly one of them.
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            sent = gw.log.events("digest.sent")
            if sum(e["messages"] for e in sent) == 1 and sent[-1]["messages"] == 0:
                break
            time.sleep(0.05)
        assert sum(e["messages"] for e in sent) == 1 and sent[-1]["messages"] == 0, sent
        digests = sink.to(ADMIN)
        assert len(digests) == len(sent) >= 2
        assert sum(b"1 message, 1 would have been blocked" in d.data for d in digests) == 1
    finally:
        gw.stop()


def test_a_digest_the_upstream_refuses_is_kept_for_the_next_one(tmp_path: Path, sink: Sink) -> None:
    config = make_config(
        tmp_path,
        sink.url,
        mode="monitor",
        limits=FAST,
        monitor=MonitorSettings(digest_to="refuse-digest@seller.example"),
    )
    gw = RunningGateway(config, default_policy()).start()
    try:
        assert send(gw.port, blocked_message(), [ALIAS])[0] == 250
        gw.wait_for("message")
        assert gw.call(gw.app.send_digest()) is False
        assert gw.wait_for("digest.failed")[0]["messages"] == 1
        gw.app.config.monitor.digest_to = ADMIN
        assert gw.call(gw.app.send_digest()) is True
        [digest] = sink.to(ADMIN)
        assert b"1 message, 1 would have been blocked" in digest.data
    finally:
        gw.stop()
