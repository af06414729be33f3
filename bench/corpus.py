"""Messages the benchmarks and corpus tests use: real templates wrapped as mail to a buyer."""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT.parent / "shared" / "corpus" / "templates"
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
    """Every HTML template in the shared corpus, keyed by its path under templates/."""
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
]


def reply_5kb() -> bytes:
    """A typical compliant helpdesk reply of about 5 KB: HTML plus its text alternative."""
    paragraphs = [p.format(order=ORDER) for p in REPLY_PARAGRAPHS]
    body = "".join(f"<p>{p}</p>\n" for p in paragraphs * 3)
    html = (
        '<html><head><meta charset="utf-8"></head><body>\n<p>Hello Sam,</p>\n'
        f"{body}<p>Kind regards,<br>Alex<br>Customer Service</p>\n</body></html>"
    )
    import lxml.html

    text = "".join(str(t) for t in lxml.html.document_fromstring(html).itertext())
    return wrap_html(html, text, subject=f"Re: Order {ORDER} - damaged lid")
