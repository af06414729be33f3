"""Reviews and feedback: the rules whose breach costs a seller its account."""

from __future__ import annotations

from policies.config import Policy
from policies.model import MessageModel
from policies.registry import Context, Rule, rule
from policies.text import lexicon_pattern, near, own_texts
from policies.verdict import Action


def is_review_request(model: MessageModel, policy: Policy) -> bool:
    """True when the message asks the buyer for a product review or seller feedback.

    The gateway uses this for review.repeat_request: the first such message relayed for
    an order is remembered, a second one blocks.
    """
    review = lexicon_pattern(policy, "review_words")
    ask = lexicon_pattern(policy, "request_words")
    window = int(policy.section("review")["request_window_words"])
    return any(near(text, review, ask, window) for _, text in own_texts(model))


@rule
class RepeatRequest(Rule):
    """Amazon allows at most one review or feedback request per order; a second request
    for the same order is solicitation abuse and a common reason for restrictions.

    Needs memory across messages, so the engine only detects "this is a review request for
    order X" (`Verdict.review_request`, `Verdict.order_ids`); the gateway's store remembers
    the first request actually relayed per order and blocks the next one with this id.
    """

    id = "review.repeat_request"
    default_action = Action.BLOCK
    summary = "Second review/feedback request for the same order (enforced by the gateway)."

    def check(self, ctx: Context) -> None:
        """Nothing to see in one message alone; see the class docstring."""
