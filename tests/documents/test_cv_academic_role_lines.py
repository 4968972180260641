"""Academic CVs' role lines: a grade after the title ("Research Scientist II"), a range's end cut onto the next line
("…, 2019" / "-2021"), a role line cut after a small word ("…, National Center for" / "Atmospheric Research, 2018"),
an assistant's supervisor after "to" ("Research Assistant to Dr. Jaffee"), and a joint appointment's two titles over
the department and university under the name."""

from __future__ import annotations

import docx

from app.documents.cv_structure import read_outline
from tests.docx_build import saved


def _cv(*lines: str, top: tuple[str, ...] = ()) -> bytes:
    d = docx.Document()
    d.add_paragraph("Avery Holloway", style="Title")
    for line in top:
        d.add_paragraph(line)
    d.add_paragraph("avery.holloway@example.org")
    d.add_paragraph("Professional Appointments", style="Heading 1")
    for line in lines:
        d.add_paragraph(line)
    return saved(d)


def _roles(data: bytes) -> list[tuple[str, str, str, str]]:
    return [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in read_outline(data).roles]


def test_grades_cut_ranges_and_cut_role_lines_are_read_whole() -> None:
    got = _roles(
        _cv(
            "Research Scientist II, Department of Atmospheric Science, Colorado State University, 2022-2023",
            "Postdoctoral Research Fellow, Department of Atmospheric Science, Colorado State University, 2019",
            "-2021",
            "Graduate Student Visitor, Mesoscale and Microscale Meteorology Laboratory, National Center for",
            "Atmospheric Research, 2018",
            "Undergraduate Research Assistant, Department of Atmospheric Science, University of Washington,",
            "2011-2012",
        )
    )
    dept = "Department of Atmospheric Science"
    assert got == [
        ("Research Scientist II", f"{dept}, Colorado State University", "2022", "2023"),
        ("Postdoctoral Research Fellow", f"{dept}, Colorado State University", "2019", "2021"),
        (
            "Graduate Student Visitor",
            "Mesoscale and Microscale Meteorology Laboratory, National Center for Atmospheric Research",
            "2018",
            "2018",
        ),
        ("Undergraduate Research Assistant", f"{dept}, University of Washington", "2011", "2012"),
    ]


def test_the_supervisor_after_to_is_no_part_of_the_title() -> None:
    got = _roles(_cv("2012-2013\tResearch Assistant to Dr. Daniel Jaffee, Washington State University"))
    assert got == [("Research Assistant", "Washington State University", "2012", "2013")]


def test_a_joint_appointments_two_titles_over_its_department_are_the_post_held_now() -> None:
    top = (
        "Assistant Professor of Sociology",
        "Assistant Professor of Public Policy Studies",
        "Department of Sociology",
        "Vanderbilt University",
    )
    got = _roles(_cv("2013-2018\tGraduate Teaching Fellow, University of Oregon", top=top))
    assert got[0][:2] == ("Assistant Professor of Sociology", "Department of Sociology, Vanderbilt University")
    assert got[1] == ("Graduate Teaching Fellow", "University of Oregon", "2013", "2018")


def test_an_organisation_with_its_initials_then_the_post_parts_there() -> None:
    """ "Society of Women Engineers (SWE) Vice President": the brackets hold the initials of the words before them,
    so the post follows."""
    got = _roles(
        _cv(
            "Society of Women Engineers (SWE) Vice President (August 2018 – May 2019)",
            "Introduction to an Honors University (IHU) Peer Facilitator (August 2017 – May 2018)",
        )
    )
    assert [(t, e) for t, e, _, _ in got] == [
        ("Vice President", "Society of Women Engineers (SWE)"),
        ("Peer Facilitator", "Introduction to an Honors University (IHU)"),
    ]


def test_a_supervisors_line_under_a_role_names_no_field_of_it() -> None:
    got = _roles(
        _cv(
            "Research Project Coordinator\t\t\t2018 - 2021",
            "Longitudinal Research Program in Late-Life Suicide",
            "University of Pittsburgh Medical Center, Pittsburgh, PA",
            "Supervisors: Katalin Szanto, M.D., Alexandre Dombrovski, M.D., & Polina Vanyukov, Ph.D.",
        )
    )
    assert got[0][0] == "Research Project Coordinator"
    assert "Szanto" not in got[0][1]


def test_one_title_over_two_sites_lines_is_a_role_at_each_site() -> None:
    """ "Student Clinician" over two lines, each a site and its dates: the title is each site's."""
    got = _roles(
        _cv(
            "Student Clinician",
            "Psychological Services Center, Baton Rouge, LA\t\t\t2023 - 2025",
            "Center for Behavioral Health, Hattiesburg, MS\t\t\t2021 - 2023",
        )
    )
    assert got == [
        ("Student Clinician", "Psychological Services Center", "2023", "2025"),
        ("Student Clinician", "Center for Behavioral Health", "2021", "2023"),
    ]


def test_a_title_and_named_organisation_over_its_unit_and_dates() -> None:
    """ "Software Engineering Intern, Qualcomm Technologies Inc." over "Extended Reality (XR) Systems<TAB>dates": the
    organisation named on the title's line is the employer, its unit with it, not the unit alone."""
    got = _roles(
        _cv(
            "Software Engineering Intern, Qualcomm Technologies Inc.",
            "Extended Reality (XR) Systems\tMay 2019 – September 2019",
        )
    )
    assert got == [
        (
            "Software Engineering Intern",
            "Qualcomm Technologies Inc., Extended Reality (XR) Systems",
            "2019-05",
            "2019-09",
        )
    ]
