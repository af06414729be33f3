"""policies.detect.phones: phone numbers through phonenumbers.PhoneNumberMatcher."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policies import load_policy
from policies.detect.phones import CANDIDATE, PhoneFinder, e164

PARAMS = load_policy().rule("contact.phone_number")
FINDER = PhoneFinder(
    PARAMS["regions"], PARAMS["leniency"], PARAMS["min_digits"], PARAMS["exclude_patterns"]
)


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        ("+1 212 555 0199", "+12125550199"),
        ("(212) 555-0199", "+12125550199"),
        ("+44 20 7946 0958", "+442079460958"),
        ("030 12345678", None),  # valid in GB as in DE: the first region read wins
        ("+49 (0)30 901820", "+4930901820"),
        ("03-1234-5678", None),
        ("06 12 34 56 78", None),
        ("+34 912 345 678", "+34912345678"),
    ],
)
def test_numbers_are_found(number: str, expected: str | None) -> None:
    text = f"Call us on {number} if you like."
    found = FINDER.find(text)
    assert [f.raw for f in found] == [number]
    assert text[found[0].start : found[0].end] == number
    if expected is not None:
        assert found[0].e164 == expected


@pytest.mark.parametrize(
    "number",
    ["０９０ー４４１２ー７７８３", "０９０－４４１２－７７８３", "（０３）１２３４－５６７８"],
)
def test_full_width_numbers_are_found_as_written(number: str) -> None:
    """Japanese keyboards type full-width digits; the span is the text as written."""
    text = f"お電話 {number} までどうぞ。"
    (found,) = FINDER.find(text)
    assert found.raw == number and text[found.start : found.end] == number


@pytest.mark.parametrize(
    "text",
    [
        "注文番号 ２４９－３３１０２８７－６６２８４１９ の件",
        "価格は３，９８０円、身丈１６０ｃｍです。",
    ],
)
def test_full_width_order_ids_and_prices_are_not_numbers(text: str) -> None:
    assert FINDER.find(text) == []


def test_real_numbers_beside_an_order_id() -> None:
    text = "Call 0171 2345678 or +44 20 7946 0958; order 123-1234567-1234567."
    assert [f.raw for f in FINDER.find(text)] == ["0171 2345678", "+44 20 7946 0958"]


@pytest.mark.parametrize(
    "text",
    [
        "Your order 123-1234567-1234567 was refunded: €12.99 on 2026-11-21.",
        "USPS 9400111899223197428490.",
        "Our warehouse is at 1600 Main Street, Springfield, IL 62704-1234.",
        "Invoice 912345678 is attached; SKU 20391847 is in stock.",
        "Die Sendung geht an 10115 Berlin, Rechnung vom 21.11.2026.",
        "The part number is 4901234567894 (EAN).",
        "Time window 10:00-12:00, delivered 11/21/2026.",
        "Total 1234567.00 paid",
        "Qty 12, 2024",
    ],
)
def test_order_ids_dates_prices_and_references_are_not_numbers(text: str) -> None:
    assert FINDER.find(text) == []


def test_skipped_spans_are_never_numbers() -> None:
    text = "See https://x.example/0301234567/a for it."
    assert FINDER.find(text)  # the digits read as a number on their own

    def address(window: str) -> list[tuple[int, int]]:
        start = window.find("https")
        return [(start, window.index(" ", start))] if start >= 0 else []

    assert FINDER.find(text, skip=address) == []


def test_e164_of_a_link_number() -> None:
    assert e164("+12125550199", "US") == "+12125550199"
    assert e164("not a number", "US") == "not a number"


# The digit-stretch pattern as first written: a look-behind, then the stretch.
_PLAIN_CANDIDATE = re.compile(r"(?<![\w+])\+?\(?\d[\d \t\u00a0().\-/]*\d(?!\w)")


@settings(max_examples=500)
@given(st.text(alphabet="0123456789+()-./ \t\u00a0ab_#\n", max_size=40))
def test_candidate_stretches_are_the_look_behind_pattern(text: str) -> None:
    expected = [m.span() for m in _PLAIN_CANDIDATE.finditer(text)]
    assert [m.span() for m in CANDIDATE.finditer(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("call +(49) 30 1234567 now", ["+(49) 30 1234567"]),
        ("(+49) 30", ["+49) 30"]),
        ("x+49 30", ["30"]),  # "+49" is glued to a word
        ("++49 30", ["30"]),  # "+49" is glued to a "+"
        ("a1234 5678", ["5678"]),
    ],
)
def test_candidate_stretches(text: str, expected: list[str]) -> None:
    assert [m.group(0) for m in CANDIDATE.finditer(text)] == expected


def test_a_serial_number_holds_no_phone_number() -> None:
    """The tail of "0207 4416 5530" is a valid Spanish number; a number never starts
    inside a group of digits, so the serial is left alone, and a real one next to it is
    still found."""
    assert FINDER.find("The sticker underneath has 0207 4416 5530 on it.") == []
    (found,) = FINDER.find("Serial 0207 4416 5530; call +34 744 165 530 today.")
    assert found.raw == "+34 744 165 530"


def test_digits_spaced_out_with_dashes_are_still_a_number() -> None:
    text = "mandami una foto su whats app al 3 4 7 – 5 5 5 – 0 1 9 8, così confrontiamo"
    (found,) = FINDER.find(text)
    assert found.raw == "3 4 7 – 5 5 5 – 0 1 9 8"
