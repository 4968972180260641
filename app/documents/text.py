"""Plain-text helpers shared by the reader, the fact gate and the engines: sentences, tokens, dates."""

from __future__ import annotations

import functools
import re
import unicodedata

MONTHS = {
    "jan": 1,
    "january": 1,
    "feb": 2,
    "february": 2,
    "mar": 3,
    "march": 3,
    "apr": 4,
    "april": 4,
    "may": 5,
    "jun": 6,
    "june": 6,
    "jul": 7,
    "july": 7,
    "aug": 8,
    "august": 8,
    "sep": 9,
    "sept": 9,
    "september": 9,
    "oct": 10,
    "october": 10,
    "nov": 11,
    "november": 11,
    "dec": 12,
    "december": 12,
}
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_YEAR = r"(?:19|20)\d{2}"
DATE = rf"(?:{_MONTH}\s+|(?:0?[1-9]|1[0-2])[/.])?{_YEAR}"  # 2021, Mar 2021, March 2021, 03/2021
DATE_RANGE = re.compile(
    rf"(?P<start>{DATE})\s*(?:[-–—]|to)\s*(?P<end>{DATE}|present|current|now|today|date)\b", re.IGNORECASE
)
MONTH_YEAR = re.compile(rf"\b(?P<month>{_MONTH})\s+(?P<year>{_YEAR})\b", re.IGNORECASE)
YEAR = re.compile(rf"(?<![\d.,])(?P<year>{_YEAR})(?![\d.,]\d)")

# The local part opens with a letter, digit or "+": "Email Id:-jordan@example.org" writes its separator against it
EMAIL = re.compile(r"[\w+][\w.+-]*@[\w-]+(?:\.[\w-]+)+")
URL = re.compile(
    r"\b(?:https?://)?(?:www\.)?(?:[a-z0-9-]+\.)+(?:com|org|net|io|dev|me|au|uk|co|info|example)"
    r"(?:\.[a-z]{2})?/[\w./%#?=&~-]*",
    re.IGNORECASE,
)
# A phone number has at least 9 digits; shorter digit runs are counts, years or ranges.
PHONE = re.compile(r"(?<![\w.])(?:\(\+|\+?\(?)\d[\d ()\-.]{7,}\d(?![\w])")

# Sentence ends at . ! ? followed by space and an upper-case letter, a digit or a quote.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]?\s+(?=[\"'“‘(]?[A-Z0-9£$€])")
_ABBREVIATIONS = (
    "e.g.",
    "i.e.",
    "etc.",
    "approx.",
    "Mr.",
    "Ms.",
    "Mrs.",
    "Dr.",
    "St.",
    "vs.",
    "inc.",
    "Ltd.",
    "U.S.",
    "U.K.",
)

WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ][\w'’&+#.-]*[\w+#]|[A-Za-zÀ-ÖØ-öø-ÿ]")


def phone_digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def find_phones(text: str) -> list[str]:
    """Phone numbers in text: digit runs of 9 to 15 digits that are not a pair of years."""
    found = []
    for m in PHONE.finditer(text):
        raw = m.group(0).strip()
        # "תל אביב 6578901   050-2077502", "神宮前1-2-3   03-3592-4438": a postcode or a house's number, a wide gap,
        # then the phone: fields spaced apart, no one number
        fields = [f.strip() for f in re.split(r"\s{3,}", raw) if 9 <= len(phone_digits(f)) <= 15]
        if fields and fields != [raw]:
            found += [f for f in fields if not DATE_RANGE.fullmatch(f)]
            continue
        # "(11) 98765-4321.  Idade: 22" -> "(11) 98765-4321.  . 22" once labels are cut: a full stop or a wide gap
        # after a whole number ends it
        head = _NUMBER_END.split(raw, maxsplit=1)[0].strip()
        if head != raw and 9 <= len(phone_digits(head)) <= 15:
            raw = head
        # "C/ Ejemplo 1  680 52 27 16": a wide gap after a house's number (no sign, no trunk 0) starts the phone
        house, _, tail = raw.rpartition("  ")
        if house.strip().isdigit() and len(house.strip()) <= 4 and not house.strip().startswith("0"):
            raw = tail.strip() if 9 <= len(phone_digits(tail)) <= 15 else raw
        digits = phone_digits(raw)
        if 9 <= len(digits) <= 15 and not DATE_RANGE.fullmatch(raw):
            found.append(raw)
        elif len(digits) > 15:
            found += _listed_phones(raw)
    return found


_NUMBER_END = re.compile(r"\.\s|\s{2,}")
_POSTAL_CODE = re.compile(r"\d{5}-\d{3}")


def _listed_phones(raw: str) -> list[str]:
    """ "3952764576 – 3275121415 -8231461": numbers listed with dashes between them, read as one run of digits; a
    shorter local number (seven or eight digits) counts only beside a full one."""
    parts = [p.strip() for p in re.split(r"\s+[-–—/]\s*|\s*[-–—/]\s+", raw) if p.strip()]
    # "01304-001 -- (11) 92531-4122": a Brazilian postal code (five digits, a hyphen, three) before the phone
    kept = [p for p in parts if not _POSTAL_CODE.fullmatch(p)]
    if len(kept) == 1:
        return kept if 9 <= len(phone_digits(kept[0])) <= 15 else []
    parts = kept
    lengths = [len(phone_digits(p)) for p in parts]
    if len(parts) < 2 or not any(9 <= n <= 15 for n in lengths) or not all(7 <= n <= 15 for n in lengths):
        return []
    return parts


def split_sentences(text: str) -> list[str]:
    """Split prose into sentences without breaking common abbreviations."""
    text = text.strip()
    if not text:
        return []
    parts: list[str] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        chunk = text[start : m.start()]
        if chunk.rstrip().endswith(_ABBREVIATIONS):
            continue
        parts.append(text[start : m.start()].strip())
        start = m.end()
    parts.append(text[start:].strip())
    return [p for p in parts if p]


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of `text`, in order."""
    spans = []
    pos = 0
    for s in split_sentences(text):
        i = text.find(s, pos)
        if i < 0:
            i = pos
        spans.append((i, i + len(s)))
        pos = i + len(s)
    return spans


# Turkish's dotless "ı" folds to "i" as its capital "I" does ("ELEMANI" and "Elemanı" are one word)
_PLAIN = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " ", "ı": "i"})


@functools.lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Lower case without accents, with typographic quotes and dashes made plain, for comparisons.

    Cached: the same CV paragraphs are folded for every posting a worker tailors them to.
    """
    text = text.translate(_PLAIN)
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    return text.lower()


def words(text: str) -> list[str]:
    return WORD.findall(text)


def word_count(text: str) -> int:
    return len(text.split())


def normalise_space(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
