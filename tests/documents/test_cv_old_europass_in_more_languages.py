"""The old Europass form in Portuguese (and its other languages): "Datas", "Principais actividades e
responsabilidades", and an employer's name with its street before its town; and a firm whose name is also a town's,
with the role's town in brackets after it.

The wild role set's fresh seeds (even seeds 2400 to 2998 of `bench/bench_cv_roles_wild.py`) found "Datas" read as
no label (so no role had a title or employer), the duties' label read as no label, the street ("Rua Augusta 120",
"Hauptstraße 12") kept in the employer's name, and "Dependienta, Carrefour (Bilbao)" read with "Carrefour" as the
place (Carrefour is a city in Haiti, Liverpool one in England). The CVs below are made up."""

from __future__ import annotations

import docx
import pytest

from app.documents.cv_places import is_street_address
from app.documents.cv_structure import read_outline
from tests.docx_build import saved


def _roles(d: docx.document.Document) -> list[tuple[str, str, str, str, str]]:
    out = read_outline(saved(d))
    return [(r.title.value, r.employer.value, r.place.value, r.start.value, r.end.value) for r in out.roles]


def test_portuguese_old_europass_reads_each_field() -> None:
    d = docx.Document()
    d.add_paragraph("MARIANA COSTA LIMA", style="Title")
    d.add_paragraph("mariana.lima@example.com.br | +55 81 99812 4410 | Olinda, PE")
    d.add_paragraph().add_run("Experiência profissional").bold = True
    for dates, post, duties, employer in (
        ("março de 2020 — Atualmente", "Farmacêutica", "Dispensação", "Drogasil, Rua Augusta 120, Recife, PE"),
        (
            "junho de 2016 — fevereiro de 2020",
            "Balconista",
            "Atendimento",
            "Pague Menos, Av. Conde da Boa Vista 85, Recife, PE",
        ),
    ):
        d.add_paragraph(f"Datas\t{dates}")
        d.add_paragraph(f"Função ou cargo ocupado\t{post}")
        d.add_paragraph(f"Principais actividades e responsabilidades\t{duties}")
        d.add_paragraph(f"Nome e morada do empregador\t{employer}")
    d.add_paragraph().add_run("Formação acadêmica").bold = True
    d.add_paragraph("março de 2011 — dezembro de 2015\tBacharelado em Farmácia")
    assert _roles(d) == [
        ("Farmacêutica", "Drogasil", "Recife, PE", "2020-03", "present"),
        ("Balconista", "Pague Menos", "Recife, PE", "2016-06", "2020-02"),
    ]


@pytest.mark.parametrize(
    "street",
    [
        "Rua Augusta 120",
        "Av. Conde da Boa Vista 85",
        "Hauptstraße 12",
        "ul. Długa 7",
        "Via Roma 5",
        "12 rue de la Paix",
    ],
)
def test_streets_of_europe_and_latin_america_are_addresses(street: str) -> None:
    assert is_street_address(street)


@pytest.mark.parametrize("name", ["Via Rail 2019", "Plaza Hotel", "Calle 5 Productions", "Corso Italia", "Rue21"])
def test_names_with_a_street_word_are_no_addresses(name: str) -> None:
    assert not is_street_address(name)


def test_a_firm_named_like_a_town_before_the_bracketed_town() -> None:
    d = docx.Document()
    d.add_paragraph("Lucía Gómez Herrera", style="Title")
    d.add_paragraph("lucia.gomez@example.es | +34 612 448 903 | Sevilla")
    d.add_paragraph().add_run("EXPERIENCIA PROFESIONAL").bold = True
    d.add_paragraph("enero de 2019 — junio de 2023   Cajera, Carrefour (Sevilla)")
    d.add_paragraph("julio de 2015 — diciembre de 2018   Dependienta, Liverpool (Monterrey)")
    d.add_paragraph().add_run("FORMACIÓN").bold = True
    d.add_paragraph("2011 — 2014   Técnico en Comercio, IES Polígono Sur")
    assert _roles(d) == [
        ("Cajera", "Carrefour", "Sevilla", "2019-01", "2023-06"),
        ("Dependienta", "Liverpool", "Monterrey", "2015-07", "2018-12"),
    ]
