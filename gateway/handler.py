"""The aiosmtpd handler: the gateway's answers to SMTP commands, through aiosmtpd's public
hooks only (`handle_PROXY`, `handle_EHLO`, `handle_MAIL`, `handle_RCPT`, `handle_DATA`,
`handle_exception` and the `auth_PLAIN`/`auth_LOGIN` mechanism hooks).

It checks what can be checked before the message arrives (recipient count, recipients
outside Amazon when they are refused, the drain), and hands each message to the pipeline
(gateway.pipeline) at the end of DATA. The work after "." runs in the pipeline's own task,
shielded from the client hanging up: the upstream transaction is never cut in half by a
disconnect, and its outcome is always logged.

AUTH uses the mechanism hooks rather than aiosmtpd's `authenticator=` callback, which is
synchronous: checking a password (scrypt, ~80 ms of CPU on purpose) must not stop every
other session, so it runs in a thread (gateway.auth.PasswordChecker). `handle_AUTH`
refuses, unchecked, an address with too many recent failures (gateway.auth.AuthThrottle).
"""

from __future__ import annotations

import asyncio
import binascii
from base64 import b64decode
from typing import Any

from aiosmtpd.proxy_protocol import ProxyData
from aiosmtpd.smtp import MISSING, SMTP, AuthResult, Envelope, LoginPassword, Session

from gateway.addresses import mailbox_error
from gateway.auth import AuthThrottle, PasswordChecker
from gateway.config import GatewayConfig
from gateway.logs import get_logger
from gateway.pipeline import Pipeline, Transaction
from gateway.protocol import GatewaySMTP, ListsHooks, new_ref
from policies import Policy
from policies.scope import is_amazon_address


class Handler(ListsHooks):
    """aiosmtpd handler hooks (`dir()` lists only those: gateway.protocol.ListsHooks).
    `config`, `policy` and `passwords` are replaced by a reload (new sessions and every
    later command see them); `draining` is set by a stop."""

    def __init__(self, config: GatewayConfig, policy: Policy, pipeline: Pipeline) -> None:
        self.pipeline = pipeline
        self.config = config
        self.policy = policy
        self.passwords = PasswordChecker(config.auth_users) if config.auth_enabled else None
        self.throttle = AuthThrottle(config.limits)
        self.draining = False

    def configure(self, config: GatewayConfig, policy: Policy) -> None:
        if config.auth_users != self.config.auth_users:
            self.passwords = PasswordChecker(config.auth_users) if config.auth_enabled else None
        self.throttle.configure(config.limits)
        self.config, self.policy = config, policy

    async def handle_PROXY(
        self, server: GatewaySMTP, session: Session, envelope: Envelope, data: ProxyData
    ) -> bool:
        """A valid PROXY header from a trusted proxy (only then does aiosmtpd call this):
        the session goes on as the client it names, if the session caps allow."""
        return server.proxied(data)

    async def handle_EHLO(
        self,
        server: SMTP,
        session: Session,
        envelope: Envelope,
        hostname: str,
        responses: list[str],
    ) -> list[str]:
        session.host_name = hostname
        lines = [r for r in responses if not (r.startswith("250-AUTH") and self.passwords is None)]
        # aiosmtpd reads each command as it comes, whether the client waited for the
        # previous reply or not, and answers in order: RFC 2920 pipelining as it is.
        lines[-1:-1] = ["250-PIPELINING", "250-ENHANCEDSTATUSCODES"]
        return lines

    async def handle_MAIL(
        self,
        server: GatewaySMTP,
        session: Session,
        envelope: Envelope,
        address: str,
        mail_options: list[str],
    ) -> str:
        if self.draining:  # the drain closes the session right after this reply
            server.said_bye = True
            return f"421 4.3.2 {self.config.hostname} Service shutting down, try again later"
        if server.path_problem is not None:
            return f"501 5.1.7 Bad sender address syntax: {server.path_problem}"
        if address != "<>":
            problem = mailbox_error(address, envelope.smtp_utf8)
            if problem is not None:
                code = "5.6.7" if "SMTPUTF8" in problem else "5.1.7"
                return f"553 {code} Bad sender address: {problem}"
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 2.1.0 Sender OK"

    async def handle_RCPT(
        self,
        server: GatewaySMTP,
        session: Session,
        envelope: Envelope,
        address: str,
        rcpt_options: list[str],
    ) -> str:
        if server.path_problem is not None:
            return f"501 5.1.3 Bad recipient address syntax: {server.path_problem}"
        problem = mailbox_error(address, envelope.smtp_utf8)
        if problem is not None:
            code = "5.6.7" if "SMTPUTF8" in problem else "5.1.3"
            return f"553 {code} Bad recipient address: {problem}"
        if len(envelope.rcpt_tos) >= self.config.limits.max_recipients:
            return "452 4.5.3 Too many recipients in one message; send the rest separately"
        if self.config.non_amazon == "refuse" and not is_amazon_address(address, self.policy):
            return (
                "550 5.7.1 This gateway only sends mail to Amazon buyer addresses "
                "(...@marketplace.amazon.*)"
            )
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 2.1.5 Recipient OK"

    async def handle_DATA(self, server: GatewaySMTP, session: Session, envelope: Envelope) -> str:
        # data_timeout < session_timeout (see Limits), once the upload no longer counts.
        server.restart_command_timer()
        spool = server.spool
        assert spool is not None, "GatewaySMTP hands every message over in its spool"
        server.recharge(spool.held)
        server.messages += 1
        auth = session.auth_data
        txn = Transaction(
            ref=new_ref(),
            conn=server.conn_id,
            client=server.client_ip,
            helo=str(session.host_name or ""),
            user=auth.login.decode("utf-8", "replace") if isinstance(auth, LoginPassword) else None,
            tls=session.ssl is not None,
            mail_from="" if envelope.mail_from in (None, "<>") else str(envelope.mail_from),
            rcpt_tos=list(envelope.rcpt_tos),
            message=spool,
        )
        try:
            return await asyncio.shield(self.pipeline.submit(txn))
        except asyncio.CancelledError:
            get_logger().warning(
                "client.gone",
                ref=txn.ref,
                conn=txn.conn,
                client=txn.client,
                note="the transaction goes on; its outcome is in its message event",
            )
            raise

    async def handle_exception(self, error: Exception) -> str:
        """A bug in a hook: 451 with a reference id (the client retries), never 500."""
        ref = new_ref()
        get_logger().error(
            "error", ref=ref, error=f"{type(error).__name__}: {error}", exc_info=error
        )
        return f"451 4.3.0 Internal error in the gateway, try again later (ref {ref})"

    # -- AUTH mechanisms (RFC 4616 PLAIN, the LOGIN draft), as aiosmtpd's own parse them ----

    async def handle_AUTH(
        self, server: GatewaySMTP, session: Session, envelope: Envelope, args: list[str]
    ) -> Any:
        """454 before any challenge while the client's address must wait; else MISSING
        (aiosmtpd goes on with the mechanism)."""
        wait = self.throttle.wait(server.client_ip)
        if wait <= 0:
            return MISSING
        self.pipeline.metrics.auth.labels("locked").inc()
        get_logger().warning(
            "auth.locked", conn=server.conn_id, client=server.client_ip, wait=round(wait, 1)
        )
        return (
            "454 4.7.0 Too many failed logins from your address; try again in "
            f"{max(1, round(wait))} seconds"
        )

    async def auth_PLAIN(self, server: GatewaySMTP, args: list[str]) -> AuthResult:
        if len(args) == 1:
            blob = await _challenge(server, "")
        else:
            blob = await _decode(server, args[1])
        if blob is None:
            return AuthResult(success=False)  # aiosmtpd or _decode has answered
        try:
            _, login, password = blob.split(b"\x00")
        except ValueError:
            await server.push("501 5.5.2 Can't split auth value")
            return AuthResult(success=False)
        return await self._authenticate(server, login, password)

    async def auth_LOGIN(self, server: GatewaySMTP, args: list[str]) -> AuthResult:
        if len(args) == 1:
            login = await _challenge(server, SMTP.AuthLoginUsernameChallenge)
        else:
            login = await _decode(server, args[1])
        password = None
        if login is not None:
            password = await _challenge(server, SMTP.AuthLoginPasswordChallenge)
        if login is None or password is None:
            return AuthResult(success=False)
        return await self._authenticate(server, login, password)

    async def _authenticate(self, server: GatewaySMTP, login: bytes, password: bytes) -> AuthResult:
        checker = self.passwords
        ok = checker is not None and await checker.check(login, password)
        user = login.decode("utf-8", "replace")
        client = server.client_ip
        self.pipeline.metrics.auth.labels("ok" if ok else "failed").inc()
        if ok:
            self.throttle.succeeded(client)
            get_logger().info("auth", conn=server.conn_id, client=client, user=user, success=ok)
            return AuthResult(success=True, auth_data=LoginPassword(login, b""))
        wait = self.throttle.failed(client)
        get_logger().info(
            "auth", conn=server.conn_id, client=client, user=user, success=ok, lockout=wait
        )
        return AuthResult(success=False, handled=False)  # aiosmtpd answers 535 5.7.8


async def _challenge(server: SMTP, text: str) -> bytes | None:
    """The client's answer to a 334 challenge; None if it aborted or sent no base64
    (aiosmtpd has answered it then)."""
    answer = await server.challenge_auth(text)
    return answer if isinstance(answer, bytes) else None


async def _decode(server: SMTP, text: str) -> bytes | None:
    try:
        return b64decode(text.encode(), validate=True)
    except binascii.Error:
        await server.push("501 5.5.2 Can't decode base64")
        return None
