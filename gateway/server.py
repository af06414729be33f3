"""The SMTP side: aiosmtpd in front, the engine in a worker thread, the upstream behind.

One transaction, end of DATA (`GatewayServer.handle_DATA`):

1. recipients are split into Amazon buyer aliases and everyone else;
2. for the Amazon part the engine runs in a worker thread with a deadline (a crash or a
   timeout is never a pass: 451);
3. a review/feedback request reserves its order in the store (review.repeat_request);
4. pass → the original bytes (internal X-BSM headers removed, a Received line on top);
   rewrite → the sanitized bytes, any DKIM-Signature removed (sign after the gateway);
   block → quarantined first (durable), then the bounce report is accepted by the
   upstream (mode `bounce`) or the client gets 550 5.7.1 (mode `reject`);
5. only then the client gets 250. Every failure on the way is a 4xx, an upstream 5xx is a
   5xx with the upstream's words, a partial refusal is 250 plus a DSN for the refused.

The work after "." runs in its own task, shielded from the client hanging up: the upstream
transaction is never cut in half by a disconnect, and its outcome is always logged.

Life cycle: `start()` binds the SMTP socket (and the metrics listener, gateway.metrics);
`reload(load)` swaps in a new configuration and policy without closing any session (SIGHUP;
a file that does not load is refused and the old one stays); `stop()` drains: it stops
listening, says 421 to idle sessions, lets transactions in progress finish within
`limits.shutdown_grace`, then closes what is left (SIGTERM).

aiosmtpd's own replies get RFC 3463 codes in `GatewaySMTP.push` (table `_AIOSMTPD_CODES`);
exempt, as RFC 2034 allows: the greeting, the EHLO/HELO lines, 334 AUTH challenges and
354. Connection caps (global, per client address) answer `421 4.3.2` and close.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import inspect
import re
import secrets
import ssl
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from email.utils import formatdate
from typing import Any

from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

from gateway import logs
from gateway.config import (
    GatewayConfig,
    keep_restart_only,
    restart_only_changes,
    validate,
    verify_password,
)
from gateway.engine_pool import EngineFailure, EnginePool
from gateway.health import StoreProbe, check_upstream
from gateway.logs import get_logger
from gateway.metrics import Metrics, MetricsServer, reply_class
from gateway.relay import (
    DeliveryResult,
    PermanentFailure,
    Upstream,
    UpstreamError,
    upstream_from_url,
)
from gateway.report import build_bounce, build_failure_dsn, repeat_request_finding, should_bounce
from gateway.store import Store, StoreError
from policies import Action, Finding, Outcome, Policy, Verdict
from policies import Envelope as PolicyEnvelope
from policies.headers import prepend_header, split_head, strip_headers
from policies.scope import is_amazon_address
from policies.verdict import milder

IDENT = "bsm-gateway ESMTP"
# -- enhanced status codes on aiosmtpd's own replies -------------------------------------

_HAS_ENHANCED = re.compile(r"^\d{3}[ -][245]\.\d{1,3}\.\d{1,3}(?: |$)")
# (reply prefix aiosmtpd sends, enhanced code, replacement text or None to keep its text)
_AIOSMTPD_CODES: list[tuple[str, str, str | None]] = [
    (
        "552 Error: message size exceeds",
        "5.3.4",
        "Message too big for this gateway (limit {size} bytes)",
    ),
    (
        "552 Error: Too much mail data",
        "5.3.4",
        "Message too big for this gateway (limit {size} bytes)",
    ),
    (
        "500 Line too long",
        "5.5.2",
        "A line of the message is longer than 998 bytes (RFC 5321 4.5.3.1.6); the sending "
        "program must wrap or encode long lines. Nothing was sent",
    ),
    ("500 Command line too long", "5.5.2", None),
    ("500 Error: bad syntax", "5.5.2", None),
    ("500 Error: strict ASCII mode", "5.6.7", None),
    ("500 Error: command", "5.5.1", None),
    ("500 Error: (", "5.3.0", None),
    ("501", "5.5.4", None),
    ("502", "5.5.1", None),
    ("503", "5.5.1", None),
    ("504", "5.5.4", None),
    ("530", "5.7.0", None),
    ("553", "5.1.3", None),
    ("554", "5.7.0", None),
    ("555", "5.5.4", None),
    ("454", "4.7.0", None),
    ("421", "4.3.2", None),
    ("221", "2.0.0", None),
    ("220", "2.0.0", None),
    ("235", "2.7.0", None),
    ("250", "2.0.0", None),
]


def enhance(status: str, size_limit: int) -> str:
    """`status` with an RFC 3463 code after the reply code (kept as is if it has one)."""
    if _HAS_ENHANCED.match(status) or len(status) < 3 or status[:3] in ("334", "354"):
        return status
    code, text = status[:3], status[4:]
    for prefix, enhanced, replacement in _AIOSMTPD_CODES:
        if status.startswith(prefix):
            if replacement is not None:
                text = replacement.format(size=size_limit)
            return f"{code} {enhanced} {text}"
    return f"{code} {code[0]}.0.0 {text}"


def new_ref() -> str:
    """A short reference id the client, the log, the report and the store all show."""
    return secrets.token_hex(6)


# -- session caps --------------------------------------------------------------------------


class SessionCounter:
    """Open sessions, globally and per client address (aiosmtpd has no cap of its own)."""

    def __init__(self, total: int, per_client: int) -> None:
        self.max_total = total
        self.max_per_client = per_client
        self.total = 0
        self.by_client: dict[str, int] = {}

    def acquire(self, client: str) -> str | None:
        """None if the session may go on, else why not."""
        if self.total >= self.max_total:
            return "the gateway is at its session limit"
        if self.by_client.get(client, 0) >= self.max_per_client:
            return "too many sessions from your address"
        self.total += 1
        self.by_client[client] = self.by_client.get(client, 0) + 1
        return None

    def release(self, client: str) -> None:
        self.total -= 1
        left = self.by_client.get(client, 1) - 1
        if left <= 0:
            self.by_client.pop(client, None)
        else:
            self.by_client[client] = left


# -- AUTH --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Pending:
    """Credentials parsed by aiosmtpd, not yet checked (the check is async, off the loop)."""

    mechanism: str
    login: bytes
    password: bytes


class PasswordChecker:
    """Checks AUTH credentials against the hashed passwords in the config. scrypt is slow on
    purpose, so it runs in a worker thread; successful checks are cached (by a digest of
    the password, never the password) so a helpdesk reconnecting all day pays once."""

    _DUMMY = (
        "pbkdf2_sha256$100000$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="
    )

    def __init__(self, users: dict[str, str]) -> None:
        self.users = users
        self._ok: set[tuple[str, bytes]] = set()

    async def check(self, login: bytes, password: bytes) -> bool:
        name = login.decode("utf-8", "replace")
        key = (name, hashlib.sha256(password).digest())
        if key in self._ok:
            return True
        hashed = self.users.get(name)
        ok = await asyncio.to_thread(verify_password, hashed or self._DUMMY, password)
        ok = ok and hashed is not None
        if ok:
            self._ok.add(key)
        return ok


# -- the aiosmtpd protocol subclass ------------------------------------------------------


_HOOK_NAMES: dict[type, list[str]] = {}


def hook_names(cls: type) -> list[str]:
    """The attributes aiosmtpd looks up by prefix on every new connection (`smtp_*`
    commands, `auth_*` mechanisms, `handle_*` hooks), worked out once per class."""
    names = _HOOK_NAMES.get(cls)
    if names is None:
        names = _HOOK_NAMES[cls] = [
            n for n in dir(cls) if n.startswith(("smtp_", "auth_", "handle_"))
        ]
    return names


class GatewaySMTP(SMTP):
    """aiosmtpd's SMTP with enhanced status codes, session caps, async AUTH checks and a
    handler-provided `handle_exception` (451 4.3.0 with a reference id, never 500)."""

    def __dir__(self) -> list[str]:
        # aiosmtpd's __init__ finds the commands, AUTH mechanisms and hooks with dir() and
        # inspect.getmembers() on the protocol and the handler, for every connection:
        # ~75 µs of a ~1 ms message here, for names that are fixed per class. Only those
        # names are listed (debuggers still see every attribute through vars()/__dict__).
        return hook_names(type(self))

    def __init__(self, gateway: GatewayServer, **kwargs: Any) -> None:
        self.gateway = gateway
        self.conn_id = new_ref()
        self._greeted = False
        self._in_helo = False
        self._opened = 0.0
        self.messages = 0
        self.said_bye = False
        super().__init__(gateway, **kwargs)

    async def push(self, status: Any) -> None:
        if isinstance(status, str):
            if not self._greeted and status.startswith("220 "):
                self._greeted = True
            elif not (self._in_helo and status.startswith("250")):
                status = enhance(status, self.data_size_limit or 0)
            if not self.enable_SMTPUTF8 and not status.isascii():
                status = status.encode("ascii", "replace").decode("ascii")
        await super().push(status)

    async def smtp_EHLO(self, hostname: str) -> None:
        self._in_helo = True
        try:
            await super().smtp_EHLO(hostname)
        finally:
            self._in_helo = False

    async def smtp_HELO(self, hostname: str) -> None:
        self._in_helo = True
        try:
            await super().smtp_HELO(hostname)
        finally:
            self._in_helo = False

    @property
    def in_transaction(self) -> bool:
        """MAIL accepted and the reply to DATA (or RSET) not yet written."""
        envelope = self.envelope
        return envelope is not None and envelope.mail_from is not None

    def goodbye(self, text: str) -> None:
        """Say 421 (once) and close, outside the command loop: used when draining."""
        transport = self.transport
        if transport is None or transport.is_closing():
            return
        if not self.said_bye and isinstance(transport, asyncio.WriteTransport):
            transport.write(f"421 4.3.2 {text}\r\n".encode("ascii", "replace"))
        self.said_bye = True
        transport.close()

    @property
    def client_ip(self) -> str:
        peer = self.session.peer if self.session is not None else None
        return str(peer[0]) if isinstance(peer, tuple) and peer else "unknown"

    async def _handle_client(self) -> None:
        gw = self.gateway
        client = self.client_ip
        refused = gw.sessions.acquire(client)
        log = gw.log.bind(conn=self.conn_id, client=client)
        if refused is not None:
            gw.metrics.connections.labels("refused").inc()
            log.warning("connection.refused", reason=refused)
            try:
                await self.push(f"421 4.3.2 {gw.config.hostname} {refused}, try again later")
            finally:
                if self.transport is not None:
                    self.transport.close()
            return
        self._opened = time.perf_counter()
        gw.metrics.connections.labels("accepted").inc()
        gw.live.add(self)
        log.info("connection.open")
        try:
            await super()._handle_client()
        finally:
            gw.sessions.release(client)
            gw.live.discard(self)
            log.info(
                "connection.close",
                messages=self.messages,
                duration_ms=round((time.perf_counter() - self._opened) * 1000, 1),
            )

    async def handle_exception(self, error: Exception) -> str:
        ref = new_ref()
        self.gateway.log.error(
            "error",
            ref=ref,
            conn=self.conn_id,
            client=self.client_ip,
            error=f"{type(error).__name__}: {error}",
            exc_info=error,
        )
        return f"451 4.3.0 Internal error in the gateway, try again later (ref {ref})"

    # AUTH: aiosmtpd parses PLAIN/LOGIN and calls `_authenticate` synchronously; we only
    # record the credentials there and check them asynchronously in auth_PLAIN/auth_LOGIN.
    def _authenticate(self, mechanism: str, auth_data: Any) -> AuthResult:
        assert isinstance(auth_data, LoginPassword)
        pending = _Pending(mechanism, auth_data.login, auth_data.password)
        return AuthResult(success=False, handled=False, auth_data=pending)

    async def _finish_auth(self, result: AuthResult) -> AuthResult:
        pending = result.auth_data
        if not isinstance(pending, _Pending):
            return result
        checker = self.gateway.passwords
        ok = checker is not None and await checker.check(pending.login, pending.password)
        user = pending.login.decode("utf-8", "replace")
        self.gateway.log.info(
            "auth", conn=self.conn_id, client=self.client_ip, user=user, success=ok
        )
        if ok:
            return AuthResult(success=True, auth_data=LoginPassword(pending.login, b""))
        return AuthResult(success=False, handled=False)

    async def auth_PLAIN(self, _: Any, args: list[str]) -> AuthResult:
        return await self._finish_auth(await super().auth_PLAIN(_, args))

    async def auth_LOGIN(self, _: Any, args: list[str]) -> AuthResult:
        return await self._finish_auth(await super().auth_LOGIN(_, args))


# -- one transaction ---------------------------------------------------------------------


@dataclass(slots=True)
class Transaction:
    ref: str
    conn: str
    client: str
    helo: str
    user: str | None
    tls: bool
    mail_from: str
    rcpt_tos: list[str]
    raw: bytes
    started: float = field(default_factory=time.perf_counter)
    record: dict[str, Any] = field(default_factory=dict)
    verdict: Verdict | None = None


_MESSAGE_ID = re.compile(rb"^message-id:[ \t]*(.*?)\r?$", re.IGNORECASE | re.MULTILINE)
_SAFE = re.compile(r"[^\x21-\x7e]")


def message_id(raw: bytes) -> str:
    head, _ = split_head(raw)
    match = _MESSAGE_ID.search(head)
    return match.group(1).decode("ascii", "replace").strip() if match else ""


def _reply_text(text: str, limit: int = 300) -> str:
    return " ".join(text.split())[:limit]


class GatewayServer:
    """The aiosmtpd handler and its life cycle: `await start()`, `await stop()`.

    `store` and `upstream` may be given (tests); otherwise they are opened from the config.
    """

    def __dir__(self) -> list[str]:
        return hook_names(type(self))  # aiosmtpd's per-connection lookups: see GatewaySMTP

    def __init__(
        self,
        config: GatewayConfig,
        policy: Policy,
        *,
        store: Store | None = None,
        upstream: Upstream | None = None,
    ) -> None:
        self.config = config
        self.policy = policy
        self.store = store
        self.upstream = upstream
        self.log = get_logger()
        self.metrics = Metrics()
        self.metrics.sessions.set_function(lambda: self.sessions.total)
        self.metrics.in_flight.set_function(lambda: len(self.jobs))
        self.metrics_server: MetricsServer | None = None
        self._store_probe = StoreProbe()
        self.draining = False
        self._hurry = asyncio.Event()
        lim = config.limits
        self.sessions = SessionCounter(lim.max_sessions, lim.max_sessions_per_client)
        self.passwords = PasswordChecker(config.auth_users) if config.auth_enabled else None
        self.live: set[GatewaySMTP] = set()
        self.jobs: set[asyncio.Task[str]] = set()
        self.engine = EnginePool(policy, lim.engine_workers, lim.engine_mode)
        self._server: asyncio.Server | None = None
        self._tls: ssl.SSLContext | None = None
        self._owns_store = store is None
        self._owns_upstream = upstream is None
        scope = policy.section("scope")
        self._internal = frozenset({scope["kind_header"], scope["order_header"]})
        self.port = config.listen_port

    # -- life cycle ----------------------------------------------------------------------

    @staticmethod
    def _tls_context(config: GatewayConfig) -> ssl.SSLContext | None:
        if config.tls_cert is None or config.tls_key is None:
            return None
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ctx.load_cert_chain(config.tls_cert, config.tls_key)
        return ctx

    async def start(self) -> None:
        cfg = self.config
        self._tls = self._tls_context(cfg)
        if self.store is None:
            self.store = await Store.open(cfg.store)
        if self.upstream is None:
            self.upstream = upstream_from_url(
                cfg.upstream,
                local_hostname=cfg.hostname,
                max_connections=cfg.limits.max_upstream_connections,
                connect_timeout=cfg.limits.upstream_connect_timeout,
                timeout=cfg.limits.upstream_timeout,
            )
        loop = asyncio.get_running_loop()
        # Workers start and warm up (word lists, dictionaries) before the first message.
        await self.engine.start()
        try:
            self._server = await loop.create_server(
                self._protocol,
                host=cfg.listen_host or None,
                port=cfg.listen_port,
                reuse_address=True,
            )
            sockets = self._server.sockets
            if sockets:
                self.port = int(sockets[0].getsockname()[1])
            if cfg.metrics.enabled:
                self.metrics_server = MetricsServer(
                    self.metrics,
                    self.readiness,
                    self.refresh_metrics,
                    cfg.metrics.host,
                    cfg.metrics.port,
                )
                await self.metrics_server.start()
        except BaseException:
            if self._server is not None:
                self._server.close()
            await self._close_resources()
            raise

    @property
    def metrics_port(self) -> int | None:
        return self.metrics_server.port if self.metrics_server is not None else None

    # -- health and metrics ----------------------------------------------------------------

    async def readiness(self) -> tuple[bool, dict[str, str]]:
        """(ready, {check: state}) for /readyz: the store takes a write and the upstream
        answers, each within `[metrics] ready_timeout`; never ready while draining."""
        if self.draining:
            return False, {"gateway": "draining (shutting down)"}
        timeout = self.config.metrics.ready_timeout
        store, upstream = await asyncio.gather(
            self._store_probe(self.store, timeout), check_upstream(self.upstream, timeout)
        )
        checks = {"store": store, "upstream": upstream}
        return all(v.startswith("ok") for v in checks.values()), checks

    async def refresh_metrics(self) -> None:
        """Gauges read at scrape time: the quarantine may change from another process
        (`bsm-gateway quarantine release|delete`)."""
        if self.store is None:
            return
        try:
            async with asyncio.timeout(1.0):
                held = await self.store.quarantine_count()
        except (StoreError, TimeoutError):
            return  # keep the last value; /readyz says what is wrong with the store
        self.metrics.quarantine.set(held)

    def _observe(self, txn: Transaction, reply: str) -> None:
        """Count one finished transaction (called once, after its reply is decided)."""
        m = self.metrics
        rec = txn.record
        amazon = set(rec.get("amazon", []))
        if amazon and len(amazon) < len(txn.rcpt_tos):
            kind = "mixed"
        else:
            kind = "amazon" if amazon else "other"
        verdict = str(rec.get("verdict", "error"))
        m.messages.labels(verdict, kind, reply_class(reply[:3])).inc()
        actions: dict[str, str] = rec.get("actions", {})
        for rcpt in txn.rcpt_tos:
            cls = "amazon" if rcpt in amazon else "other"
            m.recipients.labels(cls, actions.get(rcpt, "none")).inc()
        if txn.verdict is not None:
            for finding in txn.verdict.findings:
                m.rule_hits.labels(finding.rule, str(finding.action)).inc()
        if "engine_ms" in rec:
            m.engine_seconds.observe(rec["engine_ms"] / 1000)
        m.data_seconds.observe(time.perf_counter() - txn.started)

    def _protocol(self) -> GatewaySMTP:
        cfg = self.config
        return GatewaySMTP(
            self,
            data_size_limit=self.policy.max_message_bytes,
            hostname=cfg.hostname,
            ident=IDENT,
            tls_context=self._tls,
            require_starttls=cfg.require_tls,
            timeout=cfg.limits.session_timeout,
            auth_required=cfg.auth_enabled,
            auth_require_tls=self._tls is not None,
            command_call_limit={"AUTH": 5, "STARTTLS": 3, "EHLO": 20, "HELO": 20, "*": 10000},
            loop=asyncio.get_running_loop(),
        )

    def hurry(self) -> None:
        """Cut a drain short (a second SIGTERM): close what is left now."""
        self._hurry.set()

    async def stop(self) -> None:
        """Drain, then close: stop listening (new connections are refused), answer 421 to
        sessions between transactions, let transactions in progress (from MAIL to the
        reply after ".") finish within `limits.shutdown_grace` seconds, closing each
        session as soon as its transaction is done; then close what is left."""
        self.draining = True
        self.metrics.draining.set(1)
        if self._server is not None:
            self._server.close()
        loop = asyncio.get_running_loop()
        grace = self.config.limits.shutdown_grace
        deadline = loop.time() + grace
        bye = f"{self.config.hostname} Service shutting down, try again later"
        busy: list[GatewaySMTP] = []
        while True:
            for proto in list(self.live):
                if not proto.in_transaction:
                    proto.goodbye(bye)
            busy = [p for p in self.live if p.in_transaction and p.transport is not None]
            if (not busy and not self.jobs) or self._hurry.is_set() or loop.time() >= deadline:
                break
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._hurry.wait(), 0.05)
        if busy or self.jobs:
            self.log.warning(
                "shutdown.cut",
                note=f"transactions still in progress after the {grace:g} s grace period "
                "were cut; their clients got no reply and will retry",
                sessions=len(busy),
                refs=sorted(job.get_name() for job in self.jobs),
            )
        for proto in list(self.live):
            proto.goodbye(bye)
            if proto.transport is not None:
                proto.transport.close()
        for job in list(self.jobs):
            job.cancel()
        if self.jobs:
            await asyncio.wait(list(self.jobs), timeout=2.0)
        if self._server is not None:
            await self._server.wait_closed()
        if self.metrics_server is not None:
            await self.metrics_server.stop()
        await self._store_probe.close()
        await self._close_resources()

    async def reload(self, load: Callable[[], tuple[GatewayConfig, Policy]]) -> bool:
        """Load the configuration and policy again (`load` runs in a thread) and apply
        them without closing any session: new sessions get the new settings, every
        message checked from now on the new policy. If anything fails to load, nothing
        changes (event `reload.failed`). Settings that need a restart (listen, store,
        upstream, …) keep their running values and are named in the `reload` event."""
        try:
            config, policy = await asyncio.to_thread(load)
            restart = restart_only_changes(self.config, config)
            keep_restart_only(self.config, config)
            # e.g. a file that drops [auth.users] and moves `listen` to loopback must not
            # leave the running public listener without AUTH.
            validate(config)
            tls = self._tls_context(config)
            await self.engine.replace_policy(policy)
        except Exception as exc:
            self.metrics.reloads.labels("failed").inc()
            self.log.error(
                "reload.failed",
                error=str(exc) or type(exc).__name__,
                kept=self.config.source,
                policy_kept=self.policy.source,
            )
            return False
        old = self.config
        self.config = config
        self.policy = policy
        self._tls = tls
        scope = policy.section("scope")
        self._internal = frozenset({scope["kind_header"], scope["order_header"]})
        self.sessions.max_total = config.limits.max_sessions
        self.sessions.max_per_client = config.limits.max_sessions_per_client
        if config.auth_users != old.auth_users:
            self.passwords = PasswordChecker(config.auth_users) if config.auth_enabled else None
        if config.log_level != old.log_level:
            logs.set_level(config.log_level)
            self.log = get_logger()
        self.metrics.reloads.labels("ok").inc()
        self.log.info(
            "reload",
            source=config.source,
            policy=policy.source,
            restart_needed=restart,
            sessions=self.sessions.total,
        )
        if restart:
            self.log.warning(
                "reload.restart_needed",
                settings=restart,
                note="these settings keep their running values until a restart",
            )
        return True

    async def _close_resources(self) -> None:
        if self.upstream is not None and self._owns_upstream:
            await self.upstream.close()
        if self.store is not None and self._owns_store:
            await self.store.close()
        self.engine.close()

    # -- SMTP hooks ----------------------------------------------------------------------

    async def handle_EHLO(
        self,
        server: GatewaySMTP,
        session: Session,
        envelope: Envelope,
        hostname: str,
        responses: list[str],
    ) -> list[str]:
        session.host_name = hostname
        lines = [r for r in responses if not (r.startswith("250-AUTH") and self.passwords is None)]
        lines.insert(len(lines) - 1, "250-ENHANCEDSTATUSCODES")
        return lines

    async def handle_MAIL(
        self,
        server: GatewaySMTP,
        session: Session,
        envelope: Envelope,
        address: str,
        mail_options: list[str],
    ) -> str:
        if self.draining:  # the drain loop closes the session right after this reply
            server.said_bye = True
            return f"421 4.3.2 {self.config.hostname} Service shutting down, try again later"
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 2.1.0 Sender OK"

    async def handle_RCPT(
        self,
        server: GatewaySMTP,
        session: Session,
        envelope: Envelope,
        address: str,
        rcpt_options: list[str],
    ) -> str:
        if len(envelope.rcpt_tos) >= self.config.limits.max_recipients:
            return "452 4.5.3 Too many recipients in one message; send the rest separately"
        if self.config.non_amazon == "refuse" and not is_amazon_address(address, self.policy):
            return (
                "550 5.7.1 This gateway only sends mail to Amazon buyer addresses "
                "(...@marketplace.amazon.*)"
            )
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 2.1.5 Recipient OK"

    async def handle_DATA(self, server: GatewaySMTP, session: Session, envelope: Envelope) -> str:
        # The per-command timer started at DATA and also covered the upload: give the
        # end-of-DATA work the whole budget (data_timeout < session_timeout, see Limits).
        server._reset_timeout(self.config.limits.session_timeout)
        server.messages += 1
        raw = envelope.original_content or b""
        auth = session.auth_data
        txn = Transaction(
            ref=new_ref(),
            conn=server.conn_id,
            client=server.client_ip,
            helo=str(session.host_name or ""),
            user=auth.login.decode("utf-8", "replace") if isinstance(auth, LoginPassword) else None,
            tls=session.ssl is not None,
            mail_from="" if envelope.mail_from in (None, "<>") else str(envelope.mail_from),
            rcpt_tos=list(envelope.rcpt_tos),
            raw=raw,
        )
        job = asyncio.get_running_loop().create_task(self._run(txn), name=txn.ref)
        self.jobs.add(job)
        job.add_done_callback(self.jobs.discard)
        try:
            return await asyncio.shield(job)
        except asyncio.CancelledError:
            self.log.warning(
                "client.gone",
                ref=txn.ref,
                conn=txn.conn,
                client=txn.client,
                note="the transaction goes on; its outcome is in its message event",
            )
            raise

    # -- the transaction -----------------------------------------------------------------

    async def _run(self, txn: Txn) -> str:
        rec = txn.record
        rec.update(
            ref=txn.ref,
            conn=txn.conn,
            client=txn.client,
            helo=txn.helo,
            user=txn.user,
            tls=txn.tls,
            sender=txn.mail_from,
            recipients=txn.rcpt_tos,
            size=len(txn.raw),
        )
        try:
            async with asyncio.timeout(self.config.limits.data_timeout):
                reply = await self._decide(txn)
        except TimeoutError:
            rec["error"] = "deadline"
            reply = (
                f"451 4.4.1 The message could not be handled in time; try again later "
                f"(ref {txn.ref})"
            )
        except EngineFailure as exc:
            rec["error"] = f"engine: {exc}"
            reply = (
                "451 4.3.0 The gateway could not finish checking this message; try again "
                f"later (ref {txn.ref})"
            )
        except StoreError as exc:
            rec["error"] = f"store: {exc}"
            reply = (
                f"451 4.3.0 The gateway's store is not available; try again later (ref {txn.ref})"
            )
        except Exception as exc:
            rec["error"] = f"{type(exc).__name__}: {exc}"
            self.log.error("error", ref=txn.ref, conn=txn.conn, exc_info=exc)
            reply = f"451 4.3.0 Internal error in the gateway, try again later (ref {txn.ref})"
        rec["reply"] = reply
        rec["total_ms"] = round((time.perf_counter() - txn.started) * 1000, 2)
        level = "info" if reply.startswith("2") else "warning"
        getattr(self.log, level)("message", **rec)
        self._observe(txn, reply)
        return reply

    def _outgoing(self, raw: bytes, txn: Txn, *, drop_dkim: bool = False) -> bytes:
        names = set(self._internal)
        if drop_dkim:
            names.add("DKIM-Signature")
        data = strip_headers(raw, names)
        if self.config.add_received:
            helo = _SAFE.sub("?", txn.helo)[:100] or "unknown"
            proto = "ESMTP" + ("S" if txn.tls else "") + ("A" if txn.user else "")
            data = prepend_header(
                data,
                f"Received: from {helo} ([{txn.client}])\r\n\tby {self.config.hostname} "
                f"(bsm-gateway) with {proto} id {txn.ref};\r\n\t{formatdate(usegmt=True)}"
                if b"\r\n" in raw[:4096]
                else f"Received: from {helo} ([{txn.client}])\n\tby {self.config.hostname} "
                f"(bsm-gateway) with {proto} id {txn.ref};\n\t{formatdate(usegmt=True)}",
            )
        return data

    async def _evaluate(self, txn: Txn, amazon: list[str]) -> Verdict:
        env = PolicyEnvelope(txn.mail_from, amazon)
        verdict = await self.engine.evaluate(txn.raw, env, self.config.limits.engine_timeout)
        if verdict.internal_error:
            raise EngineFailure(verdict.internal_error)
        return verdict

    async def _review_check(self, txn: Txn, verdict: Verdict) -> list[str]:
        """Reserve the order's one review request; returns the order ids reserved (to be
        confirmed or released). A refused reservation adds a review.repeat_request finding
        and, when that rule blocks, makes the verdict a block."""
        assert self.store is not None
        action = self.policy.action("review.repeat_request")
        if (
            action is Action.OFF
            or verdict.outcome is Outcome.BLOCK
            or not verdict.review_request
            or not verdict.order_ids
        ):
            return []
        reserved: list[str] = []
        repeats: list[Finding] = []
        mid = message_id(txn.raw)
        for order_id in verdict.order_ids:
            earlier = await self.store.review_reserve(order_id, txn.ref, mid)
            if earlier is None:
                reserved.append(order_id)
            else:
                f = repeat_request_finding(order_id, earlier)
                repeats.append(
                    Finding(
                        f.rule,
                        milder(action, f.action),
                        f.message,
                        f.location,
                        f.evidence,
                    )
                )
        if not repeats:
            return reserved
        verdict.findings.extend(repeats)
        if action is Action.BLOCK:
            verdict.outcome = Outcome.BLOCK
            verdict.fixed = None
            for order_id in reserved:
                await self.store.review_release(order_id, txn.ref)
            return []
        return reserved

    async def _decide(self, txn: Txn) -> str:
        rec = txn.record
        amazon = [r for r in txn.rcpt_tos if is_amazon_address(r, self.policy)]
        others = [r for r in txn.rcpt_tos if r not in amazon]
        rec["amazon"] = amazon
        original = self._outgoing(txn.raw, txn)
        if not amazon:
            rec["verdict"] = "out-of-scope"
            rec["actions"] = {r: "relayed" for r in others}
            return await self._relay(txn, [(others, original)])

        t0 = time.perf_counter()
        verdict = await self._evaluate(txn, amazon)
        txn.verdict = verdict
        rec["engine_ms"] = round((time.perf_counter() - t0) * 1000, 2)
        reserved = await self._review_check(txn, verdict)
        rec.update(
            verdict=str(verdict.outcome),
            kind=verdict.kind,
            rule_ids=verdict.rule_ids,
            order_ids=verdict.order_ids,
        )

        if verdict.outcome is Outcome.BLOCK:
            rec["blocked_by"] = sorted({f.rule for f in verdict.blocking()})
            return await self._blocked(txn, verdict, amazon, others, original)

        if verdict.outcome is Outcome.REWRITE and verdict.fixed is not None:
            amazon_data = self._outgoing(verdict.fixed, txn, drop_dkim=True)
            groups = [(amazon, amazon_data)] + ([(others, original)] if others else [])
            rec["actions"] = {**{r: "rewritten" for r in amazon}, **{r: "relayed" for r in others}}
        else:
            groups = [(amazon + others, original)]
            rec["actions"] = {r: "relayed" for r in txn.rcpt_tos}
        assert self.store is not None
        try:
            reply = await self._relay(txn, groups)
        except BaseException:
            for order_id in reserved:
                await self._quietly(self.store.review_release(order_id, txn.ref))
            raise
        delivered = reply.startswith("2") and any(r not in rec.get("refused", {}) for r in amazon)
        for order_id in reserved:
            if delivered:
                await self.store.review_confirm(order_id, txn.ref)
            else:
                await self._quietly(self.store.review_release(order_id, txn.ref))
        return reply

    async def _quietly(self, work: Awaitable[Any]) -> None:
        try:
            await work
        except Exception as exc:
            self.log.error("error", note="cleanup failed", error=str(exc))

    async def _blocked(
        self, txn: Txn, verdict: Verdict, amazon: list[str], others: list[str], original: bytes
    ) -> str:
        rec = txn.record
        assert self.store is not None and self.upstream is not None
        qid = await self.store.quarantine_put(
            txn.ref, txn.raw, txn.mail_from, txn.rcpt_tos, verdict.to_dict()
        )
        rec["quarantine_id"] = qid
        rules = ", ".join(f.rule for f in verdict.blocking()) or "policy"
        refusal = (
            f"550 5.7.1 Not sent: the message breaks Amazon's messaging rules ({rules}); "
            f"quarantine {qid}, ref {txn.ref}"
        )
        if self.config.mode == "reject":
            rec["actions"] = {r: "rejected" for r in txn.rcpt_tos}
            return refusal

        rec["actions"] = {**{r: "quarantined" for r in amazon}, **{r: "relayed" for r in others}}
        report_to = self.config.report_address or txn.mail_from
        if should_bounce(txn.raw, report_to, self.policy):
            bounce = build_bounce(
                original=txn.raw,
                mail_from=txn.mail_from,
                amazon_rcpts=amazon,
                verdict=verdict,
                quarantine_id=qid,
                reference=txn.ref,
                reporting_mta=self.config.hostname,
                to=report_to,
            )
            try:
                result = await self._timed(rec, self.upstream.send("", [report_to], bounce))
            except PermanentFailure as exc:
                # Nobody can be told by mail: say it in the SMTP reply instead.
                rec["report"] = f"refused: {exc}"
                rec["actions"] = {r: "rejected" for r in txn.rcpt_tos}
                return refusal
            except BaseException:
                await self._quietly(self.store.quarantine_delete(qid))  # the client retries
                raise
            if not result.complete:
                rec["report"] = "refused"
                rec["actions"] = {r: "rejected" for r in txn.rcpt_tos}
                return refusal
            rec["report"] = f"sent to {report_to}"
            self.metrics.bounces.labels("report").inc()
        else:
            rec["report"] = "suppressed (null sender, automatic message or loop)"
        if others:
            reply = await self._relay(txn, [(others, original)])
            if not reply.startswith("2"):
                return reply
        return (
            f"250 2.0.0 Accepted, but NOT sent to the Amazon buyer ({rules}): see the report "
            f"sent to {report_to or 'nobody'}; quarantine {qid}, ref {txn.ref}"
        )

    async def _timed(self, rec: dict[str, Any], work: Awaitable[DeliveryResult]) -> DeliveryResult:
        """Await an upstream send, adding its duration to the record's upstream_ms and
        counting it in the upstream metrics."""
        t0 = time.perf_counter()
        cls = "4xx"
        try:
            result = await work
            cls = "2xx"
            return result
        except UpstreamError as exc:
            cls = reply_class(exc.code)
            raise
        finally:
            seconds = time.perf_counter() - t0
            rec["upstream_ms"] = round(rec.get("upstream_ms", 0.0) + seconds * 1000, 2)
            self.metrics.upstream_seconds.observe(seconds)
            self.metrics.upstream_replies.labels(cls).inc()

    async def _relay(self, txn: Txn, groups: list[tuple[list[str], bytes]]) -> str:
        """Send each (recipients, bytes) group upstream; 250 only if every recipient was
        taken, 250 plus a DSN when some were refused for good after others were taken."""
        assert self.upstream is not None
        rec = txn.record
        accepted: list[str] = []
        refused: dict[str, tuple[int, str]] = {}
        replies: list[str] = []
        failure: UpstreamError | None = None
        for rcpts, data in groups:
            try:
                result = await self._timed(rec, self.upstream.send(txn.mail_from, rcpts, data))
            except UpstreamError as exc:
                replies.append(f"{exc.code} {exc.enhanced} {exc.text}")
                rec["upstream"] = "; ".join(replies)
                if isinstance(exc, PermanentFailure) and len(groups) > 1:
                    failure = exc  # another group may still be taken: decided below
                    refused.update({r: (exc.code, f"{exc.enhanced} {exc.text}") for r in rcpts})
                    continue
                if accepted:
                    rec["note"] = "earlier recipients were already sent the message"
                return f"{exc.code} {exc.enhanced} {exc.text} (ref {txn.ref})"
            accepted.extend(result.accepted)
            refused.update(result.refused)
            replies.append(f"{result.reply[0]} {_reply_text(result.reply[1], 120)}")
        rec["upstream"] = "; ".join(replies)
        if refused:
            rec["refused"] = {r: f"{c} {t}" for r, (c, t) in refused.items()}
            actions = rec.setdefault("actions", {})
            for r in refused:
                actions[r] = "refused"
        if not accepted:
            assert failure is not None
            return f"{failure.code} {failure.enhanced} {failure.text} (ref {txn.ref})"
        if refused:
            await self._refused_dsn(txn, refused)
        return f"250 2.0.0 OK: sent on (ref {txn.ref}); upstream: {replies[-1]}"

    async def _refused_dsn(self, txn: Txn, refused: dict[str, tuple[int, str]]) -> None:
        assert self.upstream is not None
        rec = txn.record
        if not should_bounce(txn.raw, txn.mail_from, self.policy):
            rec["dsn"] = "suppressed"
            return
        dsn = build_failure_dsn(
            original=txn.raw,
            mail_from=txn.mail_from,
            failed=refused,
            reference=txn.ref,
            reporting_mta=self.config.hostname,
            to=txn.mail_from,
        )
        try:
            await self._timed(rec, self.upstream.send("", [txn.mail_from], dsn))
            rec["dsn"] = f"sent to {txn.mail_from}"
            self.metrics.bounces.labels("dsn").inc()
        except (UpstreamError, OSError) as exc:
            # The accepted recipients have the message: a 4xx now would duplicate it.
            rec["dsn"] = f"failed: {exc}"


Txn = Transaction


# aiosmtpd reads the EHLO hook's signature (`inspect.signature`, ~40 µs) for every new
# connection; a precomputed `__signature__` is what inspect returns first.
GatewayServer.handle_EHLO.__dict__["__signature__"] = inspect.signature(GatewayServer.handle_EHLO)


async def serve(
    config: GatewayConfig, policy: Policy, ready: Callable[[GatewayServer], None] | None = None
) -> None:
    """Run until cancelled (the CLI cancels on SIGTERM/SIGINT)."""
    server = GatewayServer(config, policy)
    await server.start()
    if ready is not None:
        ready(server)
    try:
        await asyncio.Event().wait()
    finally:
        await server.stop()
