import email, json, sys
from email import policy
from pathlib import Path
root = Path(__file__).resolve().parent.parent
ids = set(); bad = 0
for line in open(root / "labels.jsonl", encoding="utf-8"):
    lab = json.loads(line)
    assert lab["id"] not in ids; ids.add(lab["id"])
    p = root / lab["file"]; assert p.exists(), p
    msg = email.message_from_bytes(p.read_bytes(), policy=policy.default)
    assert msg["From"] and msg["To"] and msg["Subject"] and msg["Message-ID"]
    assert (lab["expect"] == "legit") == (lab["rules"] == [])
    for part in msg.walk():
        if not part.is_multipart():
            part.get_content()
    if msg.defects: print("defects", lab["id"], msg.defects); bad += 1
print(len(ids), "ok", "bad", bad)
