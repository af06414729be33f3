"""Wrap the hand-written texts of msgs_*.py in helpdesk envelopes and write .eml + labels."""
import json, html, random, sys, importlib, pathlib
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from datetime import datetime, timedelta, timezone

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))

def alias(rng):
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(15))

def to_html(text):
    paras = text.strip("\n").split("\n\n")
    return "".join("<p>" + html.escape(p).replace("\n", "<br>\n") + "</p>\n" for p in paras)

def build(m, n):
    rng = random.Random(m["id"])
    tld = m.get("tld", "co.jp" if m["lang"] == "ja" else "com")
    buyer = alias(rng) + "@marketplace.amazon." + tld
    base = datetime(2026, 12, 1, 9, 0, tzinfo=timezone(timedelta(hours=9 if m["lang"] == "ja" else 0)))
    date = base + timedelta(days=n % 6, minutes=37 * n)
    domain = m["from"][1].split("@")[1]
    msg = EmailMessage()
    msg["From"] = f'{m["from"][0]} <{m["from"][1]}>'
    msg["To"] = buyer
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = f"<{m['id']}.{alias(rng)}@{domain}>"
    client = m["client"]
    body = m["body"].strip("\n") + "\n"
    q = m.get("quoted")
    qdate = date - timedelta(hours=5, minutes=12)
    if m["kind"] == "reply":
        ref = f"<{alias(rng)}.{rng.randint(10**9, 10**10)}@amazon.{tld}>"
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    if client == "zendesk":
        msg["X-Mailer"] = "Zendesk Mailer"
    elif client == "freshdesk":
        msg["X-Mailer"] = "Freshdesk"
    elif client == "outlook":
        msg["X-Mailer"] = "Microsoft Outlook 16.0"
    elif client == "edesk":
        msg["X-Mailer"] = "eDesk"
    text = body
    htmlbody = m.get("html") or to_html(body)
    if q:
        qtext = q.strip("\n")
        if client == "gmail":
            if m["lang"] == "ja":
                hdr = f"{qdate.year}年{qdate.month}月{qdate.day}日 {qdate:%H:%M} <{buyer}>:"
            else:
                hdr = f"On {qdate:%a, %b} {qdate.day}, {qdate.year} at {qdate:%H:%M} <{buyer}> wrote:"
            text += "\n" + hdr + "\n" + "\n".join("> " + l for l in qtext.split("\n")) + "\n"
            htmlbody += f'<div class="gmail_quote"><div class="gmail_attr">{html.escape(hdr)}</div><blockquote class="gmail_quote">{to_html(qtext)}</blockquote></div>\n'
        elif client == "outlook":
            blk = ("-----Original Message-----\n" if m["lang"] == "en" else "-----Original Message-----\n") + \
                f"From: Amazon buyer <{buyer}>\nSent: {format_datetime(qdate)}\nTo: {m['from'][1]}\nSubject: {m['subject'].replace('RE: ', '').replace('Re: ', '')}\n\n" + qtext
            text += "\n" + blk + "\n"
            htmlbody += "<hr>" + to_html(blk)
        elif client == "zendesk":
            text = "##- Please type your reply above this line -##\n\n" + text + f"\n{format_datetime(qdate)} Amazon buyer wrote:\n\n" + qtext + "\n"
            htmlbody = '<div style="color:#b5b5b5">##- Please type your reply above this line -##</div>\n' + htmlbody + \
                f'<p>{html.escape(format_datetime(qdate))}, Amazon buyer wrote:</p><blockquote>{to_html(qtext)}</blockquote>\n'
        else:
            if m["lang"] == "ja":
                hdr = f"{qdate.year}/{qdate.month:02d}/{qdate.day:02d} {qdate:%H:%M} Amazon購入者 のメッセージ:"
            else:
                hdr = f"On {qdate:%a, %d %b %Y %H:%M}, Amazon buyer wrote:"
            text += "\n" + hdr + "\n" + "\n".join("> " + l for l in qtext.split("\n")) + "\n"
            htmlbody += f'<div class="quoted"><p>{html.escape(hdr)}</p><blockquote>{to_html(qtext)}</blockquote></div>\n'
    plain_only = m.get("plain_only", client in ("outlook",) and n % 2 == 0)
    msg.set_content(text)
    if not plain_only:
        msg.add_alternative(f'<html><head><meta charset="utf-8"></head><body>\n{htmlbody}</body></html>\n', subtype="html")
    atts = list(m.get("attachments", []))
    if m.get("attach_pdf"):
        import pdfs
        fn, kind = m["attach_pdf"]
        atts.append((fn, pdfs.make(kind), "application/pdf"))
    for fn, data, mt in atts:
        maintype, subtype = mt.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fn)
    return msg

def main():
    labels = []
    msgs = []
    for mod in ("msgs_ja", "msgs_en"):
        try:
            msgs += importlib.import_module(mod).MSGS
        except ModuleNotFoundError:
            pass
    for n, m in enumerate(msgs, 1):
        mid = f"w102-{n:04d}"
        m["id"] = mid
        e = build(m, n)
        f = f"messages/{mid}.eml"
        (OUT / f).write_bytes(bytes(e))
        labels.append({"id": mid, "file": f, "lang": m["lang"], "client": m["client"], "kind": m["kind"],
                       "split": "dev", "expect": m["expect"], "rules": m.get("rules", []),
                       "classes": m.get("classes", []), "note": m["note"]})
    with open(OUT / "labels.jsonl", "w", encoding="utf-8") as fh:
        for l in labels:
            fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(len(labels), "messages")

if __name__ == "__main__":
    main()
