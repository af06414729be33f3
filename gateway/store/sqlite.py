"""The SQLite store: the embedded default for a gateway on one host.

aiosqlite (one connection, its own thread), so the event loop never waits on the disk.
Durability: `journal_mode=WAL` + `synchronous=FULL`, so when a write method returns, the
row is on disk and survives a crash or power cut. Several gateway processes on the same
host may share the file: every write is a `BEGIN IMMEDIATE` transaction, so a reservation
is atomic across processes too.

Schema: created on start from `MIGRATIONS`, an ordered list (index + 1 = schema version)
of SQL statement lists. `schema_version` holds the version reached; each pending
migration runs in its own transaction together with the version bump, so a crash mid-way
leaves the database at the previous version and the next start simply retries. A
database written by a newer gateway (higher version than this code knows) is refused
rather than guessed at. To change the schema, append a migration; never edit a shipped
one (and add the same step to `gateway.store.postgres.MIGRATIONS`).

Every failure is raised as `StoreError` with a message naming the database file, so the
server can answer 451 (the client retries) and an operator knows what to look at.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import aiosqlite

from gateway.store.base import (
    PURGE_BATCH,
    SqlStore,
    StoreError,
    describe_release,
    describe_review,
    iso,
    new_quarantine_id,
    normalize_quarantine_id,
    shielded,
    takes_over,
)

BUSY_TIMEOUT_MS = 5000

MIGRATIONS: list[list[str]] = [
    # 1: quarantine and review requests.
    [
        """CREATE TABLE quarantine (
            id          TEXT PRIMARY KEY,
            ref         TEXT NOT NULL,
            created     TEXT NOT NULL,
            mail_from   TEXT NOT NULL,
            rcpt_tos    TEXT NOT NULL,
            subject     TEXT NOT NULL DEFAULT '',
            size        INTEGER NOT NULL,
            verdict     TEXT NOT NULL,
            raw         BLOB NOT NULL,
            released_at TEXT,
            released_by TEXT,
            forced      INTEGER NOT NULL DEFAULT 0
        )""",
        "CREATE INDEX quarantine_created ON quarantine (created)",
        """CREATE TABLE review_requests (
            order_id    TEXT PRIMARY KEY,
            ref         TEXT NOT NULL,
            message_id  TEXT NOT NULL DEFAULT '',
            state       TEXT NOT NULL CHECK (state IN ('pending', 'sent')),
            created     TEXT NOT NULL
        )""",
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    ],
    # 2: release claims (one delivery per release), retention by age of review requests.
    [
        "ALTER TABLE quarantine ADD COLUMN claimed_by TEXT",
        "ALTER TABLE quarantine ADD COLUMN claimed_at TEXT",
        "CREATE INDEX review_requests_created ON review_requests (created)",
    ],
    # 3: the retry queue, reports owed for quarantined messages, a retry's body digest.
    [
        """CREATE TABLE retry_queue (
            id           TEXT PRIMARY KEY,
            ref          TEXT NOT NULL,
            created      TEXT NOT NULL,
            mail_from    TEXT NOT NULL,
            rcpt_tos     TEXT NOT NULL,
            subject      TEXT NOT NULL DEFAULT '',
            size         INTEGER NOT NULL,
            data         BLOB NOT NULL,
            attempts     INTEGER NOT NULL DEFAULT 0,
            next_attempt TEXT NOT NULL,
            last_error   TEXT NOT NULL DEFAULT '',
            claimed_by   TEXT,
            claimed_at   TEXT
        )""",
        "CREATE INDEX retry_queue_due ON retry_queue (next_attempt)",
        "ALTER TABLE quarantine ADD COLUMN report_owner TEXT",
        "ALTER TABLE quarantine ADD COLUMN report_since TEXT",
        "CREATE INDEX quarantine_report_owed ON quarantine (report_owner) "
        "WHERE report_owner IS NOT NULL",
        "ALTER TABLE review_requests ADD COLUMN body_hash TEXT NOT NULL DEFAULT ''",
    ],
]


def sqlite_path(url: str) -> str:
    """The file behind a store URL: `sqlite:///relative/path`, `sqlite:////absolute/path`,
    `sqlite:///:memory:` (or `sqlite://`) for a throw-away in-memory store."""
    if url in ("sqlite://", "sqlite:///:memory:"):
        return ":memory:"
    if url.startswith("sqlite:///"):
        path = url.removeprefix("sqlite:///")
        if path:
            return path
    scheme = url.partition(":")[0] or url
    raise StoreError(f"unsupported store URL {url!r} ({scheme}): use sqlite:///path/to/state.db")


class SQLiteStore(SqlStore):
    """The SQLite store (`sqlite:///path`). Open with `await Store.open(url)`.

    All writes go through one connection guarded by an asyncio lock and run as
    `BEGIN IMMEDIATE` transactions, so concurrent coroutines (and other gateway processes
    sharing the file) see each reservation atomically.
    """

    PARAM = "?"

    def __init__(
        self,
        conn: aiosqlite.Connection,
        path: str,
        *,
        pending_timeout: timedelta,
        clock: Callable[[], datetime],
    ) -> None:
        self._conn = conn
        self.path = path
        self.pending_timeout = pending_timeout
        self._clock = clock
        self._lock = asyncio.Lock()
        self._closed = False

    # -- life cycle -----------------------------------------------------------------------

    @classmethod
    async def connect(
        cls,
        url: str,
        *,
        pending_timeout: timedelta,
        clock: Callable[[], datetime],
        migrations: Sequence[Sequence[str]] | None,
    ) -> SQLiteStore:
        """Open (creating the directory, the file and the schema as needed) and check
        that the database is writable. Raises StoreError naming the path otherwise."""
        path = sqlite_path(url)
        if path != ":memory:":
            try:
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(
                    f"cannot create the directory for the store {path}: {exc.strerror}"
                ) from exc
            if Path(path).is_dir():
                raise StoreError(f"cannot open the store {path}: it is a directory")
        try:
            conn = await aiosqlite.connect(path, isolation_level=None)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the store {path}: {exc}") from exc
        store = cls(conn, path, pending_timeout=pending_timeout, clock=clock)
        try:
            await store._setup(MIGRATIONS if migrations is None else migrations)
            await store.ping()
        except BaseException:
            await conn.close()
            raise
        return store

    async def close(self) -> None:
        if not self._closed:
            self._closed = True
            await self._conn.close()

    async def _setup(self, migrations: Sequence[Sequence[str]]) -> None:
        async with self._guard("prepare"):
            await self._conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            await self._conn.execute("PRAGMA journal_mode = WAL")
            await self._conn.execute("PRAGMA synchronous = FULL")
            await self._conn.execute(
                "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"
            )
        version = await self.schema_version()
        if version > len(migrations):
            raise StoreError(
                f"the store {self.path} has schema version {version}, newer than this "
                f"bsm-gateway knows ({len(migrations)}): upgrade bsm-gateway"
            )
        for number, statements in enumerate(migrations, start=1):
            if number <= version:
                continue
            async with self._transaction(f"migrate to schema version {number}") as db:
                current = await self._fetch_version(db)
                if current >= number:  # another process migrated meanwhile
                    continue
                for sql in statements:
                    await db.execute(sql)
                await db.execute("DELETE FROM schema_version")
                await db.execute("INSERT INTO schema_version (version) VALUES (?)", (number,))

    async def schema_version(self) -> int:
        async with self._guard("read the schema version"):
            return await self._fetch_version(self._conn)

    @staticmethod
    async def _fetch_version(db: aiosqlite.Connection) -> int:
        async with db.execute("SELECT MAX(version) FROM schema_version") as cur:
            row = await cur.fetchone()
        return int(row[0]) if row and row[0] is not None else 0

    async def ping(self) -> None:
        """Write a heartbeat row and commit: raises StoreError if the store is not
        writable (for the readiness check)."""
        async with self._transaction("write") as db:
            await db.execute(
                "INSERT INTO meta (key, value) VALUES ('ping', ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (iso(self._clock()),),
            )

    # -- plumbing ---------------------------------------------------------------------------

    @asynccontextmanager
    async def _guard(self, doing: str) -> AsyncIterator[None]:
        if self._closed:
            raise StoreError(f"the store {self.path} is closed")
        try:
            yield
        except sqlite3.Error as exc:
            raise StoreError(f"store {self.path}: cannot {doing}: {exc}") from exc
        except ValueError as exc:  # aiosqlite: "no active connection"
            raise StoreError(f"store {self.path}: cannot {doing}: {exc}") from exc

    @asynccontextmanager
    async def _transaction(self, doing: str) -> AsyncIterator[aiosqlite.Connection]:
        """One serialised write transaction; committed (durably) when the block ends."""
        async with self._lock, self._guard(doing):
            await self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                if self._conn.in_transaction:
                    await self._conn.execute("ROLLBACK")
                raise
            await self._conn.execute("COMMIT")

    async def _fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        async with self._lock, self._guard("read"), self._conn.execute(sql, params) as cur:
            rows = await cur.fetchall()
        return list(rows)

    # -- quarantine -------------------------------------------------------------------------

    @shielded
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
        """Keep a blocked message; returns its quarantine id once it is on disk."""
        row = await self._quarantine_row(ref, raw, mail_from, rcpt_tos, verdict, report_owner)
        for _ in range(5):
            qid = new_quarantine_id()
            try:
                async with self._transaction("quarantine the message") as db:
                    await db.execute(
                        "INSERT INTO quarantine (id, ref, created, mail_from, rcpt_tos, "
                        "subject, size, verdict, raw, report_owner, report_since) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (qid, *row),
                    )
            except StoreError as exc:
                if isinstance(exc.__cause__, sqlite3.IntegrityError):
                    continue  # id collision (2^-50 per pair): draw another
                raise
            return qid
        raise StoreError(f"store {self.path}: could not allocate a quarantine id")

    @shielded
    async def quarantine_mark_released(self, qid: str, who: str, forced: bool) -> None:
        """Record that `who` released the message now (`forced`: despite the policy)."""
        async with self._transaction("record the release") as db:
            cur = await db.execute(
                "UPDATE quarantine SET released_at = ?, released_by = ?, forced = ?, "
                "claimed_by = NULL, claimed_at = NULL WHERE id = ?",
                (iso(self._clock()), who, int(forced), normalize_quarantine_id(qid)),
            )
            if cur.rowcount == 0:
                raise StoreError(f"no quarantined message {qid}")

    @shielded
    async def quarantine_claim_release(
        self, qid: str, who: str, *, force: bool = False
    ) -> str | None:
        qid = normalize_quarantine_id(qid)
        now = self._clock()
        async with self._transaction("claim the release") as db:
            async with db.execute(
                "SELECT released_at, released_by, claimed_by, claimed_at "
                "FROM quarantine WHERE id = ?",
                (qid,),
            ) as cur:
                row = await cur.fetchone()
            if row is None:
                return f"there is no quarantined message {qid}"
            released_at, released_by, claimed_by, claimed_at = row
            # BEGIN IMMEDIATE holds the write lock from the SELECT on: no one else can
            # claim between the check and the UPDATE.
            if claimed_at is not None and claimed_at >= iso(now - self.claim_timeout):
                return f"it is being released by {claimed_by} since {claimed_at[:19]} UTC"
            if released_at is not None and not force:
                return describe_release(released_at, released_by)
            await db.execute(
                "UPDATE quarantine SET claimed_by = ?, claimed_at = ? WHERE id = ?",
                (who, iso(now), qid),
            )
            return None

    @shielded
    async def quarantine_release_abandon(self, qid: str, who: str) -> None:
        async with self._transaction("give back the release claim") as db:
            await db.execute(
                "UPDATE quarantine SET claimed_by = NULL, claimed_at = NULL "
                "WHERE id = ? AND claimed_by = ?",
                (normalize_quarantine_id(qid), who),
            )

    async def quarantine_purge(self, older_than: timedelta, *, batch: int = PURGE_BATCH) -> int:
        return await self._purge("quarantine", "id", older_than, batch)

    async def _purge(self, table: str, key: str, older_than: timedelta, batch: int) -> int:
        """Delete rows of `table` created before now - `older_than`, `batch` per
        transaction, letting other writers in between batches."""
        cutoff = iso(self._clock() - older_than)
        total = 0
        while True:
            deleted = await self._purge_batch(table, key, cutoff, batch)
            total += deleted
            if deleted < batch:
                return total
            await asyncio.sleep(0)  # let waiting writes (mail) take the lock

    @shielded
    async def _purge_batch(self, table: str, key: str, cutoff: str, batch: int) -> int:
        async with self._transaction(f"purge {table}") as db:
            cur = await db.execute(
                f"DELETE FROM {table} WHERE {key} IN "
                f"(SELECT {key} FROM {table} WHERE created < ? LIMIT ?)",
                (cutoff, batch),
            )
            return cur.rowcount

    # -- review requests --------------------------------------------------------------------

    @shielded
    async def review_reserve(
        self, order_id: str, ref: str, message_id: str, *, body_hash: str = ""
    ) -> str | None:
        now = self._clock()
        stale = iso(now - self.pending_timeout)
        async with self._transaction("reserve the review request") as db:
            async with db.execute(
                "SELECT ref, message_id, state, created FROM review_requests WHERE order_id = ?",
                (order_id,),
            ) as cur:
                row = await cur.fetchone()
            if row is None:
                await db.execute(
                    "INSERT INTO review_requests (order_id, ref, message_id, state, created, "
                    "body_hash) VALUES (?, ?, ?, 'pending', ?, ?)",
                    (order_id, ref, message_id, iso(now), body_hash),
                )
                return None
            old_ref, old_mid, state, created = row
            if old_ref == ref:
                return None
            if takes_over(state, created < stale, old_mid, message_id):
                await db.execute(
                    "UPDATE review_requests SET ref = ?, message_id = ?, created = ?, "
                    "body_hash = ? WHERE order_id = ?",
                    (ref, message_id, iso(now), body_hash, order_id),
                )
                return None
            if state == "sent" and message_id and message_id == old_mid:
                return None  # the client re-sent the request we already relayed
            return describe_review(old_ref, state, created)

    @shielded
    async def review_confirm(self, order_id: str, ref: str) -> None:
        """The request reserved under `ref` was relayed: from now on it counts."""
        async with self._transaction("confirm the review request") as db:
            await db.execute(
                "UPDATE review_requests SET state = 'sent' WHERE order_id = ? AND ref = ?",
                (order_id, ref),
            )

    async def review_purge(self, older_than: timedelta, *, batch: int = PURGE_BATCH) -> int:
        return await self._purge("review_requests", "order_id", older_than, batch)


IMPLEMENTATION = SQLiteStore
