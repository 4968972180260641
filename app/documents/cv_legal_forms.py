"""Legal forms that end an employer's name ("Northwind GmbH", "Contoso, Inc.", "Fabrikam Sp. z o.o.", "ООО Ромашка"
aside, which puts it first), from the GLEIF ISO 20275 Entity Legal Forms code list (CC0), derived into
data/legal_forms.txt by scripts/derive_cv_words.py (see data/README.md).

A form marks an organisation only where a name has one: after at least one word of the name, or alone after a
comma ("Contoso, Inc."); "C.V." or "SAS" alone is a document or a skill, not an employer.
"""

from __future__ import annotations

import functools
import re

from app.documents.cv_places import read_words
from app.documents.text import fold

# Cyrillic forms come first in Russian and Bulgarian names ("ООО «Ромашка»").
_FIRST = re.compile(r"^(?:ООО|ОАО|ЗАО|ПАО|АО|ЕООД|ООД|АД|ЕАД)\s+\S")


_SPACED_DOTS = re.compile(r"(?<=\.)\s+(?=\w\.)")  # "S. A. de C. V." is written "S.A. de C.V." in the list


@functools.cache
def _forms() -> tuple[frozenset[str], int]:
    forms = read_words("legal_forms.txt")
    return forms, max(len(f.split()) for f in forms)


def _ends_with_form(words: list[str], alone: bool, skip: frozenset[str]) -> bool:
    forms, longest = _forms()
    for n in range(1, min(longest, len(words)) + 1):
        if len(words) == n and not alone:
            return False
        tail = words[-n:]
        word = tail[0].strip("(),;")
        if n == 1 and word.islower() and word.isascii() and "." not in word.rstrip("."):
            continue  # "inc" in running text; a legal form is written with capitals or dots ("Inc", "s.r.l.")
        if n == 1 and fold(tail[0]).strip("(),;").replace(".", "") in skip:
            continue
        key = fold(" ".join(tail)).strip("(),; ")
        if key in forms or f"{key}." in forms:  # "Sp. z o.o" once a piece has lost its final dot
            return True
    return False


@functools.lru_cache(maxsize=8192)
def has_legal_form(text: str, skip: frozenset[str] = frozenset()) -> bool:
    """ "Northwind Traders GmbH", "Contoso, Inc.", "Fabrikam S.A. de C.V.": the name of a company by its legal form;
    a form that is one of the words in `skip` counts only inside a longer one ("C.V." alone, "S.A. de C.V.")."""
    if _FIRST.match(text.strip()):
        return True
    parts = _SPACED_DOTS.sub("", text).split(",")
    return any(_ends_with_form(part.split(), k > 0, skip) for k, part in enumerate(parts) if part.strip())


def is_legal_form(text: str) -> bool:
    """ "Pty Ltd", "Sp. z o.o.", "GmbH": the text is a legal form and nothing else, the close of a name before it."""
    key = fold(_SPACED_DOTS.sub("", text)).strip("(),; ")
    forms, _ = _forms()
    return bool(key) and (key in forms or f"{key}." in forms)
