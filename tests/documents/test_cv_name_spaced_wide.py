"""A name whose first and last names are spaced wide for the look ("Ankit   Verma"), before a tab and the e-mail
address on the CV's first line, is read whole; words spaced so before more words on the line are pieces of their own."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes

BODY = (
    ("Experience", "Heading 1"),
    ("Research Scientist, Northwind Observatory\tMay 2015 - Present", None),
    ("Built the data pipelines of a city-wide network of cameras and noise sensors.", "List Bullet"),
    ("Education", "Heading 1"),
    ("M.S. Telecommunication Networks, New York University, 2014", None),
)


def test_a_name_spaced_wide_before_the_contacts_column_is_one_name() -> None:
    data = docx_bytes(("Ankit   Verma\tEmail : ankit.verma@example.org", None), *BODY)
    out = read_outline(data)
    assert out.name.value == "Ankit Verma"
    assert out.contact.emails == ["ankit.verma@example.org"]


def test_a_name_then_a_wide_gap_then_a_job_title_keeps_the_name_alone() -> None:
    data = docx_bytes(("Ankit Verma   Research Scientist\tankit.verma@example.org", None), *BODY)
    assert read_outline(data).name.value == "Ankit Verma"
