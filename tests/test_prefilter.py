"""Speed-ups that must not change a single result: regex prefilters and per-message caches."""

from __future__ import annotations

import random
import re
import zlib

import pytest

from policies import load_policy
from policies.prefilter import Guarded, line_local, required_chars
from policies.rules.links import _CSS_DECL, _css_decl_sub, _url_matches, _url_re

POLICY = load_policy()
MARKERS = POLICY.section("quotes")["markers"]

PATTERNS = [
    *MARKERS,
    "|".join(f"(?:{m})" for m in MARKERS),
    r"a\sb:",
    r"^from:",
    r"x$",
    r"(?<=a)b:",
    r"\bfoo-",
    r"[^a]:",
    r"[^\n]:",
    r"(?s).:",
    r"(?i:K):",
    r"k",
    r"\d{3}-\d{7}",
    r"(?m:^)-",
    r"\A-",
    r"-\Z",
    r"(a)-\1",
    r"-|b",
    r"(?:-|:)+",
    r"\W-",
    r"(?:[★☆]\s?){3,}|(?<!\*)\*{5}(?!\*)",
    r"(?<![\w+])\+?\(?\d[\d \t\u00a0().\-/]*\d(?!\w)",
    r"x|\d",
    r"(?:a|\d)(?<=\d)\d",
    *(POLICY.rule("order.id_malformed")[k] for k in ("id_pattern", "near_miss_pattern")),
    *POLICY.rule("contact.phone_number")["exclude_patterns"],
]
PIECES = [
    "-", ":", "\n", " ", "\t", "a", "b", "x", "k", "K", "from", "From", "on ", " wrote",
    "@", "--", "-----Original Message-----", "foo", "\u212a", "1", "123", "1234567", "*",
    "★", "Am Montag schrieb Anna:", "From: a@b.example", "\r\n", "+", "(", ")", ".", "/",
    "\u0663", "12345678901234567", "123-1234567-1234567",
]  # fmt: skip


def _texts(seed: int, count: int, size: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, size))) for _ in range(count)]


@pytest.mark.parametrize("source", PATTERNS)
@pytest.mark.parametrize("flags", [0, re.IGNORECASE | re.MULTILINE])
def test_guarded_pattern_finds_exactly_what_the_pattern_finds(source: str, flags: int) -> None:
    pattern = re.compile(source, flags)
    guarded = Guarded(pattern)
    for text in _texts(zlib.crc32(source.encode()) + flags, 1500, 30):
        plain = pattern.search(text)
        fast = guarded.search(text)
        assert (plain and (plain.span(), plain.group(0))) == (fast and (fast.span(), fast.group(0)))
        assert [m.span() for m in pattern.finditer(text)] == [
            m.span() for m in guarded.finditer(text)
        ]


def test_digit_led_patterns_are_tried_only_where_a_match_can_start() -> None:
    guarded = Guarded(re.compile(POLICY.rule("order.id_malformed")["near_miss_pattern"]))
    assert guarded.starts == "0123456789"
    text = "Order 12-12345-123456 and 123-1234567-1234567; ٣ is a digit too"
    assert [m.span() for m in guarded.finditer(text)] == [
        m.span() for m in guarded.pattern.finditer(text)
    ]


def test_prefilter_analysis_is_conservative() -> None:
    # Letters under IGNORECASE are never needles (re also folds e.g. "k" and the Kelvin sign).
    assert required_chars(re.compile("k", re.I)) is None
    # A pattern that may match across lines, or looks beyond them, is not split by line.
    assert not line_local(re.compile(r"a\sb:"))
    assert not line_local(re.compile(r"(?<=a)b:"))
    assert not line_local(re.compile(r"x$"))  # without MULTILINE: end of text only
    assert line_local(re.compile(r"x$", re.M))
    # A one-character look-behind that cannot see a line feed succeeds at a line start
    # either way; one that can (or a positive one) is not split by line.
    assert line_local(re.compile(r"(?<!-)-{3,}+x", re.M))
    assert not line_local(re.compile(r"(?<!\s)x", re.M))
    assert not line_local(re.compile(r"(?<=a)x", re.M))


def test_css_declaration_removal_matches_plain_substitution() -> None:
    rng = random.Random(7)
    pieces = [
        "url(", "URL(", "@import", "@İmport", "@ımport", " ", ";", "{", "}", ":", "a",
        "color", ")", "'", '"', "x.png", "\n", "background", "url('a;b')",
        '@import url("f;g") screen;',
    ]  # fmt: skip

    def mark(m: re.Match[str]) -> str:
        return f"<{m.group(0)}>"

    for _ in range(20000):
        css = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 25)))
        assert _css_decl_sub(mark, css) == _CSS_DECL.sub(mark, css)


def test_web_address_scan_matches_full_scan() -> None:
    rng = random.Random(11)
    pieces = [
        ".", " ", "\n", "\xa0", "\u2003", "www", "WWW.", "http://", "https://x", "a", "shop",
        "com", "de", "co.uk", "@", "/", "-", "(", ")", "'", "<", ":80", "?q=1", "#", "x.y",
    ]  # fmt: skip
    pattern = _url_re(POLICY)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 20)))
        full = [(m.span(), m.group(0)) for m in pattern.finditer(text) if "." in m.group(0)]
        fast = [(m.span(), m.group(0)) for m in _url_matches(POLICY, text)]
        assert [f for f in fast if "." in f[1]] == full
