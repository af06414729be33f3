"""Helpers for building the w127 messages (Spanish / Italian replies under quoted threads)."""
import html as _html
import random
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta
from email.charset import Charset, QP

_rng = random.Random(127127)
CET = timezone(timedelta(hours=1))


def alias():
    return "".join(_rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(15))


def msgid(domain):
    return "<%s.%s@%s>" % ("".join(_rng.choice("0123456789abcdef") for _ in range(16)),
                            "".join(_rng.choice("0123456789") for _ in range(6)), domain)


def build(*, lang, from_name, from_addr, subject, date, text, html=None, to=None, cte="quoted-printable"):
    m = EmailMessage()
    m["From"] = "%s <%s>" % (from_name, from_addr)
    tld = {"es": "es", "it": "it"}[lang]
    m["To"] = to or "%s@marketplace.amazon.%s" % (alias(), tld)
    m["Subject"] = subject
    y, mo, d, h, mi = date
    m["Date"] = format_datetime(datetime(y, mo, d, h, mi, _rng.randint(0, 59), tzinfo=CET))
    m["Message-ID"] = msgid(from_addr.split("@")[1])
    m["MIME-Version"] = "1.0"
    m.set_content(text, charset="utf-8", cte=cte)
    if html is not None:
        m.add_alternative(html, subtype="html", charset="utf-8", cte=cte)
    if m.is_multipart():
        for part in m.iter_parts():
            del part["MIME-Version"]
    # EmailMessage adds MIME-Version itself on set_content; avoid duplicates
    while len(m.get_all("MIME-Version", [])) > 1:
        vals = m.get_all("MIME-Version")
        del m["MIME-Version"]
        m["MIME-Version"] = vals[0]
    return m


def esc(s):
    return _html.escape(s).replace("\n", "<br>\n")


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))
