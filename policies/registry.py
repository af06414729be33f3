"""Rules, and how the engine finds them.

A rule is one class, declared once, in a module of `policies/rules/`:

- `id` (stable API: logs, reports and policy files use it), `default_action`, a one-line
  `summary`, and a docstring that says what Amazon forbids and why the detection is shaped
  the way it is;
- `Params`, a frozen dataclass of its typed settings with their defaults, each documented
  with `Annotated[type, "what it does"]` (the shipped `amazon.toml` and a seller's policy
  file override them);
- `check` (findings on the pristine message) and, for rules that can strip, `fix` (rewrites
  the working copy so that the same check no longer fires).

Nothing else registers it: `policies.rules.all_rules()` imports every module of the
package and collects the classes that have an `id`. The catalog (`docs/rules.md`) is
generated from the same declarations (`python -m policies.catalog`).
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any, ClassVar

from policies.verdict import Action, Finding, milder

if TYPE_CHECKING:
    from policies.config import Policy
    from policies.model import MessageModel

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

    def __init__(self, rule: Rule, model: MessageModel, policy: Policy) -> None:
        self.rule = rule
        self.model = model
        self.policy = policy
        self.params: Any = policy.params(rule.id)
        self.action: Action = self.params.action
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
    """Base class of every rule; see the module docstring for what a rule declares."""

    id: ClassVar[str]
    default_action: ClassVar[Action]
    summary: ClassVar[str]
    can_strip: ClassVar[bool] = False
    proactive_only: ClassVar[bool] = False
    # A fix that tidies what other fixes leave behind (empty lines after a removed link):
    # it runs after them, whenever the message is rewritten and the rule strips.
    tidies_after_fixes: ClassVar[bool] = False

    @dataclasses.dataclass(frozen=True)
    class Params:
        """The rule's settings. A rule that has some declares its own `Params`, a frozen
        dataclass subclassing this one; fields are typed (`int`, `float`, `bool`, `str`,
        `list[str]`, `dict[str, list[str]]` for per-language word lists) and documented
        with `Annotated[type, "what it does"]`."""

        action: Action = Action.OFF  # what the policy says; not a setting to declare

    def check(self, ctx: Context) -> None:
        raise NotImplementedError

    def fix(self, ctx: Context) -> None:
        """Remove what `check` reports. Called on the working copy after all checks ran."""
        raise NotImplementedError
