"""TLS to the smarthost, against a real Postfix (tests/postfix.py) with a self-signed
certificate, the way Debian's Postfix offers STARTTLS with its snakeoil certificate.

- `smtp://` is opportunistic (Postfix's `may`): encrypted when STARTTLS is offered, the
  certificate not checked, plain text when STARTTLS cannot be completed;
- `smtp+starttls://` and `smtps://` verify: the system CA store refuses the self-signed
  certificate (451 with the reason, logged, and /readyz 503), `[upstream_tls] ca` or a
  `fingerprint` pin accept it, a wrong pin or a name the certificate does not carry
  refuse it.

Postfix relays what it takes to an in-test sink; its Received header says whether the
gateway's connection was encrypted ("with ESMTPS", "using TLSv1.3").
"""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from gateway.config import ConfigError, load_config, parse_fingerprint
from gateway.relay import SmtpUpstream, TemporaryFailure
from tests.mail import ALIAS, ORDER, SELLER, default_policy, make_message
from tests.netutil import Received, RunningGateway, Sink, make_config
from tests.postfix import Postfix, unavailable
from tests.test_metrics import get
from tests.test_server import send

COMPLIANT = f"Hello, about your order {ORDER}: the replacement ships tomorrow. Regards, Anna"


@pytest.fixture(scope="module")
def cert(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    """A self-signed certificate for `localhost` (as make-ssl-cert's snakeoil is for the
    host's name): (cert.pem, key.pem, its fingerprint as openssl prints it)."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a test certificate")
    d = tmp_path_factory.mktemp("smarthost-tls")
    crt, key = d / "cert.pem", d / "key.pem"
    subprocess.run(
        [
            *("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2"),
            *("-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost"),
            *("-keyout", str(key), "-out", str(crt)),
        ],
        check=True,
        capture_output=True,
    )
    printed = subprocess.run(
        ["openssl", "x509", "-noout", "-fingerprint", "-sha256", "-in", str(crt)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    return crt, key, printed  # "sha256 Fingerprint=AB:CD:…"


@pytest.fixture(scope="module")
def relay_sink() -> Iterator[Sink]:
    """Where Postfix relays what the gateway gave it."""
    sink = Sink().start()
    yield sink
    sink.stop()


@pytest.fixture(scope="module")
def postfix(cert: tuple[Path, Path, str], relay_sink: Sink) -> Iterator[Postfix]:
    reason = unavailable()
    if reason is not None:
        if os.environ.get("CI"):
            pytest.fail(f"a real Postfix is needed: {reason}")
        pytest.skip(reason)
    server = Postfix(relay_sink.port, cert[0], cert[1]).start()
    yield server
    server.stop()


def relayed(sink: Sink, marker: str, timeout: float = 10.0) -> Received:
    """The message carrying `marker` once Postfix has passed it on to the sink."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for message in list(sink.messages):
            if marker.encode() in message.data:
                return message
        time.sleep(0.02)
    raise AssertionError(f"{marker} never reached the sink")


def postfix_received(message: Received) -> str:
    """Postfix's Received header (the first one: the gateway's own is below it)."""
    head = message.data.split(b"\r\n\r\n", 1)[0].decode()
    match = re.match(r"Received: .*?(?=\r\n\S)", head, re.DOTALL)
    assert match, head[:200]
    return " ".join(match.group(0).split())


def tagged(marker: str) -> bytes:
    return make_message(text=COMPLIANT, reply=True, headers={"X-Test-Marker": marker})


def start(tmp_path: Path, upstream: str, **settings: Any) -> RunningGateway:
    config = make_config(
        tmp_path, upstream, limits={"engine_mode": "thread", "engine_workers": 1}, **settings
    )
    config.metrics.host, config.metrics.port = "127.0.0.1", 0
    return RunningGateway(config, default_policy()).start()


def readyz(gw: RunningGateway) -> tuple[int, str]:
    port = gw.app.metrics_port
    assert port is not None
    status, _, body = get(port, "/readyz")
    return status, body


# -- through the gateway -----------------------------------------------------------------


def test_smtp_scheme_is_opportunistic_like_postfix_may(
    tmp_path: Path, postfix: Postfix, relay_sink: Sink
) -> None:
    """The shipped `upstream = "smtp://127.0.0.1:25"` against a Postfix with a self-signed
    certificate: the mail goes, encrypted, and /readyz is right about it."""
    gw = start(tmp_path, f"smtp://127.0.0.1:{postfix.port}")
    try:
        marker = uuid.uuid4().hex
        code, reply = send(gw.port, tagged(marker), [ALIAS])
        assert code == 250, reply
        received = postfix_received(relayed(relay_sink, marker))
        assert "with ESMTPS" in received and "using TLSv1.3" in received, received
        assert readyz(gw) == (200, "store: ok\nupstream: ok\n")
        assert not gw.log.events("upstream.connect_failed")
    finally:
        gw.stop()


def test_smtp_scheme_falls_back_to_plain_text_when_starttls_cannot_complete(
    tmp_path: Path, postfix: Postfix, relay_sink: Sink
) -> None:
    """A smarthost offering STARTTLS with only TLS 1.0 (no handshake possible): smtp://
    delivers in plain text and says so; smtp+starttls:// refuses."""
    gw = start(tmp_path, f"smtp://127.0.0.1:{postfix.broken_tls_port}")
    try:
        marker = uuid.uuid4().hex
        code, reply = send(gw.port, tagged(marker), [ALIAS])
        assert code == 250, reply
        received = postfix_received(relayed(relay_sink, marker))
        assert "with ESMTP id" in received and "using TLS" not in received, received
        [event] = gw.log.events("upstream.tls_fallback")
        assert event["level"] == "warning" and "TLS handshake failed" in event["reason"]
        assert readyz(gw) == (200, "store: ok\nupstream: ok (not encrypted)\n")
    finally:
        gw.stop()


def test_required_tls_refuses_an_unverified_certificate_and_says_why(
    tmp_path: Path, postfix: Postfix, relay_sink: Sink
) -> None:
    url = f"smtp+starttls://localhost:{postfix.port}"
    gw = start(tmp_path, url)
    try:
        before = len(relay_sink.messages)
        code, reply = send(gw.port, tagged(uuid.uuid4().hex), [ALIAS])
        why = "TLS certificate verify failed: self-signed certificate"
        assert code == 451 and reply.startswith("4.7.5 cannot connect"), reply
        assert why in reply, reply
        [failed] = gw.log.events("upstream.connect_failed")
        assert failed["level"] == "warning" and failed["reason"] == why
        assert failed["upstream"] == url
        [message] = gw.wait_for("message")
        assert why in message["upstream"] and message["reply"].startswith("451 4.7.5")
        status, body = readyz(gw)
        assert status == 503 and f"upstream: {url}: {why}\n" in body, body
        time.sleep(0.3)
        assert len(relay_sink.messages) == before  # nothing went out
    finally:
        gw.stop()


def test_readyz_reuses_its_upstream_probe_for_a_few_seconds(tmp_path: Path) -> None:
    sink = Sink().start()
    gw = start(tmp_path, sink.url)
    try:
        assert readyz(gw) == (200, "store: ok\nupstream: ok (not encrypted)\n")
        assert readyz(gw)[0] == 200
        assert sink.handler.sessions == 1  # the second answer came from the cache
        sink.stop()
        assert readyz(gw)[0] == 200  # cached for [metrics] ready_cache (5 s)
        gw.app.config.metrics.ready_cache = 0.0
        status, body = readyz(gw)
        assert status == 503 and f"{sink.url}: connection refused" in body, body
    finally:
        gw.stop()


# -- every TLS mode, straight through the upstream ---------------------------------------


SELF_SIGNED = "TLS certificate verify failed: self-signed certificate"
MISMATCH = "TLS hostname mismatch: the certificate is not valid for 127.0.0.1"
WRONG_PIN = "TLS certificate pin mismatch: the smarthost's certificate is sha256:"

# (scheme, port attribute, host, [upstream_tls] setting, None = delivered / the reason)
MODES = [
    ("smtp", "port", "127.0.0.1", None, None),
    ("smtp+starttls", "port", "localhost", None, SELF_SIGNED),
    ("smtp+starttls", "port", "localhost", "ca", None),
    ("smtp+starttls", "port", "127.0.0.1", "ca", MISMATCH),
    ("smtp+starttls", "port", "127.0.0.1", "pin", None),
    ("smtp+starttls", "port", "localhost", "wrong pin", WRONG_PIN),
    ("smtp+starttls", "broken_tls_port", "localhost", "ca", "TLS handshake failed"),
    ("smtps", "tls_port", "localhost", None, SELF_SIGNED),
    ("smtps", "tls_port", "localhost", "ca", None),
    ("smtps", "tls_port", "127.0.0.1", "ca", MISMATCH),
    ("smtps", "tls_port", "127.0.0.1", "pin", None),
    ("smtps", "tls_port", "localhost", "wrong pin", WRONG_PIN),
    ("smtps", "port", "localhost", "ca", "TLS handshake failed: WRONG_VERSION_NUMBER"),
]


@pytest.mark.parametrize(("scheme", "port", "host", "setting", "refused"), MODES)
def test_tls_modes(
    postfix: Postfix,
    relay_sink: Sink,
    cert: tuple[Path, Path, str],
    scheme: str,
    port: str,
    host: str,
    setting: str | None,
    refused: str | None,
) -> None:
    """Each mode delivers or refuses, and the readiness probe (the same connection without
    a message) agrees with it."""
    crt, _, printed = cert
    pin = parse_fingerprint(printed)  # pasted as openssl prints it
    wrong = pin[:-1] + ("0" if pin[-1] != "0" else "1")  # one digit off
    url = f"{scheme}://{host}:{getattr(postfix, port)}"
    up = SmtpUpstream(
        url,
        local_hostname="gw.test",
        connect_timeout=5,
        timeout=5,
        ca_file=str(crt) if setting == "ca" else None,
        fingerprints={"pin": [pin], "wrong pin": [wrong]}.get(setting or "", []),
    )
    marker = uuid.uuid4().hex

    async def run() -> tuple[str, str]:
        try:
            try:
                result = await up.send(SELLER, [ALIAS], tagged(marker))
                outcome = f"{result.reply[0]}"
            except TemporaryFailure as exc:
                outcome = str(exc)
            return outcome, await up.probe()
        finally:
            await up.close()

    outcome, probe = asyncio.run(run())
    if refused is None:
        assert outcome == "250" and probe == "ok", (outcome, probe)
        received = postfix_received(relayed(relay_sink, marker))
        assert "with ESMTPS" in received and "using TLSv1.3" in received, received
    else:
        assert outcome.startswith(f"451 4.7.5 cannot connect to the smarthost {url}: {refused}")
        assert probe.startswith(f"{url}: {refused}"), probe
        if setting == "wrong pin":  # the operator is shown what to pin
            assert f"sha256:{printed.partition('=')[2]}, not a pinned" in outcome, outcome


def test_smtp_starttls_refuses_a_smarthost_without_starttls(sink: Sink) -> None:
    up = SmtpUpstream(f"smtp+starttls://127.0.0.1:{sink.port}", local_hostname="gw.test")

    async def run() -> str:
        with pytest.raises(TemporaryFailure) as err:
            await up.send(SELLER, [ALIAS], tagged("x"))
        await up.close()
        return str(err.value)

    assert asyncio.run(run()).endswith(": the smarthost does not offer STARTTLS")
    assert not sink.messages


# -- the settings ---------------------------------------------------------------------------


def test_a_fingerprint_is_taken_as_openssl_prints_it(
    tmp_path: Path, cert: tuple[Path, Path, str]
) -> None:
    crt, _, printed = cert
    digest = printed.partition("=")[2].replace(":", "").lower()
    forms = [printed, f"sha256:{printed.partition('=')[2]}", digest.upper()]
    for form in forms:
        path = tmp_path / "gw.toml"
        path.write_text(
            f'upstream = "smtps://smarthost.internal"\n[upstream_tls]\nfingerprint = "{form}"\n'
        )
        assert load_config(str(path), {}).upstream_tls.fingerprint == [digest]
    path.write_text(
        'upstream = "smtp+starttls://smarthost.internal"\n'
        f'[upstream_tls]\nfingerprint = ["{printed}", "{"ab" * 32}"]\n'
    )
    assert load_config(str(path), {}).upstream_tls.fingerprint == [digest, "ab" * 32]
    path.write_text(f'upstream = "smtps://smarthost.internal"\n[upstream_tls]\nca = "{crt}"\n')
    assert load_config(str(path), {}).upstream_tls.ca == str(crt)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (  # SHA-1, as `openssl x509 -fingerprint` prints without -sha256
            'upstream = "smtps://h"\n[upstream_tls]\nfingerprint = "SHA1 Fingerprint=AB:CD"',
            "upstream_tls.fingerprint: 'SHA1 Fingerprint=AB:CD' is not a SHA-256 fingerprint",
        ),
        (
            f'upstream = "smtps://h"\n[upstream_tls]\nfingerprint = "{"ab" * 31}"',
            "is not a SHA-256 fingerprint (64 hex digits",
        ),
        (
            f'upstream = "smtp://h"\n[upstream_tls]\nfingerprint = "{"ab" * 32}"',
            "upstream_tls: ca and fingerprint are for smtp+starttls:// and smtps://",
        ),
        (
            f'upstream = "smtps://h"\n[upstream_tls]\nca = "CRT"\nfingerprint = "{"ab" * 32}"',
            "upstream_tls: set ca or fingerprint, not both",
        ),
        (
            'upstream = "smtps://h?verify=no"\n[upstream_tls]\nca = "CRT"',
            "upstream_tls: ?verify=no in upstream turns off the check it sets",
        ),
        ('upstream = "smtps://h"\n[upstream_tls]\nca = "/nonexistent.pem"', "upstream_tls.ca"),
        ('upstream = "smtps://h"\n[upstream_tls]\nca = "KEY"', "cannot load"),
        ('upstream = "smtps://h"\n[upstream_tls]\npin = "x"', "upstream_tls.pin: unknown"),
        ('upstream = "smtps://h"\n[upstream_tls]\nfingerprint = 1', "expected a fingerprint"),
        ("[metrics]\nready_cache = -1", "metrics.ready_cache: must be between 0 and 300"),
    ],
)
def test_upstream_tls_mistakes_name_the_key(
    tmp_path: Path, cert: tuple[Path, Path, str], text: str, message: str
) -> None:
    path = tmp_path / "gw.toml"
    path.write_text(text.replace("CRT", str(cert[0])).replace("KEY", str(cert[1])) + "\n")
    with pytest.raises(ConfigError) as err:
        load_config(str(path), {})
    assert message in str(err.value), err.value


def test_upstream_tls_needs_a_restart(tmp_path: Path, cert: tuple[Path, Path, str]) -> None:
    """A reload keeps the running upstream and its TLS terms (the connection pool was built
    with them) and names the settings that wait for a restart."""
    from gateway.config import keep_restart_only, restart_only_changes

    path = tmp_path / "gw.toml"
    path.write_text(f'upstream = "smtps://h"\n[upstream_tls]\nca = "{cert[0]}"\n')
    running = load_config(str(path), {})
    path.write_text(f'upstream = "smtps://h"\n[upstream_tls]\nfingerprint = "{cert[2]}"\n')
    new = load_config(str(path), {})
    assert restart_only_changes(running, new) == [
        "upstream_tls.ca",
        "upstream_tls.fingerprint",
    ]
    keep_restart_only(running, new)
    assert new.upstream_tls.ca == str(cert[0]) and new.upstream_tls.fingerprint == []
