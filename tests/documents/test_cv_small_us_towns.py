"""A US town smaller than the gazetteer's cities, written with its state's code, is a place when it lies in that state
("Humble, TX": GeoNames' 15,000 list lacks it, its 5,000 list has it in Texas). From a round-36 tune file, a Houston
teacher's "Teacher/Coach Humble, TX" line read as one title. The state must be the town's own."""

from __future__ import annotations

from app.documents.cv_places import city_and_code
from app.documents.cv_structure import read_outline
from tests.docx_build import bold_or_plain


def test_a_small_town_is_a_place_only_with_its_own_states_code() -> None:
    assert city_and_code("Humble", "TX")
    assert city_and_code("Ames", "IA")
    assert not city_and_code("Humble", "NY")  # no Humble in New York
    assert not city_and_code("Acme", "TX")
    assert not city_and_code("humble", "TX")  # a word, not a name


def test_the_town_after_the_post_is_the_roles_place() -> None:
    data = bold_or_plain(
        ("Camille Moreau", True),
        ("camille.moreau@example.org | (444) 435-2335", False),
        ("Experience", True),
        ("Pearland ISD June 2017 - Present", False),
        ("Teacher/Coach Pearland, TX", False),
        ("Taught physical education.", False),
        ("Humble ISD June 2015 - June 2017", False),
        ("Teacher/Coach Humble, TX", False),
        ("Coached football and track.", False),
    )
    roles = [(r.title.value, r.employer.value, r.place.value) for r in read_outline(data).roles]
    assert roles == [
        ("Teacher/Coach", "Pearland ISD", "Pearland, TX"),
        ("Teacher/Coach", "Humble ISD", "Humble, TX"),
    ]
