"""HTML as a reader sees it: one lxml tree per part, walked once into its visible text.

Guarantees: `parse_html` never raises (junk gives an empty document) and says when the
parser stopped short (`parse_html_checked`: libxml2 drops everything below 255 levels of
nesting, or after a 10 MB text node, with only a log entry); `walk_html` visits
every element in document order without recursion, so no tree is too deep to read; the
visible text leaves out what a mail program never shows (`NON_VISIBLE`), breaks lines
at block elements and shows a horizontal rule as a line of dashes, as a mail program
does.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from itertools import groupby
from operator import itemgetter
from typing import Any

import lxml.html
from lxml import etree

# Elements whose text is never shown to the reader.
NON_VISIBLE = frozenset({"script", "style", "head", "title", "template", "noscript"})
# Elements that start and end a line of text.
BLOCK_TAGS = frozenset(
    {
        "p", "div", "br", "tr", "td", "th", "li", "ul", "ol", "table",
        "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "hr",
        "section", "article", "header", "footer", "center",
    }
)  # fmt: skip

# How a horizontal rule (<hr>) shows in the text, as mail programs render it in plain
# text: a line of dashes, so a helpdesk trail separated by rules reads like the same trail
# in the text/plain part (`[quotes] trail_markers`).
RULE_LINE = "-" * 20

# Characters XML (and so lxml's edited trees) refuses: C0 controls but tab and line ends,
# and the two non-characters U+FFFE and U+FFFF.
_XML_INCOMPATIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# Blank runs other than a lone space (which stays as it is), and a line break with the
# blanks after it and the space before it. Each starts with a character class, so `re`
# skips to the next candidate in C (half the time of `[ \t…]+` and ` ?\n\s*` on a reply).
_BLANKS = re.compile(r"[\t\r\f\v\xa0][ \t\r\f\v\xa0]*| [ \t\r\f\v\xa0]+")
_LINE_BREAK = re.compile(r"(?: \n|\n)\s*")


def without_xml_incompatible(text: str) -> str:
    """`text` without the characters lxml refuses in a tree."""
    return _XML_INCOMPATIBLE.sub("", text)


class _Parsers(threading.local):
    """lxml parsers are not thread-safe, and each keeps the error log of its last parse:
    one pair per thread (the engine may run in a thread pool)."""

    def __init__(self) -> None:
        self.text = lxml.html.HTMLParser()
        # For a str that carries an XML encoding declaration (lxml refuses those as str):
        # the text is already decoded, so it is read as UTF-8 whatever it declares.
        self.utf8 = lxml.html.HTMLParser(encoding="utf-8")


_PARSERS = _Parsers()
EMPTY_DOCUMENT = "<html><body></body></html>"


def parse_html_checked(text: str) -> tuple[Any, str | None]:
    """(an lxml document for any input, why it is incomplete or None). The parser recovers
    from ordinary junk, but a fatal error (nesting past libxml2's depth limit, a text node
    past its size limit) ends the parse, and what came after it is silently missing from
    the tree: the caller must treat that content as unreadable."""
    stripped = without_xml_incompatible(text).strip()
    if not stripped:
        return lxml.html.document_fromstring(EMPTY_DOCUMENT), None
    parsers = _PARSERS
    parser = parsers.text
    try:
        try:
            root = lxml.html.document_fromstring(stripped, parser=parser)
        except ValueError:  # "Unicode strings with encoding declaration are not supported"
            parser = parsers.utf8
            root = lxml.html.document_fromstring(stripped.encode("utf-8"), parser=parser)
    except etree.ParserError:  # nothing but comments or a doctype: no content to read
        return lxml.html.document_fromstring(EMPTY_DOCUMENT), None
    except ValueError as exc:
        return lxml.html.document_fromstring(EMPTY_DOCUMENT), f"the HTML could not be read ({exc})"
    fatal = [e for e in parser.error_log if e.level >= etree.ErrorLevels.FATAL]
    if fatal:
        detail = fatal[0].message.strip().rstrip(".")
        return root, f"HTML nested too deeply or too large to read to its end ({detail})"
    return root, None


def parse_html(text: str) -> Any:
    """An lxml document for any input; junk yields an empty <html> rather than an error."""
    return parse_html_checked(text)[0]


def serialize_html(root: Any) -> str:
    """The tree as HTML text, with its doctype if it had one."""
    doctype = root.getroottree().docinfo.doctype
    body = lxml.html.tostring(root, encoding="unicode", method="html")
    return f"{doctype}\n{body}" if doctype else body


def normalize_space(text: str) -> str:
    """Blank runs as one space, each line break without the blanks around it, stripped."""
    return _LINE_BREAK.sub("\n", _BLANKS.sub(" ", text)).strip()


@dataclass(slots=True)
class HtmlWalk:
    """The visible text and the elements of an HTML tree, in document order.

    `chunks` are (text, inside a quote wrapper) for each shown `.text`/`.tail`, a "\n"
    at each block element's start and end, and a `RULE_LINE` for each <hr>; `runs` are
    the same texts without the line breaks and rules, as (element, "text" or "tail", text,
    inside a quote wrapper), so a rule can edit them in place; `elements` are (element,
    inside or being a quote wrapper, how many runs come before it) for every element,
    shown or not; `run_ends` is where each run ends in the chunks' joined text. Quote
    markers are not applied here (see `policies.detect.quotes`).
    """

    chunks: list[tuple[str, bool]]
    runs: list[tuple[Any, str, str, bool]]
    elements: list[tuple[Any, bool, int]]
    run_ends: list[int]


def walk_html(root: Any, is_quote: Callable[[Any], bool]) -> HtmlWalk:
    """Walk the tree once; `is_quote(element)` says which elements wrap quoted history."""
    walk = HtmlWalk([], [], [], [])
    chunks, runs, elements = walk.chunks, walk.runs, walk.elements
    joined = 0  # the length of the chunks so far

    def add_run(el: Any, attr: str, text: str, quoted: bool) -> None:
        nonlocal joined
        chunks.append((text, quoted))
        runs.append((el, attr, text, quoted))
        joined += len(text)
        walk.run_ends.append(joined)

    def add_shown(text: str, quoted: bool) -> None:
        """A line break or a rule: shown, but no run to edit."""
        nonlocal joined
        chunks.append((text, quoted))
        joined += len(text)

    quote_depth = 0  # open quote wrappers
    hidden_depth = 0  # open elements never shown (and comments, PIs)
    opened: list[bool] = []  # whether each open shown element is a quote wrapper

    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        shown = bool(tag) and tag not in NON_VISIBLE
        if event == "start":
            if not shown:
                if tag:
                    elements.append((el, quote_depth > 0, len(runs)))
                hidden_depth += 1
                continue
            quote = is_quote(el)
            opened.append(quote)
            quote_depth += quote
            quoted = quote_depth > 0
            elements.append((el, quoted, len(runs)))
            if hidden_depth:
                continue
            if tag in BLOCK_TAGS:
                add_shown("\n", quoted)
            if tag == "hr":
                add_shown(RULE_LINE, quoted)
            if el.text:
                add_run(el, "text", el.text, quoted)
            continue
        if not shown:
            hidden_depth -= 1
        else:
            # The block's closing line break is inside the wrapper, the tail after it.
            if tag in BLOCK_TAGS and not hidden_depth:
                add_shown("\n", quote_depth > 0)
            quote_depth -= opened.pop()
        if el.tail and not hidden_depth:
            add_run(el, "tail", el.tail, quote_depth > 0)
    return walk


def merge_runs(chunks: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """Adjacent chunks with the same flag joined, blanks normalised, empty runs dropped."""
    out: list[tuple[str, bool]] = []
    for quoted, group in groupby(chunks, key=itemgetter(1)):
        joined = normalize_space("".join(text for text, _ in group))
        if joined:
            out.append((joined, quoted))
    return out
