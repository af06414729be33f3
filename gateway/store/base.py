"""What every store guarantees, and the parts both implementations share.

`Store` is the interface the gateway programs against; `Store.open(url)` picks the
implementation from the URL's scheme (`sqlite:` → `gateway.store.sqlite`, `postgresql:` or
`postgres:` → `gateway.store.postgres`). The implementation module is imported by name
when it is needed, so this module imports neither (no import cycle) and a gateway that
uses SQLite never loads the PostgreSQL driver.

Guarantees, whatever the implementation:

- a write method returns only once its transaction is committed and durable (the server
  answers 250 for a blocked message only after `quarantine_put` returned);
- one review request per order: `review_reserve` lets exactly one message through per
  order, across every gateway sharing the store;
- a quarantine release is claimed by exactly one caller (`quarantine_claim_release`),
  even when two operators release the same message at the same moment;
- the schema migrates itself on open, and several gateways may open it at once;
- every failure (unreachable, locked, read-only, corrupt, closed) is raised as
  `StoreError`, which the server turns into a 451 (the client retries).

Retention: `expire()` deletes quarantined messages older than `quarantine_retention`
(default 30 days, released or not) and review-request memory older than
`review_retention` (default 90 days, Amazon counts per order), in batches of
`PURGE_BATCH` rows, each batch its own short transaction, so mail is never kept waiting
behind a long lock. It is meant to run in the background every few minutes;
`quarantine_purge(older_than)` and `review_purge(older_than)` are its two halves (the
first is what `quarantine purge --older-than` needs).
"""

from __future__ import annotations

import abc
import asyncio
import importlib
import json
import secrets
from collections.abc import Callable, Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.parser import BytesHeaderParser
from email.policy import default as default_email_policy
from typing import Any, ClassVar

from gateway.store.retryqueue import QueueStats as QueueStats
from gateway.store.retryqueue import RetryItem as RetryItem
from gateway.store.retryqueue import RetryQueue, SqlRetryQueue
from gateway.store.retryqueue import shielded as shielded
from policies.headers import split_head

DEFAULT_PENDING_TIMEOUT = timedelta(minutes=15)
# A release claim not finished (delivered or abandoned) within this time is taken to be
# left by a crashed CLI, and another operator may claim the message.
DEFAULT_CLAIM_TIMEOUT = timedelta(minutes=15)
DEFAULT_QUARANTINE_RETENTION = timedelta(days=30)
DEFAULT_REVIEW_RETENTION = timedelta(days=90)
# Rows deleted per retention statement: small enough that each transaction is over in
# milliseconds, large enough that a month of backlog clears in a few hundred statements.
PURGE_BATCH = 500

# Crockford's base32: no i, l, o, u, so an id read aloud or typed from paper is unambiguous.
_ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz"
_TYPO = str.maketrans({"i": "1", "l": "1", "o": "0"})
QID_PREFIX = "q-"
QID_LENGTH = 10

# URL scheme → module implementing it (imported on first use).
_IMPLEMENTATIONS = {
    "sqlite": "gateway.store.sqlite",
    "postgresql": "gateway.store.postgres",
    "postgres": "gateway.store.postgres",
}


class StoreError(Exception):
    """The store cannot do what was asked (unreachable, unwritable, locked, corrupt, closed…)."""


@dataclass(frozen=True, slots=True)
class QuarantineItem:
    """One quarantined message. `raw` is None in listings (only `quarantine_get` loads it)."""

    id: str
    ref: str
    created: str
    mail_from: str
    rcpt_tos: list[str]
    subject: str
    size: int
    verdict: dict[str, Any]
    raw: bytes | None
    released_at: str | None
    released_by: str | None
    forced: bool

    @property
    def released(self) -> bool:
        return self.released_at is not None

    @property
    def rule_ids(self) -> list[str]:
        """The rules that blocked the message (what `quarantine list` shows)."""
        findings = self.verdict.get("findings", [])
        return sorted({f["rule"] for f in findings if f.get("action") == "block"})


@dataclass(frozen=True, slots=True)
class Expired:
    """How many rows one `expire()` run deleted."""

    quarantine: int
    reviews: int


def new_quarantine_id() -> str:
    """'q-' + 10 random Crockford base32 characters (50 bits): short, typable, unique."""
    return QID_PREFIX + "".join(secrets.choice(_ALPHABET) for _ in range(QID_LENGTH))


def normalize_quarantine_id(qid: str) -> str:
    """Accept what a person types: any case, surrounding spaces, with or without 'q-',
    and the letters i/l/o mistaken for 1/0."""
    body = qid.strip().lower().removeprefix(QID_PREFIX)
    return QID_PREFIX + body.translate(_TYPO)


def utc_now() -> datetime:
    return datetime.now(UTC)


def iso(moment: datetime) -> str:
    """The one text form of a time in the store's interface: UTC, microseconds, '+00:00'."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def subject_of(raw: bytes) -> str:
    """The message's Subject, unfolded and cut to 200 characters ('' if undecodable)."""
    head, _ = split_head(raw)
    try:
        value = BytesHeaderParser(policy=default_email_policy).parsebytes(head)["Subject"]
    except Exception:  # a header that cannot be decoded is shown as absent
        return ""
    return " ".join(str(value or "").split())[:200]


def describe_review(ref: str, state: str, created: str) -> str:
    """How `review_reserve` describes the earlier request that blocks a new one."""
    status = "sent" if state == "sent" else "being sent"
    return f"reference {ref}, {status} {created[:19].replace('T', ' ')} UTC"


def takes_over(state: str, stale: bool, earlier_mid: str, message_id: str) -> bool:
    """Whether a review request takes over the order's reservation instead of being a
    repeat: only a reservation never confirmed as sent, left by a gateway that died
    mid-relay (`stale`), or held by an earlier attempt at the same message (the client's
    retry after a 4xx, a timeout or a crash: the same Message-ID)."""
    same = bool(message_id) and message_id == earlier_mid
    return state == "pending" and (stale or same)


def describe_release(released_at: str | None, released_by: str | None) -> str:
    """How `quarantine_claim_release` describes a release that was already made."""
    return f"it was already released on {released_at} by {released_by}"


class Store(RetryQueue):
    """The gateway's state: quarantined messages and the one-review-request-per-order
    memory. Open with `await Store.open(url)`, close with `await close()`.

    Workflow the rest of the gateway builds on:

    - blocked message → `quarantine_put(ref, raw, mail_from, rcpt_tos, verdict.to_dict())`
      → quarantine id (`q-` + 10 characters), then the bounce report names that id.
      `rcpt_tos` are the envelope recipients; a release delivers to the Amazon aliases
      among them.
    - `bsm-gateway quarantine list|show|release|delete` → `quarantine_list/get/...`. A
      release first claims the message with `quarantine_claim_release(qid, who)` (None:
      the claim is yours, deliver; otherwise why not), then records the delivery with
      `quarantine_mark_released(qid, who, forced)`, or gives the claim back with
      `quarantine_release_abandon(qid, who)` when delivery failed.
    - review or feedback request for an order → `review_reserve(order_id, ref,
      message_id)` before relaying: None means "ours, go on"; a string describes the
      earlier request and the message must be blocked (review.repeat_request). After the
      upstream accepted: `review_confirm`; if relaying failed: `review_release`, so the
      client's retry can reserve again. A reservation left 'pending' by a crash expires
      after `pending_timeout` (default 15 minutes) and is taken over; before that, only
      by a retry of the same message (same Message-ID). A client re-sending
      the very same message (same Message-ID) after the first copy was relayed but before
      it saw our 250 is not a second request: it is let through.
    - recipients the upstream refused for now after the message was taken for others →
      `retry_put`, delivered later by the gateway (gateway.retry; see
      gateway.store.retryqueue).
    - retention → `expire()` in the background (see the module docstring).
    """

    path: str  # what errors and logs name: the file, or the URL without its password
    pending_timeout: timedelta
    claim_timeout: timedelta = DEFAULT_CLAIM_TIMEOUT

    @classmethod
    async def open(
        cls,
        url: str,
        *,
        pending_timeout: timedelta = DEFAULT_PENDING_TIMEOUT,
        clock: Callable[[], datetime] = utc_now,
        migrations: Sequence[Sequence[str]] | None = None,
    ) -> Store:
        """Open the store the URL names (`sqlite:///path`, `postgresql://user:pass@host/db`),
        migrating its schema, and check that it takes a write. Raises StoreError otherwise.
        `migrations` replaces the implementation's list of schema steps (tests only)."""
        scheme = url.partition(":")[0].lower()
        module_name = _IMPLEMENTATIONS.get(scheme)
        if module_name is None:
            raise StoreError(
                f"unsupported store URL {url!r} ({scheme or 'no scheme'}): use "
                "sqlite:///path/to/state.db or postgresql://user:password@host/database"
            )
        implementation: type[Store] = importlib.import_module(module_name).IMPLEMENTATION
        return await implementation.connect(
            url, pending_timeout=pending_timeout, clock=clock, migrations=migrations
        )

    @classmethod
    @abc.abstractmethod
    async def connect(
        cls,
        url: str,
        *,
        pending_timeout: timedelta,
        clock: Callable[[], datetime],
        migrations: Sequence[Sequence[str]] | None,
    ) -> Store:
        """The implementation's `open`."""

    @abc.abstractmethod
    async def close(self) -> None:
        """Release the connections; further calls raise StoreError. Idempotent."""

    @abc.abstractmethod
    async def schema_version(self) -> int:
        """The schema version the database is at."""

    @abc.abstractmethod
    async def ping(self) -> None:
        """Write a heartbeat row and commit: raises StoreError if the store is not
        writable (for the readiness check)."""

    # -- quarantine ---------------------------------------------------------------------------

    @abc.abstractmethod
    async def quarantine_put(
        self,
        ref: str,
        raw: bytes,
        mail_from: str,
        rcpt_tos: list[str],
        verdict: dict[str, Any],
        *,
        report_owner: str | None = None,
    ) -> str:
        """Keep a blocked message; returns its quarantine id once it is committed.
        `report_owner`: the gateway that is to send its report (recorded as owed until
        `quarantine_report_sent`; see gateway.store.retryqueue)."""

    @abc.abstractmethod
    async def quarantine_list(
        self, *, limit: int | None = None, include_released: bool = True
    ) -> list[QuarantineItem]:
        """Quarantined messages, newest first, without their bytes."""

    @abc.abstractmethod
    async def quarantine_count(self) -> int:
        """Messages held and not released (the quarantine-size gauge)."""

    @abc.abstractmethod
    async def quarantine_get(self, qid: str) -> QuarantineItem | None:
        """One quarantined message with its original bytes, or None."""

    @abc.abstractmethod
    async def quarantine_delete(self, qid: str) -> bool:
        """Forget a quarantined message for good; False if there was none."""

    @abc.abstractmethod
    async def quarantine_claim_release(
        self, qid: str, who: str, *, force: bool = False
    ) -> str | None:
        """Claim the message for delivery by `who`: None when the claim is yours (deliver,
        then `quarantine_mark_released` or `quarantine_release_abandon`), otherwise why
        not (no such message, being released by someone else, already released; `force`
        overrides only "already released"). Exactly one of several simultaneous callers
        gets None. A claim older than `claim_timeout` (a crashed CLI) can be taken over."""

    @abc.abstractmethod
    async def quarantine_release_abandon(self, qid: str, who: str) -> None:
        """Give back the claim `who` holds (delivery failed): the message stays
        unreleased and can be claimed again at once."""

    @abc.abstractmethod
    async def quarantine_mark_released(self, qid: str, who: str, forced: bool) -> None:
        """Record that `who` released the message now (`forced`: despite the policy) and
        drop any claim on it. StoreError if there is no such message."""

    @abc.abstractmethod
    async def quarantine_purge(self, older_than: timedelta, *, batch: int = PURGE_BATCH) -> int:
        """Delete quarantined messages (released or not) created more than `older_than`
        ago, `batch` rows per transaction; returns how many."""

    # -- review requests ----------------------------------------------------------------------

    @abc.abstractmethod
    async def review_reserve(
        self, order_id: str, ref: str, message_id: str, *, body_hash: str = ""
    ) -> str | None:
        """Claim the order's one review/feedback request for the message `ref`.

        None: the claim is ours (relay the message, then `review_confirm`, or
        `review_release` if relaying failed). Otherwise a short description of the earlier
        request (its reference and time, sent or still in flight): block this message.
        A reservation still pending (never confirmed as sent) is taken over by the same
        message (the same `message_id`). `body_hash` (a digest of the body) is kept
        with the reservation, so that the gateway can tell a retry under a new
        Message-ID (`review_get`) and wait for the earlier attempt's outcome.
        """

    @abc.abstractmethod
    async def review_confirm(self, order_id: str, ref: str) -> None:
        """The request reserved under `ref` was relayed: from now on it counts."""

    @abc.abstractmethod
    async def review_release(self, order_id: str, ref: str) -> None:
        """Relaying the request reserved under `ref` failed: forget the reservation
        (a request already sent is never forgotten, except by retention)."""

    @abc.abstractmethod
    async def review_get(self, order_id: str) -> dict[str, str] | None:
        """The recorded request for an order (ref, message_id, state, created, body_hash),
        or None."""

    @abc.abstractmethod
    async def review_purge(self, older_than: timedelta, *, batch: int = PURGE_BATCH) -> int:
        """Forget review requests made more than `older_than` ago (the order may then get
        a new one), `batch` rows per transaction; returns how many."""

    # -- retention ----------------------------------------------------------------------------

    async def expire(
        self,
        *,
        quarantine_retention: timedelta = DEFAULT_QUARANTINE_RETENTION,
        review_retention: timedelta = DEFAULT_REVIEW_RETENTION,
        batch: int = PURGE_BATCH,
    ) -> Expired:
        """Apply both retention periods (see the module docstring); returns the counts."""
        return Expired(
            quarantine=await self.quarantine_purge(quarantine_retention, batch=batch),
            reviews=await self.review_purge(review_retention, batch=batch),
        )


class SqlStore(Store, SqlRetryQueue):
    """What the SQL stores share: the quarantine's columns, how a row becomes an item,
    and the reads and deletes that are the same statement in both dialects. A subclass
    names its driver's parameter placeholder (`PARAM`), says how a stored time reads as
    text (`_stamp`) and provides `_fetchall` and `_transaction`."""

    PARAM: ClassVar[str]

    _COLUMNS = (
        "id, ref, created, mail_from, rcpt_tos, subject, size, verdict, "
        "released_at, released_by, forced"
    )

    _clock: Callable[[], datetime]

    @staticmethod
    def _stamp(value: Any) -> Any:
        """A stored time as the ISO text items carry (SQLite stores the text itself)."""
        return value

    def _now(self) -> datetime:
        return self._clock()

    def _at(self, moment: datetime) -> Any:
        """A time as a statement parameter (SQLite: the ISO text it stores)."""
        return iso(moment)

    async def _quarantine_row(
        self,
        ref: str,
        raw: bytes,
        mail_from: str,
        rcpt_tos: list[str],
        verdict: dict[str, Any],
        report_owner: str | None,
    ) -> tuple[Any, ...]:
        """A new quarantine row's values after its id (ref … report_since), in both
        dialects; the subject is parsed off the event loop."""
        created = self._at(self._clock())
        return (
            ref,
            created,
            mail_from,
            json.dumps(list(rcpt_tos)),
            await asyncio.to_thread(subject_of, raw),
            len(raw),
            json.dumps(verdict, ensure_ascii=False),
            raw,
            report_owner,
            created if report_owner else None,
        )

    @abc.abstractmethod
    async def _fetchall(self, sql: str, params: Sequence[Any] = ()) -> Sequence[Sequence[Any]]:
        """The rows of one read."""

    @abc.abstractmethod
    def _transaction(self, doing: str) -> AbstractAsyncContextManager[Any]:
        """One transaction (its connection), committed when the block ends."""

    def _item(self, row: Sequence[Any], raw: bytes | None) -> QuarantineItem:
        return QuarantineItem(
            id=row[0],
            ref=row[1],
            created=self._stamp(row[2]),
            mail_from=row[3],
            rcpt_tos=list(json.loads(row[4])),
            subject=row[5],
            size=int(row[6]),
            verdict=dict(json.loads(row[7])),
            raw=raw,
            released_at=self._stamp(row[8]),
            released_by=row[9],
            forced=bool(row[10]),
        )

    async def quarantine_list(
        self, *, limit: int | None = None, include_released: bool = True
    ) -> list[QuarantineItem]:
        """Quarantined messages, newest first, without their bytes."""
        where = "" if include_released else " WHERE released_at IS NULL"
        sql = f"SELECT {self._COLUMNS} FROM quarantine{where} ORDER BY created DESC, id"
        params: tuple[Any, ...] = ()
        if limit is not None:
            sql += f" LIMIT {self.PARAM}"
            params = (limit,)
        return [self._item(row, None) for row in await self._fetchall(sql, params)]

    async def quarantine_count(self) -> int:
        """Messages held and not released (the quarantine-size gauge)."""
        rows = await self._fetchall("SELECT COUNT(*) FROM quarantine WHERE released_at IS NULL")
        return int(rows[0][0])

    async def quarantine_get(self, qid: str) -> QuarantineItem | None:
        """One quarantined message with its original bytes, or None."""
        rows = await self._fetchall(
            f"SELECT {self._COLUMNS}, raw FROM quarantine WHERE id = {self.PARAM}",
            (normalize_quarantine_id(qid),),
        )
        if not rows:
            return None
        return self._item(rows[0], bytes(rows[0][11]))

    @shielded
    async def review_release(self, order_id: str, ref: str) -> None:
        """Relaying the request reserved under `ref` failed: forget the reservation
        (a request already sent is never forgotten)."""
        async with self._transaction("release the review reservation") as conn:
            await conn.execute(
                "DELETE FROM review_requests "
                f"WHERE order_id = {self.PARAM} AND ref = {self.PARAM} AND state = 'pending'",
                (order_id, ref),
            )

    async def review_get(self, order_id: str) -> dict[str, str] | None:
        """The recorded request for an order (ref, message_id, state, created, body_hash),
        or None."""
        rows = await self._fetchall(
            "SELECT ref, message_id, state, created, body_hash FROM review_requests "
            f"WHERE order_id = {self.PARAM}",
            (order_id,),
        )
        if not rows:
            return None
        ref, message_id, state, created, body_hash = rows[0]
        return {
            "ref": ref,
            "message_id": message_id,
            "state": state,
            "created": self._stamp(created),
            "body_hash": body_hash,
        }

    @shielded
    async def quarantine_delete(self, qid: str) -> bool:
        """Forget a quarantined message for good; False if there was none."""
        async with self._transaction("delete from the quarantine") as conn:
            cur = await conn.execute(
                f"DELETE FROM quarantine WHERE id = {self.PARAM}", (normalize_quarantine_id(qid),)
            )
            return bool(cur.rowcount > 0)
