"""The fast paths of the contact and link rules give exactly what the plain code gives.

Each test compares a shortcut with the straightforward computation it replaces, on text
built from the characters that matter to it (digits, separators, words, line ends, non-ASCII
letters and digits), so the edge cases come up often.
"""

from __future__ import annotations

import re
from typing import Any

import lxml.html
import phonenumbers
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policies import Envelope, load_policy
from policies.model import MessageModel
from policies.prefilter import Guarded
from policies.rules import contact, links
from policies.rules.contact import _long_candidates, find_phones, off_platform_config, phone_config
from policies.rules.links import fast_phrases, phrases_of, text_urls
from tests.mail import make_message

POLICY = load_policy()
PROPERTY = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Pieces phone-like text is made of: digits (ASCII and not), every separator the patterns
# know, words, an order id, line ends and odd spaces.
_PHONE_PIECES = [
    *"0123456789",
    "+",
    "(",
    ")",
    " ",
    "\t",
    "\u00a0",
    ".",
    "-",
    "/",
    "\n",
    ",",
    "x",
    "a",
    "_",
    "é",
    "٣",  # ARABIC-INDIC DIGIT THREE: `\d` and isdecimal, not ASCII
    "²",  # isdigit, not `\d`
    "call ",
    "order ",
    "tracking number ",
    "warranty ",
    "www.shop.com ",
    "0171 2345678",
    "+44 20 7946 0958",
    "(555) 123-4567",
    "123-1234567-1234567",
    "2024-05-01",
    "12.99",
]
phone_text = st.lists(st.sampled_from(_PHONE_PIECES), max_size=40).map("".join)


def _exact_candidates(text: str) -> list[tuple[int, int]]:
    cfg = phone_config(POLICY)
    return [
        m.span()
        for m in cfg.candidate.pattern.finditer(text)
        if sum(c.isdigit() for c in m.group(0)) >= cfg.min_digits
    ]


def _exact_find_phones(text: str) -> list[tuple[int, int, str, str, bool]]:
    """find_phones as it was before its shortcuts: every candidate of the whole text,
    each window masked afresh."""
    cfg = phone_config(POLICY)
    if not text or cfg.run.search(text) is None:
        return []
    found: list[tuple[int, int, Any]] = []
    for cand in cfg.candidate.finditer(text):
        if sum(c.isdigit() for c in cand.group(0)) < cfg.min_digits:
            continue
        lo, hi = max(0, cand.start() - 24), min(len(text), cand.end() + 24)
        window = text[lo:hi]
        if cfg.exclude is not None:
            window = cfg.exclude.sub(lambda m: "#" * len(m.group(0)), window)
        for start, end, _ in text_urls(POLICY, window):
            window = window[:start] + "#" * (end - start) + window[end:]
        for sub in cfg.candidate.finditer(window):
            chunk = sub.group(0)
            if sum(c.isdigit() for c in chunk) < cfg.min_digits:
                continue
            for region in cfg.regions:
                for m in phonenumbers.PhoneNumberMatcher(chunk, region, leniency=cfg.leniency):
                    offset = lo + sub.start()
                    found.append((offset + m.start, offset + m.end, m.number))
    out: list[tuple[int, int, str, str, bool]] = []
    for start, end, number in sorted(found, key=lambda f: (f[0], -f[1])):
        if out and start < out[-1][1]:
            continue
        before = contact._last_words(text[:start], cfg.reference_words_window)
        if cfg.reference_words is not None and cfg.reference_words.search(before):
            continue
        e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        exception = contact._is_exception(cfg, text, start, end)
        out.append((start, end, text[start:end], e164, exception))
    return out


def _hits(text: str, windows: dict[str, Any] | None = None) -> list[tuple[Any, ...]]:
    return [
        (h.start, h.end, h.raw, h.e164, h.exception) for h in find_phones(POLICY, text, windows)
    ]


def test_candidate_characters_match_the_patterns() -> None:
    cfg = phone_config(POLICY)
    assert set(contact._RUN_SEPARATORS) | {"+", "("} == contact._CANDIDATE_CHARS
    for char in map(chr, range(0x3100)):
        if char.isdecimal():
            continue
        between = f"123{char}4567"
        separator = char in contact._RUN_SEPARATORS
        assert (cfg.run.fullmatch(between) is not None) == separator, repr(char)
        assert (cfg.candidate.fullmatch(between) is not None) == separator, repr(char)
        assert (cfg.candidate.fullmatch(char + "1234567") is not None) == (char in "+("), char
    for byte in range(128):
        char = chr(byte)
        expected = (
            "0" if char.isdigit() else "." if separator_of(char) else "+" if char == "+" else "x"
        )
        assert chr(contact._ASCII_CLASSES[byte]) == expected, repr(char)


def separator_of(char: str) -> bool:
    return char in contact._RUN_SEPARATORS


@PROPERTY
@given(phone_text)
def test_long_candidates_match_the_whole_text_scan(text: str) -> None:
    cfg = phone_config(POLICY)
    assert [m.span() for m in _long_candidates(cfg, text)] == _exact_candidates(text)


@PROPERTY
@given(st.lists(phone_text, min_size=1, max_size=4))
def test_find_phones_matches_the_plain_search(texts: list[str]) -> None:
    windows: dict[str, Any] = {}  # shared, as the rule shares it between texts
    for text in texts:
        expected = _exact_find_phones(text)
        assert _hits(text) == expected
        assert _hits(text, windows) == expected


def test_find_phones_finds_real_numbers() -> None:
    text = "Call 0171 2345678 or +44 20 7946 0958; order 123-1234567-1234567."
    assert _hits(text) == _exact_find_phones(text)
    assert len(_hits(text)) == 2


_WORDS = [
    "unsubscribe",
    "opt",
    "out",
    "abmelden",
    "Bitte",
    "配信停止",
    "İ",
    "ſ",
    "x",
    "date",
    "de",
    "baja",
    "opt-out",
    "más",
    "mas",
    "no",
]
word_text = st.lists(
    st.sampled_from([*_WORDS, " ", "\n", "\t", ".", "-", "\u2028", "\u00a0"]), max_size=12
).map("".join)


@PROPERTY
@given(st.lists(word_text, max_size=5))
def test_in_any_never_rules_out_a_matching_text(texts: list[str]) -> None:
    for words in (
        fast_phrases(["unsubscribe", "abmelden*", "配信停止", "opt out", "x-"]),
        fast_phrases(["date de baja", "opt-out", "opt out", "out"]),
        fast_phrases(["no más", "no mas*", "baja", "desde más"]),  # some words not ASCII
        phrases_of(POLICY, links.OPT_OUT),
    ):
        assert words is not None
        if any(words.spans(t) for t in texts):
            assert words.in_any(texts)


@PROPERTY
@given(word_text)
def test_phrase_search_is_the_first_span(text: str) -> None:
    for words in (
        fast_phrases(["unsubscribe", "abmelden*", "配信停止", "opt out", "x-", "line配信"]),
        phrases_of(POLICY, links.OPT_OUT),
        phrases_of(POLICY, contact.OFF_PLATFORM),
    ):
        assert words is not None
        spans = words.spans(text)
        assert words.search(text) == (spans[0] if spans else None)


_NAME_PIECES = ["LINE", "LINEx", "Signal", "Messenger", "Mess", "on ", "via ", " ID", " app", "_"]
name_text = st.lists(st.sampled_from([*_NAME_PIECES, " ", "\n", "é", "x", "."]), max_size=12)


@PROPERTY
@given(name_text.map("".join))
def test_name_matches_are_the_guarded_scan(text: str) -> None:
    cfg = off_platform_config(POLICY)
    assert cfg.names is not None
    fast = [m.span() for m in contact._name_matches(cfg, cfg.names, text)]
    assert fast == [m.span() for m in cfg.names.pattern.finditer(text)]


_MARKER_PIECES = [
    "On Mon, 3 May 2024, Sam wrote:",
    "-----Original Message-----",
    "From: sam@example.com",
    "Von: Sam",
    "Sent:",
    "-- ",
    ":",
    "-",
    " ",
    "\t",
    "\n",
    "\r",
    "\r\n",
    ">",
    "x",
    "wrote",
]
marker_text = st.lists(st.sampled_from(_MARKER_PIECES), max_size=8).map("".join)


@PROPERTY
@given(st.lists(marker_text, max_size=6))
def test_marker_memo_matches_the_search(texts: list[str]) -> None:
    markers = MessageModel(make_message(text="x"), Envelope(), POLICY).text_parts[0].quote_markers
    assert markers is not None
    seen: dict[str, bool] = {}
    for text in texts + [t + "\n" for t in texts] + [t + "\r\n" for t in texts]:
        assert links._has_marker(markers, text, seen) == (markers.search(text) is not None)


_EMAIL_PIECES = [
    "AT",
    "ÄT",
    "at",
    "[at]",
    "(at)",
    "( AT )",
    "@",
    "shop",
    " ",
    "\n",
    "\t",
    ".",
    "x",
    "com",
    "a@b.com",
    " AT ",
    " DOT ",
    "[dot]",
]
email_text = st.lists(st.sampled_from(_EMAIL_PIECES), max_size=8).map("".join)


@PROPERTY
@given(st.lists(email_text, max_size=5))
def test_email_hint_shortcuts(texts: list[str]) -> None:
    cfg = contact.email_config(POLICY)
    for text in texts:
        assert contact.hinted(cfg, text) == (cfg.hint.search(text) is not None)


@PROPERTY
@given(st.lists(st.sampled_from([*_EMAIL_PIECES, "A", "T", "xA", "Tx", "ROBASE"]), max_size=40))
def test_email_hint_on_long_texts(pieces: list[str]) -> None:
    # Past `_CAPITALS_FIRST` characters the "AT" words are first ruled out by capitals.
    cfg = contact.email_config(POLICY)
    assert cfg.ascii_hint_capitals
    pad = "x" * contact._CAPITALS_FIRST
    for text in ("".join(pieces) + pad, pad + " ".join(pieces), pad + "".join(pieces) + pad):
        assert contact.hinted(cfg, text) == (cfg.hint.search(text) is not None)


@PROPERTY
@given(st.lists(st.sampled_from(["a", "b", "co", "uk", "", "x.y"]), max_size=5).map(".".join))
def test_host_in_is_the_label_suffix_match(host: str) -> None:
    domains = frozenset({"co.uk", "b", "", "a.b", ".uk", "x.y"})
    labels = host.split(".")
    expected = any(".".join(labels[i:]) in domains for i in range(len(labels)))
    assert links.host_in(host, domains) == expected


_CSS_PIECES = [
    "url(",
    "URL(",
    "uRl( 'a.png' )",
    'url("x")',
    "@import ",
    "@IMPORT 'a.css';",
    "@ımport 'b.css';",
    "İ",
    ")",
    "'",
    '"',
    " ",
    "\n",
    "a",
    ";",
    "{",
    "}",
    "background:",
]
css_text = st.lists(st.sampled_from(_CSS_PIECES), max_size=16).map("".join)


@PROPERTY
@given(css_text)
def test_css_urls_are_the_plain_scan(text: str) -> None:
    expected = [(m.span(), m.groups()) for m in links._CSS_URL.finditer(text)]
    assert [(m.span(), m.groups()) for m in links._css_urls(text)] == expected


def test_css_url_letters_fold_only_as_lower_case_says() -> None:
    # `_css_urls` finds starts in the lower-cased text; only "ı" and "İ" match a letter of
    # "url(" or "@import" under IGNORECASE without lower-casing to it (and they are
    # tested for).
    every = "".join(map(chr, range(0x110000)))
    for letter in set("url(@import"):
        for char in re.findall(re.escape(letter), every, re.I):
            assert char.lower() == letter or char in "\u0130\u0131", (hex(ord(char)), letter)


@PROPERTY
@given(st.lists(st.sampled_from(["a.b", ". x", "x.", "", "\n", ".\n", "..", "www.x.de", "a"])))
def test_dotted_texts(texts: list[str]) -> None:
    expected = [i for i, t in enumerate(texts) if links._DOT_INSIDE.search(t)]
    assert links._dotted(texts) == expected


def _excluding(*patterns: str) -> Any:
    quoted = ", ".join("'" + p + "'" for p in patterns)
    return load_policy(f'[rules."contact.phone_number"]\nexclude_patterns = [{quoted}]\n')


_ODD_EXCLUDES = [
    _excluding("(?<=a)b", "\\bfoo", "(a|\\d)+", "[1-3]\\d", "1+2", "(x|y)z", "a(?=b)"),
    # no known start (any character, empty match, case-folding): the plain substitution
    _excluding("[^a]b", "\\d*", "(?i:ab)", "x?\\d"),
]


@PROPERTY
@given(phone_text)
def test_mask_is_the_plain_substitution(text: str) -> None:
    for policy in (POLICY, *_ODD_EXCLUDES):
        cfg = phone_config(policy)
        assert cfg.exclude is not None
        expected = cfg.exclude.sub(lambda m: "#" * len(m.group(0)), text)
        assert contact._mask(cfg, text) == expected


def _starts(source: str) -> str | None:
    return Guarded(re.compile(source)).starts


def test_start_class_of_patterns() -> None:
    odd = phone_config(_ODD_EXCLUDES[0]).exclude_scan
    plain = phone_config(_ODD_EXCLUDES[1]).exclude_scan
    assert odd is not None and odd.starts is not None
    assert plain is not None and plain.starts is None
    assert _starts(r"(?<!\d)[1-3]x|\d+") is not None
    assert _starts(r"a|\d*") is None  # may match nothing
    assert _starts(r"(?i)a") is None
    assert _starts(r"[^a]") is None
    assert _starts(r"(?<=a)") is None


@PROPERTY
@given(st.lists(email_text, max_size=6))
def test_email_texts_keep_every_text_with_an_address(texts: list[str]) -> None:
    cfg = contact.email_config(POLICY)
    kept = contact._email_texts(cfg, texts)
    assert kept == sorted(set(kept))
    for index, text in enumerate(texts):
        if contact.find_emails(POLICY, text) or contact.hinted(cfg, text):
            assert index in kept, text


@pytest.mark.parametrize(
    "html",
    [
        "<a href='x'>Track  your\\n parcel</a>",
        "<a href='x'>  </a>",
        "<a href='x'></a>",
        "<a href='x'>one <b>two</b></a>",
        "<a href='x'><!-- c -->text</a>",
        "<a href='x'><img alt='Logo'></a>",
        "<a href='x'> <img alt=' '> </a>",
    ],
)
def test_anchor_label_shortcut(html: str) -> None:
    el = lxml.html.fragment_fromstring(html)
    text = " ".join(el.text_content().split())
    if not text:
        alts = [(img.get("alt") or "").strip() for img in el.iter("img")]
        text = next((alt for alt in alts if alt), "")
    assert links.anchor_label(el) == text


# Words of the off-platform list (stems, hyphens, apostrophes, CJK) and their near misses.
_OFF_WORDS = {
    w for ps in POLICY.rule(contact.OFF_PLATFORM)["words"].values() for p in ps for w in p.split()
}
_OFF_PIECES = [
    *sorted(_OFF_WORDS)[:120],
    *["follow", "us", "on", "Follow", "USx", "e-mail", "d'amazon", "x-", "İ", "_", "é"],
]
off_text = st.lists(
    st.sampled_from([*_OFF_PIECES, " ", "  ", "\n", ".", "-", "'", "\u00a0", "公式"]), max_size=14
).map("".join)


@PROPERTY
@given(off_text, st.lists(st.sampled_from(_OFF_PIECES), max_size=4))
def test_spans_among_are_the_spans(text: str, extra: list[str]) -> None:
    """Trying the word list only where a phrase with all its words could start finds the
    same matches, whatever other words the token set holds."""
    tokens = frozenset(re.findall(r"\w+", text.lower()))
    for words in (
        phrases_of(POLICY, contact.OFF_PLATFORM),
        phrases_of(POLICY, links.OPT_OUT),
        fast_phrases(
            ["unsubscribe", "abmelden*", "配信停止", "opt out", "x-", "x-*", "-y", "a b*"]
        ),
    ):
        assert words is not None
        assert words.spans_among(text, tokens) == words.spans(text)
        assert words.spans_among(text, tokens | set(extra)) == words.spans(text)


def _reference_view_flags(part: Any) -> tuple[list[bool], list[bool]]:
    """Quoted flags of a part's slots and elements as the view loops first computed them
    (a marker test per run until the first marker, every run after it quoted)."""
    markers = part.quote_markers
    if not part.is_html:
        flags: list[bool] = []
        after = False
        for line in part.text.splitlines(keepends=True):
            if not after and markers is not None and markers.search(line) is not None:
                after = True
            flags.append(after or line.lstrip().startswith(">"))
        return flags, []
    walk = part.html_walk()
    flags = []
    cut = len(walk.runs)
    for _, _, text, quoted in walk.runs:
        if not quoted:
            if len(flags) > cut:
                quoted = True
            elif markers is not None and markers.search(text) is not None:
                cut = len(flags)
                quoted = True
        flags.append(quoted)
    return flags, [quoted or before > cut for _, quoted, before in walk.elements]


@PROPERTY
@given(st.lists(marker_text, max_size=6), st.booleans())
def test_views_quote_as_the_run_by_run_loop(texts: list[str], html: bool) -> None:
    if html:
        body = "".join(f"<p>{t}</p><div><b>{t}</b> x</div>" for t in texts)
        raw = make_message(html=f"<html><body>{body}</body></html>")
    else:
        raw = make_message(text="\n".join(texts))
    for part in MessageModel(raw, Envelope(), POLICY).text_parts:
        view = links.part_view(part)
        flags, elements = _reference_view_flags(part)
        assert [slot.quoted for slot in view.slots] == flags
        assert [quoted for _, quoted in view.elements] == elements
