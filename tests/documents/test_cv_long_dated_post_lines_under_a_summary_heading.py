"""Two roles under a heading read as a summary (`Career Summary`, `Career Overview`, `Experience Summary`), or under
a bold heading the reader cannot name that it files with the profile above (`Past Roles`, `Work Placements`), were
lost when a role line was long: the line's dates were scored with its words, and a line of more than ten words
was taken for a sentence naming no post. A dated line now names a post by its words without its dates.

Found by reading made-up whole CVs (not from a corpus file): a nurse's CV from Cork, `Career Summary` in Heading 1
over `Staff Nurse, Cork University Hospital, Cork<TAB>Mar 2019 – Present` and `Healthcare Assistant, Bon Secours
Hospital, Tralee<TAB>Jun 2015 – Feb 2019`: no role was read."""

from __future__ import annotations

import docx
import pytest

from app.documents.cv_structure import read_outline
from tests.docx_build import saved

# (name, profile, roles as (head line, title, employer, start, end))
CVS = [
    (
        "Aoife Brennan",
        "Registered general nurse with eight years on acute medical wards.",
        [
            (
                "Staff Nurse, Cork University Hospital, Cork\tMar 2019 – Present",
                "Staff Nurse",
                "Cork University Hospital",
                "2019-03",
                "present",
            ),
            (
                "Healthcare Assistant, Bon Secours Hospital, Tralee\tJun 2015 – Feb 2019",
                "Healthcare Assistant",
                "Bon Secours Hospital",
                "2015-06",
                "2019-02",
            ),
        ],
    ),
    (
        "Tomás Ferreira",
        "Primary school teacher who has taught every year group.",
        [
            (
                "Class Teacher, Escola Básica de Santa Maria, Lagos\tSep 2017 – Present",
                "Class Teacher",
                "Escola Básica de Santa Maria",
                "2017-09",
                "present",
            ),
            (
                "Teaching Assistant, Colégio Internacional de Vilamoura, Loulé\tSep 2013 – Jul 2017",
                "Teaching Assistant",
                "Colégio Internacional de Vilamoura",
                "2013-09",
                "2017-07",
            ),
        ],
    ),
    (
        "Kwame Asante",
        "Site engineer on roads and drainage schemes across Ghana.",
        [
            (
                "Site Engineer, Consar Limited Construction, Kumasi\tJan 2020 – Present",
                "Site Engineer",
                "Consar Limited Construction",
                "2020-01",
                "present",
            ),
            (
                "Assistant Site Engineer, Ghana Highway Authority, Accra\tAug 2016 – Dec 2019",
                "Assistant Site Engineer",
                "Ghana Highway Authority",
                "2016-08",
                "2019-12",
            ),
        ],
    ),
]
HEADINGS = [
    ("Career Summary", "Heading 1"),
    ("Experience Summary", "Heading 1"),
    ("Career Overview", "bold"),
    ("Past Roles", "bold"),
]


def _cv(name: str, profile: str, roles: list[tuple[str, ...]], heading: str, dress: str) -> bytes:
    d = docx.Document()
    d.add_paragraph(name, style="Title")
    d.add_paragraph(f"{name.split()[0].lower()}@example.org | +44 7700 900123")
    d.add_paragraph("Profile", style="Heading 1")
    d.add_paragraph(profile)
    if dress == "bold":
        d.add_paragraph().add_run(heading).bold = True
    else:
        d.add_paragraph(heading, style=dress)
    for line, *_ in roles:
        d.add_paragraph(line)
        d.add_paragraph("Looked after the daily work of the team and trained the new starters.", style="List Bullet")
    d.add_paragraph("Education", style="Heading 1")
    d.add_paragraph("Diploma, 2012")
    return saved(d)


@pytest.mark.parametrize(("heading", "dress"), HEADINGS)
@pytest.mark.parametrize(("name", "profile", "roles"), CVS, ids=[c[0] for c in CVS])
def test_two_long_dated_post_lines_under_a_summary_heading_are_roles(
    name: str, profile: str, roles: list[tuple[str, ...]], heading: str, dress: str
) -> None:
    out = read_outline(_cv(name, profile, roles, heading, dress))
    got = [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in out.roles]
    assert got == [tuple(r[1:]) for r in roles]
