"""A role's "Projects" part in a deeper heading style (Heading 4 under "PROFESSIONAL EXPERIENCE" in Heading 1) holds
no roles; the next dated line dressed as the section's own role head lines ("IT Analyst (Dec 2014 – Apr 2017)" in
Heading 2, as the roles above it are) opens the next role, it is no project (from a tune file of the corpus, a
Mumbai IT manager's CV whose third role was read as one of the second role's projects)."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes


def _cv(next_head_style: str) -> bytes:
    return docx_bytes(
        ("Rene Okafor", "Title"),
        ("PROFESSIONAL EXPERIENCE", "Heading 1"),
        ("Assistant Vice President (May 2017 – Jan 2023)", "Heading 2"),
        ("JP Morgan Chase & Co., Mumbai, IN", None),
        ("Wrote complex Oracle queries for regulatory systems.", "List Bullet"),
        ("Projects", "Heading 4"),
        ("Prime Brokerage Staging Database (May 2017 – Mar 2021)", "List Bullet"),
        ("Margin Calc For Market and Agency Business (May 2019 – Mar 2021)", "List Bullet"),
        ("IT Analyst (Dec 2014 – Apr 2017)", next_head_style),
        ("Tata Consultancy Services Pvt. Ltd., Mumbai, IN", None),
        ("Tuned Oracle SQL for performance.", "List Bullet"),
        ("EDUCATION", "Heading 1"),
        ("B.E., Atharva College of Engineering, Mumbai", None),
    )


def test_a_dated_line_dressed_as_the_role_heads_ends_the_projects_part() -> None:
    roles = read_outline(_cv("Heading 2")).roles
    assert [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in roles] == [
        ("Assistant Vice President", "JP Morgan Chase & Co.", "2017-05", "2023-01"),
        ("IT Analyst", "Tata Consultancy Services Pvt. Ltd.", "2014-12", "2017-04"),
    ]


def test_a_dated_line_dressed_as_the_projects_stays_in_the_part() -> None:
    roles = read_outline(_cv("List Bullet")).roles
    assert [r.title.value for r in roles] == ["Assistant Vice President"]
