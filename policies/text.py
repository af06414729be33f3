"""Where the rules look: the texts of a message they read, and how they quote them."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from policies.detect.phrases import for_lexicon
from policies.registry import excerpt

if TYPE_CHECKING:
    from policies.detect.phrases import Phrases
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


def quoted_texts(model: MessageModel) -> list[str]:
    """The quoted history of each body part: the buyer's (or Amazon's) earlier words.
    Read once per message: several rules ask."""

    def read() -> list[str]:
        joined = ("\n".join(t for t, q in part.segments() if q) for part in model.text_parts)
        return [quoted for quoted in joined if quoted.strip()]

    return model.shared("text.quoted_texts", read)


def buyer_said(
    model: MessageModel,
    lexicons: Iterable[Phrases],
    *,
    in_subject: bool = False,
    as_question: bool = False,
) -> bool:
    """Whether the buyer's own words name one of `lexicons`: their quoted history, and
    with `in_subject` their subject echoed in a reply ("Re: Coupon didn't apply?"); with
    `as_question` only a quoted text that asks something counts ("Can I edit my review?",
    or with no question mark "je ne vois pas comment faire": `[lexicon.how_to_words]`).
    A reply answering what the buyer raised may name it without offering or asking it."""
    texts = list(quoted_texts(model))  # a copy: the subject may join it
    if in_subject and model.subject_is_echo and model.subject:
        texts.append(model.subject)
    if as_question:
        how_to = for_lexicon(model.policy, "how_to_words")
        texts = [t for t in texts if "?" in t or "？" in t or how_to.spans(t)]
    found = list(lexicons)
    return any(phrases.spans(text) for phrases in found for text in texts)


def quote(text: str, span: tuple[int, int]) -> str:
    """The evidence for a finding: the span with a little context, on one line."""
    return excerpt(text, span[0], span[1])
