"""The compliance engine: pure functions from message bytes to a verdict (no sockets, no files)."""

# First: decides whether the mypyc-compiled modules or the .py sources are loaded.
from policies import native

# isort: split
from policies.config import Policy, PolicyError, load_policy
from policies.engine import evaluate
from policies.model import Envelope
from policies.registry import RULES, all_rules
from policies.verdict import Action, Finding, Outcome, Verdict

NATIVE: bool = native.is_compiled("policies.engine")
"""True when the engine runs as mypyc-compiled extension modules, False when from source."""

__all__ = [
    "NATIVE",
    "RULES",
    "Action",
    "Envelope",
    "Finding",
    "Outcome",
    "Policy",
    "PolicyError",
    "Verdict",
    "all_rules",
    "evaluate",
    "load_policy",
]
