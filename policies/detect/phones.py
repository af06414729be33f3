"""Phone numbers written in text, found by the phonenumbers library.

Guarantees of `PhoneFinder.find`:

- a number is reported only when `phonenumbers.PhoneNumberMatcher` accepts it (at the
  configured leniency, "VALID" by default) as written in one of the configured regions,
  or with a +country code;
- only stretches of digits and separators with at least `min_digits` digits are looked
  at, so short numbers (quantities, times, years) never are;
- what the exclusion patterns match (order ids, dates, ZIP+4 codes, prices, long
  reference runs) and the spans the caller's `skip` names (web addresses) are never part
  of a number: they are blotted out, in a window of text around each digit stretch,
  before phonenumbers reads it;
- a number never begins or ends inside a group of digits ("0207 4416 5530" holds no
  number, though its tail is a valid Spanish one);
- matches do not overlap (the longest one starting first wins) and come in text order,
  each with its E.164 form so that the same number written twice can be recognised;
- full-width digits and separators, as Japanese keyboards type them ("０９０－４４１２－
  ７７８３", or with "ー" between digits), are read as their ASCII forms; spans are those
  of the text as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import NamedTuple

import phonenumbers

from policies.detect.normalise import narrow_digits

# A stretch that may hold a phone number: digits and the separators numbers are written
# with, not glued to a word: an optional "+" and "(" in front of the first digit, and no
# word character or "+" before the stretch. Stated so that it starts with the character
# class every stretch starts with, which lets `re` skip to those characters in C (half
# the time of a pattern starting with the look-behind `(?<![\w+])`, which is tried at
# every character); tests/test_detect_phones.py proves the two equivalent.
CANDIDATE = re.compile(
    r"[+(\d](?<![\w+][+(\d])"  # the first character, with nothing glued before it
    r"(?:(?<=\+)\(?\d|(?<=\()\d|(?<=\d))"  # "+(1", "+1", "(1" or "1"
    r"[\d \t\u00a0().\-/\u2013\u2014]*\d(?!\w)"  # en and em dashes typed between groups too
)
# What `PhoneFinder.find` leaves out besides its exclusions: spans of a piece of text.
Skip = Callable[[str], Iterable[tuple[int, int]]]
# Exclusion patterns look this far around a stretch (their look-arounds and the order
# ids, dates and prices next to a number).
_CONTEXT = 24


class Phone(NamedTuple):
    """A number in a text: `text[start:end] == raw`."""

    start: int
    end: int
    raw: str
    e164: str


def _digits(text: str) -> int:
    return sum(c.isdecimal() for c in text)


def _glued(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` begins or ends inside a group of digits: phonenumbers
    finds a valid Spanish number, "7 4416 5530", inside the serial "0207 4416 5530"."""
    return (start > 0 and text[start - 1].isdecimal()) or (
        end < len(text) and text[end].isdecimal()
    )


def e164(raw: str, region: str | None) -> str:
    """`raw` (e.g. a tel: link's number) in E.164 form, or as given when it is no number."""
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return raw
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


class PhoneFinder:
    """Finds phone numbers as written in `regions` ("US", "DE" …)."""

    def __init__(
        self, regions: list[str], leniency: str, min_digits: int, exclude_patterns: list[str]
    ) -> None:
        self.regions = [r.upper() for r in regions]
        self.leniency = getattr(phonenumbers.Leniency, leniency.upper())
        self.min_digits = min_digits
        self.exclude = (
            re.compile("|".join(f"(?:{p})" for p in exclude_patterns)) if exclude_patterns else None
        )

    def _candidates(self, text: str) -> Iterable[re.Match[str]]:
        return (m for m in CANDIDATE.finditer(text) if _digits(m.group(0)) >= self.min_digits)

    def _blot(self, window: str, skip: Skip | None) -> str:
        """`window` with exclusions and the spans `skip` names written over with "#"."""
        if self.exclude is not None:
            window = self.exclude.sub(lambda m: "#" * len(m.group(0)), window)
        for start, end in skip(window) if skip is not None else ():
            window = window[:start] + "#" * (end - start) + window[end:]
        return window

    def find(self, text: str, skip: Skip | None = None) -> list[Phone]:
        """Valid phone numbers in `text`; `skip(window)` names the spans of a piece of the
        text that are never part of a number (web addresses)."""
        found: list[tuple[int, int, str]] = []  # in region order: the first reading wins
        narrow = narrow_digits(text)
        for cand in self._candidates(narrow):
            # Exclusions are read in a window around the stretch only: they are local,
            # and the cost then follows the digit runs, not the length of the text.
            lo, hi = max(0, cand.start() - _CONTEXT), min(len(text), cand.end() + _CONTEXT)
            window = self._blot(narrow[lo:hi], skip)
            for sub in self._candidates(window):
                for region in self.regions:
                    for m in phonenumbers.PhoneNumberMatcher(
                        sub.group(0), region, leniency=self.leniency
                    ):
                        start = lo + sub.start() + m.start
                        end = start + len(m.raw_string)
                        if _glued(narrow, start, end):
                            continue  # a piece of a longer digit group is no number
                        number = phonenumbers.format_number(
                            m.number, phonenumbers.PhoneNumberFormat.E164
                        )
                        found.append((start, end, str(number)))
        phones: list[Phone] = []
        for start, end, number in sorted(found, key=lambda f: (f[0], -f[1])):
            if not phones or start >= phones[-1].end:
                phones.append(Phone(start, end, text[start:end], number))
        return phones
