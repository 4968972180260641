"""A role written "Employer ↵ dates ↵ Post" in 12 pt, then its client projects each headed in bold 10 pt: past the
first line under the dates, a line in smaller letters than the whole head so far heads a part of the role, no field
of its head. From a round-39 tune file, a São Paulo Magento developer whose first project was read as his
employer. The first line under an "Employer ⇥ dates" line may be the post in smaller letters and stays in the head."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import bold_or_plain_sized


def test_a_smaller_project_heading_under_the_post_is_no_employer() -> None:
    data = bold_or_plain_sized(
        ("Jordan Kowalski", True, 22),
        ("jordan.kowalski@example.org", False, 12),
        ("EXPERIENCE", False, 16),
        ("WebJump", True, 12),
        ("Current", False, 12),
        ("Magento Developer", False, 12),
        ("Ambev-Ontime Project", True, 10),
        ("Delivered an e-commerce solution on the Magento 1 platform for a brewer's distributors.", False, 10),
        ("Bradesco Odontoprev Project", True, 10),
        ("Designed and developed an e-commerce platform in Magento for the whole of Brazil.", False, 10),
        ("EDUCATION", False, 16),
        ("Anhembi Morumbi University", True, 12),
    )
    roles = [(r.title.value, r.employer.value, r.end.value) for r in read_outline(data).roles]
    assert roles == [("Magento Developer", "WebJump", "present")]


def test_a_smaller_post_right_under_the_employers_dates_line_is_the_post() -> None:
    data = bold_or_plain_sized(
        ("Sezgin Ildes", True, 16),
        ("sezgin.ildes@example.org", False, 11),
        ("EXPERIENCE", True, 12),
        ("Miuul\tApr 2021 – Mar 2023", False, 11),
        ("Human Resources Generalist & Career Counselor", True, 10),
        ("Ran the hiring of forty trainers and counselled two hundred students a year.", False, 10),
    )
    roles = [(r.title.value, r.employer.value, r.start.value) for r in read_outline(data).roles]
    assert roles == [("Human Resources Generalist & Career Counselor", "Miuul", "2021-04")]
