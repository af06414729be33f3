"""PROXY protocol v1 and v2 on the listener, sent by real client sockets: the real client
shows in the log, the `Received:` line and the per-client cap; a header from an address
outside the trusted networks, and a missing or malformed one, close the connection."""

from __future__ import annotations

import ipaddress
import smtplib
import socket
import struct
from pathlib import Path
from typing import Any

import pytest

from tests.mail import ALIAS, ORDER, SELLER, default_policy, make_message
from tests.netutil import RunningGateway, Sink, make_config

COMPLIANT = f"Hello, about your order {ORDER}: the replacement ships tomorrow. Regards, Anna"
V2_SIGNATURE = b"\r\n\r\n\x00\r\nQUIT\n"


def proxy_v1(client: str, port: int = 2525, client_port: int = 40000) -> bytes:
    family = "TCP6" if ":" in client else "TCP4"
    server = "::1" if ":" in client else "127.0.0.1"
    return f"PROXY {family} {client} {server} {client_port} {port}\r\n".encode()


def proxy_v2(client: str, port: int = 2525, client_port: int = 40000, local: bool = False) -> bytes:
    """A binary v2 header (version 2, PROXY or LOCAL, TCP over IPv4), as HAProxy's
    `send-proxy-v2` writes it."""
    command = 0x20 if local else 0x21
    addresses = (
        ipaddress.IPv4Address(client).packed
        + ipaddress.IPv4Address("127.0.0.1").packed
        + struct.pack("!HH", client_port, port)
    )
    return V2_SIGNATURE + bytes([command, 0x11]) + struct.pack("!H", len(addresses)) + addresses


class ProxiedSMTP(smtplib.SMTP):
    """smtplib with a PROXY header written right after connecting, as a balancer does."""

    def __init__(self, header: bytes, *args: Any, **kwargs: Any) -> None:
        self.header = header
        super().__init__(*args, **kwargs)

    def _get_socket(self, host: str, port: int, timeout: float) -> socket.socket:
        sock = super()._get_socket(host, port, timeout)  # type: ignore[misc]
        sock.sendall(self.header)
        return sock  # type: ignore[no-any-return]


def send_through(port: int, header: bytes) -> tuple[int, str]:
    raw = make_message(text=COMPLIANT, reply=True)
    with ProxiedSMTP(header, "127.0.0.1", port, local_hostname="helpdesk.test", timeout=20) as c:
        code, msg = c.sendmail(SELLER, [ALIAS], raw), ""
        assert code == {}
        return 250, msg


def refused_unread(port: int, first: bytes) -> bytes:
    """What the gateway answers a connection that starts with `first`: b"" when it closes
    the connection without a greeting."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(first)
        data = b""
        try:
            while chunk := sock.recv(4096):
                data += chunk
        except ConnectionResetError:  # closed with our bytes unread
            pass
        return data


def start(tmp_path: Path, sink: Sink, networks: list[str], **limits: Any) -> RunningGateway:
    config = make_config(tmp_path, sink.url, proxy_protocol=networks, limits=limits)
    return RunningGateway(config, default_policy()).start()


@pytest.mark.parametrize(
    ("header", "client"),
    [
        (proxy_v1("203.0.113.7"), "203.0.113.7"),
        (proxy_v1("2001:db8::7"), "2001:db8::7"),
        (proxy_v2("198.51.100.9"), "198.51.100.9"),
    ],
    ids=["v1", "v1-ipv6", "v2"],
)
def test_the_real_client_shows_in_received_and_log(
    tmp_path: Path, sink: Sink, header: bytes, client: str
) -> None:
    gw = start(tmp_path, sink, ["127.0.0.0/8"])
    try:
        send_through(gw.port, header)
        [got] = sink.messages
        first = got.data.split(b"\r\n\t", 1)[0]
        assert first == f"Received: from helpdesk.test ([{client}])".encode(), first
        [opened] = gw.wait_for("connection.open")
        assert opened["client"] == client
        [message] = gw.wait_for("message")
        assert message["client"] == client
        assert not gw.log.events("connection.refused")
    finally:
        gw.stop()


def test_balancer_health_check_with_a_v2_local_header_is_the_balancer(
    tmp_path: Path, sink: Sink
) -> None:
    gw = start(tmp_path, sink, ["127.0.0.1/32"])
    try:
        with ProxiedSMTP(proxy_v2("0.0.0.0", local=True), "127.0.0.1", gw.port, timeout=10) as c:
            assert c.noop()[0] == 250
        [opened] = gw.wait_for("connection.open")
        assert opened["client"] == "127.0.0.1"
    finally:
        gw.stop()


def test_per_client_cap_counts_the_real_client_not_the_balancer(tmp_path: Path, sink: Sink) -> None:
    gw = start(tmp_path, sink, ["127.0.0.0/8"], max_sessions_per_client=1)
    try:
        with ProxiedSMTP(proxy_v1("203.0.113.1"), "127.0.0.1", gw.port, timeout=10) as a:
            assert a.noop()[0] == 250
            # Another client through the same balancer is welcome ...
            with ProxiedSMTP(proxy_v2("203.0.113.2"), "127.0.0.1", gw.port, timeout=10) as b:
                assert b.noop()[0] == 250
            # ... a second session of the same client is over its cap.
            with pytest.raises(smtplib.SMTPConnectError) as refused:
                ProxiedSMTP(proxy_v2("203.0.113.1"), "127.0.0.1", gw.port, timeout=10)
            assert refused.value.smtp_code == 421
        [event] = gw.wait_for("connection.refused")
        assert event["client"] == "203.0.113.1"
    finally:
        gw.stop()


@pytest.mark.parametrize(
    "header", [proxy_v1("203.0.113.7"), proxy_v2("203.0.113.7")], ids=["v1", "v2"]
)
def test_a_header_from_outside_the_trusted_networks_is_refused(
    tmp_path: Path, sink: Sink, header: bytes
) -> None:
    gw = start(tmp_path, sink, ["10.0.0.0/8", "2001:db8::/32"])
    try:
        assert refused_unread(gw.port, header + b"EHLO x\r\n") == b""
        [event] = gw.wait_for("connection.refused")
        assert event["client"] == "127.0.0.1"  # the address that really connected
        assert "trusted proxy" in event["reason"]
        assert not gw.log.events("connection.open") and not sink.messages
    finally:
        gw.stop()


@pytest.mark.parametrize(
    "first",
    [b"EHLO helpdesk.test\r\n", b"PROXY TCP4 not-an-address 127.0.0.1 1 2\r\n", b""],
    ids=["plain-smtp", "malformed", "silent"],
)
def test_a_missing_or_malformed_header_from_the_proxy_is_refused(
    tmp_path: Path, sink: Sink, first: bytes
) -> None:
    gw = start(tmp_path, sink, ["127.0.0.1/32"], proxy_timeout=1.0)
    try:
        assert refused_unread(gw.port, first) == b""
        [event] = gw.wait_for("connection.refused")
        assert event["client"] == "127.0.0.1"
        assert "no valid PROXY header" in event["reason"]
        assert not gw.log.events("connection.open")
    finally:
        gw.stop()


def test_without_the_setting_a_proxy_header_is_just_a_bad_command(
    tmp_path: Path, sink: Sink
) -> None:
    gw = start(tmp_path, sink, [])
    try:
        with socket.create_connection(("127.0.0.1", gw.port), timeout=10) as sock:
            assert sock.recv(4096).startswith(b"220 ")
            sock.sendall(proxy_v1("203.0.113.7"))
            assert sock.recv(4096).startswith(b"500 5.5.1")
        [opened] = gw.wait_for("connection.open")
        assert opened["client"] == "127.0.0.1"
    finally:
        gw.stop()
