"""The state store: quarantine that survives restarts, one review request per order."""

from __future__ import annotations

import asyncio
import os
import re
import sqlite3
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from gateway.store import (
    Expired,
    Store,
    StoreError,
    new_quarantine_id,
    normalize_quarantine_id,
)
from gateway.store.postgres import MIGRATIONS as PG_MIGRATIONS
from gateway.store.sqlite import MIGRATIONS, sqlite_path

from .mail import ALIAS, SELLER, make_message
from .pg import PgCluster

RAW = make_message("Dear buyer, your parcel left today.\n", subject="Ihre Bestellung – Versand")
VERDICT = {
    "verdict": "block",
    "kind": "proactive",
    "findings": [
        {
            "rule": "links.external",
            "action": "block",
            "message": "m",
            "location": "l",
            "evidence": "http://x.example",
        },
        {
            "rule": "style.emoji",
            "action": "strip",
            "message": "m",
            "location": "l",
            "evidence": ":)",
        },
    ],
    "order_ids": ["123-1234567-1234567"],
    "review_request": False,
    "elapsed_ms": 1.0,
}


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path}/var/state.db"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, sqlite_url: str) -> str:
    """Each contract test runs against both implementations: a SQLite file, and a fresh
    database in the throwaway PostgreSQL cluster (tests/pg.py)."""
    if request.param == "sqlite":
        return sqlite_url
    cluster: PgCluster = request.getfixturevalue("pg_cluster")
    return cluster.empty_database()


def migrations_for(url: str) -> list[list[str]]:
    return PG_MIGRATIONS if url.startswith("postgresql") else MIGRATIONS


@pytest.fixture
async def store(db_url: str) -> AsyncIterator[Store]:
    s = await Store.open(db_url)
    yield s
    await s.close()


# -- opening ---------------------------------------------------------------------------------


async def test_open_creates_directory_schema_and_wal(tmp_path: Path) -> None:
    path = tmp_path / "new" / "dir" / "state.db"
    store = await Store.open(f"sqlite:///{path}")
    try:
        assert path.exists()
        assert await store.schema_version() == len(MIGRATIONS)
        with sqlite3.connect(path) as other:
            assert other.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        async with store._conn.execute("PRAGMA synchronous") as cur:
            row = await cur.fetchone()
        assert row is not None and row[0] == 2  # FULL
    finally:
        await store.close()


def test_store_urls() -> None:
    assert sqlite_path("sqlite:///./var/state.db") == "./var/state.db"
    assert sqlite_path("sqlite:////var/lib/bsm/state.db") == "/var/lib/bsm/state.db"
    assert sqlite_path("sqlite://") == ":memory:"
    with pytest.raises(StoreError, match="unsupported store URL"):
        sqlite_path("postgresql://db/bsm")


async def test_the_url_scheme_picks_the_implementation(db_url: str) -> None:
    store = await Store.open(db_url)
    try:
        expected = "PostgresStore" if db_url.startswith("postgresql") else "SQLiteStore"
        assert type(store).__name__ == expected
        assert isinstance(store, Store)
    finally:
        await store.close()


async def test_an_unknown_scheme_is_refused_with_the_accepted_forms() -> None:
    with pytest.raises(StoreError, match=r"sqlite:///.*postgresql://"):
        await Store.open("mysql://db/bsm")


async def test_in_memory_store_works() -> None:
    store = await Store.open("sqlite:///:memory:")
    try:
        qid = await store.quarantine_put("r", RAW, SELLER, [ALIAS], VERDICT)
        assert (await store.quarantine_get(qid)) is not None
    finally:
        await store.close()


async def test_directory_that_cannot_be_created_names_the_path(tmp_path: Path) -> None:
    blocker = tmp_path / "afile"
    blocker.write_text("not a directory")
    with pytest.raises(StoreError, match=re.escape(str(blocker))):
        await Store.open(f"sqlite:///{blocker}/state.db")


async def test_path_that_is_a_directory_names_the_path(tmp_path: Path) -> None:
    target = tmp_path / "state.db"
    target.mkdir()
    with pytest.raises(StoreError, match=re.escape(str(target))):
        await Store.open(f"sqlite:///{target}")


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
async def test_read_only_directory_names_the_path(tmp_path: Path) -> None:
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    try:
        with pytest.raises(StoreError, match=re.escape(str(ro))):
            await Store.open(f"sqlite:///{ro}/state.db")
    finally:
        ro.chmod(0o700)


async def test_closed_store_raises_store_error(db_url: str) -> None:
    store = await Store.open(db_url)
    await store.close()
    with pytest.raises(StoreError, match="closed"):
        await store.quarantine_list()
    with pytest.raises(StoreError):
        await store.ping()


async def test_ping_on_a_writable_store(store: Store) -> None:
    await store.ping()


# -- migrations ------------------------------------------------------------------------------


async def test_new_migration_applies_once_and_keeps_data(db_url: str) -> None:
    store = await Store.open(db_url)
    qid = await store.quarantine_put("r1", RAW, SELLER, [ALIAS], VERDICT)
    await store.close()

    # ALTER TABLE fails if run twice: reopening proves it ran exactly once.
    shipped = migrations_for(db_url)
    extended = [*shipped, ["ALTER TABLE quarantine ADD COLUMN note TEXT"]]
    for _ in range(2):
        store = await Store.open(db_url, migrations=extended)
        assert await store.schema_version() == len(shipped) + 1
        item = await store.quarantine_get(qid)
        assert item is not None and item.raw == RAW
        await store.close()


async def test_failed_migration_rolls_back(db_url: str) -> None:
    shipped = migrations_for(db_url)
    broken = [*shipped, ["CREATE TABLE extra (x INTEGER)", "THIS IS NOT SQL"]]
    with pytest.raises(StoreError, match=f"schema version {len(shipped) + 1}"):
        await Store.open(db_url, migrations=broken)
    store = await Store.open(db_url)
    try:
        assert await store.schema_version() == len(shipped)
    finally:
        await store.close()
    # CREATE TABLE fails if `extra` was left behind by the failed step.
    store = await Store.open(db_url, migrations=[*shipped, ["CREATE TABLE extra (x INTEGER)"]])
    await store.close()


async def test_database_from_a_newer_gateway_is_refused(db_url: str) -> None:
    store = await Store.open(db_url, migrations=[*migrations_for(db_url), ["SELECT 1"]])
    await store.close()
    with pytest.raises(StoreError, match="upgrade bsm-gateway"):
        await Store.open(db_url)


# -- quarantine ------------------------------------------------------------------------------


def test_quarantine_ids_are_short_and_typable() -> None:
    ids = {new_quarantine_id() for _ in range(2000)}
    assert len(ids) == 2000
    for qid in ids:
        assert re.fullmatch(r"q-[0-9a-hjkmnp-tv-z]{10}", qid)
    assert normalize_quarantine_id(" Q-AB0CD1EFGH ") == "q-ab0cd1efgh"
    assert normalize_quarantine_id("abOcdIefgh") == "q-ab0cd1efgh"


async def test_put_then_get_keeps_everything(store: Store) -> None:
    raw = RAW.replace(b"parcel", b"Paket \xc3\xbc")  # 8-bit bytes survive unchanged
    qid = await store.quarantine_put("ref-1", raw, SELLER, [ALIAS, "b@x.example"], VERDICT)
    item = await store.quarantine_get(qid)
    assert item is not None
    assert item.id == qid
    assert item.raw == raw
    assert item.ref == "ref-1"
    assert item.mail_from == SELLER
    assert item.rcpt_tos == [ALIAS, "b@x.example"]
    assert item.verdict == VERDICT
    assert item.rule_ids == ["links.external"]
    assert item.subject == "Ihre Bestellung – Versand"
    assert item.size == len(raw)
    assert datetime.fromisoformat(item.created).utcoffset() == timedelta(0)
    assert not item.released and item.released_by is None and item.forced is False


async def test_get_accepts_what_a_person_types(store: Store) -> None:
    qid = await store.quarantine_put("r", RAW, SELLER, [ALIAS], VERDICT)
    assert (await store.quarantine_get(qid.upper())) is not None
    assert (await store.quarantine_get(qid.removeprefix("q-"))) is not None
    assert await store.quarantine_get("q-0000000000") is None


async def test_list_is_newest_first_without_bytes(db_url: str) -> None:
    clock = Clock()
    store = await Store.open(db_url, clock=clock)
    try:
        first = await store.quarantine_put("r1", RAW, SELLER, [ALIAS], VERDICT)
        clock.advance(minutes=1)
        second = await store.quarantine_put("r2", RAW, SELLER, [ALIAS], VERDICT)
        items = await store.quarantine_list()
        assert [i.id for i in items] == [second, first]
        assert all(i.raw is None for i in items)
        assert [i.id for i in await store.quarantine_list(limit=1)] == [second]
    finally:
        await store.close()


async def test_quarantine_survives_a_restart_and_is_visible_to_another_process(
    db_url: str,
) -> None:
    writer = await Store.open(db_url)
    reader = await Store.open(db_url)  # a second connection, as another gateway would be
    try:
        qid = await writer.quarantine_put("r", RAW, SELLER, [ALIAS], VERDICT)
        assert (await reader.quarantine_get(qid)) is not None
    finally:
        await writer.close()
        await reader.close()
    again = await Store.open(db_url)
    try:
        item = await again.quarantine_get(qid)
        assert item is not None and item.raw == RAW
    finally:
        await again.close()


async def test_delete(store: Store) -> None:
    qid = await store.quarantine_put("r", RAW, SELLER, [ALIAS], VERDICT)
    assert await store.quarantine_delete(qid) is True
    assert await store.quarantine_get(qid) is None
    assert await store.quarantine_delete(qid) is False


async def test_mark_released_records_who_when_and_forced(store: Store) -> None:
    qid = await store.quarantine_put("r", RAW, SELLER, [ALIAS], VERDICT)
    other = await store.quarantine_put("r2", RAW, SELLER, [ALIAS], VERDICT)
    await store.quarantine_mark_released(qid, "alice", True)
    item = await store.quarantine_get(qid)
    assert item is not None and item.released
    assert item.released_by == "alice" and item.forced is True
    assert item.released_at is not None
    assert [i.id for i in await store.quarantine_list(include_released=False)] == [other]
    with pytest.raises(StoreError, match="no quarantined message"):
        await store.quarantine_mark_released("q-0000000000", "alice", False)


async def test_purge_removes_only_old_items(db_url: str) -> None:
    clock = Clock()
    store = await Store.open(db_url, clock=clock)
    try:
        old = await store.quarantine_put("r1", RAW, SELLER, [ALIAS], VERDICT)
        clock.advance(days=31)
        new = await store.quarantine_put("r2", RAW, SELLER, [ALIAS], VERDICT)
        assert await store.quarantine_purge(timedelta(days=30)) == 1
        assert await store.quarantine_get(old) is None
        assert await store.quarantine_get(new) is not None
    finally:
        await store.close()


# -- review requests ------------------------------------------------------------------------

ORDER = "123-1234567-1234567"


async def test_first_request_wins_second_is_refused_with_the_earlier_ref(store: Store) -> None:
    assert await store.review_reserve(ORDER, "ref-A", "<a@seller>") is None
    await store.review_confirm(ORDER, "ref-A")
    earlier = await store.review_reserve(ORDER, "ref-B", "<b@seller>")
    assert earlier is not None and "ref-A" in earlier and "sent" in earlier
    # other orders are independent
    assert await store.review_reserve("999-1234567-1234567", "ref-B", "<b@seller>") is None


async def test_a_request_in_flight_also_blocks(store: Store) -> None:
    assert await store.review_reserve(ORDER, "ref-A", "<a@seller>") is None
    earlier = await store.review_reserve(ORDER, "ref-B", "<b@seller>")
    assert earlier is not None and "being sent" in earlier


async def test_failed_relay_releases_the_reservation(store: Store) -> None:
    assert await store.review_reserve(ORDER, "ref-A", "<a@seller>") is None
    await store.review_release(ORDER, "ref-A")
    assert await store.review_get(ORDER) is None
    assert await store.review_reserve(ORDER, "ref-B", "<b@seller>") is None


async def test_release_never_forgets_a_sent_request(store: Store) -> None:
    assert await store.review_reserve(ORDER, "ref-A", "<a@seller>") is None
    await store.review_confirm(ORDER, "ref-A")
    await store.review_release(ORDER, "ref-A")
    await store.review_release(ORDER, "ref-B")
    record = await store.review_get(ORDER)
    assert record is not None and record["state"] == "sent" and record["ref"] == "ref-A"


async def test_concurrent_reservations_exactly_one_wins(store: Store) -> None:
    results = await asyncio.gather(
        *(store.review_reserve(ORDER, f"ref-{i}", f"<{i}@seller>") for i in range(20))
    )
    assert sum(r is None for r in results) == 1


async def test_concurrent_reservations_across_two_gateways(db_url: str) -> None:
    a = await Store.open(db_url)
    b = await Store.open(db_url)
    try:
        results = await asyncio.gather(
            *(
                (a if i % 2 else b).review_reserve(ORDER, f"ref-{i}", f"<{i}@seller>")
                for i in range(20)
            )
        )
        assert sum(r is None for r in results) == 1
    finally:
        await a.close()
        await b.close()


async def test_stale_pending_reservation_is_taken_over(db_url: str) -> None:
    clock = Clock()
    store = await Store.open(db_url, clock=clock, pending_timeout=timedelta(minutes=15))
    try:
        assert await store.review_reserve(ORDER, "ref-A", "<a@seller>") is None
        clock.advance(minutes=14)
        assert await store.review_reserve(ORDER, "ref-B", "<b@seller>") is not None
        clock.advance(minutes=2)  # the gateway that reserved it died mid-relay
        assert await store.review_reserve(ORDER, "ref-B", "<b@seller>") is None
        # the late confirm of the dead attempt no longer counts
        await store.review_confirm(ORDER, "ref-A")
        record = await store.review_get(ORDER)
        assert record is not None and record["ref"] == "ref-B" and record["state"] == "pending"
    finally:
        await store.close()


async def test_a_sent_request_never_goes_stale(db_url: str) -> None:
    clock = Clock()
    store = await Store.open(db_url, clock=clock)
    try:
        assert await store.review_reserve(ORDER, "ref-A", "<a@seller>") is None
        await store.review_confirm(ORDER, "ref-A")
        clock.advance(days=400)
        assert await store.review_reserve(ORDER, "ref-B", "<b@seller>") is not None
    finally:
        await store.close()


async def test_same_message_resent_after_relay_is_not_a_second_request(store: Store) -> None:
    assert await store.review_reserve(ORDER, "ref-A", "<same@seller>") is None
    await store.review_confirm(ORDER, "ref-A")
    # the client did not see our 250 and retries the very same message
    assert await store.review_reserve(ORDER, "ref-B", "<same@seller>") is None
    # ... but a message without a Message-ID is never taken for the same one
    assert await store.review_reserve(ORDER, "ref-C", "") is not None


async def test_reserving_twice_under_the_same_ref_is_idempotent(store: Store) -> None:
    assert await store.review_reserve(ORDER, "ref-A", "<a@seller>") is None
    assert await store.review_reserve(ORDER, "ref-A", "<a@seller>") is None


async def test_a_cancelled_caller_does_not_undo_a_write(store: Store) -> None:
    """A client hanging up mid-transaction cancels the server's task: the write still
    completes, so the store never holds a half-made decision."""
    task = asyncio.create_task(store.quarantine_put("r", RAW, SELLER, [ALIAS], VERDICT))
    await asyncio.sleep(0)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    for _ in range(100):
        if await store.quarantine_list():
            break
        await asyncio.sleep(0.01)
    assert len(await store.quarantine_list()) == 1


# -- release claims: one delivery per release --------------------------------------------


async def test_a_release_is_claimed_once_and_the_claim_is_explained(db_url: str) -> None:
    store = await Store.open(db_url)
    try:
        qid = await store.quarantine_put("r", RAW, SELLER, [ALIAS], VERDICT)
        assert await store.quarantine_claim_release(qid, "alice") is None
        busy = await store.quarantine_claim_release(qid, "bob")
        assert busy is not None and "being released by alice" in busy
        await store.quarantine_mark_released(qid, "alice", False)
        done = await store.quarantine_claim_release(qid, "bob")
        assert done is not None and "already released" in done and "alice" in done
        # --force may send a released message again, but only one forced release at a time
        assert await store.quarantine_claim_release(qid, "bob", force=True) is None
        assert await store.quarantine_claim_release(qid, "carol", force=True) is not None
        missing = await store.quarantine_claim_release("q-0000000000", "bob")
        assert missing is not None and "no quarantined message" in missing
    finally:
        await store.close()


async def test_an_abandoned_claim_can_be_claimed_again_at_once(store: Store) -> None:
    qid = await store.quarantine_put("r", RAW, SELLER, [ALIAS], VERDICT)
    assert await store.quarantine_claim_release(qid, "alice") is None
    await store.quarantine_release_abandon(qid, "bob")  # not bob's claim: no effect
    assert await store.quarantine_claim_release(qid, "bob") is not None
    await store.quarantine_release_abandon(qid, "alice")  # delivery failed
    item = await store.quarantine_get(qid)
    assert item is not None and not item.released
    assert await store.quarantine_claim_release(qid, "bob") is None


async def test_a_claim_left_by_a_crashed_release_is_taken_over(db_url: str) -> None:
    clock = Clock()
    store = await Store.open(db_url, clock=clock)
    try:
        qid = await store.quarantine_put("r", RAW, SELLER, [ALIAS], VERDICT)
        assert await store.quarantine_claim_release(qid, "alice") is None
        clock.advance(minutes=14)
        assert await store.quarantine_claim_release(qid, "bob") is not None
        clock.advance(minutes=2)
        assert await store.quarantine_claim_release(qid, "bob") is None
    finally:
        await store.close()


async def test_simultaneous_releases_from_two_gateways_claim_once(db_url: str) -> None:
    a = await Store.open(db_url)
    b = await Store.open(db_url)
    try:
        qid = await a.quarantine_put("r", RAW, SELLER, [ALIAS], VERDICT)
        results = await asyncio.gather(
            *((a if i % 2 else b).quarantine_claim_release(qid, f"op-{i}") for i in range(20))
        )
        assert sum(r is None for r in results) == 1
    finally:
        await a.close()
        await b.close()


# -- retention -------------------------------------------------------------------------------


async def test_purge_works_in_batches_and_keeps_recent_items(db_url: str) -> None:
    clock = Clock()
    store = await Store.open(db_url, clock=clock)
    try:
        for i in range(7):
            await store.quarantine_put(f"old-{i}", RAW, SELLER, [ALIAS], VERDICT)
        await store.quarantine_mark_released((await store.quarantine_list())[0].id, "a", False)
        clock.advance(days=31)
        recent = [
            await store.quarantine_put(f"new-{i}", RAW, SELLER, [ALIAS], VERDICT) for i in range(2)
        ]
        assert await store.quarantine_purge(timedelta(days=30), batch=3) == 7
        assert sorted(i.id for i in await store.quarantine_list()) == sorted(recent)
        assert await store.quarantine_purge(timedelta(days=30), batch=3) == 0
    finally:
        await store.close()


async def test_review_memory_expires_after_its_window(db_url: str) -> None:
    clock = Clock()
    store = await Store.open(db_url, clock=clock)
    try:
        assert await store.review_reserve(ORDER, "ref-A", "<a@seller>") is None
        await store.review_confirm(ORDER, "ref-A")
        clock.advance(days=60)
        assert await store.review_reserve("999-1234567-1234567", "ref-B", "") is None
        clock.advance(days=31)  # the first is 91 days old, the second 31
        assert await store.review_purge(timedelta(days=90), batch=1) == 1
        assert await store.review_get("999-1234567-1234567") is not None
        # the order may be asked again
        assert await store.review_reserve(ORDER, "ref-C", "<c@seller>") is None
    finally:
        await store.close()


async def test_expire_applies_both_default_retention_periods(db_url: str) -> None:
    clock = Clock()
    store = await Store.open(db_url, clock=clock)
    try:
        assert await store.review_reserve(ORDER, "ref-A", "<a@seller>") is None
        await store.review_confirm(ORDER, "ref-A")
        old = await store.quarantine_put("r1", RAW, SELLER, [ALIAS], VERDICT)
        clock.advance(days=2)
        kept = await store.quarantine_put("r2", RAW, SELLER, [ALIAS], VERDICT)
        clock.advance(days=29)  # old: 31 days, kept: 29 days, the review request: 31 days
        assert await store.expire() == Expired(quarantine=1, reviews=0)
        assert await store.quarantine_get(old) is None
        assert await store.quarantine_get(kept) is not None
        clock.advance(days=60)  # the review request: 91 days
        assert await store.expire() == Expired(quarantine=1, reviews=1)
        assert await store.review_get(ORDER) is None
    finally:
        await store.close()


async def test_mail_is_not_kept_waiting_behind_a_long_purge(db_url: str) -> None:
    clock = Clock()
    store = await Store.open(db_url, clock=clock)
    try:
        for i in range(40):
            await store.quarantine_put(f"old-{i}", RAW, SELLER, [ALIAS], VERDICT)
        clock.advance(days=31)
        purge = asyncio.create_task(store.quarantine_purge(timedelta(days=30), batch=4))
        await asyncio.sleep(0)  # the purge has started its first batch
        qid = await store.quarantine_put("new", RAW, SELLER, [ALIAS], VERDICT)
        assert not purge.done()  # the message was kept between two batches of the purge
        assert await purge == 40
        assert [i.id for i in await store.quarantine_list()] == [qid]
    finally:
        await store.close()
