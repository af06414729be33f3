"""What the gateway accepts as an envelope address (MAIL FROM, RCPT TO).

aiosmtpd parses the path leniently: `<bad address>` becomes the quoted local part
`"bad address"`, `<no-at-sign>` a bare local part, and `<a@b.example` (no closing
bracket) passes as if it were closed. A next hop would refuse such an address after the
gateway had answered 250, or worse, deliver it somewhere unintended; the gateway answers
at the command instead: 501 for a path that is not `<...>` well formed, 553 for a mailbox
that is not `local@domain`, and 553 5.6.7 for a UTF-8 address without SMTPUTF8
(RFC 6531 3.4).
"""

from __future__ import annotations

import re

# A domain: dot-separated labels of letters, digits and hyphens (any Unicode letter for
# an internationalised domain under SMTPUTF8), no label starting or ending with a hyphen;
# or an address literal such as [192.0.2.1] or [IPv6:2001:db8::1].
_LABEL = re.compile(r"(?!-)[\w-]{1,63}(?<!-)", re.UNICODE)
_LITERAL = re.compile(r"\[(?:\d{1,3}(?:\.\d{1,3}){3}|IPv6:[0-9A-Fa-f:.]+)\]")
# Control characters, DEL, and the surrogates that stand for bytes that are not UTF-8.
_UNSENDABLE = re.compile("[\x00-\x1f\x7f\ud800-\udfff]")
# Characters no mailbox may carry outside a quoted local part.
_SPECIALS = set(' \t<>()[],;:\\"')


def path_error(arg: str) -> str | None:
    """Why the argument after `FROM:` / `TO:` is not a well-formed path (brackets), or
    None. aiosmtpd checks the rest."""
    text = arg.strip()
    if not text:
        return None
    if text.startswith("<"):
        end = text.find(">")
        if end < 0:
            return "the address has no closing '>'"
        if "<" in text[1:end] or ">" in text[end + 1 :].split(" ", 1)[0]:
            return "the address has unbalanced '<' '>'"
        return None
    first = text.split(" ", 1)[0]
    if ">" in first or "<" in first:
        return "the address has unbalanced '<' '>'"
    return None


def mailbox_error(address: str, smtputf8: bool) -> str | None:
    """Why `address` (as aiosmtpd parsed it) is not a mailbox the gateway can pass on,
    or None."""
    if _UNSENDABLE.search(address):
        return "the address contains control characters or bytes that are not UTF-8"
    local, at, domain = address.rpartition("@")
    if not at or not local or not domain:
        return "an address needs a local part, '@' and a domain"
    if not local.startswith('"') and any(c in _SPECIALS for c in local):
        return "the local part contains spaces or special characters"
    if local.startswith('"') and not (len(local) > 1 and local.endswith('"')):
        return "the local part has an unbalanced quote"
    if not _LITERAL.fullmatch(domain) and not all(
        _LABEL.fullmatch(label) for label in domain.split(".")
    ):
        return f"{domain!r} is not a domain"
    if not address.isascii() and not smtputf8:
        return "a UTF-8 address needs the SMTPUTF8 parameter on MAIL FROM"
    return None
