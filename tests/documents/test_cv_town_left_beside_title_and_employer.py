"""A town left as the one piece beside a role line's title and employer is where the role was.

Found by reading made-up German, Italian, Dutch, Polish and Spanish CVs (not from a corpus file): in "Coop Lombardia
— Commessa — Brescia", "Albert Heijn — Verkoopster — Zwolle" and "Grundschule Am Markt — Lehrerin — Lüneburg" the
title and the employer were read but the place stayed empty: a town is a place on its own only past 150,000 people
(smaller ones share their names with firms and words), and these towns of 15,000 to 150,000 were then read as
neither. Once the title and the employer are found, the one piece left that is a known town of 15,000 people or more
is the place, as a "who — what — where" line writes it.
"""

from __future__ import annotations

import docx
import pytest

from app.documents.cv_structure import read_outline
from tests.docx_build import saved


def _cv(line: str) -> bytes:
    d = docx.Document()
    d.add_paragraph("Anna Rossi", style="Title")
    d.add_paragraph("anna.rossi@example.org")
    d.add_paragraph("Work Experience", style="Heading 1")
    d.add_paragraph().add_run(line).bold = True
    d.add_paragraph("2015 – 2019")
    d.add_paragraph("Served customers at the till and kept the shelves stocked.", style="List Bullet")
    d.add_paragraph("Languages", style="Heading 1")
    d.add_paragraph("Italian (native), English (fluent in speech and writing), German (basic everyday use).")
    return saved(d)


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("Coop Lombardia — Commessa — Brescia", ("Commessa", "Coop Lombardia", "Brescia")),
        ("Albert Heijn — Verkoopster — Zwolle", ("Verkoopster", "Albert Heijn", "Zwolle")),
        ("Grundschule Am Markt — Lehrerin — Lüneburg", ("Lehrerin", "Grundschule Am Markt", "Lüneburg")),
        ("Colegio San José — Maestra — Soria", ("Maestra", "Colegio San José", "Soria")),
    ],
)
def test_the_town_left_beside_title_and_employer_is_the_place(line: str, role: tuple[str, str, str]) -> None:
    roles = read_outline(_cv(line)).roles
    assert [(r.title.value, r.employer.value, r.place.value) for r in roles] == [role]
