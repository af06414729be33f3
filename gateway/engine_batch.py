"""Checks sent to the engine's process pool in batches, when they queue up.

The stock `ProcessPoolExecutor` costs the main process about 0.7 ms of CPU per task (its
manager and queue-feeder threads wake for each submission and each result, and take the
GIL from the event loop each time), a sixth of what the gateway spent per message. When
checks wait for a worker anyway, several go to one worker as one task: the executor's
round trip is paid once for them all.

`Batches` keeps the checks that wait (first come, first served) and at most one batch per
worker out in the executor: what arrives while every worker is busy waits here, and goes
with the next batch. A batch takes its share of the queue (what waits divided among the
free workers), at most `BATCH_MAX`, so every worker gets some and a check waits behind at
most that many in its batch. With fewer checks than workers each goes alone, as before.

Each check keeps its own guarantees (gateway.engine_pool): its own CPU budget in the
worker, its own deadline in the main process. A check still waiting is not sent: its
deadline only withdraws it, and a pool that is retired or killed hands it on (`Moved`) to
the next pool without counting a crash. A check sent with others that overruns its
deadline marks the pool stuck, as one sent alone does; but since which of the batch hung
is not known, the engine pool sends each of them alone afterwards (`alone`), where a hang
counts against the message.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Callable
from concurrent.futures import BrokenExecutor, Future
from dataclasses import dataclass, field
from typing import Any

# The most checks one task carries: ~5 ms each for a typical reply, so a check waits
# behind at most this many others in its batch.
BATCH_MAX = 8


class Moved(BrokenExecutor):
    """The check was not sent: its pool was retired or killed first. It goes to the
    current pool; not a crash of its own."""


@dataclass(eq=False)
class Ticket:
    """One check: its arguments for the worker, whether it must go alone, and where its
    outcome arrives. Once sent: `sent`, its batch's task, and `mates`, the first argument
    (the message) of every check in that batch, its own included (values, not tickets:
    no reference cycle keeps a batch's messages in memory after their replies)."""

    args: tuple[Any, ...]
    alone: bool
    future: asyncio.Future[Any]
    mates: list[Any] = field(default_factory=list)
    sent: Future[Any] | None = None

    async def result(self) -> Any:
        return await self.future


class Batches:
    """The checks waiting for one executor of `workers` workers. `submit(args_list)` hands
    one batch to the executor (a concurrent Future of the list of outcomes, each a result
    or the exception its check raised)."""

    def __init__(self, workers: int, submit: Callable[[list[tuple[Any, ...]]], Future[Any]]):
        self.workers = workers
        self._submit = submit
        self.waiting: deque[Ticket] = deque()
        self.out = 0  # batches sent and not yet answered

    def add(self, args: tuple[Any, ...], alone: bool = False) -> Ticket:
        ticket = Ticket(args, alone, asyncio.get_running_loop().create_future())
        self.waiting.append(ticket)
        self._send()
        return ticket

    def withdraw(self, ticket: Ticket) -> bool:
        """Its deadline has passed: True if it was never sent, or its batch has been
        answered (nothing is stuck); False if its batch is still out."""
        if ticket.sent is None:
            if ticket in self.waiting:
                self.waiting.remove(ticket)
            return True
        return ticket.sent.done()

    def move_all(self) -> None:
        """The pool is retired or killed: what waits goes to the next one."""
        while self.waiting:
            ticket = self.waiting.popleft()
            if not ticket.future.done():
                ticket.future.set_exception(Moved("the check goes to the current pool"))

    def _send(self) -> None:
        while self.waiting and self.out < self.workers:
            share = -(-len(self.waiting) // (self.workers - self.out))
            batch = [self.waiting.popleft()]
            while (
                len(batch) < min(share, BATCH_MAX)
                and self.waiting
                and not batch[0].alone
                and not self.waiting[0].alone
            ):
                batch.append(self.waiting.popleft())
            try:
                future = self._submit([ticket.args for ticket in batch])
            except BrokenExecutor as exc:  # a worker died while idle: each check hears it
                self._answer(batch, None, exc)
                continue
            self.out += 1
            mates = [ticket.args[0] for ticket in batch]
            for ticket in batch:
                ticket.mates, ticket.sent = mates, future
            asyncio.wrap_future(future).add_done_callback(
                lambda done, batch=batch: self._answered(batch, done)  # type: ignore[misc]
            )

    def _answered(self, batch: list[Ticket], done: asyncio.Future[Any]) -> None:
        self.out -= 1
        if done.cancelled():
            self._answer(batch, None, Moved("the batch was cancelled"))
        elif (error := done.exception()) is not None:
            self._answer(batch, None, error)
        else:
            self._answer(batch, done.result(), None)
        self._send()

    @staticmethod
    def _answer(
        batch: list[Ticket], outcomes: list[Any] | None, error: BaseException | None
    ) -> None:
        for n, ticket in enumerate(batch):
            if ticket.future.done():
                continue  # its deadline came first
            outcome = error if outcomes is None else outcomes[n]
            if isinstance(outcome, BaseException):
                ticket.future.set_exception(outcome)
            else:
                ticket.future.set_result(outcome)
