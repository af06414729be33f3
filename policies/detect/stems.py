"""Snowball stems, one stemmer per language, for the word lists and the spelling rule.

`stem(language, word)` is the Snowball stem of a lower-case word ("revisiting" →
"revisit", "Bewertungen" → "bewert"), or None for a language Snowball does not cover
(Japanese, which the word lists match as written). The stemmers are snowballstemmer's,
which runs PyStemmer's C code when it is installed (it is a dependency).
"""

from __future__ import annotations

from functools import cache
from typing import Any

# Policy language codes and Snowball's algorithm names.
SNOWBALL = {
    "en": "english",
    "de": "german",
    "fr": "french",
    "it": "italian",
    "es": "spanish",
    "pt": "portuguese",
    "nl": "dutch",
    "sv": "swedish",
    "da": "danish",
    "no": "norwegian",
    "fi": "finnish",
    "pl": "polish",
    "tr": "turkish",
}


@cache
def stemmer(language: str) -> Any | None:
    """The Snowball stemmer of `language`, or None."""
    name = SNOWBALL.get(language)
    if name is None:
        return None
    import snowballstemmer

    try:
        return snowballstemmer.stemmer(name)
    except KeyError:  # an older snowballstemmer without this language
        return None


def stem(language: str, word: str) -> str | None:
    """The stem of `word` (lower case) in `language`, or None when it has no stemmer."""
    found = stemmer(language)
    return None if found is None else str(found.stemWord(word))
