"""Normalisation rules: safe HTML, plain text, locations, salaries stated (never guessed), emails."""

from __future__ import annotations

import json

import pytest

from app.sources import get_source
from app.sources.html import description
from app.sources.normalise import apply_email, contact_name, employment_type, parse_date
from app.sources.pay import salary_from_text
from app.sources.places import arrangement, parse_location

HOSTILE = (
    '<p onclick="steal()">Great role</p><script>alert("x")</script><style>p{display:none}</style>'
    '<img src="x" onerror="alert(1)"><a href="javascript:alert(1)">apply</a>'
    '<iframe src="https://evil.example"></iframe><a href="https://ok.example/apply">real link</a>'
    '<svg onload="alert(2)"></svg><form action="https://evil.example"><input name="cv"></form>'
)


def test_hostile_html_is_sanitised() -> None:
    safe, text = description(HOSTILE)
    lowered = safe.lower()
    for bad in (
        "<script",
        "alert",
        "onclick",
        "onerror",
        "onload",
        "javascript:",
        "<iframe",
        "<style",
        "<form",
        "<input",
        "<svg",
        "<img",
    ):
        assert bad not in lowered, bad
    assert '<a href="https://ok.example/apply"' in safe
    assert "Great role" in text and "alert" not in text and "display:none" not in text


def test_hostile_html_in_a_real_payload_is_sanitised() -> None:
    payload = {
        "jobs": [
            {
                "id": 1,
                "title": "Data Engineer",
                "company_name": "Evil Co",
                "url": "https://x.example/1",
                "candidate_required_location": "Australia",
                "description": HOSTILE,
            }
        ]
    }
    (job,) = get_source("remotive").parse(json.loads(json.dumps(payload)))
    assert "<script" not in job.description_html and "javascript:" not in job.description_html
    assert "alert" not in job.description_text


def test_escaped_greenhouse_content_is_unescaped_once() -> None:
    safe, text = description("&lt;p&gt;Fish &amp;amp; chips &lt;script&gt;bad()&lt;/script&gt;&lt;/p&gt;")
    assert safe == "<p>Fish &amp; chips </p>"
    assert text == "Fish & chips"


def test_plain_text_description_becomes_paragraphs() -> None:
    safe, text = description("First para <3\n\nSecond para")
    assert safe == "<p>First para &lt;3</p><p>Second para</p>"
    assert text.startswith("First para <3")


@pytest.mark.parametrize(
    ("raw", "city", "region", "country"),
    [
        ("Remote - Australia", None, None, "AU"),
        ("Sydney, NSW (Hybrid)", "Sydney", "NSW", "AU"),
        ("London, United Kingdom", "London", "England", "GB"),
        ("USA only", None, None, "US"),
        ("San Francisco, CA", "San Francisco", "CA", "US"),
        ("Perth, WA", "Perth", "WA", "AU"),
        ("Auckland, New Zealand", "Auckland", None, "NZ"),
        ("Manchester", "Manchester", "England", "GB"),
    ],
)
def test_locations_get_iso_country_codes(raw: str, city: str | None, region: str | None, country: str) -> None:
    loc = parse_location(raw)
    assert (loc.city, loc.region, loc.country, loc.raw) == (city, region, country, raw)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hybrid, 3 days a week in our Sydney office.", "hybrid"),
        ("Hobart based with 4 days a week from home.", "hybrid"),
        ("On-site in Brisbane five days a week.", "onsite"),
        ("You will work remotely from anywhere in Australia.", "remote"),
        ("Our office is lovely.", "unknown"),
    ],
)
def test_work_arrangement_from_text(text: str, expected: str) -> None:
    assert arrangement(text) == expected


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        ("Rate: $1,000 – $1,200 AUD per day + super", None, (1000, 1200, "AUD", "day")),
        ("A$950 – A$1.1K per day", None, (950, 1100, "AUD", "day")),
        ("$150k - $170k", "US", (150000, 170000, "USD", "year")),
        ("Salary £70,000 - £78,000.", None, (70000, 78000, "GBP", "year")),
        ("$85 per hour", "AU", (85, None, "AUD", "hour")),
        ("$1000-$1200/day.", None, (1000, 1200, None, "day")),
        # thousands separators as Europe and Switzerland write them
        ("Salary: EUR 75.000 – 90.000 per year", None, (75000, 90000, "EUR", "year")),
        ("Gehalt (salary): 75.000,00 € per year", None, (75000, None, "EUR", "year")),
        ("€1.200 – €1.500 per month", None, (1200, 1500, "EUR", "month")),
        ("£45,000–£55,000 per annum", None, (45000, 55000, "GBP", "year")),
        ("$120k-$140k", "US", (120000, 140000, "USD", "year")),
        ("Salary: CHF 110'000 per year", None, (110000, None, "CHF", "year")),
        ("$95.50 per hour", "US", (95.5, None, "USD", "hour")),
    ],
)
def test_salary_from_the_posting_words(text: str, country: str | None, expected: tuple) -> None:
    s = salary_from_text(text, country)
    assert (s.min, s.max, s.currency, s.period) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Lead a portfolio of digital programmes (budget £10m+).",
        "5+ years of data engineering, a team of 3 engineers.",
        "Competitive salary and great benefits.",
        "",
    ],
)
def test_no_salary_is_ever_guessed(text: str) -> None:
    assert salary_from_text(text, "AU") is None


def test_apply_email_only_when_the_posting_asks_for_it() -> None:
    assert (
        apply_email("To apply, email your CV and cover letter to careers@derwentwater.example quoting X.")
        == "careers@derwentwater.example"
    )
    assert apply_email("Applications to Jobs@Acme.Example by Friday.") == "jobs@acme.example"
    assert apply_email("Contact Jordan Lee, jordan.lee@tasmanwave.example") is None
    assert apply_email("Our privacy officer is privacy@acme.example.") is None


def test_contact_name_when_given() -> None:
    assert contact_name("Rate: $1,000. Contact Jordan Lee, jordan.lee@x.example") == "Jordan Lee"
    assert contact_name("Please contact us for details.") is None


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2026-11-20T09:15:02-05:00", "2026-11-20"),
        ("Sat, 21 Nov 2026 06:00:00 GMT", "2026-11-21"),
        (1763596800000, "2025-11-20"),
        (1763596800, "2025-11-20"),
        ("2026-11-22", "2026-11-22"),
    ],
)
def test_dates_in_every_source_format(value: object, iso: str) -> None:
    assert parse_date(value).isoformat() == iso


def test_unreadable_date_is_none() -> None:
    assert parse_date("sometime soon") is None


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (("Contract",), "contract"),
        (("FullTime",), "full_time"),
        (("CONTRACTOR",), "contract"),
        ((None, "Permanent, full-time role"), "full_time"),
        (("Part-time",), "part_time"),
        ((None, "Great team"), "unknown"),
    ],
)
def test_employment_type_words(values: tuple, expected: str) -> None:
    assert employment_type(*values) == expected


def test_salary_text_is_the_sentence_that_states_it() -> None:
    s = salary_from_text("Our 2027 graduate programme. SQL and Python basics. Salary $75,000 + super.", "AU")
    assert s.text == "Salary $75,000 + super."


@pytest.mark.parametrize(
    ("raw", "places"),
    [
        ("Remote - US or Canada", [(None, "US"), (None, "CA")]),
        ("Sydney or Melbourne", [("Sydney", "AU"), ("Melbourne", "AU")]),
        ("New York, NY; London, UK", [("New York", "US"), ("London", "GB")]),
        ("Research and Development, Sydney", [("Sydney", "AU")]),
        ("London, United Kingdom", [("London", "GB")]),
    ],
)
def test_a_text_naming_several_places_gives_several_locations(raw: str, places: list[tuple]) -> None:
    from app.sources.places import parse_locations

    assert [(loc.city, loc.country) for loc in parse_locations(raw)] == places


def test_a_remote_job_open_to_two_countries_passes_for_either() -> None:
    from app.config.search import LocationPolicy, SearchConfig
    from app.pipeline.match import match_job

    (job,) = get_source("remotive").parse(
        {
            "jobs": [
                {
                    "id": 5,
                    "title": "Data Engineer",
                    "company_name": "Maple",
                    "url": "https://x.example/5",
                    "candidate_required_location": "US or Canada",
                    "description": "<p>Python</p>",
                }
            ]
        }
    )
    canadian = SearchConfig(locations=LocationPolicy(countries=["CA"]))
    gate = next(g for g in match_job(job, canadian).gates if g.name == "location")
    assert gate.passed and gate.reason == "remote from CA"
