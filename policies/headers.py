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
    continuation lines; the body and all other bytes are left exactly as they were. When
    there is nothing to remove, `raw` itself comes back (a large message is not copied)."""
    lowered = {n.lower().encode() for n in names}
    head, _ = split_head(raw[: _head_end(raw)])
    kept: list[bytes] = []
    dropping = dropped = False
    for line in head.splitlines(keepends=True):
        if line[:1] in (b" ", b"\t"):
            if not dropping:
                kept.append(line)
            continue
        name = line.split(b":", 1)[0].strip().lower()
        dropping = b":" in line and name in lowered
        dropped = dropped or dropping
        if not dropping:
            kept.append(line)
    if not dropped:
        return raw
    return b"".join([*kept, memoryview(raw)[len(head) :]])


def _head_end(raw: bytes) -> int:
    """Where the header section of `raw` ends (its blank line included), found without
    copying the message."""
    match = _HEADER_END.search(raw)
    return len(raw) if match is None else match.end()


def prepend_header(raw: bytes, line: str) -> bytes:
    """Add one header line at the top, using the message's own line ending."""
    eol = b"\r\n" if b"\r\n" in raw[:4096] else b"\n"
    return line.encode("utf-8") + eol + raw


# A header line as the stdlib's feed parser recognises one (its headerRE): the first line
# that is none of these starts the body.
_HEADER_LINE = re.compile(rb"From |[\x21-\x39\x3b-\x7e]*:|[\t ]")


def oversize_header(raw: bytes, max_block: int, max_field: int) -> str | None:
    """Why the header block of `raw` is over a limit (more than `max_block` bytes in all, or
    one field, folded lines included, over `max_field`), or None. A scan of the bytes that
    reads at most `max_block` of them: it runs before any `email` parsing, whose header
    parser takes seconds (quadratic) on a long folded field."""
    size = len(raw)
    pos = field_start = 0
    while pos < size:
        first = raw[pos]
        if first in _EOL or not _HEADER_LINE.match(raw, pos):
            break  # a blank line (or the first line that is no header) ends the headers
        if first not in _BLANK:
            field_start = pos
        end = raw.find(b"\n", pos, max_block + 1)
        if end < 0:
            if size > max_block:
                return f"the header section is larger than {max_block} bytes"
            pos = size  # a message with no body
            break
        pos = end + 1
        if pos - field_start > max_field:
            break
    if pos - field_start > max_field:
        name = raw[field_start : raw.find(b":", field_start, pos)].strip()
        shown = name.decode("ascii", "replace")[:40] or "a"
        return f"the {shown} header is longer than {max_field} bytes"
    return None


_EOL = frozenset(b"\r\n")
_BLANK = frozenset(b" \t")
