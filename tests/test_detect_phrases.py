"""The phrase matcher of the policy's word lists (policies/detect/phrases.py)."""

from __future__ import annotations

import pytest

from policies.config import load_policy
from policies.detect.normalise import fold
from policies.detect.phrases import Phrases, for_lexicon, for_rule


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
