"""Order ids: proactive messages must name the order they are about."""

from __future__ import annotations

import re

from policies.model import MessageModel
from policies.prefilter import Guarded
from policies.registry import Context, Rule, rule
from policies.text import all_texts, own_texts, quote
from policies.verdict import Action

# Written `\d\d{n}` rather than `\d{n+1}` (the same matches): a pattern that starts with a
# character class lets `re` skip to the next digit in C; one that starts with a repeat is
# tried at every position (twice as slow on text without such a run, the common case).
_FIVE_DIGITS = re.compile(r"\d\d{4}")
_SEVENTEEN_DIGITS = re.compile(r"\d\d{16}")


def _pattern(model: MessageModel, key: str) -> Guarded:
    """A policy pattern, guarded: the id patterns start with a look-behind, which makes
    `re` try them at every character; the guard tries them only at the digits."""
    source = model.policy.rule("order.id_malformed")[key]
    return model.policy.memo(f"order:{key}", lambda: Guarded(re.compile(source)))


def find_order_ids(model: MessageModel) -> list[str]:
    """Every well-formed order id in the subject, the body (quoted history too) and the
    helpdesk's order header, in order of appearance, without repeats."""
    pattern = _pattern(model, "id_pattern")
    found: list[str] = []
    header = model.header(model.policy.section("scope")["order_header"])
    for _, text in [("header", header), *all_texts(model)]:
        for match in pattern.finditer(text):
            if match.group(0) not in found:
                found.append(match.group(0))
    return found


@rule
class OrderIdMissing(Rule):
    """Amazon requires proactive messages to carry the 17-digit order id (3-7-7 digits)
    so the buyer knows which purchase the message is about; its own templates add it.

    Looked for in the subject and the body. A reply is exempt: it sits on the buyer's
    own thread, which already names the order. When the helpdesk supplies the id in the
    `X-Amazon-Order-Id` header the gateway inserts it into the subject instead of blocking
    (strip), so automated flows keep working.
    """

    id = "order.id_missing"
    default_action = Action.BLOCK
    summary = "Proactive message without the 3-7-7 digit Amazon order id."
    can_strip = True
    proactive_only = True

    def _in_message(self, ctx: Context) -> bool:
        pattern = _pattern(ctx.model, "id_pattern")
        return any(pattern.search(text) for _, text in own_texts(ctx.model))

    def _header_id(self, ctx: Context) -> str | None:
        value = ctx.model.header(ctx.policy.section("scope")["order_header"]).strip()
        match = _pattern(ctx.model, "id_pattern").fullmatch(value)
        return match.group(0) if match else None

    def check(self, ctx: Context) -> None:
        if self._in_message(ctx):
            return
        from_header = self._header_id(ctx)
        if from_header is not None:
            ctx.report(
                f"The message does not name the order; the gateway adds {from_header} "
                "(from the helpdesk's order header) to the subject.",
                "header Subject",
                ctx.model.subject,
                action=Action.STRIP,
            )
            return
        ctx.report(
            "A message you start (not a reply) must name the Amazon order it is about. "
            "Add the order number, e.g. 123-1234567-1234567, to the subject or the text.",
            "header Subject and body",
            ctx.model.subject or "(no subject)",
            action=Action.BLOCK,
        )

    def fix(self, ctx: Context) -> None:
        order_id = self._header_id(ctx)
        if order_id is None or self._in_message(ctx):
            return
        subject = ctx.model.subject.strip()
        ctx.model.set_subject(f"{subject} (Order: {order_id})" if subject else f"Order {order_id}")


@rule
class OrderIdMalformed(Rule):
    """Something that looks like an order id but is grouped wrongly (e.g. 3-6-8 digits, or
    17 digits run together after "order"). Buyers and Amazon's systems only recognise the
    3-7-7 form, so a typo here usually means the reference is lost. Only warns: numbers of
    that shape also appear in invoices and tracking references.
    """

    id = "order.id_malformed"
    default_action = Action.WARN
    summary = "Order-id-like number with the wrong grouping or length."

    def check(self, ctx: Context) -> None:
        good = _pattern(ctx.model, "id_pattern")
        near = _pattern(ctx.model, "near_miss_pattern")
        joined = _pattern(ctx.model, "run_together_pattern")
        for location, text in own_texts(ctx.model):
            # Both patterns need a run of digits (5 or more; 17 for run-together ids): a
            # search for such a run settles most texts (no list of every digit run).
            if _FIVE_DIGITS.search(text) is None:
                continue
            for match in near.finditer(text):
                if not good.fullmatch(match.group(0)):
                    ctx.report(
                        "This looks like an order number but is not in Amazon's 3-7-7 "
                        "form (123-1234567-1234567). Check the digits.",
                        location,
                        quote(text, match.span()),
                    )
            if _SEVENTEEN_DIGITS.search(text) is None:
                continue
            for match in joined.finditer(text):
                ctx.report(
                    "Write the order number with dashes, as 123-1234567-1234567.",
                    location,
                    quote(text, match.span(2)),
                )
