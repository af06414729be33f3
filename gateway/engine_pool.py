"""Where the rule engine runs: worker processes (default) or threads, never the event loop.

The engine is pure Python and CPU-bound; in a thread it holds the GIL, so SMTP sessions
and the check share one core. Worker processes use the other cores, and a check that
hangs (a pathological message) can be killed: the pool is replaced and the client gets
451, while a thread could only be abandoned, still burning a core.

Workers are forked from a forkserver that has already imported the engine, get the
policy once (as its validated data, not per message), compile their word lists and load
their dictionaries before the first message (warm-up), and ignore SIGTERM/SIGINT/SIGHUP:
systemd signals the whole control group on stop, and in-flight checks must finish while
the gateway drains. The gateway shuts the pool down itself.
"""

from __future__ import annotations

import asyncio
import gc
import multiprocessing
import signal
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from policies import Envelope, Policy, Verdict, evaluate

# A small message that exercises every rule family (HTML, links, review words, numbers).
WARMUP_MESSAGE = (
    b"From: support@seller.example\r\nTo: a@marketplace.amazon.com\r\n"
    b"Subject: Your order 123-1234567-1234567\r\nContent-Type: text/html; charset=utf-8\r\n"
    b"\r\n<p>Hello, thank you for your order. Could you leave a review of the kettle? "
    b'See <a href="https://www.amazon.com/gp/your-account/order-history">Your Orders</a>. '
    b"Call +1 212 555 0147.</p>\r\n"
)
WARMUP_ENVELOPE = Envelope("", ["a@marketplace.amazon.com"])

_worker_policy: Policy | None = None


def _init_worker(data: dict[str, Any], source: str) -> None:
    global _worker_policy
    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(sig, signal.SIG_IGN)
    _worker_policy = Policy(data, source)
    evaluate(WARMUP_MESSAGE, WARMUP_ENVELOPE, _worker_policy)
    freeze_heap()


def freeze_heap() -> None:
    """Move everything loaded so far (modules, compiled word lists, dictionaries) out of
    the garbage collector's sight: a full collection would otherwise walk it all again
    and again, an ~11 ms pause in the middle of some message's check."""
    gc.collect()
    gc.freeze()


def _evaluate_in_worker(raw: bytes, envelope: Envelope) -> Verdict:
    assert _worker_policy is not None, "worker started without a policy"
    return evaluate(raw, envelope, _worker_policy)


def _noop() -> None:
    """Submitted once per worker so that start-up (and its warm-up) happens now."""


class EngineFailure(Exception):
    """No verdict: the check timed out or its worker died. The client gets 451."""


class EnginePool:
    """Runs `policies.evaluate` for the gateway, with a deadline per message."""

    def __init__(self, policy: Policy, workers: int, mode: str = "process") -> None:
        if mode not in ("process", "thread"):
            raise ValueError(f"engine mode must be 'process' or 'thread', not {mode!r}")
        self.policy = policy
        self.workers = max(1, workers)
        self.mode = mode
        self._executor = self._new_executor(policy)

    def _new_executor(self, policy: Policy) -> Executor:
        if self.mode == "thread":
            return ThreadPoolExecutor(self.workers, thread_name_prefix="engine")
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["policies.engine", "policies.rules", "gateway.engine_pool"])
        return ProcessPoolExecutor(
            self.workers,
            mp_context=context,
            initializer=_init_worker,
            initargs=(policy.data, policy.source),
        )

    def _call(self, executor: Executor, raw: bytes, envelope: Envelope) -> Any:
        if isinstance(executor, ProcessPoolExecutor):
            return executor.submit(_evaluate_in_worker, raw, envelope)
        return executor.submit(evaluate, raw, envelope, self.policy)

    async def start(self) -> None:
        """Start every worker and warm it up before the first message."""
        await self._warm(self._executor, self.policy)

    async def _warm(self, executor: Executor, policy: Policy) -> None:
        futures: list[Future[Any]]
        if isinstance(executor, ProcessPoolExecutor):
            # The initializer warms each worker up; make all of them start now.
            futures = [executor.submit(_noop) for _ in range(self.workers)]
        else:
            futures = [executor.submit(evaluate, WARMUP_MESSAGE, WARMUP_ENVELOPE, policy)]
        await asyncio.gather(*(asyncio.wrap_future(f) for f in futures))
        if not isinstance(executor, ProcessPoolExecutor):
            freeze_heap()

    async def evaluate(self, raw: bytes, envelope: Envelope, timeout: float) -> Verdict:
        executor = self._executor
        future = self._call(executor, raw, envelope)
        try:
            verdict: Verdict = await asyncio.wait_for(asyncio.wrap_future(future), timeout)
        except TimeoutError:
            self._replace_after_failure(executor)
            raise EngineFailure(f"no verdict within {timeout:g} s") from None
        except BrokenProcessPool:
            self._replace_after_failure(executor)
            raise EngineFailure("the engine worker stopped unexpectedly") from None
        return verdict

    def _replace_after_failure(self, executor: Executor) -> None:
        """A stuck or dead worker: start a fresh pool for the next messages, kill this one."""
        if executor is not self._executor:
            return  # another failure already replaced it
        self._executor = self._new_executor(self.policy)
        _kill(executor)

    async def replace_policy(self, policy: Policy) -> None:
        """Warm up workers with the new policy, then switch; checks already running on the
        old workers finish there."""
        executor = self._new_executor(policy)
        try:
            await self._warm(executor, policy)
        except BaseException:
            _kill(executor)
            raise
        old, self._executor, self.policy = self._executor, executor, policy
        old.shutdown(wait=False)

    def close(self) -> None:
        _kill(self._executor)


def _kill(executor: Executor) -> None:
    processes: dict[int, Any] = getattr(executor, "_processes", None) or {}
    executor.shutdown(wait=False, cancel_futures=True)
    # ProcessPoolExecutor has no public way to stop a worker that is busy (Python 3.14
    # adds terminate_workers()); a stuck check must not keep a core busy for ever.
    for process in list(processes.values()):
        if process.is_alive():
            process.kill()
