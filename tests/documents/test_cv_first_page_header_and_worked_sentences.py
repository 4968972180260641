"""A first page's own header that adds the contacts to the name every page repeats is read; a first-person sentence
names the employer after "for"/"para" and the title after "as"/"como", and "á" (a mistyped "à") joins two dates; a
post written as such a sentence with no dates, read as nothing, keeps the reading from being tailored unconfirmed."""

from __future__ import annotations

import docx

from app.documents.cv_dates import find_dates
from app.documents.cv_structure import read_outline
from tests.docx_build import named_cv, saved


def _two_headers() -> bytes:
    d = docx.Document()
    section = d.sections[0]
    section.header.paragraphs[0].text = "Mateo Salazar"
    section.different_first_page_header_footer = True
    first = section.first_page_header
    first.paragraphs[0].text = "Mateo Salazar"
    first.add_paragraph("322-591-9481")
    first.add_paragraph("mateo.salazar@example.org")
    d.add_paragraph("Experience", style="Heading 1")
    d.add_paragraph("Sporting goods lead, Blain's Farm & Fleet")
    d.add_paragraph("March 2020 - present")
    d.add_paragraph("Kept the department organised through every seasonal change.", style="List Bullet")
    return saved(d)


def test_the_first_page_header_s_contacts_beside_the_repeated_name_are_read() -> None:
    outline = read_outline(_two_headers())
    assert outline.name.value == "Mateo Salazar"
    assert outline.contact.emails == ["mateo.salazar@example.org"]
    assert [p.replace("-", "") for p in outline.contact.phones] == ["3225919481"]


def test_a_mistyped_a_with_an_acute_accent_joins_two_dates() -> None:
    span = find_dates("Trabalhei para Sudoeste Informática, de 22/12/2021 á 10/03/2022, como Analista de Suporte")
    assert span is not None and (span.start, span.end) == ("2021-12", "2022-03")


_SENTENCES = (
    "Trabalhei para Sudoeste Informática, de 22/12/2021 á 10/03/2022, como Analista de Suporte, realizando testes.",
    "Trabalho atualmente para Flash Entregas como estagiário de desenvolvimento, criando tabelas no banco de dados.",
)


def test_a_first_person_sentence_names_the_employer_after_para_and_the_title_after_como() -> None:
    data = named_cv(("Experiência", "Heading 1"), (_SENTENCES[0], None), ("Habilidades", "Heading 1"), ("MySQL", None))
    (role,) = read_outline(data).roles
    assert (role.title.value, role.employer.value) == ("Analista de Suporte", "Sudoeste Informática")
    assert (role.start.value, role.end.value) == ("2021-12", "2022-03")


def test_a_post_told_in_a_sentence_with_no_dates_keeps_the_reading_unconfirmed() -> None:
    data = named_cv(
        ("Experiência", "Heading 1"), (_SENTENCES[0], None), (_SENTENCES[1], None), ("Habilidades", "Heading 1")
    )
    outline = read_outline(data)
    assert len(outline.roles) == 1
    assert not outline.usable
    assert any("Flash Entregas" in d for d in outline.doubts)
