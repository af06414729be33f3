"""The fast paths of the review analysis and the order-id search give what the plain,
slow way gives, on varied text (policies/rules/review.py, policies/rules/order.py)."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policies import Envelope, load_policy
from policies.model import MessageModel
from policies.rules.order import _RUN_OF, IdPattern, _has_run, ascii_digit_runs
from policies.rules.purpose import _LETTER_WORD, _LINES, _words, lines
from policies.rules.review import (
    _SENTENCE_END,
    _TOKEN,
    Lexicon,
    _lower_case_pattern,
    _tokens,
    analysis,
    find,
    lexicon,
    split_sentences,
)
from policies.rules.subject import ascii_letters
from policies.text import own_texts
from tests.mail import make_message

PROPERTY = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Characters that matter to the fast paths: digits (ASCII, Arabic-Indic, full-width),
# dashes, sentence ends (Latin and Japanese), whitespace of all kinds, word characters,
# letters whose lower case differs in length or by context (İ, Σ).
_ALPHABET = [*"aZ_ 1234567890-٣１.!?\n\t\r\xa0\u3000。！？,;İΣσ’é評—“", "order ", "review "]
_texts = st.lists(st.sampled_from(_ALPHABET), max_size=60).map("".join)


def _split_sentences_slow(text: str) -> list[str]:
    """The loop `split_sentences` replaced."""
    out: list[str] = []
    pos = 0
    for match in _SENTENCE_END.finditer(text):
        if match.end() > pos and text[pos : match.end()].strip():
            out.append(text[pos : match.end()].strip())
        pos = match.end()
    if text[pos:].strip():
        out.append(text[pos:].strip())
    return out


@PROPERTY
@given(_texts)
def test_split_sentences_matches_the_loop(text: str) -> None:
    assert split_sentences(text) == _split_sentences_slow(text)


@PROPERTY
@given(_texts)
def test_token_set_matches_findall(text: str) -> None:
    assert _tokens(text) == frozenset(_TOKEN.findall(text))
    assert _tokens(text.lower()) == frozenset(_TOKEN.findall(text.lower()))


_POLICY = load_policy()
_ID_SOURCES = [
    str(_POLICY.rule("order.id_malformed")["id_pattern"]),
    str(_POLICY.rule("order.id_malformed")["near_miss_pattern"]),
    str(_POLICY.rule("order.id_malformed")["run_together_pattern"]),
    r"(?<![\d-])\d\d-\d",
    r"(?a)(?<![\d-])\d{3}-\d{7}-\d{7}(?![\d-])",  # ASCII digits only
    r"(?<![-])\d{3}-\d",  # look-behind without \d: every digit may start a match
    r"(?<=x)\d",
]


@PROPERTY
@given(st.sampled_from(_ID_SOURCES), _texts)
def test_id_pattern_finds_what_finditer_finds(source: str, text: str) -> None:
    pattern = re.compile(source)
    fast = IdPattern(pattern)
    expected = [m.span() for m in pattern.finditer(text)]
    assert [m.span() for m in fast.finditer(text)] == expected
    assert [m.span() for m in fast.finditer(text, ascii_digit_runs(text))] == expected
    plain = pattern.search(text)
    for found in (fast.search(text), fast.search(text, ascii_digit_runs(text))):
        assert (found and found.span()) == (plain and plain.span())


def test_id_patterns_of_the_policy_take_the_fast_path() -> None:
    for key in ("id_pattern", "near_miss_pattern"):
        assert IdPattern(re.compile(str(_POLICY.rule("order.id_malformed")[key]))).scanner
    assert IdPattern(re.compile(r"(?<![-])\d{3}-\d")).scanner is None


@PROPERTY
@given(_texts)
def test_digit_runs_settle_what_the_searches_settle(text: str) -> None:
    runs = ascii_digit_runs(text)
    if text.isascii():
        assert runs == [m.span() for m in re.finditer(r"\d+", text)]
    for length, pattern in _RUN_OF.items():
        assert _has_run(text, runs, length) == (pattern.search(text) is not None)


_sentences = st.lists(
    st.sampled_from(
        [
            "Please leave a review.",
            "Please LEAVE a Review!",
            "Thank you for your order 123-1234567-1234567.",
            "We can offer you a coupon",
            "İf you are happy, please leave a 5-star review.",
            "ΣΑΣ.",
            "Could you update your feedback?",
            "\n\n",
            " ",
        ]
    ),
    max_size=12,
).map(" ".join)


@PROPERTY
@given(_sentences, _sentences)
def test_sentences_and_their_matches_are_those_of_each_text(subject: str, body: str) -> None:
    """Each distinct sentence is matched once; every occurrence gets the same matches."""
    model = MessageModel(
        make_message(body, f"<p>{body}</p>", subject=subject.replace("\n", " ")),
        Envelope(),
        _POLICY,
    )
    a = analysis(model, _POLICY)
    expected = [(loc, s) for loc, text in own_texts(model) for s in split_sentences(text)]
    assert [(c.location, c.text) for c in a.chunks] == expected
    assert all(c.lower == c.text.lower() for c in a.chunks)
    for name in ("review_words", "request_words", "marketing_weak", "feedback_words"):
        lex = lexicon(_POLICY, name)
        hits = [i for i, c in enumerate(a.chunks) if find(lex, c.text)]
        assert list(a.matching(name)) == hits
        for chunk in a.with_any(name):
            assert a.spans(chunk, name) == find(lex, chunk.text)


@PROPERTY
@given(st.text(max_size=40) | _texts)
def test_ascii_letters_and_collapsed_length(text: str) -> None:
    assert ascii_letters(text) == "".join(c for c in text if c.isalpha() and c.isascii())
    # body.length skips texts within the limit before collapsing their whitespace.
    assert len(" ".join(text.split())) <= len(text)


_NEEDLE_TEXT = st.lists(
    st.sampled_from(
        [
            "a",
            "é",
            "’",
            "評",
            "価",
            "評価",
            "出品者",
            " ",
            "\ud800",
            "cassé",
            "x",
            "-",
            "refund",
            "%オフ",
        ]
    ),
    max_size=20,
).map("".join)


@PROPERTY
@given(_NEEDLE_TEXT, _NEEDLE_TEXT)
def test_needles_found_in_utf8_are_the_substrings(subject: str, body: str) -> None:
    """`Analysis._present` (words joined, UTF-8 bytes, non-ASCII runs first) agrees with
    `in` on the message's text."""
    raw = make_message(body.replace("\ud800", "?"), subject=subject.replace("\ud800", "?"))
    a = analysis(MessageModel(raw, Envelope(), _POLICY), _POLICY)
    names = ("feedback_words", "order_purpose_words", "marketing_strong", "incentive_words")
    for name in names:
        lex = lexicon(_POLICY, name)
        assert a._present(lex) == tuple(n for n in lex.needles if n in a.lower)
    # the same on a text of the test's own choosing, lone surrogates included
    a.lower, a._utf8, a._words = subject + "\n" + body, None, None
    a.tokens = _tokens(a.lower)
    for name in names:
        lex = lexicon(_POLICY, name)
        assert a._present(lex) == tuple(n for n in lex.needles if n in a.lower)


_LINE_ALPHABET = [*"ab .!?\n\t\r\xa0\u3000。！？\x1c", "e.g. ", "Hi!\n"]


@PROPERTY
@given(st.lists(st.sampled_from(_LINE_ALPHABET), max_size=40).map("".join))
def test_purpose_lines_are_the_split(text: str) -> None:
    assert list(lines(text)) == _LINES.split(text)


_STEM_SENTENCES = st.lists(
    st.sampled_from(
        [
            "Check our new arrivals.",
            "NEW  Arrival!",
            "the new one",
            "arrival",
            "If you enjoyed it, please leave a review.",
            "if you like",
            "you",
            "Get a free gift card",
            "free sample",
            "Use discount code X.",
            "product reviews",
            "a été expédié",
            "\n\n",
            " ",
        ]
    ),
    max_size=10,
).map(" ".join)


@PROPERTY
@given(_STEM_SENTENCES, _STEM_SENTENCES)
def test_stems_of_phrases_keep_the_matching_sentences(subject: str, body: str) -> None:
    """A key pair whose phrases all end in a stem ("new arrival*") also needs one of the
    stems in the sentence: the sentences that match are those the regex finds."""
    model = MessageModel(
        make_message(body, f"<p>{body}</p>", subject=subject.replace("\n", " ")),
        Envelope(),
        _POLICY,
    )
    a = analysis(model, _POLICY)
    for name in ("marketing_strong", "happy_conditions", "incentive_strong", "shipping_words"):
        lex = lexicon(_POLICY, name)
        assert lex.stems  # the test is about them
        hits = [i for i, c in enumerate(a.chunks) if find(lex, c.text)]
        assert list(a.matching(name)) == hits
        if any(find(lex, text) for _, text in own_texts(model)):
            assert a.present(name)  # a prefilter: never False where the lexicon matches


def _find_slow(lex: Lexicon, text: str) -> list[tuple[int, int]]:
    """`find` as it was: the IGNORECASE patterns on the text itself."""
    assert lex.pattern is not None
    spans = [m.span() for m in lex.pattern.finditer(text)]
    exc = lex.exceptions
    if spans and exc is not None and exc.pattern is not None:
        blocked = [m.span() for m in exc.pattern.finditer(text)]
        spans = [s for s in spans if not any(b[0] <= s[0] and s[1] <= b[1] for b in blocked)]
    return spans


_LEXICON_NAMES = sorted(_POLICY.data["lexicon"])
_PHRASES = sorted(
    {p for n in _LEXICON_NAMES for ps in _POLICY.data["lexicon"][n].values() for p in ps}
)
_CASED = st.tuples(st.sampled_from(_PHRASES), st.sampled_from([str.lower, str.upper, str.title]))
_LEXICON_TEXT = st.lists(
    _CASED.map(lambda pc: pc[1](pc[0].rstrip("*")))
    | st.sampled_from([" ", "\n", ".", "s", "ing", "ſ", "K", "İ", "é", "-", "X"]),
    max_size=12,
).map("".join)


@PROPERTY
@given(_LEXICON_TEXT)
def test_lower_case_patterns_find_what_ignorecase_finds(text: str) -> None:
    """On ASCII text the lexicons run their case-sensitive pattern on the lower-cased text:
    the same spans as IGNORECASE on the text, exceptions included."""
    for name in _LEXICON_NAMES:
        lex = lexicon(_POLICY, name)
        if lex.pattern is not None:
            assert find(lex, text) == _find_slow(lex, text), name
            ascii_text = text.encode("ascii", "ignore").decode()
            assert find(lex, ascii_text) == _find_slow(lex, ascii_text), name


def test_lower_case_patterns_only_where_no_letter_folds_to_ascii() -> None:
    assert all(lexicon(_POLICY, n).lower_pattern is not None for n in _LEXICON_NAMES)
    assert _lower_case_pattern(re.compile("stra(?!\\w)", re.IGNORECASE)) is not None
    assert _lower_case_pattern(re.compile("ſtra(?!\\w)", re.IGNORECASE)) is None
    assert _lower_case_pattern(re.compile("\u212a", re.IGNORECASE)) is None
    assert _lower_case_pattern(re.compile("Abc", re.IGNORECASE)) is None


@PROPERTY
@given(st.text(max_size=40) | _texts | _LEXICON_TEXT)
def test_letter_words_are_counted_as_the_regex_counts_them(text: str) -> None:
    assert _words(text) == len(_LETTER_WORD.findall(text))
    ascii_text = text.encode("ascii", "ignore").decode()
    assert _words(ascii_text) == len(_LETTER_WORD.findall(ascii_text))
