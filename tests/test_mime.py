"""Broken and hostile MIME: the engine never raises, never hangs, always gives a verdict,
and content it cannot verify never passes."""

from __future__ import annotations

import time

import pytest

from policies import Verdict
from tests.mail import actions, check, make_message, rules_fired

HEAD = (
    b"From: support@seller.example\r\n"
    b"To: 6bmcx2l1t7cwrwb@marketplace.amazon.com\r\n"
    b"Subject: Re: your order 123-1234567-1234567\r\n"
    b"In-Reply-To: <q@marketplace.amazon.com>\r\n"
    b"MIME-Version: 1.0\r\n"
)
HELLO = b"Hello, your replacement was sent today. Kind regards\r\n"


def judge(raw: bytes) -> Verdict:
    started = time.perf_counter()
    verdict = check(raw)
    assert time.perf_counter() - started < 5
    assert verdict.outcome in ("pass", "rewrite", "block")
    return verdict


def text_seen(raw: bytes) -> str:
    """The body text the rules read (what the buyer would be shown)."""
    from policies.model import Envelope, MessageModel
    from tests.mail import default_policy

    model = MessageModel(raw, Envelope(), default_policy())
    return "\n".join(p.text for p in model.text_parts)


def nested(depth: int) -> bytes:
    opening = b"".join(
        b'--b%d\r\nContent-Type: multipart/mixed; boundary="b%d"\r\n\r\n' % (i, i + 1)
        for i in range(depth)
    )
    leaf = b"--b%d\r\nContent-Type: text/plain\r\n\r\n" % depth + HELLO + b"--b%d--\r\n" % depth
    closing = b"".join(b"--b%d--\r\n" % i for i in reversed(range(depth)))
    return HEAD + b'Content-Type: multipart/mixed; boundary="b0"\r\n\r\n' + opening + leaf + closing


# -- still readable: a warning, and the content is checked -----------------------------


def test_missing_boundary_is_read_as_text() -> None:
    raw = HEAD + b"Content-Type: multipart/mixed\r\n\r\n" + HELLO
    verdict = judge(raw)
    assert actions(verdict, "mime.defect") == {"warn"}
    assert "replacement was sent" in text_seen(raw)
    assert "mime.unreadable" not in rules_fired(verdict)


def test_unterminated_multipart_is_checked() -> None:
    raw = HEAD + b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n'
    raw += b"Content-Type: text/plain\r\n\r\n" + HELLO
    verdict = judge(raw)
    assert actions(verdict, "mime.defect") == {"warn"}
    assert "replacement was sent" in text_seen(raw)


def test_bad_base64_warns_and_keeps_what_decodes() -> None:
    raw = HEAD + b"Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n"
    raw += b"SGVsbG8gYnV5ZXI=*&^%\r\n"
    verdict = judge(raw)
    assert actions(verdict, "mime.defect") == {"warn"}
    assert "Hello buyer" in text_seen(raw)


def test_unknown_charset_warns_but_is_checked() -> None:
    raw = HEAD + b"Content-Type: text/plain; charset=x-klingon\r\n\r\n" + HELLO
    verdict = judge(raw)
    assert actions(verdict, "mime.defect") == {"warn"}
    assert verdict.outcome == "pass"
    assert "replacement was sent" in text_seen(raw)


def test_eight_bit_text_without_charset_is_read() -> None:
    raw = HEAD + b"Content-Type: text/plain\r\n\r\nGr\xfc\xdfe aus M\xfcnchen\r\n"
    verdict = judge(raw)
    assert actions(verdict, "mime.defect") == {"warn"}
    assert "Grüße aus München" in text_seen(raw)


def test_nul_bytes_do_not_break_anything() -> None:
    raw = HEAD + b"Content-Type: text/plain\r\n\r\nHello\x00 there\x00\r\n"
    judge(raw)
    assert "there" in text_seen(raw)


def test_overlong_line_is_checked() -> None:
    raw = HEAD + b"Content-Type: text/plain\r\n\r\n" + b"word " * 400 + b"\r\n"
    verdict = judge(raw)
    assert verdict.internal_error is None
    assert len(text_seen(raw)) >= 1998


@pytest.mark.parametrize(
    "raw",
    [b"", b"\r\n", HEAD, HEAD + b"\r\n", b"not a mail at all", b"\x00" * 100],
    ids=["empty", "blank line", "headers only", "headers and blank line", "junk", "NULs"],
)
def test_degenerate_input_gets_a_verdict(raw: bytes) -> None:
    verdict = judge(raw)
    assert verdict.internal_error is None


# -- unreadable: blocked, never relayed ------------------------------------------------


def test_unknown_transfer_encoding_blocks() -> None:
    raw = HEAD + b"Content-Type: text/plain\r\nContent-Transfer-Encoding: x-rot13\r\n\r\n"
    raw += b"Hfr pbhcba pbqr FNIR20\r\n"
    verdict = judge(raw)
    assert actions(verdict, "mime.unreadable") == {"block"}
    assert verdict.outcome == "block"


def test_encrypted_message_blocks() -> None:
    raw = HEAD + (
        b'Content-Type: multipart/encrypted; boundary="b"; protocol="application/pgp-encrypted"'
        b"\r\n\r\n--b\r\nContent-Type: application/pgp-encrypted\r\n\r\nVersion: 1\r\n"
        b"--b\r\nContent-Type: application/octet-stream\r\n\r\n"
        b"-----BEGIN PGP MESSAGE-----\r\nhQEMA...\r\n-----END PGP MESSAGE-----\r\n--b--\r\n"
    )
    verdict = judge(raw)
    assert actions(verdict, "mime.unreadable") == {"block"}
    assert verdict.outcome == "block"


def test_smime_encrypted_part_blocks() -> None:
    raw = HEAD + b"Content-Type: application/pkcs7-mime; smime-type=enveloped-data\r\n"
    raw += b"Content-Transfer-Encoding: base64\r\n\r\nMIAGCSqGSIb3DQEHA6CAMIACAQAx\r\n"
    assert judge(raw).outcome == "block"


def test_fifty_levels_of_nesting_block_without_crashing() -> None:
    verdict = judge(nested(50))
    assert actions(verdict, "mime.unreadable") == {"block"}
    assert verdict.internal_error is None


def test_shallow_nesting_is_fine() -> None:
    verdict = judge(nested(5))
    assert "mime.unreadable" not in rules_fired(verdict)


def test_thousands_of_nested_levels_block_without_crashing() -> None:
    opening = b"".join(
        b'--b%d\r\nContent-Type: multipart/mixed; boundary="b%d"\r\n\r\n' % (i, i + 1)
        for i in range(3000)
    )
    raw = HEAD + b'Content-Type: multipart/mixed; boundary="b0"\r\n\r\n' + opening
    verdict = judge(raw)
    assert verdict.outcome == "block"
    assert verdict.internal_error is None


def test_deeply_nested_attached_messages_block() -> None:
    raw = (
        HEAD
        + b"Content-Type: message/rfc822\r\n\r\n" * 1000
        + b"Content-Type: text/plain\r\n\r\nhi"
    )
    verdict = judge(raw)
    assert verdict.outcome == "block"
    assert verdict.internal_error is None


def test_thousand_tiny_parts_block_quickly() -> None:
    parts = b"".join(b"--b\r\nContent-Type: text/plain\r\n\r\nx\r\n" for _ in range(1000))
    raw = HEAD + b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n' + parts + b"--b--\r\n"
    started = time.perf_counter()
    verdict = judge(raw)
    assert time.perf_counter() - started < 1
    assert actions(verdict, "mime.unreadable") == {"block"}


def test_many_parts_under_the_limit_are_fine() -> None:
    parts = b"".join(b"--b\r\nContent-Type: text/plain\r\n\r\nPage %d\r\n" % i for i in range(50))
    raw = HEAD + b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n' + parts + b"--b--\r\n"
    assert "mime.unreadable" not in rules_fired(judge(raw))


def test_a_clean_message_has_no_mime_findings() -> None:
    verdict = judge(make_message("Hello, your parcel left our warehouse today.", reply=True))
    assert not {"mime.defect", "mime.unreadable"} & rules_fired(verdict)
