"""Spelling and dates for the seeker's locale (en-AU, en-GB, en-US), applied only to text jobsmith writes.

Spelling uses breame's British/American word lists (about 1,700 pairs each). Australian English follows
the British spellings. Words that are correct in both varieties with different meanings (a computer
"program", a smart "meter", a "draft" document, to "practice" law in the US) are never changed, and
neither are capitalised words inside a sentence (names) or words the caller protects (the seeker's
employers, skills and certifications).
"""

from __future__ import annotations

import re
from datetime import date

from babel.dates import format_date
from breame.data.spelling_constants import AMERICAN_ENGLISH_SPELLINGS, BRITISH_ENGLISH_SPELLINGS

Locale = str  # "en-AU" | "en-GB" | "en-US"

# Both spellings are right in British English, with different meanings; changing them would be a mistake.
_AMBIGUOUS = {
    "program",
    "programs",
    "programmed",
    "programming",
    "programmer",
    "programmers",
    "meter",
    "meters",
    "disk",
    "disks",
    "draft",
    "drafts",
    "drafted",
    "drafting",
    "check",
    "checks",
    "tire",
    "tires",
    "tired",
    "ton",
    "tons",
    "story",
    "stories",
    "practice",
    "practices",
    "practise",
    "license",
    "licenses",
    "licence",
    "licences",
    "licensed",
    "licensing",
    "curb",
    "inquiry",
    "inquiries",
    "dependent",
    "dependents",
    "annex",
    "axe",
    "ax",
    "catalog",
    "catalogs",
    "analog",
    "dialog",
    "dialogs",
    "mold",
    "molds",
    "gray",
    "jewelry",
    "plow",
    "fetus",
    "estrogen",
    "tumor",
    "vise",
    "sulfur",
}
_WORD = re.compile(r"[A-Za-z]+")


def _target(locale: Locale) -> dict[str, str]:
    # breame's AMERICAN_ENGLISH_SPELLINGS maps an American word to its British form, and the reverse.
    table: dict[str, str] = AMERICAN_ENGLISH_SPELLINGS if locale in ("en-AU", "en-GB") else BRITISH_ENGLISH_SPELLINGS
    return table


def _match_case(template: str, word: str) -> str:
    if template.isupper() and len(template) > 1:
        return word.upper()
    if template[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def localise_spelling(text: str, locale: Locale, protected: frozenset[str] = frozenset()) -> tuple[str, list[str]]:
    """Text with spellings changed to the locale's, and the list of changes ("organize -> organise")."""
    table = _target(locale)
    changes: list[str] = []

    def replace(m: re.Match[str]) -> str:
        word = m.group(0)
        low = word.lower()
        if low in _AMBIGUOUS or low in protected or low not in table:
            return word
        before = text[: m.start()].rstrip(" \"'“‘(")
        sentence_start = not before or before.endswith((".", "!", "?", ":", ";", "\n"))
        if word[:1].isupper() and not sentence_start:
            return word  # a capitalised word mid-sentence is a name ("Center for ...")
        if (m.start() > 0 and text[m.start() - 1] in "@./") or text[m.end() : m.end() + 1] in ("@", "/"):
            return word  # part of an address
        new = _match_case(word, table[low])
        if new != word:
            changes.append(f"{word} -> {new}")
        return new

    return _WORD.sub(replace, text), changes


def format_day(day: date, locale: Locale) -> str:
    """The date as a letter shows it: 28 November 2026 (en-AU, en-GB) or November 28, 2026 (en-US)."""
    return format_date(day, format="long", locale=locale.replace("-", "_"))
