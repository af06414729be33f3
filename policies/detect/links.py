"""Every link of a message, and which link rule each one breaks.

Guarantees:

- `scan_links` finds every link a buyer could follow: `<a href>`, `<area href>`,
  `<form action>`, `<link href>`, CSS `url()` and `@import` in style attributes and
  `<style>` blocks, and web addresses written as text (`policies.detect.urls`), except
  those inside an e-mail address (`policies.detect.addresses`: "john(at)shop.de" is an
  address, not the site shop.de);
- each link carries the categories of the link rules it breaks, with a fixed precedence
  (opt-out, then shortener, then the allow-list), so exactly one rule removes a given link;
- `fix_links` removes (or, for links.insecure_http, upgrades) the links of one category
  on the working copy, keeping the words of unwrapped links.

The scan of the pristine message is kept for the checks; fixes scan the working copy
afresh, because earlier fixes edit it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from policies.detect.addresses import EmailFinder
from policies.detect.css import Css, parse_sheet, parse_style
from policies.detect.phrases import Phrases, for_rule
from policies.detect.runs import PartView, cut_spans, part_view, rewrite_texts, views
from policies.detect.urls import Found, Url, expand_domains, find_urls, host_in, is_url, parse_url
from policies.verdict import Action

if TYPE_CHECKING:
    from policies.config import Policy
    from policies.model import MessageModel, TextPart

EXTERNAL = "links.external"
LISTING = "links.amazon_listing"
INSECURE = "links.insecure_http"
SHORTENER = "links.shortener"
OPT_OUT = "links.opt_out"
DESCRIPTIVE = "links.descriptive_text"
EMAIL = "contact.email_address"


def domains(policy: Policy, entries: list[str]) -> frozenset[str]:
    """Concrete domains for allow-list entries ("name.*" expands over
    links.external's wildcard_suffixes)."""
    return expand_domains(entries, policy.params(EXTERNAL).wildcard_suffixes)


def email_finder(policy: Policy) -> EmailFinder:
    """The e-mail address finder of the policy's contact.email_address settings."""
    params = policy.params(EMAIL)
    return policy.memo(
        "links:emails",
        lambda: EmailFinder(
            params.at_tokens, params.dot_tokens, params.obfuscated_tlds, params.word_at_tokens
        ),
    )


def text_urls(policy: Policy, text: str) -> list[Found]:
    """Web addresses written in `text`, leaving out names inside e-mail addresses."""
    found = find_urls(text, link_config(policy).file_extensions)
    if not found or all("://" in f.url for f in found):
        return found
    emails = email_finder(policy).spans(text)
    return [
        f for f in found if "://" in f.url or not any(s < f.end and f.start < e for s, e in emails)
    ]


# -- scan and classification -----------------------------------------------------------


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
    file_extensions: frozenset[str]
    listing: re.Pattern[str] | None
    opt_out_words: Phrases
    opt_out_url_words: tuple[str, ...]
    active: frozenset[str]


def link_config(policy: Policy) -> LinkConfig:
    def build() -> LinkConfig:
        ext = policy.params(EXTERNAL)
        listing = policy.params(LISTING)
        patterns = listing.listing_patterns
        return LinkConfig(
            allowed=domains(policy, ext.allowed_domains + ext.seller_domains),
            amazon=domains(policy, listing.amazon_domains),
            shorteners=domains(policy, policy.params(SHORTENER).hosts),
            ignored_schemes=frozenset(s.lower() for s in ext.ignored_schemes),
            file_extensions=frozenset(e.lower() for e in ext.file_extensions),
            listing=re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None,
            opt_out_words=for_rule(policy, OPT_OUT),
            opt_out_url_words=tuple(w.lower() for w in policy.params(OPT_OUT).url_words),
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
            label and cfg.opt_out_words.search(label)
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


def removes_listing(model: MessageModel) -> bool:
    """Whether links.amazon_listing removes listings from this message (it only warns in
    replies)."""
    return not model.is_reply and model.policy.action(LISTING) is Action.STRIP


def anchor_label(el: Any) -> str:
    """What a reader sees as the link: its text, else the alt text of an image in it."""
    text = " ".join(el.text_content().split())
    if text:
        return text
    for img in el.iter("img"):
        alt = (img.get("alt") or "").strip()
        if alt:
            return alt
    return ""


def _attribute_url(url: str, cfg: LinkConfig) -> Url | None:
    parsed = parse_url(url, False)
    if parsed is None and is_url(url, cfg.file_extensions):
        # href="facebook.com": a mail client resolves it as a site, not a page.
        parsed = parse_url(url, True)
    return parsed


def element_links(view: PartView, cfg: LinkConfig) -> list[Link]:
    """Links in the part's elements (attributes and style sheets), unclassified."""
    out: list[Link] = []
    for el, quoted in view.elements:
        tag = el.tag
        targets: list[tuple[str, str]] = []
        if tag in ("a", "area", "link") and el.get("href") is not None:
            targets.append((f"<{tag} href>", el.get("href")))
        elif tag == "form" and el.get("action"):
            targets.append(("<form action>", el.get("action")))
        style = el.get("style")
        if style:
            targets += [("style url()", url.value) for url in parse_style(style).urls]
        if tag == "style" and el.text:
            targets += [("<style> url()", url.value) for url in parse_sheet(el.text).urls]
        label = anchor_label(el) if tag == "a" and targets else None
        for where, url in targets:
            out.append(
                Link(url.strip(), where, view.part, quoted, _attribute_url(url, cfg), el, label)
            )
    return out


def _text_links(policy: Policy, view: PartView) -> list[Link]:
    # Runs of white space alone (the indentation between HTML elements, about half the
    # runs of a template) hold no address: not worth a search each.
    return [
        Link(url, "text", view.part, slot.quoted, parse_url(url, True))
        for slot in view.slots
        if not slot.text.isspace()
        for _, _, url in text_urls(policy, slot.text)
    ]


def find_links(model: MessageModel, part_views: list[PartView]) -> list[Link]:
    """Every link of the given views, classified."""
    cfg = link_config(model.policy)
    removes = removes_listing(model)
    links: list[Link] = []
    for view in part_views:
        links += element_links(view, cfg)
        links += _text_links(model.policy, view)
    for link in links:
        link.categories = classify(cfg, link.parsed, link.label, link.quoted, removes)
    return links


def scan_links(model: MessageModel) -> list[Link]:
    """Every link of the pristine message, classified (kept for the checks)."""
    return model.shared("links.scan", lambda: find_links(model, views(model)))


def subject_urls(model: MessageModel) -> list[tuple[Found, frozenset[str]]]:
    """Web addresses written in the pristine subject line, classified like text links
    (found once for all the link rules)."""

    def scan() -> list[tuple[Found, frozenset[str]]]:
        cfg = link_config(model.policy)
        removes = removes_listing(model)
        return [
            (found, classify(cfg, parse_url(found.url, True), None, False, removes))
            for found in text_urls(model.policy, model.subject)
        ]

    return model.shared("links.subject", scan)


# -- fixing ------------------------------------------------------------------------------


def _https(url: str) -> str:
    return re.sub(r"^\s*http:", "https:", url, count=1, flags=re.I)


def _fix_css(css: Css, hit: Callable[[str], bool], upgrade: bool) -> str:
    """Upgrade each url() for which `hit(address)` holds, or drop the whole declaration
    (or @import) holding it: `background: url(x) #fff` goes entirely rather than leaving
    odd CSS."""
    if upgrade:
        return css.rewrite_urls(lambda url: _https(url.value) if hit(url.value) else None)
    return css.remove_urls(lambda url: hit(url.value))


def disarm(el: Any) -> None:
    """Take a link element's target away: an `<a>` keeps its text, a `<form>` loses its
    action, anything else (`<area>`, `<link>`, …) goes with its tail text kept."""
    if el.tag == "a":
        el.drop_tag()
    elif el.tag == "form":
        del el.attrib["action"]
    else:
        el.drop_tree()


def _fix_elements(view: PartView, category: str, cfg: LinkConfig, removes: bool) -> bool:
    """Remove or upgrade the element links of `category`; whether anything changed."""
    changed = False
    for link in element_links(view, cfg):
        if link.where in ("<style> url()", "style url()"):
            continue
        if category not in classify(cfg, link.parsed, link.label, link.quoted, removes):
            continue
        el = link.el
        if category == INSECURE:
            el.set("action" if el.tag == "form" else "href", _https(link.url))
        else:
            disarm(el)
        changed = True
    for el, quoted in view.elements:

        def hit(url: str, quoted: bool = quoted) -> bool:
            return category in classify(cfg, parse_url(url, False), None, quoted, removes)

        style = el.get("style")
        if style:
            new = _fix_css(parse_style(style), hit, category == INSECURE)
            if new != style:
                el.set("style", new)
                changed = True
        if el.tag == "style" and el.text:
            new = _fix_css(parse_sheet(el.text), hit, category == INSECURE)
            if new != el.text:
                el.text = new
                changed = True
    return changed


def _fix_text(
    policy: Policy, text: str, category: str, cfg: LinkConfig, quoted: bool, removes: bool
) -> str:
    spans = []
    out = text
    for start, end, url in reversed(text_urls(policy, text)):
        if category not in classify(cfg, parse_url(url, True), None, quoted, removes):
            continue
        if category == INSECURE:
            out = out[:start] + _https(url) + out[end:]
        else:
            spans.append((start, end))
    return cut_spans(out, spans) if spans else out


def fix_links(model: MessageModel, category: str) -> None:
    """Remove (or, for insecure_http, upgrade) every link of one category on the working
    copy: unwrap <a> keeping its text, drop <area>/<link>, drop a form's action, drop the
    CSS declaration holding a url(), cut addresses written as text. The subject line is
    cleaned the same way."""
    policy = model.policy
    cfg = link_config(policy)
    removes = removes_listing(model)
    for part in model.text_parts:
        if part.is_html and _fix_elements(part_view(part), category, cfg, removes):
            part.touch()
        rewrite_texts(
            part, lambda slot: _fix_text(policy, slot.text, category, cfg, slot.quoted, removes)
        )
    subject = model.subject
    if subject:
        new = _fix_text(policy, subject, category, cfg, False, removes)
        if new != subject:
            model.set_subject(" ".join(new.split()))
