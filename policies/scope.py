"""Which recipients are Amazon buyer aliases (the mail this gateway checks)."""

from __future__ import annotations

import re

from policies.config import Policy


def _domain_re(policy: Policy) -> re.Pattern[str]:
    source = policy.section("scope")["domain_pattern"]
    return policy.memo("scope.domain", lambda: re.compile(source, re.IGNORECASE))


def is_amazon_address(address: str, policy: Policy) -> bool:
    """True for `<anything>@marketplace.amazon.<tld>` (any TLD; POLICY.md's scope)."""
    _, _, domain = address.strip().strip("<>").rpartition("@")
    return bool(domain) and bool(_domain_re(policy).match(domain.rstrip(".")))


def marketplace_language(address: str, policy: Policy) -> str | None:
    """The marketplace's default language for an alias, from the policy's table."""
    domain = address.rpartition("@")[2].lower()
    tld = domain.removeprefix("marketplace.amazon.")
    languages: dict[str, str] = policy.section("scope")["languages"]
    return languages.get(tld)
