"""The languages of the seller-facing report, as data: one TOML catalog per language in
gateway/locales/ (report wording, where-phrases, and per rule id the one-line advice on
what to change). A new language is a new file with the same keys; a test checks that
every catalog has every key and advice for every published rule.

The report's language is the marketplace's: the Amazon alias domain of the buyer tells it
(marketplace.amazon.de → de, .fr → fr, .it → it, .es and .com.mx → es, .co.jp → ja,
anything else → en), unless the config's `report_language` names one.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

LANGUAGES = ("en", "de", "fr", "it", "es", "ja")
DEFAULT = "en"
# The top-level domain after "amazon." in a buyer alias → the report's language.
MARKETPLACES = {"de": "de", "fr": "fr", "it": "it", "es": "es", "co.jp": "ja", "com.mx": "es"}


@dataclass(frozen=True, slots=True)
class Catalog:
    """One language's wording: `report` and `where` phrases, and `advice` by rule id."""

    language: str
    report: dict[str, str]
    where: dict[str, str]
    advice: dict[str, str]

    def text(self, key: str, **values: Any) -> str:
        return self.report[key].format(**values)

    def place(self, key: str, **values: Any) -> str:
        return self.where[key].format(**values)


@cache
def catalog(language: str) -> Catalog:
    """The catalog of `language` (a code of LANGUAGES; others fall back to English)."""
    if language not in LANGUAGES:
        language = DEFAULT
    data = tomllib.loads(
        resources.files("gateway").joinpath("locales", f"{language}.toml").read_text("utf-8")
    )
    return Catalog(language, dict(data["report"]), dict(data["where"]), dict(data["advice"]))


def marketplace_language(addresses: list[str]) -> str:
    """The language of the first Amazon marketplace among `addresses` (buyer aliases)."""
    for address in addresses:
        domain = address.strip().strip("<>").rpartition("@")[2].lower().rstrip(".")
        for tld, language in MARKETPLACES.items():
            if domain == f"amazon.{tld}" or domain.endswith(f".amazon.{tld}"):
                return language
    return DEFAULT


def report_language(setting: str, addresses: list[str]) -> str:
    """`setting` ("auto" or a language code) applied to the buyer aliases."""
    return marketplace_language(addresses) if setting == "auto" else setting
