"""Build /work/incoming/w127/messages/*.eml and labels.jsonl from msgs_es.py / msgs_it.py."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import build
import msgs_es, msgs_it

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
os.makedirs(os.path.join(OUT, "messages"), exist_ok=True)
labels = []
for n, d in enumerate(msgs_es.M + msgs_it.M, start=1):
    mid = "w127-%04d" % n
    cte = "base64" if n % 5 == 0 else "quoted-printable"
    m = build(lang=d["lang"], from_name=d["from_name"], from_addr=d["from_addr"],
              subject=d["subject"], date=d["date"], text=d["text"], html=d.get("html"), cte=cte)
    fn = "messages/%s.eml" % mid
    with open(os.path.join(OUT, fn), "wb") as f:
        f.write(m.as_bytes())
    labels.append({"id": mid, "file": fn, "lang": d["lang"], "client": d["client"], "kind": d["kind"],
                   "split": "dev", "expect": d["expect"], "rules": d["rules"], "classes": d["classes"],
                   "note": d["note"]})
with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
    for l in labels:
        f.write(json.dumps(l, ensure_ascii=False) + "\n")
print(len(labels))
