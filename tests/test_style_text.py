"""The text the style rules judge: spelling words and emoji, against plain references."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

import emoji
from hypothesis import given, settings
from hypothesis import strategies as st

from policies import load_policy
from policies.rules.emoji import emoji_finder
from policies.rules.spelling import spelling_counts

# -- spelling: the words judged ----------------------------------------------------------

_DOMAINISH = re.compile(r"\w\.\w{2,}")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def reference_words(text: str) -> list[str]:
    """URL, address and domain tokens out; lower-case Latin words of 2+ letters."""
    tokens = [
        token
        for token in text.split()
        if "@" not in token
        and not (
            "." in token
            and ("://" in token or token.startswith("www.") or _DOMAINISH.search(token))
        )
    ]
    return [
        word if word.isascii() else unicodedata.normalize("NFC", word)
        for word in _WORD.findall(" ".join(tokens))
        if len(word) >= 2 and word.islower() and all(ord(c) < 0x250 for c in word)
    ]


# Text built from pieces that matter to the word tests: letters of both cases, the
# apostrophes, digits, punctuation, ASCII control and non-ASCII spaces, URL and address
# fragments, accented and non-Latin letters.
_PIECES = st.sampled_from(
    [
        "a", "b", "z", "A", "Q", "é", "É", "ß", "ж", "日", "'", "’", "''", "n't", "O'", "1",
        "42", "_", "-", ".", ",", "@", "/", ":", "://", "www.", ".com", "e.g.", " ", "  ",
        "\n", "\t", "\r\n", "\x0b", "\x1c", "\x1f", "\x00", "\x7f", "\xa0", "\u2003", "\u0301",
        "the", "you", "und", "für", "Hello", "don't", "it's", "rock'n'roll", "https://x.co/p",
        "mail@example.com", "shop.example", "“", "”", "‘", "—", "→", "©", "™", "€", "²", "½",
        "ℓ", "\x01", "\u200b", "we’ll", "don’t", "’s", "4.50", "a.bc", "x@", "@@", "ab.c",
        "www.a", "http://localhost", "\u3000",
    ]
)  # fmt: skip
texts = st.lists(_PIECES, max_size=60).map("".join)
ascii_texts = st.text(alphabet=st.characters(max_codepoint=127), max_size=200)


@settings(max_examples=600, deadline=None)
@given(st.one_of(texts, ascii_texts))
def test_spelling_words(text: str) -> None:
    assert spelling_counts(text) == Counter(reference_words(text))
    assert list(spelling_counts(text)) == list(dict.fromkeys(reference_words(text)))


def test_spelling_words_examples() -> None:
    text = "Hello, we’ll ship it today: see www.shop.example or mail@x.de; don't wory. é ß"
    assert list(spelling_counts(text)) == ["ship", "it", "today", "see", "or", "don't", "wory"]


# -- emoji: the character filter in front of the emoji library hides nothing -------------

_EMOJI_PIECES = st.sampled_from(
    [
        "a", " ", "\n", "#", "1", "’", "é", "日本", "😀", "👍🏽", "👨‍👩‍👧", "🇩🇪", "★", "©️", "™",
        "\ufe0f", "\u20e3", "1\ufe0f\u20e3", "\U000e0067", "→", "\xa0", "‼", "🫠",
    ]
)  # fmt: skip
_POLICIES = (load_policy(), load_policy('[rules."style.emoji"]\nextra_chars = ["#", "★"]\n'))


@settings(max_examples=300, deadline=None)
@given(st.lists(_EMOJI_PIECES, max_size=40).map("".join))
def test_emoji_filter_hides_no_emoji(text: str) -> None:
    for policy in _POLICIES:
        finder = emoji_finder(policy)
        found = {text[s:e] for s, e, _ in finder.find(text)}
        for hit in emoji.emoji_list(text):
            base = hit["emoji"].replace("\ufe0f", "")
            if base not in finder.allow:
                assert hit["emoji"] in found
