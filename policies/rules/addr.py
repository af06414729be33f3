"""Envelope and addressing: who sends, and to what kind of Amazon address."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Annotated

from policies.model import MessageModel
from policies.registry import Context, Rule
from policies.scope import is_amazon_address
from policies.verdict import Action


def header_recipients(model: MessageModel) -> list[str]:
    """The addresses in the To and Cc headers."""
    return model.header_addresses("to", "cc")


def _approved(address: str, approved: list[str]) -> bool:
    address = address.lower()
    domain = "@" + address.rpartition("@")[2]
    return any(entry.lower() in (address, domain) for entry in approved)


class SenderNotApproved(Rule):
    """Amazon's relay rejects mail whose From is not the seller's registered address or an
    address approved under Seller Central's Messaging Permissions. Catching it here gives
    the agent a clear answer instead of Amazon's silent drop.

    Fires only when the policy lists approved senders. Both the envelope sender and the
    header From must be approved: the relay looks at the header, bounces go to the envelope.
    """

    id = "addr.sender_not_approved"
    default_action = Action.BLOCK
    summary = "Sender is not an approved address in Seller Central's Messaging Permissions."

    @dataclass(frozen=True)
    class Params(Rule.Params):
        approved_senders: Annotated[
            list[str],
            "The From addresses approved in Seller Central > Settings > "
            "Messaging Permissions. Empty = rule off. Entries are addresses or "
            '"@domain" for a whole domain.',
        ] = field(default_factory=list)

    def check(self, ctx: Context) -> None:
        approved: list[str] = ctx.params.approved_senders
        if not approved:
            return
        candidates = [("header From", a) for a in ctx.model.header_addresses("from")]
        if ctx.model.envelope.mail_from:
            candidates.append(("envelope MAIL FROM", ctx.model.envelope.mail_from))
        if not candidates:
            candidates.append(("header From", "(missing)"))
        for location, address in candidates:
            if not _approved(address, approved):
                ctx.report(
                    f"Amazon only delivers mail sent from addresses approved in Seller "
                    f"Central (Settings > Messaging Permissions). {address} is not one of "
                    "them: send from an approved address, or have it approved first.",
                    location,
                    address,
                )


class AliasFormat(Rule):
    """Buyer aliases are 15 lowercase letters and digits, sometimes with `+<case-id>`.
    Amazon's own system addresses share the marketplace domains, and mail to them is not a
    buyer message. Only warns: Amazon has never published the alias format.
    """

    id = "addr.alias_format"
    default_action = Action.WARN
    summary = "Amazon-domain recipient that does not look like a buyer alias."

    @dataclass(frozen=True)
    class Params(Rule.Params):
        alias_pattern: Annotated[
            str,
            "What a buyer alias's local part looks like (+case-id suffixes are kept as they are).",
        ] = r"^[a-z0-9]{15}(\+[A-Za-z0-9-]+)?$"

    def check(self, ctx: Context) -> None:
        pattern = ctx.policy.memo("addr.alias", lambda: re.compile(ctx.params.alias_pattern))
        recipients = ctx.model.envelope.rcpt_tos or header_recipients(ctx.model)
        for address in recipients:
            if not is_amazon_address(address, ctx.policy):
                continue
            local = address.rpartition("@")[0]
            if not pattern.match(local):
                ctx.report(
                    f"{address} does not look like a buyer's Amazon address (usually 15 "
                    "letters and digits). Check that you are writing to the buyer.",
                    "recipient",
                    address,
                )
