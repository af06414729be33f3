"""MIME structure: what the parser could not read cleanly."""

from __future__ import annotations

from policies.registry import Context, Rule
from policies.verdict import Action


class MimeDefect(Rule):
    """The message is malformed but still readable (missing boundary, bad header, unknown
    charset read as UTF-8…). Its content was checked; some mail clients may show it
    differently, so the agent should know.
    """

    id = "mime.defect"
    default_action = Action.WARN
    summary = "Malformed MIME that did not hide content (reported, relayed)."

    def check(self, ctx: Context) -> None:
        for problem in ctx.model.problems:
            if not problem.unreadable:
                ctx.report(
                    "The message is slightly malformed; it was checked, but some mail "
                    f"programs may show it oddly ({problem.description}).",
                    problem.location,
                    problem.description,
                )


class MimeUnreadable(Rule):
    """Content the gateway cannot see into is never relayed to Amazon: encrypted parts,
    unknown transfer encodings, nesting deeper or more parts than the limits (attachment
    bombs), HTML the parser could not read to its end (libxml2 silently drops what lies
    below 255 levels of nesting). Unverifiable content could carry anything the rules
    forbid.
    """

    id = "mime.unreadable"
    default_action = Action.BLOCK
    summary = "Content the gateway cannot decode or see into (blocked, never relayed)."

    def check(self, ctx: Context) -> None:
        found = [(p.location, p.description) for p in ctx.model.problems if p.unreadable]
        for part in ctx.model.html_parts():
            why = part.unreadable()
            if why is not None:
                found.append((part.label, why))
        for location, description in found:
            ctx.report(
                "Part of this message could not be read, so it cannot be checked and "
                f"was not sent ({description}). Send it as plain text or HTML "
                "with ordinary attachments.",
                location,
                description,
            )
