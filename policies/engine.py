"""evaluate(): bytes in, verdict out. The `check` command and the SMTP server both call it.

What the message model cannot read (an encrypted part, an unknown transfer encoding,
nesting past the limits) is recorded on the model as a problem, as the stdlib's `email`
records defects rather than raising; mime.unreadable turns each into a blocking finding,
so content the gateway did not see is never relayed. A message that needs more memory
than the process may have (the gateway's workers run under a memory budget) is unreadable
too: a block for good, since checking it again would fail again. An error inside the
engine itself is a fail-closed block with `internal_error` set (the gateway answers 451).
"""

from __future__ import annotations

import time
import traceback
from collections.abc import Callable, Iterable

from policies.config import Policy
from policies.model import Envelope, MessageModel
from policies.orders import find_order_ids
from policies.registry import Context, Rule
from policies.review_asks import is_review_request
from policies.rules import all_rules
from policies.verdict import Action, Finding, Outcome, Verdict, decide

INTERNAL_ERROR_RULE = "mime.unreadable"
OUT_OF_MEMORY = "it needs more memory to check than the gateway allows"


def _active_rules(policy: Policy, is_reply: bool) -> list[Rule]:
    """The rules that run on a reply (or on a proactive message), in catalog order."""

    def build() -> list[Rule]:
        return [
            cls()
            for cls in all_rules()
            if policy.action(cls.id) is not Action.OFF and not (cls.proactive_only and is_reply)
        ]

    return policy.memo(f"engine.active.{is_reply}", build)


def _recheck_rules(policy: Policy, is_reply: bool) -> list[Rule]:
    """The active rules that can leave something behind a fix: only findings that are not
    warnings block a fixed message, and a rule set to warn reports nothing more severe."""

    def build() -> list[Rule]:
        return [
            r for r in _active_rules(policy, is_reply) if policy.action(r.id) is not Action.WARN
        ]

    return policy.memo(f"engine.recheck.{is_reply}", build)


def _dedupe(findings: Iterable[Finding]) -> list[Finding]:
    """One finding per rule and evidence; the same excerpt in text and HTML is one problem."""
    seen: dict[tuple[str, str, str], Finding] = {}
    for f in findings:
        key = (f.rule, f.evidence, str(f.action))
        prior = seen.get(key)
        if prior is None:
            seen[key] = f
        elif f.location not in prior.location.split("; "):
            seen[key] = Finding(
                f.rule, f.action, f.message, f"{prior.location}; {f.location}", f.evidence
            )
    return list(seen.values())


def _check(
    model: MessageModel, policy: Policy, rules: Iterable[Rule] | None = None
) -> tuple[list[Finding], list[Rule]]:
    """The findings of `rules` (default: every active rule) and the rules that can strip
    what they found."""
    findings: list[Finding] = []
    stripping: list[Rule] = []
    for rule in _active_rules(policy, model.is_reply) if rules is None else rules:
        ctx = Context(rule, model, policy)
        rule.check(ctx)
        if ctx.findings:
            findings.extend(ctx.findings)
            if rule.can_strip and any(f.action is Action.STRIP for f in ctx.findings):
                stripping.append(rule)
    return _dedupe(findings), stripping


def check_text(
    text: str,
    envelope: Envelope,
    policy: Policy,
    wanted: Callable[[Rule], bool] | None = None,
) -> list[Finding]:
    """The findings of the active rules (those `wanted` says yes to, when given) on
    `text`, read as a plain-text message of its own with no quoted history (how
    attach.content checks the text inside a file)."""
    raw = (
        b"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
        b"Content-Transfer-Encoding: 8bit\r\n\r\n" + text.encode("utf-8", errors="replace")
    )
    model = MessageModel(raw, envelope, policy, quoted_history=False)
    rules = _active_rules(policy, model.is_reply)
    try:
        findings, _ = _check(model, policy, rules if wanted is None else filter(wanted, rules))
    finally:
        model.release()
    return findings


def _tidying_rules(policy: Policy, is_reply: bool) -> list[Rule]:
    """The active rules whose fix runs after every other fix (`Rule.tidies_after_fixes`)
    and is allowed to change the message (their action is strip)."""

    def build() -> list[Rule]:
        return [
            r
            for r in _active_rules(policy, is_reply)
            if r.tidies_after_fixes and policy.action(r.id) is Action.STRIP
        ]

    return policy.memo(f"engine.tidying.{is_reply}", build)


def _fix(model: MessageModel, policy: Policy, rules: list[Rule]) -> bytes:
    tidying = _tidying_rules(policy, model.is_reply)
    for rule in [r for r in rules if r not in tidying] + tidying:
        rule.fix(Context(rule, model, policy))
    return model.serialize()


def _failed(reason: str, started: float) -> Verdict:
    finding = Finding(
        INTERNAL_ERROR_RULE,
        Action.BLOCK,
        "The gateway could not finish checking this message, so it was not sent. "
        "Try again; if it keeps happening, send the message to your IT team.",
        "engine",
        reason,
    )
    return Verdict(
        Outcome.BLOCK,
        [finding],
        internal_error=reason,
        elapsed_ms=(time.perf_counter() - started) * 1000,
    )


def unreadable(reason: str, elapsed_ms: float = 0.0) -> Verdict:
    """A block for good (mime.unreadable): the message could not be checked within the
    budgets it is given (time, memory). Unlike an internal error, trying again would not
    help, so the gateway quarantines and reports it (or refuses it, 550)."""
    finding = Finding(
        INTERNAL_ERROR_RULE,
        Action.BLOCK,
        f"The gateway could not check this message ({reason}), so it was not sent. "
        "Send it as plain text or HTML with ordinary attachments, or smaller files.",
        "message",
        reason,
    )
    return Verdict(Outcome.BLOCK, [finding], elapsed_ms=elapsed_ms)


def _where(exc: BaseException) -> str:
    """The innermost engine frame of a traceback (library frames say little in a log)."""
    frames = traceback.extract_tb(exc.__traceback__)
    ours = [f for f in frames if "/policies/" in f.filename] or frames
    last = ours[-1]
    return f"{last.filename.rsplit('/policies/', 1)[-1]}:{last.lineno}"


def evaluate(
    raw: bytes,
    envelope: Envelope | None = None,
    policy: Policy | None = None,
    *,
    fix: bool = True,
) -> Verdict:
    """Judge one message. Never raises: an internal failure is a fail-closed block verdict
    with `internal_error` set (the gateway turns that into a 451 so the client retries)."""
    started = time.perf_counter()
    if policy is None:
        from policies.config import load_policy

        policy = load_policy()
    envelope = envelope or Envelope()
    try:
        verdict = _evaluate(raw, envelope, policy, fix)
    except RecursionError:
        return _failed("message structure too deeply nested to check", started)
    except MemoryError:
        return unreadable(OUT_OF_MEMORY, (time.perf_counter() - started) * 1000)
    except Exception as exc:  # fail closed on any engine bug; the reason is kept for logs
        return _failed(f"{type(exc).__name__}: {exc} ({_where(exc)})", started)
    verdict.elapsed_ms = (time.perf_counter() - started) * 1000
    return verdict


def _evaluate(
    raw: bytes, envelope: Envelope, policy: Policy, fix: bool, details: bool = True
) -> Verdict:
    """`details=False` (re-checking a fixed message, where only the findings that are not
    warnings count) skips the order ids, the review-request flag and the rules set to warn
    (on a 20 KB template that is a quarter of the re-check)."""
    model = MessageModel(raw, envelope, policy)
    try:
        rules = None if details else _recheck_rules(policy, model.is_reply)
        findings, stripping = _check(model, policy, rules)
        outcome = decide(findings)
        verdict = Verdict(
            outcome,
            findings,
            kind=model.kind,
            order_ids=find_order_ids(model) if details else [],
            review_request=is_review_request(model, policy) if details else False,
        )
        if outcome is Outcome.REWRITE and fix:
            fixed = _fix(model, policy, stripping)
            _confirm_fix(verdict, fixed, envelope, policy)
    finally:
        model.release()
    return verdict


def _confirm_fix(verdict: Verdict, fixed: bytes, envelope: Envelope, policy: Policy) -> None:
    """Check the sanitized message again; what the fix could not remove now blocks."""
    again = _evaluate(
        fixed,
        Envelope(envelope.mail_from, envelope.rcpt_tos, verdict.kind),
        policy,
        fix=False,
        details=False,
    )
    leftovers = [f for f in again.findings if f.action is not Action.WARN]
    if not leftovers:
        verdict.fixed = fixed
        return
    verdict.outcome = Outcome.BLOCK
    for f in leftovers:
        verdict.findings.append(
            Finding(
                f.rule,
                Action.BLOCK,
                "The gateway could not remove this automatically: " + f.message,
                f.location,
                f.evidence,
            )
        )
