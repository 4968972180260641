"""The one reading of ISO 3166-1 that the posting, deduplication and CV readers share (`app.domain.countries`)."""

from __future__ import annotations

from app.dedup.places import canonical_place
from app.documents.cv_places import town_of
from app.domain.countries import alpha2_codes, iso_country_names
from app.pipeline.locations import resolve


def test_each_country_is_listed_by_its_names_and_on_request_its_alpha3_code() -> None:
    names = dict(iso_country_names())
    assert names["Germany"] == "DE" and names["Federal Republic of Germany"] == "DE"
    assert "DEU" not in names
    assert dict(iso_country_names(alpha3=True))["DEU"] == "DE"
    assert {"GB", "DE", "NZ"} <= alpha2_codes() and "UK" not in alpha2_codes()


def test_the_three_readers_of_places_know_countries_by_the_shared_names() -> None:
    place = resolve("Federal Republic of Germany")
    assert place is not None and place.country == "DE"
    assert canonical_place("Berlin, Federal Republic of Germany").country == "DE"
    assert town_of("Shanghai", "CHN") and not town_of("Shanghai", "Germany")
