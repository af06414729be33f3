"""Build w164 .eml files and labels.jsonl from data_de.py (stdlib only)."""
import html, json, os, random, sys
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from datetime import datetime, timedelta, timezone

sys.path.insert(0, os.path.dirname(__file__))
from data_de import M

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
W = "w164"
DOMAIN = "hainbuche-eisen.de"
FROM = "Hainbuche & Eisen Kundenservice <service@hainbuche-eisen.de>"
rng = random.Random(164)
ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"


def alias():
    return "".join(rng.choice(ALNUM) for _ in range(15)) + "@marketplace.amazon.de"


def to_html(text):
    out, quote, para = [], [], []

    def flush_para():
        if para:
            out.append("<p>" + "<br>\n".join(html.escape(l) for l in para) + "</p>")
            para.clear()

    def flush_quote():
        if quote:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                       + "<br>\n".join(html.escape(l) for l in quote) + "</blockquote>")
            quote.clear()

    for line in text.split("\n"):
        if line.startswith(">"):
            flush_para()
            quote.append(line.lstrip("> ").rstrip())
        elif not line.strip():
            flush_para(); flush_quote()
        else:
            flush_quote()
            para.append(line)
    flush_para(); flush_quote()
    return "<html><body>\n" + "\n".join(out) + "\n</body></html>\n"


def make_pdf(lines):
    """Tiny hand-rolled one-page PDF (Helvetica, ASCII text)."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT /F1 11 Tf 50 790 Td 14 TL\n" + "".join(f"({esc(l)}) Tj T*\n" for l in lines) + "ET\n"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        f"<< /Length {len(content.encode('latin-1'))} >>\nstream\n{content}endstream",
    ]
    buf = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(buf))
        buf += f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1")
    xref = len(buf)
    buf += f"xref\n0 {len(objs)+1}\n0000000000 65535 f \n".encode()
    for o in offs:
        buf += f"{o:010d} 00000 n \n".encode()
    buf += f"trailer\n<< /Size {len(objs)+1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return buf


def main():
    os.makedirs(os.path.join(OUT, "messages"), exist_ok=True)
    start = datetime(2026, 11, 16, 8, 0, tzinfo=timezone(timedelta(hours=1)))
    labels = []
    for i, m in enumerate(M, 1):
        mid = f"{W}-{i:04d}"
        msg = EmailMessage()
        msg["From"] = FROM
        msg["To"] = alias()
        msg["Subject"] = m["subject"]
        d = start + timedelta(days=i * 0.8, minutes=rng.randint(0, 600))
        msg["Date"] = format_datetime(d)
        msg["Message-ID"] = make_msgid(idstring=f"{m['client']}{i}", domain=DOMAIN)
        msg["MIME-Version"] = "1.0"
        msg.set_content(m["text"], charset="utf-8", cte="quoted-printable")
        if m.get("html"):
            msg.add_alternative(to_html(m["text"]), subtype="html", charset="utf-8", cte="quoted-printable")
        if m.get("pdf"):
            name, lines = m["pdf"]
            msg.add_attachment(make_pdf(lines), maintype="application", subtype="pdf", filename=name)
        rel = f"messages/{mid}.eml"
        with open(os.path.join(OUT, rel), "wb") as f:
            f.write(msg.as_bytes())
        labels.append({"id": mid, "file": rel, "lang": "de", "client": m["client"], "kind": m["kind"],
                       "split": "dev", "expect": m["expect"], "rules": m["rules"],
                       "classes": m["classes"], "note": m["note"]})
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(len(labels))


if __name__ == "__main__":
    main()
