"""Contact details: e-mail addresses, phone numbers, and moves to other channels.

Buyer-Seller Messaging is the only channel Amazon allows between a seller and a buyer;
contact details in a message invite the buyer to leave it. Detection lives in
`policies.detect` (addresses, phones, the link scan and the text runs shared with the link
rules); these rules decide what is allowed and fix the rest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Annotated, Any

from policies.config import Policy
from policies.cues import buyers_own, denied, refused_request
from policies.detect.addresses import SpelledDomainFinder
from policies.detect.links import (
    disarm,
    domains,
    email_finder,
    link_config,
    scan_links,
    text_urls,
)
from policies.detect.phones import Phone, PhoneFinder, e164
from policies.detect.phrases import for_lexicon, for_rule
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
from policies.text import own_texts, quote, quoted_texts
from policies.verdict import Action

EMAIL = "contact.email_address"
PHONE = "contact.phone_number"
OFF_PLATFORM = "contact.off_platform"


def _alternatives(tokens: list[str]) -> str:
    return "|".join(re.escape(t) for t in sorted(set(tokens), key=len, reverse=True))


# -- e-mail addresses -------------------------------------------------------------------


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


# -- other channels ---------------------------------------------------------------------


@dataclass(slots=True)
class _Ambiguous:
    """Brand names that are also words, and the channel cues around them."""

    names: re.Pattern[str] | None
    before: re.Pattern[str] | None
    after: re.Pattern[str] | None


def ambiguous_names_pattern(names: list[str]) -> re.Pattern[str] | None:
    r"""The names as whole words, case-sensitive: `(?<!\w)(?:LINE|Signal)(?!\w)`, stated
    as `(?:LINE(?<!\wLINE)|Signal(?<!\wSignal))(?!\w)` so that each alternative starts
    with its first letter and `re` skips to those letters in C (half the time of the
    leading look-behind, which is tried at every character; equivalence is tested)."""
    if not names:
        return None
    ordered = sorted(set(names), key=len, reverse=True)
    alternatives = "|".join(f"{re.escape(n)}(?<!\\w{re.escape(n)})" for n in ordered)
    return re.compile(rf"(?:{alternatives})(?!\w)")


def _spelled_domains(policy: Policy) -> SpelledDomainFinder:
    """Web addresses with spelled-out dots, in the words contact.email_address knows."""
    params = policy.params(EMAIL)
    return policy.memo(
        "contact:spelled_domains",
        lambda: SpelledDomainFinder(params.dot_tokens, params.obfuscated_tlds, params.slash_tokens),
    )


def _ambiguous(policy: Policy) -> _Ambiguous:
    def build() -> _Ambiguous:
        params = policy.params(OFF_PLATFORM)
        names = ambiguous_names_pattern(params.ambiguous_names)
        before = _alternatives(params.ambiguous_before)
        after = _alternatives(params.ambiguous_after)
        return _Ambiguous(
            names,
            re.compile(rf"(?<!\w)(?:{before})\s+$", re.I) if before else None,
            # "LINE ID", "LINE-ID", "LINE（ID：…）": a bracket or colon may come between.
            re.compile(rf"[\s\-:：(（\[［]*(?:{after})(?!\w)") if after else None,
        )

    return policy.memo("contact:ambiguous", build)


def _ambiguous_hits(cfg: _Ambiguous, text: str) -> list[tuple[int, int]]:
    """Brand names that are also words ("LINE", "Signal"), right after a channel cue
    ("on", "via") or right before one ("ID", "app"); case-sensitive names."""
    if cfg.names is None:
        return []
    hits = []
    for m in cfg.names.finditer(text):
        start, end = m.span()
        if cfg.before is not None:
            cue = cfg.before.search(text, max(0, start - 24), start)
            if cue:
                hits.append((cue.start(), end))
                continue
        if cfg.after is not None:
            cue = cfg.after.match(text, end, end + 24)
            if cue:
                hits.append((start, cue.end()))
    return hits


def _buyers_topic(ctx: Context, text: str, span: tuple[int, int]) -> bool:
    """Whether the seller only answers about a service the buyer asked about: the buyer's
    quoted words name it too ("does the mic work in Discord?"), and neither the buyer's
    sentence nor the seller's uses it to reach the other (`[lexicon.channel_use_words]`:
    "can I send you the photo on Instagram?", "I'll write to you on WhatsApp") or names
    a channel of the seller's own (`[lexicon.own_offer_words]`: "our Instagram")."""
    name = text[span[0] : span[1]].casefold()
    use = for_lexicon(ctx.policy, "channel_use_words")
    asked = [
        sentence
        for quoted in quoted_texts(ctx.model)
        for _, sentence in sentences(quoted)
        if name in sentence.casefold()
    ]
    if not asked or any(use.spans(sentence) for sentence in asked):
        return False
    own = next((s for o, s in sentences(text) if o <= span[0] < o + len(s)), "")
    return not use.spans(own) and not for_lexicon(ctx.policy, "own_offer_words").spans(own)


def _kept_away(ctx: Context, text: str, span: tuple[int, int]) -> bool:
    """Whether the service is named right after "rather than", "statt", "en lugar de"
    (`[lexicon.instead_words]`): "we'll keep everything here rather than WhatsApp" keeps
    the buyer on Amazon."""
    before = text[max(0, span[0] - 40) : span[0]]
    return any(
        not before[end:].strip()
        for _, end in for_lexicon(ctx.policy, "instead_words").spans(before)
    )


class OffPlatform(Rule):
    """Amazon forbids attempts to move the buyer off Amazon: messenger apps (WhatsApp,
    WeChat, LINE, Telegram, Signal, Viber …), social media profiles ("follow us on
    Instagram"), and the seller's own website ("visit our website", "contact us on our
    site"), in every marketplace language, plus links to those services (wa.me/, t.me/ …).

    A web address written with its dots spelled out ("shop dot example dot com", "www
    point boutique point fr"), made to slip past link filters, is sending the buyer to a
    website too, unless it is on an allowed domain (links.external's lists).

    A refusal is not a diversion: a phrase right after a negation in its clause ("we
    aren't able to take orders outside Amazon") does not count; "don't hesitate to message
    us on WhatsApp" is no negation (`[lexicon.negation_words_exceptions]`). Nor is the
    buyer's own request or link named ("Zu Ihrer Frage nach WhatsApp: … bieten wir nicht
    an", "the Instagram post you linked"), nor a service the buyer asked about, named in
    an answer that neither uses it to reach the other nor calls it the seller's own ("en
    Discord el micrófono va bien" to "¿se oye bien en Discord?"; `[lexicon.channel_use_words]`).

    Only the seller's own text counts (a buyer asking "can I WhatsApp you?" in quoted
    history is not the seller's doing). Names that are also ordinary words (LINE, Signal,
    Messenger) count only written as the brand and right next to a channel cue ("on
    Signal", "LINE ID"), so "the product line" or "poor GPS signal" pass. Blocks: there is
    nothing to strip that would leave the message's intent intact. Nor is a service named
    as what the seller keeps away from ("we'll keep everything here rather than WhatsApp":
    `[lexicon.instead_words]`).
    """

    id = OFF_PLATFORM
    default_action = Action.BLOCK
    summary = "Moving the buyer off Amazon: messengers, social media, own website."

    _message = (
        "The message asks the buyer to contact you or look you up outside Amazon ({what}). "
        "Amazon forbids this: keep all contact in Amazon's messaging and remove mentions of "
        "messengers, social media or your own website, then send it again."
    )

    @dataclass(frozen=True)
    class Params(Rule.Params):
        domains: Annotated[
            list[str],
            "Links to messengers and social networks (suffix match), and messenger link schemes.",
        ] = field(default_factory=list)
        schemes: Annotated[
            list[str],
            "Link schemes of messengers (whatsapp:, tg:, viber: …): a link with one of them "
            "diverts the buyer.",
        ] = field(default_factory=list)
        ambiguous_names: Annotated[
            list[str],
            "Messenger names that are also ordinary words count only as "
            'written here (case matters: "LINE", not "the product line") and '
            'only right after one of `ambiguous_before` ("contact us on '
            'Signal") or right before one of `ambiguous_after` ("LINE ID").',
        ] = field(default_factory=list)
        ambiguous_before: Annotated[
            list[str],
            'Words after which an ambiguous messenger name counts ("contact us on Signal").',
        ] = field(default_factory=list)
        ambiguous_after: Annotated[
            list[str],
            'Words before which an ambiguous messenger name counts ("LINE ID"); case matters.',
        ] = field(default_factory=list)
        handle_window_words: Annotated[
            int,
            'A social handle ("@mybrand") counts when one of `words` is within this many words.',
        ] = 6
        negation_window_words: Annotated[
            int,
            "One of `words` at most this many words after a negation, in the same clause, is a "
            'refusal ("we can\'t take orders outside Amazon"), not a diversion.',
        ] = 6
        words: Annotated[
            dict[str, list[str]],
            "Names and phrases that move the conversation off Amazon (any one blocks).",
        ] = field(default_factory=dict)

    def check(self, ctx: Context) -> None:
        words = for_rule(ctx.policy, self.id)
        ambiguous = _ambiguous(ctx.policy)
        spelled = _spelled_domains(ctx.policy)
        refusal = ctx.params.negation_window_words
        for location, text in own_texts(ctx.model):
            said = [
                s
                for s in words.spans(text)
                if not denied(ctx.policy, text, s, refusal)
                and not refused_request(ctx.policy, text, s)
                and not buyers_own(ctx.policy, text, s)
                and not _buyers_topic(ctx, text, s)
                and not _kept_away(ctx, text, s)
            ]
            for span in said + _ambiguous_hits(ambiguous, text):
                what = " ".join(text[span[0] : span[1]].split())
                ctx.report(self._message.format(what=what), location, quote(text, span))
            hits = spelled.find(text)
            addresses = email_finder(ctx.policy).spans(text) if hits else []
            for hit in hits:  # a disguised e-mail address is contact.email_address's
                if any(s < hit.end and hit.start < e for s, e in addresses):
                    continue
                if not host_in(hit.domain, link_config(ctx.policy).allowed):
                    what = f"{hit.domain} written out"
                    ctx.report(self._message.format(what=what), location, quote(text, hit[:2]))
        service_domains = ctx.policy.memo(
            "contact:off_platform_domains", lambda: domains(ctx.policy, ctx.params.domains)
        )
        schemes = {s.lower() for s in ctx.params.schemes}
        for link in scan_links(ctx.model):
            url = link.parsed
            if link.quoted or url is None:
                continue
            if url.scheme in schemes or (url.host and host_in(url.host, service_domains)):
                what = url.host or url.scheme
                ctx.report(self._message.format(what=what), link.location, link.url)
