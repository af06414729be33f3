"""style.font_sizes and style.font_overrides: Amazon shows messages in its own font, size,
line height and colours; a message may use at most three font sizes and override none of
the rest."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Annotated, Any

from lxml import etree

from policies.detect.css import Declaration, to_px
from policies.detect.style import (
    declarations,
    drop_sheet_declarations,
    edit_style,
    elements,
    norm_value,
    sheet_declarations,
)
from policies.registry import Context, Rule
from policies.verdict import Action

if TYPE_CHECKING:
    from policies.model import TextPart

# The size inside a `font:` shorthand (`bold 14px/1.4 Arial`).
_FONT_SHORTHAND_SIZE = re.compile(
    r"(?:^|\s)((?:\d*\.)?\d+(?:px|pt|em|rem|%)|xx-small|x-small|small|medium|large|x-large|"
    r"xx-large|smaller|larger)(?=/|\s|$)",
    re.I,
)
_SIZE_PROPS = frozenset({"font-size", "font"})


def _size_key(value: str, neutral: frozenset[str]) -> str | None:
    """A comparable name for a font size: px rounded, or the CSS keyword."""
    value = norm_value(value)
    if not value or value in neutral:
        return None
    px = to_px(value, 16.0)
    if px is not None:
        return f"{px:.1f}px"
    return value


def _declared_size(d: Declaration) -> str | None:
    """The font size a declaration sets, as written (None if it sets none)."""
    if d.name == "font-size":
        return d.value
    if d.name == "font":
        match = _FONT_SHORTHAND_SIZE.search(d.value)
        return match.group(1) if match else None
    return None


def _font_tag_size(value: str, table: list[str]) -> str | None:
    value = value.strip()
    try:
        index = 3 + int(value) if value[:1] in "+-" else int(value)
    except ValueError:
        return None
    index = min(max(index, 1), len(table))
    return table[index - 1]


def _demote(el: Any) -> None:
    """A heading becomes a bold paragraph; small/big just lose their tag."""
    if el.tag in ("small", "big"):
        el.drop_tag()
        return
    el.tag = "p"
    bold = etree.Element("b")
    bold.text = el.text
    el.text = None
    for child in list(el):
        bold.append(child)
    el.insert(0, bold)


def drop_bare_font_tags(root: Any) -> bool:
    """`<font>` elements left without attributes do nothing: unwrap them."""
    bare = [el for el in root.iter("font") if not el.attrib]
    for el in bare:
        el.drop_tag()
    return bool(bare)


class FontSizes(Rule):
    """Amazon allows fonts in at most three distinct sizes. Counted: inline CSS
    `font-size` (and the size inside a `font:` shorthand), `<font size>`, font sizes in
    `<style>` blocks, and the tags that have a size of their own (h1–h6, small, big, at
    their browser default). Sizes are compared in px (12pt = 16px = 1em), so one size
    written two ways counts once. `inherit` and friends are not sizes.

    Style blocks count even for selectors the message does not use: ESP templates carry
    whole style sheets, and removing unused sizes costs nothing.

    Fix: remove every font-size override (inline, `<style>`, `<font size>`); if the
    heading levels alone still exceed the limit, headings become bold paragraphs.
    """

    id = "style.font_sizes"
    default_action = Action.STRIP
    summary = "More than three distinct font sizes."
    can_strip = True

    @dataclass(frozen=True)
    class Params(Rule.Params):
        max_sizes: Annotated[int, "At most this many distinct font sizes."] = 3
        neutral_values: Annotated[list[str], "Values that do not set a size."] = field(
            default_factory=list
        )
        tag_sizes: Annotated[
            dict[str, str],
            "Tags with a size of their own, at their browser default (h1–h6 count as sizes).",
        ] = field(default_factory=dict)
        font_tag_sizes: Annotated[
            list[str], 'What <font size="1"> … <font size="7"> stand for.'
        ] = field(default_factory=list)

    def _sizes(self, ctx: Context, part: TextPart, tags_only: bool = False) -> dict[str, str]:
        """size → first place it was seen."""
        params = ctx.params
        neutral = frozenset(params.neutral_values)
        tag_sizes: dict[str, str] = params.tag_sizes
        sizes: dict[str, str] = {}

        def add(value: str | None, where: str) -> None:
            key = None if value is None else _size_key(value, neutral)
            if key is not None:
                sizes.setdefault(key, where)

        for el in elements(part.root):
            if el.tag in tag_sizes:
                add(tag_sizes[el.tag], f"<{el.tag}>")
            if tags_only:
                continue
            size = el.get("size")
            if el.tag == "font" and size:
                add(_font_tag_size(size, params.font_tag_sizes), f'<font size="{size}">')
            for d in declarations(el):
                if d.name in _SIZE_PROPS:
                    add(_declared_size(d), f"{d.name}: {d.value}")
        if not tags_only:
            for d in sheet_declarations(part.root, _SIZE_PROPS):
                add(_declared_size(d), f"<style> {d.name}: {d.value}")
        return sizes

    def check(self, ctx: Context) -> None:
        limit = ctx.params.max_sizes
        for part in ctx.model.html_parts():
            sizes = self._sizes(ctx, part)
            if len(sizes) > limit:
                ctx.report(
                    f"The message uses {len(sizes)} different font sizes; Amazon allows at "
                    f"most {limit}. The gateway removes the size settings so the text shows "
                    "in Amazon's standard size.",
                    part.label,
                    "; ".join(sizes.values()),
                )

    def fix(self, ctx: Context) -> None:
        limit = ctx.params.max_sizes
        tag_sizes: dict[str, str] = ctx.params.tag_sizes

        def is_size(d: Declaration) -> bool:
            return d.name in _SIZE_PROPS

        for part in ctx.model.html_parts():
            root = part.root
            changed = False
            for el in elements(root):
                changed |= edit_style(el, is_size)
                if el.tag == "font" and el.get("size") is not None:
                    del el.attrib["size"]
                    changed = True
            changed |= drop_sheet_declarations(root, _SIZE_PROPS, is_size)
            changed |= drop_bare_font_tags(root)
            if len(self._sizes(ctx, part, tags_only=True)) > limit:
                for el in [el for el in elements(root) if el.tag in tag_sizes]:
                    _demote(el)
                    changed = True
            if changed:
                part.touch()


def _attr_overrides(items: Iterable[str]) -> list[tuple[str, str]]:
    """(tag or '*', attribute) pairs from the policy's "tag@attribute" list."""
    pairs: list[tuple[str, str]] = []
    for item in items:
        tag, _, attr = str(item).partition("@")
        pairs.append((tag.lower(), attr.lower()))
    return pairs


# How a colour is written, to compare a text colour with its background.
_WHITE = frozenset({"white", "#fff", "#ffffff", "rgb(255,255,255)", "rgba(255,255,255,1)"})
# Mail clients show a message on white unless it says otherwise.
_PAGE_COLOUR = "#ffffff"


def _colour(value: str) -> str:
    value = value.lower().replace(" ", "")
    return "#ffffff" if value in _WHITE else value


def _background(el: Any) -> str | None:
    """The background colour an element sets itself, if any."""
    for d in declarations(el):
        if d.name == "background-color" or (d.name == "background" and " " not in d.value):
            return _colour(d.value)
    bgcolor = el.get("bgcolor")
    return _colour(bgcolor) if bgcolor else None


def _hidden_by_colour(el: Any) -> bool:
    """Whether an element's own text colour is the colour of the background it sits on."""
    colours = [d.value for d in declarations(el) if d.name == "color"]
    if el.tag == "font" and el.get("color"):
        colours.append(el.get("color"))
    if not colours or not (el.text_content() or "").strip():
        return False
    background = next(
        (b for node in (el, *el.iterancestors()) if (b := _background(node)) is not None),
        _PAGE_COLOUR,
    )
    return _colour(colours[-1]) == background


class FontOverrides(Rule):
    """Amazon's styling list forbids overriding its default line height, font family and
    font colour. Found in inline CSS, `<style>` blocks and the old HTML attributes
    (`<font face|color>`, `<body text|link>`, `bgcolor`). The property list is in the
    policy; by default it also takes background colours: removing the text colour but
    keeping a dark button background would leave dark text on a dark box, which is worse
    than either. A `background` shorthand that carries an image is left to the image rules.

    Fix: remove exactly those declarations and attributes; bold, italic, underline and
    lists are not touched. Text the sender hid by colouring it like its background
    (white on white: a helpdesk's ticket token) is removed with its element, never
    revealed by taking its colour away.
    """

    id = "style.font_overrides"
    default_action = Action.STRIP
    summary = "Overrides of line height, font family or colour."
    can_strip = True

    @dataclass(frozen=True)
    class Params(Rule.Params):
        properties: Annotated[
            list[str],
            "CSS properties that override Amazon's font, line height or "
            "colours (inline and in <style> blocks). Background colours are "
            "included: removing the text colour but keeping a dark background "
            "would leave dark text on a dark box. A `background` with an image "
            "is left to the image rules.",
        ] = field(default_factory=list)
        neutral_values: Annotated[
            list[str],
            "Values that override nothing (inherit, initial …): declarations with them are left "
            "alone.",
        ] = field(default_factory=list)
        attributes: Annotated[
            list[str], 'HTML attributes doing the same ("tag@attribute", "*" = any tag).'
        ] = field(default_factory=list)

    def _properties(self, ctx: Context) -> frozenset[str]:
        return frozenset(p.lower() for p in ctx.params.properties)

    def _is_override(self, ctx: Context) -> Any:
        props = self._properties(ctx)
        neutral = frozenset(norm_value(v) for v in ctx.params.neutral_values)

        def is_override(d: Declaration) -> bool:
            if d.name not in props or norm_value(d.value) in neutral:
                return False
            # `background` may carry an image; only a colour-only shorthand is a colour
            # override.
            return not (d.name == "background" and "url(" in d.value.lower())

        return is_override

    def _attributes(self, ctx: Context) -> Any:
        pairs = _attr_overrides(ctx.params.attributes)
        any_tag = tuple(a for t, a in pairs if t == "*")
        by_tag = {tag: tuple(a for t, a in pairs if t in ("*", tag)) for tag, _ in pairs}

        def present(el: Any) -> list[str]:
            """The override attributes an element has."""
            return [a for a in by_tag.get(el.tag, any_tag) if el.get(a) is not None]

        return present

    def check(self, ctx: Context) -> None:
        is_override = self._is_override(ctx)
        attributes = self._attributes(ctx)
        for part in ctx.model.html_parts():
            hits: list[str] = []
            for el in elements(part.root):
                for a in attributes(el):
                    hits.append(f'<{el.tag} {a}="{el.get(a)}">')
                for d in declarations(el):
                    if is_override(d):
                        hits.append(f"{d.name}: {d.value}")
            hits.extend(
                f"<style> {d.name}: {d.value}"
                for d in sheet_declarations(part.root, self._properties(ctx))
                if is_override(d)
            )
            if hits:
                ctx.report(
                    "The message sets its own font, line spacing or colours, which Amazon "
                    "does not allow. The gateway removes those settings; bold, italics and "
                    "lists stay.",
                    part.label,
                    "; ".join(dict.fromkeys(hits)),
                )

    def fix(self, ctx: Context) -> None:
        is_override = self._is_override(ctx)
        attributes = self._attributes(ctx)
        for part in ctx.model.html_parts():
            root = part.root
            changed = False
            for el in [e for e in elements(root) if _hidden_by_colour(e)]:
                if el.getparent() is not None:
                    el.drop_tree()  # keeps the text after the element
                    changed = True
            for el in elements(root):
                for attr in attributes(el):
                    del el.attrib[attr]
                    changed = True
                changed |= edit_style(el, is_override)
            changed |= drop_sheet_declarations(root, self._properties(ctx), is_override)
            changed |= drop_bare_font_tags(root)
            if changed:
                part.touch()
