"""The message model, under the name most modules import it by (see policies.message)."""

from policies.decode import decode_bytes, decode_header_value, header_values, raw_header
from policies.detect.html import BLOCK_TAGS, NON_VISIBLE, parse_html, serialize_html
from policies.message import Attachment, Envelope, MessageModel, Problem, TextPart

__all__ = [
    "BLOCK_TAGS",
    "NON_VISIBLE",
    "Attachment",
    "Envelope",
    "MessageModel",
    "Problem",
    "TextPart",
    "decode_bytes",
    "decode_header_value",
    "header_values",
    "parse_html",
    "raw_header",
    "serialize_html",
]
