"""Handing a message to the next hop: an SMTP smarthost (aiosmtplib) or a local Maildir.

An upstream either accepts the message for some recipients (`DeliveryResult`, possibly with
per-recipient refusals) or raises `TemporaryFailure` / `PermanentFailure`; a connection or
TLS problem, a timeout or a 4xx is temporary, a 5xx is permanent. The server turns those
into its own reply: 250 only once `send` returned with every recipient accepted.
"""

from __future__ import annotations

import asyncio
import os
import socket
import ssl
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol
from urllib.parse import parse_qs, unquote, urlsplit

import aiosmtplib


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


# -- SMTP smarthost --------------------------------------------------------------------


@dataclass(slots=True)
class _Idle:
    client: aiosmtplib.SMTP
    since: float


class SmtpUpstream:
    """A smarthost reached with aiosmtplib.

    URL forms: `smtp://host:port` (STARTTLS when offered), `smtp+starttls://` (STARTTLS
    required), `smtps://` (implicit TLS), credentials as `user:pass@host`; `?verify=no`
    turns certificate checks off (test smarthosts only). At most `max_connections` are open
    at once (smarthosts limit concurrency, e.g. Office 365's 432 4.3.2); idle connections are
    kept for `idle_seconds` and reused, checked with NOOP when they have been idle a while.
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
    ) -> None:
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme not in ("smtp", "smtp+starttls", "smtps"):
            raise ValueError(f"not an SMTP upstream URL: {url!r}")
        if not parts.hostname:
            raise ValueError(f"upstream URL has no host: {url!r}")
        self.host = parts.hostname
        self.use_tls = scheme == "smtps"
        self.start_tls: bool | None = True if scheme == "smtp+starttls" else None
        if self.use_tls:
            self.start_tls = False
        self.port = parts.port or (465 if self.use_tls else 587 if self.start_tls else 25)
        self.username = unquote(parts.username) if parts.username else None
        self.password = unquote(parts.password) if parts.password else None
        verify = parse_qs(parts.query).get("verify", ["yes"])[0].lower()
        self.validate_certs = verify not in ("no", "0", "false")
        self.local_hostname = local_hostname
        self.connect_timeout = connect_timeout
        self.timeout = timeout
        self.idle_seconds = idle_seconds
        self._slots = asyncio.Semaphore(max_connections)
        self._idle: list[_Idle] = []
        self._url_shown = f"{scheme}://{self.host}:{self.port}"

    def describe(self) -> str:
        return self._url_shown

    async def _connect(self) -> aiosmtplib.SMTP:
        client = aiosmtplib.SMTP(
            hostname=self.host,
            port=self.port,
            local_hostname=self.local_hostname,
            use_tls=self.use_tls,
            start_tls=self.start_tls,
            validate_certs=self.validate_certs,
            timeout=self.timeout,
            username=self.username,
            password=self.password,
        )
        await client.connect(timeout=self.connect_timeout)
        return client

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
        return await self._connect()

    def _checkin(self, client: aiosmtplib.SMTP) -> None:
        if client.is_connected:
            self._idle.append(_Idle(client, time.monotonic()))

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
            except (aiosmtplib.SMTPException, OSError, ssl.SSLError, TimeoutError) as exc:
                raise TemporaryFailure(
                    451, "4.4.1", f"cannot connect to the smarthost {self._url_shown}"
                ) from exc
            reusable = False
            try:
                options = []
                if not data.isascii() and client.supports_extension("8bitmime"):
                    options.append("BODY=8BITMIME")
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
) -> Upstream:
    """`maildir:PATH` or an smtp/smtp+starttls/smtps URL."""
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
    )
