"""Shared text helpers for rules: where to look, how to match word lists, how to quote."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from policies.config import all_languages, compile_phrases
from policies.registry import excerpt

if TYPE_CHECKING:
    from policies.config import Policy
    from policies.model import MessageModel

_WORD = re.compile(r"\w+", re.UNICODE)
# Where sentences end: blanks after a full stop, a blank line, or right after an
# ideographic full stop. `sentences` runs `_SENTENCE_SCAN` instead: as the pattern starts
# with a look-behind, `re` tried all of it at every character (~35 ns each).
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s+|\n{2,}|(?<=[。！？])")
# The same breaks found from the character before each: a stop then blanks (group 1 is
# the break), a line feed then more (the whole match), an ideographic stop (the empty
# group 3 after it). Starting with one character class, it lets `re` skip in C to the
# next stop or line feed. The spans are the same because no break of `_SENTENCE_END`
# holds a stop: each stop is free to be read as the start of the next match here, and
# the alternatives keep the original's order of preference.
_SENTENCE_SCAN = re.compile(r"[.!?。！？\n](?:(?<=[.!?。！？])(\s+)|(?<=\n)(\n+)|(?<=[。！？])())")


def sentence_breaks(text: str) -> Iterator[tuple[int, int]]:
    """The spans of `_SENTENCE_END.finditer(text)`, found faster."""
    for match in _SENTENCE_SCAN.finditer(text):
        group = match.lastindex
        if group == 1:
            yield match.start(1), match.end()
        elif group == 2:
            yield match.start(), match.end()
        else:
            yield match.end(), match.end()


def own_texts(model: MessageModel) -> Iterator[tuple[str, str]]:
    """(location, text the seller wrote) per body part, quoted history left out.

    The subject is included: purpose and review cues there count as much as in the body.
    """
    if model.subject:
        yield "header Subject", model.subject
    for part in model.text_parts:
        text = part.own_text()
        if text.strip():
            yield part.label, text


def all_texts(model: MessageModel) -> Iterator[tuple[str, str]]:
    """(location, every visible text) per body part, quoted history included."""
    if model.subject:
        yield "header Subject", model.subject
    for part in model.text_parts:
        text = part.visible_text()
        if text.strip():
            yield part.label, text


def lexicon_pattern(policy: Policy, name: str) -> re.Pattern[str] | None:
    """The compiled alternation of `[lexicon.<name>]`, every language together."""
    return policy.memo(
        f"lexicon:{name}", lambda: compile_phrases(all_languages(policy.lexicon(name)))
    )


def words_pattern(policy: Policy, rule_id: str, key: str = "words") -> re.Pattern[str] | None:
    """The compiled alternation of a rule's own per-language word table."""
    return policy.memo(
        f"{rule_id}:{key}", lambda: compile_phrases(all_languages(policy.rule(rule_id)[key]))
    )


def sentences(text: str) -> list[tuple[int, str]]:
    """(offset, sentence) pairs; good enough to keep cues that belong together together."""
    out: list[tuple[int, str]] = []
    pos = 0
    for start, end in sentence_breaks(text):
        chunk = text[pos:start]
        if chunk.strip():
            out.append((pos, chunk))
        pos = end
    if text[pos:].strip():
        out.append((pos, text[pos:]))
    return out


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def near(
    text: str,
    first: re.Pattern[str] | None,
    second: re.Pattern[str] | None,
    window_words: int,
) -> tuple[int, int] | None:
    """Span covering a match of `first` and one of `second` within `window_words` words of
    each other, inside one sentence; None if there is no such pair."""
    if first is None or second is None:
        return None
    # Most messages contain neither cue: two whole-text searches settle that cheaply.
    if first.search(text) is None or second.search(text) is None:
        return None
    for offset, sentence in sentences(text):
        a_hits = list(first.finditer(sentence))
        if not a_hits:
            continue
        b_hits = list(second.finditer(sentence))
        for a in a_hits:
            for b in b_hits:
                lo, hi = sorted((a, b), key=lambda m: m.start())
                gap = sentence[lo.end() : hi.start()]
                if hi.start() >= lo.end() and word_count(gap) <= window_words:
                    return offset + lo.start(), offset + hi.end()
                if hi.start() < lo.end():  # overlapping phrases
                    return offset + lo.start(), offset + max(lo.end(), hi.end())
    return None


def first_match(pattern: re.Pattern[str] | None, text: str) -> re.Match[str] | None:
    return pattern.search(text) if pattern is not None else None


def quote(text: str, span: tuple[int, int]) -> str:
    return excerpt(text, span[0], span[1])
