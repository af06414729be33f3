"""One walk of a part's HTML tree serves both the segments and the link rules' view."""

from __future__ import annotations

from policies import Envelope, load_policy
from policies.detect.runs import part_view
from policies.model import MessageModel, TextPart
from tests.mail import make_message

# A marker split over two text nodes: the joined text (segments) holds it, no single run
# (link view) does; then a whole marker in one run, a quote wrapper, hidden text and tails.
HTML = (
    "<html><head><title>From: a@b.example</title><style>p{}</style></head><body>"
    "<p>Hello <b>Sam</b>, thanks</p><!-- -----Original Message----- -->"
    "<div>-----Original <span>Message-----</span></div>"
    "<p>after <a href='https://x.example'>link</a></p>"
    "<p>-----Original Message-----</p><p>history <i>here</i></p>"
    "<div class='gmail_quote'>quoted <a href='https://q.example'>q</a></div>tail"
    "</body></html>"
)


def _part(html: str) -> TextPart:
    model = MessageModel(make_message(text="hello", html=html), Envelope(), load_policy())
    return next(model.html_parts())


def test_segments_and_view_share_one_walk_until_an_edit() -> None:
    part = _part(HTML)
    part.segments()
    walk = part.html_walk()
    part_view(part)
    assert part.html_walk() is walk
    part.touch()
    assert part.html_walk() is not walk


def test_each_reader_keeps_its_own_marker_semantics() -> None:
    part = _part(HTML)
    segments = part.segments()
    # Segments search the joined text, so the split marker quotes from "-----Original".
    own = "\n".join(text for text, quoted in segments if not quoted)
    assert own.startswith("Hello Sam, thanks")
    assert "Original" not in own and "after" not in own
    view = part_view(part)
    # The view searches run by run: the split marker quotes nothing, the whole one does.
    quoted = {slot.text: slot.quoted for slot in view.slots}
    assert quoted["-----Original "] is False
    assert quoted["after "] is False
    assert quoted["-----Original Message-----"] is True
    assert quoted["history "] is True
    assert quoted["quoted "] is True
    assert quoted["tail"] is True
    assert "From: a@b.example" not in quoted  # <title> text is never a run
    links = {el.get("href"): flag for el, flag in view.elements if el.tag == "a"}
    assert links == {"https://x.example": False, "https://q.example": True}
    # Elements after the marker's run are quoted, those before it are not.
    flags = [(el.tag, flag) for el, flag in view.elements]
    assert ("title", False) in flags and ("i", True) in flags
