"""Findings and verdicts: what the engine says about one message."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Action(StrEnum):
    """What happens to a message when a rule fires.

    `off` disables a rule from the policy file; it never appears on a finding.
    """

    BLOCK = "block"
    STRIP = "strip"
    WARN = "warn"
    OFF = "off"


SEVERITY = {Action.OFF: 0, Action.WARN: 1, Action.STRIP: 2, Action.BLOCK: 3}


def milder(a: Action, b: Action) -> Action:
    """The less severe of two actions (a configured action caps what a finding may do)."""
    return a if SEVERITY[a] <= SEVERITY[b] else b


class Outcome(StrEnum):
    PASS = "pass"
    REWRITE = "rewrite"
    BLOCK = "block"


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    action: Action
    message: str
    location: str
    evidence: str

    def to_dict(self) -> dict[str, str]:
        return {
            "rule": self.rule,
            "action": str(self.action),
            "message": self.message,
            "location": self.location,
            "evidence": self.evidence,
        }


@dataclass(slots=True)
class Verdict:
    """The engine's answer for one message.

    `fixed` holds the sanitized message for a `rewrite` verdict and is None otherwise:
    a `pass` message is relayed as the original bytes, never re-serialised.
    `internal_error` is set when the engine itself failed; the verdict is then `block`
    (fail closed) and the gateway answers 451 so the client retries.
    """

    outcome: Outcome
    findings: list[Finding]
    kind: str = "proactive"
    fixed: bytes | None = None
    order_ids: list[str] = field(default_factory=list)
    review_request: bool = False
    internal_error: str | None = None
    elapsed_ms: float = 0.0

    @property
    def rule_ids(self) -> list[str]:
        return sorted({f.rule for f in self.findings})

    def blocking(self) -> list[Finding]:
        return [f for f in self.findings if f.action is Action.BLOCK]

    def to_dict(self) -> dict[str, Any]:
        return {
            "verdict": str(self.outcome),
            "kind": self.kind,
            "findings": [f.to_dict() for f in self.findings],
            "order_ids": self.order_ids,
            "review_request": self.review_request,
            "elapsed_ms": round(self.elapsed_ms, 3),
        }


def decide(findings: list[Finding]) -> Outcome:
    """block if any finding blocks, else rewrite if any strips, else pass."""
    actions = {f.action for f in findings}
    if Action.BLOCK in actions:
        return Outcome.BLOCK
    if Action.STRIP in actions:
        return Outcome.REWRITE
    return Outcome.PASS
