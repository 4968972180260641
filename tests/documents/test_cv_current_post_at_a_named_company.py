"""The post named under the seeker's name, over a company's bare name right above the contacts line ("Clinical Data
Science Intern" / "AstraZeneca" / "+1 202 555 0133 | toni@example.org"), is the seeker's current post at that
company, though the name holds no organisation's word; a street address there ("100 Example Hall") names none."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes

BODY = (
    ("WORK EXPERIENCE", "Heading 1"),
    ("Teaching Assistant, University of Toronto\t01/2023 – 12/2023", None),
    ("Taught weekly machine-learning tutorials and graded assignments and exams.", "List Bullet"),
    ("EDUCATION", "Heading 1"),
    ("Honours Bachelor of Science, Computer Science, University of Toronto, 2024", None),
)


def _roles(under_name: list[str]) -> list[tuple[str, str, str]]:
    top = [("Toni Novak", "Title"), *((t, None) for t in under_name), ("+1 202 555 0133 | toni@example.org", None)]
    return [(r.title.value, r.employer.value, r.start.value) for r in read_outline(docx_bytes(*top, *BODY)).roles]


def test_a_post_over_a_companys_name_over_the_contacts_is_the_current_post() -> None:
    assert _roles(["Clinical Data Science Intern", "AstraZeneca"]) == [
        ("Clinical Data Science Intern", "AstraZeneca", ""),
        ("Teaching Assistant", "University of Toronto", "2023-01"),
    ]


def test_a_street_address_under_the_post_is_no_employer() -> None:
    assert _roles(["Clinical Data Science Intern", "100 Example Hall"]) == [
        ("Teaching Assistant", "University of Toronto", "2023-01")
    ]
