"""Found by reading made-up Europass-style and Irish trades CVs (not from a corpus file): a town after the employer's
comma, with its country in brackets (`Hendricks & Sons, Tralee (Ireland)`, `Colegio Público Río Duero, Soria
(España)`), had only the bracket taken for the place and the town left in the employer. The town and its bracketed
country or region are one place, as `Tralee, Ireland` is; a firm's name with a country in brackets (`Google
(Ireland)`) stays a name with the country apart."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from app.documents.cv_vocab import is_place
from tests.docx_build import section_cv

INTERESTS = ("Interests", "Hiking in the hills, reading novels about history and cooking for friends on weekends.")
BULLET = "• Built fitted kitchens and staircases for homes across the county."


def _roles(*lines: str) -> list[tuple[str, str, str, str | None, str | None]]:
    out = read_outline(section_cv("Experience", *lines, closing=INTERESTS))
    return [(r.title.value, r.employer.value, r.place.value, r.start.value, r.end.value) for r in out.roles]


def test_a_known_town_with_its_country_in_brackets_is_a_place() -> None:
    assert is_place("Tralee (Ireland)") and is_place("Soria (España)")
    assert not is_place("Google (Ireland)") and not is_place("Accenture (Spain)")


def test_the_town_before_a_bracketed_country_on_the_employers_line_is_the_place() -> None:
    assert _roles("Carpenter\t2010 – 2014", "Hendricks & Sons, Tralee (Ireland)", BULLET) == [
        ("Carpenter", "Hendricks & Sons", "Tralee (Ireland)", "2010", "2014")
    ]
    assert _roles(
        "01/09/2012 – 30/06/2018", "Maestro de Primaria", "Colegio Público Río Duero, Soria (España)", BULLET
    )[0][1:3] == ("Colegio Público Río Duero", "Soria (España)")


def test_the_town_before_a_bracketed_country_in_a_piped_field_is_the_place() -> None:
    assert _roles("Barista | Café Nero, Galway (Ireland) | 2016 – 2018", BULLET) == [
        ("Barista", "Café Nero", "Galway (Ireland)", "2016", "2018")
    ]


def test_a_firms_branch_named_with_its_country_keeps_its_name() -> None:
    assert _roles("Analyst\t2010 – 2014", "Google (Ireland)", BULLET)[0][1:3] == ("Google", "Ireland")


def test_how_a_post_was_held_in_brackets_after_a_states_code_is_no_country() -> None:
    # "(Remote)" is also a region's name in the lists, and "TX" a state's code, not a town
    line = "AI/ML Data Scientist | American Express — Dallas, TX (Remote)\tAug 2024 – Present"
    roles = _roles(line, "• Built retrieval pipelines over the bank's records for the analysts.")
    assert [(r[0], r[1]) for r in roles] == [("AI/ML Data Scientist", "American Express")]
