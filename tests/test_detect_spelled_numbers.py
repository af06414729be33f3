"""Phone numbers spelled out in words (policies/detect/spelled_numbers.py)."""

from __future__ import annotations

import pytest

from policies import load_policy
from policies.detect.spelled_numbers import SpelledNumbers
from tests.mail import actions, check, make_message

FINDER = SpelledNumbers.from_section(load_policy().section("spelled_numbers"))


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "Text it to five one two, four four seven, nine zero three one. Thanks!",
            "five one two, four four seven, nine zero three one",
        ),
        (
            "joignable : zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit.",
            "zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit",
        ),
        (
            "llámenos: nueve uno / 555 / cuarenta y siete / 82 (de 9 a 14 h)",
            "nueve uno / 555 / cuarenta y siete / 82",
        ),
        (
            "Rufen Sie an unter null eins sieben eins, vier vier acht, zwo null neun drei.",
            "null eins sieben eins, vier vier acht, zwo null neun drei",
        ),
        ("お電話は〇三（三四五六）七八九〇まで。", "〇三（三四五六）七八九〇"),
        (
            "lo chiami al tre-quattro-otto, sei-sei-uno, ventidue-settantanove, di mattina",
            "tre-quattro-otto, sei-sei-uno, ventidue-settantanove",
        ),
    ],
)
def test_a_number_written_in_words_is_found(text: str, number: str) -> None:
    assert [text[a:b] for a, b in FINDER.find(text)] == [number]


@pytest.mark.parametrize(
    "text",
    [
        "Delivery takes two or three days; one, two, three and it's assembled.",
        "Order 302-4417285-6639510 has 12 items.",
        "Wir brauchen zwei, drei Tage und schicken am 07 12 2026 ein Paket.",
        "Sei due volte più veloce con la nuova batteria.",
        "一つひとつ手作業で仕上げております。",
        "Il reso è gratuito entro ventotto giorni dalla consegna.",
    ],
)
def test_counting_in_prose_is_no_number(text: str) -> None:
    assert FINDER.find(text) == []


def test_a_spelled_phone_number_blocks_and_the_buyer_s_does_not() -> None:
    """Spelled to slip past filters, it cannot be stripped cleanly: the message blocks.
    The buyer's own number in quoted history is not the seller's doing."""
    text = "Text the wording to our workshop: five one two, four four seven, nine zero three one."
    verdict = check(make_message(text))
    assert verdict.outcome == "block"
    assert "block" in actions(verdict, "contact.phone_number")
    quoted = (
        "Thanks, the engraving is noted.\n\nOn Tue, 1 Dec 2026, Buyer wrote:\n"
        "> call me on five one two, four four seven, nine zero three one\n"
    )
    assert "block" not in actions(check(make_message(quoted, reply=True)), "contact.phone_number")
