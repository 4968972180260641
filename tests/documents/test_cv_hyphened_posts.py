"""A post written as one hyphened phrase ("Editor-in-Chief", "Attorney-at-Law", "Master-at-Arms", "Member-at-Large")
names a post: its noun comes first, or its tail is one only posts take. From a round-34 tune file, a Navy
master-at-arms whose "Master-at-Arms (Military Police)" over "U.S. Navy (March 2015 - March 2021)" was read as an
employer with the bracket as its title. Hyphened phrases that are no post stay none."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from app.documents.cv_vocab import role_score
from tests.docx_build import bold_or_plain


def test_a_hyphened_post_scores_as_a_post() -> None:
    for post in ("Editor-in-Chief", "Attorney-at-Law", "Master-at-Arms", "Member-at-Large", "Artist-in-Residence"):
        assert role_score(post) >= 1, post
    for other in ("State-of-the-Art", "Stratford-upon-Avon", "Out-of-Office", "Saint-Germain-de-Prés"):
        assert role_score(other) == 0, other


def test_the_bracketed_post_over_its_service_is_read_whole() -> None:
    data = bold_or_plain(
        ("Sasha Moreau", True),
        ("sasha.moreau@example.org | 528-201-8324", False),
        ("Experience", True),
        ("Master-at-Arms (Military Police)", True),
        ("U.S. Navy (March 2015 - March 2021)", False),
        ("Led a security team of twelve on a guided-missile destroyer.", False),
        ("88M Motor Transport Operator (Airborne)", True),
        ("U.S. Army (May 2013 - March 2015)", False),
        ("Drove tactical vehicles in airborne operations.", False),
    )
    roles = [(r.title.value, r.employer.value, r.start.value) for r in read_outline(data).roles]
    assert roles == [
        ("Master-at-Arms (Military Police)", "U.S. Navy", "2015-03"),
        ("88M Motor Transport Operator (Airborne)", "U.S. Army", "2013-05"),
    ]
