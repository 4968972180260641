"""A CV whose roles come straight under the name and contacts, with no heading, each written on one line with its
fields parted by pipes or bullets (`Healthcare Assistant | Bon Secours Hospital | Tralee | Jun 2015 – Feb 2019`),
was read with no roles at all: the separators were counted as words, so the line seemed too long to head a role
and the top of the page was not read for roles. The words of a line are now counted without its separators.

Found by reading made-up whole CVs (not from a corpus file): a nurse's CV from Cork, name and contact line, then
`Staff Nurse | Cork University Hospital | Cork | Mar 2019 – Present` and `Healthcare Assistant | Bon Secours
Hospital | Tralee | Jun 2015 – Feb 2019`, each with a bullet, then Education and Skills: no role was read."""

from __future__ import annotations

import docx
import pytest

from app.documents.cv_structure import read_outline
from tests.docx_build import saved

# (name, contact line, roles as (title, employer, place, dates, start, end))
CVS = [
    (
        "Aoife Brennan",
        "Cork, Ireland | +353 87 555 0142 | aoife.brennan@example.ie",
        [
            ("Staff Nurse", "Cork University Hospital", "Cork", "Mar 2019 – Present", "2019-03", "present"),
            ("Healthcare Assistant", "Bon Secours Hospital", "Tralee", "Jun 2015 – Feb 2019", "2015-06", "2019-02"),
        ],
    ),
    (
        "Mateus Oliveira",
        "São Paulo | +55 11 98765 4321 | mateus.oliveira@example.com.br",
        [
            ("Sous Chef", "Hotel Unique", "São Paulo", "Jan 2020 – Present", "2020-01", "present"),
            ("Line Cook", "Restaurante Figueira", "Campinas", "Apr 2016 – Dec 2019", "2016-04", "2019-12"),
        ],
    ),
    (
        "Jakub Nowak",
        "Kraków, Poland • +48 601 234 567 • jakub.nowak@example.pl",
        [
            ("HGV Driver", "Raben Logistics Polska", "Kraków", "February 2018 – Present", "2018-02", "present"),
            ("Warehouse Operative", "DHL Supply Chain", "Katowice", "Sept 2013 – January 2018", "2013-09", "2018-01"),
        ],
    ),
]


def _cv(name: str, contact: str, roles: list[tuple[str, ...]], mark: str, opening: str | None) -> bytes:
    d = docx.Document()
    d.add_paragraph(name, style="Title")
    d.add_paragraph(contact)
    if opening:
        d.add_paragraph(opening)
    for title, employer, place, dates, _, _ in roles:
        d.add_paragraph(f" {mark} ".join([title, employer, place, dates]))
        d.add_paragraph("Looked after the daily work of the team and trained the new starters.", style="List Bullet")
    d.add_paragraph("Education", style="Heading 1")
    d.add_paragraph("Vocational diploma, 2012")
    d.add_paragraph("Skills", style="Heading 1")
    d.add_paragraph("First aid", style="List Bullet")
    return saved(d)


@pytest.mark.parametrize("mark", ["|", "•"])
@pytest.mark.parametrize("opening", [None, "Reliable and hard-working, with years of shift work behind me."])
@pytest.mark.parametrize(("name", "contact", "roles"), CVS, ids=[c[0] for c in CVS])
def test_role_lines_parted_by_separators_under_no_heading_are_read(
    name: str, contact: str, roles: list[tuple[str, ...]], mark: str, opening: str | None
) -> None:
    out = read_outline(_cv(name, contact, roles, mark, opening))
    got = [(r.title.value, r.employer.value, r.place.value, r.start.value, r.end.value) for r in out.roles]
    assert got == [(t, e, p, s, end) for t, e, p, _, s, end in roles]
