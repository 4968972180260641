"""An acronym alone after a dash that follows an organisation's name ("Helmholtz Center for Environmental Research –
UFZ") is that organisation's short name, part of the employer; a post's acronym ("– CEO") or a place's ("– USA") after
the dash is not joined to it."""

from __future__ import annotations

from app.documents.cv_head_line import line_segments
from app.documents.cv_structure import read_outline
from tests.docx_build import styled_section_cv


def test_the_acronym_after_the_dash_is_part_of_the_employer() -> None:
    data = styled_section_cv(
        "Teaching",
        (
            "Instructor, Introduction to Machine Learning, Helmholtz Center for Environmental Research – UFZ"
            "\t2021-present",
            "List Bullet",
        ),
        (
            "Lab Instructor, Introduction to Geographic Information Systems, University of Massachusetts Boston\t2016",
            "List Bullet",
        ),
    )
    got = [(r.title.value, r.employer.value) for r in read_outline(data).roles]
    assert ("Instructor", "Helmholtz Center for Environmental Research – UFZ") in got


def test_a_posts_or_a_places_acronym_after_the_dash_stays_apart() -> None:
    assert [p for p, _ in line_segments("Research Assistant, Stanford University – CEO")][-1] == "CEO"
    assert [p for p, _ in line_segments("Analyst, Northwind Research Institute – USA")][-1] == "USA"
