"""order.id_malformed's patterns are written to start with a character class (so `re`
can skip ahead in C); they find exactly what the plain forms with a leading look-behind
found, on texts built from the pieces order ids and their near-misses are made of."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policies.rules.order import OrderIdMalformed

DEFAULTS = OrderIdMalformed.Params()

# The patterns as they were first written: a look-behind, then the digits; the order words
# under IGNORECASE.
PLAIN_ID = re.compile(r"(?<![\d-])\d{3}-\d{7}-\d{7}(?![\d-])")
PLAIN_NEAR = re.compile(r"(?<![\d-])(\d{2,4}-\d{5,8}-\d{5,8}|\d{3}\s\d{7}\s\d{7})(?![\d-])")
PLAIN_JOINED = re.compile(
    r"(?i)(order|bestellung|commande|ordine|pedido|注文)\D{0,20}(?<!\d)(\d{17})(?!\d)"
)

PIECES = st.sampled_from(
    [
        "1", "12", "123", "1234", "12345", "1234567", "12345678", "12345678901234567",
        "-", " ", "\n", "\t", "--", ": ", "#",
        "order", "ORDER", "Order", "oRdEr", "bestellung", "Bestellung", "commande",
        "COMMANDE", "ordine", "Ordine", "pedido", "PEDIDO", "注文", "番号",
        "orde", "rder", "o", "b", "c", "p", "x", "İ", "ſ", "number", "no.",
    ]
)  # fmt: skip
TEXTS = st.lists(PIECES, max_size=30).map("".join)


def spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@settings(max_examples=2000, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_restated_patterns_find_what_the_plain_ones_did(text: str) -> None:
    assert spans(re.compile(DEFAULTS.id_pattern), text) == spans(PLAIN_ID, text)
    assert spans(re.compile(DEFAULTS.near_miss_pattern), text) == spans(PLAIN_NEAR, text)
    joined = re.compile(DEFAULTS.run_together_pattern)
    assert [(m.span(), m.span(1), m.span(2)) for m in joined.finditer(text)] == [
        (m.span(), m.span(1), m.span(2)) for m in PLAIN_JOINED.finditer(text)
    ]


def test_a_well_formed_id_matches_whole() -> None:
    pattern = re.compile(DEFAULTS.id_pattern)
    assert pattern.fullmatch("123-1234567-1234567")
    assert not pattern.fullmatch("1123-1234567-1234567")
    assert pattern.findall("x123-1234567-1234567 and 9123-1234567-1234567") == [
        "123-1234567-1234567"
    ]


def test_run_together_ids_after_an_order_word_in_any_case() -> None:
    pattern = re.compile(DEFAULTS.run_together_pattern)
    for text in (
        "ORDER 12312345671234567",
        "Bestellung Nr. 12312345671234567",
        "注文12312345671234567",
    ):
        match = pattern.search(text)
        assert match is not None and match.group(2) == "12312345671234567", text
    assert pattern.search("reorder 123123456712345678") is None  # 18 digits
    assert pattern.search("border 1231234567123456") is None  # 16 digits
