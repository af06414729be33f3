#!/usr/bin/env python3
"""Build the w148 messages: helpdesk-style multipart/alternative replies (plain + related HTML)."""
import json, os, struct, zlib, html
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from datetime import datetime, timezone, timedelta

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def png(rgb, size=4):
    raw = b"".join(b"\x00" + bytes(rgb) * size for _ in range(size))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def esc(s):
    return html.escape(s, quote=False)


def paras_html(paras):
    return "\n".join('<p style="margin:0 0 10px">%s</p>' % esc(p).replace("\n", "<br>") for p in paras)


# ---- quote markup per client -------------------------------------------------
def quote_html(client, head, lines):
    body = "<br>".join(esc(l) for l in lines)
    if client == "zendesk":
        return ('<div class="zd-comment-history"><p style="margin:0 0 6px;font-size:12px">%s</p>'
                '<blockquote class="zd-quote" style="margin:0;padding:4px 8px;border-left:2px solid #cccccc">%s</blockquote></div>' % (esc(head), body))
    if client == "freshdesk":
        return ('<div class="freshdesk_quote"><blockquote class="freshdesk_quote" style="margin:0;padding:4px 8px;border-left:2px solid #cccccc">'
                '%s<br>%s</blockquote></div>' % (esc(head), body))
    if client == "gorgias":
        return ('<div class="gorgias_quote"><div>%s</div><blockquote type="cite" style="margin:0;padding:4px 8px;border-left:2px solid #d0d0d0">%s</blockquote></div>'
                % (esc(head), body))
    if client == "helpscout":
        return ('<div class="hs_reply_history"><div style="margin:0 0 6px">%s</div><blockquote style="margin:0;padding:4px 8px;border-left:2px solid #dddddd">%s</blockquote></div>'
                % (esc(head), body))
    # edesk: Outlook-like original-message block
    return ('<div class="edesk-original" style="padding:6px 0 0;border-top:1px solid #cccccc">%s<br><br>%s</div>'
            % ("<br>".join(esc(h) for h in head.split("\n")), body))


def quote_text(client, head, lines):
    if client == "edesk":
        return head + "\n\n" + "\n".join(lines)
    return head + "\n" + "\n".join(("> " + l) if l else ">" for l in lines)


# ---- violations' extra markup -----------------------------------------------
def build(m):
    shop, dom, lang, client = m["shop"], m["dom"], m["lang"], m["client"]
    cid_agent = "agent-%s@%s" % (m["n"], dom)
    images = [("agent", cid_agent, png(m.get("photo", (120, 140, 160))))]
    v = m.get("viol")
    tid = m["ticket"]

    header_inner = esc(shop)
    if v == "logo":
        cid_logo = "logo-%s@%s" % (m["n"], dom)
        images.append(("logo", cid_logo, png((40, 90, 60), 8)))
        header_inner = ('<a href="https://www.%s/"><img src="cid:%s" width="32" height="32" alt="%s logo"></a> %s'
                        % (dom, cid_logo, esc(shop), esc(shop)))

    body = paras_html(m["paras"])
    extra_html, extra_text = "", ""
    if v == "stars":
        cid_star = "star-%s@%s" % (m["n"], dom)
        images.append(("star", cid_star, png((240, 190, 30), 6)))
        stars = "".join('<img src="cid:%s" width="20" height="20" alt="star">' % cid_star for _ in range(5))
        extra_html = '<p style="margin:0 0 10px">%s</p>' % stars
        extra_text = "\n* * * * *\n"
    if v == "button":
        extra_html = ('<p style="margin:10px 0"><a href="%s" style="display:inline-block;padding:8px 14px;background-color:#dfe9d8;border-radius:4px">%s</a></p>'
                      % (m["button_url"], esc(m["button_label"])))
        extra_text = "\n%s: %s\n" % (m["button_label"], m["button_url"])

    sig_html = ('<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr>'
                '<td style="padding:0 10px 0 0"><img src="cid:%s" width="40" height="40" alt="%s"></td>'
                '<td style="font-size:14px">%s</td></tr></table>'
                % (cid_agent, esc(m["photo_alt"]), "<br>".join(esc(s) for s in m["sig"])))

    social_html, social_text = "", ""
    if v == "social":
        for name in ("facebook", "instagram", "pinterest"):
            c = "%s-%s@%s" % (name, m["n"], dom)
            images.append((name, c, png((60, 60, 60), 6)))
        social_html = ('<tr><td style="padding:8px 12px">' + " ".join(
            '<a href="%s"><img src="cid:%s-%s@%s" width="24" height="24" alt="%s"></a>'
            % (m["social"][name], name, m["n"], dom, name.capitalize()) for name in ("facebook", "instagram", "pinterest"))
            + '</td></tr>')
        social_text = "\n" + "\n".join("%s: %s" % (k.capitalize(), m["social"][k]) for k in ("facebook", "instagram", "pinterest")) + "\n"

    foot = m["footer"]
    foot_html = esc(foot)
    foot_text = foot
    if v == "unsub":
        foot_html += ' &middot; <a href="%s">%s</a>' % (m["unsub_url"], esc(m["unsub_label"]))
        foot_text += "\n%s: %s" % (m["unsub_label"], m["unsub_url"])
    if v == "website":
        foot_html += " &middot; www.%s" % dom
        foot_text += " · www.%s" % dom

    pixel = ""
    if v == "pixel":
        pixel = '<img src="%s" width="1" height="1" alt="" style="display:block;border:0">' % m["pixel_url"]

    quote_h, quote_t = "", ""
    if m.get("quote"):
        qh, ql = m["quote"]
        quote_h = '<tr><td style="padding:8px 12px">%s</td></tr>' % quote_html(client, qh, ql)
        quote_t = "\n\n" + quote_text(client, qh, ql)

    html_doc = f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;padding:0">
<span class="preheader" style="display:none;max-height:0;overflow:hidden;opacity:0">{esc(m['pre'])}</span>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" class="{client}-wrapper">
<tr><td style="padding:10px 12px;background-color:#e6ecf2;font-size:18px"><strong>{header_inner}</strong></td></tr>
<tr><td style="padding:12px;font-size:14px">
{body}
{extra_html}
{sig_html}
</td></tr>
{social_html}
{quote_h}
<tr><td style="padding:8px 12px;background-color:#f0f0f0;font-size:12px">{foot_html}</td></tr>
</table>
{pixel}
</body></html>
"""
    text = "\n\n".join(m["paras"]) + "\n" + extra_text + "\n" + "\n".join(m["sig"]) + "\n" + social_text + quote_t + "\n\n--\n" + foot_text + "\n"

    msg = EmailMessage()
    msg["From"] = "%s <%s@%s>" % (m["from_name"], m.get("local", "support"), dom)
    msg["To"] = m["to"]
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(m["date"])
    msg["Message-ID"] = make_msgid(idstring="w148.%s" % m["n"], domain=dom)
    msg["MIME-Version"] = "1.0"
    msg.set_content(text, charset="utf-8", cte="quoted-printable")
    msg.add_alternative(html_doc, subtype="html", charset="utf-8", cte="quoted-printable")
    html_part = msg.get_payload()[1]
    for name, cid, data in images:
        html_part.add_related(data, maintype="image", subtype="png", cid="<%s>" % cid,
                              filename="%s.png" % name, disposition="inline")
    return msg


def main():
    from messages_data import MESSAGES
    labels = []
    for i, m in enumerate(MESSAGES, 1):
        n = "%04d" % i
        m["n"] = n
        msg = build(m)
        fn = "messages/w148-%s.eml" % n
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(msg.as_bytes())
        labels.append({"id": "w148-" + n, "file": fn, "lang": m["lang"], "client": m["client"],
                       "kind": m["kind"], "split": "dev", "expect": "violation" if m["rules"] else "legit",
                       "rules": m["rules"], "classes": m["classes"], "note": m["note"]})
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(len(labels))


if __name__ == "__main__":
    main()
