"""A role line "Post, Unit, dates" whose unit is named after the people it serves ("Graduate Student Writing Center",
"Graduate Student Association"): the unit has a post's words in it, but it is named by an organisation's word, so the
part that is a post without one ("Writing Tutor") is the title and the unit is the employer."""

from __future__ import annotations

import pytest

from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes


def _role(line: str) -> tuple[str, str]:
    data = docx_bytes(
        ("Ann Lee", "Title"),
        ("ann.lee@example.org", None),
        ("Experience", "Heading 1"),
        (line, None),
        ("Helped students write their theses and papers in weekly sessions.", "List Bullet"),
        ("Ran workshops on academic writing for graduate students each term.", "List Bullet"),
    )
    (role,) = read_outline(data).roles
    return role.title.value, role.employer.value


@pytest.mark.parametrize(
    ("line", "want"),
    [
        (
            "Writing Tutor, Graduate Student Writing Center, 2017 – 2018",
            ("Writing Tutor", "Graduate Student Writing Center"),
        ),
        ("Peer Mentor, Graduate Student Association, 2017 – 2018", ("Peer Mentor", "Graduate Student Association")),
        (
            "Writing Tutor, Graduate Student Writing Center, Texas Tech University, 2017 – 2018",
            ("Writing Tutor", "Graduate Student Writing Center, Texas Tech University"),
        ),
    ],
)
def test_the_post_without_an_organisations_word_is_the_title(line: str, want: tuple[str, str]) -> None:
    assert _role(line) == want


def test_a_post_named_after_its_unit_still_reads_as_the_title_beside_the_employer() -> None:
    assert _role("Graduate Student Researcher, Acme Corp, 2017 – 2018") == ("Graduate Student Researcher", "Acme Corp")
