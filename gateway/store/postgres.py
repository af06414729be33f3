"""The PostgreSQL store: one state shared by several gateways (`postgresql://…`).

Driver: psycopg 3 with psycopg_pool, rather than asyncpg: psycopg is fully typed (the
gateway is checked with mypy --strict; asyncpg ships no type information), speaks libpq's
own connection strings and environment (PGPASSFILE, sslmode, service files) that a
PostgreSQL administrator already uses, and its pool checks a connection before lending
it and reconnects in the background, which is how the store recovers by itself when the
database comes back.

Guarantees, as for SQLite (see `gateway.store.base`):

- durability: each write is one transaction, committed before the method returns
  (PostgreSQL's default `synchronous_commit = on` flushes the WAL at commit);
- one review request per order across every gateway: the order id is the primary key,
  `review_reserve` inserts with `ON CONFLICT DO NOTHING` and otherwise decides on the
  existing row locked `FOR UPDATE`, so two gateways never both see "no request yet";
- one delivery per release: `quarantine_claim_release` is a single conditional
  `UPDATE … WHERE claim is free … RETURNING`, which one caller wins;
- migrations: applied on open under a session advisory lock (`pg_advisory_lock`), so
  gateways starting together migrate one after the other, and each step commits with its
  version bump;
- a database that is down, unreachable or read-only raises StoreError within a bounded
  time (`POOL_TIMEOUT` to get a connection, `CONNECT_TIMEOUT` per connection attempt,
  `STATEMENT_TIMEOUT` per statement); the pool replaces broken connections, so the same
  Store works again once the database is back, without a restart.

Times are `timestamptz` in the database and the store's clock decides "now" (passed as a
parameter), so all gateways sharing a database should run NTP, as they do anyway.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from datetime import datetime, timedelta
from typing import Any

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

try:
    import psycopg
    from psycopg.conninfo import conninfo_to_dict
    from psycopg_pool import AsyncConnectionPool
except ImportError as exc:  # the `postgres` extra is not installed
    raise StoreError(
        "a postgresql:// store needs psycopg: pip install 'bsm-gateway[postgres]'"
    ) from exc

# Seconds. Each bounds how long a call can wait when the database is gone, so the server
# answers 451 in time instead of holding the SMTP client.
POOL_TIMEOUT = 5.0  # to get a connection from the pool (includes connecting)
CONNECT_TIMEOUT = 3  # one connection attempt (libpq's connect_timeout, whole seconds)
STATEMENT_TIMEOUT_MS = 10_000  # one statement (a waiting lock included)
# The pool retries a failed connection with a doubling delay for this long, then gives up
# and connects afresh at the next call: short, so that after a long outage the gateway is
# back within seconds of the database, not after the pool's next (minutes away) retry.
RECONNECT_TIMEOUT = 10.0
POOL_MAX_SIZE = 10  # connections per gateway: writes are short, mail waits on the engine
# Chosen once: the key every bsm-gateway uses to serialise its schema migrations.
MIGRATION_LOCK_KEY = 0x62736D2D67617465  # "bsm-gate"

MIGRATIONS: list[list[str]] = [
    # 1: quarantine and review requests.
    [
        """CREATE TABLE quarantine (
            id          TEXT PRIMARY KEY,
            ref         TEXT NOT NULL,
            created     TIMESTAMPTZ NOT NULL,
            mail_from   TEXT NOT NULL,
            rcpt_tos    TEXT NOT NULL,
            subject     TEXT NOT NULL DEFAULT '',
            size        INTEGER NOT NULL,
            verdict     TEXT NOT NULL,
            raw         BYTEA NOT NULL,
            released_at TIMESTAMPTZ,
            released_by TEXT,
            forced      BOOLEAN NOT NULL DEFAULT FALSE
        )""",
        "CREATE INDEX quarantine_created ON quarantine (created)",
        """CREATE TABLE review_requests (
            order_id    TEXT PRIMARY KEY,
            ref         TEXT NOT NULL,
            message_id  TEXT NOT NULL DEFAULT '',
            state       TEXT NOT NULL CHECK (state IN ('pending', 'sent')),
            created     TIMESTAMPTZ NOT NULL
        )""",
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    ],
    # 2: release claims (one delivery per release), retention by age of review requests.
    [
        "ALTER TABLE quarantine ADD COLUMN claimed_by TEXT",
        "ALTER TABLE quarantine ADD COLUMN claimed_at TIMESTAMPTZ",
        "CREATE INDEX review_requests_created ON review_requests (created)",
    ],
    # 3: the retry queue, reports owed for quarantined messages, a retry's body digest.
    [
        """CREATE TABLE retry_queue (
            id           TEXT PRIMARY KEY,
            ref          TEXT NOT NULL,
            created      TIMESTAMPTZ NOT NULL,
            mail_from    TEXT NOT NULL,
            rcpt_tos     TEXT NOT NULL,
            subject      TEXT NOT NULL DEFAULT '',
            size         INTEGER NOT NULL,
            data         BYTEA NOT NULL,
            attempts     INTEGER NOT NULL DEFAULT 0,
            next_attempt TIMESTAMPTZ NOT NULL,
            last_error   TEXT NOT NULL DEFAULT '',
            claimed_by   TEXT,
            claimed_at   TIMESTAMPTZ
        )""",
        "CREATE INDEX retry_queue_due ON retry_queue (next_attempt)",
        "ALTER TABLE quarantine ADD COLUMN report_owner TEXT",
        "ALTER TABLE quarantine ADD COLUMN report_since TIMESTAMPTZ",
        "CREATE INDEX quarantine_report_owed ON quarantine (report_owner) "
        "WHERE report_owner IS NOT NULL",
        "ALTER TABLE review_requests ADD COLUMN body_hash TEXT NOT NULL DEFAULT ''",
    ],
]

Connection = psycopg.AsyncConnection[tuple[Any, ...]]


def describe_url(url: str) -> str:
    """The URL as it may be shown in logs and errors: `postgresql://user@host:port/db`,
    never the password."""
    try:
        params = conninfo_to_dict(url)
    except psycopg.Error as exc:
        raise StoreError(f"invalid PostgreSQL store URL: {exc}") from exc
    user = f"{params['user']}@" if params.get("user") else ""
    port = f":{params['port']}" if params.get("port") else ""
    return f"postgresql://{user}{params.get('host', '')}{port}/{params.get('dbname', '')}"


def _text(moment: datetime | None) -> str | None:
    return None if moment is None else iso(moment)


class PostgresStore(SqlStore):
    """The PostgreSQL store. Open with `await Store.open("postgresql://…")`."""

    PARAM = "%s"
    SKIP_LOCKED = " FOR UPDATE SKIP LOCKED"

    def __init__(
        self,
        pool: AsyncConnectionPool[Connection],
        name: str,
        *,
        pending_timeout: timedelta,
        clock: Callable[[], datetime],
    ) -> None:
        self._pool = pool
        self.path = name  # what errors and logs name (the URL without its password)
        self.pending_timeout = pending_timeout
        self._clock = clock
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
    ) -> PostgresStore:
        """Connect (within POOL_TIMEOUT), migrate the schema and check that the database
        takes a write. Raises StoreError naming the database otherwise."""
        name = describe_url(url)
        settings: dict[str, Any] = {
            "autocommit": True,  # transactions are explicit (conn.transaction())
            "connect_timeout": CONNECT_TIMEOUT,
            "options": f"-c statement_timeout={STATEMENT_TIMEOUT_MS}",
            "application_name": "bsm-gateway",
            # Notice a peer that vanished without closing (a cut network) in seconds.
            "keepalives_idle": 10,
            "keepalives_interval": 5,
            "keepalives_count": 3,
        }
        # One direct connection first: a wrong password, host or database name is
        # reported at once with libpq's own words (the pool would retry until its
        # timeout and then only say that no connection could be had).
        try:
            probe = await psycopg.AsyncConnection.connect(url, **settings)
        except psycopg.Error as exc:
            raise StoreError(f"cannot open the store {name}: {exc}") from exc
        await probe.close()
        pool: AsyncConnectionPool[Connection] = AsyncConnectionPool(
            url,
            min_size=1,
            max_size=POOL_MAX_SIZE,
            open=False,
            timeout=POOL_TIMEOUT,
            reconnect_timeout=RECONNECT_TIMEOUT,
            # A connection is tried before it is lent: one broken by a database restart
            # is replaced instead of failing the caller's statement.
            check=AsyncConnectionPool.check_connection,
            kwargs=settings,
            name="bsm-gateway-store",
        )
        try:
            await pool.open(wait=True, timeout=POOL_TIMEOUT)
        except psycopg.Error as exc:
            await pool.close()
            raise StoreError(f"cannot open the store {name}: {exc}") from exc
        store = cls(pool, name, pending_timeout=pending_timeout, clock=clock)
        try:
            await store._migrate(MIGRATIONS if migrations is None else migrations)
            await store.ping()
        except BaseException:
            await pool.close()
            raise
        return store

    async def close(self) -> None:
        if not self._closed:
            self._closed = True
            await self._pool.close()

    async def _migrate(self, migrations: Sequence[Sequence[str]]) -> None:
        """Apply the pending migrations, one gateway at a time (a session advisory lock,
        given back on unlock or when the connection drops)."""
        async with self._connection("lock the schema for migration") as conn:
            await conn.execute("SELECT pg_advisory_lock(%s)", (MIGRATION_LOCK_KEY,))
            try:
                await conn.execute(
                    "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"
                )
                version = await self._fetch_version(conn)
                if version > len(migrations):
                    raise StoreError(
                        f"the store {self.path} has schema version {version}, newer than "
                        f"this bsm-gateway knows ({len(migrations)}): upgrade bsm-gateway"
                    )
                for number, statements in enumerate(migrations, start=1):
                    if number <= version:
                        continue
                    try:
                        async with conn.transaction():
                            for sql in statements:
                                await conn.execute(sql.encode())
                            await conn.execute("DELETE FROM schema_version")
                            await conn.execute(
                                "INSERT INTO schema_version (version) VALUES (%s)", (number,)
                            )
                    except psycopg.Error as exc:
                        raise StoreError(
                            f"store {self.path}: cannot migrate to schema version {number}: {exc}"
                        ) from exc
            finally:
                if not conn.closed:
                    await conn.execute("SELECT pg_advisory_unlock(%s)", (MIGRATION_LOCK_KEY,))

    async def schema_version(self) -> int:
        async with self._connection("read the schema version") as conn:
            return await self._fetch_version(conn)

    @staticmethod
    async def _fetch_version(conn: Connection) -> int:
        cur = await conn.execute("SELECT MAX(version) FROM schema_version")
        row = await cur.fetchone()
        return int(row[0]) if row and row[0] is not None else 0

    async def ping(self) -> None:
        async with self._transaction("write") as conn:
            await conn.execute(
                "INSERT INTO meta (key, value) VALUES ('ping', %s) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (iso(self._clock()),),
            )

    # -- plumbing ---------------------------------------------------------------------------

    @asynccontextmanager
    async def _connection(self, doing: str) -> AsyncIterator[Connection]:
        """A connection from the pool; any database failure becomes StoreError."""
        if self._closed:
            raise StoreError(f"the store {self.path} is closed")
        try:
            async with self._pool.connection() as conn:
                yield conn
        except psycopg.Error as exc:
            raise StoreError(f"store {self.path}: cannot {doing}: {exc}") from exc

    @asynccontextmanager
    async def _transaction(self, doing: str) -> AsyncIterator[Connection]:
        """One transaction, committed when the block ends (rolled back on an exception)."""
        async with self._connection(doing) as conn, conn.transaction():
            yield conn

    async def _fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        async with self._connection("read") as conn:
            cur = await conn.execute(sql.encode(), params)
            return await cur.fetchall()

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
        row = await self._quarantine_row(ref, raw, mail_from, rcpt_tos, verdict, report_owner)
        for _ in range(5):
            qid = new_quarantine_id()
            async with self._transaction("quarantine the message") as conn:
                cur = await conn.execute(
                    "INSERT INTO quarantine (id, ref, created, mail_from, rcpt_tos, subject, "
                    "size, verdict, raw, report_owner, report_since) "
                    "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s) "
                    "ON CONFLICT (id) DO NOTHING",
                    (qid, *row),
                )
                if cur.rowcount == 1:
                    return qid
            # id collision (2^-50 per pair): draw another
        raise StoreError(f"store {self.path}: could not allocate a quarantine id")

    @staticmethod
    def _stamp(value: Any) -> Any:
        return _text(value)

    def _at(self, moment: datetime) -> Any:
        return moment

    @shielded
    async def quarantine_claim_release(
        self, qid: str, who: str, *, force: bool = False
    ) -> str | None:
        qid = normalize_quarantine_id(qid)
        now = self._clock()
        async with self._transaction("claim the release") as conn:
            # One statement decides: of several operators, the first to update the row
            # wins; the others wait for its commit, re-check the condition and find it false.
            cur = await conn.execute(
                "UPDATE quarantine SET claimed_by = %s, claimed_at = %s "
                "WHERE id = %s AND (claimed_at IS NULL OR claimed_at < %s) "
                "AND (released_at IS NULL OR %s) RETURNING id",
                (who, now, qid, now - self.claim_timeout, force),
            )
            if await cur.fetchone() is not None:
                return None
            cur = await conn.execute(
                "SELECT released_at, released_by, claimed_by, claimed_at "
                "FROM quarantine WHERE id = %s",
                (qid,),
            )
            row = await cur.fetchone()
        if row is None:
            return f"there is no quarantined message {qid}"
        released_at, released_by, claimed_by, claimed_at = row
        if claimed_at is not None and claimed_at >= now - self.claim_timeout:
            return f"it is being released by {claimed_by} since {iso(claimed_at)[:19]} UTC"
        return describe_release(_text(released_at), released_by)

    @shielded
    async def quarantine_release_abandon(self, qid: str, who: str) -> None:
        async with self._transaction("give back the release claim") as conn:
            await conn.execute(
                "UPDATE quarantine SET claimed_by = NULL, claimed_at = NULL "
                "WHERE id = %s AND claimed_by = %s",
                (normalize_quarantine_id(qid), who),
            )

    @shielded
    async def quarantine_mark_released(self, qid: str, who: str, forced: bool) -> None:
        async with self._transaction("record the release") as conn:
            cur = await conn.execute(
                "UPDATE quarantine SET released_at = %s, released_by = %s, forced = %s, "
                "claimed_by = NULL, claimed_at = NULL WHERE id = %s",
                (self._clock(), who, forced, normalize_quarantine_id(qid)),
            )
            if cur.rowcount == 0:
                raise StoreError(f"no quarantined message {qid}")

    async def quarantine_purge(self, older_than: timedelta, *, batch: int = PURGE_BATCH) -> int:
        return await self._purge("quarantine", "id", older_than, batch)

    async def _purge(self, table: str, key: str, older_than: timedelta, batch: int) -> int:
        """Delete rows of `table` created before now - `older_than`, `batch` per
        transaction. SKIP LOCKED: rows another gateway is purging (or a release is
        updating) are left for the next round instead of waited for."""
        cutoff = self._clock() - older_than
        total = 0
        while True:
            deleted = await self._purge_batch(table, key, cutoff, batch)
            total += deleted
            if deleted < batch:
                return total
            await asyncio.sleep(0)

    @shielded
    async def _purge_batch(self, table: str, key: str, cutoff: datetime, batch: int) -> int:
        async with self._transaction(f"purge {table}") as conn:
            cur = await conn.execute(
                f"DELETE FROM {table} WHERE {key} IN (SELECT {key} FROM {table} "
                "WHERE created < %s LIMIT %s FOR UPDATE SKIP LOCKED)".encode(),
                (cutoff, batch),
            )
            return cur.rowcount

    # -- review requests --------------------------------------------------------------------

    @shielded
    async def review_reserve(
        self, order_id: str, ref: str, message_id: str, *, body_hash: str = ""
    ) -> str | None:
        now = self._clock()
        while True:
            async with self._transaction("reserve the review request") as conn:
                cur = await conn.execute(
                    "INSERT INTO review_requests (order_id, ref, message_id, state, created, "
                    "body_hash) VALUES (%s, %s, %s, 'pending', %s, %s) "
                    "ON CONFLICT (order_id) DO NOTHING",
                    (order_id, ref, message_id, now, body_hash),
                )
                if cur.rowcount == 1:
                    return None
                # The order has a request: lock its row, so the decision below (and a
                # takeover of a stale reservation) cannot race another gateway's.
                cur = await conn.execute(
                    "SELECT ref, message_id, state, created FROM review_requests "
                    "WHERE order_id = %s FOR UPDATE",
                    (order_id,),
                )
                row = await cur.fetchone()
                if row is None:
                    continue  # released between our INSERT and SELECT: try again
                old_ref, old_mid, state, created = row
                if old_ref == ref:
                    return None
                stale = created < now - self.pending_timeout
                if takes_over(state, stale, old_mid, message_id):
                    await conn.execute(
                        "UPDATE review_requests SET ref = %s, message_id = %s, created = %s, "
                        "body_hash = %s WHERE order_id = %s",
                        (ref, message_id, now, body_hash, order_id),
                    )
                    return None
                if state == "sent" and message_id and message_id == old_mid:
                    return None  # the client re-sent the request we already relayed
                return describe_review(old_ref, state, iso(created))

    @shielded
    async def review_confirm(self, order_id: str, ref: str) -> None:
        async with self._transaction("confirm the review request") as conn:
            await conn.execute(
                "UPDATE review_requests SET state = 'sent' WHERE order_id = %s AND ref = %s",
                (order_id, ref),
            )

    async def review_purge(self, older_than: timedelta, *, batch: int = PURGE_BATCH) -> int:
        return await self._purge("review_requests", "order_id", older_than, batch)


IMPLEMENTATION = PostgresStore
