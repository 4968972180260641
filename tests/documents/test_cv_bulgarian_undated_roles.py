"""A Bulgarian CV: "ТРУДОВ ОПИТ" (work experience) heads its roles, and each undated role is a bold line "Title,
фирма: \\"Name\\" ЕООД" (the employer's label after the title's comma is no part of the name, the quoted name keeps
its quotes and its dash) over a bold "Отговорности:" (responsibilities) label and the bullets of the role."""

from __future__ import annotations

import docx

from app.documents.cv_structure import read_outline
from app.documents.cv_vocab import heading_kind
from tests.docx_build import saved


def _cv() -> bytes:
    d = docx.Document()
    d.add_paragraph("Десислава Петкова")
    d.add_paragraph("Тел: 0326534996      E-mail: desislava@example.org")
    d.add_paragraph().add_run("ТРУДОВ ОПИТ:").bold = True
    for head in ('Комплектовач, фирма: "Техномат - Меркурий" ЕООД', 'Заместник управител, "ГУАПИН" ЕООД'):
        d.add_paragraph().add_run(head).bold = True
        d.add_paragraph().add_run("Отговорности:").bold = True
        d.add_paragraph("Опазване на фирмената и поверителната информация", style="List Bullet")
        d.add_paragraph("Изпълнение на други конкретно възложени задачи", style="List Bullet")
    d.add_paragraph().add_run("ОБРАЗОВАНИЕ:").bold = True
    d.add_paragraph("Професионален Бакалавър по „Софтуерно проектиране”")
    return saved(d)


def test_bulgarian_and_ukrainian_experience_headings() -> None:
    assert heading_kind("ТРУДОВ ОПИТ:") == "experience"
    assert heading_kind("Професионален опит") == "experience"
    assert heading_kind("Досвід роботи") == "experience"
    assert heading_kind("Умения") == "skills"


def test_undated_bold_heads_with_an_employers_label_are_roles() -> None:
    got = [(r.title.value, r.employer.value, r.start.value) for r in read_outline(_cv()).roles]
    assert got == [
        ("Комплектовач", '"Техномат - Меркурий" ЕООД', ""),
        ("Заместник управител", '"ГУАПИН" ЕООД', ""),
    ]
