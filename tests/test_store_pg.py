"""The PostgreSQL store where several gateways share it, and when the database goes away.

Each test runs against the throwaway cluster of tests/pg.py (loopback only); the outage
test stops and restarts it.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator

import psycopg
import pytest

from gateway.store import Store, StoreError, postgres
from gateway.store.postgres import MIGRATIONS, POOL_TIMEOUT

from .mail import ALIAS, SELLER, make_message
from .pg import PASSWORD, PgCluster, free_port

RAW = make_message("Dear buyer, your parcel left today.\n")
VERDICT = {"verdict": "block", "findings": []}
ORDER = "123-1234567-1234567"


@pytest.fixture
def pg_url(pg_cluster: PgCluster) -> str:
    return pg_cluster.new_database()


@pytest.fixture
def outage(pg_cluster: PgCluster, monkeypatch: pytest.MonkeyPatch) -> Iterator[PgCluster]:
    """The cluster, for a test that stops it; running again afterwards whatever happened.
    The pool's waits are shortened so the test is quick (the gateway's: POOL_TIMEOUT,
    RECONNECT_TIMEOUT)."""
    monkeypatch.setattr(postgres, "POOL_TIMEOUT", 2.0)
    monkeypatch.setattr(postgres, "RECONNECT_TIMEOUT", 2.0)
    try:
        yield pg_cluster
    finally:
        if not pg_cluster.running():
            pg_cluster.start()


async def test_fifty_reservations_from_two_gateways_exactly_one_wins(pg_url: str) -> None:
    a = await Store.open(pg_url)
    b = await Store.open(pg_url)
    try:
        results = await asyncio.gather(
            *(
                (a if i % 2 else b).review_reserve(ORDER, f"ref-{i}", f"<{i}@seller>")
                for i in range(50)
            )
        )
        assert sum(r is None for r in results) == 1
        winner = await b.review_get(ORDER)
        assert winner is not None and winner["state"] == "pending"
        refusals = [r for r in results if r is not None]
        assert all(winner["ref"] in r and "being sent" in r for r in refusals)
    finally:
        await a.close()
        await b.close()


async def test_two_operators_releasing_at_once_deliver_once(pg_url: str) -> None:
    """Two gateways' CLIs release the same messages at the same moment: for each message
    exactly one gets the claim, delivers and records the release."""
    a = await Store.open(pg_url)
    b = await Store.open(pg_url)
    delivered: list[tuple[str, str]] = []

    async def release(store: Store, qid: str, who: str) -> None:
        if await store.quarantine_claim_release(qid, who) is None:
            delivered.append((qid, who))
            await asyncio.sleep(0.01)  # delivery
            await store.quarantine_mark_released(qid, who, False)

    try:
        qids = [await a.quarantine_put(f"r{i}", RAW, SELLER, [ALIAS], VERDICT) for i in range(10)]
        await asyncio.gather(
            *(release(a, q, "alice") for q in qids), *(release(b, q, "bob") for q in qids)
        )
        assert sorted(q for q, _ in delivered) == sorted(qids)
        for qid, who in delivered:
            item = await b.quarantine_get(qid)
            assert item is not None and item.released_by == who
        # a release tried later is refused: it was already released
        later = await b.quarantine_claim_release(qids[0], "carol")
        assert later is not None and "already released" in later
    finally:
        await a.close()
        await b.close()


async def test_gateways_starting_together_migrate_once(pg_url: str) -> None:
    stores = await asyncio.gather(*(Store.open(pg_url) for _ in range(4)))
    try:
        for store in stores:
            assert await store.schema_version() == len(MIGRATIONS)
        qid = await stores[0].quarantine_put("r", RAW, SELLER, [ALIAS], VERDICT)
        assert await stores[3].quarantine_get(qid) is not None
    finally:
        for store in stores:
            await store.close()


async def test_an_unreachable_database_fails_fast_without_the_password(
    pg_cluster: PgCluster,
) -> None:
    url = pg_cluster.url().replace(f":{pg_cluster.port}/", f":{free_port()}/")
    started = time.monotonic()
    with pytest.raises(StoreError) as caught:
        await Store.open(url)
    assert time.monotonic() - started < POOL_TIMEOUT + 3
    assert "127.0.0.1" in str(caught.value)
    assert PASSWORD not in str(caught.value)


async def test_wrong_password_is_a_store_error(pg_cluster: PgCluster) -> None:
    started = time.monotonic()
    with pytest.raises(StoreError, match="password authentication failed"):
        await Store.open(pg_cluster.url().replace(PASSWORD, "wrong"))
    assert time.monotonic() - started < POOL_TIMEOUT  # told at once, not after retries


async def test_a_database_outage_is_a_store_error_and_the_store_recovers(
    outage: PgCluster,
) -> None:
    store = await Store.open(outage.new_database())
    try:
        qid = await store.quarantine_put("r", RAW, SELLER, [ALIAS], VERDICT)
        outage.stop()

        started = time.monotonic()
        with pytest.raises(StoreError):
            await store.review_reserve(ORDER, "ref-A", "<a@seller>")
        with pytest.raises(StoreError):
            await store.ping()  # what /readyz asks
        assert time.monotonic() - started < 2 * postgres.POOL_TIMEOUT + 4  # answered, not hung

        await asyncio.sleep(2 * postgres.RECONNECT_TIMEOUT)  # the pool has given up by now
        outage.start()
        # Back within a bounded time, without reopening the store: the first call may be
        # refused while the pool's last retry is still pending.
        deadline = time.monotonic() + postgres.RECONNECT_TIMEOUT + 2 * postgres.POOL_TIMEOUT
        while True:
            try:
                await store.ping()
                break
            except StoreError:
                if time.monotonic() > deadline:
                    raise
                await asyncio.sleep(0.2)
        assert await store.review_reserve(ORDER, "ref-A", "<a@seller>") is None
        item = await store.quarantine_get(qid)
        assert item is not None and item.raw == RAW  # committed before the outage: kept
    finally:
        await store.close()


async def test_a_read_only_database_is_a_store_error_until_it_is_writable_again(
    pg_cluster: PgCluster,
) -> None:
    """A standby promoted the wrong way, or a database set read-only by its operator:
    writes fail (the gateway answers 451, /readyz reports it), reads still work, and the
    store writes again once the database does, without a restart."""
    url = pg_cluster.new_database()
    dbname = url.rsplit("/", 1)[1]
    store = await Store.open(url)

    def read_only(on: bool) -> None:
        with psycopg.connect(pg_cluster.url(), autocommit=True) as admin:
            value = "on" if on else "off"
            admin.execute(
                f"ALTER DATABASE {dbname} SET default_transaction_read_only = {value}".encode()
            )
            # sessions take the setting when they start: end the store's current ones
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
                (dbname,),
            )

    try:
        qid = await store.quarantine_put("r", RAW, SELLER, [ALIAS], VERDICT)
        read_only(True)
        with pytest.raises(StoreError, match="read-only"):
            await store.ping()
        with pytest.raises(StoreError, match="read-only"):
            await store.quarantine_put("r2", RAW, SELLER, [ALIAS], VERDICT)
        assert await store.quarantine_get(qid) is not None
        read_only(False)
        await store.ping()
        assert await store.review_reserve(ORDER, "ref-A", "") is None
    finally:
        await store.close()
