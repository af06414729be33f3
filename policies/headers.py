"""Header surgery on raw bytes, for messages that must otherwise stay byte for byte."""

from __future__ import annotations

import re

_HEADER_END = re.compile(rb"\r?\n\r?\n")


def split_head(raw: bytes) -> tuple[bytes, bytes]:
    """(header block including its final line end, rest starting at the blank line)."""
    match = _HEADER_END.search(raw)
    if match is None:
        return raw, b""
    cut = match.start() + (2 if raw[match.start() : match.start() + 2] == b"\r\n" else 1)
    return raw[:cut], raw[cut:]


def strip_headers(raw: bytes, names: set[str] | frozenset[str]) -> bytes:
    """Remove every header whose name is in `names` (case-insensitive), with its folded
    continuation lines; the body and all other bytes are left exactly as they were."""
    lowered = {n.lower().encode() for n in names}
    head, rest = split_head(raw)
    kept: list[bytes] = []
    dropping = False
    for line in head.splitlines(keepends=True):
        if line[:1] in (b" ", b"\t"):
            if not dropping:
                kept.append(line)
            continue
        name = line.split(b":", 1)[0].strip().lower()
        dropping = b":" in line and name in lowered
        if not dropping:
            kept.append(line)
    return b"".join(kept) + rest


def prepend_header(raw: bytes, line: str) -> bytes:
    """Add one header line at the top, using the message's own line ending."""
    eol = b"\r\n" if b"\r\n" in raw[:4096] else b"\n"
    return line.encode("utf-8") + eol + raw
