"""The store's retry queue and the reports still owed for quarantined messages.

Both are written in the SQL the two dialects share; `SqlStore` (gateway.store.base)
mixes this class in, and each dialect says how a time is passed (`_at`) and read back
(`_stamp`), and whether a claim may skip rows another transaction holds (`SKIP_LOCKED`:
PostgreSQL's `FOR UPDATE SKIP LOCKED`; SQLite serialises writers, so it needs none).

Retry queue. Mail the gateway accepted (the client got 250) for recipients the next hop
refused for now (4xx, or a connection failure after other recipients were served) is a
row: the exact bytes to send, the envelope sender, the recipients still owed, the number
of attempts, when the next one is due and the last error. A gateway takes due rows with
`retry_claim(who)`, one conditional `UPDATE … RETURNING` (so of several gateways sharing
a database, each row goes to one), sends, then either deletes the row (`retry_delete`)
or gives it back for later (`retry_reschedule`). A claim whose holder died is taken over
after `claim_timeout`, or at once by `retry_release_claims(holder)` when the holder is
known to be gone (gateway.retry: same host, process no longer running).

Owed reports. A blocked message is quarantined with `report_owner` set to the gateway
that is about to send its report; `quarantine_report_sent` clears it once the upstream
took the report. A row still owned by a gateway that died (`kill -9` between the two) is
taken over with `quarantine_take_reports` and its report sent then.
"""

from __future__ import annotations

import abc
import asyncio
import functools
import json
import secrets
from collections.abc import Callable, Coroutine, Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, ClassVar, ParamSpec, TypeVar

RID_PREFIX = "r-"
_ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz"


P = ParamSpec("P")
R = TypeVar("R")


def shielded(
    method: Callable[P, Coroutine[Any, Any, R]],
) -> Callable[P, Coroutine[Any, Any, R]]:
    """Run a write to completion even if the caller is cancelled (a client hanging up
    mid-transaction): the database is never left wondering whether a commit happened."""

    @functools.wraps(method)
    async def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        return await asyncio.shield(method(*args, **kwargs))

    return wrapper


def new_retry_id() -> str:
    """'r-' + 12 random Crockford base32 characters."""
    return RID_PREFIX + "".join(secrets.choice(_ALPHABET) for _ in range(12))


@dataclass(frozen=True, slots=True)
class RetryItem:
    """One queued message. `data` is None in listings (only `retry_claim` loads it)."""

    id: str
    ref: str
    created: str
    mail_from: str
    rcpt_tos: list[str]
    subject: str
    size: int
    attempts: int
    next_attempt: str
    last_error: str
    claimed_by: str | None
    data: bytes | None = None


@dataclass(frozen=True, slots=True)
class QueueStats:
    """What the metrics show of the queue: entries, recipients owed, the oldest entry."""

    messages: int
    recipients: int
    oldest: str | None


class RetryQueue(abc.ABC):
    """The retry queue and owed reports, as the gateway uses them (see the module
    docstring)."""

    @abc.abstractmethod
    async def retry_put(
        self,
        ref: str,
        mail_from: str,
        rcpt_tos: list[str],
        data: bytes,
        *,
        error: str,
        delay: timedelta,
        subject: str = "",
    ) -> str:
        """Queue `data` for `rcpt_tos` (first attempt after `delay`); returns the entry's
        id once it is committed. The first delivery attempt counts as made."""

    @abc.abstractmethod
    async def retry_claim(self, who: str, limit: int) -> list[RetryItem]:
        """Take up to `limit` entries that are due and not claimed (or whose claim is
        older than `claim_timeout`) for `who`, bytes included. Of several gateways
        claiming at once, each entry goes to one."""

    @abc.abstractmethod
    async def retry_reschedule(
        self, rid: str, who: str, rcpt_tos: list[str], *, error: str, delay: timedelta
    ) -> None:
        """Attempt made and not finished: keep the recipients still owed, count the
        attempt, due again after `delay`; the claim of `who` is given back."""

    @abc.abstractmethod
    async def retry_delete(self, rid: str) -> bool:
        """The entry is done with (delivered, or reported as failed): forget it."""

    @abc.abstractmethod
    async def retry_release_claims(self, who: str) -> int:
        """Give back every claim `who` holds (a gateway stopping, or one known dead)."""

    @abc.abstractmethod
    async def retry_claimers(self) -> list[str]:
        """Who holds claims on queued messages now."""

    @abc.abstractmethod
    async def retry_list(self, *, limit: int | None = None) -> list[RetryItem]:
        """Queued messages, oldest first, without their bytes."""

    @abc.abstractmethod
    async def retry_stats(self) -> QueueStats:
        """Entries queued, recipients they still owe, and the oldest entry's time."""

    @abc.abstractmethod
    async def quarantine_report_sent(self, qid: str) -> None:
        """The report for the quarantined message was taken by the upstream."""

    @abc.abstractmethod
    async def quarantine_report_owners(self) -> list[str]:
        """Gateways that quarantined a message and have not yet recorded its report."""

    @abc.abstractmethod
    async def quarantine_take_reports(
        self, who: str, *, owners: Sequence[str] = (), older_than: timedelta | None = None
    ) -> list[str]:
        """Make `who` the sender of the reports still owed by `owners` (gateways known to
        be gone) or owed for longer than `older_than`; returns the quarantine ids taken."""


class SqlRetryQueue(RetryQueue):
    """The retry queue and owed reports, in SQL both dialects accept."""

    PARAM: ClassVar[str]
    SKIP_LOCKED: ClassVar[str] = ""
    claim_timeout: timedelta
    path: str

    _RETRY_COLUMNS = (
        "id, ref, created, mail_from, rcpt_tos, subject, size, attempts, next_attempt, "
        "last_error, claimed_by"
    )

    # Provided by the dialect (see SqlStore).
    def _now(self) -> datetime:
        raise NotImplementedError

    def _at(self, moment: datetime) -> Any:
        raise NotImplementedError

    @staticmethod
    def _stamp(value: Any) -> Any:
        raise NotImplementedError

    async def _fetchall(self, sql: str, params: Sequence[Any] = ()) -> Sequence[Sequence[Any]]:
        raise NotImplementedError

    def _transaction(self, doing: str) -> AbstractAsyncContextManager[Any]:
        raise NotImplementedError

    def _retry_item(self, row: Sequence[Any], data: bytes | None) -> RetryItem:
        return RetryItem(
            id=row[0],
            ref=row[1],
            created=self._stamp(row[2]),
            mail_from=row[3],
            rcpt_tos=list(json.loads(row[4])),
            subject=row[5],
            size=int(row[6]),
            attempts=int(row[7]),
            next_attempt=self._stamp(row[8]),
            last_error=row[9],
            claimed_by=row[10],
            data=data,
        )

    # -- the retry queue ------------------------------------------------------------------

    @shielded
    async def retry_put(
        self,
        ref: str,
        mail_from: str,
        rcpt_tos: list[str],
        data: bytes,
        *,
        error: str,
        delay: timedelta,
        subject: str = "",
    ) -> str:
        p = self.PARAM
        now = self._now()
        rid = new_retry_id()
        async with self._transaction("queue the message for a retry") as conn:
            await conn.execute(
                "INSERT INTO retry_queue (id, ref, created, mail_from, rcpt_tos, subject, "
                "size, data, attempts, next_attempt, last_error) "
                f"VALUES ({p}, {p}, {p}, {p}, {p}, {p}, {p}, {p}, 1, {p}, {p})",
                (
                    rid,
                    ref,
                    self._at(now),
                    mail_from,
                    json.dumps(list(rcpt_tos)),
                    subject,
                    len(data),
                    data,
                    self._at(now + delay),
                    error[:500],
                ),
            )
        return rid

    @shielded
    async def retry_claim(self, who: str, limit: int) -> list[RetryItem]:
        p = self.PARAM
        now = self._now()
        free = f"next_attempt <= {p} AND (claimed_at IS NULL OR claimed_at < {p})"
        stale = self._at(now - self.claim_timeout)
        async with self._transaction("claim queued messages") as conn:
            cur = await conn.execute(
                f"UPDATE retry_queue SET claimed_by = {p}, claimed_at = {p} "
                f"WHERE id IN (SELECT id FROM retry_queue WHERE {free} "
                f"ORDER BY next_attempt LIMIT {p}{self.SKIP_LOCKED}) AND {free} "
                f"RETURNING {self._RETRY_COLUMNS}, data",
                (who, self._at(now), self._at(now), stale, limit, self._at(now), stale),
            )
            rows = await cur.fetchall()
        items = [self._retry_item(row, bytes(row[11])) for row in rows]
        return sorted(items, key=lambda item: item.next_attempt)

    @shielded
    async def retry_reschedule(
        self, rid: str, who: str, rcpt_tos: list[str], *, error: str, delay: timedelta
    ) -> None:
        p = self.PARAM
        async with self._transaction("reschedule the queued message") as conn:
            await conn.execute(
                f"UPDATE retry_queue SET rcpt_tos = {p}, attempts = attempts + 1, "
                f"next_attempt = {p}, last_error = {p}, claimed_by = NULL, claimed_at = NULL "
                f"WHERE id = {p} AND claimed_by = {p}",
                (json.dumps(list(rcpt_tos)), self._at(self._now() + delay), error[:500], rid, who),
            )

    @shielded
    async def retry_delete(self, rid: str) -> bool:
        async with self._transaction("remove the queued message") as conn:
            cur = await conn.execute(f"DELETE FROM retry_queue WHERE id = {self.PARAM}", (rid,))
            return bool(cur.rowcount > 0)

    @shielded
    async def retry_release_claims(self, who: str) -> int:
        async with self._transaction("give back queue claims") as conn:
            cur = await conn.execute(
                "UPDATE retry_queue SET claimed_by = NULL, claimed_at = NULL "
                f"WHERE claimed_by = {self.PARAM}",
                (who,),
            )
            return int(cur.rowcount)

    async def retry_claimers(self) -> list[str]:
        rows = await self._fetchall(
            "SELECT DISTINCT claimed_by FROM retry_queue WHERE claimed_by IS NOT NULL"
        )
        return [str(row[0]) for row in rows]

    async def retry_list(self, *, limit: int | None = None) -> list[RetryItem]:
        sql = f"SELECT {self._RETRY_COLUMNS} FROM retry_queue ORDER BY created, id"
        params: tuple[Any, ...] = ()
        if limit is not None:
            sql += f" LIMIT {self.PARAM}"
            params = (limit,)
        return [self._retry_item(row, None) for row in await self._fetchall(sql, params)]

    async def retry_stats(self) -> QueueStats:
        rows = await self._fetchall("SELECT rcpt_tos, created FROM retry_queue")
        if not rows:
            return QueueStats(0, 0, None)
        oldest = min(self._stamp(row[1]) for row in rows)
        return QueueStats(len(rows), sum(len(json.loads(row[0])) for row in rows), oldest)

    # -- reports owed for quarantined messages ----------------------------------------------

    @shielded
    async def quarantine_report_sent(self, qid: str) -> None:
        async with self._transaction("record the report") as conn:
            await conn.execute(
                f"UPDATE quarantine SET report_owner = NULL WHERE id = {self.PARAM}", (qid,)
            )

    async def quarantine_report_owners(self) -> list[str]:
        rows = await self._fetchall(
            "SELECT DISTINCT report_owner FROM quarantine WHERE report_owner IS NOT NULL"
        )
        return [str(row[0]) for row in rows]

    @shielded
    async def quarantine_take_reports(
        self, who: str, *, owners: Sequence[str] = (), older_than: timedelta | None = None
    ) -> list[str]:
        p = self.PARAM
        conditions = [f"report_owner = {p}" for _ in owners]
        params: list[Any] = list(owners)
        if older_than is not None:
            conditions.append(f"report_since < {p}")
            params.append(self._at(self._now() - older_than))
        if not conditions:
            return []
        async with self._transaction("take over owed reports") as conn:
            cur = await conn.execute(
                f"UPDATE quarantine SET report_owner = {p}, report_since = {p} "
                f"WHERE report_owner IS NOT NULL AND report_owner <> {p} "
                f"AND ({' OR '.join(conditions)}) RETURNING id",
                (who, self._at(self._now()), who, *params),
            )
            rows = await cur.fetchall()
        return sorted(str(row[0]) for row in rows)
