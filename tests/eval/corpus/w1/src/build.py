"""Wrap the hand-written texts of data_*.py in helpdesk envelopes and write
messages/<id>.eml + labels.jsonl.  Run with a venv holding reportlab + python-docx."""
import html, io, json, random, re, sys, importlib
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
LANGS = ["en", "de", "fr", "it", "es", "ja"]
TLD = {"de": "de", "fr": "fr", "it": "it", "es": "es", "ja": "co.jp"}
CLIENTS = {"zd": "zendesk", "fd": "freshdesk", "gg": "gorgias", "hs": "helpscout",
           "ed": "edesk", "ol": "outlook", "gm": "gmail"}
rnd = random.Random(20261207)

DAYS = {"en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
        "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
        "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
        "it": ["lun", "mar", "mer", "gio", "ven", "sab", "dom"],
        "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
        "ja": ["月", "火", "水", "木", "金", "土", "日"]}
MONTHS = {"en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
          "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.".split(),
          "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split(),
          "it": "gen feb mar apr mag giu lug ago set ott nov dic".split(),
          "es": "ene feb mar abr may jun jul ago sept oct nov dic".split()}


def alias():
    return "".join(rnd.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(15))


def wrote_line(lang, d, who):
    wd = d.weekday(); t = d.strftime("%H:%M")
    if lang == "en":
        return f"On {DAYS['en'][wd]}, {d.day} {MONTHS['en'][d.month-1]} {d.year} at {t}, {who} wrote:"
    if lang == "de":
        return f"Am {DAYS['de'][wd]}, {d.day}. {MONTHS['de'][d.month-1]} {d.year} um {t} Uhr schrieb {who}:"
    if lang == "fr":
        return f"Le {DAYS['fr'][wd]} {d.day} {MONTHS['fr'][d.month-1]} {d.year} à {t}, {who} a écrit :"
    if lang == "it":
        return f"Il giorno {DAYS['it'][wd]} {d.day} {MONTHS['it'][d.month-1]} {d.year} alle ore {t} {who} ha scritto:"
    if lang == "es":
        return f"El {DAYS['es'][wd]}, {d.day} {MONTHS['es'][d.month-1]} {d.year} a las {t}, {who} escribió:"
    return f"{d.year}年{d.month}月{d.day}日({DAYS['ja'][wd]}) {t} {who}:"


OL = {"en": ("From", "Sent", "To", "Subject"), "de": ("Von", "Gesendet", "An", "Betreff"),
      "fr": ("De", "Envoyé", "À", "Objet"), "it": ("Da", "Inviato", "A", "Oggetto"),
      "es": ("De", "Enviado", "Para", "Asunto"), "ja": ("差出人", "送信日時", "宛先", "件名")}
OLSEP = {"en": "-----Original Message-----", "de": "-----Ursprüngliche Nachricht-----",
         "fr": "-----Message d'origine-----", "it": "-----Messaggio originale-----",
         "es": "-----Mensaje original-----", "ja": "-----Original Message-----"}
ZDMARK = {"en": "##- Please type your reply above this line -##",
          "de": "##- Bitte geben Sie Ihre Antwort über dieser Zeile ein. -##",
          "fr": "##- Veuillez répondre au-dessus de cette ligne. -##",
          "it": "##- Digitare la risposta sopra questa riga -##",
          "es": "##- Por favor, escriba su respuesta encima de esta línea -##",
          "ja": "##- このラインより上にご返信ください -##"}
ZDTICKET = {"en": "Ticket", "de": "Ticket", "fr": "Ticket", "it": "Ticket", "es": "Ticket", "ja": "チケット"}

URL_RE = re.compile(r"(https?://[^\s<>\"']+[^\s<>\"'.,;:!?)])")


def to_html_par(text):
    out = []
    for para in re.split(r"\n\s*\n", text.strip("\n")):
        esc = html.escape(para, quote=False)
        esc = URL_RE.sub(lambda m: f'<a href="{m.group(1)}">{m.group(1)}</a>', esc)
        out.append("<p>" + esc.replace("\n", "<br>\n") + "</p>")
    return "\n".join(out)


def make_pdf(title, lines, lang):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setTitle(title)
    if lang == "ja":
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
        font = "HeiseiKakuGo-W5"
    else:
        font = "Helvetica"
    y = 800
    c.setFont(font, 15); c.drawString(50, y, title); y -= 30
    c.setFont(font, 10)
    for ln in lines:
        if y < 60:
            c.showPage(); c.setFont(font, 10); y = 800
        c.drawString(50, y, ln); y -= 15
    c.showPage(); c.save()
    return buf.getvalue()


def make_docx(title, lines):
    import docx
    d = docx.Document()
    d.add_heading(title, level=1)
    for ln in lines:
        d.add_paragraph(ln)
    buf = io.BytesIO(); d.save(buf)
    return buf.getvalue()


def build(m, n, lang, base_date):
    mid = f"w1-{n:04d}"
    client = CLIENTS[m["c"]]
    tld = m.get("tld") or TLD.get(lang)
    if not tld:
        oid = re.search(r"\b(\d)\d\d-\d{7}-\d{7}\b", m["b"] + m.get("s", "") + (m.get("q") or ""))
        tld = ("com" if oid.group(1) == "1" else "co.uk") if oid else ("co.uk" if n % 2 else "com")
    to = f"{alias()}@marketplace.amazon.{tld}"
    d = base_date
    fr = m["f"]
    domain = fr.split("@")[1].rstrip(">")
    plain = m["b"].strip("\n") + "\n"
    hbody = to_html_par(m["b"])
    h = m.get("h", {})
    if "top" in h:
        hbody = h["top"] + "\n" + hbody
    if "bottom" in h:
        hbody = hbody + "\n" + h["bottom"]
    if "ptail" in h:
        plain = plain + "\n" + h["ptail"].strip("\n") + "\n"
    q = m.get("q")
    buyer = m.get("qn", "Amazon customer")
    who = f"{buyer} - Amazon Marketplace <{to}>"
    qdate = d - timedelta(hours=rnd.randint(2, 40), minutes=rnd.randint(0, 59))
    ticket = m.get("t") or rnd.randint(10000, 99999)
    subj = m["s"]
    if q:
        qtext = q.strip("\n")
        qesc = to_html_par(qtext)
        if client == "zendesk":
            head = ZDMARK[lang] + "\n\n"
            plain = (head + plain + "\n" + "-" * 30 + "\n\n" + f"{buyer}\n\n{qdate:%Y-%m-%d %H:%M}\n\n" + qtext + "\n\n"
                     + f"[{ZDTICKET[lang]} #{ticket}]\n")
            hbody = f"<div>{html.escape(ZDMARK[lang])}</div>\n" + hbody + \
                f"\n<hr>\n<p><strong>{html.escape(buyer)}</strong><br>{qdate:%Y-%m-%d %H:%M}</p>\n<div>{qesc}</div>\n<p>[{ZDTICKET[lang]} #{ticket}]</p>"
        elif client == "outlook":
            k = OL[lang]
            osubj = m.get('qs') or re.sub(r'^(AW|RE|Re|R|Réf|Rif|Ref|RV|RIF):\s*', '', subj)
            hdr = (f"{k[0]}: {buyer} - Amazon Marketplace <{to}>\n{k[1]}: {qdate:%d.%m.%Y %H:%M}\n"
                   f"{k[2]}: {fr}\n{k[3]}: {osubj}")
            plain = plain + "\n" + OLSEP[lang] + "\n" + hdr + "\n\n" + qtext + "\n"
            hbody = hbody + "\n<hr>\n<p>" + html.escape(hdr).replace("\n", "<br>\n") + "</p>\n" + qesc
        else:
            wl = wrote_line(lang, qdate, who)
            qplain = "\n".join(("> " + ln) if ln else ">" for ln in qtext.split("\n"))
            plain = plain + "\n" + wl + "\n" + qplain + "\n"
            if client == "gmail":
                hbody = hbody + ('\n<div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + html.escape(wl) +
                                 '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                                 'border-left:1px solid rgb(204,204,204);padding-left:1ex">' + qesc + '</blockquote></div>')
            elif client == "freshdesk":
                hbody = hbody + ('\n<div class="freshdesk_quote"><blockquote class="freshdesk_quote">' + html.escape(wl) +
                                 "<br>" + qesc + "</blockquote></div>")
            elif client == "gorgias":
                hbody = hbody + ('\n<div class="gorgias_quote"><p>' + html.escape(wl) + "</p><blockquote>" + qesc + "</blockquote></div>")
            else:
                hbody = hbody + ("\n<div><p>" + html.escape(wl) + "</p><blockquote>" + qesc + "</blockquote></div>")
    elif client == "zendesk":
        plain = plain + f"\n[{ZDTICKET[lang]} #{ticket}]\n"
        hbody = hbody + f"\n<p>[{ZDTICKET[lang]} #{ticket}]</p>"
    if client == "freshdesk" and m["k"] == "r" and "#" not in subj and not m.get("nosubjticket"):
        subj = subj  # Freshdesk keeps the subject as is
    hdoc = ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body>\n' + hbody + "\n</body></html>\n")

    msg = EmailMessage()
    msg["From"] = fr
    msg["To"] = to
    msg["Subject"] = subj
    msg["Date"] = format_datetime(d)
    msg["Message-ID"] = f"<{d:%Y%m%d%H%M%S}.{rnd.randint(10**7, 10**8)}.{client}.{ticket}@{domain}>"
    if m["k"] == "r":
        irt = f"<{rnd.randint(10**9, 10**10)}.{alias()[:8]}@marketplace.amazon.{tld}>"
        msg["In-Reply-To"] = irt
        msg["References"] = irt
    if client == "zendesk":
        msg["X-Mailer"] = "Zendesk Mailer"
    elif client == "freshdesk":
        msg["X-FD-Email"] = "true"
    elif client == "outlook":
        msg["X-Mailer"] = "Microsoft Outlook 16.0"
    elif client == "helpscout":
        msg["X-Mailer"] = "Help Scout Mailer"
    elif client == "edesk":
        msg["X-Mailer"] = "eDesk"
    elif client == "gorgias":
        msg["X-Mailer"] = "Gorgias"
    msg["MIME-Version"] = "1.0"
    mode = m.get("mode") or ("plain" if client in ("outlook", "gmail") and n % 4 == 0 else "alt")
    if mode == "plain":
        msg.set_content(plain)
    elif mode == "html":
        msg.set_content(hdoc, subtype="html")
    else:
        msg.set_content(plain)
        msg.add_alternative(hdoc, subtype="html")
    a = m.get("a")
    if a:
        kind, fname, title, lines = a
        if kind == "pdf":
            msg.add_attachment(make_pdf(title, lines, lang), maintype="application", subtype="pdf", filename=fname)
        else:
            msg.add_attachment(make_docx(title, lines), maintype="application",
                               subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename=fname)
    (OUT / "messages" / f"{mid}.eml").write_bytes(bytes(msg))
    classes = list(m.get("cl", []))
    if q and "quoted-history" not in classes:
        classes.append("quoted-history")
    if a and "attachment" not in classes:
        classes.append("attachment")
    lab = {"id": mid, "file": f"messages/{mid}.eml", "lang": lang, "client": client,
           "kind": "reply" if m["k"] == "r" else "proactive", "split": "holdout" if n % 3 == 0 else "dev",
           "expect": "legit" if not m["r"] else "violation", "rules": m["r"], "classes": classes, "note": m["n"]}
    return lab


def main():
    labels = []
    n = 0
    start = datetime(2026, 3, 2, 8, 0, tzinfo=timezone(timedelta(hours=1)))
    for lang in LANGS:
        try:
            mod = importlib.import_module(f"data_{lang}")
        except ModuleNotFoundError:
            continue
        for m in mod.MSGS:
            n += 1
            d = start + timedelta(days=rnd.randint(0, 270), hours=rnd.randint(0, 9), minutes=rnd.randint(0, 59))
            labels.append(build(m, n, lang, d))
    with open(OUT / "labels.jsonl", "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(n, "messages")


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    main()
