"""A role written without dates among dated ones, or only as the headline under the name, that the reader did not
read keeps the outline from being tailored unconfirmed: a line shaped like the role lines ("Computational Linguist,
TransPerfect" between two roles' bullets, or right under a dated role's line over bullets of its own), a post over
its organisation between two roles' bullets, and posts joined by commas over an organisation under the name are
doubts the seeker is asked about; so is a volunteer section's undated "Illustrateur Sonore" over "Studio Du Petit
Pont" or "Teaching Assistant at University of Toronto". A CV whose roles are all dated and read stays confident, and
honours listed in a role's part ("Palmetto Fellows scholarship") are no post."""

from __future__ import annotations

import docx

from app.documents.cv_outline import CvOutline
from app.documents.cv_structure import read_outline
from tests.docx_build import saved


def _outline(top: list[str], body: list[tuple[str, str]], volunteer: list[str] | None = None) -> CvOutline:
    d = docx.Document()
    d.add_paragraph("Camille Ferreira")
    for line in top:
        d.add_paragraph(line)
    d.add_paragraph("Caen, FR | +33 6 55 50 01 04 | camille.ferreira@example.org")
    d.add_paragraph("EXPERIENCE")
    for kind, text in body:
        d.add_paragraph(text, style="List Bullet" if kind == "bullet" else None)
    if volunteer:
        d.add_paragraph("VOLUNTEER WORK")
        for line in volunteer:
            d.add_paragraph(line)
    d.add_paragraph("EDUCATION")
    d.add_paragraph("MSc Computational Linguistics, Université de Caen, 2019")
    return read_outline(saved(d))


_DATED = [
    ("line", "NLP Engineer, TransPerfect\t2022 – 2024"),
    ("bullet", "Built the inverse text normalisation system for the speech recogniser."),
    ("line", "Research Assistant, Université de Caen\t2019 – 2021"),
    ("bullet", "Annotated a corpus of Norman French for the lab's parser."),
]


def test_a_cv_whose_roles_are_all_dated_and_read_stays_confident() -> None:
    out = _outline([], _DATED)
    assert out.doubts == [] and out.usable


def test_an_undated_line_shaped_like_the_roles_between_bullets_is_a_doubt() -> None:
    body = [*_DATED[:2], ("line", "Computational Linguist, Systran"), ("bullet", "Wrote grammars."), *_DATED[2:]]
    out = _outline([], body)
    assert not out.usable
    assert any("Computational Linguist, Systran" in d for d in out.doubts)


def test_an_undated_line_right_under_a_dated_role_over_bullets_is_a_doubt() -> None:
    body = [
        ("line", "Lecturer, United International University\t2023 – 2024"),
        ("line", "Game Developer Intern, Battery Low Interactive Ltd."),
        ("bullet", "C#"),
        ("bullet", "Unity Game Engine"),
        *_DATED[2:],
    ]
    out = _outline([], body)
    # dressed and parted as the dated line, it is read as a role of its own with no dates, which the seeker confirms
    assert [(r.title.value, r.start.value) for r in out.roles][1] == ("Game Developer Intern", "")
    assert not out.usable
    assert "role 2 has no start date" in out.doubts


def test_a_post_over_its_organisation_between_bullets_is_a_doubt() -> None:
    body = [*_DATED[:2], ("line", "Computer Vision Engineer"), ("line", "Nakamir"), ("bullet", "OpenCV."), *_DATED[2:]]
    out = _outline([], body)
    assert not out.usable
    assert any("Computer Vision Engineer" in d for d in out.doubts)


def test_posts_joined_by_commas_over_an_organisation_under_the_name_are_a_doubt() -> None:
    out = _outline(["Contract Administration, Business Intelligence Engineer", "Hidoservice"], _DATED)
    assert not out.usable
    assert any("Hidoservice" in d for d in out.doubts)


def test_an_undated_post_over_its_organisation_in_a_volunteer_section_is_a_doubt() -> None:
    out = _outline([], _DATED, volunteer=["Illustrateur Sonore", "Studio Du Petit Pont"])
    assert not out.usable
    assert any("Illustrateur Sonore" in d for d in out.doubts)


def test_an_undated_post_at_an_organisation_in_a_volunteer_section_is_a_doubt() -> None:
    out = _outline(
        [], _DATED, volunteer=["Introduction to Machine Learning Teaching Assistant at University of Toronto"]
    )
    assert not out.usable
    assert any("Machine Learning Teaching Assistant at" in d for d in out.doubts)


def test_honours_listed_under_a_role_are_no_post() -> None:
    body = [
        *_DATED[:2],
        ("line", "Palmetto Fellows scholarship"),
        ("line", "Jairy C. Hunter, Jr. scholarship"),
        *_DATED[2:],
    ]
    out = _outline([], body)
    assert not any("scholarship" in d for d in out.doubts)


def test_an_undated_line_written_as_the_role_lines_in_a_volunteer_section_is_a_doubt() -> None:
    out = _outline([], _DATED, volunteer=["Computational Linguist, Systran"])
    assert not out.usable
    assert any("Computational Linguist, Systran" in d for d in out.doubts)


def test_a_place_line_with_a_note_under_a_role_is_no_doubt() -> None:
    body = [
        ("line", "NLP Engineer, TransPerfect\t2022 – 2024"),
        ("line", "Hobart, TAS (remote-first)"),
        ("bullet", "Built the inverse text normalisation system for the speech recogniser."),
        *_DATED[2:],
    ]
    out = _outline([], body)
    assert not any("Hobart" in d for d in out.doubts)
