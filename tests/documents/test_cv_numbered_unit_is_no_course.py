"""Found by reading made-up nursing CVs (not from a corpus file): `Staff Nurse, Ward 12, St Mary's Hospital` lost
`Ward 12`, read as a course code between the title and the organisation (as `Teaching Assistant, CSE 130, UCSD`
names one). A course is taught or coded in capitals; a capitalised word and its number under any other post names a
unit of the organisation, and stays in the employer."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import section_cv

INTERESTS = ("Interests", "Hiking in the hills, reading novels about history and cooking for friends on weekends.")
BULLET = "• Cared for up to eight patients a shift on a busy surgical ward."


def _roles(*lines: str) -> list[tuple[str, str, str, str | None, str | None]]:
    out = read_outline(section_cv("Experience", *lines, closing=INTERESTS))
    return [(r.title.value, r.employer.value, r.place.value, r.start.value, r.end.value) for r in out.roles]


def test_a_numbered_ward_before_the_hospital_stays_in_the_employer() -> None:
    assert _roles("Staff Nurse, Ward 12, St Mary's Hospital\t2012 – 2015", BULLET) == [
        ("Staff Nurse", "Ward 12, St Mary's Hospital", "", "2012", "2015")
    ]


def test_a_course_code_under_a_teaching_post_is_still_no_employer() -> None:
    assert _roles("Teaching Assistant, Math 221, Northwind University\t2012 – 2015", BULLET)[0][:2] == (
        "Teaching Assistant",
        "Northwind University",
    )
