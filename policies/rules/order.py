"""Order ids: proactive messages must name the order they are about."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from policies.detect.normalise import narrow_digits
from policies.orders import order_pattern
from policies.registry import Context, Rule
from policies.text import own_texts, quote
from policies.verdict import Action


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
        pattern = order_pattern(ctx.policy)
        # Japanese keyboards may type the id in full-width digits (２４９－３３１０２８７－…).
        return any(pattern.search(narrow_digits(text)) for _, text in own_texts(ctx.model))

    def _header_id(self, ctx: Context) -> str | None:
        value = ctx.model.header(ctx.policy.section("scope")["order_header"]).strip()
        match = order_pattern(ctx.policy).fullmatch(value)
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


class OrderIdMalformed(Rule):
    """Something that looks like an order id but is grouped wrongly (e.g. 3-6-8 digits, or
    17 digits run together after "order"). Buyers and Amazon's systems only recognise the
    3-7-7 form, so a typo here usually means the reference is lost. Only warns: numbers of
    that shape also appear in invoices and tracking references.
    """

    id = "order.id_malformed"
    default_action = Action.WARN
    summary = "Order-id-like number with the wrong grouping or length."

    # Each pattern starts with a character class (a digit, or the initial of an order
    # word), so `re` skips in C to where a match can start instead of trying the pattern
    # at every character (on a 5 KB reply the three patterns take 0.2 ms instead of 0.9).
    # The look-behinds that keep a match from starting inside a longer number sit after
    # that first character; tests/test_order_patterns.py checks they find what the plain
    # `(?<![\d-])\d{3}...` forms did.
    @dataclass(frozen=True)
    class Params(Rule.Params):
        id_pattern: Annotated[str, "A proper order id: 3-7-7 digits."] = (
            r"\d(?<![\d-]\d)\d{2}-\d{7}-\d{7}(?![\d-])"
        )
        near_miss_pattern: Annotated[
            str,
            "Near-misses worth pointing out: digit groups joined by dashes "
            "with a wrong grouping, or 17 digits run together after an order "
            "word.",
        ] = r"\d(?<![\d-]\d)(\d{1,3}-\d{5,8}-\d{5,8}|\d{2}\s\d{7}\s\d{7})(?![\d-])"
        run_together_pattern: Annotated[
            str, "An order word, then 17 digits run together; group 2 is the number."
        ] = (
            r"([OoBbCcPp注](?i:(?<=o)rder|(?<=b)estellung|(?<=c)ommande|(?<=o)rdine"
            r"|(?<=p)edido|(?<=注)文))\D{0,20}(?<!\d)(\d{17})(?!\d)"
        )

    def check(self, ctx: Context) -> None:
        good = order_pattern(ctx.policy)
        near = order_pattern(ctx.policy, "near_miss_pattern")
        joined = order_pattern(ctx.policy, "run_together_pattern")
        for location, text in own_texts(ctx.model):
            for match in near.finditer(text):
                if not good.fullmatch(match.group(0)):
                    ctx.report(
                        "This looks like an order number but is not in Amazon's 3-7-7 "
                        "form (123-1234567-1234567). Check the digits.",
                        location,
                        quote(text, match.span()),
                    )
            for match in joined.finditer(text):
                ctx.report(
                    "Write the order number with dashes, as 123-1234567-1234567.",
                    location,
                    quote(text, match.span(2)),
                )
