"""Found by reading made-up CVs in Word templates with a picture frame (not from a corpus file): a template's "Photo"
placeholder over the name was taken for a given name and joined to it ("Photo Jane Doe"). A line that is only a
picture's placeholder ("Photo", "Picture", "[Insert photo here]") is no name."""

from __future__ import annotations

import docx
import pytest

from app.documents.cv_structure import read_outline
from tests.docx_build import saved


def _cv(lines: list[str], where: str) -> bytes:
    d = docx.Document()
    if where == "header":
        header = d.sections[0].header
        header.paragraphs[0].add_run(lines[0])
        for text in lines[1:]:
            header.add_paragraph(text)
    elif where == "table":
        cell = d.add_table(rows=1, cols=1).rows[0].cells[0]
        cell.paragraphs[0].add_run(lines[0])
        for text in lines[1:]:
            cell.add_paragraph(text)
    else:
        for text in lines[:-1]:
            d.add_paragraph(text)
        d.add_paragraph(lines[-1], style="Title" if where == "title" else None)
    d.add_paragraph("Galway, Ireland | +353 87 123 4567 | seeker@example.org")
    d.add_paragraph("Experience", style="Heading 1")
    d.add_paragraph("Bar Manager, The Anchor Inn, Galway\tMay 2018 – Present")
    d.add_paragraph("Ran the bar and the cellar, trained the weekend staff and kept the stock books every week.")
    return saved(d)


@pytest.mark.parametrize("where", ["title", "plain", "header", "table"])
@pytest.mark.parametrize("placeholder", ["Photo", "[Insert photo here]", "Picture"])
def test_a_picture_placeholder_over_the_name_is_no_part_of_it(placeholder: str, where: str) -> None:
    assert read_outline(_cv([placeholder, "Jane Doe"], where)).name.value == "Jane Doe"
