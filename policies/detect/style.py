"""The styling of an HTML part, as the style and image rules read and edit it.

- `declarations(el)` / `edit_style(el, drop)`: the declarations of an element's `style`
  attribute, and removing some of them (the attribute goes when nothing is left).
- `style_sheets(root)` / `sheet_blocks(root)` / `edit_sheets(root, doomed)`: the `<style>`
  elements, their declaration blocks, and removing declarations from them;
  `sheet_declarations(root, names)` / `drop_sheet_declarations(root, names, drop)`: the
  same for the declarations of a few properties. Style sheets
  are KEPT, never dropped: they also hide things (preheaders with `display:none`, mobile
  media queries), and dropping them would make hidden text visible.
- `url_declarations(css, hit)` and friends: the declarations holding a url() whose
  address `hit` selects, in attributes and sheets, and removing them.
- `visible_text_slots(root)`: every piece of text a reader may see, as (element, slot).

Every edit goes through `policies.detect.css`, so what is not removed stays as written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import Any

from lxml import etree

from policies.detect.css import Block, Css, Declaration, Url, parse_sheet, parse_style
from policies.model import NON_VISIBLE
from policies.registry import excerpt


def declarations(el: Any) -> tuple[Declaration, ...]:
    """The declarations of an element's `style` attribute (none without one)."""
    style = el.get("style")
    return parse_style(style).declarations if style else ()


def edit_style(el: Any, drop: Callable[[Declaration], bool]) -> bool:
    """Remove the declarations `drop` selects from an element's style; True if any."""
    style = el.get("style")
    if not style:
        return False
    css = parse_style(style)
    doomed = [d for d in css.declarations if drop(d)]
    if not doomed:
        return False
    kept = css.remove(doomed).strip()
    if kept:
        el.set("style", kept)
    else:
        del el.attrib["style"]
    return True


def style_sheets(root: Any) -> Iterator[Any]:
    """The `<style>` elements of a document that carry CSS text."""
    for el in root.iter("style"):
        if el.text and el.text.strip():
            yield el


def sheet_blocks(root: Any) -> Iterator[Block]:
    """The declaration blocks of every `<style>` sheet of a document."""
    for el in style_sheets(root):
        yield from parse_sheet(el.text).blocks


def sheet_declarations(root: Any, names: Iterable[str]) -> Iterator[Declaration]:
    """The declarations of these properties in a document's `<style>` sheets, in order."""
    for el in style_sheets(root):
        yield from parse_sheet(el.text).named(names)


def drop_sheet_declarations(
    root: Any, names: Iterable[str], drop: Callable[[Declaration], bool]
) -> bool:
    """Remove from every `<style>` sheet the declarations of these properties that `drop`
    selects; True if any sheet changed."""
    changed = False
    for el in style_sheets(root):
        css = parse_sheet(el.text)
        gone = [d for d in css.named(names) if drop(d)]
        if gone:
            el.text = css.remove(gone)
            changed = True
    return changed


def edit_sheets(root: Any, doomed: Callable[[Block], Iterable[Declaration]]) -> bool:
    """Remove from every `<style>` sheet the declarations `doomed(block)` names; True if
    any sheet changed."""
    changed = False
    for el in style_sheets(root):
        css = parse_sheet(el.text)
        gone = [d for block in css.blocks for d in doomed(block)]
        if gone:
            el.text = css.remove(gone)
            changed = True
    return changed


def url_declarations(css: Css, hit: Callable[[str], bool]) -> list[Declaration]:
    """The declarations holding a url() whose address `hit` selects (`@import` rules are
    not declarations)."""
    held = (u.holder for u in css.urls if isinstance(u.holder, Declaration) and hit(u.value))
    return list(dict.fromkeys(held))


def sheet_url_declarations(root: Any, hit: Callable[[str], bool]) -> Iterator[Declaration]:
    for el in style_sheets(root):
        yield from url_declarations(parse_sheet(el.text), hit)


def drop_url_declarations(root: Any, hit: Callable[[str], bool]) -> bool:
    """Remove from every `<style>` sheet the declarations `url_declarations` finds."""
    changed = False
    for el in style_sheets(root):
        css = parse_sheet(el.text)
        doomed = url_declarations(css, hit)
        if doomed:
            el.text = css.remove(doomed)
            changed = True
    return changed


def rewrite_sheet_urls(root: Any, rewrite: Callable[[Url], str | None]) -> bool:
    """Give each url() of every `<style>` sheet the address `rewrite` returns (None: keep
    it); True if any sheet changed."""
    changed = False
    for el in style_sheets(root):
        new = parse_sheet(el.text).rewrite_urls(rewrite)
        if new != el.text:
            el.text = new
            changed = True
    return changed


def drop_style_urls(el: Any, hit: Callable[[str], bool]) -> None:
    doomed = set(url_declarations(parse_style(el.get("style") or ""), hit))
    edit_style(el, doomed.__contains__)


def style_urls(el: Any) -> list[str]:
    """The addresses of the url()s of an element's style."""
    style = el.get("style")
    return [u.value for u in parse_style(style).urls] if style else []


def elements(root: Any) -> Iterator[Any]:
    """Every element of a document (no comments or processing instructions)."""
    return root.iter(etree.Element)  # type: ignore[no-any-return]


@lru_cache(maxsize=4096)  # style sheets repeat a few values many times
def norm_value(value: str) -> str:
    """A CSS or attribute value, lower-cased with its whitespace collapsed."""
    return " ".join(value.lower().split())


def short(text: str) -> str:
    return excerpt(text, 0, min(len(text), 120), 0)


def tag_excerpt(el: Any) -> str:
    """An element's start tag as evidence (`<td style="…">`)."""
    attrs = " ".join(f'{k}="{v}"' for k, v in el.attrib.items())
    return short(f"<{el.tag} {attrs}>" if attrs else f"<{el.tag}>")


def visible_text_slots(root: Any) -> Iterator[tuple[Any, str]]:
    """(element, 'text'|'tail'|'alt'|'title') for every piece of text a reader may see."""
    for el in elements(root):
        if el.tag not in NON_VISIBLE and el.text:
            yield el, "text"
        if el.tail:
            yield el, "tail"
        for attr in ("alt", "title"):
            if el.get(attr) and el.tag != "title":
                yield el, attr


def slot_get(el: Any, slot: str) -> str:
    if slot == "text":
        return el.text or ""
    if slot == "tail":
        return el.tail or ""
    return el.get(slot) or ""


def slot_set(el: Any, slot: str, value: str) -> None:
    if slot == "text":
        el.text = value
    elif slot == "tail":
        el.tail = value
    else:
        el.set(slot, value)
