"""An experience section with no dates whose entries are "Title – Organisation" lines over their bullets, one of
them a post held on the seeker's own account with no organisation ("Freelance Graphic Designer"): every entry is an
undated role, the own-account one with no employer; and a title with an aside in brackets runs on into its
employer's name with no separator ("Security Researcher (Bug Bounty) HackerOne")."""

from __future__ import annotations

import pytest

from app.documents.cv_head_line import _split_run_on
from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes


def _roles(first: str, second: str) -> list[tuple[str, str]]:
    data = docx_bytes(
        ("Alhassan Mahama", "Title"),
        ("Accra, Ghana", None),
        ("Email: alhassan.mahama@example.org", None),
        ("EXPERIENCE", "Heading 1"),
        (first, None),
        ("Identified and reported web application vulnerabilities", "List Bullet"),
        ("Participated in ethical hacking programs", "List Bullet"),
        (second, None),
        ("Operated professional camera equipment during live events", "List Bullet"),
        ("Assisted in video production and broadcasting", "List Bullet"),
        ("Freelance Graphic Designer", None),
        ("Designed digital posters and branding materials for clients", "List Bullet"),
        ("PROJECTS", "Heading 1"),
        ("Portfolio Website", None),
    )
    return [(r.title.value, r.employer.value) for r in read_outline(data).roles]


def test_title_organisation_lines_and_an_own_account_post_are_undated_roles() -> None:
    assert _roles("Security Researcher – HackerOne", "Media Assistant – Rahma TV Network") == [
        ("Security Researcher", "HackerOne"),
        ("Media Assistant", "Rahma TV Network"),
        ("Freelance Graphic Designer", ""),
    ]


def test_a_bracketed_aside_ends_the_title_before_the_employers_name() -> None:
    assert _roles("Security Researcher (Bug Bounty) HackerOne", "Media Assistant – Rahma TV Network")[0] == (
        "Security Researcher (Bug Bounty)",
        "HackerOne",
    )


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Data Scientist (Contract) Acme Corp", ("Data Scientist (Contract)", "Acme Corp")),
        ("Research Assistant (Volunteer)", ("", "")),
    ],
)
def test_run_on_split_after_a_bracketed_aside(text: str, want: tuple[str, str]) -> None:
    assert _split_run_on(text) == want


def test_one_own_account_line_alone_is_no_section_of_roles() -> None:
    data = docx_bytes(
        ("Alhassan Mahama", "Title"),
        ("Email: alhassan.mahama@example.org", None),
        ("EXPERIENCE", "Heading 1"),
        ("Freelance Graphic Designer", None),
        ("Designed digital posters and branding materials for clients", "List Bullet"),
        ("Python, Django", None),
        ("Built small web applications for local shops and schools", "List Bullet"),
    )
    assert ("Python", "Django") not in [(r.title.value, r.employer.value) for r in read_outline(data).roles]
