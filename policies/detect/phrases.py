"""The phrase matcher for the per-language word lists of the policy.

Usage::

    from policies.detect.phrases import Phrases

    words = Phrases(["leave a review", "review*", "レビュー"], exceptions=["review your order"])
    words.spans("Please leave a Review!")   # [(7, 21)]: offsets into the text given
    words.search(text)                      # the first span, or None
    words.fullmatch("Leave a  review")      # True: the whole text is one match
    words.spans(fold(text))                 # the same, with the text folded once by the
                                            # caller for several lists (normalise.fold)
    batch = Batch(sentences)                # many short texts, folded once together:
    batch.spans(words)                      # per text, its matches (one pass per list)
    several = Lexicons({"a": words, "b": other})  # several lists, one pass over a text:
    several.spans(text)                     # {"a": spans, "b": spans}
    batch.lexicon_spans(several)            # {"a": {text index: spans}, ...}

    for_rule(policy, "subject.marketing")   # a rule's `words` table, every language
    for_lexicon(policy, "review_words")     # `[lexicon.review_words]`, with
                                            # `[lexicon.review_words_exceptions]`
    lexicons(policy, ["review_words", ...]) # several of those as one `Lexicons`

What a phrase matches (the rules' tests rely on each point):
- case-insensitively, and any run of whitespace in the text for a space in the phrase
  ("free  shipping" and "free\\nshipping" match "free shipping");
- whole words: a phrase that starts (ends) with a word character does not match right
  after (before) another word character: "review" is not in "reviewer" or "preview";
- a trailing `*` matches the rest of the word: "review*" finds "reviews", "reviewed",
  but not "preview";
- a trailing `~` matches any word with the same Snowball stem in the list's language
  (`all_languages` writes the language after it: "revisit~en" finds "revisiting",
  "revisited"; "bewerten~de" finds "bewertet", "bewerte"), so a list names a word once,
  not each of its forms; only the last word of a phrase may carry it;
- a phrase with Japanese or Chinese characters matches anywhere, with no word boundary
  at either end (those scripts put no spaces between words): "レビュー" is found in
  "レビューをお願いします";
- matches do not overlap; of those starting at the same place the longest wins, and the
  leftmost start is taken first (as a regular expression's `finditer` would);
- `exceptions`: a match lying wholly inside a match of an exception phrase is dropped
  ("review your order" is a verb, not a product review).

These are the semantics the policy's word lists always had (the former regex compiled by
`config.compile_phrases`, and its two faster copies in review.py and links.py; the copy in
links.py ran Latin and Japanese phrases as two patterns, whose matches could overlap:
here, as in the other two, they never do). The letters `re.IGNORECASE` equated with an
ASCII letter ("İ", "ı", "ſ", the Kelvin sign) are folded to it (`normalise.fold_case`),
so those match as before too.

The phrases go into one Aho-Corasick automaton (pyahocorasick), which finds every
occurrence in one pass over the text whatever the number of phrases; the word-boundary
and stem checks then look at the characters around each occurrence.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import TYPE_CHECKING

import ahocorasick

from policies.detect.normalise import Folded, Span, fold, fold_case, is_word
from policies.detect.stems import stem

if TYPE_CHECKING:
    from policies.config import Policy

__all__ = [
    "Batch",
    "Folded",
    "Lexicons",
    "Phrases",
    "Span",
    "all_languages",
    "fold",
    "for_lexicon",
    "for_rule",
    "lexicons",
]

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff66-\uff9f]")
_WORD_RUN = re.compile(r"\w*")


@dataclass(frozen=True, slots=True)
class _Shape:
    """How the occurrence of one folded phrase body is checked."""

    length: int
    bounded: bool  # must not follow a word character
    whole_word: bool  # must not be followed by a word character
    stem: bool  # runs on to the end of the word (a trailing `*` or `~`)
    # A trailing `~`: (language, Snowball stem, length of the last word's part in the
    # body); the word the occurrence runs on to must have that stem.
    snowball: tuple[str, str, int] | None = None


_STEMMED = re.compile(r"~([a-z]{2})$")
# Snowball's German stemmer writes umlauts as plain vowels ("löschen" → "losch").
_PLAIN_VOWELS = str.maketrans("äöü", "aou")


def _stem_prefix(word: str, root: str) -> int:
    """How many leading characters of `word` its stem `root` keeps (umlauts counted as
    kept, a final "e" not): the part every form with that stem shares, which the
    automaton looks for."""
    plain = word.translate(_PLAIN_VOWELS)
    common = 0
    while common < min(len(plain), len(root)) and plain[common] == root[common]:
        common += 1
    # A final "e" falls away in inflection ("love" → "loving", "make" → "making"); every
    # candidate is checked against the stem anyway, so the shorter prefix loses nothing.
    if common > 3 and plain[common - 1] == "e":
        common -= 1
    return common


def _shape(phrase: str) -> tuple[str, _Shape]:
    stemmed = _STEMMED.search(phrase)
    if stemmed is not None:
        return _stemmed_shape(phrase[: stemmed.start()], stemmed.group(1))
    stem_ = phrase.endswith("*")
    body = " ".join(fold_case(phrase[:-1] if stem_ else phrase).split())
    cjk = _CJK.search(body) is not None
    bounded = not cjk and is_word(body[:1] or " ")
    whole_word = not stem_ and not cjk and is_word(body[-1:] or " ")
    return body, _Shape(len(body), bounded, whole_word, stem_)


def _stemmed_shape(phrase: str, language: str) -> tuple[str, _Shape]:
    """ "revisit~en": the body is the phrase up to where its last word and that word's
    stem part ("happy" → stem "happi", body "happ"); a language without a stemmer
    matches the phrase as written."""
    words = fold_case(phrase).split()
    last = words[-1] if words else ""
    root = stem(language, last) if last.isalpha() else None
    if not root:
        return _shape(phrase)
    common = _stem_prefix(last, root)
    if not common:
        return _shape(phrase)
    body = " ".join([*words[:-1], last[:common]])
    bounded = is_word(body[:1] or " ")
    return body, _Shape(len(body), bounded, False, True, (language, root, common))


class Phrases:
    """A compiled word list (see the module docstring for what it matches)."""

    def __init__(self, phrases: Iterable[str], exceptions: Iterable[str] = ()) -> None:
        self.phrases: tuple[str, ...] = tuple(sorted({p.strip() for p in phrases if p.strip()}))
        shapes: dict[str, list[_Shape]] = {}
        for phrase in self.phrases:
            body, shape = _shape(phrase)
            if body:
                shapes.setdefault(body, []).append(shape)
        self._shapes = {body: tuple(found) for body, found in shapes.items()}
        self._automaton: ahocorasick.Automaton | None = None
        if shapes:
            self._automaton = ahocorasick.Automaton()
            for body, found_shapes in self._shapes.items():
                self._automaton.add_word(body, found_shapes)
            self._automaton.make_automaton()
        excluded = Phrases(exceptions) if exceptions else None
        self.exceptions: Phrases | None = excluded if excluded else None

    def __bool__(self) -> bool:
        """False for an empty list, which matches nothing."""
        return self._automaton is not None

    def __repr__(self) -> str:
        return f"Phrases({len(self.phrases)} phrases)"

    def spans(self, text: str | Folded) -> list[Span]:
        """Every match in `text`, as spans of the original text, in order."""
        folded = text if isinstance(text, Folded) else fold(text)
        if self._automaton is None:
            return []
        found = _select(folded.text, self._automaton.iter(folded.text))
        if found and self.exceptions is not None:
            excepted = self.exceptions._automaton
            assert excepted is not None  # an empty exception list is None
            found = _outside(found, _select(folded.text, excepted.iter(folded.text)))
        return [folded.span(span) for span in found]

    def search(self, text: str | Folded) -> Span | None:
        """The first match in `text`, or None."""
        found = self.spans(text)
        return found[0] if found else None

    def fullmatch(self, text: str | Folded) -> bool:
        """Whether the whole text is one match, with nothing before or after it."""
        folded = text if isinstance(text, Folded) else fold(text)
        return self.spans(folded) == [(0, len(folded.original))]


# An occurrence of a phrase body in a folded text: the index of its last character, and
# the shapes of the phrases with that body.
_Hit = tuple[int, tuple[_Shape, ...]]


def _select(text: str, hits: Iterable[_Hit]) -> list[Span]:
    """Leftmost-longest non-overlapping matches in a folded text, among the occurrences
    `hits` of phrase bodies (checked for word boundaries and stems here)."""
    size = len(text)
    candidates: list[Span] = []
    for last, shapes in hits:
        stop = last + 1
        best = -1
        for shape in shapes:
            start = stop - shape.length
            if shape.bounded and start > 0 and is_word(text[start - 1]):
                continue
            if shape.stem:
                end = _WORD_RUN.match(text, stop).end()  # type: ignore[union-attr]
                if shape.snowball is not None:
                    language, root, part = shape.snowball
                    if stem(language, text[stop - part : end]) != root:
                        continue
            elif shape.whole_word and stop < size and is_word(text[stop]):
                continue
            else:
                end = stop
            best = max(best, end)
        if best >= 0:
            candidates.append((stop - shapes[0].length, best))
    candidates.sort(key=lambda span: (span[0], -span[1]))
    chosen: list[Span] = []
    reached = 0
    for start, end in candidates:
        if start >= reached:
            chosen.append((start, end))
            reached = end
    return chosen


def _outside(found: list[Span], blocked: list[Span]) -> list[Span]:
    """The spans of `found` not lying wholly inside one of `blocked` (the exceptions)."""
    return [s for s in found if not any(b[0] <= s[0] and s[1] <= b[1] for b in blocked)]


class Lexicons:
    """Several word lists matched in one pass over a text: one automaton holds the
    phrases (and exceptions) of every list, so a text is scanned once, however many lists
    ask about it. Each list's matches are exactly those its own `Phrases.spans` finds.

    The scan is the costly part of matching a list (pyahocorasick takes some 30 ns a
    character whatever the list); one pass for the 20 lexicons of the sentence analysis
    (policies/cues.py) instead of one per lexicon saves about 0.4 ms on the 5 KB reply.
    """

    def __init__(self, lists: Mapping[str, Phrases]) -> None:
        self.lists = dict(lists)
        # Every member list and exception list gets a slot; an automaton value says
        # which slots a phrase body belongs to, with its shapes in each.
        members = [p for p in self.lists.values() if p]
        members += [p.exceptions for p in members if p.exceptions is not None]
        self._slot = {id(p): i for i, p in enumerate(members)}
        self._size = len(members)
        entries: dict[str, list[tuple[int, tuple[_Shape, ...]]]] = {}
        for slot, phrases in enumerate(members):
            for body, shapes in phrases._shapes.items():
                entries.setdefault(body, []).append((slot, shapes))
        self._automaton: ahocorasick.Automaton | None = None
        if entries:
            self._automaton = ahocorasick.Automaton()
            for body, found in entries.items():
                self._automaton.add_word(body, tuple(found))
            self._automaton.make_automaton()

    def spans(self, text: str | Folded) -> dict[str, list[Span]]:
        """Per list name, every match in `text` (spans of the original text), in order."""
        folded = text if isinstance(text, Folded) else fold(text)
        hits: list[list[_Hit]] = [[] for _ in range(self._size)]
        if self._automaton is not None:
            for last, found in self._automaton.iter(folded.text):
                for slot, shapes in found:
                    hits[slot].append((last, shapes))
        out: dict[str, list[Span]] = {}
        for name, phrases in self.lists.items():
            # Most lists occur nowhere in a text (27 of the 37 sentence lexicons on the
            # 5 KB reply): they skip the selection (a tenth of this method's time).
            occurrences = hits[self._slot[id(phrases)]] if phrases else []
            found = _select(folded.text, occurrences) if occurrences else []
            if found and phrases.exceptions is not None:
                blocked = hits[self._slot[id(phrases.exceptions)]]
                found = _outside(found, _select(folded.text, blocked))
            out[name] = [folded.span(span) for span in found]
        return out


# Joins the texts of a `Batch`: neither whitespace nor a word character, so a phrase can
# neither run across it nor see a word character there, as at the edge of a text.
_SEPARATOR = "\x00"


class Batch:
    """Many short texts (the sentences of a message) matched as one: each word list runs
    once over all of them instead of once per text. A match never spans two texts, and
    each text's matches are those `Phrases.spans` finds in it alone."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.texts = list(texts)
        self._folded = fold(_SEPARATOR.join(self.texts))
        self._starts = list(accumulate((len(t) + 1 for t in self.texts), initial=0))

    def spans(self, phrases: Phrases) -> list[list[Span]]:
        """For each text, in order, the spans (offsets into that text) of its matches."""
        found = self._split(phrases.spans(self._folded))
        return [found.get(index, []) for index in range(len(self.texts))]

    def lexicon_spans(self, lexicons: Lexicons) -> dict[str, dict[int, list[Span]]]:
        """Per list name, the texts it matches in: text index -> spans, as `spans` gives
        them; all lists matched in one pass. Texts without a match are left out (most
        are, and a message has dozens of sentences and lists)."""
        found = lexicons.spans(self._folded)
        return {name: self._split(spans) for name, spans in found.items()}

    def _split(self, spans: list[Span]) -> dict[int, list[Span]]:
        out: dict[int, list[Span]] = {}
        for start, end in spans:
            index = bisect_right(self._starts, start) - 1
            offset = self._starts[index]
            out.setdefault(index, []).append((start - offset, end - offset))
        return out


def all_languages(table: dict[str, list[str]]) -> list[str]:
    """Every phrase of a per-language word table, all languages together; a phrase
    ending in `~` (a Snowball stem) gets its language written after it ("revisit~en")."""
    return [
        f"{phrase}{language}" if phrase.endswith("~") else phrase
        for language, phrases in table.items()
        for phrase in phrases
    ]


def for_rule(policy: Policy, rule_id: str, key: str = "words") -> Phrases:
    """A rule's own per-language word table (`rules.<id>.<key>`), minus the matches of its
    `<key>_exceptions` table when the rule has one; compiled once per policy."""

    def build() -> Phrases:
        params = policy.params(rule_id)
        exceptions = getattr(params, f"{key}_exceptions", {})
        return Phrases(all_languages(getattr(params, key)), all_languages(exceptions))

    return policy.memo(f"phrases:{rule_id}:{key}", build)


def for_lexicon(policy: Policy, name: str) -> Phrases:
    """`[lexicon.<name>]`, every language, minus the matches of `[lexicon.<name>_exceptions]`
    when the policy has that table; compiled once per policy."""

    def build() -> Phrases:
        table = policy.data["lexicon"]
        exceptions = table.get(f"{name}_exceptions", {})
        return Phrases(all_languages(table[name]), all_languages(exceptions))

    return policy.memo(f"lexicon:{name}", build)


def lexicons(policy: Policy, names: Iterable[str] | None = None) -> Lexicons:
    """`for_lexicon` of each name (default: every `[lexicon.*]` table that is not an
    exception list) as one `Lexicons`, compiled once per policy."""
    table = policy.data["lexicon"]
    chosen = (
        tuple(names)
        if names is not None
        else tuple(name for name in table if not name.endswith("_exceptions"))
    )
    return policy.memo(
        f"lexicons:{','.join(chosen)}",
        lambda: Lexicons({name: for_lexicon(policy, name) for name in chosen}),
    )
