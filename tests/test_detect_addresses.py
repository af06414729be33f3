"""policies.detect.addresses: e-mail addresses, plain and disguised."""

from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policies import load_policy
from policies.detect.addresses import EmailFinder

PARAMS = load_policy().rule("contact.email_address")
FINDER = EmailFinder(
    PARAMS["at_tokens"], PARAMS["dot_tokens"], PARAMS["obfuscated_tlds"], PARAMS["word_at_tokens"]
)


@pytest.mark.parametrize(
    "address",
    [
        "john.doe@shop.example.com",
        "john [at] shop [dot] com",
        "john(at)shop.de",
        "john (at) shop (dot) co (dot) uk",
        "john AT shop DOT com",
        "john@shop [dot] com",
        "kontakt [ät] laden [punkt] de",
        "info［アット］washi-mino-murakami.jp",  # full-width brackets
        # an "at" that is no everyday word, written plainly
        "taller arroba bolsosvarela punto es",
        "assistenza chiocciola pelletteriaborghi punto it",
        "contact arobase atelier.fr",
        # a dot with spaces around it
        "grafica (at) incisionilegnomarche . it",
        "fotos (arroba) textilhogarvalencia punto es",
    ],
)
def test_addresses_are_found_whole(address: str) -> None:
    text = f"If you need anything, write to {address} any time."
    found = FINDER.find(text)
    assert [f.address for f in found] == [address]
    assert text[found[0].start : found[0].end] == address


@pytest.mark.parametrize(
    "text",
    [
        "Please look at it dot by dot, at home.",
        "We meet at 10am. The price is €12.99 @ checkout.",
        "We meet AT noon at the shop.",  # "AT" without a spelled-out dot
        "Look at shop.com for it",
        "the @mybrand account",
        "La scala a chiocciola arriva in due colli con BRT.",
        "La scala a chiocciola punto di forza del modello.",
        "El precio por arroba de aceite es el del punto de venta.",
        "Write to me (at) home. It works.",
    ],
)
def test_running_text_is_not_an_address(text: str) -> None:
    assert FINDER.find(text) == []


def test_matches_are_in_order_without_overlaps() -> None:
    text = "a@b.example, c [at] d [dot] com and e@f.example"
    found = FINDER.find(text)
    assert [f.address for f in found] == ["a@b.example", "c [at] d [dot] com", "e@f.example"]
    assert all(x.end <= y.start for x, y in itertools.pairwise(found))
    assert FINDER.spans(text) == [(f.start, f.end) for f in found]


def _plain_hint(finder: EmailFinder) -> re.Pattern[str]:
    """The hint as first written: "@", a bracketed "at", or a capital "AT" word between
    white space."""
    at = "|".join(re.escape(t) for t in sorted(set(PARAMS["at_tokens"]), key=len, reverse=True))
    upper = sorted({t.upper() for t in PARAMS["at_tokens"] if t.isalpha()}, key=len, reverse=True)
    words = "|".join(re.escape(t) for t in upper)
    return re.compile(rf"@|[\[({{<]\s*(?i:{at})\s*[\])}}>]|\s(?:{words})\s")


@settings(max_examples=500)
@given(
    st.lists(
        st.sampled_from(
            [
                "@",
                "[",
                "(",
                "{",
                "<",
                "]",
                ")",
                ">",
                " ",
                "\n",
                "at",
                "AT",
                "ÄT",
                "A",
                "x",
                "ARROBA",
                "dot",
            ]
        ),
        max_size=10,
    ).map("".join)
)
def test_the_hint_is_the_plain_hint(text: str) -> None:
    # Only whether a text holds a hint matters (the slow pattern then reads it whole).
    assert (FINDER._hint.search(text) is None) == (_plain_hint(FINDER).search(text) is None)
