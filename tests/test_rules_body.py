"""body.length: the worked example of docs/writing-rules.md (keep the two in step)."""

from __future__ import annotations

from pathlib import Path

from policies import load_policy
from tests.mail import actions, check, make_message, rules_fired

ROOT = Path(__file__).resolve().parent.parent


def test_a_long_reply_warns_and_is_still_sent() -> None:
    answer = "The kettle's lid clicks shut once the seal sits flat in its groove. "
    verdict = check(make_message(text=answer * 70, reply=True))
    assert actions(verdict, "body.length") == {"warn"}
    assert verdict.outcome == "pass"  # a warning never stops a message


def test_quoted_history_does_not_count() -> None:
    own = "Your parcel left our warehouse today; it arrives on Friday."
    history = "\n".join("> " + "The buyer's long question, quoted back. " * 3 for _ in range(60))
    verdict = check(make_message(text=f"{own}\n\nOn Monday the buyer wrote:\n{history}"))
    assert "body.length" not in rules_fired(verdict)


def test_just_under_the_limit_does_not_fire() -> None:
    text = "x" * 3990 + "\n\n   \n"  # whitespace is not counted
    assert "body.length" not in rules_fired(check(make_message(text=text)))


def test_the_seller_sets_the_limit() -> None:
    policy = load_policy('[rules."body.length"]\nmax_chars = 100\n')
    verdict = check(
        make_message(text="A short reply, but longer than 100 characters. " * 3), policy
    )
    assert actions(verdict, "body.length") == {"warn"}


def test_the_guide_shows_the_rule_as_it_is() -> None:
    """The worked example in docs/writing-rules.md is the real file."""
    guide = (ROOT / "docs" / "writing-rules.md").read_text("utf-8")
    source = (ROOT / "policies" / "rules" / "body.py").read_text("utf-8")
    assert source in guide
