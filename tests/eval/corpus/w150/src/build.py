#!/usr/bin/env python3
"""Wrap the hand-written w150 texts in helpdesk envelopes (plain + optional HTML)."""
import html, json, os, random
from datetime import datetime, timezone, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from texts import MESSAGES

OUT = os.path.join(os.path.dirname(__file__), "..")
TZ = timezone(timedelta(hours=1))

MAILERS = {
    "zendesk": ("Zendesk Mailer", "zendesk.com"),
    "freshdesk": ("Freshdesk", "freshdesk.com"),
    "gorgias": ("Gorgias", "gorgias.io"),
    "edesk": ("eDesk", "edesk.com"),
    "outlook": ("Microsoft Outlook 16.0", None),
    "gmail": (None, "mail.gmail.com"),
}


def pdf_bytes(lines):
    """A tiny one-page PDF (Helvetica, latin-1 text) written by hand."""
    content = ["BT", "/F1 11 Tf", "50 790 Td", "14 TL"]
    for ln in lines:
        t = ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        content.append("(" + t + ") Tj T*")
    content.append("ET")
    stream = "\n".join(content).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += str(i).encode() + b" 0 obj\n" + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


def to_html(m):
    body = m["body"]
    paras = [p for p in body.strip("\n").split("\n\n")]
    parts = []
    for p in paras:
        esc = html.escape(p).replace("\n", "<br>\n")
        for a, b in m.get("html_links", {}).items():
            esc = esc.replace(html.escape(a), '<a href="%s">%s</a>' % (html.escape(b), html.escape(a)))
        parts.append("<p>%s</p>" % esc)
    h = "\n".join(parts)
    h += m.get("html_extra", "")
    if m.get("quote"):
        head, qtext = m["quote"]
        qh = html.escape(qtext.strip("\n")).replace("\n", "<br>\n")
        if m["client"] == "gmail":
            h += ('\n<div class="gmail_quote"><div class="gmail_attr">%s</div>'
                  '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">%s</blockquote></div>'
                  % (html.escape(head), qh))
        elif m["client"] == "outlook":
            h += '\n<div style="border-top:solid #E1E1E1 1.0pt;padding:3pt 0 0 0"><p>%s</p></div>\n<p>%s</p>' % (
                html.escape(head).replace("\n", "<br>"), qh)
        else:
            h += "\n<p>%s</p>\n<blockquote>%s</blockquote>" % (html.escape(head), qh)
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n'
            '<body style="font-family:Arial,sans-serif;font-size:14px">\n%s\n</body></html>\n' % h)


def plain(m):
    t = m["body"].strip("\n") + "\n"
    if m.get("quote"):
        head, qtext = m["quote"]
        qtext = qtext.strip("\n")
        style = m.get("qstyle", "gt")
        if style == "gt":
            t += "\n" + head + "\n" + "\n".join(("> " + l).rstrip() for l in qtext.split("\n")) + "\n"
        else:
            t += "\n" + head + "\n\n" + qtext + "\n"
    return t


def build():
    labels = []
    for n, m in enumerate(MESSAGES, 1):
        mid = "w150-%04d" % n
        msg = EmailMessage()
        msg["From"] = m["from"]
        msg["To"] = "%s@marketplace.amazon.de" % m["alias"]
        msg["Subject"] = m["subject"]
        d = datetime(2026, m["date"][0], m["date"][1], m["date"][2], m["date"][3], n % 60, tzinfo=TZ)
        msg["Date"] = format_datetime(d)
        mailer, dom = MAILERS[m["client"]]
        msg["Message-ID"] = make_msgid(idstring="w150.%d" % n, domain=dom or m["from"].split("@")[1].rstrip(">"))
        if mailer:
            msg["X-Mailer"] = mailer
        if m["kind"] == "reply" and m.get("in_reply_to"):
            msg["In-Reply-To"] = "<%s@marketplace.amazon.de>" % m["in_reply_to"]
        msg.set_content(plain(m), charset="utf-8", cte=m.get("cte", "quoted-printable"))
        if m.get("html", True):
            msg.add_alternative(to_html(m), subtype="html", charset="utf-8", cte=m.get("cte", "quoted-printable"))
        if m.get("pdf"):
            name, lines = m["pdf"]
            msg.add_attachment(pdf_bytes(lines), maintype="application", subtype="pdf", filename=name)
        path = os.path.join(OUT, "messages", mid + ".eml")
        with open(path, "wb") as f:
            f.write(bytes(msg))
        labels.append({
            "id": mid, "file": "messages/%s.eml" % mid, "lang": "de", "client": m["client"],
            "kind": m["kind"], "split": "dev", "expect": m["expect"], "rules": m["rules"],
            "classes": m["classes"], "note": m["note"],
        })
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    build()
