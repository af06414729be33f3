"""Where the rule engine runs: worker processes (default) or threads, never the event loop.

The engine is pure Python and CPU-bound; in a thread it holds the GIL, so SMTP sessions
and the check share one core. Worker processes use the other cores, and a check that
hangs (a pathological message) can be killed: its worker is replaced and the client gets
451, while a thread could only be abandoned, still burning a core.

Workers are forked from a forkserver that has already imported the engine, get the
policy once (as its validated data, not per message), compile their word lists and load
their dictionaries before the first message (warm-up), and ignore SIGTERM/SIGINT/SIGHUP:
systemd signals the whole control group on stop, and in-flight checks must finish while
the gateway drains. The gateway shuts the pool down itself.

The event loop talks to each worker directly over two one-way pipes (requests in,
replies out) carrying length-prefixed pickle frames: `loop.add_reader` on the reply pipe,
non-blocking `os.writev` on the request pipe (with `add_writer` for what a 15 MB message
leaves over), no helper threads. concurrent.futures.ProcessPoolExecutor, used before,
cost the gateway process 0.35-0.47 ms of CPU per check (2 workers, 5 KB message): its
queue-feeder and manager threads, their wake-up pipes, the thread hand-offs back into
the loop. On a 2-core machine that CPU came straight out of the SMTP side and the
workers. Now it is 0.12-0.2 ms (one write, one read, two small pickles, one timer), and
the gateway process needs ~0.3 ms less CPU per message end to end.

Each worker has at most one check in flight; further checks wait in FIFO order for the
next free worker. The price: a worker that finishes waits for the event loop to send the
next check (the executor had one queued in advance), so on an overloaded machine the
gateway process must get the CPU promptly. EOF on a worker's reply pipe means it has
exited: its check fails and a fresh worker takes its place. A check past its deadline
(queue wait included) kills (SIGKILL) only the worker it runs on. Killing frees the
check's caller at once; the forkserver, not the gateway, is the workers' parent and
reaps them, and each worker's `sentinel` says when, so its handle can be closed.
"""

from __future__ import annotations

import asyncio
import atexit
import gc
import multiprocessing
import os
import pickle
import signal
import struct
import traceback
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
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

# Every frame on a worker's pipes: this header (the length), then that many bytes of pickle.
_HEADER = struct.Struct("!Q")
# Replies are small; one read of this size normally holds a whole one.
_READ_SIZE = 1 << 16
# Building a policy and warming up takes about a second; far longer means something is wrong.
START_TIMEOUT = 120.0
# How long close() waits for the forkserver to reap each killed worker (normally < 1 ms).
_REAP_TIMEOUT = 2.0
_PRELOAD = ["policies.engine", "policies.rules", "gateway.engine_pool"]
_PICKLE = pickle.HIGHEST_PROTOCOL


def freeze_heap() -> None:
    """Move everything loaded so far (modules, compiled word lists, dictionaries) out of
    the garbage collector's sight: a full collection would otherwise walk it all again
    and again, an ~11 ms pause in the middle of some message's check."""
    gc.collect()
    gc.freeze()


class EngineFailure(Exception):
    """No verdict: the check timed out or its worker died. The client gets 451."""


# -- the worker process -------------------------------------------------------------------


def _worker_main(
    requests: Connection, replies: Connection, data: dict[str, Any], source: str
) -> None:
    """A worker's whole life: build the policy, warm up, say "ready", then answer one
    check at a time until the gateway closes the request pipe."""
    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(sig, signal.SIG_IGN)
    rfd, wfd = requests.fileno(), replies.fileno()
    try:
        policy = Policy(data, source)
        evaluate(WARMUP_MESSAGE, WARMUP_ENVELOPE, policy)
    except Exception as exc:
        _write_frame(wfd, pickle.dumps(("failed", _describe(exc)), _PICKLE))
        return
    freeze_heap()
    try:
        _write_frame(wfd, pickle.dumps(("ready", None), _PICKLE))
        while (frame := _read_frame(rfd)) is not None:
            raw, envelope = pickle.loads(frame)
            del frame  # a 15 MB request need not stay alive twice during the check
            _write_frame(wfd, _answer(raw, envelope, policy))
    except BrokenPipeError:
        pass  # the gateway is gone or killed the pool; nobody wants the answer


def _answer(raw: bytes, envelope: Envelope, policy: Policy) -> bytes:
    """The reply frame's payload: the verdict, or the exception for the caller to raise."""
    try:
        return pickle.dumps(("ok", evaluate(raw, envelope, policy)), _PICKLE)
    except Exception as exc:
        try:
            return pickle.dumps(("error", exc), _PICKLE)
        except Exception:  # an exception that cannot be pickled still has to arrive
            return pickle.dumps(("error", RuntimeError(_describe(exc))), _PICKLE)


def _describe(exc: BaseException) -> str:
    return "".join(traceback.format_exception_only(exc)).strip()


def _read_frame(fd: int) -> bytearray | None:
    """The next frame's payload (blocking); None once the gateway closed the pipe."""
    header = _read_exactly(fd, _HEADER.size)
    if header is None:
        return None
    return _read_exactly(fd, _HEADER.unpack(header)[0])


def _read_exactly(fd: int, size: int) -> bytearray | None:
    # Straight into one buffer: a 15 MB message arrives in ~64 KB pipe-sized pieces.
    buffer = bytearray(size)
    view = memoryview(buffer)
    done = 0
    while done < size:
        got = os.readv(fd, [view[done:]])
        if got == 0:
            return None
        done += got
    return buffer


def _write_frame(fd: int, payload: bytes) -> None:
    view = memoryview(_HEADER.pack(len(payload)) + payload)
    while view:
        view = view[os.write(fd, view) :]


# -- the gateway's side of one worker ----------------------------------------------------


class _Job:
    """One check: its request frame, its caller's future, and the worker running it."""

    __slots__ = ("future", "parts", "worker")

    def __init__(self, payload: bytes, future: asyncio.Future[Verdict]) -> None:
        self.parts: list[bytes | memoryview] = [_HEADER.pack(len(payload)), payload]
        self.future = future
        self.worker: _Worker | None = None


class _Worker:
    """One worker process and the gateway's (non-blocking) ends of its two pipes."""

    def __init__(self, pool: EnginePool, policy: Policy, generation: int) -> None:
        self.pool = pool
        self.generation = generation
        self.loop = asyncio.get_running_loop()
        self.ready: asyncio.Future[str | None] = self.loop.create_future()
        self.up = False  # warmed up and answering
        self.job: _Job | None = None
        self.closed = False  # our pipe ends closed; the process is gone or going
        self.reaped = False
        self._inbox = bytearray()
        self._chunk = bytearray(_READ_SIZE)
        self._outbox: list[bytes | memoryview] = []
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(_PRELOAD)
        theirs_in, self._requests = context.Pipe(duplex=False)
        self._replies, theirs_out = context.Pipe(duplex=False)
        self.process: BaseProcess = context.Process(
            target=_worker_main,
            args=(theirs_in, theirs_out, policy.data, policy.source),
            name="engine",
            daemon=True,
        )
        try:
            self.process.start()
        except BaseException:
            self._requests.close()
            self._replies.close()
            raise
        finally:
            # The worker has its own copies now. Ours would keep the reply pipe open after
            # it exits, and we would never see the EOF that says it died.
            theirs_in.close()
            theirs_out.close()
        self._out_fd, self._in_fd = self._requests.fileno(), self._replies.fileno()
        self._writing = False  # add_writer() in effect
        self._untouched = False
        os.set_blocking(self._out_fd, False)
        os.set_blocking(self._in_fd, False)
        self.loop.add_reader(self._in_fd, self._on_readable)

    def send(self, job: _Job) -> None:
        self.job, job.worker = job, self
        self._outbox = job.parts
        self._untouched = True  # not a byte of this check has reached the worker
        self._flush()

    def _flush(self) -> None:
        try:
            written = os.writev(self._out_fd, self._outbox)
        except BlockingIOError:
            written = 0
        except OSError:
            # The worker is gone (EPIPE). A check it never saw goes to another worker;
            # one it saw part of fails with it (it may be what killed the worker).
            self.pool._on_exit(self, retry=self._untouched)
            return
        if written:
            self._untouched = False
        self._outbox = _advance(self._outbox, written)
        # A big message does not fit in the pipe: the rest goes as the worker reads it.
        if self._outbox and not self._writing:
            self.loop.add_writer(self._out_fd, self._flush)
            self._writing = True
        elif not self._outbox and self._writing:
            self.loop.remove_writer(self._out_fd)
            self._writing = False

    def _on_readable(self) -> None:
        chunk = self._chunk
        try:
            # Into a buffer kept for the purpose: os.read() would allocate 64 KB and shrink
            # it for every ~250-byte reply, which showed up as ~80 us per call.
            got = os.readv(self._in_fd, [chunk])
        except BlockingIOError:
            return
        except OSError:
            got = 0
        if not got:
            self.pool._on_exit(self)
            return
        inbox = self._inbox
        with memoryview(chunk) as view:
            inbox += view[:got]
        while len(inbox) >= _HEADER.size and not self.closed:
            end = _HEADER.size + _HEADER.unpack_from(inbox)[0]
            if len(inbox) < end:
                break
            tag, value = pickle.loads(inbox[_HEADER.size : end])
            del inbox[:end]
            self.pool._on_message(self, tag, value)

    def retire(self) -> None:
        """No more checks: the worker sees EOF on its request pipe and exits."""
        if not self._requests.closed:
            if self._writing:
                self.loop.remove_writer(self._out_fd)
                self._writing = False
            self._outbox = []
            self._requests.close()

    def kill(self) -> None:
        if self.closed:
            return  # it exited already (EOF) or was killed
        if self.process.exitcode is None:
            self.process.kill()
        self.close()

    def close(self) -> None:
        """Stop watching the pipes and close them; reap the process once it has exited."""
        if self.closed:
            return
        self.closed = True
        self.retire()
        self.loop.remove_reader(self._in_fd)
        self._replies.close()
        if self.process.exitcode is not None:
            self._release_process()
        elif not self.loop.is_closed():  # else the pool's close() waits for it
            self.loop.add_reader(self.process.sentinel, self._reap)

    def _reap(self) -> None:
        if self.process.exitcode is not None:
            self.loop.remove_reader(self.process.sentinel)
            self._release_process()

    def reap_now(self, timeout: float) -> None:
        """close() of the pool cannot wait for the loop: wait here, briefly."""
        if self.reaped:
            return
        self.loop.remove_reader(self.process.sentinel)
        self.process.join(timeout)
        if self.process.exitcode is not None:
            self._release_process()

    def _release_process(self) -> None:
        """The forkserver has reaped it: close our handle (its sentinel fd) too."""
        self.process.close()
        self.reaped = True
        self.pool._everyone.discard(self)


def _advance(parts: list[bytes | memoryview], written: int) -> list[bytes | memoryview]:
    """What is left of `parts` after the first `written` bytes went out."""
    rest: list[bytes | memoryview] = []
    for part in parts:
        if written >= len(part):
            written -= len(part)
        else:
            rest.append(memoryview(part)[written:])
            written = 0
    return rest


# -- the pool -----------------------------------------------------------------------------


class EnginePool:
    """Runs `policies.evaluate` for the gateway, with a deadline per message."""

    def __init__(self, policy: Policy, workers: int, mode: str = "process") -> None:
        if mode not in ("process", "thread"):
            raise ValueError(f"engine mode must be 'process' or 'thread', not {mode!r}")
        self.policy = policy
        self.workers = max(1, workers)
        self.mode = mode
        self._threads = ThreadPoolExecutor(self.workers, "engine") if mode == "thread" else None
        # Process mode. Workers of the current generation (starting, idle or busy); a
        # policy change or a failure makes the older generation finish and exit.
        self._generation = 0
        self._workers: list[_Worker] = []
        self._everyone: set[_Worker] = set()  # every process not yet reaped, any generation
        self._idle: deque[_Worker] = deque()
        self._queue: deque[_Job] = deque()  # checks waiting for a worker, oldest first
        self._switching = asyncio.Lock()
        self._closed = False

    # -- public -------------------------------------------------------------------------

    async def start(self) -> None:
        """Start every worker and warm it up before the first message."""
        if self._threads is not None:
            await self._warm_thread(self._threads, self.policy)
            return
        if self._closed:
            raise EngineFailure("the engine pool is closed")
        while len(self._workers) < self.workers:
            self._spawn(self.policy, self._generation)
        await self._wait_ready(list(self._workers))  # including any evaluate() started

    async def evaluate(self, raw: bytes, envelope: Envelope, timeout: float) -> Verdict:
        if self._threads is not None:
            return await self._evaluate_in_thread(self._threads, raw, envelope, timeout)
        if self._closed:
            raise EngineFailure("the engine pool is closed")
        while len(self._workers) < self.workers:  # a replacement failed to start earlier
            self._spawn(self.policy, self._generation)
        loop = asyncio.get_running_loop()
        job = _Job(pickle.dumps((raw, envelope), _PICKLE), loop.create_future())
        if self._idle:
            self._idle.pop().send(job)
        else:
            self._queue.append(job)
        # A bare timer, not asyncio.timeout(): this path runs for every message, and the
        # deadline's effect (fail the check, kill its worker) needs no cancellation.
        deadline = loop.call_later(timeout, self._expire, job, timeout)
        try:
            return await job.future
        finally:
            deadline.cancel()

    def _expire(self, job: _Job, timeout: float) -> None:
        if job.future.done():
            return
        job.future.set_exception(EngineFailure(f"no verdict within {timeout:g} s"))
        # Still queued: the pool skips a done job. Running: its worker is stuck on it.
        worker = job.worker
        if worker is not None and worker.job is job:
            self._kill(worker)

    async def replace_policy(self, policy: Policy) -> None:
        """Warm up workers with the new policy, then switch; checks already running on the
        old workers finish there."""
        if self._threads is not None:
            await self._replace_threads(policy)
            return
        if self._closed:
            raise EngineFailure("the engine pool is closed")
        async with self._switching:
            generation = self._generation + 1
            batch = [self._spawn(policy, generation) for _ in range(self.workers)]
            await self._wait_ready(batch)
            # One may have died since it said "ready"; evaluate() makes up the number.
            old, self._workers = self._workers, [w for w in batch if not w.closed]
            self._generation, self.policy = generation, policy
            self._idle.clear()
            for worker in old:
                if worker.job is None:
                    worker.retire()
                # A busy one retires when its answer arrives; a starting one when ready.
            for worker in list(self._workers):
                self._free(worker)

    def close(self) -> None:
        if self._threads is not None:
            self._threads.shutdown(wait=False, cancel_futures=True)
            return
        self._closed = True
        atexit.unregister(self.close)
        workers = list(self._everyone)  # also retired ones not yet reaped
        for worker in workers:
            worker.kill()
            self._forget(worker, "the engine pool is closed")
        for job in self._queue:
            if not job.future.done():
                job.future.set_exception(EngineFailure("the engine pool is closed"))
        self._queue.clear()
        for worker in workers:
            worker.reap_now(_REAP_TIMEOUT)

    # -- process mode ---------------------------------------------------------------------

    def _spawn(self, policy: Policy, generation: int) -> _Worker:
        if not self._everyone:
            # Workers ignore SIGTERM, and multiprocessing joins its children at exit: a
            # pool not closed by then must be killed first, or exit would wait for ever.
            atexit.register(self.close)
        worker = _Worker(self, policy, generation)
        self._everyone.add(worker)
        if generation == self._generation:
            self._workers.append(worker)
        return worker

    async def _wait_ready(self, batch: list[_Worker]) -> None:
        """All of `batch` warmed up, or none of it lives on and start-up fails loudly."""
        try:
            async with asyncio.timeout(START_TIMEOUT):
                problems = [p for p in await asyncio.gather(*(w.ready for w in batch)) if p]
        except TimeoutError:
            problems = [f"not ready within {START_TIMEOUT:g} s"]
        except BaseException:
            self._discard(batch)
            raise
        if problems:
            self._discard(batch)
            raise EngineFailure(f"an engine worker failed to start: {problems[0]}")

    def _discard(self, batch: list[_Worker]) -> None:
        for worker in batch:
            worker.kill()
            self._forget(worker, "the engine worker stopped unexpectedly")

    def _on_message(self, worker: _Worker, tag: str, value: Any) -> None:
        if worker.ready.done() and not worker.up and tag in ("ready", "failed"):
            return  # start-up was given up on (timeout, cancelled); it is being killed
        if tag == "ready":
            worker.up = True
            worker.ready.set_result(None)
            if worker.generation <= self._generation:
                self._free(worker)
            return
        if tag == "failed":
            worker.ready.set_result(str(value))
            return
        job, worker.job = worker.job, None
        if job is not None and not job.future.done():  # done: the caller gave up on it
            if tag == "ok":
                job.future.set_result(value)
            else:
                job.future.set_exception(value)
        self._free(worker)

    def _free(self, worker: _Worker) -> None:
        """A worker with nothing to do: the oldest waiting check, or the idle list."""
        if worker.generation < self._generation or self._closed:
            worker.retire()
            return
        queue = self._queue
        while queue:
            job = queue.popleft()
            if not job.future.done():
                worker.send(job)
                return
        self._idle.append(worker)

    def _on_exit(self, worker: _Worker, retry: bool = False) -> None:
        """EOF on the reply pipe (or EPIPE on the request pipe): the worker exited,
        retired, crashed or killed. `retry`: its check never reached it; requeue it."""
        job = worker.job
        if retry and job is not None:
            worker.job, job.worker = None, None
            self._queue.appendleft(job)
        worker.close()
        if not worker.ready.done():
            worker.ready.set_result("it exited during start-up")
        self._forget(worker, "the engine worker stopped unexpectedly")
        self._replace(worker)
        while self._idle and self._queue:
            self._free(self._idle.pop())

    def _kill(self, worker: _Worker) -> None:
        """A worker stuck past a deadline: only it goes, the others keep working."""
        worker.kill()
        self._forget(worker, "the engine worker stopped unexpectedly")
        self._replace(worker)

    def _replace(self, worker: _Worker) -> None:
        # Only a working member of the current generation; one that could not even start
        # is retried by the next evaluate(), not in a tight loop here.
        if worker.up and worker.generation == self._generation and not self._closed:
            self._spawn(self.policy, self._generation)

    def _forget(self, worker: _Worker, reason: str) -> None:
        """A worker that will answer nothing more (its process is gone or going)."""
        if not worker.ready.done():  # unblocks a start() or replace_policy() waiting
            worker.ready.set_result(reason)
        job, worker.job = worker.job, None
        if job is not None and not job.future.done():
            job.future.set_exception(EngineFailure(reason))
        if worker in self._workers:
            self._workers.remove(worker)
        if worker in self._idle:
            self._idle.remove(worker)

    # -- thread mode ----------------------------------------------------------------------

    async def _warm_thread(self, executor: ThreadPoolExecutor, policy: Policy) -> None:
        future = executor.submit(evaluate, WARMUP_MESSAGE, WARMUP_ENVELOPE, policy)
        await asyncio.wrap_future(future)
        freeze_heap()

    async def _evaluate_in_thread(
        self, executor: ThreadPoolExecutor, raw: bytes, envelope: Envelope, timeout: float
    ) -> Verdict:
        future = executor.submit(evaluate, raw, envelope, self.policy)
        try:
            verdict: Verdict = await asyncio.wait_for(asyncio.wrap_future(future), timeout)
        except TimeoutError:
            # A thread cannot be killed: abandon it (still burning a core) to a new pool.
            if executor is self._threads:
                self._threads = ThreadPoolExecutor(self.workers, "engine")
                executor.shutdown(wait=False, cancel_futures=True)
            raise EngineFailure(f"no verdict within {timeout:g} s") from None
        return verdict

    async def _replace_threads(self, policy: Policy) -> None:
        executor = ThreadPoolExecutor(self.workers, "engine")
        try:
            await self._warm_thread(executor, policy)
        except BaseException:
            executor.shutdown(wait=False, cancel_futures=True)
            raise
        old, self._threads, self.policy = self._threads, executor, policy
        if old is not None:
            old.shutdown(wait=False)
