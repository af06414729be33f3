"""Rules and the registry that lists them.

A rule is a class with an id, a default action, a one-line summary, and a docstring that
says what Amazon forbids and why the detection is shaped the way it is. `check` reports
findings on the pristine message; `fix` (rules that can strip) rewrites the working copy
of the message so that the same check no longer fires.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from policies.verdict import Action, Finding, action_of, milder

if TYPE_CHECKING:
    from policies.config import Policy
    from policies.model import MessageModel

RULES: dict[str, type[Rule]] = {}

EVIDENCE_MAX = 160


def excerpt(text: str, start: int, end: int, context: int = 30) -> str:
    """The matched span with a little context on each side, on one line."""
    lo = max(0, start - context)
    hi = min(len(text), end + context)
    snippet = " ".join(text[lo:hi].split())
    if lo > 0:
        snippet = "…" + snippet
    if hi < len(text):
        snippet += "…"
    return snippet[:EVIDENCE_MAX]


class Context:
    """What a rule sees: the message model, the policy, and this rule's own settings."""

    __slots__ = ("action", "findings", "model", "params", "policy", "rule")

    def __init__(
        self,
        rule: Rule,
        model: MessageModel,
        policy: Policy,
        settings: tuple[dict[str, Any], Action] | None = None,
    ) -> None:
        """`settings`: `(policy.rule(rule.id), its action)` when the caller has them at
        hand (the engine works them out once per policy, not per rule and message)."""
        self.rule = rule
        self.model = model
        self.policy = policy
        if settings is None:
            params: dict[str, Any] = policy.rule(rule.id)
            settings = params, action_of(params["action"])
        self.params, self.action = settings
        self.findings: list[Finding] = []

    def report(
        self,
        message: str,
        location: str,
        evidence: str,
        action: Action | None = None,
    ) -> None:
        """Record a finding; `action` may soften (never harden) the configured action."""
        effective = self.action if action is None else milder(action, self.action)
        self.findings.append(
            Finding(self.rule.id, effective, message, location, evidence[:EVIDENCE_MAX])
        )


class Rule:
    id: ClassVar[str]
    default_action: ClassVar[Action]
    summary: ClassVar[str]
    can_strip: ClassVar[bool] = False
    proactive_only: ClassVar[bool] = False

    def check(self, ctx: Context) -> None:
        raise NotImplementedError

    def fix(self, ctx: Context) -> None:
        """Remove what `check` reports. Called on the working copy after all checks ran."""
        raise NotImplementedError


def register(*classes: type[Rule]) -> None:
    """Register rules (ids are unique, stable API), in the order given.

    Each rule module calls this once, after its classes, listing them in catalog order.
    (It used to be a class decorator; mypyc compiles a decorated class as an interpreted
    one, and the engine's compiled build wants the rules compiled. The docstring every rule
    must have is checked by tests/test_policy.py, from the source: a compiled class keeps
    none.)"""
    for cls in classes:
        if cls.id in RULES:
            raise ValueError(f"duplicate rule id {cls.id}")
        if not cls.summary:
            raise ValueError(f"rule {cls.id} needs a summary")
        RULES[cls.id] = cls


# Families in the order POLICY.md lists them; `rules`, reports and the engine follow it.
FAMILY_ORDER = [
    "addr",
    "order",
    "review",
    "feedback",
    "purpose",
    "links",
    "contact",
    "image",
    "style",
    "subject",
    "attach",
    "body",
    "mime",
]


def all_rules() -> list[type[Rule]]:
    import policies.rules  # noqa: F401  (importing the package registers every rule)

    def position(cls: type[Rule]) -> int:
        family = cls.id.split(".", 1)[0]
        return FAMILY_ORDER.index(family) if family in FAMILY_ORDER else len(FAMILY_ORDER)

    return sorted(RULES.values(), key=position)
