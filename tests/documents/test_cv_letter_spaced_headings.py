"""Headings written letter by letter ("E D U C A T I O N", "R E S E A R C H    E X P E R I E N C E", as some
templates space their capitals) are headings: their word count is that of the words they spell, not of their
letters (from a round-38 tune file whose sections were all read as the top of the CV)."""

from __future__ import annotations

from app.documents.cv_lines import read_lines
from app.documents.cv_structure import read_outline, read_sections
from app.documents.package import DocxPackage
from tests.docx_build import bold_or_plain


def _cv() -> bytes:
    return bold_or_plain(
        ("Jordan Ferreira", True),
        ("jordan.ferreira@example.org", False),
        ("E D U C A T I O N", True),
        ("Columbia University: Master of Science in Computer Science, Jan 2017 – May 2018", False),
        ("R E S E A R C H    E X P E R I E N C E", True),
        ("Research Intern, Columbia University\tMay 2017 – Present", False),
        ("Tested policy gradient algorithms with proximity metrics.", False),
        ("S K I L L S", True),
        ("Python, Java, TensorFlow", False),
    )


def test_letter_spaced_headings_head_their_sections() -> None:
    sections, _ = read_sections(read_lines(DocxPackage(_cv())))
    assert [(s.kind, s.title) for s in sections[1:]] == [
        ("education", "EDUCATION"),
        ("experience", "RESEARCH EXPERIENCE"),
        ("skills", "SKILLS"),
    ]


def test_the_role_under_a_letter_spaced_heading_is_read() -> None:
    roles = read_outline(_cv()).roles
    assert [(r.title.value, r.employer.value, r.start.value) for r in roles] == [
        ("Research Intern", "Columbia University", "2017-05")
    ]
