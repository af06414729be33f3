"""Word lists compiled to one regular expression: kept only for links.py and contact.py,
which match some lists with `re` (`fullmatch`, `search` on a slice) until they use
policies.detect.phrases, the matcher every other rule uses. Delete with their last use.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from policies.detect.phrases import all_languages

if TYPE_CHECKING:
    from policies.config import Policy

_WORD_CHAR = re.compile(r"\w", re.UNICODE)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff66-\uff9f]")


# Trie atoms that end a phrase: whole word, stem (`review*`), anywhere (Japanese, symbols).
END_WORD, END_STEM, END_ANY = "\0w", "\0s", "\0a"
_END_REGEX = {END_WORD: r"(?!\w)", END_STEM: r"\w*", END_ANY: ""}


def phrase_atoms(phrase: str) -> tuple[bool, list[str]]:
    """(starts on a word boundary, regex atoms) for one word-list phrase.

    Phrases are plain text, case-insensitive. Whitespace matches any run of whitespace; a
    trailing `*` matches the rest of the word (`review*` → reviews, reviewed). Latin-script
    phrases match whole words only; Japanese/Chinese phrases match anywhere, because those
    scripts have no spaces between words.
    """
    stem = phrase.endswith("*")
    body = (phrase[:-1] if stem else phrase).lower()
    cjk = bool(_CJK.search(body))
    atoms: list[str] = []
    for i, word in enumerate(body.split()):
        if i:
            atoms.append(r"\s+")
        atoms.extend(re.escape(c) for c in word)
    if stem:
        atoms.append(END_STEM)
    elif not cjk and _WORD_CHAR.match(body[-1:] or " "):
        atoms.append(END_WORD)
    else:
        atoms.append(END_ANY)
    return not cjk and bool(_WORD_CHAR.match(body[:1] or " ")), atoms


def trie_source(atom_lists: Iterable[list[str]]) -> str:
    """One regex for many phrases, factored by common prefix.

    A flat alternation makes `re` try every phrase at every position (2-25 ms per word
    list on a 5 KB message); a trie tries one branch per next character (~20x faster,
    identical matches). Longer continuations come before a phrase's end, so the longest
    phrase wins, as it would in a longest-first alternation.
    """
    trie: dict[str, Any] = {}
    for atoms in atom_lists:
        node = trie
        for atom in atoms:
            node = node.setdefault(atom, {})
    return _emit(trie)


def _emit(node: dict[str, Any]) -> str:
    branches = [atom + _emit(child) for atom, child in node.items() if atom not in _END_REGEX]
    finals = [_END_REGEX[a] for a in (END_STEM, END_WORD, END_ANY) if a in node]
    alternatives = branches + finals
    return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"


def phrases_source(phrases: Iterable[str]) -> str | None:
    """Regex source (for lower-cased text, or IGNORECASE) matching any of the phrases."""
    tries: dict[bool, list[list[str]]] = {True: [], False: []}
    for phrase in {p.strip() for p in phrases if p.strip()}:
        bounded, atoms = phrase_atoms(phrase)
        tries[bounded].append(atoms)
    parts = []
    if tries[True]:
        parts.append(r"(?<!\w)" + trie_source(tries[True]))
    if tries[False]:
        parts.append(trie_source(tries[False]))
    return "|".join(parts) if parts else None


def compile_phrases(phrases: Iterable[str]) -> re.Pattern[str] | None:
    """One case-insensitive pattern for a word list, or None for an empty list."""
    source = phrases_source(phrases)
    return re.compile(source, re.IGNORECASE) if source is not None else None


def words_pattern(policy: Policy, rule_id: str, key: str = "words") -> re.Pattern[str] | None:
    """A rule's own per-language word table as one case-insensitive regex."""
    return policy.memo(
        f"{rule_id}:{key}", lambda: compile_phrases(all_languages(policy.rule(rule_id)[key]))
    )
