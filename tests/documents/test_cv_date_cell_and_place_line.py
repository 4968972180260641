"""A table row whose dates are stacked in one cell and whose roles are stacked in another, the row's other cells
empty, pairs them by order; "Praktische Erfahrungen" heads the roles; a city and its country on a line of their own
under a role's title are where it was, not the employer; nor is a town beside the title or the dates."""

from __future__ import annotations

import docx

from app.documents.cv_structure import read_outline
from tests.docx_build import named_cv, saved

_DATES = ["2015-2020", "2013", "2012"]
_ROLES = [
    "Minijob als Gebäudereiniger bei Schiwietz GmbH, Hückeswagen",
    "Minijob als Kaufmann im Einzelhandel bei Zookauf, Langenfeld",
    "Betriebspraktikum bei BPV Hausverwaltung, Essen",
]


def _lebenslauf() -> bytes:
    d = docx.Document()
    d.add_paragraph("Jonas Becker", style="Title")
    d.add_paragraph("jonas.becker@example.org")
    d.add_paragraph("Praktische Erfahrungen", style="Heading 1")
    table = d.add_table(rows=1, cols=4)
    dates, roles = table.rows[0].cells[1], table.rows[0].cells[2]
    dates.paragraphs[0].text = _DATES[0]
    roles.paragraphs[0].text = _ROLES[0]
    for k in (1, 2):
        dates.add_paragraph("")  # blank lines set the dates apart; the roles' cell has none
        dates.add_paragraph(_DATES[k])
        roles.add_paragraph(_ROLES[k])
    d.add_paragraph("Schulbildung", style="Heading 1")
    d.add_paragraph("2009 – 2013 Realschule in der Lohe, Düsseldorf")
    return saved(d)


def test_dates_stacked_in_one_cell_date_the_roles_stacked_in_the_next_by_order() -> None:
    roles = read_outline(_lebenslauf()).roles
    assert [(r.start.value, r.end.value) for r in roles] == [("2015", "2020"), ("2013", "2013"), ("2012", "2012")]
    assert roles[0].employer.value.startswith("Schiwietz GmbH")
    assert "Zookauf" in roles[1].employer.value and "Gebäudereiniger" in roles[0].title.value


def test_a_city_and_its_country_on_their_own_line_are_the_place_not_the_employer() -> None:
    data = named_cv(
        ("Experience", "Heading 1"),
        ("GRAPHIC WEB DESIGNER since 01/2018", None),
        ("NAIROBI, KENYA", None),
        ("Develop project concepts and keep the design workflow moving for corporate clients.", "List Bullet"),
    )
    (role,) = read_outline(data).roles
    assert (role.title.value, role.employer.value, role.place.value) == ("GRAPHIC WEB DESIGNER", "", "NAIROBI, KENYA")


def test_an_employer_in_its_town_and_state_keeps_the_employer() -> None:
    data = named_cv(
        ("Experience", "Heading 1"),
        ("Team Member", None),
        ("Chick-fil-A in Goose Creek, SC\t\t\tAugust 2017 to current", None),
        ("Prepared orders and kept the kitchen line stocked through the lunch rush.", "List Bullet"),
    )
    (role,) = read_outline(data).roles
    want = ("Team Member", "Chick-fil-A", "Goose Creek, SC")
    assert (role.title.value, role.employer.value, role.place.value) == want


def test_a_town_on_its_own_line_is_not_taken_for_the_employer_beside_the_title() -> None:
    data = named_cv(
        ("Career History", "Heading 1"),
        ("03/2020 - 12/2021", None),
        ("Warehouse Team Leader\tIntermarché", None),
        ("Villeurbanne", None),
        ("Ran a night shift of ten people and the weekly stock count.", "List Bullet"),
    )
    (role,) = read_outline(data).roles
    assert (role.title.value, role.employer.value) == ("Warehouse Team Leader", "Intermarché")


def test_a_town_on_the_dates_line_is_not_taken_for_the_employer_on_the_next() -> None:
    data = named_cv(
        ("Work Experience", "Heading 1"),
        ("Healthcare Assistant – Porirua\t2018-2022\nRata Rest Home", None),
        ("Helped residents with their daily care and kept their records.", "List Bullet"),
    )
    (role,) = read_outline(data).roles
    assert (role.title.value, role.employer.value) == ("Healthcare Assistant", "Rata Rest Home")


def test_a_town_beside_the_employer_is_not_taken_for_a_title_the_words_do_not_name() -> None:
    data = named_cv(
        ("Relevant Experience", "Heading 1"),
        ("Fundacja Wspierania Zrównoważonego Rozwoju | Erlangen\nEKSPERT DO SPRAW DOSTĘPNOŚCI\n12/2023–Now", None),
        ("Audited the foundation's websites for accessibility.", "List Bullet"),
    )
    (role,) = read_outline(data).roles
    assert role.title.value == "EKSPERT DO SPRAW DOSTĘPNOŚCI"
    assert role.employer.value == "Fundacja Wspierania Zrównoważonego Rozwoju"
