# Wraps the hand-written texts from texts.py in helpdesk envelopes and writes labels.jsonl.
import json, random, sys, os, html
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from email import policy
from datetime import datetime, timedelta, timezone
sys.path.insert(0, os.path.dirname(__file__))
from texts import M

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(162)
ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
CET = timezone(timedelta(hours=1))
MAILER = {"zendesk": "Zendesk Mailer", "freshdesk": "Freshdesk", "gorgias": "Gorgias",
          "edesk": "eDesk", "outlook": "Microsoft Outlook 16.0", "gmail": None}

def alias():
    return "".join(rnd.choice(ALNUM) for _ in range(15))

def quote_plain(q):
    head, text, style = q
    if style == "outlook":
        return "\n\n" + head + "\n\n" + text + "\n"
    if style == "html":
        return "\n\n" + "\n".join("> " + l for l in text.split("\n")) + "\n"
    return "\n\n" + head + "\n" + "\n".join("> " + l if l else ">" for l in text.split("\n")) + "\n"

def to_html(body, q, shop, dom, pixel):
    paras = body.split("\n\n")
    out = []
    if pixel:
        out.append(f'<p><a href="https://www.{dom}/"><img src="https://www.{dom}/media/logo-mail.png" alt="{html.escape(shop)}" width="180"></a></p>')
    for p in paras:
        out.append("<p>" + "<br>\n".join(html.escape(l) for l in p.split("\n")) + "</p>")
    if q:
        head, text, style = q
        qt = "<br>\n".join(html.escape(l) for l in text.split("\n"))
        if style == "outlook":
            out.append('<hr><div style="color:#555">' + "<br>\n".join(html.escape(l) for l in head.split("\n")) + "</div><p>" + qt + "</p>")
        elif style == "html":
            out.append('<blockquote type="cite" style="border-left:2px solid #ccc;padding-left:8px">' + qt + "</blockquote>")
        else:
            out.append("<div>" + html.escape(head) + '</div><blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">' + qt + "</blockquote>")
    if pixel:
        tok = "".join(rnd.choice(ALNUM) for _ in range(24))
        out.append(f'<img src="https://mail.{dom}/o/{tok}.gif" width="1" height="1" alt="" style="display:none">')
    return '<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">\n' + "\n".join(out) + "\n</body></html>\n"

def pdf_invoice():
    lines = ["Druckhaus Tintenklecks - Rechnung Nr. RE-2026-11873",
             "Amazon-Bestellung 305-6613390-2208471",
             "Kunde: Lammers Steuerberatung",
             "4x Tonerkartusche TK-2240   je 24,37 EUR netto",
             "Nettobetrag 97,48 EUR   USt 19 % 18,52 EUR",
             "Gesamtbetrag 116,00 EUR (bezahlt ueber Amazon)"]
    stream = "BT /F1 11 Tf 56 780 Td 16 TL\n" + "".join(f"({l}) Tj T*\n" for l in lines) + "ET\n"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            f"<< /Length {len(stream)} >>\nstream\n{stream}endstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1")
    x = len(out)
    out += f"xref\n0 {len(objs)+1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs)+1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n".encode()
    return out

os.makedirs(os.path.join(OUT, "messages"), exist_ok=True)
base = datetime(2026, 11, 26, 8, 0, tzinfo=CET)
labels = []
for i, m in enumerate(M, 1):
    mid = f"w162-{i:04d}"
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = f'{m["shop"]} <{m["sender"]}@{m["dom"]}>'
    msg["To"] = f"Amazon-Käufer <{alias()}@marketplace.amazon.de>"
    msg["Subject"] = m["subject"]
    d = base + timedelta(hours=i * 7 + rnd.randint(0, 5), minutes=rnd.randint(0, 59))
    msg["Date"] = format_datetime(d)
    c = m["client"]
    msg["Message-ID"] = make_msgid(idstring=c, domain=("mail.gmail.com" if c == "gmail" else m["dom"]))
    if MAILER[c]:
        msg["X-Mailer"] = MAILER[c]
    body = m["body"] + "\n"
    q = m.get("quote")
    plain = body + (quote_plain(q) if q else "")
    cte = "quoted-printable" if i % 3 else "base64"
    msg.set_content(plain, charset="utf-8", cte=cte)
    use_html = m.get("html") or c in ("zendesk", "freshdesk", "gorgias", "edesk") or (c == "outlook" and i % 2 == 0)
    if use_html:
        msg.add_alternative(to_html(m["body"], q, m["shop"], m["dom"], m.get("pixel")), subtype="html", charset="utf-8", cte=cte)
    if m.get("attach"):
        msg.add_attachment(pdf_invoice(), maintype="application", subtype="pdf", filename="Rechnung_RE-2026-11873.pdf")
    with open(os.path.join(OUT, "messages", mid + ".eml"), "wb") as f:
        f.write(msg.as_bytes())
    labels.append({"id": mid, "file": f"messages/{mid}.eml", "lang": "de", "client": c, "kind": m["kind"],
                   "split": "dev", "expect": m["expect"], "rules": m["rules"], "classes": m["classes"], "note": m["note"]})
with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
    for l in labels:
        f.write(json.dumps(l, ensure_ascii=False) + "\n")
print(len(labels))
