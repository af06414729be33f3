"""STARTTLS and AUTH with a certificate made for the test; swaks as a second client."""

from __future__ import annotations

import shutil
import smtplib
import ssl
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from gateway.config import hash_password
from tests.mail import ALIAS, ORDER, SELLER, default_policy, make_message
from tests.netutil import SWAKS, RunningGateway, Sink, make_config

COMPLIANT = f"Hello, about your order {ORDER}: the replacement ships tomorrow. Regards, Anna"
USER, PASSWORD = "helpdesk", "correct horse battery staple"


@pytest.fixture(scope="module")
def cert(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a test certificate")
    d = tmp_path_factory.mktemp("tls")
    key, crt = d / "key.pem", d / "cert.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "2",
            "-subj",
            "/CN=localhost",
            "-keyout",
            str(key),
            "-out",
            str(crt),
        ],
        check=True,
        capture_output=True,
    )
    return str(crt), str(key)


@pytest.fixture(scope="module")
def password_hash() -> str:
    return hash_password(PASSWORD)


@pytest.fixture
def gateway(
    tmp_path: Path, sink: Sink, cert: tuple[str, str], password_hash: str
) -> Iterator[RunningGateway]:
    config = make_config(
        tmp_path,
        sink.url,
        tls_cert=cert[0],
        tls_key=cert[1],
        require_tls=True,
        auth_users={USER: password_hash},
    )
    gw = RunningGateway(config, default_policy()).start()
    yield gw
    gw.stop()


def _client_tls() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


def test_starttls_then_auth_then_send(gateway: RunningGateway, sink: Sink) -> None:
    raw = make_message(text=COMPLIANT, reply=True)
    with smtplib.SMTP("127.0.0.1", gateway.port, local_hostname="helpdesk.test") as c:
        c.ehlo()
        assert c.has_extn("starttls") and not c.has_extn("auth")  # AUTH only after TLS
        code, msg = c.mail(SELLER)
        assert code == 530 and msg.startswith(b"5.7.0"), msg
        c.starttls(context=_client_tls())
        c.ehlo()
        assert "PLAIN" in c.esmtp_features["auth"] and "LOGIN" in c.esmtp_features["auth"]
        code, msg = c.mail(SELLER)
        assert code == 530 and msg.startswith(b"5.7.0"), msg  # not an open relay
        c.rset()
        with pytest.raises(smtplib.SMTPAuthenticationError) as err:
            c.login(USER, "wrong password")
        assert err.value.smtp_code == 535
        c.login(USER, PASSWORD)
        refused = c.sendmail(SELLER, [ALIAS], raw)
        assert refused == {}
    assert len(sink.messages) == 1
    assert b"with ESMTPSA" in sink.messages[0].data  # Received says TLS + AUTH
    event = gateway.wait_for("message")[0]
    assert event["user"] == USER and event["tls"] is True


def test_auth_login_mechanism(gateway: RunningGateway, sink: Sink) -> None:
    with smtplib.SMTP("127.0.0.1", gateway.port, local_hostname="helpdesk.test") as c:
        c.starttls(context=_client_tls())
        c.ehlo()
        c.user, c.password = USER, PASSWORD
        code, _ = c.auth("LOGIN", c.auth_login, initial_response_ok=False)
        assert code == 235
        c.sendmail(SELLER, [ALIAS], make_message(text=COMPLIANT, reply=True))
    assert len(sink.messages) == 1


@pytest.mark.skipif(SWAKS is None, reason="swaks is not installed (make test-deps)")
def test_swaks_with_tls_and_auth(gateway: RunningGateway, sink: Sink, tmp_path: Path) -> None:
    eml = tmp_path / "reply.eml"
    eml.write_bytes(make_message(text=COMPLIANT, reply=True))
    run = subprocess.run(
        [
            str(SWAKS),
            "--server",
            "127.0.0.1",
            "--port",
            str(gateway.port),
            "--tls",
            "--auth",
            "PLAIN",
            "--auth-user",
            USER,
            "--auth-password",
            PASSWORD,
            "--from",
            SELLER,
            "--to",
            ALIAS,
            "--data",
            f"@{eml}",
            "--helo",
            "helpdesk.test",
        ],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert run.returncode == 0, run.stdout[-2000:]
    assert "<~  250 2.0.0" in run.stdout
    assert len(sink.messages) == 1
    # Bad password: swaks reports the 535 and nothing is sent.
    bad = subprocess.run(
        [
            str(SWAKS),
            "--server",
            "127.0.0.1",
            "--port",
            str(gateway.port),
            "--tls",
            "--auth",
            "LOGIN",
            "--auth-user",
            USER,
            "--auth-password",
            "nope",
            "--from",
            SELLER,
            "--to",
            ALIAS,
            "--data",
            f"@{eml}",
        ],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert bad.returncode != 0 and "535 5.7.8" in bad.stdout
    assert len(sink.messages) == 1


@pytest.mark.skipif(SWAKS is None, reason="swaks is not installed (make test-deps)")
def test_swaks_plain_relay_without_tls_config(tmp_path: Path, sink: Sink) -> None:
    gw = RunningGateway(make_config(tmp_path, sink.url), default_policy()).start()
    try:
        run = subprocess.run(
            [
                str(SWAKS),
                "--server",
                "127.0.0.1",
                "--port",
                str(gw.port),
                "--from",
                SELLER,
                "--to",
                ALIAS,
                "--header",
                f"Subject: Re: your order {ORDER}",
                "--header",
                "In-Reply-To: <q1@marketplace.amazon.com>",
                "--body",
                COMPLIANT,
            ],
            capture_output=True,
            text=True,
            timeout=30,
        )
        assert run.returncode == 0, run.stdout[-2000:]
        assert len(sink.messages) == 1
    finally:
        gw.stop()
