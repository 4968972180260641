"""A line laid out with pipes whose first field is "Post - Organisation": from a tune file of the corpus,
"Administrative Assistant - Olabisi Onabanjo University (OOU) | NYSC" was read with the whole first field as the
title and the national service scheme as the employer. Inside a field, a dash parts a post from the organisation
after it; a name written with a dash stays whole."""

from __future__ import annotations

from app.documents.cv_head_line import line_segments
from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes


def test_a_post_and_an_organisation_parted_by_a_dash_inside_a_field_are_two_pieces() -> None:
    data = docx_bytes(
        ("Tolu Adeyemi", "Title"),
        ("tolu.adeyemi@example.org", None),
        ("Experience", "Heading 1"),
        ("Administrative Assistant - Ekiti State University (EKSU) | NYSC", None),
        ("Ado-Ekiti, Nigeria | August 2023 – June 2024", None),
        ("Scheduled the faculty's meetings and kept its records.", "List Bullet"),
    )
    roles = [(r.title.value, r.employer.value) for r in read_outline(data).roles]
    assert roles == [("Administrative Assistant", "Ekiti State University (EKSU)")]


def test_names_written_with_a_dash_inside_a_field_stay_whole() -> None:
    for text, first in (
        ("Plataforma Solar de Almería - CIEMAT | Researcher", "Plataforma Solar de Almería - CIEMAT"),
        ("Recruiter - I | Concentrix", "Recruiter - I"),  # a grade, no organisation
        ("Research Intern - Machine Learning | Google", "Research Intern - Machine Learning"),  # a field of work
        ("Web Designer - Remote FT Net Media Group | Studeo", "Web Designer - Remote FT Net Media Group"),
    ):
        assert line_segments(text)[0][0] == first, text
