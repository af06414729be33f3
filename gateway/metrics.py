"""Prometheus metrics and the health endpoints, on their own small HTTP listener.

`[metrics] listen = "127.0.0.1:9325"` turns it on. It answers, on the gateway's event loop
(so a scrape sees the same state the SMTP side does, without locks):

- `GET /metrics`  the Prometheus text format (`Metrics` below lists every series);
- `GET /healthz`  200 while the process runs its event loop;
- `GET /readyz`   200 when the store takes a write and the upstream answers within
                  `[metrics] ready_timeout` seconds; 503 otherwise, and while draining
                  (after SIGTERM), with one `name: state` line per check.

Each `Gateway` (gateway.app) has its own `CollectorRegistry`, so several gateways in one
process (the tests) do not share counters. The HTTP side is deliberately tiny: one request per
connection, GET or HEAD, no body, a few kilobytes of headers at most.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from importlib.metadata import PackageNotFoundError, version

from prometheus_client import (
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    disable_created_metrics,
    generate_latest,
)
from prometheus_client.exposition import choose_encoder

# The `_created` series double every counter and nobody graphs them.
disable_created_metrics()  # type: ignore[no-untyped-call]

VERDICTS = ("pass", "rewrite", "block", "out-of-scope", "error")
RECIPIENTS = ("amazon", "other", "mixed")
REPLY_CLASSES = ("2xx", "4xx", "5xx")
ENGINE_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)
UPSTREAM_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0)
DATA_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 240.0)


def _version() -> str:
    try:
        return version("bsm-gateway")
    except PackageNotFoundError:
        return "unknown"


def reply_class(code: int | str) -> str:
    """'2xx', '4xx' or '5xx' for an SMTP reply code ('4xx' for anything odd: a retry)."""
    first = str(code)[:1]
    return f"{first}xx" if first in ("2", "5") else "4xx"


class Metrics:
    """Every series the gateway exports (names as Prometheus shows them)."""

    def __init__(self) -> None:
        r = self.registry = CollectorRegistry()
        self.messages = Counter(
            "bsm_gateway_messages",
            "SMTP transactions finished, by engine verdict ('error' when no verdict was "
            "reached), by recipients (amazon, other, mixed), by the reply class the "
            "client got, and by mode (enforce; monitor: relayed unchanged, the verdict is "
            "what enforcing would have done)",
            ["verdict", "recipients", "reply", "mode"],
            registry=r,
        )
        self.recipients = Counter(
            "bsm_gateway_recipients",
            "Envelope recipients of finished transactions, by class (amazon = a buyer "
            "alias, other) and what was done for them (relayed, rewritten, quarantined, "
            "rejected, refused, none; in monitor mode what would have been done), and mode",
            ["class", "action", "mode"],
            registry=r,
        )
        self.rule_hits = Counter(
            "bsm_gateway_rule_hits",
            "Findings of the rule engine, by rule id, the action it took (or would have "
            "taken, in monitor mode) and mode (enforce, monitor)",
            ["rule", "action", "mode"],
            registry=r,
        )
        self.upstream_replies = Counter(
            "bsm_gateway_upstream_replies",
            "Transactions handed to the upstream, by the class of its final reply (a "
            "connection failure or timeout counts as 4xx)",
            ["class"],
            registry=r,
        )
        self.bounces = Counter(
            "bsm_gateway_bounces_sent",
            "Reports the gateway sent: 'report' for a blocked message, 'dsn' for "
            "recipients the upstream refused",
            ["kind"],
            registry=r,
        )
        self.connections = Counter(
            "bsm_gateway_connections",
            "SMTP connections, by result (accepted, refused by a session cap)",
            ["result"],
            registry=r,
        )
        self.auth = Counter(
            "bsm_gateway_auth",
            "AUTH attempts, by result: ok, failed (wrong user name or password), locked "
            "(refused unchecked: too many failures from the client's address)",
            ["result"],
            registry=r,
        )
        self.auth_locked = Gauge(
            "bsm_gateway_auth_locked_clients",
            "Client addresses (IPv6: /64 networks) whose AUTH is refused now after too many "
            "failures",
            registry=r,
        )
        self.timeouts = Counter(
            "bsm_gateway_session_timeouts",
            "Sessions the gateway closed with 421 4.4.2, by reason: idle (no command but "
            "NOOP/RSET/HELP/VRFY for idle_timeout), busy (idle for busy_idle_timeout while "
            "a session cap was reached: closed to make room), max_session_time",
            ["reason"],
            registry=r,
        )
        self.reloads = Counter(
            "bsm_gateway_reloads",
            "Configuration reloads (SIGHUP), by result (ok, failed: the old one stays)",
            ["result"],
            registry=r,
        )
        self.quarantine = Gauge(
            "bsm_gateway_quarantine_messages",
            "Messages held in the quarantine (not released), counted at scrape time",
            registry=r,
        )
        self.queued = Counter(
            "bsm_gateway_queued",
            "Recipients put in the retry queue: the upstream refused them for now after "
            "the client was answered 250 (or the message was taken for other recipients)",
            registry=r,
        )
        self.queue_attempts = Counter(
            "bsm_gateway_queue_attempts",
            "Delivery attempts of queued messages, by outcome (delivered, deferred: tried "
            "again later, failed: refused for good, expired: older than [queue] "
            "max_age_days; the sender gets a report for failed and expired)",
            ["result"],
            registry=r,
        )
        self.queue_messages = Gauge(
            "bsm_gateway_queue_messages",
            "Messages in the retry queue, counted at scrape time",
            registry=r,
        )
        self.queue_recipients = Gauge(
            "bsm_gateway_queue_recipients",
            "Recipients the retry queue still owes a delivery, counted at scrape time",
            registry=r,
        )
        self.queue_oldest = Gauge(
            "bsm_gateway_queue_oldest_seconds",
            "Age of the oldest message in the retry queue (0 when empty), at scrape time",
            registry=r,
        )
        self.sessions = Gauge("bsm_gateway_active_sessions", "SMTP sessions open now", registry=r)
        self.in_flight = Gauge(
            "bsm_gateway_transactions_in_flight",
            "Transactions past the final '.' whose reply is not decided yet",
            registry=r,
        )
        self.inflight_bytes = Gauge(
            "bsm_gateway_inflight_bytes",
            "Bytes of the messages between DATA and their reply (the [limits] "
            "max_inflight_mb budget counts them)",
            registry=r,
        )
        self.deferred = Counter(
            "bsm_gateway_deferred",
            "DATA commands answered 452 because the messages in flight were at their budget",
            registry=r,
        )
        self.draining = Gauge(
            "bsm_gateway_draining", "1 after SIGTERM while in-flight mail finishes", registry=r
        )
        self.engine_seconds = Histogram(
            "bsm_gateway_engine_seconds",
            "Time the rule engine took per message to Amazon buyers",
            buckets=ENGINE_BUCKETS,
            registry=r,
        )
        self.upstream_seconds = Histogram(
            "bsm_gateway_upstream_seconds",
            "Time of one upstream transaction (connect or reuse, MAIL, RCPT, DATA)",
            buckets=UPSTREAM_BUCKETS,
            registry=r,
        )
        self.data_seconds = Histogram(
            "bsm_gateway_end_of_data_seconds",
            "Time from the client's final '.' to the gateway's reply",
            buckets=DATA_BUCKETS,
            registry=r,
        )
        self.info = Gauge(
            "bsm_gateway_info", "Always 1; the version as a label", ["version"], registry=r
        )
        self.info.labels(_version()).set(1)
        for v in VERDICTS:
            for rc in ("amazon", "other"):
                self.messages.labels(v, rc, "2xx", "enforce")
        for cls in REPLY_CLASSES:
            self.upstream_replies.labels(cls)
        for result in ("delivered", "deferred", "failed", "expired"):
            self.queue_attempts.labels(result)
        for kind in ("report", "dsn"):
            self.bounces.labels(kind)
        for result in ("accepted", "refused"):
            self.connections.labels(result)
        for result in ("ok", "failed"):
            self.reloads.labels(result)
        for result in ("ok", "failed", "locked"):
            self.auth.labels(result)
        for reason in ("idle", "busy", "max_session_time"):
            self.timeouts.labels(reason)

    def render(self) -> bytes:
        return generate_latest(self.registry)


# -- the HTTP listener ---------------------------------------------------------------------

Readiness = Callable[[], Awaitable[tuple[bool, dict[str, str]]]]

_REASONS = {200: "OK", 400: "Bad Request", 404: "Not Found", 405: "Method Not Allowed"}
_REASONS[503] = "Service Unavailable"
MAX_HEAD = 8192
READ_TIMEOUT = 5.0


class MetricsServer:
    """GET /metrics, /healthz, /readyz on `host:port` (port 0: any free port)."""

    def __init__(
        self,
        metrics: Metrics,
        readiness: Readiness,
        refresh: Callable[[], Awaitable[None]],
        host: str | None,
        port: int,
    ) -> None:
        self.metrics = metrics
        self.readiness = readiness
        self.refresh = refresh
        self.host = host
        self.port = port
        self._server: asyncio.Server | None = None
        self._clients: set[asyncio.Task[None]] = set()

    async def start(self) -> None:
        self._server = await asyncio.start_server(
            self._client,
            host=self.host or None,
            port=self.port,
            reuse_address=True,
            limit=MAX_HEAD,
        )
        sockets = self._server.sockets
        if sockets:
            self.port = int(sockets[0].getsockname()[1])

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
        for task in list(self._clients):
            task.cancel()
        if self._clients:
            await asyncio.wait(list(self._clients), timeout=1.0)
        if self._server is not None:
            await self._server.wait_closed()

    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._clients.add(task)
        try:
            status, ctype, body, head_only = await self._respond(reader)
            reason = _REASONS.get(status, "")
            writer.write(
                (
                    f"HTTP/1.1 {status} {reason}\r\nContent-Type: {ctype}\r\n"
                    f"Content-Length: {len(body)}\r\nCache-Control: no-store\r\n"
                    "Connection: close\r\n\r\n"
                ).encode("ascii")
            )
            if not head_only:
                writer.write(body)
            await writer.drain()
        except (OSError, asyncio.IncompleteReadError, TimeoutError):
            pass
        finally:
            self._clients.discard(task)
            writer.close()
            with contextlib.suppress(OSError, asyncio.CancelledError):
                await writer.wait_closed()

    async def _respond(self, reader: asyncio.StreamReader) -> tuple[int, str, bytes, bool]:
        text = "text/plain; charset=utf-8"
        try:
            async with asyncio.timeout(READ_TIMEOUT):
                head = await reader.readuntil(b"\r\n\r\n")
        except (asyncio.LimitOverrunError, asyncio.IncompleteReadError):
            return 400, text, b"bad request\n", False
        lines = head.decode("latin-1").split("\r\n")
        parts = lines[0].split()
        accept = ""
        for line in lines[1:]:
            name, _, val = line.partition(":")
            if name.strip().lower() == "accept":
                accept = val.strip()
        if len(parts) != 3 or not parts[2].startswith("HTTP/"):
            return 400, text, b"bad request\n", False
        method, target = parts[0], parts[1].split("?", 1)[0]
        if method not in ("GET", "HEAD"):
            return 405, text, b"only GET and HEAD\n", False
        head_only = method == "HEAD"
        if target == "/metrics":
            await self.refresh()
            # The classic text format, or OpenMetrics when the scraper asks for it.
            encoder, ctype = choose_encoder(accept)
            return 200, ctype, encoder(self.metrics.registry), head_only
        if target == "/healthz":
            return 200, text, b"ok\n", head_only
        if target == "/readyz":
            ready, checks = await self.readiness()
            body = "".join(f"{name}: {state}\n" for name, state in checks.items())
            return (200 if ready else 503), text, body.encode("utf-8"), head_only
        return 404, text, b"not found: try /metrics, /healthz or /readyz\n", head_only
