"""CSS of `style` attributes and `<style>` sheets, parsed with tinycss2.

What this module guarantees:

- Parsing follows the CSS Syntax spec (tinycss2's tokenizer), so a `;` or `}` inside a
  string, a comment or `url(…)` never ends a declaration or a block, and `!important` and
  comments are recognised where CSS recognises them.
- Every part found carries its exact place in the source text. Edits cut or replace those
  places only: everything that is kept (comments, whitespace, other declarations, rules
  this module does not understand) is returned byte-for-byte as written.
- Malformed CSS is never mangled: what does not parse as a declaration (no property
  name, no colon) is not offered to the caller, and it and stray brackets survive every
  edit as written. An unclosed block or string at the end runs to the end, as in a
  browser.
- Parsing is a pure function of the text and is done once per distinct text (cached):
  several rules read the same attributes and sheets.

API (all objects immutable):

- `parse_style(text) -> Css`: the declarations of a `style="…"` attribute (one `Block`
  with the selector "").
- `parse_sheet(text) -> Css`: the declaration blocks of a style sheet with their
  selectors (blocks nested in `@media`/`@supports` included; a block holding other blocks
  is a container, not a declaration block), and its `@import` rules.
- `Css.blocks`: `Block(selector, declarations)`; `Css.declarations`: all of them, in
  order; `Css.named(names)`: those of some properties, in order;
  `Declaration(name, value, important, text, start, end)`: `name` lower-cased, `value`
  as written without comments and `!important`, `text` the declaration as
  written (without its `;`).
- `Css.urls`: every `url(…)` (quoted or not, also nested in functions such as
  `image-set()`) and every `@import "…"` target, as `Url(value, start, end, holder)`:
  `value` is the address as written between the parentheses or quotes, `holder` the
  `Declaration` or `AtImport(text, start, end)` rule that holds it (None elsewhere, e.g.
  in a selector or a media query).
- `Css.remove(declarations) -> str`: the text without those declarations or `AtImport`
  rules (each with its `;` and the whitespace after it).
- `Css.remove_where(predicate) -> str`: the same for the declarations `predicate` selects.
- `Css.rewrite_urls(rewrite) -> str`: each `Url` for which `rewrite(url)` returns a string
  gets that address instead (the `url(`, quotes and everything else stay).
- `Css.remove_urls(hit) -> str`: the text without each declaration or `@import` rule
  holding a `Url` for which `hit(url)` is true.
- `to_px(value, percent_base)`: a plain CSS length (px, pt, em, rem, %) in px.

For example, dropping what loads from a tracking host, or upgrading insecure addresses:

    parse_sheet(sheet).remove_urls(lambda url: "track.example" in url.value)
    parse_style(style).rewrite_urls(
        lambda url: "https:" + url.value[5:] if url.value.startswith("http:") else None
    )
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, NamedTuple

import tinycss2

__all__ = [
    "AtImport",
    "Block",
    "Css",
    "Declaration",
    "Url",
    "parse_sheet",
    "parse_style",
    "to_px",
]


@dataclass(frozen=True, slots=True)
class Declaration:
    """One `property: value` declaration and its place in the source."""

    name: str  # lower-cased property name
    value: str  # as written, without comments and `!important`, stripped
    important: bool
    text: str  # the declaration as written, without its `;`
    start: int  # source offset of the property name
    end: int  # source offset after the declaration, its `;` included


@dataclass(frozen=True, slots=True)
class Block:
    """A declaration block: its selector as written ("" for a style attribute)."""

    selector: str
    declarations: tuple[Declaration, ...]


@dataclass(frozen=True, slots=True)
class Url:
    """A `url(…)` or `@import "…"` target: the address as written and its place."""

    value: str
    start: int
    end: int
    holder: Declaration | AtImport | None


@dataclass(frozen=True, slots=True)
class AtImport:
    """An `@import …;` rule of a style sheet and its place (the `;` included)."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Css:
    """A parsed style attribute or style sheet (see the module docstring)."""

    text: str
    blocks: tuple[Block, ...]
    urls: tuple[Url, ...]
    declarations: tuple[Declaration, ...] = field(init=False)
    # The declarations by property name: a rule asks for a few properties of a style
    # sheet of hundreds of declarations.
    _by_name: dict[str, list[Declaration]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        decls = tuple(d for b in self.blocks for d in b.declarations)
        object.__setattr__(self, "declarations", decls)
        by_name: dict[str, list[Declaration]] = {}
        for d in decls:
            by_name.setdefault(d.name, []).append(d)
        object.__setattr__(self, "_by_name", by_name)

    def named(self, names: Iterable[str]) -> list[Declaration]:
        """The declarations of these (lower-case) properties, in source order."""
        found = [d for name in set(names) for d in self._by_name.get(name, ())]
        return sorted(found, key=lambda d: d.start)

    def remove(self, declarations: Iterable[Declaration | AtImport]) -> str:
        """The text without these declarations (or `@import` rules)."""
        return _cut(self.text, [(d.start, d.end) for d in declarations])

    def remove_where(self, predicate: Callable[[Declaration], bool]) -> str:
        return self.remove(d for d in self.declarations if predicate(d))

    def rewrite_urls(self, rewrite: Callable[[Url], str | None]) -> str:
        edits: list[tuple[int, int, str]] = []
        for url in self.urls:
            new = rewrite(url)
            if new is not None and new != url.value:
                edits.append((url.start, url.end, new))
        return _replace(self.text, edits)

    def remove_urls(self, hit: Callable[[Url], bool]) -> str:
        holders = {u.holder for u in self.urls if u.holder is not None and hit(u)}
        return self.remove(holders)


def parse_style(text: str) -> Css:
    """The declarations of a `style` attribute."""
    return _parse(text, False)


def parse_sheet(text: str) -> Css:
    """The declaration blocks and `@import` rules of a style sheet."""
    return _parse(text, True)


_LENGTH = re.compile(
    r"^\s*([+-]?(?:\d+\.?\d*|\.\d+))\s*(px|pt|em|rem|%)?\s*(?:!\s*important)?\s*$", re.I
)
# CSS units in px; em/rem against the usual 16 px default.
_UNIT_PX = {"": 1.0, "px": 1.0, "pt": 4.0 / 3.0, "em": 16.0, "rem": 16.0}


@lru_cache(maxsize=4096)  # templates repeat a few lengths hundreds of times
def to_px(value: str, percent_base: float) -> float | None:
    """A CSS length (or a bare HTML attribute number) in px; None if not a plain length.
    Percentages are taken of `percent_base`."""
    match = _LENGTH.match(value)
    if not match:
        return None
    number = float(match.group(1))
    unit = (match.group(2) or "").lower()
    if unit == "%":
        return number * percent_base / 100.0
    return number * _UNIT_PX[unit]


# -- edits ------------------------------------------------------------------------------

_SPACE = " \t\r\n\f"


def _cut(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """`text` without the spans, each with the whitespace that follows it."""
    out: list[str] = []
    pos = 0
    for start, end in sorted(set(spans)):
        if start < pos:
            continue
        out.append(text[pos:start])
        while end < len(text) and text[end] in _SPACE:
            end += 1
        pos = end
    out.append(text[pos:])
    return "".join(out)


def _replace(text: str, edits: Sequence[tuple[int, int, str]]) -> str:
    out: list[str] = []
    pos = 0
    for start, end, new in sorted(edits):
        out += (text[pos:start], new)
        pos = end
    out.append(text[pos:])
    return "".join(out)


# -- parsing ----------------------------------------------------------------------------

# Appended before tokenizing: when every block is closed it stays a comment of its own at
# the top level, so each block's end is where the next token starts (tinycss2 gives only
# start positions). When a block is left open, the sentinel lands inside it.
_SENTINEL = "/**/"
_NEWLINE = re.compile(r"\r\n|[\r\n\f]")  # tinycss2's newlines, for its line numbers


class _Node(NamedTuple):
    token: Any
    kind: str  # tinycss2's token type: "ident", "literal", "{} block", …
    start: int
    end: int  # after the closing bracket, if any
    children: tuple[_Node, ...]  # of a block or function

    def literal(self, value: str) -> bool:
        return self.kind == "literal" and self.token.value == value


@lru_cache(maxsize=4096)
def _parse(text: str, sheet: bool) -> Css:
    nodes = _tree(text)
    if not sheet:
        decls, urls = _declaration_list(text, nodes)
        return Css(text, (Block("", decls),), tuple(urls))
    blocks: list[Block] = []
    found: list[Url] = []
    _rule_list(text, nodes, blocks, found)
    return Css(text, tuple(blocks), tuple(sorted(found, key=lambda u: u.start)))


def _tree(text: str) -> tuple[_Node, ...]:
    """tinycss2's component values, each with its (start, end) in `text`."""
    source = text + _SENTINEL
    line_starts = [0] + [m.end() for m in _NEWLINE.finditer(source)]
    tokens = tinycss2.parse_component_value_list(source, skip_comments=False)

    def offset(token: Any) -> int:
        return int(line_starts[token.source_line - 1] + token.source_column - 1)

    def build(tokens: list[Any], region_end: int, is_open: bool) -> tuple[_Node, ...]:
        starts = [offset(t) for t in tokens]
        nodes: list[_Node] = []
        for i, token in enumerate(tokens):
            end = starts[i + 1] if i + 1 < len(tokens) else region_end
            inner = getattr(token, "content", None)
            if inner is None:
                inner = getattr(token, "arguments", None)
            children: tuple[_Node, ...] = ()
            if inner is not None:
                # Only the last block of an open region can be open (it runs to the end);
                # a closed block's content ends before its closing bracket.
                open_block = is_open and i + 1 == len(tokens)
                children = build(inner, end if open_block else end - 1, open_block)
            nodes.append(_Node(token, token.type, starts[i], min(end, len(text)), children))
        return tuple(nodes)

    nodes = build(tokens, len(source), True)
    if nodes and nodes[-1].kind == "comment" and nodes[-1].start == len(text):
        nodes = nodes[:-1]  # the sentinel
    return nodes


_SKIPPED = frozenset({"whitespace", "comment"})


def _significant(nodes: Sequence[_Node]) -> list[_Node]:
    return [n for n in nodes if n.kind not in _SKIPPED]


def _split(nodes: Sequence[_Node], separator: str) -> Iterator[tuple[list[_Node], _Node | None]]:
    """Pieces of a node list between top-level `separator` literals, each with its
    separator (None for the last piece)."""
    piece: list[_Node] = []
    for node in nodes:
        if node.literal(separator):
            yield piece, node
            piece = []
        else:
            piece.append(node)
    yield piece, None


def _declaration_list(
    text: str, nodes: Sequence[_Node]
) -> tuple[tuple[Declaration, ...], list[Url]]:
    decls: list[Declaration] = []
    urls: list[Url] = []
    for piece, semicolon in _split(nodes, ";"):
        decl = _declaration(text, piece, semicolon)
        if decl is None:
            urls.extend(_urls(text, piece, None))
            continue
        decls.append(decl)
        urls.extend(_urls(text, piece, decl))
    return tuple(decls), urls


def _declaration(text: str, piece: list[_Node], semicolon: _Node | None) -> Declaration | None:
    """`name: value [!important]`, or None if the piece is not a declaration."""
    significant = _significant(piece)
    if len(significant) < 2 or significant[0].kind != "ident" or not significant[1].literal(":"):
        return None
    name, colon = significant[0], significant[1]
    after_colon = next(i for i, n in enumerate(piece) if n is colon) + 1
    value = [n for n in piece[after_colon:] if n.kind != "comment"]
    while value and value[-1].kind == "whitespace":
        value.pop()
    end_of_text = value[-1].end if value else colon.end
    important = False
    rest = _significant(value)
    if (
        len(rest) >= 2
        and rest[-2].literal("!")
        and rest[-1].kind == "ident"
        and rest[-1].token.lower_value == "important"
    ):
        important = True
        value = value[: next(i for i, n in enumerate(value) if n is rest[-2])]
    written = "".join(text[n.start : n.end] for n in value).strip()
    return Declaration(
        name=name.token.lower_value,
        value=written,
        important=important,
        text=text[name.start : end_of_text],
        start=name.start,
        end=semicolon.end if semicolon is not None else end_of_text,
    )


def _urls(
    text: str, nodes: Iterable[_Node], holder: Declaration | AtImport | None
) -> Iterator[Url]:
    """Every `url(…)` among the nodes (nested ones included)."""
    for node in nodes:
        if node.kind == "url":
            yield _url_of_token(text, node, holder)
        elif node.kind == "function" and node.token.lower_name == "url":
            strings = [n for n in _significant(node.children) if n.kind == "string"]
            if strings:
                yield _string_url(text, strings[0], holder)
        elif node.children:
            yield from _urls(text, node.children, holder)


_URL_TOKEN = re.compile(r"url\(\s*(.*?)\s*\)?$", re.I | re.S)


def _url_of_token(text: str, node: _Node, holder: Declaration | AtImport | None) -> Url:
    """An unquoted `url(…)`: the address is what stands between the parentheses."""
    written = text[node.start : node.end]
    match = _URL_TOKEN.match(written)
    if match is None:  # (an escaped "url" name: take the token's value)
        return Url(str(node.token.value), node.start, node.end, holder)
    return Url(match.group(1), node.start + match.start(1), node.start + match.end(1), holder)


def _string_url(text: str, node: _Node, holder: Declaration | AtImport | None) -> Url:
    """A quoted address: the text between the quotes (to the end if unterminated)."""
    written = text[node.start : node.end]
    quote = written[:1]
    end = node.end - 1 if len(written) > 1 and written.endswith(quote) else node.end
    return Url(text[node.start + 1 : end], node.start + 1, end, holder)


def _rule_list(text: str, nodes: Sequence[_Node], blocks: list[Block], urls: list[Url]) -> None:
    """The blocks and `@import` rules of a style sheet (or of a block holding blocks)."""
    prelude: list[_Node] = []
    for node in nodes:
        if node.kind == "{} block":
            if any(c.kind == "{} block" for c in node.children):
                _rule_list(text, node.children, blocks, urls)
            else:
                decls, found = _declaration_list(text, node.children)
                blocks.append(Block(_selector(text, prelude), decls))
                urls.extend(found)
            urls.extend(_urls(text, prelude, None))
            prelude = []
        elif node.literal(";"):
            head = _significant(prelude)
            if head and head[0].kind == "at-keyword" and head[0].token.lower_value == "import":
                rule = AtImport(text[head[0].start : node.end], head[0].start, node.end)
                strings = [n for n in head[1:2] if n.kind == "string"]
                urls.extend(_string_url(text, s, rule) for s in strings)
                urls.extend(_urls(text, head[1:], rule))
            else:
                urls.extend(_urls(text, prelude, None))
            prelude = []
        elif node.kind in _SKIPPED or node.literal("<!--") or node.literal("-->"):
            if prelude:
                prelude.append(node)
        else:
            prelude.append(node)
    head = _significant(prelude)
    if head and head[0].kind == "at-keyword" and head[0].token.lower_value == "import":
        # `@import "x"` at the very end, without its `;`
        rule = AtImport(text[head[0].start : head[-1].end], head[0].start, head[-1].end)
        urls.extend(_string_url(text, s, rule) for s in head[1:2] if s.kind == "string")
        urls.extend(_urls(text, head[1:], rule))
    else:
        urls.extend(_urls(text, prelude, None))


def _selector(text: str, prelude: Sequence[_Node]) -> str:
    """The prelude as written, without comments, stripped."""
    return "".join(text[n.start : n.end] for n in prelude if n.kind != "comment").strip()
