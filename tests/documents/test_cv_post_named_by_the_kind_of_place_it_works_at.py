"""A post the reader has no noun for, named by the kind of place it works at ("Farm Hand", "Factory Hand", "Station
Hand"), beside an employer named by the same kind ("Greenacres Farm"): both pieces hold an organisation's word, so
the line was read as one name (dash, comma) or with the two swapped (pipe, tab). The piece that ends in the
organisation's word is the name (English puts a name's kind last); the one holding it before its last word is the
post.

Found by reading made-up farm workers', factory hands' and station hands' CVs (not from a corpus file):
"Farm Hand - Greenacres Farm<TAB>Mar 2019 – Present" was read as an employer "Farm Hand - Greenacres Farm" with no
title, and "Farm Hand | Greenacres Farm" as title "Greenacres Farm" at "Farm Hand".
"""

from __future__ import annotations

import pytest

from app.documents.cv_head_line import collect_pieces, line_segments, title_and_employer
from app.documents.cv_structure import read_outline
from tests.docx_build import role_cv


@pytest.mark.parametrize(
    ("head", "title", "employer"),
    [
        ("Farm Hand - Greenacres Farm\tMar 2019 – Present", "Farm Hand", "Greenacres Farm"),
        ("Farm Hand | Greenacres Farm\tMar 2019 – Present", "Farm Hand", "Greenacres Farm"),
        ("Factory Hand, Koç Textile Factory\t2014 – 2016", "Factory Hand", "Koç Textile Factory"),
        ("Station Hand – Wirrabilla Station\t2012 – 2013", "Station Hand", "Wirrabilla Station"),
        ("Bakery Hand\tBoulangerie Dupont Bakery\t2010 – 2011", "Bakery Hand", "Boulangerie Dupont Bakery"),
    ],
)
def test_a_post_named_by_the_kind_of_place_is_the_title_beside_the_named_place(
    head: str, title: str, employer: str
) -> None:
    (role,) = read_outline(role_cv(head)).roles
    assert (role.title.value, role.employer.value) == (title, employer)


def test_a_unit_and_its_organisation_across_a_dash_stay_one_name() -> None:
    head = "Fabric Group of Computational Biology – Department of Informatics, University of Bergen\t2019 – 2021"
    (role,) = read_outline(role_cv(head)).roles
    assert role.employer.value.startswith("Fabric Group of Computational Biology – Department of Informatics")


@pytest.mark.parametrize(
    "line", ["Harbour School District, Northgate High School", "Glenmore Farm Estate, Glenmore Home Farm"]
)
def test_an_organisation_word_inside_a_longer_name_makes_no_post(line: str) -> None:
    """A tune file, found at the merge: "Morris School District, Morristown High School" (its post on the next line)
    was read as the title "Morris School District" at the school: "School" inside the district's name had been
    taken for the kind of place a post works at. Only a post of two words, the kind first ("Farm Hand"), is so read."""
    title, employer, *_ = title_and_employer(collect_pieces([line_segments(line)]))
    assert (title, employer) == ("", line)
