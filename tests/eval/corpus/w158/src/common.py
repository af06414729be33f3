import random, zlib, io, zipfile, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from email import policy

rnd = random.Random(158)
DOM = {"en": "marketplace.amazon.com", "uk": "marketplace.amazon.co.uk", "de": "marketplace.amazon.de", "fr": "marketplace.amazon.fr"}

def alias(lang):
    return "".join(rnd.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(15)) + "@" + DOM[lang]

def pdf(lines):
    """Minimal valid one-page PDF with Helvetica text lines (latin-1)."""
    ops = ["BT", "/F1 11 Tf", "50 800 Td", "14 TL"]
    for l in lines:
        s = l.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append("(%s) '" % s)
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    x = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x))
    return out.getvalue()

def docx(paras):
    from xml.sax.saxutils import escape
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % escape(p) for p in paras)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>' % body)
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", rels)
        z.writestr("word/document.xml", doc)
    return b.getvalue()

def build(frm, to, subject, date, plain, html=None, atts=(), headers=None):
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = make_msgid(domain=frm.split("@")[1].rstrip(">"))
    m["MIME-Version"] = "1.0"
    for k, v in (headers or {}).items():
        m[k] = v
    m.set_content(plain, charset="utf-8", cte="quoted-printable")
    if html:
        m.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    for fname, data, mt in atts:
        ma, sub = mt.split("/")
        m.add_attachment(data, maintype=ma, subtype=sub, filename=fname)
    return m.as_bytes()

def d(mo, day, h, mi, tzh=1):
    return datetime.datetime(2026, mo, day, h, mi, rnd.randint(0, 59), tzinfo=datetime.timezone(datetime.timedelta(hours=tzh)))
