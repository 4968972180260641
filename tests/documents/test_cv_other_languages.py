"""CVs written in Turkish, Polish, Portuguese, Indonesian, Romanian and Czech: their month names date roles, their
headings open sections."""

from __future__ import annotations

import docx
import pytest

from app.documents.cv_dates import find_dates
from app.documents.cv_structure import read_outline
from app.documents.cv_vocab import heading_kind
from tests.docx_build import saved


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Şubat 2019 – Günümüz", "2019-02", "present"),
        ("Aralık 2013 – Şubat 2019", "2013-12", "2019-02"),
        ("ARALIK 2013 - HALEN", "2013-12", "present"),
        ("Kasim 2020 - Ekim 2021", "2020-11", "2021-10"),
        ("styczeń 2019 – obecnie", "2019-01", "present"),
        ("Maj 2017 – Październik 2019", "2017-05", "2019-10"),
        ("od marca 2018 do dziś", "2018-03", "present"),
        ("wrzesien 2015 - czerwiec 2016", "2015-09", "2016-06"),
        ("Maret 2019 – Agustus 2020", "2019-03", "2020-08"),
        ("Januari 2019 - Sekarang", "2019-01", "present"),
        ("ianuarie 2019 – martie 2020", "2019-01", "2020-03"),
        ("Septembrie 2017 - prezent", "2017-09", "present"),
        ("leden 2019 – březen 2020", "2019-01", "2020-03"),
        ("května 2015 – do současnosti", "2015-05", "present"),
    ],
)
def test_turkish_and_polish_month_names_date_a_range(text: str, start: str, end: str) -> None:
    span = find_dates(text)
    assert span is not None and (span.start, span.end) == (start, end)


@pytest.mark.parametrize("text", ["Lis i kas", "Kas ve Ara", "des projets", "Sie – Des"])
def test_short_forms_that_are_everyday_words_are_no_months_alone(text: str) -> None:
    assert find_dates(text) is None


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [("Lis 2019 – Ara 2020", "2019-11", "2020-12"), ("Kas 2018 - Sie 2019", "2018-11", "2019-08")],
)
def test_short_forms_right_before_a_year_are_months(text: str, start: str, end: str) -> None:
    span = find_dates(text)
    assert span is not None and (span.start, span.end) == (start, end)


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("İş Tecrübesi", "experience"),
        ("Doświadczenie zawodowe", "experience"),
        ("Eğitim Bilgileri", "education"),
        ("Wykształcenie", "education"),
        ("Escolaridade", "education"),
        ("Trabalho Voluntário", "volunteering"),
        ("Wolontariat", "volunteering"),
        ("Kişisel Bilgiler", "contact"),
        ("Umiejętności", "skills"),
        ("Publicações", "projects"),
        ("Cursos Relevantes", "certifications"),
        ("Pengalaman Kerja", "experience"),
        ("Riwayat Pendidikan", "education"),
        ("Experiență profesională", "experience"),
        ("Pracovní zkušenosti", "experience"),
        ("Vzdělání", "education"),
        ("Kemampuan Bahasa", "languages"),
        ("Bahasa Indonesia", None),
    ],
)
def test_headings_in_other_languages_name_their_section(heading: str, kind: str | None) -> None:
    assert heading_kind(heading) == kind


def _bold_headed_cv(parts: list[tuple[str, list[str]]]) -> bytes:
    d = docx.Document()
    d.add_paragraph("Deniz Aydın", style="Title")
    for heading, lines in parts:
        d.add_paragraph().add_run(heading).bold = True
        for text in lines:
            d.add_paragraph(text)
    return saved(d)


def test_a_turkish_cv_reads_its_roles_under_its_experience_heading() -> None:
    data = _bold_headed_cv(
        [
            ("Kişisel Bilgiler", ["Doğum tarihi: Mart 1990", "E-Posta: deniz.aydin@example.org"]),
            (
                "İş Tecrübesi",
                [
                    "Şubat 2019 – Günümüz - Contoso Danışmanlık",
                    "Yazılım Geliştirici",
                    "Aralık 2013 – Şubat 2019 - Northwind Bilişim",
                    "Yazılım Geliştirici",
                ],
            ),
            ("Eğitim Bilgileri", ["2009 - 2013 - Ankara Üniversitesi - Bilgisayar Mühendisliği - Lisans"]),
        ]
    )
    roles = read_outline(data).roles
    assert [(r.start.value, r.end.value) for r in roles] == [("2019-02", "present"), ("2013-12", "2019-02")]


def test_a_portuguese_volunteering_heading_opens_a_role_section() -> None:
    data = _bold_headed_cv(
        [
            ("Experiência Profissional", ["Analista • Contoso • 02/2020 – 09/2020"]),
            ("Escolaridade", ["Relações Internacionais • 07/2016 - 12/2020 • Universidade de Brasília"]),
            ("Trabalho Voluntário", ["Professor • Instituto Aurora • 07/2016 – 12/2018"]),
        ]
    )
    roles = read_outline(data).roles
    assert [(r.employer.value, r.start.value, r.end.value) for r in roles] == [
        ("Contoso", "2020-02", "2020-09"),
        ("Instituto Aurora", "2016-07", "2018-12"),
    ]


def test_a_portuguese_block_labelled_empregador_and_ending_aberto() -> None:
    """ "Empregador:" names the employer and "Período: Setembro/2022 - Aberto" is still open: the post held now."""
    d = docx.Document()
    d.add_paragraph("LUCAS MEDEIROS", style="Title")
    d.add_paragraph("E-mail: lucas.medeiros@example.org")
    d.add_paragraph("Experiência", style="Heading 1")
    for title, employer, period in (
        ("Auxiliar de estoque", "Agricase Equipamentos Agrícolas Ltda", "Fevereiro/2021 – Junho/2022"),
        ("Embalador a mão", "Tendenza Confecções Ltda", "Setembro/2022 - Aberto"),
    ):
        d.add_paragraph(title)
        d.add_paragraph(f"Empregador: {employer}")
        d.add_paragraph(f"Período: {period}")
        d.add_paragraph("Função: Recebimento e transferência de mercadorias.")
    out = read_outline(saved(d))
    assert [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in out.roles] == [
        ("Auxiliar de estoque", "Agricase Equipamentos Agrícolas Ltda", "2021-02", "2022-06"),
        ("Embalador a mão", "Tendenza Confecções Ltda", "2022-09", "present"),
    ]
