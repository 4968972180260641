"""A role's line that ends with the town and, in brackets, its province's or department's code or name, as Italian,
French and Spanish CVs write the place ("Bergamo (BG)", "Bordeaux (33)", "Aurillac (Cantal)"): the brackets were read
as the employer's aside or as the title ("Ospedale Papa Giovanni XXIII, Bergamo (BG)" as the employer, "Cantal" as
the title); the town and its province are the role's place.

Found by reading made-up Italian, French and Spanish CVs (not from a corpus file): "Infermiera – Ospedale Papa
Giovanni XXIII, Bergamo (BG)" over "03/2012 – 05/2018" gave the employer "Ospedale Papa Giovanni XXIII, Bergamo (BG)"
and no place.
"""

from __future__ import annotations

import pytest

from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes


def _roles(*lines: str) -> list[tuple[str, str, str]]:
    data = docx_bytes(
        ("Giulia Ferraro", "Title"),
        ("giulia.ferraro@example.org", None),
        ("Esperienza", "Heading 1"),
        *((line, None) for line in lines),
        ("Looked after the patients and the stock.", "List Bullet"),
    )
    return [(r.title.value, r.employer.value, r.place.value) for r in read_outline(data).roles]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Infermiera – Ospedale Papa Giovanni XXIII, Bergamo (BG)",
            ("Infermiera", "Ospedale Papa Giovanni XXIII", "Bergamo (BG)"),
        ),
        (
            "Cameriera – Ristorante Il Borgo, Montepulciano (SI)",
            ("Cameriera", "Ristorante Il Borgo", "Montepulciano (SI)"),
        ),
        (
            "Aide-soignante – Centre Hospitalier Henri Mondor, Aurillac (Cantal)",
            ("Aide-soignante", "Centre Hospitalier Henri Mondor", "Aurillac (Cantal)"),
        ),
        ("Infirmière — CHU de Bordeaux, Bordeaux (33)", ("Infirmière", "CHU de Bordeaux", "Bordeaux (33)")),
        ("Serveur | Brasserie du Port | La Rochelle (17)", ("Serveur", "Brasserie du Port", "La Rochelle (17)")),
        ("Magazziniere\tEsselunga S.p.A.\tPioltello (MI)", ("Magazziniere", "Esselunga S.p.A.", "Pioltello (MI)")),
    ],
)
def test_a_town_and_its_bracketed_province_is_the_place(line: str, expected: tuple[str, str, str]) -> None:
    assert _roles(line, "03/2012 – 05/2018") == [expected]


@pytest.mark.parametrize(
    ("line", "employer"),
    [
        # two capitalised words side by side and a code: a firm's or a unit's short form, no town
        ("Engineer, Siemens Energy (SE)", "Siemens Energy (SE)"),
        ("Consultant, Deloitte, Risk Advisory (RA)", "Deloitte, Risk Advisory (RA)"),
        ("Analyst, Acme Corp, Finance (HR)", "Acme Corp, Finance (HR)"),
    ],
)
def test_a_name_and_a_code_in_brackets_stays_the_employer(line: str, employer: str) -> None:
    assert [(e, p) for _, e, p in _roles(line, "2012 – 2017")] == [(employer, "")]
