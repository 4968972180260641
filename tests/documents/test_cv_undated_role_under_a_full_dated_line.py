"""Under a dated line that names its own post and employer ("Front End Developer, Gong.io<TAB>Apr 2019 – Present"),
a post and an organisation dressed as that line (one bold "Title, Organisation" line, or a bold post over its
organisation's line) are a role of its own written without dates, not more of the dated role's head; one dated role
vouches for such a line only when it is dressed exactly as the dated line. A legal form's full stop ("Battery Low
Interactive Ltd.") does not make the line a sentence. A role's line cut after "on" ("… Conference on" over
"Mesoscale Processes Program Committee, 2023") is one line."""

from __future__ import annotations

import docx

from app.documents.cv_structure import read_outline
from tests.docx_build import saved, section_cv


def _roles(*paragraphs: tuple[str, bool, str | None]) -> list[tuple[str, str, str, str]]:
    """A CV whose "PROFESSIONAL EXPERIENCE" holds these (text, bold, style) paragraphs, then its education."""
    d = docx.Document()
    d.add_paragraph("Sasha Marlowe", style="Title")
    d.add_paragraph("sasha.marlowe@example.org")
    d.add_paragraph().add_run("PROFESSIONAL EXPERIENCE").bold = True
    for text, bold, style in paragraphs:
        d.add_paragraph(style=style).add_run(text).bold = bold or None
    d.add_paragraph().add_run("EDUCATION").bold = True
    d.add_paragraph("BSc Computer Science, Tel Aviv University, 2018")
    return [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in read_outline(saved(d)).roles]


def test_a_bold_title_and_organisation_line_after_a_lone_dated_role_is_a_role() -> None:
    got = _roles(
        ("Front End Developer, Gong.io\tApr 2019 – Present", True, None),
        ("Built the dashboard in React", False, "List Bullet"),
        ("Full Stack Developer, NGSoft", True, None),
        ("Wrote the billing service in C#", False, "List Bullet"),
        ("Kept the jQuery front end alive", False, "List Bullet"),
    )
    assert got == [
        ("Front End Developer", "Gong.io", "2019-04", "present"),
        ("Full Stack Developer", "NGSoft", "", ""),
    ]


def test_the_line_is_no_role_when_dressed_otherwise_than_the_lone_dated_line() -> None:
    got = _roles(
        ("Front End Developer, Gong.io\tApr 2019 – Present", True, None),
        ("Built the dashboard in React", False, "List Bullet"),
        ("Full Stack Developer, NGSoft", False, None),
        ("Wrote the billing service in C#", False, "List Bullet"),
    )
    assert [g[:2] for g in got] == [("Front End Developer", "Gong.io")]


def test_a_legal_forms_full_stop_does_not_end_the_line_as_a_sentence() -> None:
    got = _roles(
        ("Lecturer of Computer Science, United International University\tJuly 2023 – August 2023", True, None),
        ("Theory of Computing", False, "List Bullet"),
        ("Game Developer Intern, Battery Low Interactive Ltd.", True, None),
        ("Built levels in Unity with C#", False, "List Bullet"),
    )
    assert got[1] == ("Game Developer Intern", "Battery Low Interactive Ltd", "", "")


def test_a_bold_post_over_its_organisation_under_a_full_dated_line_is_a_role() -> None:
    got = _roles(
        ("Researcher & Senior Lecturer, National University of Uzbekistan\t01.2025 – current", True, None),
        ("Senior Lecturer", True, None),
        ("Tashkent State Transport University", False, None),
        ("Senior Lecturer, Tashkent University of Social Innovations\t01.2023 – 01.2024", True, None),
    )
    assert got == [
        ("Researcher & Senior Lecturer", "National University of Uzbekistan", "2025-01", "present"),
        ("Senior Lecturer", "Tashkent State Transport University", "", ""),
        ("Senior Lecturer", "Tashkent University of Social Innovations", "2023-01", "2024-01"),
    ]


def test_an_italic_unit_under_a_full_dated_line_stays_its_head() -> None:
    # dressed otherwise than the dated line: a part of its head, no role of its own
    got = _roles(
        ("Research Assistant, University of Leeds\t2019 – 2021", True, None),
        ("Senior Researcher", False, None),
        ("School of Chemistry", False, None),
        ("Ran the group's mass spectrometer", False, "List Bullet"),
    )
    assert len(got) == 1 and got[0][2:] == ("2019", "2021")


def test_a_role_line_cut_after_on_is_one_line() -> None:
    data = section_cv(
        "Service",
        "Associate Editor, Monthly Weather Review, 2020-present",
        "Co-Chair, AMS 32nd Conference on Weather Analysis and Forecasting/20th Conference on",
        "Mesoscale Processes Program Committee, 2023",
    )
    got = [(r.title.value, r.employer.value, r.start.value) for r in read_outline(data).roles]
    assert got == [
        ("Associate Editor", "Monthly Weather Review", "2020"),
        (
            "Co-Chair",
            "AMS 32nd Conference on Weather Analysis and Forecasting/20th Conference on Mesoscale Processes Program "
            "Committee",
            "2023",
        ),
    ]
