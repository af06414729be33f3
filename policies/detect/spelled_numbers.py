"""Phone numbers spelled out in words, written so that no digit filter sees them: "five one
two, four four seven, nine zero three one", "zéro six, douze, trente-quatre", "nueve uno /
555 / cuarenta y siete / 82", "null eins sieben eins, vier vier acht".

Guarantees of `SpelledNumbers.find`:

- a run is a row of number words (and digit groups) with only separators between them
  (blanks, commas, full stops, slashes, dashes, brackets) or a joining word ("and", "y",
  "et", "und", "e");
- each word counts as the digits it writes: a unit ("five", "sieben", "九") one, a teen or
  a tens word ("douze", "forty") two, and a tens word followed by a unit ("forty seven",
  "cuarenta y siete", "trente-quatre", "siebenundvierzig", "settantanove") two together;
- a run is reported only with at least `min_digits` digits and `min_words` number words,
  so prose that counts ("two or three days", "one, two, three") and plain digit numbers
  (phonenumbers' business) are never taken for one;
- spans are those of the text as written, in text order, not overlapping.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import pairwise

from policies.detect.phrases import Phrases

# A word (hyphenated compounds kept whole), a digit group, or a run of kanji numerals
# (which a Japanese word around them does not swallow).
_TOKEN = re.compile(
    r"\d+|[〇零一二三四五六七八九]+|[^\W\d_〇零一二三四五六七八九]+(?:[-‐][^\W\d_〇零一二三四五六七八九]+)*"
)
# What may stand between two parts of one spelled number.
_SEPARATOR = re.compile(r"[\s,.;/()\-–—・（）ー－]*")
_KANJI_CLASS = "〇零一二三四五六七八九"
# Number words of one number stand at most this many characters apart ("nueve uno / 555 /").
_NEAR = 12
_KANJI = frozenset(_KANJI_CLASS)
# Where a compound number word joins its parts ("trente-quatre", "siebenundvierzig").
_COMPOUND = re.compile(r"[-‐]|und")

Span = tuple[int, int]


@dataclass(frozen=True)
class _Word:
    digits: int
    tens: bool  # a tens word ("forty"): a following unit joins it


class SpelledNumbers:
    """The number words of the configured languages, compiled once."""

    def __init__(
        self,
        units: Iterable[str],
        teens: Iterable[str],
        tens: Iterable[str],
        joiners: Iterable[str],
        min_digits: int,
        min_words: int,
    ) -> None:
        self._words: dict[str, _Word] = {w.casefold(): _Word(1, False) for w in units}
        self._words.update({w.casefold(): _Word(2, False) for w in teens})
        self._words.update({w.casefold(): _Word(2, True) for w in tens})
        self._joiners = frozenset(w.casefold() for w in joiners)
        self._tens = tuple(w.casefold() for w in tens)
        self.min_digits = min_digits
        self.min_words = min_words
        self._runs = self._run_pattern()
        self._words_in = Phrases([*self._words, *_KANJI_CLASS]).spans

    def _run_pattern(self) -> re.Pattern[str]:
        """Three or more number tokens with only separators or joiners between: the only
        stretches the token walk of `find` reads (one regular-expression pass in C over
        the whole text; a walk over every word took ~1 ms on a 5 KB reply)."""
        atoms = {*self._words, *(t[:-1] for t in self._tens)}  # "vent" of "ventotto"
        atom = "|".join(re.escape(a) for a in sorted(atoms, key=len, reverse=True))
        word = rf"(?:{atom})(?:(?:{_COMPOUND.pattern})?(?:{atom}))*"
        # kanji numerals sit inside Japanese words; Latin ones stand alone
        token = rf"(?:[{_KANJI_CLASS}]+|(?<!\w)(?:\d+|{word})(?!\w))"
        joiner = "|".join(re.escape(j) for j in sorted(self._joiners, key=len, reverse=True))
        gap = (
            rf"{_SEPARATOR.pattern}(?:(?:{joiner}){_SEPARATOR.pattern})?"
            if joiner
            else _SEPARATOR.pattern
        )
        return re.compile(rf"{token}(?:{gap}{token}){{2,}}", re.IGNORECASE)

    @classmethod
    def from_section(cls, section: Mapping[str, object]) -> SpelledNumbers:
        """Built from the policy's `[spelled_numbers]`: per language `units`, `teens`,
        `tens` and `joiners`, and the two thresholds."""
        lists: dict[str, list[str]] = {"units": [], "teens": [], "tens": [], "joiners": []}
        for value in section.values():
            if isinstance(value, Mapping):
                for key, words in lists.items():
                    words.extend(value.get(key, []))
        return cls(
            lists["units"],
            lists["teens"],
            lists["tens"],
            lists["joiners"],
            int(str(section["min_digits"])),
            int(str(section["min_words"])),
        )

    def _word(self, token: str) -> _Word | None:
        """A number word, or a compound of them ("trente-quatre", "siebenundvierzig"):
        a compound writes two digits when it holds a tens word, else one per unit."""
        key = token.casefold()
        found = self._words.get(key)
        if found is not None:
            return found
        parts = [p for p in _COMPOUND.split(key) if p]
        if len(parts) < 2:
            return self._glued(key)
        words = [self._words.get(p) or self._glued(p) for p in parts]
        if any(w is None for w in words):
            return None
        if any(w.digits == 2 for w in words if w is not None):
            return _Word(2, False)
        return _Word(len(parts), False)

    def _glued(self, key: str) -> _Word | None:
        """A tens word and a unit written as one ("ventidue", "settantanove", with the
        tens word's final vowel elided before a vowel: "ventotto"): two digits."""
        for tens in self._tens:
            for head in (tens, tens[:-1]):
                rest = key[len(head) :]
                if key.startswith(head) and rest:
                    unit = self._words.get(rest)
                    if unit is not None and unit.digits == 1:
                        return _Word(2, False)
        return None

    def find(self, text: str) -> list[Span]:
        """The spelled-out numbers in `text` (see the module's guarantees)."""
        # The run pattern is a long alternation tried at every word (~2 ms on a 5 KB
        # reply); it runs only where Aho-Corasick found `min_words` number words close
        # together ("one" and "two" a sentence apart are no number).
        if not self._clustered(self._words_in(text)):
            return []
        found: list[Span] = []
        for run in self._runs.finditer(text):
            found.extend((run.start() + a, run.start() + b) for a, b in self._walk(run.group()))
        return found

    def _clustered(self, spans: list[Span]) -> bool:
        """Whether `min_words` number words follow each other at most `_NEAR` characters
        apart (digit groups and separators may stand between them)."""
        row = 1
        for (_, end), (start, _) in pairwise(spans):
            row = row + 1 if start - end <= _NEAR else 1
            if row >= self.min_words:
                return True
        return False

    def _walk(self, text: str) -> list[Span]:
        """The token walk over one candidate stretch: digits counted word by word."""
        found: list[Span] = []
        start = end = reached = digits = words = 0
        after_tens = False

        def close() -> None:
            if digits >= self.min_digits and words >= self.min_words:
                found.append((start, end))

        for match in _TOKEN.finditer(text):
            token = match.group()
            linked = digits > 0 and _SEPARATOR.fullmatch(text, reached, match.start()) is not None
            if linked and token.casefold() in self._joiners:
                reached = match.end()  # "cuarenta y siete": the joiner belongs to the number
                continue
            numeral = token.isdigit() or token[0] in _KANJI
            word = None if numeral else self._word(token)
            if word is None and not numeral:
                close()  # an ordinary word ends the run
                digits = words = 0
                after_tens = False
                continue
            if not linked:
                close()
                start, digits, words = match.start(), 0, 0
            if word is None:
                digits += len(token)  # a digit group, or kanji numerals one digit each
                words += 1 if token[0] in _KANJI else 0
            else:
                joins = after_tens and linked and word.digits == 1  # "forty seven": 2 digits
                digits += 0 if joins else word.digits
                words += 1
            end = reached = match.end()
            after_tens = word is not None and word.tens
        close()
        return found
