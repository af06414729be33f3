"""Reviews and feedback: the rules whose breach costs a seller its account. This module
holds review.repeat_request and review.incentive and what every review rule shares;
review_bias.py holds the biased and diverting requests, review_change.py the requests to
change or remove a review or seller feedback.

All of these read only what the seller wrote (`own_texts`: quoted history left out, the
subject included), so a buyer's quoted "I will leave a bad review" never triggers them.
Detection is phrase co-occurrence inside one sentence, from the `[lexicon.*]` tables of
the policy (see policies/cues.py): a review word alone is ordinary service talk ("we will
review your case"), a review word *next to* an incentive, a "positive", a "before
leaving" or a "remove" is not. Distances are counted in words and are settings of each
rule.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from policies.cues import REVIEW_CUES, Analysis, Chunk, affirmed, analysis, linked, refused_next
from policies.detect.phrases import Span, for_lexicon
from policies.detect.sentences import is_question, word_count
from policies.registry import Context, Rule
from policies.review_asks import change_request, product_review_spans, review_requests
from policies.text import SUBJECT, buyer_said, quote
from policies.verdict import Action


def report_once(ctx: Context, seen: set[str], message: str, chunk: Chunk, span: Span) -> None:
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
        answering = buyer_asked_about_their_review(ctx)
        for chunk, span in review_requests(a):
            if answering and instructs(a, chunk):
                continue
            if any(
                _reminders(a, near) and _about_the_request(a, chunk, near)
                for near in a.around(chunk)
            ):
                report_once(ctx, seen, self.MESSAGE, chunk, span)
        # "just a gentle reminder about the review we asked for": the reminder names it.
        window = int(ctx.policy.section("review")["request_window_words"])
        for chunk in a.with_any("reminder_words", "asked_before_words"):
            if answering and instructs(a, chunk):
                continue
            cues = a.cues(chunk, *REVIEW_CUES)
            named = linked(chunk.text, _reminders(a, chunk), cues, window)
            if named is not None:
                report_once(ctx, seen, self.MESSAGE, chunk, named)


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


def buyer_asked_about_their_review(ctx: Context) -> bool:
    """Whether the buyer's quoted words ask about their own review ("Can I still add a
    photo to my review?", "je ne vois pas comment faire"): the seller's steps answer them.
    Read once per message, for every review rule that asks."""
    return ctx.model.shared(
        "review.buyer_asked",
        lambda: buyer_said(ctx.model, [for_lexicon(ctx.policy, "review_words")], as_question=True),
    )


def instructs(a: Analysis, chunk: Chunk) -> bool:
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


def _change_asked_here(a: Analysis, chunk: Chunk) -> bool:
    """An ask to change, in a sentence naming no review, after one that names it."""
    return bool(
        not a.cues(chunk, *REVIEW_CUES)
        and a.spans(chunk, "change_words")
        and a.spans(chunk, "request_words")
        and review_named_before(a, chunk)
    )


def _change_asked_before(a: Analysis, chunk: Chunk) -> bool:
    """A request to change or remove a review or feedback in the sentence right before."""
    before = a.next_to(chunk, -1)
    return before is not None and change_request(a, before) is not None


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
                report_once(ctx, seen, self.MESSAGE, chunk, span)
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
                report_once(ctx, seen, self.MESSAGE, chunk, waiting)
        # An unmistakable reward for changing a review: "Si vous acceptez de le modifier,
        # nous vous offrirons un bon d'achat" (the review named a sentence or two before),
        # "… würden wir Sie bitten, das Verkäuferfeedback zu entfernen. Als Entschädigung
        # übernehmen wir die Versandkosten Ihrer nächsten Bestellung" (the request to change
        # or remove a review or feedback in the sentence right before).
        for chunk in a.with_any("incentive_strong"):
            if _change_asked_here(a, chunk) or _change_asked_before(a, chunk):
                for span in _strong_offers(a, chunk, reach):
                    report_once(ctx, seen, self.MESSAGE, chunk, span)
        # "Noi leggiamo le recensioni su Amazon. A chi trova due minuti per scriverne una,
        # nel prossimo pacco facciamo trovare un pensierino": a reward, later in the
        # sentence, for whoever writes (`[lexicon.eligibility_words]` next to
        # `[lexicon.posting_words]`) the review named just before.
        for chunk in a.with_any("eligibility_words"):
            # the review named just before, or the place it goes ("Wer uns auf Amazon
            # erzählt, wie sich die Wolle verstrickt, den erwartet … eine kleine Überraschung")
            named = review_named_before(a, chunk) or bool(a.spans(chunk, "place_words"))
            if a.cues(chunk, *REVIEW_CUES) or not named:
                continue
            writers = linked(
                chunk.text, a.spans(chunk, "eligibility_words"), a.spans(chunk, "posting_words"), 8
            )
            if writers is None:
                continue
            gifts = affirmed(a, chunk, a.spans(chunk, "incentive_words"), reach)
            gifts += a.spans(chunk, "giving_words")
            later = [g for g in gifts if g[0] >= writers[1]]
            if later:
                report_once(ctx, seen, self.MESSAGE, chunk, later[0])
        # "Abbiamo visto la tua recensione da 1 stella: se la aggiorni …, ti rimborsiamo
        # anche 5 €": any reward on condition of changing the review named in it or just before
        # ("if" right before the change word, so "if it still leaks after changing the
        # seal, we'll refund you" is no such condition).
        for chunk in a.with_any("change_words"):
            if not (a.cues(chunk, *REVIEW_CUES) or review_named_before(a, chunk)):
                continue
            conditions, changes = a.spans(chunk, "condition_words"), a.spans(chunk, "change_words")
            offers = affirmed(a, chunk, a.spans(chunk, "incentive_words"), reach)
            if offers and linked(chunk.text, conditions, changes, 2, order="first", plain_gap=True):
                report_once(ctx, seen, self.MESSAGE, chunk, offers[0])
        if seen or not asking or not a.present("incentive_strong"):
            return
        for chunk in a.with_any("incentive_strong"):
            if refused_next(a, chunk) or a.spans(chunk, "decoupling_words"):
                continue
            for span in _strong_offers(a, chunk, reach):
                report_once(ctx, seen, self.MESSAGE, chunk, span)
