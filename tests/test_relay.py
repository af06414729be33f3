"""The upstreams on their own: Maildir files and an SMTP smarthost (in-test aiosmtpd sink)."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import pytest

from gateway.relay import (
    MaildirUpstream,
    PermanentFailure,
    SmtpUpstream,
    TemporaryFailure,
    upstream_from_url,
)
from tests.mail import ALIAS, SELLER, make_message
from tests.netutil import SMTP_SINK, Sink, SmtpSink

RAW = make_message(text="Hello, your order ships tomorrow.", reply=True)


def test_maildir_delivery_is_one_complete_file(tmp_path: Path) -> None:
    up = upstream_from_url(f"maildir:{tmp_path}/outbox")
    assert isinstance(up, MaildirUpstream)
    result = asyncio.run(up.send(SELLER, [ALIAS], RAW))
    assert result.accepted == [ALIAS] and result.complete
    files = list((tmp_path / "outbox" / "new").iterdir())
    assert len(files) == 1 and not list((tmp_path / "outbox" / "tmp").iterdir())
    data = files[0].read_bytes()
    assert data.startswith(f"Return-Path: <{SELLER}>\r\nDelivered-To: {ALIAS}\r\n".encode())
    assert data.endswith(RAW)


def test_maildir_unwritable_is_temporary(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    up = MaildirUpstream(str(blocker / "outbox"))
    with pytest.raises(TemporaryFailure) as err:
        asyncio.run(up.send(SELLER, [ALIAS], RAW))
    assert err.value.code == 451


def test_url_forms() -> None:
    up = upstream_from_url("smtps://gw:p%40ss@mx.example", local_hostname="gw.test")
    assert isinstance(up, SmtpUpstream)
    assert (up.host, up.port, up.use_tls, up.username, up.password) == (
        "mx.example",
        465,
        True,
        "gw",
        "p@ss",
    )
    assert up.describe() == "smtps://mx.example:465"  # never the password
    assert up.verify  # smtps:// checks the certificate
    starttls = upstream_from_url("smtp+starttls://mx.example", local_hostname="gw.test")
    assert isinstance(starttls, SmtpUpstream) and starttls.require_starttls
    assert starttls.port == 587 and starttls.verify
    unchecked = upstream_from_url("smtp+starttls://mx.example?verify=no", local_hostname="gw")
    assert isinstance(unchecked, SmtpUpstream) and not unchecked.verify
    plain = upstream_from_url("smtp://mx.example:2525", local_hostname="gw.test")
    assert isinstance(plain, SmtpUpstream) and not plain.require_starttls
    assert not plain.use_tls and not plain.verify  # opportunistic: never checks
    with pytest.raises(ValueError):
        upstream_from_url("http://mx.example")


def test_smtp_partial_refusal_and_connection_reuse(sink: Sink) -> None:
    async def run() -> None:
        up = SmtpUpstream(sink.url, local_hostname="gw.test", max_connections=2)
        try:
            result = await up.send(SELLER, [ALIAS, "refuse-me@x.example"], RAW)
            assert result.accepted == [ALIAS]
            assert result.refused["refuse-me@x.example"][0] == 550
            again = await up.send(SELLER, [ALIAS], RAW)
            assert again.complete and again.reply[0] == 250
            with pytest.raises(PermanentFailure) as err:
                await up.send(SELLER, ["refuse-me@x.example"], RAW)
            assert err.value.code == 550 and "No such user" in err.value.text
            with pytest.raises(TemporaryFailure) as terr:
                await up.send(SELLER, ["later@x.example"], RAW)
            assert terr.value.code == 450 and terr.value.enhanced == "4.2.1"
        finally:
            await up.close()

    asyncio.run(run())
    assert len(sink.messages) == 2
    assert sink.handler.sessions == 1  # one connection, reused
    assert sink.messages[1].data == RAW


def test_smtp_upstream_down_is_temporary() -> None:
    async def run() -> None:
        up = SmtpUpstream("smtp://127.0.0.1:9", local_hostname="gw.test", connect_timeout=2)
        with pytest.raises(TemporaryFailure) as err:
            await up.send(SELLER, [ALIAS], RAW)
        assert (err.value.code, err.value.enhanced) == (451, "4.4.1")

    asyncio.run(run())


@pytest.mark.skipif(not os.access(SMTP_SINK, os.X_OK), reason="smtp-sink is not installed")
def test_smtp_connections_are_capped() -> None:
    sink = SmtpSink("-w", "1").start()

    async def run() -> None:
        up = SmtpUpstream(sink.url, local_hostname="gw.test", max_connections=2)
        try:
            results = await asyncio.gather(*(up.send(SELLER, [ALIAS], RAW) for _ in range(4)))
            assert all(r.complete for r in results)
            assert len(up._idle) <= 2
        finally:
            await up.close()

    try:
        asyncio.run(run())
        assert len(sink.messages()) == 4
    finally:
        sink.stop()
