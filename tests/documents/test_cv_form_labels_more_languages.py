"""A role written as a form of labelled fields, its labels in Italian, Polish, Czech, Swedish, Finnish or Turkish
("Periodo / Ente / Ruolo", "Okres / Pracodawca / Stanowisko"), is read field by field; a form's title keeps how the
post was held ("Associate Lecturer (Part-time)"), as a head line's title does."""

from __future__ import annotations

import docx
import pytest

from app.documents.cv_forms import labelled
from app.documents.cv_structure import read_outline
from tests.docx_build import saved


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("Ruolo\tIndustry Research Fellow", "title"),
        ("Funzione: Analista", "title"),
        ("Stanowisko: Kierownik projektu", "title"),
        ("Pozice: Programátor", "title"),
        ("Befattning: Projektledare", "title"),
        ("Tehtävä: Myyjä", "title"),
        ("Unvan: Yazılım Mühendisi", "title"),
        ("Ente: Comune di Milano", "employer"),
        ("Pracodawca: Allegro", "employer"),
        ("Arbetsgivare: Volvo Cars", "employer"),
        ("Työnantaja: Nokia Oyj", "employer"),
        ("Okres: 2019 – 2020", "dates"),
        ("Dönem: 2019 – 2020", "dates"),
    ],
)
def test_a_label_names_its_field(line: str, field: str) -> None:
    got = labelled(line)
    assert got is not None and got[0] == field


@pytest.mark.parametrize("line", ["Rolex: a watch I repaired", "Parent: governor of the school", "Agente\tx"])
def test_a_word_holding_a_label_word_is_no_label(line: str) -> None:
    assert labelled(line) is None


def _form(rows: list[tuple[str, str]]) -> bytes:
    d = docx.Document()
    d.add_paragraph("Ariel Kowalski", style="Title")
    d.add_paragraph("Galway, Ireland | ariel.kowalski@example.org")
    d.add_paragraph("Esperienza lavorativa", style="Heading 1")
    table = d.add_table(rows=0, cols=2)
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    d.add_paragraph("Istruzione", style="Heading 1")
    d.add_paragraph("PhD Electrical Engineering, University of Galway, 2024")
    return saved(d)


def test_an_italian_form_is_read_field_by_field_and_keeps_how_the_post_was_held() -> None:
    data = _form(
        [
            ("Periodo", "2024 – Present"),
            ("Ente", "Data Science Institute, University of Galway"),
            ("Ruolo", "Post-Doctoral Researcher"),
            ("Periodo", "2025 – 2025"),
            ("Ente", "Technological University of Shannon"),
            ("Ruolo", "Assistant Lecturer (Part-time)"),
        ]
    )
    got = [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in read_outline(data).roles]
    assert got == [
        ("Post-Doctoral Researcher", "Data Science Institute, University of Galway", "2024", "present"),
        ("Assistant Lecturer (Part-time)", "Technological University of Shannon", "2025", "2025"),
    ]
