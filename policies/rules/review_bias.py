"""Review rules about the review asked for: only a positive one (review.biased_positive), or
one unhappy buyers are steered away from (review.divert_negative).

Like every review rule they read only what the seller wrote; detection is phrase
co-occurrence inside one sentence, from the `[lexicon.*]` tables (see policies/rules/review.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Annotated

from policies.cues import REVIEW_CUES, Analysis, Chunk, affirmed, analysis, linked, refused_next
from policies.detect.phrases import Span
from policies.registry import Context, Rule
from policies.review_asks import change_request, happy_conditions, review_requests
from policies.rules.review import report_once
from policies.text import quote
from policies.verdict import Action


class BiasedPositive(Rule):
    """Amazon forbids asking for a positive review only: "a 5-star review", "positive
    feedback", asking only satisfied buyers ("if you are happy, please leave a review"),
    or telling buyers what to write. Neutral requests ("an honest review") are allowed.

    Fires on a review word with a positive word right next to it (`positive_window_words`,
    no punctuation between: "we did our best; please leave a review" is not "best review")
    in a sentence that asks for something; on a "happy" condition in the same sentence as
    a review request, or in the sentence before or after it; and on a row of stars
    (★★★★★) within `star_window_chars` of a review word. Without an ask, a positive
    rating with a "happy" condition ("if you're pleased, a 5-star review would make our
    day") fires, and so does a rating the seller hopes to have earned
    (`[lexicon.deserve_words]`: "we hope we've earned your five stars"). "Thank you for
    the 5-star review" asks for nothing and does not fire. A review named after a
    condition that points back (`[lexicon.back_conditions]`: "in that case", "le cas
    échéant") at a hope that the buyer is pleased (`[lexicon.hope_words]`) fires too: "We
    hope it's part of your mornings. In that case, a review would mean a lot."
    """

    id = "review.biased_positive"
    default_action = Action.BLOCK
    summary = "Asking for a positive / 5-star review, or only from happy buyers."

    MESSAGE = (
        "The message asks for a positive or 5-star review, or asks only satisfied buyers "
        'to review. Amazon allows only neutral requests (e.g. "we would appreciate a '
        'review of your purchase"). Remove the positive wording and any star symbols.'
    )

    @dataclass(frozen=True)
    class Params(Rule.Params):
        positive_window_words: Annotated[
            int,
            '"positive"/"5-star" within this many words of a review word (no punctuation between).',
        ] = 2
        condition_window_words: Annotated[
            int, '"If you are happy" within this many words of a review word, in one sentence.'
        ] = 20
        star_row_pattern: Annotated[
            str, "A row of stars within this many characters of a review word."
        ] = r"(?:[★☆⭐✩✪✫✬✭✮✯🌟]\s?){3,}|(?<!\*)\*{5}(?!\*)"
        star_window_chars: Annotated[
            int,
            "A row of stars (star_row_pattern) within this many characters of a review word is a "
            "nudge toward a positive review.",
        ] = 120
        star_image_row: Annotated[
            int,
            "In a message that asks for a review, this many star images side by side (a star "
            "named by `star_image_words` in their alt text, title or file name) draw the rating "
            "wanted.",
        ] = 5
        star_image_words: Annotated[
            list[str], "Words that name a star in an image's alt text, title or file name."
        ] = field(default_factory=list)

    @staticmethod
    def _star_images(ctx: Context) -> str | None:
        """The HTML part holding a row of star images: `star_image_row` images side by side
        whose alt text, title or file name names a star (five star pictures under a review
        request are the rating wanted, drawn)."""
        words = [w.lower() for w in ctx.params.star_image_words]
        for part in ctx.model.html_parts():
            for parent in part.root.iter():
                row = 0
                for child in parent:
                    names = " ".join(child.get(a) or "" for a in ("alt", "title", "src"))
                    starred = child.tag == "img" and any(w in names.lower() for w in words)
                    row = row + 1 if starred else 0
                    if row >= ctx.params.star_image_row:
                        return part.label
        return None

    def check(self, ctx: Context) -> None:
        a = analysis(ctx.model, ctx.policy)
        stars = self._star_images(ctx) if review_requests(a) else None
        if stars is not None:
            ctx.report(self.MESSAGE, f"{stars}, <img>", "a row of star images")
        if not any(a.present(n) for n in REVIEW_CUES):
            return
        seen: set[str] = set()
        self._sentences(ctx, a, seen)
        self._stars(ctx, a, seen)

    def _sentences(self, ctx: Context, a: Analysis, seen: set[str]) -> None:
        pos_window = ctx.params.positive_window_words
        cond_window = ctx.params.condition_window_words
        reach = int(ctx.policy.section("review")["negation_window_words"])
        for chunk in a.with_any(*REVIEW_CUES):
            if refused_next(a, chunk):
                continue  # "You offered five stars for a free gift." + a refusal
            cues = a.cues(chunk, *REVIEW_CUES)
            # "no discounts for a review, nor for five stars" asks for no rating
            positive = affirmed(a, chunk, a.spans(chunk, "positive_words"), reach)
            asks = (
                a.spans(chunk, "request_words")
                or a.spans(chunk, "review_request_phrases")
                or change_request(a, chunk) is not None
            )
            rated = linked(chunk.text, cues, positive, pos_window, plain_gap=True)
            deserve = a.spans(chunk, "deserve_words")
            if asks:
                # "… a review, gladly with the five stars it deserves, in our view"
                span = (
                    rated
                    or linked(chunk.text, cues, happy_conditions(a, chunk), cond_window)
                    or linked(chunk.text, positive, deserve, 6)
                )
            elif a.spans(chunk, "thanks_words"):
                span = None  # "thank you for the 5-star review" asks for nothing
            elif rated is not None and (
                happy_conditions(a, chunk)
                or a.spans(chunk, "incentive_words")
                or a.spans(chunk, "hope_words")
            ):
                # "if you're pleased, a 5-star review would be lovely"; "a gift for a
                # 5-star review"; "wir hoffen, dass Sie uns mit einer vollen Sternereihe
                # unterstützen mögen – jede Fünf-Sterne-Bewertung zählt"
                span = rated
            else:
                # "if you liked it, a few lines on Amazon would be the nicest gift"; "we
                # hope we've earned your five stars"
                span = linked(chunk.text, cues, happy_conditions(a, chunk), cond_window) or linked(
                    chunk.text, cues + positive, deserve, 6
                )
            if span is not None:
                report_once(ctx, seen, self.MESSAGE, chunk, span)
        # "We hope it's part of your mornings. In that case, a review would mean a lot.":
        # a condition pointing back at a hope that the buyer is pleased.
        for chunk in a.with_any("back_conditions"):
            before = a.next_to(chunk, -1)
            if (
                before is not None
                and a.cues(chunk, *REVIEW_CUES)
                and (a.spans(before, "hope_words") or happy_conditions(a, before))
                and not a.spans(before, "unhappy_conditions")
            ):
                report_once(ctx, seen, self.MESSAGE, chunk, a.spans(chunk, "back_conditions")[0])
        # "If you were happy with it, that makes our day. A review would help us a lot.":
        # the condition in the sentence before or after the request.
        for chunk, _ in review_requests(a):
            for near in a.around(chunk):
                conditions = happy_conditions(a, near)
                if near is not chunk and conditions and not a.spans(near, "unhappy_conditions"):
                    report_once(ctx, seen, self.MESSAGE, near, conditions[0])

    def _stars(self, ctx: Context, a: Analysis, seen: set[str]) -> None:
        source = ctx.params.star_row_pattern
        stars = ctx.policy.memo("review.biased_positive:stars", lambda: re.compile(source))
        reach = ctx.params.star_window_chars
        for location, text in a.bodies:
            rows = list(stars.finditer(text))
            if not rows:
                continue
            cues = [s for n in REVIEW_CUES for s in a.find(n, text)]
            for row in rows:
                if any(c[0] - reach <= row.start() and row.end() <= c[1] + reach for c in cues):
                    evidence = quote(text, row.span())
                    if f"{location}\0{evidence}" not in seen:
                        seen.add(f"{location}\0{evidence}")
                        ctx.report(self.MESSAGE, location, evidence)


class DivertNegative(Rule):
    """Amazon forbids steering unhappy buyers away from reviews: "if you are not satisfied,
    contact us before leaving a review", or inviting happy buyers to review while sending
    unhappy ones to the seller.

    Fires on: "before leaving / instead of writing / contact us first" within `window_words`
    of a review word; "negative/1-star review" together with "contact us" in one sentence;
    "before leaving / write to us first" in a sentence next to one about reviews ("We'd
    value your review. If anything isn't right, write to us first."); or a message that
    asks for a review and, in another sentence, sends dissatisfied buyers ("if you are
    not happy …") to the seller; or "first to us" next to "publicly" with no review word
    ("dass dies zunächst uns gemeldet wird und nicht gleich öffentlich"). Offering help on
    its own ("if anything is
    wrong, contact us") without a review request is fine and does not fire.
    """

    id = "review.divert_negative"
    default_action = Action.BLOCK
    summary = "Diverting unhappy buyers away from leaving a (negative) review."

    MESSAGE = (
        "The message asks unhappy buyers to contact you instead of (or before) leaving a "
        "review. Amazon treats this as review manipulation. You may offer help, but not "
        "in connection with a review: remove the link between the two."
    )

    @dataclass(frozen=True)
    class Params(Rule.Params):
        window_words: Annotated[
            int, '"before leaving" / "contact us first" within this many words of a review word.'
        ] = 6
        negative_window_words: Annotated[
            int,
            '"negative"/"1-star" within this many words of a review word (no punctuation between).',
        ] = 2

    def check(self, ctx: Context) -> None:
        a = analysis(ctx.model, ctx.policy)
        if not any(a.present(n) for n in (*REVIEW_CUES, "place_words", "public_words")):
            return
        seen: set[str] = set()
        window = ctx.params.window_words
        neg_window = ctx.params.negative_window_words
        for chunk in a.with_any(*REVIEW_CUES):
            cues = a.cues(chunk, *REVIEW_CUES)
            span = linked(chunk.text, cues, a.spans(chunk, "divert_words"), window)
            if span is None and a.spans(chunk, "contact_words"):
                span = linked(
                    chunk.text, cues, a.spans(chunk, "negative_words"), neg_window, plain_gap=True
                )
            if span is not None:
                report_once(ctx, seen, self.MESSAGE, chunk, span)
        if seen:
            return
        # "… so bitten wir darum, dass dies zunächst uns gemeldet wird und nicht gleich
        # öffentlich", "gib uns erstmal ne Chance. Öffentlich meckern hilft keinem": the
        # seller first, the public (`[lexicon.public_words]`, in that sentence or one next
        # to it) not, with no review word named.
        for chunk in a.with_any("divert_words"):
            if any(a.spans(near, "public_words") for near in a.around(chunk)):
                report_once(ctx, seen, self.MESSAGE, chunk, a.spans(chunk, "divert_words")[0])
        if seen:
            return
        # "If something disappoints you, tell us here before anything goes up on the product
        # page": an ask to come to the seller, then "before" the public place.
        for chunk in a.with_any("before_words"):
            span = self._before_the_public(a, chunk)
            if span is not None:
                report_once(ctx, seen, self.MESSAGE, chunk, span)
        if seen:
            return
        # "We'd value your review on Amazon. If anything isn't right, write to us first.":
        # the steer in the sentence next to the one that speaks of reviews.
        for chunk in a.with_any("divert_words"):
            if any(a.cues(near, *REVIEW_CUES) for near in a.around(chunk) if near is not chunk):
                report_once(ctx, seen, self.MESSAGE, chunk, a.spans(chunk, "divert_words")[0])
        if seen or not review_requests(a):
            return
        for chunk in a.with_any("unhappy_conditions"):
            if a.spans(chunk, "contact_words") or a.spans(chunk, "divert_words"):
                span = a.spans(chunk, "unhappy_conditions")[0]
                report_once(ctx, seen, self.MESSAGE, chunk, span)

    @staticmethod
    def _before_the_public(a: Analysis, chunk: Chunk) -> Span | None:
        """A "before" followed, within a few words, by a posting word
        (`[lexicon.posting_words]`) and a public place or a review ("avant de faire part de
        votre ressenti à d'autres acheteurs", "ehe Sie Ihre Eindrücke auf Amazon teilen"),
        in a sentence that sends an unhappy buyer to the seller: an ask to contact, and a
        disappointment in it or the sentence before ("Please tell us before you order on
        Amazon again" sends nobody away from a review)."""
        before = a.spans(chunk, "before_words")
        # the posting verb may come last ("ehe Sie Ihre Eindrücke auf Amazon teilen")
        posting = linked(chunk.text, before, a.spans(chunk, "posting_words"), 8, order="first")
        if posting is None:
            return None  # "before you start the assembly shown on the product page"
        public = a.spans(chunk, "place_words") + a.cues(chunk, *REVIEW_CUES)
        span = linked(chunk.text, before, public, 10, order="first")
        if span is None:
            return None
        span = (span[0], max(span[1], posting[1]))
        steer = a.spans(chunk, "contact_words") or a.spans(chunk, "divert_words")
        unhappy = any(
            a.spans(near, "unhappy_conditions") or a.spans(near, "negative_words")
            for near in (chunk, a.next_to(chunk, -1))
            if near is not None
        )
        return span if steer and unhappy else None
