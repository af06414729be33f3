"""Real ESP templates (tests/corpus/templates), wrapped as HTML mail to a buyer.

Marketing templates must block; the transactional ones are rewritten, and the rewritten
message checks as `pass` and still carries the template's words.
"""

from __future__ import annotations

import re
import subprocess
import sys
from email import message_from_bytes
from email.message import Message
from email.policy import default
from pathlib import Path

import lxml.html
import pytest

from bench.corpus import template_messages
from tests.mail import check

TEMPLATES = template_messages()

# Blocked, and why: each reason is a rule a seller would recognise in the template.
BLOCKED = {
    # A "10% off your next purchase" coupon block under the receipt.
    "postmark-basic-full/receipt.html": {"purpose.marketing"},
    "postmark-plain/receipt.html": {"purpose.marketing"},
    # Newsletters and sales mailings, with rows of social-network icons.
    "sendgrid/dynamic-templates_newsletter_news_feed.html": {"purpose.marketing"},
    "sendgrid/dynamic-templates_special-sale_special_sale.html": {"contact.off_platform"},
    "sendgrid/paste-templates_digest.html": {"purpose.marketing"},
    # A receipt whose footer links to Facebook, Twitter, Instagram and Pinterest.
    "sendgrid/dynamic-templates_receipt_receipt.html": {"contact.off_platform"},
}
REWRITTEN = sorted(set(TEMPLATES) - set(BLOCKED))

_WORD = re.compile(r"[^\W\d_]{3,}")


def visible_words(raw: bytes) -> list[str]:
    msg = message_from_bytes(raw, policy=default)
    words: list[str] = []
    for part in msg.walk():
        if not isinstance(part, Message) or part.get_content_type() != "text/html":
            continue
        root = lxml.html.document_fromstring(part.get_payload(decode=True) or b"<html/>")
        for junk in root.xpath("//style|//script|//head"):
            junk.drop_tree()
        words += _WORD.findall(root.text_content().lower())
    return words


def test_corpus_is_present() -> None:
    assert len(TEMPLATES) >= 15


@pytest.mark.parametrize("name", sorted(BLOCKED))
def test_marketing_templates_block(name: str) -> None:
    verdict = check(TEMPLATES[name])
    assert verdict.outcome == "block"
    assert BLOCKED[name] <= {f.rule for f in verdict.blocking()}
    assert verdict.fixed is None


@pytest.mark.parametrize("name", REWRITTEN)
def test_transactional_templates_are_fixed_and_keep_their_text(name: str) -> None:
    raw = TEMPLATES[name]
    verdict = check(raw)
    assert verdict.outcome == "rewrite", [f.rule for f in verdict.blocking()]
    assert verdict.fixed is not None
    again = check(verdict.fixed)
    assert again.outcome == "pass", [(f.rule, f.evidence) for f in again.findings]
    before, after = visible_words(raw), visible_words(verdict.fixed)
    # What may go: unsubscribe footers, link-only lines and addresses (a few words each).
    kept = sum(1 for w in set(before) if w in set(after)) / len(set(before))
    assert kept > 0.85, f"only {kept:.0%} of the template's words survived"


def test_fix_via_the_command_line(tmp_path: Path) -> None:
    name = "postmark-plain/invoice.html"
    src, out = tmp_path / "invoice.eml", tmp_path / "fixed.eml"
    src.write_bytes(TEMPLATES[name])
    cli = [sys.executable, "-m", "gateway.cli", "check"]
    first = subprocess.run([*cli, "--fix", str(out), str(src)], capture_output=True, timeout=60)
    assert first.returncode == 1, first.stderr
    second = subprocess.run([*cli, str(out)], capture_output=True, timeout=60)
    assert second.returncode == 0, second.stdout
