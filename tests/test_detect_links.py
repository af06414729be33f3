"""policies.detect.links: the link scan and classification shared by the link rules."""

from __future__ import annotations

import lxml.html
import pytest

from policies import Envelope, load_policy
from policies.detect import links
from policies.detect.urls import parse_url
from policies.model import MessageModel
from tests.mail import make_message

POLICY = load_policy()


@pytest.mark.parametrize(
    ("html", "label"),
    [
        ("<a href='x'>Track  your\n parcel</a>", "Track your parcel"),
        ("<a href='x'>  </a>", ""),
        ("<a href='x'></a>", ""),
        ("<a href='x'>one <b>two</b></a>", "one two"),
        ("<a href='x'><!-- c -->text</a>", "text"),
        ("<a href='x'><img alt='Logo'></a>", "Logo"),
        ("<a href='x'> <img alt=' '> </a>", ""),
    ],
)
def test_anchor_label_is_what_a_reader_sees(html: str, label: str) -> None:
    assert links.anchor_label(lxml.html.fragment_fromstring(html)) == label


def test_names_inside_e_mail_addresses_are_not_links() -> None:
    text = "write to john(at)shop.de or john@shop.example, or visit shop.example.com"
    assert [f.url for f in links.text_urls(POLICY, text)] == ["shop.example.com"]


def test_classification_precedence() -> None:
    cfg = links.link_config(POLICY)

    def categories(url: str, label: str | None = None) -> frozenset[str]:
        return links.classify(cfg, parse_url(url, True), label, False, True)

    assert categories("https://bit.ly/x/unsubscribe") == {links.OPT_OUT}
    assert categories("https://shop.example/x", "Unsubscribe") == {links.OPT_OUT}
    assert categories("https://bit.ly/x") == {links.SHORTENER}
    assert categories("https://shop.example/x") == {links.EXTERNAL}
    assert categories("http://www.ups.com/track") == {links.INSECURE}
    assert categories("https://www.amazon.de/dp/B000000001") == {links.LISTING}
    assert categories("mailto:a@b.example") == frozenset()
    assert categories("javascript:alert(1)") == {links.EXTERNAL}


def test_scan_finds_every_kind_of_link() -> None:
    html = (
        '<p><a href="https://a.example/">a</a> <area href="https://b.example/">'
        '<span style="background: url(https://c.example/bg.png)">x</span> d.example.com</p>'
        "<style>@import url('https://e.example/s.css');</style>"
    )
    model = MessageModel(make_message(html=html), Envelope(), POLICY)
    found = {(link.where, link.url) for link in links.scan_links(model)}
    assert found == {
        ("<a href>", "https://a.example/"),
        ("<area href>", "https://b.example/"),
        ("style url()", "https://c.example/bg.png"),
        ("text", "d.example.com"),
        ("<style> url()", "https://e.example/s.css"),
    }
