"""Delivering later what the next hop refused for now, and the reports a crash left owed.

The pipeline answers 250 for a message once the upstream took it for some recipients and
the rest are durably queued (`Store.retry_put`; gateway.store.retryqueue). `Deliverer`
runs in the background of every gateway (gateway.app) and, every `[queue]
poll_interval` seconds:

1. gives back the queue claims and takes over the owed reports of gateways that are
   gone: on this host, a process that no longer runs (`kill -9`, a crash, a power cut,
   a restart), at once; any other after `Store.claim_timeout` (queue) or `[limits]
   data_timeout` plus a minute (reports), when its transaction is over whatever happened;
2. sends each owed report (the quarantined message's report, rebuilt from the stored
   verdict) and records it as sent;
3. claims the queued messages that are due (one conditional UPDATE: of several gateways
   sharing PostgreSQL, each message goes to one) and sends each once: delivered → the
   entry is deleted; refused for good (5xx) → a delivery-failure report to the sender;
   refused for now (4xx, no connection) → tried again after a doubling delay
   (`first_retry`, then ×2 up to `max_interval`); older than `max_age_days` → a report
   that it could not be delivered, and the entry is deleted.

Delivery is at least once: a gateway killed after the upstream took a message and before
the store recorded it sends it again after the restart (docs/operations.md).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import secrets
import socket
from datetime import UTC, datetime, timedelta
from typing import Any

from gateway.config import GatewayConfig
from gateway.logs import get_logger
from gateway.metrics import Metrics
from gateway.relay import PermanentFailure, Upstream, UpstreamError
from gateway.report import build_bounce, build_failure_dsn, should_bounce
from gateway.store import RetryItem, Store, StoreError
from policies import Action, Finding, Outcome, Policy, Verdict
from policies.scope import is_amazon_address

# Entries one gateway claims per round (each is one upstream transaction, run together).
CLAIM_BATCH = 20


def instance_id() -> str:
    """This process among every gateway sharing the store: host, pid and a random token
    (a restarted container gets the same pid, never the same token)."""
    return f"{socket.gethostname()}/{os.getpid()}/{secrets.token_hex(4)}"


def is_gone(owner: str, me: str) -> bool:
    """Whether the gateway `owner` certainly no longer runs: it ran on this host, and its
    process is gone (or the pid is ours now, under another token). A gateway on another
    host is never known gone: its claims lapse by age instead."""
    host, _, rest = owner.partition("/")
    pid_text, _, token = rest.partition("/")
    my_host, my_pid, my_token = me.split("/")
    if host != my_host or not pid_text.isdigit() or owner == me:
        return False
    pid = int(pid_text)
    if pid == int(my_pid):
        return token != my_token
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:  # someone else's process: alive
        return False
    return False


def verdict_from_dict(data: dict[str, Any]) -> Verdict:
    """A stored verdict (Verdict.to_dict) back as a Verdict, for rebuilding a report."""
    findings = [
        Finding(
            str(f.get("rule", "")),
            Action(str(f.get("action", "block"))),
            str(f.get("message", "")),
            str(f.get("location", "")),
            str(f.get("evidence", "")),
        )
        for f in data.get("findings", [])
    ]
    return Verdict(
        Outcome(str(data.get("verdict", "block"))),
        findings,
        kind=str(data.get("kind", "proactive")),
        order_ids=list(data.get("order_ids", [])),
        review_request=bool(data.get("review_request", False)),
    )


def _age(created: str, now: datetime) -> timedelta:
    return now - datetime.fromisoformat(created).astimezone(UTC)


class Deliverer:
    """The background delivery of the retry queue and of owed reports (module docstring).
    `config` and `policy` are replaced by a reload (`configure`)."""

    def __init__(
        self,
        config: GatewayConfig,
        policy: Policy,
        *,
        store: Store,
        upstream: Upstream,
        metrics: Metrics,
        owner: str,
    ) -> None:
        self.store = store
        self.upstream = upstream
        self.metrics = metrics
        self.owner = owner
        self.config = config
        self.policy = policy
        self._busy: set[asyncio.Task[None]] = set()
        self._task: asyncio.Task[None] | None = None
        self._stopping = False
        # Reports taken over and not sent yet. Rows owned by this gateway are otherwise
        # the pipeline's own, whose reports are being sent right now.
        self._owed: set[str] = set()

    def configure(self, config: GatewayConfig, policy: Policy) -> None:
        self.config, self.policy = config, policy

    async def run_forever(self) -> None:
        log = get_logger()
        while not self._stopping:
            try:
                await self.round()
            except Exception as exc:  # never let the task die: the next round tries again
                log.error(
                    "queue.error",
                    error=str(exc) or type(exc).__name__,
                    store_error=isinstance(exc, StoreError),
                    retry_in=self.config.queue.poll_interval,
                )
            await asyncio.sleep(self.config.queue.poll_interval)

    async def round(self) -> int:
        """One pass: recover what gone gateways left, send owed reports, deliver what is
        due. Returns how many queued messages were attempted."""
        await self.recover()
        await self.send_owed_reports()
        return await self.deliver_due()

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self.run_forever(), name="queue")

    async def stop(self, grace: float) -> None:
        """Take nothing new; let the deliveries in progress finish within `grace` seconds,
        then stop and give back what this gateway still holds."""
        self._stopping = True
        busy = list(self._busy)
        if busy:
            await asyncio.wait(busy, timeout=grace)
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        with contextlib.suppress(StoreError):
            await self.store.retry_release_claims(self.owner)

    # -- what gone gateways left ----------------------------------------------------------

    async def recover(self) -> None:
        """Give back the queue claims of gone gateways, and take over the reports they
        (or gateways silent for longer than a transaction can last) still owe."""
        log = get_logger()
        for owner in await self.store.retry_claimers():
            if is_gone(owner, self.owner):
                released = await self.store.retry_release_claims(owner)
                log.info("queue.claims_released", owner=owner, entries=released)
        gone = [o for o in await self.store.quarantine_report_owners() if is_gone(o, self.owner)]
        late = timedelta(seconds=self.config.limits.data_timeout + 60)
        taken = await self.store.quarantine_take_reports(self.owner, owners=gone, older_than=late)
        self._owed.update(taken)

    async def send_owed_reports(self) -> int:
        """Send the reports taken over from gone gateways; returns how many were sent. One
        that cannot be sent now stays owed (by us) for the next round."""
        sent = 0
        for qid in sorted(self._owed):
            if await self._send_owed_report(qid):
                sent += 1
        return sent

    async def _send_owed_report(self, qid: str) -> bool:
        log = get_logger()
        item = await self.store.quarantine_get(qid)
        if item is None or item.raw is None:  # deleted meanwhile (an operator, retention)
            self._owed.discard(qid)
            return False
        cfg = self.config
        amazon = [r for r in item.rcpt_tos if is_amazon_address(r, self.policy)]
        report_to = cfg.report_address or item.mail_from
        fields = {"qid": item.id, "ref": item.ref, "to": report_to}
        if not await asyncio.to_thread(should_bounce, item.raw, report_to, self.policy):
            await self.store.quarantine_report_sent(item.id)
            self._owed.discard(qid)
            log.info("report.owed", outcome="suppressed", **fields)
            return False
        report = await asyncio.to_thread(  # it reads the message's text, as the pipeline
            build_bounce,
            original=item.raw,
            mail_from=item.mail_from,
            amazon_rcpts=amazon,
            verdict=verdict_from_dict(item.verdict),
            quarantine_id=item.id,
            reference=item.ref,
            reporting_mta=cfg.hostname,
            to=report_to,
            arrival=datetime.fromisoformat(item.created),
            language=cfg.report_language,
            policy=self.policy,
        )
        try:
            await self.upstream.send("", [report_to], report)
        except (UpstreamError, OSError) as exc:
            log.warning("report.owed", outcome="failed", error=str(exc), **fields)
            return False
        self._owed.discard(qid)
        await self.store.quarantine_report_sent(item.id)
        self.metrics.bounces.labels("report").inc()
        log.info("report.owed", outcome="sent", **fields)
        return True

    # -- the retry queue ------------------------------------------------------------------

    async def deliver_due(self) -> int:
        if self._stopping:
            return 0
        items = await self.store.retry_claim(self.owner, CLAIM_BATCH)
        tasks = [asyncio.ensure_future(self._deliver(item)) for item in items]
        for task in tasks:
            self._busy.add(task)
            task.add_done_callback(self._busy.discard)
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)
        return len(items)

    async def _deliver(self, item: RetryItem) -> None:
        assert item.data is not None
        q = self.config.queue
        log = get_logger()
        fields = {"id": item.id, "ref": item.ref, "attempts": item.attempts + 1}
        age = _age(item.created, datetime.now(UTC))
        if age > q.max_age:
            await self._expire(item, age)
            return
        refused: dict[str, tuple[int, str]] = {}
        later: dict[str, tuple[int, str]] = {}
        try:
            result = await self.upstream.send(item.mail_from, item.rcpt_tos, item.data)
        except PermanentFailure as exc:
            refused = {r: (exc.code, f"{exc.enhanced} {exc.text}") for r in item.rcpt_tos}
        except (UpstreamError, OSError) as exc:
            code = exc.code if isinstance(exc, UpstreamError) else 451
            later = {r: (code, str(exc)) for r in item.rcpt_tos}
        else:
            for rcpt, (code, text) in result.refused.items():
                (refused if code >= 500 else later)[rcpt] = (code, text)
        self.metrics.upstream_replies.labels(
            "2xx" if not refused and not later else "5xx" if refused and not later else "4xx"
        ).inc()
        delivered = [r for r in item.rcpt_tos if r not in refused and r not in later]
        if refused:
            await self._report(item, refused)
        if later:
            error = "; ".join(sorted({f"{c} {t}" for c, t in later.values()}))[:300]
            delay = q.delay(item.attempts + 1)
            await self.store.retry_reschedule(
                item.id, self.owner, list(later), error=error, delay=delay
            )
            self.metrics.queue_attempts.labels("deferred").inc()
            log.warning(
                "queue.attempt",
                outcome="deferred",
                delivered=delivered,
                failed=sorted(refused),
                deferred=sorted(later),
                error=error,
                next_in=delay.total_seconds(),
                **fields,
            )
            return
        await self.store.retry_delete(item.id)
        if refused and not delivered:
            self.metrics.queue_attempts.labels("failed").inc()
            log.warning("queue.attempt", outcome="failed", failed=sorted(refused), **fields)
            return
        self.metrics.queue_attempts.labels("delivered").inc()
        log.info(
            "queue.attempt",
            outcome="delivered",
            delivered=delivered,
            failed=sorted(refused),
            **fields,
        )

    async def _expire(self, item: RetryItem, age: timedelta) -> None:
        """Too old: tell the sender it could not be delivered, then forget the entry. If
        the report cannot be sent now either, try again next time (for another max age)."""
        q = self.config.queue
        days = q.max_age_days
        reason = f"4.4.7 not delivered within {days:g} days; last error: {item.last_error}"
        failed = {r: (451, reason) for r in item.rcpt_tos}
        sent = await self._report(item, failed, expired_days=days)
        log = get_logger()
        fields = {"id": item.id, "ref": item.ref, "attempts": item.attempts}
        if sent is False and age < 2 * q.max_age:
            await self.store.retry_reschedule(
                item.id, self.owner, item.rcpt_tos, error=item.last_error, delay=q.delay(1)
            )
            log.warning("queue.attempt", outcome="expired", report="failed", **fields)
            return
        await self.store.retry_delete(item.id)
        self.metrics.queue_attempts.labels("expired").inc()
        log.warning(
            "queue.attempt",
            outcome="expired",
            failed=sorted(failed),
            report="sent" if sent else "not sent" if sent is False else "suppressed",
            **fields,
        )

    async def _report(
        self,
        item: RetryItem,
        failed: dict[str, tuple[int, str]],
        *,
        expired_days: float | None = None,
    ) -> bool | None:
        """A delivery-failure report for `failed` to the sender: True sent, False not
        sent (upstream), None not to be sent (null sender, automatic mail)."""
        assert item.data is not None
        if not await asyncio.to_thread(should_bounce, item.data, item.mail_from, self.policy):
            return None
        dsn = await asyncio.to_thread(
            build_failure_dsn,
            original=item.data,
            mail_from=item.mail_from,
            failed=failed,
            reference=item.ref,
            reporting_mta=self.config.hostname,
            to=item.mail_from,
            arrival=datetime.fromisoformat(item.created),
            expired_days=expired_days,
        )
        try:
            await self.upstream.send("", [item.mail_from], dsn)
        except (UpstreamError, OSError) as exc:
            get_logger().warning("queue.report", ref=item.ref, error=str(exc))
            return False
        self.metrics.bounces.labels("dsn").inc()
        return True
