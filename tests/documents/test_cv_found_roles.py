"""Roles the reader finds even when it cannot tell their title from their employer."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes


def _cv(line: str) -> bytes:
    return docx_bytes(
        ("Robin Okafor", "Title"),
        ("robin.okafor@example.org", None),
        ("Experience", "Heading 1"),
        (line, None),
        ("2012 – 2015\tSenior Engineer at Contoso Ltd", None),
    )


def test_a_post_on_a_project_that_names_a_role_noun_stays_a_role() -> None:
    roles = read_outline(_cv("2016 – 2019\tSite manager at the Riverside Housing Project")).roles
    assert [(r.start.value, r.end.value) for r in roles] == [("2016", "2019"), ("2012", "2015")]
    assert "Site manager" in roles[0].title.value + roles[0].employer.value


def test_a_project_with_no_title_and_no_role_noun_is_no_post() -> None:
    roles = read_outline(_cv("2016 – 2019\tCapstone project on the Riverside Housing estate")).roles
    assert [(r.start.value, r.end.value) for r in roles] == [("2012", "2015")]


def test_a_current_position_heading_opens_a_role_section_beside_previous_positions() -> None:
    data = docx_bytes(
        ("Dr Robin Okafor", "Title"),
        ("robin.okafor@example.org", None),
        ("Current Position", "Heading 1"),
        ("Associate Professor, Northwind University\t2019 – present", None),
        ("Previous Positions", "Heading 1"),
        ("Assistant Professor, Contoso University\t2012 – 2019", None),
        ("Education", "Heading 1"),
        ("PhD Economics, Contoso University, 2010", None),
    )
    roles = read_outline(data).roles
    assert [(r.title.value, r.start.value, r.end.value) for r in roles] == [
        ("Associate Professor", "2019", "present"),
        ("Assistant Professor", "2012", "2019"),
    ]
