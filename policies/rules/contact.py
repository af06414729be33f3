"""Contact details: e-mail addresses, phone numbers, and moves to other channels.

Buyer-Seller Messaging is the only channel Amazon allows between a seller and a buyer;
contact details in a message invite the buyer to leave it. The text walk and the link scan
are shared with the link rules (policies/rules/links.py).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import partial
from itertools import accumulate
from typing import Annotated, Any

import phonenumbers

from policies.config import Policy
from policies.model import BLOCK_TAGS
from policies.prefilter import Guarded, matches_at, occurrences
from policies.registry import Context, Rule
from policies.rules.links import (
    Link,
    PhraseSet,
    block_ancestor,
    cut_spans,
    domain_set,
    host_in,
    part_view,
    phrases_of,
    rewrite_texts,
    scan_links,
    text_urls,
    views,
)
from policies.text import own_texts, quote, sentences, words_pattern
from policies.verdict import Action

EMAIL = "contact.email_address"
PHONE = "contact.phone_number"
OFF_PLATFORM = "contact.off_platform"

_PLAIN_EMAIL = (
    r"(?<![\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@"
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w-])"
)
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"


# -- e-mail addresses -------------------------------------------------------------------


@dataclass(slots=True)
class EmailConfig:
    plain: re.Pattern[str]
    hint: re.Pattern[str]
    hint_bracketed: re.Pattern[str]  # `hint`'s second alternative: "(at)", "[ at ]" …
    # What `hint` cannot match without (see `hinted`): its upper-case "AT" words; empty
    # when the policy has none, and then `hint` always runs.
    hint_words: tuple[str, ...]
    ascii_hint_words: tuple[str, ...]  # those of `hint_words` that are ASCII
    # Whether those are all ASCII capitals (A-Z), as upper-cased ASCII letter words are:
    # then `_in_capitals` may rule them out.
    ascii_hint_capitals: bool
    disguised: re.Pattern[str]
    spelled_dot: re.Pattern[str]
    quoted_allowed: frozenset[str]
    replacement: str


def _alts(tokens: list[str]) -> str:
    return "|".join(re.escape(t) for t in sorted(set(tokens), key=len, reverse=True))


def email_config(policy: Policy) -> EmailConfig:
    def build() -> EmailConfig:
        params = policy.rule(EMAIL)
        at = _alts(params["at_tokens"])
        dot = _alts(params["dot_tokens"])
        at_upper = _alts([t.upper() for t in params["at_tokens"] if t.isalpha()])
        dot_upper = _alts([t.upper() for t in params["dot_tokens"] if t.isalpha()])
        tlds = _alts(params["obfuscated_tlds"])
        dot_br = rf"\s*[\[({{<]\s*(?:{dot}|\.)\s*[\])}}>]\s*"
        dot_word = rf"\s+(?-i:{dot_upper})\s+"
        sep = rf"(?:{dot_br}|{dot_word}|\.)"
        bracketed = rf"[\[({{<]\s*(?i:{at})\s*[\])}}>]"
        at_any = rf"\s*[\[({{<]\s*(?:{at})\s*[\])}}>]\s*|\s+(?P<atword>(?-i:{at_upper}))\s+|\s*@\s*"
        disguised = (
            rf"(?<![\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{{0,63}}(?:{at_any})"
            rf"(?:{_LABEL}{sep})+(?:{tlds})(?![\w-])"
        )
        return EmailConfig(
            plain=re.compile(_PLAIN_EMAIL),
            hint=re.compile(rf"@|{bracketed}|\s(?:{at_upper})\s"),
            hint_bracketed=re.compile(bracketed),
            hint_words=tuple(t.upper() for t in params["at_tokens"] if t.isalpha()),
            ascii_hint_words=tuple(
                t.upper() for t in params["at_tokens"] if t.isalpha() and t.upper().isascii()
            ),
            ascii_hint_capitals=all(
                t.upper().isalpha() and t.upper().isupper()
                for t in params["at_tokens"]
                if t.isalpha() and t.upper().isascii()
            ),
            disguised=re.compile(disguised, re.I),
            spelled_dot=re.compile(rf"{dot_br}|{dot_word}", re.I),
            quoted_allowed=domain_set(policy, params["quoted_allowed_domains"]),
            replacement=params["replacement"],
        )

    return policy.memo("contact:email", build)


_HINT_BRACKETS = "[({<"

# Every byte but the ASCII capitals, for `bytes.translate` to delete.
_NOT_CAPITAL = bytes(c for c in range(256) if not 65 <= c <= 90)
# From this length of text on, `_in_capitals` is cheaper than searching for the words.
_CAPITALS_FIRST = 256


def _in_capitals(words: tuple[str, ...], text: str) -> bool:
    """False only when none of `words` (ASCII capitals only: see
    `EmailConfig.ascii_hint_capitals`) occurs in the ASCII `text`: such a word, written in
    the text, is written in the text's capitals too, and those (one C-level translate
    deleting every other byte) are a few dozen characters where the text has thousands
    (~3 instead of ~8 µs for the four words on a 4 KB reply). A word found there may
    still be absent from the text (capitals of two words run together): the caller
    searches the text then."""
    capitals = text.encode("ascii").translate(None, _NOT_CAPITAL).decode("ascii")
    return any(w in capitals for w in words)


def hinted(cfg: EmailConfig, text: str) -> bool:
    """`cfg.hint.search(text) is not None`, mostly without running `hint`: it has no
    literal to skip ahead to, so `re` tries all three alternatives at every position
    (~90 µs on a 5 KB reply). Each alternative needs something a substring test finds:
    "@", an opening bracket, or one of the upper-case "AT" words."""
    if "@" in text:
        return True
    if not cfg.hint_words:  # then the third alternative is `\s(?:)\s`: no shortcut
        return cfg.hint.search(text) is not None
    # (An ASCII text holds no other word; a two-letter search costs ~1 ns a character.)
    if text.isascii():
        words = cfg.ascii_hint_words
        if (
            cfg.ascii_hint_capitals
            and len(text) >= _CAPITALS_FIRST
            and not _in_capitals(words, text)
        ):
            words = ()
    else:
        words = cfg.hint_words
    if any(w in text for w in words):
        return cfg.hint.search(text) is not None
    # Only the bracketed alternative is left. On its own it starts with a bracket, which
    # `re` skips to quickly; `hint` starts with `\s` too and stops at every space.
    if not any(c in text for c in _HINT_BRACKETS):
        return False
    return cfg.hint_bracketed.search(text) is not None


def _email_texts(cfg: EmailConfig, texts: list[str]) -> list[int]:
    """Indexes of the texts `find_emails` may find something in, in order: those with an
    "@", an opening bracket or an "AT" word (every address and every match of `hint`
    holds one; see `hinted`). Found with `str.find` over the texts joined by line ends,
    instead of a call per text (hundreds of runs in a template)."""
    if not cfg.hint_words or not texts:
        return list(range(len(texts)))
    joined = "\n".join(texts)
    starts: list[int] | None = None
    found: set[int] = set()
    for needle in ("@", *_HINT_BRACKETS, *cfg.hint_words):
        at = joined.find(needle)
        while at >= 0:
            if starts is None:
                starts = list(accumulate((len(t) + 1 for t in texts[:-1]), initial=0))
            index = bisect_right(starts, at) - 1
            found.add(index)
            # On to the next text (a word found across the line end between two texts is
            # in neither; marking the first costs one search).
            at = joined.find(needle, starts[index + 1]) if index + 1 < len(texts) else -1
    return sorted(found)


def find_emails(policy: Policy, text: str) -> list[tuple[int, int, str]]:
    """(start, end, address) of plain and disguised e-mail addresses, no overlaps."""
    cfg = email_config(policy)
    hits = (
        [(m.start(), m.end(), m.group(0)) for m in cfg.plain.finditer(text)] if "@" in text else []
    )
    if not hinted(cfg, text):  # cheap test before the slow disguised pattern
        return hits
    for m in cfg.disguised.finditer(text):
        if m.group("atword") and not cfg.spelled_dot.search(m.group(0)):
            continue  # "AT" as a word needs a spelled-out "DOT" too
        if not any(s < m.end() and m.start() < e for s, e, _ in hits):
            hits.append((m.start(), m.end(), m.group(0)))
    return sorted(hits)


def email_spans(policy: Policy, text: str) -> list[tuple[int, int]]:
    return [(s, e) for s, e, _ in find_emails(policy, text)]


def _cut_emails(policy: Policy, cfg: EmailConfig, slot: Any) -> str:
    """A text run with the addresses that are not allowed cut out (`EmailAddress.fix`)."""
    spans = [
        (s, e)
        for s, e, a in find_emails(policy, slot.text)
        if not _address_allowed(cfg, a, slot.quoted)
    ]
    return cut_spans(slot.text, spans, cfg.replacement) if spans else str(slot.text)


def _address_allowed(cfg: EmailConfig, address: str, quoted: bool) -> bool:
    """A relay alias (or other allowed domain) in quoted history is the buyer's own."""
    if not quoted or "@" not in address:
        return False
    domain = address.rsplit("@", 1)[1].strip().lower()
    return host_in(domain, cfg.quoted_allowed)


def _mailto_address(link: Link) -> str:
    return link.url.split(":", 1)[1].split("?", 1)[0] if ":" in link.url else ""


class EmailAddress(Rule):
    """Amazon does not allow e-mail addresses in messages: Buyer-Seller Messaging is the
    only approved channel, and Amazon strips or rejects addresses itself.

    Finds ordinary addresses, mailto: links, and disguised ones ("name [at] shop [dot] com",
    "name(at)shop.com", "name AT shop DOT com"; a lower-case "at … dot" in running text
    is not taken, because "look at it dot by dot" is English). The buyer's relay alias in
    quoted history is fine. The fix unwraps mailto: links (their words stay) and replaces
    each address with a short note (policy `replacement`).
    """

    id = EMAIL
    default_action = Action.STRIP
    summary = "E-mail addresses (plain, disguised, mailto:)."
    can_strip = True

    _message = (
        "E-mail addresses are not allowed in messages to buyers: all contact must stay in "
        "Amazon's messaging. The gateway removes the address; do not write it in another form."
    )

    @dataclass(frozen=True)
    class Params(Rule.Params):
        replacement: Annotated[
            str, 'What replaces a removed address in the text ("" removes it without a trace).'
        ] = "[e-mail address removed]"
        quoted_allowed_domains: Annotated[
            list[str],
            "Addresses on these domains are fine inside quoted history (the "
            "buyer's relay alias); matching as for "
            "links.external.allowed_domains.",
        ] = field(default_factory=list)
        at_tokens: Annotated[
            list[str],
            'Spelled-out "@" and "." in disguised addresses ("name [at] shop '
            '[dot] com"); the "at" word counts only in brackets, or with a '
            'spelled-out "dot" too.',
        ] = field(default_factory=list)
        dot_tokens: Annotated[list[str], "See the rule."] = field(default_factory=list)
        obfuscated_tlds: Annotated[
            list[str], 'Endings of disguised addresses (the "com" of "shop [dot] com").'
        ] = field(default_factory=list)

    def check(self, ctx: Context) -> None:
        cfg = email_config(ctx.policy)
        part_views = views(ctx.model)
        # `find_emails` finds nothing in a text without "@" or a match of `hint`. A match
        # in one text run is one in all runs joined too (`hint` has no look-arounds), so
        # one search settles the common case instead of one per run (60 on a reply).
        joined = "\n".join(slot.text for view in part_views for slot in view.slots)
        if not hinted(cfg, joined):
            part_views = []
        for view in part_views:
            slots = view.slots
            for index in _email_texts(cfg, [slot.text for slot in slots]):
                slot = slots[index]
                for _, _, address in find_emails(ctx.policy, slot.text):
                    if not _address_allowed(cfg, address, slot.quoted):
                        ctx.report(self._message, view.part.label, address)
        for link in scan_links(ctx.model):
            if (
                link.parsed is not None
                and link.parsed.scheme == "mailto"
                and not _address_allowed(cfg, _mailto_address(link), link.quoted)
            ):
                ctx.report(self._message, link.location, link.url)
        for _, _, address in find_emails(ctx.policy, ctx.model.subject):
            ctx.report(self._message, "header Subject", address)

    def fix(self, ctx: Context) -> None:
        cfg = email_config(ctx.policy)
        for part in ctx.model.text_parts:
            if part.is_html:
                changed = False
                for el, quoted in part_view(part).elements:
                    attr = "action" if el.tag == "form" else "href"
                    value = (el.get(attr) or "").strip()
                    if el.tag not in ("a", "area", "form") or not value.lower().startswith(
                        "mailto:"
                    ):
                        continue
                    address = value.split(":", 1)[1].split("?", 1)[0]
                    if _address_allowed(cfg, address, quoted):
                        continue
                    if el.tag == "a":
                        el.drop_tag()
                    elif el.tag == "form":
                        del el.attrib["action"]
                    else:
                        el.drop_tree()
                    changed = True
                if changed:
                    part.touch()

            # Not a nested `def`: compiled by mypyc, a named inner function is kept in its
            # own closure, a reference cycle per fixed part (tests/test_prefilter.py).
            rewrite_texts(part, partial(_cut_emails, ctx.policy, cfg))
        subject = ctx.model.subject
        spans = email_spans(ctx.policy, subject)
        if spans:
            ctx.model.set_subject(" ".join(cut_spans(subject, spans, cfg.replacement).split()))


# -- phone numbers ----------------------------------------------------------------------


@dataclass(slots=True)
class PhoneConfig:
    regions: list[str]
    leniency: Any
    min_digits: int
    run: re.Pattern[str]
    run_classes: re.Pattern[bytes]  # `run` over `_ASCII_CLASSES` of ASCII text
    candidate: Guarded  # starts with a look-behind: tried only at "+", "(" and digits
    exclude: re.Pattern[str] | None
    # `exclude`, tried only where a match can start (see `_mask`).
    exclude_scan: Guarded | None
    exception_words: re.Pattern[str] | None
    reference_words: re.Pattern[str] | None
    context_words: int
    reference_words_window: int
    replacement: str
    link_schemes: frozenset[str]


def phone_config(policy: Policy) -> PhoneConfig:
    def build() -> PhoneConfig:
        params = policy.rule(PHONE)
        min_digits = int(params["min_digits"])
        excludes = params["exclude_patterns"]
        exclude = re.compile("|".join(f"(?:{p})" for p in excludes)) if excludes else None
        return PhoneConfig(
            regions=[r.upper() for r in params["regions"]],
            leniency=getattr(phonenumbers.Leniency, str(params["leniency"]).upper()),
            min_digits=min_digits,
            run=re.compile(rf"\d(?:[ \t\u00a0().\-/]*\d){{{max(min_digits - 1, 1)},}}"),
            run_classes=re.compile(rb"0(?:\.*0){%d,}" % max(min_digits - 1, 1)),
            candidate=Guarded(re.compile(r"(?<![\w+])\+?\(?\d[\d \t\u00a0().\-/]*\d(?!\w)")),
            exclude=exclude,
            exclude_scan=Guarded(exclude) if exclude is not None else None,
            exception_words=words_pattern(policy, PHONE, "words"),
            reference_words=words_pattern(policy, PHONE, "phrases"),
            context_words=int(params["context_window_words"]),
            reference_words_window=int(params["reference_window_words"]),
            replacement=params["replacement"],
            link_schemes=frozenset(s.lower() for s in params["link_schemes"]),
        )

    return policy.memo("contact:phone", build)


@dataclass(frozen=True, slots=True)
class PhoneHit:
    start: int
    end: int
    raw: str
    e164: str
    exception: bool  # warranty, carrier or manufacturer number: warn only


def _last_words(text: str, count: int) -> str:
    return " ".join(text.split()[-count:]) if count > 0 else ""


def _is_exception(cfg: PhoneConfig, text: str, start: int, end: int) -> bool:
    """A warranty/carrier/manufacturer word in the number's sentence or just before it."""
    if cfg.exception_words is None:
        return False
    if cfg.exception_words.search(_last_words(text[:start], cfg.context_words)):
        return True
    for offset, sentence in sentences(text):
        inside = offset <= start < offset + len(sentence) or offset < end <= offset + len(sentence)
        if inside and cfg.exception_words.search(sentence):
            return True
    return False


# What a `PhoneConfig.candidate` match is made of besides decimal digits (`\d`): the
# characters of its pattern; `_RUN_SEPARATORS` are those `PhoneConfig.run` allows between
# digits. Keep them in step with the patterns (tests/test_perf_contact.py checks).
_CANDIDATE_CHARS = frozenset("+( \t\u00a0().-/")
_RUN_SEPARATORS = " \t\u00a0().-/"
_STRETCH_REST = re.compile(r"[\d+( \t\u00a0().\-/]*")
_NOT_DIGITS = str.maketrans("", "", "".join(_CANDIDATE_CHARS))


def _digit_count(candidate: str) -> int:
    """How many digits a `PhoneConfig.candidate` match holds: all its other characters
    are `_CANDIDATE_CHARS` (one C-level `translate` instead of a test per character)."""
    return len(candidate.translate(_NOT_DIGITS))


def _ascii_classes() -> bytes:
    """A `bytes.translate` table that writes ASCII text as character classes: digits "0",
    run separators ".", "+" as itself, anything else "x"."""
    table = bytearray(b"x" * 256)
    for char in _RUN_SEPARATORS.encode("ascii", "ignore"):
        table[char] = ord(".")
    table[ord("+")] = ord("+")
    for char in b"0123456789":
        table[char] = ord("0")
    return bytes(table)


_ASCII_CLASSES = _ascii_classes()

# Masked candidate windows -> (start, end, number) found in them, relative to the window.
WindowHits = dict[str, list[tuple[int, int, Any]]]


def _stretches(cfg: PhoneConfig, text: str, classes: bytes | None) -> Iterator[tuple[int, int]]:
    r"""(start, end) of each maximal stretch of digits and `_CANDIDATE_CHARS` that holds a
    match of `cfg.run`, in order.

    `run` starts with `\d`, which `re` looks for position by position (~10 ns per
    character). ASCII text is first written as one byte per character class (`classes`,
    one C-level `translate`), where the same pattern over the classes starts with a literal
    that `re` skips to at memory speed, and a stretch ends at the nearest "x"; the classes
    are all the pattern tells apart, so it matches at the same places."""
    done = 0
    if classes is not None:
        for run in cfg.run_classes.finditer(classes):
            if run.start() >= done:
                done = classes.find(b"x", run.end())
                if done < 0:
                    done = len(classes)
                yield classes.rfind(b"x", 0, run.start()) + 1, done
        return
    for digits in cfg.run.finditer(text):
        if digits.start() < done:
            continue
        start = digits.start()
        while start > 0 and (text[start - 1] in _CANDIDATE_CHARS or text[start - 1].isdecimal()):
            start -= 1
        rest = _STRETCH_REST.match(text, digits.end())
        done = rest.end() if rest is not None else digits.end()
        yield start, done


def _long_candidates(cfg: PhoneConfig, text: str) -> Iterator[re.Match[str]]:
    r"""The matches of `cfg.candidate` in `text` with at least `min_digits` digits, in
    order: exactly `cfg.candidate.finditer(text)` filtered, without walking the text.

    A candidate is made of digits and `_CANDIDATE_CHARS` only, so it lies inside one
    stretch of such characters, and matches found from a stretch's start are those the
    whole-text scan finds there (the scan never carries over from an earlier stretch; the
    look-behind still sees the character before the stretch, and `endpos` one past the
    stretch keeps the character the look-ahead needs). A candidate with `min_digits`
    digits holds a match of `cfg.run` (its digits and separators are what `run` takes),
    so only stretches that hold one are scanned (`_stretches`)."""
    size = len(text)
    classes = text.encode("ascii").translate(_ASCII_CLASSES) if text.isascii() else None
    for start, end in _stretches(cfg, text, classes):
        for cand in cfg.candidate.pattern.finditer(text, start, min(end + 1, size)):
            if classes is not None:
                digits = classes.count(b"0", cand.start(), cand.end())  # ASCII: 0-9 only
            else:
                digits = _digit_count(cand.group(0))
            if digits >= cfg.min_digits:
                yield cand


def _mask(cfg: PhoneConfig, window: str) -> str:
    """`window` with every match of `cfg.exclude` written over with "#": exactly
    `exclude.sub(...)` (the matches `sub` replaces are those `finditer` yields). `sub`
    tries the six look-behind-led alternatives at every position (~10 µs for a
    70-character window); `Guarded` tries them only where a match can start."""
    scan = cfg.exclude_scan
    if scan is None:
        return window
    out: list[str] = []
    done = 0
    for match in scan.finditer(window):
        out += (window[done : match.start()], "#" * (match.end() - match.start()))
        done = match.end()
    out.append(window[done:])
    return "".join(out)


def _window_hits(policy: Policy, cfg: PhoneConfig, window: str) -> list[tuple[int, int, Any]]:
    """Numbers phonenumbers finds in a window of text around a candidate, after masking
    what is never a phone number (start, end relative to the window)."""
    window = _mask(cfg, window)
    for start, end, _ in text_urls(policy, window):
        window = window[:start] + "#" * (end - start) + window[end:]
    found: list[tuple[int, int, Any]] = []
    for sub in cfg.candidate.finditer(window):
        chunk = sub.group(0)
        if _digit_count(chunk) < cfg.min_digits:
            continue
        for region in cfg.regions:
            for m in phonenumbers.PhoneNumberMatcher(chunk, region, leniency=cfg.leniency):
                found.append((sub.start() + m.start, sub.start() + m.end, m.number))
    return found


def _cut_phones(
    policy: Policy, cfg: PhoneConfig, windows: WindowHits, strip: set[str], slot: Any
) -> str:
    """A text run with the numbers to strip cut out (`PhoneNumber.fix`)."""
    text = str(slot.text)
    spans = [(h.start, h.end) for h in find_phones(policy, text, windows) if h.e164 in strip]
    return cut_spans(text, spans, cfg.replacement) if spans else text


def find_phones(policy: Policy, text: str, windows: WindowHits | None = None) -> list[PhoneHit]:
    """Valid phone numbers in `text` (phonenumbers, every configured region), leaving out
    order ids, dates, prices, postcodes and numbers right after a reference word.

    `windows` keeps what each distinct window of text yielded, for the caller to share
    between the texts of one message: a window's numbers depend on nothing but its text,
    and the same windows recur (repeated paragraphs, the text/plain and text/html
    alternatives, the subject's order id)."""
    cfg = phone_config(policy)
    if windows is None:
        windows = {}
    found: list[tuple[int, int, Any]] = []
    for cand in _long_candidates(cfg, text):
        # Mask what is never a phone number in a window around the digits only, so the
        # cost follows the number of digit runs, not the length of the message.
        lo, hi = max(0, cand.start() - 24), min(len(text), cand.end() + 24)
        window = text[lo:hi]
        known = windows.get(window)
        if known is None:
            known = windows[window] = _window_hits(policy, cfg, window)
        found += [(lo + start, lo + end, number) for start, end, number in known]
    hits: list[PhoneHit] = []
    for start, end, number in sorted(found, key=lambda f: (f[0], -f[1])):
        if hits and start < hits[-1].end:
            continue
        before = _last_words(text[:start], cfg.reference_words_window)
        if cfg.reference_words is not None and cfg.reference_words.search(before):
            continue
        e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        hits.append(
            PhoneHit(start, end, text[start:end], e164, _is_exception(cfg, text, start, end))
        )
    return hits


def _tel_number(cfg: PhoneConfig, link: Link) -> str:
    raw = link.url.split(":", 1)[1].split("?", 1)[0] if ":" in link.url else ""
    try:
        number = phonenumbers.parse(raw, cfg.regions[0] if cfg.regions else None)
    except phonenumbers.NumberParseException:
        return raw
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


def _tel_is_exception(
    cfg: PhoneConfig, el: Any, e164: str, exceptions: set[str], strip: set[str]
) -> bool:
    """A tel: link shares the verdict of the same number written in the text; a link
    without a visible number is judged by the sentence around its words."""
    if e164 in strip:
        return False
    if e164 in exceptions:
        return True
    parent = el.getparent()
    block = block_ancestor(parent, BLOCK_TAGS) if parent is not None else None
    context = block.text_content() if block is not None else el.text_content()
    label = el.text_content()
    start = context.find(label) if label else -1
    if start < 0:
        start = 0
    return _is_exception(cfg, context, start, start + len(label))


def _joined_texts(ctx: Context) -> list[tuple[str, str]]:
    texts = [(p.label, p.visible_text()) for p in ctx.model.text_parts]
    if ctx.model.subject:
        texts.append(("header Subject", ctx.model.subject))
    return texts


class PhoneNumber(Rule):
    """Amazon does not allow phone numbers in messages, with one exception in its current
    wording: numbers of a warranty service, a carrier or a manufacturer.

    Numbers are found with the phonenumbers library (valid numbers only, as written in each
    configured region, or with a +country code), and only in digit runs long enough to be
    a number, so prices, dates, order ids (3-7-7), ZIP codes, long reference runs and
    numbers right after "tracking number"/"invoice"-style words are never taken for
    phones. A number with a warranty/carrier/manufacturer word in its sentence or just
    before it is only warned about (the allowed exception; checked by a person). tel:,
    sms: and callto: links count too. The fix replaces each other number with a short
    note and unwraps its link.
    """

    id = PHONE
    default_action = Action.STRIP
    summary = "Phone numbers and tel: links (warranty/carrier numbers only warn)."
    can_strip = True

    _strip_message = (
        "Phone numbers are not allowed in messages to buyers: all contact must stay in "
        "Amazon's messaging. The gateway removes the number."
    )
    _warn_message = (
        "This looks like a warranty, carrier or manufacturer phone number, which Amazon "
        "allows. Make sure it is not your own number; your own number is not allowed."
    )

    @dataclass(frozen=True)
    class Params(Rule.Params):
        replacement: Annotated[str, "See the rule."] = "[phone number removed]"
        regions: Annotated[
            list[str],
            "Numbers are looked for with the phonenumbers library, as written "
            "in each of these regions (numbers with +country code are found in "
            "any), accepting only valid numbers.",
        ] = field(default_factory=list)
        leniency: Annotated[str, "See the rule."] = "VALID"
        min_digits: Annotated[
            int, "Only digit runs with at least this many digits are handed to phonenumbers."
        ] = 7
        link_schemes: Annotated[list[str], "Link schemes that dial or text a number."] = field(
            default_factory=list
        )
        exclude_patterns: Annotated[
            list[str],
            "Never phone numbers: masked before the search (regular "
            "expressions). Order ids, dates, ZIP+4 codes, long plain digit "
            "runs without a leading 0/+ (invoice, tracking, ASIN-like "
            "references), prices.",
        ] = field(default_factory=list)
        context_window_words: Annotated[
            int,
            "A number with one of `words` in its sentence or in the "
            "`context_window_words` words before it is a warranty, carrier or "
            "manufacturer number: warned about, not removed.",
        ] = 12
        reference_window_words: Annotated[
            int,
            "A number right after one of `phrases` (within 4 words) is a reference, not a phone.",
        ] = 4
        words: Annotated[dict[str, list[str]], "See the rule."] = field(default_factory=dict)
        phrases: Annotated[
            dict[str, list[str]], "Reference numbers that are not phone numbers."
        ] = field(default_factory=dict)

    def _analyse(
        self, ctx: Context, windows: WindowHits
    ) -> tuple[list[tuple[str, str, PhoneHit]], set[str], set[str]]:
        hits = []
        for location, text in _joined_texts(ctx):
            hits += [(location, text, h) for h in find_phones(ctx.policy, text, windows)]
        exceptions = {h.e164 for _, _, h in hits if h.exception}
        strip = {h.e164 for _, _, h in hits if not h.exception}
        return hits, exceptions, strip

    def check(self, ctx: Context) -> None:
        cfg = phone_config(ctx.policy)
        hits, exceptions, strip = self._analyse(ctx, {})
        for location, text, hit in hits:
            ctx.report(
                self._warn_message if hit.exception else self._strip_message,
                location,
                quote(text, (hit.start, hit.end)),
                Action.WARN if hit.exception else None,
            )
        for link in scan_links(ctx.model):
            if link.parsed is None or link.parsed.scheme not in cfg.link_schemes:
                continue
            exception = link.el is not None and _tel_is_exception(
                cfg, link.el, _tel_number(cfg, link), exceptions, strip
            )
            ctx.report(
                self._warn_message if exception else self._strip_message,
                link.location,
                link.url,
                Action.WARN if exception else None,
            )

    def fix(self, ctx: Context) -> None:
        cfg = phone_config(ctx.policy)
        windows: WindowHits = {}  # what each window yields, for the texts of every part
        _, exceptions, strip = self._analyse(ctx, windows)
        for part in ctx.model.text_parts:
            if part.is_html:
                changed = False
                view = part_view(part)
                for el, _quoted in view.elements:
                    href = (el.get("href") or "").strip()
                    scheme = href.split(":", 1)[0].lower() if ":" in href else ""
                    if el.tag not in ("a", "area") or scheme not in cfg.link_schemes:
                        continue
                    link = Link(href, "", part, False, None, el)
                    if _tel_is_exception(cfg, el, _tel_number(cfg, link), exceptions, strip):
                        continue
                    if el.tag == "a":
                        el.drop_tag()
                    else:
                        el.drop_tree()
                    changed = True
                if changed:
                    part.touch()

            # (Not a nested `def`: see EmailAddress.fix.)
            rewrite_texts(part, partial(_cut_phones, ctx.policy, cfg, windows, strip))
        subject = ctx.model.subject
        spans = [
            (h.start, h.end) for h in find_phones(ctx.policy, subject, windows) if h.e164 in strip
        ]
        if spans:
            ctx.model.set_subject(" ".join(cut_spans(subject, spans, cfg.replacement).split()))


# -- other channels ---------------------------------------------------------------------


@dataclass(slots=True)
class OffPlatformConfig:
    words: PhraseSet | None
    names: Guarded | None  # tried only where a listed name's first letter is
    name_list: tuple[str, ...]  # the names `names` matches, as written
    before: re.Pattern[str] | None
    after: re.Pattern[str] | None
    domains: frozenset[str]
    schemes: frozenset[str]


def off_platform_config(policy: Policy) -> OffPlatformConfig:
    def build() -> OffPlatformConfig:
        params = policy.rule(OFF_PLATFORM)
        names = _alts(params["ambiguous_names"])
        before = _alts(params["ambiguous_before"])
        after = _alts(params["ambiguous_after"])
        return OffPlatformConfig(
            words=phrases_of(policy, OFF_PLATFORM),
            names=Guarded(re.compile(rf"(?<!\w)(?:{names})(?!\w)")) if names else None,
            name_list=tuple(params["ambiguous_names"]),
            before=re.compile(rf"(?<!\w)(?:{before})\s+$", re.I) if before else None,
            after=re.compile(rf"[\s-]*(?:{after})(?!\w)") if after else None,
            domains=domain_set(policy, params["domains"]),
            schemes=frozenset(s.lower() for s in params["schemes"]),
        )

    return policy.memo("contact:off_platform", build)


def _name_matches(cfg: OffPlatformConfig, names: Guarded, text: str) -> Iterator[re.Match[str]]:
    """Exactly `names.finditer(text)`. The pattern is the listed names, case-sensitive,
    between look-arounds, so a match starts where one of them is written: `str.find` gets
    those places (the guard's scan for their first letters is a character class, which
    `re` tests position by position: ~15 µs on 2 KB), and the pattern is tried there, in
    order, each try after the previous match's end as `finditer` does."""
    if not all(cfg.name_list):  # an empty name matches anywhere
        yield from names.finditer(text)
        return
    yield from matches_at(names.pattern, text, occurrences(text, cfg.name_list))


def _ambiguous_hits(cfg: OffPlatformConfig, text: str) -> list[tuple[int, int]]:
    """Brand names that are also words ("LINE", "Signal"), right after a channel cue
    ("on", "via") or right before one ("ID", "app"); case-sensitive names."""
    if cfg.names is None:
        return []
    hits = []
    for m in _name_matches(cfg, cfg.names, text):
        start, end = m.span()
        if cfg.before is not None:
            cue = cfg.before.search(text, max(0, start - 24), start)
            if cue:
                hits.append((cue.start(), end))
                continue
        if cfg.after is not None:
            cue = cfg.after.match(text, end, end + 24)
            if cue:
                hits.append((start, cue.end()))
    return hits


class OffPlatform(Rule):
    """Amazon forbids attempts to move the buyer off Amazon: messenger apps (WhatsApp,
    WeChat, LINE, Telegram, Signal, Viber …), social media profiles ("follow us on
    Instagram"), and the seller's own website ("visit our website", "contact us on our
    site"), in every marketplace language, plus links to those services (wa.me/, t.me/ …).

    Only the seller's own text counts (a buyer asking "can I WhatsApp you?" in quoted
    history is not the seller's doing). Names that are also ordinary words (LINE, Signal,
    Messenger) count only written as the brand and right next to a channel cue ("on
    Signal", "LINE ID"), so "the product line" or "poor GPS signal" pass. Blocks: there is
    nothing to strip that would leave the message's intent intact.
    """

    id = OFF_PLATFORM
    default_action = Action.BLOCK
    summary = "Moving the buyer off Amazon: messengers, social media, own website."

    _message = (
        "The message asks the buyer to contact you or look you up outside Amazon ({what}). "
        "Amazon forbids this: keep all contact in Amazon's messaging and remove mentions of "
        "messengers, social media or your own website, then send it again."
    )

    @dataclass(frozen=True)
    class Params(Rule.Params):
        domains: Annotated[
            list[str],
            "Links to messengers and social networks (suffix match), and messenger link schemes.",
        ] = field(default_factory=list)
        schemes: Annotated[list[str], "See the rule."] = field(default_factory=list)
        ambiguous_names: Annotated[
            list[str],
            "Messenger names that are also ordinary words count only as "
            'written here (case matters: "LINE", not "the product line") and '
            'only right after one of `ambiguous_before` ("contact us on '
            'Signal") or right before one of `ambiguous_after` ("LINE ID").',
        ] = field(default_factory=list)
        ambiguous_before: Annotated[list[str], "See the rule."] = field(default_factory=list)
        ambiguous_after: Annotated[list[str], "See the rule."] = field(default_factory=list)
        handle_window_words: Annotated[
            int,
            'A social handle ("@mybrand") counts when one of `words` is within this many words.',
        ] = 6
        words: Annotated[
            dict[str, list[str]],
            "Names and phrases that move the conversation off Amazon (any one blocks).",
        ] = field(default_factory=dict)

    def check(self, ctx: Context) -> None:
        from policies.rules.review import analysis

        cfg = off_platform_config(ctx.policy)
        # The sentence analysis covers exactly the texts of `own_texts`: when none of the
        # words a phrase needs occurs there, no text can match and the word list (~70 µs
        # per text) is not run. Its words come from the lower-cased text, which is what
        # `words.spans` matches too, unless lower-casing changes the text's length (then
        # it matches case-insensitively, with case folds of its own: always run there).
        # The analysis's words (`tokens`) are those of these texts, lower-cased, too: the
        # word list is tried only where a phrase whose words all occur could start.
        words = cfg.words
        seen = analysis(ctx.model)
        absent = words is not None and not seen.may_match(OFF_PLATFORM)
        for location, text in own_texts(ctx.model):
            if words is None or (absent and len(text.lower()) == len(text)):
                spans = []
            else:
                spans = words.spans_among(text, seen.tokens)
            for span in spans + _ambiguous_hits(cfg, text):
                what = " ".join(text[span[0] : span[1]].split())
                ctx.report(self._message.format(what=what), location, quote(text, span))
        for link in scan_links(ctx.model):
            url = link.parsed
            if link.quoted or url is None:
                continue
            if url.scheme in cfg.schemes or (url.host and host_in(url.host, cfg.domains)):
                what = url.host or url.scheme
                ctx.report(self._message.format(what=what), link.location, link.url)
