"""Derive the date words of the CV reader (app/documents/data/date_words.tsv) from CLDR, through the pinned `babel`.

    python scripts/derive_date_words.py

Month names in full and abbreviated, in their format (genitive: "stycznia", "Μαρτίου") and stand-alone
("styczeń") forms, with and without a final dot; quarter names ("Q1", "1. Quartal", "I kw.", "1-й кв."); the words
for today and now ("heute", "jetzt", "сейчас", "hôm nay"), in the languages CVs are written in. Run by hand when
babel changes; the reader and its tests only read the committed file.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

from babel import Locale

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "app" / "documents" / "data" / "date_words.tsv"

# Languages CVs are written in, roughly by how many CVs are written in them: a month name two languages give two
# months ("listopad" is November in Polish and Czech, October in Croatian) takes the month more of them give, or the
# earlier language's.
LOCALES = [
    "en",
    "fr",
    "de",
    "es",
    "pt",
    "it",
    "nl",
    "pl",
    "ru",
    "uk",
    "tr",
    "id",
    "ms",
    "vi",
    "zh",
    "zh_Hant",
    "ja",
    "ko",
    "cs",
    "sk",
    "ro",
    "hu",
    "el",
    "sv",
    "da",
    "nb",
    "nn",
    "fi",
    "et",
    "lv",
    "lt",
    "bg",
    "hr",
    "sl",
    "sr_Latn",
    "sr",
    "bs",
    "mk",
    "be",
    "kk",
    "az",
    "uz",
    "sq",
    "is",
    "ga",
    "cy",
    "mt",
    "ca",
    "gl",
    "eu",
    "tl",
    "sw",
    "af",
    "he",
    "ar",
    "fa",
    "th",
]


def _words(name: str) -> set[str]:
    """A CLDR name as CVs type it: lower case, with and without its final dot, with a straight apostrophe too."""
    name = name.lower().strip()
    return {name, name.rstrip("."), name.replace("’", "'"), name.replace("’", "'").rstrip(".")} - {""}


def _months(locale: Locale, months: dict[str, Counter[int]], full: set[str], numbered: set[str]) -> None:
    """Count each month name of the locale under its number; note the names in full and the words before a month's
    number ("tháng 3")."""
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            for number, name in locale.months[context][width].items():
                if any(ch.isdigit() for ch in name):
                    head = name.split(str(number))[0].strip().lower()
                    if head.isalpha():
                        numbered.add(head)
                    continue  # "3月": a number, read as one
                for word in _words(name):
                    if len(word.rstrip(".")) >= 3:  # shorter ones cannot be told from words
                        months[word][number] += 1
                        if width == "wide":
                            full.add(word)


def main() -> None:
    months: dict[str, Counter[int]] = defaultdict(Counter)
    full: set[str] = set()
    numbered: set[str] = set()
    quarters: set[str] = set()
    now: set[str] = set()
    for code in LOCALES:
        locale = Locale.parse(code)
        _months(locale, months, full, numbered)
        for width in ("wide", "abbreviated"):
            quarters |= {w for q in locale.quarters["format"][width].values() if "–" not in q for w in _words(q)}
        fields = locale._data["date_fields"]
        now |= {
            w.lower()
            for w in (fields["day"]["relative"][0], fields["second"]["relative"][0])
            if len(w) >= 3 or not w.isascii()
        }
    # a name two languages give two months ("listopad") takes the month most of them give, the earlier on a tie
    rows = [
        f"{'month' if word in full else 'month-abbr'}\t{max(counts, key=lambda n: counts[n])}\t{word}"
        for word, counts in sorted(months.items())
    ]
    rows += [f"quarter\t\t{q}" for q in sorted(quarters)]
    rows += [f"now\t\t{w}" for w in sorted(now)]
    rows += [f"month-before-number\t\t{w}" for w in sorted(numbered)]
    header = [
        "# Date words from CLDR (babel 2.19.0, Unicode licence): kind, month number, word. Derived by",
        "# scripts/derive_date_words.py; do not edit by hand.",
    ]
    OUT.write_text("\n".join([*header, *rows]) + "\n", encoding="utf-8")
    sys.stdout.write(f"{len(rows)} rows -> {OUT}\n")


if __name__ == "__main__":
    main()
