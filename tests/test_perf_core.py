"""The core's fast paths against the exact computations they replace (same results)."""

from __future__ import annotations

import email.errors
import email.header
import email.policy
import email.utils
import re
import time
from email.message import Message

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from policies import load_policy
from policies.model import (
    _XML_INCOMPATIBLE,
    _addresses,
    _merge_runs,
    _walk_html_events,
    content_charset,
    decode_header_value,
    parse_html,
    parse_message,
    walk_html,
    walk_segments,
    without_xml_incompatible,
)
from policies.prefilter import Guarded, LineMarkers, required_strings

POLICY = load_policy()
MARKERS: list[str] = POLICY.section("quotes")["markers"]
FLAGS = re.IGNORECASE | re.MULTILINE

# Marker lists: the defaults, and shapes that exercise each branch of the split.
MARKER_SETS = [
    MARKERS,
    [r"^from:", r"-{3,}x"],
    [r"^a|^b", r"c-{2}d"],  # the parser factors a common "^" out of a branch
    [r"^[ \t]*$", r"--"],  # an anchored pattern that can match an empty line
    [r"(a)-\1", r"^b:"],  # a back-reference: not split
    [r"^x:", r"^y-"],  # anchored only
    [r"z--", r"\bq-"],  # loose only
    [r"(?<=a)b:", r"^c:"],  # a look-behind: not line-local, not split
    [r"^[ \t]*(sx|ix|kx)", r"^\d-"],  # case folding in the start gate; a digit: no gate
    [r"^(?-i:S)x", r"^y?"],  # a scoped flag, a pattern matching the empty string
    [r"^[ \t]*x:", r"^[ \t]*(a|b)[ \t]"],  # a blank as a needle: no needle gate
    [r"^.*x-", r"^[ \t]*-y"],  # no start characters: the needle gate alone
]
PIECES = [
    "-", "--", "---", "----", ":", "\n", " ", "\t", "a", "b", "c", "d", "x", "y", "z", "q",
    "from", "From:", "FROM:", "on ", "On Mon, 1 Jan Anna ", " wrote", " wrote:", "@",
    "-----Original Message-----", "----- begin message -----", "Am Montag Anna schrieb:",
    "From: a@b.example Sent:", "Von: x@y", "\u212a", "\u017f", "ı", "İ", "é", "123-1234567-1234567",
    "http://a.example/x-y", "_", "__", "ıl abcd wrote:", "\u0130L abcd wrote:", "\u017fx",
    "Sx", "sX", "\u212ax", "1-", "        ", "\t\t",
]  # fmt: skip

texts = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(MARKER_SETS), texts)
def test_line_markers_find_what_the_alternation_finds(markers: list[str], text: str) -> None:
    fast = LineMarkers.build(markers, FLAGS)
    plain = re.compile("|".join(f"(?:{m})" for m in markers), FLAGS).search(text)
    found = fast.search(text)
    assert (plain and (plain.span(), plain.group(0))) == (found and (found.span(), found.group(0)))


def test_indented_lines_are_passed_over_in_linear_time() -> None:
    # `^[ \t]*(-{2,}|_{2,})?[ \t]*(von|from|de|da):` backtracks quadratically in the
    # indentation of a line it is tried on: the finder's gate must keep it off these.
    markers = LineMarkers.build(MARKERS, FLAGS)
    text = ((" " * 2000 + "x-y:z\n") + (" " * 2000 + "\n")) * 50 + "From: a@b.example"
    started = time.perf_counter()
    found = markers.search(text)
    assert time.perf_counter() - started < 0.5
    assert found is not None and found.start() == text.index("From:")


def test_default_markers_are_split() -> None:
    markers = LineMarkers.build(MARKERS, FLAGS)
    assert isinstance(markers, LineMarkers)
    assert isinstance(LineMarkers.build([r"(a)-\1", r"^b:"], FLAGS), Guarded)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from([*MARKERS, r"-{3,}x", r"a-{2}b:", r"(?:x--y)+", r"(z---)", "k-"]), texts)
def test_string_guard_finds_what_the_pattern_finds(source: str, text: str) -> None:
    pattern = re.compile(source, FLAGS)
    needles = required_strings(pattern)
    match = pattern.search(text)
    if match is not None and needles is not None:
        assert any(n in match.group(0) for n in needles)
    guarded = Guarded(pattern, strings=True)
    found = guarded.search(text)
    assert (match and match.span()) == (found and found.span())


ADDRESS_PIECES = [
    "a", "B", "0", ".", "..", "@", "_", "%", "+", "-", " ", ",", "<", ">", '"', "(", ")",
    "x.example", "é", ";", ":", "[", "]", "\\", "\t",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.lists(st.sampled_from(ADDRESS_PIECES), max_size=12).map("".join), max_size=3))
def test_plain_addresses_read_as_the_stdlib_reads_them(values: list[str]) -> None:
    exact = [addr for _, addr in email.utils.getaddresses(values) if addr]
    assert _addresses(tuple(values)) == exact


HEADER_PIECES = ["a", " ", "=?", "?=", "=?utf-8?q?caf=C3=A9?=", "é", "\t", "\n ", "?", "Re:"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(HEADER_PIECES), max_size=8).map("".join))
def test_plain_headers_decode_as_the_stdlib_decodes_them(value: str) -> None:
    try:
        exact = str(email.header.make_header(email.header.decode_header(value)))
    except (UnicodeError, LookupError, email.errors.HeaderParseError, ValueError):
        exact = value
    assert decode_header_value(value) == (exact if value else "")


CTYPE_PIECES = [
    "text/plain", "text/html", ";", " ", "\t", "\r\n ", "charset", "CharSet", "chaſet", "=",
    '"', "utf-8", "UTF-8", "iso-8859-1", "'", "\\", "name=x", "é", "*", "*0", "us-ascii''x",
]  # fmt: skip


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(CTYPE_PIECES), max_size=10).map("".join))
def test_plain_charsets_read_as_the_stdlib_reads_them(value: str) -> None:
    part = Message()
    part["Content-Type"] = value
    assert content_charset(part) == part.get_content_charset()


@pytest.mark.parametrize(
    "value",
    [
        'text/plain; charset="utf-8"',
        "text/plain; charset=UTF-8",
        "text/html;\r\n charset=iso-8859-1 ",
        ' text/plain ;charset = "utf-8"',
        'text/plain; charset=""',
        "text/plain; charset=utf-8; format=flowed",
        "text/plain; chaſet=utf-8",
        'text/plain; charset="utf-8',
        "text/plain; charset*=us-ascii''utf-8",
    ],
)
def test_usual_charsets_read_as_the_stdlib_reads_them(value: str) -> None:
    part = Message()
    part["Content-Type"] = value
    assert content_charset(part) == part.get_content_charset()


HTML_PIECES = [
    "<div>", "</div>", "<p>", "</p>", "<br>", "<blockquote>", "</blockquote>", "<span>",
    "</span>", '<div class="gmail_quote">', '<div id="divRplyFwdMsg">', "<!-- c -->",
    "<style>x{}</style>", "<script>s</script>", "<head><title>t</title></head>", "text",
    " ", "\n", "tail", "<table><tr><td>", "</td></tr></table>", "<?pi x?>", "<noscript>",
    "</noscript>", "<b>", "</b>", "&amp;", "<template>", "</template>", "<center>",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(HTML_PIECES), max_size=30).map("".join))
def test_recursive_html_walk_is_the_event_walk(html: str) -> None:
    root = parse_html(html)
    classes = frozenset(POLICY.section("quotes")["html_classes"])
    assert walk_html(root, classes) == _walk_html_events(root, classes)


def _segments_reference(html: str) -> list[tuple[str, bool]]:
    """The segments as first written: the chunks split at the first marker in their
    unquoted text, then merged into runs (no shortcut for messages without quotes)."""
    root = parse_html(html)
    chunks = walk_html(root, frozenset(POLICY.section("quotes")["html_classes"])).chunks
    markers = LineMarkers.build(MARKERS, FLAGS)
    match = markers.search("".join(text for text, quoted in chunks if not quoted))
    if match is None:
        return _merge_runs(chunks)
    cut, pos = match.start(), 0
    out: list[tuple[str, bool]] = []
    for text, quoted in chunks:
        if quoted:
            out.append((text, True))
            continue
        end = pos + len(text)
        if end <= cut:
            out.append((text, False))
        elif pos >= cut:
            out.append((text, True))
        else:
            out += [(text[: cut - pos], False), (text[cut - pos :], True)]
        pos = end
    return _merge_runs(out)


SEGMENT_PIECES = [
    *HTML_PIECES, "-----Original Message-----", "On Mon, 1 Jan Anna wrote:", "\xa0", "  ",
    "\t", "\n\n",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(SEGMENT_PIECES), max_size=30).map("".join))
def test_html_segments_are_the_merged_runs(html: str) -> None:
    root = parse_html(html)
    walk = walk_html(root, frozenset(POLICY.section("quotes")["html_classes"]))
    assert walk_segments(walk, LineMarkers.build(MARKERS, FLAGS)) == _segments_reference(html)
    assert walk_segments(walk, None) == _merge_runs(walk.chunks)


def test_html_walk_survives_a_tree_deeper_than_the_stack() -> None:
    root = parse_html("<div>x</div>")
    el = root.find(".//div")
    for _ in range(3000):  # deeper than parsing allows: only an edit builds this
        el = etree.SubElement(el, "div")
        el.tail = "t"
    classes = frozenset(["gmail_quote"])
    assert walk_html(root, classes) == _walk_html_events(root, classes)


START_PATTERNS = [
    r"(?<![\w+])\+?\(?\d[\d \t\u00a0().\-/]*\d(?!\w)",
    r"(?<!\d)[1-9]\d{2}-\d{7}",
    r"(?<!-)[a-c]x",
    r"(?:[★☆]\s?){3,}|(?<!\*)\*{5}(?!\*)",
    r"(?<!\w)[3-5]+",
    r"[1-9]",
]
START_PIECES = ["1", "0", "9", "123", "-", "+", "(", ")", " ", "a", "x", "★", "*", "\u0663", "é"]


@settings(max_examples=600, deadline=None)
@given(
    st.sampled_from(START_PATTERNS),
    st.lists(st.sampled_from(START_PIECES), max_size=60).map("".join),
    st.sampled_from([0, re.IGNORECASE, re.ASCII]),
)
def test_start_scan_finds_what_the_pattern_finds(source: str, text: str, flags: int) -> None:
    pattern = re.compile(source, flags)
    guarded = Guarded(pattern)
    assert [m.span() for m in guarded.finditer(text)] == [m.span() for m in pattern.finditer(text)]
    plain = pattern.search(text)
    found = guarded.search(text)
    assert (plain and plain.span()) == (found and found.span())


XML_PIECES = [
    "a", "<p>", "\x00", "\x08", "\t", "\n", "\x0b", "\x0c", "\r", "\x1f", " ", "é",
    "\ufffe", "\uffff", "\ufffd", "\ud800", "€", "\U0001f600", "\x7f", "\x80",
]  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(XML_PIECES), max_size=30).map("".join))
def test_xml_incompatible_characters_dropped_as_the_pattern_drops_them(text: str) -> None:
    assert without_xml_incompatible(text) == _XML_INCOMPATIBLE.sub("", text)


MIME_PIECES = [
    b"Subject: x\r\n", b"Content-Type: multipart/mixed; boundary=b\n", b"\n", b"\r\n",
    b"--b\n", b"--b--\n", b"Content-Type: text/plain; charset=utf-8\n", b"\r", b"body ",
    b"Content-Transfer-Encoding: base64\n", b"aGk=\n", b"\xc3\xa9", b"\xff", b" folded\n",
    b"From nobody\n", b"x" * 8190, b"Content-Type: message/rfc822\n", b"bad header line\n",
]  # fmt: skip


def _as_string(msg: Message) -> str:
    """The message written out, or why the stdlib cannot (a folded charset parameter makes
    it look up "utf-8\\n folded": the same error for both parses)."""
    try:
        return msg.as_string()
    except LookupError as exc:
        return f"LookupError: {exc}"


def _parsed(msg: Message) -> tuple[object, ...]:
    parts = list(msg.walk())
    return (
        _as_string(msg),
        [(p.items(), p.get_payload(decode=True), [repr(d) for d in p.defects]) for p in parts],
        [type(p.get_payload()) for p in parts],
    )


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(MIME_PIECES), max_size=25).map(b"".join))
def test_message_parsed_as_message_from_bytes_parses_it(raw: bytes) -> None:
    expected = email.message_from_bytes(raw, policy=email.policy.compat32)
    assert _parsed(parse_message(raw)) == _parsed(expected)
