"""Parse every .eml with the email package and validate labels.jsonl."""
import json, email, email.policy
from pathlib import Path
OUT = Path(__file__).resolve().parent.parent
ids = set()
for line in (OUT / "labels.jsonl").read_text(encoding="utf-8").splitlines():
    l = json.loads(line)
    assert l["id"] not in ids; ids.add(l["id"])
    p = OUT / l["file"]
    assert p.exists(), p
    m = email.message_from_bytes(p.read_bytes(), policy=email.policy.default)
    assert m["From"] and m["To"] and m["Subject"]
    assert l["expect"] in ("legit", "violation") and (l["rules"] == []) == (l["expect"] == "legit")
    assert l["split"] == ("holdout" if int(l["id"][-4:]) % 3 == 0 else "dev")
print("ok", len(ids))
