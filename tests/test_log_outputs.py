"""The log, besides stdout, in a file and to syslog (`log_file`, `log_syslog`), with
`bsm-gateway serve` in a real process: the file follows a logrotate-style move (no signal
needed) and a SIGHUP; syslog gets each JSON line as one datagram on a Unix socket the test
binds (as /dev/log is); an output that stops working never stops mail."""

from __future__ import annotations

import json
import os
import signal
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from gateway.config import ConfigError, load_config
from tests.mail import ALIAS, ORDER, make_message
from tests.netutil import free_port
from tests.test_server import send
from tests.test_signals import Served, write_config

COMPLIANT = f"Hello, about your order {ORDER}: the replacement ships tomorrow. Regards, Anna"
QUICK = '[limits]\nengine_mode = "thread"\nengine_workers = 1\n'


@pytest.fixture
def served() -> Iterator[list[Served]]:
    started: list[Served] = []
    yield started
    for s in started:
        s.stop()


def file_events(path: Path, name: str | None = None) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    lines = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line]
    return [e for e in lines if name is None or e["event"] == name]


def wait_file(path: Path, name: str, count: int = 1, timeout: float = 10.0) -> list[Any]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = file_events(path, name)
        if len(found) >= count:
            return found
        time.sleep(0.02)
    raise AssertionError(f"no {count} {name!r} in {path}: {file_events(path)[-3:]}")


def relay_one(port: int, n: int) -> None:
    raw = make_message(text=COMPLIANT, reply=True, headers={"X-Seq": str(n)})
    code, reply = send(port, raw, [ALIAS])
    assert code == 250, reply


def test_log_file_follows_logrotate(tmp_path: Path, served: list[Served]) -> None:
    log = tmp_path / "log" / "gateway.log"
    log.parent.mkdir()
    port = free_port()
    extra = f'log_file = "{log}"\n{QUICK}'
    gw = Served(tmp_path, write_config(tmp_path, port, f"maildir:{tmp_path}/out", extra))
    served.append(gw)
    [startup] = gw.wait_for("startup")
    assert wait_file(log, "startup") == [startup]  # the same line in both places
    assert startup["log_file"] == str(log)

    relay_one(port, 1)
    [first] = wait_file(log, "message")
    assert gw.wait_for("message")[0] == first

    # logrotate (without copytruncate): move the file away; the next line makes a new one.
    rotated = log.with_name("gateway.log.1")
    log.rename(rotated)
    relay_one(port, 2)
    [second] = wait_file(log, "message")
    assert second["ref"] != first["ref"]
    assert [e["ref"] for e in file_events(rotated, "message")] == [first["ref"]]

    # SIGHUP (logrotate's postrotate, or `systemctl reload`) opens it again too.
    log.rename(log.with_name("gateway.log.2"))
    gw.signal(signal.SIGHUP)
    [reload] = wait_file(log, "reload")
    assert reload["event"] == "reload" and not file_events(log, "message")
    assert len(gw.events("message")) == 2  # stdout has everything


def test_syslog_gets_json_lines_on_a_unix_socket(tmp_path: Path, served: list[Served]) -> None:
    path = tmp_path / "log.sock"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(str(path))
    sock.settimeout(10)
    try:
        port = free_port()
        extra = f'log_syslog = "{path}"\nlog_syslog_facility = "local3"\n{QUICK}'
        config = write_config(tmp_path, port, f"maildir:{tmp_path}/out", extra)
        gw = Served(tmp_path, config)
        served.append(gw)
        gw.wait_for("startup")
        relay_one(port, 1)
        gw.wait_for("message")
        config.write_text(config.read_text() + "lisen = 'typo'\n")
        gw.signal(signal.SIGHUP)
        gw.wait_for("reload.failed")

        received: dict[str, tuple[int, dict[str, Any]]] = {}
        tag = f"bsm-gateway[{gw.proc.pid}]: "
        while not {"startup", "message", "reload.failed"} <= set(received):
            datagram = sock.recv(65536).decode("utf-8")
            head, sep, line = datagram.partition(tag)
            assert sep and head.startswith("<") and head.endswith(">"), datagram[:80]
            assert line == line.strip() and "\n" not in line  # one JSON line, no NUL
            event = json.loads(line)
            received[event["event"]] = (int(head[1:-1]), event)
        local3 = 19 * 8
        assert received["startup"][0] == local3 + 6  # info
        assert received["message"][0] == local3 + 6
        assert received["reload.failed"][0] == local3 + 3  # error
        assert received["message"][1] == gw.events("message")[0]
        assert "lisen" in received["reload.failed"][1]["error"]
    finally:
        sock.close()


def test_an_output_that_fails_does_not_stop_mail(tmp_path: Path, served: list[Served]) -> None:
    """The syslog socket goes away (syslog restarted): mail goes on, one event says so on
    stdout, and lines reach syslog again once it is back."""
    path = tmp_path / "log.sock"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(str(path))
    sock.settimeout(10)
    port = free_port()
    extra = f'log_syslog = "{path}"\n{QUICK}'
    gw = Served(tmp_path, write_config(tmp_path, port, f"maildir:{tmp_path}/out", extra))
    served.append(gw)
    try:
        gw.wait_for("startup")
        sock.close()
        os.unlink(path)
        relay_one(port, 1)
        relay_one(port, 2)
        gw.wait_for("message", 2)
        [failed] = gw.events("log.output_failed")
        assert failed["level"] == "error" and failed["output"] == f"syslog:{path}"
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        sock.bind(str(path))
        sock.settimeout(10)
        relay_one(port, 3)
        while json.loads(sock.recv(65536).decode().partition(": ")[2])["event"] != "message":
            pass
        assert gw.proc.poll() is None and len(gw.events("log.output_failed")) == 1
    finally:
        sock.close()
    gw.signal(signal.SIGTERM)
    assert gw.wait(20) == 0
    assert gw.proc.stderr is not None
    assert gw.proc.stderr.read() == b""  # no "--- Logging error ---" traceback


def test_an_output_that_cannot_open_stops_the_start(tmp_path: Path, served: list[Served]) -> None:
    port = free_port()
    extra = f'log_file = "{tmp_path}/missing/gateway.log"\n{QUICK}'
    gw = Served(tmp_path, write_config(tmp_path, port, f"maildir:{tmp_path}/out", extra))
    served.append(gw)
    assert gw.wait(20) == 69
    assert gw.proc.stderr is not None
    err = gw.proc.stderr.read().decode()
    assert err.startswith("bsm-gateway: cannot open the log file ") and "missing" in err, err


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('log_syslog = "loghost"', "log_syslog: expected a Unix socket path"),
        ('log_syslog = "/dev/log"\nlog_syslog_facility = "mial"', "log_syslog_facility: "),
        ('log_file = ""', "log_file: "),
    ],
)
def test_log_settings_name_the_key(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "gw.toml"
    path.write_text(text + "\n")
    with pytest.raises(ConfigError) as err:
        load_config(str(path), {})
    assert str(err.value).startswith(message), err.value
