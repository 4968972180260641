"""A role's head line in a list's dress, even a nested one, whose dates stand in a tab column of their own at the
end ("The Louis Berger Group (Development Lead, Resigned for lack of adoption of current tech)<TAB>6/2012 to
12/2012", as a converted two-column table leaves it) is a role's head, however long its notes; a bullet of that
length with its dates inside the sentence stays a bullet."""

from __future__ import annotations

import docx

from app.documents.cv_structure import read_outline
from tests.docx_build import saved


def _roles(middle: str) -> list[tuple[str, str, str, str]]:
    d = docx.Document()
    d.add_paragraph("Rene Marlowe")
    d.add_paragraph("Wanaque, NJ – rene.marlowe@example.org – (574) 555-0149")
    d.add_paragraph("Experience", style="Heading 1")
    d.add_paragraph("Universal Printing Company (One year contract, On-site)\t2/2013 to 2/2014")
    d.add_paragraph("Object oriented PHP development on internal control systems", style="List Bullet")
    d.add_paragraph(middle, style="List Bullet 2")
    d.add_paragraph("Led a team of three developers and a part-time graphic designer", style="List Bullet")
    d.add_paragraph("Tri-Power Consulting Services, LLC (Contract, Development Lead)\t10/2010 to 5/2012")
    d.add_paragraph("Developed the website and back-end database for job placement", style="List Bullet")
    d.add_paragraph("Education", style="Heading 1")
    d.add_paragraph("New Jersey Institute of Technology, 1997")
    return [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in read_outline(saved(d)).roles]


def test_a_long_role_line_in_a_nested_list_with_tabbed_dates_is_a_role() -> None:
    line = "The Louis Berger Group (Development Lead, Resigned for lack of adoption of current tech)\t6/2012 to 12/2012"
    roles = _roles(line)
    assert ("2012-06", "2012-12") in [(r[2], r[3]) for r in roles]
    assert len(roles) == 3


def test_a_long_bullet_with_its_dates_inside_stays_a_bullet() -> None:
    line = "Moved the invoice system from 6/2012 to 12/2012 onto the new framework with the two junior developers"
    roles = _roles(line)
    assert [(r[2], r[3]) for r in roles] == [("2013-02", "2014-02"), ("2010-10", "2012-05")]
