"""The metrics listener: /metrics counts what real SMTP traffic did, /healthz and /readyz
tell the truth about the store and the upstream. Real sockets on 127.0.0.1 only."""

from __future__ import annotations

import smtplib
import sqlite3
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from prometheus_client.parser import text_string_to_metric_families

from tests.mail import ALIAS, ORDER, SELLER, default_policy, make_message
from tests.netutil import RunningGateway, Sink, make_config
from tests.test_server import COMPLIANT, OTHER, blocked_message, send

Samples = dict[tuple[str, frozenset[tuple[str, str]]], float]


def get(port: int, path: str, method: str = "GET") -> tuple[int, str, str]:
    """(status, content type, body) of one request to the metrics listener."""
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", method=method)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers["Content-Type"], response.read().decode()
    except urllib.error.HTTPError as err:
        return err.code, err.headers["Content-Type"], err.read().decode()


def scrape(port: int) -> Samples:
    status, ctype, body = get(port, "/metrics")
    assert status == 200 and ctype.startswith("text/plain; version=0.0.4"), (status, ctype)
    samples: Samples = {}
    for family in text_string_to_metric_families(body):
        for s in family.samples:
            samples[(s.name, frozenset(s.labels.items()))] = s.value
    return samples


def value(samples: Samples, name: str, **labels: str) -> float:
    return samples.get((name, frozenset(labels.items())), 0.0)


def start(tmp_path: Path, upstream: str, **settings: object) -> RunningGateway:
    config = make_config(tmp_path, upstream, **settings)
    config.metrics.host, config.metrics.port = "127.0.0.1", 0
    config.metrics.ready_timeout = 0.5
    config.metrics.ready_cache = 0.0  # each /readyz probes: the tests change what it sees
    return RunningGateway(config, default_policy()).start()


@pytest.fixture
def gateway(tmp_path: Path, sink: Sink) -> Iterator[RunningGateway]:
    gw = start(tmp_path, sink.url)
    yield gw
    gw.stop()


def test_metrics_count_real_traffic(gateway: RunningGateway, sink: Sink) -> None:
    port = gateway.app.metrics_port
    assert port is not None
    before = scrape(port)
    assert value(before, "bsm_gateway_info", version="0.1.0") == 1
    assert value(before, "bsm_gateway_quarantine_messages") == 0

    html = (
        f"<p>Hello, about your order {ORDER}: the replacement ships tomorrow.</p>"
        '<img src="https://cdn.seller.example/photo.png" width="300">'
    )
    traffic = [
        (make_message(text=COMPLIANT, reply=True), [ALIAS]),  # pass, 1 upstream send
        (blocked_message(), [ALIAS]),  # block: quarantined, report sent
        (make_message(text=COMPLIANT, html=html, reply=True), [ALIAS, OTHER]),  # rewrite: 2
        (make_message(text=COMPLIANT, reply=True), [OTHER]),  # out of scope: 1
        (make_message(text=COMPLIANT, reply=True), [ALIAS, "refuse-me@partner.example"]),
        (make_message(text=COMPLIANT, reply=True), ["later@partner.example"]),  # upstream 450
    ]
    replies = [send(gateway.port, raw, rcpts)[0] for raw, rcpts in traffic]
    assert replies == [250, 250, 250, 250, 250, 450]
    gateway.wait_for("message", len(traffic))

    with smtplib.SMTP("127.0.0.1", gateway.port, local_hostname="idle.test") as idle:
        idle.ehlo()
        m = scrape(port)
        assert value(m, "bsm_gateway_active_sessions") == 1

    messages = "bsm_gateway_messages_total"
    assert value(m, messages, verdict="pass", recipients="amazon", reply="2xx", mode="enforce") == 1
    assert (
        value(m, messages, verdict="block", recipients="amazon", reply="2xx", mode="enforce") == 1
    )
    assert (
        value(m, messages, verdict="rewrite", recipients="mixed", reply="2xx", mode="enforce") == 1
    )
    assert (
        value(m, messages, verdict="out-of-scope", recipients="other", reply="2xx", mode="enforce")
        == 1
    )
    assert value(m, messages, verdict="pass", recipients="mixed", reply="2xx", mode="enforce") == 1
    assert (
        value(m, messages, verdict="out-of-scope", recipients="other", reply="4xx", mode="enforce")
        == 1
    )
    total = sum(v for (name, _), v in m.items() if name == messages)
    assert total == len(traffic)

    recipients = "bsm_gateway_recipients_total"
    assert value(m, recipients, **{"class": "amazon", "action": "relayed", "mode": "enforce"}) == 2
    assert (
        value(m, recipients, **{"class": "amazon", "action": "quarantined", "mode": "enforce"}) == 1
    )
    assert (
        value(m, recipients, **{"class": "amazon", "action": "rewritten", "mode": "enforce"}) == 1
    )
    assert value(m, recipients, **{"class": "other", "action": "refused", "mode": "enforce"}) == 1

    hits = "bsm_gateway_rule_hits_total"
    assert value(m, hits, rule="order.id_missing", action="block", mode="enforce") == 1
    assert sum(v for (n, lab), v in m.items() if n == hits and ("action", "strip") in lab) >= 1

    # Upstream transactions: 1 + report + 2 (rewrite) + 1 + 1 and a DSN, and one 450.
    assert value(m, "bsm_gateway_upstream_replies_total", **{"class": "2xx"}) == 7
    assert value(m, "bsm_gateway_upstream_replies_total", **{"class": "4xx"}) == 1
    assert value(m, "bsm_gateway_upstream_seconds_count") == 8
    assert value(m, "bsm_gateway_bounces_sent_total", kind="report") == 1
    assert value(m, "bsm_gateway_bounces_sent_total", kind="dsn") == 1
    assert len(sink.to(SELLER)) == 2  # the report and the DSN really went out

    assert value(m, "bsm_gateway_quarantine_messages") == 1
    assert value(m, "bsm_gateway_engine_seconds_count") == 4  # the messages to a buyer
    assert value(m, "bsm_gateway_end_of_data_seconds_count") == len(traffic)
    assert value(m, "bsm_gateway_end_of_data_seconds_sum") > 0
    assert value(m, "bsm_gateway_connections_total", result="accepted") == len(traffic) + 1
    assert value(m, "bsm_gateway_transactions_in_flight") == 0
    assert value(m, "bsm_gateway_draining") == 0


def test_quarantine_gauge_follows_the_store(gateway: RunningGateway, tmp_path: Path) -> None:
    """Releases and deletions happen in another process: the gauge is read at scrape."""
    port = gateway.app.metrics_port
    assert port is not None
    for _ in range(2):
        assert send(gateway.port, blocked_message(), [ALIAS])[0] == 250
    assert value(scrape(port), "bsm_gateway_quarantine_messages") == 2
    db = sqlite3.connect(tmp_path / "state.db")
    with db:
        db.execute("UPDATE quarantine SET released_at = '2030-01-01' WHERE rowid = 1")
    db.close()
    assert value(scrape(port), "bsm_gateway_quarantine_messages") == 1


def test_health_endpoints(gateway: RunningGateway, sink: Sink, tmp_path: Path) -> None:
    port = gateway.app.metrics_port
    assert port is not None
    assert get(port, "/healthz")[::2] == (200, "ok\n")
    status, _, body = get(port, "/readyz")
    assert status == 200 and body == "store: ok\nupstream: ok (not encrypted)\n", body
    assert get(port, "/readyz", "HEAD")[::2] == (200, "")
    assert get(port, "/nope")[0] == 404
    assert get(port, "/metrics", "POST")[0] == 405

    # Another process holds the database: the store cannot be written.
    db = sqlite3.connect(tmp_path / "state.db", isolation_level=None)
    db.execute("BEGIN EXCLUSIVE")
    try:
        status, _, body = get(port, "/readyz")
        assert status == 503 and "store: no write within 0.5 s" in body, body
        assert get(port, "/healthz")[0] == 200  # alive all the same
    finally:
        db.execute("ROLLBACK")
        db.close()
    status, _, body = get(port, "/readyz")
    assert status == 200, body

    sink.stop()  # the smarthost goes away
    status, _, body = get(port, "/readyz")
    assert status == 503 and "store: ok" in body and f"127.0.0.1:{sink.port}" in body, body
    sink.controller = Controller(sink.handler, hostname="127.0.0.1", port=sink.port)
    sink.start()  # and comes back on the same port
    status, _, body = get(port, "/readyz")
    assert status == 200, body


def test_readyz_checks_a_maildir_upstream(tmp_path: Path) -> None:
    outbox = tmp_path / "spool" / "outbox"
    gw = start(tmp_path, f"maildir:{outbox}")
    try:
        port = gw.app.metrics_port
        assert port is not None
        assert get(port, "/readyz")[0] == 200  # created on first delivery: parent writable
        (tmp_path / "spool").write_text("a file where the directory should be")
        status, _, body = get(port, "/readyz")
        assert status == 503 and f"maildir:{outbox} is not writable" in body, body
    finally:
        gw.stop()


def test_metrics_listener_is_off_unless_configured(tmp_path: Path, sink: Sink) -> None:
    gw = RunningGateway(make_config(tmp_path, sink.url), default_policy()).start()
    try:
        assert gw.app.metrics_port is None
    finally:
        gw.stop()
