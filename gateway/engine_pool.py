"""Where the rule engine runs: a stock `concurrent.futures.ProcessPoolExecutor` (default) or
a thread pool, never the event loop.

The engine is pure Python and CPU-bound. In a thread it holds the GIL, so SMTP sessions and
the check share one core; worker processes use the other cores, and a check that hangs (a
pathological message, a seller's runaway regex) can be killed, where a thread could only be
abandoned, still burning a core.

What `EnginePool` guarantees in process mode:

- Workers are started by a forkserver that has already imported the engine. Each gets the
  policy once, as the executor's initializer (its validated data, not per message), builds
  it, checks a warm-up message and freezes its heap. `start()` and `replace_policy()`
  return only when every worker of the pool is warm: a barrier holds each worker's first
  task until all have arrived, and that task also reports the worker's pid and whether its
  policy loaded.
- Workers ignore SIGTERM, SIGINT and SIGHUP: systemd signals the whole control group on
  stop, and the checks in flight must finish while the gateway drains. `close()` kills
  them (SIGKILL) itself.
- Budgets: each worker runs under a memory budget (`RLIMIT_AS`, `memory_mb`) and each
  check under a CPU-time budget (`check_seconds`, SIGPROF inside the worker). A check
  over either gets a verdict, not a failure: blocked as unreadable (mime.unreadable), for
  good, since checking it again would overrun again; and its worker is replaced (the
  pool retires once its other checks are done; a fresh one takes the next check). A
  message that kills two workers in a row (a C library aborting on it) is unreadable too.
- No verdict is never a pass, and nothing is lost: the caller gets `EngineFailure` and
  answers 451, so the client retries. A check that overruns its deadline (time waiting
  for a worker included; the CPU budget normally comes first) fails; if it had been sent
  to a worker, the pool is stuck: its workers are killed and the next check opens a fresh
  pool. A message that hangs a worker a second time (stuck in C code, where the CPU
  budget's signal cannot reach) is unreadable for good, so its retries end; the gateway
  remembers the last `HANGS_REMEMBERED` such messages by digest, in memory. A check sent
  in a batch with others (below) that hangs counts against none of them, since which one
  hung is not known: each of them is checked alone from then on, where a hang counts. The
  other checks in flight on a killed pool go on in the fresh one. A worker that
  dies breaks its pool (BrokenProcessPool): the pool is killed and replaced, and each
  check that was in flight on it is tried once more, alone.
- Profiles (gateway.config.Profile) with a policy of their own: each worker holds those
  policies too, built and warmed up with the main one, and `evaluate(..., profile=NAME)`
  checks with that profile's policy.
- `replace_policy()` warms a new pool with the new policy, then switches to it; checks
  already running on the old pool finish there, then its workers exit.

The thin layer over the executor (`_Pool`) exists for three things the stock executor
lacks: the pids of its workers, to kill a stuck pool (Python 3.11 has no public way to),
knowing that every worker is warm before the first message, and sending the checks that
wait for a worker in batches, one task for several (gateway.engine_batch): each task costs
the main process ~0.7 ms of CPU in the executor's threads, whatever it carries.
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import gc
import hashlib
import multiprocessing
import os
import resource
import signal
import sys
import threading
import time
import traceback
from collections import OrderedDict
from collections.abc import Mapping
from concurrent.futures import BrokenExecutor, Executor, ThreadPoolExecutor
from concurrent.futures.process import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from gateway.engine_batch import Batches, Moved, Ticket
from gateway.heap import give_back
from gateway.logs import get_logger, route_stdlib
from policies import Envelope, Policy, Verdict, evaluate
from policies.engine import OUT_OF_MEMORY, unreadable

# A small message that exercises every rule family (HTML, links, review words, numbers).
WARMUP_MESSAGE = (
    b"From: support@seller.example\r\nTo: a@marketplace.amazon.com\r\n"
    b"Subject: Your order 123-1234567-1234567\r\nContent-Type: text/html; charset=utf-8\r\n"
    b"\r\n<p>Hello, thank you for your order. Could you leave a review of the kettle? "
    b'See <a href="https://www.amazon.com/gp/your-account/order-history">Your Orders</a>. '
    b"Call +1 212 555 0147.</p>\r\n"
)
WARMUP_ENVELOPE = Envelope("", ["a@marketplace.amazon.com"])

# Building a policy and warming up takes about a second; far longer means something is wrong.
START_TIMEOUT = 120.0
# What the forkserver imports once, so that each worker starts with the engine loaded
# (and the built-in policy built: gateway.engine_preload).
_PRELOAD = ["policies", "gateway.engine_pool", "gateway.engine_preload"]
CLOSED = "the engine pool is closed"
# A message to check: its bytes, or the path of its spool file (gateway.spool).
Message = bytes | Path
# How many hung messages a gateway remembers (a digest each) to block a second hang.
HANGS_REMEMBERED = 1000


def _digest(raw: Message) -> bytes:
    """The message's SHA-256, read in pieces when it is spooled (only after a hang)."""
    digest = hashlib.sha256()
    if isinstance(raw, Path):
        with contextlib.suppress(OSError), raw.open("rb") as f:
            for piece in iter(lambda: f.read(1 << 20), b""):
                digest.update(piece)
    else:
        digest.update(raw)
    return digest.digest()


DIED = "the engine worker stopped unexpectedly"


def freeze_heap() -> None:
    """Move everything loaded so far (modules, compiled word lists, dictionaries) out of
    the garbage collector's sight: a full collection would otherwise walk it all again
    and again, an ~11 ms pause in the middle of some message's check."""
    gc.collect()
    gc.freeze()


class EngineFailure(Exception):
    """No verdict: the check timed out or its worker died. The client gets 451."""


@dataclass(frozen=True, slots=True)
class Budget:
    """What one check may use in a worker process: CPU seconds (None: no limit but the
    caller's deadline) and the worker's address space in MiB (None: unlimited)."""

    check_seconds: float | None = None
    memory_mb: int | None = None


class _OverTime(BaseException):
    """Raised in a worker by SIGPROF when a check has used its CPU seconds. A
    BaseException, so that no `except Exception` in the engine or a library swallows it."""


def _over_time(signum: int, frame: Any) -> None:
    raise _OverTime


# -- inside a worker process -----------------------------------------------------------------

_policy: Policy | None = None
_profiles: dict[str, Policy] = {}  # the profiles' own policies, by profile name
_problem: str | None = None  # why the policy did not load, reported by _report()
_barrier: Any = None  # multiprocessing.Barrier shared by the workers of one pool


def _start_worker(
    data: dict[str, Any],
    source: str,
    barrier: Any,
    memory_mb: int | None,
    profiles: dict[str, tuple[dict[str, Any], str]] | None = None,
) -> None:
    """The executor's initializer: ignore the stop signals, set the memory budget, build
    the policies, warm up."""
    global _policy, _problem, _barrier, _profiles
    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(sig, signal.SIG_IGN)
    route_stdlib()  # pypdf's warnings about damaged files: JSON lines like every other
    signal.signal(signal.SIGPROF, _over_time)
    if memory_mb is not None:
        # Address space, which is what a runaway allocation grows; past it malloc fails
        # and Python raises MemoryError, which the engine turns into an unreadable verdict.
        limit = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    # Exit with the gateway, even one killed outright: an idle worker would otherwise wait
    # for work for ever (it holds the executor's queues open itself).
    threading.Thread(target=_exit_with_parent, name="parent-watch", daemon=True).start()
    _barrier = barrier
    try:
        _policy = _built(data, source)
        evaluate(WARMUP_MESSAGE, WARMUP_ENVELOPE, _policy)
        for name, (pdata, psource) in (profiles or {}).items():
            _profiles[name] = _built(pdata, psource)
            evaluate(WARMUP_MESSAGE, WARMUP_ENVELOPE, _profiles[name])
    except Exception as exc:  # reported to start() by _report(), which fails clearly
        _problem = "".join(traceback.format_exception_only(exc)).strip()
    freeze_heap()


def _built(data: dict[str, Any], source: str) -> Policy:
    """The policy: the forkserver's (shared with the other workers) when it is the
    built-in one, else built here."""
    preloaded = sys.modules.get("gateway.engine_preload")
    built_in = getattr(preloaded, "BUILT_IN", None)
    if built_in is not None and built_in.source == source and built_in.data == data:
        return built_in  # type: ignore[no-any-return]
    return Policy(data, source)


def _exit_with_parent() -> None:
    parent = multiprocessing.parent_process()
    if parent is not None:
        parent.join()
        os._exit(0)


def _report() -> tuple[int, str | None]:
    """A worker's first task: wait until every worker of the pool is warm (each holds one
    such task, so they are all distinct), then say who it is and whether it can check."""
    _barrier.wait(START_TIMEOUT)
    return os.getpid(), _problem


def _check(
    message: Message, envelope: Envelope, seconds: float | None, profile: str | None = None
) -> tuple[Verdict, str | None]:
    """The verdict, and why this worker must be replaced (None: it may go on). Over its
    CPU seconds or its memory, a check is unreadable (for good) rather than a failure."""
    assert _policy is not None, "a worker without a policy never passes _report()"
    started = time.perf_counter()
    raw = _read(message)
    if seconds is not None:
        signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        verdict = evaluate(raw, envelope, _profiles.get(profile or "", _policy))
    except _OverTime:
        # Interrupted anywhere, even in the middle of building a cache: start afresh.
        elapsed = (time.perf_counter() - started) * 1000
        reason = f"it could not be checked within {seconds:g} s of processing"
        return unreadable(reason, elapsed), "over its time budget"
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        if isinstance(message, Path):
            del raw
            give_back()  # else each worker keeps the size of the largest message it read
    if any(f.evidence == OUT_OF_MEMORY for f in verdict.findings):
        return verdict, "over its memory budget"
    return verdict, None


def _check_batch(
    checks: list[tuple[Message, Envelope, float | None, str | None]],
) -> list[tuple[Verdict, str | None] | Exception]:
    """Several checks sent as one task (gateway.engine_batch), each with its own budget:
    the outcome of each, or the exception it raised (with the worker's traceback as a
    note), so that one check's failure is not the others'."""
    outcomes: list[tuple[Verdict, str | None] | Exception] = []
    for check in checks:
        try:
            outcomes.append(_check(*check))
        except Exception as exc:
            exc.add_note("".join(traceback.format_exception(exc)).rstrip())
            outcomes.append(exc)
    return outcomes


def _check_here(message: Message, envelope: Envelope, policy: Policy) -> tuple[Verdict, str | None]:
    """In a thread: no budget but the caller's deadline (a thread cannot be interrupted)."""
    return evaluate(_read(message), envelope, policy), None


def _read(message: Message) -> bytes:
    """A large message comes as the path of its spool file (gateway.spool): read here,
    it is never pickled, piped and unpickled, three more copies between the processes."""
    return message.read_bytes() if isinstance(message, Path) else message


# -- one executor --------------------------------------------------------------------------


class _Pool:
    """One executor with its policy. `pids`: its workers (process mode); `in_flight`: checks
    submitted and not yet answered; `retired`: replaced by a newer pool; `stuck`: killed
    because a check overran its deadline on it. In process mode the checks that wait for
    a worker go in batches (`batches`, gateway.engine_batch)."""

    def __init__(
        self, executor: Executor, policy: Policy, profiles: Mapping[str, Policy], workers: int
    ) -> None:
        self.executor = executor
        self.policy = policy
        self.profiles = dict(profiles)
        self.pids: list[int] = []
        self.in_flight = 0
        self.retired = False
        self.stuck = False
        self.batches: Batches | None = None
        if isinstance(executor, ProcessPoolExecutor):
            self.batches = Batches(workers, lambda checks: executor.submit(_check_batch, checks))

    def submit(
        self,
        raw: Message,
        envelope: Envelope,
        seconds: float | None = None,
        profile: str | None = None,
        alone: bool = False,
    ) -> Ticket:
        """The check, queued (process mode: sent with others when they wait, or `alone`)
        or handed to a thread."""
        if profile is not None and profile not in self.profiles:
            profile = None  # a profile without a policy of its own: the main one
        if self.batches is not None:
            return self.batches.add((raw, envelope, seconds, profile), alone)
        policy = self.profiles[profile] if profile is not None else self.policy
        future = self.executor.submit(_check_here, raw, envelope, policy)
        return Ticket((raw,), True, asyncio.wrap_future(future), [raw], future)

    def withdraw(self, ticket: Ticket) -> bool:
        """Past its deadline: True if the check never reached a worker (or was answered
        meanwhile), False if a worker holds it still."""
        if self.batches is not None:
            return self.batches.withdraw(ticket)
        assert ticket.sent is not None
        return ticket.sent.cancel() or ticket.sent.done()

    def retire(self) -> None:
        """Replaced: its workers exit once the checks they hold are done; the checks not
        sent yet go to the pool that replaces it."""
        self.retired = True
        self.executor.shutdown(wait=False)
        if self.batches is not None:
            self.batches.move_all()

    def kill(self) -> None:
        """Stop at once: every worker is killed (a thread can only be abandoned); the
        checks not sent yet go to the next pool."""
        for pid in self.pids:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        self.pids = []
        self.executor.shutdown(wait=False)
        if self.batches is not None:
            self.batches.move_all()


async def _open_pool(
    policy: Policy, profiles: Mapping[str, Policy], workers: int, mode: str, budget: Budget
) -> _Pool:
    """A pool whose every worker has the policies built and warmed up."""
    if mode == "thread":
        pool = _Pool(ThreadPoolExecutor(workers, "engine"), policy, profiles, workers)
        for name in (None, *profiles):
            await pool.submit(WARMUP_MESSAGE, WARMUP_ENVELOPE, None, name).result()
        freeze_heap()
        return pool
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(_PRELOAD)
    barrier = context.Barrier(workers)
    executor = ProcessPoolExecutor(
        workers,
        mp_context=context,
        initializer=_start_worker,
        initargs=(
            policy.data,
            policy.source,
            barrier,
            budget.memory_mb,
            {name: (p.data, p.source) for name, p in profiles.items()},
        ),
    )
    pool = _Pool(executor, policy, profiles, workers)
    try:
        # One _report per worker: while no worker is idle, each submit starts another.
        reports = [asyncio.wrap_future(executor.submit(_report)) for _ in range(workers)]
        async with asyncio.timeout(START_TIMEOUT + 5):
            started = await asyncio.gather(*reports)
    except BaseException as exc:
        barrier.abort()  # frees the workers still waiting, so that they can exit
        pool.kill()
        if isinstance(exc, Exception):
            reason = "".join(traceback.format_exception_only(exc)).strip()
            raise EngineFailure(f"an engine worker failed to start: {reason}") from exc
        raise
    pool.pids = [pid for pid, _ in started]
    problems = [problem for _, problem in started if problem]
    if problems:
        pool.kill()
        raise EngineFailure(f"an engine worker failed to start: {problems[0]}")
    return pool


# -- the gateway's handle --------------------------------------------------------------------


class EnginePool:
    """Runs `policies.evaluate` for the gateway, with a deadline per message."""

    def __init__(
        self,
        policy: Policy,
        workers: int,
        mode: str = "process",
        budget: Budget | None = None,
        profiles: Mapping[str, Policy] | None = None,
    ) -> None:
        if mode not in ("process", "thread"):
            raise ValueError(f"engine mode must be 'process' or 'thread', not {mode!r}")
        self.policy = policy
        self.profiles = dict(profiles or {})
        self.workers = max(1, workers)
        self.mode = mode
        self.budget = budget or Budget()
        self._pool: _Pool | None = None  # None: the next check opens one
        self._opening: asyncio.Future[_Pool] | None = None
        self._switching = asyncio.Lock()  # one pool opens at a time
        self._live: set[_Pool] = set()  # every pool whose workers may still be running
        self._closed = False
        # Messages that hung a worker past their deadline (digest -> hangs), the oldest
        # forgotten first: a second hang of the same message is unreadable for good.
        self._hangs: OrderedDict[bytes, int] = OrderedDict()
        # Messages sent in a batch that hung (digests): each is checked alone from then on.
        self._suspects: OrderedDict[bytes, None] = OrderedDict()

    async def start(self) -> None:
        """Start every worker and warm it up before the first message."""
        await self._current()

    async def evaluate(
        self, raw: Message, envelope: Envelope, timeout: float, profile: str | None = None
    ) -> Verdict:
        """The verdict, or EngineFailure within `timeout` seconds (or the exception the
        engine raised), with `profile`'s own policy if it has one. Checks wait for a free
        worker in arrival order. A check over its budget (CPU seconds, memory) is a
        verdict: unreadable, blocked for good."""
        crashes = 0
        started = time.perf_counter()
        try:
            async with asyncio.timeout(timeout):
                while True:
                    pool = self._pool or await self._current()
                    # After a crash, or a hang in a batch, it goes alone (engine_batch).
                    alone = crashes > 0 or (bool(self._suspects) and _digest(raw) in self._suspects)
                    try:
                        verdict, spent = await self._run(pool, raw, envelope, profile, alone)
                    except Moved:
                        continue  # never sent: its pool was replaced first
                    except BrokenExecutor:
                        # Killed because another check was stuck: not this one's doing.
                        # A worker that died, on this message or on another one in flight
                        # with it: one more try on a fresh pool (a message that kills a
                        # worker kills that one too, and then is unreadable for good).
                        if not pool.stuck:
                            crashes += 1
                            if crashes == 2:
                                elapsed = (time.perf_counter() - started) * 1000
                                return unreadable("it stopped the rule checker twice", elapsed)
                        continue
                    if spent is not None:
                        self._replace(pool, spent)
                    return verdict
        except TimeoutError:
            if self._hangs.get(_digest(raw), 0) >= 2:
                # It hung a worker before, inside C code no budget can interrupt: a
                # retry would hang again, so it is blocked for good, not retried for ever.
                elapsed = (time.perf_counter() - started) * 1000
                return unreadable("it could not be checked in time, twice", elapsed)
            raise EngineFailure(f"no verdict within {timeout:g} s") from None
        except BrokenExecutor:
            raise EngineFailure(CLOSED if self._closed else DIED) from None

    async def replace_policy(
        self, policy: Policy, profiles: Mapping[str, Policy] | None = None
    ) -> None:
        """Warm up a pool with the new policy, then switch; checks already running on the
        old pool finish there, then its workers exit."""
        async with self._switching:
            new = await self._open(policy, profiles or {})
            old, self._pool, self.policy = self._pool, new, policy
            self.profiles = dict(profiles or {})
        if old is not None:
            old.retire()  # its workers exit once their checks are done
            if not old.in_flight:
                self._live.discard(old)

    def close(self) -> None:
        """Kill every worker (even one in the middle of a check); safe to call twice."""
        self._closed = True
        atexit.unregister(self.close)
        for pool in list(self._live):
            pool.kill()
        self._live.clear()
        self._pool = None

    async def _run(
        self,
        pool: _Pool,
        raw: Message,
        envelope: Envelope,
        profile: str | None = None,
        alone: bool = False,
    ) -> tuple[Verdict, str | None]:
        try:
            ticket = pool.submit(raw, envelope, self.budget.check_seconds, profile, alone)
        except BrokenExecutor:  # it broke before this check: a worker died while idle
            self._discard(pool)
            raise
        pool.in_flight += 1
        try:
            result: tuple[Verdict, str | None] = await ticket.result()
            return result
        except asyncio.CancelledError:
            # Past the deadline. Still waiting to be sent to a worker: the pool is busy.
            # Sent (a worker holds its batch): the pool is stuck, since every check has
            # the same deadline and those ahead of this one would have failed first had
            # they overrun theirs.
            if not pool.withdraw(ticket):
                pool.stuck = True
                self._discard(pool)
                self._note_hang(ticket)
            raise
        except Moved:
            raise  # not sent: the pool it waited for was replaced, not broken
        except BrokenExecutor:
            self._discard(pool)
            raise
        finally:
            pool.in_flight -= 1
            if pool.retired and not pool.in_flight:
                self._live.discard(pool)  # its workers exit now: never kill their pids

    def _note_hang(self, ticket: Ticket) -> None:
        if len(ticket.mates) > 1:
            # Which check of the batch hung is not known: each goes alone from now on,
            # where a hang counts against its message.
            for message in ticket.mates:
                self._suspects[_digest(message)] = None
            while len(self._suspects) > HANGS_REMEMBERED:
                self._suspects.popitem(last=False)
            return
        key = _digest(ticket.mates[0])
        self._hangs[key] = self._hangs.pop(key, 0) + 1
        while len(self._hangs) > HANGS_REMEMBERED:
            self._hangs.popitem(last=False)

    async def _current(self) -> _Pool:
        """The pool to use, opened if need be. The opening runs in a task of its own that
        no single check's deadline can cut short (later checks need the pool too)."""
        if self._closed:
            raise EngineFailure(CLOSED)
        if self._pool is not None:
            return self._pool
        if self._opening is None or self._opening.done():
            self._opening = asyncio.ensure_future(self._reopen())
            self._opening.add_done_callback(_consume)
        return await asyncio.shield(self._opening)

    async def _reopen(self) -> _Pool:
        async with self._switching:
            if self._pool is None:  # else replace_policy() has just opened one
                self._pool = await self._open(self.policy, self.profiles)
            return self._pool

    async def _open(self, policy: Policy, profiles: Mapping[str, Policy]) -> _Pool:
        if self._closed:
            raise EngineFailure(CLOSED)
        if not self._live and self.mode == "process":
            # Workers ignore SIGTERM and the executor joins them at exit: a pool not
            # closed by then must be killed first, or the exit would wait for ever.
            atexit.register(self.close)
        pool = await _open_pool(policy, profiles, self.workers, self.mode, self.budget)
        if self._closed:  # close() ran while the pool warmed up
            pool.kill()
            raise EngineFailure(CLOSED)
        self._live.add(pool)
        return pool

    def _replace(self, pool: _Pool, why: str) -> None:
        """A worker of `pool` went over its budget: the next check opens a fresh pool,
        and this one's workers exit once the checks they hold are done."""
        get_logger().warning("engine.replaced", reason=f"a worker went {why}", pids=pool.pids)
        if self._pool is pool:
            self._pool = None
        if not pool.retired:
            pool.retire()
        if not pool.in_flight:
            self._live.discard(pool)

    def _discard(self, pool: _Pool) -> None:
        """A stuck or broken pool: kill it; the next check opens a fresh one."""
        pool.kill()
        self._live.discard(pool)
        if self._pool is pool:
            self._pool = None


def _consume(future: asyncio.Future[_Pool]) -> None:
    if not future.cancelled():
        future.exception()  # every check waiting for it has been told already
