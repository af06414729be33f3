"""The store's retry queue, owed reports and review retries, on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from gateway.store import Store

from .mail import ALIAS, SELLER, make_message
from .pg import PgCluster

RAW = make_message("Dear buyer, your parcel left today.\n", subject="Versand – Bestellung")
ORDER = "123-1234567-1234567"
MINUTE = timedelta(minutes=1)


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path}/state.db"
    cluster: PgCluster = request.getfixturevalue("pg_cluster")
    return cluster.empty_database()


async def test_queue_entry_is_claimed_rescheduled_and_survives_a_reopen(db_url: str) -> None:
    clock = Clock()
    store = await Store.open(db_url, clock=clock)
    try:
        rid = await store.retry_put(
            "ref-1", SELLER, [ALIAS, "b@x.example"], RAW, error="451 4.3.0 busy", delay=MINUTE
        )
        assert rid.startswith("r-")
        assert await store.retry_claim("gw-a", 10) == []  # not due yet
        [listed] = await store.retry_list()
        assert listed.rcpt_tos == [ALIAS, "b@x.example"] and listed.attempts == 1
        assert listed.last_error == "451 4.3.0 busy" and listed.data is None
        assert listed.size == len(RAW) and listed.claimed_by is None
        stats = await store.retry_stats()
        assert (stats.messages, stats.recipients) == (1, 2) and stats.oldest == listed.created
    finally:
        await store.close()

    clock.advance(minutes=2)
    store = await Store.open(db_url, clock=clock)  # a restart
    try:
        [item] = await store.retry_claim("gw-a", 10)
        assert item.id == rid and item.data == RAW and item.claimed_by == "gw-a"
        assert await store.retry_claim("gw-b", 10) == []  # claimed: nobody else gets it
        await store.retry_reschedule(rid, "gw-a", ["b@x.example"], error="451 again", delay=MINUTE)
        [listed] = await store.retry_list()
        assert listed.rcpt_tos == ["b@x.example"] and listed.attempts == 2
        assert listed.claimed_by is None and listed.last_error == "451 again"
        assert await store.retry_claim("gw-b", 10) == []
        clock.advance(minutes=1, seconds=1)
        [item] = await store.retry_claim("gw-b", 10)
        assert await store.retry_delete(item.id)
        assert await store.retry_list() == [] and (await store.retry_stats()).messages == 0
        assert not await store.retry_delete(item.id)
    finally:
        await store.close()


async def test_a_dead_claim_is_given_back_or_lapses(db_url: str) -> None:
    clock = Clock()
    store = await Store.open(db_url, clock=clock)
    try:
        await store.retry_put("r", SELLER, [ALIAS], RAW, error="451", delay=timedelta(0))
        assert len(await store.retry_claim("gone", 10)) == 1
        assert await store.retry_claimers() == ["gone"]
        assert await store.retry_claim("me", 10) == []
        assert await store.retry_release_claims("gone") == 1
        assert len(await store.retry_claim("me", 10)) == 1
        # A holder that never comes back (another host): the claim lapses by age.
        clock.advance(seconds=store.claim_timeout.total_seconds() - 1)
        assert await store.retry_claim("other", 10) == []
        clock.advance(seconds=2)
        [item] = await store.retry_claim("other", 10)
        # The first holder's late reschedule does not undo the takeover.
        await store.retry_reschedule(item.id, "me", [ALIAS], error="x", delay=MINUTE)
        assert (await store.retry_list())[0].claimed_by == "other"
    finally:
        await store.close()


async def test_two_gateways_claiming_at_once_each_entry_goes_to_one(db_url: str) -> None:
    a = await Store.open(db_url)
    b = await Store.open(db_url)
    try:
        for i in range(30):
            await a.retry_put(f"ref-{i}", SELLER, [ALIAS], RAW, error="451", delay=timedelta(0))
        rounds = await asyncio.gather(
            *((a if i % 2 else b).retry_claim(f"gw-{i % 2}", 4) for i in range(20))
        )
        ids = [item.id for batch in rounds for item in batch]
        assert len(ids) == 30 and len(set(ids)) == 30
    finally:
        await a.close()
        await b.close()


async def test_owed_reports_are_taken_over_from_the_gone_or_the_late(db_url: str) -> None:
    clock = Clock()
    store = await Store.open(db_url, clock=clock)
    try:
        owed = await store.quarantine_put("r1", RAW, SELLER, [ALIAS], {}, report_owner="dead")
        live = await store.quarantine_put("r2", RAW, SELLER, [ALIAS], {}, report_owner="live")
        await store.quarantine_put("r3", RAW, SELLER, [ALIAS], {})  # no report owed
        assert sorted(await store.quarantine_report_owners()) == ["dead", "live"]
        assert await store.quarantine_take_reports("me") == []
        assert await store.quarantine_take_reports("me", owners=["dead"]) == [owed]
        assert sorted(await store.quarantine_report_owners()) == ["live", "me"]
        # "live" is still within its transaction's time: left alone...
        assert await store.quarantine_take_reports("other", older_than=MINUTE) == []
        clock.advance(minutes=2)
        # ...until it is late (both rows are two minutes old now).
        taken = await store.quarantine_take_reports("other", older_than=timedelta(minutes=3))
        assert taken == []
        taken = await store.quarantine_take_reports("other", older_than=MINUTE)
        assert taken == sorted([owed, live])
        await store.quarantine_report_sent(owed)
        await store.quarantine_report_sent(live)
        assert await store.quarantine_report_owners() == []
    finally:
        await store.close()


async def test_a_retry_of_the_same_request_takes_over_a_pending_reservation(db_url: str) -> None:
    store = await Store.open(db_url)
    try:
        assert await store.review_reserve(ORDER, "ref-1", "<a@s>", body_hash="h1") is None
        # Same Message-ID: the client's retry takes the reservation over.
        assert await store.review_reserve(ORDER, "ref-2", "<a@s>", body_hash="h1") is None
        # Same body under a new Message-ID: refused here; the gateway sees the digest
        # and waits for the earlier attempt's outcome (tests/test_retry_queue.py).
        earlier = await store.review_reserve(ORDER, "ref-x", "<new@s>", body_hash="h1")
        assert earlier is not None and "ref-2" in earlier
        held = await store.review_get(ORDER)
        assert held is not None and (held["state"], held["body_hash"]) == ("pending", "h1")
        assert await store.review_reserve(ORDER, "ref-3", "<a@s>", body_hash="h1") is None
        assert (await store.review_get(ORDER) or {})["ref"] == "ref-3"
        # A different message for the same order is a second request.
        earlier = await store.review_reserve(ORDER, "ref-4", "<b@s>", body_hash="h2")
        assert earlier is not None and "ref-3" in earlier and "being sent" in earlier
        # The first attempts' late outcomes do not touch the retry's reservation.
        await store.review_release(ORDER, "ref-1")
        await store.review_confirm(ORDER, "ref-2")
        assert (await store.review_get(ORDER) or {})["state"] == "pending"
        await store.review_confirm(ORDER, "ref-3")
        # Once sent, only the very same Message-ID is let through, not the same body.
        assert await store.review_reserve(ORDER, "ref-5", "<a@s>", body_hash="h1") is None
        earlier = await store.review_reserve(ORDER, "ref-6", "<c@s>", body_hash="h1")
        assert earlier is not None and "sent" in earlier
        # No Message-ID and no body digest never match each other.
        other = "999-1234567-1234567"
        assert await store.review_reserve(other, "ref-7", "", body_hash="") is None
        assert await store.review_reserve(other, "ref-8", "", body_hash="") is not None
    finally:
        await store.close()
