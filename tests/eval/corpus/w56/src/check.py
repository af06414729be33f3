import json, os, email
from email import policy
base = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
n = 0
for line in open(os.path.join(base, "labels.jsonl")):
    r = json.loads(line)
    p = os.path.join(base, r["file"])
    with open(p, "rb") as f:
        m = email.message_from_binary_file(f, policy=policy.default)
    assert m["To"] and m["Subject"], p
    assert m.get_body(("plain",)) is not None, p
    n += 1
print("ok", n)
