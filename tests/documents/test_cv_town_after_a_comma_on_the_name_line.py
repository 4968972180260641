"""The seeker's town or country after their name and a comma on the name line ("Ana Lima, Porto", "Ana Lima,
Portugal") leaves the name.

Found by reading made-up CVs (not from a corpus file): "Ana Lima, Porto" in the Title style was not read as a name
at the top (a comma makes a line an address there) and the last resort, the first Title-styled line, took the whole
line as the name. A full name before the comma and a place after it is now the name; a post after it already was."""

from __future__ import annotations

import pytest

from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes

BODY = [
    ("Experience", "Heading 1"),
    ("Sommelier, Quinta do Vale, Pinhão\t2018 – Present", None),
    ("Chose the wines for a list of four hundred bottles and trained the floor staff.", "List Bullet"),
    ("Interests", "Heading 1"),
    ("I enjoy walking the Douro valley, cooking with my grandmother and playing the guitar.", None),
]


@pytest.mark.parametrize("line", ["Ana Lima, Porto", "Ana Lima, Portugal", "Ana Lima, Porto, Portugal"])
def test_a_place_after_a_comma_is_not_part_of_the_name(line: str) -> None:
    data = docx_bytes((line, "Title"), ("ana.lima@example.pt", None), *BODY)
    assert read_outline(data).name.value == "Ana Lima"
