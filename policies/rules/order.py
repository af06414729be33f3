"""Order ids: proactive messages must name the order they are about."""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated, Any

from policies.model import MessageModel
from policies.prefilter import Guarded, first_chars, matches_at
from policies.registry import Context, Rule
from policies.text import all_texts, own_texts, quote
from policies.verdict import Action

# Written `\d\d{n}` rather than `\d{n+1}` (the same matches): a pattern that starts with a
# character class lets `re` skip to the next digit in C; one that starts with a repeat is
# tried at every position (twice as slow on text without such a run, the common case).
_FIVE_DIGITS = re.compile(r"\d\d{4}")
_SEVENTEEN_DIGITS = re.compile(r"\d\d{16}")
_RUN_OF = {5: _FIVE_DIGITS, 17: _SEVENTEEN_DIGITS}

# The stdlib's regex parser, as policies/prefilter.py uses it.
_parser: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")


def _digit_run_starts(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    r"""A scanner for the digit runs of a text when every match of `pattern` starts at the
    first digit of a run, else None.

    That holds when the pattern opens with a look-behind that refuses a digit before the
    match (`(?<![\d-])`, as the id patterns do) and every match starts with a digit: a
    match then starts at a digit with no digit before it, the start of a `\d+` run. Trying
    the pattern at the run starts only (3 in "123-1234567-1234567") instead of at every
    digit (17) finds the same matches. The scanner uses the pattern's ASCII flag, so both
    agree on what a digit is."""
    if first_chars(pattern) != ("", True):
        return None
    try:
        items = _parser.parse(pattern.pattern, pattern.flags).data
    except Exception:  # an analysis aid only
        return None
    if not items or items[0][0] is not _c.ASSERT_NOT:
        return None
    direction, behind = items[0][1]
    if direction != -1 or len(behind.data) != 1:
        return None
    op, members = behind.data[0]
    if op is not _c.IN or (_c.NEGATE, None) in members:
        return None
    if (_c.CATEGORY, _c.CATEGORY_DIGIT) not in members:
        return None
    return re.compile(r"\d\d*", pattern.flags & re.ASCII)


# In ASCII text the digits (`\d`, Unicode or not) are 0-9. Mapped all to "0" in the
# encoded bytes (one C pass), the runs of "0" are the digit runs, and `re` finds a literal
# like "0" with a fast byte scan: 2.5x faster than scanning the text for the class [0-9].
_DIGITS_TO_ZERO = bytes.maketrans(b"123456789", b"000000000")
_ZERO_RUNS = re.compile(b"00*")


Runs = list[tuple[int, int]] | None  # digit runs of an ASCII text; None: not known


def ascii_digit_runs(text: str) -> Runs:
    """(start, end) of every run of digits in `text` when it is ASCII, else None."""
    if not text.isascii():
        return None
    zeros = text.encode("ascii").translate(_DIGITS_TO_ZERO)
    return [run.span() for run in _ZERO_RUNS.finditer(zeros)]


def _digit_runs(model: MessageModel, text: str) -> Runs:
    """`ascii_digit_runs(text)`, once per text and message: `find_order_ids` reads each
    part's visible text and order.id_malformed its own text, the same text when the part
    quotes nothing. Keyed by the text itself, so it stays right after an edit."""
    cache: dict[str, Runs] = model.shared("order.digit_runs", dict)
    if text in cache:
        return cache[text]
    runs = cache[text] = ascii_digit_runs(text)
    return runs


def _has_run(text: str, runs: Runs, length: int) -> bool:
    """Whether `text` has a run of at least `length` (5 or 17) digits: `runs` settle it
    when known (ASCII text), else the regex searches."""
    if runs is None:
        return _RUN_OF[length].search(text) is not None
    return any(end - start >= length for start, end in runs)


class IdPattern:
    """A policy id pattern with a fast, exact `finditer`: see `_digit_run_starts`; other
    patterns fall back to `Guarded` (tries them only where a match can start)."""

    __slots__ = ("guarded", "pattern", "scanner")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.guarded = Guarded(pattern)
        self.scanner = _digit_run_starts(pattern)  # None: not an id-like pattern

    def finditer(self, text: str, runs: Runs = None) -> Iterator[re.Match[str]]:
        """Exactly `pattern.finditer(text)`. `runs`: `ascii_digit_runs(text)`, when the
        caller has it already."""
        if self.scanner is None:
            yield from self.guarded.finditer(text)
            return
        if not self.guarded.possible(text):
            return
        if runs is None:
            runs = ascii_digit_runs(text)
        starts = (
            (r.start() for r in self.scanner.finditer(text))
            if runs is None
            else (start for start, _ in runs)
        )
        # Matches are never empty (first_chars checked).
        yield from matches_at(self.pattern, text, starts)

    def search(self, text: str, runs: Runs = None) -> re.Match[str] | None:
        """Exactly `pattern.search(text)`: the first match is the leftmost one."""
        return next(self.finditer(text, runs), None)

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return self.pattern.fullmatch(text)


def _pattern(model: MessageModel, key: str) -> IdPattern:
    """A policy pattern, prepared: the id patterns start with a look-behind, which makes
    `re` try them at every character; `IdPattern` tries them only at digit-run starts."""
    source = model.policy.rule("order.id_malformed")[key]
    return model.policy.memo(f"order:{key}", lambda: IdPattern(re.compile(source)))


def find_order_ids(model: MessageModel) -> list[str]:
    """Every well-formed order id in the subject, the body (quoted history too) and the
    helpdesk's order header, in order of appearance, without repeats."""
    pattern = _pattern(model, "id_pattern")
    found: list[str] = []
    header = model.header(model.policy.section("scope")["order_header"])
    for _, text in [("header", header), *all_texts(model)]:
        for match in pattern.finditer(text, _digit_runs(model, text)):
            if match.group(0) not in found:
                found.append(match.group(0))
    return found


class OrderIdMissing(Rule):
    """Amazon requires proactive messages to carry the 17-digit order id (3-7-7 digits)
    so the buyer knows which purchase the message is about; its own templates add it.

    Looked for in the subject and the body. A reply is exempt: it sits on the buyer's
    own thread, which already names the order. When the helpdesk supplies the id in the
    `X-Amazon-Order-Id` header the gateway inserts it into the subject instead of blocking
    (strip), so automated flows keep working.
    """

    id = "order.id_missing"
    default_action = Action.BLOCK
    summary = "Proactive message without the 3-7-7 digit Amazon order id."
    can_strip = True
    proactive_only = True

    def _in_message(self, ctx: Context) -> bool:
        pattern = _pattern(ctx.model, "id_pattern")
        return any(
            pattern.search(text, _digit_runs(ctx.model, text)) for _, text in own_texts(ctx.model)
        )

    def _header_id(self, ctx: Context) -> str | None:
        value = ctx.model.header(ctx.policy.section("scope")["order_header"]).strip()
        match = _pattern(ctx.model, "id_pattern").fullmatch(value)
        return match.group(0) if match else None

    def check(self, ctx: Context) -> None:
        if self._in_message(ctx):
            return
        from_header = self._header_id(ctx)
        if from_header is not None:
            ctx.report(
                f"The message does not name the order; the gateway adds {from_header} "
                "(from the helpdesk's order header) to the subject.",
                "header Subject",
                ctx.model.subject,
                action=Action.STRIP,
            )
            return
        ctx.report(
            "A message you start (not a reply) must name the Amazon order it is about. "
            "Add the order number, e.g. 123-1234567-1234567, to the subject or the text.",
            "header Subject and body",
            ctx.model.subject or "(no subject)",
            action=Action.BLOCK,
        )

    def fix(self, ctx: Context) -> None:
        order_id = self._header_id(ctx)
        if order_id is None or self._in_message(ctx):
            return
        subject = ctx.model.subject.strip()
        ctx.model.set_subject(f"{subject} (Order: {order_id})" if subject else f"Order {order_id}")


class OrderIdMalformed(Rule):
    """Something that looks like an order id but is grouped wrongly (e.g. 3-6-8 digits, or
    17 digits run together after "order"). Buyers and Amazon's systems only recognise the
    3-7-7 form, so a typo here usually means the reference is lost. Only warns: numbers of
    that shape also appear in invoices and tracking references.
    """

    id = "order.id_malformed"
    default_action = Action.WARN
    summary = "Order-id-like number with the wrong grouping or length."

    @dataclass(frozen=True)
    class Params(Rule.Params):
        id_pattern: Annotated[str, "A proper order id: 3-7-7 digits."] = (
            r"(?<![\d-])\d{3}-\d{7}-\d{7}(?![\d-])"
        )
        near_miss_pattern: Annotated[
            str,
            "Near-misses worth pointing out: digit groups joined by dashes "
            "with a wrong grouping, or 17 digits run together after an order "
            "word.",
        ] = r"(?<![\d-])(\d{2,4}-\d{5,8}-\d{5,8}|\d{3}\s\d{7}\s\d{7})(?![\d-])"
        run_together_pattern: Annotated[str, "See the rule."] = (
            r"(?i)(order|bestellung|commande|ordine|pedido|注文)\D{0,20}(?<!\d)(\d{17})(?!\d)"
        )

    def check(self, ctx: Context) -> None:
        good = _pattern(ctx.model, "id_pattern")
        near = _pattern(ctx.model, "near_miss_pattern")
        joined = _pattern(ctx.model, "run_together_pattern")
        for location, text in own_texts(ctx.model):
            # Both patterns need a run of digits (5 or more; 17 for run-together ids): the
            # runs, found once per text, settle most texts.
            runs = _digit_runs(ctx.model, text)
            if not _has_run(text, runs, 5):
                continue
            for match in near.finditer(text, runs):
                if not good.fullmatch(match.group(0)):
                    ctx.report(
                        "This looks like an order number but is not in Amazon's 3-7-7 "
                        "form (123-1234567-1234567). Check the digits.",
                        location,
                        quote(text, match.span()),
                    )
            if not _has_run(text, runs, 17):
                continue
            for match in joined.finditer(text):
                ctx.report(
                    "Write the order number with dashes, as 123-1234567-1234567.",
                    location,
                    quote(text, match.span(2)),
                )
