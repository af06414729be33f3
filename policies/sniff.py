"""What an attachment really is, from its bytes (never from its name).

`filetype` reads magic numbers; Office containers need a look inside (a .docx is a ZIP,
a .doc an OLE2 compound file, and both have macro-carrying twins that must be refused).
"""

from __future__ import annotations

import io
import zipfile

import filetype
import olefile

# Names returned by sniff(); the policy's attach.type allow-list uses them.
TEXT_SAMPLE = 8192


def _zip_kind(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return "zip"
    if "[Content_Types].xml" not in names:
        return "zip"
    has_macros = any(n.lower().endswith("vbaproject.bin") for n in names)
    if "word/document.xml" in names:
        return "docm" if has_macros else "docx"
    if "xl/workbook.xml" in names:
        return "xlsm" if has_macros else "xlsx"
    if "ppt/presentation.xml" in names:
        return "pptm" if has_macros else "pptx"
    return "zip"


def _ole_kind(data: bytes) -> str:
    try:
        ole = olefile.OleFileIO(io.BytesIO(data))
    except (OSError, ValueError, IndexError, EOFError):
        return "ole"
    try:
        if ole.exists("WordDocument"):
            return "doc-macro" if ole.exists("Macros") or ole.exists("VBA") else "doc"
        if ole.exists("Workbook") or ole.exists("Book"):
            return "xls"
        return "ole"
    finally:
        ole.close()


def _text_kind(data: bytes) -> str:
    sample = data[:TEXT_SAMPLE]
    if b"\x00" in sample and not sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "binary"
    head = sample.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"#!"):
        return "script"
    if head.startswith(b"<svg") or (head.startswith(b"<?xml") and b"<svg" in head):
        return "svg"
    if head.startswith((b"<!doctype html", b"<html")) or b"<script" in head:
        return "html"
    if head.startswith(b"<?xml"):
        return "xml"
    printable = sum(1 for b in sample if b >= 0x20 or b in (9, 10, 13))
    if sample and printable / len(sample) < 0.95:
        return "binary"
    return "text"


def sniff(data: bytes) -> str:
    """A short type name: pdf, jpeg, png, gif, docx, doc, text, zip, exe, html, svg, …"""
    if not data:
        return "empty"
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return _ole_kind(data)
    if data.startswith(b"PK\x03\x04"):
        return _zip_kind(data)
    kind = filetype.guess(data[:8192])
    if kind is not None:
        ext = str(kind.extension)
        return {"jpg": "jpeg", "elf": "exe", "dll": "exe"}.get(ext, ext)
    # Readers accept a PDF header within the first 1 KB, but only once no other format's
    # magic matched: a ZIP or program holding a PDF near its start is not a PDF.
    if b"%PDF-" in data[:1024] and not data.startswith(b"MZ"):
        return "pdf"
    if data.startswith(b"MZ"):
        return "exe"
    return _text_kind(data)
