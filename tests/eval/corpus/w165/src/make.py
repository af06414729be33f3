#!/usr/bin/env python3
"""Build the w165 messages (German) and labels. Every text below was written by hand;
this script only wraps them into helpdesk-style envelopes."""
import json, os, random, html
from email.message import EmailMessage
from email.utils import make_msgid, format_datetime
from email.policy import SMTP
from datetime import datetime, timezone, timedelta

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(165)
TZ = timezone(timedelta(hours=1))

def alias():
    s = "abcdefghijklmnopqrstuvwxyz0123456789"
    a = rnd.choice("abcdefghijklmnopqrstuvwxyz") + "".join(rnd.choice(s) for _ in range(14))
    return a + "@marketplace.amazon.de"

def quote(client, when, text, to):
    lines = text.strip("\n").split("\n")
    if client == "zendesk":
        return ("\n\n----------------------------------------------\n\n"
                f"Amazon-Käufer, {when.strftime('%d.%m.%Y')} um {when.strftime('%H:%M')}:\n\n" + text.strip() + "\n")
    if client == "outlook":
        return ("\n\n-----Ursprüngliche Nachricht-----\n"
                f"Von: Amazon-Käufer <{to}>\n"
                f"Gesendet: {when.strftime('%d.%m.%Y %H:%M')}\n"
                "An: Kundenservice\n"
                "Betreff: Anfrage zu Ihrer Bestellung\n\n" + text.strip() + "\n")
    if client == "edesk":
        return ("\n\n-----Original Message-----\n"
                f"From: Amazon Marketplace <{to}>\nSent: {when.strftime('%d/%m/%Y %H:%M')}\n\n" + text.strip() + "\n")
    if client == "gorgias":
        return (f"\n\nOn {when.strftime('%a, %b %d, %Y at %H:%M')}, Amazon-Käufer <{to}> wrote:\n" +
                "\n".join("> " + l if l else ">" for l in lines) + "\n")
    # gmail / freshdesk / helpscout
    wd = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."][when.weekday()]
    mon = ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."][when.month - 1]
    head = f"Am {wd}, {when.day}. {mon} {when.year} um {when.strftime('%H:%M')} Uhr schrieb Amazon-Käufer <{to}>:"
    return "\n\n" + head + "\n" + "\n".join("> " + l if l else ">" for l in lines) + "\n"

def to_html(body, client, qtext=None, qhead=None):
    paras = body.strip().split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(html.escape(l) for l in p.split("\n")) + "</p>")
    h = "\n".join(out)
    if qtext:
        qh = "<br>\n".join(html.escape(l) for l in qtext.strip().split("\n"))
        h += f'\n<div class="gmail_quote">{html.escape(qhead)}<br>\n<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">{qh}</blockquote></div>'
    return f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body>\n{h}\n</body></html>\n'

MAILERS = {
    "zendesk": ("X-Mailer", "Zendesk Mailer"),
    "freshdesk": ("X-Mailer", "Freshdesk"),
    "gorgias": ("X-Mailer", "Gorgias"),
    "helpscout": ("X-Mailer", "Help Scout Mailer"),
    "edesk": ("X-Mailer", "eDesk"),
    "outlook": ("X-Mailer", "Microsoft Outlook 16.0"),
    "gmail": (None, None),
}

def build(n, m):
    to = alias()
    day = datetime(2026, 10, 1, tzinfo=TZ) + timedelta(days=rnd.randint(0, 88), hours=rnd.randint(7, 19), minutes=rnd.randint(0, 59))
    msg = EmailMessage(policy=SMTP)
    msg["From"] = m["from"]
    msg["To"] = to
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(day)
    msg["Message-ID"] = make_msgid(domain=m["from"].split("@")[1].rstrip(">"))
    msg["MIME-Version"] = "1.0"
    k, v = MAILERS[m["client"]]
    if k:
        msg[k] = v
    body = m["body"].strip("\n") + "\n"
    qtext = m.get("quoted")
    text = body
    qhead = None
    if qtext:
        qwhen = day - timedelta(hours=rnd.randint(2, 40), minutes=rnd.randint(0, 59))
        q = quote(m["client"], qwhen, qtext, to)
        text = body + q
        qhead = q.strip().split("\n")[0]
    msg.set_content(text, subtype="plain", charset="utf-8", cte=m.get("cte", "quoted-printable"))
    if m.get("html"):
        msg.add_alternative(to_html(m.get("html_body", body), m["client"], qtext, qhead), subtype="html", charset="utf-8", cte="quoted-printable")
    return msg

from messages_de import MESSAGES

labels = []
for i, m in enumerate(MESSAGES, 1):
    mid = f"w165-{i:04d}"
    fn = f"messages/{mid}.eml"
    msg = build(i, m)
    with open(os.path.join(OUT, fn), "wb") as f:
        f.write(msg.as_bytes())
    labels.append({"id": mid, "file": fn, "lang": "de", "client": m["client"], "kind": m["kind"],
                   "split": "dev", "expect": m["expect"], "rules": m["rules"], "classes": m["classes"],
                   "note": m["note"]})
with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
    for l in labels:
        f.write(json.dumps(l, ensure_ascii=False) + "\n")
print(len(labels))
