"""Wrap the hand-written texts of data_*.py into helpdesk-style .eml files and labels.jsonl."""
import json, random, html, os, sys, importlib
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
MSGS = []
for mod in ("data_a", "data_b"):
    try:
        MSGS += importlib.import_module(mod).MSGS
    except ModuleNotFoundError:
        pass

TLD = {"fr": "fr", "de": "de", "it": "it"}
QHEAD = {
    "en": "On {d}, {n} wrote:",
    "de": "Am {d} schrieb {n}:",
    "fr": "Le {d}, {n} a écrit :",
    "it": "Il giorno {d} {n} ha scritto:",
}
RE = {"en": "Re: ", "de": "AW: ", "fr": "RE : ", "it": "R: "}
HTML_CLIENTS = {"zendesk", "freshdesk", "gorgias", "helpscout", "edesk", "gmail"}
XMAILER = {"zendesk": "Zendesk Mailer", "freshdesk": "Freshdesk", "gorgias": "Gorgias",
           "helpscout": "Help Scout", "edesk": "eDesk", "outlook": "Microsoft Outlook 16.0",
           "gmail": None, "plain": None}

def oid(rnd):
    return f"{rnd.randint(200,408):03d}-{rnd.randint(0,9999999):07d}-{rnd.randint(0,9999999):07d}"

def alias(rnd):
    return "".join(rnd.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(15))

def to_html_paras(text):
    out = []
    for para in text.strip().split("\n\n"):
        out.append("<p>" + "<br>\n".join(html.escape(l) for l in para.split("\n")) + "</p>")
    return "\n".join(out)

def build(i, m):
    rnd = random.Random(1000 + i)
    mid = f"w10-{i:04d}"
    lang = m["lang"]
    tld = TLD.get(lang) or m.get("tld", "com")
    o = m.get("oid") or oid(rnd)
    fmt = lambda s: s.replace("{oid}", o)
    date = datetime(2026, 11, 2, 8, 0, tzinfo=timezone.utc) + timedelta(days=rnd.randint(0, 30), minutes=rnd.randint(0, 600))
    client = m["client"]
    body = fmt(m["body"]).strip()
    sig = fmt(m.get("sig", "")).strip()
    subj = fmt(m["subj"])
    msg = EmailMessage()
    msg["From"] = f'{m["agent"]} <{m["from"]}>'
    msg["To"] = f"{alias(rnd)}@marketplace.amazon.{tld}"
    msg["Date"] = format_datetime(date)
    dom = m["from"].split("@")[1]
    msg["Message-ID"] = make_msgid(domain=dom, idstring=f"{client}{i}")
    if XMAILER.get(client):
        msg["X-Mailer"] = XMAILER[client]
    quote = m.get("quote")
    qhead = ""
    if m["kind"] == "reply":
        subj = RE[lang] + subj
        ref = f"<{alias(rnd)}.{rnd.randint(10**6,10**7)}@marketplace.amazon.{tld}>"
        msg["In-Reply-To"] = ref
        msg["References"] = ref
        if quote:
            qd = date - timedelta(hours=rnd.randint(2, 40))
            qhead = QHEAD[lang].format(d=qd.strftime("%d/%m/%Y %H:%M"), n=m.get("buyer", "Amazon Customer"))
            quote = fmt(quote).strip()
    msg["Subject"] = subj
    # plain text
    parts = []
    if client == "zendesk" and quote:
        parts.append("##- Please type your reply above this line -##\n")
    parts.append(body)
    if sig:
        parts.append("\n" + ("-- \n" if client in ("plain", "gmail") else "") + sig)
    if m.get("ticket"):
        parts.append("\n" + m["ticket"])
    if quote:
        if client == "outlook":
            parts.append("\n-----Original Message-----\nFrom: " + m.get("buyer", "Amazon Customer") +
                         f" <{msg['To']}>\nSent: {date.strftime('%d %B %Y %H:%M')}\nSubject: {m['subj']}\n\n" + quote)
        else:
            parts.append("\n" + qhead + "\n" + "\n".join("> " + l if l else ">" for l in quote.split("\n")))
    plain = "\n".join(parts) + "\n"
    msg.set_content(plain)
    if client in HTML_CLIENTS and not m.get("plain_only"):
        h = ['<!DOCTYPE html>', '<html><head><meta charset="utf-8"></head><body>']
        if client == "zendesk" and quote:
            h.append('<div class="zd-reply-above">##- Please type your reply above this line -##</div>')
        h.append(m.get("html_body") and fmt(m["html_body"]) or to_html_paras(body))
        if sig:
            h.append('<div class="signature">' + to_html_paras(sig) + "</div>")
        if m.get("ticket"):
            h.append("<p>" + html.escape(m["ticket"]) + "</p>")
        if quote:
            qh = to_html_paras(quote)
            if client == "gmail":
                h.append(f'<div class="gmail_quote"><div class="gmail_attr">{html.escape(qhead)}</div><blockquote class="gmail_quote">{qh}</blockquote></div>')
            elif client == "freshdesk":
                h.append(f'<div class="freshdesk_quote"><blockquote class="freshdesk_quote"><p>{html.escape(qhead)}</p>{qh}</blockquote></div>')
            else:
                h.append(f'<div class="quoted"><p>{html.escape(qhead)}</p><blockquote>{qh}</blockquote></div>')
        h.append("</body></html>")
        msg.add_alternative("\n".join(h), subtype="html")
    if m.get("pdf"):
        data = make_pdf(m["pdf"]["lines"](o) if callable(m["pdf"]["lines"]) else m["pdf"]["lines"])
        msg.add_attachment(data, maintype="application", subtype="pdf", filename=m["pdf"]["name"])
    path = os.path.join(OUT, "messages", mid + ".eml")
    with open(path, "wb") as f:
        f.write(bytes(msg))
    lab = {"id": mid, "file": f"messages/{mid}.eml", "lang": lang, "client": client, "kind": m["kind"],
           "split": "holdout" if i % 3 == 0 else "dev", "expect": m["expect"], "rules": m["rules"],
           "classes": m["classes"], "note": m["note"]}
    assert (lab["expect"] == "legit") == (not lab["rules"]), mid
    return lab

def make_pdf(lines):
    from fpdf import FPDF
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for l in lines:
        pdf.multi_cell(0, 6, l, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())

labs = [build(i + 1, m) for i, m in enumerate(MSGS)]
with open(os.path.join(OUT, "labels.jsonl"), "w") as f:
    for l in labs:
        f.write(json.dumps(l, ensure_ascii=False) + "\n")
print(len(labs), "messages")
