"""A firm named "Name & Associates" (or "& Partners", "& Sons") is an organisation: its last word is no post in the
plural, so the line is neither a title nor a heading over the people one supervised."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from app.documents.cv_vocab import role_score
from tests.docx_build import docx_bytes


def test_a_firms_closing_plural_names_no_post() -> None:
    assert role_score("Harlow Retail Displays / Okonjo & Associates") == 0
    assert role_score("Moss and Partners") == 0
    assert role_score("Research Associates") >= 1
    assert role_score("Associate Partner") >= 1


def test_a_dated_line_with_a_firm_of_associates_is_read_as_a_role() -> None:
    data = docx_bytes(
        ("Gordon Fairweather", "Title"),
        ("gordon.fairweather@example.org", None),
        ("EMPLOYMENT EXPERIENCE:", None),
        ("June 2008 – Present\tIT & Media Arts\t\t Harlow Retail Displays / Okonjo & Associates", None),
        ("A small Canadian startup making retail display solutions.", None),
        ("May 2016 – November 2018\tHead Cashier\t\t\t Shoppers Drug Mart", None),
        ("Operated the cash register and the lottery terminal.", None),
        ("May 2008 – August 2008\tSales Associate\t\t Fox Wireless", None),
        ("Met the sales quota of mobile devices.", None),
    )
    got = [(r.title.value, r.employer.value, r.start.value) for r in read_outline(data).roles]
    assert ("IT & Media Arts", "Harlow Retail Displays / Okonjo & Associates", "2008-06") in got
    assert len(got) == 3
