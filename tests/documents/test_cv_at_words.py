"""A post and its place of work joined by the word for "at" in Spanish, Portuguese, German and French ("Analista de
Dados na Petrobras", "Wissenschaftlicher Mitarbeiter bei der Universität Wien") part into title and employer; a
field after "en"/"em" ("Ingeniero en Sistemas") and an organisation's own name with "en la" in it stay whole."""

from __future__ import annotations

import docx
import pytest

from app.documents.cv_structure import read_outline
from tests.docx_build import saved


def _cv(heads: list[tuple[str, str]]) -> bytes:
    d = docx.Document()
    d.add_paragraph("Mara Quispe", style="Title")
    d.add_paragraph("mara.quispe@example.org | +51 987 654 321")
    d.add_paragraph("Experiencia", style="Heading 1")
    for head, dates in heads:
        d.add_paragraph(head)
        d.add_paragraph(dates)
        d.add_paragraph("Atendí las cuentas de cuarenta clientes y reduje el atraso a la mitad.", style="List Bullet")
    d.add_paragraph("Educación", style="Heading 1")
    d.add_paragraph("Licenciatura en Economía, Universidad de Lima, 2012")
    return saved(d)


def _read(heads: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(r.title.value, r.employer.value) for r in read_outline(_cv(heads)).roles]


@pytest.mark.parametrize(
    ("first", "second", "want"),
    [
        (
            "Analista de Datos en la Superintendencia de Banca",
            "Asistente de Investigación en la Universidad de Lima",
            [("Analista de Datos", "Superintendencia de Banca"), ("Asistente de Investigación", "Universidad de Lima")],
        ),
        (
            "Analista de Datos en Interbank",
            "Asistente de Investigación en Backus",
            [("Analista de Datos", "Interbank"), ("Asistente de Investigación", "Backus")],
        ),
        (
            "Analista de Dados na Petrobras",
            "Assistente de Pesquisa no Banco do Brasil",
            [("Analista de Dados", "Petrobras"), ("Assistente de Pesquisa", "Banco do Brasil")],
        ),
        (
            "Datenanalyst bei Siemens AG",
            "Wissenschaftlicher Mitarbeiter bei der Universität Wien",
            [("Datenanalyst", "Siemens AG"), ("Wissenschaftlicher Mitarbeiter", "Universität Wien")],
        ),
        (
            "Analyste de données à la Société Générale",
            "Assistant de recherche chez Capgemini",
            [("Analyste de données", "Société Générale"), ("Assistant de recherche", "Capgemini")],
        ),
    ],
)
def test_a_post_at_its_place_of_work_parts(first: str, second: str, want: list[tuple[str, str]]) -> None:
    assert _read([(first, "ene. 2019 – actualidad"), (second, "mar. 2016 – dic. 2018")]) == want


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Ingeniero en Sistemas", "Técnico en Informática"),
        ("Bacharel em Direito", "Especialista em Marketing Digital"),
        ("Stagiaire en Communication", "Assistant en Ressources Humaines"),
    ],
)
def test_a_field_after_en_stays_in_the_title(first: str, second: str) -> None:
    assert _read([(first, "ene. 2019 – actualidad"), (second, "mar. 2016 – dic. 2018")]) == [(first, ""), (second, "")]


def test_en_la_inside_an_organisations_name_does_not_part_it() -> None:
    read = _read(
        [
            ("Traductor | Grupo de Investigación en la Cultura Hispana", "oct. 2016 – jun. 2018"),
            ("Redactor | Editorial Planeta", "ene. 2015 – sep. 2016"),
        ]
    )
    assert read == [("Traductor", "Grupo de Investigación en la Cultura Hispana"), ("Redactor", "Editorial Planeta")]
