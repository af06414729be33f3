"""image.* rules: tracking pixels, linked logos, GIFs, insecure and oversize images."""

from __future__ import annotations

import base64
import email
from email.message import EmailMessage
from email.policy import SMTP

import pytest

from policies import Envelope, Policy, Verdict, all_rules, evaluate, load_policy
from policies.model import MessageModel
from tests.conftest import TEMPLATES
from tests.mail import ALIAS, SELLER, make_message, rules_fired

FAMILIES = ("image", "style")
GIF = base64.b64decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)


def family_policy(extra: str = "") -> Policy:
    """Only the image and style rules on: other families' rules cannot interfere."""
    others = [r.id for r in all_rules() if r.id.split(".")[0] not in FAMILIES]
    text = "\n".join(f'[rules."{rid}"]\naction = "off"' for rid in others)
    return load_policy(text + "\n" + extra)


POLICY = family_policy()


def run(raw: bytes, policy: Policy = POLICY) -> Verdict:
    return evaluate(raw, Envelope(rcpt_tos=[ALIAS]), policy)


def html_of(raw: bytes) -> str:
    model = MessageModel(raw, Envelope(), POLICY)
    return next(p.render() for p in model.text_parts if p.is_html)


def visible(raw: bytes) -> str:
    model = MessageModel(raw, Envelope(), POLICY)
    return " ".join(next(p for p in model.text_parts if p.is_html).visible_text().split())


def fixed_ok(verdict: Verdict, *keep: str) -> bytes:
    """The fixed message re-checks as pass and still says what the seller wrote."""
    assert verdict.outcome == "rewrite", verdict.findings
    assert verdict.fixed is not None
    again = run(verdict.fixed)
    assert again.outcome == "pass", again.findings
    text = visible(verdict.fixed)
    for phrase in keep:
        assert phrase in text
    return verdict.fixed


def page(body: str) -> str:
    return (
        f"<html><body><p>Hello, your order has shipped.</p>{body}<p>Best regards</p></body></html>"
    )


# -- image.tracking_pixel ---------------------------------------------------------------


@pytest.mark.parametrize(
    "img",
    [
        '<img src="https://cdn.shop.example/o.png" width="1" height="1" alt="">',
        '<img src="https://cdn.shop.example/a.png" style="width:0;height:0" alt="">',
        '<img src="https://cdn.shop.example/a.png" style="display: none" alt="">',
        '<div style="visibility:hidden"><img src="https://cdn.shop.example/a.png" alt=""></div>',
        '<img src="https://u123.ct.sendgrid.net/wf/open?upn=abc" alt="">',
        '<img src="https://shop.list-manage.com/track/open.php?u=1&id=2" alt="">',
        f'<img src="https://cdn.shop.example/logo.png?r={ALIAS}" alt="">',
        '<img src="https://cdn.shop.example/logo.png?email=x%40y.example" alt="">',
    ],
)
def test_tracking_pixel_fires_and_is_removed(img: str) -> None:
    raw = make_message(html=page(img))
    verdict = run(raw)
    assert "image.tracking_pixel" in rules_fired(verdict)
    fixed = fixed_ok(verdict, "Hello, your order has shipped.", "Best regards")
    assert "<img" not in html_of(fixed)


@pytest.mark.parametrize(
    "img",
    [
        '<img src="https://cdn.shop.example/product.png?v=3" width="400" alt="Blue mug">',
        '<img src="https://cdn.shop.example/icon.png" width="24" height="24" alt="">',
    ],
)
def test_tracking_pixel_near_misses(img: str) -> None:
    verdict = run(make_message(html=page(img)))
    assert "image.tracking_pixel" not in rules_fired(verdict)


# -- image.logo_link --------------------------------------------------------------------


def test_linked_logo_is_unwrapped_and_kept() -> None:
    raw = make_message(
        html=page(
            '<a href="https://myshop.example/">'
            '<img src="https://cdn.myshop.example/logo.png" alt="My Shop"></a> Thanks'
        )
    )
    verdict = run(raw)
    assert "image.logo_link" in rules_fired(verdict)
    fixed = fixed_ok(verdict, "Hello, your order has shipped.", "Thanks")
    html = html_of(fixed)
    assert "logo.png" in html
    assert 'myshop.example/"' not in html and "<a " not in html


def test_link_with_text_keeps_text_image_leaves_link() -> None:
    raw = make_message(
        html=page(
            '<a href="https://www.ups.com/track?n=1Z">'
            '<img src="https://cdn.shop.example/box.png" alt=""> Track your parcel</a>'
        )
    )
    fixed = fixed_ok(run(raw), "Track your parcel")
    html = html_of(fixed)
    assert "box.png" in html
    assert "ups.com" in html  # the text link stays; the link rules judge it


def test_logo_alt_showing_domain_is_dropped() -> None:
    raw = make_message(
        html=page('<img src="https://cdn.shop.example/logo.png" alt="www.myshop.com">')
    )
    verdict = run(raw)
    assert "image.logo_link" in rules_fired(verdict)
    fixed = fixed_ok(verdict, "Best regards")
    assert "logo.png" not in html_of(fixed)


def test_logo_link_near_misses() -> None:
    raw = make_message(
        html=page(
            '<img src="https://cdn.shop.example/logo.png" alt="My Shop logo"> '
            '<a href="https://www.amazon.com/gp/your-account/order-details">Your order</a>'
        )
    )
    assert "image.logo_link" not in rules_fired(run(raw))
    raw = make_message(
        html=page('<img src="https://cdn.shop.example/x.png" alt="Works with Node.js">')
    )
    assert "image.logo_link" not in rules_fired(run(raw))


# -- image.gif --------------------------------------------------------------------------


def related_message(html: str, image: bytes, subtype: str, cid: str = "pic1") -> bytes:
    msg = EmailMessage()
    msg["From"] = SELLER
    msg["To"] = ALIAS
    msg["Subject"] = "Your order 123-1234567-1234567"
    msg.set_content("Hello, your order has shipped.\n\nBest regards")
    msg.add_alternative(html, subtype="html")
    html_part = msg.get_payload()[1]
    html_part.add_related(image, maintype="image", subtype=subtype, cid=f"<{cid}>")
    return msg.as_bytes(policy=SMTP)


def test_inline_gif_part_and_its_img_are_removed() -> None:
    raw = related_message(page('<img src="cid:pic1" alt="Spinner">'), GIF, "gif")
    verdict = run(raw)
    assert "image.gif" in rules_fired(verdict)
    fixed = fixed_ok(verdict, "Hello, your order has shipped.")
    assert "cid:pic1" not in html_of(fixed)
    parts = [p.get_content_type() for p in email.message_from_bytes(fixed).walk()]
    assert "image/gif" not in parts


def test_gif_attachment_sniffed_not_named() -> None:
    raw = make_message(text="See the picture.", attachments=[(GIF, "image/png", "photo.png")])
    verdict = run(raw)
    assert "image.gif" in rules_fired(verdict)
    fixed_ok_raw = verdict.fixed
    assert fixed_ok_raw is not None and run(fixed_ok_raw).outcome == "pass"


@pytest.mark.parametrize(
    "img",
    [
        '<img src="https://cdn.shop.example/anim.GIF?x=1" alt="">',
        '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="">',
        '<div style="background-image:url(https://cdn.shop.example/bg.gif)">Hi there</div>',
    ],
)
def test_remote_gif_removed(img: str) -> None:
    verdict = run(make_message(html=page(img)))
    assert "image.gif" in rules_fired(verdict)
    fixed = fixed_ok(verdict, "Best regards")
    assert ".gif" not in html_of(fixed).lower().replace("image/gif", "")


def test_png_inline_image_is_not_gif() -> None:
    raw = related_message(page('<img src="cid:pic1" alt="Your label">'), PNG, "png")
    assert "image.gif" not in rules_fired(run(raw))


# -- image.http_src ---------------------------------------------------------------------


def test_http_image_dropped_by_default() -> None:
    raw = make_message(html=page('<img src="http://cdn.shop.example/label.png" alt="Label">'))
    verdict = run(raw)
    assert "image.http_src" in rules_fired(verdict)
    fixed = fixed_ok(verdict, "Hello, your order has shipped.", "Best regards")
    assert "label.png" not in html_of(fixed)


def test_http_image_upgraded_when_configured() -> None:
    policy = family_policy('[rules."image.http_src"]\nupgrade = true')
    raw = make_message(
        html=page(
            '<img src="http://cdn.shop.example/label.png" alt="Label">'
            '<table background="http://cdn.shop.example/bg.png"><tr><td>Cell text</td></tr></table>'
        )
    )
    verdict = run(raw, policy)
    assert verdict.fixed is not None
    html = html_of(verdict.fixed)
    assert 'src="https://cdn.shop.example/label.png"' in html
    assert 'background="https://cdn.shop.example/bg.png"' in html
    assert run(verdict.fixed, policy).outcome == "pass"


def test_http_background_in_style_block_and_attribute() -> None:
    raw = make_message(
        html="<html><head><style>.hero { background: url('http://cdn.shop.example/hero.png'); "
        "font-weight: bold }</style></head>"
        '<body><p class="hero">Your parcel is on its way.</p>'
        '<td background="http://x.example/b.png"></td></body></html>'
    )
    verdict = run(raw)
    assert "image.http_src" in rules_fired(verdict)
    fixed = fixed_ok(verdict, "Your parcel is on its way.")
    html = html_of(fixed)
    assert "hero.png" not in html and "b.png" not in html
    assert "font-weight: bold" in html


def test_https_image_with_alt_is_fine() -> None:
    raw = make_message(
        html=page('<img src="https://cdn.shop.example/label.png" alt="Return label" width="300">')
    )
    verdict = run(raw)
    assert verdict.outcome == "pass", verdict.findings


# -- image.too_wide ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "img",
    [
        '<img src="https://cdn.shop.example/banner.png" width="600" height="200" alt="">',
        '<img src="https://cdn.shop.example/banner.png" style="width:100%" alt="">',
        '<img src="https://cdn.shop.example/banner.png" style="min-width: 500px" alt="">',
    ],
)
def test_too_wide_image_constrained(img: str) -> None:
    verdict = run(make_message(html=page(img)))
    assert "image.too_wide" in rules_fired(verdict)
    fixed = fixed_ok(verdict, "Best regards")
    html = html_of(fixed)
    assert "banner.png" in html
    assert "max-width: 80%" in html and "height: auto" in html
    assert 'width="600"' not in html and 'height="200"' not in html


@pytest.mark.parametrize(
    "img",
    [
        '<img src="https://cdn.shop.example/p.png" width="400" alt="Mug">',
        '<img src="https://cdn.shop.example/p.png" style="width:50%" alt="Mug">',
        '<img src="https://cdn.shop.example/p.png" width="480" alt="Mug">',
    ],
)
def test_normal_width_images_pass(img: str) -> None:
    raw = make_message(
        html=f'<table width="600" role="presentation"><tr><td>{page(img)}</td></tr></table>'
    )
    assert "image.too_wide" not in rules_fired(run(raw))


# -- real ESP templates ----------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "sendgrid/dynamic-templates_receipt_receipt.html",
        "sendgrid/merriweather-templates_receipt.html",
        "sendgrid/paste-templates_digest.html",
    ],
)
def test_templates_images_fixed_and_text_survives(name: str) -> None:
    path = TEMPLATES / name
    raw = make_message(html=path.read_text(encoding="utf-8"))
    verdict = run(raw)
    assert rules_fired(verdict) & {"image.logo_link", "image.too_wide", "image.http_src"}
    assert verdict.fixed is not None
    again = run(verdict.fixed)
    assert not {f.rule for f in again.findings if f.action != "warn"}
    assert visible(verdict.fixed).split() == visible(raw).split()
