"""Speed-ups that must not change a single result: regex prefilters and per-message caches."""

from __future__ import annotations

import gc
import random
import re
import zlib

import pytest

from policies import Envelope, evaluate, load_policy
from policies.model import MessageModel, _compile_markers
from policies.prefilter import Guarded, line_local, required_chars
from tests.mail import make_message

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


def test_quote_markers_are_guarded_and_searched_line_by_line() -> None:
    markers = _compile_markers(MARKERS)
    assert markers is not None
    assert set(markers.needles or ()) == {"-", ":"}
    assert markers.by_line
    # The marker must still be found after a long, whitespace-heavy HTML text.
    text = ("        \n" * 300) + "Thanks!\nOn Mon, 1 Jan 2024 Anna Buyer wrote:\n> hi"
    found = markers.search(text)
    assert found is not None and found.group(0).strip().startswith("On Mon")


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


def test_evaluation_leaves_no_reference_cycles() -> None:
    """Per-message caches live on the model and are released after the verdict: a cycle
    per message makes the garbage collector's full passes slow (they used to leak)."""
    raw = make_message(
        text="Please leave a review at https://shop.example.com or call 0151 23456789.",
        html="<p>Please leave a <b>review</b> at <a href='https://shop.example.com'>our shop</a>"
        "</p><blockquote>On Monday the buyer wrote: where is it?</blockquote>",
        reply=False,
    )
    evaluate(raw, Envelope(), POLICY)  # warm the policy's compiled patterns
    gc.collect()
    gc.disable()
    try:
        evaluate(raw, Envelope(), POLICY)
        assert gc.collect() == 0
    finally:
        gc.enable()


def test_no_reference_cycles_over_the_corpus() -> None:
    """The same over every corpus template, whose fixes run each family's rewriting code
    (a nested function there is a cycle per call once compiled by mypyc)."""
    from bench.corpus import reply_5kb, template_messages

    messages = [reply_5kb(), *template_messages().values()]
    for raw in messages:
        evaluate(raw, Envelope(), POLICY)
    gc.collect()
    gc.disable()
    try:
        for raw in messages:
            evaluate(raw, Envelope(), POLICY)
        assert gc.collect() == 0
    finally:
        gc.enable()


def test_shared_results_are_built_once_per_message() -> None:
    model = MessageModel(make_message(text="Hello"), Envelope(), POLICY)
    calls: list[int] = []
    assert model.shared("k", lambda: calls.append(1) or 42) == 42
    assert model.shared("k", lambda: calls.append(1) or 43) == 42
    assert calls == [1]
    model.release()
    assert model.shared("k", lambda: 44) == 44
