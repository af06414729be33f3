"""policies.detect.urls: web addresses written in text, and the parts of a link."""

from __future__ import annotations

import socket
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from policies import load_policy
from policies.detect import urls
from policies.detect.urls import expand_domains, find_urls, host_in, is_url, parse_url

# links.external's file_extensions as shipped in amazon.toml
FILES = frozenset(load_policy().rule("links.external")["file_extensions"])


def _found(text: str) -> list[str]:
    return [f.url for f in find_urls(text, FILES)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Visit mybrand.xyz today", ["mybrand.xyz"]),
        ("Order at shop.example.store.", ["shop.example.store"]),
        ("See mybrand.de/faq for the manual.", ["mybrand.de/faq"]),
        ("Our shop: http://shop.example.co.uk/item?id=4,", ["http://shop.example.co.uk/item?id=4"]),
        ("Visit www.mybrand-shop.com for more.", ["www.mybrand-shop.com"]),
        ("WWW.SHOP.COM", ["WWW.SHOP.COM"]),
        ("(see www.x.de/faq).", ["www.x.de/faq"]),
        (
            "Login at https://www.amazon.com@evil.example/ please",
            ["https://www.amazon.com@evil.example/"],
        ),
        ("Click https://x.example/a»", ["https://x.example/a"]),
        ("a https://bit.ly/3abc and t.co/xyz", ["https://bit.ly/3abc", "t.co/xyz"]),
    ],
)
def test_addresses_are_found(text: str, expected: list[str]) -> None:
    assert _found(text) == expected
    for found in find_urls(text, FILES):
        assert text[found.start : found.end] == found.url


@pytest.mark.parametrize(
    "text",
    [
        "e.g.",
        "the file.pdf is attached",
        "version 1.2.3",
        "Mr.Smith",
        "see invoice.docx",
        "Hello.It works",  # a top-level domain written in capitals is not one
        "manual.zip and readme.md",  # file extensions that are also top-level domains
        "Thanks. See you.\nBye.",
        "write to buyer.help@example.com",  # e-mail addresses are not web addresses
        "http://localhost/x",
        "€12.99 on 2026-11-21",
    ],
)
def test_near_misses_are_not_addresses(text: str) -> None:
    assert find_urls(text, FILES) == []


def test_is_url_means_the_whole_text() -> None:
    assert is_url(" https://www.ups.com/track ", FILES)
    assert is_url("facebook.com", FILES)
    assert not is_url("see facebook.com", FILES)
    assert not is_url("click here", FILES)
    assert not is_url("manual.zip", FILES)
    assert is_url("manual.zip", frozenset())  # the list comes from the policy


def test_the_public_suffix_list_is_never_fetched(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("network access")

    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    urls.suffixes.cache_clear()
    urls._linkify.cache_clear()
    extractor = urls.suffixes()
    assert extractor.suffix_list_urls == ()
    assert extractor("shop.example.co.uk").suffix == "co.uk"
    assert _found("mybrand.xyz") == ["mybrand.xyz"]


def test_parse_url() -> None:
    assert parse_url("https://www.amazon.com@evil.example/x?y=1", False) == urls.Url(
        "https", "evil.example", "/x?y=1"
    )
    assert parse_url("mailto:a@b.example", False) == urls.Url("mailto", "", "a@b.example")
    assert parse_url("shop.example.com/a", True) == urls.Url("", "shop.example.com", "/a")
    assert parse_url("/relative/path", False) is None
    assert parse_url("#top", False) is None
    assert parse_url("www.x.de", False) == urls.Url("", "www.x.de", "")


def test_expand_domains() -> None:
    assert expand_domains(["amazon.*", " UPS.com. ", ""], ["com", "co.uk"]) == {
        "amazon.com",
        "amazon.co.uk",
        "ups.com",
    }


def test_host_in_is_a_domain_suffix_match() -> None:
    allowed = frozenset({"ups.com", "amazon.co.uk"})
    assert host_in("ups.com", allowed)
    assert host_in("www.ups.com", allowed)
    assert host_in("www.amazon.co.uk", allowed)
    assert not host_in("ups.com.evil.io", allowed)
    assert not host_in("notups.com", allowed)
    assert not host_in("co.uk", allowed)


@given(st.lists(st.sampled_from(["a", "b", "co", "uk", "", "x.y"]), max_size=5).map(".".join))
def test_host_in_is_the_label_suffix_match(host: str) -> None:
    domains = frozenset({"co.uk", "b", "", "a.b", ".uk", "x.y"})
    labels = host.split(".")
    expected = any(".".join(labels[i:]) in domains for i in range(len(labels)))
    assert host_in(host, domains) == expected
