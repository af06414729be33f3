"""Idle and total session time over real sockets on 127.0.0.1: a NOOP loop cannot keep a
session, a session past its time ends after its transaction (never in the middle of one),
and idle connections cannot lock their address out while it is at its session cap."""

from __future__ import annotations

import select
import time
from pathlib import Path
from typing import Any

from tests.mail import ALIAS, SELLER, default_policy, make_message
from tests.netutil import RunningGateway, Sink, make_config
from tests.test_server import COMPLIANT, send
from tests.test_server_hygiene import FAST_START, Raw

MESSAGE = make_message(text=COMPLIANT, reply=True)


def start(tmp_path: Path, sink: Sink, **limits: Any) -> RunningGateway:
    limits = {**FAST_START, **limits}
    return RunningGateway(make_config(tmp_path, sink.url, limits=limits), default_policy()).start()


def until_closed(c: Raw, command: bytes, every: float, within: float) -> tuple[str, float]:
    """Send `command` every `every` seconds until the server says 421 or hangs up: (its
    last reply, seconds it took)."""
    t0 = time.monotonic()
    reply = ""
    while time.monotonic() - t0 < within:
        try:
            reply = c.command(command)
        except OSError:
            break
        if not reply.startswith("250"):
            break
        time.sleep(every)
    return reply, time.monotonic() - t0


def hung_up(c: Raw) -> bool:
    """Whether the server closed the connection: end of stream, or a reset (a NOOP the
    client sent just as the server said 421 and closed is left unread, and the kernel
    answers it with a reset)."""
    try:
        return c.file.readline() == b""
    except ConnectionResetError:
        return True


def test_a_noop_loop_cannot_keep_a_session_but_real_work_can(tmp_path: Path, sink: Sink) -> None:
    gw = start(tmp_path, sink, idle_timeout=1.0, busy_idle_timeout=0.5, max_session_time=20.0)
    try:
        c = Raw(gw.port)
        assert c.command(b"EHLO helpdesk.test").startswith("250")
        reply, took = until_closed(c, b"NOOP", every=0.25, within=6.0)
        assert reply.startswith("421 4.4.2 gw.test Idle too long"), reply
        assert 0.9 <= took < 2.5, took
        assert hung_up(c)
        c.close()
        [event] = gw.wait_for("connection.timeout")
        assert event["reason"] == "idle"

        # Near miss: commands that do something, each within the idle time, and a DATA
        # upload that lasts longer than it: the message goes through.
        c = Raw(gw.port)
        for line in (
            b"EHLO helpdesk.test",
            f"MAIL FROM:<{SELLER}>".encode(),
            f"RCPT TO:<{ALIAS}>".encode(),
        ):
            time.sleep(0.6)
            assert c.command(line).startswith("250"), line
        assert c.command(b"DATA").startswith("354")
        for chunk in (MESSAGE[:100], MESSAGE[100:200], MESSAGE[200:]):
            time.sleep(0.6)
            c.sock.sendall(chunk)
        c.sock.sendall(b"\r\n.\r\n")
        assert c.reply().startswith("250 2.0.0"), "upload cut"
        assert c.command(b"QUIT").startswith("221")
        c.close()
        assert len(sink.messages) == 1
    finally:
        gw.stop()


def test_a_session_ends_at_its_time_limit_after_the_transaction_in_progress(
    tmp_path: Path, sink: Sink
) -> None:
    gw = start(tmp_path, sink, idle_timeout=1.0, busy_idle_timeout=0.5, max_session_time=2.0)
    try:
        c = Raw(gw.port)
        t0 = time.monotonic()
        assert c.command(b"EHLO helpdesk.test").startswith("250")
        while time.monotonic() - t0 < 1.5:  # mail, mail, mail: activity all along
            assert c.command(f"MAIL FROM:<{SELLER}>".encode()).startswith("250")
            assert c.command(f"RCPT TO:<{ALIAS}>".encode()).startswith("250")
            assert c.data(MESSAGE).startswith("250")
        assert c.command(f"MAIL FROM:<{SELLER}>".encode()).startswith("250")
        assert c.command(f"RCPT TO:<{ALIAS}>".encode()).startswith("250")
        assert c.command(b"DATA").startswith("354")
        while time.monotonic() - t0 < 2.6:  # the upload runs past the limit
            c.sock.sendall(b"X-Padding: slow upload\r\n")
            time.sleep(0.2)
        c.sock.sendall(MESSAGE + b"\r\n.\r\n")
        assert c.reply().startswith("250 2.0.0")  # the transaction in progress finishes
        bye = c.reply()  # then the session ends, without waiting for another command
        assert bye.startswith("421 4.4.2 gw.test Session time limit reached"), bye
        assert time.monotonic() - t0 < 4.0
        c.close()
        delivered = len(sink.messages)
        assert (
            delivered >= 2 and gw.wait_for("connection.timeout")[0]["reason"] == "max_session_time"
        )
    finally:
        gw.stop()


def test_idle_connections_do_not_lock_their_address_out(tmp_path: Path, sink: Sink) -> None:
    gw = start(tmp_path, sink, idle_timeout=30.0, busy_idle_timeout=1.5)
    idle: list[Raw] = []
    try:
        for _ in range(50):  # the default cap per address
            idle.append(Raw(gw.port))
            assert idle[-1].greeting.startswith("220")
        # Near miss: sessions that just arrived are not closed to make room.
        c = Raw(gw.port)
        assert c.greeting.startswith("421 4.3.2") and "too many sessions" in c.greeting
        c.close()
        # Another address is not affected.
        c = Raw(gw.port, source="127.0.0.2")
        assert c.greeting.startswith("220")
        c.close()

        time.sleep(1.6)  # now idle for the busy timeout: the longest-idle one makes room
        code, msg = send(gw.port, MESSAGE, [ALIAS])
        assert code == 250, msg
        gw.wait_for("connection.timeout")
        readable, _, _ = select.select([s.sock for s in idle], [], [], 1.0)
        closed = [s.file.readline() for s in idle if s.sock in readable]
        assert len(closed) == 1 and closed[0].startswith(
            b"421 4.4.2 gw.test Idle too long while"
        ), closed
        assert gw.wait_for("connection.timeout")[0]["reason"] == "busy"
    finally:
        for s in idle:
            s.close()
        gw.stop()
