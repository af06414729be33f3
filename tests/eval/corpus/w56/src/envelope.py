"""Wrap hand-written w56 texts into helpdesk-style e-mails (envelopes only; texts are in msgs*.py)."""
import html, hashlib, json, os, sys
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from datetime import datetime, timezone, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def paras_html(text):
    out = []
    for block in text.strip().split("\n\n"):
        lines = [html.escape(l) for l in block.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return "\n".join(out)


def quote_plain(text):
    return "\n".join("> " + l if l else ">" for l in text.strip().split("\n"))


def build(m):
    seed = int(hashlib.md5(m["id"].encode()).hexdigest(), 16)
    tld = m.get("tld", "com")
    alias = m["alias"]
    to = f"{alias}@marketplace.amazon.{tld}"
    date = datetime(2026, 11, 1, 8, 0, tzinfo=timezone.utc) + timedelta(minutes=seed % (35 * 24 * 60))
    bdate = date - timedelta(hours=3 + seed % 40, minutes=seed % 59)
    dom = m["from"].split("@")[1]
    msg = EmailMessage()
    msg["From"] = f'{m["agent"]} <{m["from"]}>'
    msg["To"] = to
    reply = m["kind"] == "reply"
    client = m["client"]
    subj = m["subject"]
    if reply:
        pre = {"outlook": "RE: ", "zendesk": "Re: ", "freshdesk": "Re: ", "gorgias": "Re: ",
               "helpscout": "Re: ", "edesk": "Re: ", "gmail": "Re: "}[client]
        subj = pre + subj
    msg["Subject"] = subj
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = make_msgid(idstring=m["id"].replace("-", ""), domain=dom)
    if reply:
        ref = f"<{seed % 10**12:012d}.{alias}@marketplace.amazon.{tld}>"
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    body = m["body"].strip()
    sig = m.get("sig", "").strip()
    buyer = m.get("buyer", "").strip()
    bname = m.get("buyer_name", "Amazon customer")
    ticket = m.get("ticket", str(100000 + seed % 900000))
    when = bdate.strftime("%a, %d %b %Y at %H:%M")

    plain = body + ("\n\n" + sig if sig else "")
    h = paras_html(body) + ("\n" + paras_html(sig) if sig else "")
    if client == "zendesk":
        plain = "##- Please type your reply above this line -##\n\n" + plain
        h = '<div class="zd-delimiter">##- Please type your reply above this line -##</div>\n' + h
        if buyer:
            plain += f"\n\n--------------------------------\n{bname}\n{bdate.strftime('%b %d, %Y, %H:%M UTC')}\n\n{buyer}"
            h += (f'\n<hr>\n<p><strong>{html.escape(bname)}</strong><br>{bdate.strftime("%b %d, %Y, %H:%M UTC")}</p>\n'
                  + paras_html(buyer))
        plain += f"\n\n[{ticket}:{seed % 99999:05d}]"
        h += f'\n<p class="zd-ticket-ref">[{ticket}:{seed % 99999:05d}]</p>'
    elif client == "freshdesk":
        if buyer:
            plain += f"\n\nOn {when}, {bname} <{to}> wrote:\n" + quote_plain(buyer)
            h += (f'\n<div class="freshdesk_quote"><p>On {when}, {html.escape(bname)} wrote:</p>\n'
                  f'<blockquote class="freshdesk_quote">{paras_html(buyer)}</blockquote></div>')
        plain += f"\n\nTicket #{ticket}"
        h += f"\n<p>Ticket #{ticket}</p>"
    elif client == "gmail":
        if buyer:
            plain += f"\n\nOn {bdate.strftime('%a, %b %d, %Y at %I:%M %p')} {bname} <{to}> wrote:\n" + quote_plain(buyer)
            h = ('<div dir="ltr">' + h + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
                 f"On {bdate.strftime('%a, %b %d, %Y at %I:%M %p')} {html.escape(bname)} &lt;{to}&gt; wrote:<br></div>"
                 f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                 f"{paras_html(buyer)}</blockquote></div>")
    elif client == "outlook":
        if buyer:
            hdr = (f"-----Original Message-----\nFrom: {bname} <{to}>\nSent: {bdate.strftime('%A, %B %d, %Y %I:%M %p')}\n"
                   f"Subject: {m['subject']}\n\n")
            plain += "\n\n" + hdr + buyer
            h += ('\n<hr>\n<div id="divRplyFwdMsg">'
                  + paras_html(hdr) + "</div>\n" + paras_html(buyer))
    elif client == "helpscout":
        if buyer:
            plain += f"\n\n---\n\nOn {when}, {bname} wrote:\n" + quote_plain(buyer)
            h += f'\n<div class="hs_quote"><p>On {when}, {html.escape(bname)} wrote:</p><blockquote>{paras_html(buyer)}</blockquote></div>'
    elif client == "gorgias":
        if buyer:
            plain += f"\n\n\nOn {when}, {bname} wrote:\n" + quote_plain(buyer)
            h += f'\n<div class="gorgias_quote"><p>On {when}, {html.escape(bname)} wrote:</p><blockquote>{paras_html(buyer)}</blockquote></div>'
    elif client == "edesk":
        if buyer:
            plain += f"\n\n------ Message from {bname} ({bdate.strftime('%d/%m/%Y %H:%M')}) ------\n{buyer}"
            h += f'\n<hr><p><em>Message from {html.escape(bname)} ({bdate.strftime("%d/%m/%Y %H:%M")})</em></p>{paras_html(buyer)}'
    html_doc = f"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body>\n{h}\n</body></html>\n"
    if m.get("plain_only"):
        msg.set_content(plain + "\n")
    else:
        msg.set_content(plain + "\n")
        msg.add_alternative(html_doc, subtype="html")
    att = m.get("attach")
    if att:
        data, fname, mtype = att()
        maintype, subtype = mtype.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    return msg


def write_all(msgs):
    os.makedirs(os.path.join(OUT, "messages"), exist_ok=True)
    lines = []
    for m in msgs:
        e = build(m)
        path = os.path.join(OUT, "messages", m["id"] + ".eml")
        with open(path, "wb") as f:
            f.write(e.as_bytes())
        lines.append(json.dumps({
            "id": m["id"], "file": f"messages/{m['id']}.eml", "lang": "en", "client": m["client"],
            "kind": m["kind"], "split": "dev", "expect": m["expect"], "rules": m["rules"],
            "classes": m["classes"], "note": m["note"]}, ensure_ascii=False))
    with open(os.path.join(OUT, "labels.jsonl"), "w") as f:
        f.write("\n".join(lines) + "\n")
