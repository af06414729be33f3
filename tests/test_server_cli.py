"""`bsm-gateway serve`, `quarantine`, `check-config`, `hash-password` as a user runs them."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from gateway.cli import main
from gateway.config import verify_password
from gateway.store import Store
from gateway.store.base import utc_now
from tests.mail import ALIAS, ORDER, SELLER, make_message
from tests.netutil import free_port, wait_port
from tests.test_server import blocked_message, send

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent / "bsm-gateway"
COMPLIANT = f"Hello, about your order {ORDER}: the replacement ships tomorrow. Regards, Anna"


def _serve(cwd: Path, *args: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [str(BIN), "serve", *args],
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def test_serve_on_embedded_defaults_delivers_into_the_outbox(tmp_path: Path) -> None:
    port = free_port()
    proc = _serve(tmp_path, "--listen", f"127.0.0.1:{port}")
    try:
        wait_port(port, timeout=30, proc=proc)
        code, msg = send(port, make_message(text=COMPLIANT, reply=True), [ALIAS])
        assert code == 250, msg
        code, msg = send(port, blocked_message(), [ALIAS])
        assert code == 250 and "quarantine q-" in msg, msg
    finally:
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err.decode()
    delivered = sorted((tmp_path / "var" / "outbox" / "new").iterdir())
    assert len(delivered) == 2  # the reply, and the report to the sender
    assert any(f"Delivered-To: {ALIAS}".encode() in p.read_bytes() for p in delivered)
    assert any(f"Delivered-To: {SELLER}".encode() in p.read_bytes() for p in delivered)
    assert (tmp_path / "var" / "state.db").exists()
    events = [json.loads(line) for line in out.decode().splitlines()]
    names = [e["event"] for e in events]
    assert names[0] == "startup" and names[-1] == "shutdown"
    messages = [e for e in events if e["event"] == "message"]
    assert [m["verdict"] for m in messages] == ["pass", "block"]
    assert all(m["reply"].startswith("250") for m in messages)


def test_serve_refuses_to_be_an_open_relay(tmp_path: Path) -> None:
    proc = _serve(tmp_path, "--listen", "0.0.0.0:2525")
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 78
    assert b"open relay" in err and out == b""


def test_serve_reports_a_busy_port(tmp_path: Path) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        proc = _serve(tmp_path, "--listen", f"127.0.0.1:{port}")
        _, err = proc.communicate(timeout=30)
    assert proc.returncode == 69 and b"cannot listen" in err


def _seed(url: str) -> str:
    async def put() -> str:
        store = await Store.open(url)
        try:
            verdict = {
                "verdict": "block",
                "findings": [
                    {
                        "rule": "order.id_missing",
                        "action": "block",
                        "message": "Add the order id.",
                        "location": "subject",
                        "evidence": "A question",
                    }
                ],
            }
            return await store.quarantine_put("ref1", blocked_message(), SELLER, [ALIAS], verdict)
        finally:
            await store.close()

    return asyncio.run(put())


def test_quarantine_list_show_delete(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path}/state.db"
    qid = _seed(url)
    assert main(["quarantine", "--store", url, "list"]) == 0
    out = capsys.readouterr().out
    assert qid in out and "order.id_missing" in out and ALIAS in out
    assert main(["quarantine", "--store", url, "list", "--format", "json"]) == 0
    row = json.loads(capsys.readouterr().out.splitlines()[0])
    assert row["id"] == qid and row["rules"] == ["order.id_missing"]
    assert main(["quarantine", "--store", url, "show", qid]) == 0
    out = capsys.readouterr().out
    assert "Add the order id." in out and "A question" in out
    assert main(["quarantine", "--store", url, "delete", qid]) == 0
    assert main(["quarantine", "--store", url, "show", qid]) == 1
    assert "no quarantined message" in capsys.readouterr().err


def test_quarantine_release_refuses_then_forces(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/state.db"
    qid = _seed(url)
    config = tmp_path / "gw.toml"
    log = tmp_path / "log" / "gateway.log"
    log.parent.mkdir()
    config.write_text(f'store = "{url}"\nupstream = "maildir:{tmp_path}/out"\nlog_file = "{log}"\n')
    env = {**os.environ, "PYTHONPATH": str(ROOT), "USER": "anna"}
    run = subprocess.run(
        [str(BIN), "quarantine", "--config", str(config), "release", qid],
        capture_output=True,
        env=env,
        timeout=60,
    )
    assert run.returncode != 0 and not (tmp_path / "out").exists()
    run = subprocess.run(
        [str(BIN), "quarantine", "--config", str(config), "release", qid, "--force"],
        capture_output=True,
        env=env,
        timeout=60,
    )
    assert run.returncode == 0, run.stderr.decode()
    assert len(list((tmp_path / "out" / "new").iterdir())) == 1
    # --force a second time: refused, never a second delivery
    run = subprocess.run(
        [str(BIN), "quarantine", "--config", str(config), "release", qid, "--force"],
        capture_output=True,
        env=env,
        timeout=60,
    )
    assert run.returncode == 2 and b"already released" in run.stdout, run
    assert len(list((tmp_path / "out" / "new").iterdir())) == 1
    # each release is an event in the gateway's log (log_file), not only on stderr
    events = [json.loads(line) for line in log.read_text("utf-8").splitlines()]
    releases = [e for e in events if e["event"] == "quarantine.release"]
    assert [(e["outcome"], e["forced"], e["who"]) for e in releases] == [
        ("refused", False, "anna"),
        ("released", True, "anna"),
        ("refused", True, "anna"),
    ]
    assert all(e["qid"] == qid for e in releases)
    assert b'"event": "quarantine.release"' in run.stderr  # the operator sees it too

    async def released() -> tuple[str | None, bool]:
        store = await Store.open(url)
        try:
            item = await store.quarantine_get(qid)
            assert item is not None
            return item.released_by, item.forced
        finally:
            await store.close()

    assert asyncio.run(released()) == ("anna", True)


def test_check_config_and_hash_password(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check-config", "--config", str(ROOT / "gateway" / "gateway.example.toml")]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["listen"] == "127.0.0.1:2525" and shown["mode"] == "bounce"
    bad = tmp_path / "bad.toml"
    bad.write_text('mode = "drop"\n')
    with pytest.raises(SystemExit) as exit_:
        main(["check-config", "--config", str(bad)])
    assert exit_.value.code == 78 and "mode" in capsys.readouterr().err
    run = subprocess.run(
        [str(BIN), "hash-password"],
        input=b"s3cret\n",
        capture_output=True,
        timeout=30,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    hashed = run.stdout.decode().strip()
    assert run.returncode == 0 and verify_password(hashed, b"s3cret")


def test_quarantine_purge_older_than(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path}/state.db"

    async def seed() -> tuple[str, str]:
        old = await Store.open(url, clock=lambda: utc_now() - timedelta(days=40))
        try:
            stale = await old.quarantine_put("r-old", blocked_message(), SELLER, [ALIAS], {})
        finally:
            await old.close()
        new = await Store.open(url)
        try:
            fresh = await new.quarantine_put("r-new", blocked_message(), SELLER, [ALIAS], {})
        finally:
            await new.close()
        return stale, fresh

    stale, fresh = asyncio.run(seed())
    assert main(["quarantine", "--store", url, "purge", "--older-than", "30"]) == 0
    assert capsys.readouterr().out.strip() == "Deleted 1 quarantined message older than 30 days."
    assert main(["quarantine", "--store", url, "show", stale]) == 1
    assert main(["quarantine", "--store", url, "show", fresh]) == 0
    capsys.readouterr()
    # Near miss: an age the old one has not reached deletes nothing.
    assert main(["quarantine", "--store", url, "purge", "--older-than", "45"]) == 0
    assert "Deleted 0 quarantined messages" in capsys.readouterr().out
    with pytest.raises(SystemExit) as bad:
        main(["quarantine", "--store", url, "purge", "--older-than", "a month"])
    assert bad.value.code == 64  # EX_USAGE
    assert "expected a number of days" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["quarantine", "--store", url, "purge"])  # the age is required


def _into_closed_pipe(*args: str) -> subprocess.CompletedProcess[bytes]:
    """Run the CLI with stdout a pipe nobody reads any more (`... | head` after head quit)."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        return subprocess.run(
            [str(BIN), *args],
            stdout=write_end,
            stderr=subprocess.PIPE,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            timeout=60,
        )
    finally:
        os.close(write_end)


def test_output_into_a_closed_pipe_stops_quietly(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/state.db"
    _seed(url)
    for args in (["rules"], ["quarantine", "--store", url, "list"]):
        run = _into_closed_pipe(*args)
        assert run.stderr == b"", run.stderr.decode()  # no BrokenPipeError traceback
        assert run.returncode == 141  # what a shell reports for a process ended by SIGPIPE
    # near miss: an ordinary pipe that is read to the end still gets everything, status 0
    run = subprocess.run(
        [str(BIN), "rules"],
        capture_output=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=60,
    )
    assert run.returncode == 0 and b"purpose.marketing" in run.stdout and run.stderr == b""


def test_every_line_serve_writes_is_json(tmp_path: Path) -> None:
    """AUTH (aiosmtpd warns about its own deprecated Session.login_data on each login) and a
    damaged PDF (pypdf logs warnings from the engine worker): no plain-text line anywhere."""
    import re
    import smtplib

    from bench.corpus import text_pdf
    from gateway.config import hash_password

    port = free_port()
    config = tmp_path / "gw.toml"
    config.write_text(
        f'listen = "127.0.0.1:{port}"\nupstream = "maildir:{tmp_path}/out"\n'
        f'store = "sqlite:///{tmp_path}/state.db"\n'
        f'[auth.users]\nanna = "{hash_password("s3cret")}"\n'
    )
    pdf = re.sub(rb"startxref\s+\d+", b"startxref\n99", text_pdf("Your invoice"))
    raw = make_message(
        text=COMPLIANT, reply=True, attachments=[(pdf, "application/pdf", "invoice.pdf")]
    )
    proc = _serve(tmp_path, "--config", str(config))
    try:
        wait_port(port, timeout=30, proc=proc)
        with smtplib.SMTP("127.0.0.1", port, timeout=30) as client:
            client.login("anna", "s3cret")
            assert client.sendmail(SELLER, [ALIAS], raw) == {}
    finally:
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err.decode()
    lines = [line for line in (out + err).decode().splitlines() if line.strip()]
    events = [json.loads(line) for line in lines]  # fails on the first plain-text line
    assert not any("login_data" in line for line in lines)
    names = {e["event"] for e in events}
    assert {"startup", "auth", "message", "shutdown"} <= names
    pypdf = [e for e in events if e["event"].startswith("pypdf")]
    assert pypdf and all(e["level"] == "warning" and e["msg"] for e in pypdf), names
