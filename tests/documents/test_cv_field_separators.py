"""A role line laid out with field separators (tabs, pipes): a dash inside a field is part of a name, unless what
follows it is a place."""

from __future__ import annotations

import pytest

from app.documents.cv_outline import RoleOutline
from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes


def _role(line: str) -> RoleOutline:
    outline = read_outline(
        docx_bytes(
            ("Kai Lindqvist", "Title"),
            ("kai.lindqvist@example.org", None),
            ("Experience", "Heading 1"),
            (line, None),
            ("Built the reporting pipeline used by every team.", "List Bullet"),
            ("Education", "Heading 1"),
            ("BSc Computer Science, University of Leeds, 2016", None),
        )
    )
    assert len(outline.roles) == 1
    return outline.roles[0]


@pytest.mark.parametrize(
    ("line", "title", "employer"),
    [
        (
            "Secretario General | Asociación Tamrabet - Chefchaouen | 10/2019 – 10/2025",
            "Secretario General",
            "Asociación Tamrabet - Chefchaouen",
        ),
        (
            "Protocol Engineer\tThe Linux Foundation - Hyperledger Besu\t06.2023 – 11.2023",
            "Protocol Engineer",
            "The Linux Foundation - Hyperledger Besu",
        ),
    ],
)
def test_a_dash_inside_a_field_between_separators_is_part_of_the_name(line: str, title: str, employer: str) -> None:
    role = _role(line)
    assert (role.title.value, role.employer.value) == (title, employer)


def test_a_place_after_a_dash_inside_a_field_is_the_place() -> None:
    role = _role("Client Support Specialist | Click Dimensions - Dunwoody, GA | 06/2015 – 06/2018")
    assert (role.title.value, role.employer.value, role.place.value) == (
        "Client Support Specialist",
        "Click Dimensions",
        "Dunwoody, GA",
    )


def test_a_line_with_no_field_separator_still_splits_at_its_dash() -> None:
    role = _role("Software Engineer – Northwind Ltd, Jan 2019 – Present")
    assert (role.title.value, role.employer.value) == ("Software Engineer", "Northwind Ltd")


def test_a_department_before_its_university_stays_in_the_employer_after_a_teaching_title() -> None:
    """A teaching title's first comma part may be the subject taught; "Department of ..." is a unit, not a subject."""
    role = _role("Lecturer\tDepartment of Physics, University of Leeds\t2019 – Present")
    assert role.employer.value == "Department of Physics, University of Leeds"
