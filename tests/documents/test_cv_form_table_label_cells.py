"""A form-like Word template, common in Chinese, Korean, Vietnamese, Russian and Latin-American CVs, gives each post
a small table of label and value cells ("Empresa | IMSS | Periodo | marzo de 2021 - abril de 2022", then "Cargo |
Pasante | Ciudad | Córdoba"). Each row was read as one line, the second label glued to the first value ("IMSS
Periodo", "Pasante Ciudad Córdoba"). A row of label cells, each beside its value, is now read as one labelled line
per field, and the place's label ("Ciudad", "工作地点", "Город") fills the role's place.

Found by the independent "roles in international CVs" set (`bench/bench_cv_roles_intl.py`, tune seeds, the
form-table family: 1 → 45 of its 45 roles); the CVs below are made up."""

from __future__ import annotations

import docx
import pytest

from app.documents.cv_structure import read_outline
from tests.docx_build import saved

# heading, employer, dates, title and place labels
FORMS = {
    "es": ("Experiencia laboral", "Empresa", "Periodo", "Cargo", "Ciudad"),
    "zh": ("工作经历", "公司名称", "工作时间", "职位", "工作地点"),
    "ru": ("Опыт работы", "Компания", "Период", "Должность", "Город"),
    "vi": ("Kinh nghiệm làm việc", "Công ty", "Thời gian", "Chức vụ", "Địa điểm"),
    "en": ("Work experience", "Company", "Period", "Position", "Location"),
}
ROLES = [
    ("Analista de datos", "Grupo Bimbo", "Monterrey", "03/2021 - 04/2023", "2021-03", "2023-04"),
    ("Asistente contable", "Deloitte", "", "07/2018 - 02/2021", "2018-07", "2021-02"),
]


def _cv(lang: str, place_first: bool) -> bytes:
    heading, employer_label, dates_label, title_label, place_label = FORMS[lang]
    d = docx.Document()
    d.add_paragraph("Lucía Fernández", style="Title")
    d.add_paragraph("lucia.fernandez@example.com · +52 81 5555 0101")
    d.add_paragraph(heading, style="Heading 1")
    for title, employer, place, dates, _, _ in ROLES:
        t = d.add_table(rows=2, cols=4)
        second = [place_label, place, title_label, title] if place_first else [title_label, title, place_label, place]
        for i, row in enumerate([[employer_label, employer, dates_label, dates], second]):
            for j, text in enumerate(row):
                t.cell(i, j).text = text
        d.add_paragraph("")
    d.add_paragraph("Educación", style="Heading 1")
    d.add_paragraph("Licenciatura en Contaduría, UANL, 2018")
    return saved(d)


@pytest.mark.parametrize("lang", sorted(FORMS))
@pytest.mark.parametrize("place_first", [False, True])
def test_a_form_tables_label_and_value_cells_are_its_fields(lang: str, place_first: bool) -> None:
    out = read_outline(_cv(lang, place_first))
    got = [(r.title.value, r.employer.value, r.place.value, r.start.value, r.end.value) for r in out.roles]
    assert got == [(t, e, p, s, f) for t, e, p, _, s, f in ROLES]


def test_a_table_row_of_values_alone_is_not_split_as_labels() -> None:
    """ "Data Analyst | Acme Corp | Boston | 2019 – 2021": rows of values, no label among their cells, stay role
    lines."""
    d = docx.Document()
    d.add_paragraph("Lucía Fernández", style="Title")
    d.add_paragraph("lucia.fernandez@example.com")
    d.add_paragraph("Experience", style="Heading 1")
    rows = [
        ("Data Analyst", "Acme Corp", "Boston", "2019 – 2021"),
        ("Junior Analyst", "Initech", "Austin", "2016 – 2019"),
    ]
    t = d.add_table(rows=2, cols=4)
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            t.cell(i, j).text = text
    d.add_paragraph("Education", style="Heading 1")
    d.add_paragraph("BSc Economics, UT Austin, 2016")
    out = read_outline(saved(d))
    assert [(r.title.value, r.employer.value, r.place.value, r.start.value, r.end.value) for r in out.roles] == [
        ("Data Analyst", "Acme Corp", "Boston", "2019", "2021"),
        ("Junior Analyst", "Initech", "Austin", "2016", "2019"),
    ]
