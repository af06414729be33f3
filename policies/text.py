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
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s+|\n{2,}|(?<=[。！？])")


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
    for match in _SENTENCE_END.finditer(text):
        chunk = text[pos : match.start()]
        if chunk.strip():
            out.append((pos, chunk))
        pos = match.end()
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
