#!/usr/bin/env python3
"""Wrap hand-written w159 texts into client-style e-mail envelopes."""
import json, random, html, os, re
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from email import policy

from texts import MESSAGES

OUT = os.path.join(os.path.dirname(__file__), "..")
rnd = random.Random(159)
ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
DOM = {"en": "marketplace.amazon.com", "de": "marketplace.amazon.de", "it": "marketplace.amazon.it"}
TZ = {"en": timezone(timedelta(hours=-5)), "de": timezone(timedelta(hours=1)), "it": timezone(timedelta(hours=1))}

def alias(lang):
    first = rnd.choice("abcdefghijklmnopqrstuvwxyz")
    return first + "".join(rnd.choice(ALNUM) for _ in range(14)) + "@" + DOM[lang]

MON = {"en": "January February March April May June July August September October November December".split(),
       "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
       "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split()}
WD = {"en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
      "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
      "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica".split()}

def ampm(d):
    h = d.hour % 12 or 12
    return f"{h}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"

def attribution(client, lang, it):
    d, n, a = it["dt"], it["name"], it["alias"]
    m, w = MON[lang][d.month - 1], WD[lang][d.weekday()]
    if client == "apple_mail":
        return {"en": f"On {m[:3]} {d.day}, {d.year}, at {d:%H:%M}, {n} <{a}> wrote:",
                "de": f"Am {d:%d.%m.%Y} um {d:%H:%M} schrieb {n} <{a}>:",
                "it": f"Il giorno {d.day} {m[:3]} {d.year}, alle ore {d:%H:%M}, {n} <{a}> ha scritto:"}[lang]
    if client == "thunderbird":
        return {"en": f"On {d:%m/%d/%Y} {ampm(d)}, {n} wrote:",
                "de": f"Am {d:%d.%m.%y} um {d:%H:%M} schrieb {n}:",
                "it": f"Il {d:%d/%m/%y} {d:%H:%M}, {n} ha scritto:"}[lang]
    if client == "yahoo":
        return {"en": f"On {w}, {m} {d.day}, {d.year} at {ampm(d).replace(' ', ':%02d ' % d.second)} EST, {n} <{a}> wrote:",
                "de": f"Am {w}, {d.day}. {m} {d.year}, {d:%H:%M:%S} MEZ hat {n} <{a}> Folgendes geschrieben:",
                "it": f"Il {w} {d.day} {m} {d.year}, {d:%H:%M:%S} CET, {n} <{a}> ha scritto:"}[lang]
    # front / hubspot (gmail-like)
    return {"en": f"On {w[:3]}, {m[:3]} {d.day}, {d.year} at {ampm(d)} {n} <{a}> wrote:",
            "de": f"Am {w[:2]}., {d.day}. {m[:3]}. {d.year} um {d:%H:%M} Uhr schrieb {n} <{a}>:",
            "it": f"Il giorno {w[:3]} {d.day} {m[:3]} {d.year} alle ore {d:%H:%M} {n} <{a}> ha scritto:"}[lang]

def gt(text):
    return "\n".join((">" if l.startswith(">") or not l else "> ") + l if l else ">" for l in text.split("\n"))

def nested(client, lang, hist):
    if not hist:
        return ""
    it = hist[0]
    inner = it["text"].rstrip()
    rest = nested(client, lang, hist[1:])
    if rest:
        inner += "\n\n" + rest
    return attribution(client, lang, it) + "\n" + gt(inner)

def outlook_blocks(lang, hist, subject, me):
    L = {"en": ("From", "Sent", "To", "Subject"), "de": ("Von", "Gesendet", "An", "Betreff"),
         "it": ("Da", "Inviato", "A", "Oggetto")}[lang]
    out = []
    for it in hist:
        d = it["dt"]; m = MON[lang][d.month - 1]; w = WD[lang][d.weekday()]
        sent = {"en": f"{w}, {m} {d.day}, {d.year} {ampm(d)}",
                "de": f"{w}, {d.day}. {m} {d.year} {d:%H:%M}",
                "it": f"{w} {d.day} {m} {d.year} {d:%H:%M}"}[lang]
        out.append("________________________________\n"
                   f"{L[0]}: {it['name']} <{it['alias']}>\n{L[1]}: {sent}\n{L[2]}: {it['to']}\n"
                   f"{L[3]}: {it.get('subj', subject)}\n\n{it['text'].rstrip()}")
    return "\n\n".join(out)

TRAIL = {
    "kustomer": {"en": "--- Conversation history ---", "de": "--- Gesprächsverlauf ---", "it": "--- Cronologia conversazione ---"},
    "gladly": {"en": "— Previous messages —", "de": "— Frühere Nachrichten —", "it": "— Messaggi precedenti —"},
    "intercom": {"en": "Earlier in this conversation", "de": "Früher in dieser Unterhaltung", "it": "In precedenza in questa conversazione"},
    "reamaze": {"en": "----- Conversation -----", "de": "----- Unterhaltung -----", "it": "----- Conversazione -----"},
    "shopify_inbox": {"en": "Conversation transcript", "de": "Gesprächsprotokoll", "it": "Trascrizione della conversazione"},
}

def stamp(lang, d):
    m = MON[lang][d.month - 1]
    return {"en": f"{m[:3]} {d.day}, {d.year}, {ampm(d)}", "de": f"{d:%d.%m.%Y}, {d:%H:%M}",
            "it": f"{d.day} {m[:3]} {d.year}, {d:%H:%M}"}[lang]

def trail(client, lang, hist):
    head = TRAIL[client][lang]
    parts = [head, ""]
    for it in hist:
        who = {"buyer": {"en": "customer", "de": "Kunde", "it": "cliente"},
               "agent": {"en": "agent", "de": "Agent", "it": "operatore"}}[it["role"]][lang]
        if client == "intercom":
            line = f"{it['name']} · {stamp(lang, it['dt'])}"
        elif client == "reamaze":
            line = f"{it['name']} <{it['alias']}> — {stamp(lang, it['dt'])}"
        else:
            line = f"{it['name']} ({who}) · {stamp(lang, it['dt'])} · {it['alias']}"
        parts.append(line)
        parts.append(it["text"].rstrip())
        parts.append("")
    return "\n".join(parts).rstrip()

def p_html(text):
    paras = [p for p in text.strip().split("\n\n")]
    return "".join("<p>" + html.escape(p).replace("\n", "<br>\n") + "</p>\n" for p in paras)

def html_nested(client, lang, hist):
    if not hist:
        return ""
    it = hist[0]
    return (f'<div class="quote-attr">{html.escape(attribution(client, lang, it))}</div>\n'
            f'<blockquote type="cite" style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">\n'
            f'{p_html(it["text"])}{html_nested(client, lang, hist[1:])}</blockquote>\n')

def html_trail(client, lang, hist):
    out = [f'<div class="history"><div class="history-head">{html.escape(TRAIL[client][lang])}</div>\n']
    for it in hist:
        out.append(f'<div class="msg"><div class="meta">{html.escape(it["name"])} &middot; '
                   f'{html.escape(stamp(lang, it["dt"]))}</div>\n<blockquote>{p_html(it["text"])}</blockquote></div>\n')
    out.append("</div>")
    return "".join(out)

HTML_CLIENTS = {"front", "hubspot", "intercom", "gladly", "kustomer"}
MAILER = {"apple_mail": "Apple Mail (2.3826.400.131.1.6)", "thunderbird": None, "yahoo": None,
          "outlook_web": None, "front": None, "hubspot": None, "intercom": None, "gladly": None,
          "kustomer": None, "reamaze": None, "shopify_inbox": None}

labels = []
for i, m in enumerate(MESSAGES, 1):
    mid = f"w159-{i:04d}"
    lang, client = m["lang"], m["client"]
    buyer = alias(lang)
    seller_relay = alias(lang)
    sent = m["date"].replace(tzinfo=TZ[lang])
    hist = []
    for h in m["history"]:
        role, name, ago, text = h
        hist.append({"role": role, "name": name, "dt": sent - timedelta(minutes=ago),
                     "alias": buyer if role == "buyer" else seller_relay,
                     "to": seller_relay if role == "buyer" else buyer, "text": text})
    subject = m["subject"]
    reply = m["reply"].strip("\n")
    if client in ("apple_mail", "thunderbird", "yahoo", "front", "hubspot"):
        qtext = nested(client, lang, hist)
    elif client == "outlook_web":
        qtext = outlook_blocks(lang, hist, re.sub(r"^(RE|Re|AW|R): ", "", subject), None)
    else:
        qtext = trail(client, lang, hist)
    text = reply + "\n\n" + qtext + "\n" if qtext else reply + "\n"
    if client == "thunderbird":
        text = reply + "\n\n" + qtext + "\n"
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = f'{m["from_name"]} <{m["from"]}>'
    msg["To"] = buyer
    msg["Subject"] = subject
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = make_msgid(idstring=mid.replace("-", ""), domain=m["from"].split("@")[1])
    if client == "apple_mail":
        msg["X-Mailer"] = MAILER[client]
    elif client == "thunderbird":
        msg["User-Agent"] = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0"
    msg["MIME-Version"] = "1.0"
    msg.set_content(text, charset="utf-8", cte="quoted-printable")
    if client in HTML_CLIENTS:
        if client in ("front", "hubspot"):
            qh = html_nested(client, lang, hist)
        else:
            qh = html_trail(client, lang, hist)
        body = (f'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>\n'
                f'<div dir="ltr">{p_html(reply)}</div>\n<br>\n{qh}\n</body></html>\n')
        msg.add_alternative(body, subtype="html", charset="utf-8", cte="quoted-printable")
    with open(os.path.join(OUT, "messages", mid + ".eml"), "wb") as f:
        f.write(msg.as_bytes())
    labels.append({"id": mid, "file": f"messages/{mid}.eml", "lang": lang, "client": client,
                   "kind": "reply", "split": "dev", "expect": m["expect"], "rules": m["rules"],
                   "classes": m["classes"], "note": m["note"]})

with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
    for l in labels:
        f.write(json.dumps(l, ensure_ascii=False) + "\n")
print(len(labels))
