"""Telling others how the gateway is: readiness probes (for /readyz) and systemd's
notification protocol (for `Type=notify`).

`sd_notify` speaks the protocol directly (one datagram to the Unix socket named by
$NOTIFY_SOCKET, `@` = abstract namespace), so there is no dependency on libsystemd. With no
$NOTIFY_SOCKET (not started by systemd) it does nothing.

`bsm-gateway serve` sends:
- `READY=1` once the SMTP socket is bound and listening (and the metrics one, if any);
- `RELOADING=1` when SIGHUP arrives, then `READY=1` again whether the reload worked or not
  (a broken file leaves the old configuration in force), with a `STATUS=` line saying which;
- `STOPPING=1` when SIGTERM arrives, before the in-flight mail is drained.
"""

from __future__ import annotations

import asyncio
import os
import socket
from pathlib import Path
from typing import Any

from gateway.relay import MaildirUpstream, SmtpUpstream, Upstream
from gateway.store import Store, StoreError


def sd_notify(*states: str) -> bool:
    """Send `states` (e.g. 'READY=1', 'STATUS=…') to systemd; False if there is nobody to
    tell or the socket refused (never raises: readiness reporting must not stop mail)."""
    address = os.environ.get("NOTIFY_SOCKET", "")
    if not address or not states:
        return False
    if address.startswith("@"):
        address = "\0" + address[1:]
    elif not address.startswith("/"):
        return False  # vsock or something else this gateway does not speak
    payload = "\n".join(state.replace("\n", " ") for state in states).encode("utf-8")
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
            sock.connect(address)
            sock.sendall(payload)
    except OSError:
        return False
    return True


# -- readiness -----------------------------------------------------------------------------


class StoreProbe:
    """/readyz's store check: a heartbeat row written and committed within `timeout`.

    The write is never cancelled half-way (a BEGIN left open would wedge the store's one
    connection): a probe that overruns keeps running in the background, and the next
    check waits for it instead of queueing another write behind it."""

    def __init__(self) -> None:
        self._task: asyncio.Task[None] | None = None

    async def __call__(self, store: Store | None, timeout: float) -> str:
        if store is None:
            return "not open"
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(store.ping())
            self._task.add_done_callback(_consume)
        try:
            await asyncio.wait_for(asyncio.shield(self._task), timeout)
        except TimeoutError:
            return f"no write within {timeout:g} s (locked or slow disk?)"
        except StoreError as exc:
            return str(exc)
        return "ok"

    async def close(self) -> None:
        """Wait for a probe still running (before the store is closed)."""
        if self._task is not None and not self._task.done():
            await asyncio.wait([self._task], timeout=10.0)


def _consume(task: asyncio.Task[Any]) -> None:
    if not task.cancelled():
        task.exception()  # retrieved: a failure is reported by the check, not at exit


async def check_upstream(upstream: Upstream | None, timeout: float) -> str:
    """'ok' if the next hop would take mail: an SMTP smarthost takes a connection the way
    mail makes it (greeting, EHLO, STARTTLS or TLS with the same certificate check; no
    login, no message; then QUIT) within `timeout`; a Maildir's directory is writable."""
    if upstream is None:
        return "not set up"
    if isinstance(upstream, SmtpUpstream):
        try:
            async with asyncio.timeout(timeout):
                return await upstream.probe()
        except TimeoutError:
            return f"{upstream.describe()} did not answer within {timeout:g} s"
    if isinstance(upstream, MaildirUpstream):
        return _maildir_state(upstream.path)
    return "ok (not probed)"


class UpstreamProbe:
    """/readyz's upstream check (`check_upstream`), its answer reused for `ttl` seconds and
    never two at once: however often /readyz is asked (several scrapers, a load balancer,
    an orchestrator), the smarthost sees at most one connection (and TLS handshake) per
    `ttl` seconds from it."""

    def __init__(self) -> None:
        self._task: asyncio.Task[str] | None = None
        self._answer: tuple[float, str] | None = None

    async def __call__(self, upstream: Upstream | None, timeout: float, ttl: float) -> str:
        if not isinstance(upstream, SmtpUpstream):
            return await check_upstream(upstream, timeout)  # a Maildir costs nothing to check
        loop = asyncio.get_running_loop()
        if self._answer is not None and loop.time() - self._answer[0] < ttl:
            return self._answer[1]
        if self._task is None or self._task.done():
            self._task = loop.create_task(self._probe(upstream, timeout))
            self._task.add_done_callback(_consume)
        return await asyncio.shield(self._task)

    async def _probe(self, upstream: Upstream | None, timeout: float) -> str:
        answer = await check_upstream(upstream, timeout)
        self._answer = (asyncio.get_running_loop().time(), answer)
        return answer

    async def close(self) -> None:
        """Stop a probe still running (before the upstream is closed)."""
        if self._task is not None and not self._task.done():
            self._task.cancel()
            await asyncio.wait([self._task], timeout=2.0)


def _maildir_state(path: Path) -> str:
    probe = path
    while not probe.exists():  # the Maildir is created on first delivery: check its parent
        if probe.parent == probe:
            break
        probe = probe.parent
    if probe.is_dir() and os.access(probe, os.W_OK | os.X_OK):
        return "ok"
    return f"maildir:{path} is not writable"
