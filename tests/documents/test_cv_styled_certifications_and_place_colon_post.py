""" "Certifications" in a Word heading style after roles whose section is headed in plain bold opens a section of its
own (its certificates are no roles), and "NHS Lothian – Edinburgh: Staff Nurse" names an employer, the place the post
was held and the post ("Contadora", Portuguese and Spanish for an accountant, is a post).

The wild role set's fresh seeds (even seeds 3000 to 3598 of `bench/bench_cv_roles_wild.py`) found these: three
certificates read as roles under the last role, and "Lagos: Nurse Unit Manager" read as one title. The CVs below
are made up."""

from __future__ import annotations

import docx

from app.documents.cv_structure import read_outline
from tests.docx_build import saved


def test_certifications_in_a_heading_style_after_plain_bold_roles_heads_a_section() -> None:
    d = docx.Document()
    d.add_paragraph().add_run("Oskar Lindqvist").bold = True
    d.add_paragraph("oskar.lindqvist@example.se | +46 70 555 01 23 | Malmö")
    d.add_paragraph().add_run("WORK HISTORY").bold = True
    d.add_paragraph("Shift Lead, 04/2021 to Current")
    d.add_paragraph("IKEA – Malmö")
    d.add_paragraph("Ran the evening shift of twelve.", style="List Bullet")
    d.add_paragraph("Cashier, 06/2018 to 03/2021")
    d.add_paragraph("ICA Maxi – Stockholm")
    d.add_paragraph("Handled returns and refunds.", style="List Bullet")
    d.add_paragraph("Certifications", style="Heading 1")
    d.add_paragraph("Food Safety Level 2 (2020)")
    d.add_paragraph("Forklift Licence, Truckskolan, 05/2019")
    d.add_paragraph().add_run("REFERENCES").bold = True
    d.add_paragraph("Available on request.")
    out = read_outline(saved(d))
    assert [(r.title.value, r.employer.value) for r in out.roles] == [("Shift Lead", "IKEA"), ("Cashier", "ICA Maxi")]


def _read(lines: list[str]) -> list[tuple[str, str, str]]:
    d = docx.Document()
    d.add_paragraph("Fiona Baird", style="Title")
    d.add_paragraph("fiona.baird@example.co.uk | 07700 900456")
    d.add_paragraph("Employment", style="Heading 1")
    for text in lines:
        d.add_paragraph(text)
    out = read_outline(saved(d))
    return [(r.title.value, r.employer.value, r.place.value) for r in out.roles]


def test_employer_dash_place_colon_post() -> None:
    assert _read(
        [
            "NHS Lothian – Edinburgh: Staff Nurse",
            "03/2019 - Today",
            "NHS Greater Glasgow – Glasgow: Healthcare Assistant",
            "08/2015 - 02/2019",
        ]
    ) == [
        ("Staff Nurse", "NHS Lothian", "Edinburgh"),
        ("Healthcare Assistant", "NHS Greater Glasgow", "Glasgow"),
    ]


def test_employer_dash_town_and_state_colon_post() -> None:
    assert _read(["Bradesco – Curitiba, PR: Contadora", "ago 2016 - jul 2019"]) == [
        ("Contadora", "Bradesco", "Curitiba, PR")
    ]
