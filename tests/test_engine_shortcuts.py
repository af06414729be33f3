"""Shortcuts that let the engine skip work must give the same results as the long way."""

from __future__ import annotations

import random
import re

import pytest

from policies import Envelope, load_policy
from policies.cues import analysis
from policies.detect.links import text_urls
from policies.detect.phrases import for_rule
from policies.model import _SPACES, MessageModel
from policies.prefilter import Guarded
from policies.text import own_texts
from policies.verdict import Action, action_of
from tests.mail import make_message


def _random_texts(alphabet: list[str], count: int = 20000, seed: int = 5) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14))) for _ in range(count)]


def test_rewritten_patterns_match_their_plain_forms() -> None:
    spaces = re.compile(r"[ \t\r\f\v\xa0]{2,}|[\t\r\f\v\xa0]")
    for text in _random_texts(list("ab .!?\n\t。！？\r\xa0\u3000")):
        assert [m.span() for m in _SPACES.finditer(text)] == [
            m.span() for m in spaces.finditer(text)
        ]


def test_guarded_start_scan_finds_what_finditer_finds() -> None:
    pattern = re.compile(r"(?<![\w+])\+?\(?\d[\d \t().\-/]*\d(?!\w)")
    guarded = Guarded(pattern)
    for text in _random_texts(list("a1 2+(-)٣.x9"), count=5000):
        assert [m.span() for m in guarded.finditer(text)] == [
            m.span() for m in pattern.finditer(text)
        ]
        found, plain = guarded.search(text), pattern.search(text)
        assert (found and found.span()) == (plain and plain.span())


def test_text_urls_sentence_end_shortcut() -> None:
    policy = load_policy()
    assert text_urls(policy, "Thanks. See you.\nBye.") == []
    assert [u for _, _, u in text_urls(policy, "see shop.example.com.")] == ["shop.example.com"]
    assert [u for _, _, u in text_urls(policy, "www.x.de")] == ["www.x.de"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Thanks for your order, it ships today.", False),
        ("Message us on WhatsApp for faster help.", True),
        ("FOLLOW US ON INSTAGRAM!", True),
    ],
)
def test_word_table_prefilter_never_hides_a_match(body: str, expected: bool) -> None:
    policy = load_policy()
    raw = make_message(text=body, html=f"<p>{body}</p>", subject="Re: order", reply=True)
    model = MessageModel(raw, Envelope(), policy)
    words = for_rule(policy, "contact.off_platform")
    matches = any(words.spans(text) for _, text in own_texts(model))
    assert matches == expected
    if matches:
        assert analysis(model).may_match("contact.off_platform")


def test_own_text_is_recomputed_after_an_edit() -> None:
    raw = make_message(text="one two\n", html="<p>one <b>two</b></p>")
    model = MessageModel(raw, Envelope(), load_policy())
    plain, html = model.text_parts
    assert plain.own_text() == "one two"
    plain.set_text("three\n")
    assert plain.own_text() == "three"
    assert "two" in html.visible_text()
    next(html.root.iter("b")).drop_tree()
    html.touch()
    assert "two" not in html.visible_text()
    assert "two" not in html.own_text()


def test_action_of_is_action() -> None:
    for action in Action:
        assert action_of(action.value) is Action(action.value)
    with pytest.raises(ValueError):
        action_of("loud")
