"""What crosses the pipe between the gateway and its engine workers survives pickling,
in the compiled build as in plain Python."""

from __future__ import annotations

import pickle

from policies import Envelope, evaluate
from tests.mail import ALIAS, make_message


def test_a_verdict_with_findings_round_trips() -> None:
    raw = make_message("Hello, call us on 0151 23456789 about your order.", reply=True)
    verdict = evaluate(raw, Envelope(rcpt_tos=[ALIAS]))
    assert verdict.findings
    assert pickle.loads(pickle.dumps(verdict)) == verdict


def test_an_envelope_round_trips() -> None:
    envelope = Envelope("support@seller.example", [ALIAS], "reply")
    assert pickle.loads(pickle.dumps(envelope)) == envelope
