"""Build the w152 messages and labels from msgs_en/de/es.py (stdlib only)."""
import html
import json
import os
import random
import string
import sys
from email.message import EmailMessage
from email.utils import formataddr, make_msgid
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import msgs_en, msgs_de, msgs_es  # noqa: E402

rng = random.Random(152)


def alias():
    return "".join(rng.choice(string.ascii_lowercase + string.digits) for _ in range(15))


def pdf_bytes(lines):
    """Tiny one-page PDF with Helvetica text (latin-1)."""
    def esc(t):
        return t.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 12 Tf", "56 780 Td", "16 TL"]
    for i, ln in enumerate(lines):
        if i == 0:
            ops.append("/F1 15 Tf (%s) Tj T* T* /F1 11 Tf" % esc(ln))
        else:
            ops.append("(%s) Tj T*" % esc(ln))
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


def text_part(m):
    t = m["body"].rstrip() + "\n"
    if m.get("quote"):
        t += "\n"
        if m.get("quote_style") == "plain":
            t += m["qhead"].rstrip() + "\n\n" + m["quote"].rstrip() + "\n"
        else:
            t += m["qhead"] + "\n" + "\n".join(("> " + l) if l else ">" for l in m["quote"].splitlines()) + "\n"
    return t


def paras(t):
    out = []
    for block in t.strip().split("\n\n"):
        out.append("<p>" + "<br>\n".join(html.escape(l, quote=False) for l in block.splitlines()) + "</p>")
    return "\n".join(out)


def html_part(m):
    body = paras(m["body"])
    q = ""
    if m.get("quote"):
        qh = html.escape(m["qhead"], quote=False)
        qb = paras(m["quote"])
        if m["client"] == "gmail":
            q = ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
                 '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' % (qh, qb))
        elif m["client"] == "zendesk":
            q = '<div class="zd-quote"><p style="color:#666">%s</p><blockquote style="border-left:2px solid #ccc;margin:0;padding-left:8px">%s</blockquote></div>' % (qh, qb)
        elif m["client"] == "helpscout":
            q = '<div class="hs_reply"><p>%s</p><blockquote type="cite">%s</blockquote></div>' % (qh, qb)
        elif m["client"] == "freshdesk":
            q = '<div class="freshdesk_quote"><blockquote class="freshdesk_quote"><p>%s</p>%s</blockquote></div>' % (qh, qb)
        else:
            q = '<hr><p><b>%s</b></p><blockquote>%s</blockquote>' % (qh, qb)
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n<body>\n<div>%s</div>\n%s\n</body></html>\n' % (body, q))


XMAILER = {
    "zendesk": "Zendesk Mailer", "freshdesk": "Freshdesk", "gorgias": "Gorgias",
    "helpscout": "Help Scout", "edesk": "eDesk", "outlook": "Microsoft Outlook 16.0",
    "gmail": None,
}


def build(m, mid):
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = formataddr(m["frm"])
    import re
    found = re.search(r"([a-z0-9]{15})@marketplace\.amazon\.", m.get("qhead", ""))
    msg["To"] = "%s@marketplace.amazon.%s" % (found.group(1) if found else alias(), m["dom"])
    msg["Subject"] = m["subject"]
    msg["Date"] = m["date"]
    msg["Message-ID"] = make_msgid(domain=m["frm"][1].split("@")[1])
    if XMAILER.get(m["client"]):
        msg["X-Mailer"] = XMAILER[m["client"]]
    msg.set_content(text_part(m), subtype="plain", charset="utf-8", cte="quoted-printable")
    if not m.get("plain"):
        msg.add_alternative(html_part(m), subtype="html", charset="utf-8", cte="quoted-printable")
    if m.get("attach"):
        fn, lines = m["attach"]
        msg.add_attachment(pdf_bytes(lines), maintype="application", subtype="pdf", filename=fn)
    return msg


def main():
    allm = msgs_en.M + msgs_de.M + msgs_es.M
    os.makedirs(os.path.join(OUT, "messages"), exist_ok=True)
    labels = []
    for i, m in enumerate(allm, 1):
        mid = "w152-%04d" % i
        msg = build(m, mid)
        fn = "messages/%s.eml" % mid
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(msg.as_bytes())
        labels.append(dict(id=mid, file=fn, lang=m["lang"], client=m["client"], kind=m["kind"],
                           split="dev", expect=m["expect"], rules=m["rules"],
                           classes=m["classes"], note=m["note"]))
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(len(labels))


if __name__ == "__main__":
    main()
