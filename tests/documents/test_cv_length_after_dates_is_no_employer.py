"""How long a post was held, written after its dates ("Jan 2017 - Dec 2019 · 3 yrs"), and the kind of year the dates
are ("2018-2019 school year"), are no field of the role.

Found by reading made-up LinkedIn exports and teachers' CVs (not from a corpus file): under "Deloitte" over "5 yrs 4
mos", the second post "Junior Accountant" over "Jan 2017 - Dec 2019 · 3 yrs" was read with "3 yrs" as its employer
(the first post, nearer the firm's line, kept "Deloitte"), and "Grade 5 Teacher, Lincoln Elementary School, Omaha, NE"
over "2018-2019 school year" with "school year" as its employer, the school taken into the title.
"""

from __future__ import annotations

import docx
import pytest

from app.documents.cv_structure import read_outline
from tests.docx_build import saved


def _read(*lines: tuple[str, str]) -> list[tuple[str, str, str, str]]:
    d = docx.Document()
    d.add_paragraph("Marta Ruiz", style="Title")
    d.add_paragraph("marta.ruiz@example.org")
    d.add_paragraph("Experience", style="Heading 1")
    for text, kind in lines:
        if kind == "b":
            d.add_paragraph().add_run(text).bold = True
        else:
            d.add_paragraph(text, style="List Bullet" if kind == "*" else None)
    d.add_paragraph("Education", style="Heading 1")
    d.add_paragraph("BA, Universidad Complutense de Madrid, 2012")
    return [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in read_outline(saved(d)).roles]


@pytest.mark.parametrize(
    ("firm", "posts", "length"),
    [
        ("Deloitte", ("Senior Accountant", "Junior Accountant"), "3 yrs"),
        ("NHS Lothian", ("Charge Nurse", "Staff Nurse"), "2 yrs 4 mos"),
        ("Grupo Vips", ("Jefe de Cocina", "Cocinero"), "3 años"),
        ("Carrefour", ("Responsable de rayon", "Employé libre-service"), "1 an 11 mois"),
    ],
)
def test_a_length_after_a_posts_dates_leaves_it_the_groups_employer(
    firm: str, posts: tuple[str, str], length: str
) -> None:
    got = _read(
        (firm, "b"),
        ("5 yrs 4 mos", ""),
        (posts[0], "b"),
        ("Jan 2020 - Present · 2 yrs 4 mos", ""),
        ("Prepared the monthly accounts.", "*"),
        (posts[1], "b"),
        (f"Jan 2017 - Dec 2019 · {length}", ""),
        ("Reconciled the bank statements.", "*"),
    )
    assert got == [(posts[0], firm, "2020-01", "present"), (posts[1], firm, "2017-01", "2019-12")]


@pytest.mark.parametrize(
    ("head", "dates", "want"),
    [
        ("Grade 5 Teacher, Lincoln Elementary School, Omaha, NE", "2018-2019 school year",
         ("Grade 5 Teacher", "Lincoln Elementary School", "2018", "2019")),
        ("Assistant Coach, Leeds Rhinos, Leeds", "2019-20 season", ("Assistant Coach", "Leeds Rhinos", "2019", "2020")),
        ("Graduate Assistant, KNUST, Kumasi", "2016–2017 academic year",
         ("Graduate Assistant", "KNUST", "2016", "2017")),
    ],
)  # fmt: skip
def test_the_kind_of_year_after_the_dates_is_no_employer(head: str, dates: str, want: tuple[str, ...]) -> None:
    got = _read((head, "b"), (dates, ""), ("Taught and coached the year's pupils.", "*"))
    assert got == [want]
