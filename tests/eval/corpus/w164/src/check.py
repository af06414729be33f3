import email, json, os
from email import policy
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
labels = [json.loads(l) for l in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8")]
files = sorted(os.listdir(os.path.join(OUT, "messages")))
assert len(labels) == len(files), (len(labels), len(files))
for l in labels:
    raw = open(os.path.join(OUT, l["file"]), "rb").read()
    m = email.message_from_bytes(raw, policy=policy.default)
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
        assert m[h], (l["id"], h)
    body = m.get_body(preferencelist=("plain",)).get_content()
    assert body.strip(), l["id"]
    assert (l["expect"] == "legit") == (not l["rules"]), l["id"]
print("ok", len(labels), sum(l["expect"] == "legit" for l in labels), sum(l["expect"] == "violation" for l in labels))
