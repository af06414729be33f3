"""Budgets for hostile input, end to end through a real gateway on a real socket: content
the engine could not read in full is blocked as unreadable (never relayed, never a 4xx
retry loop), and one hostile message never holds up the others."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.mail import ALIAS, default_policy, make_message
from tests.netutil import RunningGateway, Sink, make_config
from tests.test_server import send

FORBIDDEN = "Leave us a 5-star review and get a free gift card!"
COMPLIANT = "Thanks for your message: the replacement ships on Monday. Regards, Anna"


def nested_html(depth: int, text: str) -> str:
    return f"<html><body>{'<div>' * depth}<p>{text}</p>{'</div>' * depth}</body></html>"


@pytest.fixture
def rejecting(tmp_path: Path, sink: Sink) -> Iterator[RunningGateway]:
    """A gateway in reject mode: a blocked message is a 550 naming the rules."""
    gw = RunningGateway(make_config(tmp_path, sink.url, mode="reject"), default_policy()).start()
    yield gw
    gw.stop()


# -- HTML the parser could not read to its end ---------------------------------------------


def test_text_below_the_html_parsers_depth_limit_is_blocked_as_unreadable(
    rejecting: RunningGateway, sink: Sink
) -> None:
    # libxml2 stops at 255 levels and silently drops the rest: the forbidden text below
    # 300 levels is not in the tree, so no text rule could ever see it.
    raw = make_message(html=nested_html(300, FORBIDDEN), reply=True)
    code, msg = send(rejecting.port, raw, [ALIAS])
    assert code == 550, msg
    assert "mime.unreadable" in msg
    assert sink.messages == []
    [event] = rejecting.wait_for("message")
    assert event["rule_ids"] == ["mime.unreadable"]


def test_deep_but_readable_html_is_checked_and_relayed(
    rejecting: RunningGateway, sink: Sink
) -> None:
    # 50 levels (layout tables in tables) is read whole: a compliant reply goes through,
    # the same depth with the forbidden text is blocked for what it says.
    code, msg = send(
        rejecting.port, make_message(html=nested_html(50, COMPLIANT), reply=True), [ALIAS]
    )
    assert code == 250, msg
    assert len(sink.messages) == 1
    code, msg = send(
        rejecting.port, make_message(html=nested_html(50, FORBIDDEN), reply=True), [ALIAS]
    )
    assert code == 550, msg
    assert "review.incentive" in msg and "mime.unreadable" not in msg


def test_html_with_an_xml_encoding_declaration_is_read(rejecting: RunningGateway) -> None:
    # lxml refuses a str that declares its encoding; the part used to be read as empty.
    html = (
        f'<?xml version="1.0" encoding="iso-8859-1"?><html><body><p>{FORBIDDEN}</p></body></html>'
    )
    code, msg = send(rejecting.port, make_message(html=html, reply=True), [ALIAS])
    assert code == 550, msg
    assert "review.incentive" in msg
