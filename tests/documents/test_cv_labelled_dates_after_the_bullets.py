"""A role's dates on a labelled line of their own after its bullets ("Dates: Jan 2019 – Present") close the role,
as they do unlabelled.

Found by reading made-up warehouse, hotel and clinic CVs (not from a corpus file): "Warehouse Supervisor – Kuehne+Nagel,
Dubai", its bullet, then "Dates: Jan 2019 – Present", and the next role written the same way, were read as one role,
the second post with the first post's dates: the section was read as dates closing each role only when the dates
line held the dates alone, and a label before them ("Dates:", "Period:", "Duration:") made it a line of fields.
"""

from __future__ import annotations

import pytest

from app.documents.cv_structure import read_outline
from tests.docx_build import section_cv


@pytest.mark.parametrize(
    ("label", "heads", "want"),
    [
        ("Dates:", ("Warehouse Supervisor – Kuehne+Nagel, Dubai", "Storekeeper – Aramex, Sharjah"),
         [("Warehouse Supervisor", "Kuehne+Nagel"), ("Storekeeper", "Aramex")]),
        ("Period:", ("Housekeeping Supervisor, Hilton, Cairo", "Room Attendant, Marriott, Giza"),
         [("Housekeeping Supervisor", "Hilton"), ("Room Attendant", "Marriott")]),
        ("Duration:", ("Dental Nurse, Bupa Dental Care, Cardiff", "Receptionist, MyDentist, Newport"),
         [("Dental Nurse", "Bupa Dental Care"), ("Receptionist", "MyDentist")]),
    ],
)  # fmt: skip
def test_labelled_dates_after_the_bullets_close_each_role(
    label: str, heads: tuple[str, str], want: list[tuple[str, str]]
) -> None:
    lines = [
        heads[0],
        "• Ran the night shift of twelve people.",
        f"{label} Jan 2019 – Present",
        heads[1],
        "• Counted the stock every week.",
        f"{label} Mar 2015 – Dec 2018",
    ]
    roles = read_outline(section_cv("Experience", *lines, closing=("Languages", "English, Arabic"))).roles
    assert [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in roles] == [
        (*want[0], "2019-01", "present"),
        (*want[1], "2015-03", "2018-12"),
    ]
