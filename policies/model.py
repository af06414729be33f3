"""One model of a message: headers, envelope context, body parts, attachments, quoted history.

Parsing uses the stdlib `email` package with the compat32 policy: on a 5 KB reply it
parses in ~0.13 ms where `policy.default` takes ~0.95 ms (its header registry parses
every header eagerly), and only a handful of headers matter here; those are decoded on
demand. HTML is parsed once with lxml (~25 µs for 4 KB, against ~560 µs for
BeautifulSoup over lxml); rules read and rewrite that one tree.

The model is also the working copy for fixes: rules edit `TextPart.text`, the HTML tree,
headers and the attachment list, and `serialize()` writes only what changed.
"""

from __future__ import annotations

import codecs
import email
import email.charset
import email.errors
import email.header
import email.parser
import email.utils
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email.feedparser import FeedParser
from email.generator import BytesGenerator
from email.message import Message
from email.policy import compat32
from io import BytesIO
from typing import TYPE_CHECKING, Any, TypeVar

import lxml.html
from lxml import etree

from policies.prefilter import Guarded, LineMarkers
from policies.sniff import sniff

if TYPE_CHECKING:
    from policies.config import Policy

T = TypeVar("T")

PARSE_POLICY = compat32
OUTPUT_POLICY = compat32.clone(linesep="\r\n")

_UTF8_QP = email.charset.Charset("utf-8")
_UTF8_QP.body_encoding = email.charset.QP

KNOWN_CTES = {"", "7bit", "8bit", "binary", "base64", "quoted-printable"}
UNREADABLE_TYPES = {
    "multipart/encrypted",
    "multipart/signed+encrypted",
    "application/pkcs7-mime",
    "application/x-pkcs7-mime",
    "application/pgp-encrypted",
}
# Elements whose text is never shown to the reader.
NON_VISIBLE = {"script", "style", "head", "title", "template", "noscript"}
BLOCK_TAGS = {
    "p",
    "div",
    "br",
    "tr",
    "td",
    "th",
    "li",
    "ul",
    "ol",
    "table",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "hr",
    "section",
    "article",
    "header",
    "footer",
    "center",
}


@dataclass(slots=True)
class Envelope:
    """SMTP envelope context. `kind` forces reply/proactive (CLI flags); None = detect."""

    mail_from: str = ""
    rcpt_tos: list[str] = field(default_factory=list)
    kind: str | None = None


@dataclass(slots=True)
class Problem:
    """Something about the structure: `unreadable` ones block, the rest only warn."""

    location: str
    description: str
    unreadable: bool = False


def decode_header_value(value: object) -> str:
    """An RFC 2047 header as readable text; undecodable words are kept as they are.

    `value` is what `Message.get` returns: a str, None, or (for a header with raw 8-bit
    bytes, which compat32 hands back as such) an `email.header.Header`, whatever the
    type stubs say."""
    if not value:
        return ""
    text = str(value)
    if text.isascii() and "=?" not in text:
        # No encoded word: `decode_header` returns [(text, None)] and `make_header` gives
        # back the one ASCII chunk unchanged (both ~2 µs; the kind and subject ask).
        return text
    try:
        return str(email.header.make_header(email.header.decode_header(text)))
    except (UnicodeError, LookupError, email.errors.HeaderParseError, ValueError):
        return str(value)


def decode_bytes(data: bytes, charset: str | None) -> tuple[str, str | None]:
    """Text of a part and, if decoding was not clean, why (for mime.defect)."""
    name = (charset or "us-ascii").strip().strip('"').lower()
    try:
        codecs.lookup(name)
    except (LookupError, ValueError):  # ValueError: a NUL inside the charset name
        name = repr(name)[1:-1]
        try:
            return data.decode("utf-8"), f"unknown charset {name!r}; read as UTF-8"
        except UnicodeDecodeError:
            return data.decode("cp1252", errors="replace"), f"unknown charset {name!r}"
    try:
        return data.decode(name), None
    except LookupError:
        try:
            return data.decode("utf-8"), f"unknown charset {name!r}; read as UTF-8"
        except UnicodeDecodeError:
            return data.decode("cp1252", errors="replace"), f"unknown charset {name!r}"
    except UnicodeDecodeError:
        if name in ("us-ascii", "ascii"):
            try:
                return data.decode("utf-8"), "8-bit text labelled us-ascii; read as UTF-8"
            except UnicodeDecodeError:
                # 8-bit mail without a charset is almost always Windows-1252/Latin-1.
                return (
                    data.decode("cp1252", errors="replace"),
                    "8-bit text without a charset; read as Windows-1252",
                )
        return data.decode(name, errors="replace"), f"bytes invalid in charset {name!r}"


@dataclass(slots=True)
class TextPart:
    """A body part a person reads: text/plain or text/html."""

    part: Message
    index: int
    subtype: str
    text: str
    quote_markers: Guarded | None
    quote_classes: frozenset[str]
    dirty: bool = False
    _root: Any = None
    _segments: list[tuple[str, bool]] | None = None
    _lower: tuple[str, str] | None = None  # (text, text.lower())
    _derived: dict[str, Any] = field(default_factory=dict)

    @property
    def label(self) -> str:
        return f"text/{self.subtype} part {self.index}"

    @property
    def is_html(self) -> bool:
        return self.subtype == "html"

    @property
    def lower(self) -> str:
        """`text.lower()`, computed once per text: a dozen rules test the raw part for a
        word before they look closer ("<img", "align", "font"), ~60 µs each on 20 KB."""
        cached = self._lower
        if cached is None or cached[0] is not self.text:
            cached = self._lower = (self.text, self.text.lower())
        return cached[1]

    @property
    def root(self) -> Any:
        """The parsed HTML document (lxml), created once on first use."""
        if self._root is None:
            self._root = parse_html(self.text)
        return self._root

    def set_text(self, text: str) -> None:
        if text != self.text:
            self.text = text
            self.dirty = True
            self._segments = None
            self._derived.clear()
            if self.is_html:
                self._root = None

    def touch(self) -> None:
        """Mark the HTML tree as edited, so serialize() writes it back, and forget what
        was derived from it. Every edit of the tree must be followed by this before the
        part is read again."""
        self.dirty = True
        self._segments = None
        self._derived.clear()

    def derived(self, key: str, factory: Callable[[], T]) -> T:
        """A result computed from this part's text or tree (the link rules' text walk),
        kept until the part is next edited (`set_text`/`touch`).

        Unlike `MessageModel.shared` this also serves the fixes: each fix walks every part
        to re-detect, and most fixes leave most parts alone, so a walk is only redone
        after an edit (a rewritten template used to walk each part about six times)."""
        try:
            value: T = self._derived[key]
        except KeyError:
            value = self._derived[key] = factory()
        return value

    def html_walk(self) -> HtmlWalk:
        """The HTML tree walked once, kept until the part is edited: the segments and the
        link rules' text view (`links.part_view`) are both read from it, each walk of the
        tree costing more than either reading does."""
        walk: HtmlWalk | None = self._derived.get("model.html_walk")
        if walk is None:  # `derived`, without making a factory for the calls that find it
            walk = self._derived["model.html_walk"] = walk_html(self.root, self.quote_classes)
        return walk

    def segments(self) -> list[tuple[str, bool]]:
        """(text, quoted) runs in reading order; quoted = buyer's or Amazon's history.

        Computed once and kept until the part is edited (set_text/touch)."""
        if self._segments is None:
            if self.is_html:
                self._segments = walk_segments(self.html_walk(), self.quote_markers)
            else:
                self._segments = text_segments(self.text, self.quote_markers)
        return self._segments

    def own_text(self) -> str:
        # Kept with the segments (until the next edit): a dozen rules ask for it. Read as
        # `derived` reads it, without making a factory for the calls that find it.
        text: str | None = self._derived.get("model.own_text")
        if text is None:
            text = "\n".join(t for t, quoted in self.segments() if not quoted)
            self._derived["model.own_text"] = text
        return text

    def visible_text(self) -> str:
        text: str | None = self._derived.get("model.visible_text")
        if text is None:
            text = self._derived["model.visible_text"] = "\n".join(t for t, _ in self.segments())
        return text

    def render(self) -> str:
        if not self.is_html or self._root is None:
            return self.text
        return serialize_html(self._root)


@dataclass(slots=True)
class Attachment:
    """Any leaf part that is not body text: files, inline images, nested messages."""

    part: Message
    index: int
    filename: str
    declared_type: str
    data: bytes
    inline: bool
    content_id: str
    dropped: bool = False
    _kind: str | None = None

    @property
    def label(self) -> str:
        name = self.filename or self.content_id or self.declared_type
        return f"attachment {self.index} '{name}'"

    @property
    def kind(self) -> str:
        """The sniffed type, computed once (a slots dataclass cannot use cached_property)."""
        if self._kind is None:
            is_message = self.declared_type == "message/rfc822"
            self._kind = "message" if is_message else sniff(self.data)
        return self._kind

    @property
    def size(self) -> int:
        return len(self.data)


_XML_INCOMPATIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# The same characters in UTF-8: C0 controls are single bytes (never part of a longer
# sequence, whose bytes are all >= 0x80), U+FFFE and U+FFFF three bytes each.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20)])
_NONCHARACTERS = ("\ufffe".encode(), "\uffff".encode())


def without_xml_incompatible(text: str) -> str:
    """`_XML_INCOMPATIBLE.sub("", text)`; the regular expression takes ~5 ns a character,
    the byte tests that show most texts hold none of those characters a tenth of that."""
    data = text.encode("utf-8", "surrogatepass")
    if len(data.translate(None, _CONTROL_BYTES)) == len(data) and not any(
        n in data for n in _NONCHARACTERS
    ):
        return text
    return _XML_INCOMPATIBLE.sub("", text)


def parse_html(text: str) -> Any:
    """An lxml document for any input; junk yields an empty <html> rather than an error."""
    # C0 controls are invalid in HTML and lxml refuses them in edited text; drop them here.
    stripped = without_xml_incompatible(text).strip()
    if not stripped:
        return lxml.html.document_fromstring("<html><body></body></html>")
    try:
        return lxml.html.document_fromstring(stripped)
    except (etree.ParserError, ValueError):
        return lxml.html.document_fromstring("<html><body></body></html>")


def serialize_html(root: Any) -> str:
    doctype = root.getroottree().docinfo.doctype
    body = lxml.html.tostring(root, encoding="unicode", method="html")
    return f"{doctype}\n{body}" if doctype else body


def is_quote_element(el: Any, quote_classes: frozenset[str]) -> bool:
    if el.tag == "blockquote":
        return True
    classes = el.get("class")
    if classes and not quote_classes.isdisjoint(classes.split()):
        return True
    return (el.get("id") or "") in quote_classes


@dataclass(slots=True)
class HtmlWalk:
    """The visible text and the elements of an HTML tree, in document order.

    `chunks` are (text, inside a quote wrapper) for each shown `.text`/`.tail` and a "\n"
    at each block element's start and end; `runs` are the same texts without the line
    breaks, as (element, "text" or "tail", text, inside a quote wrapper), so a rule can edit
    them in place; `elements` are (element, inside or being a quote wrapper, how many runs
    come before it) for every element, shown or not. Quote markers are not applied here:
    the segments look for them in the joined text, the link view run by run, and the run
    count lets the latter place each element before or after the run with the marker.
    """

    chunks: list[tuple[str, bool]]
    runs: list[tuple[Any, str, str, bool]]
    elements: list[tuple[Any, bool, int]]


def walk_html(root: Any, quote_classes: frozenset[str]) -> HtmlWalk:
    """One pass over the tree for both readers: the segments and the link view used to
    walk it each, and the per-node Python work was most of either's cost.

    A recursive walk: ~20% faster than `etree.iterwalk`'s start and end events, which
    cost a Python round per event and a stack of open elements (`_walk_html_events`, the
    same result). Parsed HTML is at most ~256 levels deep (libxml2's limit); a deeper
    edited tree falls back to the event walk rather than fail."""
    try:
        return _walk_html_recursive(root, quote_classes)
    except RecursionError:
        return _walk_html_events(root, quote_classes)


def _walk_html_recursive(root: Any, quote_classes: frozenset[str]) -> HtmlWalk:
    walk = HtmlWalk([], [], [])
    _visit(root, False, False, walk.chunks, walk.runs, walk.elements, quote_classes)
    return walk


def _visit(
    el: Any,
    quoted: bool,
    skip: bool,
    chunks: list[tuple[str, bool]],
    runs: list[tuple[Any, str, str, bool]],
    elements: list[tuple[Any, bool, int]],
    quote_classes: frozenset[str],
) -> None:
    """One element of `walk_html`. `quoted`: inside a quote wrapper; `skip`: inside an
    element never shown; the element's tail belongs to that context, not to its own.
    (A module function, not a closure: a closure that calls itself is a reference cycle
    per walk, left to the garbage collector.)

    Children are read with `len(el)` and `el.getchildren()` rather than `for child in
    el`: the same nodes in the same order (all three count elements, comments, PIs and
    entities alike), but iterating makes a child iterator per element, about half the
    cost of this whole walk, and a leaf (most elements) needs no list at all."""
    tag = el.tag
    if not isinstance(tag, str):
        return  # comments and PIs: `iterwalk` passes them over, tails and all
    if tag in NON_VISIBLE:
        elements.append((el, quoted, len(runs)))
        if len(el):
            for child in el.getchildren():
                _visit(child, quoted, True, chunks, runs, elements, quote_classes)
    else:
        # `quoted or is_quote_element(el, quote_classes)`, inline (one call per element).
        inner = quoted
        if not quoted:
            if tag == "blockquote":
                inner = True
            else:
                classes = el.get("class")
                if classes and not quote_classes.isdisjoint(classes.split()):
                    inner = True
                else:
                    inner = (el.get("id") or "") in quote_classes
        elements.append((el, inner, len(runs)))
        block = tag in BLOCK_TAGS
        if not skip:
            if block:
                chunks.append(("\n", inner))
            text = el.text
            if text:
                chunks.append((text, inner))
                runs.append((el, "text", text, inner))
        if len(el):
            for child in el.getchildren():
                _visit(child, inner, skip, chunks, runs, elements, quote_classes)
        # The block's closing line break is inside the wrapper, the tail after it.
        if block and not skip:
            chunks.append(("\n", inner))
    if not skip:
        tail = el.tail
        if tail:
            chunks.append((tail, quoted))
            runs.append((el, "tail", tail, quoted))


def _walk_html_events(root: Any, quote_classes: frozenset[str]) -> HtmlWalk:
    """`walk_html` over `etree.iterwalk` events: no recursion."""
    chunks: list[tuple[str, bool]] = []
    runs: list[tuple[Any, str, str, bool]] = []
    elements: list[tuple[Any, bool, int]] = []
    quote_depth = 0
    skip_depth = 0
    # Whether each open visible element is a quote wrapper, so the end event does not
    # look at its attributes again.
    opened: list[bool] = []

    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if not tag or tag in NON_VISIBLE:
                if tag:
                    elements.append((el, bool(quote_depth), len(runs)))
                skip_depth += 1
                continue
            quote = is_quote_element(el, quote_classes)
            opened.append(quote)
            if quote:
                quote_depth += 1
            quoted = bool(quote_depth)
            elements.append((el, quoted, len(runs)))
            if skip_depth:
                continue
            if tag in BLOCK_TAGS:
                chunks.append(("\n", quoted))
            text = el.text
            if text:
                chunks.append((text, quoted))
                runs.append((el, "text", text, quoted))
        else:
            if not tag or tag in NON_VISIBLE:
                skip_depth -= 1
            else:
                # The block's closing line break is inside the wrapper, the tail after it.
                if tag in BLOCK_TAGS and not skip_depth:
                    chunks.append(("\n", bool(quote_depth)))
                if opened.pop():
                    quote_depth -= 1
            text = el.tail
            if text and not skip_depth:
                quoted = bool(quote_depth)
                chunks.append((text, quoted))
                runs.append((el, "tail", text, quoted))
    return HtmlWalk(chunks, runs, elements)


def html_segments(
    root: Any, markers: Guarded | None, quote_classes: frozenset[str]
) -> list[tuple[str, bool]]:
    """Visible text of an HTML tree as (text, quoted) runs (see `walk_segments`)."""
    return walk_segments(walk_html(root, quote_classes), markers)


def walk_segments(walk: HtmlWalk, markers: Guarded | None) -> list[tuple[str, bool]]:
    """A walked HTML tree's visible text as (text, quoted) runs.

    Quoted = inside a blockquote or a mail client's quote wrapper, or after a text marker
    such as "-----Original Message-----". The marker search runs once over the joined
    text rather than per text node: per-node searching dominated the profile.
    """
    chunks = walk.chunks
    if markers is None:
        return _merge_runs(chunks)
    own_texts = [text for text, quoted in chunks if not quoted]
    own = "".join(own_texts)
    match = markers.search(own)
    if match is not None:
        return _merge_runs(_split_at(chunks, match.start()))
    if len(own_texts) == len(chunks):
        # Nothing quoted (most messages): `_merge_runs` would make the one unquoted run
        # of every chunk, i.e. join them again into `own`.
        return _single_run(own, False)
    return _merge_runs(chunks)


def _split_at(chunks: list[tuple[str, bool]], cut: int) -> list[tuple[str, bool]]:
    """The chunks with everything from offset `cut` of their unquoted text on quoted."""
    out: list[tuple[str, bool]] = []
    pos = 0
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
            out.append((text[: cut - pos], False))
            out.append((text[cut - pos :], True))
        pos = end
    return out


def _merge_runs(chunks: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    out: list[tuple[str, bool]] = []
    buf: list[str] = []
    current = False
    for text, quoted in chunks:
        if quoted != current and buf:
            _flush_run(buf, current, out)
            buf = []
        current = quoted
        buf.append(text)
    if buf:
        _flush_run(buf, current, out)
    return out


def _flush_run(buf: list[str], quoted: bool, out: list[tuple[str, bool]]) -> None:
    joined = normalize_space("".join(buf))
    if joined:
        out.append((joined, quoted))


def _single_run(text: str, quoted: bool) -> list[tuple[str, bool]]:
    """`_merge_runs` of chunks that are all `quoted`, given their joined `text`."""
    joined = normalize_space(text)
    return [(joined, quoted)] if joined else []


def normalize_space(text: str) -> str:
    r"""`_SPACES` -> " ", then `_NEWLINES` -> "\n", then strip.

    Written for speed, same result: `_SPACES` changes nothing in a text without a blank
    other than single spaces (most texts), which a few substring tests show; and once it
    has run, a blank before a line feed is one space, so `_NEWLINES` (` \n\s*|\n\s+`) is
    "drop the space before each line feed, then fold the whitespace after each": the second
    step's pattern starts with a literal, so `re` jumps from line feed to line feed (the
    alternation was tried at every character; ~40 µs on a 3 KB part)."""
    if "  " in text or any(c in text for c in _ODD_BLANKS):
        text = _SPACES.sub(" ", text)
    if "\n" in text:
        text = _NEWLINE_WS.sub("\n", text.replace(" \n", "\n"))
    return text.strip()


# Same results as `[ \t\r\f\v\xa0]+` -> " " and ` ?\n\s*` -> "\n", without matching the
# runs that are already a single space or a bare line end: those replacements change
# nothing, and there is one per word. `_SPACES` is `[ \t\r\f\v\xa0]{2,}|[\t\r\f\v\xa0]`
# written to start with one character class (then `re` skips to candidates in C, 2x
# faster): two or more blanks, or a single blank that is not a space.
_SPACES = re.compile(r"[ \t\r\f\v\xa0](?:[ \t\r\f\v\xa0]+|(?<=[\t\r\f\v\xa0]))")
_NEWLINES = re.compile(r" \n\s*|\n\s+")
_ODD_BLANKS = "\t\r\f\v\xa0"  # what `_SPACES` replaces besides runs of spaces
_NEWLINE_WS = re.compile(r"\n\s+")


def text_segments(text: str, markers: Guarded | None) -> list[tuple[str, bool]]:
    """A plain-text part as (text, quoted) runs of lines: quoted from the first line with a
    quote marker on, and lines starting with ">"."""
    lines = text.splitlines()
    if not lines:
        return []
    joined = "\n".join(lines)
    if ">" not in joined and (markers is None or markers.line_local):
        # No ">" line: only a marker can start quoting. A line-local marker pattern finds
        # the same first match in the lines joined by "\n" as line by line, so one
        # search replaces the per-line loop (most of this function's cost).
        match = markers.search(joined) if markers is not None else None
        if match is None:
            return [(joined, False)]
        start = joined.rfind("\n", 0, match.start()) + 1
        if start == 0:
            return [(joined, True)]
        return [(joined[: start - 1], False), (joined[start:], True)]
    return _text_segments_by_line(lines, markers)


def _text_segments_by_line(lines: list[str], markers: Guarded | None) -> list[tuple[str, bool]]:
    out: list[tuple[str, bool]] = []
    run: list[str] = []
    run_quoted = False
    after_marker = False
    for line in lines:
        if not after_marker and markers is not None and markers.search(line):
            after_marker = True
        quoted = after_marker or line.lstrip().startswith(">")
        if quoted != run_quoted and run:
            out.append(("\n".join(run), run_quoted))
            run = []
        run_quoted = quoted
        run.append(line)
    if run:
        out.append(("\n".join(run), run_quoted))
    return out


class MessageModel:
    """The parsed message plus everything rules need, built once per evaluation."""

    def __init__(self, raw: bytes, envelope: Envelope, policy: Policy) -> None:
        self.problems: list[Problem] = []
        self._subject: str | None = None
        self._kind: str | None = None
        self.raw = raw
        self.envelope = envelope
        self.policy = policy
        try:
            self.msg: Message = parse_message(raw)
        except RecursionError:
            # Thousands of nested parts: keep the headers, refuse the body (unreadable).
            self.msg = email.parser.BytesParser(policy=PARSE_POLICY).parsebytes(
                raw, headersonly=True
            )
            self.msg.set_payload("")
            self.problems.append(Problem("MIME structure", "nested too deeply to read", True))
        self.text_parts: list[TextPart] = []
        self.attachments: list[Attachment] = []
        self.headers_dirty = False
        self._shared: dict[str, Any] = {}
        self._addresses: dict[tuple[str, ...], list[str]] = {}
        self._max_depth, self._max_parts = policy.memo("model.limits", lambda: _limits(policy))
        self._part_count = 0
        quotes = policy.section("quotes")
        self._markers = policy.memo("quote.markers", lambda: _compile_markers(quotes["markers"]))
        self._quote_classes = policy.memo(
            "quote.classes", lambda: frozenset(quotes["html_classes"])
        )
        for defect in self.msg.defects:
            self.problems.append(Problem("message headers", _defect_text(defect)))
        self._walk(self.msg, depth=0)

    def shared(self, key: str, factory: Callable[[], T]) -> T:
        """A per-message result that several rules use (the link scan, the text views,
        the sentence analysis), built by the first rule that asks.

        Kept on the model, so it goes when the model goes. (These caches used to be
        WeakKeyDictionaries keyed by the model; their values point back at the model, so
        no entry was ever freed: the heap grew with every message and the garbage
        collector's full passes grew with it, to hundreds of ms.) Only for results of
        the pristine message: fixes edit the model and must compute afresh.
        """
        try:
            value: T = self._shared[key]
        except KeyError:
            value = self._shared[key] = factory()
        return value

    def release(self) -> None:
        """Drop the shared results once the message is judged. Some point back at the
        model (the sentence analysis does); without this, each model would be a reference
        cycle that only the garbage collector frees, thousands of objects per message.
        The parts' derived results point back at their part, so they go too."""
        self._shared.clear()
        for part in self.text_parts:
            part._derived.clear()

    # -- structure -------------------------------------------------------------------

    def _walk(self, part: Message, depth: int) -> None:
        self._part_count += 1
        if depth > self._max_depth:
            self.problems.append(
                Problem("MIME structure", f"nested deeper than {self._max_depth} levels", True)
            )
            return
        if self._part_count > self._max_parts:
            if self._part_count == self._max_parts + 1:
                self.problems.append(
                    Problem("MIME structure", f"more than {self._max_parts} parts", True)
                )
            return
        ctype = part.get_content_type()
        if ctype in UNREADABLE_TYPES:
            self.problems.append(
                Problem(ctype, "encrypted content cannot be checked", unreadable=True)
            )
            return
        if part.is_multipart():
            payload = part.get_payload()
            if not isinstance(payload, list):
                return
            if ctype == "message/rfc822":
                self._add_attachment(
                    part,
                    b"".join(_as_bytes(p) for p in payload if isinstance(p, Message)),
                    ctype,
                    (part.get_content_disposition() or "").lower(),
                )
                return
            for sub in payload:
                if isinstance(sub, Message):
                    self._walk(sub, depth + 1)
            return
        cte = str(raw_header(part, "content-transfer-encoding") or "").strip().lower()
        if cte not in KNOWN_CTES and not cte.startswith("x-uu") and cte != "uuencode":
            self.problems.append(
                Problem(ctype, f"unknown Content-Transfer-Encoding {cte!r}", unreadable=True)
            )
            return
        data = part.get_payload(decode=True)
        if not isinstance(data, bytes):
            data = b""
        # After decoding: the decoder records bad base64 and the like as defects.
        for defect in part.defects:
            self.problems.append(Problem(ctype, _defect_text(defect)))
        disposition = (part.get_content_disposition() or "").lower()
        # `get_content_maintype`/`_subtype` are the halves of `get_content_type()`, which
        # always holds exactly one "/": split the value we have rather than parse the
        # header again (each call re-parses Content-Type, ~1 µs).
        maintype, _, subtype = ctype.partition("/")
        if maintype == "multipart" and disposition != "attachment":
            # A multipart whose boundary never appears: mail programs show the raw body
            # as text, so it is checked as text.
            self._add_text(part, "plain", data)
            return
        if maintype == "text" and disposition != "attachment" and subtype in ("plain", "html"):
            self._add_text(part, subtype, data)
            return
        self._add_attachment(part, data, ctype, disposition)

    def _add_text(self, part: Message, subtype: str, data: bytes) -> None:
        index = len(self.text_parts) + 1
        text, issue = decode_bytes(data, content_charset(part))
        if issue:
            self.problems.append(Problem(f"text/{subtype} part {index}", issue))
        self.text_parts.append(
            TextPart(part, index, subtype, text, self._markers, self._quote_classes)
        )

    def _add_attachment(self, part: Message, data: bytes, ctype: str, disposition: str) -> None:
        """`ctype`, `disposition`: the part's content type and lower-case disposition."""
        filename = decode_header_value(part.get_filename() or "")
        cid = str(raw_header(part, "content-id") or "").strip().strip("<>")
        self.attachments.append(
            Attachment(
                part=part,
                index=len(self.attachments) + 1,
                filename=filename,
                declared_type=ctype,
                data=data,
                inline=disposition != "attachment",
                content_id=cid,
            )
        )

    # -- headers ----------------------------------------------------------------------

    def header(self, name: str) -> str:
        """A header decoded to text ('' when absent)."""
        return decode_header_value(raw_header(self.msg, name))

    def header_addresses(self, *names: str) -> list[str]:
        values = tuple(str(v) for n in names for v in header_values(self.msg, n))
        # Parsing the addresses costs ~17 µs for a To and a Cc, and several rules ask:
        # keep the result per message, keyed by the header values themselves, so an
        # edited header is parsed afresh.
        try:
            found = self._addresses[values]
        except KeyError:
            found = self._addresses[values] = _addresses(values)
        return list(found)

    @property
    def subject(self) -> str:
        """The decoded Subject, read once (and kept current by `set_subject`)."""
        if self._subject is None:
            self._subject = self.header("subject")
        return self._subject

    def set_subject(self, subject: str) -> None:
        if "subject" in self.msg:
            self.msg.replace_header("Subject", _encode_header(subject))
        else:
            self.msg["Subject"] = _encode_header(subject)
        self._subject = subject
        self.headers_dirty = True

    def remove_header(self, name: str) -> bool:
        if name not in self.msg:
            return False
        del self.msg[name]
        self.headers_dirty = True
        return True

    # -- classification ---------------------------------------------------------------

    @property
    def kind(self) -> str:
        """'reply' when the message answers the buyer, else 'proactive' (POLICY.md); worked
        out once. (Plain attributes, not `cached_property`: a class compiled by mypyc has
        no instance `__dict__` for it to store in.)"""
        if self._kind is None:
            self._kind = self._find_kind()
        return self._kind

    def _find_kind(self) -> str:
        if self.envelope.kind in ("reply", "proactive"):
            return self.envelope.kind
        scope = self.policy.section("scope")
        declared = self.header(scope["kind_header"]).strip().lower()
        if declared in ("reply", "proactive"):
            return declared
        if _has_value(self.msg, "in-reply-to") or _has_value(self.msg, "references"):
            return "reply"
        prefixes = self.policy.memo("scope.reply_prefixes", lambda: _reply_prefix_re(scope))
        return "reply" if prefixes.match(self.subject) else "proactive"

    @property
    def is_reply(self) -> bool:
        return self.kind == "reply"

    def html_parts(self) -> Iterator[TextPart]:
        return (p for p in self.text_parts if p.is_html)

    def plain_parts(self) -> Iterator[TextPart]:
        return (p for p in self.text_parts if not p.is_html)

    def live_attachments(self) -> list[Attachment]:
        return [a for a in self.attachments if not a.dropped]

    # -- rewriting --------------------------------------------------------------------

    def drop_attachment(self, attachment: Attachment) -> None:
        attachment.dropped = True

    @property
    def changed(self) -> bool:
        # Loops rather than any(<generator>): rules ask this about ten times a message.
        if self.headers_dirty:
            return True
        for part in self.text_parts:
            if part.dirty:
                return True
        for attachment in self.attachments:  # noqa: SIM110
            if attachment.dropped:
                return True
        return False

    def serialize(self) -> bytes:
        """The message with every edit applied, as valid MIME with CRLF line ends."""
        for tp in self.text_parts:
            if tp.dirty:
                _set_text_payload(tp.part, tp.render(), tp.subtype)
        dropped = {id(a.part) for a in self.attachments if a.dropped}
        if dropped:
            _remove_parts(self.msg, dropped)
        buf = BytesIO()
        BytesGenerator(buf, mangle_from_=False, policy=OUTPUT_POLICY).flatten(self.msg)
        return buf.getvalue()


# A header value that is one plain address: dot-separated atoms of letters, digits and
# "_%+-" on each side of the "@" (what mail programs send to Amazon's relay). The stdlib
# parser returns it unchanged, at ~8 µs per value.
_PLAIN_ADDRESS = re.compile(
    r"[A-Za-z0-9_%+\-]+(?:\.[A-Za-z0-9_%+\-]+)*@[A-Za-z0-9_%+\-]+(?:\.[A-Za-z0-9_%+\-]+)*"
)


# "type/subtype; charset=name" with nothing else: the usual Content-Type of a text part.
# Blanks as `str.strip` and the stdlib's parameter parser drop them; the name cannot
# hold quotes, backslashes or ";" (which the stdlib would unquote or split on).
_SEP = r"[ \t\r\n]*"
_PLAIN_CHARSET = re.compile(
    rf"{_SEP}[A-Za-z0-9!#$%&'*+.^_`|~/\-]+{_SEP};{_SEP}[Cc][Hh][Aa][Rr][Ss][Ee][Tt]{_SEP}="
    rf'{_SEP}("?)([A-Za-z0-9_.:+\-]+)\1{_SEP}'
)


def raw_header(msg: Message, name: str) -> object:
    """`msg.get(name)`, typed as what it is: a str, None, or, for a header with raw 8-bit
    bytes, an `email.header.Header` (compat32 hands those back as such), whatever the type
    stubs promise. Read through `Any`, as the compiled engine checks a promised type."""
    untyped: Any = msg
    return untyped.get(name)


def header_values(msg: Message, name: str) -> list[object]:
    """`msg.get_all(name, [])`, str or `Header` each (see `raw_header`)."""
    untyped: Any = msg
    return list(untyped.get_all(name, []))


def _has_value(msg: Message, name: str) -> bool:
    """Whether the header is there and not empty."""
    return bool(raw_header(msg, name))


def content_charset(part: Message) -> str | None:
    """`part.get_content_charset()`; a plain "text/plain; charset=utf-8" is read with one
    regular expression rather than the stdlib's parameter parser (~5 µs per part)."""
    value = raw_header(part, "content-type")
    if isinstance(value, str):
        plain = _PLAIN_CHARSET.fullmatch(value)
        if plain is not None:
            return plain.group(2).lower()
    return part.get_content_charset()


def parse_message(raw: bytes) -> Message:
    """`email.message_from_bytes(raw, policy=PARSE_POLICY)`, without its wrappers.

    The very steps of `BytesParser.parsebytes` and `Parser.parse`: the bytes decoded as
    ASCII with surrogate escapes, fed to a `FeedParser` 8192 characters at a time. Those
    read the chunks from a `StringIO` copy of the text; slicing it directly spares the copy
    and the wrapper objects (~3 µs on a 5 KB message)."""
    text = raw.decode("ASCII", errors="surrogateescape")
    parser = FeedParser(policy=PARSE_POLICY)
    for start in range(0, len(text), _FEED_CHUNK):
        parser.feed(text[start : start + _FEED_CHUNK])
    return parser.close()


_FEED_CHUNK = 8192  # what `email.parser.Parser.parse` reads per `feed`


def _addresses(values: tuple[str, ...]) -> list[str]:
    """The addresses in header values: `email.utils.getaddresses`, without empty ones."""
    if all(_PLAIN_ADDRESS.fullmatch(v) for v in values):
        return list(values)
    return [addr for _, addr in email.utils.getaddresses(list(values)) if addr]


def _as_bytes(part: Message) -> bytes:
    try:
        return part.as_bytes(policy=OUTPUT_POLICY)
    except (UnicodeError, LookupError, ValueError, RecursionError):
        return b""


def _defect_text(defect: Exception) -> str:
    return (defect.__doc__ or type(defect).__name__).strip().splitlines()[0]


def _limits(policy: Policy) -> tuple[int, int]:
    """(deepest MIME nesting, most parts) the model reads."""
    limits = policy.section("limits")
    return int(limits["max_mime_depth"]), int(limits["max_mime_parts"])


def _compile_markers(markers: list[str]) -> Guarded | None:
    """The quote markers as one pattern. It runs per line and per HTML text node, and
    almost never matches: the guard skips texts without the characters every marker needs
    (the defaults all need a "-" or a ":")."""
    if not markers:
        return None
    return LineMarkers.build(list(markers), re.IGNORECASE | re.MULTILINE)


def _reply_prefix_re(scope: dict[str, Any]) -> re.Pattern[str]:
    alts = "|".join(re.escape(p) for p in sorted(scope["reply_subject_prefixes"], key=len)[::-1])
    return re.compile(rf"^\s*(?:\[[^\]]*\]\s*)?(?:{alts})\s*(?:\[\d+\])?\s*[:：]", re.IGNORECASE)


def _encode_header(value: str) -> str:
    if value.isascii():
        return value
    return email.header.Header(value, "utf-8").encode()


def _set_text_payload(part: Message, text: str, subtype: str) -> None:
    """Replace a text part's content, re-encoded as UTF-8 quoted-printable.

    Quoted-printable keeps every line under 78 octets, so a rewritten part never carries
    the over-long lines that SMTP servers refuse. The Content-Type is written afresh: the
    old one may carry parameters (format=flowed, a broken charset) that no longer apply.
    """
    had_mime_version = "mime-version" in part
    del part["content-transfer-encoding"]
    del part["content-type"]
    part["Content-Type"] = f"text/{subtype}"
    part.set_payload(text, charset=_UTF8_QP)
    if not had_mime_version:
        del part["mime-version"]


def _remove_parts(msg: Message, dropped: set[int]) -> None:
    payload = msg.get_payload()
    if not msg.is_multipart() or not isinstance(payload, list):
        return
    kept = [p for p in payload if id(p) not in dropped]
    for sub in kept:
        if isinstance(sub, Message):
            _remove_parts(sub, dropped)
    if len(kept) != len(payload):
        msg.set_payload(kept)
