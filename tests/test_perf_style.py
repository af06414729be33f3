"""Fast paths of the style rules against the plain code they replace (same results)."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from policies.rules import style

# -- reference: spelling words as first written (one regex pass, every token tested) -----

_DOMAINISH = re.compile(r"\w\.\w{2,}")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_ASCII_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)*")


def reference_words(text: str) -> list[str]:
    tokens = [
        token
        for token in text.split()
        if "@" not in token
        and not (
            "." in token
            and ("://" in token or token.startswith("www.") or _DOMAINISH.search(token))
        )
    ]
    joined = " ".join(tokens)
    if joined.isascii():
        return [w for w in _ASCII_WORD.findall(joined) if len(w) >= 2 and w.islower()]
    return [
        word if word.isascii() else unicodedata.normalize("NFC", word.replace("’", "'"))
        for word in _WORD.findall(joined)
        if len(word) >= 2
        and word.islower()
        and (word.isascii() or all(ord(c) < 0x250 for c in word))
    ]


# Text built from pieces that matter to the word tests: letters of both cases, the
# apostrophes, digits, punctuation, ASCII control and non-ASCII spaces, URL and address
# fragments, accented and non-Latin letters.
_PIECES = st.sampled_from(
    [
        "a", "b", "z", "A", "Q", "é", "É", "ß", "ж", "日", "'", "’", "''", "n't", "O'", "1",
        "42", "_", "-", ".", ",", "@", "/", ":", "://", "www.", ".com", "e.g.", " ", "  ",
        "\n", "\t", "\r\n", "\x0b", "\x1c", "\x1f", "\x00", "\x7f", "\xa0", "\u2003", "\u0301",
        "the", "you", "und", "für", "Hello", "don't", "it's", "rock'n'roll", "https://x.co/p",
        "mail@example.com", "shop.example", "“", "”", "‘", "—", "→", "©", "™", "€", "²", "½",
        "ℓ", "\x01", "\u200b", "we’ll", "don’t", "’s", "4.50", "a.bc", "x@", "@@", "ab.c",
        "www.a", "http://localhost", "\u3000",
    ]
)  # fmt: skip
texts = st.lists(_PIECES, max_size=60).map("".join)
ascii_texts = st.text(alphabet=st.characters(max_codepoint=127), max_size=200)


@settings(max_examples=400, deadline=None)
@given(st.one_of(ascii_texts, texts.filter(str.isascii)))
def test_ascii_words_is_the_regex(text: str) -> None:
    assert style.ascii_words(text) == _ASCII_WORD.findall(text)


@settings(max_examples=600, deadline=None)
@given(st.one_of(texts, ascii_texts))
def test_spelling_words_unchanged(text: str) -> None:
    expected = reference_words(text)
    assert style.spelling_words(text) == expected
    counts, order = style._word_counts(text)
    assert counts == Counter(expected)
    assert [w for w in order if w in counts] == expected


# -- prefilters: one scan instead of one per needle -------------------------------------

_HTML_PIECES = st.sampled_from(
    [
        "<", ">", "=", "<h", "<h1", "<h6", "<h7", "<small", "<big", "<b", "font", "fon",
        "face", "face=", "color=", "bgcolor=", "text=", "link=", "vlink", "x=", "a", " ",
        "<p>", '"', "style", "<style", "=(", "\\",
    ]
)  # fmt: skip
html_texts = st.lists(_HTML_PIECES, max_size=40).map("".join)
attr_names = st.lists(
    st.one_of(st.sampled_from(["face", "color", "link", "vlink", "", "x(", "a|b"]), st.text()),
    max_size=6,
)


@settings(max_examples=400, deadline=None)
@given(html_texts)
def test_size_prefilter(low: str) -> None:
    expected = (
        "font" in low or "<small" in low or "<big" in low or any(f"<h{i}" in low for i in "123456")
    )
    assert style._size_prefilter(low) == expected


@settings(max_examples=400, deadline=None)
@given(attr_names, st.one_of(html_texts, st.text()))
def test_attr_needle(attrs: list[str], low: str) -> None:
    expected = any(f"{a}=" in low for a in attrs)
    assert (style._attr_needle(attrs).search(low) is not None) == expected


# -- style.line_breaks: blank runs ------------------------------------------------------

_BLANK_RUN = re.compile(r"\n(?:[ \t\xa0]*\r?\n){2,}")


def reference_blank_runs(text: str) -> list[tuple[int, int]]:
    text = text.replace("\r\n", "\n")
    start, end = len(text) - len(text.lstrip()), len(text.rstrip())
    return [m.span() for m in _BLANK_RUN.finditer(text) if m.start() >= start and m.end() <= end]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(["\n", "\r", "\r\n", " ", "\t", "\xa0", "a", "\x0b"])).map("".join))
def test_blank_runs(text: str) -> None:
    assert [m.span() for m in style._blank_runs(text)] == reference_blank_runs(text)


# -- XPath rewrites: the same elements as the plain expressions --------------------------

_TAGS = [
    "p",
    "font",
    "basefont",
    "body",
    "h1",
    "h3",
    "h6",
    "h7",
    "small",
    "big",
    "img",
    "td",
    "o:p",
]
_ATTRS = [
    'style="x"', 'size="3"', 'face="A"', 'color="red"', 'bgcolor="#fff"', "background=b",
    'text="1"', "link=2", "vlink", 'align="center"', 'width="1"', 'style=""', "class=c",
]  # fmt: skip
_element = st.tuples(st.sampled_from(_TAGS), st.lists(st.sampled_from(_ATTRS), max_size=3))
html_docs = st.lists(_element, min_size=1, max_size=12).map(
    lambda els: "".join(f"<{t} {' '.join(a)}>x" for t, a in els)
)


def plain_size_xpath(tags: list[str]) -> str:
    named = "".join(f" or self::{t}" for t in sorted(tags))
    return f"//*[@style or (self::font and @size){named}]"


def plain_override_xpath(pairs: list[tuple[str, str]]) -> str:
    tests = ["@style"] + [f"@{a}" if t == "*" else f"(self::{t} and @{a})" for t, a in pairs]
    return f"//*[{' or '.join(tests)}]"


_PAIRS = [
    [("font", "face"), ("font", "color"), ("basefont", "face"), ("body", "text"), ("*", "bgcolor")],
    [("font", "face"), ("*", "face"), ("body", "link"), ("body", "vlink")],
    [],
]


@settings(max_examples=300, deadline=None)
@given(html_docs)
def test_xpath_rewrites(html: str) -> None:
    from lxml import etree

    from policies.model import parse_html
    from policies.rules import images

    root = parse_html(html)

    def same(plain: str, fast: str) -> None:
        assert etree.XPath(fast)(root) == etree.XPath(plain)(root), (plain, fast)

    for tags in (["big", "h1", "h2", "h3", "h4", "h5", "h6", "small"], ["h1"]):
        same(plain_size_xpath(tags), style._size_xpath(dict.fromkeys(tags, "1px")))
    for pairs in _PAIRS:
        same(plain_override_xpath(pairs), style._override_xpath(pairs))
    same("//*[@style or (self::font and @size)]", style._SIZE_FIX_XPATH)
    same("//*[self::img or @background or @style]", images._BACKGROUND_XPATH)


# -- style.emoji: the visible texts -----------------------------------------------------

_TEXT_TAGS = ["p", "title", "script", "style", "img", "span", "noscript", "td", "a"]
_TEXT_ATTRS = ['alt="A"', 'title="T"', 'alt=""', "title", 'class="x"']
_text_element = st.tuples(
    st.sampled_from(_TEXT_TAGS),
    st.lists(st.sampled_from(_TEXT_ATTRS), max_size=2),
    st.sampled_from(["", "x", " ", "é😀"]),
    st.booleans(),
)
text_docs = st.lists(_text_element, min_size=1, max_size=12).map(
    lambda els: "".join(
        f"<{t} {' '.join(a)}>{x}"
        + (f"</{t}>tail" if close else "")
        + ("<!--c-->y" if x == " " else "")
        for t, a, x, close in els
    )
)


@settings(max_examples=300, deadline=None)
@given(text_docs)
def test_visible_texts(html: str) -> None:
    from policies.model import parse_html

    root = parse_html(html)
    slots = [style._slot_get(el, slot) for el, slot in style._visible_text_slots(root)]
    assert list(style._visible_texts(root)) == slots


# -- style sheets passed over when they lack a needle -----------------------------------

_CSS_PIECES = st.sampled_from(
    [
        "a{", "p {", "}", "text-align", "TEXT-Align", "/*", "*/", ":", ";", "url(", ")",
        "http:", "HTTP:", "ht", "tp:", "//x.png", " ", "center", "!important", "@media x{",
        "'", "İ", "Σ",
    ]
)  # fmt: skip
css_texts = st.lists(_CSS_PIECES, min_size=1, max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(css_texts)
def test_style_sheet_needle(css: str) -> None:
    from policies.model import parse_html
    from policies.rules import images

    root = parse_html(f"<html><head><style>{css}</style></head><body>x</body></html>")
    align = style.style_sheet_declarations(root, lambda d: d.prop == "text-align")
    fast_align = style.style_sheet_declarations(
        root, lambda d: d.prop == "text-align", needle="text-align"
    )
    assert list(fast_align) == list(align)
    insecure = style.style_sheet_declarations(root, images._css_insecure)
    fast_insecure = style.style_sheet_declarations(root, images._css_insecure, needle="http:")
    assert list(fast_insecure) == list(insecure)


# -- style.emoji: candidates searched in the non-ASCII runs only -------------------------

_EMOJI_PIECES = st.sampled_from(
    [
        "a", " ", "\n", "#", "1", "’", "é", "日本", "😀", "👍🏽", "👨‍👩‍👧", "🇩🇪", "★", "©️", "™",
        "\ufe0f", "\u20e3", "1\ufe0f\u20e3", "\U000e0067", "→", "\xa0",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_EMOJI_PIECES, max_size=40).map("".join))
def test_emoji_candidates(text: str) -> None:
    from policies import load_policy

    for policy in (load_policy(), load_policy('[rules."style.emoji"]\nextra_chars = ["#", "★"]\n')):
        cfg = style._emoji_config(policy)
        expected = [m.span() for m in cfg.prefilter.finditer(text)]
        assert [m.span() for m in style._candidates(text, cfg)] == expected


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=120).map("".join))
def test_spelling_words_either_token_path(text: str) -> None:
    # Both ways of leaving out URL tokens: by their marks, and token by token.
    expected = reference_words(text)
    saved = style._MARK_SPACING
    try:
        for spacing in (1, 10**9):
            style._MARK_SPACING = spacing
            assert style.spelling_words(text) == expected
    finally:
        style._MARK_SPACING = saved


@settings(max_examples=400, deadline=None)
@given(st.one_of(texts, ascii_texts))
def test_lower_counts_is_the_filter(text: str) -> None:
    # The judged words of the counted tokens, in the same order.
    tokens = style._ascii_tokens(style._spelling_text(text))
    if tokens is None:
        return
    counts = Counter(tokens)
    expected = {w: n for w, n in counts.items() if len(w) >= 2 and w.islower()}
    assert list(style._lower_counts(counts).items()) == list(expected.items())
