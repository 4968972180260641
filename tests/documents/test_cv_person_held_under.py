"""The person a post was held under, on a line of its own ("Professor Jane Okoro", "Dr. Wei Zhang") where the
employer or the title would stand, is neither: the line past the person's names the organisation, or the title.
A symbol set before a name as an icon ("␣ Northwind Institute") is no part of it."""

from __future__ import annotations

import docx

from app.documents.cv_structure import read_outline
from tests.docx_build import saved


def test_a_supervisor_under_the_title_is_not_the_employer() -> None:
    d = docx.Document()
    d.add_paragraph("Corey Lin", style="Title")
    d.add_paragraph("corey.lin@example.org")
    d.add_paragraph("Research", style="Heading 1")
    rows = [
        ("2018-", "Graduate Research Assistant", ["Northwind Climate Lab"]),
        ("2020", "Summer Intern", ["Dr. Maria Stone", "Ames Research Center"]),
        ("2017-18", "Graduate Research Fellow", ["Professor Jane Okoro", "Byrd Polar Research Center"]),
    ]
    table = d.add_table(rows=0, cols=2)
    for year, title, under in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = year, title
        for text in under:
            table.add_row().cells[1].text = text
    roles = read_outline(saved(d)).roles
    assert [(r.title.value, r.employer.value) for r in roles] == [
        ("Graduate Research Assistant", "Northwind Climate Lab"),
        ("Summer Intern", "Ames Research Center"),
        ("Graduate Research Fellow", "Byrd Polar Research Center"),
    ]


def test_a_supervisor_beside_the_title_and_an_icon_before_the_employer_are_no_fields() -> None:
    d = docx.Document()
    d.add_paragraph("Ana Ruiz", style="Title")
    d.add_paragraph("ana.ruiz@example.org")
    d.add_paragraph("Research and Work Experience", style="Heading 1")
    for title, person, employer, dates in [
        (
            "Research Intern in Medical Imaging",
            "Dr. Wei Zhang",
            "␣ Northwind Institute, Boston, MA",
            "Jun 2023–Aug 2023",
        ),
        ("Research Intern in Protein Design", "Dr. Lena Park", "Globex Biolabs, Austin, TX", "May 2022–Dec 2022"),
    ]:
        table = d.add_table(rows=1, cols=2)
        table.rows[0].cells[0].paragraphs[0].add_run(title).bold = True
        table.rows[0].cells[0].add_paragraph("␣")  # an icon under the title, as a template draws it
        table.rows[0].cells[1].paragraphs[0].add_run(person).bold = True
        table.add_row().cells[0].text = f"{employer}\t{dates}"
        d.add_paragraph("Built a segmentation model for the lab's scans and wrote up the results.")
    roles = read_outline(saved(d)).roles
    assert [(r.title.value, r.employer.value) for r in roles] == [
        ("Research Intern in Medical Imaging", "Northwind Institute"),
        ("Research Intern in Protein Design", "Globex Biolabs"),
    ]


def test_a_mentor_line_under_the_role_is_no_title() -> None:
    d = docx.Document()
    d.add_paragraph("Maya Chen", style="Title")
    d.add_paragraph("maya.chen@example.org")
    d.add_paragraph("RESEARCH EXPERIENCE", style="Heading 1")
    table = d.add_table(rows=0, cols=1)
    for head, unit, note in [
        (
            "Graduate Student Researcher, University of Michigan\tSep. 2021 – Present",
            "ABC Imaging Center",
            "Mentors: Jane Smith, PhD and John Roe, PhD",
        ),
        (
            "Research Assistant, Northwind Hospital\tFeb 2018 – Jul 2021",
            "Anxiety Clinic (DACN)",
            "Mentor: Alan Poe, MD, PhD",
        ),
        (
            "Clinical Research Coordinator, Globex Medical Center\tOct. 2017 – Aug. 2018",
            "Sleep Lab (SLM)",
            "Mentor: Rita Hale, PhD",
        ),
    ]:
        table.add_row().cells[0].text = head
        cell = table.add_row().cells[0]
        cell.text = unit
        cell.add_paragraph(note)
    roles = read_outline(saved(d)).roles
    assert [r.title.value for r in roles] == [
        "Graduate Student Researcher",
        "Research Assistant",
        "Clinical Research Coordinator",
    ]


def test_a_post_named_after_professor_stays_the_title() -> None:
    d = docx.Document()
    d.add_paragraph("Corey Lin", style="Title")
    d.add_paragraph("corey.lin@example.org")
    d.add_paragraph("Appointments", style="Heading 1")
    for title, employer, dates in [
        ("Professor Emeritus", "Northwind University", "2019 – Present"),
        ("Professor", "Northwind University", "2001 – 2019"),
    ]:
        d.add_paragraph(f"{title}\t{dates}")
        d.add_paragraph(employer)
        d.add_paragraph("Taught the graduate seminar in climate dynamics and led the department's hiring.")
    roles = read_outline(saved(d)).roles
    assert [r.title.value for r in roles] == ["Professor Emeritus", "Professor"]
