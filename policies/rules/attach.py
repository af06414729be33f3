"""Attachments: what kind of file, how many, how big, and what the text inside says."""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Annotated

from policies.engine import check_text
from policies.extract import EXTRACTABLE, Caps, Extracted, extract
from policies.model import Attachment, Envelope
from policies.registry import Context, Rule
from policies.verdict import Action, Finding, milder

if TYPE_CHECKING:
    from policies.config import Policy

# How a sniffed kind (policies/sniff.py) is called in a message to a support agent.
KIND_WORDS = {
    "pdf": "PDF",
    "text": "plain text",
    "jpeg": "JPEG",
    "png": "PNG",
    "doc": "Word",
    "docx": "Word",
    "exe": "a program (executable file)",
    "script": "a script (a small program)",
    "zip": "a ZIP archive",
    "rar": "a RAR archive",
    "7z": "a 7-Zip archive",
    "gz": "a compressed archive",
    "bz2": "a compressed archive",
    "xz": "a compressed archive",
    "tar": "an archive",
    "html": "a web page (HTML)",
    "svg": "an SVG image, which can contain scripts",
    "xml": "an XML file",
    "docm": "a Word document with macros",
    "doc-macro": "a Word document with macros",
    "xlsm": "an Excel workbook with macros",
    "pptm": "a PowerPoint file with macros",
    "xlsx": "an Excel workbook",
    "xls": "an Excel workbook",
    "pptx": "a PowerPoint file",
    "ole": "an Office file of unknown kind",
    "message": "an attached e-mail",
    "binary": "a file of unknown type",
}


def kind_words(kind: str) -> str:
    return KIND_WORDS.get(kind, f"a {kind.upper()} file")


def extension(filename: str) -> str:
    """The lower-case ending of a file name without the dot ('' when there is none)."""
    base = filename.rsplit("/", 1)[-1].rsplit("\\", 1)[-1].strip().rstrip(".")
    return base.rsplit(".", 1)[1].lower() if "." in base else ""


def attachment_name(att: Attachment) -> str:
    return f"'{att.filename}'" if att.filename else f"number {att.index}"


def counted(att: Attachment) -> bool:
    """A file the buyer sees as an attachment; an inline image the HTML shows through its
    Content-ID (a signature logo, a photo in the text) is part of the message body."""
    return not (att.inline and att.content_id)


class AttachType(Rule):
    """Amazon's messaging accepts only a few file types (PDF, plain text, JPEG, PNG, Word);
    anything else is refused by Amazon and, worse, archives, programs, scripts, web pages,
    SVG and macro Office files are how malware travels.

    The type is judged from the file's bytes (policies/sniff.py), never from its name: a
    program renamed invoice.pdf is still a program, and the message says it is disguised.
    The name still matters the other way round: mail programs decide what to do with a
    file by its ending, so a script named .js or .bat, which sniffs as plain text, is
    refused by the policy's list of refused endings. GIFs are left to image.gif. A PNG
    named .jpg and an uppercase .PDF are fine: nothing dangerous hides there.
    """

    id = "attach.type"
    default_action = Action.BLOCK
    summary = "Attachment type not allowed (judged from the content: archives, programs, …)."

    @dataclass(frozen=True)
    class Params(Rule.Params):
        allowed: Annotated[
            list[str],
            "File types allowed, judged from the content (names from "
            'policies/sniff.py). "empty" is a zero-byte file, which carries '
            "nothing.",
        ] = field(default_factory=list)
        left_to_other_rules: Annotated[
            list[str], "Types another rule judges (GIFs: image.gif)."
        ] = field(default_factory=list)
        disguise_extensions: Annotated[
            list[str],
            "Name endings that make a refused file look harmless: such a file "
            "is reported as disguised.",
        ] = field(default_factory=list)
        refused_extensions: Annotated[
            list[str],
            "Name endings refused whatever the content: mail programs go by "
            "the name, so a script named .js or .bat (which looks like plain "
            "text inside) would be run as one.",
        ] = field(default_factory=list)

    def check(self, ctx: Context) -> None:
        allowed = set(ctx.params.allowed)
        ignored = set(ctx.params.left_to_other_rules)
        refused_ext = set(ctx.params.refused_extensions)
        harmless_ext = set(ctx.params.disguise_extensions)
        shown = [KIND_WORDS[k] for k in ctx.params.allowed if k in KIND_WORDS]
        allowed_words = ", ".join(dict.fromkeys(shown))
        for att in ctx.model.live_attachments():
            kind = att.kind
            if kind in ignored:
                continue
            ext = extension(att.filename)
            name = attachment_name(att)
            if kind not in allowed:
                if ext in harmless_ext:
                    ctx.report(
                        f"Attachment {name} is named like a .{ext} file but is really "
                        f"{kind_words(kind)}. A disguised file is a serious warning sign; it "
                        "was not sent. Check what you attached and attach the real document.",
                        att.label,
                        f"name .{ext}, content {kind}",
                    )
                else:
                    ctx.report(
                        f"Attachment {name} is {kind_words(kind)}. Amazon only accepts "
                        f"{allowed_words} files. Remove it, or attach the information "
                        "as a PDF.",
                        att.label,
                        f"content {kind}",
                    )
            elif ext in refused_ext:
                ctx.report(
                    f"Attachment {name} has a file name ending in .{ext}, which mail "
                    "programs treat as a file type Amazon does not accept. Rename it to "
                    "what it really is (for example .pdf or .txt) or remove it.",
                    att.label,
                    f"name .{ext}, content {kind}",
                )


class AttachSize(Rule):
    """Amazon accepts up to 10 MB of attachments; whether per file or per message is not
    documented, so the conservative reading (all files of one message together) is the
    default. Counted after decoding: base64 makes the raw message about a third bigger
    than what Amazon counts.
    """

    id = "attach.size"
    default_action = Action.BLOCK
    summary = "More than the allowed total of decoded attachment bytes (default 10 MB)."

    @dataclass(frozen=True)
    class Params(Rule.Params):
        max_total_bytes: Annotated[
            int, 'Decoded bytes of all attachments of one message together (Amazon: "up to 10 MB").'
        ] = 10485760

    def check(self, ctx: Context) -> None:
        limit = int(ctx.params.max_total_bytes)
        atts = ctx.model.live_attachments()
        total = sum(a.size for a in atts)
        if total <= limit:
            return
        largest = max(atts, key=lambda a: a.size)
        shown_total, shown_limit = _sizes(total, limit)
        ctx.report(
            f"The attachments add up to {shown_total}; Amazon accepts at most {shown_limit} "
            f"per message. The largest is {attachment_name(largest)} ({_mb(largest.size)}). "
            "Send fewer or smaller files (for example a compressed PDF).",
            "attachments",
            f"{total} bytes in {len(atts)} files",
        )


def _mb(size: int) -> str:
    return f"{size / 1048576:.1f} MB"


def _sizes(total: int, limit: int) -> tuple[str, str]:
    """`total` and `limit` written so that the excess shows: one decimal place if that
    tells them apart, more if needed, the exact bytes when even 1 KB does not."""
    for digits in (1, 2, 3):
        shown = f"{total / 1048576:.{digits}f} MB", f"{limit / 1048576:.{digits}f} MB"
        if shown[0] != shown[1]:
            return shown
    return f"{total:,} bytes", f"{limit:,} bytes"


class AttachCount(Rule):
    """Amazon's messaging API takes at most 5 attachments per message; the e-mail relay
    has no documented limit, so more only warns. Inline images the HTML shows (logos,
    photos embedded by Content-ID) are part of the text, not attachments, and do not count.
    """

    id = "attach.count"
    default_action = Action.WARN
    summary = "More attachments than Amazon's message API allows (default 5)."

    @dataclass(frozen=True)
    class Params(Rule.Params):
        max_count: Annotated[
            int,
            "Files attached (inline images shown by the HTML do not count); the SP-API allows 5.",
        ] = 5

    def check(self, ctx: Context) -> None:
        limit = int(ctx.params.max_count)
        files = [a for a in ctx.model.live_attachments() if counted(a)]
        if len(files) > limit:
            ctx.report(
                f"The message has {len(files)} attachments; Amazon accepts at most {limit}. "
                "Send only the files the buyer needs for this order.",
                "attachments",
                ", ".join(a.filename or a.declared_type for a in files)[:160],
            )


class AttachContent(Rule):
    """Every rule about what a message may say applies to the files attached to it: a
    coupon flyer named invoice.pdf or a "5 stars = refund" note inside a DOCX breaks the
    rules as much as the same text in the body, and sellers have lost accounts over it.

    The text of PDF, DOCX and plain-text files is extracted (policies/extract.py) and
    checked as a message of its own, a reply so that proactive-only rules stay quiet,
    through the same rules as the body. Only their blocking findings count by default: an
    attachment cannot be edited, and invoices normally carry the seller's own address,
    phone and website, which in the body would merely be stripped. Rules that judge the
    envelope, the order id, the structure or the files themselves are skipped (policy
    list). Quote markers and '>' prefixes are disregarded in files, so quoting cannot hide
    text. A file that cannot be opened (damaged, password-protected PDF, compression bomb)
    or that carries embedded files or scripts cannot be verified and is blocked. Images
    are not read (no OCR).
    """

    id = "attach.content"
    default_action = Action.BLOCK
    summary = "Text inside a PDF/DOCX/text attachment that breaks a blocking rule."

    @dataclass(frozen=True)
    class Params(Rule.Params):
        report_actions: Annotated[
            list[str],
            "The text of PDF, DOCX and text attachments goes through the text "
            'rules; findings with these actions refuse the file. Add "strip" '
            "to also refuse files carrying links, e-mail addresses or phone "
            "numbers (invoices usually show the seller's own, so off by "
            "default).",
        ] = field(default_factory=list)
        ignore_rules: Annotated[
            list[str],
            "Rules that say nothing about a file's text: envelope, order id, "
            "structure, the file rules.",
        ] = field(default_factory=list)
        refuse_active_content: Annotated[
            bool,
            "Embedded files, JavaScript or open-actions inside a PDF cannot be "
            "checked: refuse them.",
        ] = True
        truncated_action: Annotated[
            str, "When a file is longer than the [limits] caps and only its beginning was checked."
        ] = "warn"

    def check(self, ctx: Context) -> None:
        caps = _caps(ctx.policy)
        for att in ctx.model.live_attachments():
            kind = att.kind
            if kind not in EXTRACTABLE:
                continue
            got = extract(kind, att.data, att.part.get_content_charset(), caps)
            if got is not None:
                self._judge(ctx, att, got)

    def _judge(self, ctx: Context, att: Attachment, got: Extracted) -> None:
        name = attachment_name(att)
        if got.error is not None:
            ctx.report(
                f"The gateway could not read attachment {name}: {got.error}. A file that "
                "cannot be checked is not sent. Attach a normal, unprotected copy (for "
                'example re-saved with "Print to PDF").',
                att.label,
                got.error,
            )
            return
        if got.active and ctx.params.refuse_active_content:
            found = ", ".join(got.active)
            ctx.report(
                f"Attachment {name} contains {found}, which the gateway cannot check. "
                'Attach a plain copy instead (for example re-saved with "Print to PDF").',
                att.label,
                found,
            )
        if got.truncated:
            ctx.report(
                f"Attachment {name} is very long; only its beginning was checked. "
                "Send only the pages the buyer needs.",
                att.label,
                f"{len(got.text)} characters checked",
                action=Action(ctx.params.truncated_action),
            )
        for inner in inner_findings(ctx, got.text):
            ctx.report(
                f"Attachment {name} contains text that is not allowed ({inner.rule}): "
                f"{inner.message} The gateway cannot edit a file: remove it, or attach a "
                "version without this.",
                f"{att.label}, {inner.rule}",
                inner.evidence,
            )


def _caps(policy: Policy) -> Caps:
    def build() -> Caps:
        limits = policy.section("limits")
        return Caps(
            max_pages=int(limits["max_attachment_pages"]),
            max_chars=int(limits["max_attachment_chars"]),
            max_xml_bytes=int(limits["max_docx_xml_bytes"]),
            max_seconds=float(limits["max_attachment_seconds"]),
            max_inflate_ratio=float(limits["max_docx_inflate_ratio"]),
        )

    return policy.memo("attach.caps", build)


def _strip_quoting(text: str) -> str:
    """Leading '>' marks quoted history in a body; in a file they are just text."""
    return "\n".join(line.lstrip(" \t>") for line in text.splitlines())


def inner_findings(ctx: Context, text: str) -> list[Finding]:
    """The findings of the text rules on `text`, checked as a plain-text reply of its own
    with no quoted history. The file's text has no attachments, so this never recurses
    into attach.content."""
    if not text.strip():
        return []
    ignore = ctx.params.ignore_rules
    wanted = {a for a in Action if str(a) in ctx.params.report_actions}

    def ignored(rule_id: str) -> bool:
        return any(fnmatch.fnmatchcase(rule_id, p) for p in ignore)

    def may_report(rule: Rule) -> bool:
        # A finding is never more severe than its rule's configured action, so a rule
        # configured below every reported action cannot add a finding here: running only
        # the rules that can (6 of 34 in the shipped policy) halves a 100-page PDF's check.
        action = ctx.policy.params(rule.id).action
        return not ignored(rule.id) and any(milder(a, action) is a for a in wanted)

    envelope = ctx.model.envelope
    findings = check_text(
        _strip_quoting(text),
        Envelope(envelope.mail_from, envelope.rcpt_tos, "reply"),
        ctx.policy,
        may_report,
    )
    return [f for f in findings if f.action in wanted and not ignored(f.rule)]
