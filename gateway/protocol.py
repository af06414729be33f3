"""aiosmtpd's SMTP protocol with what its public hooks cannot give, and the open sessions.

`GatewaySMTP` is aiosmtpd's `SMTP` plus, through extension points aiosmtpd documents
(`push`, which every reply goes through) or asyncio's own protocol interface
(`connection_made`, `connection_lost`):

- RFC 3463 enhanced status codes on the replies aiosmtpd writes itself (syntax errors,
  bad sequence, size, line length, ...), which no handler hook sees (`enhance`, table
  `_AIOSMTPD_CODES`). Exempt, as RFC 2034 allows: the greeting, the EHLO/HELO replies,
  334 AUTH challenges and 354. A reply the handler wrote with a code is kept as it is.
- Session caps, global and per client address (aiosmtpd has none): `421 4.3.2` and close,
  before the greeting (`Sessions`). At a cap, a session idle for `busy_idle_timeout`
  (of that client, or any for the global cap) is closed to make room instead, as Postfix
  shortens its timeouts under stress: idle connections cannot lock an address out.
- Idle and total time limits (`idle_timeout`, `max_session_time`): `421 4.4.2` and close.
  NOOP, RSET, HELP, VRFY and EXPN do not count as activity, so a NOOP loop cannot keep a
  session; a DATA upload and its check are never cut by them (aiosmtpd's own per-command
  timer, `session_timeout`, bounds those), and a session past its time closes right
  after the reply to its DATA.
- What a drain needs: is the session in a transaction, and a way to say 421 and close.
- Every command's argument checked before aiosmtpd reads it (`refuse_command`): a control
  character (NUL, CR, ESC, DEL, ...) or bytes that are not UTF-8 get `501 5.5.2` at the
  command itself. The next hop (aiosmtplib) refuses such an argument, so a sender taken
  with one would only fail later, at DATA, on every retry.
- DATA received into a `Spool` (gateway.spool: in memory while small, then in a file)
  instead of aiosmtpd's list of lines (`_receive`; aiosmtpd has no streaming hook).
- A budget for the memory of the messages in flight (`Sessions.reserve`): a DATA that
  would take the bytes held for the messages being received or handled over
  `[limits] max_inflight_mb` is answered `452 4.3.1` before its 354 (the client sends it
  again later), so a burst costs a queue at the clients, not the gateway's memory. A
  message counts for the SIZE its MAIL FROM declared (else `UNDECLARED_SIZE`) until it
  has arrived, then for its real size, until its reply is written; never for more than
  the spool threshold, past which it is in a file, not in memory (`Spool.held`).
- The cost of a new connection: aiosmtpd finds its hooks anew for each one by listing
  every attribute of the protocol and of the handler (`inspect.getmembers`, `dir`), a
  fifth of a millisecond here. `ListsHooks` makes `dir()` of either list only the names
  aiosmtpd looks for (`auth_*`, `handle_*`, `smtp_*`), found once per class. The EHLO
  reply goes out in one write, not one per line (`push`).
- The PROXY protocol (v1 and v2) behind a load balancer, on aiosmtpd's own support
  (`proxy_protocol_timeout`, the `handle_PROXY` hook, `session.proxy_data`): with trusted
  proxy networks set, a connection from any other address is closed at once, one from a
  trusted proxy must start with a valid PROXY header (aiosmtpd closes it otherwise), and
  from the header on `client_ip` is the real client's address, so the per-client cap,
  the log and the `Received:` line name the client, not the balancer. A session is
  counted against the caps only once its client is known.

It makes no decision about mail: every SMTP command is aiosmtpd's, every outcome the
handler's (gateway.handler).
"""

from __future__ import annotations

import asyncio
import functools
import ipaddress
import re
import secrets
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from aiosmtpd.proxy_protocol import V2_CMD, ProxyData
from aiosmtpd.smtp import SMTP, syntax

from gateway.addresses import path_error
from gateway.logs import get_logger
from gateway.metrics import Metrics
from gateway.spool import Spool

IDENT = "bsm-gateway ESMTP"
# What a message without a SIZE declaration counts for in the in-flight budget until it
# has arrived (most clients declare it; smtplib, Postfix and Exim do).
UNDECLARED_SIZE = 1024 * 1024

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
    """`status` with an RFC 3463 code after the reply code (kept as is if it has one, and
    for the 334 and 354 intermediate replies)."""
    if _HAS_ENHANCED.match(status) or len(status) < 3 or status[:3] in ("334", "354"):
        return status
    code, text = status[:3], status[4:]
    for prefix, enhanced, replacement in _AIOSMTPD_CODES:
        if status.startswith(prefix):
            if replacement is not None:
                text = replacement.format(size=size_limit)
            return f"{code} {enhanced} {text}"
    return f"{code} {code[0]}.0.0 {text}"


# C0 controls, DEL and C1 controls (Unicode category Cc). aiosmtpd strips the line's ends.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# Bytes that were not UTF-8 (aiosmtpd decodes an SMTPUTF8 argument with surrogateescape).
_NOT_UTF8 = re.compile(r"[\udc80-\udcff]")


def refuse_command(arg: str | None) -> str | None:
    """The 501 reply for a command argument no SMTP command may carry, else None."""
    if not arg:
        return None
    if match := _CONTROL.search(arg):
        return (
            f"501 5.5.2 Syntax error: a control character (U+{ord(match.group()):04X}) is not "
            "allowed in an SMTP command"
        )
    if _NOT_UTF8.search(arg):
        return "501 5.5.2 Syntax error: the command is not valid UTF-8"
    return None


def _after(arg: str | None, keyword: str) -> str:
    """The path after `FROM:` / `TO:` ('' when the command has none: aiosmtpd answers)."""
    if not arg or arg[: len(keyword)].upper() != keyword:
        return ""
    return arg[len(keyword) :]


def new_ref() -> str:
    """A short reference id the client, the log, the report and the store all show."""
    return secrets.token_hex(6)


# -- what aiosmtpd looks for on each connection -----------------------------------------

HOOK_PREFIXES = ("auth_", "handle_", "smtp_")


_HOOKS: dict[type, tuple[str, ...]] = {}  # per class, once


def _hooks_of(cls: type) -> tuple[str, ...]:
    names = _HOOKS.get(cls)
    if names is None:
        names = _HOOKS[cls] = tuple(n for n in dir(cls) if n.startswith(HOOK_PREFIXES))
    return names


class ListsHooks:
    """`dir()` of an instance lists only the attributes named like aiosmtpd's hooks (its
    class's, found once, and the instance's own). aiosmtpd's `SMTP.__init__` lists the
    protocol and the handler that way on every connection and keeps only those names;
    listing, and fetching, every other attribute was most of what a new session cost."""

    def __dir__(self) -> list[str]:
        own = [name for name in vars(self) if name.startswith(HOOK_PREFIXES)]
        return [*_hooks_of(type(self)), *own]


# -- open sessions ---------------------------------------------------------------------------


class Sessions:
    """Open SMTP sessions: the caps (global, per client address; changed by a reload) and
    the live set a drain walks. Counts connections in `metrics`."""

    def __init__(
        self,
        max_total: int,
        max_per_client: int,
        metrics: Metrics,
        max_inflight: int = 0,
        busy_idle_timeout: float = 10.0,
    ) -> None:
        self.max_total = max_total
        self.max_per_client = max_per_client
        self.max_inflight = max_inflight  # bytes; 0: no budget
        self.busy_idle_timeout = busy_idle_timeout
        self.metrics = metrics
        self.live: set[GatewaySMTP] = set()
        self.by_client: dict[str, int] = {}
        self.inflight = 0  # bytes of the messages between DATA and their reply

    def reserve(self, size: int) -> bool:
        """Count `size` more bytes in flight if the budget allows (a message alone is
        always allowed, however large: the SIZE limit bounds it)."""
        if self.max_inflight and self.inflight and self.inflight + size > self.max_inflight:
            return False
        self.inflight += size
        return True

    def release(self, size: int) -> None:
        self.inflight -= size

    @property
    def total(self) -> int:
        return len(self.live)

    def open(self, session: GatewaySMTP) -> str | None:
        """None if the session may go on (it is counted until `close`), else why not."""
        client = session.client_ip
        refused = None
        if self.by_client.get(client, 0) >= self.max_per_client and not self._make_room(client):
            refused = "too many sessions from your address"
        elif self.total >= self.max_total and not self._make_room(None):
            refused = "the gateway is at its session limit"
        log = get_logger(conn=session.conn_id, client=client)
        if refused is not None:
            self.metrics.connections.labels("refused").inc()
            log.warning("connection.refused", reason=refused)
            return refused
        self.metrics.connections.labels("accepted").inc()
        self.live.add(session)
        self.by_client[client] = self.by_client.get(client, 0) + 1
        log.info("connection.open")
        return None

    def _make_room(self, client: str | None) -> bool:
        """Close the longest-idle session (of `client`, or any) idle for at least
        `busy_idle_timeout`; False if there is none."""
        idle = [(s.idle_for(), s) for s in self.live if client is None or s.client_ip == client]
        longest = max(idle, key=lambda pair: pair[0], default=None)
        if longest is None or longest[0] < self.busy_idle_timeout:
            return False
        longest[1].time_out("busy", "Idle too long while the gateway is busy")
        return True

    def close(self, session: GatewaySMTP) -> None:
        if session not in self.live:
            return
        self.live.discard(session)
        client = session.client_ip
        left = self.by_client.get(client, 1) - 1
        if left <= 0:
            self.by_client.pop(client, None)
        else:
            self.by_client[client] = left
        get_logger(conn=session.conn_id, client=client).info(
            "connection.close",
            messages=session.messages,
            duration_ms=round((time.perf_counter() - session.opened) * 1000, 1),
        )


# -- the protocol ------------------------------------------------------------------------------


class GatewaySMTP(ListsHooks, SMTP):
    """aiosmtpd's SMTP with enhanced status codes on its own replies, session caps, and
    what a drain needs. `conn_id`, `messages` and `said_bye` are for the handler and the
    log; nothing here refers back to the application."""

    def __init__(
        self,
        handler: Any,
        sessions: Sessions,
        *,
        trusted_proxies: Sequence[ipaddress.IPv4Network | ipaddress.IPv6Network] = (),
        proxy_timeout: float = 10.0,
        idle_timeout: float = 60.0,
        max_session_time: float = 600.0,
        spool_threshold: int = 1024 * 1024,
        **kwargs: Any,
    ) -> None:
        if trusted_proxies:
            # aiosmtpd then reads a PROXY header before its greeting, and closes the
            # connection if it is missing, malformed or refused by handle_PROXY.
            kwargs["proxy_protocol_timeout"] = proxy_timeout
        super().__init__(handler, ident=IDENT, **kwargs)
        self.sessions = sessions
        self.trusted_proxies = tuple(trusted_proxies)
        self.real_client: str | None = None  # from the PROXY header
        self.admitted = False  # counted in `sessions` (until connection_lost)
        self.conn_id = new_ref()
        self.opened = time.perf_counter()
        self.messages = 0
        self.said_bye = False  # a 421 was written: a drain closes without another
        self.charged = 0  # bytes this session's message counts for in the in-flight budget
        self.spool_threshold = spool_threshold
        self.spool: Spool | None = None  # the message just received, while the handler runs
        self.idle_timeout = idle_timeout
        self.max_session_time = max_session_time
        self.started = time.monotonic()
        self.last_active = self.started  # the last command that was not a no-op
        self.receiving = False  # in DATA: from the command to its reply
        self._watchdog: asyncio.TimerHandle | None = None
        self.path_problem: str | None = None  # of the MAIL or RCPT command being handled
        # Replies RFC 2034 exempts from enhanced codes: the greeting, and the EHLO and HELO
        # replies (every EHLO line but the last is "250-..."; aiosmtpd ends EHLO with
        # "250 HELP", which the handler keeps last, and answers HELO "250 <hostname>").
        self._as_is = {f"220 {self.hostname} {IDENT}", f"250 {self.hostname}", "250 HELP"}
        self._continued: list[str] = []  # the first lines of a multiline reply (`push`)

    @property
    def peer_ip(self) -> str:
        """The address the TCP connection comes from (the balancer's, behind one)."""
        peer = self.session.peer if self.session is not None else None
        return str(peer[0]) if isinstance(peer, tuple) and peer else "unknown"

    @property
    def client_ip(self) -> str:
        """The client's address: the one its PROXY header gave, else the peer's."""
        return self.real_client or self.peer_ip

    def _is_trusted_proxy(self) -> bool:
        try:
            address = ipaddress.ip_address(self.peer_ip)
        except ValueError:
            return False
        return any(address in network for network in self.trusted_proxies)

    @property
    def in_transaction(self) -> bool:
        """MAIL accepted and the reply to DATA (or RSET) not yet written."""
        envelope = self.envelope
        return envelope is not None and envelope.mail_from is not None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        starttls = self.transport is not None  # aiosmtpd calls it again after STARTTLS
        super().connection_made(transport)
        if starttls:
            return
        if not self.trusted_proxies:
            self._admit()
        elif not self._is_trusted_proxy():
            # Only the balancer may speak here: whatever it would send (a PROXY header
            # naming any address it likes, or plain SMTP) is refused unread.
            self._refuse_proxy("not from a trusted proxy network")
        # else: admitted (or not) by `proxied`, once the PROXY header names the client.

    def _admit(self) -> bool:
        refused = self.sessions.open(self)
        if refused is not None:
            # aiosmtpd's greeting is written by a task that has not run yet: this reply
            # goes first, and the task finds the connection closed.
            self.goodbye(f"{self.hostname} {refused}, try again later")
            return False
        self.admitted = True
        self.last_active = time.monotonic()
        self._watch()
        return True

    # -- idle and total time -----------------------------------------------------------------

    def idle_for(self) -> float:
        """Seconds since the last command that was not a no-op (0 while in DATA)."""
        return 0.0 if self.receiving else time.monotonic() - self.last_active

    def _watch(self) -> None:
        """Close the session once idle for `idle_timeout` or open for `max_session_time`
        (outside DATA); else check again when the first of them can be reached."""
        if self._watchdog is not None:
            self._watchdog.cancel()
            self._watchdog = None
        transport = self.transport
        if transport is None or transport.is_closing():
            return
        now = time.monotonic()
        if self.receiving:  # aiosmtpd's per-command timer bounds the upload and the check
            due = now + self.idle_timeout
        elif now - self.started >= self.max_session_time:
            self.time_out("max_session_time", "Session time limit reached")
            return
        elif now - self.last_active >= self.idle_timeout:
            self.time_out("idle", "Idle too long")
            return
        else:
            due = min(self.last_active + self.idle_timeout, self.started + self.max_session_time)
        self._watchdog = asyncio.get_running_loop().call_later(due - now, self._watch)

    def time_out(self, reason: str, text: str) -> None:
        """Say `421 4.4.2 <hostname> <text>, reconnect when needed` and close, outside the
        command loop; counted and logged (`connection.timeout`) with `reason`."""
        self.sessions.metrics.timeouts.labels(reason).inc()
        get_logger(conn=self.conn_id, client=self.client_ip).info(
            "connection.timeout",
            reason=reason,
            idle_s=round(self.idle_for(), 1),
            open_s=round(time.monotonic() - self.started, 1),
        )
        self.goodbye(f"{self.hostname} {text}, reconnect when needed", code="4.4.2")
        self.sessions.close(self)  # its slot is free now, not when the close completes

    def command_seen(self, name: str) -> None:
        """A command passed the argument check: activity unless it is a no-op."""
        if name not in NO_PROGRESS:
            self.last_active = time.monotonic()

    def _refuse_proxy(self, reason: str) -> None:
        self.sessions.metrics.connections.labels("refused").inc()
        get_logger(conn=self.conn_id, client=self.peer_ip).warning(
            "connection.refused", reason=reason, proxy_protocol=True
        )
        if self.transport is not None:
            self.transport.close()

    def proxied(self, data: ProxyData) -> bool:
        """The PROXY header of a trusted proxy (valid, as aiosmtpd checked): take the
        client's address from it and count the session. False closes the connection.
        A v2 LOCAL header (the balancer's own health check) names no client: the session
        is the balancer's."""
        if data.command != V2_CMD.LOCAL and data.src_addr is not None:
            self.real_client = str(data.src_addr)
        return self._admit()

    def connection_lost(self, error: Exception | None) -> None:
        if self._watchdog is not None:
            self._watchdog.cancel()
            self._watchdog = None
        if self.admitted:
            self.sessions.close(self)
        elif self.trusted_proxies and self._is_trusted_proxy() and not self.said_bye:
            # aiosmtpd closed it: no PROXY header, a malformed one, or none in time.
            self._refuse_proxy("no valid PROXY header from the trusted proxy")
        super().connection_lost(error)

    async def push(self, status: Any) -> None:
        """Every reply goes through here: enhanced codes on aiosmtpd's own replies, and
        ASCII only unless the transaction is SMTPUTF8 (RFC 6531). The lines of a multiline
        reply (EHLO's) go out together with its last line, in one write: aiosmtpd pushes
        them one by one, a packet and a wake-up of the client each."""
        if isinstance(status, str):
            if status.startswith("250-"):
                self._continued.append(status)
                return
            if status not in self._as_is:
                status = enhance(status, self.data_size_limit or 0)
            if self._continued:
                status = "\r\n".join([*self._continued, status])
                self._continued = []
            utf8 = self.envelope is not None and self.envelope.smtp_utf8
            if not utf8 and not status.isascii():
                status = status.encode("ascii", "replace").decode("ascii")
        await super().push(status)

    @syntax("DATA")
    async def smtp_DATA(self, arg: str) -> None:
        """aiosmtpd's DATA within the in-flight budget: over it, 452 instead of 354."""
        envelope = self.envelope
        if envelope is None or not envelope.rcpt_tos or arg:
            await super().smtp_DATA(arg)  # aiosmtpd's own refusals (503, 501, ...)
            return
        # What its reception will hold in memory: a message past the spool threshold goes
        # to a file as it arrives.
        declared = _declared_size(envelope.mail_options) or UNDECLARED_SIZE
        self.charged = min(declared, self.spool_threshold)
        if not self.sessions.reserve(self.charged):
            get_logger(conn=self.conn_id, client=self.client_ip).warning(
                "data.deferred",
                size=self.charged,
                inflight=self.sessions.inflight,
                max_inflight=self.sessions.max_inflight,
            )
            self.sessions.metrics.deferred.inc()
            self.charged = 0
            await self.push(
                "452 4.3.1 The gateway has too much mail in progress; try again in a few minutes"
            )
            return
        try:
            if not await self.check_helo_needed() and not await self.check_auth_needed("DATA"):
                await self._receive()
        finally:
            self.sessions.release(self.charged)
            self.charged = 0

    async def _receive(self) -> None:
        """aiosmtpd's DATA reception (its smtp_DATA, 1.4), written into a `Spool` instead
        of a list of lines joined at the end: aiosmtpd holds a 10 MB message about three
        times over while it arrives, and has no hook to stream it elsewhere. Everything
        else is aiosmtpd's, in its order: the same 354, dot-unstuffing, `552` past
        `data_size_limit` and `500` for a line over `line_length_limit` (each answered
        only after the final "."), lines ending in a bare LF kept as they came (they are
        part of the next CRLF-ended line), the same handler hook (`handle_DATA`, which
        finds the message in `self.spool`) and the same state after it. It reads through
        aiosmtpd's StreamReader and writer (`_reader`, `_writer`), which have no public
        name."""
        await self.push("354 End data with <CR><LF>.<CR><LF>")
        spool = Spool(self.spool_threshold)
        limit = self.data_size_limit
        received = 0  # bytes as sent (dot-stuffed), which is what aiosmtpd limits
        refusal: str | None = None
        partial = False  # the line read so far has no CRLF yet (over the reader's limit)
        complete = False
        try:
            while self.transport is not None:
                try:
                    line = await self._reader.readuntil(b"\r\n")
                except asyncio.CancelledError:
                    self._writer.close()  # the connection is lost: nothing is answered
                    raise
                except asyncio.LimitOverrunError as exc:
                    refusal = refusal or "500 Line too long (see RFC5321 4.5.3.1.6)"
                    line = await self._reader.read(exc.consumed)
                if not partial and line == b".\r\n":
                    complete = True
                    break
                starts_line = not partial
                partial = not line.endswith(b"\r\n")
                received += len(line)
                if refusal is None and limit and received > limit:
                    refusal = "552 Error: Too much mail data"
                if refusal is not None:
                    spool.discard()  # read on to the final "." and answer then (RFC 5321 4.2.5)
                    continue
                spool.write(line[1:] if starts_line and line.startswith(b".") else line)
            spool.finish()
        except BaseException:
            spool.discard()
            raise
        if not complete or refusal is not None:
            spool.discard()
            self.envelope = self._create_envelope()  # as aiosmtpd leaves it after DATA
            if refusal is not None:
                await self.push(refusal)
            return
        # From here the message is the handler's (the pipeline removes its spool file once
        # the reply is decided, even if the client hangs up before).
        self.spool = spool
        try:
            status = await self.event_handler.handle_DATA(self, self.session, self.envelope)
        except Exception:
            spool.discard()  # a handler's bug (aiosmtpd answers it): no pipeline took it
            raise
        finally:
            self.spool = None
        self.envelope = self._create_envelope()  # as aiosmtpd leaves it after DATA
        await self.push(status)

    def recharge(self, size: int) -> None:
        """The message has arrived: count its real size from now on (the handler calls
        this at the end of DATA)."""
        self.sessions.inflight += size - self.charged
        self.charged = size

    # aiosmtpd takes `<a@b.example` (no '>') as if it were closed: the path's brackets
    # are checked here, where the command's text is at hand, and judged by the handler's
    # MAIL and RCPT hooks with the mailbox, after aiosmtpd's own checks (EHLO, AUTH...).
    @syntax("MAIL FROM: <address>", extended=" [SP <mail-parameters>]")  # for HELP
    async def smtp_MAIL(self, arg: str | None) -> None:
        self.path_problem = path_error(_after(arg, "FROM:"))
        await super().smtp_MAIL(arg)

    @syntax("RCPT TO: <address>", extended=" [SP <mail-parameters>]")
    async def smtp_RCPT(self, arg: str | None) -> None:
        self.path_problem = path_error(_after(arg, "TO:"))
        await super().smtp_RCPT(arg)

    def restart_command_timer(self) -> None:
        """Give the end-of-DATA work the whole `timeout`. aiosmtpd's per-command timer
        started at the DATA command and also ran while the client uploaded the message;
        aiosmtpd has no public way to restart it, so this is the one place that calls one
        of its private methods."""
        self._reset_timeout()

    def goodbye(self, text: str, code: str = "4.3.2") -> None:
        """Say `421 <code> <text>` (once) and close, outside the command loop."""
        transport = self.transport
        if transport is None or transport.is_closing():
            return
        if not self.said_bye and isinstance(transport, asyncio.WriteTransport):
            transport.write(f"421 {code} {text}\r\n".encode("ascii", "replace"))
        self.said_bye = True
        transport.close()


def _declared_size(mail_options: list[str]) -> int:
    """The SIZE= of MAIL FROM (RFC 1870), 0 when absent or not a number."""
    for option in mail_options:
        name, _, value = option.partition("=")
        if name.upper() == "SIZE" and value.isdigit():
            return int(value)
    return 0


# -- every command's argument checked first ---------------------------------------------

Command = Callable[[GatewaySMTP, str | None], Awaitable[None]]
# Commands that move nothing forward: they do not keep a session from being idle.
NO_PROGRESS = frozenset({"NOOP", "RSET", "HELP", "VRFY", "EXPN"})


def _checked(name: str, method: Command) -> Command:
    """`method` (aiosmtpd's smtp_<NAME>, or an override) behind `refuse_command`.
    functools.wraps keeps the attributes aiosmtpd's HELP reads."""

    @functools.wraps(method)
    async def command(self: GatewaySMTP, arg: str | None) -> None:
        refusal = refuse_command(arg)
        if refusal is not None:
            get_logger(conn=self.conn_id, client=self.client_ip).warning(
                "command.refused", command=name, reason=refusal[10:]
            )
            await self.push(refusal)
            return
        self.command_seen(name)
        if name != "DATA":
            await method(self, arg)
            return
        self.receiving = True
        try:
            await method(self, arg)
        finally:
            self.receiving = False
            self.last_active = time.monotonic()
            self._watch()  # a session past its time closes now, after its reply

    return command


# aiosmtpd dispatches to the smtp_<COMMAND> methods of the protocol class (its documented
# way to extend a command): each one, inherited or overridden above, is wrapped once here.
for _name in [n for n in dir(GatewaySMTP) if n.startswith("smtp_")]:
    setattr(GatewaySMTP, _name, _checked(_name[5:], getattr(GatewaySMTP, _name)))
