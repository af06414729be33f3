"""Text out of attachments, so attach.content can run the text rules over it.

PDF text goes through pypdfium2 (pdfium, in C: ~0.2-0.5 ms a page where pypdf took ~4-7),
with pypdf kept for the structural check of active content, which pdfium does not expose;
DOCX through zipfile + lxml (word/document.xml plus headers, footers, foot/endnotes and
comments: everything Word shows); plain text through the same charset decoding as body
parts. Every reader is capped (pages, characters, uncompressed
XML bytes) because attachments are hostile input: a 40 KB DOCX can inflate to gigabytes,
and a PDF can declare thousands of pages.

A file that cannot be read at all comes back with `error` set, in plain words; the caller
blocks it, because content the gateway cannot see is never relayed.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from typing import Any

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
_XML_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
)


@dataclass(frozen=True, slots=True)
class Caps:
    """Limits from the policy's [limits] table."""

    max_pages: int
    max_chars: int
    max_xml_bytes: int


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
    try:
        total = len(pdf)
        chunks: list[str] = []
        size = 0
        for index in range(min(total, caps.max_pages)):
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

    The uncompressed size of the parts read is capped twice: by what the ZIP directory
    declares (cheap, refuses an honest bomb before inflating anything) and by what is
    actually inflated (a lying directory cannot get past it).
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = [n for n in zf.namelist() if _DOCX_PARTS.fullmatch(n)]
            names.sort(key=lambda n: (n != "word/document.xml", n))
            if sum(zf.getinfo(n).file_size for n in names) > caps.max_xml_bytes:
                return Extracted(error=_TOO_BIG)
            budget = caps.max_xml_bytes
            texts: list[str] = []
            for name in names:
                with zf.open(name) as fh:
                    raw = fh.read(budget + 1)
                budget -= len(raw)
                if budget < 0:
                    return Extracted(error=_TOO_BIG)
                texts.append(_wordml_text(etree.fromstring(raw, _XML_PARSER)))
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


_TOO_BIG = "the Word document unpacks to an unusually large size (it may be a compression bomb)"


def _wordml_text(root: Any) -> str:
    out: list[str] = []
    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag
        if event == "start":
            if tag == _W_T:
                out.append(el.text or "")
            elif tag == _W_TAB:
                out.append("\t")
            elif tag in _W_BREAKS:
                out.append("\n")
        elif tag == _W_P:
            out.append("\n")
    return "".join(out)
