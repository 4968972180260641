"""A field between tabs that every role of a section holds ("Cashier<TAB>Fort McMurray" over "Real Canadian
Superstore<TAB>Jun. 2020 – Present", and two more roles in the same town) is where the roles were held, a town too
small to be known, not an employer; employers change from role to role. A Gaelic name's inner capital ("McMurray")
does not make a word a brand's."""

from __future__ import annotations

import docx

from app.documents.cv_structure import read_outline
from app.documents.cv_vocab import org_score
from tests.docx_build import saved


def _roles(town: str, employers: list[str]) -> list[tuple[str, str, str]]:
    d = docx.Document()
    d.add_paragraph("Priya Shah", style="Title")
    d.add_paragraph("priya.shah@example.org")
    d.add_paragraph().add_run("EMPLOYMENT").bold = True
    posts = [("Cashier", "Jun. 2020 – Present"), ("Customer Service", "Apr. 2020 – Sept. 2020")]
    posts.append(("General Labourer", "May 2020 - Jun. 2020"))
    for (title, dates), employer in zip(posts, employers, strict=True):
        d.add_paragraph(f"{title} \t{town}")
        d.add_paragraph(f"{employer}\t{dates}", style="Heading 1")
        d.add_paragraph("Answered customers' questions.", style="List Paragraph")
    d.add_paragraph().add_run("EDUCATION").bold = True
    d.add_paragraph("University of Alberta \tSep. 2017 - Apr. 2021")
    return [(r.title.value, r.employer.value, r.place.value) for r in read_outline(saved(d)).roles]


def test_a_small_town_in_every_role_is_their_place() -> None:
    got = _roles("Lac La Biche", ["Real Canadian Superstore", "Marble Slab Creamery", "Northwind Staffing"])
    assert got == [
        ("Cashier", "Real Canadian Superstore", "Lac La Biche"),
        ("Customer Service", "Marble Slab Creamery", "Lac La Biche"),
        ("General Labourer", "Northwind Staffing", "Lac La Biche"),
    ]


def test_one_employer_in_every_role_stays_the_employer() -> None:
    # the same shop in every role and a known town changing beside it: the shop is the employer
    d = docx.Document()
    d.add_paragraph("Priya Shah", style="Title")
    d.add_paragraph("priya.shah@example.org")
    d.add_paragraph().add_run("EMPLOYMENT").bold = True
    for title, town, dates in [
        ("Store Manager", "Calgary", "2021 – Present"),
        ("Assistant Manager", "Edmonton", "2019 – 2021"),
        ("Cashier", "Edmonton", "2017 – 2019"),
    ]:
        d.add_paragraph(f"{title} \tMarble Slab Creamery")
        d.add_paragraph(f"{town}\t{dates}", style="Heading 1")
        d.add_paragraph("Ran the till.", style="List Paragraph")
    roles = read_outline(saved(d)).roles
    assert [(r.employer.value, r.place.value) for r in roles] == [
        ("Marble Slab Creamery", "Calgary"),
        ("Marble Slab Creamery", "Edmonton"),
        ("Marble Slab Creamery", "Edmonton"),
    ]


def test_a_gaelic_names_inner_capital_is_no_brand() -> None:
    assert org_score("Fort McMurray") == 0
    assert org_score("MacLeod") == 0
    assert org_score("LinkedIn") > 0
