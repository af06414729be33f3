"""The policy: the settings of every rule, thresholds, word lists and allow-lists.

Three layers, each overriding the one before: the defaults each rule declares (its
`Params`), the shipped Amazon policy (`amazon.toml`: actions and values that differ from
those defaults, the per-language word lists, the limits), and a seller's own file. A key
that is not declared, or a value of the wrong type, is an error at load time that names the
key. Tables whose keys are languages (`words`, `phrases`, `[lexicon.*]`) accept new keys: a
seller may add a language. Loading is pure: callers hand in TOML text.
"""

from __future__ import annotations

import copy
import dataclasses
import tomllib
import typing
from collections.abc import Callable
from importlib import resources
from typing import Any, TypeVar

# links.py and contact.py still build regexes from word lists; they move to
# policies.detect.phrases, and this re-export goes with them.
from policies.verdict import Action

T = TypeVar("T")

DEFAULT_POLICY_RESOURCE = "amazon.toml"

# Tables whose keys are languages (or other open-ended names) rather than settings.
OPEN_TABLE_SUFFIXES = (".words", ".phrases")
OPEN_TABLE_PREFIXES = ("lexicon.",)


class PolicyError(ValueError):
    """A policy file that cannot be used; the message names the offending key."""


def _is_open(path: str) -> bool:
    return path.endswith(OPEN_TABLE_SUFFIXES) or path.startswith(OPEN_TABLE_PREFIXES)


def _type_name(value: object) -> str:
    return {
        bool: "a boolean",
        int: "an integer",
        float: "a number",
        str: "a string",
        list: "a list",
        dict: "a table",
    }.get(type(value), type(value).__name__)


def _merge(base: dict[str, Any], override: dict[str, Any], path: str) -> None:
    """Override `base` (which is also the schema) with `override`, in place."""
    for key, value in override.items():
        where = f"{path}.{key}" if path else key
        if key not in base:
            if _is_open(path) and isinstance(value, list):
                base[key] = value
                continue
            raise PolicyError(f"unknown key '{where}'")
        current = base[key]
        if isinstance(current, dict):
            if not isinstance(value, dict):
                raise PolicyError(f"'{where}' must be a table, got {_type_name(value)}")
            _merge(current, value, where)
            continue
        if isinstance(current, bool) != isinstance(value, bool) or not (
            isinstance(value, type(current))
            or (isinstance(current, float) and isinstance(value, int))
        ):
            raise PolicyError(f"'{where}' must be {_type_name(current)}, got {_type_name(value)}")
        base[key] = value


def _parse_toml(text: str, source: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PolicyError(f"{source}: not valid TOML: {exc}") from None


def default_policy_text() -> str:
    return resources.files("policies").joinpath(DEFAULT_POLICY_RESOURCE).read_text("utf-8")


# -- rule settings: typed by each rule's Params ------------------------------------------


def _expected(tp: Any) -> str:
    origin = typing.get_origin(tp)
    if origin is list:
        return "a list of strings"
    if origin is dict:
        return f"a table of {_expected(typing.get_args(tp)[1])} (one per language)"
    return {bool: "a boolean", int: "an integer", float: "a number", str: "a string"}[tp]


def _fits(value: object, tp: Any) -> bool:
    origin = typing.get_origin(tp)
    if origin is list:
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    if origin is dict:
        inner = typing.get_args(tp)[1]
        return isinstance(value, dict) and all(_fits(v, inner) for v in value.values())
    if tp is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if tp is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, tp)


def param_types(cls: Any) -> dict[str, Any]:
    """A rule's settings and their types (its `Params` fields, `action` aside)."""
    hints = typing.get_type_hints(cls.Params)  # Annotated[...] stripped to the type
    return {f.name: hints[f.name] for f in dataclasses.fields(cls.Params) if f.name != "action"}


def rule_defaults(cls: Any) -> dict[str, Any]:
    """The settings a rule declares, with the action it has when no policy says otherwise."""
    declared = cls.Params()
    defaults = {"action": str(cls.default_action)}
    defaults.update({name: copy.deepcopy(getattr(declared, name)) for name in param_types(cls)})
    return defaults


def _override_rule(cls: Any, table: dict[str, Any], override: object, source: str) -> None:
    where = f"rules.'{cls.id}'"
    if not isinstance(override, dict):
        raise PolicyError(f"{where} must be a table, got {_type_name(override)}")
    types = param_types(cls)
    for key, value in override.items():
        if key == "action":
            _set_action(cls, table, value)
        elif key not in types:
            known = ", ".join(["action", *types])
            raise PolicyError(
                f"unknown key 'rules.{cls.id}.{key}' in {source} (this rule has: {known})"
            )
        elif not _fits(value, types[key]):
            raise PolicyError(
                f"'{where}.{key}' must be {_expected(types[key])}, got {_type_name(value)}"
            )
        elif typing.get_origin(types[key]) is dict:
            table[key] = {**table[key], **value}  # a seller adds or replaces a language
        else:
            table[key] = value


def _set_action(cls: Any, table: dict[str, Any], value: object) -> None:
    try:
        action = Action(str(value))
    except ValueError:
        raise PolicyError(
            f"rules.'{cls.id}'.action must be one of block, strip, warn, off; got {value!r}"
        ) from None
    if action is Action.STRIP and not cls.can_strip:
        raise PolicyError(
            f"rules.'{cls.id}'.action = 'strip' is not possible: this rule cannot "
            "fix a message, choose block, warn or off"
        )
    table["action"] = str(action)


def _rule_tables(layers: list[tuple[dict[str, Any], str]]) -> dict[str, dict[str, Any]]:
    """Every rule's settings: its declared defaults, then each layer's overrides."""
    from policies.rules import all_rules  # the rules import this module: import late

    rules = {cls.id: cls for cls in all_rules()}
    tables = {rule_id: rule_defaults(cls) for rule_id, cls in rules.items()}
    for layer, source in layers:
        for rule_id, override in layer.items():
            if rule_id not in rules:
                raise PolicyError(
                    f"unknown rule id '{rule_id}' (run `bsm-gateway rules` for the list)"
                )
            _override_rule(rules[rule_id], tables[rule_id], override, source)
    return tables


_DEFAULT_DATA: dict[str, Any] | None = None


def _default_data() -> dict[str, Any]:
    global _DEFAULT_DATA
    if _DEFAULT_DATA is None:
        _DEFAULT_DATA = _parse_toml(default_policy_text(), DEFAULT_POLICY_RESOURCE)
    return _DEFAULT_DATA


class Policy:
    """A validated policy plus caches of what rules compile from it (regexes, sets)."""

    def __init__(self, data: dict[str, Any], source: str = "built-in") -> None:
        from policies.rules import all_rules

        missing = [r.id for r in all_rules() if r.id not in data.get("rules", {})]
        if missing:  # data that did not come from load_policy (a worker's copy, say)
            raise PolicyError(f"rules.'{missing[0]}' is missing from the policy")
        self.data = data
        self.source = source
        self._memo: dict[str, Any] = {}
        self._params: dict[str, Any] = {}

    def rule(self, rule_id: str) -> dict[str, Any]:
        """A rule's settings as a table (`action` included)."""
        table: dict[str, Any] = self.data["rules"][rule_id]
        return table

    def params(self, rule_id: str) -> Any:
        """A rule's settings as its typed `Params` (made once per policy)."""
        # Looked up by rule id, without a memo key and factory built per call: a check
        # asks some fifty times (17 -> 6 us in all).
        found = self._params.get(rule_id)
        if found is None:
            from policies.rules import rule_class

            table = dict(self.rule(rule_id))
            table["action"] = Action(table["action"])
            found = self._params[rule_id] = rule_class(rule_id).Params(**table)
        return found

    def action(self, rule_id: str) -> Action:
        return Action(self.rule(rule_id)["action"])

    def section(self, name: str) -> dict[str, Any]:
        table: dict[str, Any] = self.data[name]
        return table

    def lexicon(self, name: str) -> dict[str, list[str]]:
        table: dict[str, list[str]] = self.data["lexicon"][name]
        return table

    def memo(self, key: str, factory: Callable[[], T]) -> T:
        """Compile something from the policy once per policy object."""
        try:
            value: T = self._memo[key]
        except KeyError:
            value = self._memo[key] = factory()
        return value

    @property
    def max_message_bytes(self) -> int:
        return int(self.section("limits")["max_message_bytes"])


def load_policy(text: str | None = None, source: str = "policy") -> Policy:
    """The default policy, with `text` (a seller's TOML) merged over it when given."""
    data = copy.deepcopy(_default_data())
    layers = [(data.pop("rules", {}), DEFAULT_POLICY_RESOURCE)]
    if text is not None:
        seller = _parse_toml(text, source)
        layers.append((seller.pop("rules", {}), source))
        _merge(data, seller, "")
    data["rules"] = _rule_tables(layers)
    return Policy(data, source if text is not None else "built-in")
