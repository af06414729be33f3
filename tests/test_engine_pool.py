"""The engine off the event loop: worker processes with a deadline, or threads."""

from __future__ import annotations

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
