"""A real Postfix with the gateway as its relayhost (tests/postfix.py): a message with a
UTF-8 sender, handed to Postfix with SMTPUTF8, goes through the gateway to the smarthost
as SMTPUTF8, where before Postfix bounced it ("SMTPUTF8 is required, but was not offered").
"""

from __future__ import annotations

import os
import shutil
import smtplib
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.mail import ALIAS, default_policy, make_message
from tests.netutil import RunningGateway, Sink
from tests.postfix import Postfix, unavailable
from tests.test_server import COMPLIANT
from tests.test_smtputf8 import JOSE, config, utf8_sink


@pytest.fixture
def chain(tmp_path: Path) -> Iterator[tuple[Postfix, RunningGateway, Sink]]:
    reason = unavailable()
    if reason is not None:
        if os.environ.get("CI"):
            pytest.fail(f"a real Postfix is needed: {reason}")
        pytest.skip(reason)
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make the certificate tests/postfix.py wants")
    crt, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        [
            *("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2"),
            *("-subj", "/CN=localhost", "-keyout", str(key), "-out", str(crt)),
        ],
        check=True,
        capture_output=True,
    )
    sink = utf8_sink(True)
    gw = RunningGateway(config(tmp_path, sink.url), default_policy()).start()
    postfix = Postfix(gw.port, crt, key).start()
    try:
        yield postfix, gw, sink
    finally:
        postfix.stop()
        gw.stop()
        sink.stop()


def test_postfix_relays_a_utf8_sender_through_the_gateway(
    chain: tuple[Postfix, RunningGateway, Sink],
) -> None:
    postfix, gw, sink = chain
    raw = make_message(text=COMPLIANT, reply=True, sender=JOSE)
    with smtplib.SMTP("127.0.0.1", postfix.port, local_hostname="helpdesk.test") as c:
        assert c.sendmail(JOSE, [ALIAS], raw, mail_options=["SMTPUTF8"]) == {}
    deadline = time.monotonic() + 15
    while not sink.messages and time.monotonic() < deadline:
        time.sleep(0.1)
    assert sink.messages, postfix.log()[-2000:]
    [got] = sink.messages
    assert got.mail_from == JOSE and got.rcpt_tos == [ALIAS]
    assert sink.handler.utf8 == [True]  # type: ignore[attr-defined]
    event = gw.wait_for("message")[0]
    assert event["helo"] == "smarthost.test" and event["verdict"] == "pass"
    assert b"the replacement ships tomorrow" in got.data
