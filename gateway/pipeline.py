"""What happens to one message after the final ".": decide, relay, quarantine, report.

`Pipeline.submit(txn)` runs a transaction in its own task (the handler shields it from the
client hanging up) and gives the SMTP reply:

1. recipients are split into Amazon buyer aliases and everyone else;
2. for the Amazon part the engine checks the message in a worker process with a deadline
   (gateway.engine_pool; a crash or a timeout is never a pass: 451);
3. a review/feedback request reserves its order in the store (review.repeat_request);
4. pass → the original bytes (internal X-BSM headers removed, a Received line on top);
   rewrite → the sanitized bytes, any DKIM-Signature removed (sign after the gateway);
   block → quarantined first (durable), then the bounce report is accepted by the
   upstream (mode `bounce`) or the client gets 550 5.7.1 (mode `reject`); a report the
   upstream cannot take now is a 4xx that says so (the quarantine entry is dropped: the
   client's retry makes a new one);
5. only then the reply is 250. Every failure on the way is a 4xx, an upstream 5xx is a
   5xx with the upstream's words, a partial refusal is 250 plus a DSN for the refused.
   Recipients refused for now once the message was taken for others (or its report
   went out) are put in the store's retry queue (gateway.retry delivers them later)
   and the reply is 250: a 4xx would make the client send the others a second copy.

Each transaction ends with one `message` log event and its metrics.
"""

from __future__ import annotations

import asyncio
import hashlib
import re
import time
from collections.abc import Awaitable
from dataclasses import dataclass, field
from email.utils import formatdate
from typing import Any

from gateway.config import GatewayConfig, Profile
from gateway.digest import Digest
from gateway.engine_pool import EngineFailure, EnginePool
from gateway.heap import give_back
from gateway.logs import get_logger
from gateway.metrics import Metrics, reply_class
from gateway.relay import DeliveryResult, PermanentFailure, Upstream, UpstreamError
from gateway.report import build_bounce, build_failure_dsn, repeat_request_finding, should_bounce
from gateway.retry import instance_id
from gateway.spool import Spool
from gateway.store import Store, StoreError
from gateway.store.base import subject_of
from policies import Action, Outcome, Policy, Verdict
from policies import Envelope as PolicyEnvelope
from policies.headers import oversize_header, prepend_header, split_head, strip_headers
from policies.scope import is_amazon_address

# Messages up to this size have their header block scanned on the event loop (~10 µs for
# 5 KB): handing it to a thread costs ~0.15 ms of the main process's CPU per message.
INLINE_SCAN_BYTES = 64 * 1024
# Seconds a review request waits for an earlier attempt at the same message to finish.
REVIEW_WAIT = 30.0


class TryLater(Exception):
    """A 4xx whose text is the reply: the message cannot be decided yet."""


@dataclass(slots=True)
class Transaction:
    """One message as the client sent it, and the record its `message` event logs."""

    ref: str
    conn: str
    client: str
    helo: str
    user: str | None
    tls: bool
    mail_from: str
    rcpt_tos: list[str]
    message: Spool
    profile: Profile | None = None  # set by the pipeline from `user` and `mail_from`
    started: float = field(default_factory=time.perf_counter)
    record: dict[str, Any] = field(default_factory=dict)
    verdict: Verdict | None = None
    accepted: set[str] = field(default_factory=set)  # recipients the upstream took
    _raw: bytes | None = None
    holding: bool = False  # has one of the pipeline's places for a large message

    @property
    def raw(self) -> bytes:
        """The whole message as bytes, read at first use and kept until the reply. The
        way a compliant message takes never asks for it (the engine and the relay read the
        spool), so a large message is held whole only to be quarantined, queued or quoted."""
        if self._raw is None:
            self._raw = self.message.read()
        return self._raw


_MESSAGE_ID = re.compile(rb"^message-id:[ \t]*(.*?)\r?$", re.IGNORECASE | re.MULTILINE)
_SAFE = re.compile(r"[^\x21-\x7e]")


def message_id(raw: bytes) -> str:
    head, _ = split_head(raw)
    match = _MESSAGE_ID.search(head)
    return match.group(1).decode("ascii", "replace").strip() if match else ""


def _not_sent(rec: dict[str, Any], accepted: set[str], action: str) -> None:
    """After a 4xx/5xx reply: a recipient planned as relayed or rewritten that the upstream
    did not take is logged as `action` (deferred or rejected), not as relayed."""
    actions: dict[str, str] = rec.get("actions", {})
    monitor = rec.get("mode") == "monitor"  # every recipient was to get the original
    for rcpt, planned in actions.items():
        meant = planned in ("relayed", "rewritten") or (monitor and planned != "refused")
        if meant and rcpt not in accepted:
            actions[rcpt] = action


def body_digest(raw: bytes) -> str:
    """What makes a client's retry the same message when it carries a new Message-ID:
    the body's bytes (line endings aside), hashed."""
    _, body = split_head(raw)
    body = body.replace(b"\r\n", b"\n").strip()
    return hashlib.sha256(body).hexdigest() if body else ""


def _reply_text(text: str, limit: int = 300) -> str:
    return " ".join(text.split())[:limit]


class Pipeline:
    """Decides, relays, quarantines and reports. `config` and `policy` are replaced by a
    reload (`configure`). `jobs`: the transactions past "." whose reply is not decided."""

    def __init__(
        self,
        config: GatewayConfig,
        policy: Policy,
        *,
        engine: EnginePool,
        store: Store,
        upstream: Upstream,
        metrics: Metrics,
        owner: str | None = None,
    ) -> None:
        # Who this gateway is in the store (the reports it owes: gateway.retry).
        self.owner = owner or instance_id()
        self.engine = engine
        self.store = store
        self.upstream = upstream
        self.metrics = metrics
        self.jobs: set[asyncio.Task[str]] = set()
        # What monitor mode saw since the last digest (gateway.digest).
        self.digest = Digest(config.monitor.digest_examples)
        # Spooled messages checked or held whole at once (`_hold`).
        self._large = asyncio.Semaphore(config.limits.max_large_at_once)
        self.configure(config, policy)

    def configure(self, config: GatewayConfig, policy: Policy) -> None:
        self.config = config
        self.digest.examples = config.monitor.digest_examples
        self.policy = policy

    # -- a transaction's settings: its profile's, else the top-level ones -----------------

    def _policy(self, txn: Transaction) -> Policy:
        profile = txn.profile
        return profile.policy if profile is not None and profile.policy else self.policy

    def _mode(self, txn: Transaction) -> str:
        profile = txn.profile
        return profile.mode if profile is not None and profile.mode else self.config.mode

    def _report_address(self, txn: Transaction) -> str | None:
        profile = txn.profile
        if profile is not None and profile.report_address:
            return profile.report_address
        return self.config.report_address

    def submit(self, txn: Transaction) -> asyncio.Task[str]:
        """Start the transaction in its own task (named after its reference)."""
        job = asyncio.get_running_loop().create_task(self.run(txn), name=txn.ref)
        self.jobs.add(job)
        job.add_done_callback(self.jobs.discard)
        # The spool file goes with the reply, however the task ends.
        job.add_done_callback(lambda _: txn.message.discard())
        return job

    async def run(self, txn: Transaction) -> str:
        """The SMTP reply for `txn`; never raises (every failure is a 4xx with its ref)."""
        rec = txn.record
        txn.profile = self.config.profile_for(txn.user, txn.mail_from)
        rec.update(
            ref=txn.ref,
            conn=txn.conn,
            client=txn.client,
            helo=txn.helo,
            user=txn.user,
            profile=txn.profile.name if txn.profile is not None else None,
            tls=txn.tls,
            sender=txn.mail_from,
            recipients=txn.rcpt_tos,
            size=txn.message.size,
        )
        log = get_logger()
        try:
            async with asyncio.timeout(self.config.limits.data_timeout):
                reply = await self._decide_and_let_go(txn)
        except TimeoutError:
            rec["error"] = "deadline"
            reply = (
                f"451 4.4.1 The message could not be handled in time; try again later "
                f"(ref {txn.ref})"
            )
        except EngineFailure as exc:
            rec["error"] = f"engine: {exc}"
            reply = (
                "451 4.3.0 The gateway could not finish checking this message; try again "
                f"later (ref {txn.ref})"
            )
        except TryLater as exc:
            rec["error"] = "earlier attempt in flight"
            reply = str(exc)
        except StoreError as exc:
            rec["error"] = f"store: {exc}"
            reply = (
                f"451 4.3.0 The gateway's store is not available; try again later (ref {txn.ref})"
            )
        except Exception as exc:
            rec["error"] = f"{type(exc).__name__}: {exc}"
            log.error("error", ref=txn.ref, conn=txn.conn, client=txn.client, exc_info=exc)
            reply = f"451 4.3.0 Internal error in the gateway, try again later (ref {txn.ref})"
        rec["reply"] = reply
        if not reply.startswith("2"):
            _not_sent(rec, txn.accepted, "deferred" if reply.startswith("4") else "rejected")
        rec["total_ms"] = round((time.perf_counter() - txn.started) * 1000, 2)
        if rec.get("mode") == "monitor" and reply.startswith("2"):
            found = txn.verdict.findings if txn.verdict is not None else []
            findings = {(f.rule, str(f.action)) for f in found}
            self.digest.add(rec, subject_of(self._head(txn)), findings)
        if reply.startswith("2"):
            log.info("message", **rec)
        else:
            log.warning("message", **rec)
        self._observe(txn, reply)
        return reply

    def _head(self, txn: Transaction) -> bytes:
        """The message's first bytes: its header section when that is within
        max_header_bytes (the scans that need only the header read no more)."""
        return txn.message.head(self.config.limits.max_header_bytes + 2)

    # -- deciding ---------------------------------------------------------------------------

    async def _decide_and_let_go(self, txn: Transaction) -> str:
        try:
            return await self._decide(txn)
        finally:
            if txn.holding:
                txn.holding = False
                txn._raw = None
                self._large.release()
                give_back()  # the relay's copies

    async def _decide(self, txn: Transaction) -> str:
        rec = txn.record
        # Before anything parses the headers (the stdlib's header parser is quadratic on a
        # long folded field): a bounded byte scan, off the loop like every parse here but
        # on a small message, where the thread hop costs ten times the scan.
        lim = self.config.limits
        limits = (lim.max_header_bytes, lim.max_header_field_bytes)
        head = self._head(txn)
        if len(head) <= INLINE_SCAN_BYTES:
            oversize = oversize_header(head, *limits)
        else:
            oversize = await asyncio.to_thread(oversize_header, head, *limits)
        if oversize is not None:
            rec["error"] = f"refused: {oversize}"
            return (
                f"552 5.3.4 Message refused: {oversize}; nothing was sent. Shorten the "
                f"header (ref {txn.ref})"
            )
        policy = self._policy(txn)
        amazon = [r for r in txn.rcpt_tos if is_amazon_address(r, policy)]
        others = [r for r in txn.rcpt_tos if r not in amazon]
        rec["amazon"] = amazon
        monitor = self._mode(txn) == "monitor"
        if monitor:
            rec["mode"] = "monitor"
        if not amazon:
            rec["verdict"] = "out-of-scope"
            rec["actions"] = {r: "relayed" for r in others}
            return await self._relay(txn, [(others, await self._original(txn))])

        await self._hold(txn)
        t0 = time.perf_counter()
        env = PolicyEnvelope(txn.mail_from, amazon)
        try:
            verdict = await self.engine.evaluate(
                txn.message.path or txn.raw,
                env,
                self.config.limits.engine_timeout,
                profile=txn.profile.name if txn.profile is not None else None,
            )
            if verdict.internal_error:
                raise EngineFailure(verdict.internal_error)
        except EngineFailure as exc:
            if not monitor:
                raise
            # Monitor mode never stands in the mail's way: no verdict, relayed as it came.
            rec.update(verdict="error", error=f"engine: {exc}")
            rec["actions"] = {r: "relayed" for r in txn.rcpt_tos}
            return await self._relay(txn, [(txn.rcpt_tos, await self._original(txn))])
        txn.verdict = verdict
        rec["engine_ms"] = round((time.perf_counter() - t0) * 1000, 2)
        reserved = await self._review_check(txn, verdict)
        rec.update(
            verdict=str(verdict.outcome),
            kind=verdict.kind,
            rule_ids=verdict.rule_ids,
            order_ids=verdict.order_ids,
        )

        if monitor:
            if verdict.outcome is Outcome.BLOCK:
                rec["blocked_by"] = sorted({f.rule for f in verdict.blocking()})
            return await self._monitored(txn, verdict, amazon, reserved)

        if verdict.outcome is Outcome.BLOCK:
            rec["blocked_by"] = sorted({f.rule for f in verdict.blocking()})
            return await self._blocked(txn, verdict, amazon, others)

        # The original's bytes are built only where they go (`_original`): a large
        # message is not held twice for recipients who get the rewritten copy.
        if verdict.outcome is Outcome.REWRITE and verdict.fixed is not None:
            amazon_data = self._outgoing(verdict.fixed, txn, drop_dkim=True)
            groups = [(amazon, amazon_data)]
            if others:
                groups.append((others, await self._original(txn)))
            rec["actions"] = {**{r: "rewritten" for r in amazon}, **{r: "relayed" for r in others}}
        else:
            groups = [(amazon + others, await self._original(txn))]
            rec["actions"] = {r: "relayed" for r in txn.rcpt_tos}
        try:
            reply = await self._relay(txn, groups)
        except BaseException:
            for order_id in reserved:
                await self._quietly(self.store.review_release(order_id, txn.ref))
            raise
        delivered = reply.startswith("2") and any(r not in rec.get("refused", {}) for r in amazon)
        for order_id in reserved:
            if delivered:
                await self.store.review_confirm(order_id, txn.ref)
            else:
                await self._quietly(self.store.review_release(order_id, txn.ref))
        return reply

    async def _monitored(
        self,
        txn: Transaction,
        verdict: Verdict,
        amazon: list[str],
        reserved: list[str],
    ) -> str:
        """Monitor mode: every recipient gets the original, as it came; the record says
        what enforcing mode would have done (`actions`, the same words), the reply and
        `monitor` say what was done."""
        rec = txn.record
        would = {
            Outcome.BLOCK: "quarantined",
            Outcome.REWRITE: "rewritten",
        }.get(verdict.outcome, "relayed")
        rec["actions"] = {r: (would if r in amazon else "relayed") for r in txn.rcpt_tos}
        rec["monitor"] = "relayed unchanged"
        try:
            reply = await self._relay(txn, [(txn.rcpt_tos, await self._original(txn))])
        except BaseException:
            for order_id in reserved:
                await self._quietly(self.store.review_release(order_id, txn.ref))
            raise
        for order_id in reserved:
            if reply.startswith("2"):
                await self.store.review_confirm(order_id, txn.ref)
            else:
                await self._quietly(self.store.review_release(order_id, txn.ref))
        return reply

    async def _hold(self, txn: Transaction) -> None:
        """A spooled message takes one of the `max_large_at_once` places before it is
        checked or read whole (kept until its reply is decided): a burst of large
        messages waits in the spool, not in the engine workers' or this process's memory."""
        if txn.message.spooled and not txn.holding:
            await self._large.acquire()
            txn.holding = True

    async def _original(self, txn: Transaction) -> bytes:
        """The message as it goes on unchanged (`_outgoing`). A spooled one is built from
        its first bytes (all that `_outgoing` changes) and the rest of its file: the
        relay's copy is the one whole copy of it here."""
        await self._hold(txn)
        if not txn.message.spooled or txn._raw is not None:
            return self._outgoing(txn.raw, txn)
        head = self._head(txn)
        return self._outgoing(head, txn) + txn.message.read(len(head))

    def _outgoing(self, raw: bytes, txn: Transaction, *, drop_dkim: bool = False) -> bytes:
        """The bytes to relay: internal headers removed (and DKIM-Signature for a rewritten
        copy), a Received line on top in the message's own line ending."""
        scope = self._policy(txn).section("scope")
        names = {scope["kind_header"], scope["order_header"]}
        if drop_dkim:
            names.add("DKIM-Signature")
        data = strip_headers(raw, names)
        if self.config.add_received:
            helo = _SAFE.sub("?", txn.helo)[:100] or "unknown"
            proto = "ESMTP" + ("S" if txn.tls else "") + ("A" if txn.user else "")
            eol = "\r\n" if b"\r\n" in raw[:4096] else "\n"
            data = prepend_header(
                data,
                f"Received: from {helo} ([{txn.client}]){eol}\tby {self.config.hostname} "
                f"(bsm-gateway) with {proto} id {txn.ref};{eol}\t{formatdate(usegmt=True)}",
            )
        return data

    async def _review_check(self, txn: Transaction, verdict: Verdict) -> list[str]:
        """Reserve the order's one review request; returns the order ids reserved (to be
        confirmed or released). A refused reservation adds a review.repeat_request finding
        and, when that rule blocks, makes the verdict a block."""
        action = self._policy(txn).action("review.repeat_request")
        if (
            action is Action.OFF
            or verdict.outcome is Outcome.BLOCK
            or not verdict.review_request
            or not verdict.order_ids
        ):
            return []
        reserved: list[str] = []
        mid = message_id(txn.raw)
        digest = body_digest(txn.raw)
        repeats = []
        for order_id in verdict.order_ids:
            try:
                earlier = await self._reserve(txn, order_id, mid, digest)
            except TryLater:
                for done in reserved:
                    await self._quietly(self.store.review_release(done, txn.ref))
                raise
            if earlier is None:
                reserved.append(order_id)
            else:
                repeats.append(repeat_request_finding(order_id, earlier, action))
        if not repeats:
            return reserved
        verdict.findings.extend(repeats)
        if action is Action.BLOCK:
            verdict.outcome = Outcome.BLOCK
            verdict.fixed = None
            for order_id in reserved:
                await self.store.review_release(order_id, txn.ref)
            return []
        return reserved

    async def _reserve(self, txn: Transaction, order_id: str, mid: str, digest: str) -> str | None:
        """`Store.review_reserve`, waiting while the order's reservation is held by an
        earlier attempt at the same body under another Message-ID (a client that gave up
        waiting and retried): its outcome decides whether this one is a repeat (it was
        sent) or the request (it failed). Still undecided late in our own time: TryLater."""
        delay = 0.1
        while True:
            earlier = await self.store.review_reserve(order_id, txn.ref, mid, body_hash=digest)
            if earlier is None:
                return None
            held = await self.store.review_get(order_id)
            if held is None:
                continue  # released meanwhile: reserve again
            if held["state"] != "pending" or not digest or held.get("body_hash") != digest:
                return earlier
            waited = time.perf_counter() - txn.started
            if waited > min(self.config.limits.data_timeout * 0.75, REVIEW_WAIT):
                raise TryLater(
                    "451 4.3.0 An earlier attempt at this message is still being sent; try "
                    f"again later (ref {txn.ref})"
                )
            await asyncio.sleep(delay)
            delay = min(delay * 2, 1.0)

    async def _quietly(self, work: Awaitable[Any]) -> None:
        try:
            await work
        except Exception as exc:
            get_logger().error("error", note="cleanup failed", error=str(exc))

    # -- blocked: quarantine and report ----------------------------------------------------

    async def _blocked(
        self,
        txn: Transaction,
        verdict: Verdict,
        amazon: list[str],
        others: list[str],
    ) -> str:
        rec = txn.record
        report_to = self._report_address(txn) or txn.mail_from
        report = self._mode(txn) == "bounce" and await asyncio.to_thread(
            should_bounce, txn.raw, report_to, self._policy(txn)
        )
        # A report owed is recorded with the row: if this gateway dies before the report
        # is out, another (or this one, restarted) sends it (gateway.retry).
        qid = await self.store.quarantine_put(
            txn.ref,
            txn.raw,
            txn.mail_from,
            txn.rcpt_tos,
            verdict.to_dict(),
            report_owner=self.owner if report else None,
        )
        rec["quarantine_id"] = qid
        rules = ", ".join(dict.fromkeys(f.rule for f in verdict.blocking())) or "policy"
        refusal = (
            f"550 5.7.1 Not sent: the message breaks Amazon's messaging rules ({rules}); "
            f"quarantine {qid}, ref {txn.ref}"
        )
        if self._mode(txn) == "reject":
            rec["actions"] = {r: "rejected" for r in txn.rcpt_tos}
            return refusal

        rec["actions"] = {**{r: "quarantined" for r in amazon}, **{r: "relayed" for r in others}}
        if report:
            # In a thread: it reads the message's text to quote the findings in context.
            bounce = await asyncio.to_thread(
                build_bounce,
                original=txn.raw,
                mail_from=txn.mail_from,
                amazon_rcpts=amazon,
                verdict=verdict,
                quarantine_id=qid,
                reference=txn.ref,
                reporting_mta=self.config.hostname,
                to=report_to,
                language=self.config.report_language,
                policy=self._policy(txn),
            )
            try:
                result = await self._timed(rec, self.upstream.send("", [report_to], bounce))
            except PermanentFailure as exc:
                # Nobody can be told by mail: say it in the SMTP reply instead.
                rec["report"] = f"refused: {exc}"
                rec["actions"] = {r: "rejected" for r in txn.rcpt_tos}
                await self._quietly(self.store.quarantine_report_sent(qid))  # none owed
                return refusal
            except UpstreamError as exc:
                # Not a fault of the gateway: nobody could be told, so nothing is kept and
                # the client is told why and retries (a clear 4xx, logged without a trace).
                await self._quietly(self.store.quarantine_delete(qid))
                rec.pop("quarantine_id", None)
                rec.pop("actions", None)
                rec["report"] = f"not delivered: {exc}"
                code = 451 if exc.code == 421 else exc.code  # the session stays open
                return (
                    f"{code} {exc.enhanced} Not sent: the message breaks Amazon's messaging "
                    f"rules ({rules}), and the report about it to {report_to} could not be "
                    f"delivered ({exc.text}); try again later (ref {txn.ref})"
                )
            except BaseException:
                await self._quietly(self.store.quarantine_delete(qid))  # the client retries
                raise
            if not result.complete:
                rec["report"] = "refused"
                rec["actions"] = {r: "rejected" for r in txn.rcpt_tos}
                await self._quietly(self.store.quarantine_report_sent(qid))  # none owed
                return refusal
            rec["report"] = f"sent to {report_to}"
            self.metrics.bounces.labels("report").inc()
            await self._quietly(self.store.quarantine_report_sent(qid))
        else:
            rec["report"] = "suppressed (null sender, automatic message or loop)"
        if others:
            original = await self._original(txn)
            reply = await self._relay(txn, [(others, original)], committed=True)
            if not reply.startswith("2"):
                return reply
        return (
            f"250 2.0.0 Accepted, but NOT sent to the Amazon buyer ({rules}): see the report "
            f"sent to {report_to or 'nobody'}; quarantine {qid}, ref {txn.ref}"
        )

    # -- relaying ------------------------------------------------------------------------------

    async def _timed(self, rec: dict[str, Any], work: Awaitable[DeliveryResult]) -> DeliveryResult:
        """Await an upstream send, adding its duration to the record's upstream_ms and
        counting it in the upstream metrics."""
        t0 = time.perf_counter()
        cls = "4xx"
        try:
            result = await work
            cls = "2xx"
            return result
        except UpstreamError as exc:
            cls = reply_class(exc.code)
            raise
        finally:
            seconds = time.perf_counter() - t0
            rec["upstream_ms"] = round(rec.get("upstream_ms", 0.0) + seconds * 1000, 2)
            self.metrics.upstream_seconds.observe(seconds)
            self.metrics.upstream_replies.labels(cls).inc()

    async def _relay(
        self, txn: Transaction, groups: list[tuple[list[str], bytes]], *, committed: bool = False
    ) -> str:
        """Send each (recipients, bytes) group upstream. 250 once every recipient is
        taken, refused for good (a DSN tells the sender) or durably queued for a retry
        (gateway.retry). Queued only once the message was taken for someone, or is
        `committed` (its report went out): a temporary failure before that is a 4xx and
        the client's retry sends it whole, never a second copy to anyone."""
        rec = txn.record
        accepted: list[str] = []
        refused: dict[str, tuple[int, str]] = {}
        later: list[tuple[list[str], bytes, str]] = []
        replies: list[str] = []
        failure: UpstreamError | None = None
        for rcpts, data in groups:
            try:
                result = await self._timed(rec, self.upstream.send(txn.mail_from, rcpts, data))
            except UpstreamError as exc:
                replies.append(f"{exc.code} {exc.enhanced} {exc.text}")
                rec["upstream"] = "; ".join(replies)
                if isinstance(exc, PermanentFailure) and len(groups) == 1:
                    return f"{exc.code} {exc.enhanced} {exc.text} (ref {txn.ref})"
                if isinstance(exc, PermanentFailure):
                    failure = exc  # another group may still be taken: decided below
                    refused.update({r: (exc.code, f"{exc.enhanced} {exc.text}") for r in rcpts})
                    continue
                if not accepted and not committed:
                    return f"{exc.code} {exc.enhanced} {exc.text} (ref {txn.ref})"
                later.append((rcpts, data, f"{exc.code} {exc.enhanced} {exc.text}"))
                continue
            accepted.extend(result.accepted)
            txn.accepted.update(result.accepted)
            deferred = [r for r, (c, _) in result.refused.items() if c < 500]
            refused.update({r: v for r, v in result.refused.items() if r not in deferred})
            if deferred:
                errors = sorted({f"{c} {t}" for r, (c, t) in result.refused.items() if c < 500})
                later.append((deferred, data, "; ".join(errors)))
            replies.append(f"{result.reply[0]} {_reply_text(result.reply[1], 120)}")
        rec["upstream"] = "; ".join(replies)
        actions = rec.setdefault("actions", {})
        if refused:
            rec["refused"] = {r: f"{c} {t}" for r, (c, t) in refused.items()}
            for r in refused:
                actions[r] = "refused"
        if not accepted and not later:
            assert failure is not None
            return f"{failure.code} {failure.enhanced} {failure.text} (ref {txn.ref})"
        queued = await self._queue(txn, later) if later else []
        if refused:
            await self._refused_dsn(txn, refused)
        if queued:
            for r in queued:
                actions[r] = "queued"
            return (
                f"250 2.0.0 OK: sent on (ref {txn.ref}); {len(queued)} recipient(s) refused "
                f"for now are queued for a retry; upstream: {replies[-1]}"
            )
        return f"250 2.0.0 OK: sent on (ref {txn.ref}); upstream: {replies[-1]}"

    async def _queue(
        self, txn: Transaction, later: list[tuple[list[str], bytes, str]]
    ) -> list[str]:
        """Queue each (recipients, bytes, error) for the background delivery; returns
        the recipients queued. A store failure is a 451 (raised): the client's retry
        then sends a second copy to those already served, which is better than none."""
        rec = txn.record
        subject = await asyncio.to_thread(subject_of, self._head(txn))
        delay = self.config.queue.delay(1)
        queued: list[str] = []
        try:
            for rcpts, data, error in later:
                await self.store.retry_put(
                    txn.ref, txn.mail_from, rcpts, data, error=error, delay=delay, subject=subject
                )
                queued.extend(rcpts)
                rec.setdefault("queued", {}).update({r: error for r in rcpts})
        except StoreError:
            rec["note"] = "some recipients were sent the message; the rest could not be queued"
            raise
        self.metrics.queued.inc(len(queued))
        return queued

    async def _refused_dsn(self, txn: Transaction, refused: dict[str, tuple[int, str]]) -> None:
        rec = txn.record
        if not await asyncio.to_thread(should_bounce, txn.raw, txn.mail_from, self._policy(txn)):
            rec["dsn"] = "suppressed"
            return
        dsn = await asyncio.to_thread(
            build_failure_dsn,
            original=txn.raw,
            mail_from=txn.mail_from,
            failed=refused,
            reference=txn.ref,
            reporting_mta=self.config.hostname,
            to=txn.mail_from,
        )
        try:
            await self._timed(rec, self.upstream.send("", [txn.mail_from], dsn))
            rec["dsn"] = f"sent to {txn.mail_from}"
            self.metrics.bounces.labels("dsn").inc()
        except (UpstreamError, OSError) as exc:
            # The accepted recipients have the message: a 4xx now would duplicate it.
            rec["dsn"] = f"failed: {exc}"

    # -- metrics -----------------------------------------------------------------------------

    def _observe(self, txn: Transaction, reply: str) -> None:
        """Count one finished transaction (called once, after its reply is decided)."""
        m = self.metrics
        rec = txn.record
        amazon = set(rec.get("amazon", []))
        if amazon and len(amazon) < len(txn.rcpt_tos):
            kind = "mixed"
        else:
            kind = "amazon" if amazon else "other"
        verdict = str(rec.get("verdict", "error"))
        mode = str(rec.get("mode", "enforce"))
        m.messages.labels(verdict, kind, reply_class(reply[:3]), mode).inc()
        actions: dict[str, str] = rec.get("actions", {})
        for rcpt in txn.rcpt_tos:
            cls = "amazon" if rcpt in amazon else "other"
            m.recipients.labels(cls, actions.get(rcpt, "none"), mode).inc()
        if txn.verdict is not None:
            for finding in txn.verdict.findings:
                m.rule_hits.labels(finding.rule, str(finding.action), mode).inc()
        if "engine_ms" in rec:
            m.engine_seconds.observe(rec["engine_ms"] / 1000)
        m.data_seconds.observe(time.perf_counter() - txn.started)
