"""Two gateways (real `bsm-gateway serve` processes) sharing one PostgreSQL store behind a
real HAProxy that sends PROXY v2, as docs/operations.md "Several hosts" sets them up
(tests/haproxy.py renders the same configs). The helpdesk connects from 127.0.0.2,
HAProxy connects to the gateways from 127.0.0.1: the gateways must name 127.0.0.2."""

from __future__ import annotations

import asyncio
import json
import os
import re
import signal
import smtplib
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from gateway.store import Store
from tests.haproxy import HAPROXY, HAProxy, gateway_toml
from tests.mail import ALIAS, ORDER, SELLER, make_message
from tests.netutil import Sink, free_port, wait_port
from tests.pg import PgCluster
from tests.test_server import blocked_message

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent / "bsm-gateway"
CLIENT = "127.0.0.2"  # the helpdesk; HAProxy itself is 127.0.0.1
REVIEW = (
    f"Hello, about your order {ORDER}: the replacement ships tomorrow. We would "
    "appreciate it if you could leave a review of the product. Regards, Anna"
)

pytestmark = pytest.mark.skipif(
    not os.path.exists(HAPROXY) and not os.environ.get("CI"),
    reason="HAProxy is not installed (scripts/install-test-deps.sh installs it)",
)


@dataclass
class GatewayProcess:
    name: str
    config: Path
    log: Path
    port: int
    metrics_port: int
    proc: subprocess.Popen[bytes]

    def readyz(self) -> tuple[int, str]:
        """The gateway's /readyz: (status, body)."""
        try:
            with urllib.request.urlopen(
                f"http://127.0.0.1:{self.metrics_port}/readyz", timeout=15
            ) as answer:
                return answer.status, answer.read().decode()
        except urllib.error.HTTPError as err:
            return err.code, err.read().decode()

    def events(self, name: str | None = None) -> list[dict[str, Any]]:
        lines = self.log.read_text("utf-8").splitlines()
        parsed = [json.loads(line) for line in lines if line.startswith("{")]
        return [e for e in parsed if name is None or e["event"] == name]

    def cli(self, *args: str) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "PYTHONPATH": str(ROOT), "USER": f"operator-{self.name}"}
        return subprocess.run(
            [str(BIN), *args[:1], "--config", str(self.config), *args[1:]],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
        )


@dataclass
class Site:
    gateways: list[GatewayProcess]
    haproxy: HAProxy
    sink: Sink
    store: str


@pytest.fixture
def site(tmp_path: Path, pg_cluster: PgCluster, sink: Sink) -> Iterator[Site]:
    store = pg_cluster.new_database()
    gateways: list[GatewayProcess] = []
    haproxy: HAProxy | None = None
    try:
        for name in ("gw1", "gw2"):
            port, metrics_port = free_port(), free_port()
            config = tmp_path / f"{name}.toml"
            config.write_text(
                gateway_toml(
                    listen=f"127.0.0.1:{port}",
                    hostname=f"{name}.test",
                    store=store,
                    upstream=sink.url,
                    balancers=["127.0.0.1/32"],
                    metrics=f"127.0.0.1:{metrics_port}",
                )
            )
            log = tmp_path / f"{name}.log"
            with log.open("wb") as out:
                proc = subprocess.Popen(
                    [str(BIN), "serve", "--config", str(config)],
                    cwd=tmp_path,
                    env={**os.environ, "PYTHONPATH": str(ROOT)},
                    stdout=out,
                    stderr=subprocess.STDOUT,
                )
            gateways.append(GatewayProcess(name, config, log, port, metrics_port, proc))
        for gw in gateways:
            wait_port(gw.port, timeout=60, proc=gw.proc)
        haproxy = HAProxy([f"127.0.0.1:{gw.port}" for gw in gateways]).start()
        yield Site(gateways, haproxy, sink, store)
    finally:
        if haproxy is not None:
            haproxy.stop()
        for gw in gateways:
            if gw.proc.poll() is None:
                gw.proc.send_signal(signal.SIGTERM)
        for gw in gateways:
            try:
                gw.proc.wait(30)
            except subprocess.TimeoutExpired:
                gw.proc.kill()
                gw.proc.wait()


def send(port: int, raw: bytes) -> tuple[int, str]:
    """One transaction from the helpdesk's address through HAProxy."""
    with smtplib.SMTP(
        "127.0.0.1", port, local_hostname="helpdesk.test", timeout=60, source_address=(CLIENT, 0)
    ) as c:
        c.ehlo()
        c.mail(SELLER)
        c.rcpt(ALIAS)
        code, msg = c.data(raw)
        return code, msg.decode()


def review_request(i: int) -> bytes:
    return make_message(text=REVIEW, reply=True).replace(
        b"<test-1@seller.example>", f"<review-{i}@seller.example>".encode()
    )


def test_one_review_request_per_order_across_both_gateways(site: Site) -> None:
    with ThreadPoolExecutor(max_workers=50) as pool:
        replies = list(pool.map(lambda i: send(site.haproxy.port, review_request(i)), range(50)))
    assert all(code == 250 for code, _ in replies), replies  # bounce mode: all accepted
    relayed = site.sink.to(ALIAS)
    assert len(relayed) == 1, len(relayed)
    # The one relayed copy names the helpdesk, not HAProxy, in its Received: line.
    assert re.match(rb"Received: from helpdesk\.test \(\[127\.0\.0\.2\]\)", relayed[0].data)
    events = [e for gw in site.gateways for e in gw.events("message")]
    assert len(events) == 50
    assert sum(e["verdict"] == "pass" for e in events) == 1
    blocked = [e for e in events if e["verdict"] != "pass"]
    assert all("review.repeat_request" in e["blocked_by"] for e in blocked), blocked[:2]
    # Both gateways took part (roundrobin), and both logged the real client.
    assert all(gw.events("message") for gw in site.gateways)
    assert {e["client"] for e in events} == {CLIENT}
    opened = [e for gw in site.gateways for e in gw.events("connection.open")]
    assert {e["client"] for e in opened} <= {CLIENT, "127.0.0.1"}  # 127.0.0.1: health checks
    assert sum(e["client"] == CLIENT for e in opened) == 50
    assert not [e for gw in site.gateways for e in gw.events("connection.refused")]


def test_quarantined_on_one_gateway_released_from_the_other(site: Site) -> None:
    code, reply = send(site.haproxy.port, blocked_message())
    assert code == 250, reply
    qid = re.search(r"q-[0-9a-z]+", reply)
    assert qid, reply
    [holder] = [gw for gw in site.gateways if gw.events("message")]
    [other] = [gw for gw in site.gateways if gw is not holder]
    listed = other.cli("quarantine", "list")
    assert qid.group() in listed.stdout, listed
    released = other.cli("quarantine", "release", qid.group(), "--force")
    assert released.returncode == 0, released.stderr
    assert len(site.sink.to(ALIAS)) == 1
    # The holder's own CLI sees it released by the other host's operator: never sent twice.
    again = holder.cli("quarantine", "release", qid.group(), "--force")
    assert again.returncode != 0 and "already released" in again.stdout, again
    assert len(site.sink.to(ALIAS)) == 1
    shown = holder.cli("quarantine", "show", qid.group())
    assert f"by operator-{other.name}" in shown.stdout, shown.stdout


def numbered(raw: bytes, i: int) -> bytes:
    return raw.replace(b"<test-1@seller.example>", f"<load-{i}@seller.example>".encode())


def held(store_url: str, qids: list[str]) -> list[str]:
    """The quarantine ids of `qids` the store has."""

    async def look() -> list[str]:
        store = await Store.open(store_url)
        try:
            return [q for q in qids if await store.quarantine_get(q) is not None]
        finally:
            await store.close()

    return asyncio.run(look())


def test_postgresql_stopped_mid_load_loses_nothing(site: Site, pg_cluster: PgCluster) -> None:
    """Compliant replies (no store write) and blocked messages (quarantined before the
    250) through both gateways while PostgreSQL stops: every message is relayed,
    quarantined (and its row is there afterwards) or answered 4xx; none gets a 250 it
    was not owed. Then the store comes back and the same gateways work again."""
    compliant = make_message(
        text=f"Hello, about your order {ORDER}: the replacement ships tomorrow. Regards, Anna",
        reply=True,
    )
    messages = [numbered(compliant if i % 2 else blocked_message(), i) for i in range(40)]
    try:
        with ThreadPoolExecutor(max_workers=5) as pool:
            futures: list[Future[tuple[int, str]]] = [
                pool.submit(send, site.haproxy.port, raw) for raw in messages
            ]
            deadline = time.monotonic() + 60
            while sum(f.done() for f in futures) < 5 and time.monotonic() < deadline:
                time.sleep(0.05)
            pg_cluster.stop()  # mid-load, as a failover cuts sessions off
            replies = [f.result(timeout=120) for f in futures]
            # Certainly down now: a blocked message cannot be quarantined, so no 250.
            code, reply = send(site.haproxy.port, numbered(blocked_message(), 99))
            assert 400 <= code < 500, reply
            for gw in site.gateways:  # and each gateway says it is not ready
                status, body = gw.readyz()
                assert status == 503 and "store" in body, (gw.name, status, body)
    finally:
        if not pg_cluster.running():
            pg_cluster.start()
    qids: list[str] = []
    relayed = [m.data for m in site.sink.to(ALIAS)]
    for i, (code, reply) in enumerate(replies):
        assert code == 250 or 400 <= code < 500, (code, reply)
        if code != 250:
            continue
        if i % 2:  # compliant: 250 means the smarthost has it
            assert any(f"<load-{i}@".encode() in data for data in relayed), i
        else:  # blocked: 250 means it is in the quarantine
            found = re.search(r"q-[0-9a-z]+", reply)
            assert found, reply
            qids.append(found.group())
    assert held(site.store, qids) == qids  # every 250 for a blocked message: its row
    # Back by itself: a blocked message is quarantined again within a bounded time.
    deadline = time.monotonic() + 60
    while True:
        code, reply = send(site.haproxy.port, numbered(blocked_message(), 100))
        if code == 250 or time.monotonic() > deadline:
            break
        time.sleep(1)
    assert code == 250 and "q-" in reply, reply
    for gw in site.gateways:
        assert gw.readyz()[0] == 200, gw.name
