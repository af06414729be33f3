"""Purpose: what a message is for. Amazon permits only messages needed to complete the
order or answer the buyer; promotion, bare shipping notices and bare thank-yous are not.

All rules read what the seller wrote (`own_texts`: quoted history left out), through the
shared sentence analysis of policies/cues.py, with word lists from `[lexicon.*]`. The
proactive purpose rules read the text line by line (`detect.sentences.lines`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Annotated

from policies.cues import (
    Analysis,
    Chunk,
    affirmed,
    analysis,
    explained_before,
    linked,
    negated,
    refused_next,
)
from policies.detect.links import text_urls
from policies.detect.phrases import Batch, Phrases, Span, for_lexicon, lexicons
from policies.detect.sentences import letter_word_count, lines
from policies.model import MessageModel
from policies.registry import Context, Rule
from policies.review_asks import review_requests
from policies.text import SUBJECT, buyer_said, quote, quoted_texts
from policies.verdict import Action

# A question mark ends a question; one inside a web address ("…/track?match=PL66") does
# not, so a tracking link does not give a shipping notice a purpose.
_QUESTION = re.compile(r"\?(?![A-Za-z0-9=&%/_-])|？")
# Zendesk's "##- Please type your reply above this line -##" (in the agent's language): the
# helpdesk's words, neither a purpose nor content.
_HELPDESK_MARKER = re.compile(r"^\s*##-.*-##\s*$")
# A table row of an order recap ("Article | Quantité", "Parure de lit … | 1": HTML table
# cells are joined by " | "): what was ordered, no purpose of its own.
_TABLE_ROW = re.compile(r"\S \| \S")
# The lexicons each line is classified by.
LINE_LEXICONS = (
    "order_purpose_words",
    "item_description_words",
    "boilerplate_questions",
    "shipping_words",
    "gratitude_words",
    "about_us_words",
    "greeting_words",
    "legal_line_words",
)


@dataclass(slots=True)
class Purposes:
    """What the seller's text of one message is made of, for the proactive purpose rules.

    `other_words` is the largest number of content words in any body part: words in lines
    that are neither a shipping notice, thanks / "we're here to help", a greeting or
    sign-off, the shop's own story ("we're a family-run shop"), nor a name-sized signature
    line.
    """

    order_purpose: tuple[str, str] | None = None  # (location, evidence) of another purpose
    shipping: tuple[str, str] | None = None
    thanks: tuple[str, str] | None = None
    other_words: int = 0
    total_words: int = 0


def _without_links(a: Analysis, line: str) -> str:
    """The line with its web addresses taken out: a tracking link's path is not words the
    seller wrote to the buyer."""
    found = text_urls(a.policy, line) if "." in line else []
    for start, end, _ in reversed(found):
        line = line[:start] + line[end:]
    return line


def purposes(a: Analysis) -> Purposes:
    """Classify every line the seller wrote, once per message (cached per analysis).

    Stops at the first sign of another order purpose: then neither proactive purpose rule
    can fire, and the counts are not needed.
    """
    found = a.purposes
    if isinstance(found, Purposes):
        return found
    p = Purposes()
    signature_words = a.policy.params("purpose.thank_you_only").signature_line_words
    a.purposes = p
    for attachment in a.model.live_attachments():
        if not (attachment.inline and attachment.declared_type.startswith("image/")):
            p.order_purpose = (attachment.label, attachment.filename or attachment.declared_type)
            return p  # another purpose: neither rule can fire, the rest is not needed
    for location, text in a.bodies:
        pieces = lines(text)
        matches = Batch(pieces).lexicon_spans(lexicons(a.policy, LINE_LEXICONS))
        other = total = 0
        for i, line in enumerate(pieces):
            if not line.strip() or _HELPDESK_MARKER.match(line):
                continue
            if _TABLE_ROW.search(line) and not _QUESTION.search(line):
                continue
            spans = {name: matches[name].get(i, []) for name in LINE_LEXICONS}
            count = letter_word_count(_without_links(a, line))
            total += count
            hits = spans["order_purpose_words"]
            if spans["shipping_words"]:
                # "your sheets (150 cm, pearl grey colour) left our warehouse today": the
                # item's size or colour beside a shipping notice describes it, asks nothing;
                # nor does the notice itself ("den Stand können Sie hier verfolgen").
                described = spans["item_description_words"] + spans["shipping_words"]
                hits = [
                    h for h in hits if not any(d[0] <= h[0] and h[1] <= d[1] for d in described)
                ]
            span: Span | None = hits[0] if hits else None
            question = _QUESTION.search(line) if span is None else None
            if question and not spans["boilerplate_questions"]:
                span = question.span()
            if span is not None:
                p.order_purpose = (location, quote(line, span))
                return p
            hits = spans["shipping_words"]
            if hits:
                p.shipping = p.shipping or (location, quote(line, hits[0]))
                continue
            hits = spans["gratitude_words"]
            if hits:
                p.thanks = p.thanks or (location, quote(line, hits[0]))
                continue
            if location == SUBJECT or spans["legal_line_words"] or spans["about_us_words"]:
                continue  # legal details ("registered in England, no. …"); the shop's story
            greeting = spans["greeting_words"]
            rest = count - sum(letter_word_count(line[s:e]) for s, e in greeting)
            if (greeting and rest <= signature_words) or count <= signature_words:
                continue
            other += count
        if location != SUBJECT:
            p.other_words = max(p.other_words, other)
            p.total_words = max(p.total_words, total)
    return p


class Marketing(Rule):
    """Amazon forbids marketing and promotion in buyer messages: coupons and discount
    codes, "% off", other products and new arrivals, sales, newsletters, cross-selling,
    "follow us", calls to shop.

    `[lexicon.marketing_strong]` cues are unmistakable and block. `[lexicon.marketing_weak]`
    words ("sale", "offer", "deal", "Angebot") are also ordinary service talk ("we can offer
    you a replacement", "the sale of this item"), so one of them only warns; the listed
    exceptions ("for sale", "offer you", "deal with") do not count at all. Several
    different weak words together (`weak_words_to_block`) read as an advertisement and
    block.

    A refusal is not an offer: a cue denied by a negation shortly before it in the same
    clause ("we're afraid we can't offer a discount or run promotions", "leider keine
    Gutscheine", "nous ne proposons pas de code promo") does not count, nor does the
    same word where the sentence names what it refuses ("as for the coupon you asked
    for, we can't offer coupons"), nor the buyer's request named in a sentence that the
    next one refuses ("Um einen Gutschein hatten Sie gefragt. Das darf ich Ihnen leider
    nicht anbieten."), nor a discount already applied or Amazon's own promotion ("the 5 %
    coupon on the product page is Amazon's and was already applied to your order",
    `[lexicon.applied_words]`); "don't miss our
    sale" is not a negation (`[lexicon.negation_words_exceptions]`).

    The seller's own shop on Amazon (`[lexicon.marketing_shop]`: "our Amazon store",
    "unserem Amazon-Shop") is a strong cue in a proactive message and a weak one in a
    reply, where it may say where to find the part the buyer asked about. A reply to a
    buyer who raised a coupon, a deal or a price (in the subject or quoted words) only
    warns: the answer has to name what it answers ("the 15 % voucher did apply"); the
    seller's own offer in it ("use code X on our night cream", `[lexicon.own_offer_words]`)
    still blocks.

    Another of the seller's products recommended, or something new in its range
    (`[lexicon.cross_sell_words]`: "passend dazu haben wir", "our other listings"; a
    recommendation, `[lexicon.recommend_words]`, only of "our" product: "le consiglio
    anche il nostro", not "le consigliamo anche una prima carica completa") is a strong
    cue, unless the buyer's quoted question asks for a part or an accessory
    (`[lexicon.product_question_words]`): then it is one weak cue.
    """

    id = "purpose.marketing"
    default_action = Action.BLOCK
    summary = "Promotion: coupons, % off, other products, newsletters, follow us."

    STRONG = (
        'This is advertising (a discount code, "% off", other products, a newsletter or '
        '"follow us"). Amazon does not allow marketing in buyer messages. Remove it and '
        "keep only what the buyer needs about this order."
    )
    WEAK = (
        "This word can read as advertising. Check that the message does not promote a "
        "sale or offer; if it only describes this order, it is fine."
    )
    ANSWER = (
        "The buyer asked about a promotion, and the answer names one. Check that it only "
        "explains Amazon's coupon or deal and offers nothing of your own."
    )
    MANY_WEAK = (
        "Several sale/offer words together make this read as an advertisement, which "
        "Amazon does not allow. Remove the promotional wording."
    )

    @dataclass(frozen=True)
    class Params(Rule.Params):
        weak_words_to_block: Annotated[
            int,
            'One strong cue (coupon, "% off", "follow us" ...) blocks. Weak '
            'words ("sale", "offer") only warn, unless this many different '
            "weak words appear in one message.",
        ] = 3
        negation_window_words: Annotated[
            int,
            "A cue at most this many words after a negation, in the same clause, is denied "
            '("we can\'t offer a discount").',
        ] = 6

    def check(self, ctx: Context) -> None:
        a = analysis(ctx.model, ctx.policy)
        window = ctx.params.negation_window_words
        seen: set[str] = set()
        # The seller's own Amazon shop is a strong cue where nobody asked (a proactive
        # message) and a weak one in a reply, which may say where the part asked about is.
        strong: tuple[str, ...] = (
            ("marketing_strong",) if ctx.model.is_reply else ("marketing_strong", "marketing_shop")
        )
        weak_cues: tuple[str, ...] = (
            ("marketing_weak", "marketing_shop") if ctx.model.is_reply else ("marketing_weak",)
        )
        # Another of the seller's products recommended: promotion, unless the buyer asked
        # for a part or an accessory and the answer names the seller's own.
        cross_sell_cues = ("cross_sell_words", "recommend_words")
        if any(a.present(name) for name in cross_sell_cues):
            if _buyer_asked_for_a_product(ctx):
                weak_cues += cross_sell_cues
            else:
                strong += cross_sell_cues
        cues = ("marketing_strong", "marketing_weak", "marketing_shop")
        # A reply answering the buyer's own question about a coupon, a deal or a price
        # names it: it only warns. The buyer's words are read only when the seller's hold
        # a cue at all.
        answering = (
            ctx.model.is_reply
            and any(a.present(n) for n in cues)
            and buyer_said(ctx.model, [for_lexicon(ctx.policy, n) for n in cues], in_subject=True)
        )
        for chunk in a.with_any(*strong):
            if (
                refused_next(a, chunk)
                or a.spans(chunk, "applied_words")
                or explained_before(a, chunk, cues, window)
                or _explained_next(a, chunk)
            ):
                continue  # a refused request; a discount already applied or Amazon's own
            for span in affirmed(a, chunk, a.cues(chunk, *strong), window):
                evidence = quote(chunk.text, span)
                if f"{chunk.location}\0{evidence}" not in seen:
                    seen.add(f"{chunk.location}\0{evidence}")
                    if answering and not a.spans(chunk, "own_offer_words"):
                        ctx.report(self.ANSWER, chunk.location, evidence, Action.WARN)
                    else:
                        ctx.report(self.STRONG, chunk.location, evidence)
        if seen:
            return
        weak: dict[str, list[tuple[str, str]]] = {}
        for chunk in a.with_any(*weak_cues):
            if (
                refused_next(a, chunk)
                or a.spans(chunk, "applied_words")
                or explained_before(a, chunk, cues, window)
                or _explained_next(a, chunk)
            ):
                continue
            # An answer naming the seller's own part ("passend dazu … im Programm") is one
            # weak cue however many of its words it uses.
            cross_sell = set(a.cues(chunk, "cross_sell_words", "recommend_words"))
            for s, e in affirmed(a, chunk, a.cues(chunk, *weak_cues), window):
                key = (
                    "cross-sell"
                    if (s, e) in cross_sell
                    else " ".join(chunk.text[s:e].lower().split())
                )
                weak.setdefault(key, []).append((chunk.location, quote(chunk.text, (s, e))))
        if not weak:
            return
        many = len(weak) >= ctx.params.weak_words_to_block and not answering
        for location, evidence in dict.fromkeys(hit for hits in weak.values() for hit in hits):
            if many:
                ctx.report(self.MANY_WEAK, location, evidence)
            else:
                ctx.report(self.WEAK, location, evidence, action=Action.WARN)


def _explained_next(a: Analysis, chunk: Chunk) -> bool:
    """Whether the next sentence explains the cue as Amazon's own ("… correspondait à une
    Vente Flash. Il s'agit d'une fonctionnalité d'Amazon", `[lexicon.applied_words]`) and
    this one offers nothing of the seller's own (`[lexicon.own_offer_words]`)."""
    following = a.next_to(chunk, 1)
    return (
        following is not None
        and bool(a.spans(following, "applied_words"))
        and not a.spans(chunk, "own_offer_words")
    )


class ShippingConfirmation(Rule):
    """Amazon sends order confirmations and shipping notices itself and forbids sellers to
    send messages whose only purpose is "your order is confirmed / has shipped / here is
    the tracking number" (a common accident: a shop system's notifications aimed at the
    buyer alias).

    Only proactive messages; a reply to "where is my order?" is fine. Fires when a shipping
    or confirmation line is present and nothing else is: no other order purpose
    (`[lexicon.order_purpose_words]`: a question to the buyer, a delay or damage, a
    return, an invoice or attachment, instructions, scheduling a delivery, an address), no
    real question, and at most `max_other_words` words of other content.
    """

    id = "purpose.shipping_confirmation"
    default_action = Action.BLOCK
    summary = "Proactive message that only confirms the order or says it shipped."
    proactive_only = True

    MESSAGE = (
        "This message only confirms the order or says it has shipped. Amazon already sends "
        "these notices and does not allow sellers to send them. Don't send it, unless you "
        "need something from the buyer or have a problem with the delivery to report."
    )

    @dataclass(frozen=True)
    class Params(Rule.Params):
        max_other_words: Annotated[
            int,
            "Fires only when, besides shipping/confirmation lines, thanks and "
            "greetings, the message has at most this many words of other "
            "content (more = it has another purpose).",
        ] = 25

    def check(self, ctx: Context) -> None:
        a = analysis(ctx.model, ctx.policy)
        if not a.present("shipping_words"):
            return
        p = purposes(a)
        if p.shipping is None or p.order_purpose is not None:
            return
        if p.other_words > ctx.params.max_other_words:
            return
        ctx.report(self.MESSAGE, *p.shipping)


class ThankYouOnly(Rule):
    """Amazon forbids messages that only thank the buyer, or only say "we're here if you
    need anything", without an order-related purpose.

    Only proactive messages (a reply has a purpose: the buyer's question; "thank you for
    your message" is also an order purpose cue). Fires on a short message (`max_words`)
    with a thanks line, no other order purpose, no shipping notice (that is
    purpose.shipping_confirmation) and at most `max_other_words` words besides thanks,
    greetings, sign-offs and signature lines. "Thank you for your order. Item X is out of
    stock; would you like a replacement?" has a purpose and does not fire. Nor does a
    review request ("If you have a moment, we'd value your honest review"): Amazon allows
    one per order, and the review rules judge it.
    """

    id = "purpose.thank_you_only"
    default_action = Action.BLOCK
    summary = "Proactive message that only says thanks / we're here to help."
    proactive_only = True

    MESSAGE = (
        "This message only thanks the buyer (or only offers help) and has no order-related "
        "purpose. Amazon does not allow such messages. Send a message only when the buyer "
        "needs information to complete the order."
    )

    @dataclass(frozen=True)
    class Params(Rule.Params):
        max_words: Annotated[
            int,
            "Fires only on short messages (words the seller wrote, signature "
            'included) whose content besides thanks, "we\'re here to help", '
            "greetings and sign-offs is at most max_other_words.",
        ] = 160
        max_other_words: Annotated[
            int,
            "Words of other content (besides thanks, offers of help, greetings and sign-offs) at "
            "most this many for the message to be thanks only.",
        ] = 25
        signature_line_words: Annotated[
            int, "A line this short (in words) with no cue is a name or signature, not content."
        ] = 3

    def check(self, ctx: Context) -> None:
        a = analysis(ctx.model, ctx.policy)
        if not a.present("gratitude_words"):
            return
        p = purposes(a)
        if p.thanks is None or p.order_purpose is not None or p.shipping is not None:
            return
        if p.total_words == 0 or p.total_words > ctx.params.max_words:
            return
        if p.other_words > ctx.params.max_other_words or review_requests(a):
            return
        ctx.report(self.MESSAGE, *p.thanks)


class AskBuyerToCancel(Rule):
    """When a seller cannot ship, the seller must cancel the order itself (reason "no
    inventory"); asking the buyer to cancel shifts the cancellation onto the buyer and
    hurts the buyer's trust, and Amazon counts it against the seller.

    Fires on a whole request phrase (`[lexicon.cancel_requests]`: "request a cancellation",
    "Stornierung beantragen") or an ask ("please", "could you", "bitte", "veuillez") within
    `window_words` of a cancel verb, with no punctuation, first-person subject or negation
    between (`[lexicon.cancel_blockers]`: "please note we will cancel", "please do not
    cancel"), or a "yourself" a few more words away ("die Bestellung selbst über Ihr
    Amazon-Konto stornieren"). "We have cancelled your order" does not fire. Blocks in a
    proactive message (the out-of-stock notice that hands the cancellation to the buyer);
    only warns in a reply whose quoted history speaks of cancelling (or shows none), where
    the buyer may have asked how to cancel, and where the option is only stated ("you can
    cancel the order if the new date doesn't suit you", `[lexicon.permission_words]`).
    """

    id = "purpose.ask_buyer_to_cancel"
    default_action = Action.BLOCK
    summary = "Asking the buyer to cancel the order (the seller must cancel)."

    MESSAGE = (
        "The message asks the buyer to cancel the order. If you cannot ship it, cancel "
        "the order yourself in Seller Central (reason: no inventory) and tell the buyer."
    )

    @dataclass(frozen=True)
    class Params(Rule.Params):
        window_words: Annotated[
            int, 'An ask ("please", "could you") at most this many words from a cancel verb.'
        ] = 2
        self_window_words: Annotated[
            int,
            '"Yourself" (`[lexicon.cancel_self]`) at most this many words from a cancel verb, '
            "in one clause.",
        ] = 8
        negation_window_words: Annotated[
            int,
            "A negation at most this many words before the ask denies it (\"you don't have to "
            'cancel anything yourself").',
        ] = 3

    def check(self, ctx: Context) -> None:
        a = analysis(ctx.model, ctx.policy)
        if not (a.present("cancel_words") or a.present("cancel_requests")):
            return  # nothing to judge: the buyer's quoted words need not be read
        window = ctx.params.window_words
        blockers = for_lexicon(ctx.policy, "cancel_blockers")
        soften = Action.WARN if _buyer_may_have_asked(ctx) else None
        seen: set[str] = set()
        for chunk in a.with_any("cancel_words", "cancel_requests"):
            requests = a.spans(chunk, "cancel_requests")
            span: Span | None = requests[0] if requests else None
            text = _labels_unquoted(chunk.text)
            if span is None:
                span = linked(
                    text,
                    a.spans(chunk, "cancel_asks"),
                    a.spans(chunk, "cancel_words"),
                    window,
                    plain_gap=True,
                    blockers=blockers,
                ) or linked(
                    text,
                    a.spans(chunk, "cancel_self"),
                    [
                        v
                        for v in a.spans(chunk, "cancel_words")
                        if not _seller_cancels(chunk.text, v, blockers)
                    ],
                    ctx.params.self_window_words,
                    plain_gap=True,
                    blockers=blockers,
                )
            if span is None or negated(a, chunk, span, ctx.params.negation_window_words):
                continue  # no ask; or "You don't have to cancel anything yourself"
            # "If the new date doesn't suit you, you can cancel the order": an option
            # stated, not a request, so it only warns.
            # The permission may come before or after the verb ("cancel, you can"), or right
            # before a request phrase ("you can request a cancellation from Your Orders").
            permissions = a.spans(chunk, "permission_words")
            offered = any(p[0] < span[1] and span[0] < p[1] for p in permissions) or bool(
                linked(chunk.text, permissions, [span], 1, order="first", plain_gap=True)
            )
            evidence = quote(chunk.text, span)
            if f"{chunk.location}\0{evidence}" not in seen:
                seen.add(f"{chunk.location}\0{evidence}")
                ctx.report(
                    self.MESSAGE, chunk.location, evidence, Action.WARN if offered else soften
                )


def _buyer_asked_for_a_product(ctx: Context) -> bool:
    """Whether the buyer's quoted question asks for a part, an accessory or another item
    ("Do you also have a matching lid?", `[lexicon.product_question_words]`)."""
    words = for_lexicon(ctx.policy, "product_question_words")
    return ctx.model.is_reply and buyer_said(ctx.model, [words], as_question=True)


def _buyer_may_have_asked(ctx: Context) -> bool:
    """Whether a reply may answer the buyer's own wish to cancel: the quoted history speaks
    of cancelling, or there is none to read. A reply to "When will my parcel come?" that
    hands the cancellation to the buyer is the out-of-stock notice the rule is for."""
    if not ctx.model.is_reply:
        return False
    no_history = not any(quoted_texts(ctx.model))
    return no_history or buyer_said(ctx.model, [for_lexicon(ctx.policy, "cancel_words")])


# A short quoted label of two to four words, as a menu item is written ("unter „Meine
# Bestellungen“ stornieren"): its quotes are no clause break. A quoted single word stays
# one ('antworten Sie einfach mit "stornieren"' asks for a reply, not a cancellation).
_QUOTED_LABEL = re.compile(r"[„“\"«‚‘'](\w[\w&/-]*(?:\s[\w&/-]+){1,3})[“”\"»‘’']")


def _labels_unquoted(text: str) -> str:
    """`text` with the quote marks around short labels made spaces (offsets keep), so that
    "die Bestellung selbst unter „Meine Bestellungen“ stornieren" is one clause."""
    return _QUOTED_LABEL.sub(lambda m: f" {m.group(1)} ", text)


def _seller_cancels(text: str, verb: Span, blockers: Phrases) -> bool:
    """Whether the cancel verb has the seller (or a negation) right before it: "Wir
    stornieren die Bestellung dann selbst" is the seller doing it."""
    before = text[: verb[0]].split()[-2:]
    return bool(blockers.spans(" ".join(before)))


def purpose_summary(model: MessageModel) -> Purposes:
    """The line classification of a message (for tools and tests)."""
    return purposes(analysis(model))
