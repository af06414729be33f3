"""Review and feedback rules about a review already written: asking to change or remove a
product review (review.change_or_remove) or seller feedback (feedback.removal_request).

Like every review rule they read only what the seller wrote; detection is phrase
co-occurrence inside one sentence, from the `[lexicon.*]` tables (see policies/rules/review.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from policies.cues import Analysis, Chunk, analysis, linked, negated
from policies.detect.phrases import Span
from policies.detect.sentences import is_question
from policies.registry import Context, Rule
from policies.review_asks import change_request, product_review_spans
from policies.rules.review import (
    buyer_asked_about_their_review,
    instructs,
    report_once,
    review_named_before,
)
from policies.verdict import Action


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
    answering = buyer_asked_about_their_review(ctx)
    seen: set[str] = set()
    for chunk in a.with_any(words):
        found = change_request(a, chunk)
        if found is None or found[0] != target:
            continue
        if answering and not _asks_to_change(a, chunk):
            continue
        report_once(ctx, seen, message, chunk, found[1])


def _asks_to_change(a: Analysis, chunk: Chunk) -> bool:
    """Whether a change sentence in an answer still asks: it is a question, puts an ask
    right before the change verb ("could you remove"), or is no instruction or
    permission ("click Edit review", "you can delete it": `[lexicon.permission_words]`,
    `[lexicon.instruction_words]`)."""
    if not instructs(a, chunk):
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
        answering = buyer_asked_about_their_review(ctx)
        seen: set[str] = set()
        for chunk in a.with_any("change_words"):
            if a.spans(chunk, "feedback_words"):
                continue  # judged within its own sentence
            named = product_review_spans(a, chunk)
            if named and (
                _new_review_asked(a, chunk, named)
                or instructs(a, chunk)
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
                report_once(ctx, seen, self.MESSAGE, chunk, changes[0])


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
