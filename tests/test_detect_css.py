"""policies.detect.css: declarations, blocks, url()s and byte-exact edits."""

from __future__ import annotations

import pytest

from policies.detect.css import Url, parse_sheet, parse_style, to_px


def names(text: str) -> list[str]:
    return [d.name for d in parse_style(text).declarations]


def drop_align(text: str) -> str:
    return parse_sheet(text).remove_where(lambda d: d.name == "text-align")


# -- the two bugs of the hand-written parser ----------------------------------------------


def test_semicolon_in_a_string_does_not_split_a_declaration() -> None:
    sheet = 'p { quotes: "a;b" "c"; text-align: center }'
    assert drop_align(sheet) == 'p { quotes: "a;b" "c"; }'


def test_brace_in_a_string_does_not_end_the_block() -> None:
    sheet = '.c { content: "}"; text-align: center }'
    (block,) = parse_sheet(sheet).blocks
    assert [d.name for d in block.declarations] == ["content", "text-align"]
    assert drop_align(sheet) == '.c { content: "}"; }'


# -- style attributes ---------------------------------------------------------------------


def test_style_declarations_keep_their_text_and_value() -> None:
    (a, b) = parse_style("COLOR : Red;  margin:0 auto !important").declarations
    assert (a.name, a.value, a.text, a.important) == ("color", "Red", "COLOR : Red", False)
    assert (b.name, b.value, b.important) == ("margin", "0 auto", True)
    assert b.text == "margin:0 auto !important"


def test_semicolon_inside_url_does_not_split() -> None:
    style = "background:url(data:image/png;base64,AAA=) no-repeat; color:red"
    assert names(style) == ["background", "color"]
    (url,) = parse_style(style).urls
    assert url.value == "data:image/png;base64,AAA="


def test_comments_are_neither_declarations_nor_values() -> None:
    css = parse_style("/* color: red; */ font-size: /* big */ 12px; x")
    (decl,) = css.declarations
    assert (decl.name, decl.value) == ("font-size", "12px")


@pytest.mark.parametrize(
    "style", ["color red", ": red", "12px: 3", "{color: red}", "!important", "", ";;;"]
)
def test_near_misses_are_not_declarations(style: str) -> None:
    css = parse_style(style)
    assert css.declarations == ()
    assert css.remove_where(lambda d: True) == style  # left unchanged, not mangled


def test_removing_keeps_everything_else_byte_for_byte() -> None:
    style = "color:red;text-align:center;font-size:2px"
    assert parse_style(style).remove_where(lambda d: d.name == "text-align") == (
        "color:red;font-size:2px"
    )
    style = "color: red; TEXT-ALIGN: center; /* note */ font: 12px/1.5 'A;B'"
    assert parse_style(style).remove_where(lambda d: d.name == "text-align") == (
        "color: red; /* note */ font: 12px/1.5 'A;B'"
    )
    assert parse_style("text-align: center;").remove_where(lambda d: True) == ""


def test_important_is_recognised_and_removed_with_its_declaration() -> None:
    sheet = "p { text-align: center !important; color: red }"
    (align, _) = parse_sheet(sheet).declarations
    assert align.important and align.value == "center"
    assert drop_align(sheet) == "p { color: red }"


# -- style sheets -------------------------------------------------------------------------


def test_blocks_with_selectors_inside_media_queries() -> None:
    sheet = (
        "/* reset */ body { margin: 0 }\n"
        "@media only screen and (max-width: 600px) { .a, .b { padding: 0 40px } }\n"
        "@font-face { font-family: X; src: url(x.woff) }"
    )
    css = parse_sheet(sheet)
    assert [b.selector for b in css.blocks] == ["body", ".a, .b", "@font-face"]
    assert [d.name for d in css.declarations] == ["margin", "padding", "font-family", "src"]


def test_declarations_by_property_in_source_order() -> None:
    css = parse_sheet(
        "p { COLOR: red; margin: 0 } @media (max-width: 600px) { td { color: blue } }"
        ' h1 { font: 12px Arial; content: "color: green" } a { line-height: 2 !important }'
    )
    found = css.named({"color", "line-height"})
    assert [(d.name, d.value) for d in found] == [
        ("color", "red"),
        ("color", "blue"),
        ("line-height", "2"),
    ]
    assert css.named(["font-size"]) == []  # `font` is another property
    assert found == [d for d in css.declarations if d.name in ("color", "line-height")]


def test_sheet_edit_keeps_comments_and_other_rules() -> None:
    sheet = "/* a } b */\np {\n  color: red;\n  text-align: center;\n  margin: 0;\n}\n"
    assert drop_align(sheet) == "/* a } b */\np {\n  color: red;\n  margin: 0;\n}\n"


@pytest.mark.parametrize(
    "sheet",
    [
        "p { color: red } } .x { color: blue }",  # stray brace
        "p { color red; font: }",  # no colon, no value
        'p { content: "unterminated }',  # open string runs to the end
        "p { color: red",  # open block
        "<!-- p { color: red } -->",
    ],
)
def test_malformed_sheets_are_left_unchanged(sheet: str) -> None:
    assert drop_align(sheet) == sheet


def test_open_block_at_the_end_still_yields_its_declarations() -> None:
    sheet = "p { color: red; text-align: center"
    assert drop_align(sheet) == "p { color: red; "


def test_text_align_inside_a_string_or_comment_is_not_a_declaration() -> None:
    sheet = 'p { content: "text-align: center" } /* text-align: center */'
    assert drop_align(sheet) == sheet


# -- url() ------------------------------------------------------------------------------


def test_urls_of_every_form() -> None:
    sheet = (
        '@import "a.css"; @import url(b.css) screen;\n'
        "p { background: url( 'c.png' ) no-repeat; "
        "background-image: -webkit-image-set(url(d.png) 1x); }\n"
        'q { content: "url(not-a-url)" } /* url(nor-this) */'
    )
    urls = parse_sheet(sheet).urls
    assert [u.value for u in urls] == ["a.css", "b.css", "c.png", "d.png"]
    assert urls[0].holder is not None and urls[0].holder.text == '@import "a.css";'


def test_rewrite_urls_changes_only_the_address() -> None:
    sheet = 'p { background: URL( "http://x/a.png" ) } q { b: url(http://x/b.png) }'

    def upgrade(url: Url) -> str | None:
        return "https:" + url.value[5:] if url.value.startswith("http:") else None

    assert parse_sheet(sheet).rewrite_urls(upgrade) == (
        'p { background: URL( "https://x/a.png" ) } q { b: url(https://x/b.png) }'
    )


def test_remove_urls_drops_the_declaration_or_import_holding_them() -> None:
    sheet = '@import "http://t.example/a.css";\np { color: red; background: url(x.gif) #fff }'
    css = parse_sheet(sheet)
    assert css.remove_urls(lambda u: "t.example" in u.value) == (
        "p { color: red; background: url(x.gif) #fff }"
    )
    assert css.remove_urls(lambda u: u.value.endswith(".gif")) == (
        '@import "http://t.example/a.css";\np { color: red; }'
    )
    style = "background:url(x.gif);color:red"
    assert parse_style(style).remove_urls(lambda u: True) == "color:red"


# -- lengths ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "px"),
    [
        ("12px", 12.0),
        ("12pt", 16.0),
        ("1em", 16.0),
        ("50%", 300.0),
        ("10", 10.0),
        (" 2rem !important", 32.0),
        ("auto", None),
        ("calc(1px)", None),
        ("1ex", None),
    ],
)
def test_to_px(value: str, px: float | None) -> None:
    assert to_px(value, 600.0) == px
