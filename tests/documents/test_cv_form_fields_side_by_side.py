"""A form's labelled fields set side by side with tabs ("Company:     Infosys Limited<TAB><TAB>Period: July 2015 to
present", as Indian IT-services CVs write them) are the form's lines, one field each; a line holding anything
unlabelled beside a label (a contact line: "Email id:<TAB>…<TAB>Role Designation: Lead") stays whole."""

from __future__ import annotations

import docx

from app.documents.cv_outline import CvOutline
from app.documents.cv_structure import read_outline
from tests.docx_build import saved


def _outline(rows: list[str]) -> CvOutline:
    d = docx.Document()
    d.add_paragraph("Arjun Mehta Kulkarni")
    d.add_paragraph("Contact No:\t+91 98450 12345\t\t\tCurrent Location:\tPune")
    d.add_paragraph("Email id:\tarjun.kulkarni@example.org\t\t\tRole Designation: Technology Lead")
    d.add_paragraph("Work Experience", style="Heading 1")
    for row in rows:
        d.add_paragraph(row)
        d.add_paragraph("Administered the Hadoop clusters of the client's data lake.", style="List Bullet")
    d.add_paragraph("Education", style="Heading 1")
    d.add_paragraph("B.Tech Computer Science, Pune University, 2009")
    return read_outline(saved(d))


def test_labelled_fields_side_by_side_are_read_as_one_role() -> None:
    out = _outline(
        [
            "Company:     Northwind Infotech Limited\t\t\t\tPeriod: July 2015 to present",
            "Company:     Globex Consulting Services\t\tPeriod: September 2013 to June 2015",
        ]
    )
    got = [(r.employer.value, r.start.value, r.end.value) for r in out.roles]
    assert got == [
        ("Northwind Infotech Limited", "2015-07", "present"),
        ("Globex Consulting Services", "2013-09", "2015-06"),
    ]


def test_a_contact_line_with_one_label_among_values_stays_whole() -> None:
    out = _outline(["Company:     Northwind Infotech Limited\t\t\t\tPeriod: July 2015 to present"])
    assert out.contact.emails == ["arjun.kulkarni@example.org"]
    assert [r.employer.value for r in out.roles] == ["Northwind Infotech Limited"]
