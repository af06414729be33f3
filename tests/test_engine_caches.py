"""Caches that speed up the engine must never serve a stale result."""

from __future__ import annotations

from policies import Envelope, load_policy
from policies.detect.runs import part_view
from policies.model import MessageModel
from tests.mail import make_message


def _html_part(html: str) -> MessageModel:
    raw = make_message(text="hello", html=html)
    return MessageModel(raw, Envelope(), load_policy())


def test_part_view_is_kept_until_the_part_is_edited() -> None:
    model = _html_part("<p>one <a href='https://x.example'>two</a></p>")
    part = next(model.html_parts())
    view = part_view(part)
    assert part_view(part) is view
    next(part.root.iter("a")).drop_tag()
    part.touch()
    fresh = part_view(part)
    assert fresh is not view
    assert not any(el.tag == "a" for el, _ in fresh.elements)
    plain = next(model.plain_parts())
    before = part_view(plain)
    plain.set_text("changed\n")
    assert [s.text for s in part_view(plain).slots] == ["changed\n"]
    assert part_view(plain) is not before
    model.release()
    assert not part._derived
