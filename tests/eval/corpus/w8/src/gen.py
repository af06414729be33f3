"""Wrap hand-written w8 texts in helpdesk envelopes and write .eml + labels.jsonl.

Run with a venv that has fpdf2 (never a project dependency):
    python gen.py
The message texts themselves live in batch_*.py and were written one by one.
"""
import hashlib
import html
import json
import os
import random
import re
import sys
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from datetime import datetime, timezone, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

TLD = {"en": "com", "en-uk": "co.uk", "de": "de", "fr": "fr", "it": "it", "es": "es", "ja": "co.jp"}

LINK = re.compile(r"\[([^\]]+)\]\((https?://[^)\s]+)\)")


def alias(mid):
    rnd = random.Random(mid)
    return "".join(rnd.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(15))


def plain_links(text):
    return LINK.sub(lambda m: f"{m.group(1)} ({m.group(2)})", text)


def html_para(text):
    out = []
    for para in text.strip().split("\n\n"):
        esc = html.escape(para)
        esc = LINK.sub(lambda m: f'<a href="{m.group(2)}">{m.group(1)}</a>', esc)
        # un-escape the link syntax produced above (escape turned nothing inside () into entities except &)
        out.append("<p>" + esc.replace("\n", "<br>\n") + "</p>")
    return "\n".join(out)


WROTE = {
    "en": "On {d}, {who} wrote:",
    "de": "Am {d} schrieb {who}:",
    "fr": "Le {d}, {who} a écrit :",
    "it": "Il giorno {d} {who} ha scritto:",
    "es": "El {d}, {who} escribió:",
    "ja": "{d} {who}:",
}
ORIG = {
    "en": ("-----Original Message-----", "From", "Sent", "To", "Subject"),
    "de": ("-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "An", "Betreff"),
    "fr": ("-----Message d'origine-----", "De", "Envoyé", "À", "Objet"),
    "it": ("-----Messaggio originale-----", "Da", "Inviato", "A", "Oggetto"),
    "es": ("-----Mensaje original-----", "De", "Enviado", "Para", "Asunto"),
    "ja": ("-----Original Message-----", "差出人", "送信日時", "宛先", "件名"),
}
ZD_LINE = {
    "en": "##- Please type your reply above this line -##",
    "de": "##- Bitte geben Sie Ihre Antwort oberhalb dieser Zeile ein. -##",
    "fr": "##- Veuillez répondre au-dessus de cette ligne. -##",
    "it": "##- Digita la tua risposta sopra questa riga -##",
    "es": "##- Escriba su respuesta por encima de esta línea -##",
    "ja": "##- このラインより上に返信を入力してください -##",
}


DAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "it": ["lun", "mar", "mer", "gio", "ven", "sab", "dom"],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    "ja": ["月", "火", "水", "木", "金", "土", "日"],
}
MONTHS = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.".split(),
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split(),
    "it": "gen feb mar apr mag giu lug ago set ott nov dic".split(),
    "es": "ene feb mar abr may jun jul ago sept oct nov dic".split(),
}


def local_date(d, lang):
    wd = DAYS[lang][d.weekday()]
    t = d.strftime("%H:%M")
    if lang == "ja":
        return f"{d.year}年{d.month}月{d.day}日({wd}) {t}"
    mo = MONTHS[lang][d.month - 1]
    return {
        "en": f"{wd}, {d.day} {mo} {d.year} at {t}",
        "de": f"{wd}, {d.day}. {mo} {d.year} um {t}",
        "fr": f"{wd} {d.day} {mo} {d.year} à {t}",
        "it": f"{wd} {d.day} {mo} {d.year} alle ore {t}",
        "es": f"{wd}, {d.day} {mo} {d.year} a las {t}",
    }[lang]


def build(m):
    mid = m["id"]
    lang = m["lang"]
    tld = m.get("tld") or TLD[lang]
    to = f"{alias(mid)}@marketplace.amazon.{tld}"
    n = int(mid.split("-")[1])
    if m.get("date"):
        date = datetime.strptime(m["date"], "%Y-%m-%d %H:%M").replace(tzinfo=timezone.utc)
    else:
        date = datetime(2026, 11, 3, 8, 0, tzinfo=timezone.utc) + timedelta(hours=n * 10.5, minutes=n * 7 % 60)
    qdate = date - timedelta(hours=5 + n % 14, minutes=13)
    client = m["client"]
    body = m["body"].strip("\n")
    sig = m.get("sig", "").strip("\n")
    quoted = m.get("quoted", "").strip("\n")
    buyer = m.get("buyer", "Amazon customer")
    qd = m.get("qdate_str") or local_date(qdate, lang)

    msg = EmailMessage()
    msg["From"] = f'{m["from_name"]} <{m["from_addr"]}>'
    msg["To"] = to
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(date)
    domain = m["from_addr"].split("@")[1]
    msg["Message-ID"] = f"<{date.strftime('%Y%m%d%H%M%S')}.{hashlib.md5(mid.encode()).hexdigest()[:16]}@{domain}>"
    if m["kind"] == "reply":
        ref = f"<0102019{hashlib.sha1(mid.encode()).hexdigest()[:20]}-000000@eu-west-1.amazonses.com>"
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    for k, v in m.get("headers", {}).items():
        msg[k] = v
    if client == "zendesk":
        msg["X-Mailer"] = "Zendesk Mailer"
    elif client == "freshdesk":
        msg["X-Mailer"] = "Freshdesk"
    elif client == "helpscout":
        msg["X-Mailer"] = "Help Scout"
    elif client == "gorgias":
        msg["X-Mailer"] = "Gorgias"
    elif client == "edesk":
        msg["X-Mailer"] = "eDesk"
    elif client == "outlook":
        msg["X-Mailer"] = "Microsoft Outlook 16.0"
    elif client == "gmail":
        pass

    # ---- plain text
    ptxt = plain_links(body)
    if sig:
        ptxt += "\n\n" + sig
    if quoted:
        if client == "outlook":
            o = ORIG[lang]
            ptxt += (f"\n\n{o[0]}\n{o[1]}: {buyer} <{to}>\n{o[2]}: {qd}\n{o[3]}: {m['from_name']}\n"
                     f"{o[4]}: {m.get('qsubject', m['subject'].split(':', 1)[-1].strip())}\n\n{quoted}")
        else:
            ptxt += "\n\n" + WROTE[lang].format(d=qd, who=buyer) + "\n" + "\n".join("> " + l if l else ">" for l in quoted.split("\n"))
    if client == "zendesk":
        ptxt = ZD_LINE[lang] + "\n\n" + ptxt + f"\n\n[{m.get('ticket', 'ZD-' + str(40000 + n * 37))}]"

    # ---- html
    hbody = html_para(body)
    hsig = ("<div class=\"signature\">" + html_para(sig) + "</div>") if sig else ""
    hq = ""
    if quoted:
        qh = html_para(quoted)
        if client == "gmail":
            hq = (f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{html.escape(WROTE[lang].format(d=qd, who=buyer))}</div>'
                  f'<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">{qh}</blockquote></div>')
        elif client == "outlook":
            o = ORIG[lang]
            hq = (f'<div id="divRplyFwdMsg"><hr><p><b>{o[1]}:</b> {html.escape(buyer)} &lt;{to}&gt;<br><b>{o[2]}:</b> {html.escape(qd)}<br>'
                  f'<b>{o[3]}:</b> {html.escape(m["from_name"])}<br><b>{o[4]}:</b> {html.escape(m.get("qsubject", m["subject"].split(":", 1)[-1].strip()))}</p></div>{qh}')
        elif client == "freshdesk":
            hq = (f'<div class="freshdesk_quote"><blockquote class="freshdesk_quote"><p>{html.escape(WROTE[lang].format(d=qd, who=buyer))}</p>{qh}</blockquote></div>')
        elif client == "gorgias":
            hq = (f'<div class="gorgias_quote"><p>{html.escape(WROTE[lang].format(d=qd, who=buyer))}</p><blockquote>{qh}</blockquote></div>')
        elif client == "helpscout":
            hq = (f'<div class="hs_quote"><p>{html.escape(WROTE[lang].format(d=qd, who=buyer))}</p><blockquote type="cite">{qh}</blockquote></div>')
        else:
            hq = f'<div class="quote"><p>{html.escape(WROTE[lang].format(d=qd, who=buyer))}</p><blockquote>{qh}</blockquote></div>'
    extra = m.get("html_extra", "")
    if client == "zendesk":
        hdoc = (f'<div style="color:#b5b5b5">{html.escape(ZD_LINE[lang])}</div>\n{hbody}\n{extra}{hsig}\n{hq}'
                f'<p style="color:#b5b5b5">[{m.get("ticket", "ZD-" + str(40000 + n * 37))}]</p>')
    else:
        hdoc = f"{hbody}\n{extra}{hsig}\n{hq}"
    hdoc = f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"></head><body>\n{hdoc}\n</body></html>'

    fmt = m.get("format", "alt")
    if fmt == "plain":
        msg.set_content(ptxt)
    elif fmt == "html":
        msg.set_content(hdoc, subtype="html")
    else:
        msg.set_content(ptxt)
        msg.add_alternative(hdoc, subtype="html")

    for att in m.get("attach", []):
        data = make_pdf(att, lang)
        msg.add_attachment(data, maintype="application", subtype="pdf", filename=att["filename"])
    return msg, to


def make_pdf(att, lang):
    from fpdf import FPDF
    pdf = FPDF()
    pdf.set_creation_date(datetime(2026, 11, 20, 9, 0, tzinfo=timezone.utc))
    pdf.add_page()
    if lang == "ja":
        pdf.add_font("jp", "", "/usr/share/fonts/opentype/ipafont-gothic/ipagp.ttf")
        pdf.set_font("jp", size=11)
    else:
        pdf.add_font("dv", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
        pdf.set_font("dv", size=11)
    for line in att["lines"]:
        if line == "":
            pdf.ln(5)
        else:
            pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def main():
    import importlib
    msgs = []
    for modname in sorted(f[:-3] for f in os.listdir(HERE) if f.startswith("batch_") and f.endswith(".py")):
        msgs.extend(importlib.import_module(modname).MESSAGES)
    os.makedirs(os.path.join(OUT, "messages"), exist_ok=True)
    labels = []
    seen = set()
    for m in msgs:
        assert m["id"] not in seen, m["id"]
        seen.add(m["id"])
        msg, _ = build(m)
        fn = f"messages/{m['id']}.eml"
        random.seed(m["id"])  # stable MIME boundaries between runs
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(msg.as_bytes())
        n = int(m["id"].split("-")[1])
        assert (m["expect"] == "legit") == (not m["rules"]), m["id"]
        labels.append({"id": m["id"], "file": fn, "lang": m["lang"], "client": m["client"],
                       "kind": m["kind"], "split": "holdout" if n % 3 == 0 else "dev",
                       "expect": m["expect"], "rules": m["rules"], "classes": m["classes"], "note": m["note"]})
    labels.sort(key=lambda x: x["id"])
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(len(labels), "messages")


if __name__ == "__main__":
    main()
