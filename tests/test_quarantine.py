"""Releasing quarantined mail: re-checked, refused unless forced, recorded, delivered once."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator, Iterator
from email import message_from_bytes
from email.policy import default as default_email_policy
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from structlog.testing import capture_logs

from gateway.quarantine import ReleaseStatus, release
from gateway.relay import MaildirUpstream, SmtpUpstream
from gateway.store import Store
from policies import Outcome, Policy, all_rules, load_policy

from .mail import ALIAS, ORDER, SELLER, check, make_message

BODY = "Your replacement part left our warehouse today; it arrives on Thursday."


def policy_with(actions: dict[str, str]) -> Policy:
    """Only the named rules, with the given actions: other rules (still being written
    by others) cannot change what these tests see."""
    tables = [f'[rules."{r.id}"]\naction = "{actions.get(r.id, "off")}"' for r in all_rules()]
    return load_policy("\n".join(tables), source="test")


STRICT = policy_with(
    {
        "order.id_missing": "block",
        "subject.important_tag": "block",
        "review.repeat_request": "block",
    }
)
RELAXED = policy_with(
    {"order.id_missing": "off", "subject.important_tag": "strip", "review.repeat_request": "block"}
)


def proactive(text: str = BODY, **kw: Any) -> bytes:
    headers = {"X-BSM-Kind": "proactive", **kw.pop("headers", {})}
    return make_message(text, headers=headers, **kw)


def delivered(outbox: Path) -> list[bytes]:
    return [p.read_bytes() for p in sorted((outbox / "new").glob("*"))] if outbox.exists() else []


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    s = await Store.open(f"sqlite:///{tmp_path}/state.db")
    yield s
    await s.close()


@pytest.fixture
def outbox(tmp_path: Path) -> Path:
    return tmp_path / "outbox"


async def quarantine(store: Store, raw: bytes, policy: Policy = STRICT, ref: str = "ref-1") -> str:
    """What the server does with a blocked message."""
    verdict = check(raw, policy, mail_from=SELLER, rcpt_tos=[ALIAS])
    assert verdict.outcome is Outcome.BLOCK
    return await store.quarantine_put(ref, raw, SELLER, [ALIAS], verdict.to_dict())


# -- refused unless forced ----------------------------------------------------------------


async def test_still_blocked_is_refused_and_nothing_is_sent(store: Store, outbox: Path) -> None:
    qid = await quarantine(store, proactive(subject="Your parcel"))
    with capture_logs() as logs:
        result = await release(
            store,
            qid,
            policy=STRICT,
            upstream=MaildirUpstream(str(outbox)),
            who="alice",
            force=False,
        )
    assert result.status is ReleaseStatus.REFUSED and not result.ok
    assert "order.id_missing" in result.message and "--force" in result.message
    assert delivered(outbox) == []
    item = await store.quarantine_get(qid)
    assert item is not None and not item.released
    assert [e["outcome"] for e in logs if e["event"] == "quarantine.release"] == ["refused"]


async def test_force_sends_the_original_and_records_it(store: Store, outbox: Path) -> None:
    raw = proactive(subject="Your parcel")
    qid = await quarantine(store, raw)
    with capture_logs() as logs:
        result = await release(
            store,
            qid,
            policy=STRICT,
            upstream=MaildirUpstream(str(outbox)),
            who="alice",
            force=True,
        )
    assert result.status is ReleaseStatus.RELEASED and result.forced
    assert result.sent == "original"
    [copy] = delivered(outbox)
    assert f"Delivered-To: {ALIAS}".encode() in copy
    assert b"X-BSM-Kind" not in copy  # internal header never leaves the gateway
    assert copy.endswith(raw.split(b"\r\n\r\n", 1)[1])  # body byte for byte
    item = await store.quarantine_get(qid)
    assert item is not None and item.released
    assert item.released_by == "alice" and item.forced is True
    [event] = [e for e in logs if e["event"] == "quarantine.release"]
    assert event["outcome"] == "released" and event["who"] == "alice" and event["forced"]
    assert event["qid"] == qid and event["recipients"] == [ALIAS]
    assert all(BODY not in str(value) for value in event.values())  # no body in the log


async def test_passes_under_the_current_policy_released_unforced(
    store: Store, outbox: Path
) -> None:
    raw = proactive(subject="Your parcel")
    qid = await quarantine(store, raw)
    result = await release(
        store,
        qid,
        policy=RELAXED,
        upstream=MaildirUpstream(str(outbox)),
        who="bob",
        force=False,
    )
    assert result.status is ReleaseStatus.RELEASED and not result.forced
    [copy] = delivered(outbox)
    assert copy.endswith(raw.replace(b"X-BSM-Kind: proactive\r\n", b""))
    item = await store.quarantine_get(qid)
    assert item is not None and item.released_by == "bob" and item.forced is False


async def test_rewrite_verdict_sends_the_fixed_message(store: Store, outbox: Path) -> None:
    raw = proactive(
        subject=f"[Important] Your order {ORDER}",
        headers={"DKIM-Signature": "v=1; a=rsa-sha256; d=seller.example; b=abc"},
    )
    qid = await quarantine(store, raw)
    result = await release(
        store,
        qid,
        policy=RELAXED,
        upstream=MaildirUpstream(str(outbox)),
        who="bob",
        force=False,
    )
    assert result.status is ReleaseStatus.RELEASED and result.sent == "fixed"
    [copy] = delivered(outbox)
    msg = message_from_bytes(copy, policy=default_email_policy)
    assert msg["Subject"] == f"Your order {ORDER}"
    assert msg["DKIM-Signature"] is None  # the signature no longer matches
    assert msg["X-BSM-Kind"] is None
    assert BODY in msg.get_content()
    assert check(copy, RELAXED).outcome is Outcome.PASS


async def test_a_released_message_is_never_sent_again(store: Store, outbox: Path) -> None:
    qid = await quarantine(store, proactive(subject="Your parcel"))
    upstream = MaildirUpstream(str(outbox))
    first = await release(store, qid, policy=RELAXED, upstream=upstream, who="a", force=False)
    assert first.ok
    again = await release(store, qid, policy=RELAXED, upstream=upstream, who="b", force=False)
    assert again.status is ReleaseStatus.REFUSED and "already released" in again.message
    forced = await release(store, qid, policy=RELAXED, upstream=upstream, who="b", force=True)
    assert forced.status is ReleaseStatus.REFUSED and "already released" in forced.message
    assert len(delivered(outbox)) == 1


async def test_two_operators_releasing_at_once_send_it_once(store: Store, outbox: Path) -> None:
    qid = await quarantine(store, proactive(subject="Your parcel"))
    upstream = MaildirUpstream(str(outbox))
    results = await asyncio.gather(
        *(
            release(store, qid, policy=RELAXED, upstream=upstream, who=who, force=True)
            for who in ("alice", "bob", "carol")
        )
    )
    assert [r.status for r in results].count(ReleaseStatus.RELEASED) == 1
    assert len(delivered(outbox)) == 1


async def test_unknown_id(store: Store, outbox: Path) -> None:
    result = await release(
        store,
        "q-0000000000",
        policy=STRICT,
        upstream=MaildirUpstream(str(outbox)),
        who="a",
        force=True,
    )
    assert result.status is ReleaseStatus.NOT_FOUND
    assert "q-0000000000" in result.message


async def test_id_typed_in_capitals_is_found(store: Store, outbox: Path) -> None:
    qid = await quarantine(store, proactive(subject="Your parcel"))
    result = await release(
        store,
        qid.upper(),
        policy=RELAXED,
        upstream=MaildirUpstream(str(outbox)),
        who="a",
        force=False,
    )
    assert result.ok and result.qid == qid


# -- delivery failures ------------------------------------------------------------------------


async def test_upstream_failure_keeps_it_in_quarantine(store: Store, tmp_path: Path) -> None:
    qid = await quarantine(store, proactive(subject="Your parcel"))
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    broken = MaildirUpstream(str(blocker / "outbox"))
    result = await release(store, qid, policy=RELAXED, upstream=broken, who="a", force=False)
    assert result.status is ReleaseStatus.FAILED and "try again" in result.message
    item = await store.quarantine_get(qid)
    assert item is not None and not item.released
    good = tmp_path / "outbox"
    retry = await release(
        store, qid, policy=RELAXED, upstream=MaildirUpstream(str(good)), who="a", force=False
    )
    assert retry.ok and len(delivered(good)) == 1


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Sink:
    def __init__(self) -> None:
        self.messages: list[tuple[str, list[str], bytes]] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
        return "250 2.0.0 queued"


@pytest.fixture
def smtp_sink() -> Iterator[tuple[Sink, int]]:
    sink = Sink()
    port = _free_port()
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield sink, port
    finally:
        controller.stop()


async def test_release_over_smtp(store: Store, smtp_sink: tuple[Sink, int]) -> None:
    sink, port = smtp_sink
    raw = proactive(subject="Your parcel")
    qid = await quarantine(store, raw)
    upstream = SmtpUpstream(f"smtp://127.0.0.1:{port}", local_hostname="gw.test")
    try:
        result = await release(store, qid, policy=RELAXED, upstream=upstream, who="a", force=False)
    finally:
        await upstream.close()
    assert result.ok and result.delivery is not None and result.delivery.accepted == [ALIAS]
    [(mail_from, rcpts, content)] = sink.messages
    assert (mail_from, rcpts) == (SELLER, [ALIAS])
    assert BODY.encode() in content


async def test_smarthost_down_is_a_failure_not_a_release(store: Store) -> None:
    qid = await quarantine(store, proactive(subject="Your parcel"))
    upstream = SmtpUpstream(
        f"smtp://127.0.0.1:{_free_port()}", local_hostname="gw.test", connect_timeout=2
    )
    try:
        result = await release(store, qid, policy=RELAXED, upstream=upstream, who="a", force=False)
    finally:
        await upstream.close()
    assert result.status is ReleaseStatus.FAILED
    item = await store.quarantine_get(qid)
    assert item is not None and not item.released


# -- one review request per order ------------------------------------------------------------

REVIEW = "Thank you for your order. Could you please leave a review of the product?"
REVIEW_POLICY = policy_with({"order.id_missing": "block"})


def review_message() -> bytes:
    return proactive(REVIEW, subject=f"Your order {ORDER}")


async def quarantine_review(store: Store) -> str:
    """A review request blocked by the gateway (e.g. by another rule, now fixed)."""
    raw = review_message()
    verdict = check(raw, REVIEW_POLICY, mail_from=SELLER, rcpt_tos=[ALIAS])
    assert verdict.review_request and verdict.order_ids == [ORDER]
    return await store.quarantine_put("ref-q", raw, SELLER, [ALIAS], verdict.to_dict())


async def test_release_cannot_slip_a_second_review_request_through(
    store: Store, outbox: Path
) -> None:
    assert await store.review_reserve(ORDER, "ref-earlier", "<earlier@seller>") is None
    await store.review_confirm(ORDER, "ref-earlier")
    qid = await quarantine_review(store)
    upstream = MaildirUpstream(str(outbox))
    result = await release(store, qid, policy=RELAXED, upstream=upstream, who="a", force=False)
    assert result.status is ReleaseStatus.REFUSED
    assert "review request" in result.message and "ref-earlier" in result.message
    assert delivered(outbox) == []
    forced = await release(store, qid, policy=RELAXED, upstream=upstream, who="a", force=True)
    assert forced.ok and forced.forced
    record = await store.review_get(ORDER)
    assert record is not None and record["ref"] == "ref-earlier"


async def test_released_review_request_counts_for_the_order(store: Store, outbox: Path) -> None:
    qid = await quarantine_review(store)
    result = await release(
        store, qid, policy=RELAXED, upstream=MaildirUpstream(str(outbox)), who="a", force=False
    )
    assert result.ok
    record = await store.review_get(ORDER)
    assert record is not None and record["state"] == "sent" and record["ref"] == "ref-q"
    assert await store.review_reserve(ORDER, "ref-next", "<next@seller>") is not None


async def test_failed_release_of_a_review_request_frees_the_order(
    store: Store, tmp_path: Path
) -> None:
    qid = await quarantine_review(store)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = await release(
        store,
        qid,
        policy=RELAXED,
        upstream=MaildirUpstream(str(blocker / "o")),
        who="a",
        force=False,
    )
    assert result.status is ReleaseStatus.FAILED
    assert await store.review_get(ORDER) is None


async def test_repeat_request_rule_off_means_the_store_is_not_asked(
    store: Store, outbox: Path
) -> None:
    assert await store.review_reserve(ORDER, "ref-earlier", "<earlier@seller>") is None
    await store.review_confirm(ORDER, "ref-earlier")
    qid = await quarantine_review(store)
    off = policy_with({"review.repeat_request": "off"})
    result = await release(
        store, qid, policy=off, upstream=MaildirUpstream(str(outbox)), who="a", force=False
    )
    assert result.ok and not result.forced


async def test_only_amazon_recipients_get_the_released_copy(store: Store, outbox: Path) -> None:
    """The colleague in Cc already got the original in session: no duplicate."""
    raw = proactive(subject="Your parcel")
    verdict = check(raw, STRICT, mail_from=SELLER, rcpt_tos=[ALIAS, "boss@seller.example"])
    qid = await store.quarantine_put(
        "ref-1", raw, SELLER, [ALIAS, "boss@seller.example"], verdict.to_dict()
    )
    result = await release(
        store, qid, policy=RELAXED, upstream=MaildirUpstream(str(outbox)), who="a", force=False
    )
    assert result.ok and result.delivery is not None
    assert result.delivery.accepted == [ALIAS]
    [copy] = delivered(outbox)
    assert b"Delivered-To: boss@seller.example" not in copy
