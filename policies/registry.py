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

Nothing else registers it: `all_rules()` imports every module of `policies.rules` and
collects the classes that have an `id`. The catalog (`docs/rules.md`) is generated from the
same declarations (`python -m policies.catalog`).
"""

from __future__ import annotations

import dataclasses
import importlib
import pkgutil
from functools import cache
from typing import TYPE_CHECKING, Any, ClassVar

from policies.verdict import Action, Finding, milder

if TYPE_CHECKING:
    from policies.config import Policy
    from policies.model import MessageModel

EVIDENCE_MAX = 160

# The catalog's sections, in the order reports and `bsm-gateway rules` list them. A rule of
# a family not named here is listed after these.
FAMILY_ORDER = (
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
)


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

    @dataclasses.dataclass(frozen=True)
    class Params:
        """The rule's settings. A rule that has some declares its own `Params`, a frozen
        dataclass subclassing this one; fields are typed (`int`, `float`, `bool`, `str`,
        `list[str]`, `dict[str, list[str]]` for per-language word lists) and documented
        with `Annotated[type, "what it does"]`."""

        action: Action = Action.OFF  # what the policy says; not a setting to declare

        def __getitem__(self, key: str) -> Any:
            # By name, as `ctx.params["max_chars"]` (the same as `ctx.params.max_chars`).
            return getattr(self, key)

    def check(self, ctx: Context) -> None:
        raise NotImplementedError

    def fix(self, ctx: Context) -> None:
        """Remove what `check` reports. Called on the working copy after all checks ran."""
        raise NotImplementedError


def _is_rule(value: object, module: str) -> bool:
    return (
        isinstance(value, type)
        and issubclass(value, Rule)
        and value.__module__ == module
        and "id" in vars(value)
    )


@cache
def _discover() -> tuple[type[Rule], ...]:
    import policies.rules

    found: list[type[Rule]] = []
    for info in pkgutil.walk_packages(policies.rules.__path__, "policies.rules."):
        module = importlib.import_module(info.name)
        found.extend(v for v in vars(module).values() if _is_rule(v, module.__name__))
    seen: dict[str, type[Rule]] = {}
    for cls in found:
        if cls.id in seen:
            raise ValueError(f"rule id {cls.id} is declared twice: {seen[cls.id]} and {cls}")
        if not cls.summary or "\n" in cls.summary:
            raise ValueError(f"rule {cls.id} needs a one-line summary")
        seen[cls.id] = cls

    def position(cls: type[Rule]) -> int:
        family = cls.id.split(".", 1)[0]
        return FAMILY_ORDER.index(family) if family in FAMILY_ORDER else len(FAMILY_ORDER)

    return tuple(sorted(found, key=position))  # stable: a family keeps its source order


def all_rules() -> list[type[Rule]]:
    """Every rule in `policies/rules/`, in catalog order."""
    return list(_discover())


def rule_class(rule_id: str) -> type[Rule]:
    for cls in _discover():
        if cls.id == rule_id:
            return cls
    raise KeyError(rule_id)
