"""What the seller's sentences ask for: a review (`review_request_span`, and for the
engine `is_review_request`, so the gateway can enforce one review request per order), a
change or removal of one (`change_request`), or a review only from happy buyers
(`happy_conditions`). Built on the sentence analysis of policies/cues.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from policies.cues import (
    REVIEW_CUES,
    Analysis,
    Chunk,
    affirmed,
    analysis,
    linked,
    negated,
    word_keys,
)
from policies.detect.phrases import Span
from policies.detect.sentences import is_question

if TYPE_CHECKING:
    from policies.config import Policy
    from policies.model import MessageModel


# --- what a sentence asks for --------------------------------------------------------------


def product_review_spans(a: Analysis, chunk: Chunk) -> list[Span]:
    """Review words that are not seller feedback (`seller_feedback_spans`)."""
    seller = seller_feedback_spans(a, chunk)
    return [
        s
        for s in a.spans(chunk, "review_words")
        if not any(f[0] <= s[0] and s[1] <= f[1] for f in seller)
    ]


def seller_feedback_spans(a: Analysis, chunk: Chunk) -> list[Span]:
    """Seller-feedback phrases ("seller rating"), and review words that are the same word
    as one of them in the sentence: in "retirer l'évaluation négative … (Laisser une
    évaluation du vendeur)" the first "évaluation" is the seller's too."""
    feedback = a.spans(chunk, "feedback_words")
    if not feedback:
        return []
    named = {
        key for f in feedback for word in chunk.text[f[0] : f[1]].split() for key in word_keys(word)
    }
    same = [
        s
        for s in a.spans(chunk, "review_words")
        if not named.isdisjoint(word_keys(chunk.text[s[0] : s[1]]))
    ]
    return sorted(feedback + same)


def _change_link(a: Analysis, chunk: Chunk, nouns: list[Span], rule_id: str) -> Span | None:
    """ "remove your review" (verb first) or "Rezension zu löschen" (noun first), with
    no clause punctuation between ("the product changes, so the older reviews" is no
    change of a review), within the windows of rule `rule_id`."""
    if not nouns:
        return None
    verbs = a.spans(chunk, "change_words")
    if not verbs:
        return None
    # "no te vamos a pedir que la cambies": a denied change is no request.
    # "we cannot remove, hide or edit any review": the denial covers the list it starts.
    reach = int(a.policy.section("review")["negation_window_words"])
    verbs = affirmed(a, chunk, verbs, reach)
    params = a.policy.params(rule_id)
    return linked(
        chunk.text, verbs, nouns, params.window_words, order="first", plain_gap=True
    ) or linked(
        chunk.text, nouns, verbs, params.noun_first_window_words, order="first", plain_gap=True
    )


def change_request(a: Analysis, chunk: Chunk) -> tuple[str, Span] | None:
    """("review", span) for a request to change/remove a product review, ("feedback", span)
    for seller feedback, or None. A product review wins when both are named. A statement
    of the buyer's right that asks nothing ("Amazon lets every customer edit or delete
    their own review at any time": `[lexicon.permission_words]`, no request word, no
    question) is no request, nor is the buyer's own question restated ("You asked whether
    we'd like you to edit your review")."""
    if not a.spans(chunk, "change_words"):
        return None
    if (
        a.spans(chunk, "permission_words")
        and not a.spans(chunk, "request_words")
        and not is_question(chunk.text)
    ):
        return None
    if linked(
        chunk.text,
        a.spans(chunk, "asked_words"),
        a.spans(chunk, "change_words"),
        8,
        order="first",
        plain_gap=True,
    ):
        return None  # the buyer's question restated: "You asked whether … edit your review"
    product = _change_link(a, chunk, product_review_spans(a, chunk), "review.change_or_remove")
    if product is not None:
        return "review", product
    feedback = _change_link(a, chunk, seller_feedback_spans(a, chunk), "feedback.removal_request")
    if feedback is not None:
        return "feedback", feedback
    return None


def happy_conditions(a: Analysis, chunk: Chunk) -> list[Span]:
    """ "If you are happy …" in a sentence: a listed phrase (`[lexicon.happy_conditions]`),
    or a satisfaction word shortly after an "if" in any order of words ("if the blender
    has earned a permanent spot", "se invece lo zaino le è piaciuto") that no negation
    denies ("if you're not satisfied" is the unhappy half of a divert)."""
    reach = int(a.policy.section("review")["negation_window_words"])
    paired = [s for s in a.spans(chunk, "satisfaction_words") if not negated(a, chunk, s, reach)]
    if paired and a.spans(chunk, "unhappy_conditions"):
        paired = []
    return a.spans(chunk, "happy_conditions") + paired


def review_request_span(a: Analysis, chunk: Chunk) -> Span | None:
    """Where this sentence asks for a review or feedback ("please leave a review")."""
    phrases = a.spans(chunk, "review_request_phrases")
    if phrases:
        return phrases[0]
    nouns = a.cues(chunk, "review_words", "feedback_words", "opinion_words")
    if not nouns:
        return None
    asks = a.spans(chunk, "request_words")
    if not asks:
        return None
    window = int(a.policy.section("review")["request_window_words"])
    span = linked(chunk.text, nouns, asks, window)
    if span is None or change_request(a, chunk) is not None:
        return None  # "could you kindly remove your feedback" is not a review request
    return span


def review_requests(a: Analysis) -> list[tuple[Chunk, Span]]:
    """(sentence, span) of every review request in the message, computed once."""
    if a.review_requests is None:
        a.review_requests = []
        for chunk in a.with_any(*REVIEW_CUES):
            span = review_request_span(a, chunk)
            if span is not None:
                a.review_requests.append((chunk, span))
    return a.review_requests


def is_review_request(model: MessageModel, policy: Policy) -> bool:
    """True when the message asks the buyer for a product review or seller feedback.

    The gateway uses this for review.repeat_request: the first such message relayed for
    an order is remembered, a second one blocks. A request to *remove* feedback is not a
    review request (it is feedback.removal_request).
    """
    return bool(review_requests(analysis(model, policy)))
