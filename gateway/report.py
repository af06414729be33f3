"""Bounce reports: what the agent whose message was blocked finds in their inbox.

Both builders return an RFC 3464 delivery status notification, built with the stdlib
`email` package so every client renders it:

    multipart/report; report-type=delivery-status
      1. multipart/alternative    for a person, in the marketplace's language (gateway.i18n):
           text/plain               what happened, what to change and where, in words
           text/html                the same, each offending passage quoted in its sentence
      2. message/delivery-status  for software: Reporting-MTA, Arrival-Date, and per
                                  recipient Final-Recipient, Action: failed, Status
      3. text/rfc822-headers      the original's headers (never its body)

(The failure DSN for recipients refused upstream has a text/plain first part, in English.)

The server sends them from the null sender (`MAIL FROM:<>`), with
`Auto-Submitted: auto-replied` (RFC 3834) so no well-behaved system answers them, and only
when `should_bounce` says so: never to `<>`, to an Amazon alias, or in answer to mail that
is itself automatic (which would start a mail loop). `In-Reply-To`/`References` point at
the original, so a helpdesk that threads by them files the report with its ticket.

Privacy: the original body is never copied into a report; the only text taken from it is
each finding's excerpt (cut to `EXCERPT_CHARS`) with the rest of its sentence, which the
agent needs to find the problem. The agent-facing words name no command and no MIME part;
the quarantine id, reference and rule ids for the IT team are in the footer and in the
X-BSM-* headers. Deployment note: some helpdesks (Zendesk among them) hold incoming
automatic mail in a "suspended" view; configure `report_address` to an agent's or
admin's mailbox if reports to the helpdesk's own address are not seen.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from datetime import UTC, datetime
from email.message import EmailMessage, Message
from email.parser import BytesHeaderParser
from email.policy import SMTP
from email.policy import default as default_email_policy
from email.utils import format_datetime, make_msgid
from functools import cache

from gateway import report_render as render
from gateway.i18n import Catalog, catalog, report_language
from gateway.report_render import EXCERPT_CHARS as EXCERPT_CHARS
from policies import Action, Finding, Policy, Verdict, load_policy
from policies.headers import split_head
from policies.scope import is_amazon_address

SUBJECT_CHARS = 120
# More Received headers than this means the message is looping: never answer it.
MAX_RECEIVED = 30
# X-Auto-Response-Suppress values (Microsoft) that cover a non-delivery report.
SUPPRESS_TOKENS = frozenset({"all", "ndr", "autoreply"})
AUTOMATIC_PRECEDENCE = frozenset({"bulk", "junk", "list"})
# Reports are plain 7-bit (non-ASCII text quoted-printable): any upstream takes them.
REPORT_POLICY = SMTP.clone(cte_type="7bit")

_ENHANCED = re.compile(r"^\s*([245]\.\d{1,3}\.\d{1,3})\b")


# -- reading the original --------------------------------------------------------------------


def _headers(original: bytes) -> tuple[bytes, Message]:
    head, _ = split_head(original)
    return head, BytesHeaderParser(policy=default_email_policy).parsebytes(head)


def _header_text(headers: Message, name: str) -> str:
    try:
        value = headers[name]
    except Exception:  # an undecodable header reads as absent
        return ""
    return " ".join(str(value or "").split())


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def should_bounce(
    original: bytes, mail_from: str, policy: Policy, *, max_received: int = MAX_RECEIVED
) -> bool:
    """Whether a report may be sent back to `mail_from` (RFC 3834 §2, RFC 5321 §6.2).

    Never to the null sender `<>` (a bounce of a bounce), never to an Amazon alias (a
    buyer must not get the gateway's report), never in answer to automatic mail
    (`Auto-Submitted` other than `no`, `Precedence: bulk|junk|list`, or Microsoft's
    `X-Auto-Response-Suppress` asking for no non-delivery reports: All, NDR or AutoReply;
    values that only concern out-of-office or read receipts do not count), and never when
    the message has more than `max_received` Received headers (a loop).
    """
    sender = mail_from.strip().strip("<>").strip()
    if not sender or "@" not in sender or is_amazon_address(sender, policy):
        return False
    try:
        _, headers = _headers(original)
    except Exception:
        return False
    auto = _header_text(headers, "Auto-Submitted").split(";", 1)[0].strip().lower()
    if auto and auto != "no":
        return False
    if _header_text(headers, "Precedence").lower() in AUTOMATIC_PRECEDENCE:
        return False
    for value in headers.get_all("X-Auto-Response-Suppress") or []:
        tokens = {t.strip().lower() for t in str(value).split(",")}
        if tokens & SUPPRESS_TOKENS:
            return False
    return len(headers.get_all("Received") or []) <= max_received


# -- building ------------------------------------------------------------------------------------


def _status(code: int, text: str) -> str:
    """The RFC 3463 status of an SMTP reply: its own enhanced code, else the class."""
    match = _ENHANCED.match(text)
    if match and match.group(1)[0] == str(code)[0]:
        return match.group(1)
    return f"{code // 100 if code // 100 in (2, 4, 5) else 5}.0.0"


def _ascii(text: str) -> str:
    """A delivery-status field value: one line of US-ASCII."""
    return " ".join(text.encode("ascii", "replace").decode("ascii").split())


def _status_part(
    reporting_mta: str, reference: str, arrival: datetime, recipients: Iterable[Message]
) -> EmailMessage:
    per_message = Message()
    per_message["Reporting-MTA"] = f"dns; {_ascii(reporting_mta)}"
    per_message["X-BSM-Reference"] = _ascii(reference)
    per_message["Arrival-Date"] = format_datetime(arrival)
    part = EmailMessage(policy=REPORT_POLICY)
    part["Content-Type"] = "message/delivery-status"
    part.set_payload([per_message, *recipients])
    return part


def _recipient_block(address: str, status: str, diagnostic: str) -> Message:
    block = Message()
    block["Final-Recipient"] = f"rfc822; {_ascii(address)}"
    block["Action"] = "failed"
    block["Status"] = status
    block["Diagnostic-Code"] = f"smtp; {_ascii(diagnostic)}"
    return block


def _headers_part(head: bytes) -> EmailMessage:
    part = EmailMessage(policy=REPORT_POLICY)
    text = head.decode("utf-8", "replace").replace("\r\n", "\n")
    part.set_content(text, subtype="rfc822-headers")
    del part["MIME-Version"]  # only the top level carries it
    part["Content-Description"] = "Headers of the message that was not sent"
    return part


def _assemble(
    *,
    original: bytes,
    text: str,
    subject: str,
    to: str,
    reporting_mta: str,
    reference: str,
    status_part: EmailMessage,
    extra_headers: dict[str, str],
    html_text: str | None = None,
    language: str | None = None,
) -> bytes:
    head, headers = _headers(original)
    msg = EmailMessage(policy=REPORT_POLICY)
    msg["From"] = f"Mail Delivery System <MAILER-DAEMON@{reporting_mta}>"
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime.now(UTC))
    msg["Message-ID"] = make_msgid("bsm-report", domain=reporting_mta)
    original_id = _header_text(headers, "Message-ID")
    if original_id.startswith("<") and original_id.endswith(">") and " " not in original_id:
        msg["In-Reply-To"] = original_id
        msg["References"] = original_id
    msg["Auto-Submitted"] = "auto-replied"
    msg["X-Auto-Response-Suppress"] = "All"
    msg["X-BSM-Reference"] = reference
    for name, value in extra_headers.items():
        msg[name] = value
    msg.set_content(text)
    if html_text is not None:
        # multipart/alternative as the report's first part: the same words, as HTML
        msg.add_alternative(html_text, subtype="html")
    if language:
        for part in msg.iter_parts() if msg.is_multipart() else [msg]:
            part["Content-Language"] = language
    msg.make_mixed()
    msg.set_type("multipart/report")
    msg.set_param("report-type", "delivery-status")
    msg.attach(status_part)
    msg.attach(_headers_part(head))
    return msg.as_bytes(policy=REPORT_POLICY)


def _wrap(text: str, indent: str) -> list[str]:
    return render.wrap(text, indent)


def _bounce_text(
    cat: Catalog,
    *,
    subject: str,
    amazon_rcpts: list[str],
    verdict: Verdict,
    blocking: list[render.Item],
    others: list[render.Item],
    quarantine_id: str,
    reference: str,
    sent: str,
) -> str:
    t = cat.text
    labels = [t("subject_label"), t("buyer_label"), t("order_label"), t("sent_label")]
    width = max(len(label) for label in labels) + 2
    lines = [
        t("headline"),
        "",
        *_wrap(t("intro"), ""),
        "",
        f"  {labels[0] + ':':<{width}}{subject or t('no_subject')}",
        f"  {labels[1] + ':':<{width}}{', '.join(amazon_rcpts) or t('unknown')}",
        f"  {labels[2] + ':':<{width}}{', '.join(verdict.order_ids) or t('no_order')}",
    ]
    if sent:
        lines.append(f"  {labels[3] + ':':<{width}}{sent}")
    lines += ["", t("what_to_fix", count=len(blocking)), ""]
    for number, item in enumerate(blocking, start=1):
        lines += [*render.text_item(cat, number, item), ""]
    if others:
        lines.append(t("also_noted"))
        for item in others:
            what = t("removed") if item.action is Action.STRIP else t("warning")
            wrapped = _wrap(f"- {render.advice(cat, item)} ({what})", "  ")
            wrapped[0] = wrapped[0].removeprefix("  ")
            lines += wrapped
        lines.append("")
    rules = ", ".join(dict.fromkeys(i.rule for i in blocking)) or "policy"
    lines += [
        *_wrap(t("keep", qid=quarantine_id), ""),
        "",
        t("headers_attached"),
        "",
        "-- ",
        *_wrap(t("footer", qid=quarantine_id, ref=reference, rules=rules), ""),
    ]
    return "\n".join(lines) + "\n"


def _bounce_html(
    cat: Catalog,
    *,
    subject: str,
    amazon_rcpts: list[str],
    verdict: Verdict,
    blocking: list[render.Item],
    others: list[render.Item],
    quarantine_id: str,
    reference: str,
    sent: str,
) -> str:
    e, t = html.escape, cat.text
    rows = [
        (t("subject_label"), subject or t("no_subject")),
        (t("buyer_label"), ", ".join(amazon_rcpts) or t("unknown")),
        (t("order_label"), ", ".join(verdict.order_ids) or t("no_order")),
    ]
    if sent:
        rows.append((t("sent_label"), sent))
    table = "".join(
        f'<tr><th style="text-align:left;padding-right:12px">{e(k)}</th><td>{e(v)}</td></tr>'
        for k, v in rows
    )
    fixes = "".join(render.html_item(cat, item) for item in blocking)
    noted = ""
    if others:
        entries = "".join(
            f"<li>{e(render.advice(cat, item))} "
            f"({e(t('removed') if item.action is Action.STRIP else t('warning'))})</li>"
            for item in others
        )
        noted = f"<p>{e(t('also_noted'))}</p><ul>{entries}</ul>"
    rules = ", ".join(dict.fromkeys(i.rule for i in blocking)) or "policy"
    return (
        f'<!DOCTYPE html><html lang="{cat.language}"><head><meta charset="utf-8">'
        f"<title>{e(t('headline'))}</title></head>"
        '<body style="font-family:sans-serif;line-height:1.4;max-width:720px">'
        f'<h1 style="font-size:1.3em;color:#b00">{e(t("headline"))}</h1>'
        f"<p>{e(t('intro'))}</p><table>{table}</table>"
        f'<h2 style="font-size:1.1em">{e(t("what_to_fix", count=len(blocking)))}</h2>'
        f"<ol>{fixes}</ol>{noted}"
        f"<p>{e(t('keep', qid=quarantine_id))}</p><p>{e(t('headers_attached'))}</p>"
        f'<hr><p style="font-size:0.85em;color:#666">'
        f"{e(t('footer', qid=quarantine_id, ref=reference, rules=rules))}</p>"
        "</body></html>\n"
    )


@cache
def _default_policy() -> Policy:
    return load_policy()


def build_bounce(
    *,
    original: bytes,
    mail_from: str,
    amazon_rcpts: list[str],
    verdict: Verdict,
    quarantine_id: str,
    reference: str,
    reporting_mta: str,
    to: str,
    arrival: datetime | None = None,
    language: str = "auto",
    policy: Policy | None = None,
) -> bytes:
    """The report for a blocked message (see the module docstring for its layout).

    `to` is where it goes (the envelope sender, or the configured report address);
    `mail_from` is the original envelope sender, shown for the record. `language`: a code
    of gateway.i18n.LANGUAGES, or "auto" for the buyers' marketplace. `policy` reads the
    message's text for quoting (the shipped policy if None). One delivery-status block per
    Amazon recipient: Action failed, Status 5.7.1, and the rule ids plus quarantine id in
    Diagnostic-Code.
    """
    _, headers = _headers(original)
    cat = catalog(report_language(language, amazon_rcpts))
    subject = _short(_header_text(headers, "Subject"), SUBJECT_CHARS)
    texts = render.message_texts(original, policy or _default_policy())
    blocking = render.items(verdict.blocking(), cat, texts)
    others = render.items([f for f in verdict.findings if f.action is not Action.BLOCK], cat, texts)
    parts = {
        "subject": subject,
        "amazon_rcpts": amazon_rcpts,
        "verdict": verdict,
        "blocking": blocking,
        "others": others,
        "quarantine_id": quarantine_id,
        "reference": reference,
        "sent": _header_text(headers, "Date"),
    }
    rules = " ".join(dict.fromkeys(f.rule for f in verdict.blocking())) or "policy"
    diagnostic = (
        f"550 5.7.1 Blocked by Amazon messaging rules: {rules} "
        f"(quarantine {quarantine_id}, ref {reference})"
    )
    status = _status_part(
        reporting_mta,
        reference,
        arrival or datetime.now(UTC),
        [_recipient_block(r, "5.7.1", diagnostic) for r in amazon_rcpts],
    )
    return _assemble(
        original=original,
        text=_bounce_text(cat, **parts),  # type: ignore[arg-type]
        html_text=_bounce_html(cat, **parts),  # type: ignore[arg-type]
        language=cat.language,
        subject=cat.text("subject", subject=subject or cat.text("no_subject")),
        to=to,
        reporting_mta=reporting_mta,
        reference=reference,
        status_part=status,
        extra_headers={
            "X-BSM-Quarantine-Id": quarantine_id,
            "X-BSM-Original-Sender": _ascii(mail_from) or "<>",
        },
    )


def build_failure_dsn(
    *,
    original: bytes,
    mail_from: str,
    failed: dict[str, tuple[int, str]],
    reference: str,
    reporting_mta: str,
    to: str,
    arrival: datetime | None = None,
    expired_days: float | None = None,
) -> bytes:
    """The report for recipients the upstream refused after others were accepted.

    The client got 250 (RFC 5321 §4.4: the message was taken), so the refused recipients
    are reported here: per recipient Action failed, the upstream's own status code when
    its reply carries one, and its reply text in Diagnostic-Code. `expired_days`: the
    recipients were not refused for good, but the retry queue gave up on them after
    that many days (gateway.retry).
    """
    _, headers = _headers(original)
    subject = _short(_header_text(headers, "Subject"), SUBJECT_CHARS)
    if expired_days is None:
        why = (
            "The gateway passed it on, but the next mail server refused the addresses "
            "below. The other recipients did get the message. Check these addresses; if "
            "they are right, send the message to them again later."
        )
    else:
        why = (
            "The gateway kept trying to pass it on, but for "
            f"{expired_days:g} days the next mail server would not take it for the "
            "addresses below, and the gateway has now given up. Any other recipients "
            "did get the message. Check these addresses, or send the message again later."
        )
    lines = [
        "Your message was NOT delivered to some of its recipients.",
        "",
        *_wrap(why, ""),
        "",
        f"  Subject:  {subject or '(no subject)'}",
        "",
    ]
    for address, (code, reply) in failed.items():
        lines += [f"- {address}", *_wrap(f"refused: {code} {_short(reply, 300)}", "    ")]
    lines += ["", f"Reference: {reference}", "", "The headers of your message are attached."]
    status = _status_part(
        reporting_mta,
        reference,
        arrival or datetime.now(UTC),
        [
            _recipient_block(address, _status(code, reply), f"{code} {reply}")
            for address, (code, reply) in failed.items()
        ],
    )
    return _assemble(
        original=original,
        text="\n".join(lines) + "\n",
        subject=f"Message not delivered to some recipients: {subject or '(no subject)'}",
        to=to,
        reporting_mta=reporting_mta,
        reference=reference,
        status_part=status,
        extra_headers={"X-BSM-Original-Sender": _ascii(mail_from) or "<>"},
    )


def repeat_request_finding(order_id: str, earlier: str, action: Action = Action.BLOCK) -> Finding:
    """The finding the gateway adds when `Store.review_reserve` refuses (`earlier` is
    what it returned), with the rule's configured `action`, so the report explains
    review.repeat_request like any rule."""
    return Finding(
        "review.repeat_request",
        action,
        f"A review or feedback request for order {order_id} was already sent ({earlier}). "
        "Amazon allows only one such request per order: remove the request for a review "
        "or feedback from this message, or do not send it.",
        "order " + order_id,
        "",
    )
