"""The compliance engine: pure functions from message bytes to a verdict (no sockets, no files)."""

from policies.config import Policy, PolicyError, load_policy
from policies.engine import evaluate
from policies.model import Envelope
from policies.rules import all_rules
from policies.verdict import Action, Finding, Outcome, Verdict

__all__ = [
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
