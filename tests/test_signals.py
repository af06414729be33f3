"""`bsm-gateway serve` as systemd runs it: SIGTERM drains, SIGHUP reloads, sd_notify says
when it is ready. A real process, real sockets on 127.0.0.1, an in-test slow smarthost."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import smtplib
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from tests.mail import ALIAS, ORDER, SELLER, make_message
from tests.netutil import SinkHandler, free_port
from tests.test_metrics import scrape, value
from tests.test_server import blocked_message, send

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent / "bsm-gateway"
COMPLIANT = f"Hello, about your order {ORDER}: the replacement ships tomorrow. Regards, Anna"


class SlowHandler(SinkHandler):
    """A smarthost that takes `delay` seconds to answer the final '.'."""

    def __init__(self, delay: float) -> None:
        super().__init__()
        self.delay = delay
        self.data_started = threading.Event()

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.data_started.set()
        await asyncio.sleep(self.delay)
        return await super().handle_DATA(server, session, envelope)


class SlowSink:
    def __init__(self, delay: float) -> None:
        self.handler = SlowHandler(delay)
        self.port = free_port()
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port)

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"

    def __enter__(self) -> SlowSink:
        self.controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.controller.stop()


class Served:
    """`bsm-gateway serve --config FILE` in a subprocess; its JSON log read by a thread."""

    def __init__(self, cwd: Path, config: Path, env: dict[str, str] | None = None) -> None:
        self.proc = subprocess.Popen(
            [str(BIN), "serve", "--config", str(config)],
            cwd=cwd,
            env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        self.lines: list[dict[str, Any]] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            if line.strip():
                self.lines.append(json.loads(line))

    def events(self, name: str) -> list[dict[str, Any]]:
        return [e for e in list(self.lines) if e.get("event") == name]

    def wait_for(self, name: str, count: int = 1, timeout: float = 30.0) -> list[dict[str, Any]]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.events(name)
            if len(found) >= count:
                return found
            if self.proc.poll() is not None:
                break
            time.sleep(0.02)
        err = self.proc.stderr.read().decode() if self.proc.poll() is not None else ""
        raise AssertionError(f"no {count} {name!r} events: {self.lines[-5:]} {err}")

    def signal(self, sig: signal.Signals) -> None:
        self.proc.send_signal(sig)

    def wait(self, timeout: float) -> int:
        code = self.proc.wait(timeout)
        self._reader.join(5)
        return code

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self._reader.join(5)
        if self.proc.stderr is not None:
            self.proc.stderr.close()


def write_config(tmp_path: Path, port: int, upstream: str, extra: str = "") -> Path:
    path = tmp_path / "gateway.toml"
    path.write_text(
        f'listen = "127.0.0.1:{port}"\nupstream = "{upstream}"\n'
        f'store = "sqlite:///{tmp_path}/state.db"\nhostname = "gw.test"\n{extra}',
        "utf-8",
    )
    return path


@pytest.fixture
def served() -> Iterator[list[Served]]:
    started: list[Served] = []
    yield started
    for s in started:
        s.stop()


def refused(port: int, within: float = 3.0) -> bool:
    """True once a connection to `port` is refused (the listener may close a moment after
    the `shutdown` event is written)."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=2).close()
        except ConnectionRefusedError:
            return True
        time.sleep(0.05)
    return False


class RawSession:
    """An SMTP client that reads exactly what the server writes (no smtplib retries)."""

    def __init__(self, port: int) -> None:
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=10)
        self.file = self.sock.makefile("rb")
        assert self.reply().startswith("220")

    def reply(self) -> str:
        lines = []
        while True:
            line = self.file.readline().decode()
            lines.append(line.strip())
            if len(line) < 4 or line[3] != "-":
                return "\n".join(lines)

    def command(self, text: str) -> str:
        self.sock.sendall(text.encode() + b"\r\n")
        return self.reply()

    def close(self) -> None:
        self.file.close()
        self.sock.close()


# -- SIGTERM ------------------------------------------------------------------------------


def test_sigterm_lets_in_flight_mail_finish_and_refuses_new_connections(
    tmp_path: Path, served: list[Served]
) -> None:
    port = free_port()
    with SlowSink(delay=2.0) as sink:
        config = write_config(tmp_path, port, sink.url, "[limits]\nshutdown_grace = 15.0\n")
        gw = Served(tmp_path, config)
        served.append(gw)
        gw.wait_for("startup")

        idle = RawSession(port)  # connected, between transactions
        assert idle.command("EHLO idle.test").startswith("250")
        started = RawSession(port)  # a transaction begun, no DATA yet
        assert started.command("EHLO started.test").startswith("250")
        assert started.command(f"MAIL FROM:<{SELLER}>").startswith("250")
        assert started.command(f"RCPT TO:<{ALIAS}>").startswith("250")

        result: list[tuple[int, str]] = []
        raw = make_message(text=COMPLIANT, reply=True)
        sender = threading.Thread(target=lambda: result.append(send(port, raw, [ALIAS])))
        sender.start()
        assert sink.handler.data_started.wait(15)  # the message is with the slow upstream

        gw.signal(signal.SIGTERM)
        gw.wait_for("shutdown.draining")
        assert refused(port)  # no new connections from now on
        assert idle.reply().startswith("421 4.3.2")  # told, then closed
        assert idle.file.read() == b""
        # The transaction already begun may finish.
        assert started.command("DATA").startswith("354")
        body = raw.replace(b"\r\n.", b"\r\n..") + b".\r\n"
        started.sock.sendall(body)
        assert started.reply().startswith("250 2.0.0"), "in-flight transaction cut"
        sender.join(15)
        assert result and result[0][0] == 250, result  # in flight at SIGTERM: delivered
        assert gw.wait(20) == 0
        idle.close()
        started.close()

    assert len(sink.handler.messages) == 2
    assert gw.events("shutdown") and not gw.events("shutdown.cut")
    assert [e["reply"][:3] for e in gw.events("message")] == ["250", "250"]


def test_sigterm_cuts_what_overruns_the_grace_period(tmp_path: Path, served: list[Served]) -> None:
    port = free_port()
    with SlowSink(delay=8.0) as sink:
        config = write_config(tmp_path, port, sink.url, "[limits]\nshutdown_grace = 1.0\n")
        gw = Served(tmp_path, config)
        served.append(gw)
        gw.wait_for("startup")
        session = RawSession(port)
        session.command("EHLO slow.test")
        session.command(f"MAIL FROM:<{SELLER}>")
        session.command(f"RCPT TO:<{ALIAS}>")
        session.command("DATA")
        session.sock.sendall(make_message(text=COMPLIANT, reply=True) + b".\r\n")
        assert sink.handler.data_started.wait(15)
        t0 = time.monotonic()
        gw.signal(signal.SIGTERM)
        assert gw.wait(20) == 0
        assert time.monotonic() - t0 < 6  # the grace period, not the upstream, decided
        reply = session.file.read().decode()
        assert not reply.startswith("250"), reply  # never a 250 for an unfinished relay
        session.close()
    [cut] = gw.events("shutdown.cut")
    assert len(cut["refs"]) == 1


# -- SIGHUP and sd_notify -------------------------------------------------------------------


class Notifications:
    """The $NOTIFY_SOCKET end of sd_notify: a datagram socket in the test's directory."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(str(path))
        self.sock.settimeout(30)

    def next(self) -> dict[str, str]:
        data = self.sock.recv(4096).decode()
        return dict(line.split("=", 1) for line in data.splitlines())

    def close(self) -> None:
        self.sock.close()


def _deliver(session: smtplib.SMTP, raw: bytes) -> tuple[int, str]:
    session.mail(SELLER)
    session.rcpt(ALIAS)
    code, msg = session.data(raw)
    return code, msg.decode()


def test_sighup_reloads_without_dropping_sessions_and_keeps_old_on_error(
    tmp_path: Path, served: list[Served]
) -> None:
    port, metrics = free_port(), free_port()
    policy = tmp_path / "policy.toml"
    policy.write_text('[rules."order.id_missing"]\naction = "block"\n')
    settings = (
        f'mode = "reject"\npolicy_file = "{policy}"\n[metrics]\nlisten = "127.0.0.1:{metrics}"\n'
    )
    notify = Notifications(tmp_path / "notify.sock")
    with SlowSink(delay=0.0) as sink:
        config = write_config(tmp_path, port, sink.url, settings)
        gw = Served(tmp_path, config, env={"NOTIFY_SOCKET": str(notify.path)})
        served.append(gw)

        ready = notify.next()
        assert ready["READY"] == "1" and ready["MAINPID"] == str(gw.proc.pid)
        socket.create_connection(("127.0.0.1", port), timeout=2).close()  # bound before READY
        assert f"127.0.0.1:{port}" in ready["STATUS"]

        session = smtplib.SMTP("127.0.0.1", port, local_hostname="helpdesk.test", timeout=30)
        session.ehlo()
        code, msg = _deliver(session, blocked_message())
        assert code == 550 and "order.id_missing" in msg

        # A good policy change: applies to the session that was open all along.
        policy.write_text('[rules."order.id_missing"]\naction = "off"\n')
        gw.signal(signal.SIGHUP)
        assert notify.next()["RELOADING"] == "1"
        assert notify.next() == {"READY": "1", "STATUS": "Configuration reloaded"}
        [reload] = gw.wait_for("reload")
        assert reload["policy"] == str(policy) and reload["restart_needed"] == []
        assert _deliver(session, blocked_message())[0] == 250
        assert len(sink.handler.messages) == 1

        # A broken policy file: refused, named, the previous one stays.
        policy.write_text('[rules."order.id_missing"]\naction = "explode"\n')
        gw.signal(signal.SIGHUP)
        assert notify.next()["RELOADING"] == "1"
        status = notify.next()
        assert status["READY"] == "1" and status["STATUS"].startswith("Reload failed")
        [failed] = gw.wait_for("reload.failed")
        assert str(policy) in failed["error"] and "order.id_missing" in failed["error"]
        assert _deliver(session, blocked_message())[0] == 250

        # A broken gateway config: the same.
        text = config.read_text()
        config.write_text(text.replace('mode = "reject"', 'mode = "drop"'))
        gw.signal(signal.SIGHUP)
        failed = gw.wait_for("reload.failed", 2)[1]
        assert failed["error"].startswith("mode:"), failed
        assert _deliver(session, blocked_message())[0] == 250

        # A setting that needs a restart is named, and the running value kept.
        policy.write_text('[rules."order.id_missing"]\naction = "off"\n')
        config.write_text(text.replace(f"127.0.0.1:{port}", f"127.0.0.1:{free_port()}"))
        gw.signal(signal.SIGHUP)
        second = gw.wait_for("reload", 2)[1]
        assert second["restart_needed"] == ["listen"]
        assert _deliver(session, blocked_message())[0] == 250
        assert len(sink.handler.messages) == 4

        m = scrape(metrics)
        assert value(m, "bsm_gateway_reloads_total", result="ok") == 2
        assert value(m, "bsm_gateway_reloads_total", result="failed") == 2

        gw.signal(signal.SIGTERM)
        while "STOPPING" not in notify.next():
            pass  # the RELOADING=1/READY=1 of the last two reloads come first
        assert gw.wait(20) == 0
        session.close()
    notify.close()
    assert not gw.events("error")
