"""More words for now end a range as going on: Danish and Norwegian "dato" / "til dato", Portuguese "o presente",
"atualidade", "até à data", Spanish "en la actualidad", "la fecha", French "à présent", "actuellement", Italian
"a oggi", Dutch "nog steeds", English "the present", "presently", "still employed".

Found by reading made-up Danish, Norwegian, Portuguese, Brazilian, Spanish, French, Italian, Dutch and Irish CVs (not
from a corpus file): "Sygeplejerske, Rigshospitalet, København, 03.2019 – dato" was read as a post of March 2019 alone
(start and end the same month), and so were "Professora, Escola Básica de Lordelo, 2017 – atualidade" and the others:
the word for now was not known, so the range stopped at its start, and the role that goes on was read as ended.
"""

from __future__ import annotations

import pytest

from app.documents.cv_dates import find_dates
from app.documents.cv_structure import read_outline
from tests.docx_build import section_cv

NOW = [
    "dato",
    "til dato",
    "o presente",
    "atualidade",
    "até à data",
    "em andamento",
    "en la actualidad",
    "la fecha",
    "à présent",
    "actuellement",
    "à aujourd’hui",
    "a oggi",
    "nog steeds",
    "the present",
    "presently",
    "still employed",
]


@pytest.mark.parametrize("now", NOW)
def test_a_word_for_now_after_the_dash_ends_the_range_as_going_on(now: str) -> None:
    for start, text in (("2019-03", f"03.2019 – {now}"), ("2017", f"2017 - {now}"), ("2018-09", f"Sep 2018 to {now}")):
        span = find_dates(text)
        assert span is not None and (span.start, span.end) == (start, "present"), text


@pytest.mark.parametrize(
    ("head", "want"),
    [
        ("Sygeplejerske, Rigshospitalet, København, 03.2019 – dato", ("Sygeplejerske", "Rigshospitalet", "2019-03")),
        ("Lastebilsjåfør, Posten Norge, Oslo, 2018 – til dato", ("Lastebilsjåfør", "Posten Norge", "2018")),
        ("Professora, Escola de Lordelo, Porto, 2017 – atualidade", ("Professora", "Escola de Lordelo", "2017")),
        ("Cocinero, Hotel Meliá, Sevilla, marzo 2019 – en la actualidad", ("Cocinero", "Hotel Meliá", "2019-03")),
        ("Comptable, Fiducial, Lyon, 2016 – à présent", ("Comptable", "Fiducial", "2016")),
        ("Farm Hand, Kilkenny Dairy, Kilkenny, May 2020 – the present", ("Farm Hand", "Kilkenny Dairy", "2020-05")),
    ],
)  # fmt: skip
def test_the_role_that_goes_on_is_read_so(head: str, want: tuple[str, str, str]) -> None:
    lines = [head, "• Looked after the daily work of the team.", "Helper, Northwind, Leeds, 2012 – 2015"]
    roles = read_outline(section_cv("Experience", *lines, closing=("Education", "Diploma, 2011"))).roles
    first = roles[0]
    assert (first.title.value, first.employer.value, first.start.value, first.end.value) == (*want, "present")
