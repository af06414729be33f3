"""Messages the benchmarks and corpus tests use: real templates wrapped as mail to a buyer."""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "tests" / "corpus" / "templates"
ALIAS = "6bmcx2l1t7cwrwb@marketplace.amazon.com"
ORDER = "123-1234567-1234567"


def wrap_html(html: str, text: str | None = None, subject: str = f"Your order {ORDER}") -> bytes:
    """An HTML mail (with its text alternative when the template has one) to a buyer."""
    msg = EmailMessage()
    msg["From"] = "Seller Support <support@seller.example>"
    msg["To"] = ALIAS
    msg["Subject"] = subject
    msg["Message-ID"] = "<bench@seller.example>"
    if text is not None:
        msg.set_content(text)
        msg.add_alternative(html, subtype="html")
    else:
        msg.set_content(html, subtype="html")
    return msg.as_bytes(policy=SMTP)


def template_messages() -> dict[str, bytes]:
    """Every HTML template in the corpus, keyed by its path under templates/."""
    out: dict[str, bytes] = {}
    for path in sorted(TEMPLATES.glob("*/*.html")):
        text_path = path.with_suffix(".txt")
        text = text_path.read_text("utf-8") if text_path.exists() else None
        out[f"{path.parent.name}/{path.name}"] = wrap_html(path.read_text("utf-8"), text)
    return out


REPLY_PARAGRAPHS = [
    "Thank you for getting in touch about order {order}. I am sorry the kettle arrived "
    "with a dented lid; that is not the condition we want our products to reach you in.",
    "We have sent a replacement lid today by Royal Mail tracked delivery. You can follow "
    'it on the <a href="https://www.royalmail.com/track-your-item">Royal Mail tracking '
    "page</a> with the reference we add to your order in "
    '<a href="https://www.amazon.co.uk/gp/your-account/order-history">Your Orders</a>.',
    "There is no need to send the damaged lid back. If the new one does not fit as it "
    "should, reply to this message and we will arrange a full replacement kettle or a "
    "refund, whichever you prefer.",
    "The lid clicks into place when the hinge pin is pushed fully into the small slot at "
    "the back of the handle. The instructions on page 4 of the manual show the steps, "
    "and the warranty card in the box covers the kettle for two years.",
    "Our warehouse checked the other kettles from the same batch this morning and found "
    "no further damage, so we think the box was crushed on its way to the sorting office.",
    "The replacement is packed in a double-walled carton with card corners, which should "
    "keep it safe even if the parcel is handled roughly on the way to you.",
    "Royal Mail usually delivers tracked parcels within two working days. If nobody is at "
    "home, the driver leaves a card and the parcel waits at your local delivery office.",
    "While you wait, the kettle itself is safe to use without the lid as long as you do "
    "not fill it above the maximum mark of 1.7 litres and keep the switch within reach.",
    "Please descale the kettle once a month if you live in a hard water area: half a cup "
    "of white vinegar topped up with water, boiled once and left for an hour, does the job.",
    "If the filter at the spout ever comes loose, it slides out upwards for cleaning and "
    "back in the same way; rinse it under the tap rather than in the dishwasher.",
    "We have also noted the problem with our courier, so that parcels for your area are "
    "packed with extra padding from now on.",
    "I hope this puts things right, and I am sorry again for the trouble with your new "
    "kettle. Do let us know through this message thread if anything else comes up.",
]


def reply_5kb() -> bytes:
    """A typical compliant helpdesk reply of about 5 KB: HTML plus its text alternative."""
    paragraphs = [p.format(order=ORDER) for p in REPLY_PARAGRAPHS]
    # Twelve different paragraphs: a reply that repeated a few of them would flatter
    # anything that handles a text it has already seen more cheaply.
    body = "".join(f"<p>{p}</p>\n" for p in paragraphs)
    html = (
        '<html><head><meta charset="utf-8"></head><body>\n<p>Hello Sam,</p>\n'
        f"{body}<p>Kind regards,<br>Alex<br>Customer Service</p>\n</body></html>"
    )
    import lxml.html

    text = "".join(str(t) for t in lxml.html.document_fromstring(html).itertext())
    return wrap_html(html, text, subject=f"Re: Order {ORDER} - damaged lid")


def assemble_pdf(objs: list[bytes], head: bytes = b"%PDF-1.4\n") -> bytes:
    """A PDF file of numbered objects (the first is the catalog), with its xref table."""
    out = bytearray(head)
    offsets = []
    for number, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%b\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def _pdf_string(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def text_pdf(*pages: str, catalog_extra: str = "") -> bytes:
    """A minimal valid PDF, one page per argument, each line drawn with Helvetica."""
    pages = pages or ("",)
    n = len(pages)
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(n))
    objs = [
        f"<< /Type /Catalog /Pages 2 0 R {catalog_extra}>>".encode(),
        f"<< /Type /Pages /Kids [{kids}] /Count {n} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    for i, text in enumerate(pages):
        ops = ["BT", "/F1 11 Tf", "14 TL", "50 780 Td"]
        ops += [f"({_pdf_string(line)}) Tj T*" for line in text.splitlines()]
        ops.append("ET")
        stream = "\n".join(ops).encode("cp1252")
        objs.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            f"/Resources << /Font << /F1 3 0 R >> >> /Contents {5 + 2 * i} 0 R >>".encode()
        )
        objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    return assemble_pdf(objs, b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")


INVOICE_LINES = [
    "Invoice {page:03d} for order {order}",
    "Seller Support Ltd, 1 High Street, Leeds",
    "Item: electric kettle 1.7 l, stainless steel, model KT-{page:03d}",
    "Quantity: 1    Unit price: 34.99 GBP    VAT 20%: 5.83 GBP",
    "Delivery: Royal Mail tracked, two working days",
    "Warranty: two years from the date of delivery",
    "Returns: within 30 days through Your Orders on Amazon",
    "Total paid: 34.99 GBP (including VAT)",
]


def pdf_invoice_message(pages: int = 100) -> bytes:
    """A short reply carrying a text PDF of `pages` invoice pages."""
    pdf = text_pdf(
        *(
            "\n".join(line.format(page=n, order=ORDER) for line in INVOICE_LINES)
            for n in range(pages)
        )
    )
    msg = EmailMessage()
    msg["From"] = "Seller Support <support@seller.example>"
    msg["To"] = ALIAS
    msg["Subject"] = f"Re: Order {ORDER} - your invoice"
    msg["Message-ID"] = "<bench-pdf@seller.example>"
    msg.set_content("Hello Sam,\n\nplease find your invoice attached.\n\nKind regards,\nAlex\n")
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename="invoice.pdf")
    return msg.as_bytes(policy=SMTP)
