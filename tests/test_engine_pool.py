"""The engine off the event loop: worker processes with a deadline, or threads."""

from __future__ import annotations

import asyncio
import os
import signal
import time

import pytest

from gateway.engine_pool import EngineFailure, EnginePool
from policies import Envelope, load_policy
from tests.mail import ALIAS, make_message

GOOD = make_message("Hello, your replacement ships on Monday.", reply=True)
ENVELOPE = Envelope("support@seller.example", [ALIAS])
# A seller's regex with catastrophic backtracking: the check never finishes on its own.
RUNAWAY = load_policy("[rules.\"subject.important_tag\"]\npattern = '^(a+)+$'\n")
STUCK = make_message("Hello.", subject="a" * 40 + "!", reply=True)


def worker_pids(pool: EnginePool) -> set[int]:
    """The current generation's worker processes (private state: tests only)."""
    return {worker.process.pid for worker in pool._workers if worker.process.pid is not None}


@pytest.mark.parametrize("mode", ["process", "thread"])
async def test_verdicts_match_the_engine(mode: str) -> None:
    pool = EnginePool(load_policy(), 2, mode)
    try:
        await pool.start()
        verdict = await pool.evaluate(GOOD, ENVELOPE, 10)
        assert verdict.outcome == "pass"
        assert verdict.kind == "reply"
    finally:
        pool.close()


async def test_a_hung_check_fails_closed_and_its_worker_is_killed() -> None:
    pool = EnginePool(RUNAWAY, 1, "process")
    try:
        await pool.start()
        stuck_pids = worker_pids(pool)
        started = time.monotonic()
        with pytest.raises(EngineFailure, match="no verdict within 1 s"):
            await pool.evaluate(STUCK, ENVELOPE, 1)
        assert time.monotonic() - started < 5
        # The next message gets a fresh worker and a verdict.
        verdict = await pool.evaluate(GOOD, ENVELOPE, 10)
        assert verdict.outcome == "pass"
        time.sleep(0.2)
        for pid in stuck_pids:
            with pytest.raises(ProcessLookupError):
                os.kill(pid, 0)
    finally:
        pool.close()


async def test_workers_ignore_sigterm_so_a_drain_can_finish() -> None:
    pool = EnginePool(load_policy(), 1, "process")
    try:
        await pool.start()
        for pid in worker_pids(pool):
            os.kill(pid, signal.SIGTERM)
        time.sleep(0.2)
        verdict = await pool.evaluate(GOOD, ENVELOPE, 10)
        assert verdict.outcome == "pass"
    finally:
        pool.close()


async def test_policy_replacement_applies_to_the_next_message() -> None:
    proactive = make_message(
        "Hello, could you confirm your delivery address? The courier needs it.",
        subject="Your delivery",
    )
    pool = EnginePool(load_policy(), 1, "process")
    try:
        await pool.start()
        assert (await pool.evaluate(proactive, ENVELOPE, 10)).outcome == "block"
        await pool.replace_policy(load_policy('[rules."order.id_missing"]\naction = "off"\n'))
        assert (await pool.evaluate(proactive, ENVELOPE, 10)).outcome != "block"
    finally:
        pool.close()


def busy_pids(pool: EnginePool) -> set[int]:
    """Workers with a check in flight (private state: tests only)."""
    return {w.process.pid for w in pool._workers if w.job is not None and w.process.pid}


async def wait_until_busy(pool: EnginePool) -> int:
    for _ in range(200):
        if busy := busy_pids(pool):
            return busy.pop()
        await asyncio.sleep(0.05)
    raise AssertionError("no worker picked up the check")


def is_gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


async def is_gone_soon(pid: int) -> bool:
    """SIGKILL is asynchronous, and the forkserver reaps the process a moment later."""
    for _ in range(100):
        if is_gone(pid):
            return True
        await asyncio.sleep(0.02)
    return False


async def test_an_idle_worker_killed_from_outside_is_replaced() -> None:
    pool = EnginePool(load_policy(), 2, "process")
    try:
        await pool.start()
        victim, survivor = sorted(worker_pids(pool))
        os.kill(victim, signal.SIGKILL)
        await asyncio.sleep(0.2)
        for _ in range(4):
            assert (await pool.evaluate(GOOD, ENVELOPE, 10)).outcome == "pass"
        assert survivor in worker_pids(pool)
        assert victim not in worker_pids(pool)
        assert len(worker_pids(pool)) == 2
    finally:
        pool.close()


async def test_a_check_sent_to_a_worker_that_just_died_goes_to_its_replacement() -> None:
    pool = EnginePool(load_policy(), 1, "process")
    try:
        await pool.start()
        (victim,) = worker_pids(pool)
        os.kill(victim, signal.SIGKILL)
        # Wait without letting the event loop run: it has not seen the EOF yet.
        deadline = time.monotonic() + 5
        while not is_gone(victim) and time.monotonic() < deadline:
            time.sleep(0.01)
        assert (await pool.evaluate(GOOD, ENVELOPE, 30)).outcome == "pass"
        assert victim not in worker_pids(pool)
    finally:
        pool.close()


async def test_a_busy_worker_killed_from_outside_fails_only_its_check() -> None:
    pool = EnginePool(RUNAWAY, 2, "process")
    try:
        await pool.start()
        stuck = asyncio.create_task(pool.evaluate(STUCK, ENVELOPE, 60))
        victim = await wait_until_busy(pool)
        (survivor,) = worker_pids(pool) - {victim}
        started = time.monotonic()
        os.kill(victim, signal.SIGKILL)
        with pytest.raises(EngineFailure, match="the engine worker stopped unexpectedly"):
            await stuck
        assert time.monotonic() - started < 5
        for _ in range(3):
            assert (await pool.evaluate(GOOD, ENVELOPE, 10)).outcome == "pass"
        assert survivor in worker_pids(pool)
    finally:
        pool.close()


async def test_a_timeout_kills_only_the_stuck_worker() -> None:
    pool = EnginePool(RUNAWAY, 2, "process")
    try:
        await pool.start()
        stuck = asyncio.create_task(pool.evaluate(STUCK, ENVELOPE, 1.5))
        victim = await wait_until_busy(pool)
        (survivor,) = worker_pids(pool) - {victim}
        # The other worker keeps giving verdicts while one is stuck.
        assert (await pool.evaluate(GOOD, ENVELOPE, 10)).outcome == "pass"
        with pytest.raises(EngineFailure, match=r"no verdict within 1\.5 s"):
            await stuck
        assert await is_gone_soon(victim)
        assert survivor in worker_pids(pool)
        assert (await pool.evaluate(GOOD, ENVELOPE, 10)).outcome == "pass"
    finally:
        pool.close()


async def test_checks_beyond_the_workers_wait_their_turn_in_order() -> None:
    messages = [make_message(f"Hello, parcel {n} ships on Monday.", reply=True) for n in range(8)]
    pool = EnginePool(load_policy(), 1, "process")
    try:
        await pool.start()
        finished: list[int] = []

        async def check(n: int) -> None:
            verdict = await pool.evaluate(messages[n], ENVELOPE, 30)
            assert verdict.outcome == "pass"
            finished.append(n)

        await asyncio.gather(*(check(n) for n in range(8)))
        assert finished == list(range(8))  # one worker: first come, first served
    finally:
        pool.close()


async def test_more_checks_than_workers_all_get_verdicts() -> None:
    pool = EnginePool(load_policy(), 2, "process")
    try:
        await pool.start()
        verdicts = await asyncio.gather(*(pool.evaluate(GOOD, ENVELOPE, 30) for _ in range(20)))
        assert [v.outcome for v in verdicts] == ["pass"] * 20
    finally:
        pool.close()


async def test_close_kills_every_worker_even_a_busy_one() -> None:
    warm = EnginePool(load_policy(), 1, "process")  # the forkserver's own fds stay open
    await warm.start()
    warm.close()
    fds = set(os.listdir("/proc/self/fd"))
    pool = EnginePool(RUNAWAY, 2, "process")
    await pool.start()
    pids = worker_pids(pool)
    stuck = asyncio.create_task(pool.evaluate(STUCK, ENVELOPE, 60))
    await wait_until_busy(pool)
    pool.close()
    pool.close()  # safe twice
    with pytest.raises(EngineFailure):
        await stuck
    assert all(is_gone(pid) for pid in pids)
    assert set(os.listdir("/proc/self/fd")) == fds
    with pytest.raises(EngineFailure, match="closed"):
        await pool.evaluate(GOOD, ENVELOPE, 10)


async def test_a_15_mb_message_does_not_block_the_event_loop() -> None:
    big = make_message(
        "Hello, the manual is attached.",
        reply=True,
        attachments=[(os.urandom(11_000_000), "application/octet-stream", "manual.bin")],
    )
    assert len(big) > 15_000_000
    pool = EnginePool(load_policy(), 1, "process")
    try:
        await pool.start()
        gaps: list[float] = []
        checking = True

        async def ticker() -> None:
            last = time.monotonic()
            while checking:
                await asyncio.sleep(0.01)
                now = time.monotonic()
                gaps.append(now - last)
                last = now

        ticks = asyncio.create_task(ticker())
        try:
            verdict = await pool.evaluate(big, ENVELOPE, 60)
        finally:
            checking = False
            await ticks
        assert verdict.outcome in ("pass", "block")
        assert len(gaps) >= 5
        assert max(gaps) < 0.25
        # The pipe is ready for the next message.
        assert (await pool.evaluate(GOOD, ENVELOPE, 10)).outcome == "pass"
    finally:
        pool.close()


async def test_a_worker_that_cannot_start_makes_start_fail_clearly() -> None:
    broken = load_policy()
    broken.data = {"rules": {}}  # what the workers build their policy from
    pool = EnginePool(broken, 2, "process")
    started = time.monotonic()
    try:
        with pytest.raises(EngineFailure, match=r"failed to start: .*missing from the policy"):
            await pool.start()
        assert time.monotonic() - started < 30
        assert not worker_pids(pool)
    finally:
        pool.close()


async def test_old_workers_finish_their_check_after_a_policy_change() -> None:
    pool = EnginePool(load_policy(), 1, "process")
    try:
        await pool.start()
        (old,) = worker_pids(pool)
        # A few seconds of engine work: longer than warming up the new workers.
        slow = make_message("Hello, your replacement ships on Monday. " * 300000, reply=True)
        running = asyncio.create_task(pool.evaluate(slow, ENVELOPE, 120))
        await wait_until_busy(pool)
        await pool.replace_policy(load_policy('[rules."order.id_missing"]\naction = "off"\n'))
        assert old not in worker_pids(pool)
        assert not running.done()  # the switch did not wait for it, nor cut it short
        assert (await running).outcome == "pass"  # finished on the old worker
        await asyncio.sleep(0.5)
        assert is_gone(old)  # and then it exited
    finally:
        pool.close()


async def test_close_during_start_up_makes_start_fail_at_once() -> None:
    pool = EnginePool(load_policy(), 2, "process")
    starting = asyncio.create_task(pool.start())
    await asyncio.sleep(0.05)
    pids = worker_pids(pool)
    began = time.monotonic()
    pool.close()
    with pytest.raises(EngineFailure, match="closed"):
        await starting
    assert time.monotonic() - began < 5
    assert all(is_gone(pid) for pid in pids)
