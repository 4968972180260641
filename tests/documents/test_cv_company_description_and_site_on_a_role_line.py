"""A company's name, then what it does in brackets in sentence case and its web address ("Acorns Grow, Inc.
(Micro-investing app) https://acorns.com") over the title: the name alone is the employer; the address and the
description are no fields (nor a title)."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes


def test_the_description_and_the_address_are_left_out_of_the_employer() -> None:
    data = docx_bytes(
        ("Sasha Marlowe", "Title"),
        ("sasha.marlowe@example.org | (937) 921-5705", None),
        ("EXPERIENCE", "Heading 1"),
        ("Acorns Grow, Inc. (Micro-investing app) https://acorns.com\tJul 2014 – Oct 2015", None),
        ("Front-End Developer", None),
        ("Built the web application's front end", "List Bullet"),
        ("Xtopoly, Inc. (Digital agency) http://xtopoly.com\tJul 2012 - Jun 2014", None),
        ("Full-Stack Developer", None),
        ("Built responsive websites", "List Bullet"),
    )
    got = [(r.title.value, r.employer.value) for r in read_outline(data).roles]
    assert got == [("Front-End Developer", "Acorns Grow, Inc."), ("Full-Stack Developer", "Xtopoly, Inc.")]
