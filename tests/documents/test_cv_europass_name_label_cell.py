"""The name label of the Europass CV of 2004-2012, "First name(s) / Surname(s)" (or "Surname(s) / First name(s)")
in a label cell beside the name, labels the whole name.

Found by reading made-up CVs (not from a corpus file): under "Personal information", a row "First name(s) /
Surname(s)<TAB>Jane Doe" gave the name "First name": a name label was known only alone and followed by a colon or
the tab, so "(s)" and the second label after "/" kept the line from reading as a label, and the label itself was
then read as a name. A label may now carry "(s)" and a second label after "/"; two labels together name the whole
name."""

from __future__ import annotations

import pytest

from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes

BODY = [
    ("Work experience", "Heading 1"),
    ("Dates\t2016 – 2022", None),
    ("Occupation or position held\tCare Assistant", None),
    ("Name and address of employer\tMaison Saint-Joseph, Lyon", None),
    ("Interests", "Heading 1"),
    ("I enjoy cycling in the Alps, cooking for friends and singing in a small choir on Sundays.", None),
]


def _name(label_row: str) -> str:
    data = docx_bytes(
        ("Personal information", "Heading 1"),
        (label_row, None),
        ("Telephone(s)\t+33 4 78 12 34 56", None),
        ("E-mail\tcamille.roux@example.fr", None),
        *BODY,
    )
    return read_outline(data).name.value


@pytest.mark.parametrize(
    "row",
    ["First name(s) / Surname(s)\tCamille Roux", "Surname(s) / First name(s)\tCamille Roux", "Name(s)\tCamille Roux"],
)
def test_the_europass_name_label_labels_the_whole_name(row: str) -> None:
    assert _name(row) == "Camille Roux"


def test_a_given_name_label_with_its_plural_still_takes_the_family_name_after_it() -> None:
    data = docx_bytes(
        ("Personal information", "Heading 1"),
        ("First name(s)\tCamille", None),
        ("Surname(s)\tRoux", None),
        ("E-mail\tcamille.roux@example.fr", None),
        *BODY,
    )
    assert read_outline(data).name.value == "Camille Roux"
