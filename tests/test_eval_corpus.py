"""The labelled evaluation corpus (tests/eval/corpus) is well-formed, and `make eval`
reads it: every label names a message that parses, a known language, split and rule."""

from __future__ import annotations

import json
from email import message_from_bytes
from email import policy as email_policy
from pathlib import Path

import pytest

from policies import load_policy
from policies.rules import all_rules
from scripts.evaluate import CORPUS, judge, load_labels, main, report

LANGUAGES = {"en", "de", "fr", "it", "es", "ja"}


def _labels() -> list[dict[str, object]]:
    items = []
    for path in sorted(CORPUS.glob("*/labels.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                item["_dir"] = path.parent
                items.append(item)
    return items


def test_every_label_is_well_formed() -> None:
    items = _labels()
    if not items:
        pytest.skip("no labelled corpus yet")
    known = {rule.id for rule in all_rules()}
    ids = [item["id"] for item in items]
    assert len(ids) == len(set(ids)), "label ids repeat"
    for item in items:
        assert item["lang"] in LANGUAGES, item["id"]
        assert item["split"] in ("dev", "holdout"), item["id"]
        assert item["expect"] in ("legit", "violation"), item["id"]
        rules = item.get("rules", [])
        assert isinstance(rules, list) and set(rules) <= known, (item["id"], rules)
        assert bool(rules) == (item["expect"] == "violation"), item["id"]
        raw = (Path(str(item["_dir"])) / str(item["file"])).read_bytes()
        msg = message_from_bytes(raw, policy=email_policy.default)
        assert msg["To"] and msg["From"], item["id"]


def test_the_evaluation_scores_a_small_corpus(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "w" / "messages"
    folder.mkdir(parents=True)
    (folder / "refusal.eml").write_bytes(
        b"From: Anna <support@seller.example>\r\nTo: 6bmcx2l1t7cwrwb@marketplace.amazon.com\r\n"
        b"Subject: Re: your question\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
        b"Hello, the replacement left our warehouse today.\r\n"
    )
    (folder / "whatsapp.eml").write_bytes(
        b"From: Anna <support@seller.example>\r\nTo: 6bmcx2l1t7cwrwb@marketplace.amazon.com\r\n"
        b"Subject: Re: your question\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
        b"Hello, message us on WhatsApp and we will sort it out faster.\r\n"
    )
    lines = [
        {
            "id": "a",
            "file": "messages/refusal.eml",
            "lang": "en",
            "split": "dev",
            "expect": "legit",
            "rules": [],
        },
        {
            "id": "b",
            "file": "messages/whatsapp.eml",
            "lang": "en",
            "split": "holdout",
            "expect": "violation",
            "rules": ["contact.off_platform"],
        },
    ]
    (tmp_path / "w" / "labels.jsonl").write_text("\n".join(json.dumps(x) for x in lines))
    labels = load_labels(tmp_path)
    policy = load_policy()
    results = [judge(label, policy) for label in labels]
    assert [r.outcome for r in results] == ["right", "right"]
    report(results, "all", quiet=False)
    assert main(["--corpus", str(tmp_path), "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "contact.off_platform" in out and "holdout" in out
