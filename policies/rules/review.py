"""Reviews and feedback: the rules whose breach costs a seller its account.

All of these read only what the seller wrote (`own_texts`: quoted history left out, the
subject included), so a buyer's quoted "I will leave a bad review" never triggers them.
Detection is phrase co-occurrence inside one sentence, from the `[lexicon.*]` tables of
the policy (see policies/cues.py): a review word alone is ordinary service talk ("we will
review your case"), a review word *next to* an incentive, a "positive", a "before
leaving" or a "remove" is not. Distances are counted in words and are settings of each
rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Annotated

from policies.cues import (
    REVIEW_CUES,
    Analysis,
    Chunk,
    affirmed,
    analysis,
    change_request,
    happy_conditions,
    linked,
    negated,
    product_review_spans,
    refused_next,
    review_requests,
)
from policies.detect.phrases import Span, for_lexicon
from policies.detect.sentences import is_question, word_count
from policies.registry import Context, Rule
from policies.text import SUBJECT, buyer_said, quote
from policies.verdict import Action


def _report_once(ctx: Context, seen: set[str], message: str, chunk: Chunk, span: Span) -> None:
    """One finding per excerpt and part (the engine merges text and HTML alternatives)."""
    evidence = quote(chunk.text, span)
    if f"{chunk.location}\0{evidence}" not in seen:
        seen.add(f"{chunk.location}\0{evidence}")
        ctx.report(message, chunk.location, evidence)


# --- rules ---------------------------------------------------------------------------------


class RepeatRequest(Rule):
    """Amazon allows at most one review or feedback request per order; a second request
    for the same order is solicitation abuse and a common reason for restrictions.

    Mostly needs memory across messages: the engine detects "this is a review request for
    order X" (`Verdict.review_request`, `Verdict.order_ids`); the gateway's store remembers
    the first request actually relayed per order and blocks the next one with this id.

    A message can also say so itself: a review request that reminds the buyer of an
    earlier one (`[lexicon.reminder_words]` in the request's sentence, a neighbouring
    sentence or the subject: "just a gentle reminder", "in case it slipped through",
    "Erinnerung: Ihre Bewertung", "si vous n'avez pas encore eu le temps", "wir hatten Sie
    ja schon einmal gefragt": "already" a few words before "asked") is a second
    request, whatever the store knows. A reminder without a review request ("following up
    on your return") is ordinary service.
    """

    id = "review.repeat_request"
    default_action = Action.BLOCK
    summary = "Second review/feedback request for the same order (enforced by the gateway)."

    MESSAGE = (
        "The message reminds the buyer of an earlier review request and asks again. Amazon "
        "allows one review request per order: do not send reminders."
    )

    def check(self, ctx: Context) -> None:
        a = analysis(ctx.model, ctx.policy)
        if not (a.present("reminder_words") or a.present("asked_before_words")):
            return
        seen: set[str] = set()
        # Steps answering the buyer's own question about their review ("elija «Editar
        # opinión», o «Eliminar» si prefiere escribirla de nuevo") remind of nothing.
        answering = _buyer_asked_about_their_review(ctx)
        for chunk, span in review_requests(a):
            if answering and _instructs(a, chunk):
                continue
            if any(
                _reminders(a, near) and _about_the_request(a, chunk, near)
                for near in a.around(chunk)
            ):
                _report_once(ctx, seen, self.MESSAGE, chunk, span)
        # "just a gentle reminder about the review we asked for": the reminder names it.
        window = int(ctx.policy.section("review")["request_window_words"])
        for chunk in a.with_any("reminder_words", "asked_before_words"):
            if answering and _instructs(a, chunk):
                continue
            cues = a.cues(chunk, *REVIEW_CUES)
            named = linked(chunk.text, _reminders(a, chunk), cues, window)
            if named is not None:
                _report_once(ctx, seen, self.MESSAGE, chunk, named)


def review_named_before(a: Analysis, chunk: Chunk) -> bool:
    """Whether one of the `[review] pronoun_reach_sentences` sentences before this one
    names a product review, or an opinion where others read it ("the comment you left on
    the rack's page"): what "it" in "would you consider updating it" refers to ("Nous
    avons vu votre commentaire une étoile. … Si vous acceptez de le modifier …")."""
    reach = int(a.policy.section("review")["pronoun_reach_sentences"])
    return any(
        before is not None
        and bool(product_review_spans(a, before) or a.spans(before, "opinion_words"))
        for before in (a.next_to(chunk, -step) for step in range(1, reach + 1))
    )


def _buyer_asked_about_their_review(ctx: Context) -> bool:
    """Whether the buyer's quoted words ask about their own review ("Can I still add a
    photo to my review?", "je ne vois pas comment faire"): the seller's steps answer them.
    Read once per message, for every review rule that asks."""
    return ctx.model.shared(
        "review.buyer_asked",
        lambda: buyer_said(ctx.model, [for_lexicon(ctx.policy, "review_words")], as_question=True),
    )


def _instructs(a: Analysis, chunk: Chunk) -> bool:
    """Whether a sentence gives steps or a permission and asks nothing ("click Edit
    review", "you can delete it": `[lexicon.instruction_words]`,
    `[lexicon.permission_words]`)."""
    return not is_question(chunk.text) and bool(
        a.cues(chunk, "permission_words", "instruction_words")
    )


def _reminders(a: Analysis, chunk: Chunk) -> list[Span]:
    """The reminders of a sentence: a reminder word ("gentle reminder", "nochmals"), or
    "already" shortly before an "asked" ("wir hatten Sie ja schon einmal gefragt", "we
    already asked you", `[lexicon.already_words]` and `[lexicon.asked_before_words]`)."""
    window = int(a.policy.section("review")["already_asked_window_words"])
    asked = [
        s
        for already in a.spans(chunk, "already_words")
        for s in a.spans(chunk, "asked_before_words")
        if linked(chunk.text, [already], [s], window, order="first", plain_gap=True)
    ]
    return a.spans(chunk, "reminder_words") + asked


def _about_the_request(a: Analysis, request: Chunk, near: Chunk) -> bool:
    """Whether a reminder in `near` can be about the review request in `request`: it is
    in the same sentence or the subject, or a neighbouring sentence that is short ("Just
    a gentle reminder."), speaks of reviews too, or follows up an earlier message named
    in it or just before it (an "asked" or "wrote" with a time, `[lexicon.earlier_words]`:
    "Nous vous avions écrit la semaine dernière"); "Petit rappel utile : le capuchon …"
    reminds of something else."""
    short = int(a.policy.section("review")["reminder_sentence_words"])
    before = a.next_to(near, -1)
    return (
        near is request
        or near.location == SUBJECT
        or word_count(near.text) <= short
        or bool(a.cues(near, *REVIEW_CUES))
        # "Nous vous avions écrit la semaine dernière. … une seconde petite relance.": the
        # earlier message named, in the reminder or just before it
        or any(
            a.spans(c, "asked_before_words") and a.spans(c, "earlier_words")
            for c in (near, before)
            if c is not None
        )
    )


def _strong_offers(a: Analysis, chunk: Chunk, reach: int) -> list[Span]:
    """The unmistakable rewards of a sentence (`[lexicon.incentive_strong]`) that no
    negation denies, nor the list they stand in: "no discounts, refunds or anything in
    return" offers nothing."""
    kept = set(affirmed(a, chunk, a.cues(chunk, "incentive_words", "incentive_strong"), reach))
    return [o for o in a.spans(chunk, "incentive_strong") if o in kept]


# "Anywhere in the sentence", in words.
_SENTENCE_WORDS = 60


def _reward_on_condition(
    a: Analysis, chunk: Chunk, cues: list[Span], offers: list[Span]
) -> Span | None:
    """A review word shortly after an "if" (`[lexicon.condition_words]`, no punctuation
    between) and an offer later in the sentence: the reward is paid for the review."""
    reach = int(a.policy.section("review")["condition_window_words"])
    condition = linked(
        chunk.text, a.spans(chunk, "condition_words"), cues, reach, order="first", plain_gap=True
    )
    if condition is None or not any(o[0] >= condition[1] for o in offers):
        return None
    return condition


def _prize_for_reviewers(a: Analysis, chunk: Chunk, cues: list[Span], reach: int) -> Span | None:
    """A sentence that makes writing a review the ticket ("anyone who left a review",
    `[lexicon.eligibility_words]` shortly before the review word, a request word such as
    "leave" in the sentence) next to a sentence
    offering something unmistakable (`[lexicon.incentive_strong]`: a prize draw, a
    voucher)."""
    window = int(a.policy.section("review")["condition_window_words"])
    ticket = linked(chunk.text, a.spans(chunk, "eligibility_words"), cues, window, order="first")
    if ticket is None or not a.spans(chunk, "request_words"):
        return None  # "anyone who reads the reviews" takes part in nothing
    for near in (a.next_to(chunk, -1), a.next_to(chunk, 1)):
        if near is not None and not refused_next(a, near) and _strong_offers(a, near, reach):
            return ticket
    return None


class Incentive(Rule):
    """Amazon forbids offering anything in return for a review or for feedback: money,
    gift cards, free or discounted products, refunds or reimbursements, rebates, prize
    draws, future benefits. Buyers' accounts and sellers' accounts are both at risk.

    Two ways to see it:
    - an incentive word (`[lexicon.incentive_words]`) within `window_words` of a review or
      feedback word in one sentence ("leave a review and get a free case");
    - a message that asks for a review, or for a review/feedback to be changed or removed,
      and anywhere else offers something unmistakable (`[lexicon.incentive_strong]`: gift
      card, "in exchange", "as a thank you", coupon, "next order") — incentives are often
      put in the sentence after the request.

    An unmistakable reward (`[lexicon.incentive_strong]`: a gift card, a prize draw) or
    proof of the review anywhere in the sentence of a review word counts too, however long
    the sentence; so does a reward after a review made its condition ("Wenn Sie eine
    Rezension schreiben …, erstatten wir Ihnen 5 €"). A refund stays within
    `window_words`: "a full refund has been issued, and if you have a moment, a review
    would help" is service.

    A sentence that says the two are not linked ("the refund doesn't depend on your
    review", `[lexicon.decoupling_words]`) offers nothing for one.

    An incentive word, or the seller sending something (`[lexicon.giving_words]`),
    anywhere in a sentence that makes it wait for a review ("we refund half now and the
    other half once you have left feedback", "die Kartuschen schicken wir, sobald Ihre
    Bewertung zu sehen ist", `[lexicon.once_words]` shortly before the review word) is one
    too. So is a reward in the clause that names the publication of a review named in its
    sentence or up to two sentences before ("en cuanto la publique le enviaremos sin coste
    un pack", `[lexicon.published_words]`), and a review made the ticket ("anyone who left a
    review", `[lexicon.eligibility_words]`) next to a sentence offering a prize draw or
    voucher.

    Asking for proof that a review was posted ("once your review is up, send us a
    screenshot", `[lexicon.proof_words]`) within `window_words` of a review word is an
    incentive too: the proof is only wanted to pay for the review.

    A refund on its own ("a full refund has been issued") is normal service, so refunds
    are only weak incentive words (same sentence as a review word) and not in the strong
    list; "thank you for your feedback" and "feel free" are listed exceptions. This rule
    is also what blocks an incentivised feedback-removal request: feedback.removal_request
    itself stays a warning (its configured action), and this finding blocks the message.
    """

    id = "review.incentive"
    default_action = Action.BLOCK
    summary = "Anything offered in return for a review or feedback."

    MESSAGE = (
        "The message offers something (a gift, refund, discount, free product …) in "
        "connection with a review or feedback. Amazon bans this outright and suspends "
        "accounts for it. Remove the offer, or remove the review request."
    )

    @dataclass(frozen=True)
    class Params(Rule.Params):
        window_words: Annotated[
            int,
            "An incentive word within this many words of a review/feedback word, in one sentence.",
        ] = 10

    def check(self, ctx: Context) -> None:
        a = analysis(ctx.model, ctx.policy)
        if not any(a.present(n) for n in (*REVIEW_CUES, "place_words")):
            return
        seen: set[str] = set()
        window = ctx.params.window_words
        asking = bool(review_requests(a))
        reach = int(ctx.policy.section("review")["negation_window_words"])
        for chunk in a.with_any(*REVIEW_CUES):
            if refused_next(a, chunk) or a.spans(chunk, "decoupling_words"):
                continue  # the buyer's offer restated, then refused; "whatever you write"
            cues = a.cues(chunk, *REVIEW_CUES)
            # "we can't link a refund to a review in any way" refuses an incentive
            offers = affirmed(a, chunk, a.spans(chunk, "incentive_words"), reach)
            span = linked(chunk.text, cues, offers, window)
            # an unmistakable reward (a gift card, a prize draw) or proof of the review
            # anywhere in the sentence: "todos los clientes que publiquen su opinión … antes
            # del 31 entrarán en el sorteo de una tarjeta regalo"
            strong = _strong_offers(a, chunk, reach)
            span = span or linked(chunk.text, cues, strong, _SENTENCE_WORDS)
            span = span or linked(chunk.text, cues, a.spans(chunk, "proof_words"), _SENTENCE_WORDS)
            if span is None and (offers or a.spans(chunk, "giving_words")):
                # "we'll refund the other half once you have left feedback", "Die
                # Kartuschen schicken wir, sobald Ihre Bewertung zu sehen ist": the reward
                # (or what is sent) waits for the review, however far apart in the sentence
                span = linked(
                    chunk.text, a.spans(chunk, "once_words"), cues, window, plain_gap=True
                )
            if span is None:
                # "Jeden Monat verlosen wir drei Aufsätze. Mitmachen kann jeder, der eine
                # Rezension hinterlassen hat.": the prize next door is for the review
                span = _prize_for_reviewers(a, chunk, cues, reach)
            if span is None and offers:
                # "Wenn Sie eine Rezension schreiben und uns den Namen mitteilen,
                # erstatten wir Ihnen 5 €", "Petite attention : si vous partagez votre avis,
                # nous ajouterons une trousse": a reward (or, with one named, something sent)
                # after a review made its condition; "if you'd like to review it, we'll
                # send you the link" offers nothing
                gifts = offers + a.spans(chunk, "giving_words")
                span = _reward_on_condition(a, chunk, cues, gifts)
            if span is not None:
                _report_once(ctx, seen, self.MESSAGE, chunk, span)
            elif change_request(a, chunk) is not None:
                asking = True
        # "Como detalle, en cuanto la publique le enviaremos sin coste un pack": a reward
        # waiting for the publication of the review named here or a sentence or two before.
        for chunk in a.with_any("published_words"):
            if refused_next(a, chunk) or a.spans(chunk, "decoupling_words"):
                continue
            gifts = affirmed(a, chunk, a.spans(chunk, "incentive_words"), reach)
            gifts += a.spans(chunk, "giving_words")
            # in one clause: "once it is live, other buyers can read it; we will send the
            # part tomorrow" sends nothing for it
            waiting = linked(
                chunk.text, a.spans(chunk, "published_words"), gifts, window, plain_gap=True
            )
            if waiting and (a.cues(chunk, *REVIEW_CUES) or review_named_before(a, chunk)):
                _report_once(ctx, seen, self.MESSAGE, chunk, waiting)
        # "Si vous acceptez de le modifier, nous vous offrirons un bon d'achat": a reward
        # for changing the review named a sentence or two before.
        for chunk in a.with_any("incentive_strong"):
            if (
                not a.cues(chunk, *REVIEW_CUES)
                and a.spans(chunk, "change_words")
                and a.spans(chunk, "request_words")
                and review_named_before(a, chunk)
            ):
                for span in _strong_offers(a, chunk, reach):
                    _report_once(ctx, seen, self.MESSAGE, chunk, span)
        if seen or not asking or not a.present("incentive_strong"):
            return
        for chunk in a.with_any("incentive_strong"):
            if refused_next(a, chunk) or a.spans(chunk, "decoupling_words"):
                continue
            for span in _strong_offers(a, chunk, reach):
                _report_once(ctx, seen, self.MESSAGE, chunk, span)


class BiasedPositive(Rule):
    """Amazon forbids asking for a positive review only: "a 5-star review", "positive
    feedback", asking only satisfied buyers ("if you are happy, please leave a review"),
    or telling buyers what to write. Neutral requests ("an honest review") are allowed.

    Fires on a review word with a positive word right next to it (`positive_window_words`,
    no punctuation between: "we did our best; please leave a review" is not "best review")
    in a sentence that asks for something; on a "happy" condition in the same sentence as
    a review request, or in the sentence before or after it; and on a row of stars
    (★★★★★) within `star_window_chars` of a review word. Without an ask, a positive
    rating with a "happy" condition ("if you're pleased, a 5-star review would make our
    day") fires, and so does a rating the seller hopes to have earned
    (`[lexicon.deserve_words]`: "we hope we've earned your five stars"). "Thank you for
    the 5-star review" asks for nothing and does not fire. A review named after a
    condition that points back (`[lexicon.back_conditions]`: "in that case", "le cas
    échéant") at a hope that the buyer is pleased (`[lexicon.hope_words]`) fires too: "We
    hope it's part of your mornings. In that case, a review would mean a lot."
    """

    id = "review.biased_positive"
    default_action = Action.BLOCK
    summary = "Asking for a positive / 5-star review, or only from happy buyers."

    MESSAGE = (
        "The message asks for a positive or 5-star review, or asks only satisfied buyers "
        'to review. Amazon allows only neutral requests (e.g. "we would appreciate a '
        'review of your purchase"). Remove the positive wording and any star symbols.'
    )

    @dataclass(frozen=True)
    class Params(Rule.Params):
        positive_window_words: Annotated[
            int,
            '"positive"/"5-star" within this many words of a review word (no punctuation between).',
        ] = 2
        condition_window_words: Annotated[
            int, '"If you are happy" within this many words of a review word, in one sentence.'
        ] = 20
        star_row_pattern: Annotated[
            str, "A row of stars within this many characters of a review word."
        ] = r"(?:[★☆⭐✩✪✫✬✭✮✯🌟]\s?){3,}|(?<!\*)\*{5}(?!\*)"
        star_window_chars: Annotated[
            int,
            "A row of stars (star_row_pattern) within this many characters of a review word is a "
            "nudge toward a positive review.",
        ] = 120

    def check(self, ctx: Context) -> None:
        a = analysis(ctx.model, ctx.policy)
        if not any(a.present(n) for n in REVIEW_CUES):
            return
        seen: set[str] = set()
        self._sentences(ctx, a, seen)
        self._stars(ctx, a, seen)

    def _sentences(self, ctx: Context, a: Analysis, seen: set[str]) -> None:
        pos_window = ctx.params.positive_window_words
        cond_window = ctx.params.condition_window_words
        reach = int(ctx.policy.section("review")["negation_window_words"])
        for chunk in a.with_any(*REVIEW_CUES):
            if refused_next(a, chunk):
                continue  # "You offered five stars for a free gift." + a refusal
            cues = a.cues(chunk, *REVIEW_CUES)
            # "no discounts for a review, nor for five stars" asks for no rating
            positive = affirmed(a, chunk, a.spans(chunk, "positive_words"), reach)
            asks = (
                a.spans(chunk, "request_words")
                or a.spans(chunk, "review_request_phrases")
                or change_request(a, chunk) is not None
            )
            rated = linked(chunk.text, cues, positive, pos_window, plain_gap=True)
            if asks:
                span = rated or linked(chunk.text, cues, happy_conditions(a, chunk), cond_window)
            elif a.spans(chunk, "thanks_words"):
                span = None  # "thank you for the 5-star review" asks for nothing
            elif rated is not None and (
                happy_conditions(a, chunk) or a.spans(chunk, "incentive_words")
            ):
                # "if you're pleased, a 5-star review would be lovely"; "a gift for a
                # 5-star review"
                span = rated
            else:
                # "if you liked it, a few lines on Amazon would be the nicest gift"; "we
                # hope we've earned your five stars"
                span = linked(chunk.text, cues, happy_conditions(a, chunk), cond_window) or linked(
                    chunk.text, cues + positive, a.spans(chunk, "deserve_words"), 6
                )
            if span is not None:
                _report_once(ctx, seen, self.MESSAGE, chunk, span)
        # "We hope it's part of your mornings. In that case, a review would mean a lot.":
        # a condition pointing back at a hope that the buyer is pleased.
        for chunk in a.with_any("back_conditions"):
            before = a.next_to(chunk, -1)
            if (
                before is not None
                and a.cues(chunk, *REVIEW_CUES)
                and (a.spans(before, "hope_words") or happy_conditions(a, before))
                and not a.spans(before, "unhappy_conditions")
            ):
                _report_once(ctx, seen, self.MESSAGE, chunk, a.spans(chunk, "back_conditions")[0])
        # "If you were happy with it, that makes our day. A review would help us a lot.":
        # the condition in the sentence before or after the request.
        for chunk, _ in review_requests(a):
            for near in a.around(chunk):
                conditions = happy_conditions(a, near)
                if near is not chunk and conditions and not a.spans(near, "unhappy_conditions"):
                    _report_once(ctx, seen, self.MESSAGE, near, conditions[0])

    def _stars(self, ctx: Context, a: Analysis, seen: set[str]) -> None:
        source = ctx.params.star_row_pattern
        stars = ctx.policy.memo("review.biased_positive:stars", lambda: re.compile(source))
        reach = ctx.params.star_window_chars
        for location, text in a.bodies:
            rows = list(stars.finditer(text))
            if not rows:
                continue
            cues = [s for n in REVIEW_CUES for s in a.find(n, text)]
            for row in rows:
                if any(c[0] - reach <= row.start() and row.end() <= c[1] + reach for c in cues):
                    evidence = quote(text, row.span())
                    if f"{location}\0{evidence}" not in seen:
                        seen.add(f"{location}\0{evidence}")
                        ctx.report(self.MESSAGE, location, evidence)


class DivertNegative(Rule):
    """Amazon forbids steering unhappy buyers away from reviews: "if you are not satisfied,
    contact us before leaving a review", or inviting happy buyers to review while sending
    unhappy ones to the seller.

    Fires on: "before leaving / instead of writing / contact us first" within `window_words`
    of a review word; "negative/1-star review" together with "contact us" in one sentence;
    "before leaving / write to us first" in a sentence next to one about reviews ("We'd
    value your review. If anything isn't right, write to us first."); or a message that
    asks for a review and, in another sentence, sends dissatisfied buyers ("if you are
    not happy …") to the seller. Offering help on its own ("if anything is
    wrong, contact us") without a review request is fine and does not fire.
    """

    id = "review.divert_negative"
    default_action = Action.BLOCK
    summary = "Diverting unhappy buyers away from leaving a (negative) review."

    MESSAGE = (
        "The message asks unhappy buyers to contact you instead of (or before) leaving a "
        "review. Amazon treats this as review manipulation. You may offer help, but not "
        "in connection with a review: remove the link between the two."
    )

    @dataclass(frozen=True)
    class Params(Rule.Params):
        window_words: Annotated[
            int, '"before leaving" / "contact us first" within this many words of a review word.'
        ] = 6
        negative_window_words: Annotated[
            int,
            '"negative"/"1-star" within this many words of a review word (no punctuation between).',
        ] = 2

    def check(self, ctx: Context) -> None:
        a = analysis(ctx.model, ctx.policy)
        if not any(a.present(n) for n in (*REVIEW_CUES, "place_words")):
            return
        seen: set[str] = set()
        window = ctx.params.window_words
        neg_window = ctx.params.negative_window_words
        for chunk in a.with_any(*REVIEW_CUES):
            cues = a.cues(chunk, *REVIEW_CUES)
            span = linked(chunk.text, cues, a.spans(chunk, "divert_words"), window)
            if span is None and a.spans(chunk, "contact_words"):
                span = linked(
                    chunk.text, cues, a.spans(chunk, "negative_words"), neg_window, plain_gap=True
                )
            if span is not None:
                _report_once(ctx, seen, self.MESSAGE, chunk, span)
        if seen:
            return
        # "If something disappoints you, tell us here before anything goes up on the product
        # page": an ask to come to the seller, then "before" the public place.
        for chunk in a.with_any("before_words"):
            span = self._before_the_public(a, chunk)
            if span is not None:
                _report_once(ctx, seen, self.MESSAGE, chunk, span)
        if seen:
            return
        # "We'd value your review on Amazon. If anything isn't right, write to us first.":
        # the steer in the sentence next to the one that speaks of reviews.
        for chunk in a.with_any("divert_words"):
            if any(a.cues(near, *REVIEW_CUES) for near in a.around(chunk) if near is not chunk):
                _report_once(ctx, seen, self.MESSAGE, chunk, a.spans(chunk, "divert_words")[0])
        if seen or not review_requests(a):
            return
        for chunk in a.with_any("unhappy_conditions"):
            if a.spans(chunk, "contact_words") or a.spans(chunk, "divert_words"):
                span = a.spans(chunk, "unhappy_conditions")[0]
                _report_once(ctx, seen, self.MESSAGE, chunk, span)

    @staticmethod
    def _before_the_public(a: Analysis, chunk: Chunk) -> Span | None:
        """A "before" followed, within a few words, by a posting word
        (`[lexicon.posting_words]`) and a public place or a review ("avant de faire part de
        votre ressenti à d'autres acheteurs", "ehe Sie Ihre Eindrücke auf Amazon teilen"),
        in a sentence that sends an unhappy buyer to the seller: an ask to contact, and a
        disappointment in it or the sentence before ("Please tell us before you order on
        Amazon again" sends nobody away from a review)."""
        before = a.spans(chunk, "before_words")
        # the posting verb may come last ("ehe Sie Ihre Eindrücke auf Amazon teilen")
        posting = linked(chunk.text, before, a.spans(chunk, "posting_words"), 8, order="first")
        if posting is None:
            return None  # "before you start the assembly shown on the product page"
        public = a.spans(chunk, "place_words") + a.cues(chunk, *REVIEW_CUES)
        span = linked(chunk.text, before, public, 10, order="first")
        if span is None:
            return None
        span = (span[0], max(span[1], posting[1]))
        steer = a.spans(chunk, "contact_words") or a.spans(chunk, "divert_words")
        unhappy = any(
            a.spans(near, "unhappy_conditions") or a.spans(near, "negative_words")
            for near in (chunk, a.next_to(chunk, -1))
            if near is not None
        )
        return span if steer and unhappy else None


def _report_change_requests(ctx: Context, words: str, target: str, message: str) -> None:
    """Report each sentence asking to change or remove a `target` ("review" or
    "feedback"): review.change_or_remove and feedback.removal_request differ only there.

    When the buyer's own quoted words ask about their review, the seller's instructions
    ("click Edit review", "you can delete it from your profile") answer them: a question,
    an ask right before the change verb ("could you remove") or a sentence that is no
    instruction still counts."""
    a = analysis(ctx.model, ctx.policy)
    if not a.present("change_words") or not a.present(words):
        return
    # The buyer asked how to edit, move or delete their own review: steps answer them.
    answering = _buyer_asked_about_their_review(ctx)
    seen: set[str] = set()
    for chunk in a.with_any(words):
        found = change_request(a, chunk)
        if found is None or found[0] != target:
            continue
        if answering and not _asks_to_change(a, chunk):
            continue
        _report_once(ctx, seen, message, chunk, found[1])


def _asks_to_change(a: Analysis, chunk: Chunk) -> bool:
    """Whether a change sentence in an answer still asks: it is a question, puts an ask
    right before the change verb ("could you remove"), or is no instruction or
    permission ("click Edit review", "you can delete it": `[lexicon.permission_words]`,
    `[lexicon.instruction_words]`)."""
    if not _instructs(a, chunk):
        return True  # a question, or no instruction or permission at all
    changes = a.spans(chunk, "change_words")
    return (
        linked(chunk.text, a.spans(chunk, "request_words"), changes, 4, order="first") is not None
    )


def _new_review_asked(a: Analysis, chunk: Chunk, named: list[Span]) -> bool:
    """Whether the review named is one the sentence asks for, a request word right
    before or after it ("dejar su opinión … tanto si cree que hay cosas que mejorar"),
    not the buyer's review it goes on to ask about ("the review you left … adding an
    update")."""
    asks = a.spans(chunk, "request_words")
    return bool(
        linked(chunk.text, asks, named, 3, order="first", plain_gap=True)
        or linked(chunk.text, named, asks, 2, order="first", plain_gap=True)
    )


class ChangeOrRemove(Rule):
    """Amazon forbids asking a buyer to change, update or remove a product review — even
    after the problem was solved, and even politely.

    Fires on a change word (`[lexicon.change_words]`) right before a review word ("update
    your review", within `window_words`) or shortly after it with no punctuation between
    ("Ihre Rezension zu ändern", "レビューを削除"). Words that name *seller feedback*
    ("feedback", "seller rating", 出品者評価) go to feedback.removal_request instead; an
    ambiguous word (German "Bewertung", "rating") counts as a product review, because
    guessing wrong here costs the account. "We will update you on the shipment" has no
    review word and never fires. An ask to change something right after a sentence naming
    a product review ("We noticed your 2-star review. Would you consider revisiting it?")
    fires too; "keep us updated" and the like are no change words
    (`[lexicon.change_words_exceptions]`). So does a sentence that asks (a request word
    or a question), names the buyer's review and then, however far on, a change ("would
    you mind going back to the review you left … and adding an update?"), unless the
    review is one it asks for ("dejar su opinión … lo que cambiarías") or the change is
    the seller improving itself (`[lexicon.improvement_words]`).
    """

    id = "review.change_or_remove"
    default_action = Action.BLOCK
    summary = "Asking to change, update or remove a product review."

    MESSAGE = (
        "The message asks the buyer to change, update or remove a product review. Amazon "
        "never allows this, even after the problem is solved. Remove the request. (If you "
        'mean negative seller feedback, name it "seller feedback": asking once to remove '
        "that is allowed.)"
    )

    @dataclass(frozen=True)
    class Params(Rule.Params):
        window_words: Annotated[
            int,
            'A change word this many words before a review word ("update your '
            'review"), or up to `noun_first_window_words` after it with no '
            'punctuation between ("Rezension zu ändern").',
        ] = 3
        noun_first_window_words: Annotated[
            int,
            'A change word up to this many words after a review word ("Bewertung zu ändern") also '
            "counts.",
        ] = 3

    def check(self, ctx: Context) -> None:
        _report_change_requests(ctx, "review_words", "review", self.MESSAGE)
        self._after_the_review(ctx)

    def _after_the_review(self, ctx: Context) -> None:
        """ "We noticed your 2-star review. Would you consider revisiting it?": an ask to
        change something, with no review word of its own, right after a sentence that
        names a product review. Instructions that answer the buyer's own question about
        their review ask nothing, as in `_report_change_requests`."""
        a = analysis(ctx.model, ctx.policy)
        if not a.present("change_words") or not (
            a.present("review_words") or a.present("opinion_words")
        ):
            return
        reach = int(ctx.policy.section("review")["negation_window_words"])
        answering = _buyer_asked_about_their_review(ctx)
        seen: set[str] = set()
        for chunk in a.with_any("change_words"):
            if a.spans(chunk, "feedback_words"):
                continue  # judged within its own sentence
            named = product_review_spans(a, chunk)
            if named and (
                _new_review_asked(a, chunk, named)
                or _instructs(a, chunk)
                or change_request(a, chunk)
            ):
                continue  # a new review asked for, steps given, or judged within its sentence
            if not a.spans(chunk, "request_words") and not is_question(chunk.text):
                continue  # "möchten Sie den Text auf den neuesten Stand bringen?" asks too
            if answering and not _asks_to_change(a, chunk):
                continue  # "you can change it in these steps", to the buyer who asked how
            changes = [c for c in a.spans(chunk, "change_words") if not negated(a, chunk, c, reach)]
            if named:
                # "would you mind going back to the review you left … and adding an update?",
                # "wären wir Ihnen verbunden, wenn Sie sie … anpassen könnten": asked (a
                # question, or an ask a few words before the change), after the review;
                # "… and how we can improve" is no change of the review
                better = a.spans(chunk, "improvement_words")
                asks = a.spans(chunk, "request_words")
                changes = [
                    c
                    for c in changes
                    if c[0] > named[0][1]
                    and not any(b[0] < c[1] and c[0] < b[1] for b in better)
                    and (is_question(chunk.text) or linked(chunk.text, asks, [c], 8, order="first"))
                ]
            if changes and (named or review_named_before(a, chunk)):
                _report_once(ctx, seen, self.MESSAGE, chunk, changes[0])


class FeedbackRemovalRequest(Rule):
    """A polite request to remove negative *seller feedback* after the buyer's problem was
    solved is a message type Amazon itself offers (SP-API createNegativeFeedbackRemoval),
    but only once, only after resolving, and never with an incentive. The gateway cannot
    see whether the problem was resolved, so it warns for a person to check.

    Combined with an incentive the message is blocked by review.incentive (same sentence,
    or a strong incentive anywhere in the message); this rule stays a warning, so a
    neutral request is never blocked. A request that names a product review is
    review.change_or_remove (block).
    """

    id = "feedback.removal_request"
    default_action = Action.WARN
    summary = "Request to remove negative seller feedback (allowed once, after resolving)."

    MESSAGE = (
        "The message asks the buyer to remove seller feedback. Amazon allows this once per "
        "order, only after the problem is solved, and with nothing offered in return. "
        "Check that the problem is solved and that no earlier removal request was sent."
    )

    @dataclass(frozen=True)
    class Params(Rule.Params):
        window_words: Annotated[
            int,
            "A change/removal word this many words before a seller-feedback "
            'word ("remove your feedback"), or up to `noun_first_window_words` '
            'after it ("Bewertung zu löschen").',
        ] = 3
        noun_first_window_words: Annotated[
            int,
            'A removal word up to this many words after a seller-feedback word ("Bewertung zu '
            'löschen") also counts.',
        ] = 3

    def check(self, ctx: Context) -> None:
        _report_change_requests(ctx, "feedback_words", "feedback", self.MESSAGE)
