"""The gateway's background retention: old quarantined messages and old review-request
memory go away every `[retention] interval`, with an `expired` event; a store error is
logged and the next run tries again, and mail flows meanwhile."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from gateway.config import RetentionSettings
from gateway.store import Store, StoreError
from gateway.store.base import utc_now
from gateway.store.sqlite import SQLiteStore
from tests.mail import ALIAS, SELLER, default_policy, make_message
from tests.netutil import RunningGateway, Sink, make_config
from tests.test_server import COMPLIANT, blocked_message, send


def seed(url: str, age_days: float, order: str) -> str:
    """One quarantined message and one confirmed review request, `age_days` old."""

    async def put() -> str:
        store = await Store.open(url, clock=lambda: utc_now() - timedelta(days=age_days))
        try:
            assert await store.review_reserve(order, f"r-{order}", f"<{order}@test>") is None
            await store.review_confirm(order, f"r-{order}")
            return await store.quarantine_put(f"q-{order}", blocked_message(), SELLER, [ALIAS], {})
        finally:
            await store.close()

    return asyncio.run(put())


def start(tmp_path: Path, sink: Sink, **retention: Any) -> RunningGateway:
    config = make_config(tmp_path, sink.url, retention=RetentionSettings(**retention))
    return RunningGateway(config, default_policy()).start()


def test_old_rows_expire_in_the_background(tmp_path: Path, sink: Sink) -> None:
    url = f"sqlite:///{tmp_path}/state.db"
    old = seed(url, 40, "111-0000000-0000001")  # past 30 days: the message goes
    seed(url, 100, "111-0000000-0000002")  # past 90 days: both go
    recent = seed(url, 2, "111-0000000-0000003")  # stays
    gw = start(tmp_path, sink, quarantine_days=30, review_days=90, interval=0.3, batch=1)
    try:
        first, second = gw.wait_for("expired", count=2)
        assert (first["quarantine"], first["reviews"]) == (2, 1)
        assert (second["quarantine"], second["reviews"]) == (0, 0)
        store = gw.app.store
        assert store is not None
        assert gw.call(store.quarantine_get(old)) is None
        assert gw.call(store.quarantine_get(recent)) is not None
        assert gw.call(store.review_get("111-0000000-0000001")) is not None  # 40 < 90 days
        assert gw.call(store.review_get("111-0000000-0000002")) is None
    finally:
        gw.stop()


def test_a_store_error_is_logged_and_the_next_run_retries(
    tmp_path: Path, sink: Sink, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"sqlite:///{tmp_path}/state.db"
    seed(url, 40, "111-0000000-0000001")
    calls = []
    real = SQLiteStore.expire

    async def flaky(self: SQLiteStore, **kwargs: Any) -> Any:
        calls.append(kwargs)
        if len(calls) == 1:
            raise StoreError("database is locked")
        return await real(self, **kwargs)

    monkeypatch.setattr(SQLiteStore, "expire", flaky)
    gw = start(tmp_path, sink, interval=0.3)
    try:
        [failed] = gw.wait_for("expired.failed")
        assert failed["error"] == "database is locked" and failed["store_error"] is True
        # Mail is not held up by retention, failing or not.
        assert send(gw.port, make_message(text=COMPLIANT, reply=True), [ALIAS])[0] == 250
        [done] = gw.wait_for("expired")
        assert done["quarantine"] == 1
        assert calls[1]["quarantine_retention"] == timedelta(days=30)
        assert calls[1]["review_retention"] == timedelta(days=90)
    finally:
        gw.stop()
