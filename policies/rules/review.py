"""Reviews and feedback: the rules whose breach costs a seller its account.

All of these read only what the seller wrote (`own_texts`: quoted history left out, the
subject included), so a buyer's quoted "I will leave a bad review" never triggers them.
Detection is phrase co-occurrence inside one sentence, from the `[lexicon.*]` tables of
the policy: a review word alone is ordinary service talk ("we will review your case"),
a review word *next to* an incentive, a "positive", a "before leaving" or a "remove" is
not. Distances are counted in words and are settings of each rule.

This module also holds the small text-analysis layer the purpose rules share: the seller's
sentences are split and matched once per message (see `analysis()`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Annotated, Any

from policies.config import Policy, all_languages, compile_phrases
from policies.model import MessageModel
from policies.prefilter import Guarded
from policies.registry import Context, Rule
from policies.text import own_texts, quote, word_count
from policies.verdict import Action

Span = tuple[int, int]

# Punctuation that separates clauses: a "noun first" pair may not straddle it
# ("thanks for your review; we updated the listing" is not "review updated").
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]\"“”„«»、，；：]|\s[-–—]\s")


# --- shared text analysis ------------------------------------------------------------------


_TOKEN = re.compile(r"\w+")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff66-\uff9f]")


@dataclass(frozen=True, slots=True)
class Lexicon:
    """A `[lexicon.*]` table compiled for speed, with the same matching rules as
    `config.compile_phrases` (whole words, `word*` stems, Japanese anywhere, any
    whitespace between words, case-insensitive).

    `compile_phrases` builds one flat alternation, which Python's `re` tries phrase by
    phrase at every position: 2-25 ms per lexicon on a 5 KB message. Here the phrases form
    a trie (one branch per next character: ~20x faster, identical matches), and `keys` /
    `needles` let a sentence be skipped without running the regex at all: a Latin phrase
    can only match where its two longest whole words (the rarest: "order now" needs "now"
    as well as "order") both occur; one-word stems and Japanese phrases are looked for as
    plain substrings. `words` refines `keys` per message: a phrase needs *all* its whole
    words, so a key pair whose every phrase misses a word of the message ("follow" and
    "on" occur, "us" of "follow us on" does not) is dropped before any sentence is tested.
    """

    pattern: re.Pattern[str] | None
    keys: dict[str, frozenset[str]]  # longest word -> second-longest words ("" = none)
    needles: tuple[str, ...]
    exceptions: Lexicon | None
    # (longest, second-longest) -> the whole words of each phrase with that key
    words: dict[tuple[str, str], tuple[frozenset[str], ...]]
    # key -> the stems ("arrival" of "new arrival*") when every phrase with that key ends
    # in one: one of them must occur too (see `_stem_of`)
    stems: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)
    # Per needle: (only word characters?, UTF-8 bytes, its longest non-ASCII run in UTF-8
    # or b""): see `Analysis._present`
    needle_tests: tuple[tuple[bool, bytes, bytes], ...] = field(init=False)
    ascii_needles: tuple[str, ...] = field(init=False)  # the only ones ASCII text can hold
    ascii_word_needles: tuple[bool, ...] = field(init=False)  # each: only word characters?
    first_words: frozenset[str] = field(init=False)  # `keys`' keys, for a set intersection
    # every (longest, second-longest) pair, made once: `find` tests an exceptions table's
    # pairs in each sentence with a match (50 pairs for `marketing_weak_exceptions`)
    key_pairs: tuple[tuple[str, str], ...] = field(init=False)
    # `pattern` without IGNORECASE, for ASCII text lower-cased (`_lower_case_pattern`)
    lower_pattern: re.Pattern[str] | None = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "lower_pattern", _lower_case_pattern(self.pattern))
        object.__setattr__(self, "needle_tests", tuple(map(_needle_test, self.needles)))
        object.__setattr__(self, "ascii_needles", tuple(filter(str.isascii, self.needles)))
        words = tuple(_TOKEN.fullmatch(n) is not None for n in self.ascii_needles)
        object.__setattr__(self, "ascii_word_needles", words)
        object.__setattr__(self, "first_words", frozenset(self.keys))
        pairs = tuple((k, s) for k, seconds in self.keys.items() for s in seconds)
        object.__setattr__(self, "key_pairs", pairs)

    @property
    def pairs(self) -> list[tuple[str, str]]:
        return list(self.key_pairs)


def _lower_case_pattern(pattern: re.Pattern[str] | None) -> re.Pattern[str] | None:
    """The lexicon's pattern compiled without IGNORECASE, when it finds in an ASCII text
    lower-cased exactly what `pattern` finds in the text (~40% faster: `re` compares
    characters as they are instead of folding each one), else None.

    ASCII text lower-cases character for character (the offsets stay), and the pattern
    (`config.phrases_source`: literals of lower-cased phrases, \\w, \\s and look-arounds
    on \\w, none of which depend on case) then matches the same places, unless one of its
    characters folds to ASCII under IGNORECASE: an upper-case ASCII letter, or a letter
    such as "ſ" (long s, matches "s") or "K" (Kelvin sign, matches "k"). Such a pattern
    keeps the slow way."""
    if pattern is None or not pattern.flags & re.IGNORECASE:
        return None
    source = pattern.pattern
    if any("A" <= c <= "Z" for c in source):
        return None
    others = sorted({c for c in source if not c.isascii()})
    if others:
        folds = re.compile("[" + "".join(map(re.escape, others)) + "]", re.IGNORECASE)
        if any(folds.match(chr(c)) for c in range(128)):
            return None
    return re.compile(source, pattern.flags & ~re.IGNORECASE)


def _finditer(lex: Lexicon, text: str, lower: str) -> list[Span]:
    """The spans of `lex.pattern.finditer(text)`; `lower` is `text.lower()`."""
    if lex.lower_pattern is not None and text.isascii():
        return [m.span() for m in lex.lower_pattern.finditer(lower)]
    assert lex.pattern is not None
    return [m.span() for m in lex.pattern.finditer(text)]


_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")
_ASCII_BYTES = bytes(range(128))


def _needle_test(needle: str) -> tuple[bool, bytes, bytes]:
    """Whether the needle is all word characters, and it and its longest run of non-ASCII
    characters (b"" if none) in UTF-8."""
    runs = _NON_ASCII_RUN.findall(needle)
    word = _TOKEN.fullmatch(needle) is not None
    return word, needle.encode(), max(runs, key=len).encode() if runs else b""


def _prefilter_words(
    phrase: str,
) -> tuple[tuple[str, str] | None, frozenset[str], str | None]:
    r"""(two-word key, all whole words, substring needle): words that must occur for the
    phrase to match. Every whole word of a Latin phrase is a whole word (`\w+` run) of
    the matched text too: inside the phrase it is bounded by the phrase's own non-word
    characters or whitespace, at its ends by `(?<!\w)` / `(?!\w)` (a stem's last word
    is left out)."""
    stem = phrase.endswith("*")
    body = (phrase[:-1] if stem else phrase).lower()
    words = body.split()
    if not _CJK.search(body):
        whole = words[:-1] if stem else words
        tokens = [t for w in whole for t in _TOKEN.findall(w)]
        if tokens:
            ranked = sorted(set(tokens), key=len, reverse=True)
            return (ranked[0], ranked[1] if len(ranked) > 1 else ""), frozenset(tokens), None
    # Japanese, symbols and one-word stems: look for the first word as a substring.
    return None, frozenset(), words[0] if words else None


def _stem_of(phrase: str) -> str | None:
    r"""The last word of a stem phrase with whole words before it ("arrival" of "new
    arrival*"), lower-cased, else None.

    The phrase's pattern matches that word's characters literally before its `\w*`, so
    wherever the phrase matches, the lower-cased text holds the word as a substring: a
    condition as necessary as the whole words' (`_prefilter_words`), and the one that
    tells "new arrivals" from the many sentences with "new" in them."""
    if not phrase.endswith("*"):
        return None
    words = phrase[:-1].lower().split()
    if len(words) < 2 or _CJK.search(phrase) or not any(_TOKEN.search(w) for w in words[:-1]):
        return None  # a one-word stem or a Japanese phrase is a needle already
    return words[-1]


Compiled = tuple[
    re.Pattern[str] | None,
    dict[str, frozenset[str]],
    tuple[str, ...],
    dict[tuple[str, str], tuple[frozenset[str], ...]],
    dict[tuple[str, str], tuple[str, ...]],
]


def compile_lexicon(phrases: Iterable[str]) -> Compiled:
    """(pattern, keys, needles, words, stems): see `Lexicon`."""
    unique = {p.strip() for p in phrases if p.strip()}
    keys: dict[str, set[str]] = {}
    words: dict[tuple[str, str], set[frozenset[str]]] = {}
    stems: dict[tuple[str, str], set[str] | None] = {}
    needles: set[str] = set()
    for phrase in unique:
        key, tokens, needle = _prefilter_words(phrase)
        if key is not None:
            keys.setdefault(key[0], set()).add(key[1])
            words.setdefault(key, set()).add(tokens)
            stem = _stem_of(phrase)
            # A key keeps a stem condition only while every phrase with it has a stem.
            if stem is None:
                stems[key] = None
            else:
                found = stems.setdefault(key, set())
                if found is not None:
                    found.add(stem)
        if needle:
            needles.add(needle)
    pattern = compile_phrases(unique)
    return (
        pattern,
        {k: frozenset(v) for k, v in keys.items()},
        tuple(sorted(needles)),
        {k: tuple(v) for k, v in words.items()},
        {k: tuple(sorted(v)) for k, v in stems.items() if v is not None},
    )


def word_table(policy: Policy, rule_id: str, key: str = "words") -> Lexicon:
    """A rule's per-language word table compiled like a lexicon (no exceptions table), for
    its prefilter words (`Analysis.may_match`)."""

    def build() -> Lexicon:
        pattern, keys, needles, words, stems = compile_lexicon(
            all_languages(policy.rule(rule_id)[key])
        )
        return Lexicon(pattern, keys, needles, None, words, stems)

    return policy.memo(f"review.word_table:{rule_id}:{key}", build)


def lexicon(policy: Policy, name: str) -> Lexicon:
    """`[lexicon.<name>]` compiled once per policy, with `<name>_exceptions` attached."""

    def build() -> Lexicon:
        table = policy.data["lexicon"]
        pattern, keys, needles, words, stems = compile_lexicon(all_languages(table[name]))
        exc_name = f"{name}_exceptions"
        exceptions = lexicon(policy, exc_name) if exc_name in table else None
        return Lexicon(pattern, keys, needles, exceptions, words, stems)

    return policy.memo(f"review.lexicon:{name}", build)


Pairs = tuple[tuple[str, str], ...]


# Every ASCII character that is not a word character (`\w`: letters, digits, "_"), as a
# space: on ASCII text, splitting the translated text at whitespace gives the `\w+` runs.
# ASCII_NON_WORD_BYTES is the same for `bytes.translate` (other bytes left as they are).
_ASCII_NON_WORD = {c: " " for c in range(128) if not re.fullmatch(r"\w", chr(c))}
_TYPOGRAPHIC = [c for c in "’‘“”–—…\xa0•«»„" if not _TOKEN.fullmatch(c)]  # no word characters
ASCII_NON_WORD_BYTES = bytes(0x20 if c in _ASCII_NON_WORD else c for c in range(256))


def _tokens(text: str) -> frozenset[str]:
    r"""The set of words (`\w+` runs) of `text`, as `_TOKEN.findall` finds them.

    ASCII non-word characters become spaces (`translate`, in C) and the text is split at
    whitespace: ASCII text falls apart into exactly its words, ~4x faster than `findall`.
    Other text is translated as UTF-8 bytes (`str.translate` looks every character up in
    a dict there, slower than `findall`): a chunk between the spaces that is ASCII is a
    word (all word characters, with non-word neighbours); the few others may still hold
    non-ASCII non-word characters ("’", "。", "\xa0") and are split by the regex."""
    if not text.isascii():
        # Typographic punctuation, as spaces: one non-word character for another leaves
        # the words as they were, and often leaves an ASCII text.
        for mark in _TYPOGRAPHIC:
            if mark in text:
                text = text.replace(mark, " ")
    if text.isascii():
        return frozenset(text.translate(_ASCII_NON_WORD).split())
    chunks = set(text.encode("utf-8", "surrogatepass").translate(ASCII_NON_WORD_BYTES).split())
    plain = set(filter(bytes.isascii, chunks))
    words = b" ".join(plain).decode("ascii").split()
    rest = b" ".join(chunks - plain).decode("utf-8", "surrogatepass")
    return frozenset(words).union(_TOKEN.findall(rest))


def _candidate(lower: str, keys: Iterable[tuple[str, str]], needles: Iterable[str]) -> bool:
    """Whether a key pair or a needle occurs in `lower`. Plain loops: `any()` over two
    generators cost twice as much, and this runs for every line the purpose rules read."""
    for k, s in keys:
        if k in lower and s in lower:
            return True
    for needle in needles:  # noqa: SIM110 - a loop, not any(): see the docstring
        if needle in lower:
            return True
    return False


def find(
    lex: Lexicon,
    text: str,
    keys: Pairs = (),
    needles: tuple[str, ...] = (),
    lower: str | None = None,
) -> list[Span]:
    """Matches of a lexicon in `text`, minus those lying wholly inside a match of its
    exceptions table ("review your order" is a verb, not a product review).

    `keys`/`needles`: the lexicon's prefilter words known to occur in the message; when
    given, the regex only runs if one of them occurs in `text` (substring test).
    `lower`: `text.lower()`, when the caller has it already.
    """
    if lex.pattern is None:
        return []
    if lower is None:
        lower = text.lower()
    if (keys or needles) and not _candidate(lower, keys, needles):
        return []
    spans = _finditer(lex, text, lower)
    exc = lex.exceptions
    if spans and exc is not None and exc.pattern and _candidate(lower, exc.key_pairs, exc.needles):
        blocked = _finditer(exc, text, lower)
        spans = [s for s in spans if not any(b[0] <= s[0] and s[1] <= b[1] for b in blocked)]
    return spans


def lexicon_spans(policy: Policy, name: str, text: str) -> list[Span]:
    """Matches of `[lexicon.<name>]` in `text` (exceptions applied)."""
    return find(lexicon(policy, name), text)


# Sentence ends: . ! ? followed by space, a blank line, or Japanese 。！？ (which need no
# space). Written as `[.!?]+(?:\s+|$)|\n[ \t]*\n\s*|[。！？]+\s*`, but with the first
# character of all three alternatives pulled out front: a pattern that starts with one
# character class lets `re` skip ahead to candidate characters (~5x faster); an
# alternation does not. The look-behinds pick the alternative that first character
# began (the three start with disjoint characters, so the matches are the same).
_SENTENCE_END = re.compile(
    r"[.!?\n。！？](?:(?<=[.!?])[.!?]*(?:\s+|$)|(?<=\n)[ \t]*\n\s*|(?<=[。！？])[。！？]*\s*)"
)


# The same ends, captured: `re.split` then returns [text, end, text, end, ..., text], and
# a sentence is each text with the end after it (the regex never matches an empty string,
# so these are exactly the pieces between `_SENTENCE_END.finditer`'s matches).
_SENTENCE_SPLIT = re.compile(f"({_SENTENCE_END.pattern})")


def split_sentences(text: str) -> list[str]:
    """The sentences of `text`, each with its end punctuation, stripped, empty ones left
    out. Split in C (`re.split`, `map`): a Python loop over the matches cost 3x as much."""
    parts = _SENTENCE_SPLIT.split(text)
    out = [s for s in map(str.strip, map(str.__add__, parts[0::2], parts[1::2])) if s]
    last = parts[-1].strip()
    if last:
        out.append(last)
    return out


def linked(
    text: str,
    firsts: Iterable[Span],
    seconds: Iterable[Span],
    window_words: int,
    *,
    order: str = "any",
    plain_gap: bool = False,
    blockers: re.Pattern[str] | None = None,
) -> Span | None:
    """The span covering a span of `firsts` and one of `seconds` at most `window_words`
    words apart (overlapping spans always count).

    order: "any", "first" (the `firsts` span comes first) or "second".
    plain_gap: the words between may not contain clause punctuation (a gap of only
        punctuation is fine: "por favor, cancele").
    blockers: the words between may not match this pattern ("we", "not").
    """
    seconds = list(seconds)
    for a in firsts:
        for b in seconds:
            if a[0] < b[1] and b[0] < a[1]:
                return min(a[0], b[0]), max(a[1], b[1])
            if a[1] <= b[0]:
                if order == "second":
                    continue
                gap = text[a[1] : b[0]]
            else:
                if order == "first":
                    continue
                gap = text[b[1] : a[0]]
            words = word_count(gap)
            if words > window_words:
                continue
            if plain_gap and words and _CLAUSE_BREAK.search(gap):
                continue
            if blockers is not None and blockers.search(gap):
                continue
            return min(a[0], b[0]), max(a[1], b[1])
    return None


@dataclass(slots=True)
class Chunk:
    """One sentence the seller wrote, with where it came from."""

    location: str
    text: str
    lower: str
    spans: dict[str, list[Span]]


class Analysis:
    """The seller's own text of one message, split into sentences once, with lexicon
    matches computed on demand and kept (several rules ask for the same lexicons).

    The message's words are collected once; a lexicon whose prefilter words do not occur
    at all costs one set intersection, and the regex runs only on sentences that contain
    one of the prefilter words that do occur.
    """

    def __init__(self, model: MessageModel, policy: Policy) -> None:
        self.model = model
        self.policy = policy
        self.bodies: list[tuple[str, str]] = list(own_texts(model))
        # Every sentence in reading order, and where it is. `Chunk`s are made only for the
        # sentences a rule asks about (`with_any`): most sentences match no lexicon.
        self.sentences: list[str] = []
        self.locations: list[str] = []
        for location, text in self.bodies:
            found = split_sentences(text)
            self.sentences += found
            self.locations += [location] * len(found)
        # Each distinct sentence once, lower-cased: the text/plain and text/html
        # alternatives repeat them, and so do repeated paragraphs. Lexicon matches depend
        # on the sentence's text only, so they are tested and kept per distinct text.
        self._distinct: dict[str, str] = {s: s.lower() for s in dict.fromkeys(self.sentences)}
        self._sentence_spans: dict[str, dict[str, list[Span]]] = {}
        self._chunks: dict[int, Chunk] = {}
        # Needles hold no whitespace, so one never spans the line end between two
        # sentences: testing them on each distinct sentence once is the same as on all.
        self.lower = "\n".join(self._distinct.values())
        self._distinct_texts = list(self._distinct)
        self._distinct_lowers = list(self._distinct.values())
        # Where each distinct sentence starts in `self.lower`.
        self._starts = list(accumulate((len(x) + 1 for x in self._distinct.values()), initial=0))
        self._starts.pop()
        self._contains: dict[str, frozenset[int]] = {}
        self.tokens = _tokens(self.lower)
        # self.lower in UTF-8, whole and without its ASCII bytes, when needed (`_present`)
        self._utf8: tuple[str, str, bytes, bytes] | None = None
        self._words: str | None = None  # the distinct words, joined by spaces (ASCII text)
        self._hints: dict[str, tuple[Pairs, tuple[str, ...]] | None] = {}
        self._prepared: dict[str, tuple[Lexicon, Pairs, tuple[str, ...]] | None] = {}
        # (lexicon, text) -> matches, for texts other than the sentences (e.g. lines).
        self._found: dict[tuple[str, str], list[Span]] = {}
        self._lower: dict[str, str] = dict(self._distinct)  # text -> text.lower(), for `find`
        self._matching: dict[str, tuple[int, ...]] = {}  # lexicon -> sentence indexes
        self.review_requests: list[tuple[Chunk, Span]] | None = None
        self.purposes: Any = None  # policies/rules/purpose.py's classification, once

    @property
    def chunks(self) -> list[Chunk]:
        """Every sentence as a `Chunk` (for tools and tests; rules use `with_any`)."""
        return [self.chunk(i) for i in range(len(self.sentences))]

    def chunk(self, index: int) -> Chunk:
        """The `index`th sentence, made once. Chunks of the same text share one `spans`
        dict: the matches are the same."""
        found = self._chunks.get(index)
        if found is None:
            text = self.sentences[index]
            spans = self._sentence_spans.get(text)
            if spans is None:
                spans = self._sentence_spans[text] = {}
            found = Chunk(self.locations[index], text, self._distinct[text], spans)
            self._chunks[index] = found
        return found

    def hints(self, name: str) -> tuple[Pairs, tuple[str, ...]] | None:
        """(keys, needles) of the lexicon that occur in this message, or None if none do."""
        if name in self._hints:
            return self._hints[name]
        found = self._hints[name] = self._hints_of(lexicon(self.policy, name))
        return found

    def _hints_of(
        self, lex: Lexicon, all_words: bool = False
    ) -> tuple[Pairs, tuple[str, ...]] | None:
        tokens = self.tokens
        keys = tuple(
            (k, s) for k in lex.first_words & tokens for s in lex.keys[k] if not s or s in tokens
        )
        if lex.stems:
            keys = tuple(key for key in keys if self._has_stem(lex, key))
        if all_words:
            # A key pair counts only if one of its phrases has all its whole words here.
            keys = tuple(key for key in keys if any(w <= tokens for w in lex.words[key]))
        needles = self._present(lex)
        return (keys, needles) if (keys or needles) and lex.pattern is not None else None

    def _has_stem(self, lex: Lexicon, key: tuple[str, str]) -> bool:
        """Whether one of the key's stems, if it has any, occurs in the message."""
        stems = lex.stems.get(key)
        return stems is None or any(stem in self.lower for stem in stems)

    def _present(self, lex: Lexicon) -> tuple[str, ...]:
        r"""The lexicon's needles that occur in the message (`self.lower`).

        A text with one character beyond Latin-1 ("’" in most English HTML) is stored two
        bytes a character, and `in` then scans it several times slower: 50 µs for the 56
        needles of a lexicon on 1.4 KB. Two exact shortcuts for such a text:
        - a needle of word characters only lies, wherever it occurs, inside one word (a
          `\w+` run), so it occurs in the text iff in its distinct words (`self.tokens`),
          joined by spaces: a shorter text, and one byte a character for ASCII words;
        - any other needle is looked for in the UTF-8 bytes (a needle's bytes can only
          match where a character starts: UTF-8 continuation bytes never equal a first
          byte), after its non-ASCII run in the non-ASCII bytes alone, which are few.
        """
        lower = self.lower
        if lower.isascii():  # one byte a character already; other needles cannot occur
            # Needles of word characters in the distinct words alone (the first shortcut
            # above): 40% less text to scan than all the sentences.
            if self._words is None:
                self._words = " ".join(self.tokens)
            words = self._words
            return tuple(
                n
                for n, word in zip(lex.ascii_needles, lex.ascii_word_needles, strict=True)
                if n in (words if word else lower)
            )
        if self._utf8 is None:
            self._utf8 = self._encoded()
        ascii_words, other_words, full, non_ascii = self._utf8
        return tuple(
            n
            for n, (word, whole, run) in zip(lex.needles, lex.needle_tests, strict=True)
            if (
                (n in ascii_words or n in other_words)
                if word
                else (not run or run in non_ascii) and whole in full
            )
        )

    def _encoded(self) -> tuple[str, str, bytes, bytes]:
        """For `_present`: the distinct ASCII words and the other words, each joined by
        spaces; `self.lower` in UTF-8, and its non-ASCII bytes alone."""
        words = self.tokens
        ascii_words = " ".join(filter(str.isascii, words))
        other_words = " ".join(w for w in words if not w.isascii())
        # surrogatepass: a lone surrogate (undecodable mail) is 3 bytes like any other
        full = self.lower.encode("utf-8", "surrogatepass")
        return ascii_words, other_words, full, full.translate(None, _ASCII_BYTES)

    def may_match(self, rule_id: str, key: str = "words") -> bool:
        """False only when no phrase of a rule's own word table can match in the seller's
        own text (any text `own_texts` yields): the same token test as `present`, so a
        rule can skip running its word list over each text (~70 µs per 2 KB).

        Finer than `present`: every whole word of a phrase must occur, not just its two
        longest ("follow it on" is no "follow us on"). Only for a caller that matches the
        lower-cased text literally, whose words are then the message's words; an
        IGNORECASE match can fold a letter ("uſ" matches "us") and would slip past it."""
        table = word_table(self.policy, rule_id, key)
        return self._hints_of(table, all_words=True) is not None

    def present(self, name: str) -> bool:
        """Cheap prefilter: could the lexicon match anywhere in the seller's text?"""
        return self.hints(name) is not None

    def find(self, name: str, text: str, lower: str | None = None) -> list[Span]:
        """Matches of a lexicon in any text of this message (e.g. one line); shared and
        read-only: the same line or sentence is asked about by several rules, and usually
        occurs in both the text/plain and the text/html alternative."""
        key = (name, text)
        found = self._found.get(key)
        if found is None:
            prepared = self._prepared[name] if name in self._prepared else self._prepare(name)
            if prepared is None:
                found = []
            else:
                if lower is None:
                    lower = self._lower.get(text)
                    if lower is None:
                        lower = self._lower[text] = text.lower()
                found = find(prepared[0], text, prepared[1], prepared[2], lower=lower)
            self._found[key] = found
        return found

    def _prepare(self, name: str) -> tuple[Lexicon, Pairs, tuple[str, ...]] | None:
        """The lexicon with its `hints`, looked up once per message: `find` runs for
        every line of the purpose classification, four lexicons each."""
        hints = self.hints(name)
        prepared = None if hints is None else (lexicon(self.policy, name), *hints)
        self._prepared[name] = prepared
        return prepared

    def spans(self, chunk: Chunk, name: str) -> list[Span]:
        """Matches of a lexicon in one sentence (shared, read-only)."""
        found = chunk.spans.get(name)
        if found is None:
            found = chunk.spans[name] = self.find(name, chunk.text, chunk.lower)
        return found

    def cues(self, chunk: Chunk, *names: str) -> list[Span]:
        return [s for name in names for s in self.spans(chunk, name)]

    def _sentence_matches(self, text: str, name: str) -> list[Span]:
        """`spans` for a sentence by its text, without making its `Chunk`."""
        spans = self._sentence_spans.get(text)
        if spans is None:
            spans = self._sentence_spans[text] = {}
        found = spans.get(name)
        if found is None:
            found = spans[name] = self.find(name, text, self._distinct[text])
        return found

    def _containing(self, word: str) -> frozenset[int]:
        """Which distinct sentences (positions in `_distinct_texts`) contain `word` in
        their lower-cased text, kept per word (lexicons share words: "you", "order").

        Found with `str.find` on `self.lower`, the distinct sentences joined by "\n",
        instead of a substring test per sentence: prefilter words hold no whitespace, so
        an occurrence never spans two sentences. After a hit the search goes on from the
        next sentence, so the cost is one `find` per sentence that has the word."""
        found = self._contains.get(word)
        if found is None:
            starts = self._starts
            if not word:  # the empty second word of a one-word key: every sentence
                found = frozenset(range(len(starts)))
            else:
                lower = self.lower
                hits: set[int] = set()
                at = lower.find(word)
                while at >= 0:
                    j = bisect_right(starts, at) - 1
                    hits.add(j)
                    if j + 1 == len(starts):
                        break
                    at = lower.find(word, starts[j + 1])
                found = frozenset(hits)
            self._contains[word] = found
        return found

    def _holding(self, key: tuple[str, str], stems: tuple[str, ...]) -> Iterable[int]:
        """The distinct sentences holding both words of a key pair and, if it has stems,
        one of them (`_stem_of`). Only the first (longest, rarest) word is looked up in
        the whole text (`_containing`, kept per word); the sentences that hold it, few,
        are tested for the rest: the second word is often short and common ("us", "you"),
        which would cost a `find` per sentence holding it."""
        found = self._containing(key[0])
        second = key[1]
        if not found or not (second or stems):
            return found
        lowers = self._distinct_lowers
        return [
            j
            for j in found
            if second in lowers[j] and (not stems or any(stem in lowers[j] for stem in stems))
        ]

    def matching(self, name: str) -> tuple[int, ...]:
        """Indexes of the sentences in which a lexicon matches, found once per lexicon: a
        dozen rules walk the sentences for the same few lexicons, and most sentences match
        none of them."""
        found = self._matching.get(name)
        if found is None:
            found = ()
            hints = self.hints(name)
            if hints is not None:
                # The substring prefilter first (`_candidate` on each distinct sentence,
                # as sets): it settles most sentences without running the regex.
                keys, needles = hints
                stems = lexicon(self.policy, name).stems
                candidates: set[int] = set()
                for key in keys:
                    candidates.update(self._holding(key, stems.get(key, ())))
                for needle in needles:
                    candidates |= self._containing(needle)
                texts = self._distinct_texts
                hit = {
                    texts[j] for j in sorted(candidates) if self._sentence_matches(texts[j], name)
                }
                if hit:
                    found = tuple(i for i, text in enumerate(self.sentences) if text in hit)
            self._matching[name] = found
        return found

    def with_any(self, *names: str) -> Iterator[Chunk]:
        """Sentences in which at least one of the lexicons matches, in reading order."""
        if len(names) == 1:
            indexes: Iterable[int] = self.matching(names[0])
        else:
            indexes = sorted({i for n in names for i in self.matching(n)})
        for i in indexes:
            yield self.chunk(i)


def analysis(model: MessageModel, policy: Policy | None = None) -> Analysis:
    """The `Analysis` of a message, built once per message model and policy.

    Rules only read the pristine message during `check` (fixes run later, on a copy the
    engine re-parses), so the cache is bypassed once the model has been edited.
    """
    policy = policy or model.policy
    if model.changed:
        return Analysis(model, policy)
    cached = model.shared("review.analysis", lambda: Analysis(model, policy))
    if cached.policy is not policy:
        return Analysis(model, policy)
    return cached


# --- what a sentence asks for --------------------------------------------------------------

REVIEW_CUES = ("review_words", "feedback_words", "review_request_phrases")


def _product_review_spans(a: Analysis, chunk: Chunk) -> list[Span]:
    """Review words that are not part of a seller-feedback phrase ("seller rating")."""
    feedback = a.spans(chunk, "feedback_words")
    return [
        s
        for s in a.spans(chunk, "review_words")
        if not any(f[0] <= s[0] and s[1] <= f[1] for f in feedback)
    ]


def _change_link(
    a: Analysis, chunk: Chunk, nouns: list[Span], params: dict[str, object]
) -> Span | None:
    """ "remove your review" (verb first) or "Rezension zu löschen" (noun first, no
    punctuation between)."""
    if not nouns:
        return None
    verbs = a.spans(chunk, "change_words")
    if not verbs:
        return None
    before = int(str(params["window_words"]))
    after = int(str(params["noun_first_window_words"]))
    return linked(chunk.text, verbs, nouns, before, order="first") or linked(
        chunk.text, nouns, verbs, after, order="first", plain_gap=True
    )


def change_request(a: Analysis, chunk: Chunk) -> tuple[str, Span] | None:
    """("review", span) for a request to change/remove a product review, ("feedback", span)
    for seller feedback, or None. A product review wins when both are named."""
    if not a.spans(chunk, "change_words"):
        return None
    product = _change_link(
        a, chunk, _product_review_spans(a, chunk), a.policy.rule("review.change_or_remove")
    )
    if product is not None:
        return "review", product
    feedback = _change_link(
        a, chunk, a.spans(chunk, "feedback_words"), a.policy.rule("feedback.removal_request")
    )
    if feedback is not None:
        return "feedback", feedback
    return None


def review_request_span(a: Analysis, chunk: Chunk) -> Span | None:
    """Where this sentence asks for a review or feedback ("please leave a review")."""
    phrases = a.spans(chunk, "review_request_phrases")
    if phrases:
        return phrases[0]
    nouns = a.cues(chunk, "review_words", "feedback_words")
    if not nouns:
        return None
    asks = a.spans(chunk, "request_words")
    if not asks:
        return None
    window = int(a.policy.section("review")["request_window_words"])
    span = linked(chunk.text, nouns, asks, window)
    if span is None or change_request(a, chunk) is not None:
        return None  # "could you kindly remove your feedback" is not a review request
    return span


def _review_request_chunks(a: Analysis) -> list[tuple[Chunk, Span]]:
    """(sentence, span) of every review request in the message, computed once."""
    if a.review_requests is None:
        a.review_requests = []
        for chunk in a.with_any(*REVIEW_CUES):
            span = review_request_span(a, chunk)
            if span is not None:
                a.review_requests.append((chunk, span))
    return a.review_requests


def is_review_request(model: MessageModel, policy: Policy) -> bool:
    """True when the message asks the buyer for a product review or seller feedback.

    The gateway uses this for review.repeat_request: the first such message relayed for
    an order is remembered, a second one blocks. A request to *remove* feedback is not a
    review request (it is feedback.removal_request).
    """
    return bool(_review_request_chunks(analysis(model, policy)))


def _report_once(ctx: Context, seen: set[str], message: str, chunk: Chunk, span: Span) -> None:
    """One finding per excerpt and part (the engine merges text and HTML alternatives)."""
    evidence = quote(chunk.text, span)
    if f"{chunk.location}\0{evidence}" not in seen:
        seen.add(f"{chunk.location}\0{evidence}")
        ctx.report(message, chunk.location, evidence)


# --- rules ---------------------------------------------------------------------------------


class RepeatRequest(Rule):
    """Amazon allows at most one review or feedback request per order; a second request
    for the same order is solicitation abuse and a common reason for restrictions.

    Needs memory across messages, so the engine only detects "this is a review request for
    order X" (`Verdict.review_request`, `Verdict.order_ids`); the gateway's store remembers
    the first request actually relayed per order and blocks the next one with this id.
    """

    id = "review.repeat_request"
    default_action = Action.BLOCK
    summary = "Second review/feedback request for the same order (enforced by the gateway)."

    def check(self, ctx: Context) -> None:
        """Nothing to see in one message alone; see the class docstring."""


class Incentive(Rule):
    """Amazon forbids offering anything in return for a review or for feedback: money,
    gift cards, free or discounted products, refunds or reimbursements, rebates, prize
    draws, future benefits. Buyers' accounts and sellers' accounts are both at risk.

    Two ways to see it:
    - an incentive word (`[lexicon.incentive_words]`) within `window_words` of a review or
      feedback word in one sentence ("leave a review and get a free case");
    - a message that asks for a review, or for a review/feedback to be changed or removed,
      and anywhere else offers something unmistakable (`[lexicon.incentive_strong]`: gift
      card, "in exchange", "as a thank you", coupon, "next order") — incentives are often
      put in the sentence after the request.

    A refund on its own ("a full refund has been issued") is normal service, so refunds
    are only weak incentive words (same sentence as a review word) and not in the strong
    list; "thank you for your feedback" and "feel free" are listed exceptions. This rule
    is also what blocks an incentivised feedback-removal request: feedback.removal_request
    itself stays a warning (its configured action), and this finding blocks the message.
    """

    id = "review.incentive"
    default_action = Action.BLOCK
    summary = "Anything offered in return for a review or feedback."

    MESSAGE = (
        "The message offers something (a gift, refund, discount, free product …) in "
        "connection with a review or feedback. Amazon bans this outright and suspends "
        "accounts for it. Remove the offer, or remove the review request."
    )

    @dataclass(frozen=True)
    class Params(Rule.Params):
        window_words: Annotated[
            int,
            "An incentive word within this many words of a review/feedback word, in one sentence.",
        ] = 10

    def check(self, ctx: Context) -> None:
        a = analysis(ctx.model, ctx.policy)
        if not any(a.present(n) for n in REVIEW_CUES):
            return
        seen: set[str] = set()
        window = int(ctx.params["window_words"])
        asking = bool(_review_request_chunks(a))
        for chunk in a.with_any(*REVIEW_CUES):
            cues = a.cues(chunk, *REVIEW_CUES)
            span = linked(chunk.text, cues, a.spans(chunk, "incentive_words"), window)
            if span is not None:
                _report_once(ctx, seen, self.MESSAGE, chunk, span)
            elif change_request(a, chunk) is not None:
                asking = True
        if seen or not asking or not a.present("incentive_strong"):
            return
        for chunk in a.with_any("incentive_strong"):
            for span in a.spans(chunk, "incentive_strong"):
                _report_once(ctx, seen, self.MESSAGE, chunk, span)


class BiasedPositive(Rule):
    """Amazon forbids asking for a positive review only: "a 5-star review", "positive
    feedback", asking only satisfied buyers ("if you are happy, please leave a review"),
    or telling buyers what to write. Neutral requests ("an honest review") are allowed.

    Fires on a review word with a positive word right next to it (`positive_window_words`,
    no punctuation between: "we did our best; please leave a review" is not "best review")
    in a sentence that asks for something; on a "happy" condition in the same sentence as
    a review request; and on a row of stars (★★★★★) within `star_window_chars` of a review
    word. "Thank you for the 5-star review" asks for nothing and does not fire.
    """

    id = "review.biased_positive"
    default_action = Action.BLOCK
    summary = "Asking for a positive / 5-star review, or only from happy buyers."

    MESSAGE = (
        "The message asks for a positive or 5-star review, or asks only satisfied buyers "
        'to review. Amazon allows only neutral requests (e.g. "we would appreciate a '
        'review of your purchase"). Remove the positive wording and any star symbols.'
    )

    @dataclass(frozen=True)
    class Params(Rule.Params):
        positive_window_words: Annotated[
            int,
            '"positive"/"5-star" within this many words of a review word (no punctuation between).',
        ] = 2
        condition_window_words: Annotated[
            int, '"If you are happy" within this many words of a review word, in one sentence.'
        ] = 20
        star_row_pattern: Annotated[
            str, "A row of stars within this many characters of a review word."
        ] = r"(?:[★☆⭐✩✪✫✬✭✮✯🌟]\s?){3,}|(?<!\*)\*{5}(?!\*)"
        star_window_chars: Annotated[int, "See the rule."] = 120

    def check(self, ctx: Context) -> None:
        a = analysis(ctx.model, ctx.policy)
        if not any(a.present(n) for n in REVIEW_CUES):
            return
        seen: set[str] = set()
        self._sentences(ctx, a, seen)
        self._stars(ctx, a, seen)

    def _sentences(self, ctx: Context, a: Analysis, seen: set[str]) -> None:
        pos_window = int(ctx.params["positive_window_words"])
        cond_window = int(ctx.params["condition_window_words"])
        for chunk in a.with_any(*REVIEW_CUES):
            asks = (
                a.spans(chunk, "request_words")
                or a.spans(chunk, "review_request_phrases")
                or change_request(a, chunk) is not None
            )
            if not asks:
                continue
            cues = a.cues(chunk, *REVIEW_CUES)
            span = linked(
                chunk.text, cues, a.spans(chunk, "positive_words"), pos_window, plain_gap=True
            ) or linked(chunk.text, cues, a.spans(chunk, "happy_conditions"), cond_window)
            if span is not None:
                _report_once(ctx, seen, self.MESSAGE, chunk, span)

    def _stars(self, ctx: Context, a: Analysis, seen: set[str]) -> None:
        source = str(ctx.params["star_row_pattern"])
        # Guarded: almost no message has a star character, and the pattern's look-behind
        # makes `re` slow to find that out (~40 ns per character).
        stars = ctx.policy.memo("review.biased_positive:stars", lambda: Guarded(re.compile(source)))
        reach = int(ctx.params["star_window_chars"])
        for location, text in a.bodies:
            rows = list(stars.finditer(text))
            if not rows:
                continue
            cues = [s for n in REVIEW_CUES for s in a.find(n, text)]
            for row in rows:
                if any(c[0] - reach <= row.start() and row.end() <= c[1] + reach for c in cues):
                    evidence = quote(text, row.span())
                    if f"{location}\0{evidence}" not in seen:
                        seen.add(f"{location}\0{evidence}")
                        ctx.report(self.MESSAGE, location, evidence)


class DivertNegative(Rule):
    """Amazon forbids steering unhappy buyers away from reviews: "if you are not satisfied,
    contact us before leaving a review", or inviting happy buyers to review while sending
    unhappy ones to the seller.

    Fires on: "before leaving / instead of writing / contact us first" within `window_words`
    of a review word; "negative/1-star review" together with "contact us" in one sentence;
    or a message that asks for a review and, in another sentence, sends dissatisfied buyers
    ("if you are not happy …") to the seller. Offering help on its own ("if anything is
    wrong, contact us") without a review request is fine and does not fire.
    """

    id = "review.divert_negative"
    default_action = Action.BLOCK
    summary = "Diverting unhappy buyers away from leaving a (negative) review."

    MESSAGE = (
        "The message asks unhappy buyers to contact you instead of (or before) leaving a "
        "review. Amazon treats this as review manipulation. You may offer help, but not "
        "in connection with a review: remove the link between the two."
    )

    @dataclass(frozen=True)
    class Params(Rule.Params):
        window_words: Annotated[
            int, '"before leaving" / "contact us first" within this many words of a review word.'
        ] = 6
        negative_window_words: Annotated[
            int,
            '"negative"/"1-star" within this many words of a review word (no punctuation between).',
        ] = 2

    def check(self, ctx: Context) -> None:
        a = analysis(ctx.model, ctx.policy)
        if not any(a.present(n) for n in REVIEW_CUES):
            return
        seen: set[str] = set()
        window = int(ctx.params["window_words"])
        neg_window = int(ctx.params["negative_window_words"])
        for chunk in a.with_any(*REVIEW_CUES):
            cues = a.cues(chunk, *REVIEW_CUES)
            span = linked(chunk.text, cues, a.spans(chunk, "divert_words"), window)
            if span is None and a.spans(chunk, "contact_words"):
                span = linked(
                    chunk.text, cues, a.spans(chunk, "negative_words"), neg_window, plain_gap=True
                )
            if span is not None:
                _report_once(ctx, seen, self.MESSAGE, chunk, span)
        if seen:
            return
        if not _review_request_chunks(a):
            return
        for chunk in a.with_any("unhappy_conditions"):
            if a.spans(chunk, "contact_words") or a.spans(chunk, "divert_words"):
                span = a.spans(chunk, "unhappy_conditions")[0]
                _report_once(ctx, seen, self.MESSAGE, chunk, span)


def _report_change_requests(ctx: Context, words: str, target: str, message: str) -> None:
    """Report each sentence asking to change or remove a `target` ("review" or
    "feedback"): review.change_or_remove and feedback.removal_request differ only there."""
    a = analysis(ctx.model, ctx.policy)
    if not a.present("change_words") or not a.present(words):
        return
    seen: set[str] = set()
    for chunk in a.with_any(words):
        found = change_request(a, chunk)
        if found is not None and found[0] == target:
            _report_once(ctx, seen, message, chunk, found[1])


class ChangeOrRemove(Rule):
    """Amazon forbids asking a buyer to change, update or remove a product review — even
    after the problem was solved, and even politely.

    Fires on a change word (`[lexicon.change_words]`) right before a review word ("update
    your review", within `window_words`) or shortly after it with no punctuation between
    ("Ihre Rezension zu ändern", "レビューを削除"). Words that name *seller feedback*
    ("feedback", "seller rating", 出品者評価) go to feedback.removal_request instead; an
    ambiguous word (German "Bewertung", "rating") counts as a product review, because
    guessing wrong here costs the account. "We will update you on the shipment" has no
    review word and never fires.
    """

    id = "review.change_or_remove"
    default_action = Action.BLOCK
    summary = "Asking to change, update or remove a product review."

    MESSAGE = (
        "The message asks the buyer to change, update or remove a product review. Amazon "
        "never allows this, even after the problem is solved. Remove the request. (If you "
        'mean negative seller feedback, name it "seller feedback": asking once to remove '
        "that is allowed.)"
    )

    @dataclass(frozen=True)
    class Params(Rule.Params):
        window_words: Annotated[
            int,
            'A change word this many words before a review word ("update your '
            'review"), or up to `noun_first_window_words` after it with no '
            'punctuation between ("Rezension zu ändern").',
        ] = 3
        noun_first_window_words: Annotated[int, "See the rule."] = 3

    def check(self, ctx: Context) -> None:
        _report_change_requests(ctx, "review_words", "review", self.MESSAGE)


class FeedbackRemovalRequest(Rule):
    """A polite request to remove negative *seller feedback* after the buyer's problem was
    solved is a message type Amazon itself offers (SP-API createNegativeFeedbackRemoval),
    but only once, only after resolving, and never with an incentive. The gateway cannot
    see whether the problem was resolved, so it warns for a person to check.

    Combined with an incentive the message is blocked by review.incentive (same sentence,
    or a strong incentive anywhere in the message); this rule stays a warning, so a
    neutral request is never blocked. A request that names a product review is
    review.change_or_remove (block).
    """

    id = "feedback.removal_request"
    default_action = Action.WARN
    summary = "Request to remove negative seller feedback (allowed once, after resolving)."

    MESSAGE = (
        "The message asks the buyer to remove seller feedback. Amazon allows this once per "
        "order, only after the problem is solved, and with nothing offered in return. "
        "Check that the problem is solved and that no earlier removal request was sent."
    )

    @dataclass(frozen=True)
    class Params(Rule.Params):
        window_words: Annotated[
            int,
            "A change/removal word this many words before a seller-feedback "
            'word ("remove your feedback"), or up to `noun_first_window_words` '
            'after it ("Bewertung zu löschen").',
        ] = 3
        noun_first_window_words: Annotated[int, "See the rule."] = 3

    def check(self, ctx: Context) -> None:
        _report_change_requests(ctx, "feedback_words", "feedback", self.MESSAGE)
