import json, os, sys, html, datetime as dt, importlib
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from email import policy
from email.parser import BytesParser

OUT = "/work/wt/w70/tests/eval/corpus/w70"
TLD = {"en": "com", "de": "de", "fr": "fr", "it": "it", "es": "es", "ja": "co.jp"}

WD = {"en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
      "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
      "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
      "it": ["lun", "mar", "mer", "gio", "ven", "sab", "dom"],
      "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
      "ja": ["月", "火", "水", "木", "金", "土", "日"]}
MO = {"en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
      "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.".split(),
      "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split(),
      "it": "gen feb mar apr mag giu lug ago set ott nov dic".split(),
      "es": "ene feb mar abr may jun jul ago sept oct nov dic".split()}
MOL = {"de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
       "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
       "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
       "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
       "en": "January February March April May June July August September October November December".split()}


TZH = {"com": -5, "co.uk": 0, "co.jp": 9}
TZN = {-5: "EST", 0: "GMT", 9: "JST", 1: "CET"}
CUR = {"tz": 1}


def P(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=dt.timezone(dt.timedelta(hours=CUR["tz"])))


def gmail_hdr(lang, d, name, addr):
    w, m, t = WD[lang][d.weekday()], d.month - 1, d.strftime("%H:%M")
    if lang == "en":
        return f"On {w}, {MO['en'][m]} {d.day}, {d.year} at {d.strftime('%-I:%M %p')} {name} <{addr}> wrote:"
    if lang == "de":
        return f"Am {w}, {d.day}. {MO['de'][m]} {d.year} um {t} Uhr schrieb {name} <{addr}>:"
    if lang == "fr":
        return f"Le {w} {d.day} {MO['fr'][m]} {d.year} à {t}, {name} <{addr}> a écrit :"
    if lang == "it":
        return f"Il giorno {w} {d.day} {MO['it'][m]} {d.year} alle ore {t} {name} <{addr}> ha scritto:"
    if lang == "es":
        return f"El {w}, {d.day} {MO['es'][m]} {d.year} a las {t}, {name} (<{addr}>) escribió:"
    return f"{d.year}年{d.month}月{d.day}日({WD['ja'][d.weekday()]}) {t} {name} <{addr}>:"


def outlook_hdr(lang, d, name, addr, to, subj):
    L = {"en": ("-----Original Message-----", "From", "Sent", "To", "Subject"),
         "de": ("-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "An", "Betreff"),
         "fr": ("-----Message d'origine-----", "De", "Envoyé", "À", "Objet"),
         "it": ("-----Messaggio originale-----", "Da", "Inviato", "A", "Oggetto"),
         "es": ("-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto"),
         "ja": ("-----Original Message-----", "差出人", "送信日時", "宛先", "件名")}[lang]
    t = d.strftime("%H:%M")
    if lang == "en":
        ds = f"{['Monday','Tuesday','Wednesday','Thursday','Friday','Saturday','Sunday'][d.weekday()]}, {MOL['en'][d.month-1]} {d.day}, {d.year} {d.strftime('%-I:%M %p')}"
    elif lang == "de":
        ds = f"{['Montag','Dienstag','Mittwoch','Donnerstag','Freitag','Samstag','Sonntag'][d.weekday()]}, {d.day}. {MOL['de'][d.month-1]} {d.year} {t}"
    elif lang == "fr":
        ds = f"{['lundi','mardi','mercredi','jeudi','vendredi','samedi','dimanche'][d.weekday()]} {d.day} {MOL['fr'][d.month-1]} {d.year} {t}"
    elif lang == "it":
        ds = f"{['lunedì','martedì','mercoledì','giovedì','venerdì','sabato','domenica'][d.weekday()]} {d.day} {MOL['it'][d.month-1]} {d.year} {t}"
    elif lang == "es":
        ds = f"{['lunes','martes','miércoles','jueves','viernes','sábado','domingo'][d.weekday()]}, {d.day} de {MOL['es'][d.month-1]} de {d.year} {t}"
    else:
        ds = f"{d.year}年{d.month}月{d.day}日 {t}"
    sep = " : " if lang == "fr" else ": "
    return [L[0], f"{L[1]}{sep}{name} <{addr}>", f"{L[2]}{sep}{ds}", f"{L[3]}{sep}{to}", f"{L[4]}{sep}{subj}"]


ZD = {"en": ("##- Please type your reply above this line -##", "Your request ({t}) has been updated. To add additional comments, reply to this email."),
      "de": ("##- Bitte geben Sie Ihre Antwort über dieser Zeile ein -##", "Ihre Anfrage ({t}) wurde aktualisiert. Um weitere Kommentare hinzuzufügen, antworten Sie einfach auf diese E-Mail."),
      "fr": ("##- Veuillez répondre au-dessus de cette ligne -##", "Votre demande ({t}) a été mise à jour. Pour ajouter des commentaires, répondez à cet e-mail."),
      "it": ("##- Digita la tua risposta sopra questa riga -##", "La tua richiesta ({t}) è stata aggiornata. Per aggiungere altri commenti, rispondi a questa e-mail."),
      "es": ("##- Por favor, escriba su respuesta encima de esta línea -##", "Su solicitud ({t}) se ha actualizado. Para agregar comentarios, responda a este correo electrónico."),
      "ja": ("##- このラインより上にご返信ください -##", "リクエスト（{t}）が更新されました。コメントを追加するには、このメールに返信してください。")}


def zd_date(lang, d):
    if lang == "ja":
        return f"{d.year}年{d.month}月{d.day}日 {d.strftime('%H:%M')} {TZN[CUR['tz']]}"
    if lang == "en":
        return f"{MO['en'][d.month-1]} {d.day}, {d.year}, {d.strftime('%H:%M')} {TZN[CUR['tz']]}"
    return f"{d.day} {MOL[lang][d.month-1]} {d.year}, {d.strftime('%H:%M')} {TZN[CUR['tz']]}" if lang != "de" else f"{d.day}. {MOL['de'][d.month-1]} {d.year}, {d.strftime('%H:%M')} {TZN[CUR['tz']]}"


def paras_html(text):
    out = []
    for p in text.strip("\n").split("\n\n"):
        out.append("<p>" + "<br>\n".join(html.escape(l) for l in p.split("\n")) + "</p>")
    return "\n".join(out)


def build(m):
    lang = m["lang"]; tld = m.get("tld", TLD[lang]); client = m["client"]
    CUR["tz"] = TZH.get(tld, 1)
    alias = f"{m['alias']}@marketplace.amazon.{tld}"
    buyer = m["buyer"]; bname = f"{buyer} - Amazon Marketplace"
    agent, agent_addr = m["from"]
    subj0 = m["subject"]
    hist = [dict(h, d=P(h["date"])) for h in m["history"]]  # newest first
    replyd = P(m["date"])

    def who(h):
        return (bname, alias) if h["who"] == "buyer" else (agent, agent_addr)

    text = m["reply"].strip("\n")
    # ---- plain text + html quoted trail
    if client == "zendesk":
        delim, upd = ZD[lang]
        tk = m.get("ticket", "#" + str(40000 + int(m['id'][-4:]) * 37))
        sep = "-" * 46
        plain = [delim, "", upd.format(t=tk), "", sep, "", f"{m['agent_short']}", "", zd_date(lang, replyd), "", text]
        hparts = [f'<p style="color:#b5b5b5">{html.escape(delim)}</p>', f"<p>{html.escape(upd.format(t=tk))}</p>", "<hr>",
                  f"<p><strong>{html.escape(m['agent_short'])}</strong><br>{html.escape(zd_date(lang, replyd))}</p>", paras_html(text)]
        for h in hist:
            n = buyer if h["who"] == "buyer" else m["agent_short"]
            plain += ["", sep, "", n, "", zd_date(lang, h["d"]), "", h["text"].strip("\n")]
            hparts += ["<hr>", f"<p><strong>{html.escape(n)}</strong><br>{html.escape(zd_date(lang, h['d']))}</p>", paras_html(h["text"])]
        plain_s = "\n".join(plain) + "\n"
        html_s = "\n".join(hparts)
        # drop the grey delimiter style: keep it plain
        html_s = html_s.replace(' style="color:#b5b5b5"', "")
    else:
        def nest_plain(i):
            h = hist[i]; n, a = who(h)
            if client in ("outlook", "edesk"):
                if client == "outlook":
                    hdr = outlook_hdr(lang, h["d"], n, a, (alias if h["who"] == "seller" else agent_addr), h.get("subject", subj0))
                else:
                    hdr = ["-------- Original Message --------", f"From: {n} <{a}>", f"Date: {h['d'].strftime('%d/%m/%Y %H:%M')}", f"Subject: {h.get('subject', subj0)}"]
                body = h["text"].strip("\n")
                inner = ("\n\n" + nest_plain(i + 1)) if i + 1 < len(hist) else ""
                return "\n".join(hdr) + "\n\n" + body + inner
            else:
                hdr = gmail_hdr(lang, h["d"], n, a)
                body = h["text"].strip("\n")
                if i + 1 < len(hist):
                    body += "\n\n" + nest_plain(i + 1)
                return hdr + "\n" + "\n".join(("> " + l) if l else ">" for l in body.split("\n"))

        def nest_html(i):
            h = hist[i]; n, a = who(h)
            inner = nest_html(i + 1) if i + 1 < len(hist) else ""
            if client in ("outlook", "edesk"):
                if client == "outlook":
                    hdr = outlook_hdr(lang, h["d"], n, a, (alias if h["who"] == "seller" else agent_addr), h.get("subject", subj0))[1:]
                    return ('<div id="divRplyFwdMsg"><hr><p>' + "<br>\n".join(html.escape(x) for x in hdr) + "</p></div>\n" + paras_html(h["text"]) + "\n" + inner)
                hdr = ["-------- Original Message --------", f"From: {n} <{a}>", f"Date: {h['d'].strftime('%d/%m/%Y %H:%M')}", f"Subject: {h.get('subject', subj0)}"]
                return "<p>" + "<br>\n".join(html.escape(x) for x in hdr) + "</p>\n" + paras_html(h["text"]) + "\n" + inner
            cls = {"gmail": ' class="gmail_quote"', "freshdesk": ' class="freshdesk_quote"', "gorgias": ' class="gorgias_quote"', "helpscout": ""}.get(client, "")
            ga = ' class="gmail_attr"' if client == "gmail" else ""
            return (f'<div{cls}><div{ga}>{html.escape(gmail_hdr(lang, h["d"], n, a))}<br></div>\n'
                    f'<blockquote{cls} type="cite">\n{paras_html(h["text"])}\n{inner}</blockquote></div>')

        plain_s = text + "\n\n" + nest_plain(0) + "\n"
        html_s = paras_html(text) + "\n<br>\n" + nest_html(0)

    htmldoc = f'<html><head><meta charset="utf-8"></head><body>\n{html_s}\n</body></html>\n'

    msg = EmailMessage()
    msg["From"] = f"{agent} <{agent_addr}>"
    msg["To"] = f"{bname} <{alias}>"
    msg["Subject"] = m["resubj"]
    msg["Date"] = format_datetime(replyd)
    dom = agent_addr.split("@")[1]
    msg["Message-ID"] = make_msgid(domain=dom)
    ref = f"<{m['alias'][:6]}.{hist[0]['d'].strftime('%Y%m%d%H%M')}@marketplace.amazon.{tld}>"
    msg["In-Reply-To"] = ref
    refs = [f"<{m['alias'][:6]}.{h['d'].strftime('%Y%m%d%H%M')}@marketplace.amazon.{tld}>" for h in reversed(hist) if h["who"] == "buyer"]
    msg["References"] = " ".join(refs)
    if m.get("xmailer"):
        msg["X-Mailer"] = m["xmailer"]
    msg.set_content(plain_s)
    if not m.get("plain_only"):
        msg.add_alternative(htmldoc, subtype="html")
    for att in m.get("attach", []):
        data = att["make"]()
        if msg.get_content_type() != "multipart/mixed":
            msg.make_mixed()
        msg.add_attachment(data, maintype=att["maintype"], subtype=att["subtype"], filename=att["filename"])
    return msg


def pdf(lines, title):
    from fpdf import FPDF
    f = FPDF(); f.add_page()
    f.add_font("dv", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    f.set_font("dv", size=14); f.cell(0, 10, title, new_x="LMARGIN", new_y="NEXT")
    f.set_font("dv", size=10)
    for l in lines:
        f.multi_cell(0, 6, l, new_x="LMARGIN", new_y="NEXT")
    return bytes(f.output())


def main(mods):
    os.makedirs(OUT + "/messages", exist_ok=True)
    msgs = []
    for mod in mods:
        msgs += importlib.import_module(mod).MSGS
    labels = []
    for m in msgs:
        e = build(m)
        p = f"{OUT}/messages/{m['id']}.eml"
        with open(p, "wb") as fh:
            fh.write(e.as_bytes(policy=policy.SMTP))
        labels.append({"id": m["id"], "file": f"messages/{m['id']}.eml", "lang": m["lang"], "client": m["client"],
                       "kind": "reply", "split": "dev", "expect": m["expect"], "rules": m["rules"],
                       "classes": m["classes"], "note": m["note"]})
    with open(OUT + "/labels.jsonl", "w") as fh:
        for l in labels:
            fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    # check
    for l in labels:
        assert l["expect"] in ("legit", "violation") and (l["rules"] == []) == (l["expect"] == "legit"), l["id"]
        with open(f"{OUT}/{l['file']}", "rb") as fh:
            e = BytesParser(policy=policy.default).parse(fh)
        assert e["To"] and e.get_body(("plain",)) is not None
        for part in e.walk():
            if not part.is_multipart():
                part.get_content()
    ids = [l["id"] for l in labels]; assert len(ids) == len(set(ids))
    print(len(labels), "ok")


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(__file__))
    main(sys.argv[1:])
