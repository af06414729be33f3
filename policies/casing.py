"""Lower-casing that gives the same result whether the engine runs compiled or not."""

from __future__ import annotations

from collections.abc import Callable

# Called through the type rather than as `text.lower()`: mypyc compiles the method call to
# its own lower-casing, which (before Python 3.13) maps each character alone and so misses
# Unicode's final-sigma rule: "ΣΑΣ" gives "σασ" where Python gives "σας". A plain name
# bound to the method is an ordinary call, the same in both builds.
_STR_LOWER: Callable[[str], str] = str.lower


def lower(text: str) -> str:
    """`text.lower()`, exactly as Python computes it, compiled or not.

    ASCII text (most of it) takes the compiled method: there, both agree."""
    if text.isascii():
        return text.lower()
    return _STR_LOWER(text)
