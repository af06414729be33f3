"""Handing a message to the next hop: an SMTP smarthost (aiosmtplib) or a local Maildir.

An upstream either accepts the message for some recipients (`DeliveryResult`, possibly with
per-recipient refusals) or raises `TemporaryFailure` / `PermanentFailure`; a connection or
TLS problem, a timeout or a 4xx is temporary, a 5xx is permanent. The server turns those
into its own reply: 250 only once `send` returned with every recipient accepted.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import socket
import ssl
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol
from urllib.parse import parse_qs, unquote, urlsplit

import aiosmtplib

from gateway.logs import get_logger


@dataclass(frozen=True, slots=True)
class DeliveryResult:
    """What the next hop did with one transaction."""

    accepted: list[str]
    refused: dict[str, tuple[int, str]] = field(default_factory=dict)
    reply: tuple[int, str] = (250, "OK")

    @property
    def complete(self) -> bool:
        return not self.refused


class UpstreamError(Exception):
    """The next hop did not take the message. `code`/`enhanced` are what the client should
    see (the upstream's own when it gave one)."""

    def __init__(self, code: int, enhanced: str, text: str) -> None:
        super().__init__(f"{code} {enhanced} {text}")
        self.code = code
        self.enhanced = enhanced
        self.text = text


class TemporaryFailure(UpstreamError):
    """Try again later: 4xx, timeout, connection or TLS failure."""


class PermanentFailure(UpstreamError):
    """The upstream refused the message for good (5xx)."""


class Upstream(Protocol):
    async def send(self, mail_from: str, rcpt_tos: list[str], data: bytes) -> DeliveryResult: ...

    async def close(self) -> None: ...

    def describe(self) -> str: ...


def _split_enhanced(code: int, text: str) -> tuple[str, str]:
    """('4.x.x', rest) from an upstream reply text; a generic class code if it has none."""
    head, _, rest = text.strip().partition(" ")
    parts = head.split(".")
    if len(parts) == 3 and all(p.isdigit() for p in parts) and head[0] in "245":
        return head, rest
    return f"{str(code)[0]}.0.0", text.strip()


def _failure(code: int, text: str) -> UpstreamError:
    enhanced, rest = _split_enhanced(code, text)
    rest = " ".join(rest.split())  # multi-line upstream replies become one line
    cls = PermanentFailure if 500 <= code < 600 else TemporaryFailure
    if cls is TemporaryFailure and not 400 <= code < 500:
        code, enhanced = 451, "4.4.2"  # nonsense code from upstream: treat as a bad connection
    return cls(code, enhanced, f"upstream said: {rest}")


def _needs_smtputf8(
    mail_from: str, rcpt_tos: list[str], data: bytes, client: aiosmtplib.SMTP
) -> bool:
    """SMTPUTF8 on MAIL FROM: always for a UTF-8 address (aiosmtplib then refuses a
    smarthost without it), and for UTF-8 header fields (RFC 6532) when it is offered."""
    if not (mail_from + "".join(rcpt_tos)).isascii():
        return True
    end = data.find(b"\n\r\n")
    head = data[: end if end >= 0 else len(data)].split(b"\n\n", 1)[0]  # not a copy of the body
    return not head.isascii() and client.supports_extension("smtputf8")


# -- SMTP smarthost --------------------------------------------------------------------


class TlsFailure(Exception):
    """The smarthost's TLS did not meet the URL's terms (no STARTTLS where it is required,
    STARTTLS refused, a certificate that does not match the pinned fingerprint)."""


def fingerprint_text(digest: str) -> str:
    """64 hex digits as `openssl x509 -fingerprint -sha256` prints them (AB:CD:…)."""
    return ":".join(digest[i : i + 2] for i in range(0, len(digest), 2)).upper()


def _chain(exc: BaseException) -> list[BaseException]:
    """`exc` and the exceptions it was raised from (aiosmtplib wraps the ssl errors)."""
    seen: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in seen:
        seen.append(current)
        current = current.__cause__ or current.__context__
    return seen


def connect_reason(exc: BaseException, host: str) -> tuple[str, bool]:
    """(why a connection to the smarthost failed, in a few words; whether TLS was why)."""
    chain = _chain(exc)
    for item in chain:
        if isinstance(item, TlsFailure):
            return str(item), True
        if isinstance(item, ssl.SSLCertVerificationError):
            if item.verify_code in (62, 64):  # X509_V_ERR_HOSTNAME_MISMATCH, IP_ADDRESS_MISMATCH
                return f"TLS hostname mismatch: the certificate is not valid for {host}", True
            return f"TLS certificate verify failed: {item.verify_message}", True
        if isinstance(item, ssl.SSLError):
            return f"TLS handshake failed: {item.reason or item.strerror or item}", True
    for item in chain:
        if isinstance(item, (TimeoutError, aiosmtplib.SMTPTimeoutError)):
            return "no answer in time", False
        if isinstance(item, aiosmtplib.SMTPServerDisconnected):
            return "the smarthost closed the connection", False
        if isinstance(item, OSError) and not isinstance(item, aiosmtplib.SMTPException):
            if isinstance(item.errno, int) and item.errno > 0:
                return os.strerror(item.errno).lower(), False  # "connection refused"
            if item.strerror:
                return item.strerror.lower(), False  # "name or service not known"
    return str(exc) or type(exc).__name__, False


async def _greet(client: aiosmtplib.SMTP) -> None:
    """EHLO, or HELO for a server that knows no EHLO."""
    try:
        await client.ehlo()
    except aiosmtplib.SMTPHeloError:
        await client.helo()


@dataclass(slots=True)
class _Idle:
    client: aiosmtplib.SMTP
    since: float


class SmtpUpstream:
    """A smarthost reached with aiosmtplib.

    URL forms, credentials as `user:pass@host`:
    - `smtp://host:port`: opportunistic TLS, Postfix's `may` level: STARTTLS when the
      smarthost offers it, the certificate not checked (an unverifiable certificate never
      holds mail up), plain text when STARTTLS is not offered or its handshake fails;
    - `smtp+starttls://host:port` (STARTTLS required) and `smtps://host:port` (TLS from the
      first byte): the certificate is verified against the system's CA store, or the
      `ca_file` given, and must name the host; or, with `fingerprints`, its SHA-256 must be
      one of them (then nothing else is checked: a private smarthost's self-signed
      certificate). `?verify=no` encrypts without any check (test smarthosts only).

    At most `max_connections` are open at once (smarthosts limit concurrency, e.g. Office
    365's 432 4.3.2); idle connections are kept for `idle_seconds` and reused, checked with
    NOOP when they have been idle a while.
    """

    def __init__(
        self,
        url: str,
        *,
        local_hostname: str,
        max_connections: int = 20,
        connect_timeout: float = 30.0,
        timeout: float = 120.0,
        idle_seconds: float = 30.0,
        ca_file: str | None = None,
        fingerprints: Sequence[str] = (),
    ) -> None:
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme not in ("smtp", "smtp+starttls", "smtps"):
            raise ValueError(f"not an SMTP upstream URL: {url!r}")
        if not parts.hostname:
            raise ValueError(f"upstream URL has no host: {url!r}")
        self.host = parts.hostname
        self.use_tls = scheme == "smtps"
        self.require_starttls = scheme == "smtp+starttls"
        self.port = parts.port or (465 if self.use_tls else 587 if self.require_starttls else 25)
        self.username = unquote(parts.username) if parts.username else None
        self.password = unquote(parts.password) if parts.password else None
        verify = parse_qs(parts.query).get("verify", ["yes"])[0].lower()
        # smtp:// never checks the certificate: the point is to encrypt when possible.
        self.verify = scheme != "smtp" and verify not in ("no", "0", "false")
        self.fingerprints = frozenset(f.lower() for f in fingerprints)
        self.ca_file = ca_file
        if self.fingerprints or not self.verify:
            # A pin replaces the CA check: compared after the handshake (_check_pin).
            self._tls = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
            self._tls.check_hostname = False
            self._tls.verify_mode = ssl.CERT_NONE
        else:
            self._tls = ssl.create_default_context(cafile=ca_file)
        self.local_hostname = local_hostname
        self.connect_timeout = connect_timeout
        self.timeout = timeout
        self.idle_seconds = idle_seconds
        self._slots = asyncio.Semaphore(max_connections)
        self._idle: list[_Idle] = []
        self._url_shown = f"{scheme}://{self.host}:{self.port}"

    def describe(self) -> str:
        return self._url_shown

    def _client(self) -> aiosmtplib.SMTP:
        return aiosmtplib.SMTP(
            hostname=self.host,
            port=self.port,
            local_hostname=self.local_hostname,
            use_tls=self.use_tls,
            start_tls=False,  # done by _open, which knows what a failure means here
            tls_context=self._tls,
            timeout=self.timeout,
        )

    async def _open(self, *, probe: bool = False) -> aiosmtplib.SMTP:
        """A connection the way mail goes: greeting, EHLO, STARTTLS (or TLS from the first
        byte), the certificate's pin, then AUTH (not for a `probe`). Raises what failed;
        `connect_reason` says why in words."""
        client = self._client()
        try:
            await client.connect(timeout=self.connect_timeout)
            if not self.use_tls:
                await _greet(client)
                if client.supports_extension("starttls"):
                    try:
                        await client.starttls()
                    except (ssl.SSLError, aiosmtplib.SMTPResponseException) as exc:
                        if self.require_starttls:
                            if isinstance(exc, aiosmtplib.SMTPResponseException):
                                raise TlsFailure(
                                    f"the smarthost refused STARTTLS: {exc.code} {exc.message}"
                                ) from exc
                            raise
                        client.close()
                        client = await self._plain_after(exc, log=not probe)
                elif self.require_starttls:
                    raise TlsFailure("the smarthost does not offer STARTTLS")
            self._check_pin(client)
            if not probe and self.username is not None:
                await client.login(self.username, self.password or "")
        except BaseException:
            client.close()
            raise
        return client

    async def _plain_after(self, exc: BaseException, *, log: bool) -> aiosmtplib.SMTP:
        """smtp://: a smarthost that offers STARTTLS but cannot complete it gets the mail
        in plain text, as it would with no STARTTLS at all (Postfix's `may` does the
        same); logged, since it also means the smarthost's TLS is broken."""
        if log:
            get_logger().warning(
                "upstream.tls_fallback",
                upstream=self._url_shown,
                reason=connect_reason(exc, self.host)[0],
                note="STARTTLS failed; this connection goes on in plain text (smtp:// is "
                "opportunistic: smtp+starttls:// requires TLS)",
            )
        client = self._client()
        try:
            await client.connect(timeout=self.connect_timeout)
        except BaseException:
            client.close()
            raise
        return client

    def _check_pin(self, client: aiosmtplib.SMTP) -> None:
        if not self.fingerprints:
            return
        ssl_object = client.get_transport_info("ssl_object")
        der = ssl_object.getpeercert(binary_form=True) if ssl_object is not None else None
        if not der:
            raise TlsFailure("TLS certificate pin mismatch: the smarthost sent no certificate")
        digest = hashlib.sha256(der).hexdigest()
        if digest not in self.fingerprints:
            raise TlsFailure(
                "TLS certificate pin mismatch: the smarthost's certificate is "
                f"sha256:{fingerprint_text(digest)}, not a pinned fingerprint"
            )

    async def probe(self) -> str:
        """'ok' if a connection the way mail goes (greeting, EHLO, STARTTLS or TLS, the
        same certificate check; no login, no message) works, then QUIT; else why not."""
        try:
            client = await self._open(probe=True)
        except aiosmtplib.SMTPResponseException as exc:
            return f"{self._url_shown}: {exc.code} {exc.message}"
        except (aiosmtplib.SMTPException, OSError, TlsFailure) as exc:
            return f"{self._url_shown}: {connect_reason(exc, self.host)[0]}"
        encrypted = client.get_transport_info("sslcontext") is not None
        try:
            await client.quit()
        except (aiosmtplib.SMTPException, OSError):
            client.close()
        return "ok" if encrypted else "ok (not encrypted)"

    async def _checkout(self) -> aiosmtplib.SMTP:
        now = time.monotonic()
        while self._idle:
            idle = self._idle.pop()
            if not idle.client.is_connected or now - idle.since > self.idle_seconds:
                idle.client.close()
                continue
            if now - idle.since > 2.0:
                try:
                    await idle.client.noop(timeout=min(self.timeout, 10.0))
                except (aiosmtplib.SMTPException, OSError):
                    idle.client.close()
                    continue
            return idle.client
        return await self._open()

    def _checkin(self, client: aiosmtplib.SMTP) -> None:
        if client.is_connected:
            self._idle.append(_Idle(client, time.monotonic()))

    def _cannot_connect(self, exc: BaseException) -> TemporaryFailure:
        reason, tls = connect_reason(exc, self.host)
        get_logger().warning("upstream.connect_failed", upstream=self._url_shown, reason=reason)
        # 4.7.5: "cryptographic failure" (what Postfix says for a failed TLS policy).
        enhanced = "4.7.5" if tls else "4.4.1"
        return TemporaryFailure(
            451, enhanced, f"cannot connect to the smarthost {self._url_shown}: {reason}"
        )

    async def send(self, mail_from: str, rcpt_tos: list[str], data: bytes) -> DeliveryResult:
        async with self._slots:
            try:
                client = await self._checkout()
            except aiosmtplib.SMTPAuthenticationError as exc:
                raise TemporaryFailure(
                    451, "4.7.0", f"the gateway could not log in to the smarthost ({exc.code})"
                ) from exc
            except aiosmtplib.SMTPResponseException as exc:
                raise _failure(exc.code, exc.message) from exc
            except (aiosmtplib.SMTPException, OSError, TlsFailure, TimeoutError) as exc:
                raise self._cannot_connect(exc) from exc
            reusable = False
            try:
                options = []
                if not data.isascii() and client.supports_extension("8bitmime"):
                    options.append("BODY=8BITMIME")
                if _needs_smtputf8(mail_from, rcpt_tos, data, client):
                    options.append("SMTPUTF8")
                errors, message = await client.sendmail(
                    mail_from, rcpt_tos, data, mail_options=options
                )
                reusable = True
                refused = {r: (resp.code, resp.message) for r, resp in errors.items()}
                accepted = [r for r in rcpt_tos if r not in refused]
                return DeliveryResult(accepted, refused, (250, message))
            except aiosmtplib.SMTPRecipientsRefused as exc:
                reusable = True
                codes = [(r.code, r.message) for r in exc.recipients]
                # Any temporary refusal makes the whole reply temporary: a retry may succeed.
                temporary = [c for c in codes if c[0] < 500]
                raise _failure(*(temporary[0] if temporary else codes[0])) from exc
            except aiosmtplib.SMTPResponseException as exc:
                reusable = exc.code not in (421,)
                raise _failure(exc.code, exc.message) from exc
            except (aiosmtplib.SMTPTimeoutError, TimeoutError) as exc:
                raise TemporaryFailure(
                    451, "4.4.1", "the smarthost did not answer in time; the outcome is unknown"
                ) from exc
            except aiosmtplib.SMTPNotSupported as exc:
                reusable = True  # refused before MAIL: the connection is as it was
                raise PermanentFailure(
                    553,
                    "5.6.7",
                    "the smarthost does not support SMTPUTF8, which this message's UTF-8 "
                    "addresses need",
                ) from exc
            except (aiosmtplib.SMTPException, OSError, ssl.SSLError) as exc:
                raise TemporaryFailure(
                    451, "4.4.2", "the connection to the smarthost was lost"
                ) from exc
            finally:
                if reusable:
                    self._checkin(client)
                else:
                    client.close()

    async def close(self) -> None:
        idle, self._idle = self._idle, []
        for item in idle:
            try:
                await asyncio.wait_for(item.client.quit(), 2.0)
            except (aiosmtplib.SMTPException, OSError, TimeoutError):
                item.client.close()


# -- Maildir ---------------------------------------------------------------------------


class MaildirUpstream:
    """Each delivery becomes one file in a Maildir (tmp/ → fsync → rename into new/ → fsync
    the directory), with the envelope as `Return-Path:` and `Delivered-To:` lines on top the
    way a local delivery agent writes them. The embedded default, so a newcomer sees mail
    land in ./var/outbox/new without a smarthost."""

    def __init__(self, path: str) -> None:
        self.path = Path(path)
        self._host = socket.gethostname().replace("/", "_").replace(":", "_")

    def describe(self) -> str:
        return f"maildir:{self.path}"

    def _write(self, mail_from: str, rcpt_tos: list[str], data: bytes) -> str:
        for sub in ("tmp", "new", "cur"):
            (self.path / sub).mkdir(parents=True, exist_ok=True)
        eol = b"\r\n" if b"\r\n" in data[:4096] else b"\n"
        head = f"Return-Path: <{mail_from}>".encode() + eol
        head += b"".join(f"Delivered-To: {r}".encode() + eol for r in rcpt_tos)
        name = f"{time.time():.6f}.{uuid.uuid4().hex}.{self._host}"
        tmp = self.path / "tmp" / name
        with open(tmp, "wb") as fh:
            fh.write(head)
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.rename(tmp, self.path / "new" / name)
        fd = os.open(self.path / "new", os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        return name

    async def send(self, mail_from: str, rcpt_tos: list[str], data: bytes) -> DeliveryResult:
        try:
            name = await asyncio.to_thread(self._write, mail_from, rcpt_tos, data)
        except OSError as exc:
            raise TemporaryFailure(
                451, "4.3.0", f"cannot write to the outbox {self.path}: {exc.strerror}"
            ) from exc
        return DeliveryResult(list(rcpt_tos), {}, (250, f"2.0.0 saved as {name}"))

    async def close(self) -> None:
        return None


def upstream_from_url(
    url: str,
    *,
    local_hostname: str = "localhost",
    max_connections: int = 20,
    connect_timeout: float = 30.0,
    timeout: float = 120.0,
    ca_file: str | None = None,
    fingerprints: Sequence[str] = (),
) -> Upstream:
    """`maildir:PATH` or an smtp/smtp+starttls/smtps URL (`ca_file`, `fingerprints`: see
    SmtpUpstream)."""
    if url.lower().startswith("maildir:"):
        path = url[len("maildir:") :]
        if path.startswith("//"):
            path = path[2:]
        if not path:
            raise ValueError("maildir: needs a path, e.g. maildir:./var/outbox")
        return MaildirUpstream(path)
    return SmtpUpstream(
        url,
        local_hostname=local_hostname,
        max_connections=max_connections,
        connect_timeout=connect_timeout,
        timeout=timeout,
        ca_file=ca_file,
        fingerprints=fingerprints,
    )
