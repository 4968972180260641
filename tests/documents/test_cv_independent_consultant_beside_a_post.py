""" "AI Systems Architect | Independent Consultant" over "Mar 2025 - Present | Bangalore, India" (a round-37 tune
file): working for oneself, written where the employer stands, was joined to the post as one title ("Consultant"
names a post too). Like "Freelance" and "Self-employed", it says how the post was held."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from app.documents.cv_vocab import own_account
from tests.docx_build import docx_bytes


def _roles(first_line: str) -> list[tuple[str, str, str]]:
    data = docx_bytes(
        ("Kiran Rao", "Title"),
        ("kiran.rao@example.org", None),
        ("Professional Experience", "Heading 2"),
        (first_line, None),
        ("Mar 2025 - Present | Bangalore, India", None),
        ("Designed retrieval pipelines for three clients.", "List Bullet"),
        ("Senior Engineer | Infosys", None),
        ("Jan 2020 - Feb 2025 | Pune, India", None),
        ("Built the billing service.", "List Bullet"),
    )
    return [(r.title.value, r.employer.value, r.place.value) for r in read_outline(data).roles]


def test_independent_consultant_beside_a_post_stands_where_the_employer_does() -> None:
    for own in ("Independent Consultant", "Independent Contractor", "Freelance"):
        assert _roles(f"AI Systems Architect | {own}")[0] == ("AI Systems Architect", own, "Bangalore, India"), own
        assert own_account(own)


def test_two_posts_parted_by_a_pipe_are_still_one_title() -> None:
    assert _roles("Art Lead | Pixel Artist")[0][0] == "Art Lead | Pixel Artist"
