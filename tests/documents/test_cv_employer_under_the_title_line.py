"""A freelancer's section: a first role on one line, then "Summer Intern<TAB>Oct 2024 - Mar 2025" over "University
Students' Union, Chennai". The section's first role taught the reader that a role has no line under its dates, so the
employer under the title was read as nothing. A role's line with a title and no employer, over a short line of no other
role's that is written as a name and its place or as an organisation's name, takes that line as its employer; not
when the role's line stands under another dated title (the employer above both is theirs).

Found by the independent "roles in the wild" set (`bench/bench_cv_roles_wild.py`, tune seeds: roles right 1608 → 1626);
the CVs below are made up."""

from __future__ import annotations

import docx

from app.documents.cv_structure import read_outline
from tests.docx_build import saved


def _read(lines: list[str]) -> list[tuple[str, str, str, str, str]]:
    d = docx.Document()
    d.add_paragraph("Mohammed Irfan", style="Title")
    d.add_paragraph("mohammed.irfan@example.in | Chennai")
    d.add_paragraph("Career History", style="Heading 1")
    for line in lines:
        d.add_paragraph(line)
    out = read_outline(saved(d))
    return [(r.title.value, r.employer.value, r.place.value, r.start.value, r.end.value) for r in out.roles]


def test_the_employer_under_a_title_line_is_the_roles() -> None:
    got = _read(
        [
            "Freelance Web Developer | Freelance | Mar 2025 - Now",
            "Summer Intern\tOct 2024 - Mar 2025",
            "University Students' Union, Chennai",
            "Sales Intern\tFeb 2024 - Jun 2024",
            "Tesco | Chennai",
        ]
    )
    assert got[1:] == [
        ("Summer Intern", "University Students' Union", "Chennai", "2024-10", "2025-03"),
        ("Sales Intern", "Tesco", "Chennai", "2024-02", "2024-06"),
    ]


def test_stacked_titles_keep_the_employer_above_them() -> None:
    got = _read(
        [
            "NTT Research\t\tSunnyvale, CA, USA",
            "Research Scientist\t\tApr. 2024 – Present",
            "Postdoctoral Fellow\t\tApr. 2023 – Mar. 2024",
            "Cornell University\t\tIthaca, NY, USA",
            "Visiting Scholar\t\tApr. 2022 – Mar. 2023",
        ]
    )
    assert [(t, e, s) for t, e, _, s, _ in got] == [
        ("Research Scientist", "NTT Research", "2024-04"),
        ("Postdoctoral Fellow", "NTT Research", "2023-04"),
        ("Visiting Scholar", "Cornell University", "2022-04"),
    ]
