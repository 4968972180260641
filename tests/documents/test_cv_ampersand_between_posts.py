"""An "&" between two posts' names ("Website Developer & Tutor") joins two posts; it is no sign of an organisation's
name as it is in "Procter & Gamble" or "Rao & Associates". So under employers written over their tabbed titles, a
tutoring firm named with a post's word ("Mr. Tutor") over "Web Designer & Tutor" keeps the section's way."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from app.documents.cv_vocab import org_score
from tests.docx_build import docx_bytes


def test_an_ampersand_between_two_posts_is_no_sign_of_an_organisation() -> None:
    assert org_score("Web Designer & Tutor") == 0
    assert org_score("Procter & Gamble") > 0
    assert org_score("Rao & Associates") > 0


def test_a_firm_named_with_a_posts_word_over_two_joined_posts_keeps_the_sections_way() -> None:
    data = docx_bytes(
        ("Andrew Kazmer", "Title"),
        ("andrew.kazmer@example.org", None),
        ("Work History", "Heading 1"),
        ("\tNorthwind Traders", None),
        ("\t\tLogistics Specialist\t\tApril 2013 – October 2013", None),
        ("\tWorley Warehousing", None),
        ("\t\tForklift Operator\t\tJanuary 2013 – March 2013", None),
        ("\tCamp Chipinaw", None),
        ("\t\tGroup Leader\t\tJune 2012 – August 2012", None),
        ("Mr. Tutor", None),
        ("\t\tWeb Designer & Tutor\tApril 2011 – August 2011", None),
        ("Education", "Heading 1"),
        ("BSc Management Information Systems, Iowa State University, 2012", None),
    )
    got = [(r.title.value, r.employer.value) for r in read_outline(data).roles]
    assert got[-1] == ("Web Designer & Tutor", "Mr. Tutor")
