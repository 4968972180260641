"""Board place formats resolve through the gazetteers; search.yaml's new keys load and refuse bad forms."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from app.config.search import SearchConfig
from app.pipeline.locations import parse_places, remote_restrictions, resolve_home, summarise


@pytest.mark.parametrize(
    ("text", "city", "region", "country"),
    [
        ("Hobart TAS 7000", "hobart", "AU-TAS", "AU"),
        ("Hobart, Tasmania, Australia", "hobart", "AU-TAS", "AU"),
        ("Perth (WA)", "perth", "AU-WA", "AU"),
        ("Perth, Scotland", "perth", "GB-SCT", "GB"),
        ("Toronto, ON M5V 2T6", "toronto", "CA-ON", "CA"),
        ("London, ON", "london", "CA-ON", "CA"),
        ("Seattle, WA 98101", "seattle", "US-WA", "US"),
        ("Montreal, QC", "montreal", "CA-QC", "CA"),
        ("10115 Berlin", "berlin", None, "DE"),
        ("Camden, London NW1", "london", None, "GB"),
        ("Manchester", "manchester", None, "GB"),
    ],
)
def test_a_board_location_resolves_to_city_region_and_country(
    text: str, city: str, region: str | None, country: str
) -> None:
    cities, reg, ctry = summarise(parse_places(text)[0])
    assert city in cities and reg == region and ctry == country


def test_a_list_of_places_gives_one_location_each() -> None:
    assert [summarise(loc)[0] for loc in parse_places("Sydney; Melbourne")] == [{"sydney"}, {"melbourne"}]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Remote within NSW only.", "AU-NSW"),
        ("Remote (Victoria only).", "AU-VIC"),
        ("This remote role is open to residents of British Columbia only.", "CA-BC"),
        ("Candidates must live within 10 miles of Leeds.", "leeds"),
        ("Canadian residents only.", "CA"),
        ("Remote (EU only).", "EU"),
        ("Must be based in New York City.", "new york city"),
    ],
)
def test_limits_on_where_the_seeker_lives_are_read(text: str, code: str) -> None:
    assert [p.code for p, _ in remote_restrictions(text)] == [code]


def test_ordinary_sentences_carry_no_limit() -> None:
    assert remote_restrictions("We are based in a lovely office and only ship good code.") == []


def test_home_resolves_names_and_codes() -> None:
    assert resolve_home("Hobart", "TAS", "Australia") == resolve_home("Hobart", "Tasmania", "AU")
    assert resolve_home("Austin", "Texas", "US").region == "US-TX"


def test_must_have_groups_load_in_both_forms_and_a_bad_group_is_refused() -> None:
    a = SearchConfig.model_validate({"skills": {"must_have": ["Python", {"any": ["AWS", "GCP"]}]}})
    b = SearchConfig.model_validate({"skills": {"must_have": ["Python"], "must_have_any": [["AWS", "GCP"]]}})
    assert a == b and a.skills.all_must() == ["Python", "AWS", "GCP"]
    with pytest.raises(ValidationError, match="any"):
        SearchConfig.model_validate({"skills": {"must_have": [{"all": ["AWS"]}]}})


def test_exchange_rates_add_to_the_shipped_table() -> None:
    search = SearchConfig.model_validate({"exchange_rates": {"as_of": "2026-11-30", "per_usd": {"gbp": 0.8}}})
    assert search.exchange_rates.per_usd["GBP"] == 0.8 and search.exchange_rates.per_usd["AUD"] == 1.53
    assert search.exchange_rates.rate("XYZ", "AUD") is None
