"""Where the rules look: the texts of a message they read, and how they quote them."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from policies.registry import excerpt

if TYPE_CHECKING:
    from policies.model import MessageModel


# Where a finding in the subject line is reported.
SUBJECT = "header Subject"


def own_texts(model: MessageModel) -> Iterator[tuple[str, str]]:
    """(location, text the seller wrote) per body part, quoted history left out.

    The subject is included: purpose and review cues there count as much as in the body;
    unless it carries a reply prefix, which makes it the buyer's subject repeated
    ("Re: Do you have a newsletter?"): rules about the subject itself read it apart.
    """
    if model.subject and not model.subject_is_echo:
        yield SUBJECT, model.subject
    for part in model.text_parts:
        text = part.own_text()
        if text.strip():
            yield part.label, text


def all_texts(model: MessageModel) -> Iterator[tuple[str, str]]:
    """(location, every visible text) per body part, quoted history included."""
    if model.subject:
        yield SUBJECT, model.subject
    for part in model.text_parts:
        text = part.visible_text()
        if text.strip():
            yield part.label, text


def quoted_texts(model: MessageModel) -> Iterator[str]:
    """The quoted history of each body part: the buyer's (or Amazon's) earlier words."""
    for part in model.text_parts:
        quoted = "\n".join(t for t, is_quoted in part.segments() if is_quoted)
        if quoted.strip():
            yield quoted


def quote(text: str, span: tuple[int, int]) -> str:
    """The evidence for a finding: the span with a little context, on one line."""
    return excerpt(text, span[0], span[1])
