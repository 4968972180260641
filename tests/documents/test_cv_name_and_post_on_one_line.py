"""Found by reading made-up CVs of chefs, farmers and teachers (not from a corpus file): a name line that goes on
with the seeker's post, parted from the name only by a gap of two spaces ("JANE DOE  PASTRY CHEF"), a colon ("Hamish
Grant: Farm Manager") or a change of look (the name in large bold letters, the post in plain ones, in one
paragraph), gave no name at all: the whole line read as a post. A full name before such a break, a post after it,
is the name."""

from __future__ import annotations

import docx
import pytest
from docx.shared import Pt

from app.documents.cv_structure import read_outline
from tests.docx_build import saved


def _cv(runs: list[tuple[str, bool, float]], where: str) -> bytes:
    d = docx.Document()
    p = d.sections[0].header.paragraphs[0] if where == "header" else d.add_paragraph(style=where or None)
    for text, bold, size in runs:
        run = p.add_run(text)
        run.bold, run.font.size = bold, Pt(size)
    d.add_paragraph("Perth, Scotland | +44 7700 900123 | seeker@example.org")
    d.add_paragraph("Experience", style="Heading 1")
    d.add_paragraph("Pastry Chef, The Old Mill, Pitlochry\tMay 2018 – Present")
    d.add_paragraph("Made the bread, cakes and desserts for a busy restaurant and trained two apprentices.")
    return saved(d)


@pytest.mark.parametrize("where", ["Title", "", "header"])
@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("JANE DOE  PASTRY CHEF", "JANE DOE"),
        ("Jane Doe    Pastry Chef", "Jane Doe"),
        ("Hamish Grant: Farm Manager", "Hamish Grant"),
        ("Hamish Grant : Farm Manager", "Hamish Grant"),
    ],
)
def test_a_post_after_a_gap_or_a_colon_leaves_the_name(line: str, name: str, where: str) -> None:
    assert read_outline(_cv([(line, True, 20)], where)).name.value == name


@pytest.mark.parametrize("where", ["Title", "", "header"])
def test_a_post_in_another_look_after_the_name_leaves_the_name(where: str) -> None:
    runs = [("Jane Doe ", True, 24), ("Pastry Chef", False, 12)]
    assert read_outline(_cv(runs, where)).name.value == "Jane Doe"


def test_a_name_set_in_two_looks_stays_whole() -> None:
    runs = [("Jane ", False, 24), ("Doe", True, 24)]
    assert read_outline(_cv(runs, "")).name.value == "Jane Doe"
