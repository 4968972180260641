"""After a teaching title, a first part that names an organisation in the plural ("Noble Network of Charter Schools,
ITW David Speer Academy") is the employer's network, not a subject taught ("Modern Optics, GA Tech")."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from app.documents.cv_vocab import has_org_word
from tests.docx_build import docx_bytes


def test_a_strong_organisation_word_in_the_plural_is_strong() -> None:
    assert has_org_word("Noble Network of Charter Schools", strong=True)
    assert not has_org_word("Modern Optics", strong=True)


def test_a_network_of_schools_stays_with_the_academy() -> None:
    data = docx_bytes(
        ("Kelsey Moran", "Title"),
        ("kelsey.moran@example.org", None),
        ("EXPERIENCE", "Heading 1"),
        ("Lead Teacher:", None),
        ("Noble Network of Charter Schools, ITW David Speer Academy\tAugust 2016-July 2020", None),
        ("Founded the honours pre-calculus and calculus courses.", None),
        ("Teaching Assistant:", None),
        ("Modern Optics, Georgia Institute of Technology\tAugust 2014-May 2016", None),
        ("Graded the weekly problem sets.", None),
    )
    got = [(r.title.value, r.employer.value) for r in read_outline(data).roles]
    assert got[0] == ("Lead Teacher", "Noble Network of Charter Schools, ITW David Speer Academy")
    assert got[1] == ("Teaching Assistant", "Georgia Institute of Technology")
