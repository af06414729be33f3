r"""Cheap necessary conditions for regular expressions, derived from the pattern itself.

Some patterns run over a great many texts (one per HTML text node or line) and almost
never match: the quote markers, the review star rows. Python's `re` has no "required
literal" optimisation for such patterns, so every call walks the text trying every
alternative at every position (10-20 µs per text node for the quote markers).

`Guarded` wraps a compiled pattern with the characters a match cannot do without: for
each top-level alternative one character (or small set of characters) that every match
of that alternative contains, found by walking the parsed pattern. A text containing none
of them cannot match, and a substring test settles it without running the regex. The
condition is derived, not hand-written, so it stays right when a seller's policy changes
the pattern; a pattern without such characters is simply never skipped.

When the pattern also cannot match across a line end (and looks at nothing outside the
line: no lookarounds, no \A or \Z, `^`/`$` only in MULTILINE mode), a search over a long
text only needs to run on the lines that hold one of those characters: the result is the
same match object, found without trying the pattern on every other line. That matters for
patterns that backtrack on whitespace-heavy HTML (`^[ \t]*(--)?[ \t]*from:` is quadratic
in the indentation of every line).
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

# The stdlib's own regex parser (public as `sre_parse` until 3.11, deprecated there).
_parser: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")

Needles = frozenset[str]

_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT)}
# Character sets larger than this are no use as a prefilter.
_MAX_SET = 16


def _char_ok(code: int, ignorecase: bool) -> bool:
    """A literal we can test with `in`: case-insensitive matching only leaves characters
    without case alone (re also folds e.g. 'k' with the Kelvin sign)."""
    ch = chr(code)
    return not ignorecase or (ch.lower() == ch and ch.upper() == ch)


def _cost(needles: Needles) -> int:
    """How often a needle set is expected to occur: letters, digits and spaces are common,
    punctuation is rare (what makes a good prefilter)."""
    return sum(10 if (c.isalnum() or c.isspace()) else 1 for c in needles)


def _best(candidates: list[Needles]) -> Needles | None:
    return min(candidates, key=_cost) if candidates else None


def _item(op: Any, av: Any, flags: int) -> Needles | None:
    """Characters of which every match of one parsed item contains at least one."""
    ignorecase = bool(flags & re.IGNORECASE)
    if op is _c.LITERAL:
        return frozenset(chr(av)) if _char_ok(av, ignorecase) else None
    if op is _c.IN:
        chars: set[str] = set()
        for sub_op, sub_av in av:
            if sub_op is not _c.LITERAL or not _char_ok(sub_av, ignorecase):
                return None  # negated sets, ranges, categories: no small set of characters
            chars.add(chr(sub_av))
        return frozenset(chars) if 0 < len(chars) <= _MAX_SET else None
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        return _sequence(sub, (flags | add_flags) & ~del_flags)
    if op in _REPEATS:
        low, _high, sub = av
        return _sequence(sub, flags) if low >= 1 else None
    if op is _c.BRANCH:
        return _branches(av[1], flags)
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _sequence(av, flags)
    return None  # anchors, lookarounds, `.`, back-references: nothing required


def _branches(alternatives: list[Any], flags: int) -> Needles | None:
    """Every alternative must offer a needle; a match contains one of their union."""
    out: set[str] = set()
    for alternative in alternatives:
        needles = _sequence(alternative, flags)
        if needles is None:
            return None
        out |= needles
    return frozenset(out)


def _sequence(sub: Any, flags: int) -> Needles | None:
    """The best needle set among the items of a sequence (every item must match)."""
    found = [n for op, av in sub for n in [_item(op, av, flags)] if n is not None]
    return _best(found)


def required_chars(pattern: re.Pattern[str]) -> Needles | None:
    """Characters of which every match of `pattern` contains at least one; None when the
    pattern has no such characters (or cannot be analysed)."""
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # an analysis aid only: any surprise means "no prefilter"
        return None
    return _sequence(parsed, parsed.state.flags)


# Character classes that never contain a line feed.
_NO_NEWLINE_CATEGORIES = {_c.CATEGORY_DIGIT, _c.CATEGORY_WORD, _c.CATEGORY_NOT_SPACE}
# Character classes that always contain one.
_NEWLINE_CATEGORIES = {_c.CATEGORY_SPACE, _c.CATEGORY_NOT_DIGIT, _c.CATEGORY_NOT_WORD}
_NEWLINE = 10


def _set_has_newline(items: Any) -> bool:
    """Whether a character set `[...]` (parsed) accepts a line feed."""
    negated = bool(items) and items[0][0] is _c.NEGATE
    listed = False
    for op, av in items[1:] if negated else items:
        if op is _c.LITERAL:
            listed |= av == _NEWLINE
        elif op is _c.RANGE:
            listed |= av[0] <= _NEWLINE <= av[1]
        elif op is _c.CATEGORY:
            if av in _NEWLINE_CATEGORIES:
                listed = True
            elif av not in _NO_NEWLINE_CATEGORIES:
                return True  # unknown category: assume the worst
        else:
            return True
    return not listed if negated else listed


def _line_local(sub: Any, flags: int) -> bool:
    """True when no match can contain a line feed or depend on text outside its line."""
    for op, av in sub:
        if op is _c.LITERAL:
            ok = av != _NEWLINE
        elif op is _c.NOT_LITERAL:
            ok = av == _NEWLINE
        elif op is _c.ANY:
            ok = not flags & re.DOTALL
        elif op is _c.IN:
            ok = not _set_has_newline(av)
        elif op is _c.AT:
            if av in (_c.AT_BEGINNING, _c.AT_END):
                ok = bool(flags & re.MULTILINE)
            else:
                ok = av in (_c.AT_BOUNDARY, _c.AT_NON_BOUNDARY)
        elif op is _c.SUBPATTERN:
            _group, add_flags, del_flags, inner = av
            ok = _line_local(inner, (flags | add_flags) & ~del_flags)
        elif op in _REPEATS:
            ok = _line_local(av[2], flags)
        elif op is _c.BRANCH:
            ok = all(_line_local(alternative, flags) for alternative in av[1])
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            ok = _line_local(av, flags)
        elif op is _c.GROUPREF:
            ok = True  # repeats a group's text, which is itself line-local
        elif op is _c.ASSERT_NOT:
            ok = _one_char_lookbehind(av)
        else:
            ok = False  # other lookarounds, conditionals: may see past the line
        if not ok:
            return False
    return True


def _one_char_lookbehind(av: Any) -> bool:
    """`(?<!c)` or `(?<![…])` for characters other than a line feed: at a line's start it
    succeeds both in the whole text (the character before is a line feed) and in the line
    alone (nothing before), so it keeps a pattern line-local."""
    direction, sub = av
    if direction != -1 or len(sub) != 1:
        return False
    op, arg = sub[0]
    if op is _c.LITERAL:
        return bool(arg != _NEWLINE)
    if op is _c.IN:
        return not _set_has_newline(arg)
    return False


def line_local(pattern: re.Pattern[str]) -> bool:
    """Whether every match of `pattern` lies within one line, found the same way when the
    search is limited to that line (`pattern.search(text, line_start, line_end)`)."""
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # an analysis aid only
        return False
    return _line_local(parsed, parsed.state.flags)


_ZERO_WIDTH = {_c.AT, _c.ASSERT, _c.ASSERT_NOT}
_DIGITS = "0123456789"
First = tuple[frozenset[str], bool, bool]  # (characters, any digit, may match nothing)


def _first_item(op: Any, av: Any, flags: int, any_case: bool = False) -> First | None:
    """`any_case`: keep cased letters under IGNORECASE (for a character class compiled
    with the pattern's own flags, where `re` does the case folding)."""
    ignorecase = bool(flags & re.IGNORECASE) and not any_case
    if op is _c.LITERAL:
        return (frozenset(chr(av)), False, False) if _char_ok(av, ignorecase) else None
    if op is _c.IN:
        chars: set[str] = set()
        digits = False
        for sub_op, sub_av in av:
            if sub_op is _c.LITERAL and _char_ok(sub_av, ignorecase):
                chars.add(chr(sub_av))
            elif (
                sub_op is _c.RANGE
                and sub_av[1] - sub_av[0] < _MAX_SET
                and all(_char_ok(c, ignorecase) for c in range(sub_av[0], sub_av[1] + 1))
            ):
                chars.update(map(chr, range(sub_av[0], sub_av[1] + 1)))  # [1-9]
            elif sub_op is _c.CATEGORY and sub_av is _c.CATEGORY_DIGIT:
                digits = True
            else:
                return None
        return frozenset(chars), digits, False
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if any_case and (add_flags | del_flags) & re.IGNORECASE:
            return None  # the class would be compiled with other case rules
        return _first_sequence(sub, (flags | add_flags) & ~del_flags, any_case)
    if op in _REPEATS:
        low, _high, sub = av
        found = _first_sequence(sub, flags, any_case)
        return None if found is None else (found[0], found[1], found[2] or low == 0)
    if op is _c.BRANCH:
        out: set[str] = set()
        digits = nullable = False
        for alternative in av[1]:
            found = _first_sequence(alternative, flags, any_case)
            if found is None:
                return None
            out |= found[0]
            digits |= found[1]
            nullable |= found[2]
        return frozenset(out), digits, nullable
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _first_sequence(av, flags, any_case)
    return None


def _first_sequence(sub: Any, flags: int, any_case: bool = False) -> First | None:
    chars: set[str] = set()
    digits = False
    for op, av in sub:
        if op in _ZERO_WIDTH:
            continue  # anchors and lookarounds consume nothing
        found = _first_item(op, av, flags, any_case)
        if found is None:
            return None
        chars |= found[0]
        digits |= found[1]
        if not found[2]:
            return frozenset(chars), digits, False
    return frozenset(chars), digits, True


def first_chars(pattern: re.Pattern[str]) -> tuple[str, bool] | None:
    """(characters, whether any decimal digit) that every match of `pattern` starts with;
    None when unknown or when the pattern can match the empty string."""
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        found = _first_sequence(parsed, parsed.state.flags)
    except Exception:  # an analysis aid only
        return None
    if found is None or found[2]:
        return None
    return "".join(sorted(found[0])), found[1]


# A run of a repeated character counts this many times at most in a needle string.
_MAX_RUN = 8


def _runs(sub: Any, flags: int) -> list[Needles]:
    """Needle strings of a sequence: each maximal run of consecutive case-less literal
    characters (a repeat such as `-{3,}` counting as its minimum) is one string that
    every match contains, and so is the best character set of each item (`_item`)."""
    found: list[Needles] = []
    run = ""
    ignorecase = bool(flags & re.IGNORECASE)
    for op, av in sub:
        if op is _c.LITERAL and _char_ok(av, ignorecase):
            run += chr(av)
            continue
        repeated = _repeated_char(op, av, ignorecase)
        if repeated is not None:
            char, low, high = repeated
            run += char * min(low, _MAX_RUN)
            if low == high:
                continue
            # A longer repeat still ends with `char * low`: that starts the next run.
            found.append(frozenset([run]))
            run = char * min(low, _MAX_RUN)
            continue
        if run:
            found.append(frozenset([run]))
            run = ""
        needles = _item(op, av, flags)
        if needles is not None:
            found.append(needles)
        if op is _c.SUBPATTERN:  # a group matches once: what it requires is required
            _group, add_flags, del_flags, inner = av
            found.extend(_runs(inner, (flags | add_flags) & ~del_flags))
        elif op in _REPEATS and av[0] >= 1:
            found.extend(_runs(av[2], flags))
    if run:
        found.append(frozenset([run]))
    return found


def _repeated_char(op: Any, av: Any, ignorecase: bool) -> tuple[str, int, int] | None:
    """(character, least count, most count) for `c{m,n}` of a case-less literal, m >= 1."""
    if op not in _REPEATS:
        return None
    low, high, sub = av
    if low < 1 or len(sub) != 1:
        return None
    sub_op, sub_av = sub[0]
    if sub_op is not _c.LITERAL or not _char_ok(sub_av, ignorecase):
        return None
    return chr(sub_av), low, high


def _string_cost(needles: Needles) -> float:
    """Like `_cost`, for strings: a longer string is rarer (and as cheap to look for)."""
    return sum((10 if any(c.isalnum() or c.isspace() for c in s) else 1) / len(s) for s in needles)


def required_strings(pattern: re.Pattern[str]) -> Needles | None:
    """Strings of which every match of `pattern` contains at least one (case-less literal
    runs such as "---", or else the characters of `required_chars`); None when unknown."""
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        found = _runs(parsed, parsed.state.flags)
    except Exception:  # an analysis aid only
        return None
    return min(found, key=_string_cost) if found else None


def matches_at(
    pattern: re.Pattern[str], text: str, starts: Iterable[int]
) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, trying the pattern only at `starts`: ascending positions
    that include the start of every match. Exact for a pattern that never matches the
    empty string: after a match the next one starts at its end or later, as in
    `finditer`, and `match` at a position sees the text before it (look-behinds) the same
    way a search does."""
    pos = 0
    for start in starts:
        if start < pos:
            continue
        match = pattern.match(text, start)
        if match is not None:
            yield match
            pos = match.end()


def occurrences(text: str, needles: Iterable[str]) -> list[int]:
    """Every position where one of `needles` starts in `text`, ascending, each once."""
    found: set[int] = set()
    for needle in needles:
        at = text.find(needle)
        while at >= 0:
            found.add(at)
            at = text.find(needle, at + 1)
    return sorted(found)


def _marked(flags: bytes, limit: int) -> list[int] | None:
    """Positions of the 1 bytes in `flags`, or None when there are more than `limit`."""
    if flags.count(1) > limit:
        return None
    out: list[int] = []
    find = flags.find
    i = find(1)
    while i >= 0:
        out.append(i)
        i = find(1, i + 1)
    return out


class Guarded:
    r"""A compiled pattern whose `search` first checks its required characters and, for a
    line-local pattern, only runs on the lines that hold one; and whose `finditer` only
    tries the positions where a match can start, when those are a few characters.

    Patterns that start with a look-behind (`(?<![\d-])\d{3}-…`) defeat `re`'s own
    first-character scan: it then runs the whole pattern at every position (~50 ns per
    character). When every match starts with one of a few characters (digits, "+", "("),
    finding those with `str.find` and trying the pattern there (`match` at that position
    sees the same text before it as a search does) gives the same matches in the same
    order at a fraction of the cost.
    """

    __slots__ = (
        "_start_bytes",
        "_start_scan",
        "by_line",
        "line_local",
        "needles",
        "pattern",
        "starts",
        "starts_digits",
    )

    def __init__(self, pattern: re.Pattern[str], *, strings: bool = False) -> None:
        """`strings`: guard with required strings ("---") rather than characters ("-")."""
        self.pattern = pattern
        needles = required_strings(pattern) if strings else required_chars(pattern)
        self.needles: tuple[str, ...] | None = tuple(sorted(needles)) if needles else None
        self.line_local = line_local(pattern)
        self.by_line = self.needles is not None and self.line_local
        first = first_chars(pattern)
        self.starts: str | None = None
        self.starts_digits = False
        # One character class over the start characters: a pattern that starts with a
        # class lets `re` jump from candidate to candidate in C, one pass over the text
        # (a `str.find` loop per character walked it a dozen times for digits).
        self._start_scan: re.Pattern[str] | None = None
        if first is not None:
            chars, digits = first
            self.starts = chars + (_DIGITS if digits else "")
            self.starts_digits = digits
            self._start_scan = re.compile("[" + "".join(re.escape(c) for c in self.starts) + "]")
        # For ASCII text: a byte map that turns each start character into 1 and anything
        # else into 0, so `bytes.find` lists the candidates (~4x faster than the class).
        self._start_bytes: bytes | None = None
        if self.starts is not None:
            ascii_starts = {ord(c) for c in self.starts if c.isascii()}
            self._start_bytes = bytes(1 if i in ascii_starts else 0 for i in range(256))

    def possible(self, text: str) -> bool:
        """False only when `text` certainly holds no match."""
        needles = self.needles
        if needles is None:
            return True
        for needle in needles:  # noqa: SIM110 (any(<generator>) is slower; runs per text)
            if needle in text:
                return True
        return False

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return self.pattern.fullmatch(text)

    def _candidates(self, text: str) -> list[int] | None:
        """Positions where a match can start, ascending; None when scanning for them is
        not exact (Unicode digits) or would not pay (too many)."""
        scan = self._start_scan
        if scan is None:
            return None
        limit = len(text) // 8 + 16
        if self._start_bytes is not None and text.isascii():
            return _marked(text.encode("ascii").translate(self._start_bytes), limit)
        if self.starts_digits:
            return None  # other digits than 0-9 may start a match
        found = [m.start() for m in islice(scan.finditer(text), limit + 1)]
        return None if len(found) > limit else found

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Exactly `pattern.finditer(text)`."""
        if not self.possible(text):
            return
        candidates = self._candidates(text)
        if candidates is None:
            yield from self.pattern.finditer(text)
            return
        # Matches are never empty: first_chars found the characters they start with.
        yield from matches_at(self.pattern, text, candidates)

    def _search_from_candidates(self, text: str) -> re.Match[str] | None:
        candidates = self._candidates(text)
        if candidates is None:
            return self.pattern.search(text)
        # The first match found is the leftmost one.
        return next(matches_at(self.pattern, text, candidates), None)

    def search(self, text: str) -> re.Match[str] | None:
        """Exactly `pattern.search(text)`."""
        needles = self.needles
        if needles is None:
            return self._search_from_candidates(text)
        for needle in needles:
            if needle in text:
                break
        else:
            return None
        if not self.by_line or "\n" not in text:
            return self._search_from_candidates(text)
        # Every match sits on one line and holds a needle: try the lines with needles, in
        # order; the first match found is the leftmost one of the whole text.
        pos = 0
        size = len(text)
        while pos < size:
            hits = [i for i in (text.find(n, pos) for n in needles) if i >= 0]
            if not hits:
                return None
            first = min(hits)
            start = text.rfind("\n", 0, first) + 1
            end = text.find("\n", first)
            if end < 0:
                end = size
            match = self.pattern.search(text, start, end)
            if match is not None:
                return match
            pos = end + 1
        return None


_BLANKS = frozenset(" \t")


def _blank_only(op: Any, av: Any) -> bool:
    """Whether every character a parsed item matches is a space or a tab."""
    if op is _c.LITERAL:
        return chr(av) in _BLANKS
    if op is _c.IN:
        return all(sub_op is _c.LITERAL and chr(sub_av) in _BLANKS for sub_op, sub_av in av)
    if op in _REPEATS:
        return all(_blank_only(o, a) for o, a in av[2])
    if op is _c.SUBPATTERN:
        return all(_blank_only(o, a) for o, a in av[3])
    return False


def _first_after_blanks(sub: Any, flags: int) -> frozenset[str] | None:
    """The characters the first non-blank character of every match is among (letters
    included, see `_first_item`); None when unknown or a match may be all blanks."""
    chars: set[str] = set()
    for op, av in sub:
        if op in _ZERO_WIDTH or _blank_only(op, av):
            continue  # consumes nothing, or blanks only
        found = _first_item(op, av, flags, any_case=True)
        if found is None or found[1] or not found[0].isdisjoint(_BLANKS):
            return None
        chars |= found[0]
        if not found[2]:
            return frozenset(chars)
    return None


def _line_gate(alternation: str, starts: set[str] | None, flags: int) -> str:
    """A look-ahead a line must pass before the alternation is tried at its start: a
    necessary condition of a match, tested in one pass over part of the line.

    The line's first non-blank character must be one an anchored match can have there.
    An indented line must also hold a character every match contains: the patterns'
    `^[ \t]*(…)?[ \t]*` backtracks quadratically in the indentation of a line they are
    tried on, and indented HTML text has many lines. (Scanning every line for those
    characters would cost more than it saves on the others, ~9 ns a character.)"""
    needles = required_chars(re.compile(alternation, flags))
    if needles and (not needles.isdisjoint(_BLANKS) or "\n" in needles):
        needles = None  # blanks as needles: every indented line holds one
    holds_needle = ""
    if needles:
        wanted = "".join(re.escape(c) for c in sorted(needles))
        holds_needle = f"[^\\n{wanted}]*[{wanted}]"  # stops at the first: no backtracking
    if not starts:
        return f"(?={holds_needle})" if holds_needle else ""
    first = "[" + "".join(re.escape(c) for c in sorted(starts)) + "]"
    if not holds_needle:
        return f"(?=[ \\t]*{first})"
    return f"(?={first}|[ \\t]+(?={first}){holds_needle})"


def _has_group_refs(sub: Any) -> bool:
    """Whether a parsed pattern refers to a group by number (which moves when the
    pattern is compiled together with other alternatives than before)."""
    for op, av in sub:
        if op in (_c.GROUPREF, _c.GROUPREF_EXISTS):
            return True
        if op is _c.SUBPATTERN and _has_group_refs(av[3]):
            return True
        if op in _REPEATS and _has_group_refs(av[2]):
            return True
        if op is _c.BRANCH and any(_has_group_refs(a) for a in av[1]):
            return True
        if op in (_c.ASSERT, _c.ASSERT_NOT) and _has_group_refs(av[1]):
            return True
        if op is getattr(_c, "ATOMIC_GROUP", None) and _has_group_refs(av):
            return True
    return False


class LineMarkers(Guarded):
    r"""`Guarded` for an alternation of line-local patterns, most of them anchored at a
    line start (the quote markers: `^[ \t]*from:…`, `^[ \t]*(on|am|…)…wrote:`).

    `Guarded.search` runs the whole alternation over every line holding a needle ("-" or
    ":", i.e. most lines with an order id or a URL), trying every alternative at every
    character (~45 ns each). Here the anchored alternatives, each after a line feed, form
    one pattern searched over "\n" + text: `re` jumps from line feed to line feed in C (a
    literal prefix) and tries them only at line starts, the only places `^` lets them
    match. The other alternatives are searched with the strings they require ("---").
    The first line where either finds a match is the first line where the alternation
    matches (every match is a match of one alternative, within one line); the
    alternation searched over that line gives the very match `pattern.search` returns.
    """

    __slots__ = ("_anchored", "_loose")

    def __init__(
        self,
        pattern: re.Pattern[str],
        anchored: re.Pattern[str] | None,
        loose: Guarded | None,
    ) -> None:
        super().__init__(pattern)
        self._anchored = anchored
        self._loose = loose

    @classmethod
    def build(cls, sources: list[str], flags: int) -> Guarded:
        """The alternation `(?:s1)|(?:s2)|…`; a plain `Guarded` when the split is not
        exact (a pattern not line-local, or numbered back-references)."""
        pattern = re.compile("|".join(f"(?:{s})" for s in sources), flags)
        if not flags & re.MULTILINE or not line_local(pattern):
            return Guarded(pattern)
        anchored: list[str] = []
        loose: list[str] = []
        # The first characters after the leading blanks of any anchored match.
        starts: set[str] | None = set()
        for source in sources:
            parsed = _parser.parse(source, flags)
            if _has_group_refs(parsed):
                return Guarded(pattern)
            # Every match starts with `^`, i.e. at a line start: right after the "\n"
            # the finder puts before it, where `^` holds (MULTILINE).
            if bool(parsed) and parsed[0] == (_c.AT, _c.AT_BEGINNING):
                anchored.append(source)
                first = _first_after_blanks(parsed, parsed.state.flags)
                starts = None if first is None or starts is None else starts | first
            else:
                loose.append(source)
        finder = None
        if anchored:
            alternation = "|".join(f"(?:{s})" for s in anchored)
            finder = re.compile(
                "\n" + _line_gate(alternation, starts, flags) + f"(?:{alternation})", flags
            )
        return cls(
            pattern,
            finder,
            Guarded(re.compile("|".join(f"(?:{s})" for s in loose), flags), strings=True)
            if loose
            else None,
        )

    def search(self, text: str) -> re.Match[str] | None:
        """Exactly `pattern.search(text)`."""
        if not self.possible(text):
            return None
        line = len(text) + 1  # start of the first line with a match, if any
        if self._loose is not None:
            found = self._loose.search(text)
            if found is not None:
                line = text.rfind("\n", 0, found.start()) + 1
        if self._anchored is not None:
            # In "\n" + text, the line feed at index i stands before the line that
            # starts at index i of `text`.
            found = self._anchored.search("\n" + text, 0, line + 1)
            if found is not None:
                line = found.start()
        if line > len(text):
            return None
        end = text.find("\n", line)
        return self.pattern.search(text, line, len(text) if end < 0 else end)
