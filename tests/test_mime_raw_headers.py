"""Headers with raw 8-bit bytes: compat32 hands them back as `email.header.Header` objects,
not the str the type stubs promise. Every header the engine reads must still give a
verdict, not an internal error (the compiled engine checks types at run time)."""

from __future__ import annotations

import pytest

from policies import Envelope, evaluate
from tests.mail import ALIAS, ORDER

HEADERS = [
    "Subject",
    "From",
    "To",
    "Cc",
    "In-Reply-To",
    "References",
    "Content-Type",
    "Content-Transfer-Encoding",
    "Content-Disposition",
    "Content-ID",
    "X-BSM-Kind",
    "List-Unsubscribe",
]


def _message(name: str) -> bytes:
    head = {
        "From": "support@seller.example",
        "To": ALIAS,
        "Subject": f"Your order {ORDER}",
        "MIME-Version": "1.0",
        "Content-Type": 'text/plain; charset="utf-8"',
    }
    head[name] = head.get(name, "x") + " caf\xe9"
    lines = [f"{k}: {v}" for k, v in head.items()]
    body = f"Hello, your replacement for order {ORDER} ships on Monday."
    return ("\r\n".join(lines) + "\r\n\r\n" + body + "\r\n").encode("latin-1")


@pytest.mark.parametrize("name", HEADERS)
def test_a_header_with_raw_8bit_bytes_gets_a_verdict(name: str) -> None:
    verdict = evaluate(_message(name), Envelope(rcpt_tos=[ALIAS]))
    assert verdict.internal_error is None, verdict.internal_error
    assert verdict.outcome in ("pass", "rewrite", "block")
