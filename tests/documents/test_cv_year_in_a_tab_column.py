"""A year alone in a tab column at the end of a long role line dates it, as a range there does: "Lab & Field
Instructor, Introduction to Remote Sensing, University of Massachusetts Boston<TAB>2016" is thirteen words, and the
role was lost (from a tune file of the corpus, a remote-sensing scientist's teaching list)."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes

TEACHING = [
    "Instructor, Introduction to Machine Learning, Helmholtz Center for Environmental Research – UFZ\t2021-present",
    "Lab & Field Instructor, Introduction to Remote Sensing, University of Massachusetts Boston\t2016",
    "Lab Instructor, Introduction to Geographic Information Systems, University of Massachusetts Boston\t2016",
]


def test_a_long_line_with_a_year_in_its_tab_column_is_a_role() -> None:
    for style in (None, "List Bullet"):
        data = docx_bytes(("Zhan Li", "Title"), ("Teaching", "Heading 1"), *((t, style) for t in TEACHING))
        titles = [r.title.value for r in read_outline(data).roles]
        assert titles == ["Instructor", "Lab & Field Instructor", "Lab Instructor"], style


def test_a_sentence_ending_in_a_year_after_a_tab_is_still_no_role() -> None:
    line = "Presented our findings on forest canopy structure to the regional planning board.\t2016"
    data = docx_bytes(("Zhan Li", "Title"), ("Experience", "Heading 1"), (TEACHING[2], None), (line, None))
    assert [r.title.value for r in read_outline(data).roles] == ["Lab Instructor"]
