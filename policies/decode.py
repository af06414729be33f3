"""Decoding what MIME encodes: RFC 2047 header words and body charsets.

Guarantees: nothing here raises on hostile input. Undecodable header words are kept as
they are; body bytes always become text, and when that was not clean the caller is told
why (the mime.defect rule reports it).
"""

from __future__ import annotations

import codecs
import email.errors
import email.header
from email.message import Message
from typing import Any


def raw_header(msg: Message, name: str) -> object:
    """`msg.get(name)`, typed as what it is: a str, None, or, for a header with raw 8-bit
    bytes, an `email.header.Header` (compat32 hands those back as such), whatever the type
    stubs promise."""
    untyped: Any = msg
    return untyped.get(name)


def header_values(msg: Message, name: str) -> list[object]:
    """`msg.get_all(name, [])`, str or `Header` each (see `raw_header`)."""
    untyped: Any = msg
    return list(untyped.get_all(name, []))


def decode_header_value(value: object) -> str:
    """An RFC 2047 header as readable text ('' when absent)."""
    if not value:
        return ""
    try:
        return str(email.header.make_header(email.header.decode_header(str(value))))
    except (UnicodeError, LookupError, email.errors.HeaderParseError, ValueError):
        return str(value)


def encode_header(value: str) -> str:
    """A header value as it may be written: ASCII as is, anything else RFC 2047-encoded."""
    if value.isascii():
        return value
    return email.header.Header(value, "utf-8").encode()


def _unknown_charset(data: bytes, name: str) -> tuple[str, str]:
    try:
        return data.decode("utf-8"), f"unknown charset {name!r}; read as UTF-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), f"unknown charset {name!r}"


def decode_bytes(data: bytes, charset: str | None) -> tuple[str, str | None]:
    """Text of a part and, if decoding was not clean, why (for mime.defect)."""
    name = (charset or "us-ascii").strip().strip('"').lower()
    try:
        codecs.lookup(name)
    except (LookupError, ValueError):  # ValueError: a NUL inside the charset name
        return _unknown_charset(data, repr(name)[1:-1])
    try:
        return data.decode(name), None
    except LookupError:
        return _unknown_charset(data, name)
    except UnicodeDecodeError:
        if name in ("us-ascii", "ascii"):
            try:
                return data.decode("utf-8"), "8-bit text labelled us-ascii; read as UTF-8"
            except UnicodeDecodeError:
                # 8-bit mail without a charset is almost always Windows-1252/Latin-1.
                return (
                    data.decode("cp1252", errors="replace"),
                    "8-bit text without a charset; read as Windows-1252",
                )
        return data.decode(name, errors="replace"), f"bytes invalid in charset {name!r}"
