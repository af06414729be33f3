"""Text out of attachments, so attach.content can run the text rules over it.

PDF text goes through pypdfium2 (pdfium, in C: ~0.2-0.5 ms a page where pypdf took ~4-7),
with pypdf kept for the structural check of active content, which pdfium does not expose;
DOCX through zipfile + lxml (word/document.xml plus headers, footers, foot/endnotes and
comments: everything Word shows); plain text through the same charset decoding as body
parts. Every reader is capped (pages, characters, uncompressed
XML bytes, compression ratio, CPU seconds) because attachments are hostile input: a 40 KB
DOCX can inflate to gigabytes, a PDF can declare thousands of pages, and 16 KB of
compressed drawing operators take pdfium half a second a page. DOCX XML is parsed as a
stream, never held whole as a tree, so its memory stays small whatever its size.

A file that cannot be read at all comes back with `error` set, in plain words; the caller
blocks it, because content the gateway cannot see is never relayed.
"""

from __future__ import annotations

import io
import re
import time
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO, Any

from lxml import etree

from policies.decode import decode_bytes

W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_W_T = W_NS + "t"
_W_P = W_NS + "p"
_W_BREAKS = {W_NS + "br", W_NS + "cr"}
_W_TAB = W_NS + "tab"
# The parts of a DOCX whose text Word displays; document.xml first, then the rest in order.
_DOCX_PARTS = re.compile(r"word/(document|header\d*|footer\d*|footnotes|endnotes|comments)\.xml")
# No DTDs, no entities, no network: an OOXML part never needs them (XXE / billion laughs).
_XML_OPTIONS: dict[str, Any] = {
    "resolve_entities": False,
    "no_network": True,
    "load_dtd": False,
    "huge_tree": False,
}
_CHUNK = 65536


@dataclass(frozen=True, slots=True)
class Caps:
    """Limits from the policy's [limits] table."""

    max_pages: int
    max_chars: int
    max_xml_bytes: int
    # CPU seconds to read one file; over it, the file is unreadable (blocked).
    max_seconds: float = 5.0
    # A DOCX part that inflates more than this many times its compressed size is a bomb.
    max_inflate_ratio: float = 100.0


@dataclass(slots=True)
class Extracted:
    """What could be read from one file.

    `truncated`: a cap was reached, so only the beginning was checked.
    `error`: nothing could be read (plain words, for the agent).
    `active`: things inside the file that cannot be checked (embedded files, scripts).
    """

    text: str = ""
    truncated: bool = False
    error: str | None = None
    active: list[str] = field(default_factory=list)


EXTRACTABLE = {"pdf", "docx", "text"}


def extract(kind: str, data: bytes, charset: str | None, caps: Caps) -> Extracted | None:
    """The text of an attachment of sniffed `kind`; None when the kind carries no text
    this module can read (images, and anything attach.type refuses anyway)."""
    if kind == "pdf":
        return pdf_text(data, caps)
    if kind == "docx":
        return docx_text(data, caps)
    if kind == "text":
        text, _ = decode_bytes(data, charset or "utf-8")
        return _capped(text, caps)
    return None


def _capped(text: str, caps: Caps, truncated: bool = False) -> Extracted:
    if len(text) > caps.max_chars:
        return Extracted(text[: caps.max_chars], truncated=True)
    return Extracted(text, truncated=truncated)


# -- PDF ------------------------------------------------------------------------------------


def pdf_text(data: bytes, caps: Caps) -> Extracted:
    """Text of the first `max_pages` pages (pypdfium2), plus embedded files and scripts
    found (pypdf: pdfium does not expose the document's open actions).

    A PDF protected only by an owner password (printing/copying restrictions, common on
    generated invoices) opens with the empty user password and is read normally; one that
    needs a password to open cannot be checked.
    """
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            return Extracted(error="the PDF is protected by a password")
        return Extracted(error=_PDF_UNREADABLE)
    deadline = time.process_time() + caps.max_seconds
    try:
        total = len(pdf)
        chunks: list[str] = []
        size = 0
        for index in range(min(total, caps.max_pages)):
            if time.process_time() > deadline:
                return Extracted(error=_too_slow(caps))
            page = pdf[index]
            textpage = page.get_textpage()
            chunk = textpage.get_text_range().replace("\r\n", "\n")
            textpage.close()
            page.close()
            chunks.append(chunk)
            size += len(chunk)
            if size > caps.max_chars:
                break
    # pdfium reports a broken page as PdfiumError; whatever it is, the file could not
    # be checked.
    except Exception:
        return Extracted(error=_PDF_UNREADABLE)
    finally:
        pdf.close()
    result = _capped("\n".join(chunks), caps, truncated=total > caps.max_pages)
    active = _pdf_active(data)
    if active is None:
        return Extracted(error=_PDF_UNREADABLE)
    result.active = active
    return result


_PDF_UNREADABLE = "the PDF is damaged or in a form the gateway cannot read"


def _too_slow(caps: Caps) -> str:
    return (
        f"the file could not be read within {caps.max_seconds:g} s of processing "
        "(it is unusually complex)"
    )


def _pdf_active(data: bytes) -> list[str] | None:
    """Embedded files and document-level JavaScript/launch actions; None when the file's
    structure cannot be read."""
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            reader.decrypt("")  # pdfium opened it, so the empty user password works
        return _active_parts(reader)
    # pypdf on hostile input raises anything from PdfReadError to KeyError, TypeError or
    # RecursionError.
    except Exception:
        return None


def _active_parts(reader: Any) -> list[str]:
    """Embedded files, document-level JavaScript, and open or additional actions that run
    a script or launch a program."""
    found: list[str] = []
    names = list(reader.attachments)
    if names:
        found.append("embedded file " + ", ".join(repr(n) for n in names[:3]))
    root = reader.trailer["/Root"].get_object()
    name_tree = root.get("/Names")
    if name_tree is not None and "/JavaScript" in name_tree.get_object():
        found.append("JavaScript")
    for key in ("/OpenAction", "/AA"):
        action = root.get(key)
        action = action.get_object() if action is not None else None
        if isinstance(action, dict) and _is_active(action):
            found.append("an action that runs when the file is opened")
            break
    return found


def _is_active(action: dict[Any, Any]) -> bool:
    if "/JS" in action or action.get("/S") in ("/JavaScript", "/Launch"):
        return True
    # /AA holds several trigger → action pairs.
    return any(
        isinstance(sub := value.get_object() if hasattr(value, "get_object") else value, dict)
        and ("/JS" in sub or sub.get("/S") in ("/JavaScript", "/Launch"))
        for value in action.values()
    )


# -- DOCX -----------------------------------------------------------------------------------


def docx_text(data: bytes, caps: Caps) -> Extracted:
    """Visible text of a Word document, paragraphs on their own lines.

    The uncompressed size of the parts read is capped three ways: by what the ZIP directory
    declares, in total and as a ratio to each part's compressed size (cheap: refuses an
    honest bomb before inflating anything), and by what is actually inflated (a lying
    directory cannot get past it). Each part is parsed as it inflates, a chunk at a time.
    """
    deadline = time.process_time() + caps.max_seconds
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = [i for i in zf.infolist() if _DOCX_PARTS.fullmatch(i.filename)]
            infos.sort(key=lambda i: (i.filename != "word/document.xml", i.filename))
            if sum(i.file_size for i in infos) > caps.max_xml_bytes or any(
                i.file_size > _CHUNK and i.file_size > i.compress_size * caps.max_inflate_ratio
                for i in infos
            ):
                return Extracted(error=_TOO_BIG)
            budget = _Budget(caps.max_xml_bytes, deadline)
            texts: list[str] = []
            chars = 0
            for info in infos:
                pieces: list[str] = []
                with zf.open(info) as fh:
                    for piece in _wordml_text(fh, budget):
                        pieces.append(piece)
                        chars += len(piece)
                        if chars > caps.max_chars:  # the rest would be cut off anyway
                            break
                texts.append("".join(pieces))
                if chars > caps.max_chars:
                    break
    except _OverBudget as exc:
        return Extracted(error=_too_slow(caps) if exc.slow else _TOO_BIG)
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        RuntimeError,  # encrypted ZIP member
        NotImplementedError,  # unsupported compression method
        OSError,
        EOFError,
        zlib.error,
        KeyError,
        ValueError,
        etree.XMLSyntaxError,
    ):
        return Extracted(error="the Word document is damaged or in a form the gateway cannot read")
    return _capped("\n".join(t for t in texts if t.strip()), caps)


class _OverBudget(Exception):
    def __init__(self, slow: bool) -> None:
        super().__init__("slow" if slow else "big")
        self.slow = slow


@dataclass(slots=True)
class _Budget:
    """What is left to inflate (bytes) and until when (process CPU time)."""

    left: int
    deadline: float

    def spend(self, size: int) -> None:
        self.left -= size
        if self.left < 0:
            raise _OverBudget(slow=False)
        if time.process_time() > self.deadline:
            raise _OverBudget(slow=True)


_TOO_BIG = "the Word document unpacks to an unusually large size (it may be a compression bomb)"


def _wordml_text(fh: IO[bytes], budget: _Budget) -> Iterator[str]:
    """The text of one WordprocessingML part, read a chunk at a time. Every element is
    handled at its end (its text is complete then) and dropped, so the tree never holds
    more than the open elements: document order is kept, as each run's text ends before
    the next one and a paragraph's line break comes after its last run."""
    parser = etree.XMLPullParser(events=("end",), **_XML_OPTIONS)
    while chunk := fh.read(_CHUNK):
        budget.spend(len(chunk))
        parser.feed(chunk)
        yield from _wordml_events(parser)
    parser.close()
    yield from _wordml_events(parser)


def _wordml_events(parser: Any) -> Iterator[str]:
    for _, el in parser.read_events():
        tag = el.tag
        if tag == _W_T:
            yield el.text or ""
        elif tag == _W_TAB:
            yield "\t"
        elif tag in _W_BREAKS or tag == _W_P:
            yield "\n"
        el.clear(keep_tail=False)
        while el.getprevious() is not None:
            del el.getparent()[0]
