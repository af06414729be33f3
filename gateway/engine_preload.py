"""Imported by the engine's forkserver only (gateway.engine_pool `_PRELOAD`), before it forks
any worker: the built-in policy, built, warmed up and frozen there once. A worker whose
policy is the built-in one takes this object instead of building its own (`_start_worker`),
so the policy's pages (compiled patterns, word lists: about 16 MB) are shared by every
worker, copy on write, rather than held once in each. A seller's own policy file is built
in each worker, as before."""

from __future__ import annotations

from gateway.engine_pool import WARMUP_ENVELOPE, WARMUP_MESSAGE, freeze_heap
from policies import Policy, evaluate, load_policy

BUILT_IN: Policy | None
try:
    BUILT_IN = load_policy()
    evaluate(WARMUP_MESSAGE, WARMUP_ENVELOPE, BUILT_IN)
except Exception:  # the workers build it themselves, and report what went wrong
    BUILT_IN = None
freeze_heap()
