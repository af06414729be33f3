"""One model of a message: headers, envelope context, body parts, attachments.

Parsing uses the stdlib `email` package with the compat32 policy, which records what is
malformed as defects rather than raising (`policy.default` also parses every header
eagerly; only a handful matter here, decoded on demand). What the model cannot read is
recorded as a `Problem`: unreadable ones become blocking findings (mime.unreadable), so
content the gateway did not see is never relayed; the rest only warn (mime.defect).

The model is also the working copy for fixes: rules edit `TextPart.text`, the HTML tree,
headers and the attachment list, and `serialize()` writes only what changed.
"""

from __future__ import annotations

import email
import email.charset
import email.parser
import email.utils
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email.generator import BytesGenerator
from email.message import Message
from email.policy import compat32
from functools import cached_property
from io import BytesIO
from typing import TYPE_CHECKING, Any, TypeVar

from policies.decode import (
    decode_bytes,
    decode_header_value,
    encode_header,
    header_values,
    raw_header,
)
from policies.detect.html import HtmlWalk, parse_html_checked, serialize_html
from policies.detect.quotes import QuoteDetector, html_segments_at, text_segments_at
from policies.sniff import sniff

if TYPE_CHECKING:
    from policies.config import Policy

# Finds no quoted history: for parts read without it.
_NO_QUOTES = QuoteDetector((), ())

T = TypeVar("T")

PARSE_POLICY = compat32
OUTPUT_POLICY = compat32.clone(linesep="\r\n")

_UTF8_QP = email.charset.Charset("utf-8")
_UTF8_QP.body_encoding = email.charset.QP

KNOWN_CTES = {"", "7bit", "8bit", "binary", "base64", "quoted-printable"}
UNREADABLE_TYPES = {
    "multipart/encrypted",
    "multipart/signed+encrypted",
    "application/pkcs7-mime",
    "application/x-pkcs7-mime",
    "application/pgp-encrypted",
}


@dataclass(slots=True)
class Envelope:
    """SMTP envelope context. `kind` forces reply/proactive (CLI flags); None = detect."""

    mail_from: str = ""
    rcpt_tos: list[str] = field(default_factory=list)
    kind: str | None = None


@dataclass(slots=True)
class Problem:
    """Something about the structure: `unreadable` ones block, the rest only warn."""

    location: str
    description: str
    unreadable: bool = False


@dataclass(eq=False)
class TextPart:
    """A body part a person reads: text/plain or text/html.

    `quotes` finds its quoted history (None: the part has none, as in a file's text).
    What is read from the text or tree (the walk, the segments, rules' own views) is kept
    until the part is edited: `set_text` and `touch` forget it.
    """

    part: Message
    index: int
    subtype: str
    text: str
    quotes: QuoteDetector | None
    dirty: bool = False
    _root: Any = None
    _unparsed: str | None = None  # why the HTML parser stopped short, if it did
    _derived: dict[str, Any] = field(default_factory=dict)

    @property
    def label(self) -> str:
        return f"text/{self.subtype} part {self.index}"

    @property
    def is_html(self) -> bool:
        return self.subtype == "html"

    @property
    def root(self) -> Any:
        """The parsed HTML document (lxml), created once on first use."""
        if self._root is None:
            self._root, self._unparsed = parse_html_checked(self.text)
        return self._root

    def unreadable(self) -> str | None:
        """Why part of this HTML is missing from its tree (the parser stopped short: what
        follows could say anything, so mime.unreadable blocks it); None when it is whole."""
        if not self.is_html:
            return None
        _ = self.root
        return self._unparsed

    def set_text(self, text: str) -> None:
        if text != self.text:
            self.text = text
            self.dirty = True
            self._derived.clear()
            if self.is_html:
                self._root = None

    def touch(self) -> None:
        """Mark the HTML tree as edited, so serialize() writes it back, and forget what
        was derived from it. Every edit of the tree must be followed by this before the
        part is read again."""
        self.dirty = True
        self._derived.clear()

    def derived(self, key: str, factory: Callable[[], T]) -> T:
        """A result computed from this part's text or tree, kept until the part is next
        edited (`set_text`/`touch`). Each fix re-reads every part and most fixes leave most
        parts alone, so this spares re-reading the parts a fix did not touch."""
        if key not in self._derived:
            self._derived[key] = factory()
        value: T = self._derived[key]
        return value

    def forget(self) -> None:
        """Drop what was derived (some results point back at the part)."""
        self._derived.clear()

    @property
    def lower(self) -> str:
        """`text.lower()`, for rules that look for a word in the raw part first."""
        return self.derived("model.lower", self.text.lower)

    @property
    def detector(self) -> QuoteDetector:
        """The policy's quote detector, or one that finds no history (an attached file's
        text has none)."""
        return self.quotes or _NO_QUOTES

    def html_walk(self) -> HtmlWalk:
        """The HTML tree walked once (visible text, runs, elements; quote wrappers marked)."""
        return self.derived("model.html_walk", lambda: self.detector.walk(self.root))

    def history_line(self) -> int:
        """A text/plain part: the index of the line holding the first quote marker ("On …
        wrote:"), or the number of lines when none does. Searched once for the segments
        and the runs (`policies.detect.runs`), so both cut at the same line."""
        return self.derived(
            "model.history_line", lambda: self.detector.first_quoted_line(self.text.splitlines())
        )

    def history_offset(self) -> int | None:
        """A text/html part: where the first quote marker starts in its walk's joined
        text, or None. Searched once for the segments and the runs."""
        return self.derived(
            "model.history_offset", lambda: self.detector.html_start(self.html_walk())
        )

    def segments(self) -> list[tuple[str, bool]]:
        """(text, quoted) runs in reading order; quoted = buyer's or Amazon's history."""

        def build() -> list[tuple[str, bool]]:
            if self.is_html:
                return html_segments_at(self.html_walk(), self.history_offset())
            return text_segments_at(self.text, self.history_line())

        return self.derived("model.segments", build)

    def own_text(self) -> str:
        """The seller's own text: the segments that are not quoted history."""
        return self.derived(
            "model.own_text", lambda: "\n".join(t for t, quoted in self.segments() if not quoted)
        )

    def visible_text(self) -> str:
        """All the text a reader sees, quoted history included."""
        return self.derived("model.visible_text", lambda: "\n".join(t for t, _ in self.segments()))

    def render(self) -> str:
        if not self.is_html or self._root is None:
            return self.text
        return serialize_html(self._root)


@dataclass(eq=False)
class Attachment:
    """Any leaf part that is not body text: files, inline images, nested messages."""

    part: Message
    index: int
    filename: str
    declared_type: str
    data: bytes
    inline: bool
    content_id: str
    dropped: bool = False

    @property
    def label(self) -> str:
        name = self.filename or self.content_id or self.declared_type
        return f"attachment {self.index} '{name}'"

    @cached_property
    def kind(self) -> str:
        """The type sniffed from the content (policies/sniff.py); "message" for e-mail."""
        return "message" if self.declared_type == "message/rfc822" else sniff(self.data)

    @property
    def size(self) -> int:
        return len(self.data)


class MessageModel:
    """The parsed message plus everything rules need, built once per evaluation.

    `quoted_history=False` reads the body as having none (the text of an attached file).
    """

    def __init__(
        self, raw: bytes, envelope: Envelope, policy: Policy, *, quoted_history: bool = True
    ) -> None:
        self.problems: list[Problem] = []
        self.raw = raw
        self.envelope = envelope
        self.policy = policy
        try:
            self.msg: Message = email.message_from_bytes(raw, policy=PARSE_POLICY)
        except RecursionError:
            # Thousands of nested parts: keep the headers, refuse the body (unreadable).
            self.msg = email.parser.BytesParser(policy=PARSE_POLICY).parsebytes(
                raw, headersonly=True
            )
            self.msg.set_payload("")
            self.problems.append(Problem("MIME structure", "nested too deeply to read", True))
        self.text_parts: list[TextPart] = []
        self.attachments: list[Attachment] = []
        self.headers_dirty = False
        self._shared: dict[str, Any] = {}
        limits = policy.section("limits")
        self._max_depth = int(limits["max_mime_depth"])
        self._max_parts = int(limits["max_mime_parts"])
        self._part_count = 0
        self._quotes = QuoteDetector.of(policy) if quoted_history else None
        for defect in self.msg.defects:
            self.problems.append(Problem("message headers", _defect_text(defect)))
        self._subject = self.header("subject")
        self._walk(self.msg, depth=0)

    def shared(self, key: str, factory: Callable[[], T]) -> T:
        """A per-message result that several rules use (the link scan, the text views,
        the sentence analysis), built by the first rule that asks. Only for results of the
        pristine message: fixes edit the model and must compute afresh."""
        if key not in self._shared:
            self._shared[key] = factory()
        value: T = self._shared[key]
        return value

    def release(self) -> None:
        """Drop the shared and derived results once the message is judged: some point back
        at the model or a part, and would otherwise keep it alive until the garbage
        collector's next full pass."""
        self._shared.clear()
        for part in self.text_parts:
            part.forget()

    # -- structure -------------------------------------------------------------------

    def _walk(self, part: Message, depth: int) -> None:
        self._part_count += 1
        if depth > self._max_depth:
            self.problems.append(
                Problem("MIME structure", f"nested deeper than {self._max_depth} levels", True)
            )
            return
        if self._part_count > self._max_parts:
            if self._part_count == self._max_parts + 1:
                self.problems.append(
                    Problem("MIME structure", f"more than {self._max_parts} parts", True)
                )
            return
        ctype = part.get_content_type()
        if ctype in UNREADABLE_TYPES:
            self.problems.append(
                Problem(ctype, "encrypted content cannot be checked", unreadable=True)
            )
            return
        disposition = (part.get_content_disposition() or "").lower()
        if part.is_multipart():
            payload = part.get_payload()
            if not isinstance(payload, list):
                return
            if ctype == "message/rfc822":
                nested = b"".join(_as_bytes(p) for p in payload if isinstance(p, Message))
                self._add_attachment(part, nested, ctype, disposition)
                return
            for sub in payload:
                if isinstance(sub, Message):
                    self._walk(sub, depth + 1)
            return
        cte = str(raw_header(part, "content-transfer-encoding") or "").strip().lower()
        if cte not in KNOWN_CTES and not cte.startswith("x-uu") and cte != "uuencode":
            self.problems.append(
                Problem(ctype, f"unknown Content-Transfer-Encoding {cte!r}", unreadable=True)
            )
            return
        data = part.get_payload(decode=True)
        if not isinstance(data, bytes):
            data = b""
        # After decoding: the decoder records bad base64 and the like as defects.
        for defect in part.defects:
            self.problems.append(Problem(ctype, _defect_text(defect)))
        maintype, subtype = part.get_content_maintype(), part.get_content_subtype()
        if maintype == "multipart" and disposition != "attachment":
            # A multipart whose boundary never appears: mail programs show the raw body
            # as text, so it is checked as text.
            self._add_text(part, "plain", data)
        elif maintype == "text" and disposition != "attachment" and subtype in ("plain", "html"):
            self._add_text(part, subtype, data)
        else:
            self._add_attachment(part, data, ctype, disposition)

    def _add_text(self, part: Message, subtype: str, data: bytes) -> None:
        index = len(self.text_parts) + 1
        text, issue = decode_bytes(data, part.get_content_charset())
        if issue:
            self.problems.append(Problem(f"text/{subtype} part {index}", issue))
        self.text_parts.append(TextPart(part, index, subtype, text, self._quotes))

    def _add_attachment(self, part: Message, data: bytes, ctype: str, disposition: str) -> None:
        """`ctype`, `disposition`: the part's content type and lower-case disposition."""
        self.attachments.append(
            Attachment(
                part=part,
                index=len(self.attachments) + 1,
                filename=decode_header_value(part.get_filename() or ""),
                declared_type=ctype,
                data=data,
                inline=disposition != "attachment",
                content_id=str(raw_header(part, "content-id") or "").strip().strip("<>"),
            )
        )

    # -- headers ----------------------------------------------------------------------

    def header(self, name: str) -> str:
        """A header decoded to text ('' when absent)."""
        return decode_header_value(raw_header(self.msg, name))

    def header_addresses(self, *names: str) -> list[str]:
        """The addresses in these headers, in order, without empty ones."""
        values = [str(v) for n in names for v in header_values(self.msg, n)]
        return [addr for _, addr in email.utils.getaddresses(values) if addr]

    @property
    def subject(self) -> str:
        """The decoded Subject (kept current by `set_subject`)."""
        return self._subject

    def set_subject(self, subject: str) -> None:
        if "subject" in self.msg:
            self.msg.replace_header("Subject", encode_header(subject))
        else:
            self.msg["Subject"] = encode_header(subject)
        self._subject = subject
        self.headers_dirty = True

    def remove_header(self, name: str) -> bool:
        if name not in self.msg:
            return False
        del self.msg[name]
        self.headers_dirty = True
        return True

    # -- classification ---------------------------------------------------------------

    @cached_property
    def kind(self) -> str:
        """'reply' when the message answers the buyer, else 'proactive': the envelope's
        word, else the policy's kind header, else In-Reply-To/References, else a reply
        prefix ("Re:", "AW:", …) on the subject."""
        if self.envelope.kind in ("reply", "proactive"):
            return self.envelope.kind
        scope = self.policy.section("scope")
        declared = self.header(scope["kind_header"]).strip().lower()
        if declared in ("reply", "proactive"):
            return declared
        if raw_header(self.msg, "in-reply-to") or raw_header(self.msg, "references"):
            return "reply"
        return "reply" if self.subject_is_echo else "proactive"

    @property
    def is_reply(self) -> bool:
        return self.kind == "reply"

    @property
    def subject_is_echo(self) -> bool:
        """Whether the subject carries a reply prefix ("Re: Newsletter / coupons?"): then
        it repeats the buyer's own subject, and its words are the buyer's."""
        scope = self.policy.section("scope")
        prefixes = self.policy.memo("scope.reply_prefixes", lambda: _reply_prefix_re(scope))
        return prefixes.match(self.subject) is not None

    def html_parts(self) -> Iterator[TextPart]:
        return (p for p in self.text_parts if p.is_html)

    def plain_parts(self) -> Iterator[TextPart]:
        return (p for p in self.text_parts if not p.is_html)

    def live_attachments(self) -> list[Attachment]:
        return [a for a in self.attachments if not a.dropped]

    # -- rewriting --------------------------------------------------------------------

    def drop_attachment(self, attachment: Attachment) -> None:
        attachment.dropped = True

    @property
    def changed(self) -> bool:
        return (
            self.headers_dirty
            or any(p.dirty for p in self.text_parts)
            or any(a.dropped for a in self.attachments)
        )

    def serialize(self) -> bytes:
        """The message with every edit applied, as valid MIME with CRLF line ends."""
        for tp in self.text_parts:
            if tp.dirty:
                _set_text_payload(tp.part, tp.render(), tp.subtype)
        dropped = {id(a.part) for a in self.attachments if a.dropped}
        if dropped:
            _remove_parts(self.msg, dropped)
        buf = BytesIO()
        BytesGenerator(buf, mangle_from_=False, policy=OUTPUT_POLICY).flatten(self.msg)
        return buf.getvalue()


def _as_bytes(part: Message) -> bytes:
    try:
        return part.as_bytes(policy=OUTPUT_POLICY)
    except (UnicodeError, LookupError, ValueError, RecursionError):
        return b""


def _defect_text(defect: Exception) -> str:
    return (defect.__doc__ or type(defect).__name__).strip().splitlines()[0]


def _reply_prefix_re(scope: dict[str, Any]) -> re.Pattern[str]:
    alts = "|".join(re.escape(p) for p in sorted(scope["reply_subject_prefixes"], key=len)[::-1])
    return re.compile(rf"^\s*(?:\[[^\]]*\]\s*)?(?:{alts})\s*(?:\[\d+\])?\s*[:：]", re.IGNORECASE)


def _set_text_payload(part: Message, text: str, subtype: str) -> None:
    """Replace a text part's content, re-encoded as UTF-8 quoted-printable.

    Quoted-printable keeps every line under 78 octets, so a rewritten part never carries
    the over-long lines that SMTP servers refuse. The Content-Type is written afresh: the
    old one may carry parameters (format=flowed, a broken charset) that no longer apply.
    """
    had_mime_version = "mime-version" in part
    del part["content-transfer-encoding"]
    del part["content-type"]
    part["Content-Type"] = f"text/{subtype}"
    part.set_payload(text, charset=_UTF8_QP)
    if not had_mime_version:
        del part["mime-version"]


def _remove_parts(msg: Message, dropped: set[int]) -> None:
    payload = msg.get_payload()
    if not msg.is_multipart() or not isinstance(payload, list):
        return
    kept = [p for p in payload if id(p) not in dropped]
    for sub in kept:
        if isinstance(sub, Message):
            _remove_parts(sub, dropped)
    if len(kept) != len(payload):
        msg.set_payload(kept)
