"""Europass labels whose noun is inflected name the employer's field.

Found by reading made-up German and Polish Europass CVs (not from a corpus file): "Name und Adresse des
Arbeitgebers: Caritas Altenheim St. Josef, Paderborn" and "Nazwa i adres pracodawcy: Szkoła Podstawowa nr 5,
Lublin" were read as no field, so each role lost its employer and place. The employer's label words match in the
genitive the Europass labels write them in ("Arbeitgebers", "pracodawcy", "zaměstnavatele").
"""

from __future__ import annotations

import docx
import pytest

from app.documents.cv_forms import labelled
from app.documents.cv_structure import read_outline
from tests.docx_build import saved


def _cv(heading: str, lines: list[str], closing: tuple[str, str]) -> bytes:
    d = docx.Document()
    d.add_paragraph("Anna Kowalska", style="Title")
    d.add_paragraph("anna.kowalska@example.org")
    d.add_paragraph(heading, style="Heading 1")
    for text in lines:
        d.add_paragraph(text)
    d.add_paragraph(closing[0], style="Heading 1")
    d.add_paragraph(closing[1])
    return saved(d)


@pytest.mark.parametrize(
    "line",
    [
        "Name und Adresse des Arbeitgebers: Diakonie Bielefeld",
        "Nazwa i adres pracodawcy: Szkoła Podstawowa nr 5",
        "Název a adresa zaměstnavatele: Nemocnice Jihlava",
    ],
)
def test_an_employers_label_in_the_genitive_names_the_employer(line: str) -> None:
    field = labelled(line)
    assert field is not None and field[0] == "employer"


def test_a_german_europass_form_reads_each_roles_employer_and_place() -> None:
    data = _cv(
        "Berufserfahrung",
        [
            "Zeitraum: 08/2014 – heute",
            "Beruf oder Funktion: Altenpflegerin",
            "Name und Adresse des Arbeitgebers: Caritas Altenheim St. Josef, Paderborn",
            "Zeitraum: 09/2010 – 07/2014",
            "Beruf oder Funktion: Pflegehelferin",
            "Name und Adresse des Arbeitgebers: Diakonie Bielefeld, Bielefeld",
        ],
        ("Sprachen", "Deutsch als Muttersprache, Englisch mit Grundkenntnissen und Polnisch fließend gesprochen."),
    )
    roles = read_outline(data).roles
    assert [(r.title.value, r.employer.value, r.place.value) for r in roles] == [
        ("Altenpflegerin", "Caritas Altenheim St. Josef", "Paderborn"),
        ("Pflegehelferin", "Diakonie Bielefeld", "Bielefeld"),
    ]


def test_a_polish_europass_form_reads_each_roles_employer() -> None:
    data = _cv(
        "Doświadczenie zawodowe",
        [
            "Okres: 03.2016 – obecnie",
            "Zajmowane stanowisko: Nauczycielka języka angielskiego",
            "Nazwa i adres pracodawcy: Szkoła Podstawowa nr 5, Lublin",
            "Okres: 09.2012 – 02.2016",
            "Zajmowane stanowisko: Lektorka",
            "Nazwa i adres pracodawcy: Szkoła Językowa Speak Up, Zamość",
        ],
        ("Języki", "Polski ojczysty, angielski na poziomie C2 i niemiecki B1 w mowie i w piśmie."),
    )
    roles = read_outline(data).roles
    assert [(r.employer.value, r.start.value) for r in roles] == [
        ("Szkoła Podstawowa nr 5", "2016-03"),
        ("Szkoła Językowa Speak Up", "2012-09"),
    ]
