"""Building test messages the way real clients do (stdlib email, real MIME)."""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP
from typing import Any

from policies import Envelope, Policy, Verdict, evaluate, load_policy

ALIAS = "6bmcx2l1t7cwrwb@marketplace.amazon.com"
SELLER = "support@seller.example"
ORDER = "123-1234567-1234567"

_DEFAULT_POLICY: Policy | None = None


def default_policy() -> Policy:
    global _DEFAULT_POLICY
    if _DEFAULT_POLICY is None:
        _DEFAULT_POLICY = load_policy()
    return _DEFAULT_POLICY


def make_message(
    text: str | None = None,
    html: str | None = None,
    *,
    subject: str = f"Your order {ORDER}",
    to: str = ALIAS,
    sender: str = SELLER,
    headers: dict[str, str] | None = None,
    attachments: list[tuple[bytes, str, str]] | None = None,
    reply: bool = False,
) -> bytes:
    """A message as a helpdesk would send it. `attachments` = (data, mime type, filename).
    `reply=True` adds In-Reply-To, which makes it a reply to the buyer."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Message-ID"] = "<test-1@seller.example>"
    if reply:
        msg["In-Reply-To"] = "<buyer-question@marketplace.amazon.com>"
    for name, value in (headers or {}).items():
        msg[name] = value
    if text is not None:
        msg.set_content(text)
    if html is not None:
        if text is None:
            msg.set_content(html, subtype="html")
        else:
            msg.add_alternative(html, subtype="html")
    if text is None and html is None:
        msg.set_content("")
    for data, mime_type, filename in attachments or []:
        maintype, subtype = mime_type.split("/", 1)
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return msg.as_bytes(policy=SMTP)


def check(
    raw: bytes, policy: Policy | None = None, kind: str | None = None, **envelope: Any
) -> Verdict:
    return evaluate(raw, Envelope(kind=kind, **envelope), policy or default_policy())


def rules_fired(verdict: Verdict) -> set[str]:
    return {f.rule for f in verdict.findings}


def actions(verdict: Verdict, rule_id: str) -> set[str]:
    return {str(f.action) for f in verdict.findings if f.rule == rule_id}
