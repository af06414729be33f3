"""The monitor-mode digest: a plain summary of what the gateway would have done.

In `mode = "monitor"` every message is relayed unchanged and its `message` event says
what enforcing mode would have done. With `[monitor] digest_to` set, the pipeline also
adds each monitored message to a `Digest`, and every `[monitor] digest_interval` seconds
(and on SIGUSR1) the gateway mails a summary there through the upstream: counts by verdict
and by rule, and a few examples (time, reference, sender, subject, rules; never the
body), then starts a new period.

The digest is this process's memory since its last digest or its start: a restart starts
a new period, and each gateway sharing a store sends its own. The log and the metrics
stay the complete record.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid
from typing import Any

# The order verdicts are shown in, the worst first.
VERDICTS = ("block", "rewrite", "pass", "error")
_WOULD = {
    "block": "would have been blocked (quarantined, sender told)",
    "rewrite": "would have been rewritten (the offending part stripped)",
    "pass": "would have been sent as they are",
    "error": "could not be checked (relayed anyway)",
}


@dataclass(slots=True)
class Example:
    at: datetime
    ref: str
    verdict: str
    sender: str
    recipients: list[str]
    subject: str
    rules: list[str]


@dataclass(slots=True)
class Digest:
    """Counts and examples of monitored messages since `since`. `examples`: how many are
    kept per verdict (the newest)."""

    examples: int = 5
    since: datetime = field(default_factory=lambda: datetime.now(UTC))
    verdicts: Counter[str] = field(default_factory=Counter)
    rules: Counter[tuple[str, str]] = field(default_factory=Counter)
    profiles: Counter[str] = field(default_factory=Counter)
    kept: dict[str, list[Example]] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.verdicts.values())

    def add(self, record: dict[str, Any], subject: str, findings: set[tuple[str, str]]) -> None:
        """Count one monitored message from its `message` event record and its findings'
        (rule, action) pairs (an out-of-scope message, to nobody at Amazon, is not
        counted)."""
        verdict = str(record.get("verdict", "error"))
        if verdict == "out-of-scope":
            return
        self.verdicts[verdict] += 1
        for rule, action in findings:
            self.rules[(rule, action)] += 1
        if record.get("profile"):
            self.profiles[str(record["profile"])] += 1
        if self.examples <= 0:
            return
        kept = self.kept.setdefault(verdict, [])
        kept.append(
            Example(
                at=datetime.now(UTC),
                ref=str(record.get("ref", "")),
                verdict=verdict,
                sender=str(record.get("sender", "")),
                recipients=list(record.get("amazon", [])),
                subject=subject,
                rules=list(record.get("blocked_by") or record.get("rule_ids") or []),
            )
        )
        del kept[: -self.examples]

    def take(self) -> Digest:
        """This period's digest; `self` starts a new, empty period now."""
        done = Digest(
            self.examples, self.since, self.verdicts, self.rules, self.profiles, self.kept
        )
        self.since = datetime.now(UTC)
        self.verdicts, self.rules, self.profiles, self.kept = Counter(), Counter(), Counter(), {}
        return done

    def put_back(self, done: Digest) -> None:
        """A period whose digest could not be sent joins the current one."""
        self.since = min(self.since, done.since)
        self.verdicts.update(done.verdicts)
        self.rules.update(done.rules)
        self.profiles.update(done.profiles)
        for verdict, examples in done.kept.items():
            kept = self.kept.setdefault(verdict, [])
            kept[:0] = examples
            del kept[: -self.examples or None]

    # -- the e-mail -------------------------------------------------------------------

    def text(self, hostname: str, until: datetime) -> str:
        lines = [
            f"bsm-gateway on {hostname} in monitor mode, from {_when(self.since)} "
            f"to {_when(until)}.",
            "",
            "Every message was relayed unchanged. This is what the gateway would have",
            'done with mode = "bounce" (or "reject"):',
            "",
            f"Messages to Amazon buyers: {self.total}",
        ]
        for verdict in VERDICTS:
            if self.verdicts[verdict] or verdict != "error":
                lines.append(f"  {self.verdicts[verdict]:>6}  {_WOULD[verdict]}")
        if self.profiles:
            lines += ["", "By profile:"]
            lines += [f"  {n:>6}  {name}" for name, n in self.profiles.most_common()]
        lines += ["", "Findings by rule (rule, action, messages):"]
        if not self.rules:
            lines.append("  none")
        width = max((len(rule) for rule, _ in self.rules), default=0)
        for (rule, action), n in sorted(self.rules.items(), key=lambda kv: (-kv[1], kv[0])):
            lines.append(f"  {rule:<{width}}  {action:<5}  {n:>6}")
        shown = [e for verdict in VERDICTS for e in reversed(self.kept.get(verdict, []))]
        if shown:
            lines += ["", f"Examples (the latest {self.examples} of each verdict):"]
        for e in shown:
            rules = ", ".join(e.rules) or "-"
            lines += [
                f"  {_when(e.at)}  {e.verdict:<7}  ref {e.ref}",
                f"      from {e.sender or '<>'} to {', '.join(e.recipients)}",
                f"      subject: {e.subject or '(none)'}",
                f"      rules: {rules}",
            ]
        lines += [
            "",
            "Find a message in the log by its reference, e.g.",
            "  journalctl -u bsm-gateway -o cat | jq -cR 'fromjson? | select(.ref == \"REF\")'",
            "and check a saved copy with `bsm-gateway check FILE`. When the blocks above",
            'are what you expect, set mode = "bounce" and reload.',
        ]
        return "\n".join(lines) + "\n"

    def message(self, hostname: str, to: str, until: datetime | None = None) -> bytes:
        """The digest as an e-mail (plain text, UTF-8) from the gateway's MAILER-DAEMON."""
        until = until or datetime.now(UTC)
        blocked = self.verdicts["block"]
        msg = EmailMessage()
        msg["From"] = f"bsm-gateway <MAILER-DAEMON@{hostname}>"
        msg["To"] = to
        msg["Subject"] = (
            f"bsm-gateway digest ({hostname}): {self.total} "
            f"message{'' if self.total == 1 else 's'}, {blocked} would have been blocked"
        )
        msg["Date"] = format_datetime(until)
        msg["Message-ID"] = make_msgid("bsm-digest", domain=hostname)
        msg["Auto-Submitted"] = "auto-generated"
        msg["X-Auto-Response-Suppress"] = "All"
        text = self.text(hostname, until)
        # Plain ASCII stays readable in any mail source view; a UTF-8 subject quoted needs QP.
        msg.set_content(text, cte="7bit" if text.isascii() else "quoted-printable")
        return msg.as_bytes(policy=SMTP)


def _when(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
