"""Subject line."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Annotated

from policies.detect.phrases import for_rule
from policies.registry import Context, Rule
from policies.text import quote
from policies.verdict import Action


def ascii_letters(text: str) -> str:
    """The ASCII letters of `text`, in order (what the capitals ratio is counted on)."""
    return "".join(c for c in text if c.isascii() and c.isalpha())


def _tag_re(ctx: Context) -> re.Pattern[str]:
    source = ctx.params.pattern
    return ctx.policy.memo("subject.important", lambda: re.compile(source, re.IGNORECASE))


class ImportantTag(Rule):
    """ "[Important]" in the subject once forced delivery past a buyer's opt-out. Amazon
    removed that override, and sellers who misused the tag had proactive messaging
    restricted; it now only draws attention. Removed from the subject, the rest kept.
    """

    id = "subject.important_tag"
    default_action = Action.STRIP
    summary = "[Important] tag in the subject (no longer honoured; a restriction trigger)."
    can_strip = True

    @dataclass(frozen=True)
    class Params(Rule.Params):
        pattern: Annotated[
            str,
            "The tag in the subject (regular expression, case-insensitive), in the marketplace "
            "languages.",
        ] = r"[\[【［]\s*(important|wichtig|importante|重要)\s*[\]】］]"

    def check(self, ctx: Context) -> None:
        subject = ctx.model.subject
        match = _tag_re(ctx).search(subject)
        if match:
            ctx.report(
                'Amazon no longer honours "[Important]" in subjects and has restricted '
                "sellers for using it; the gateway removes it.",
                "header Subject",
                quote(subject, match.span()),
            )

    def fix(self, ctx: Context) -> None:
        subject = ctx.model.subject
        cleaned = " ".join(_tag_re(ctx).sub(" ", subject).split())
        if cleaned != subject:
            ctx.model.set_subject(cleaned)


class SubjectMarketing(Rule):
    """A promotional subject ("SALE", "% off", "!!!", mostly capitals) marks the message as
    marketing to Amazon's filters even when the body is fine. Warns only: the body rules
    decide whether the message really is marketing.
    """

    id = "subject.marketing"
    default_action = Action.WARN
    summary = "Promotional-looking subject (sale words, !!!, mostly capitals)."

    @dataclass(frozen=True)
    class Params(Rule.Params):
        exclamation_run: Annotated[
            int,
            'A run of this many "!" in the subject reads as advertising.',
        ] = 2
        caps_ratio: Annotated[
            float,
            "A subject with at least this share of capital letters reads as shouting or "
            "advertising.",
        ] = 0.6
        caps_min_letters: Annotated[
            int, "The capitals share is judged only on subjects with at least this many letters."
        ] = 8
        words: Annotated[
            dict[str, list[str]],
            'Sale words per language ("sale", "Rabatt", "セール"): one in the subject marks it as '
            "promotional.",
        ] = field(default_factory=dict)

    def check(self, ctx: Context) -> None:
        subject = ctx.model.subject
        if not subject:
            return
        hit = for_rule(ctx.policy, self.id).search(subject)
        if hit is not None:
            ctx.report(
                "The subject reads like an advertisement. Describe what the message is "
                'about instead (e.g. "Your order 123-…: delivery date").',
                "header Subject",
                quote(subject, hit),
            )
            return
        run = ctx.params.exclamation_run
        if "!" * run in subject:
            ctx.report("Avoid runs of exclamation marks in the subject.", "header Subject", subject)
            return
        letters = ascii_letters(subject)
        if len(letters) >= ctx.params.caps_min_letters:
            ratio = sum(map(str.isupper, letters)) / len(letters)
            if ratio >= ctx.params.caps_ratio:
                ctx.report(
                    "The subject is mostly in capitals, which reads as shouting or advertising.",
                    "header Subject",
                    subject,
                )
