"""The policy file and the rules' declarations: defaults, seller overrides, the generated
catalog, and clear errors for mistakes."""

from __future__ import annotations

import tomllib
import typing
from pathlib import Path

import pytest

from policies import PolicyError, load_policy
from policies.catalog import render
from policies.config import default_policy_text, param_types
from policies.detect.phrases import Phrases
from policies.rules import all_rules


def test_every_rule_declares_itself_once_with_docs() -> None:
    """id, action, one-line summary, a docstring that explains, documented settings."""
    for rule in all_rules():
        assert len((rule.__doc__ or "").split()) > 15, rule.id
        assert rule.summary and "\n" not in rule.summary, rule.id
        hints = typing.get_type_hints(rule.Params, include_extras=True)
        for name in param_types(rule):
            assert getattr(hints[name], "__metadata__", None), f"{rule.id}.{name} has no doc"


def test_amazon_toml_only_overrides_what_rules_declare() -> None:
    """The shipped policy sets word lists and allow-lists and overrides defaults; it does
    not repeat a rule's default action or a default value."""
    shipped = tomllib.loads(default_policy_text())["rules"]
    rules = {r.id: r for r in all_rules()}
    for rule_id, table in shipped.items():
        rule = rules[rule_id]
        declared = rule.Params()
        assert table.get("action", "") != rule.default_action, f"{rule_id}: default action"
        for key, value in table.items():
            if key != "action":
                assert key in param_types(rule), f"{rule_id}.{key} is not declared"
                assert value != getattr(declared, key), f"{rule_id}.{key} repeats the default"


def test_catalog_in_docs_is_current() -> None:
    """docs/rules.md is generated from the declarations: regenerate it with
    `python -m policies.catalog > docs/rules.md`."""
    path = Path(__file__).resolve().parent.parent / "docs" / "rules.md"
    assert path.read_text("utf-8") == render(), "docs/rules.md is stale"


def test_catalog_lists_every_rule_with_its_settings() -> None:
    text = render()
    for rule in all_rules():
        assert f"### `{rule.id}`" in text
    assert "| `max_chars` | int | `4000` |" in text


# Rule ids are API (logs, reports, policy files): every id ever published stays.
PUBLISHED_RULE_IDS = {
    "addr.alias_format",
    "addr.sender_not_approved",
    "attach.content",
    "attach.count",
    "attach.size",
    "attach.type",
    "body.length",
    "contact.email_address",
    "contact.off_platform",
    "contact.phone_number",
    "feedback.removal_request",
    "image.gif",
    "image.http_src",
    "image.logo_link",
    "image.too_wide",
    "image.tracking_pixel",
    "links.amazon_listing",
    "links.descriptive_text",
    "links.external",
    "links.insecure_http",
    "links.opt_out",
    "links.shortener",
    "mime.defect",
    "mime.unreadable",
    "order.id_malformed",
    "order.id_missing",
    "purpose.ask_buyer_to_cancel",
    "purpose.marketing",
    "purpose.shipping_confirmation",
    "purpose.thank_you_only",
    "review.biased_positive",
    "review.change_or_remove",
    "review.divert_negative",
    "review.incentive",
    "review.repeat_request",
    "style.accessibility",
    "style.emoji",
    "style.font_overrides",
    "style.font_sizes",
    "style.line_breaks",
    "style.margins",
    "style.spelling",
    "style.text_align",
    "subject.important_tag",
    "subject.marketing",
}


def test_published_rule_ids_still_exist() -> None:
    assert {r.id for r in all_rules()} >= PUBLISHED_RULE_IDS


def test_seller_override_changes_action_and_values() -> None:
    policy = load_policy(
        '[rules."body.length"]\naction = "off"\nmax_chars = 100\n'
        '[rules."addr.sender_not_approved"]\napproved_senders = ["@seller.example"]\n'
    )
    assert policy.action("body.length") == "off"
    assert policy.rule("body.length")["max_chars"] == 100
    assert policy.rule("addr.sender_not_approved")["approved_senders"] == ["@seller.example"]
    # the default is untouched by an override
    assert load_policy().rule("body.length")["max_chars"] == 4000


def test_unknown_rule_id_is_an_error() -> None:
    with pytest.raises(PolicyError, match=r"unknown rule id 'links\.extrenal'"):
        load_policy('[rules."links.extrenal"]\naction = "off"\n')


def test_unknown_key_is_an_error_naming_it() -> None:
    with pytest.raises(PolicyError, match=r"unknown key 'rules.body.length.max_char'"):
        load_policy('[rules."body.length"]\nmax_char = 10\n')


def test_wrong_type_is_an_error() -> None:
    with pytest.raises(PolicyError, match="must be an integer, got a string"):
        load_policy('[rules."body.length"]\nmax_chars = "ten"\n')


def test_bad_action_is_an_error() -> None:
    with pytest.raises(PolicyError, match="must be one of block, strip, warn, off"):
        load_policy('[rules."body.length"]\naction = "drop"\n')


def test_strip_on_a_rule_that_cannot_fix_is_an_error() -> None:
    with pytest.raises(PolicyError, match="not possible"):
        load_policy('[rules."mime.unreadable"]\naction = "strip"\n')


def test_invalid_toml_is_an_error() -> None:
    with pytest.raises(PolicyError, match="not valid TOML"):
        load_policy("[rules\n")


def test_seller_may_add_a_language_to_a_word_list() -> None:
    policy = load_policy('[lexicon.review_words]\nnl = ["recensie"]\n')
    assert policy.lexicon("review_words")["nl"] == ["recensie"]


def test_phrase_matching_whole_words_stems_and_cjk() -> None:
    pattern = Phrases(["review*", "5 star", "レビュー", "line"])
    assert pattern.search("please leave reviews")
    assert pattern.search("a 5   star rating")
    assert pattern.search("レビューをお願いします")
    assert pattern.search("add us on LINE")
    assert not pattern.search("the product lineup")
    assert not pattern.search("preview")
