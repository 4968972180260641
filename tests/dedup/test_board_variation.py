"""Each class of board variation that used to split one role, and the differences that must still split."""

from __future__ import annotations

from datetime import date

import pytest

from app.dedup import Deduper
from app.dedup.canonical import canonical_company, canonical_place, canonical_title
from app.domain.models import Job, Location

TEXT = (
    "Wattlebrook is hiring a payroll officer to run fortnightly pay for 900 staff across 4 sites. "
    "You bring 3+ years with Xero and award interpretation, and you will improve how we reconcile."
)


def _job(n: int, title: str, company: str, place: str, text: str = TEXT) -> Job:
    return Job(
        title=title,
        company=company,
        locations=[Location(raw=place)],
        description_text=text,
        source="rss",
        source_id=f"p{n}",
        url=f"https://board{n}.example/jobs/{n}",
        posted_at=date(2026, 5, 1),
    )


def _one_role(a: Job, b: Job) -> bool:
    dedup = Deduper()
    dedup.add(a)
    return dedup.add(b).is_duplicate


@pytest.mark.parametrize(
    "place",
    [
        "Sydney NSW 2000",
        "Sydney, NSW 2000",
        "Sydney (NSW)",
        "Sydney, New South Wales",
        "Sydney, New South Wales, Australia",
        "Greater Sydney Area",
        "Sydney CBD",
    ],
)
def test_one_place_written_the_ways_boards_write_it_is_one_place(place: str) -> None:
    assert canonical_place(place).city == "sydney"
    assert canonical_place(place).country == "AU"
    assert _one_role(
        _job(1, "Payroll Officer", "Wattlebrook", "Sydney, NSW"), _job(2, "Payroll Officer", "Wattlebrook", place)
    )


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Seattle, WA 98101", "Seattle, Washington, United States"),
        ("Perth WA 6000", "Perth, Western Australia, Australia"),
        ("Toronto, ON M5V 2T6", "Toronto (Ontario)"),
        ("London EC2A 4NE", "London, England, United Kingdom"),
        ("Bangalore, Karnataka", "Bengaluru KA 560001"),
        ("München, Bavaria", "Munich, BY, DE"),
    ],
)
def test_postcodes_bracketed_and_spelled_out_states_and_city_spellings_are_one_place(a: str, b: str) -> None:
    pa, pb = canonical_place(a), canonical_place(b)
    assert (pa.city, pa.country) == (pb.city, pb.country)
    assert pa.region is None or pb.region is None or pa.region == pb.region  # unsaid is no difference


@pytest.mark.parametrize(
    "title",
    [
        "Payroll Officer | Immediate start",
        "Payroll Officer - 12 month contract",
        "PAYROLL OFFICER",
        "Payroll Officer (Remote)",
        "Payroll Officer (m/w/d)",
        "Payroll Officer - Urgently hiring",
        "Payroll Officer at Wattlebrook Pty Ltd",
        "Payroll Officer - Sydney CBD",
        "Payroll Officer [Fixed Term 6 Months]",
    ],
)
def test_board_title_decorations_are_dropped(title: str) -> None:
    assert canonical_title(title, "Wattlebrook") == "payroll officer"
    assert _one_role(
        _job(1, "Payroll Officer", "Wattlebrook", "Sydney NSW"), _job(2, title, "Wattlebrook", "Sydney NSW")
    )


def test_a_title_word_that_names_the_role_is_kept() -> None:
    assert canonical_title("Contract Manager") == "contract manager"
    assert canonical_title("Sr. Payroll Officer") == "senior payroll officer"


@pytest.mark.parametrize(
    "company",
    [
        "Wattlebrook Pty Ltd",
        "Wattle Brook",
        "WATTLEBROOK, Inc.",
        "The Wattlebrook",
        "Wattlebrook Pty. Ltd.",
        "Wattlebrook GmbH",
        "wattlebrook limited",
    ],
)
def test_legal_suffix_spacing_case_and_the_are_one_company(company: str) -> None:
    assert canonical_company(company) == canonical_company("Wattlebrook")
    assert _one_role(
        _job(1, "Payroll Officer", "Wattlebrook", "Hobart TAS"), _job(2, "Payroll Officer", company, "Hobart (TAS)")
    )


def test_different_cities_in_one_country_stay_apart() -> None:
    assert not _one_role(
        _job(1, "Payroll Officer", "Wattlebrook", "Sydney NSW 2000"),
        _job(2, "Payroll Officer", "Wattlebrook", "Melbourne VIC 3000"),
    )


def test_one_city_name_in_two_countries_stays_apart() -> None:
    assert not _one_role(
        _job(1, "Payroll Officer", "Wattlebrook", "Perth WA"),
        _job(2, "Payroll Officer", "Wattlebrook", "Perth, Scotland, United Kingdom"),
    )


def test_hybrid_remote_in_a_city_still_names_that_city() -> None:
    assert not _one_role(
        _job(1, "Payroll Officer", "Wattlebrook", "Hybrid remote in Austin, TX"),
        _job(2, "Payroll Officer", "Wattlebrook", "Denver, CO 80202"),
    )


def test_one_stem_in_two_industries_is_two_companies() -> None:
    assert not _one_role(
        _job(1, "Payroll Officer", "Wattlebrook Health", "Hobart TAS"),
        _job(2, "Payroll Officer", "Wattlebrook Energy", "Hobart TAS"),
    )


def test_descriptions_stating_different_numbers_are_different_openings() -> None:
    other = TEXT.replace("900 staff across 4 sites", "250 staff across 2 sites")
    assert not _one_role(
        _job(1, "Payroll Officer", "Wattlebrook", "Hobart TAS"),
        _job(2, "Payroll Officer", "Wattlebrook", "Hobart TAS", other),
    )


def test_a_summary_cut_short_keeps_the_numbers_it_has() -> None:
    summary = TEXT[:80] + "…"
    assert _one_role(
        _job(1, "Payroll Officer", "Wattlebrook", "Hobart TAS"),
        _job(2, "PAYROLL OFFICER", "Wattlebrook Pty Ltd", "Hobart TAS 7000", summary),
    )
