"""The phrase matcher of the policy's word lists (policies/detect/phrases.py)."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policies.config import load_policy
from policies.detect.normalise import INVISIBLE, fold, fold_case
from policies.detect.phrases import Phrases, all_languages, for_lexicon, for_rule
from policies.detect.stems import stem


def found(phrases: list[str], text: str, exceptions: tuple[str, ...] = ()) -> list[str]:
    return [text[s:e] for s, e in Phrases(phrases, exceptions).spans(text)]


def test_case_insensitive_with_offsets_into_the_original_text() -> None:
    text = "Please leave a REVIEW today"
    assert Phrases(["leave a review"]).spans(text) == [(7, 21)]


@pytest.mark.parametrize(
    "text",
    ["free  shipping", "free\nshipping", "Free \r\n\t Shipping", "free\u00a0shipping"],
)
def test_any_whitespace_between_the_words(text: str) -> None:
    assert found(["free shipping"], text) == [text]


def test_a_phrase_broken_by_a_line_break_inside_longer_text() -> None:
    text = "Get   free\n   shipping now"
    assert found(["free shipping"], text) == ["free\n   shipping"]


def test_phrase_whitespace_is_folded_too() -> None:
    assert found(["free \t shipping"], "free shipping") == ["free shipping"]


@pytest.mark.parametrize("text", ["reviewer", "reviews", "preview", "my_review", "review2"])
def test_whole_words_only(text: str) -> None:
    assert found(["review"], text) == []


def test_whole_word_next_to_punctuation() -> None:
    assert found(["review"], "(review), review.") == ["review", "review"]


def test_stem_matches_the_rest_of_the_word() -> None:
    assert found(["review*"], "reviews reviewed review") == ["reviews", "reviewed", "review"]


@pytest.mark.parametrize("text", ["preview", "previews", "a_review"])
def test_stem_still_starts_on_a_word_boundary(text: str) -> None:
    assert found(["review*"], text) == []


@pytest.mark.parametrize(
    ("phrase", "text", "found"),
    [
        ("revisit~en", "Would you consider revisiting it?", "revisiting"),
        ("revisit~en", "We revisited the design.", "revisited"),
        ("revisit~en", "We revise prices.", None),
        ("happy~en", "I was happy with it", "happy"),
        ("happy~en", "Happiness is a warm blanket", "Happiness"),
        ("bewerten~de", "Bitte bewertet den Artikel", "bewertet"),
        ("leave a review~en", "Please leave a reviewing note", "leave a reviewing"),
        ("leave a review~en", "Please leave reviews", None),
        ("lasciare~it", "potrebbe lasciarci due righe", "lasciarci"),  # clitics too
        ("annullare~it", "la preghiamo di annullarlo", "annullarlo"),
        ("annullare~it", "un abbonamento annuale", None),
        ("ändern~de", "den anderen Kunden", None),  # Snowball stems both "and"
        ("löschen~de", "Bitte lösche die Bewertung", "lösche"),
        ("überarbeiten~de", "wenn Sie sie überarbeitet haben", "überarbeitet"),
        ("annullare~it", "dovrebbe annullare", "annullare"),
        # a final "e" the inflection drops
        ("love~en", "If you're loving your new blender", "loving"),
        ("love~en", "We lower prices.", None),
    ],
)
def test_a_trailing_tilde_matches_every_form_with_the_same_stem(
    phrase: str, text: str, found: str | None
) -> None:
    spans = Phrases([phrase]).spans(text)
    assert [text[s:e] for s, e in spans] == ([found] if found else [])


def test_a_tilde_in_a_language_table_takes_that_language() -> None:
    assert all_languages({"en": ["revisit~", "review*"], "de": ["ändern~"]}) == [
        "revisit~en",
        "review*",
        "ändern~de",
    ]


def test_japanese_matches_inside_a_sentence() -> None:
    assert found(["レビュー"], "商品のレビューをお願いします") == ["レビュー"]


def test_japanese_phrase_with_latin_letters_has_no_boundaries() -> None:
    assert found(["5つ星"], "ぜひ5つ星の評価を") == ["5つ星"]


def test_phrase_starting_with_punctuation_needs_no_boundary_before() -> None:
    assert found(["% off"], "20% off today") == ["% off"]
    assert found(["% off"], "20% office") == []


def test_leftmost_longest_and_no_overlap() -> None:
    assert found(["free", "free shipping", "shipping today"], "free shipping today") == [
        "free shipping"
    ]
    assert found(["review", "review*"], "reviewing") == ["reviewing"]


def test_exceptions_drop_matches_lying_inside_them() -> None:
    assert found(["review"], "we will review your order", ("review your order",)) == []
    assert found(["review"], "leave a review of your order", ("review your order",)) == ["review"]


def test_turkish_and_long_s_fold_as_ignorecase_did() -> None:
    assert found(["if you are happy"], "İf you are happy") == ["İf you are happy"]
    assert found(["i"], "ı will") == ["ı"]


def test_letters_that_lower_case_longer_keep_offsets() -> None:
    text = "ǅ straße ẞ review"  # no change of length here, but the map must hold
    assert found(["review"], text) == ["review"]
    text = "\u0130\u0130 ﬀ leave a review"
    assert found(["leave a review"], text) == ["leave a review"]


def test_empty_list_matches_nothing() -> None:
    phrases = Phrases(["", "  "])
    assert not phrases
    assert phrases.spans("anything") == []
    assert phrases.search("anything") is None


def test_invisible_characters_do_not_hide_a_word() -> None:
    """A zero-width space, soft hyphen, word joiner or BOM inside a word hides nothing:
    the buyer sees the word whole, and so does the matcher (spans cover the original)."""
    words = Phrases(["review", "gift card"])
    text = "Leave a re\u200bview, get a gi\xadft\u2060 card"
    assert [text[s:e] for s, e in words.spans(text)] == ["re\u200bview", "gi\xadft\u2060 card"]
    assert words.spans("reviewer of gifts") == []  # near miss: still whole words


def test_a_folded_text_can_be_shared_between_lists() -> None:
    folded = fold("Leave a  Review, get a gift card")
    assert Phrases(["leave a review"]).spans(folded) == [(0, 15)]
    assert Phrases(["gift card"]).search(folded) == (23, 32)


def test_policy_tables_compiled_once_per_policy() -> None:
    policy = load_policy()
    assert for_lexicon(policy, "review_words") is for_lexicon(policy, "review_words")
    assert for_rule(policy, "subject.marketing") is for_rule(policy, "subject.marketing")


def test_lexicon_exceptions_come_from_the_policy() -> None:
    policy = load_policy()
    words = for_lexicon(policy, "feedback_words")
    assert words.exceptions is not None
    assert words.search("thank you for your feedback") is None
    assert words.search("please leave feedback") is not None


def test_batch_matches_each_text_alone() -> None:
    from policies.detect.phrases import Batch

    batch = Batch(["Please leave", "a review.", "LEAVE A REVIEW", "", "レビューを"])
    words = Phrases(["leave a review", "review*", "レビュー"])
    assert batch.spans(words) == [[], [(2, 8)], [(0, 14)], [], [(0, 4)]]


# -- the policy's own word lists, against a plain reference -------------------------------

_POLICY = load_policy()
_LEXICONS = sorted(_POLICY.data["lexicon"])
_PHRASES = sorted({p for n in _LEXICONS for ps in _POLICY.data["lexicon"][n].values() for p in ps})
_CASED = st.tuples(st.sampled_from(_PHRASES), st.sampled_from([str.lower, str.upper, str.title]))
_LEXICON_TEXT = st.lists(
    _CASED.map(lambda pc: pc[1](pc[0].rstrip("*~")))
    | st.sampled_from([" ", "\n", "  \n ", ".", "s", "ing", "ſ", "K", "İ", "é", "-", "X", "_"]),
    max_size=12,
).map("".join)


def _reference_pattern(phrase: str) -> re.Pattern[str]:
    """One phrase as a case-insensitive regex, written out from the rules in the module
    docstring (no trie, no automaton)."""
    stem = phrase.endswith("*")
    body = phrase[:-1] if stem else phrase
    cjk = re.search(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff66-\uff9f]", body)
    source = r"\s+".join(re.escape(word) for word in body.split())
    if not cjk and re.match(r"\w", body):
        source = r"(?<!\w)" + source
    if stem:
        source += r"\w*"
    elif not cjk and re.search(r"\w$", body):
        source += r"(?!\w)"
    return re.compile(source, re.IGNORECASE)


def _reference_stemmed(phrase: str, language: str) -> tuple[re.Pattern[str], str | None]:
    """A "word~xx" phrase: its words, the last one as a whole word, and the last word's
    Snowball stem the matched word must share."""
    words = phrase.split()
    source = r"\s+".join([*(re.escape(w) for w in words[:-1]), r"(\w+)"])
    return re.compile(r"(?<!\w)" + source, re.IGNORECASE), stem(language, words[-1].lower())


def _shares_kept_start(word: str, root: str, found: str) -> bool:
    """Whether `found` starts with the letters of `word` its stem keeps (umlauts read as
    plain vowels when comparing with the stem)."""
    kept = 0
    for letter, stem_letter in zip(word, root, strict=False):
        if {"ä": "a", "ö": "o", "ü": "u"}.get(letter, letter) != stem_letter:
            break
        kept += 1
    return found.startswith(word[:kept])


def _reference(phrases: list[str], text: str) -> list[tuple[int, int]]:
    """Leftmost-longest non-overlapping matches of the phrases, one regex per phrase."""
    found = set()
    for phrase in {p.strip() for p in phrases if p.strip()}:
        stemmed = re.search(r"~([a-z]{2})$", phrase)
        root = None
        if stemmed is not None:
            pattern, root = _reference_stemmed(phrase[: stemmed.start()], stemmed.group(1))
        else:
            pattern = _reference_pattern(phrase)
        for start in range(len(text) + 1):
            match = pattern.match(text, start)
            if match and match.end() > start:
                if stemmed is not None and root is not None:
                    last = fold_case(match.group(1))
                    if stem(stemmed.group(1), last) != root or not _shares_kept_start(
                        phrase[: stemmed.start()].split()[-1].lower(), root, last
                    ):
                        continue
                found.add(match.span())
    chosen: list[tuple[int, int]] = []
    for start, end in sorted(found, key=lambda s: (s[0], -s[1])):
        if not chosen or start >= chosen[-1][1]:
            chosen.append((start, end))
    return chosen


def _reference_lexicon(name: str, text: str) -> list[tuple[int, int]]:
    table = _POLICY.data["lexicon"]
    spans = _reference(all_languages(table[name]), text)
    if f"{name}_exceptions" in table:
        blocked = _reference(all_languages(table[f"{name}_exceptions"]), text)
        spans = [s for s in spans if not any(b[0] <= s[0] and s[1] <= b[1] for b in blocked)]
    return spans


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_LEXICON_TEXT)
def test_policy_lexicons_match_as_the_reference_does(text: str) -> None:
    for name in _LEXICONS:
        assert for_lexicon(_POLICY, name).spans(text) == _reference_lexicon(name, text), name


# -- a rule's own word table (contact.off_platform) --------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("You can follow it on the Royal Mail tracking page.", None),
        ("Please follow us on Instagram.", "follow us on"),
        ("Follow   us\non Facebook for news.", "Follow   us\non"),
        ("FOLLOW US ON INSTAGRAM!", "FOLLOW US ON"),
        ("Our website lists the opening hours; do visit the store.", None),
        ("Thanks for your order, it ships today.", None),
        ("Message us on WhatsApp for faster help.", "WhatsApp"),
    ],
)
def test_rule_word_table(text: str, expected: str | None) -> None:
    span = for_rule(_POLICY, "contact.off_platform").search(text)
    assert (text[span[0] : span[1]] if span else None) == expected


# -- folding -------------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=[*" \t\r\n\xa0\u2003\u2028abAZ.İſ\u212aß評\u200b\xad\ufeff", "ǅ"], max_size=40)
)
def test_folded_text_maps_back_to_the_original(text: str) -> None:
    folded = fold(text)
    expected = re.sub(
        rf"[\s{INVISIBLE}]+", lambda m: " " if re.search(r"\s", m[0]) else "", fold_case(text)
    )
    assert folded.text == expected
    for start in range(len(folded.text)):
        for end in range(start + 1, len(folded.text) + 1):
            piece = folded.text[start:end]
            if piece != piece.strip():
                continue  # matches never start or end with whitespace
            s, e = folded.span((start, end))
            original = fold(text[s:e]).text
            assert original == piece or original.startswith(piece), (start, end)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_LEXICON_TEXT, max_size=5))
def test_a_batch_matches_each_text_as_alone(texts: list[str]) -> None:
    from policies.detect.phrases import Batch

    batch = Batch(texts)
    for name in ("review_words", "marketing_weak", "feedback_words", "shipping_words"):
        words = for_lexicon(_POLICY, name)
        assert batch.spans(words) == [words.spans(t) for t in texts], name


def test_fullmatch_needs_the_whole_text() -> None:
    words = Phrases(["click here", "here"])
    assert words.fullmatch("Click  here")
    assert not words.fullmatch("click here now")
    assert not words.fullmatch(" click here")
    assert not Phrases([]).fullmatch("")


def test_lexicons_find_in_one_pass_what_each_list_finds_alone() -> None:
    from policies.detect.phrases import Lexicons

    text = "Please leave a review; review your order. Free gift card, we review it. Stars!"
    words = {
        "review": Phrases(["review", "leave a review"], exceptions=["review your", "we review"]),
        "gifts": Phrases(["free gift*", "gift card*", "review"]),
        "empty": Phrases([]),
    }
    found_all = Lexicons(words).spans(text)
    assert found_all == {name: phrases.spans(text) for name, phrases in words.items()}
    assert [text[s:e] for s, e in found_all["review"]] == ["leave a review"]
    assert found_all["empty"] == []


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_LEXICON_TEXT, max_size=5))
def test_every_lexicon_in_one_pass_matches_as_each_alone(texts: list[str]) -> None:
    from policies.detect.phrases import Batch, lexicons

    batch = Batch(texts)
    together = batch.lexicon_spans(lexicons(_POLICY))
    assert set(together) == {n for n in _POLICY.data["lexicon"] if not n.endswith("_exceptions")}
    for name, found in together.items():
        alone = batch.spans(for_lexicon(_POLICY, name))
        assert found == {i: spans for i, spans in enumerate(alone) if spans}, name
