"""Images: tracking pixels, linked logos, GIFs, insecure sources, oversize images.

Every rule here reads the HTML tree the model parsed once; CSS (`style=` attributes and
`<style>` sheets, which are kept) is read and edited through `policies.detect.css`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Annotated, Any
from urllib.parse import parse_qsl, unquote, urlsplit

from policies.detect.css import Declaration, Url, parse_style, to_px
from policies.detect.style import (
    declarations,
    drop_style_urls,
    drop_url_declarations,
    edit_style,
    elements,
    rewrite_sheet_urls,
    sheet_url_declarations,
    style_urls,
    tag_excerpt,
)
from policies.registry import Context, Rule, excerpt
from policies.verdict import Action


def _evidence(url: str) -> str:
    return excerpt(url, 0, min(len(url), 140), 0)


def _drop(el: Any) -> None:
    """Remove an element, keeping the text that follows it."""
    if el.getparent() is not None:
        el.drop_tree()


# -- image.tracking_pixel ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _PixelConfig:
    max_px: float
    hosts: tuple[str, ...]
    paths: re.Pattern[str] | None
    params: frozenset[str]


def _pixel_config(ctx: Context) -> _PixelConfig:
    params = ctx.params
    paths = "|".join(f"(?:{p})" for p in params.path_patterns)

    def build() -> _PixelConfig:  # once per policy
        return _PixelConfig(
            float(params.max_px),
            tuple(h.lower().lstrip(".") for h in params.hosts),
            re.compile(paths, re.I) if paths else None,
            frozenset(p.lower() for p in params.recipient_params),
        )

    return ctx.policy.memo("image.tracking_pixel", build)


def _host_listed(host: str, hosts: tuple[str, ...]) -> bool:
    return any(host == h or host.endswith("." + h) for h in hosts)


def _recipient_tokens(ctx: Context) -> list[str]:
    """What identifies the buyer in a URL: the alias address (plain and %-encoded) and
    its local part when it is long enough to be distinctive."""
    model = ctx.model
    addresses = {a.lower() for a in model.envelope.rcpt_tos}
    addresses |= {a.lower() for a in model.header_addresses("to", "cc")}
    tokens: list[str] = []
    for address in addresses:
        tokens.append(address)
        local = address.partition("@")[0]
        if len(local) >= 8:
            tokens.append(local)
    return tokens


def _tiny_or_hidden(img: Any, max_px: float) -> str | None:
    for attr in ("width", "height"):
        px = to_px(img.get(attr) or "", 1000.0)
        if px is not None and px <= max_px:
            return f'{attr}="{img.get(attr)}"'
    for d in declarations(img):
        if d.name in ("width", "height", "max-width", "max-height"):
            px = to_px(d.value, 1000.0)
            if px is not None and px <= max_px:
                return f"{d.name}: {d.value}"
        if d.name == "opacity" and to_px(d.value, 1.0) == 0:
            return f"{d.name}: {d.value}"
    for el in (img, *img.iterancestors()):
        for d in declarations(el):
            value = d.value.lower().replace(" ", "")
            if (d.name, value) in (("display", "none"), ("visibility", "hidden")):
                return f"{d.name}: {d.value}"
        if el.get("hidden") is not None:
            return "hidden"
    return None


def _tracking_reason(src: str, cfg: _PixelConfig, tokens: list[str]) -> str | None:
    if not src.lower().startswith(("http:", "https:", "//")):
        return None
    try:
        url = urlsplit(src)
    except ValueError:
        return None
    host = (url.hostname or "").lower()
    if host and _host_listed(host, cfg.hosts):
        return "a known open-tracking service"
    if cfg.paths is not None and cfg.paths.search(url.path):
        return "an open-tracking address"
    if url.query:
        for key, value in parse_qsl(url.query, keep_blank_values=False):
            if key.lower() in cfg.params and value:
                return "an address that identifies the recipient"
        query = unquote(url.query).lower()
        if any(t in query for t in tokens):
            return "an address that identifies the recipient"
    return None


def _pixels(ctx: Context, root: Any) -> Iterator[tuple[Any, str]]:
    cfg = _pixel_config(ctx)
    tokens: list[str] | None = None  # read from the headers at the first image, if any
    for img in root.iter("img"):
        tiny = _tiny_or_hidden(img, cfg.max_px)
        if tiny:
            yield img, f"hidden or tiny image ({tiny})"
            continue
        if tokens is None:
            tokens = _recipient_tokens(ctx)
        reason = _tracking_reason((img.get("src") or "").strip(), cfg, tokens)
        if reason:
            yield img, reason


class TrackingPixel(Rule):
    """Open-tracking pixels: no Amazon text names them [U: our hardening], but a pixel
    tells the sender when and where the buyer opened the message, the buyer alias must
    not be tracked, and Amazon forbids external content it cannot vet.

    Found: images with a width or height of at most `max_px` (attribute or CSS), made
    invisible (display:none, visibility:hidden, opacity 0, `hidden`, also on an
    ancestor), served from a known tracking host, a tracking path, or with a query that
    carries a recipient id (a listed parameter, or the buyer's address or alias in any
    value). A normal image from the seller's CDN with ordinary query strings (`?v=3`,
    `?w=400`) is not a pixel.

    Fix: remove the image (the text around it stays).
    """

    id = "image.tracking_pixel"
    default_action = Action.STRIP
    summary = "Tracking pixels: tiny or hidden images, tracking hosts, recipient ids in URLs."
    can_strip = True

    @dataclass(frozen=True)
    class Params(Rule.Params):
        max_px: Annotated[
            int,
            "An image this small (width or height, attribute or CSS) is a beacon, not a picture.",
        ] = 2
        hosts: Annotated[
            list[str],
            "Open-tracking hosts of ESPs, helpdesks and mail trackers (the host or any subdomain).",
        ] = field(default_factory=list)
        path_patterns: Annotated[
            list[str],
            "Paths that only open-tracking beacons use (regular expressions, case-insensitive).",
        ] = field(default_factory=list)
        recipient_params: Annotated[
            list[str],
            "Query parameters that carry a recipient id; any value containing "
            "the recipient's address or alias counts too.",
        ] = field(default_factory=list)

    def check(self, ctx: Context) -> None:
        for part in ctx.model.html_parts():
            for img, reason in _pixels(ctx, part.root):
                ctx.report(
                    f"The message contains a tracking image ({reason}) that reports when "
                    "the buyer opens it. The gateway removes it; turn off open tracking for "
                    "mail to Amazon buyers.",
                    f"{part.label}, <img src>",
                    _evidence(img.get("src") or tag_excerpt(img)),
                )

    def fix(self, ctx: Context) -> None:
        for part in ctx.model.html_parts():
            doomed = [img for img, _ in _pixels(ctx, part.root)]
            for img in doomed:
                _drop(img)
            if doomed:
                part.touch()


# -- image.logo_link ---------------------------------------------------------------------


def _linked_images(root: Any) -> Iterator[tuple[Any, list[Any]]]:
    for a in root.iter("a"):
        if (a.get("href") or "").strip():
            imgs = list(a.iter("img"))
            if imgs:
                yield a, imgs


def _shows_domain(img: Any, domain: re.Pattern[str]) -> str | None:
    for attr in ("alt", "title"):
        value: str | None = img.get(attr)
        if value and domain.search(value):
            return value
    return None


def _move_before(el: Any, anchor: Any) -> None:
    """Move `el` to just before `anchor`, leaving its tail text where it was."""
    tail, el.tail = el.tail, None
    if tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent = el.getparent()
            parent.text = (parent.text or "") + tail
    anchor.addprevious(el)


class LogoLink(Rule):
    """Amazon: logos are allowed only if they neither link to nor display the seller's
    website [A]. Found: any image inside a link (`<a href><img></a>`: the linked-logo
    pattern of every e-mail signature and template), and any image whose alt or title text
    shows a web address (`www.myshop.com`), since that is what the buyer sees when images
    are off. Reading a URL painted inside the picture would need OCR and is not done.

    Fix: the image leaves the link and stays; a link left with no text disappears, a link
    that also had text keeps it (the link rules judge it). An image whose alt/title shows
    a web address is removed.
    """

    id = "image.logo_link"
    default_action = Action.STRIP
    summary = "Images that link to a website, or whose alt/title shows one."
    can_strip = True

    @dataclass(frozen=True)
    class Params(Rule.Params):
        domain_pattern: Annotated[
            str, "What counts as a web address in an image's alt or title text."
        ] = (
            r"(?i)(?:https?://|www\.)\S+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?"
            r":com|net|org|info|biz|shop|store|online|co|io|de|fr|it|es|uk"
            r"|co\.uk|nl|be|se|pl|jp|co\.jp|ca|mx|br|au|in|eu|us|at|ch)\b"
        )

    def check(self, ctx: Context) -> None:
        domain = ctx.policy.memo(self.id, lambda: re.compile(ctx.params.domain_pattern))
        for part in ctx.model.html_parts():
            root = part.root
            for a, _ in _linked_images(root):
                ctx.report(
                    "An image (usually a logo) links to a website, which Amazon does not "
                    "allow. The gateway keeps the image and removes the link.",
                    f"{part.label}, <a href><img>",
                    _evidence(a.get("href") or ""),
                )
            for img in root.iter("img"):
                shown = _shows_domain(img, domain)
                if shown:
                    ctx.report(
                        "An image's description shows a web address, which Amazon does not "
                        "allow on logos. The gateway removes the image.",
                        f"{part.label}, <img alt>",
                        shown,
                    )

    def fix(self, ctx: Context) -> None:
        domain = ctx.policy.memo(self.id, lambda: re.compile(ctx.params.domain_pattern))
        for part in ctx.model.html_parts():
            root = part.root
            changed = False
            for a, imgs in list(_linked_images(root)):
                for img in imgs:
                    _move_before(img, a)
                if not "".join(a.itertext()).strip() and next(a.iter("img"), None) is None:
                    _drop(a)
                changed = True
            for img in [i for i in root.iter("img") if _shows_domain(i, domain)]:
                _drop(img)
                changed = True
            if changed:
                part.touch()


# -- image.gif ---------------------------------------------------------------------------


def _is_gif_url(url: str, extensions: tuple[str, ...]) -> bool:
    url = url.strip()
    if url.lower().startswith("data:image/gif"):
        return True
    if url.lower().startswith("cid:"):
        return False
    try:
        path = urlsplit(url).path.lower()
    except ValueError:
        return False
    return path.endswith(extensions)


class Gif(Rule):
    """Amazon's 2020 styling list: no GIFs (a later summary says "animated GIFs"; all are
    removed, since a GIF cannot be judged static without decoding every frame and a
    seller has no reason to prefer GIF over PNG).

    Found: attachments whose bytes are GIF (sniffed, whatever the name or declared type),
    `<img>` showing them (`src="cid:…"`), remote GIFs (`.gif` paths, `data:image/gif`),
    and GIF backgrounds (`background=`, CSS `url(…)` inline and in `<style>` blocks).

    Fix: drop the GIF parts and every image or background that shows one.
    """

    id = "image.gif"
    default_action = Action.STRIP
    summary = "GIF images, attached or remote."
    can_strip = True

    @dataclass(frozen=True)
    class Params(Rule.Params):
        extensions: Annotated[
            list[str],
            "Remote images whose path ends like this are GIFs (inline ones are "
            "sniffed by content).",
        ] = field(default_factory=list)

    def _is_gif(self, ctx: Context) -> Callable[[str], bool]:
        extensions = tuple(str(e).lower() for e in ctx.params.extensions)
        return lambda url: _is_gif_url(url, extensions)

    def _hits(self, ctx: Context, root: Any) -> Iterator[tuple[Any, str, str]]:
        """(element, where: 'src'|'background'|'style', url)."""
        is_gif = self._is_gif(ctx)
        attachments = ctx.model.live_attachments()
        cids = {a.content_id.lower() for a in attachments if a.kind == "gif" and a.content_id}
        for el in elements(root):
            if el.tag == "img":
                src = (el.get("src") or "").strip()
                if is_gif(src) or (
                    src.lower().startswith("cid:") and src[4:].strip("<>").lower() in cids
                ):
                    yield el, "src", src
                    continue
            background = el.get("background")
            if background and is_gif(background):
                yield el, "background", background
            for url in style_urls(el):
                if is_gif(url):
                    yield el, "style", url

    def check(self, ctx: Context) -> None:
        model = ctx.model
        for att in model.live_attachments():
            if att.kind == "gif":
                ctx.report(
                    "Amazon does not allow GIF images. The gateway removes the GIF; send "
                    "pictures as JPEG or PNG.",
                    att.label,
                    att.filename or att.content_id or "image/gif",
                )
        is_gif = self._is_gif(ctx)
        for part in model.html_parts():
            for _el, where, url in self._hits(ctx, part.root):
                if url.lower().startswith("cid:"):
                    continue  # reported with its attachment
                ctx.report(
                    "Amazon does not allow GIF images. The gateway removes it; use a JPEG "
                    "or PNG instead.",
                    f"{part.label}, {'<img src>' if where == 'src' else where}",
                    _evidence(url),
                )
            for d in sheet_url_declarations(part.root, is_gif):
                ctx.report(
                    "Amazon does not allow GIF images. The gateway removes this GIF background.",
                    f"{part.label}, <style>",
                    _evidence(f"{d.name}: {d.value}"),
                )

    def fix(self, ctx: Context) -> None:
        model = ctx.model
        is_gif = self._is_gif(ctx)
        hits_by_part = [(part, list(self._hits(ctx, part.root))) for part in model.html_parts()]
        for att in model.live_attachments():
            if att.kind == "gif":
                model.drop_attachment(att)
        for part, hits in hits_by_part:
            changed = False
            for el, where, _url in hits:
                if where == "src":
                    _drop(el)
                elif where == "background":
                    if el.get("background") is not None:
                        del el.attrib["background"]
                else:
                    drop_style_urls(el, is_gif)
                changed = True
            changed |= drop_url_declarations(part.root, is_gif)
            if changed:
                part.touch()


# -- image.http_src ----------------------------------------------------------------------


def _insecure(url: str) -> bool:
    return url.strip().lower().startswith("http:")


def _upgrade(url: str) -> str:
    return "https:" + url.strip()[5:]


def _upgrade_url(url: Url) -> str | None:
    """An insecure image address held by a declaration, rewritten to https (`@import`
    targets are the link rules' business)."""
    held = isinstance(url.holder, Declaration)
    return _upgrade(url.value) if held and _insecure(url.value) else None


class HttpSrc(Rule):
    """Amazon's styling list: no "unsecure images"; images must load over https.

    Found: `<img src="http:…">` (and `srcset` entries), `background="http:…"` attributes,
    CSS `url(http:…)` in style attributes and in `<style>` block declarations. Links
    (`<a href>`) are `links.insecure_http`'s business; `@import` of style sheets is the
    link rules'.

    Fix: drop the image or background; with `upgrade = true` in the policy, rewrite the
    address to https instead (only sensible when the seller's image host serves https).
    """

    id = "image.http_src"
    default_action = Action.STRIP
    summary = "Images loaded over http instead of https."
    can_strip = True

    @dataclass(frozen=True)
    class Params(Rule.Params):
        upgrade: Annotated[
            bool,
            "true: rewrite http: image addresses to https: (only if the host "
            "serves https); false: drop the image.",
        ] = False

    def _hits(self, ctx: Context, root: Any) -> Iterator[tuple[Any, str, str]]:
        for el in elements(root):
            if el.tag == "img":
                src = el.get("src") or ""
                if _insecure(src):
                    yield el, "src", src
                srcset = el.get("srcset") or ""
                if "http:" in srcset.lower():
                    yield el, "srcset", srcset
            background = el.get("background")
            if background and _insecure(background):
                yield el, "background", background
            for url in style_urls(el):
                if _insecure(url):
                    yield el, "style", url

    def check(self, ctx: Context) -> None:
        for part in ctx.model.html_parts():
            for _el, where, url in self._hits(ctx, part.root):
                element = f"<img {where}>" if where in ("src", "srcset") else where
                ctx.report(
                    "An image loads over an insecure connection (http); Amazon requires "
                    "https. The gateway removes it; host the image on an https address.",
                    f"{part.label}, {element}",
                    _evidence(url),
                )
            for d in sheet_url_declarations(part.root, _insecure):
                ctx.report(
                    "A background image loads over http; Amazon requires https. "
                    "The gateway removes it.",
                    f"{part.label}, <style>",
                    _evidence(f"{d.name}: {d.value}"),
                )

    def fix(self, ctx: Context) -> None:
        upgrade = bool(ctx.params.upgrade)
        for part in ctx.model.html_parts():
            root = part.root
            hits = list(self._hits(ctx, root))
            changed = bool(hits)
            for el, where, _url in hits:
                if el.getparent() is None and el.tag == "img":
                    continue  # already dropped
                if where == "style" and upgrade:
                    el.set("style", parse_style(el.get("style")).rewrite_urls(_upgrade_url))
                elif where == "style":
                    drop_style_urls(el, _insecure)
                elif where == "srcset" and upgrade:
                    el.set("srcset", re.sub(r"(?i)\bhttp:", "https:", el.get("srcset")))
                elif upgrade:
                    el.set(where, _upgrade(el.get(where)))
                elif where == "src":
                    _drop(el)
                else:
                    del el.attrib[where]
            if upgrade:
                changed |= rewrite_sheet_urls(root, _upgrade_url)
            else:
                changed |= drop_url_declarations(root, _insecure)
            if changed:
                part.touch()


# -- image.too_wide ----------------------------------------------------------------------

_WIDE_PROPS = frozenset({"width", "min-width"})
_SIZED = frozenset({"max-width", "height"})  # replaced by the constraint


class TooWide(Rule):
    """Amazon's styling list: images may not be wider than 80% of the maximum message
    width. Found: an image's `width` attribute, or CSS `width`/`min-width`, above
    `max_ratio` × `message_width` (600 px × 0.8 = 480 px by default; percentages are taken
    of the message width, so `width:100%` is too wide and `width:50%` is not). An image
    without any width is not judged: its real size would need the image itself.

    Fix: remove the oversize width (and the height attribute that goes with it, so the
    image keeps its shape) and set `max-width:80%; height:auto`.
    """

    id = "image.too_wide"
    default_action = Action.STRIP
    summary = "Images wider than 80% of the message width."
    can_strip = True

    @dataclass(frozen=True)
    class Params(Rule.Params):
        message_width: Annotated[
            int, "The width Amazon's message frame is assumed to have (also used by style.margins)."
        ] = 600
        max_ratio: Annotated[float, "Images may take at most this share of it."] = 0.8

    def _limit(self, ctx: Context) -> tuple[float, float]:
        width = float(ctx.params.message_width)
        return width, width * ctx.params.max_ratio

    def _wide(self, value: str, width: float, limit: float) -> bool:
        px = to_px(value, width)
        return px is not None and px > limit + 0.01

    def _hits(self, ctx: Context, root: Any) -> Iterator[tuple[Any, str, list[Declaration]]]:
        width, limit = self._limit(ctx)
        for img in root.iter("img"):
            attr = img.get("width") or ""
            attr_hit = attr if self._wide(attr, width, limit) else ""
            sized = [d for d in declarations(img) if d.name in _WIDE_PROPS]
            decls = [d for d in sized if self._wide(d.value, width, limit)]
            if attr_hit or decls:
                yield img, attr_hit, decls

    def check(self, ctx: Context) -> None:
        width, limit = self._limit(ctx)
        for part in ctx.model.html_parts():
            for img, attr, decls in self._hits(ctx, part.root):
                shown = [f'width="{attr}"'] if attr else []
                shown += [f"{d.name}: {d.value}" for d in decls]
                ctx.report(
                    f"An image is wider than Amazon allows ({round(limit)} px, "
                    f"{round(limit / width * 100)}% of the message). The gateway shrinks it "
                    "to fit.",
                    f"{part.label}, <img>",
                    _evidence(f"{'; '.join(shown)} {img.get('src') or ''}"),
                )

    def fix(self, ctx: Context) -> None:
        ratio = f"{float(ctx.params.max_ratio) * 100:g}%"
        for part in ctx.model.html_parts():
            hits = list(self._hits(ctx, part.root))
            for img, attr, decls in hits:
                if attr:
                    del img.attrib["width"]
                    if img.get("height") is not None:
                        del img.attrib["height"]
                doomed = {*decls, *(d for d in declarations(img) if d.name in _SIZED)}
                edit_style(img, doomed.__contains__)
                style = (img.get("style") or "").strip().rstrip(";")
                constrain = f"max-width: {ratio}; height: auto"
                img.set("style", f"{style}; {constrain}" if style else constrain)
            if hits:
                part.touch()
