"""The engine off the event loop: a process pool with a deadline per check, or threads."""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import signal
import time
from pathlib import Path

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
    """The current pool's worker processes (private state: tests only)."""
    current = pool._pool
    return set(current.pids) if current is not None else set()


def is_busy(pid: int) -> bool:
    """Running (or runnable) rather than waiting for work: /proc/PID/stat's state."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return stat.rpartition(")")[2].split()[0] == "R"


async def wait_until_busy(pool: EnginePool, *, not_: int = 0) -> int:
    """The worker that picked up the stuck check (it spins, the others sleep)."""
    for _ in range(200):
        busy = {pid for pid in worker_pids(pool) - {not_} if is_busy(pid)}
        if len(busy) == 1:
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


async def test_every_worker_is_warm_before_the_first_message() -> None:
    pool = EnginePool(load_policy(), 2, "process")
    try:
        await pool.start()
        pids = worker_pids(pool)
        assert len(pids) == 2 and not any(is_gone(pid) for pid in pids)
        for _ in range(50):  # warmed up: waiting for work, not still loading
            if not any(is_busy(pid) for pid in pids):
                break
            await asyncio.sleep(0.02)
        assert not any(is_busy(pid) for pid in pids)
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
        verdict = await pool.evaluate(GOOD, ENVELOPE, 30)
        assert verdict.outcome == "pass"
        for pid in stuck_pids:
            assert await is_gone_soon(pid)
        assert not worker_pids(pool) & stuck_pids
    finally:
        pool.close()


async def test_workers_ignore_sigterm_so_a_drain_can_finish() -> None:
    pool = EnginePool(load_policy(), 1, "process")
    try:
        await pool.start()
        pids = worker_pids(pool)
        for pid in pids:
            os.kill(pid, signal.SIGTERM)
            os.kill(pid, signal.SIGHUP)
        time.sleep(0.2)
        verdict = await pool.evaluate(GOOD, ENVELOPE, 10)
        assert verdict.outcome == "pass"
        assert worker_pids(pool) == pids
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


@pytest.mark.parametrize("mode", ["process", "thread"])
async def test_a_profile_is_checked_with_its_own_policy(mode: str) -> None:
    proactive = make_message(
        "Hello, could you confirm your delivery address? The courier needs it.",
        subject="Your delivery",
    )
    lenient = load_policy('[rules."order.id_missing"]\naction = "off"\n')
    pool = EnginePool(load_policy(), 1, mode, profiles={"lenient": lenient})
    try:
        await pool.start()
        assert (await pool.evaluate(proactive, ENVELOPE, 10, profile="lenient")).outcome == "pass"
        assert (await pool.evaluate(proactive, ENVELOPE, 10)).outcome == "block"
        # A profile without a policy of its own is checked with the main one.
        assert (await pool.evaluate(proactive, ENVELOPE, 10, profile="other")).outcome == "block"
        await pool.replace_policy(load_policy(), {})  # a reload that drops the profile
        assert (await pool.evaluate(proactive, ENVELOPE, 10, profile="lenient")).outcome == "block"
    finally:
        pool.close()


async def test_an_idle_worker_killed_from_outside_is_replaced() -> None:
    pool = EnginePool(load_policy(), 2, "process")
    try:
        await pool.start()
        victim = min(worker_pids(pool))
        os.kill(victim, signal.SIGKILL)
        await asyncio.sleep(0.2)
        for _ in range(4):
            assert (await pool.evaluate(GOOD, ENVELOPE, 30)).outcome == "pass"
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
        # Wait without letting the event loop run: nothing has noticed the death yet.
        deadline = time.monotonic() + 5
        while not is_gone(victim) and time.monotonic() < deadline:
            time.sleep(0.01)
        assert (await pool.evaluate(GOOD, ENVELOPE, 30)).outcome == "pass"
        assert victim not in worker_pids(pool)
    finally:
        pool.close()


async def test_a_check_whose_worker_dies_twice_is_unreadable() -> None:
    """A dead worker's check is tried once more on a fresh pool; a message that kills that
    worker too is unreadable, for good (a retry would kill two more)."""
    pool = EnginePool(RUNAWAY, 2, "process")
    try:
        await pool.start()
        stuck = asyncio.create_task(pool.evaluate(STUCK, ENVELOPE, 60))
        first = await wait_until_busy(pool)
        os.kill(first, signal.SIGKILL)
        second = await wait_until_busy(pool, not_=first)  # tried again on a fresh pool
        assert first not in worker_pids(pool)
        started = time.monotonic()
        os.kill(second, signal.SIGKILL)
        verdict = await stuck
        assert verdict.outcome == "block" and verdict.internal_error is None
        assert verdict.findings[0].evidence == "it stopped the rule checker twice"
        assert time.monotonic() - started < 5
        for _ in range(3):
            assert (await pool.evaluate(GOOD, ENVELOPE, 30)).outcome == "pass"
    finally:
        pool.close()


async def test_checks_waiting_behind_a_dead_worker_get_verdicts() -> None:
    pool = EnginePool(RUNAWAY, 1, "process")
    try:
        await pool.start()
        stuck = asyncio.create_task(pool.evaluate(STUCK, ENVELOPE, 4))
        victim = await wait_until_busy(pool)
        waiting = [asyncio.create_task(pool.evaluate(GOOD, ENVELOPE, 30)) for _ in range(3)]
        await asyncio.sleep(0.2)
        os.kill(victim, signal.SIGKILL)
        assert [(await w).outcome for w in waiting] == ["pass"] * 3
        with pytest.raises(EngineFailure):
            await stuck  # tried again, stuck again, then its deadline
    finally:
        pool.close()


async def test_while_one_check_is_stuck_the_others_get_verdicts() -> None:
    pool = EnginePool(RUNAWAY, 2, "process")
    try:
        await pool.start()
        stuck = asyncio.create_task(pool.evaluate(STUCK, ENVELOPE, 1.5))
        victim = await wait_until_busy(pool)
        assert (await pool.evaluate(GOOD, ENVELOPE, 10)).outcome == "pass"
        with pytest.raises(EngineFailure, match=r"no verdict within 1\.5 s"):
            await stuck
        assert await is_gone_soon(victim)
        assert (await pool.evaluate(GOOD, ENVELOPE, 30)).outcome == "pass"
        assert victim not in worker_pids(pool)
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
    await asyncio.sleep(0.5)
    fds = set(os.listdir("/proc/self/fd"))
    pool = EnginePool(RUNAWAY, 2, "process")
    await pool.start()
    pids = worker_pids(pool)
    stuck = asyncio.create_task(pool.evaluate(STUCK, ENVELOPE, 60))
    await wait_until_busy(pool)
    pool.close()
    pool.close()  # safe twice
    with pytest.raises(EngineFailure, match="closed"):
        await stuck
    for pid in pids:
        assert await is_gone_soon(pid)
    with pytest.raises(EngineFailure, match="closed"):
        await pool.evaluate(GOOD, ENVELOPE, 10)
    for _ in range(100):  # the executor's own thread closes its pipes a moment later
        if set(os.listdir("/proc/self/fd")) == fds:
            break
        await asyncio.sleep(0.05)
    assert set(os.listdir("/proc/self/fd")) == fds


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
        # The pool is ready for the next message.
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
    pool = EnginePool(RUNAWAY, 1, "process")
    try:
        await pool.start()
        (old,) = worker_pids(pool)
        running = asyncio.create_task(pool.evaluate(STUCK, ENVELOPE, 6))
        assert await wait_until_busy(pool) == old
        await pool.replace_policy(load_policy())
        assert old not in worker_pids(pool)
        assert not running.done()  # the switch did not wait for it, nor cut it short
        assert not is_gone(old)
        # The new policy has no runaway pattern; the old worker still holds its check
        # (stuck here, so its deadline ends it: the old pool is killed then).
        assert (await pool.evaluate(STUCK, ENVELOPE, 10)).outcome == "pass"
        with pytest.raises(EngineFailure, match="no verdict within 6 s"):
            await running
        assert await is_gone_soon(old)
    finally:
        pool.close()


async def test_retired_workers_exit_once_their_checks_are_done() -> None:
    pool = EnginePool(load_policy(), 2, "process")
    try:
        await pool.start()
        old = worker_pids(pool)
        await pool.replace_policy(load_policy('[rules."order.id_missing"]\naction = "off"\n'))
        for pid in old:
            assert await is_gone_soon(pid)
        assert (await pool.evaluate(GOOD, ENVELOPE, 10)).outcome == "pass"
    finally:
        pool.close()


async def test_close_during_start_up_makes_start_fail_at_once() -> None:
    before = {p.pid for p in multiprocessing.active_children()}
    pool = EnginePool(load_policy(), 2, "process")
    starting = asyncio.create_task(pool.start())
    await asyncio.sleep(0.05)
    began = time.monotonic()
    pool.close()
    with pytest.raises(EngineFailure, match="closed"):
        await starting
    assert time.monotonic() - began < 5
    for _ in range(100):
        if not {p.pid for p in multiprocessing.active_children()} - before:
            break
        await asyncio.sleep(0.05)
    assert not {p.pid for p in multiprocessing.active_children()} - before


async def test_a_message_that_hangs_a_worker_twice_is_unreadable_not_retried_for_ever() -> None:
    """Stuck in C code (a runaway regex), past the CPU budget's reach: the first time the
    client gets 451 and retries; the second time the message is blocked for good."""
    pool = EnginePool(RUNAWAY, 1, "process")
    try:
        await pool.start()
        with pytest.raises(EngineFailure, match="no verdict within 1 s"):
            await pool.evaluate(STUCK, ENVELOPE, 1)
        verdict = await pool.evaluate(STUCK, ENVELOPE, 1)
        assert verdict.outcome == "block"
        assert [f.rule for f in verdict.findings] == ["mime.unreadable"]
        assert "in time" in verdict.findings[0].evidence + verdict.findings[0].message
        # another message is not tainted by it
        assert (await pool.evaluate(GOOD, ENVELOPE, 30)).outcome == "pass"
    finally:
        pool.close()


# -- checks that wait for a worker go in batches (gateway.engine_batch) ---------------------


def parcels(count: int) -> list[bytes]:
    return [make_message(f"Hello, parcel {n} ships on Friday.", reply=True) for n in range(count)]


async def test_a_check_that_fails_in_a_batch_fails_alone(tmp_path: Path) -> None:
    """While the one worker is busy, three checks queue up and go as one batch; the one
    whose spool file is gone fails (with the worker's traceback), the other two pass."""
    pool = EnginePool(load_policy(), 1, "process")
    try:
        await pool.start()
        first = asyncio.create_task(pool.evaluate(GOOD, ENVELOPE, 30))
        gone = asyncio.create_task(pool.evaluate(tmp_path / "gone.eml", ENVELOPE, 30))
        mates = [asyncio.create_task(pool.evaluate(m, ENVELOPE, 30)) for m in parcels(2)]
        assert (await first).outcome == "pass"
        with pytest.raises(FileNotFoundError, match=r"gone\.eml") as failure:
            await gone
        assert "_read" in "".join(getattr(failure.value, "__notes__", []))
        assert [(await m).outcome for m in mates] == ["pass", "pass"]
    finally:
        pool.close()


async def test_a_check_that_hangs_in_a_batch_counts_only_once_it_hangs_alone() -> None:
    """The hung check of a batch fails at its deadline and the pool is killed; its batch
    mates are checked again, alone, and pass. Which one hung is not known, so the hang
    counts against none: the message goes alone from then on, and is unreadable once it
    has hung alone twice (a message that never hangs is never blocked for a batch mate)."""
    pool = EnginePool(RUNAWAY, 1, "process")
    try:
        await pool.start()
        first = asyncio.create_task(pool.evaluate(GOOD, ENVELOPE, 30))
        stuck = asyncio.create_task(pool.evaluate(STUCK, ENVELOPE, 2))
        mates = [asyncio.create_task(pool.evaluate(m, ENVELOPE, 30)) for m in parcels(2)]
        assert (await first).outcome == "pass"
        with pytest.raises(EngineFailure, match="no verdict within 2 s"):
            await stuck
        assert [(await m).outcome for m in mates] == ["pass", "pass"]
        with pytest.raises(EngineFailure, match="no verdict within 1 s"):
            await pool.evaluate(STUCK, ENVELOPE, 1)  # alone: the first hang that counts
        verdict = await pool.evaluate(STUCK, ENVELOPE, 1)
        assert [f.rule for f in verdict.findings] == ["mime.unreadable"]
        for message in parcels(2):  # its batch mates were never counted
            assert (await pool.evaluate(message, ENVELOPE, 30)).outcome == "pass"
    finally:
        pool.close()


async def test_a_check_past_its_deadline_while_waiting_leaves_the_pool_alone() -> None:
    """Never sent to a worker: its deadline withdraws it, the worker (busy with another
    check) is not killed for it."""
    pool = EnginePool(RUNAWAY, 1, "process")
    try:
        await pool.start()
        stuck = asyncio.create_task(pool.evaluate(STUCK, ENVELOPE, 3))
        await asyncio.sleep(0)  # the task's first step sends it to the one worker
        busy = await wait_until_busy(pool)
        with pytest.raises(EngineFailure, match=r"no verdict within 0\.5 s"):
            await pool.evaluate(GOOD, ENVELOPE, 0.5)
        assert busy in worker_pids(pool) and not is_gone(busy) and not stuck.done()
        with pytest.raises(EngineFailure, match="no verdict within 3 s"):
            await stuck
        assert (await pool.evaluate(GOOD, ENVELOPE, 30)).outcome == "pass"
    finally:
        pool.close()
