"""A Danish or Norwegian role's dates ending in "dato" (to date) alone after the dash ("03.2019 – dato"): the word was
not read as now, so the range ended where it began and "dato" was taken for the title, the post pushed into the
employer.

Found by reading made-up Danish and Norwegian CVs (not from a corpus file): "Sygeplejerske, Rigshospitalet,
København" over "03.2019 – dato" gave the title "dato", the employer "Sygeplejerske, Rigshospitalet" and the end
2019-03.
"""

from __future__ import annotations

import pytest

from app.documents.cv_dates import find_dates
from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes


@pytest.mark.parametrize(
    ("line", "dates", "expected"),
    [
        ("Sygeplejerske, Rigshospitalet, København", "03.2019 – dato", ("Sygeplejerske", "Rigshospitalet", "2019-03")),
        ("Tømrer, Veidekke ASA, Trondheim", "2017 – dato", ("Tømrer", "Veidekke ASA", "2017")),
        ("Lærer, Aarhus Katedralskole, Aarhus", "08/2015 - Dato", ("Lærer", "Aarhus Katedralskole", "2015-08")),
    ],
)
def test_dato_after_the_dash_means_the_post_is_held_now(line: str, dates: str, expected: tuple[str, str, str]) -> None:
    data = docx_bytes(
        ("Mette Kristensen", "Title"),
        ("mette.kristensen@example.org", None),
        ("Erhvervserfaring", "Heading 1"),
        (line, None),
        (dates, None),
        ("Planlagde vagterne og passede patienterne.", "List Bullet"),
    )
    roles = [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in read_outline(data).roles]
    assert roles == [(*expected, "present")]


def test_dato_opening_a_firms_name_ends_no_range() -> None:
    span = find_dates("Developer, 2015 – Dato Systems")
    assert span is not None and span.end != "present"
