"""More ways real CVs write the seeker's name: after an invisible joiner pasted from a web page, with degrees after
it and no comma ("Amara Okafor PhD, MSc, FRCPC"), with the seeker's age ("Lucas Gabriel Medeiros, 22 anos"), with
the given name in lower case and the family name in capitals ("john SMITH"), and in a template's "Name" style
below a sidebar's first lines. A family name in capitals is no degree ("Anouk DE VRIES")."""

from __future__ import annotations

import docx
import pytest

from app.documents.cv_structure import read_outline
from tests.docx_build import saved


def _cv(lines: list[str], style: str | None = None, before: tuple[str, ...] = ()) -> bytes:
    d = docx.Document()
    for text in before:
        d.add_paragraph(text)
    for i, text in enumerate(lines):
        p = d.add_paragraph(text)
        if i == 0 and style:
            p.style = d.styles[style] if style in [s.name for s in d.styles] else d.styles.add_style(style, 1)
    d.add_paragraph("Experience", style="Heading 1")
    d.add_paragraph("Cashier, Northwind Foods, 2019 – 2021")
    d.add_paragraph("Served customers at the front counter and kept the till balanced every night.")
    return saved(d)


def _name(data: bytes) -> str:
    return read_outline(data).name.value


@pytest.mark.parametrize("joiner", ["\u200d", "\u200c"])
def test_a_joiner_before_the_name_is_nothing(joiner: str) -> None:
    assert _name(_cv([f"{joiner}Mariana Oliveira", "mariana@example.org"], style="Title")) == "Mariana Oliveira"


def test_degrees_after_the_name_without_a_comma_are_no_part_of_it() -> None:
    lines = ["Amara Okafor PhD, MSc, FRCPC, CCFP", "Toronto, ON | 416-555-0134 | amara@example.org"]
    assert _name(_cv(lines)) == "Amara Okafor"


@pytest.mark.parametrize("line", ["Lucas Gabriel Medeiros, 22 anos", "Lucas Gabriel Medeiros, 22 years old"])
def test_the_seekers_age_after_the_name_is_no_part_of_it(line: str) -> None:
    assert _name(_cv([line, "E-mail: lucas@example.org"])) == "Lucas Gabriel Medeiros"


def test_a_lower_case_given_name_before_a_family_name_in_capitals_is_the_name() -> None:
    assert _name(_cv(["john SMITH", "john.smith@example.org"], style="Your Name")) == "john SMITH"


def test_a_line_in_the_templates_name_style_is_the_name_below_a_sidebars_lines() -> None:
    data = _cv(["Priya K. Raman", "priya@example.org"], style="Name", before=("Portfolio", "GitHub", "Skills"))
    assert _name(data) == "Priya K. Raman"


def test_a_family_name_in_capitals_is_kept_whole() -> None:
    assert _name(_cv(["Anouk DE VRIES", "anouk@example.org"])) == "Anouk DE VRIES"
    assert _name(_cv(["Ngoc Anh TRAN", "ngocanh@example.org"])) == "Ngoc Anh TRAN"


@pytest.mark.parametrize(
    "line",
    [
        "Amara Okafor MEd, PhD, FRCPC",  # a degree the list does not name, shaped as one, ahead of a list
        "Amara Okafor BScN, MSc, FRCPC, DABPNeur",  # a credential longer than most, in a list
    ],
)
def test_credentials_listed_after_the_name_are_no_part_of_it(line: str) -> None:
    assert _name(_cv([line, "Toronto, ON | 416-555-0134 | amara@example.org"])) == "Amara Okafor"


def test_a_family_name_shaped_like_a_degree_before_one_credential_is_kept() -> None:
    assert _name(_cv(["Anna McKay, PhD", "anna@example.org"])) == "Anna McKay"
    assert _name(_cv(["Anouk DE VRIES, PhD, MSc", "anouk@example.org"])) == "Anouk DE VRIES"


def test_the_family_name_in_the_pages_header_gives_way_to_the_whole_name_in_the_body() -> None:
    d = docx.Document()
    header = d.sections[0].header
    header.paragraphs[0].text = "1"
    header.add_paragraph("Okafor Curriculum Vitae")
    header.add_paragraph("1")
    d.add_paragraph().add_run("Amara Okafor").bold = True
    d.add_paragraph("email: amara.okafor@example.org § website: amara-okafor.example.org")
    d.add_paragraph().add_run("EDUCATION").bold = True
    d.add_paragraph("2019 – 2024\tPhD Sociology, University of Oregon")
    assert _name(saved(d)) == "Amara Okafor"
