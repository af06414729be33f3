"""Web addresses written in text, and the parts of a link.

Guarantees:

- `find_urls` finds what a mail client would make clickable: addresses with a scheme
  (http, https, ftp, protocol-relative "//"), "www." names, and bare names such as
  "shop.example.com" or "mybrand.xyz" whose last label is a real top-level domain of the
  public-suffix list (tldextract's bundled snapshot: nothing is fetched at run time).
  It is linkify-it-py's reading of the text, narrowed for mail: a bare name counts only
  when its top-level domain is written in lower case ("Hello.It" is a greeting) and is not
  one of the caller's file extensions ("manual.zip", "readme.md"), and e-mail addresses
  are left out.
- `parse_url` splits a link into scheme, host and path for allow-list checks; the host is
  what a browser would connect to ("https://amazon.com@evil.example/" is evil.example).
- `host_in` is a domain-suffix match ("www.ups.com" is in "ups.com", "ups.com.evil.io" is
  not).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import NamedTuple
from urllib.parse import urlsplit

import tldextract
from linkify_it import LinkifyIt

_TRAILING = ".,;:!?'\"»>]}"
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
# linkify-it-py costs ~1 µs per character it scans (5 ms on a 5 KB reply); an address has
# no whitespace and a dot inside, so only such words are handed to it. (The look-behind
# keeps the scan linear on a long run without a dot: each word is tried from its start only.)
_DOTTED_WORD = re.compile(r"(?<!\S)\S*\.\S+")


class Found(NamedTuple):
    """A web address in a text: `text[start:end] == url`."""

    start: int
    end: int
    url: str


@dataclass(frozen=True, slots=True)
class Url:
    """The parts of a link that the link rules judge."""

    scheme: str  # lower case; "" for "www.x.com" / "shop.example.com" written as text
    host: str  # lower case; "" when there is none (mailto:, javascript:)
    rest: str  # path and query, for pattern checks


@cache
def suffixes() -> tldextract.TLDExtract:
    """The public-suffix list as bundled with tldextract (never fetched, never cached on
    disk)."""
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


@cache
def _linkify() -> LinkifyIt:
    top = {suffix.rsplit(".", 1)[-1] for suffix in suffixes().tlds}
    return LinkifyIt(options={"fuzzy_link": True, "fuzzy_email": True}).tlds(sorted(top), True)


def _trim(url: str) -> str:
    while url and url[-1] in _TRAILING:
        url = url[:-1]
    while url.endswith(")") and url.count("(") < url.count(")"):
        url = url[:-1]
    return url


def _bare_name_is_site(url: str, file_extensions: frozenset[str]) -> bool:
    """A name without scheme or "www.": its top-level domain, as written, is a lower-case
    public suffix that is not a file extension, with a name in front of it."""
    host = re.split(r"[/?#:]", url, maxsplit=1)[0]
    tld = host.rsplit(".", 1)[-1]
    if not tld.islower() or tld in file_extensions:
        return False
    parts = suffixes()(host)
    return bool(parts.suffix and parts.domain)


# linkify-it-py takes ~50 µs a word; the same words recur in a message's text/plain and
# text/html alternatives and in every rule that reads addresses.
@lru_cache(maxsize=4096)
def _word_urls(word: str, file_extensions: frozenset[str]) -> tuple[Found, ...]:
    """The web addresses in one word (offsets into the word)."""
    found: list[Found] = []
    for match in _linkify().match(word) or ():
        if match.schema == "mailto:":
            continue
        url = _trim(match.raw)
        if "." not in url or url.endswith("://"):
            continue
        bare = not match.schema and not url.lower().startswith("www.")
        if bare and not _bare_name_is_site(url, file_extensions):
            continue
        found.append(Found(match.index, match.index + len(url), url))
    return tuple(found)


def find_urls(text: str, file_extensions: frozenset[str]) -> list[Found]:
    """Every web address written in `text`, in order (e-mail addresses left out); a bare
    name ending in one of `file_extensions` ("manual.zip") is a file, not a site ("www."
    or a scheme still makes it one)."""
    if "." not in text:  # no address then: most runs of a part's text (link words) are so
        return []
    return [
        Found(word.start() + f.start, word.start() + f.end, f.url)
        for word in _DOTTED_WORD.finditer(text)
        for f in _word_urls(word.group(0), file_extensions)
    ]


def is_url(text: str, file_extensions: frozenset[str]) -> bool:
    """Whether `text` (stripped) is one web address and nothing else."""
    value = text.strip()
    urls = find_urls(value, file_extensions)
    return len(urls) == 1 and urls[0].start == 0 and urls[0].end == len(value)


def parse_url(raw: str, from_text: bool) -> Url | None:
    """The parts of a link; None for relative links and fragments in attributes
    (`from_text`: written in text, where "shop.example.com" is a site)."""
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


def expand_domains(entries: Iterable[str], wildcard_suffixes: Iterable[str]) -> frozenset[str]:
    """Concrete domains for allow-list entries: "name.*" stands for the name followed by
    each of `wildcard_suffixes`."""
    suffix_list = list(wildcard_suffixes)
    out: set[str] = set()
    for entry in entries:
        name = entry.strip().lower().strip(".")
        if name.endswith(".*"):
            out.update(f"{name[:-2]}.{s}" for s in suffix_list)
        elif name:
            out.add(name)
    return frozenset(out)


def host_in(host: str, domains: frozenset[str]) -> bool:
    """Domain-suffix match: `host` is one of `domains` or a subdomain of one."""
    labels = host.split(".")
    return any(".".join(labels[i:]) in domains for i in range(len(labels)))
