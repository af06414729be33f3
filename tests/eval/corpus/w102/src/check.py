import email, email.policy, json, pathlib, sys
d = pathlib.Path(__file__).resolve().parent.parent
n = 0
for line in open(d / "labels.jsonl", encoding="utf-8"):
    l = json.loads(line)
    m = email.message_from_bytes((d / l["file"]).read_bytes(), policy=email.policy.default)
    assert m["From"] and m["To"] and m["Subject"], l["id"]
    assert not m.defects, (l["id"], m.defects)
    for part in m.walk():
        if not part.is_multipart():
            part.get_content()
    n += 1
print("ok", n)
