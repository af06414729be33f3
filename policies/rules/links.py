"""Links: where a buyer can click to from a seller's message, and what the links say.

One scan per message finds every link: `<a href>`, `<area href>`, `<form action>`,
`<link href>`, CSS `url()` in style attributes and `<style>` blocks, and web addresses
written as text (http(s)://, www., and bare names such as shop.example.com). Each link gets
the categories of the rules it breaks, with a fixed precedence (opt-out, then shortener,
then the allow-list), so exactly one rule removes a given link. The scan is cached per
message for the checks; fixes scan the working copy afresh, because earlier fixes edit it
(the text walk under it, `part_view`, is kept per part until that part is edited).

The contact rules (policies/rules/contact.py) reuse the text walk (`text_slots`,
`rewrite_texts`) and the link scan (`scan_links`) from here.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from itertools import accumulate
from typing import Annotated, Any
from urllib.parse import urlsplit

from policies.config import Policy, phrases_source
from policies.model import BLOCK_TAGS, MessageModel, TextPart
from policies.prefilter import Guarded, matches_at, occurrences
from policies.registry import Context, Rule
from policies.text import sentences, word_count, words_pattern
from policies.verdict import Action

EXTERNAL = "links.external"
LISTING = "links.amazon_listing"
INSECURE = "links.insecure_http"
SHORTENER = "links.shortener"
OPT_OUT = "links.opt_out"
DESCRIPTIVE = "links.descriptive_text"

# Containers that make up a "paragraph" for footer removal (not the whole table or list).
_FOOTER_BLOCKS = (BLOCK_TAGS - {"br", "hr", "ul", "ol", "table", "tr"}) | {"footer", "small"}
_TRAILING = ".,;:!?'\"»>]}"
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
_CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")]*)\1\s*\)|@import\s+(['"])([^'"]+)\3""", re.I)
# A CSS declaration or @import that contains url(...).
# The @import target is matched whole first: its URL may contain ";" (an `&amp;` entity).
_CSS_DECL = re.compile(
    r"""@import\s+(?:url\([^)]*\)|(['"])[^'"]*\1)[^;]*;?|@import[^;]*;?"""
    r"""|[\w-]+\s*:[^;{}]*url\([^)]*\)[^;{}]*;?""",
    re.I,
)
# Where a _CSS_DECL match can be: at an @import, or before a url( (see _css_decl_sub).
_CSS_DECL_HINT = re.compile(r"@import|url\(", re.I)
_SPACES = re.compile(r"[ \t]{2,}")
_EMPTY_BRACKETS = re.compile(r"\(\s*\)|<\s*>|\[\s*\]")


# -- text walk ------------------------------------------------------------------------


@dataclass(slots=True)
class Slot:
    """One run of text that can be edited in place: an HTML node's `.text` or `.tail`,
    or one line (with its line end) of a text/plain part."""

    part: TextPart
    el: Any
    attr: str
    quoted: bool
    text: str


@dataclass(slots=True)
class PartView:
    """A body part's editable text runs, and (HTML) every element with its quoted flag."""

    part: TextPart
    slots: list[Slot]
    elements: list[tuple[Any, bool]]


# Quote-marker results by text, for the parts of one message (see `_has_marker`).
MarkerMemo = dict[str, bool]


def _has_marker(markers: Guarded, text: str, seen: MarkerMemo) -> bool:
    """`markers.search(text) is not None`, searched once per distinct text of a message:
    the same runs recur (repeated paragraphs, the text/plain line and the text/html run
    with the same words), and the marker pattern costs ~30 ns per character of each run
    that holds a "-" or ":".

    A text/plain line keeps its line end, the HTML run does not. For a line-local guard
    with needles that makes no difference: the guard searches each line that holds a
    needle on its own, and the empty line after a final "\n" holds none."""
    needles = markers.needles
    if needles is not None:
        # The guard's own first test, before the memo: most runs fail it.
        for needle in needles:
            if needle in text:
                break
        else:
            return False
    key = text[:-1] if markers.by_line and needles is not None and text.endswith("\n") else text
    found = seen.get(key)
    if found is None:
        found = seen[key] = markers.search(text) is not None
    return found


def _first_marked(markers: Guarded | None, texts: Iterable[str | None], seen: MarkerMemo) -> int:
    """The index of the first text holding a quote marker (None: a text not to test), or
    the number of texts when none does."""
    if markers is None:
        return sum(1 for _ in texts)
    needles = markers.needles
    index = -1
    for index, text in enumerate(texts):
        if text is None:
            continue
        if needles is not None:
            # `_has_marker`'s own first test, inline: most texts fail it.
            for needle in needles:
                if needle in text:
                    break
            else:
                continue
        if _has_marker(markers, text, seen):
            return index
    return index + 1


def _html_view(part: TextPart, seen: MarkerMemo) -> PartView:
    """The part's text runs and elements from its one tree walk (`TextPart.html_walk`,
    which also gives the segments), so "quoted" means the same here as there, except for
    quote markers: here they are looked for run by run, and a marker quotes its own run and
    everything after it (elements too)."""
    runs = part.html_walk().runs
    # The first run (not already quoted) holding a marker: it and every run and element
    # after it are quoted. Found first, then the slots are built in one pass (the runs
    # after it need no marker test, as before).
    cut = _first_marked(
        part.quote_markers, (None if quoted else text for _, _, text, quoted in runs), seen
    )
    slots = [
        Slot(part, el, attr, quoted or index >= cut, text)
        for index, (el, attr, text, quoted) in enumerate(runs)
    ]
    elements = [(el, quoted or before > cut) for el, quoted, before in part.html_walk().elements]
    return PartView(part, slots, elements)


def _plain_view(part: TextPart, seen: MarkerMemo) -> PartView:
    lines = part.text.splitlines(keepends=True)
    # The first line holding a marker: it and every line after it are quoted.
    cut = _first_marked(part.quote_markers, lines, seen)
    slots = [
        Slot(part, None, "", index >= cut or line.lstrip().startswith(">"), line)
        for index, line in enumerate(lines)
    ]
    return PartView(part, slots, [])


def part_view(part: TextPart, seen: MarkerMemo | None = None) -> PartView:
    """The part's text runs and elements, walked once and kept until the part is edited
    (`TextPart.derived`): the checks and every fix after an edit-free fix share one walk.
    `seen` shares quote-marker results between the parts of a message (`views`)."""

    def build() -> PartView:
        memo = {} if seen is None else seen
        return _html_view(part, memo) if part.is_html else _plain_view(part, memo)

    return part.derived("links.view", build)


def views(model: MessageModel) -> list[PartView]:
    """Views of every body part (each current until its part is next edited)."""
    seen: MarkerMemo = {}
    return [part_view(p, seen) for p in model.text_parts]


def text_slots(part: TextPart) -> list[Slot]:
    return part_view(part).slots


def rewrite_texts(part: TextPart, edit: Callable[[Slot], str]) -> None:
    """Apply `edit` to every text run of a part and store the result (which marks the part
    edited, so the next `part_view` walks it afresh)."""
    view = part_view(part)
    if part.is_html:
        changed = False
        for slot in view.slots:
            new = edit(slot)
            if new != slot.text:
                setattr(slot.el, slot.attr, new)
                changed = True
        if changed:
            part.touch()
    else:
        part.set_text("".join(edit(slot) for slot in view.slots))


def cut_spans(text: str, spans: Iterable[tuple[int, int]], replacement: str = "") -> str:
    """`text` with the spans replaced, tidying doubled spaces and brackets left empty."""
    out = text
    for start, end in sorted(set(spans), reverse=True):
        out = out[:start] + replacement + out[end:]
    if replacement:
        return out
    out = _EMPTY_BRACKETS.sub("", out)
    out = _SPACES.sub(" ", out)
    return re.sub(r" +([.,;:!?])", r"\1", out)


def block_ancestor(el: Any, tags: frozenset[str] | set[str]) -> Any:
    """The nearest enclosing element whose tag is in `tags` (or None)."""
    node = el
    while node is not None:
        if isinstance(node.tag, str) and node.tag in tags:
            return node
        node = node.getparent()
    return None


# -- word lists -----------------------------------------------------------------------

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff66-\uff9f]")


def _has_cjk(text: str) -> bool:
    """`_CJK.search(text) is not None`; ASCII text (most replies) has no such character,
    and `isascii` reads a flag where the class tests every character (~6 µs on 2 KB)."""
    return not text.isascii() and _CJK.search(text) is not None


@dataclass(frozen=True, slots=True)
class PhraseSet:
    """A word list compiled for speed: lower-cased text is matched without IGNORECASE
    (3-4x faster in `re`), Japanese/Chinese phrases only run on text that has such
    characters. Same matches as config.compile_phrases."""

    latin: re.Pattern[str] | None
    cjk: re.Pattern[str] | None
    fallback: re.Pattern[str] | None  # for text whose lower-casing changes its length
    # The words of every phrase (see `_anchors`); None when some phrase has none.
    anchors: tuple[tuple[str, ...], ...] | None = None
    # Where `latin` matches may start, by the words they need (see `_leads`).
    leads: Leads | None = None
    # `anchors` without the phrases that have a non-ASCII word, for ASCII text.
    ascii_anchors: tuple[tuple[str, ...], ...] | None = None

    def _absent(self, lower: str) -> bool:
        """True only when no phrase can match the lower-cased text: a match of `latin` or
        `cjk` holds every word of its phrase literally (the patterns are built from the
        lower-cased phrases, and run on lower-cased text), so a text that lacks a word of
        every phrase holds none. A few dozen substring tests (most phrases fail on their
        first word) instead of the pattern, which tries every position (~20 ns per
        character); on short texts (link labels) the pattern is the cheaper one, so only
        `in_any` asks."""
        anchors = self.anchors
        if anchors is None:
            return False
        if self.ascii_anchors is not None and lower.isascii():
            # A phrase with a non-ASCII word cannot occur in ASCII text: a third of the
            # tests (accented and Japanese phrases) spared on most replies.
            anchors = self.ascii_anchors
        for words in anchors:
            for word in words:
                if word not in lower:
                    break
            else:
                return False
        return True

    def spans(self, text: str) -> list[tuple[int, int]]:
        lower = text.lower()
        if len(lower) != len(text):
            return [m.span() for m in self.fallback.finditer(text)] if self.fallback else []
        out = [m.span() for m in self.latin.finditer(lower)] if self.latin else []
        if self.cjk is not None and _has_cjk(text):
            out += [m.span() for m in self.cjk.finditer(lower)]
        return sorted(out)

    def spans_among(self, text: str, tokens: frozenset[str]) -> list[tuple[int, int]]:
        r"""`spans(text)`, given `tokens`: a set holding every `\w+` run of the lower-cased
        text (more words do no harm; `review.Analysis.tokens` for the seller's own texts).

        `latin` is tried only where a phrase whose whole words all occur in `tokens` has
        its first word (`str.find`), not at every position, where its leading `(?<!\w)`
        makes `re` step character by character (~28 ns each, ~60 µs on a 2 KB reply). A
        match is one phrase, written out: it starts with that phrase's first word and
        holds each of its whole words (see `_leads`) as a `\w+` run of the text. The
        places are tried in order, each after the previous match's end, with `match`
        (whose look-behind sees the text before it) as `finditer` would: the same
        matches."""
        lower = text.lower()
        leads = self.leads
        if leads is None or self.latin is None or len(lower) != len(text):
            return self.spans(text)
        keys, index, always = leads
        firsts = set(always)
        for word in keys & tokens:  # two frozensets: C walks the smaller one
            for first, needed in index[word]:
                if needed <= tokens:
                    firsts.add(first)
        out = [m.span() for m in matches_at(self.latin, lower, occurrences(lower, firsts))]
        if self.cjk is not None and _has_cjk(text):
            out += [m.span() for m in self.cjk.finditer(lower)]
        return sorted(out)

    def search(self, text: str) -> tuple[int, int] | None:
        """`spans(text)[0]` (or None), without listing every match: the first match of
        each pattern is the leftmost of its matches, and the smaller of the two is the
        first of the sorted spans."""
        lower = text.lower()
        if len(lower) != len(text):
            found = self.fallback.search(text) if self.fallback else None
            return found.span() if found else None
        best: tuple[int, int] | None = None
        if self.latin is not None and (found := self.latin.search(lower)) is not None:
            best = found.span()
        if self.cjk is not None and _has_cjk(text) and (found := self.cjk.search(lower)):
            span = found.span()
            if best is None or span < best:
                best = span
        return best

    def in_any(self, texts: list[str]) -> bool:
        r"""False only when none of `texts` holds a match: one search over them joined by
        line ends instead of one call per text (per HTML text node, a hundred on a page).

        A match inside one text is a match of the joined text too: the patterns look
        past a match only for a word character (`(?<!\w)`, `(?!\w)`), and the line end
        is none. When lower-casing changes the length, `spans` takes the fallback pattern
        for some texts; then nothing is ruled out.

        Each distinct text is searched once, without its leading and trailing whitespace
        (the text/plain and text/html alternatives, and repeated paragraphs, hold the same
        runs): a match neither starts nor ends with whitespace (phrases are stripped, and
        `\s` is what `str.strip` removes), and what the patterns look at around it, a
        whitespace character or the text's edge, is the joining line end or the edge."""
        joined = "\n".join(dict.fromkeys(map(str.strip, texts)))
        lower = joined.lower()
        if len(lower) != len(joined):
            return True
        if self._absent(lower):
            return False
        if self.latin is not None and self.latin.search(lower) is not None:
            return True
        return self.cjk is not None and _has_cjk(joined) and self.cjk.search(lower) is not None


def fast_phrases(phrases: list[str]) -> PhraseSet | None:
    """Compile a word list (same matching as config.compile_phrases) for lower-cased
    text; None for an empty list."""
    latin = [p for p in phrases if not _CJK.search(p)]
    cjk = [p for p in phrases if _CJK.search(p)]
    both = phrases_source(phrases)
    if both is None:
        return None
    latin_src, cjk_src = phrases_source(latin), phrases_source(cjk)
    anchors = _anchors(phrases)
    return PhraseSet(
        re.compile(latin_src) if latin_src else None,
        re.compile(cjk_src) if cjk_src else None,
        re.compile(both, re.I),
        anchors,
        _leads(latin),
        None if anchors is None else tuple(a for a in anchors if all(map(str.isascii, a))),
    )


# `PhraseSet.leads`: the first words of phrases by one of the whole words they need (and
# those words as a set), each with all of them; and the first words of phrases that need
# none.
Leads = tuple[frozenset[str], dict[str, tuple[tuple[str, frozenset[str]], ...]], frozenset[str]]
_RUN = re.compile(r"\w+")


def _leads(phrases: list[str]) -> Leads:
    r"""For `PhraseSet.spans_among`, from the phrases `latin` is built of (each
    lower-cased, as `config.phrase_atoms` reads it): a match of a phrase is its words
    literally, with whitespace between them, so it starts with the first word, and each
    `\w+` run of its words is a whole `\w+` run of the text: within a word it lies between
    non-word characters, and at a word's edge the pattern has whitespace, `(?<!\w)` or
    `(?!\w)` (a phrase ending in a non-word character ends the run inside the word). The
    exception is the last run of a stem (`review*`), which may go on: it is not needed."""
    index: dict[str, list[tuple[str, frozenset[str]]]] = {}
    always: set[str] = set()
    for phrase in {p.strip() for p in phrases if p.strip()}:
        stem = phrase.endswith("*")
        body = (phrase[:-1] if stem else phrase).lower().split()
        runs = _RUN.findall(" ".join(body))
        if stem and body and _RUN.fullmatch(body[-1][-1:] or " "):
            runs.pop()  # the stem's last run (a stem ending in a non-word character ends it)
        if not runs:
            always.add(body[0] if body else "")
            continue
        key = max(runs, key=len)  # the longest: the likeliest to be missing
        index.setdefault(key, []).append((body[0], frozenset(runs)))
    return frozenset(index), {k: tuple(v) for k, v in index.items()}, frozenset(always)


def _anchors(phrases: list[str]) -> tuple[tuple[str, ...], ...] | None:
    """For `PhraseSet._absent`: the words of each phrase (lower-cased, as
    `config.phrase_atoms` reads them; a stem's `*` is not part of its word), longest
    first, as the likeliest to be missing. A phrase is left out when the words of another
    all occur in its own (where it occurs, so does the other). None when a phrase has no
    word."""
    found: set[tuple[str, ...]] = set()
    for phrase in {p.strip() for p in phrases if p.strip()}:
        body = (phrase[:-1] if phrase.endswith("*") else phrase).lower().split()
        if not body:
            return None
        found.add(tuple(sorted(set(body), key=lambda w: (-len(w), w))))
    return tuple(sorted(w for w in found if not any(_covers(w, o) for o in found)))


def _covers(words: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Whether each of `other`'s words is in one of `words` (and the two differ)."""
    return other != words and all(any(o in w for w in words) for o in other)


def phrases_of(policy: Policy, rule_id: str, key: str = "words") -> PhraseSet | None:
    """A rule's per-language word table (every language) as a fast pattern, memoised."""
    table = policy.rule(rule_id)[key]
    return policy.memo(
        f"fast:{rule_id}:{key}", lambda: fast_phrases([p for ps in table.values() for p in ps])
    )


# -- domains and URLs -----------------------------------------------------------------


def domain_set(policy: Policy, entries: list[str]) -> frozenset[str]:
    """Concrete domains for allow-list entries; "name.*" expands over wildcard_suffixes."""
    suffixes = policy.rule(EXTERNAL)["wildcard_suffixes"]
    out: set[str] = set()
    for entry in entries:
        name = entry.strip().lower().strip(".")
        if name.endswith(".*"):
            out.update(f"{name[:-2]}.{s}" for s in suffixes)
        elif name:
            out.add(name)
    return frozenset(out)


def host_in(host: str, domains: frozenset[str]) -> bool:
    """Domain-suffix match: host is a listed domain or a subdomain of one.

    The suffixes tried are the host and what follows each of its dots, which is
    `".".join(labels[i:])` for every i, without splitting and joining."""
    if host in domains:
        return True
    dot = host.find(".")
    while dot >= 0:
        if host[dot + 1 :] in domains:
            return True
        dot = host.find(".", dot + 1)
    return False


@dataclass(frozen=True, slots=True)
class Url:
    scheme: str  # lower case; "" for "www.x.com" / "shop.example.com" written as text
    host: str  # lower case; "" when there is none (mailto:, javascript:)
    rest: str  # path and query, for pattern checks


def parse_url(raw: str, from_text: bool) -> Url | None:
    """The parts of a link; None for relative links and fragments in attributes."""
    value = raw.strip().replace("\\", "/")
    match = _SCHEME.match(value)
    scheme = match.group(1).lower() if match else ""
    if scheme and not value[len(scheme) + 1 :].startswith("//"):
        return Url(scheme, "", value[len(scheme) + 1 :])
    if not scheme and not (from_text or value.startswith("//") or value.lower().startswith("www.")):
        return None
    try:
        parts = urlsplit(value if scheme or value.startswith("//") else "//" + value)
        host = (parts.hostname or "").rstrip(".")
    except ValueError:
        return Url(scheme, "invalid", value)
    rest = parts.path + ("?" + parts.query if parts.query else "")
    return Url(scheme, host, rest)


def _trim(url: str) -> str:
    while url and url[-1] in _TRAILING:
        url = url[:-1]
    while url.endswith(")") and url.count("(") < url.count(")"):
        url = url[:-1]
    return url


def _url_re(policy: Policy) -> re.Pattern[str]:
    def build() -> re.Pattern[str]:
        tlds = "|".join(sorted(policy.rule(EXTERNAL)["bare_domain_tlds"], key=len, reverse=True))
        return re.compile(
            r"(?<![\w@./-])(?:(?i:https?|ftp)://|(?i:www)\.)[^\s<>\"'`]+"
            r"|(?<![\w@./-])(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+"
            rf"(?:{tlds})(?![\w@-])(?::\d{{2,5}})?(?:[/?#][^\s<>\"'`]*)?"
        )

    return policy.memo("links:url_re", build)


_WHITESPACE = re.compile(r"\s")
_DOT_INSIDE = re.compile(r"\.\S")


def _url_matches(policy: Policy, text: str) -> Iterator[re.Match[str]]:
    """The matches of the address pattern that contain a "." (the others are never
    addresses), in order: the same as `finditer(text)` filtered, at a fraction of the cost.

    No match spans whitespace, and the pattern's look-behind and look-ahead see the same
    whitespace (or text end) at a word's edges either way. So the pattern only needs to
    run over the whitespace-delimited words that hold a ".", each searched on its own
    (`endpos` = the word's end), instead of trying every position of the text: the bare
    domain alternative backtracks at every word start (~75 ns per character)."""
    pattern = _url_re(policy)
    if not policy.memo("links:url_re_wordwise", lambda: _plain_tlds(policy)):
        yield from pattern.finditer(text)  # a TLD entry that is not a plain name
        return
    pos = 0
    while (dot := text.find(".", pos)) >= 0:
        start = dot
        while start > pos and not text[start - 1].isspace():
            start -= 1
        space = _WHITESPACE.search(text, dot)
        end = space.start() if space else len(text)
        yield from pattern.finditer(text, start, end)
        pos = end


def _plain_tlds(policy: Policy) -> bool:
    """Whether every listed top-level domain is letters, digits and dashes (then no match
    of the address pattern can contain whitespace)."""
    tlds = policy.rule(EXTERNAL)["bare_domain_tlds"]
    return all(re.fullmatch(r"[A-Za-z0-9-]+", str(t)) for t in tlds)


def text_urls(policy: Policy, text: str) -> list[tuple[int, int, str]]:
    """(start, end, url) of every web address written as text, e-mail addresses left out."""
    # A reported address holds a "." that is not its last character (`_trim` strips
    # trailing dots) and has no whitespace, so the text has a "." followed by a
    # non-space. Sentence ends (". ", ".\n", "." at the end) are not: most runs of a
    # reply end there and are settled here, before the per-word scan.
    if _DOT_INSIDE.search(text) is None:
        return []
    found = []
    emails: list[tuple[int, int]] | None = None
    for match in _url_matches(policy, text):
        url = _trim(match.group(0))
        if "." not in url or url.endswith("://"):
            continue
        start = match.start()
        end = start + len(url)
        if "://" not in url:
            if emails is None:
                from policies.rules.contact import email_spans

                emails = email_spans(policy, text)
            if any(s < end and start < e for s, e in emails):
                continue
        found.append((start, end, url))
    return found


# -- link scan and classification --------------------------------------------------------


@dataclass(slots=True)
class Link:
    """One link: where it is (`where` names the element/attribute), its target, its
    anchor text (for <a>), whether it sits in quoted history, and the rules it breaks."""

    url: str
    where: str
    part: TextPart
    quoted: bool
    parsed: Url | None
    el: Any = None
    label: str | None = None
    categories: frozenset[str] = field(default_factory=frozenset)

    @property
    def location(self) -> str:
        return f"{self.part.label}, {self.where}"


@dataclass(slots=True)
class LinkConfig:
    allowed: frozenset[str]
    amazon: frozenset[str]
    shorteners: frozenset[str]
    ignored_schemes: frozenset[str]
    listing: re.Pattern[str] | None
    opt_out_words: PhraseSet | None
    opt_out_url_words: tuple[str, ...]
    active: frozenset[str]


def link_config(policy: Policy) -> LinkConfig:
    def build() -> LinkConfig:
        ext = policy.rule(EXTERNAL)
        listing = policy.rule(LISTING)
        patterns = listing["listing_patterns"]
        return LinkConfig(
            allowed=domain_set(policy, ext["allowed_domains"] + ext["seller_domains"]),
            amazon=domain_set(policy, listing["amazon_domains"]),
            shorteners=domain_set(policy, policy.rule(SHORTENER)["hosts"]),
            ignored_schemes=frozenset(s.lower() for s in ext["ignored_schemes"]),
            listing=re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None,
            opt_out_words=phrases_of(policy, OPT_OUT),
            opt_out_url_words=tuple(w.lower() for w in policy.rule(OPT_OUT)["url_words"]),
            active=frozenset(
                r
                for r in (EXTERNAL, LISTING, INSECURE, SHORTENER, OPT_OUT)
                if policy.action(r) is not Action.OFF
            ),
        )

    return policy.memo("links:config", build)


def classify(
    cfg: LinkConfig, url: Url | None, label: str | None, quoted: bool, removes_listing: bool
) -> frozenset[str]:
    """The link rules a link breaks. Opt-out links first (footer removal), then shorteners,
    then the allow-list; an allowed link can still be a listing and/or plain http."""
    if url is None or url.scheme in cfg.ignored_schemes:
        return frozenset()
    if not url.host:
        return frozenset({EXTERNAL}) if url.scheme else frozenset()
    if OPT_OUT in cfg.active and not quoted:
        rest = url.rest.lower()
        if any(w in rest for w in cfg.opt_out_url_words) or (
            label and cfg.opt_out_words is not None and cfg.opt_out_words.search(label)
        ):
            return frozenset({OPT_OUT})
    if SHORTENER in cfg.active and host_in(url.host, cfg.shorteners):
        return frozenset({SHORTENER})
    if not host_in(url.host, cfg.allowed):
        return frozenset({EXTERNAL})
    found: set[str] = set()
    if (
        not quoted
        and cfg.listing is not None
        and host_in(url.host, cfg.amazon)
        and cfg.listing.search(url.rest)
    ):
        found.add(LISTING)
        if removes_listing:
            return frozenset(found)
    if url.scheme == "http":
        found.add(INSECURE)
    return frozenset(found)


def _removes_listing(model: MessageModel) -> bool:
    return not model.is_reply and model.policy.action(LISTING) is Action.STRIP


def anchor_label(el: Any) -> str:
    """What a reader sees as the link: its text, else the alt text of an image in it."""
    if len(el) == 0 and el.text and not el.text.isspace():
        # No child nodes: the text content is the element's own text (and there is no
        # image to look in), without an XPath evaluation per link.
        return " ".join(el.text.split())
    text = " ".join(el.text_content().split())
    if text:
        return text
    for img in el.iter("img"):
        alt = (img.get("alt") or "").strip()
        if alt:
            return alt
    return ""


def _attribute_url(policy: Policy, url: str) -> Url | None:
    parsed = parse_url(url, False)
    if parsed is None and _url_re(policy).fullmatch(url.strip()):
        # href="facebook.com": a mail client resolves it as a site, not a page.
        parsed = parse_url(url, True)
    return parsed


def _element_links(
    view: PartView, policy: Policy, parsed: dict[str, Url | None] | None = None
) -> list[Link]:
    """Links in the part's elements. `parsed` keeps each distinct address's parse for the
    caller to share (the same links recur in repeated paragraphs and across parts)."""
    out: list[Link] = []
    part = view.part
    known = {} if parsed is None else parsed
    for el, quoted in view.elements:
        tag = el.tag
        # Only attributes (and a <style> block's text) hold links; most elements have
        # none, and one call settles that where each `get` below is one call too.
        if tag != "style" and not el.keys():
            continue
        targets: list[tuple[str, str]] = []
        if tag in ("a", "area", "link") and el.get("href") is not None:
            targets.append((f"<{tag} href>", el.get("href")))
        elif tag == "form" and el.get("action"):
            targets.append(("<form action>", el.get("action")))
        style = el.get("style")
        if style and "url(" in style.lower():
            targets += [("style url()", m.group(2) or m.group(4)) for m in _CSS_URL.finditer(style)]
        if tag == "style" and el.text:
            targets += [("<style> url()", m.group(2) or m.group(4)) for m in _css_urls(el.text)]
        label = anchor_label(el) if tag == "a" and targets else None
        for where, url in targets:
            if url in known:
                url_parts = known[url]
            else:
                url_parts = known[url] = _attribute_url(policy, url)
            out.append(Link(url.strip(), where, part, quoted, url_parts, el, label))
    return out


def _text_links(policy: Policy, view: PartView) -> list[Link]:
    out: list[Link] = []
    slots = view.slots
    for index in _dotted(slot.text for slot in slots):
        slot = slots[index]
        for _, _, url in text_urls(policy, slot.text):
            out.append(Link(url, "text", view.part, slot.quoted, parse_url(url, True)))
    return out


def _dotted(texts: Iterable[str]) -> list[int]:
    """Indexes of the texts with a "." followed by a non-space, the only ones in which
    `text_urls` can find anything: one search over the texts joined by line ends (which
    are spaces, so every match lies inside one text) instead of one per text."""
    texts = list(texts)
    joined = "\n".join(texts)
    found = [m.start() for m in _DOT_INSIDE.finditer(joined)]
    if not found:
        return []
    starts = list(accumulate((len(t) + 1 for t in texts[:-1]), initial=0))
    return sorted({bisect_right(starts, at) - 1 for at in found})


def find_links(model: MessageModel, part_views: list[PartView]) -> list[Link]:
    cfg = link_config(model.policy)
    removes = _removes_listing(model)
    links: list[Link] = []
    parsed: dict[str, Url | None] = {}
    for view in part_views:
        links += _element_links(view, model.policy, parsed)
        links += _text_links(model.policy, view)
    # `classify` depends on nothing but these three (and the message-wide `removes`); the
    # same link recurs in the text/plain and text/html alternatives and in repeated
    # paragraphs, and each classification runs the opt-out word list on its label.
    known: dict[tuple[Url | None, str | None, bool], frozenset[str]] = {}
    for link in links:
        key = (link.parsed, link.label, link.quoted)
        categories = known.get(key)
        if categories is None:
            categories = known[key] = classify(cfg, *key, removes)
        link.categories = categories
    return links


def scan_links(model: MessageModel) -> list[Link]:
    """Every link of the pristine message, classified (cached for the checks)."""
    return model.shared("links.scan", lambda: find_links(model, views(model)))


def subject_urls(model: MessageModel) -> list[tuple[int, int, str, frozenset[str]]]:
    """Web addresses written in the subject line, classified like text links."""
    subject = model.subject
    if not subject:
        return []
    cfg = link_config(model.policy)
    removes = _removes_listing(model)
    return [
        (s, e, url, classify(cfg, parse_url(url, True), None, False, removes))
        for s, e, url in text_urls(model.policy, subject)
    ]


# -- fixing -----------------------------------------------------------------------------


def _https(url: str) -> str:
    return re.sub(r"^\s*http:", "https:", url, count=1, flags=re.I)


def _may_hold_css_url(text: str) -> bool:
    """False only when neither `_CSS_URL` nor `_CSS_DECL` can match: both need a "url(" or
    an "@import", in any case. (IGNORECASE also matches "ı" and "İ" for "i", which lower()
    does not turn into "i".) `_CSS_URL.finditer` over a long style sheet costs ~10 ns per
    character; these substring tests a fraction of that."""
    lower = text.lower()
    return "url(" in lower or "@import" in lower or "\u0130" in text or "\u0131" in text


def _css_urls(text: str) -> Iterator[re.Match[str]]:
    """Exactly `_CSS_URL.finditer(text)`, trying the pattern only where a match can start.

    Every match starts with "url(" or "@import" in any case, so in the lower-cased text
    (when it keeps the length) `str.find` gets those places. `finditer` walks a style
    sheet position by position (~10 ns a character, 100 µs for a template's <style>
    block). IGNORECASE also takes "ı" and "İ" for "i", which lower() does not turn into
    "i": then the plain scan runs."""
    lower = text.lower()
    if len(lower) != len(text) or "\u0130" in text or "\u0131" in text:
        yield from _CSS_URL.finditer(text)
        return
    yield from matches_at(_CSS_URL, text, occurrences(lower, ("url(", "@import")))


def _fix_css(text: str, category: str, cfg: LinkConfig, removes: bool, quoted: bool) -> str:
    """Upgrade, or drop the whole declaration (or @import) holding, each url() of the
    category; `background: url(x) #fff` goes entirely rather than leaving odd CSS."""

    hit = partial(_css_url_hit, category, cfg, removes, quoted)
    # Both patterns need a url( or an @import (any case); most style sheets have neither,
    # and _CSS_DECL is slow on long ones (~1 ms for 8 KB), so those are settled here.
    if not _may_hold_css_url(text):
        return text if category == INSECURE else text.strip()
    if category == INSECURE:
        return _CSS_URL.sub(partial(_upgrade_css_url, hit), text)
    return _css_decl_sub(partial(_drop_css_decl, hit), text).strip()


# `_fix_css`'s pieces, bound with `partial` rather than written as inner functions that
# call each other: compiled by mypyc, those form a reference cycle per call.
def _css_url_hit(category: str, cfg: LinkConfig, removes: bool, quoted: bool, url: str) -> bool:
    return category in classify(cfg, parse_url(url, False), None, quoted, removes)


def _upgrade_css_url(hit: Callable[[str], bool], m: re.Match[str]) -> str:
    url = m.group(2) or m.group(4)
    return m.group(0).replace(url, _https(url)) if hit(url) else m.group(0)


def _drop_css_decl(hit: Callable[[str], bool], m: re.Match[str]) -> str:
    urls = [u.group(2) or u.group(4) for u in _CSS_URL.finditer(m.group(0))]
    return "" if any(hit(u) for u in urls) else m.group(0)


def _css_decl_sub(repl: Callable[[re.Match[str]], str], text: str) -> str:
    """Exactly `_CSS_DECL.sub(repl, text)`, but the pattern is only tried where a match
    can start. A match starts at an "@import", or (the declaration alternative) in the
    stretch before a "url(" that holds none of `;{}`, since the pattern allows none of
    them between the property name and url(. `sub` itself tries every position of the
    style sheet, and the declaration alternative backtracks at each word: ~1 ms on an
    8 KB sheet, where the few stretches take a few µs. Stretches are tried in order and
    cover every possible start, so the first match found is the leftmost one."""
    out: list[str] = []
    pos = 0  # no match starts before this
    done = 0  # text[:done] has been copied to `out`
    for hint in _CSS_DECL_HINT.finditer(text):
        at = hint.start()
        if at < pos:
            continue
        first = max(pos, *(text.rfind(c, 0, at) + 1 for c in ";{}"))
        for start in range(first, at + 1):
            match = _CSS_DECL.match(text, start)
            if match is not None:
                out += (text[done:start], repl(match))
                done = pos = match.end()
                break
        else:
            pos = at + 1
    out.append(text[done:])
    return "".join(out)


def fix_links(ctx: Context, category: str) -> None:
    """Remove (or, for insecure_http, upgrade) every link of one category on the working
    copy: unwrap <a> keeping its text, drop <area>/<link>, drop a form's action, blank CSS
    url(), cut addresses written as text. The subject line is cleaned the same way."""
    model = ctx.model
    cfg = link_config(ctx.policy)
    removes = _removes_listing(model)
    for part in model.text_parts:
        if part.is_html:
            view = part_view(part)
            changed = False
            for link in _element_links(view, ctx.policy):
                if link.where == "<style> url()" or link.where == "style url()":
                    continue
                cats = classify(cfg, link.parsed, link.label, link.quoted, removes)
                if category not in cats:
                    continue
                el = link.el
                attr = "action" if el.tag == "form" else "href"
                if category == INSECURE:
                    el.set(attr, _https(link.url))
                elif el.tag == "a":
                    el.drop_tag()
                elif el.tag == "form":
                    del el.attrib["action"]
                else:
                    el.drop_tree()
                changed = True
            for el, quoted in view.elements:
                style = el.get("style")
                if style and "url(" in style.lower():
                    new = _fix_css(style, category, cfg, removes, quoted)
                    if new != style:
                        el.set("style", new)
                        changed = True
                if el.tag == "style" and el.text:
                    new = _fix_css(el.text, category, cfg, removes, quoted)
                    if new != el.text:
                        el.text = new
                        changed = True
            if changed:
                part.touch()

        # A lambda, not a nested `def`: compiled by mypyc, a named inner function is kept
        # in its own closure, a reference cycle per fixed part (tests/test_prefilter.py).
        rewrite_texts(
            part,
            lambda slot: _fix_text(ctx.policy, slot.text, category, cfg, slot.quoted, removes),
        )
    subject = model.subject
    if subject:
        new = _fix_text(ctx.policy, subject, category, cfg, False, removes)
        if new != subject:
            model.set_subject(" ".join(new.split()))


def _fix_text(
    policy: Policy, text: str, category: str, cfg: LinkConfig, quoted: bool, removes: bool
) -> str:
    spans = []
    out = text
    for start, end, url in reversed(text_urls(policy, text)):
        cats = classify(cfg, parse_url(url, True), None, quoted, removes)
        if category not in cats:
            continue
        if category == INSECURE:
            out = out[:start] + _https(url) + out[end:]
        else:
            spans.append((start, end))
    return cut_spans(out, spans) if spans else out


# -- the rules --------------------------------------------------------------------------


class _LinkRule(Rule):
    """Shared check/fix for the link rules that remove one category of link."""

    def message(self, link_host: str, ctx: Context) -> str:
        raise NotImplementedError

    def finding_action(self, ctx: Context) -> Action | None:
        return None

    def check(self, ctx: Context) -> None:
        action = self.finding_action(ctx)
        for link in scan_links(ctx.model):
            if self.id in link.categories:
                host = link.parsed.host if link.parsed and link.parsed.host else link.url
                ctx.report(self.message(host, ctx), link.location, link.url, action)
        for _, _, url, cats in subject_urls(ctx.model):
            if self.id in cats:
                parsed = parse_url(url, True)
                host = parsed.host if parsed and parsed.host else url
                ctx.report(self.message(host, ctx), "header Subject", url, action)

    def fix(self, ctx: Context) -> None:
        fix_links(ctx, self.id)


class ExternalLinks(_LinkRule):
    """Amazon forbids links that take the buyer off Amazon (its "prohibited seller
    activities" policy bans URLs meant to divert buyers); only secure links needed to
    complete the order, and Amazon's own, are tolerated, and Amazon silently drops links it
    does not trust.

    Every link target is matched against an allow-list (Amazon retail sites for every
    marketplace, carriers, and the seller's own order-completion domains from the policy)
    by domain suffix, so "www.ups.com" matches "ups.com" but "ups.com.evil.io" does not.
    Covers <a>, <area>, <form action>, <link>, CSS url(), and addresses written as text,
    including bare names like "mybrand.com" when they end in a known top-level domain
    written in lower case (so "Hello.It" or "invoice.pdf" is not an address). E-mail and
    phone links are the contact rules' business; images (<img src>) the image rules'.
    The fix unwraps links (the words stay) and cuts written addresses.
    """

    id = EXTERNAL
    default_action = Action.STRIP
    summary = "Link to a site outside Amazon, the carriers and the seller's allowed domains."
    can_strip = True

    @dataclass(frozen=True)
    class Params(Rule.Params):
        allowed_domains: Annotated[
            list[str],
            "Where links may point. A host matches an entry when it is the "
            'entry or ends with "." + entry ("ups.com" also covers '
            '"www.ups.com"). An entry ending in ".*" stands for that name '
            'followed by any suffix in `wildcard_suffixes` ("amazon.*" = '
            "amazon.com, amazon.co.uk, amazon.co.jp, …). Amazon retail and "
            "help sites, then carriers.",
        ] = field(default_factory=list)
        seller_domains: Annotated[
            list[str],
            "The seller's own order-completion sites (customisation tool, "
            "warranty registration), same matching as allowed_domains. Empty "
            "by default.",
        ] = field(default_factory=list)
        wildcard_suffixes: Annotated[
            list[str],
            'What "name.*" entries may end with: the retail marketplace '
            "suffixes and common ccTLDs.",
        ] = field(default_factory=list)
        bare_domain_tlds: Annotated[
            list[str],
            "Text without http:// or www. counts as a web address when it ends "
            "in one of these top-level domains (written in lower case: "
            '"shop.example.com", "mybrand.de/help").',
        ] = field(default_factory=list)
        ignored_schemes: Annotated[
            list[str],
            "Link schemes that are not web links: e-mail and phone links "
            "belong to the contact rules.",
        ] = field(default_factory=list)

    def message(self, link_host: str, ctx: Context) -> str:
        return (
            f"This link goes to a website outside Amazon ({link_host}). Amazon does not "
            "allow links that take the buyer off Amazon. The gateway removes the link and "
            "keeps its words. If the buyer really needs this page to complete the order, ask "
            "your administrator to add the site to the allowed seller domains."
        )


class AmazonListingLinks(_LinkRule):
    """Links to Amazon product pages or storefronts (/dp/, /gp/product/, /stores/, ?me=,
    /shops/) are cross-selling, which Amazon treats as marketing in Buyer-Seller Messaging.

    Removed from messages the seller starts; in a reply they only warn, because answering
    "which model fits my device?" with a product link is arguably customer service.
    Links in quoted history (Amazon's own notification) are left alone, and order-history,
    account and help pages are not listings.
    """

    id = LISTING
    default_action = Action.STRIP
    summary = "Link to an Amazon product page or storefront (warns in replies)."
    can_strip = True

    @dataclass(frozen=True)
    class Params(Rule.Params):
        amazon_domains: Annotated[
            list[str],
            "Amazon hosts (same matching as links.external) and the "
            "paths/queries on them that are product pages or storefronts "
            '(regular expressions over path + "?" + query).',
        ] = field(default_factory=list)
        listing_patterns: Annotated[list[str], "See the rule."] = field(default_factory=list)

    def finding_action(self, ctx: Context) -> Action | None:
        return Action.WARN if ctx.model.is_reply else None

    def message(self, link_host: str, ctx: Context) -> str:
        if ctx.model.is_reply:
            return (
                "This links to an Amazon product page or storefront. In a reply that is "
                "allowed only when it answers the buyer's question; do not use it to "
                "advertise other products."
            )
        return (
            "This links to an Amazon product page or storefront, which Amazon treats as "
            "advertising in a message you start. The gateway removes the link and keeps "
            "its words."
        )


class InsecureHttpLinks(_LinkRule):
    """Amazon expects every link it lets through to be secure (https); plain http links
    are treated as untrusted. Only allowed links are considered (others are removed by
    links.external anyway); the fix rewrites http: to https:, which all allow-listed sites
    (Amazon, carriers) serve. Addresses written without a scheme ("www.ups.com") are left.
    """

    id = INSECURE
    default_action = Action.STRIP
    summary = "Allowed link over plain http (rewritten to https)."
    can_strip = True

    def message(self, link_host: str, ctx: Context) -> str:
        return (
            f"This link to {link_host} starts with http:// (not secure). Amazon expects "
            "secure links; the gateway changes it to https://."
        )


class ShortenerLinks(_LinkRule):
    """Shortened links (bit.ly, tinyurl, t.co, amzn.to …) and e-mail tools' click-tracking
    redirects (SendGrid, Mailchimp, HubSpot, Klaviyo …) hide where they lead, so neither
    Amazon nor the buyer can see the target; Amazon drops untrusted links. Matched by host
    (list in the policy); the fix removes them like external links.
    """

    id = SHORTENER
    default_action = Action.STRIP
    summary = "Shortened or click-tracking link (target cannot be verified)."
    can_strip = True

    @dataclass(frozen=True)
    class Params(Rule.Params):
        hosts: Annotated[
            list[str],
            "URL shorteners and e-mail tools' click-tracking redirectors "
            "(suffix match): the real target cannot be seen. amzn.to and a.co "
            "are Amazon's own shorteners (product links).",
        ] = field(default_factory=list)

    def message(self, link_host: str, ctx: Context) -> str:
        return (
            f"This is a shortened or click-tracking link ({link_host}); nobody can see where "
            "it leads, so Amazon does not accept it. The gateway removes it. Write the full "
            "https:// address of an allowed site instead, and switch off click tracking in "
            "your e-mail tool for Amazon buyers."
        )


class OptOutLinks(Rule):
    """Amazon manages buyers' opt-out from seller messages itself; an unsubscribe link or
    newsletter footer marks the message as bulk marketing. Found by link address or link
    text, and by footer phrases in every marketplace language (the seller's own text only:
    quoted history is Amazon's or the buyer's); also the mailing-list headers
    List-Unsubscribe, List-Unsubscribe-Post, List-Id and "Precedence: bulk".

    The fix removes the headers, and the footer: the whole paragraph (or table cell) when it
    is short, otherwise just the sentence, so a long paragraph with real content survives.
    """

    id = OPT_OUT
    default_action = Action.STRIP
    summary = "Unsubscribe/opt-out links, footers and mailing-list headers."
    can_strip = True

    @dataclass(frozen=True)
    class Params(Rule.Params):
        headers: Annotated[
            list[str], "Mailing-list headers (removed), and Precedence values that mark bulk mail."
        ] = field(default_factory=list)
        precedence_values: Annotated[list[str], "See the rule."] = field(default_factory=list)
        url_words: Annotated[
            list[str],
            "A link whose address (path and query, lower case) contains one of "
            "these is an opt-out link.",
        ] = field(default_factory=list)
        footer_max_words: Annotated[
            int,
            "A paragraph (or table cell, list item) with an opt-out link or "
            "phrase and at most this many words is a footer and is removed "
            "whole; in a longer one only the sentence goes.",
        ] = 30
        words: Annotated[dict[str, list[str]], "See the rule."] = field(default_factory=dict)

    def _headers(self, ctx: Context) -> list[tuple[str, str]]:
        found = []
        for name in ctx.params["headers"]:
            if name in ctx.model.msg:
                found.append((name, ctx.model.header(name)))
        precedence = ctx.model.header("Precedence").strip().lower()
        if precedence in ctx.params["precedence_values"]:
            found.append(("Precedence", precedence))
        return found

    def check(self, ctx: Context) -> None:
        for name, value in self._headers(ctx):
            ctx.report(
                f"The message carries the mailing-list header {name}, which marks it as bulk "
                "marketing mail. The gateway removes it; check that your helpdesk does not "
                "send Amazon buyers' mail through a newsletter tool.",
                f"header {name}",
                f"{name}: {value}",
            )
        for link in scan_links(ctx.model):
            if OPT_OUT in link.categories:
                ctx.report(self._message(), link.location, link.url)
        words = phrases_of(ctx.policy, self.id)
        if words is None:
            return
        part_views = views(ctx.model)
        # One test over every part's own text first: where it rules out all of them (the
        # usual case), the per-part tests below would each rule out their part.
        if not words.in_any(
            [slot.text for view in part_views for slot in view.slots if not slot.quoted]
        ):
            return
        for view in part_views:
            own = [slot for slot in view.slots if not slot.quoted]
            if not words.in_any([slot.text for slot in own]):
                continue
            for slot in own:
                span = words.search(slot.text)
                if span:
                    ctx.report(self._message(), view.part.label, slot.text[span[0] : span[1]])

    @staticmethod
    def _message() -> str:
        return (
            "Unsubscribe links and opt-out footers are not allowed: Amazon handles buyers' "
            "opt-outs itself, and such a footer makes the message look like marketing. "
            "The gateway removes the footer."
        )

    def fix(self, ctx: Context) -> None:
        for name, _ in self._headers(ctx):
            ctx.model.remove_header(name)
        words = phrases_of(ctx.policy, self.id)
        max_words = int(ctx.params["footer_max_words"])
        for part in ctx.model.text_parts:
            if part.is_html:
                self._fix_html(ctx, part, words, max_words)
            else:
                self._fix_plain(ctx, part, words, max_words)

    def _hits(self, ctx: Context, text: str, words: PhraseSet | None) -> list[tuple[int, int]]:
        spans = words.spans(text) if words is not None else []
        cfg = link_config(ctx.policy)
        for start, end, url in text_urls(ctx.policy, text):
            if OPT_OUT in classify(cfg, parse_url(url, True), None, False, False):
                spans.append((start, end))
        return spans

    def _fix_html(
        self, ctx: Context, part: TextPart, words: PhraseSet | None, max_words: int
    ) -> None:
        cfg = link_config(ctx.policy)
        for _ in range(100):  # each round removes one footer; bounded for safety
            view = part_view(part)
            target: Any = None
            slot_hit: tuple[Slot, list[tuple[int, int]]] | None = None
            for link in _element_links(view, ctx.policy):
                if link.el.tag in ("a", "area", "link", "form") and OPT_OUT in classify(
                    cfg, link.parsed, link.label, link.quoted, False
                ):
                    target = link.el
                    break
            if target is None:
                for slot in view.slots:
                    spans = [] if slot.quoted else self._hits(ctx, slot.text, words)
                    if spans:
                        slot_hit = (slot, spans)
                        target = slot.el if slot.attr == "text" else slot.el.getparent()
                        break
            if target is None:
                return
            block = block_ancestor(target, _FOOTER_BLOCKS)
            if (
                block is not None
                and word_count(block.text_content()) <= max_words
                and not _holds_opening(block, view)
            ):
                block.drop_tree()
            elif slot_hit is None:
                if target.tag == "form":
                    del target.attrib["action"]
                else:
                    target.drop_tree()
            else:
                slot, spans = slot_hit
                setattr(slot.el, slot.attr, _cut_sentences(slot.text, spans))
            part.touch()

    def _fix_plain(
        self, ctx: Context, part: TextPart, words: PhraseSet | None, max_words: int
    ) -> None:
        slots = part_view(part).slots
        lines = [s.text for s in slots]
        # paragraphs: runs of non-blank lines
        paragraphs: list[list[int]] = []
        for i, line in enumerate(lines):
            if line.strip():
                if paragraphs and paragraphs[-1][-1] == i - 1:
                    paragraphs[-1].append(i)
                else:
                    paragraphs.append([i])
        drop: set[int] = set()
        for para in paragraphs:
            hits = {i: self._hits(ctx, lines[i], words) for i in para if not slots[i].quoted}
            hits = {i: h for i, h in hits.items() if h}
            if not hits:
                continue
            opening = para is next((p for p in paragraphs if not slots[p[0]].quoted), None)
            if not opening and word_count(" ".join(lines[i] for i in para)) <= max_words:
                drop.update(para)
                after = para[-1] + 1
                if after < len(lines) and not lines[after].strip():
                    drop.add(after)
                elif para[0] > 0 and not lines[para[0] - 1].strip():
                    drop.add(para[0] - 1)
            else:
                for i, spans in hits.items():
                    lines[i] = _cut_sentences(lines[i], spans)
        part.set_text("".join(line for i, line in enumerate(lines) if i not in drop))


def _holds_opening(block: Any, view: PartView) -> bool:
    """True when `block` holds the start of the seller's text: then it is not a footer."""
    for slot in view.slots:
        if slot.quoted or not slot.text.strip():
            continue
        owner = slot.el if slot.attr == "text" else slot.el.getparent()
        return any(owner is el for el in block.iter())
    return False


def _is_address(policy: Policy, label: str) -> bool:
    urls = text_urls(policy, label)
    return bool(urls) and urls[0][0] == 0 and urls[0][1] >= len(label)


def _cut_sentences(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` without the sentences that contain any of `spans`."""
    cut = []
    for offset, sentence in sentences(text):
        end = offset + len(sentence)
        if any(s < end and offset < e for s, e in spans):
            cut.append((offset, end))
    ending = text[len(text.rstrip("\r\n")) :]
    body = cut_spans(text, cut)
    return body.rstrip() + ending if body.strip() else ending


class DescriptiveLinkText(Rule):
    """Amazon's later guideline revision counts inaccessible links as violations: link text
    must say where the link goes ("track your parcel on UPS"), not "click here", a bare
    address, or nothing. Only links that survive the other link rules are judged, and only
    in the seller's own text; an image link counts by its alt text. Warns only: rewording
    is the seller's job.
    """

    id = DESCRIPTIVE
    default_action = Action.WARN
    summary = 'Link text that is empty, a bare address or just "click here".'

    @dataclass(frozen=True)
    class Params(Rule.Params):
        words: Annotated[
            dict[str, list[str]],
            "Link text that says nothing about the target when it is all the link says.",
        ] = field(default_factory=dict)

    def check(self, ctx: Context) -> None:
        vague = words_pattern(ctx.policy, self.id)
        removed = {EXTERNAL, SHORTENER, OPT_OUT}
        if _removes_listing(ctx.model):
            removed.add(LISTING)
        for link in scan_links(ctx.model):
            if link.label is None or link.quoted or link.categories & removed:
                continue
            if link.parsed is None or link.parsed.scheme in ("mailto", "tel", "sms", "callto"):
                continue
            label = link.label.strip(" .:!?»›>→-")
            if not label:
                problem = "has no text at all"
            elif _is_address(ctx.policy, label):
                problem = "shows only a web address"
            elif vague is not None and vague.fullmatch(label):
                problem = f'only says "{label}"'
            else:
                continue
            ctx.report(
                f"The text of this link {problem}, which does not tell the buyer where it "
                'goes. Amazon asks for link text that describes the target, e.g. "track your '
                'parcel on the UPS website".',
                link.location,
                link.url,
            )
