"""Body length."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from policies.registry import Context, Rule
from policies.verdict import Action


class BodyLength(Rule):
    """Long messages are not forbidden outright, but Amazon's own message API caps most
    message types at 2000 characters and a long body is usually a pasted newsletter or
    template. Counts the visible text the seller wrote in the longest body part (the text
    and HTML alternatives say the same thing), quoted history excluded.
    """

    id = "body.length"
    default_action = Action.WARN
    summary = "Visible text longer than the configured limit (default 4000 characters)."

    @dataclass(frozen=True)
    class Params(Rule.Params):
        max_chars: Annotated[
            int, "Visible characters the seller wrote (quoted history not counted)."
        ] = 4000

    def check(self, ctx: Context) -> None:
        limit = ctx.params.max_chars
        for part in ctx.model.text_parts:
            own = part.own_text()
            # Collapsing whitespace never makes a text longer: a text within the limit
            # as it stands is within it collapsed (most are; no need to split it).
            if len(own) <= limit:
                continue
            text = " ".join(own.split())
            if len(text) > limit:
                ctx.report(
                    f"The message is {len(text)} characters long; keep it under {limit}. "
                    "Say only what the buyer needs about this order.",
                    part.label,
                    text[:80],
                )
                return
