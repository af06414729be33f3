"""Wrap the hand-written texts in data_*.py into helpdesk-style .eml files and labels.jsonl."""
import html, json, random, sys, hashlib
from pathlib import Path
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from datetime import datetime, timedelta, timezone

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))
import importlib
MODS = [importlib.import_module(n) for n in ("data_en", "data_de", "data_es", "data_fr") if (HERE / (n + ".py")).exists()]

TLD = {"en": "com", "de": "de", "es": "es", "fr": "fr"}
QUOTE_HDR = {
    "en": "On {d}, Amazon buyer wrote:",
    "de": "Am {d} schrieb Amazon-Käufer:",
    "es": "El {d}, comprador de Amazon escribió:",
    "fr": "Le {d}, l'acheteur Amazon a écrit :",
}
ZD_LINE = {"en": "##- Please type your reply above this line -##",
           "de": "##- Bitte geben Sie Ihre Antwort oberhalb dieser Zeile ein. -##",
           "es": "##- Escriba su respuesta por encima de esta línea -##",
           "fr": "##- Veuillez répondre au-dessus de cette ligne -##"}


def alias(rng):
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(15))


def paras(text):
    return [p.strip("\n") for p in text.strip().split("\n\n")]


def to_html(text):
    out = []
    for p in paras(text):
        lines = p.split("\n")
        if all(l.startswith("- ") for l in lines):
            out.append("<ul>" + "".join("<li>%s</li>" % html.escape(l[2:]) for l in lines) + "</ul>")
        else:
            out.append("<p>" + "<br>".join(html.escape(l) for l in lines) + "</p>")
    return "\n".join(out)


def make_pdf(path_title, lines):
    from fpdf import FPDF
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=14)
    pdf.cell(0, 10, path_title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=10)
    for l in lines:
        pdf.multi_cell(0, 6, l, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def build(m, mid, rng, when):
    lang = m["lang"]
    client = m["client"]
    msg = EmailMessage()
    domain = m["domain"]
    msg["From"] = "%s <%s@%s>" % (m["agent"], m.get("local", "support"), domain)
    msg["To"] = "%s@marketplace.amazon.%s" % (alias(rng), m.get("tld", TLD[lang]))
    subj = m["subject"]
    msg["Subject"] = subj
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = make_msgid(domain=domain)
    msg["MIME-Version"] = "1.0"
    if m["kind"] == "reply":
        ref = "<%s@marketplace.amazon.%s>" % (hashlib.md5(mid.encode()).hexdigest()[:20], m.get("tld", TLD[lang]))
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    body = m["body"].strip()
    sig = m.get("sig", "").strip()
    q = m.get("quote")
    qd = (when - timedelta(hours=rng.randint(3, 40))).strftime("%d.%m.%Y %H:%M" if lang in ("de", "fr", "es") else "%b %d, %Y at %I:%M %p")
    # plain text
    plain = body + ("\n\n" + sig if sig else "")
    if client == "zendesk":
        plain = ZD_LINE[lang] + "\n\n" + plain
    outlook_hdr = ""
    if q:
        if client == "outlook":
            outlook_hdr = qh = {"en": "-----Original Message-----\nFrom: Amazon buyer\nSent: %s\nSubject: %s" % (qd, subj.split(":", 1)[-1].strip()),
                  "de": "-----Ursprüngliche Nachricht-----\nVon: Amazon-Käufer\nGesendet: %s\nBetreff: %s" % (qd, subj.split(":", 1)[-1].strip()),
                  "es": "-----Mensaje original-----\nDe: Comprador de Amazon\nEnviado: %s\nAsunto: %s" % (qd, subj.split(":", 1)[-1].strip()),
                  "fr": "-----Message d'origine-----\nDe : Acheteur Amazon\nEnvoyé : %s\nObjet : %s" % (qd, subj.split(":", 1)[-1].strip())}[lang]
            plain += "\n\n" + qh + "\n\n" + q.strip()
        else:
            plain += "\n\n" + QUOTE_HDR[lang].format(d=qd) + "\n" + "\n".join("> " + l if l else ">" for l in q.strip().split("\n"))
    if m.get("html", True):
        h = to_html(body)
        if sig:
            h += "\n<p>" + "<br>".join(html.escape(l) for l in sig.split("\n")) + "</p>"
        if client == "zendesk":
            h = "<p>%s</p>\n" % html.escape(ZD_LINE[lang]) + h
        if q:
            qh = html.escape(QUOTE_HDR[lang].format(d=qd))
            qb = to_html(q)
            if client == "outlook":
                qh = "<br>".join(html.escape(x) for x in outlook_hdr.split("\n"))
            if client == "gmail":
                h += '\n<div class="gmail_quote"><div class="gmail_attr">%s</div><blockquote class="gmail_quote">%s</blockquote></div>' % (qh, qb)
            elif client == "freshdesk":
                h += '\n<div class="freshdesk_quote"><blockquote class="freshdesk_quote"><p>%s</p>%s</blockquote></div>' % (qh, qb)
            elif client == "helpscout":
                h += '\n<div class="hs_reply_quote"><p>%s</p><blockquote>%s</blockquote></div>' % (qh, qb)
            else:
                h += "\n<p>%s</p>\n<blockquote>%s</blockquote>" % (qh, qb)
        extra = m.get("html_extra", "")
        h += extra
        msg.set_content(plain)
        msg.add_alternative('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body>\n%s\n</body></html>\n' % h, subtype="html")
    else:
        msg.set_content(plain)
    if m.get("attach"):
        fname, title, lines = m["attach"]
        msg.add_attachment(make_pdf(title, lines), maintype="application", subtype="pdf", filename=fname)
    return msg


def main():
    rng = random.Random(12)
    items = [m for mod in MODS for m in mod.MSGS]
    items.sort(key=lambda m: m["n"])
    base = datetime(2026, 11, 2, 8, 0, tzinfo=timezone.utc)
    labels = []
    for m in items:
        n = m["n"]
        mid = "w12-%04d" % n
        when = base + timedelta(hours=n * 7 + rng.randint(0, 5), minutes=rng.randint(0, 59))
        msg = build(m, mid, rng, when)
        f = "messages/%s.eml" % mid
        (OUT / f).write_bytes(msg.as_bytes())
        labels.append({"id": mid, "file": f, "lang": m["lang"], "client": m["client"].replace("_plain", ""),
                       "kind": m["kind"], "split": "holdout" if n % 3 == 0 else "dev",
                       "expect": m["expect"], "rules": m.get("rules", []),
                       "classes": m.get("classes", []), "note": m["note"]})
    (OUT / "labels.jsonl").write_text("".join(json.dumps(l, ensure_ascii=False) + "\n" for l in labels), encoding="utf-8")
    print(len(labels))


if __name__ == "__main__":
    main()
