"""With no word the lists know in either piece, the first piece was taken as the title, so an employer written
before a rare post came out as the title: "Henderson's | Groom" (a stable named in the possessive), "Invercauld
Estate | Ghillie" (a name the learnt odds call an organisation's). A name in the possessive is an owner's, never a
post; and a piece the odds call an organisation is not the title beside one they do not.

Found by reading made-up farming, estate, church and hospitality CVs (not from a corpus file): "Henderson's |
Groom" over "March 2016 – June 2019", the CV's only role.
"""

from __future__ import annotations

import pytest

from app.documents.cv_head_line import _possessive_name
from app.documents.cv_structure import read_outline
from tests.docx_build import section_cv

INTERESTS = ("Interests", "Hill walking, fiddle music and baking bread for the village show.")


def _roles(*lines: str) -> list[tuple[str, str]]:
    out = read_outline(section_cv("Experience", *lines, closing=INTERESTS))
    return [(r.title.value, r.employer.value) for r in out.roles]


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Henderson's | Groom", ("Groom", "Henderson's")),
        ("St Giles' Cathedral — Verger", ("Verger", "St Giles' Cathedral")),
        ("McGinty’s\tCellarman", ("Cellarman", "McGinty’s")),
        ("Groom | Henderson's", ("Groom", "Henderson's")),
    ],
)
def test_a_name_in_the_possessive_is_the_employer_beside_a_rare_post(line: str, want: tuple[str, str]) -> None:
    assert _roles(line, "March 2016 – June 2019", "• Looked after the day-to-day work.") == [want]


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Invercauld Estate | Ghillie", ("Ghillie", "Invercauld Estate")),
        ("Holy Trinity — Churchwarden", ("Churchwarden", "Holy Trinity")),
        ("Paul Nicholls Racing\tStable Lad", ("Stable Lad", "Paul Nicholls Racing")),
        ("Ghillie | Invercauld Estate", ("Ghillie", "Invercauld Estate")),
    ],
)
def test_the_piece_the_odds_call_an_organisation_is_the_employer(line: str, want: tuple[str, str]) -> None:
    assert _roles(line, "2016 – 2019", "• Looked after the day-to-day work.") == [want]


def test_only_a_capitalised_word_in_the_possessive_names_an_owner() -> None:
    assert _possessive_name("Henderson's") and _possessive_name("St Giles’ Cathedral")
    assert not _possessive_name("Groom") and not _possessive_name("the boss's driver")
