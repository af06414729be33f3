"""`Analysis.may_match` needs every whole word of a phrase, not only its two longest."""

from __future__ import annotations

import pytest

from policies import Envelope, load_policy
from policies.model import MessageModel
from policies.rules.review import analysis
from policies.text import own_texts, words_pattern
from tests.mail import make_message


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("You can follow it on the Royal Mail tracking page.", False),
        ("Please follow us on Instagram.", True),
        ("Follow   us\non Facebook for news.", True),
        ("Visit our website for more.", True),
    ],
)
def test_may_match_agrees_with_the_word_list(body: str, expected: bool) -> None:
    policy = load_policy()
    raw = make_message(text=body, html=f"<p>{body}</p>", subject="Re: order", reply=True)
    model = MessageModel(raw, Envelope(), policy)
    words = words_pattern(policy, "contact.off_platform")
    assert words is not None
    matches = any(words.search(text) for _, text in own_texts(model))
    assert matches == expected
    assert analysis(model).may_match("contact.off_platform") == expected


def test_may_match_is_only_a_necessary_condition() -> None:
    # All words of "visit our website" occur, out of order: the word list still runs.
    body = "Our website lists the opening hours; do visit the store."
    model = MessageModel(make_message(text=body, reply=True), Envelope(), load_policy())
    assert analysis(model).may_match("contact.off_platform")
