"""The CV reader's vocabulary drawn from licensed data (app/documents/data/): places, occupations, legal forms."""

from __future__ import annotations

import pytest

from app.documents import cv_places
from app.documents.cv_structure import read_outline
from app.documents.cv_vocab import is_place
from tests.docx_build import docx_bytes


def _roles(*lines: str) -> list[tuple[str, str, str]]:
    data = docx_bytes(
        ("Robin Okafor", "Title"),
        ("robin.okafor@example.org", None),
        ("Experience", "Heading 1"),
        *[(line, None) for line in lines],
    )
    return [(r.title.value, r.employer.value, r.place.value) for r in read_outline(data).roles]


@pytest.mark.parametrize(
    "text",
    ["Quito, Équateur", "Ljubljana, Slowenien", "Kampala, Ouganda", "Bergamo, Lombardia", "Linz, Oberösterreich"],
)
def test_a_city_and_its_country_or_region_is_a_place(text: str) -> None:
    assert is_place(text)


@pytest.mark.parametrize("text", ["Côte d'Ivoire", "Marruecos", "Nueva Zelanda", "Niederlande", "Moldavie"])
def test_a_country_in_any_cv_language_is_a_place(text: str) -> None:
    assert is_place(text)


@pytest.mark.parametrize("text", ["Guadalajara", "München", "Porto Alegre", "Vaduz", "Hyderabad"])
def test_a_large_city_or_a_capital_alone_is_a_place(text: str) -> None:
    assert is_place(text)


@pytest.mark.parametrize("text", ["Reading", "Mobile", "Bath", "Police", "Orange", "Nice", "Central"])
def test_a_common_word_that_is_also_a_town_is_not_a_place_alone(text: str) -> None:
    assert not is_place(text)


def test_a_small_town_alone_is_not_a_place_but_is_one_before_its_country() -> None:
    assert cv_places.is_city("Mountain View", floor=15_000) and not is_place("Mountain View")
    assert is_place("Mountain View, USA")


def test_a_city_name_in_lower_case_or_an_acronym_is_not_a_city() -> None:
    assert cv_places.is_city("Lima") and not cv_places.is_city("lima") and not cv_places.is_city("LIMA")


def test_the_place_after_an_employer_is_set_apart_from_the_employer() -> None:
    roles = _roles("Data Engineer | Northwind Traders | Guadalajara", "Jan 2020 – Mar 2022")
    assert roles == [("Data Engineer", "Northwind Traders", "Guadalajara")]
