"""A post written with where it was held ("Excavation assistant with the Sagalassos Project (KU Leuven)") keeps the
brackets with that organisation, as what it belongs to, instead of reading them as the employer and the post with
its organisation as the title; the sentence's lower-case "the" is no part of the organisation's name ("The Linux
Foundation" keeps its own)."""

from __future__ import annotations

import pytest

from app.documents.cv_structure import read_outline
from tests.docx_build import role_cv


@pytest.mark.parametrize(
    ("line", "title", "employer"),
    [
        (
            "2014-2015\tExcavation assistant with the Troy Project (Ghent University)",
            "Excavation assistant",
            "Troy Project (Ghent University)",
        ),
        ("2016-2018\tSecretary of the Society of Physics Students", "Secretary", "Society of Physics Students"),
        ("2019-2020\tEngineer with The Linux Foundation", "Engineer", "The Linux Foundation"),
    ],
)
def test_a_post_with_its_organisation_and_what_that_belongs_to(line: str, title: str, employer: str) -> None:
    (role,) = read_outline(role_cv(line)).roles
    assert (role.title.value, role.employer.value) == (title, employer)
