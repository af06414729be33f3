"""E-mail addresses written in text, plain or disguised.

Guarantees of `EmailFinder.find`:

- every ordinary address ("john.doe@shop.example.com") is found whole;
- disguised addresses are found too: a spelled-out "@" in brackets ("john [at] shop
  [dot] com", "john(at)shop.de", "john (at) shop . de", "fotos (arroba) shop punto es"),
  a bare "@" with a spelled-out dot ("john@shop [dot] com"), or the "at" and "dot" words
  written as capitals ("john AT shop DOT com"), in every configured language ("kontakt
  [ät] laden [punkt] de"), and an "at" that is no everyday word written plainly ("taller
  arroba bolsosvarela punto es"); a disguised address must end in one of the configured
  top-level domains;
- running text is not an address: a lower-case "at … dot" ("look at it dot by dot"), a
  capital "AT" without a spelled-out dot, or "€12.99 @ checkout";
- matches do not overlap and come in text order.

`SpelledDomainFinder.find` finds web addresses written with the dot spelled out, so a
link filter does not see them: "shop dot example dot com", "www point boutique point
fr", "laden [punkt] de". It guarantees that a match ends in one of the configured
top-level domains and either starts with "www", holds two spelled-out dots, puts one in
brackets, or follows a name of five letters or more and ends its clause ("nuestra
tienda, recambiosgarcia punto es, en …") or goes on with a spelled-out slash ("ruggeri
punto it barra ricambi"), or follows a hyphenated name of five letters or more
("teehaus-lindner punkt de haben wir"); so running text ("a dot com company", "le
point fort", "el siguiente punto es la garantía") is not an address.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

PLAIN = re.compile(
    r"(?<![\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@"
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w-])"
)
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
# Brackets around a spelled-out "at" or "dot", full-width ones too ("info［アット］shop.jp").
_OPEN, _CLOSE = r"[\[({<［（｛＜【]", r"[\])}>］）｝＞】]"


class Address(NamedTuple):
    """An address in a text: `text[start:end] == address`."""

    start: int
    end: int
    address: str


def _words(tokens: Iterable[str]) -> list[str]:
    """The tokens as regular expressions, longest first (so "arroba" wins over "at")."""
    return [re.escape(t) for t in sorted(set(tokens), key=len, reverse=True)]


def _alternatives(tokens: Iterable[str]) -> str:
    return "|".join(_words(tokens))


def _bracketed_dot(dot: str) -> str:
    """A dot written in brackets, as a word of `dot` or itself: " [dot] ", "(.)"."""
    return rf"\s*{_OPEN}\s*(?:{dot}|\.)\s*{_CLOSE}\s*"


class EmailFinder:
    """Finds e-mail addresses; built from the spelled-out "@" and "." words of every
    language and the top-level domains a disguised address may end in."""

    def __init__(
        self,
        at_tokens: list[str],
        dot_tokens: list[str],
        tlds: list[str],
        word_at_tokens: Iterable[str] = (),
    ) -> None:
        at, dot = _alternatives(at_tokens), _alternatives(dot_tokens)
        at_upper = _alternatives(t.upper() for t in at_tokens if t.isalpha())
        dot_upper = _alternatives(t.upper() for t in dot_tokens if t.isalpha())
        dot_bracketed = _bracketed_dot(dot)
        dot_word = rf"\s+(?-i:{dot_upper})\s+"
        # What every address pattern below starts and ends with: the local part, and a
        # configured top-level domain.
        local = r"(?<![\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}"
        ending = rf"(?:{_alternatives(tlds)})(?![\w-])"
        # a dot with spaces around it ("grafica (at) incisioni . it") is a dot too
        spaced_dot = r"[ \t]+\.[ \t]+"
        separator = rf"(?:{dot_bracketed}|{dot_word}|\.|{spaced_dot})"
        at_bracketed = rf"{_OPEN}\s*(?i:{at})\s*{_CLOSE}"
        at_any = rf"\s*{at_bracketed}\s*|\s+(?P<atword>(?-i:{at_upper}))\s+|\s*@\s*"
        self._disguised = re.compile(rf"{local}(?:{at_any})(?:{_LABEL}{separator})+{ending}", re.I)
        # A bracketed "at" is no running text, so after it a lower-case "dot" word counts
        # too ("fotos (arroba) textilhogar punto es").
        any_dot = rf"(?:{dot_bracketed}|\s+(?:{dot})\s+|\.|{spaced_dot})"
        self._after_bracketed_at = re.compile(
            rf"{local}\s*{at_bracketed}\s*(?:{_LABEL}{any_dot})+{ending}", re.I
        )
        self._spelled_dot = re.compile(rf"{dot_bracketed}|{dot_word}", re.I)
        # "taller arroba bolsosvarela punto es": an "at" that is no everyday word, written
        # plainly, then a domain whose dots are spelled out or written.
        words = list(word_at_tokens)
        # The pattern is tried at every word of the text; it runs only on a text that
        # holds one of the words (a substring test in C: 0.3 of the 0.4 ms the e-mail
        # rule spends on the 5 KB reply).
        self._word_at = tuple(w.lower() for w in words)
        self._worded = (
            re.compile(
                rf"{local}\s+(?:{_alternatives(words)})\s+"
                rf"(?:{_LABEL}(?:\s+(?:{dot})\s+|{dot_bracketed}|\.))+{ending}",
                re.I,
            )
            if words
            else None
        )
        # What every disguised address holds (an "@", a bracketed "at", or a capital "AT"
        # word): a cheap search that spares the slow pattern (it tries every position of
        # the text) on the texts without one. Each alternative starts with its own first
        # character so that `re` skips ahead in C: a third of the time of the plain
        # `@|[\[({<]…|\s(?:AT|…)\s` (tests/test_detect_addresses.py proves them equal).
        bracketed = [rf"{re.escape(o)}\s*(?i:{at})\s*{_CLOSE}" for o in "[({<［（｛＜【"]
        self._bracket_hint = re.compile("|".join(bracketed))
        hint = ["@", *bracketed]
        hint += [rf"{w}(?<=\s{w})\s" for w in _words(t.upper() for t in at_tokens if t.isalpha())]
        self._hint = re.compile("|".join(hint))

    def find(self, text: str) -> list[Address]:
        """Plain and disguised addresses in `text`, in order, without overlaps."""
        plain = PLAIN.finditer(text) if "@" in text else ()
        hits = [Address(m.start(), m.end(), m.group(0)) for m in plain]
        lower = text.lower()
        if self._worded is not None and any(word in lower for word in self._word_at):
            for m in self._worded.finditer(text):
                _add_apart(hits, m)
        if self._hint.search(text) is None:
            return sorted(hits)
        if self._bracket_hint.search(text) is not None:  # most texts have none
            for m in self._after_bracketed_at.finditer(text):
                _add_apart(hits, m)
        for m in self._disguised.finditer(text):
            if m.group("atword") and not self._spelled_dot.search(m.group(0)):
                continue  # "AT" as a word needs a spelled-out "DOT" too
            _add_apart(hits, m)
        return sorted(hits)

    def spans(self, text: str) -> list[tuple[int, int]]:
        return [(h.start, h.end) for h in self.find(text)]


def _add_apart(hits: list[Address], m: re.Match[str]) -> None:
    """Add the match unless it overlaps an address already found."""
    if not any(h.start < m.end() and m.start() < h.end for h in hits):
        hits.append(Address(m.start(), m.end(), m.group(0)))


class SpelledDomain(NamedTuple):
    """A spelled-out web address: `text[start:end]` as written, `domain` as meant."""

    start: int
    end: int
    domain: str


class SpelledDomainFinder:
    """Finds web addresses whose dots are spelled out, in any configured language."""

    def __init__(
        self, dot_tokens: list[str], tlds: list[str], slash_tokens: Iterable[str] = ()
    ) -> None:
        self._dot_words = [t.lower() for t in dot_tokens]
        slashes = list(slash_tokens)
        # "… punto it barra ricambi": a spelled-out slash and a path word go on the address
        self._path = (
            re.compile(rf"[ \t]+(?:{_alternatives(slashes)})[ \t]+\w", re.I) if slashes else None
        )
        dot = _alternatives(dot_tokens)
        self._bracketed = re.compile(_bracketed_dot(dot), re.I)
        separator = rf"(?:{_bracketed_dot(dot)}|\s+(?:{dot})\s+|\.)"
        self._chain = re.compile(
            rf"(?<![\w.@-]){_LABEL}(?:{separator}{_LABEL})*{separator}"
            rf"(?:{_alternatives(tlds)})(?![\w-])(?!\.\w)",
            re.I,
        )
        self._separator = re.compile(separator, re.I)

    def find(self, text: str) -> list[SpelledDomain]:
        lower = text.lower()
        # Most texts hold no dot word at all: a substring test in C spares the pattern,
        # which tries every position of the text.
        if not any(word in lower for word in self._dot_words):
            return []
        found = []
        for m in self._chain.finditer(text):
            labels = self._separator.split(m.group(0))
            spelled = [s for s in self._separator.findall(m.group(0)) if s != "."]
            if not spelled:
                continue  # an ordinary address: the link rules see it
            if (
                labels[0].lower() == "www"
                or len(spelled) >= 2
                or any(self._bracketed.fullmatch(s) for s in spelled)
                or self._named_alone(labels[-2], text[m.end() :])
                or self._hyphenated(labels[-2])
                or (
                    len(labels[-2]) >= _NAME_MIN_LETTERS
                    and self._path is not None
                    and self._path.match(text, m.end()) is not None
                )
            ):
                found.append(SpelledDomain(m.start(), m.end(), ".".join(labels).lower()))
        return found

    @staticmethod
    def _named_alone(label: str, after: str) -> bool:
        """One spelled-out dot after a name of five letters or more that ends its clause
        ("in nostra area clienti: caffedelborgo punto it, sezione …"); in prose the words
        go on ("el siguiente punto es la garantía")."""
        return len(label) >= _NAME_MIN_LETTERS and _CLAUSE_END.match(after) is not None

    @staticmethod
    def _hyphenated(label: str) -> bool:
        """A hyphenated name of five letters or more before the one spelled-out dot ("auf
        teehaus-lindner punkt de haben wir …"): a shop's domain, not a word of the prose."""
        return "-" in label.strip("-") and len(label) >= _NAME_MIN_LETTERS


# Shorter names are too often words (or initials) to count on their own.
_NAME_MIN_LETTERS = 5
_CLAUSE_END = re.compile(r"[ \t]*(?:[,.;:!?)\]]|$)", re.MULTILINE)
