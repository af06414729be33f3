"""The rules, one module per family or concern. Nothing lists them: `all_rules()` imports
every module of this package and collects the classes that declare an `id`."""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

from policies.registry import Rule

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


def _is_rule(value: object, module: str) -> bool:
    return (
        isinstance(value, type)
        and issubclass(value, Rule)
        and value.__module__ == module
        and "id" in vars(value)
    )


@cache
def _discover() -> tuple[type[Rule], ...]:
    found: list[type[Rule]] = []
    for info in pkgutil.walk_packages(__path__, "policies.rules."):
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
