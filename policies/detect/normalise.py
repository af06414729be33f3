"""Text as the phrase matcher reads it, with a way back to the original offsets.

`fold(text)` guarantees:
- the folded text is `text.lower()` with every run of whitespace made one space, so a
  phrase "free shipping" is found in "Free\\n  Shipping";
- characters that render as nothing (zero-width space and joiners, word joiner, BOM,
  soft hyphen, direction marks) are left out, so "re\\u200bview" and "gi&shy;ft" read as
  the buyer sees them: "review", "gift";
- `Folded.span((s, e))` turns a span of the folded text into the span of the same
  characters in the original text (a match never starts or ends inside a folded run of
  whitespace, since phrases are stripped);
- full-width letters, digits and signs read as their ASCII forms ("ＬＩＮＥ" as "line");
- the letters that `re.IGNORECASE` treats as the same as an ASCII letter fold to it
  ("İ" and "ı" to "i", "ſ" to "s", the Kelvin sign to "k"), so word lists match as
  they did when they were case-insensitive regular expressions;
- whether a character is a word character (`is_word`, the `\\w` of `re`) is the same in
  the folded text as in the original. Letters whose lower case is longer than one
  character keep an exact offset map all the same.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

Span = tuple[int, int]

# Characters that render as nothing: a sender can put them inside a word to hide it from
# a word list while the buyer still reads the word whole.
INVISIBLE = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f"
    "\u202a-\u202e\u2060-\u2064\u206a-\u206f\ufeff"
)
# What folding replaces by one space: a run of whitespace, or a single whitespace
# character other than a space (leaving single spaces alone spares a replacement for
# every word of the text). Written to start with `\s` so `re` skips in C from one
# whitespace character to the next (twice as fast as `\s\s+|[^\S ]`, which is the same).
_FOLDABLE = re.compile(r"\s(?:\s+|(?<! ))")
# The same, and runs of invisible characters (one space if the run holds whitespace,
# else nothing). Three times slower per character, so used only on a text that holds an
# invisible character (rare, and never in ASCII text).
_FOLDABLE_OR_INVISIBLE = re.compile(rf"\s(?:[\s{INVISIBLE}]+|(?<! ))|[{INVISIBLE}][\s{INVISIBLE}]*")
_INVISIBLE_CHAR = re.compile(f"[{INVISIBLE}]")
_WHITESPACE = re.compile(r"\s")
# Letters `re.IGNORECASE` equates with an ASCII letter (Python's special cases).
_ASCII_EQUIVALENT = {"İ": "i", "ı": "i", "ſ": "s", "\u212a": "k"}


def fold_case(text: str) -> str:
    """`text` lower-cased as the matcher compares it (see the module docstring)."""
    if not text.isascii():
        # Four `str.replace` scans run in C; `str.translate` with a table looks every
        # character up in a dict (0.4 ms instead of 0.04 on 4 KB of text with a curly quote).
        for letter, ascii_letter in _ASCII_EQUIVALENT.items():
            text = text.replace(letter, ascii_letter)
        if _FULL_WIDTH.search(text) is not None:
            text = text.translate(_FULL_WIDTH_TO_ASCII)
    return text.lower()


# Full-width forms of the ASCII characters, as Japanese keyboards type them ("ＬＩＮＥ",
# "＠ｓｈｏｐ"): read as ASCII, one character for one.
_FULL_WIDTH = re.compile("[\uff01-\uff5e]")
_FULL_WIDTH_TO_ASCII = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}


def is_word(char: str) -> bool:
    """Whether `char` is a word character as `re`'s `\\w` defines it (letters, digits, _)."""
    return char.isalnum() or char == "_"


@dataclass(frozen=True, slots=True)
class Folded:
    """A text folded for matching (see the module docstring)."""

    original: str
    text: str
    # Folded positions from which the offset into the lower-cased text grows, and by how
    # much in all from there on (one entry per shortened run of whitespace).
    breaks: tuple[int, ...]
    shifts: tuple[int, ...]
    # Offset in the original text of each character of the lower-cased text, when lower-
    # casing changed the length (else None: the offsets are the same).
    origin: tuple[int, ...] | None

    def position(self, index: int) -> int:
        """The offset in the original text of the folded text's character `index`."""
        at = bisect_right(self.breaks, index) - 1
        lowered = index + (self.shifts[at] if at >= 0 else 0)
        return self.origin[lowered] if self.origin is not None else lowered

    def span(self, span: Span) -> Span:
        """The original span of the folded characters `span` (non-empty)."""
        start, end = span
        return self.position(start), self.position(end - 1) + 1


def fold(text: str) -> Folded:
    """`text` lower-cased and whitespace-folded, with its offset map (module docstring)."""
    lower = fold_case(text)
    origin: tuple[int, ...] | None = None
    if len(lower) != len(text):  # a letter lower-cases to several characters
        pieces = [fold_case(c) for c in text]
        origin = tuple(i for i, piece in enumerate(pieces) for _ in piece)
        lower = "".join(pieces)
    out: list[str] = []
    breaks: list[int] = []
    shifts: list[int] = []
    shift = done = 0
    hidden = not lower.isascii() and _INVISIBLE_CHAR.search(lower) is not None
    for run in (_FOLDABLE_OR_INVISIBLE if hidden else _FOLDABLE).finditer(lower):
        start, end = run.span()
        space = " " if not hidden or _WHITESPACE.search(lower, start, end) else ""
        out += (lower[done:start], space)
        done = end
        if end - start > len(space):
            # What follows the run is `end - start - len(space)` further on in the
            # lower-cased text than in the folded one.
            shift += end - start - len(space)
            breaks.append(end - shift)
            shifts.append(shift)
    out.append(lower[done:])
    return Folded(text, "".join(out), tuple(breaks), tuple(shifts), origin)


# Full-width digits and separators read as ASCII, one character for one (spans keep).
_WIDE = str.maketrans(
    {chr(0xFF10 + i): str(i) for i in range(10)}
    | {"－": "-", "（": "(", "）": ")", "＋": "+", "\u3000": " "}
)
_WIDE_DIGIT = re.compile("[０-９]")
# Dashes people type between digits in Japanese text (the long-vowel mark among them).
_DASH_BETWEEN_DIGITS = re.compile(r"(?<=\d)[ー‐‑―−–—](?=\d)")


def narrow_digits(text: str) -> str:
    """`text` with full-width digits and separators, and the dashes typed between digits
    in Japanese text, made ASCII, one character for one (offsets keep): "２４９－３３１０" →
    "249-3310"."""
    if text.isascii() or _WIDE_DIGIT.search(text) is None:
        return text
    return _DASH_BETWEEN_DIGITS.sub("-", text.translate(_WIDE))
