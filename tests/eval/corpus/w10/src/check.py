import json, os, email
from email import policy
d = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
n = 0
for line in open(os.path.join(d, "labels.jsonl")):
    l = json.loads(line)
    p = os.path.join(d, l["file"])
    with open(p, "rb") as f:
        m = email.message_from_binary_file(f, policy=policy.default)
    assert m["To"] and m["Subject"] and not m.defects, (l["id"], m.defects)
    for part in m.walk():
        part.get_content() if not part.is_multipart() else None
    n += 1
print(n, "ok")
