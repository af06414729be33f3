"""Protocol hygiene over real sockets on 127.0.0.1 (an in-test aiosmtpd sink as the
smarthost): what a client may not send is refused at the command, with a clear reply,
never accepted with 250 and failed later at DATA (which clients retry forever)."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.mail import ALIAS, SELLER, default_policy, make_message
from tests.netutil import RunningGateway, Sink, make_config
from tests.test_server import COMPLIANT, OTHER, blocked_message, send

# The engine in a thread of the gateway: these tests are about the protocol, and a pool of
# worker processes takes seconds longer to start on a busy machine.
FAST_START = {"engine_mode": "thread", "engine_workers": 1}


class Raw:
    """An SMTP client that sends exact bytes and reads exactly what the server writes."""

    def __init__(self, port: int, source: str = "127.0.0.1") -> None:
        self.sock = socket.create_connection(
            ("127.0.0.1", port), timeout=10, source_address=(source, 0)
        )
        self.file = self.sock.makefile("rb")
        self.greeting = self.reply()

    def reply(self) -> str:
        lines = []
        while True:
            line = self.file.readline().decode("utf-8", "replace")
            lines.append(line.strip())
            if len(line) < 4 or line[3] != "-":
                return "\n".join(lines)

    def command(self, line: bytes) -> str:
        self.sock.sendall(line + b"\r\n")
        return self.reply()

    def data(self, raw: bytes) -> str:
        assert self.command(b"DATA").startswith("354")
        self.sock.sendall(raw.replace(b"\r\n.", b"\r\n..") + b"\r\n.\r\n")
        return self.reply()

    def close(self) -> None:
        self.file.close()
        self.sock.close()


@pytest.fixture
def gateway(tmp_path: Path, sink: Sink) -> Iterator[RunningGateway]:
    gw = RunningGateway(
        make_config(tmp_path, sink.url, limits=FAST_START), default_policy()
    ).start()
    yield gw
    gw.stop()


# -- control characters ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [
        b"MAIL FROM:<sup\x00port@seller.example>",
        b"MAIL FROM:<support@seller.example>\x00",
        b"MAIL FROM:<support@seller.ex\x1bample>",
        b"MAIL FROM:<support@seller.example\x7f>",
        b"RCPT TO:<6bmcx2l1t7cwrwb\x00@marketplace.amazon.com>",
        b"RCPT TO:<ware\rhouse@partner.example>",
        b"EHLO helpdesk\x00.test",
        b"NOOP \x00",
        b"VRFY a\x01b",
    ],
)
def test_control_characters_are_refused_at_the_command(
    gateway: RunningGateway, sink: Sink, command: bytes
) -> None:
    c = Raw(gateway.port)
    try:
        if not command.startswith(b"EHLO"):
            assert c.command(b"EHLO helpdesk.test").startswith("250")
        if command.startswith(b"RCPT"):
            assert c.command(f"MAIL FROM:<{SELLER}>".encode()).startswith("250")
        reply = c.command(command)
        assert reply.startswith("501 5.5.2") and "control character" in reply, reply
        # The session goes on, and the same transaction with clean addresses is sent.
        if command.startswith(b"EHLO"):
            assert c.command(b"EHLO helpdesk.test").startswith("250")
        if not command.startswith(b"RCPT"):
            assert c.command(f"MAIL FROM:<{SELLER}>".encode()).startswith("250 2.1.0")
        assert c.command(f"RCPT TO:<{ALIAS}>".encode()).startswith("250 2.1.5")
        reply = c.data(make_message(text=COMPLIANT, reply=True))
        assert reply.startswith("250 2.0.0"), reply
    finally:
        c.close()
    [got] = sink.messages
    assert got.mail_from == SELLER and got.rcpt_tos == [ALIAS]
    assert gateway.wait_for("command.refused")
    assert not gateway.log.events("error")


def test_addresses_that_look_odd_but_carry_no_control_character_still_work(
    gateway: RunningGateway, sink: Sink
) -> None:
    # Near misses: quoted local parts with a space or a backslash pair, an address literal,
    # a tab between the address and nothing (aiosmtpd strips the line's ends).
    for sender in ('"support desk"@seller.example', '"a\\\\b"@seller.example', "s@[127.0.0.1]"):
        code, msg = send(
            gateway.port, make_message(text=COMPLIANT, reply=True), [ALIAS, OTHER], sender
        )
        assert code == 250, (sender, msg)
    c = Raw(gateway.port)
    try:
        c.command(b"EHLO helpdesk.test")
        assert c.command(f"MAIL FROM:<{SELLER}>\t".encode()).startswith("250")
    finally:
        c.close()
    assert len(sink.messages) == 3


def test_utf8_arguments_pass_the_check_and_broken_utf8_does_not() -> None:
    from gateway.protocol import refuse_command

    # What aiosmtpd hands over once SMTPUTF8 is on: UTF-8 text, or surrogate escapes for
    # bytes that are not UTF-8.
    assert refuse_command("FROM:<jörg@müller.example> SMTPUTF8") is None
    assert refuse_command("TO:<用户@例子.广告>") is None
    assert refuse_command(b"FROM:<j\xf6rg@seller.example>".decode("utf-8", "surrogateescape"))
    assert refuse_command("FROM:<a\x85b@seller.example>")  # C1 control (NEL)
    assert refuse_command(None) is None and refuse_command("") is None


def test_help_still_describes_each_command(gateway: RunningGateway) -> None:
    c = Raw(gateway.port)
    try:
        c.command(b"EHLO helpdesk.test")
        assert c.command(b"HELP MAIL").startswith("250 2.0.0 Syntax: MAIL FROM: <address>")
        # aiosmtpd finds the commands through dir() of the protocol, which lists only
        # hook names (gateway.protocol.ListsHooks): every command is still there.
        assert c.command(b"HELP") == (
            "250 2.0.0 Supported commands: AUTH DATA EHLO HELO HELP MAIL NOOP QUIT RCPT RSET "
            "VRFY"  # no STARTTLS: no certificate is configured
        )
    finally:
        c.close()


def test_the_ehlo_reply_comes_whole_in_one_piece(gateway: RunningGateway) -> None:
    """Its lines are written at once (one packet, one wake-up of the client), in order."""
    c = Raw(gateway.port)
    try:
        c.sock.sendall(b"EHLO helpdesk.test\r\n")
        first = c.sock.recv(65536).decode()
        assert first.endswith("250 HELP\r\n"), first
        lines = first.splitlines()
        assert lines[0].startswith("250-") and lines[-1] == "250 HELP"
        assert {"250-PIPELINING", "250-ENHANCEDSTATUSCODES", "250-8BITMIME"} <= set(lines)
        assert all(line.startswith("250-") for line in lines[:-1])
        # The replies after it are still one each, enhanced as before.
        assert c.command(b"NOOP") == "250 2.0.0 OK"
    finally:
        c.close()


def test_the_hooks_aiosmtpd_lists_are_all_there() -> None:
    """What aiosmtpd finds on a new connection (auth_*, handle_*, smtp_* through dir())
    is exactly what a full listing of the protocol and the handler has."""
    from gateway.handler import Handler
    from gateway.protocol import HOOK_PREFIXES, GatewaySMTP

    for cls in (GatewaySMTP, Handler):
        full = {n for n in object.__dir__(cls.__new__(cls)) if n.startswith(HOOK_PREFIXES)}
        assert set(dir(cls.__new__(cls))) == full
        assert full  # and not empty: Handler has handle_DATA, GatewaySMTP smtp_DATA


# -- a report that cannot be delivered --------------------------------------------------------


def test_report_not_deliverable_is_a_clear_451_then_a_retry_goes_through(tmp_path: Path) -> None:
    """Upstream down: the blocked message's report cannot be sent. The client is told so
    (no 'Internal error', no traceback in the log), nothing is kept, and its retry once the
    upstream is back gets 250 with the report delivered."""
    upstream = Sink()  # its port chosen, nothing listening yet
    config = make_config(tmp_path, upstream.url, limits=FAST_START)
    gw = RunningGateway(config, default_policy()).start()
    started = False
    try:
        code, msg = send(gw.port, blocked_message(), [ALIAS])
        assert code == 451 and msg.startswith("4.4.1"), msg
        assert "order.id_missing" in msg and "report" in msg and "could not be delivered" in msg
        assert f"cannot connect to the smarthost smtp://127.0.0.1:{upstream.port}" in msg
        assert "Internal error" not in msg and "ref " in msg
        [event] = gw.wait_for("message")
        assert event["level"] == "warning" and "exception" not in event
        assert event["report"].startswith("not delivered") and "quarantine_id" not in event
        assert not gw.log.events("error")
        assert gw.call(gw.app.store.quarantine_list()) == []  # type: ignore[union-attr]

        upstream.start()
        started = True
        code, msg = send(gw.port, blocked_message(), [ALIAS])
        assert code == 250 and "quarantine q-" in msg, msg
        [report] = upstream.messages
        assert report.mail_from == "<>" and report.rcpt_tos == [SELLER]
        assert len(gw.call(gw.app.store.quarantine_list())) == 1  # type: ignore[union-attr]
    finally:
        gw.stop()
        if started:
            upstream.stop()


# -- reloading an empty or partial config file ----------------------------------------------


def test_reload_of_an_empty_or_partial_file_keeps_the_running_settings(
    tmp_path: Path, sink: Sink
) -> None:
    from gateway.commands import load_files

    path = tmp_path / "gateway.toml"
    whole = (
        f'listen = "127.0.0.1:0"\nupstream = "{sink.url}"\n'
        f'store = "sqlite:///{tmp_path}/state.db"\nhostname = "gw.test"\nmode = "reject"\n'
        '[limits]\nmax_recipients = 5\nshutdown_grace = 5.0\nengine_mode = "thread"\n'
    )
    path.write_text(whole)
    config, policy = load_files(str(path), {})
    gw = RunningGateway(config, policy).start()

    def reload(text: str) -> bool:
        path.write_text(text)
        return bool(gw.call(gw.app.reload(lambda: load_files(str(path), {}))))

    try:
        assert send(gw.port, blocked_message(), [ALIAS])[0] == 550  # mode = "reject"
        assert not reload("")
        [failed] = gw.wait_for("reload.failed")
        assert str(path) in failed["error"] and "is empty" in failed["error"], failed
        assert "reset_missing = true" in failed["error"]
        assert not reload(whole.replace('mode = "reject"\n', ""))  # cut-off / partial
        failed = gw.wait_for("reload.failed", 2)[1]
        assert "leaves out mode" in failed["error"], failed
        assert not reload(whole.split("[limits]")[0])
        assert "leaves out [limits]" in gw.wait_for("reload.failed", 3)[2]["error"]
        # The running settings are all still in force, over SMTP.
        code, msg = send(gw.port, blocked_message(), [ALIAS])
        assert code == 550 and "order.id_missing" in msg, msg
        assert send(gw.port, blocked_message(), [OTHER] * 6)[0] == 452  # max_recipients = 5
        assert gw.app.config.mode == "reject" and gw.app.config.limits.max_recipients == 5

        # Near misses: a key removed inside a table that stays is an ordinary reload, and
        # a file that says reset_missing = true may drop settings on purpose.
        assert reload(whole.replace("max_recipients = 5\n", ""))
        assert gw.app.config.limits.max_recipients == 100
        assert reload("reset_missing = true\n" + whole.replace('mode = "reject"\n', ""))
        code, msg = send(gw.port, blocked_message(), [ALIAS])
        assert code == 250 and "quarantine q-" in msg, msg  # back to mode = "bounce"
        assert len(sink.to(SELLER)) == 1
        assert not gw.log.events("error")
    finally:
        gw.stop()
