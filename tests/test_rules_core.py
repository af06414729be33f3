"""Envelope, order id, subject, body length and MIME rules."""

from __future__ import annotations

import pytest

from policies import load_policy
from policies.headers import prepend_header, strip_headers
from tests.mail import ALIAS, ORDER, actions, check, make_message, rules_fired

BODY = "Hello, the replacement part was sent today and should arrive by Friday."


# -- reply vs proactive ------------------------------------------------------------------


def test_in_reply_to_makes_a_reply() -> None:
    assert check(make_message(BODY, reply=True)).kind == "reply"


def test_subject_prefixes_in_marketplace_languages_make_a_reply() -> None:
    for subject in (
        "Re: question",
        "AW: Frage",
        "RE : produit",
        "R: domanda",
        "RV: pedido",
        "Antw: vraag",
        "[Ticket #12] Re: question",
        "返信: 質問",
    ):
        assert check(make_message(BODY, subject=subject)).kind == "reply", subject


def test_plain_subject_is_proactive() -> None:
    for subject in ("Your order", "Regarding your order", "Reminder", "Return label"):
        assert check(make_message(BODY, subject=subject)).kind == "proactive", subject


def test_helpdesk_header_decides_kind() -> None:
    raw = make_message(BODY, reply=True, headers={"X-BSM-Kind": "proactive"})
    assert check(raw).kind == "proactive"


# -- order ids ---------------------------------------------------------------------------


def test_proactive_without_order_id_blocks_with_advice() -> None:
    verdict = check(make_message(BODY, subject="Your parcel"))
    assert actions(verdict, "order.id_missing") == {"block"}
    assert verdict.outcome == "block"


def test_order_id_in_body_or_subject_satisfies() -> None:
    assert "order.id_missing" not in rules_fired(
        check(make_message(f"{BODY} Order {ORDER}.", subject="Your parcel"))
    )
    assert "order.id_missing" not in rules_fired(check(make_message(BODY)))


def test_reply_needs_no_order_id() -> None:
    assert "order.id_missing" not in rules_fired(
        check(make_message(BODY, subject="Re: where is it"))
    )


def test_order_header_is_inserted_into_the_subject() -> None:
    raw = make_message(BODY, subject="Your parcel", headers={"X-Amazon-Order-Id": ORDER})
    verdict = check(raw)
    assert actions(verdict, "order.id_missing") == {"strip"}
    assert verdict.fixed is not None
    again = check(verdict.fixed)
    assert again.outcome == "pass"
    assert ORDER in again.order_ids


def test_order_ids_are_reported_for_the_gateway() -> None:
    verdict = check(make_message(f"About {ORDER} and 111-2222222-3333333."))
    assert verdict.order_ids == [ORDER, "111-2222222-3333333"]


def test_malformed_order_id_warns() -> None:
    verdict = check(make_message("Your order 123-123456-12345678 is on its way.", reply=True))
    assert actions(verdict, "order.id_malformed") == {"warn"}
    verdict = check(make_message("Your order 12312345671234567 is on its way.", reply=True))
    assert actions(verdict, "order.id_malformed") == {"warn"}


def test_dates_prices_and_proper_ids_are_not_malformed_ids() -> None:
    text = f"Order {ORDER}, paid 12.99 on 2026-11-21, tracking 1Z999AA10123456784."
    assert "order.id_malformed" not in rules_fired(check(make_message(text, reply=True)))


# -- sender and alias --------------------------------------------------------------------


def test_sender_check_is_off_without_a_list() -> None:
    assert "addr.sender_not_approved" not in rules_fired(check(make_message(BODY)))


def test_unapproved_sender_blocks_when_a_list_is_configured() -> None:
    policy = load_policy(
        '[rules."addr.sender_not_approved"]\napproved_senders = ["orders@seller.example"]\n'
    )
    verdict = check(make_message(BODY, sender="agent@seller.example"), policy)
    assert actions(verdict, "addr.sender_not_approved") == {"block"}
    ok = check(make_message(BODY, sender="Orders <orders@seller.example>"), policy)
    assert "addr.sender_not_approved" not in rules_fired(ok)


def test_domain_entry_approves_the_whole_domain() -> None:
    policy = load_policy(
        '[rules."addr.sender_not_approved"]\napproved_senders = ["@seller.example"]\n'
    )
    verdict = check(
        make_message(BODY, sender="x@seller.example"), policy, mail_from="bounces@seller.example"
    )
    assert "addr.sender_not_approved" not in rules_fired(verdict)
    verdict = check(
        make_message(BODY, sender="x@seller.example"), policy, mail_from="bounces@esp.example"
    )
    assert actions(verdict, "addr.sender_not_approved") == {"block"}


def test_system_address_on_amazon_domain_warns() -> None:
    raw = make_message(BODY, to="no-reply-amazon-iba-buyer@marketplace.amazon.es")
    assert actions(check(raw), "addr.alias_format") == {"warn"}


def test_real_aliases_do_not_warn() -> None:
    for to in (
        ALIAS,
        "5vlhexampleh9h5@marketplace.amazon.co.jp",
        "6bmcx2l1t7cwrwb+CASE-123@marketplace.amazon.de",
    ):
        assert "addr.alias_format" not in rules_fired(check(make_message(BODY, to=to))), to


# -- subject -----------------------------------------------------------------------------


def test_important_tag_is_removed_and_rest_kept() -> None:
    verdict = check(make_message(BODY, subject=f"[ Important ] Order {ORDER} delay"))
    assert actions(verdict, "subject.important_tag") == {"strip"}
    assert verdict.fixed is not None
    assert f"Subject: Order {ORDER} delay" in verdict.fixed.decode()


@pytest.mark.parametrize("tag", ["【重要】", "［重要］", "[Wichtig]", "[IMPORTANTE]"])
def test_important_tag_in_other_brackets_and_languages(tag: str) -> None:
    verdict = check(make_message(BODY, subject=f"{tag} Order {ORDER} delay"))
    assert actions(verdict, "subject.important_tag") == {"strip"}


def test_word_important_without_brackets_is_fine() -> None:
    verdict = check(make_message(BODY, subject=f"Important information on order {ORDER}"))
    assert "subject.important_tag" not in rules_fired(verdict)


def test_promotional_subject_warns() -> None:
    for subject in (
        f"SALE: 20% off your next order {ORDER}",
        f"Order {ORDER} !!!",
        "YOUR ORDER HAS A SURPRISE INSIDE",
    ):
        assert actions(
            check(make_message(BODY, subject=subject, reply=True)), "subject.marketing"
        ) == {"warn"}, subject


def test_ordinary_subject_does_not_warn() -> None:
    for subject in (f"Re: Order {ORDER}", "Question about your return", "UPS delivery"):
        verdict = check(make_message(BODY, subject=subject, reply=True))
        assert "subject.marketing" not in rules_fired(verdict), subject


# -- body length -------------------------------------------------------------------------


def test_long_body_warns_and_quoted_history_does_not_count() -> None:
    long_text = "We checked your order carefully. " * 150
    assert actions(check(make_message(long_text, reply=True)), "body.length") == {"warn"}
    quoted = BODY + "\n\n" + "\n".join("> " + "buyer text here " * 5 for _ in range(100))
    assert "body.length" not in rules_fired(check(make_message(quoted, reply=True)))


# -- header surgery used by the gateway ---------------------------------------------------


def test_strip_headers_keeps_every_other_byte() -> None:
    raw = (
        b"From: a@b\r\nX-BSM-Kind: reply\r\nSubject: hi\r\nX-Amazon-Order-Id: 1\r\n"
        b" continued\r\n\r\nbody\r\nX-BSM-Kind: not a header\r\n"
    )
    out = strip_headers(raw, {"x-bsm-kind", "X-Amazon-Order-Id"})
    assert out == b"From: a@b\r\nSubject: hi\r\n\r\nbody\r\nX-BSM-Kind: not a header\r\n"
    assert prepend_header(out, "Received: x").startswith(b"Received: x\r\nFrom:")
