"""Headings of placements and of closing sections in Polish, Italian, Portuguese, Korean, Dutch, German and Chinese.

Found by reading made-up CVs in those languages (not from a corpus file): under "Praktyki" (Polish) or "Tirocini"
(Italian) after the education section, internships were read as education and lost as roles; under a Korean CV's
"학력" (education) and "자격증" (certificates) headings, the dated degree and licence lines were read as roles.
Those headings, and the usual closing headings of languages, skills, personal data and profile, now open their
sections.
"""

from __future__ import annotations

import docx
import pytest

from app.documents.cv_structure import read_outline
from app.documents.cv_vocab import heading_kind
from tests.docx_build import saved


def _cv(*paragraphs: tuple[str, str | None]) -> bytes:
    d = docx.Document()
    d.add_paragraph("Ana Beltrán", style="Title")
    d.add_paragraph("ana.beltran@example.org")
    for text, style in paragraphs:
        if style == "bold":
            d.add_paragraph().add_run(text).bold = True
        else:
            d.add_paragraph(text, style=style)
    return saved(d)


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Praktyki", "experience"),
        ("Staże i praktyki", "experience"),
        ("Tirocini", "experience"),
        ("Estágio", "experience"),
        ("학력", "education"),
        ("학력사항", "education"),
        ("자격증", "certifications"),
        ("어학", "languages"),
        ("Talen", "languages"),
        ("Sprachkenntnisse", "languages"),
        ("语言能力", "languages"),
        ("Vaardigheden", "skills"),
        ("Persoonlijke gegevens", "contact"),
        ("인적사항", "contact"),
        ("Kurzprofil", "summary"),
        ("Profilo", "summary"),
    ],
)
def test_headings_in_more_languages_name_their_sections(heading: str, kind: str) -> None:
    assert heading_kind(heading) == kind


def test_internships_under_a_polish_placements_heading_after_education_are_roles() -> None:
    data = _cv(
        ("Doświadczenie zawodowe", "Heading 1"),
        ("Księgowa\tBiuro Rachunkowe Nowak\tKraków\t03.2018 – obecnie", "bold"),
        ("Prowadzenie ksiąg handlowych dla spółek.", "List Bullet"),
        ("Wykształcenie", "Heading 1"),
        ("2010 – 2015 Uniwersytet Ekonomiczny w Krakowie, kierunek: rachunkowość", None),
        ("Praktyki", "Heading 1"),
        ("Praktykantka\tUrząd Skarbowy\tKraków\t07.2014 – 09.2014", "bold"),
        ("Wprowadzanie deklaracji podatkowych do systemu.", "List Bullet"),
        ("Języki", "Heading 1"),
        ("Polski (ojczysty), angielski (B2), niemiecki (podstawowy) w mowie i piśmie oraz rosyjski.", None),
    )
    roles = read_outline(data).roles
    assert [(r.title.value, r.employer.value, r.start.value) for r in roles] == [
        ("Księgowa", "Biuro Rachunkowe Nowak", "2018-03"),
        ("Praktykantka", "Urząd Skarbowy", "2014-07"),
    ]


def test_an_italian_traineeship_heading_opens_a_role_section() -> None:
    data = _cv(
        ("Esperienze lavorative", "Heading 1"),
        ("Infermiera presso Ospedale San Raffaele", "bold"),
        ("Milano, 2019 – oggi", None),
        ("Assistenza ai pazienti del reparto di cardiologia.", "List Bullet"),
        ("Istruzione", "Heading 1"),
        ("2015 – 2018 Laurea in Infermieristica, Università degli Studi di Milano", None),
        ("Tirocini", "Heading 1"),
        ("Tirocinante presso Policlinico di Milano", "bold"),
        ("Milano, 2017 – 2018", None),
        ("Tirocinio clinico in pronto soccorso.", "List Bullet"),
        ("Lingue", "Heading 1"),
        ("Italiano madrelingua, inglese buono, spagnolo scolastico e un poco di francese.", None),
    )
    assert [r.employer.value for r in read_outline(data).roles] == ["Ospedale San Raffaele", "Policlinico di Milano"]


def test_korean_education_and_licence_lines_are_no_roles() -> None:
    data = _cv(
        ("경력", "Heading 1"),
        ("2018.03 – 현재  서울아산병원  간호사", "bold"),
        ("내과 병동 환자 간호 및 투약 관리.", "List Bullet"),
        ("학력", "Heading 1"),
        ("2010.03 – 2014.02  서울대학교 간호학과 졸업", None),
        ("자격증", "Heading 1"),
        ("2014.02  간호사 면허 취득 (보건복지부)", None),
        ("어학", "Heading 1"),
        ("한국어(모국어), 영어(비즈니스 회화 가능), 일본어(기초 수준의 읽기와 쓰기).", None),
    )
    assert [r.start.value for r in read_outline(data).roles] == ["2018-03"]
