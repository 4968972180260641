"""A role line that names only where ("2010 – 2019 Paul Menton Centre at Carleton University:"): a unit named by its
organisation's word, at an organisation, is one employer ("at" is inside the name, not after a post); and when the
one short item under it names a post ("Note Taker for students with disabilities"), that item is the title."""

from __future__ import annotations

import pytest

from app.documents.cv_head_line import line_segments
from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Paul Menton Centre at Carleton University", [("Paul Menton Centre at Carleton University", False)]),
        (
            "Tutor at the Writing Centre at Carleton University",
            [("Tutor", False), ("Writing Centre at Carleton University", True)],
        ),
        ("Research Assistant at Carleton University", [("Research Assistant", False), ("Carleton University", True)]),
    ],
)
def test_a_unit_at_its_organisation_is_one_name(line: str, want: list[tuple[str, bool]]) -> None:
    assert line_segments(line) == want


def _roles(item: str) -> list[tuple[str, str, list[str]]]:
    data = docx_bytes(
        ("Sheldon Marsh", "Title"),
        ("sheldon.marsh@example.org", None),
        ("Experience", "Heading 1"),
        ("2019 – 2023 Software Developer, Northwind Ltd", None),
        ("Wrote the scheduling service and its tests in Python.", "List Bullet"),
        ("2010 – 2019 Paul Menton Centre at Carleton University:", None),
        (item, "List Bullet"),
    )
    return [(r.title.value, r.employer.value, [b.text for b in r.bullets]) for r in read_outline(data).roles]


def test_the_lone_item_naming_a_post_is_the_title() -> None:
    assert _roles("Note Taker for students with disabilities")[1] == (
        "Note Taker for students with disabilities",
        "Paul Menton Centre at Carleton University",
        [],
    )


def test_a_lone_sentence_stays_a_bullet() -> None:
    assert _roles("Took notes in lectures for students with disabilities.")[1] == (
        "",
        "Paul Menton Centre at Carleton University",
        ["Took notes in lectures for students with disabilities."],
    )
