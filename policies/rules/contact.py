"""Contact details: e-mail addresses and phone numbers (moves to other channels are in
contact_channels.py).

Buyer-Seller Messaging is the only channel Amazon allows between a seller and a buyer;
contact details in a message invite the buyer to leave it. Detection lives in
`policies.detect` (addresses, phones, the link scan and the text runs shared with the link
rules); these rules decide what is allowed and fix the rest.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated, Any

from policies.config import Policy
from policies.detect.links import (
    disarm,
    domains,
    email_finder,
    scan_links,
    text_urls,
)
from policies.detect.phones import Phone, PhoneFinder, e164
from policies.detect.phrases import for_rule
from policies.detect.runs import (
    Slot,
    block_ancestor,
    cut_spans,
    part_view,
    rewrite_texts,
    views,
)
from policies.detect.sentences import sentences
from policies.detect.spelled_numbers import SpelledNumbers
from policies.detect.urls import host_in
from policies.model import BLOCK_TAGS
from policies.registry import Context, Rule
from policies.text import own_texts, quote
from policies.verdict import Action

EMAIL = "contact.email_address"
PHONE = "contact.phone_number"


def _address_allowed(policy: Policy, address: str, quoted: bool) -> bool:
    """A relay alias (or other allowed domain) in quoted history is the buyer's own."""
    if not quoted or "@" not in address:
        return False
    allowed = policy.memo(
        "contact:quoted_allowed",
        lambda: domains(policy, policy.params(EMAIL).quoted_allowed_domains),
    )
    return host_in(address.rsplit("@", 1)[1].strip().lower(), allowed)


def _link_target(url: str) -> str:
    """The address or number of a mailto:/tel: link (scheme and query left out)."""
    return url.split(":", 1)[1].split("?", 1)[0] if ":" in url else ""


class EmailAddress(Rule):
    """Amazon does not allow e-mail addresses in messages: Buyer-Seller Messaging is the
    only approved channel, and Amazon strips or rejects addresses itself.

    Finds ordinary addresses, mailto: links, and disguised ones ("name [at] shop [dot] com",
    "name(at)shop.com", "name AT shop DOT com"; a lower-case "at … dot" in running text
    is not taken, because "look at it dot by dot" is English). The buyer's relay alias in
    quoted history is fine. The fix unwraps mailto: links (their words stay) and replaces
    each address with a short note (policy `replacement`).
    """

    id = EMAIL
    default_action = Action.STRIP
    summary = "E-mail addresses (plain, disguised, mailto:)."
    can_strip = True

    _message = (
        "E-mail addresses are not allowed in messages to buyers: all contact must stay in "
        "Amazon's messaging. The gateway removes the address; do not write it in another form."
    )

    @dataclass(frozen=True)
    class Params(Rule.Params):
        replacement: Annotated[
            str, 'What replaces a removed address in the text ("" removes it without a trace).'
        ] = "[e-mail address removed]"
        quoted_allowed_domains: Annotated[
            list[str],
            "Addresses on these domains are fine inside quoted history (the "
            "buyer's relay alias); matching as for "
            "links.external.allowed_domains.",
        ] = field(default_factory=list)
        at_tokens: Annotated[
            list[str],
            'Spelled-out "@" and "." in disguised addresses ("name [at] shop '
            '[dot] com"); the "at" word counts only in brackets, or with a '
            'spelled-out "dot" too.',
        ] = field(default_factory=list)
        word_at_tokens: Annotated[
            list[str],
            'Spelled-out "@" that are no everyday word, so they count written plainly too '
            '("taller arroba bolsosvarela punto es") when a domain follows.',
        ] = field(default_factory=list)
        dot_tokens: Annotated[
            list[str],
            'Spelled-out "." in disguised addresses ("name [at] shop [dot] com"), per language.',
        ] = field(default_factory=list)
        obfuscated_tlds: Annotated[
            list[str], 'Endings of disguised addresses (the "com" of "shop [dot] com").'
        ] = field(default_factory=list)
        slash_tokens: Annotated[
            list[str],
            'Spelled-out "/" after a web address with a spelled-out dot ("ruggeri punto it '
            'barra ricambi"): the address goes on into a path, as a name ending its clause '
            "would.",
        ] = field(default_factory=list)

    def check(self, ctx: Context) -> None:
        emails = email_finder(ctx.policy)
        for view in views(ctx.model):
            for slot in view.slots:
                for found in emails.find(slot.text):
                    if not _address_allowed(ctx.policy, found.address, slot.quoted):
                        ctx.report(self._message, view.part.label, found.address)
        for link in scan_links(ctx.model):
            if (
                link.parsed is not None
                and link.parsed.scheme == "mailto"
                and not _address_allowed(ctx.policy, _link_target(link.url), link.quoted)
            ):
                ctx.report(self._message, link.location, link.url)
        for found in emails.find(ctx.model.subject):
            ctx.report(self._message, "header Subject", found.address)

    def fix(self, ctx: Context) -> None:
        replacement = ctx.params.replacement
        emails = email_finder(ctx.policy)

        def cut(slot: Slot) -> str:
            spans = [
                (f.start, f.end)
                for f in emails.find(slot.text)
                if not _address_allowed(ctx.policy, f.address, slot.quoted)
            ]
            return cut_spans(slot.text, spans, replacement) if spans else slot.text

        for part in ctx.model.text_parts:
            if part.is_html:
                changed = False
                for el, quoted in part_view(part).elements:
                    value = (el.get("action" if el.tag == "form" else "href") or "").strip()
                    if el.tag not in ("a", "area", "form") or not value.lower().startswith(
                        "mailto:"
                    ):
                        continue
                    if _address_allowed(ctx.policy, _link_target(value), quoted):
                        continue
                    disarm(el)
                    changed = True
                if changed:
                    part.touch()
            rewrite_texts(part, cut)
        subject = ctx.model.subject
        spans = emails.spans(subject)
        if spans:
            ctx.model.set_subject(" ".join(cut_spans(subject, spans, replacement).split()))


# -- phone numbers ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PhoneHit:
    """A phone number found in a text, and whether it is an allowed exception."""

    phone: Phone
    exception: bool  # warranty, carrier or manufacturer number: warn only


def _phone_finder(policy: Policy) -> PhoneFinder:
    params = policy.params(PHONE)
    return policy.memo(
        "contact:phones",
        lambda: PhoneFinder(
            params.regions,
            str(params.leniency),
            int(params.min_digits),
            params.exclude_patterns,
        ),
    )


def _last_words(text: str, count: int) -> str:
    return " ".join(text.split()[-count:]) if count > 0 else ""


def _is_exception(ctx: Context, text: str, start: int, end: int) -> bool:
    """A warranty/carrier/manufacturer word in the number's sentence or just before it."""
    words = for_rule(ctx.policy, PHONE, "words")
    if words.search(_last_words(text[:start], ctx.params.context_window_words)):
        return True
    for offset, sentence in sentences(text):
        inside = offset <= start < offset + len(sentence) or offset < end <= offset + len(sentence)
        if inside and words.search(sentence):
            return True
    return False


def find_phones(ctx: Context, text: str) -> list[PhoneHit]:
    """Phone numbers in `text` (outside web addresses), leaving out those right after a
    reference word ("tracking number", "invoice" …)."""
    references = for_rule(ctx.policy, PHONE, "phrases")
    window = ctx.params.reference_window_words

    def urls(window: str) -> list[tuple[int, int]]:
        return [(f.start, f.end) for f in text_urls(ctx.policy, window)]

    return [
        PhoneHit(phone, _is_exception(ctx, text, phone.start, phone.end))
        for phone in _phone_finder(ctx.policy).find(text, skip=urls)
        if not references.search(_last_words(text[: phone.start], window))
    ]


def _tel_is_exception(
    ctx: Context, el: Any, number: str, exceptions: set[str], strip: set[str]
) -> bool:
    """A tel: link shares the verdict of the same number written in the text; a link
    without a visible number is judged by the sentence around its words."""
    if number in strip:
        return False
    if number in exceptions:
        return True
    parent = el.getparent()
    block = block_ancestor(parent, BLOCK_TAGS) if parent is not None else None
    context = block.text_content() if block is not None else el.text_content()
    label = el.text_content()
    start = max(context.find(label) if label else -1, 0)
    return _is_exception(ctx, context, start, start + len(label))


class PhoneNumber(Rule):
    """Amazon does not allow phone numbers in messages, with one exception in its current
    wording: numbers of a warranty service, a carrier or a manufacturer.

    Numbers are found with the phonenumbers library (valid numbers only, as written in each
    configured region, or with a +country code), and only in digit runs long enough to be
    a number, so prices, dates, order ids (3-7-7), ZIP codes, long reference runs and
    numbers right after "tracking number"/"invoice"-style words are never taken for
    phones. A number with a warranty/carrier/manufacturer word in its sentence or just
    before it is only warned about (the allowed exception; checked by a person). tel:,
    sms: and callto: links count too. The fix replaces each other number with a short
    note and unwraps its link.

    A number spelled out in words ("five one two, four four seven, nine zero three one",
    `[spelled_numbers]`) in the seller's own text blocks: written to slip past filters, it
    cannot be stripped without leaving the invitation to call.
    """

    id = PHONE
    default_action = Action.STRIP
    summary = "Phone numbers and tel: links (warranty/carrier numbers only warn)."
    can_strip = True

    _strip_message = (
        "Phone numbers are not allowed in messages to buyers: all contact must stay in "
        "Amazon's messaging. The gateway removes the number."
    )
    _spelled_message = (
        "A phone number is written out in words. Amazon does not allow phone numbers in "
        "messages, however they are written, and a number spelled out to slip past filters "
        "cannot be removed cleanly: remove it and keep the conversation in Amazon's messaging."
    )
    _warn_message = (
        "This looks like a warranty, carrier or manufacturer phone number, which Amazon "
        "allows. Make sure it is not your own number; your own number is not allowed."
    )

    @dataclass(frozen=True)
    class Params(Rule.Params):
        replacement: Annotated[
            str, 'What replaces a removed phone number in the text ("" removes it without a trace).'
        ] = "[phone number removed]"
        regions: Annotated[
            list[str],
            "Numbers are looked for with the phonenumbers library, as written "
            "in each of these regions (numbers with +country code are found in "
            "any), accepting only valid numbers.",
        ] = field(default_factory=list)
        leniency: Annotated[
            str,
            "How strictly phonenumbers judges a candidate: one of its Leniency names (POSSIBLE, "
            "VALID, STRICT_GROUPING, EXACT_GROUPING).",
        ] = "VALID"
        min_digits: Annotated[
            int, "Only digit runs with at least this many digits are handed to phonenumbers."
        ] = 7
        link_schemes: Annotated[list[str], "Link schemes that dial or text a number."] = field(
            default_factory=list
        )
        exclude_patterns: Annotated[
            list[str],
            "Never phone numbers: masked before the search (regular "
            "expressions). Order ids, dates, ZIP+4 codes, long plain digit "
            "runs without a leading 0/+ (invoice, tracking, ASIN-like "
            "references), prices.",
        ] = field(default_factory=list)
        context_window_words: Annotated[
            int,
            "A number with one of `words` in its sentence or in the "
            "`context_window_words` words before it is a warranty, carrier or "
            "manufacturer number: warned about, not removed.",
        ] = 12
        reference_window_words: Annotated[
            int,
            "A number right after one of `phrases` (within 4 words) is a reference, not a phone.",
        ] = 4
        words: Annotated[
            dict[str, list[str]],
            "Words per language that make a number in the same sentence (or within "
            "context_window_words before it) a warranty, carrier or manufacturer number: warned "
            "about, not removed.",
        ] = field(default_factory=dict)
        phrases: Annotated[
            dict[str, list[str]], "Reference numbers that are not phone numbers."
        ] = field(default_factory=dict)

    def _analyse(self, ctx: Context) -> tuple[list[tuple[str, str, PhoneHit]], set[str], set[str]]:
        texts = [(p.label, p.visible_text()) for p in ctx.model.text_parts]
        if ctx.model.subject:
            texts.append(("header Subject", ctx.model.subject))
        hits = [(location, text, hit) for location, text in texts for hit in find_phones(ctx, text)]
        exceptions = {h.phone.e164 for _, _, h in hits if h.exception}
        strip = {h.phone.e164 for _, _, h in hits if not h.exception}
        return hits, exceptions, strip

    def _tel_number(self, ctx: Context, url: str) -> str:
        regions = ctx.params.regions
        return e164(_link_target(url), regions[0].upper() if regions else None)

    def check(self, ctx: Context) -> None:
        schemes = {s.lower() for s in ctx.params.link_schemes}
        hits, exceptions, strip = self._analyse(ctx)
        for location, text, hit in hits:
            ctx.report(
                self._warn_message if hit.exception else self._strip_message,
                location,
                quote(text, (hit.phone.start, hit.phone.end)),
                Action.WARN if hit.exception else None,
            )
        spelled = ctx.policy.memo(
            "contact:spelled_numbers",
            lambda: SpelledNumbers.from_section(ctx.policy.section("spelled_numbers")),
        )
        for location, text in own_texts(ctx.model):
            for span in spelled.find(text):
                ctx.report(self._spelled_message, location, quote(text, span), Action.BLOCK)
        for link in scan_links(ctx.model):
            if link.parsed is None or link.parsed.scheme not in schemes:
                continue
            exception = link.el is not None and _tel_is_exception(
                ctx, link.el, self._tel_number(ctx, link.url), exceptions, strip
            )
            ctx.report(
                self._warn_message if exception else self._strip_message,
                link.location,
                link.url,
                Action.WARN if exception else None,
            )

    def fix(self, ctx: Context) -> None:
        schemes = {s.lower() for s in ctx.params.link_schemes}
        replacement = ctx.params.replacement
        _, exceptions, strip = self._analyse(ctx)

        def cut(text: str) -> str:
            spans = [
                (h.phone.start, h.phone.end)
                for h in find_phones(ctx, text)
                if h.phone.e164 in strip
            ]
            return cut_spans(text, spans, replacement) if spans else text

        for part in ctx.model.text_parts:
            if part.is_html:
                changed = False
                for el, _quoted in part_view(part).elements:
                    href = (el.get("href") or "").strip()
                    scheme = href.split(":", 1)[0].lower() if ":" in href else ""
                    if el.tag not in ("a", "area") or scheme not in schemes:
                        continue
                    number = self._tel_number(ctx, href)
                    if _tel_is_exception(ctx, el, number, exceptions, strip):
                        continue
                    disarm(el)
                    changed = True
                if changed:
                    part.touch()
            rewrite_texts(part, lambda slot: cut(slot.text))
        subject = ctx.model.subject
        new = cut(subject)
        if new != subject:
            ctx.model.set_subject(" ".join(new.split()))
