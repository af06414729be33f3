"""What the seller's own sentences say: the cue analysis the review and purpose rules share.

The seller's own text (`own_texts`: quoted history left out, the subject included) is
split into sentences once per message, and the `[lexicon.*]` word lists the rules read
there (`SENTENCE_LEXICONS`) are matched over all of them in one pass when a rule first
asks for one. On top of those matches sit the
questions several rules ask: are two cues linked (`linked`: a few words apart, in one
sentence), is a cue negated or refused (`negated`, `affirmed`, `refused_next`, and for a
whole text `denied`, `refused_request`, `buyers_own`). What a sentence asks for (a review,
a change of one) is in policies/review_asks.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from policies.detect.normalise import fold_case
from policies.detect.phrases import Batch, Phrases, Span, for_lexicon, lexicons
from policies.detect.sentences import is_question, line_bounds, sentences, word_count
from policies.detect.stems import SNOWBALL, stem
from policies.text import SUBJECT, own_texts

if TYPE_CHECKING:
    from policies.config import Policy
    from policies.model import MessageModel

# Lexicons whose match is a review or feedback word, or a whole review request.
REVIEW_CUES = ("review_words", "feedback_words", "review_request_phrases", "opinion_words")
# Lexicons whose words only count next to another lexicon's in the same sentence, within
# the `[review]` window named: "what you think" is a review only "on Amazon" or "to other
# shoppers"; "satisfied" is a happy condition only after an "if"; "we also recommend" is
# a cross-sell only of "our" product.
PAIRED = {
    "opinion_words": ("place_words", "opinion_window_words"),
    "satisfaction_words": ("condition_words", "condition_window_words"),
    "recommend_words": ("own_offer_words", "recommend_window_words"),
}
# PAIRED lexicons whose words also count, without their partner, in a question: "Happy
# with your new bed? Then…" is the same condition as "if you are happy with it".
PAIRED_IN_QUESTIONS = ("satisfaction_words",)
# The lexicons the rules look for in sentences, matched together when the first is asked
# for (one pass over the sentences instead of one per lexicon; any other lexicon is
# matched on its own when asked for).
SENTENCE_LEXICONS = (
    *REVIEW_CUES,
    "request_words",
    "change_words",
    "incentive_words",
    "incentive_strong",
    "positive_words",
    "happy_conditions",
    "deserve_words",
    "thanks_words",
    "divert_words",
    "before_words",
    "posting_words",
    "earlier_words",
    "back_conditions",
    "hope_words",
    "contact_words",
    "negative_words",
    "unhappy_conditions",
    "marketing_strong",
    "marketing_weak",
    "marketing_shop",
    "cross_sell_words",
    "recommend_words",
    "own_offer_words",
    "published_words",
    "cancel_words",
    "cancel_requests",
    "cancel_asks",
    "shipping_words",
    "gratitude_words",
    "reminder_words",
    "asked_before_words",
    "proof_words",
    "negation_words",
    "negation_words_after",
    "asked_words",
    "once_words",
    "place_words",
    "satisfaction_words",
    "condition_words",
    "applied_words",
    "regret_words",
    "permission_words",
    "refusal_words_after",
    "decoupling_words",
    "open_question_words",
)

# Punctuation that separates clauses: a "noun first" pair may not straddle it
# ("thanks for your review; we updated the listing" is not "review updated").
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]\"“”„«»、，；：]|\s[-–—]\s")
_WORD = re.compile(r"\w+")
# A whole text (not one sentence) is read by `denied`: a negation in the sentence before
# ("Bei Amazon führen wir sie nicht. Sie bekommen sie in unserem Shop") denies nothing.
_SENTENCE_END = re.compile(r"[.!?。！？](?:\s|$)")


def linked(
    text: str,
    firsts: Iterable[Span],
    seconds: Iterable[Span],
    window_words: int,
    *,
    order: str = "any",
    plain_gap: bool = False,
    blockers: Phrases | None = None,
) -> Span | None:
    """The span covering a span of `firsts` and one of `seconds` at most `window_words`
    words apart (overlapping spans always count).

    order: "any", "first" (the `firsts` span comes first) or "second".
    plain_gap: the words between may not contain clause punctuation (a gap of only
        punctuation is fine: "por favor, cancele").
    blockers: a `Phrases` the words between may not match ("we", "not").
    """
    seconds = list(seconds)
    for a in firsts:
        for b in seconds:
            if a[0] < b[1] and b[0] < a[1]:
                return min(a[0], b[0]), max(a[1], b[1])
            if a[1] <= b[0]:
                if order == "second":
                    continue
                gap = text[a[1] : b[0]]
            else:
                if order == "first":
                    continue
                gap = text[b[1] : a[0]]
            words = word_count(gap)
            if words > window_words:
                continue
            if plain_gap and words and _CLAUSE_BREAK.search(gap):
                continue
            if blockers is not None and blockers.search(gap) is not None:
                continue
            return min(a[0], b[0]), max(a[1], b[1])
    return None


@dataclass(slots=True)
class Chunk:
    """One sentence the seller wrote, with where it came from."""

    location: str
    text: str
    index: int  # among the distinct sentences of the message (`Analysis.distinct`)
    order: int  # its place in `Analysis.chunks` (reading order)


class Analysis:
    """The seller's own text of one message as sentences, with the matches of each
    lexicon found once, when first asked for (several rules ask for the same lexicons)."""

    def __init__(self, model: MessageModel, policy: Policy) -> None:
        self.model = model
        self.policy = policy
        self.bodies: list[tuple[str, str]] = list(own_texts(model))
        # Each distinct sentence is matched once: the text/plain and text/html
        # alternatives repeat every sentence, which would double the matching work.
        self.distinct: dict[str, int] = {}
        self.chunks: list[Chunk] = []
        for location, text in self.bodies:
            for _, sentence in sentences(text):
                index = self.distinct.setdefault(sentence, len(self.distinct))
                self.chunks.append(Chunk(location, sentence, index, len(self.chunks)))
        self._batch = Batch(list(self.distinct))
        # Per lexicon, the sentences it matches in (`Chunk.index` -> spans).
        self._matches: dict[str, dict[int, list[Span]]] | None = None
        self._found: dict[tuple[str, str], list[Span]] = {}
        self.review_requests: list[tuple[Chunk, Span]] | None = None
        self.purposes: Any = None  # policies/rules/purpose.py's classification, once

    def _sentence_matches(self, name: str) -> dict[int, list[Span]]:
        if self._matches is None:
            self._matches = self._batch.lexicon_spans(lexicons(self.policy, SENTENCE_LEXICONS))
            self._pair(self._matches)
        found = self._matches.get(name)
        if found is None:
            spans = self._batch.spans(for_lexicon(self.policy, name))
            found = self._matches[name] = {i: s for i, s in enumerate(spans) if s}
        return found

    def _pair(self, matches: dict[str, dict[int, list[Span]]]) -> None:
        """Keep each `PAIRED` lexicon's matches only where its partner matches near them."""
        section = self.policy.section("review")
        for name, (partner, window_key) in PAIRED.items():
            window = int(section[window_key])
            near = matches.get(partner, {})
            kept: dict[int, list[Span]] = {}
            for index, spans in matches.get(name, {}).items():
                text = self._batch.texts[index]
                if name in PAIRED_IN_QUESTIONS and is_question(text):
                    # "Happy with it?" asks yes or no; "How happy are you?" asks how much
                    opens = matches.get("open_question_words", {}).get(index, [])
                    kept[index] = [s for s in spans if not any(o[1] <= s[0] for o in opens)]
                    continue
                paired = [s for s in spans if linked(text, [s], near.get(index, []), window)]
                if paired:
                    kept[index] = paired
            matches[name] = kept

    def spans(self, chunk: Chunk, name: str) -> list[Span]:
        """Matches of a lexicon in one sentence (shared: do not modify)."""
        return self._sentence_matches(name).get(chunk.index, [])

    def cues(self, chunk: Chunk, *names: str) -> list[Span]:
        """Matches of several lexicons in one sentence, lexicon by lexicon."""
        return [s for name in names for s in self.spans(chunk, name)]

    def present(self, name: str) -> bool:
        """Whether a lexicon matches in any sentence the seller wrote."""
        return bool(self._sentence_matches(name))

    def with_any(self, *names: str) -> Iterator[Chunk]:
        """Sentences in which at least one of the lexicons matches, in reading order."""
        # One set of the matching sentences, not an `any` over the lexicons per sentence:
        # rules ask this a dozen times a message, mostly of lexicons that match nowhere.
        matched = set().union(*(self._sentence_matches(name) for name in names))
        if matched:
            yield from (chunk for chunk in self.chunks if chunk.index in matched)

    def around(self, chunk: Chunk, reach: int = 1) -> list[Chunk]:
        """The sentence, its neighbours up to `reach` sentences away in the same body, and
        the subject: where an intent split over two sentences ("If you were happy with it.
        A review would help us.") or announced in the subject is looked for."""
        near = [
            c
            for c in self.chunks[max(0, chunk.order - reach) : chunk.order + reach + 1]
            if c.location == chunk.location
        ]
        subject = [c for c in self.chunks if c.location == SUBJECT and c not in near]
        return near + subject

    def next_to(self, chunk: Chunk, step: int) -> Chunk | None:
        """The sentence `step` places away in reading order (-1: the one before), among
        those `around` gives: in the same body, or the subject just before a body."""
        around = self.around(chunk, abs(step))
        return next((c for c in around if c.order == chunk.order + step), None)

    def find(self, name: str, text: str) -> list[Span]:
        """Matches of a lexicon in any other text of this message (a line, a whole body),
        kept per text: the text/plain and text/html alternatives repeat the same lines."""
        key = (name, text)
        found = self._found.get(key)
        if found is None:
            found = self._found[key] = for_lexicon(self.policy, name).spans(text)
        return found


def analysis(model: MessageModel, policy: Policy | None = None) -> Analysis:
    """The `Analysis` of a message, built once per message model and policy.

    Rules only read the pristine message during `check` (fixes run later, on a copy the
    engine re-parses), so the cache is bypassed once the model has been edited.
    """
    policy = policy or model.policy
    if model.changed:
        return Analysis(model, policy)
    cached: Analysis = model.shared("review.analysis", lambda: Analysis(model, policy))
    if cached.policy is not policy:
        return Analysis(model, policy)
    return cached


def negated(a: Analysis, chunk: Chunk, span: Span, window_words: int) -> bool:
    """Whether a cue is denied in its sentence: a negation (`[lexicon.negation_words]`:
    "not", "can't", "keine", "pas", "non", "no") at most `window_words` words before it
    with no clause punctuation between ("we can't offer a discount or run promotions")
    but the commas of a list ("we can't accept Zelle, checks or any other payment outside
    Amazon"), or one of `[lexicon.negation_words_after]` as soon after it ("割引はできません").
    A negation inside a listed exception ("don't miss", "can't wait") denies nothing."""
    after = chunk.text[span[1] :]  # where a list the cue stands in may go on
    for _, end in a.spans(chunk, "negation_words"):
        if end <= span[0] and _denial_gap(a.policy, chunk.text[end : span[0]], window_words, after):
            return True
    for start, _ in a.spans(chunk, "negation_words_after"):
        if span[1] <= start and _plain_gap(chunk.text[span[1] : start], window_words):
            return True
    if any(span[1] <= start for start, _ in a.spans(chunk, "refusal_words_after")):
        return True  # "… dürfen wir Ihnen allerdings nicht anbieten" closes the sentence
    return _regretted(
        chunk.text,
        span,
        a.spans(chunk, "regret_words"),
        a.cues(chunk, "negation_words", "negation_words_after"),
        int(a.policy.section("review")["regret_reach_words"]),
    )


def _regretted(
    text: str, span: Span, regrets: list[Span], negations: list[Span], reach: int
) -> bool:
    """A cue named first and refused after it with regret, however long the clause: "On
    the coupon question: I'm sorry, but we're not able to …", "Über WhatsApp oder einen
    Newsletter können wir Sie leider nicht informieren" (a regret word after the cue, a
    negation at most `reach` words after the regret, in the same sentence)."""
    return any(
        span[1] <= r_start and r_end <= n_start and word_count(text[r_end:n_start]) <= reach
        for r_start, r_end in regrets
        for n_start, _ in negations
    )


def affirmed(a: Analysis, chunk: Chunk, spans: list[Span], window_words: int) -> list[Span]:
    """The cues of `spans` that are not denied (`negated`), nor the same word as a cue
    denied in the sentence: in "as for the coupon you asked for, we can't offer coupons",
    the first "coupon" names what the refusal refuses."""
    denied = {s for s in spans if negated(a, chunk, s, window_words)}
    if not denied:
        return list(spans)
    # A denial covers the list it starts: "non possiamo offrire sconti, rimborsi o altro in
    # cambio" denies "rimborsi" and "in cambio" too (a few words, commas and "or" between).
    # A contrast ends the list: "no discount, but a free gift".
    contrasts = a.spans(chunk, "contrast_words")
    ordered = sorted(spans)
    for before, after in pairwise(ordered):
        gap = chunk.text[before[1] : after[0]]
        if (
            before in denied
            and word_count(gap) <= _LIST_GAP
            and not _LIST_END.search(gap)
            and not any(before[1] <= c[0] and c[1] <= after[0] for c in contrasts)
        ):
            denied.add(after)
    kept = [s for s in spans if s not in denied]
    refused = {k for s in spans if s not in kept for k in word_keys(chunk.text[s[0] : s[1]])}
    return [s for s in kept if refused.isdisjoint(word_keys(chunk.text[s[0] : s[1]]))]


# Between two items of one list: at most this many words ("de masquer ou de"), and none
# of these marks.
_LIST_GAP = 4
_LIST_END = re.compile(r"[;:.!?()\[\]]|\s[-–—]\s")


def refused_next(a: Analysis, chunk: Chunk) -> bool:
    """Whether the sentence names what the buyer asked for ("Um einen Gutschein hatten Sie
    gefragt.", "Sobre lo que preguntabas del cupón: …") and it or the next sentence
    refuses it ("Das darf ich Ihnen leider nicht anbieten.", "… no podemos enviarte
    códigos de descuento")."""
    asked = a.spans(chunk, "asked_words")
    if not asked:
        return False
    if any(s[0] > asked[0][0] for s in a.cues(chunk, "negation_words", "negation_words_after")):
        return True
    following = a.next_to(chunk, 1)
    return following is not None and bool(
        a.spans(following, "negation_words") or a.spans(following, "negation_words_after")
    )


def explained_before(a: Analysis, chunk: Chunk, names: tuple[str, ...], window_words: int) -> bool:
    """Whether the sentence before (`Analysis.next_to`) explained a cue as Amazon's own or already
    applied (`[lexicon.applied_words]`), or refused it, and this one goes on about the
    same cue: "The $20 coupon was an Amazon clip coupon. Those only apply if the 'Apply
    $20 coupon' box is ticked."; "We can't apply coupons. Amazon Customer Service can
    look into coupon questions." (a cue word of `names` in both sentences, and Amazon or
    its pages named in this one: `[lexicon.place_words]`)."""
    prior = a.next_to(chunk, -1)
    # It must go on about Amazon's side of it, without a turn: "We can't offer coupons.
    # But here is a coupon for you" offers one.
    if prior is None or not a.spans(chunk, "place_words") or a.spans(chunk, "contrast_words"):
        return False
    spans = a.cues(prior, *names)
    if a.spans(prior, "applied_words"):
        settled = spans
    else:
        kept = affirmed(a, prior, spans, window_words)
        settled = [s for s in spans if s not in kept]
    if not settled:
        return False
    named = {k for s in settled for k in word_keys(prior.text[s[0] : s[1]])}
    mine = {k for s in a.cues(chunk, *names) for k in word_keys(chunk.text[s[0] : s[1]])}
    return not named.isdisjoint(mine)


def word_keys(cue: str) -> set[str]:
    """A cue's last word and its Snowball stems in every stemmed language ("cupones" and
    "cupón" share "cupon")."""
    words = fold_case(cue).split()
    last = words[-1] if words else ""
    keys = {last}
    for language in SNOWBALL:
        root = stem(language, last)
        if root:
            keys.add(root)
    return keys


def denied(policy: Policy, text: str, span: Span, window_words: int) -> bool:
    """`negated` for a cue in a whole text rather than in an analysed sentence: "we
    aren't able to take orders outside Amazon" denies "outside Amazon"; a negation in the
    sentence before does not."""
    before = text[max(0, span[0] - _NEGATION_REACH) : span[0]]
    after = text[span[1] : span[1] + _NEGATION_REACH]
    for _, end in for_lexicon(policy, "negation_words").spans(before):
        gap = before[end:]
        if _denial_gap(policy, gap, window_words, after) and not _SENTENCE_END.search(gap):
            return True
    for start, _ in for_lexicon(policy, "negation_words_after").spans(after):
        if _plain_gap(after[:start], window_words) and not _SENTENCE_END.search(after[:start]):
            return True
    clause = after[: line_bounds(text, span[1])[1] - span[1]]
    negations = for_lexicon(policy, "negation_words").spans(clause) + for_lexicon(
        policy, "negation_words_after"
    ).spans(clause)
    regrets = for_lexicon(policy, "regret_words").spans(clause)
    reach = int(policy.section("review")["regret_reach_words"])
    return _regretted(clause, (0, 0), regrets, negations, reach)


def refused_request(policy: Policy, text: str, span: Span) -> bool:
    """`refused_next` for a cue in a whole text: its sentence names what the buyer asked
    for before it, and a negation follows it, in that sentence or the next ("Zu Ihrer
    Frage nach WhatsApp: einen WhatsApp-Kanal bieten wir nicht an", "Sie hatten
    vorgeschlagen, mir den Fahrzeugschein per WhatsApp zu schicken. … WhatsApp kann ich
    Ihnen hier leider nicht anbieten"). The topic may also be named as a heading ("About
    WhatsApp: …", the cue a word or two into its sentence, a colon right after it), and
    keeping the conversation on Amazon refuses it too ("… but we can only support Amazon
    orders through Amazon's messages", `[lexicon.on_amazon_words]`)."""
    start, end = line_bounds(text, span[0])
    heading = word_count(text[start : span[0]]) <= 2 and text[span[1] :].startswith(":")
    if not heading and not for_lexicon(policy, "asked_words").spans(text[start : span[0]]):
        return False
    after = text[span[1] : min(_next_sentence_end(text, end), span[1] + 2 * _NEGATION_REACH)]
    return bool(
        for_lexicon(policy, "negation_words").spans(after)
        or for_lexicon(policy, "negation_words_after").spans(after)
        or for_lexicon(policy, "on_amazon_words").spans(after)
    )


def _next_sentence_end(text: str, end: int) -> int:
    """Where the sentence after the one ending at `end` ends (blank lines skipped)."""
    at = end + 1
    while at < len(text):
        start, stop = line_bounds(text, at)
        if text[start:stop].strip():
            return stop
        at = stop + 1
    return len(text)


def buyers_own(policy: Policy, text: str, span: Span) -> bool:
    """Whether words saying the buyer sent, saw or named it come within three words after
    the cue ("the Instagram post you linked", "la foto che ci ha mandato":
    `[lexicon.buyer_reference_after]`) or right before it, in its clause ("the photo you
    posted on Instagram", "il video che ha visto su YouTube":
    `[lexicon.buyer_reference_before]`)."""
    after = text[span[1] : span[1] + _NEGATION_REACH]
    hits = for_lexicon(policy, "buyer_reference_after").spans(after)
    if any(word_count(after[:start]) <= 3 for start, _ in hits):
        return True
    start = max(0, span[0] - _NEGATION_REACH)
    before = text[start : span[1]]  # the cue included: "ha visto" + "su YouTube"
    cue = span[0] - start
    hits = for_lexicon(policy, "buyer_reference_before").spans(before)
    return any(end > cue or _plain_gap(before[end:cue], 1) for _, end in hits)


# How far around a cue `denied` looks for a negation (a clause is rarely longer).
_NEGATION_REACH = 160


def _plain_gap(gap: str, window_words: int) -> bool:
    return word_count(gap) <= window_words and _CLAUSE_BREAK.search(gap) is None


def _denial_gap(policy: Policy, gap: str, window_words: int, after: str = "") -> bool:
    """Whether a negation reaches a cue over `gap`: at most `window_words` words with no
    clause punctuation between, or a list ("we can't accept Zelle, checks or any other
    payment outside Amazon"): its first item within the window, then items of a few words
    (`[review] list_item_words`) between commas, the last joined by "or", "and"
    (`[lexicon.list_words]`) after an item of its own, or the cue's own item followed
    (`after` it) by the rest of the list ("keine Links zu unserer Webseite, zu einem
    Newsletter oder Rabattaktionen"). "No problem, and follow us on Instagram" is no list:
    nothing stands between the comma and the "and"."""
    if _plain_gap(gap, window_words):
        return True
    if "," not in gap:
        return False
    item_words = int(policy.section("review")["list_item_words"])
    first, *middle, last = gap.split(",")
    if any(_CLAUSE_BREAK.search(part) for part in (first, *middle, last)):
        return False
    if any(word_count(item) > item_words for item in middle):
        return False
    # The window counts the words up to the list's first item; the last item, the cue's
    # own, is a few words like the others ("or any other method outside of Amazon").
    if word_count(first) > window_words:
        return False
    joined = any(
        1 <= word_count(last[:start]) <= item_words and word_count(last[end:]) <= item_words + 1
        for start, end in for_lexicon(policy, "list_words").spans(last)
    )
    return joined or (word_count(last) <= item_words and _list_goes_on(policy, after, item_words))


def _list_goes_on(policy: Policy, after: str, item_words: int) -> bool:
    """Whether the text right after a cue ends a list: "or", "and" (`[lexicon.list_words]`)
    and a last item of a few words up to the end of the clause ("… Newsletter oder
    Rabattaktionen schicken –"). "… Trustpilot and search for our shop to tell us there"
    goes on with a clause of its own, no list."""
    rest = after.lstrip()
    lead = len(after) - len(rest)
    for start, end in for_lexicon(policy, "list_words").spans(after[: lead + 12]):
        if start == lead:
            item = _CLAUSE_BREAK.split(_SENTENCE_END.split(after[end:], 1)[0], 1)[0]
            return word_count(item) <= item_words + 1
    return False
