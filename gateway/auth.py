"""AUTH for the handler: password checks off the event loop that take as long for a user
who does not exist as for one who does, and per-address failure limits with backoff.

- `PasswordChecker`: scrypt (or PBKDF2) runs in a thread, ~50-80 ms of CPU on purpose. A
  user name that is not configured is checked against a dummy hash with the parameters of
  the configured ones, so the time of a reply says nothing about who exists. A correct
  password is remembered by a digest, so a helpdesk reconnecting all day pays once.
- `AuthThrottle`: failed logins counted per client address (an IPv6 client by its /64,
  which one client usually holds whole), across sessions. After `auth_max_failures` the
  address must wait `auth_lockout` seconds, doubled by each further failure up to
  `auth_lockout_max`; meanwhile every AUTH from it is answered 454 unchecked (no CPU spent,
  nothing learned). A success clears the address; a record is forgotten `auth_lockout_max`
  seconds after its last failure. Held in memory, per gateway process (a restart forgets).
"""

from __future__ import annotations

import asyncio
import hashlib
import ipaddress
import secrets
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from gateway.config import Limits, format_hash, hash_password, parse_hash, verify_password

# Beyond this many addresses remembered, the longest quiet ones are forgotten first.
MAX_TRACKED = 100_000


def dummy_hash(users: dict[str, str]) -> str:
    """A hash no password matches, with the scheme and cost of most configured users."""
    shapes: Counter[tuple[str, tuple[int, ...], int, int]] = Counter()
    for hashed in users.values():
        scheme, params, salt, digest = parse_hash(hashed)
        shapes[(scheme, params, len(salt), len(digest))] += 1
    if not shapes:
        return hash_password(secrets.token_hex(16))
    (scheme, params, salt_len, digest_len), _ = shapes.most_common(1)[0]
    return format_hash(
        scheme, params, secrets.token_bytes(salt_len), secrets.token_bytes(digest_len)
    )


class PasswordChecker:
    """Checks AUTH credentials against the hashed passwords of the config, off the loop."""

    def __init__(self, users: dict[str, str]) -> None:
        self.users = users
        self._dummy = dummy_hash(users)
        self._ok: set[tuple[str, bytes]] = set()

    async def check(self, login: bytes, password: bytes) -> bool:
        name = login.decode("utf-8", "replace")
        key = (name, hashlib.sha256(password).digest())
        if key in self._ok:
            return True
        hashed = self.users.get(name)
        # An unknown user costs as much as a wrong password: no hint about who exists.
        ok = await asyncio.to_thread(verify_password, hashed or self._dummy, password)
        ok = ok and hashed is not None
        if ok:
            self._ok.add(key)
        return ok


def client_key(address: str) -> str:
    """The address failures are counted under: an IPv6 client by its /64."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return str(ip.ipv4_mapped)
        return str(ipaddress.ip_network(f"{ip}/64", strict=False))
    return str(ip)


@dataclass(slots=True)
class _Failures:
    count: int
    last: float
    until: float = 0.0


class AuthThrottle:
    """Failed AUTH attempts per client address, across sessions (see the module doc)."""

    def __init__(self, limits: Limits, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self._by_client: dict[str, _Failures] = {}
        self.configure(limits)

    def configure(self, limits: Limits) -> None:
        self.max_failures = limits.auth_max_failures
        self.lockout = limits.auth_lockout
        self.lockout_max = limits.auth_lockout_max

    def wait(self, client: str) -> float:
        """Seconds `client` must still wait before its next AUTH is checked (0: now)."""
        record = self._by_client.get(client_key(client))
        return max(0.0, record.until - self.clock()) if record is not None else 0.0

    def failed(self, client: str) -> float:
        """Count a failure; the seconds of the wait it starts (0 if none)."""
        now = self.clock()
        key = client_key(client)
        record = self._by_client.pop(key, None) or _Failures(0, now)
        record.count += 1
        record.last = now
        self._by_client[key] = record  # most recent last: the order pruning goes by
        self._prune(now)
        over = record.count - self.max_failures
        if over < 0:
            return 0.0
        seconds = float(min(self.lockout * 2 ** min(over, 32), self.lockout_max))
        record.until = now + seconds
        return seconds

    def succeeded(self, client: str) -> None:
        self._by_client.pop(client_key(client), None)

    def locked(self) -> int:
        """Addresses that must wait now (a gauge)."""
        now = self.clock()
        return sum(1 for r in self._by_client.values() if r.until > now)

    def _prune(self, now: float) -> None:
        """Forget addresses without a failure for `lockout_max` seconds (their wait is
        over), oldest first, and the oldest beyond MAX_TRACKED."""
        for key, record in list(self._by_client.items()):
            quiet = now - record.last > self.lockout_max
            if not quiet and len(self._by_client) <= MAX_TRACKED:
                break
            del self._by_client[key]
