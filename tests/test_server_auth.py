"""AUTH over real sockets on 127.0.0.1 and 127.0.0.2: failed logins are limited per client
address across sessions, with a growing wait, counted in /metrics; a user name that does
not exist takes as long to refuse as a wrong password for one that does."""

from __future__ import annotations

import base64
import smtplib
import statistics
import time
from pathlib import Path

import pytest

from gateway.auth import dummy_hash
from gateway.config import hash_password, parse_hash
from tests.mail import ALIAS, SELLER, default_policy, make_message
from tests.netutil import RunningGateway, Sink, make_config
from tests.test_metrics import scrape, value
from tests.test_server import COMPLIANT
from tests.test_server_hygiene import FAST_START

USER, PASSWORD = "helpdesk", "correct horse battery staple"


@pytest.fixture(scope="module")
def password_hash() -> str:
    return hash_password(PASSWORD)


def start(tmp_path: Path, sink: Sink, password_hash: str, **limits: float) -> RunningGateway:
    limits = {**FAST_START, **limits}
    config = make_config(tmp_path, sink.url, auth_users={USER: password_hash}, limits=limits)
    config.metrics.host, config.metrics.port = "127.0.0.1", 0
    return RunningGateway(config, default_policy()).start()


def auth(port: int, user: str, password: str, source: str = "127.0.0.1") -> tuple[int, str, float]:
    """One AUTH PLAIN in a new session from `source`: (code, text, seconds it took)."""
    with smtplib.SMTP(
        "127.0.0.1", port, local_hostname="helpdesk.test", timeout=10, source_address=(source, 0)
    ) as c:
        c.ehlo()
        blob = base64.b64encode(f"\0{user}\0{password}".encode()).decode()
        t0 = time.perf_counter()
        code, msg = c.docmd("AUTH", f"PLAIN {blob}")
        took = time.perf_counter() - t0
        if code == 235:  # logged in: the session can send
            assert c.mail(SELLER)[0] == 250 and c.rcpt(ALIAS)[0] == 250
            assert c.data(make_message(text=COMPLIANT, reply=True))[0] == 250
        return code, msg.decode(), took


def test_failed_logins_are_limited_per_address_across_sessions(
    tmp_path: Path, sink: Sink, password_hash: str
) -> None:
    gw = start(
        tmp_path, sink, password_hash, auth_max_failures=3, auth_lockout=2.0, auth_lockout_max=8.0
    )
    try:
        for guess in ("a", "b", "c"):  # one guess per session: the per-session cap is no help
            assert auth(gw.port, USER, guess)[0] == 535
        code, msg, took = auth(gw.port, USER, PASSWORD)  # even the right password waits
        assert code == 454 and msg.startswith("4.7.0 Too many failed logins"), msg
        assert "try again in" in msg and took < 0.05  # refused unchecked, no hash computed
        m = scrape(gw.app.metrics_port)  # type: ignore[arg-type]
        assert value(m, "bsm_gateway_auth_locked_clients") == 1
        assert value(m, "bsm_gateway_auth_total", result="locked") == 1
        assert value(m, "bsm_gateway_auth_total", result="failed") == 3
        # Another address is not affected; below its limit its right password works, and a
        # success clears its count (two failures, a success, two failures: still let in).
        for user, password in [(USER, "x"), ("nobody", "y"), (USER, PASSWORD)] * 2:
            code = auth(gw.port, user, password, "127.0.0.2")[0]
            assert code == (235 if password == PASSWORD else 535), (user, password, code)
        assert value(scrape(gw.app.metrics_port), "bsm_gateway_auth_total", result="ok") == 2  # type: ignore[arg-type]

        # Once the wait is over, one more failure from the first address waits twice as long.
        assert gw.app.handler is not None
        while gw.app.handler.throttle.wait("127.0.0.1") > 0:
            time.sleep(0.05)
        assert auth(gw.port, USER, "d")[0] == 535
        code, msg, _ = auth(gw.port, USER, PASSWORD)
        assert code == 454 and int(msg.split("try again in ")[1].split()[0]) > 2, msg
        assert len(sink.messages) == 2
        assert {e["client"] for e in gw.log.events("auth.locked")} == {"127.0.0.1"}
    finally:
        gw.stop()


def test_unknown_users_take_as_long_as_known_ones(
    tmp_path: Path, sink: Sink, password_hash: str
) -> None:
    gw = start(tmp_path, sink, password_hash, auth_max_failures=1000)
    try:
        known, unknown = [], []
        for i in range(8):  # interleaved, so a busy moment of the machine hits both
            code, _, took = auth(gw.port, USER, f"wrong {i}")
            assert code == 535
            known.append(took)
            code, _, took = auth(gw.port, f"nobody{i}", f"wrong {i}")
            assert code == 535
            unknown.append(took)
        k, u = statistics.median(known), statistics.median(unknown)
        assert abs(k - u) <= 0.3 * max(k, u), (known, unknown)
        assert u > 0.005  # a real hash was computed for the unknown user too
    finally:
        gw.stop()


def test_the_dummy_hash_costs_what_the_configured_hashes_cost() -> None:
    scrypt = hash_password("x")
    assert parse_hash(dummy_hash({"a": scrypt}))[:2] == parse_hash(scrypt)[:2]
    pbkdf2 = "pbkdf2_sha256$250000$" + "A" * 22 + "==$" + "B" * 43 + "="
    dummy = parse_hash(dummy_hash({"a": pbkdf2, "b": pbkdf2, "c": scrypt}))
    assert dummy[:2] == ("pbkdf2_sha256", (250000,)) and len(dummy[3]) == 32
    assert parse_hash(dummy_hash({}))[0] == "scrypt"
