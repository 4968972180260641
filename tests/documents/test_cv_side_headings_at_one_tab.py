"""Headings written in a left column one tab from the text ("Experience<TAB>UT Austin Department of Computer
Science<TAB>Austin, TX" over "<TAB>Computer Science Tutor<TAB>09/2015 - present"): the text under the heading opens
with a tab, so the heading is a side heading; and once a CV writes a heading so, its other side headings
("Technical Skills<TAB>- Proficient in Java") open their sections too, whatever stands under them. A label with
one tab after it and nothing indented under it ("Skills<TAB>Java") stays as written."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes


def _cv(*lines: tuple[str, str | None]) -> bytes:
    return docx_bytes(
        ("Toni Marlowe", "Title"),
        ("toni.marlowe@example.org", None),
        ("Education\tBachelor of Science, Computer Science, May 2018", None),
        ("\tThe University of Texas at Austin", None),
        *lines,
    )


def test_side_headings_one_tab_from_indented_text_open_sections() -> None:
    data = _cv(
        ("Experience\tUT Austin Department of Computer Science\t\tAustin, TX", None),
        ("\tComputer Science Tutor\t\t09/2015 - present", None),
        ("Teach Java to computer science students in group sessions.", "List Bullet"),
        ("Technical Skills\t- Proficient in Java programming", None),
        ("Android App Development", "List Bullet"),
        ("Git/GitHub", "List Bullet"),
    )
    out = read_outline(data)
    assert [(r.title.value, r.employer.value, r.start.value) for r in out.roles] == [
        ("Computer Science Tutor", "UT Austin Department of Computer Science", "2015-09")
    ]
    assert [b.text for b in out.roles[0].bullets] == ["Teach Java to computer science students in group sessions."]
    assert "Git/GitHub" in out.skills
