""" "novembre 2024– | Maître d'hôtel | Brasserie Flo": a start and its dash, then the next field's pipe or colon, is a
post that goes on (as "2022 –" closing a line is); a year after the pipe still makes it a range's start. And "Data"
alone, before dates and nothing else, is the old Europass's dates label in Dutch, Italian, Polish and Portuguese.

The wild role set's fresh seeds (even seeds 3000 to 3598 of `bench/bench_cv_roles_wild.py`) found both: the open start
read as a post of one month, and the Dutch form's posts read with "Data" as their employer. The CVs below are made
up."""

from __future__ import annotations

import docx

from app.documents.cv_dates import find_dates
from app.documents.cv_structure import read_outline
from tests.docx_build import add_rows, saved


def _roles(lines: list[str]) -> list[tuple[str, str, str, str]]:
    d = docx.Document()
    d.add_paragraph("Marie Lefort", style="Title")
    d.add_paragraph("marie.lefort@example.fr | +33 6 55 50 98 76")
    d.add_paragraph("Expérience", style="Heading 1")
    for text in lines:
        d.add_paragraph(text)
    out = read_outline(saved(d))
    return [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in out.roles]


def test_a_start_and_dash_before_a_pipe_goes_on() -> None:
    roles = _roles(
        [
            "novembre 2024– | Maître d'hôtel | Brasserie Flo",
            "mars 2021–octobre 2024 | Chef de rang | Le Train Bleu",
        ]
    )
    assert roles == [
        ("Maître d'hôtel", "Brasserie Flo", "2024-11", "present"),
        ("Chef de rang", "Le Train Bleu", "2021-03", "2024-10"),
    ]


def test_a_start_and_dash_before_a_colon_goes_on() -> None:
    roles = _roles(
        ["mars 2022 -: Responsable de salle, Brasserie Flo, Lyon", "mai 2019 - févr. 2022: Serveuse, Paul, Lyon"]
    )
    assert [(r[0], r[2], r[3]) for r in roles] == [
        ("Responsable de salle", "2022-03", "present"),
        ("Serveuse", "2019-05", "2022-02"),
    ]


def test_a_year_after_the_pipe_is_no_open_start() -> None:
    span = find_dates("2019 – | 2021 | Serveuse")
    assert span is not None and span.end != "present"


def test_dutch_europass_dates_label() -> None:
    # read as no label, "Data" left the form's fields to the reading of lines, which took the duties for the post
    d = docx.Document()
    d.add_paragraph("Sanne de Vries", style="Title")
    d.add_paragraph("sanne.devries@example.nl | +31 6 5550 1234")
    d.add_paragraph("Werkervaring", style="Heading 1")
    add_rows(
        d,
        [
            ["Data", "03-2020–06-2024"],
            ["Functie of positie", "Teamleider magazijn"],
            ["Voornaamste werkzaamheden en verantwoordelijkheden", "Planning van de ploegen; Voorraadbeheer"],
            ["Naam en adres werkgever", "Bol.com, Waalwijk"],
            ["Data", "01-2017–02-2020"],
            ["Functie of positie", "Orderpicker"],
            ["Voornaamste werkzaamheden en verantwoordelijkheden", "Orders verzamelen"],
            ["Naam en adres werkgever", "Coolblue, Tilburg"],
        ],
    )
    out = read_outline(saved(d))
    assert [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in out.roles] == [
        ("Teamleider magazijn", "Bol.com", "2020-03", "2024-06"),
        ("Orderpicker", "Coolblue", "2017-01", "2020-02"),
    ]
