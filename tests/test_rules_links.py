"""links.* rules: what a buyer could click, and what the links say."""

from __future__ import annotations

import email
from email.message import Message

import pytest

from policies import Policy, Verdict, load_policy
from policies.config import PolicyError
from policies.rules import all_rules
from tests.mail import ORDER, actions, check, default_policy, make_message, rules_fired

FAMILIES = ("links.", "contact.")


def only_rules(prefixes: tuple[str, ...] = FAMILIES, extra: str = "") -> Policy:
    """The default policy with every other family switched off, so these tests judge
    only the links/contact rules (other families are tested in their own files)."""
    lines = []
    for cls in all_rules():
        if not cls.id.startswith(prefixes):
            lines.append(f'[rules."{cls.id}"]\naction = "off"\n')
    return load_policy("\n".join(lines) + extra)


POLICY = only_rules()
BODY = (
    "Hello, thank you for your message about the replacement part. It was sent today and "
    "should arrive within three days."
)


def run(
    text: str | None = None,
    html: str | None = None,
    *,
    reply: bool = True,
    policy: Policy = POLICY,
    **kw: object,
) -> Verdict:
    return check(make_message(text=text, html=html, reply=reply, **kw), policy)  # type: ignore[arg-type]


def texts(raw: bytes) -> dict[str, str]:
    msg: Message = email.message_from_bytes(raw)
    out = {}
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            payload = part.get_payload(decode=True)
            assert isinstance(payload, bytes)
            out[part.get_content_subtype()] = payload.decode(part.get_content_charset() or "utf-8")
    return out


def fixed(verdict: Verdict, policy: Policy = POLICY) -> dict[str, str]:
    """The fixed message's texts, after asserting it re-checks clean."""
    assert verdict.outcome == "rewrite", verdict.findings
    assert verdict.fixed is not None
    again = check(verdict.fixed, policy, kind=verdict.kind)
    assert again.outcome == "pass", again.findings
    return texts(verdict.fixed)


# -- links.external ----------------------------------------------------------------------


def test_external_anchor_unwrapped_text_kept_in_both_alternatives() -> None:
    v = run(
        text=f"{BODY}\nMore details: https://shop.example.com/help\n",
        html=f'<p>{BODY}</p><p>More details on <a href="https://shop.example.com/help">our '
        "help page</a>.</p>",
    )
    assert actions(v, "links.external") == {"strip"}
    out = fixed(v)
    assert "shop.example.com" not in out["plain"] and "shop.example.com" not in out["html"]
    assert "our help page" in out["html"]
    assert BODY in out["plain"] and BODY in out["html"]


@pytest.mark.parametrize(
    "snippet",
    [
        "Visit www.mybrand-shop.com for more.",
        "See mybrand.de/faq for the manual.",
        "Our shop: http://shop.example.co.uk/item?id=4",
        "Go to https://amazon.com.evil.io/login now.",
        "Login at https://www.amazon.com@evil.example/ please.",
    ],
)
def test_external_bare_addresses_removed(snippet: str) -> None:
    v = run(text=f"{BODY} {snippet}\n")
    assert "links.external" in rules_fired(v)
    out = fixed(v)["plain"]
    assert BODY in out
    assert "evil" not in out and "mybrand" not in out and "example" not in out


def test_external_area_form_link_and_css() -> None:
    html = (
        f"<p>{BODY}</p>"
        '<map name="m"><area href="https://evil.example/a" alt="x"></map>'
        '<form action="https://evil.example/post"><p>Survey</p></form>'
        '<div style="padding: 4px; background: url(https://evil.example/bg.png)">Hi</div>'
        "<style>@import url('https://evil.example/a.css'); p { color: #000 }</style>"
    )
    v = run(html=html)
    locations = {f.location for f in v.findings if f.rule == "links.external"}
    assert any("<area href>" in loc for loc in locations)
    assert any("<form action>" in loc for loc in locations)
    assert any("style url()" in loc for loc in locations)
    assert any("<style> url()" in loc for loc in locations)
    out = fixed(v)["html"]
    assert "evil.example" not in out
    assert "Survey" in out and "padding: 4px" in out and "Hi" in out


@pytest.mark.parametrize(
    "url",
    [
        "https://www.amazon.com/gp/your-account/order-history",
        "https://www.amazon.co.uk/gp/help/customer/display.html?nodeId=1",
        "https://www.amazon.co.jp/gp/css/order-history",
        "https://sellercentral.amazon.de/messaging",
        "https://www.ups.com/track?tracknum=1Z999AA10123456784",
        "https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html",
        "https://tracking.dpd.de/status/de_DE/parcel/0123",
        "https://www.royalmail.com/track-your-item",
    ],
)
def test_allowed_links_do_not_fire(url: str) -> None:
    v = run(
        text=f"{BODY}\nTrack it here: {url}\n",
        html=f'<p>{BODY}</p><p>Track it on <a href="{url}">the carrier or Amazon page</a>.</p>',
    )
    assert not rules_fired(v) & {"links.external", "links.amazon_listing", "links.shortener"}
    assert v.outcome == "pass"


def test_no_false_positive_on_ordinary_text() -> None:
    text = (
        f"{BODY} Your order {ORDER} cost €12.99 and shipped on 2026-11-21. "
        "Hello.It works now, e.g. version 2.0 and the file invoice.pdf are attached. "
        "Write to me at buyer.help@example.com if needed."
    )
    v = run(text=text)
    assert "links.external" not in rules_fired(v)


def test_seller_domains_extend_the_allow_list() -> None:
    policy = only_rules(extra='[rules."links.external"]\nseller_domains = ["custom.example.com"]\n')
    v = run(text=f"{BODY} Personalise it at https://custom.example.com/order/1\n", policy=policy)
    assert "links.external" not in rules_fired(v)
    v = run(text=f"{BODY} See https://other.example.com/\n", policy=policy)
    assert "links.external" in rules_fired(v)


def test_external_link_in_quoted_history_is_still_removed() -> None:
    text = f"{BODY}\n\n> Buyer wrote: is this the same as https://ebay.example/item/1 ?\n"
    v = run(text=text)
    assert "links.external" in rules_fired(v)


# -- links.amazon_listing ----------------------------------------------------------------


LISTINGS = [
    "https://www.amazon.com/dp/B000000001",
    "https://www.amazon.de/gp/product/B000000001?th=1",
    "https://www.amazon.co.uk/stores/MyBrand/page/1234",
    "https://www.amazon.fr/s?me=A1B2C3D4E5&marketplaceID=A13V1IB3VIYZZH",
]


@pytest.mark.parametrize("url", LISTINGS)
def test_listing_stripped_in_proactive(url: str) -> None:
    v = run(
        text=f"{BODY} Order {ORDER}. You may also like {url}\n",
        html=f'<p>{BODY} Order {ORDER}. You may also like <a href="{url}">our lamp</a>.</p>',
        reply=False,
    )
    assert actions(v, "links.amazon_listing") == {"strip"}
    assert "links.external" not in rules_fired(v)
    out = fixed(v)
    assert "amazon." not in out["plain"] and "amazon." not in out["html"]
    assert "our lamp" in out["html"]


@pytest.mark.parametrize("url", LISTINGS)
def test_listing_only_warns_in_reply(url: str) -> None:
    v = run(html=f'<p>{BODY} The matching filter is <a href="{url}">this filter set</a>.</p>')
    assert actions(v, "links.amazon_listing") == {"warn"}
    assert v.outcome == "pass"


def test_listing_in_quoted_history_is_fine() -> None:
    text = (
        f"{BODY}\n\n-----Original Message-----\n"
        "Question about https://www.amazon.com/dp/B000000001\n"
    )
    v = run(text=text)
    assert "links.amazon_listing" not in rules_fired(v)


# -- links.insecure_http ---------------------------------------------------------------


def test_http_allowed_link_upgraded_everywhere() -> None:
    url = "http://www.ups.com/track?tracknum=1Z999AA10123456784"
    v = run(
        text=f"{BODY}\nTracking: {url}\n",
        html=f'<p>{BODY}</p><p>Tracking: <a href="{url}">UPS tracking page</a></p>',
    )
    assert actions(v, "links.insecure_http") == {"strip"}
    assert "links.external" not in rules_fired(v)
    out = fixed(v)
    https = url.replace("http:", "https:")
    assert https in out["plain"] and f'href="{https}"' in out["html"]
    assert "http://www.ups" not in out["plain"] + out["html"]


def test_https_and_external_http_are_not_insecure_findings() -> None:
    v = run(text=f"{BODY} https://www.ups.com/track and http://shop.example.com/x\n")
    assert "links.insecure_http" not in rules_fired(v)
    assert "links.external" in rules_fired(v)


# -- links.shortener ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "https://bit.ly/3abcDEF",
        "https://tinyurl.com/y7abc",
        "https://t.co/xyz123",
        "https://amzn.to/3xyz",
        "https://u123456.ct.sendgrid.net/ls/click?upn=abc",
        "https://mybrand.us5.list-manage.com/track/click?u=1&id=2",
    ],
)
def test_shorteners_and_trackers_removed(url: str) -> None:
    v = run(
        text=f"{BODY} Manual: {url}\n",
        html=f'<p>{BODY} Manual: <a href="{url}">{url}</a></p>',
    )
    assert actions(v, "links.shortener") == {"strip"}
    assert "links.external" not in rules_fired(v)
    out = fixed(v)
    assert url not in out["plain"] and url not in out["html"]
    # "Manual:" led only to the link: it goes too, the rest of the message stays
    assert "Manual" not in out["plain"] and "Manual" not in out["html"]
    assert "within three days" in out["plain"] and "within three days" in out["html"]


def test_shortener_off_falls_back_to_external() -> None:
    policy = only_rules(extra='[rules."links.shortener"]\naction = "off"\n')
    v = run(text=f"{BODY} https://bit.ly/3abc\n", policy=policy)
    assert "links.external" in rules_fired(v)


# -- links.opt_out -----------------------------------------------------------------------


def test_opt_out_footer_and_headers_removed() -> None:
    v = run(
        text=f"{BODY}\n\nDon't want these emails? Unsubscribe: https://news.example.com/unsubscribe?u=1\n",
        html=f'<p>{BODY}</p><p style="font-size:11px">Don\'t want these emails? '
        '<a href="https://news.example.com/unsubscribe?u=1">Unsubscribe</a></p>',
        headers={
            "List-Unsubscribe": "<https://news.example.com/unsubscribe?u=1>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "List-Id": "news <news.example.com>",
            "Precedence": "bulk",
        },
    )
    locations = {f.location for f in v.findings if f.rule == "links.opt_out"}
    assert {"header List-Unsubscribe", "header List-Id", "header Precedence"} <= locations
    assert "links.external" not in rules_fired(v)
    out = fixed(v)
    assert v.fixed is not None
    head = v.fixed.split(b"\r\n\r\n", 1)[0]
    assert b"List-Unsubscribe" not in head and b"List-Id" not in head and b"Precedence" not in head
    for body in out.values():
        assert "nsubscribe" not in body and "want these emails" not in body
        assert BODY in body


@pytest.mark.parametrize(
    "footer",
    [
        "Wenn Sie keine E-Mails mehr erhalten möchten, können Sie sich hier abmelden.",
        "Pour ne plus recevoir nos messages, désinscrivez-vous ici.",
        "Per non ricevere più le nostre e-mail, clicca qui per la disiscrizione.",
        "Si no desea recibir más correos, puede darse de baja aquí.",
        "メール配信の停止はこちらから。",
        "To opt out of these messages, reply STOP.",
    ],
)
def test_opt_out_footer_in_every_language(footer: str) -> None:
    v = run(text=f"{BODY}\n\n{footer}\n")
    assert actions(v, "links.opt_out") == {"strip"}
    out = fixed(v)["plain"]
    assert BODY in out and footer not in out


def test_opt_out_sentence_removed_from_long_paragraph_keeps_the_rest() -> None:
    html = (
        f"<div>{BODY}<br>If you no longer wish to receive our emails, "
        '<a href="https://news.example.com/u?id=1">click here</a>.</div>'
    )
    out = fixed(run(html=html))["html"]
    assert BODY in out
    assert "no longer wish" not in out


def test_opt_out_words_in_quoted_history_and_ordinary_text_do_not_fire() -> None:
    text = (
        f"{BODY} The subscription service for filters is optional.\n\n"
        "> Please unsubscribe me from your list\n"
    )
    v = run(text=text, headers={"Precedence": "first-class"})
    assert "links.opt_out" not in rules_fired(v)


# -- links.descriptive_text --------------------------------------------------------------


@pytest.mark.parametrize(
    "anchor",
    [
        '<a href="https://www.ups.com/track">click here</a>',
        '<a href="https://www.ups.com/track">Hier klicken</a>',
        '<a href="https://www.ups.com/track">ici</a>',
        '<a href="https://www.ups.com/track">こちら</a>',
        '<a href="https://www.ups.com/track">https://www.ups.com/track</a>',
        '<a href="https://www.ups.com/track"></a>',
        '<a href="https://www.ups.com/track"><img src="cid:x" alt=""></a>',
    ],
)
def test_vague_link_text_warns(anchor: str) -> None:
    v = run(html=f"<p>{BODY} Track your parcel: {anchor}</p>")
    assert actions(v, "links.descriptive_text") == {"warn"}
    assert v.outcome == "pass"


@pytest.mark.parametrize(
    "anchor",
    [
        '<a href="https://www.ups.com/track">track your parcel on the UPS website</a>',
        '<a href="https://www.ups.com/track"><img src="cid:x" alt="UPS tracking"></a>',
        '<a href="https://www.amazon.com/gp/your-account/order-history">Your Orders</a>',
    ],
)
def test_descriptive_link_text_passes(anchor: str) -> None:
    v = run(html=f"<p>{BODY} {anchor}</p>")
    assert "links.descriptive_text" not in rules_fired(v)


def test_removed_links_are_not_also_reported_as_vague() -> None:
    v = run(html=f'<p>{BODY} <a href="https://shop.example.com">click here</a></p>')
    assert "links.descriptive_text" not in rules_fired(v)
    assert "links.external" in rules_fired(v)


# -- fixes are stable --------------------------------------------------------------------


def test_fix_is_idempotent_and_consistent_across_alternatives() -> None:
    url = "https://shop.example.com/p?id=1"
    v = run(
        text=f"{BODY}\nShop: {url} (or bit.ly/abc)\nTrack: http://www.fedex.com/track\n",
        html=f'<p>{BODY}</p><p>Shop: <a href="{url}">{url}</a> (or '
        '<a href="https://bit.ly/abc">bit.ly/abc</a>)</p>'
        '<p>Track: <a href="http://www.fedex.com/track">http://www.fedex.com/track</a></p>',
    )
    out = fixed(v)
    for body in out.values():
        assert "shop.example" not in body and "bit.ly" not in body
        assert "https://www.fedex.com/track" in body and "Shop:" in body


def test_subject_links_are_cleaned() -> None:
    v = run(text=BODY, subject=f"Re: order {ORDER} - see shop.example.com")
    assert "links.external" in rules_fired(v)
    assert v.fixed is not None
    assert b"shop.example.com" not in v.fixed


def test_bare_domains_with_any_real_top_level_domain() -> None:
    for address in ("mybrand.xyz", "shop.example.store"):
        v = run(text=f"{BODY} Visit {address} for more.\n")
        assert "links.external" in rules_fired(v), address
        assert address not in fixed(v)["plain"]
    v = run(text=f"{BODY} The manual.zip and readme.md are attached, e.g. version 1.2.3.\n")
    assert "links.external" not in rules_fired(v)


def test_the_removed_tld_list_setting_is_refused_clearly() -> None:
    with pytest.raises(PolicyError, match="bare_domain_tlds"):
        load_policy('[rules."links.external"]\nbare_domain_tlds = ["com"]\n')


def test_css_url_removal_keeps_the_rest_of_the_sheet_intact() -> None:
    html = (
        f'<p>{BODY}</p><style>p {{ quotes: "a;b" "c"; '
        "background: url('https://evil.example/x.png;y') #fff; text-indent: 1px }</style>"
    )
    v = run(html=html)
    assert "links.external" in rules_fired(v)
    out = fixed(v)["html"]
    assert "evil.example" not in out
    assert 'quotes: "a;b" "c";' in out and "text-indent: 1px" in out


def test_a_link_removed_from_its_own_line_leaves_no_double_blank_line() -> None:
    """Stripping a link that stood alone on its line must not leave two blank lines in a
    row (style.line_breaks), which used to block a message the gateway could rewrite."""
    text = f"{BODY}\n\nThe care guide is here:\nhttps://www.example-shop.test/guide\n\nBest, Anna\n"
    v = run(text=text, policy=default_policy())
    assert actions(v, "links.external") == {"strip"}
    plain = fixed(v, default_policy())["plain"]
    assert "example-shop" not in plain and "\n\n\n" not in plain.replace("\r\n", "\n")


def test_carrier_tracking_links_in_every_marketplace_pass() -> None:
    for url in (
        "https://www.seur.com/livetracking/?segOnlineIdentificador=83741092265517",
        "https://www.brt.it/it/tracking?id=1",
        "https://www.chronopost.fr/tracking-no-cms/suivi-page?listeNumerosLT=XY",
    ):
        assert "links.external" not in rules_fired(run(text=f"{BODY} Tracking: {url}\n"))
