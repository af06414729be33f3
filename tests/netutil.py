"""Network test helpers: free ports, an in-test aiosmtpd sink, Postfix's smtp-sink as a
subprocess (fault injection), and the gateway running in a background thread.

Everything listens on 127.0.0.1 only; processes are stopped by their own pid.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller

from gateway import logs
from gateway.app import Gateway
from gateway.config import GatewayConfig, Limits
from gateway.relay import Upstream
from policies import Policy

SMTP_SINK = shutil.which("smtp-sink") or "/usr/sbin/smtp-sink"
SMTP_SOURCE = shutil.which("smtp-source") or "/usr/sbin/smtp-source"
SWAKS = shutil.which("swaks")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def stop_process(proc: subprocess.Popen[bytes] | None, wait: float) -> None:
    """SIGTERM to a process the test started, by its pid; SIGKILL if it is still there
    after `wait` seconds."""
    if proc is not None and proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(wait)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def wait_port(
    port: int, timeout: float = 10.0, proc: subprocess.Popen[bytes] | None = None
) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            err = proc.stderr.read().decode() if proc.stderr else ""
            raise TimeoutError(f"{proc.args!r} exited with {proc.returncode}: {err}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.02)
    raise TimeoutError(f"nothing listening on 127.0.0.1:{port}")


# -- in-test aiosmtpd sink ----------------------------------------------------------------


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes


@dataclass
class SinkHandler:
    """Accepts everything except recipients containing `refuse` (550) or `later` (450),
    and the addresses in `defer` (451, until the test takes them out)."""

    messages: list[Received] = field(default_factory=list)
    sessions: int = 0
    defer: set[str] = field(default_factory=set)
    data_delay: float = 0.0  # seconds before answering the end of DATA
    data_fail: int = 0  # how many more ends of DATA to answer 451

    async def handle_EHLO(
        self, server: Any, session: Any, envelope: Any, hostname: str, responses: list[str]
    ) -> list[str]:
        self.sessions += 1
        session.host_name = hostname
        return responses

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        if address in self.defer:
            return "451 4.3.0 Temporarily unavailable, try again later"
        if "refuse" in address:
            return "550 5.1.1 No such user here"
        if "later" in address:
            return "450 4.2.1 Mailbox busy, try later"
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.data_delay:
            await asyncio.sleep(self.data_delay)
        if self.data_fail > 0:
            self.data_fail -= 1
            return "451 4.3.0 Queue full, try again later"
        self.messages.append(
            Received(envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content)
        )
        return "250 2.0.0 Ok: queued"


class Sink:
    """An aiosmtpd server in its own thread that keeps what it receives."""

    def __init__(self) -> None:
        self.handler = SinkHandler()
        self.port = free_port()
        self.controller = Controller(
            self.handler, hostname="127.0.0.1", port=self.port, server_hostname="sink.test"
        )

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"

    @property
    def messages(self) -> list[Received]:
        return self.handler.messages

    def start(self) -> Sink:
        self.controller.start()
        return self

    def stop(self) -> None:
        self.controller.stop()

    def to(self, address: str) -> list[Received]:
        return [m for m in self.messages if address in m.rcpt_tos]


# -- Postfix smtp-sink --------------------------------------------------------------------


class SmtpSink:
    """`smtp-sink` with fault-injection options, dumping each message to a directory."""

    def __init__(self, *options: str) -> None:
        self.port = free_port()
        self.dir = Path(tempfile.mkdtemp(prefix="smtp-sink-"))
        os.chmod(self.dir, 0o777)
        self.options = list(options)
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"

    def start(self) -> SmtpSink:
        cmd = [SMTP_SINK, "-d", f"{self.dir}/%H%M%S.", *self.options]
        if os.getuid() == 0:
            cmd += ["-u", "nobody"]
        cmd += [f"127.0.0.1:{self.port}", "64"]
        self.proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            wait_port(self.port, proc=self.proc)
        except TimeoutError:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        stop_process(self.proc, 5)
        shutil.rmtree(self.dir, ignore_errors=True)

    def messages(self) -> list[bytes]:
        """The dumped transactions (smtp-sink's X-* envelope lines, then the message)."""
        return [p.read_bytes() for p in sorted(self.dir.rglob("*")) if p.is_file()]


# -- the gateway in a thread ----------------------------------------------------------------


class LogCapture:
    """A stream for structlog that keeps the JSON lines (written from the gateway thread)."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self._lock = threading.Lock()

    def write(self, text: str) -> int:
        with self._lock:
            self.lines.extend(line for line in text.splitlines() if line.strip())
        return len(text)

    def flush(self) -> None:
        return None

    def events(self, name: str | None = None) -> list[dict[str, Any]]:
        with self._lock:
            parsed = [json.loads(line) for line in self.lines]
        return [e for e in parsed if name is None or e.get("event") == name]


def make_config(tmp: Path, upstream: str, **settings: Any) -> GatewayConfig:
    limits = Limits(
        session_timeout=30.0,
        data_timeout=20.0,
        engine_timeout=10.0,
        upstream_timeout=5.0,
        upstream_connect_timeout=3.0,
        shutdown_grace=5.0,
    )
    for key, value in settings.pop("limits", {}).items():
        setattr(limits, key, value)
    config = GatewayConfig(
        listen_host="127.0.0.1",
        listen_port=0,
        upstream=upstream,
        store=f"sqlite:///{tmp}/state.db",
        hostname="gw.test",
        limits=limits,
    )
    for key, value in settings.items():
        setattr(config, key, value)
    return config


class RunningGateway:
    """The gateway (gateway.app.Gateway) on its own event loop in a background thread."""

    def __init__(
        self, config: GatewayConfig, policy: Policy, *, upstream: Upstream | None = None
    ) -> None:
        self.log = LogCapture()
        logs.configure("debug", stream=self.log)  # type: ignore[arg-type]
        self.app = Gateway(config, policy, upstream=upstream)
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)

    @property
    def port(self) -> int:
        return self.app.port

    def call(self, coro: Any, timeout: float = 30.0) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    def start(self) -> RunningGateway:
        self.thread.start()
        self.call(self.app.start())
        return self

    def stop(self) -> None:
        try:
            self.call(self.app.stop())
        finally:
            self.loop.call_soon_threadsafe(self.loop.stop)
            self.thread.join(10)
            self.loop.close()

    def wait_for(self, event: str, count: int = 1, timeout: float = 10.0) -> list[dict[str, Any]]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.log.events(event)
            if len(found) >= count:
                return found
            time.sleep(0.02)
        raise AssertionError(f"no {count} {event!r} events; log: {self.log.lines[-5:]}")
