"""Amazon order ids in a message: the ones the engine reports (`Verdict.order_ids`, for the
gateway's one-review-request-per-order memory) and the patterns the order rules use."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from policies.detect.normalise import narrow_digits
from policies.text import all_texts

if TYPE_CHECKING:
    from policies.config import Policy
    from policies.model import MessageModel


def order_pattern(policy: Policy, key: str = "id_pattern") -> re.Pattern[str]:
    """One of order.id_malformed's patterns (`id_pattern`: a well-formed 3-7-7 id),
    compiled once per policy."""
    source = getattr(policy.params("order.id_malformed"), key)
    return policy.memo(f"order:{key}", lambda: re.compile(source))


def find_order_ids(model: MessageModel) -> list[str]:
    """Every well-formed order id in the subject, the body (quoted history too) and the
    helpdesk's order header, in order of appearance, without repeats; an id typed in
    full-width digits is given in ASCII."""
    pattern = order_pattern(model.policy)
    found: list[str] = []
    header = model.header(model.policy.section("scope")["order_header"])
    for text in [header, *(text for _, text in all_texts(model))]:
        for match in pattern.finditer(narrow_digits(text)):  # full-width ids too
            if match.group(0) not in found:
                found.append(match.group(0))
    return found
