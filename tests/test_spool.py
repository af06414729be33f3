"""Large messages go to a spool file as they arrive, over a real socket: relayed byte for
byte, the file gone once the reply is written, aiosmtpd's DATA rules unchanged (dot-
unstuffing, the size limit, bare line feeds), a burst over the in-flight budget deferred
and delivered when sent again, and the files of a killed gateway removed at start."""

from __future__ import annotations

import asyncio
import os
import smtplib
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bench.memory import manual_pdf
from gateway.spool import PREFIX, clean_leftovers
from policies import load_policy
from tests.mail import ALIAS, ORDER, SELLER, default_policy, make_message
from tests.netutil import RunningGateway, Sink, SinkHandler, make_config
from tests.test_server import OTHER, send, strip_received

THRESHOLD_KB = 64
FORBIDDEN = "Leave us a 5-star review and get a free gift card!"
TEXT = "Hello, the manual you asked for is attached.\n.A line that starts with a dot\n..two\n"


def spool_files(directory: Path) -> list[Path]:
    return sorted(directory.glob(f"{PREFIX}*"))


class Watching(SinkHandler):
    """An upstream that notes the spool files present while it receives each message."""

    def __init__(self, directory: Path) -> None:
        super().__init__()
        self.directory = directory
        self.seen: list[list[Path]] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.seen.append(spool_files(self.directory))
        return await super().handle_DATA(server, session, envelope)


@pytest.fixture
def spool(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The spool directory (the system's temporary directory, here the test's own)."""
    directory = tmp_path / "spool"
    directory.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(directory))
    return directory


@pytest.fixture
def sink(spool: Path) -> Iterator[Sink]:
    s = Sink()
    s.handler = Watching(spool)
    s.controller.handler = s.handler
    s.start()
    yield s
    s.stop()


@pytest.fixture
def gateway(tmp_path: Path, sink: Sink) -> Iterator[RunningGateway]:
    config = make_config(tmp_path, sink.url, limits={"spool_threshold_kb": THRESHOLD_KB})
    gw = RunningGateway(config, default_policy()).start()
    yield gw
    gw.stop()


def large(kb: int) -> bytes:
    pdf = manual_pdf(kb * 1024)
    raw = make_message(TEXT, reply=True, attachments=[(pdf, "application/pdf", "manual.pdf")])
    assert b"\n.A line" in raw and len(raw) > kb * 1024
    return raw


def send_stuffed(port: int, stuffed: bytes) -> tuple[int, str]:
    """MAIL, RCPT and DATA with `stuffed` sent as it is (already dot-stuffed; its final
    ".\\r\\n" added here): bare line feeds reach the gateway unchanged."""
    with smtplib.SMTP("127.0.0.1", port, local_hostname="helpdesk.test", timeout=30) as c:
        c.ehlo()
        c.mail(SELLER)
        c.rcpt(ALIAS)
        c.putcmd("data")
        code, msg = c.getreply()
        if code != 354:
            return code, msg.decode()
        c.sock.sendall(stuffed + b".\r\n")
        code, msg = c.getreply()
        return code, msg.decode()


def stuff(raw: bytes) -> bytes:
    return raw.replace(b"\n.", b"\n..")


def test_a_large_message_is_spooled_relayed_byte_for_byte_and_its_file_removed(
    gateway: RunningGateway, sink: Sink, spool: Path
) -> None:
    raw = large(600)
    code, msg = send_stuffed(gateway.port, stuff(raw))
    assert code == 250, msg
    [got] = sink.messages
    assert strip_received(got.data) == raw  # dots unstuffed once, nothing else changed
    handler = sink.handler
    assert isinstance(handler, Watching)
    assert len(handler.seen[0]) == 1  # in a spool file while it was relayed
    assert spool_files(spool) == []  # and gone with the reply


def test_a_message_under_the_threshold_stays_in_memory(gateway: RunningGateway, sink: Sink) -> None:
    raw = make_message(TEXT, reply=True)
    code, msg = send_stuffed(gateway.port, stuff(raw))
    assert code == 250, msg
    assert strip_received(sink.messages[0].data) == raw
    handler = sink.handler
    assert isinstance(handler, Watching)
    assert handler.seen == [[]]  # never in a file


def test_bare_line_feeds_are_relayed_as_before(gateway: RunningGateway, sink: Sink) -> None:
    # aiosmtpd reads up to CRLF: a bare LF stays inside the line; the relay (aiosmtplib)
    # sends every line ending as CRLF. The same with the spool, past its threshold.
    whole = large(200)
    cut = 150_000  # past the threshold: in the spool file
    raw = whole[:cut].replace(b"\r\n", b"\n", 3) + whole[cut:].replace(b"\r\n", b"\n", 3)
    code, msg = send_stuffed(gateway.port, stuff(raw))
    assert code == 250, msg
    assert strip_received(sink.messages[0].data) == raw.replace(b"\r\n", b"\n").replace(
        b"\n", b"\r\n"
    )


def test_over_the_size_limit_after_spooling_is_552_and_leaves_no_file(
    tmp_path: Path, sink: Sink, spool: Path
) -> None:
    policy = load_policy("[limits]\nmax_message_bytes = 300000\n", source="small.toml")
    config = make_config(tmp_path, sink.url, limits={"spool_threshold_kb": THRESHOLD_KB})
    gw = RunningGateway(config, policy).start()
    try:
        code, msg = send_stuffed(gw.port, stuff(large(400)))
        assert code == 552 and msg.startswith("5.3.4"), msg
        assert spool_files(spool) == []
        raw = large(200)  # a near-miss under the limit, spooled too: relayed
        code, msg = send_stuffed(gw.port, stuff(raw))
        assert code == 250, msg
        assert strip_received(sink.messages[0].data) == raw
        assert spool_files(spool) == []
    finally:
        gw.stop()


def test_a_burst_over_the_budget_is_deferred_and_delivered_when_sent_again(
    tmp_path: Path, spool: Path
) -> None:
    # Budget 1 MiB, threshold 512 KiB: a spooled message counts for 512 KiB. Two are held
    # at a slow upstream; the third is deferred at DATA (452), then sent again: delivered.
    upstream = Sink()
    upstream.handler.data_delay = 2.0
    upstream.start()
    config = make_config(
        tmp_path, upstream.url, limits={"max_inflight_mb": 1, "spool_threshold_kb": 512}
    )
    gw = RunningGateway(config, default_policy()).start()
    raw = large(700)
    try:

        async def burst() -> list[tuple[int, str]]:
            return await asyncio.gather(
                *(asyncio.to_thread(send_stuffed, gw.port, stuff(raw)) for _ in range(3))
            )

        codes = sorted(code for code, _ in asyncio.run(burst()))
        assert codes == [250, 250, 452], codes
        code, msg = send_stuffed(gw.port, stuff(raw))
        assert code == 250, msg
        assert len(upstream.messages) == 3
        assert all(strip_received(m.data) == raw for m in upstream.messages)
        assert gw.app.sessions.inflight == 0
        assert spool_files(spool) == []
    finally:
        gw.stop()
        upstream.stop()


def test_the_spool_files_of_a_gateway_that_died_are_removed_at_start(spool: Path) -> None:
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    left = spool / f"{PREFIX}{dead.stdout.strip()}-abc"
    left.write_bytes(b"half a message")
    alive = spool / f"{PREFIX}{os.getppid()}-def"  # a running gateway's: kept
    alive.write_bytes(b"in flight")
    other = spool / "unrelated-file"
    other.write_bytes(b"not ours")
    assert clean_leftovers(spool) == 1
    assert not left.exists() and alive.exists() and other.exists()


def test_a_client_that_stalls_or_hangs_up_mid_data_leaves_no_spool_file(
    tmp_path: Path, sink: Sink, spool: Path
) -> None:
    limits = {
        "spool_threshold_kb": THRESHOLD_KB,
        "session_timeout": 2.0,
        "data_timeout": 1.5,
        "engine_timeout": 1.0,
        "idle_timeout": 2.0,
        "busy_idle_timeout": 1.0,
    }
    gw = RunningGateway(make_config(tmp_path, sink.url, limits=limits), default_policy()).start()
    half = stuff(large(300))[:200_000]  # past the threshold: in a spool file by now
    try:
        for hang_up in (False, True):
            c = smtplib.SMTP("127.0.0.1", gw.port, local_hostname="helpdesk.test", timeout=10)
            c.ehlo()
            c.mail(SELLER)
            c.rcpt(ALIAS)
            c.putcmd("data")
            assert c.getreply()[0] == 354
            c.sock.sendall(half)
            deadline = time.monotonic() + 5
            while not spool_files(spool) and time.monotonic() < deadline:
                time.sleep(0.02)
            assert len(spool_files(spool)) == 1
            if hang_up:
                c.close()
            else:  # aiosmtpd's timer for one command closes the connection
                assert c.sock.recv(1000) == b""
            deadline = time.monotonic() + 5
            while spool_files(spool) and time.monotonic() < deadline:
                time.sleep(0.02)
            assert spool_files(spool) == []
            c.close()
        assert sink.messages == []
        code, msg = send_stuffed(gw.port, stuff(large(300)))  # and mail still flows
        assert code == 250, msg
    finally:
        gw.stop()


def test_large_rewritten_and_blocked_messages_take_their_ways_from_the_spool(
    gateway: RunningGateway, sink: Sink, spool: Path
) -> None:
    pdf = (manual_pdf(300 * 1024), "application/pdf", "manual.pdf")
    html = (
        f"<p>Hello, about your order {ORDER}: the manual is attached.</p>"
        '<img src="https://cdn.seller.example/photo.png" width="300">'
    )
    dkim = {"DKIM-Signature": "v=1; a=rsa-sha256; d=seller.example; b=abc"}
    rewrite = make_message(text=TEXT, html=html, reply=True, headers=dkim, attachments=[pdf])
    code, msg = send(gateway.port, rewrite, [ALIAS, OTHER])
    assert code == 250, msg
    assert gateway.wait_for("message")[0]["verdict"] == "rewrite"
    rewritten = sink.to(ALIAS)[0].data  # the buyer: the sanitized copy, its DKIM gone
    assert b"DKIM-Signature" not in rewritten and strip_received(rewritten) != rewrite
    assert strip_received(sink.to(OTHER)[0].data) == rewrite  # the rest: the original
    assert spool_files(spool) == []

    sink.messages.clear()
    blocked = make_message(FORBIDDEN, reply=True, attachments=[pdf])
    code, msg = send(gateway.port, blocked, [ALIAS])
    assert code == 250 and "quarantine q-" in msg, msg
    assert sink.to(ALIAS) == [] and sink.to(SELLER)  # not sent; reported to the seller
    qid = gateway.wait_for("message", 2)[1]["quarantine_id"]
    item = gateway.call(gateway.app.store.quarantine_get(qid))  # type: ignore[union-attr]
    assert item.raw == blocked  # kept whole, as it came
    assert spool_files(spool) == []
