"""A supervisor named beside the title and set apart from it ("Research Assistant | Supervisor: Dr. Wei Zhang") is no
part of the title; a title that itself ends in "Mentor" keeps it."""

from __future__ import annotations

import pytest

from app.documents.cv_head_line import line_segments
from app.documents.cv_structure import read_outline
from tests.docx_build import named_cv


@pytest.mark.parametrize(
    "line",
    [
        "Research Assistant | Supervisor: Dr. Wei Zhang",
        "Research Assistant, Advisor: Prof. Marco Ferri",
        "Research Assistant\tSupervised by: Dr. Wei Zhang",
    ],
)
def test_a_labelled_supervisor_set_apart_is_no_part_of_the_title(line: str) -> None:
    assert line_segments(line)[0] == ("Research Assistant", False)


def test_a_title_ending_in_mentor_keeps_it() -> None:
    assert line_segments("Peer Mentor: Helped first-year students")[0] == ("Peer Mentor", False)


def test_the_role_under_a_lab_line_has_the_bare_title() -> None:
    cv = named_cv(
        ("Research Experience", "Heading 1"),
        ("Solar and Heliospheric Research Group, University of Michigan\tAnn Arbor, MI, USA", None),
        ("Graduate Student Research Assistant | Advisor: Prof. Marco Ferri\tJanuary 2025–December 2025", None),
        ("Modelled solar wind transients.", "List Bullet"),
    )
    (role,) = read_outline(cv).roles
    assert role.title.value == "Graduate Student Research Assistant"
