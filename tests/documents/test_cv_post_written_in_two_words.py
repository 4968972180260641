"""A one-word post written as two words ("Farm Hand" for "Farmhand", "Deck Hand", "Child Minder") was read as no
post: "Farm Hand | Glenmore Farm" gave the farm as the title, since "Farm" is an organisation's word in both pieces,
and "Farm Hand – Glenmore Farm" was kept whole as the employer. The last word of such a post is one posts end in
("Hand", "Keeper", "Minder"), capitalised after a word of its own.

Found by reading made-up farming, sailing and trades CVs (not from a corpus file): "Farm Hand | Glenmore Farm" over
"March 2016 – June 2019", with no other role to show the order.
"""

from __future__ import annotations

import pytest

from app.documents.cv_structure import read_outline
from app.documents.cv_vocab import role_score
from tests.docx_build import section_cv

INTERESTS = ("Interests", "Hill walking, fiddle music and baking bread for the village show.")


def _roles(*lines: str) -> list[tuple[str, str]]:
    out = read_outline(section_cv("Experience", *lines, closing=INTERESTS))
    return [(r.title.value, r.employer.value) for r in out.roles]


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Farm Hand | Glenmore Farm", ("Farm Hand", "Glenmore Farm")),
        ("Farm Hand – Glenmore Farm", ("Farm Hand", "Glenmore Farm")),
        ("Farm Hand, Glenmore Farm", ("Farm Hand", "Glenmore Farm")),
        ("Glenmore Farm – Farm Hand", ("Farm Hand", "Glenmore Farm")),
        ("Deck Hand\tSkye Ferries Ltd", ("Deck Hand", "Skye Ferries Ltd")),
        ("Shop Keeper / Hallam Stores", ("Shop Keeper", "Hallam Stores")),
    ],
)
def test_a_post_written_in_two_words_is_the_title_beside_its_employer(line: str, want: tuple[str, str]) -> None:
    assert _roles(line, "March 2016 – June 2019", "• Fed and moved the stock.") == [want]


def test_only_a_capitalised_last_word_after_a_word_of_its_own_makes_the_post() -> None:
    assert role_score("Farm Hand") == 1.0 and role_score("Stall Keeper") == 1.0
    assert role_score("Helping Hand") == 0.0  # a charity's name, not a post
    assert role_score("Glenmore Farm") == 0.0 and role_score("Pattern Maker") == 0.0
