"""Releasing a quarantined message: the only way blocked mail ever leaves the gateway.

`bsm-gateway quarantine release ID [--force]` calls `release()`, which

1. loads the original from the store;
2. checks it again with the current policy (the policy may have changed since, or the
   block was a mistake that a new rule version no longer makes), exactly as the server
   would: a `pass` delivers the original, a `rewrite` delivers the sanitized version,
   a `block` is refused;
3. for a review or feedback request, asks the store whether the order already had one
   (review.repeat_request): a release must not slip a second request past the rule;
4. refuses a message that was already released (a second release is a duplicate);
5. delivers to the Amazon recipients among the quarantined `rcpt_tos` (other recipients
   of the same transaction were dealt with in session: relayed the original, or refused
   together with the whole transaction so the sender knows; a release never sends them
   a duplicate), through the same upstream the server uses, with the internal headers
   removed (and any DKIM-Signature, if the message was rewritten);
6. records who released it, when, and whether the refusal was overridden (`forced`),
   in the store and as a `quarantine.release` log event (never with the message text).

`force=True` overrides steps 2-4 (a message that still breaks the rules is then delivered
as it was received) and is recorded as forced. A delivery failure leaves the message in
quarantine, unreleased, so the release can simply be tried again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from email.parser import BytesHeaderParser
from email.policy import default as default_email_policy
from enum import StrEnum

import structlog

from gateway.relay import DeliveryResult, Upstream, UpstreamError
from gateway.store import QuarantineItem, Store, StoreError
from policies import Action, Envelope, Outcome, Policy, Verdict, evaluate
from policies.headers import split_head, strip_headers
from policies.scope import is_amazon_address


class ReleaseStatus(StrEnum):
    RELEASED = "released"
    REFUSED = "refused"
    NOT_FOUND = "not_found"
    FAILED = "failed"


@dataclass(slots=True)
class ReleaseResult:
    """What `release` did. `message` is one plain sentence for the person at the CLI;
    `reasons` lists why a release was refused (or what `force` overrode)."""

    qid: str
    status: ReleaseStatus
    message: str
    verdict: Verdict | None = None
    sent: str | None = None  # "original" or "fixed"
    delivery: DeliveryResult | None = None
    forced: bool = False
    reasons: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.status is ReleaseStatus.RELEASED


def internal_headers(policy: Policy) -> set[str]:
    """Headers a helpdesk sets for the gateway only; never relayed."""
    scope = policy.section("scope")
    return {scope["kind_header"], scope["order_header"]}


def _message_id(raw: bytes) -> str:
    head, _ = split_head(raw)
    try:
        value = BytesHeaderParser(policy=default_email_policy).parsebytes(head)["Message-ID"]
    except Exception:
        return ""
    return str(value or "").strip()


def _policy_reasons(verdict: Verdict) -> list[str]:
    if verdict.internal_error:
        return [f"the gateway could not check it ({verdict.internal_error})"]
    rules = ", ".join(sorted({f.rule for f in verdict.blocking()}))
    return [f"it still breaks the rules: {rules}"]


async def _reserve_reviews(
    store: Store, item: QuarantineItem, verdict: Verdict, raw: bytes, policy: Policy
) -> tuple[list[str], list[str]]:
    """Reserve each order's review request, as the server does; returns (orders reserved,
    reasons to refuse). Only a blocking review.repeat_request refuses."""
    action = policy.action("review.repeat_request")
    if action is Action.OFF or not verdict.review_request:
        return [], []
    reserved: list[str] = []
    reasons: list[str] = []
    message_id = _message_id(raw)
    for order_id in verdict.order_ids:
        earlier = await store.review_reserve(order_id, item.ref, message_id)
        if earlier is None:
            reserved.append(order_id)
        elif action is Action.BLOCK:
            reasons.append(
                f"review.repeat_request: a review request for order {order_id} was "
                f"already sent ({earlier})"
            )
    return reserved, reasons


async def release(
    store: Store,
    qid: str,
    *,
    policy: Policy,
    upstream: Upstream,
    who: str,
    force: bool,
) -> ReleaseResult:
    """Deliver a quarantined message if it now complies (or `force`); see the module
    docstring. Store errors propagate as StoreError; upstream failures are reported as
    status FAILED and leave the message in quarantine."""
    log = structlog.get_logger("bsm-gateway")  # per call: honours the current log config
    item = await store.quarantine_get(qid)
    if item is None or item.raw is None:
        return ReleaseResult(
            qid, ReleaseStatus.NOT_FOUND, f"There is no quarantined message {qid}."
        )
    qid = item.id
    raw = item.raw
    recipients = [r for r in item.rcpt_tos if is_amazon_address(r, policy)] or list(item.rcpt_tos)
    verdict = evaluate(raw, Envelope(item.mail_from, recipients), policy)
    reasons: list[str] = []
    if item.released:
        reasons.append(f"it was already released on {item.released_at} by {item.released_by}")
    if verdict.outcome is Outcome.BLOCK:
        reasons += _policy_reasons(verdict)
    reserved, review_reasons = await _reserve_reviews(store, item, verdict, raw, policy)
    reasons += review_reasons
    base = {"qid": qid, "ref": item.ref, "who": who, "rule_ids": verdict.rule_ids}

    if reasons and not force:
        for order_id in reserved:
            await store.review_release(order_id, item.ref)
        log.warning("quarantine.release", outcome="refused", reasons=reasons, forced=False, **base)
        return ReleaseResult(
            qid,
            ReleaseStatus.REFUSED,
            f"Not released {qid} (use --force to send it anyway): {'; '.join(reasons)}.",
            verdict=verdict,
            reasons=reasons,
        )

    # Claimed in the store right before sending: of two operators (on one host or two)
    # releasing the same message at once, exactly one sends it, and a message already
    # released is never sent again, --force or not.
    taken = await store.quarantine_claim_release(qid, who)
    if taken is not None:
        for order_id in reserved:
            await store.review_release(order_id, item.ref)
        log.warning("quarantine.release", outcome="refused", reasons=[taken], forced=force, **base)
        return ReleaseResult(
            qid,
            ReleaseStatus.REFUSED,
            f"Not released {qid}: {taken}.",
            verdict=verdict,
            reasons=[taken],
        )

    forced = bool(reasons)
    if verdict.outcome is Outcome.REWRITE and verdict.fixed is not None:
        data, sent = (
            strip_headers(verdict.fixed, {*internal_headers(policy), "DKIM-Signature"}),
            "fixed",
        )
    else:
        data, sent = strip_headers(raw, internal_headers(policy)), "original"

    try:
        delivery = await upstream.send(item.mail_from, recipients, data)
    except (UpstreamError, OSError) as exc:
        await store.quarantine_release_abandon(qid, who)
        for order_id in reserved:
            await store.review_release(order_id, item.ref)
        log.error("quarantine.release", outcome="failed", error=str(exc), forced=forced, **base)
        return ReleaseResult(
            qid,
            ReleaseStatus.FAILED,
            f"Not released: the mail server did not take it ({exc}). It stays in "
            "quarantine; try again later.",
            verdict=verdict,
            forced=forced,
            reasons=reasons,
        )

    for order_id in reserved:
        await store.review_confirm(order_id, item.ref)
    note = ""
    try:
        await store.quarantine_mark_released(qid, who, forced)
    except StoreError as exc:  # delivered: do not make the operator send it twice
        log.error("quarantine.release", outcome="unrecorded", error=str(exc), **base)
        note = " (but the release could not be recorded in the store)"
    log.info(
        "quarantine.release",
        outcome="released",
        forced=forced,
        overridden=reasons,
        sent=sent,
        recipients=recipients,
        refused=sorted(delivery.refused),
        upstream_reply=f"{delivery.reply[0]} {delivery.reply[1]}",
        **base,
    )
    message = f"Released {qid}: sent the {sent} message to {', '.join(delivery.accepted)}"
    if forced:
        message += f" despite: {'; '.join(reasons)}"
    if delivery.refused:
        refused = ", ".join(f"{a} ({c} {t})" for a, (c, t) in delivery.refused.items())
        message += f"; the mail server refused {refused}"
    return ReleaseResult(
        qid,
        ReleaseStatus.RELEASED,
        message + note + ".",
        verdict=verdict,
        sent=sent,
        delivery=delivery,
        forced=forced,
        reasons=reasons,
    )
