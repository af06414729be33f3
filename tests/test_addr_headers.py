"""Recipient addresses read from headers (policies/rules/addr.py) as the stdlib reads them."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policies import Envelope, load_policy
from policies.model import MessageModel
from policies.rules.addr import header_recipients

PROPERTY = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_POLICY = load_policy()

_ADDRESS_TEXT = st.lists(
    st.sampled_from([*'aZ09._+-@ ,<>"()[]:;\\', "marketplace.amazon.de", "=?utf-8?q?x?="]),
    max_size=16,
).map("".join)


@PROPERTY
@given(st.lists(_ADDRESS_TEXT, max_size=2), st.lists(_ADDRESS_TEXT, max_size=2))
def test_header_recipients_are_the_header_addresses(to: list[str], cc: list[str]) -> None:
    headers = [f"To: {v}" for v in to] + [f"Cc: {v}" for v in cc]
    raw = "\n".join([*headers, "Subject: x", "Content-Type: text/plain", "", "Hello", ""])
    model = MessageModel(raw.encode(), Envelope(), _POLICY)
    assert header_recipients(model) == model.header_addresses("to", "cc")
