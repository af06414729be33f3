"""Bounce reports, read back the way a mail client would read them."""

from __future__ import annotations

from datetime import UTC, datetime
from email import message_from_bytes
from email.message import EmailMessage, Message
from email.policy import default as default_email_policy
from email.utils import parsedate_to_datetime
from typing import cast

import pytest

from gateway.report import (
    EXCERPT_CHARS,
    build_bounce,
    build_failure_dsn,
    repeat_request_finding,
    should_bounce,
)
from policies import Action, Finding, Outcome, Verdict, all_rules, load_policy

from .mail import ALIAS, ORDER, SELLER, check, default_policy, make_message

SECRET = "The buyer's private address is 12 Hidden Lane and the code word is PINEAPPLE."
ALIAS2 = "9zzzzzzzzzzzzzz@marketplace.amazon.de"

FINDINGS = [
    Finding(
        "links.external",
        Action.BLOCK,
        "Links to websites outside Amazon are not allowed. Remove the link and describe "
        "the page in words instead.",
        "text/html part 1, <a href>",
        "http://myshop.example/deals",
    ),
    Finding(
        "contact.phone_number",
        Action.BLOCK,
        "Phone numbers are not allowed: ask the buyer to use Amazon's messaging.",
        "text/plain part 1, line 3",
        "+1 415 555 0100",
    ),
    Finding(
        "image.tracking_pixel",
        Action.STRIP,
        "A tracking pixel was found; the gateway removes it.",
        "text/html part 1, <img src>",
        "https://t.example/p.gif",
    ),
    Finding("body.length", Action.WARN, "The message is long.", "text/plain part 1", ""),
]


def blocked_verdict(findings: list[Finding] | None = None) -> Verdict:
    return Verdict(
        Outcome.BLOCK,
        list(FINDINGS if findings is None else findings),
        kind="reply",
        order_ids=[ORDER],
    )


def original(**kwargs: object) -> bytes:
    return make_message(
        "Hello,\n\n" + SECRET + "\nSee http://myshop.example/deals\n",
        "<p>Hello,</p><p>" + SECRET + '</p><a href="http://myshop.example/deals">deals</a>',
        subject=f"Ihre Bestellung {ORDER} – Rückerstattung",
        attachments=[(b"%PDF-1.4 attachment PINEAPPLE", "application/pdf", "invoice.pdf")],
        **kwargs,  # type: ignore[arg-type]
    )


def bounce(raw: bytes | None = None, verdict: Verdict | None = None, **kw: object) -> bytes:
    args: dict[str, object] = {
        "original": raw if raw is not None else original(),
        "mail_from": SELLER,
        "amazon_rcpts": [ALIAS],
        "verdict": verdict or blocked_verdict(),
        "quarantine_id": "q-7k2m9x4p1a",
        "reference": "ref-0001",
        "reporting_mta": "gw.seller.example",
        "to": SELLER,
    }
    args.update(kw)
    return build_bounce(**args)  # type: ignore[arg-type]


def parse(data: bytes) -> EmailMessage:
    return message_from_bytes(data, policy=default_email_policy)


def parts(msg: EmailMessage) -> list[EmailMessage]:
    return cast(list[EmailMessage], msg.get_payload())


def text_of(msg: EmailMessage) -> str:
    body = msg.get_body(("plain",))
    assert body is not None
    return str(body.get_content())


def html_of(msg: EmailMessage) -> str:
    body = msg.get_body(("html",))
    assert body is not None
    return str(body.get_content())


# -- structure --------------------------------------------------------------------------------


def test_is_an_rfc3464_report_with_three_parts() -> None:
    msg = parse(bounce())
    assert msg.get_content_type() == "multipart/report"
    assert msg.get_param("report-type") == "delivery-status"
    assert [p.get_content_type() for p in parts(msg)] == [
        "multipart/alternative",
        "message/delivery-status",
        "text/rfc822-headers",
    ]
    assert [p.get_content_type() for p in parts(parts(msg)[0])] == ["text/plain", "text/html"]
    assert not msg.defects
    assert all(not p.defects for p in parts(msg))


def test_top_level_headers_mark_it_automatic_and_thread_it() -> None:
    msg = parse(bounce())
    assert msg["Auto-Submitted"] == "auto-replied"
    assert msg["To"] == SELLER
    assert "MAILER-DAEMON@gw.seller.example" in msg["From"]
    assert msg["Subject"] == (
        f"Message to Amazon buyer not sent: Ihre Bestellung {ORDER} – Rückerstattung"
    )
    assert msg["In-Reply-To"] == "<test-1@seller.example>"
    assert msg["X-BSM-Quarantine-Id"] == "q-7k2m9x4p1a"
    assert msg["Message-ID"] and msg["Date"]


def test_report_is_7bit_with_short_lines() -> None:
    data = bounce()
    assert data.isascii()
    assert max(len(line) for line in data.split(b"\r\n")) <= 998


def test_delivery_status_per_amazon_recipient() -> None:
    arrival = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
    msg = parse(bounce(amazon_rcpts=[ALIAS, ALIAS2], arrival=arrival))
    blocks = cast(list[Message], parts(msg)[1].get_payload())
    per_message, recipients = blocks[0], blocks[1:]
    assert per_message["Reporting-MTA"] == "dns; gw.seller.example"
    arrival_date = per_message["Arrival-Date"]
    assert arrival_date is not None and parsedate_to_datetime(arrival_date) == arrival
    assert [r["Final-Recipient"] for r in recipients] == [f"rfc822; {ALIAS}", f"rfc822; {ALIAS2}"]
    for r in recipients:
        assert r["Action"] == "failed"
        assert r["Status"] == "5.7.1"
        diagnostic = " ".join(str(r["Diagnostic-Code"]).split())
        assert diagnostic.startswith("smtp; 550 5.7.1")
        assert "links.external" in diagnostic and "contact.phone_number" in diagnostic
        assert "image.tracking_pixel" not in diagnostic  # only what blocked
        assert "q-7k2m9x4p1a" in diagnostic


def test_headers_part_has_the_original_headers() -> None:
    msg = parse(bounce())
    headers = str(parts(msg)[2].get_content())
    assert "Message-ID: <test-1@seller.example>" in headers
    assert f"To: {ALIAS}" in headers
    assert "Subject: " in headers


def test_the_original_body_is_never_included() -> None:
    data = bounce()
    assert b"PINEAPPLE" not in data
    assert b"Hidden Lane" not in data
    decoded = "".join(
        str(p.get_content()) for p in parse(data).walk() if p.get_content_maintype() == "text"
    )
    assert "PINEAPPLE" not in decoded and "Hidden Lane" not in decoded
    assert "invoice.pdf" not in decoded


# -- the text an agent reads -----------------------------------------------------------------


def test_text_explains_what_happened_and_what_to_fix() -> None:
    text = text_of(parse(bounce()))
    assert "NOT sent" in text and "Nothing reached" in text
    assert ALIAS in text and ORDER in text
    assert "q-7k2m9x4p1a" in text
    assert "bsm-gateway" not in text and "part 1" not in text  # no commands, no MIME words
    assert "What to change (2):" in text
    one = text.index("1. Remove links to websites outside Amazon")
    two = text.index("2. Remove phone numbers")
    assert one < two
    first = " ".join(text[one:two].split())
    assert "Where: in a link in your message text" in first
    # the link quoted in its line of the message, not the private sentence before it
    assert 'Found: "See http://myshop.example/deals"' in first
    assert "Details: Links to websites outside Amazon are not allowed." in first
    noted = " ".join(text[text.index("Also noted") :].split())
    assert "Remove tracking images (tiny or hidden pictures). (would be removed)" in noted
    assert "Shorten the message. (warning)" in noted
    footer = " ".join(text[text.index("\n-- ") :].split())
    assert "quarantine q-7k2m9x4p1a, reference ref-0001" in footer
    assert "links.external, contact.phone_number" in footer


def test_long_excerpts_are_cut() -> None:
    long_evidence = "x" * 5000
    verdict = blocked_verdict(
        [Finding("purpose.marketing", Action.BLOCK, "Marketing.", "text/plain", long_evidence)]
    )
    text = text_of(parse(bounce(verdict=verdict)))
    assert "x" * EXCERPT_CHARS not in text
    assert "x" * (EXCERPT_CHARS - 10) in text


def test_message_without_subject_or_message_id() -> None:
    raw = b"From: a@seller.example\r\nTo: " + ALIAS.encode() + b"\r\n\r\nHi\r\n"
    msg = parse(bounce(raw=raw))
    assert msg["Subject"] == "Message to Amazon buyer not sent: (no subject)"
    assert msg["In-Reply-To"] is None
    assert "(no subject)" in text_of(msg)


def test_bare_lf_original_works() -> None:
    raw = original().replace(b"\r\n", b"\n")
    msg = parse(bounce(raw=raw))
    assert "Message-ID: <test-1@seller.example>" in str(parts(msg)[2].get_content())


def test_report_from_a_real_engine_verdict() -> None:
    raw = make_message("Thanks for your purchase, it shipped today.", subject="Shipping")
    # only this rule: others are being written in parallel and must not change the result
    tables = [
        f'[rules."{r.id}"]\naction = "{"block" if r.id == "order.id_missing" else "off"}"'
        for r in all_rules()
    ]
    verdict = check(raw, load_policy("\n".join(tables)), kind="proactive")
    assert verdict.outcome is Outcome.BLOCK and "order.id_missing" in verdict.rule_ids
    text = text_of(parse(bounce(raw=raw, verdict=verdict)))
    assert "Add the Amazon order number (like 123-1234567-1234567)" in text
    assert "rules: order.id_missing." in " ".join(text.split())
    assert "(no order number found)" in text


def test_repeat_request_finding_reads_like_any_rule() -> None:
    finding = repeat_request_finding(ORDER, "reference ref-0000, sent 2025-03-01 12:00:00 UTC")
    verdict = blocked_verdict([finding])
    msg = parse(bounce(verdict=verdict))
    text = " ".join(text_of(msg).split())
    assert "This order has already had a review request: do not ask again." in text
    assert "Where: for order " + ORDER in text
    assert "only one such request per order" in text
    assert "ref-0000" in text


# -- failure DSN (partial upstream refusal) --------------------------------------------------


def test_failure_dsn_reports_each_refused_recipient() -> None:
    data = build_failure_dsn(
        original=original(),
        mail_from=SELLER,
        failed={
            "gone@other.example": (550, "5.1.1 <gone@other.example>: user unknown"),
            "full@other.example": (552, "mailbox full"),
        },
        reference="ref-0002",
        reporting_mta="gw.seller.example",
        to=SELLER,
    )
    assert b"PINEAPPLE" not in data
    msg = parse(data)
    assert msg.get_content_type() == "multipart/report"
    assert msg["Auto-Submitted"] == "auto-replied"
    assert msg["Subject"].startswith("Message not delivered to some recipients:")
    blocks = cast(list[Message], parts(msg)[1].get_payload())
    by_rcpt = {str(b["Final-Recipient"]): b for b in blocks[1:]}
    gone = by_rcpt["rfc822; gone@other.example"]
    assert gone["Action"] == "failed" and gone["Status"] == "5.1.1"
    assert "user unknown" in str(gone["Diagnostic-Code"])
    assert by_rcpt["rfc822; full@other.example"]["Status"] == "5.0.0"
    text = text_of(msg)
    assert "gone@other.example" in text and "mailbox full" in text
    assert parts(msg)[2].get_content_type() == "text/rfc822-headers"


# -- should_bounce ----------------------------------------------------------------------------


def test_bounce_to_an_ordinary_sender() -> None:
    assert should_bounce(original(), SELLER, default_policy())
    assert should_bounce(original(), f"<{SELLER}>", default_policy())


@pytest.mark.parametrize("sender", ["", "<>", " <> ", ALIAS, f"<{ALIAS2}>", "not-an-address"])
def test_never_bounce_to_null_sender_or_amazon(sender: str) -> None:
    assert not should_bounce(original(), sender, default_policy())


@pytest.mark.parametrize(
    ("name", "value", "expected"),
    [
        ("Auto-Submitted", "auto-replied", False),
        ("Auto-Submitted", "auto-generated; owner-email=x@y", False),
        ("Auto-Submitted", "no", True),
        ("Precedence", "bulk", False),
        ("Precedence", "List", False),
        ("Precedence", "junk", False),
        ("Precedence", "normal", True),
        ("X-Auto-Response-Suppress", "All", False),
        ("X-Auto-Response-Suppress", "DR, NDR", False),
        ("X-Auto-Response-Suppress", "OOF", True),  # only out-of-office replies
    ],
)
def test_never_bounce_automatic_mail(name: str, value: str, expected: bool) -> None:
    raw = original(headers={name: value})
    assert should_bounce(raw, SELLER, default_policy()) is expected


def test_never_bounce_a_looping_message() -> None:
    hops = "".join(f"Received: from hop{i} by hop{i + 1}; Sat, 1 Mar 2025\r\n" for i in range(31))
    assert not should_bounce(hops.encode() + original(), SELLER, default_policy())
    few = "".join(f"Received: from hop{i} by hop{i + 1}; Sat, 1 Mar 2025\r\n" for i in range(3))
    assert should_bounce(few.encode() + original(), SELLER, default_policy())


def test_a_report_is_never_answered_by_another_report() -> None:
    assert not should_bounce(bounce(), "someone@elsewhere.example", default_policy())
