"""Generate w158 messages and labels.jsonl. Run from this directory: python3 make.py"""
import json, os
from common import build
from make_en import en
from make_de import de
from make_fr import fr

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
msgs = en() + de() + fr()
os.makedirs(os.path.join(OUT, "messages"), exist_ok=True)
with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as lf:
    for i, m in enumerate(msgs, 1):
        mid = "w158-%04d" % i
        fn = "messages/%s.eml" % mid
        raw = build(m["frm"], m["to"], m["subject"], m["date"], m["plain"], m.get("html"), m.get("atts", ()), m.get("headers"))
        open(os.path.join(OUT, fn), "wb").write(raw)
        lf.write(json.dumps({"id": mid, "file": fn, "lang": m["lang"], "client": m["client"], "kind": m["kind"],
                             "split": "dev", "expect": m["expect"], "rules": m["rules"], "classes": m["classes"],
                             "note": m["note"]}, ensure_ascii=False) + "\n")
print(len(msgs))
