"""Moves to other channels: messengers, social media, the seller's own website
(contact.off_platform). The contact details themselves (e-mail addresses, phone numbers)
are in contact.py; both read their detection from `policies.detect`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Annotated

from policies.config import Policy
from policies.cues import buyers_own, denied, linked, refused_request
from policies.detect.addresses import SpelledDomainFinder
from policies.detect.links import (
    domains,
    email_finder,
    link_config,
    scan_links,
)
from policies.detect.phrases import for_lexicon, for_rule
from policies.detect.sentences import line_bounds, sentences
from policies.detect.urls import host_in
from policies.registry import Context, Rule
from policies.rules.contact import EMAIL
from policies.text import own_texts, quote, quoted_texts
from policies.verdict import Action

OFF_PLATFORM = "contact.off_platform"


def _alternatives(tokens: list[str]) -> str:
    return "|".join(re.escape(t) for t in sorted(set(tokens), key=len, reverse=True))


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


def _someone_elses(ctx: Context, text: str, span: tuple[int, int]) -> bool:
    """Whether the service is named as a third party's channel ("auf seinem offiziellen
    YouTube-Kanal", "the manufacturer's YouTube channel": `[lexicon.third_party_words]`
    at most three words before it), in a sentence that names no channel of the seller's
    own (`[lexicon.own_offer_words]`)."""
    start, end = line_bounds(text, span[0])
    sentence = text[start:end]
    if for_lexicon(ctx.policy, "own_offer_words").spans(sentence):
        return False
    third = for_lexicon(ctx.policy, "third_party_words").spans(text[start : span[0]])
    shifted = [(a + start, b + start) for a, b in third]
    return linked(text, shifted, [span], 3, order="first", plain_gap=True) is not None


def _refused_later(ctx: Context, text: str, span: tuple[int, int]) -> bool:
    """Whether the rest of the sentence says the seller may not do it: a word of
    permission (`[lexicon.not_allowed_words]`) with a negation at most six words away
    ("… außerhalb von Amazon einen Sonderpreis machen, das darf ich über dieses Postfach
    nicht"), with no concession before it ("auch wenn Amazon das nicht erlaubt",
    `[lexicon.concession_words]`) and no "but" after it to turn the refusal round ("…
    darf ich eigentlich nicht, aber …")."""
    rest = text[span[1] : line_bounds(text, span[0])[1]]
    allowed = for_lexicon(ctx.policy, "not_allowed_words").spans(rest)
    negations = for_lexicon(ctx.policy, "negation_words").spans(rest)
    refusal = linked(rest, allowed, negations, 6)
    if refusal is None or for_lexicon(ctx.policy, "concession_words").spans(rest[: refusal[0]]):
        return False  # "…, auch wenn Amazon das nicht erlaubt" concedes, it refuses nothing
    return not for_lexicon(ctx.policy, "contrast_words").spans(rest[refusal[1] :])


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
    `[lexicon.instead_words]`), nor someone else's channel ("the manufacturer's YouTube
    channel": `[lexicon.third_party_words]`), nor one the same sentence goes on to say the
    seller may not use ("… per WhatsApp schicken würden, …, nur meine Handynummer darf ich
    Ihnen hier über Amazon nicht geben": `[lexicon.not_allowed_words]`).
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
        words_exceptions: Annotated[
            dict[str, list[str]],
            'A match of `words` inside one of these is no move off Amazon ("outside '
            "Amazon's return window\").",
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
                and not _someone_elses(ctx, text, s)
                and not _refused_later(ctx, text, s)
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
