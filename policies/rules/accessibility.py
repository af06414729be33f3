"""style.accessibility: Amazon asks for messages without accessibility problems (WCAG)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Annotated, Any

from policies.detect.style import tag_excerpt
from policies.registry import Context, Rule
from policies.verdict import Action


def _is_layout_table(table: Any) -> bool:
    if table.get("role") is not None or table.get("summary"):
        return False
    for el in table.iter("th", "caption", "thead"):
        # a header cell of a nested table belongs to that table
        owner = next(el.iterancestors("table"), None)
        if owner is table:
            return False
    return True


class Accessibility(Rule):
    """Amazon's styling list asks for messages without accessibility problems (W3C WCAG).
    The deterministic part is fixed: an image without `alt` gets `alt=""` (screen readers
    then skip it instead of reading the file name), and a table used for layout (no
    header cells, caption or summary) gets `role="presentation"` (so it is not announced
    as a data table). Tables with header cells are data tables and are left alone.

    The rest only warns: an `alt` text that is just a file name (it will be read aloud).
    Link text, colour contrast and emoji have their own rules (links.descriptive_text,
    style.font_overrides, style.emoji); text inside images cannot be seen without OCR.
    """

    id = "style.accessibility"
    default_action = Action.STRIP
    summary = "Images without alt, layout tables without role; other WCAG issues warn."
    can_strip = True

    @dataclass(frozen=True)
    class Params(Rule.Params):
        alt_filename_pattern: Annotated[
            str, "An alt text matching this is a file name, not a description (warns)."
        ] = (
            r"^(?:\S+\.(?:png|jpe?g|gif|webp|bmp|svg|tiff?)|(?:img|dsc|dsc"
            r"n|image|photo|screenshot|pic)[ _-]?\d+)$"
        )

    def check(self, ctx: Context) -> None:
        filename_alt = re.compile(ctx.params.alt_filename_pattern, re.I)
        for part in ctx.model.html_parts():
            root = part.root
            missing = [img for img in root.iter("img") if img.get("alt") is None]
            tables = [t for t in root.iter("table") if _is_layout_table(t)]
            if missing:
                ctx.report(
                    f"{len(missing)} image(s) have no description (alt text) for buyers who "
                    'use a screen reader. The gateway marks them as decorative (alt="").',
                    f"{part.label}, <img>",
                    "; ".join(tag_excerpt(i) for i in missing[:3]),
                )
            if tables:
                ctx.report(
                    f"{len(tables)} table(s) are used for layout; screen readers would "
                    "announce them as data tables. The gateway marks them as layout "
                    '(role="presentation").',
                    f"{part.label}, <table>",
                    "; ".join(tag_excerpt(t) for t in tables[:3]),
                )
            for img in root.iter("img"):
                alt = (img.get("alt") or "").strip()
                if alt and filename_alt.search(alt):
                    ctx.report(
                        "An image's description is just a file name, which a screen reader "
                        "reads aloud. Describe the image in a few words, or leave the "
                        "description empty if it is decoration.",
                        f"{part.label}, <img alt>",
                        alt,
                        action=Action.WARN,
                    )

    def fix(self, ctx: Context) -> None:
        for part in ctx.model.html_parts():
            root = part.root
            changed = False
            for img in root.iter("img"):
                if img.get("alt") is None:
                    img.set("alt", "")
                    changed = True
            for table in root.iter("table"):
                if _is_layout_table(table):
                    table.set("role", "presentation")
                    changed = True
            if changed:
                part.touch()
