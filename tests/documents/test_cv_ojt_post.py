""" "OJT" (on-the-job trainee) names a post as "Trainee" does: "OJT (Terndy J)-2020(May -July)" beside "Operation And
Maintenances Engineer (Global Net) -2021( June to November)" is the post, then its employer in brackets (from a tune
file of the corpus, a Myanmar telecom engineer; it was read the other way round)."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes


def test_ojt_in_front_of_its_employer_in_brackets_is_the_title() -> None:
    data = docx_bytes(
        ("Sasha Lindqvist", "Title"),
        ("sasha.lindqvist@example.org", None),
        ("Work Experience", "Heading 1"),
        ("Operation And Maintenances Engineer (Global Net) -2021( June to November)", None),
        ("Maintained the base stations of the region.", "List Bullet"),
        ("OJT (Terndy J)-2020(May -July)", None),
        ("Assisted the site engineers.", "List Bullet"),
    )
    roles = [(r.title.value, r.employer.value) for r in read_outline(data).roles]
    assert roles == [("Operation And Maintenances Engineer", "Global Net"), ("OJT", "Terndy J")]
