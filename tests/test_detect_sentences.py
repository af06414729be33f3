"""Sentences, lines and words (policies/detect/sentences.py)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from policies.detect.sentences import letter_word_count, line_bounds, lines, sentences, word_count


def texts(text: str) -> list[str]:
    return [s for _, s in sentences(text)]


def test_sentences_end_at_a_stop_and_whitespace() -> None:
    assert texts("Hello there. How are you?  Fine!") == ["Hello there.", "How are you?", "Fine!"]


def test_a_stop_without_space_is_no_end() -> None:
    assert texts("See example.com or v1.2 now.") == ["See example.com or v1.2 now."]


def test_an_abbreviation_or_ellipsis_before_a_lower_case_word_is_no_end() -> None:
    text = "Sie brennt ca. zwei Stunden. Jetzt wo alles geklärt ist... magst du?"
    assert [s for _, s in sentences(text)] == [
        "Sie brennt ca. zwei Stunden.",
        "Jetzt wo alles geklärt ist... magst du?",
    ]
    # a new line, or a capital, still ends it
    assert len(sentences("Done. Thanks!")) == 2
    assert len(sentences("Done.\nthanks")) == 2


def test_a_single_line_break_does_not_end_a_sentence() -> None:
    assert texts("Please leave\na review") == ["Please leave\na review"]


def test_a_blank_line_ends_one_even_with_spaces_on_it() -> None:
    assert texts("Dear buyer\n\nThanks\n  \t\nBye") == ["Dear buyer", "Thanks", "Bye"]


def test_japanese_stops_need_no_space() -> None:
    assert texts("ありがとう。レビューを！次") == ["ありがとう。", "レビューを！", "次"]


def test_runs_of_stops_stay_with_their_sentence() -> None:
    assert texts("Really?!  Yes...") == ["Really?!", "Yes..."]


def test_offsets_point_into_the_text() -> None:
    text = "  One.   Two\n\n  Three  "
    for offset, sentence in sentences(text):
        assert text[offset : offset + len(sentence)] == sentence
    assert [o for o, _ in sentences(text)] == [2, 9, 16]


def test_blank_text_has_no_sentences() -> None:
    assert sentences(" \n\n ") == []


def test_lines_split_at_every_line_break_and_sentence_end() -> None:
    assert lines("Hi Anna,\nThanks. Bye\n\nBob") == ["Hi Anna,", "Thanks.", "Bye", "", "Bob"]


def test_lines_split_after_japanese_stops() -> None:
    assert lines("ありがとう。よろしく") == ["ありがとう。", "よろしく"]


def test_lines_keep_surrounding_whitespace() -> None:
    assert lines("  indented\n") == ["  indented", ""]


def test_word_counts() -> None:
    assert word_count("order 123-4567890-1234567, thanks!") == 5
    assert letter_word_count("order 123-4567890-1234567, thanks!") == 2
    assert letter_word_count("A1 99 _") == 1


_PIECES = [*"ab .!?\n\t\r\xa0\u3000。！？", "x.y", "...", "\n \n", "e.g. ", "Hi!\n"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_sentences_are_stripped_pieces_of_the_text(text: str) -> None:
    found = sentences(text)
    for offset, sentence in found:
        assert sentence == sentence.strip() != ""
        assert text[offset : offset + len(sentence)] == sentence
    assert [o for o, _ in found] == sorted(o for o, _ in found)
    # nothing but whitespace is left out
    kept = "".join(s for _, s in found)
    assert "".join(text.split()) == "".join(kept.split())
    assert "".join("".join(lines(text)).split()) == "".join(text.split())


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_sentence_ends_are_the_three_plain_alternatives(text: str) -> None:
    from policies.detect.sentences import _SENTENCE_END

    plain = re.compile(r"[.!?]+(?:\s+|$)|\n[ \t]*\n\s*|[。！？]+\s*")
    assert [m.span() for m in _SENTENCE_END.finditer(text)] == [
        m.span() for m in plain.finditer(text)
    ]


def test_line_bounds_are_the_piece_of_lines_holding_an_offset() -> None:
    text = "Hello. The guide is here: x. Best\nwishes 取扱説明書はこちら。よろしく"
    for at in (
        0,
        text.index("guide"),
        text.index("x."),
        text.index("wishes"),
        text.index("こちら"),
    ):
        start, end = line_bounds(text, at)
        assert text[start:end] in lines(text)
        assert start <= at <= end
    assert text[slice(*line_bounds(text, text.index("guide")))] == "The guide is here: x."
