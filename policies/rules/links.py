"""Links: where a buyer can click to from a seller's message, and what the links say.

Finding and classifying links lives in `policies.detect.links` (one scan per message,
each link tagged with the one rule that removes it); these are the rules that report and
fix them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated, Any

from policies.detect.links import (
    DESCRIPTIVE,
    EXTERNAL,
    INSECURE,
    LISTING,
    OPT_OUT,
    SHORTENER,
    classify,
    element_links,
    fix_links,
    link_config,
    removes_listing,
    scan_links,
    subject_urls,
    text_urls,
)
from policies.detect.phrases import Batch, Phrases, for_rule
from policies.detect.runs import PartView, Slot, block_ancestor, cut_spans, part_view, views
from policies.detect.sentences import sentences, word_count
from policies.detect.urls import is_url, parse_url
from policies.model import BLOCK_TAGS, TextPart
from policies.registry import Context, Rule
from policies.verdict import Action

# Containers that make up a "paragraph" for footer removal (not the whole table or list).
_FOOTER_BLOCKS = (BLOCK_TAGS - {"br", "hr", "ul", "ol", "table", "tr"}) | {"footer", "small"}


class _LinkRule(Rule):
    """Shared check/fix for the link rules that remove one category of link."""

    def message(self, link_host: str, ctx: Context) -> str:
        raise NotImplementedError

    def finding_action(self, ctx: Context) -> Action | None:
        return None

    def check(self, ctx: Context) -> None:
        action = self.finding_action(ctx)
        for link in scan_links(ctx.model):
            if self.id in link.categories:
                host = link.parsed.host if link.parsed and link.parsed.host else link.url
                ctx.report(self.message(host, ctx), link.location, link.url, action)
        for found, cats in subject_urls(ctx.model):
            if self.id in cats:
                parsed = parse_url(found.url, True)
                host = parsed.host if parsed and parsed.host else found.url
                ctx.report(self.message(host, ctx), "header Subject", found.url, action)

    def fix(self, ctx: Context) -> None:
        fix_links(ctx.model, self.id)


class ExternalLinks(_LinkRule):
    """Amazon forbids links that take the buyer off Amazon (its "prohibited seller
    activities" policy bans URLs meant to divert buyers); only secure links needed to
    complete the order, and Amazon's own, are tolerated, and Amazon silently drops links it
    does not trust.

    Every link target is matched against an allow-list (Amazon retail sites for every
    marketplace, carriers, and the seller's own order-completion domains from the policy)
    by domain suffix, so "www.ups.com" matches "ups.com" but "ups.com.evil.io" does not.
    Covers <a>, <area>, <form action>, <link>, CSS url(), and addresses written as text,
    including bare names like "mybrand.xyz" when they end in a top-level domain of the
    public-suffix list, written in lower case and not a file extension (so "Hello.It",
    "invoice.pdf" or "manual.zip" is not an address). E-mail and
    phone links are the contact rules' business; images (<img src>) the image rules'.
    The fix unwraps links (the words stay) and cuts written addresses.
    """

    id = EXTERNAL
    default_action = Action.STRIP
    summary = "Link to a site outside Amazon, the carriers and the seller's allowed domains."
    can_strip = True

    @dataclass(frozen=True)
    class Params(Rule.Params):
        allowed_domains: Annotated[
            list[str],
            "Where links may point. A host matches an entry when it is the "
            'entry or ends with "." + entry ("ups.com" also covers '
            '"www.ups.com"). An entry ending in ".*" stands for that name '
            'followed by any suffix in `wildcard_suffixes` ("amazon.*" = '
            "amazon.com, amazon.co.uk, amazon.co.jp, …). Amazon retail and "
            "help sites, then carriers.",
        ] = field(default_factory=list)
        seller_domains: Annotated[
            list[str],
            "The seller's own order-completion sites (customisation tool, "
            "warranty registration), same matching as allowed_domains. Empty "
            "by default.",
        ] = field(default_factory=list)
        wildcard_suffixes: Annotated[
            list[str],
            'What "name.*" entries may end with: the retail marketplace '
            "suffixes and common ccTLDs.",
        ] = field(default_factory=list)
        ignored_schemes: Annotated[
            list[str],
            "Link schemes that are not web links: e-mail and phone links "
            "belong to the contact rules.",
        ] = field(default_factory=list)
        file_extensions: Annotated[
            list[str],
            "Top-level domains that are also file extensions people write in "
            'messages: a bare "manual.zip" is an attachment\'s name, not a site '
            '("www." or a scheme still makes it one).',
        ] = field(default_factory=list)

    def message(self, link_host: str, ctx: Context) -> str:
        return (
            f"This link goes to a website outside Amazon ({link_host}). Amazon does not "
            "allow links that take the buyer off Amazon. The gateway removes the link and "
            "keeps its words. If the buyer really needs this page to complete the order, ask "
            "your administrator to add the site to the allowed seller domains."
        )


class AmazonListingLinks(_LinkRule):
    """Links to Amazon product pages or storefronts (/dp/, /gp/product/, /stores/, ?me=,
    /shops/) are cross-selling, which Amazon treats as marketing in Buyer-Seller Messaging.

    Removed from messages the seller starts; in a reply they only warn, because answering
    "which model fits my device?" with a product link is arguably customer service.
    Links in quoted history (Amazon's own notification) are left alone, and order-history,
    account and help pages are not listings.
    """

    id = LISTING
    default_action = Action.STRIP
    summary = "Link to an Amazon product page or storefront (warns in replies)."
    can_strip = True

    @dataclass(frozen=True)
    class Params(Rule.Params):
        amazon_domains: Annotated[
            list[str],
            "Amazon hosts (same matching as links.external) and the "
            "paths/queries on them that are product pages or storefronts "
            '(regular expressions over path + "?" + query).',
        ] = field(default_factory=list)
        listing_patterns: Annotated[
            list[str],
            "Paths and queries on Amazon hosts that are product pages or storefronts (regular "
            'expressions over path + "?" + query).',
        ] = field(default_factory=list)

    def finding_action(self, ctx: Context) -> Action | None:
        return Action.WARN if ctx.model.is_reply else None

    def message(self, link_host: str, ctx: Context) -> str:
        if ctx.model.is_reply:
            return (
                "This links to an Amazon product page or storefront. In a reply that is "
                "allowed only when it answers the buyer's question; do not use it to "
                "advertise other products."
            )
        return (
            "This links to an Amazon product page or storefront, which Amazon treats as "
            "advertising in a message you start. The gateway removes the link and keeps "
            "its words."
        )


class InsecureHttpLinks(_LinkRule):
    """Amazon expects every link it lets through to be secure (https); plain http links
    are treated as untrusted. Only allowed links are considered (others are removed by
    links.external anyway); the fix rewrites http: to https:, which all allow-listed sites
    (Amazon, carriers) serve. Addresses written without a scheme ("www.ups.com") are left.
    """

    id = INSECURE
    default_action = Action.STRIP
    summary = "Allowed link over plain http (rewritten to https)."
    can_strip = True

    def message(self, link_host: str, ctx: Context) -> str:
        return (
            f"This link to {link_host} starts with http:// (not secure). Amazon expects "
            "secure links; the gateway changes it to https://."
        )


class ShortenerLinks(_LinkRule):
    """Shortened links (bit.ly, tinyurl, t.co, amzn.to …) and e-mail tools' click-tracking
    redirects (SendGrid, Mailchimp, HubSpot, Klaviyo …) hide where they lead, so neither
    Amazon nor the buyer can see the target; Amazon drops untrusted links. Matched by host
    (list in the policy); the fix removes them like external links.
    """

    id = SHORTENER
    default_action = Action.STRIP
    summary = "Shortened or click-tracking link (target cannot be verified)."
    can_strip = True

    @dataclass(frozen=True)
    class Params(Rule.Params):
        hosts: Annotated[
            list[str],
            "URL shorteners and e-mail tools' click-tracking redirectors "
            "(suffix match): the real target cannot be seen. amzn.to and a.co "
            "are Amazon's own shorteners (product links).",
        ] = field(default_factory=list)

    def message(self, link_host: str, ctx: Context) -> str:
        return (
            f"This is a shortened or click-tracking link ({link_host}); nobody can see where "
            "it leads, so Amazon does not accept it. The gateway removes it. Write the full "
            "https:// address of an allowed site instead, and switch off click tracking in "
            "your e-mail tool for Amazon buyers."
        )


class OptOutLinks(Rule):
    """Amazon manages buyers' opt-out from seller messages itself; an unsubscribe link or
    newsletter footer marks the message as bulk marketing. Found by link address or link
    text, and by footer phrases in every marketplace language (the seller's own text only:
    quoted history is Amazon's or the buyer's); also the mailing-list headers
    List-Unsubscribe, List-Unsubscribe-Post, List-Id and "Precedence: bulk".

    The fix removes the headers, and the footer: the whole paragraph (or table cell) when it
    is short, otherwise just the sentence, so a long paragraph with real content survives.
    """

    id = OPT_OUT
    default_action = Action.STRIP
    summary = "Unsubscribe/opt-out links, footers and mailing-list headers."
    can_strip = True

    @dataclass(frozen=True)
    class Params(Rule.Params):
        headers: Annotated[
            list[str], "Mailing-list headers (removed), and Precedence values that mark bulk mail."
        ] = field(default_factory=list)
        precedence_values: Annotated[
            list[str], "Precedence header values that mark bulk mail (the header is removed)."
        ] = field(default_factory=list)
        url_words: Annotated[
            list[str],
            "A link whose address (path and query, lower case) contains one of "
            "these is an opt-out link.",
        ] = field(default_factory=list)
        footer_max_words: Annotated[
            int,
            "A paragraph (or table cell, list item) with an opt-out link or "
            "phrase and at most this many words is a footer and is removed "
            "whole; in a longer one only the sentence goes.",
        ] = 30
        words: Annotated[
            dict[str, list[str]],
            'Opt-out phrases per language ("unsubscribe", "abmelden"): a paragraph holding one is '
            "a mailing-list footer.",
        ] = field(default_factory=dict)

    def _headers(self, ctx: Context) -> list[tuple[str, str]]:
        found = []
        for name in ctx.params.headers:
            if name in ctx.model.msg:
                found.append((name, ctx.model.header(name)))
        precedence = ctx.model.header("Precedence").strip().lower()
        if precedence in ctx.params.precedence_values:
            found.append(("Precedence", precedence))
        return found

    def check(self, ctx: Context) -> None:
        for name, value in self._headers(ctx):
            ctx.report(
                f"The message carries the mailing-list header {name}, which marks it as bulk "
                "marketing mail. The gateway removes it; check that your helpdesk does not "
                "send Amazon buyers' mail through a newsletter tool.",
                f"header {name}",
                f"{name}: {value}",
            )
        for link in scan_links(ctx.model):
            if OPT_OUT in link.categories:
                ctx.report(self._message(), link.location, link.url)
        words = for_rule(ctx.policy, self.id)
        for view in views(ctx.model):
            # The runs of a part are matched together (one fold, one pass of the list);
            # runs of white space alone (the indentation between HTML elements) hold no
            # phrase, and leaving them out halves the fold on a template's HTML.
            own = [s.text for s in view.slots if not s.quoted and not s.text.isspace()]
            for text, spans in zip(own, Batch(own).spans(words), strict=True):
                if spans:
                    ctx.report(self._message(), view.part.label, text[spans[0][0] : spans[0][1]])

    @staticmethod
    def _message() -> str:
        return (
            "Unsubscribe links and opt-out footers are not allowed: Amazon handles buyers' "
            "opt-outs itself, and such a footer makes the message look like marketing. "
            "The gateway removes the footer."
        )

    def fix(self, ctx: Context) -> None:
        for name, _ in self._headers(ctx):
            ctx.model.remove_header(name)
        words = for_rule(ctx.policy, self.id)
        max_words = int(ctx.params.footer_max_words)
        for part in ctx.model.text_parts:
            if part.is_html:
                self._fix_html(ctx, part, words, max_words)
            else:
                self._fix_plain(ctx, part, words, max_words)

    def _hits(self, ctx: Context, text: str, words: Phrases) -> list[tuple[int, int]]:
        spans = words.spans(text)
        cfg = link_config(ctx.policy)
        for start, end, url in text_urls(ctx.policy, text):
            if OPT_OUT in classify(cfg, parse_url(url, True), None, False, False):
                spans.append((start, end))
        return spans

    def _fix_html(self, ctx: Context, part: TextPart, words: Phrases, max_words: int) -> None:
        cfg = link_config(ctx.policy)
        for _ in range(100):  # each round removes one footer; bounded for safety
            view = part_view(part)
            target: Any = None
            slot_hit: tuple[Slot, list[tuple[int, int]]] | None = None
            for link in element_links(view, cfg):
                if link.el.tag in ("a", "area", "link", "form") and OPT_OUT in classify(
                    cfg, link.parsed, link.label, link.quoted, False
                ):
                    target = link.el
                    break
            if target is None:
                for slot in view.slots:
                    spans = [] if slot.quoted else self._hits(ctx, slot.text, words)
                    if spans:
                        slot_hit = (slot, spans)
                        target = slot.el if slot.attr == "text" else slot.el.getparent()
                        break
            if target is None:
                return
            block = block_ancestor(target, _FOOTER_BLOCKS)
            if (
                block is not None
                and word_count(block.text_content()) <= max_words
                and not _holds_opening(block, view)
            ):
                block.drop_tree()
            elif slot_hit is None:
                if target.tag == "form":
                    del target.attrib["action"]
                else:
                    target.drop_tree()
            else:
                slot, spans = slot_hit
                setattr(slot.el, slot.attr, _cut_sentences(slot.text, spans))
            part.touch()

    def _fix_plain(self, ctx: Context, part: TextPart, words: Phrases, max_words: int) -> None:
        slots = part_view(part).slots
        lines = [s.text for s in slots]
        # paragraphs: runs of non-blank lines
        paragraphs: list[list[int]] = []
        for i, line in enumerate(lines):
            if line.strip():
                if paragraphs and paragraphs[-1][-1] == i - 1:
                    paragraphs[-1].append(i)
                else:
                    paragraphs.append([i])
        drop: set[int] = set()
        for para in paragraphs:
            hits = {i: self._hits(ctx, lines[i], words) for i in para if not slots[i].quoted}
            hits = {i: h for i, h in hits.items() if h}
            if not hits:
                continue
            opening = para is next((p for p in paragraphs if not slots[p[0]].quoted), None)
            if not opening and word_count(" ".join(lines[i] for i in para)) <= max_words:
                drop.update(para)
                after = para[-1] + 1
                if after < len(lines) and not lines[after].strip():
                    drop.add(after)
                elif para[0] > 0 and not lines[para[0] - 1].strip():
                    drop.add(para[0] - 1)
            else:
                for i, spans in hits.items():
                    lines[i] = _cut_sentences(lines[i], spans)
        part.set_text("".join(line for i, line in enumerate(lines) if i not in drop))


def _holds_opening(block: Any, view: PartView) -> bool:
    """True when `block` holds the start of the seller's text: then it is not a footer."""
    for slot in view.slots:
        if slot.quoted or not slot.text.strip():
            continue
        owner = slot.el if slot.attr == "text" else slot.el.getparent()
        return any(owner is el for el in block.iter())
    return False


def _cut_sentences(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` without the sentences that contain any of `spans`."""
    cut = []
    for offset, sentence in sentences(text):
        end = offset + len(sentence)
        if any(s < end and offset < e for s, e in spans):
            cut.append((offset, end))
    ending = text[len(text.rstrip("\r\n")) :]
    body = cut_spans(text, cut)
    return body.rstrip() + ending if body.strip() else ending


class DescriptiveLinkText(Rule):
    """Amazon's later guideline revision counts inaccessible links as violations: link text
    must say where the link goes ("track your parcel on UPS"), not "click here", a bare
    address, or nothing. Only links that survive the other link rules are judged, and only
    in the seller's own text; an image link counts by its alt text. Warns only: rewording
    is the seller's job.
    """

    id = DESCRIPTIVE
    default_action = Action.WARN
    summary = 'Link text that is empty, a bare address or just "click here".'

    @dataclass(frozen=True)
    class Params(Rule.Params):
        words: Annotated[
            dict[str, list[str]],
            "Link text that says nothing about the target when it is all the link says.",
        ] = field(default_factory=dict)

    def check(self, ctx: Context) -> None:
        vague = for_rule(ctx.policy, self.id)
        removed = {EXTERNAL, SHORTENER, OPT_OUT}
        if removes_listing(ctx.model):
            removed.add(LISTING)
        for link in scan_links(ctx.model):
            if link.label is None or link.quoted or link.categories & removed:
                continue
            if link.parsed is None or link.parsed.scheme in ("mailto", "tel", "sms", "callto"):
                continue
            label = link.label.strip(" .:!?»›>→-")
            if not label:
                problem = "has no text at all"
            elif is_url(label, link_config(ctx.policy).file_extensions):
                problem = "shows only a web address"
            elif vague.fullmatch(label):
                problem = f'only says "{label}"'
            else:
                continue
            ctx.report(
                f"The text of this link {problem}, which does not tell the buyer where it "
                'goes. Amazon asks for link text that describes the target, e.g. "track your '
                'parcel on the UPS website".',
                link.location,
                link.url,
            )
