"""The seeker's name and contacts where an independent set of CVs (tests/fixtures/cv_corpus/identity_wild.py, written
apart from the reader) found them read wrong: headings in languages the reader did not know (a referee's and a school's
numbers then read as the seeker's), a school's switchboard on an education line, a supervisor named in another script,
a fax's and a national identity number's labels in other languages, a Brazilian postal code before the phone, a
Korean form's "(한글)" before the name, and a name set beside a sidebar anchored first. Every CV here is made up."""

from __future__ import annotations

import docx
import pytest

from app.documents.cv_structure import read_outline
from tests.docx_build import saved
from tests.fixtures.cv_corpus.identity_wild import draw


def _cv(*paragraphs: tuple[str, str | None]) -> bytes:
    d = docx.Document()
    for text, style in paragraphs:
        d.add_paragraph(text, style=style)
    return saved(d)


def _contacts(data: bytes) -> tuple[list[str], list[str]]:
    out = read_outline(data)
    return out.contact.emails, out.contact.phones


@pytest.mark.parametrize(
    ("experience", "education", "referees"),
    [
        ("ประสบการณ์ทำงาน", "การศึกษา", "บุคคลอ้างอิง"),  # Thai
        ("ניסיון תעסוקתי", "השכלה", "ממליצים"),  # Hebrew
        ("Досвід роботи", "Освіта", "Рекомендації"),  # Ukrainian
        ("Επαγγελματική εμπειρία", "Εκπαίδευση", "Συστάσεις"),  # Greek
        ("Szakmai tapasztalat", "Tanulmányok", "Referenciák"),  # Hungarian
    ],
)
def test_headings_in_more_languages_keep_referees_and_schools_numbers_out(
    experience: str, education: str, referees: str
) -> None:
    data = _cv(
        ("Anong Chaiyaporn", "Title"),
        ("Mobile: +66 81 234 5678", None),
        ("anong.c@example.org", None),
        (experience, "Heading 1"),
        ("Data Analyst, Northwind Logistics, 2019 – present", None),
        (education, "Heading 1"),
        ("MSc Data Science, National University, 2016", None),
        (referees, "Heading 1"),
        ("Kittisak Wongsa — Head of Department, Northwind Logistics — k.wongsa@northwind.example — 081-011-9729", None),
    )
    assert _contacts(data) == (["anong.c@example.org"], ["+66 81 234 5678"])


def test_a_schools_switchboard_on_an_education_line_is_not_the_seekers() -> None:
    data = _cv(
        ("Oluwaseun Bello", "Title"),
        ("+234 803 496 4975 · seun.bello@example.org", None),
        ("Education", "Heading 1"),
        ("MSc Engineering, University of Lagos, 2016", None),
        ("University of Lagos, Akoka, Yaba · Tel. +234 1 286 8487", None),
    )
    assert _contacts(data) == (["seun.bello@example.org"], ["+234 803 496 4975"])


def test_the_seekers_own_phone_under_an_education_heading_is_still_read() -> None:
    """A sidebar or a closing contact block read after the education section holds the seeker's contacts."""
    data = _cv(
        ("Brian Otieno", "Title"),
        ("Education", "Heading 1"),
        ("BSc Computer Science, University of Nairobi, 2018", None),
        ("+254 730 725 551", None),
        ("brian.otieno@example.org", None),
    )
    assert _contacts(data) == (["brian.otieno@example.org"], ["+254 730 725 551"])


@pytest.mark.parametrize(
    "line",
    [
        "Supervisor: Dr فاطمة الزهراء, office@uni.example.edu",
        "Thesis adviser: Prof. יונתן לוי (office@uni.example.edu)",
    ],
)
def test_a_supervisors_address_is_not_the_seekers_in_any_script(line: str) -> None:
    data = _cv(
        ("Noa Cohen", "Title"),
        ("055-7060404 · noa.cohen@example.org", None),
        ("Education", "Heading 1"),
        ("MSc Nursing, National University, 2016", None),
        (line, None),
    )
    assert _contacts(data) == (["noa.cohen@example.org"], ["055-7060404"])


@pytest.mark.parametrize(
    "other",
    ["传真: 010-73248632", "PESEL: 68491249101", "주민등록번호: 373994-5410660", "Faks: +90 212 837 62 63"],
)
def test_a_fax_or_an_identity_number_labelled_in_another_language_is_no_phone(other: str) -> None:
    data = _cv(
        ("Zhang Wei", "Title"),
        (f"132-0396-1030 • zhang.wei@example.org • {other}", None),
        ("Experience", "Heading 1"),
        ("Software Engineer, Northwind Logistics, 2019 – present", None),
        ("Built the routing service that plans the company's deliveries every night.", None),
    )
    assert _contacts(data) == (["zhang.wei@example.org"], ["132-0396-1030"])


def test_a_brazilian_postal_code_before_the_phone_is_no_phone() -> None:
    data = _cv(
        ("Conceição Gonçalves", "Heading 1"),
        ("Rua Augusta 1500, São Paulo - SP, 01304-001 -- (11) 92531-4122 -- conceicao.g@example.org", None),
        ("Experience", "Heading 1"),
        ("Economist, Banco Exemplo, 2019 – present", None),
        ("Built the models the bank uses to forecast regional credit demand.", None),
    )
    assert _contacts(data) == (["conceicao.g@example.org"], ["(11) 92531-4122"])


def test_a_korean_forms_script_note_is_no_part_of_the_name() -> None:
    d = docx.Document()
    d.add_paragraph("이 력 서")
    table = d.add_table(rows=2, cols=3)
    for j, text in enumerate(("성명", "(한글) 이서연", "(영문) Seoyeon Lee")):
        table.cell(0, j).text = text
    for j, text in enumerate(("휴대폰", "+82 10-7515-5787", "seoyeon.lee@example.org")):
        table.cell(1, j).text = text
    assert read_outline(saved(d)).name.value == "이서연"


def test_a_name_set_beside_a_sidebar_anchored_first_is_the_seekers() -> None:
    """The set's own CV (tune seed 104): a Canva-like sidebar box anchored first, its "CONTACT" and "SKILLS" headings
    in bold, then the name in 26 pt on the page's first line of its own."""
    _file, data, labels = draw(104)
    assert "layout=sidebar_box" in labels["families"]
    assert read_outline(data).name.value == "Sanne de Vries" == labels["name"][0]
