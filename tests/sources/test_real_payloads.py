"""One test per failure class seen on real board answers (tests/fixtures/sources_corpus, SOURCES.md)."""

from __future__ import annotations

import codecs
import json
import logging
from pathlib import Path

import pytest

from app.domain.models import Job
from app.sources.discover import detect, parse_any, parse_payload
from app.sources.normalise import apply_email
from app.sources.pay import salary_from_text
from app.sources.places import parse_locations

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "sources_corpus"


def _jobs(name: str, kind: str, **params: object) -> dict[str, Job]:
    return {str(j.source_id): j for j in parse_payload((CORPUS / name).read_bytes(), kind, params)}


def _places(job: Job) -> list[tuple[str | None, str | None, str | None]]:
    return [(loc.city, loc.region, loc.country) for loc in job.locations]


# description text


def test_list_items_stay_whole_with_their_bullet() -> None:
    job = _jobs("lever_spotify.json", "lever")["2193db3f-77c5-43b8-b030-8f92c9882bf1"]
    assert "\n- This role is based in London or Stockholm.\n" in job.description_text
    assert "\n-\n" not in job.description_text and not job.description_text.startswith("-\n")


def test_double_encoded_utf8_is_repaired_in_title_and_text() -> None:
    job = _jobs("remoteok_b.json", "remoteok")["1137429"]
    assert job.title == "Mecánico Automotriz Diagnóstico y Presupuestos"
    assert "Buscamos un/a Mecánico/a Automotriz" in job.description_text and "MecÃ" not in job.description_text


def test_curly_quotes_are_not_straightened_by_the_repair() -> None:
    job = _jobs("greenhouse_algolia.json", "greenhouse")["6141481004"]
    assert "we’re proud" in job.description_text


# salary


def test_bare_dollar_takes_the_boards_documented_currency() -> None:
    job = _jobs("remotive_b.json", "remotive")["2091141"]
    assert (job.salary.min, job.salary.max, job.salary.currency, job.salary.period) == (90000, 105000, "USD", "year")


def test_bare_dollar_without_country_or_board_currency_stays_unknown_and_flagged() -> None:
    salary = salary_from_text("Salary: $90k - $105k")
    assert salary is not None and salary.currency is None and salary.ambiguous


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Up to $120,000 a year", (None, 120000, "year")),
        ("Salary from £45,000 per annum", (45000, None, "year")),
        ("Rate: $31,2k - $40k per year", (31200, 40000, "year")),
        ("Compensation: $36k per year", (36000, None, "year")),
        ("Pay: $12K per month", (12000, None, "month")),
        ("Stipend $10k/month", (10000, None, "month")),
        ("$95.4K–$190K annually", (95400, 190000, "year")),
        ("$150 - 210K USD + equity", (150000, 210000, "year")),
    ],
)
def test_salary_phrases_are_read_with_their_period(text: str, want: tuple) -> None:
    salary = salary_from_text(text, "US")
    assert salary is not None and (salary.min, salary.max, salary.period) == want


def test_a_salary_with_no_stated_period_is_flagged_ambiguous() -> None:
    salary = salary_from_text("Salary $90,000 - $110,000", "US")
    assert salary is not None and salary.period == "year" and salary.ambiguous


def test_a_five_figure_salary_in_the_additional_text_gets_the_postings_country() -> None:
    job = _jobs("lever_metabase.json", "lever")["5eca795c-48dd-496a-be23-2181068a5450"]
    assert (job.salary.min, job.salary.max, job.salary.currency) == (95400, 190000, "USD")


# locations


def test_multi_country_strings_give_every_country() -> None:
    job = _jobs("remotive_a.json", "remotive")["2091126"]
    assert [loc.country for loc in job.locations] == ["FR", "JP", "TR", "VN", "MX", "NO"]


def test_regions_stay_regions_and_are_not_cities() -> None:
    assert _places(_jobs("lever_metabase.json", "lever")["5eca795c-48dd-496a-be23-2181068a5450"]) == [
        (None, "North America", None),
        (None, "South America", None),
    ]
    assert [(loc.region, loc.country) for loc in parse_locations("Americas, Europe, Israel")] == [
        ("Americas", None),
        ("Europe", None),
        (None, "IL"),
    ]


@pytest.mark.parametrize(
    ("text", "zones"),
    [
        ("CST", ["CST"]),
        ("CET +", ["CET+"]),
        ("UTC+3", ["UTC+3"]),
        ("Remote, PT/ET hours preferred", ["PT", "ET"]),
    ],
)
def test_time_zones_are_kept_as_regions(text: str, zones: list[str]) -> None:
    locs = parse_locations(text)
    assert [loc.region for loc in locs] == zones and not any(loc.city or loc.country for loc in locs)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Austin, Texas", ("Austin", "US")),
        ("Seattle, WA", ("Seattle", "US")),
        ("Halifax, NS", ("Halifax", "CA")),
        ("Calgary", ("Calgary", "CA")),
        ("Kowloon, Hong Kong", ("Kowloon", "HK")),
        ("Gdańsk", ("Gdańsk", "PL")),
        ("Stockholm", ("Stockholm", "SE")),
    ],
)
def test_places_get_their_country_from_the_gazetteer(text: str, want: tuple) -> None:
    (loc,) = parse_locations(text)
    assert (loc.city, loc.country) == want


def test_a_lever_secondary_location_keeps_its_own_country() -> None:
    job = _jobs("lever_spotify.json", "lever")["2193db3f-77c5-43b8-b030-8f92c9882bf1"]
    assert [(loc.city, loc.country) for loc in job.locations] == [("London", "GB"), ("Stockholm", "SE")]


# remote


def test_remoteok_postings_are_not_forced_remote() -> None:
    job = _jobs("remoteok_a.json", "remoteok")["1137380"]
    assert job.remote == "unknown" and [(loc.city, loc.country) for loc in job.locations] == [("San Francisco", "US")]


def test_smartrecruiters_remote_false_hybrid_false_is_onsite() -> None:
    assert {j.remote for j in _jobs("smartrecruiters_ubisoft.json", "smartrecruiters").values()} == {"onsite"}


# company and title


def test_wwr_items_split_company_and_title_and_use_region() -> None:
    jobs = _jobs("weworkremotely_programming.rss", "rss")
    toptal = jobs["https://weworkremotely.com/remote-jobs/toptal-power-platform-solutions-architect"]
    assert (toptal.company, toptal.title, toptal.remote) == ("Toptal", "Power Platform Solutions Architect", "remote")
    assert _places(toptal) == [(None, "North America", None)]


def test_wwr_type_element_sets_the_employment_type() -> None:
    feed = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>We Work Remotely</title><item>'
        b"<title>Acme: Rails Developer</title><region>USA Only</region><type>Contract</type>"
        b"<link>https://weworkremotely.com/remote-jobs/acme-rails</link><description>Rails.</description>"
        b"</item></channel></rss>"
    )
    (job,) = parse_payload(feed, "rss")
    assert (job.company, job.title, job.employment_type) == ("Acme", "Rails Developer", "contract")
    assert [loc.country for loc in job.locations] == ["US"]


def test_greenhouse_company_name_beats_the_url_host() -> None:
    data = json.loads((CORPUS / "greenhouse_vercel.json").read_text())
    for row in data["jobs"]:
        row["absolute_url"] = row["absolute_url"].replace("job-boards.greenhouse.io/vercel", "www.vercelcareers.com")
    jobs = parse_payload(json.dumps(data).encode(), "greenhouse")
    assert {j.company for j in jobs} == {"Vercel"}


def test_greenhouse_posted_date_is_first_published_not_updated() -> None:
    job = _jobs("greenhouse_vercel.json", "greenhouse")["5999792004"]
    assert job.posted_at is not None and job.posted_at.isoformat() == "2026-05-21"


# apply email


@pytest.mark.parametrize(
    ("text", "email"),
    [
        ("How to Apply\nEmail a short note and your CV to jobs@acme.example.", "jobs@acme.example"),
        ("Send the above to hiring@quill.example with 'SWE' in the subject.", "hiring@quill.example"),
        ("How to apply:\n\ncareers@nimbus.example", "careers@nimbus.example"),
        ("Questions about the role? Contact info@acme.example", None),
    ],
)
def test_apply_email_phrases(text: str, email: str | None) -> None:
    assert apply_email(text) == email


# lost or refused


@pytest.mark.parametrize(
    ("name", "kind", "pick"),
    [
        # GET /postings/{id}: the list row plus its job ad
        (
            "smartrecruiters_ubisoft.json",
            "smartrecruiters",
            lambda d: {
                **d["content"][0],
                "jobAd": {
                    "sections": {"jobDescription": {"title": "Description", "text": "<p>Fiabilité des outils.</p>"}}
                },
            },
        ),
        ("greenhouse_vercel.json", "greenhouse", lambda d: d["jobs"][0]),
        ("lever_spotify.json", "lever", lambda d: d[0]),
        ("ashby_linear.json", "ashby", lambda d: d["jobs"][0]),
        ("recruitee_channable.json", "recruitee", lambda d: {"offer": d["offers"][0]}),
        ("workable_zego.json", "workable", lambda d: d["jobs"][0]),
        ("remotive_b.json", "remotive", lambda d: d["jobs"][0]),
        ("remoteok_a.json", "remoteok", lambda d: d[2]),
        ("himalayas.json", "himalayas", lambda d: d["jobs"][0]),
    ],
)
def test_a_single_posting_of_every_board_is_accepted(name: str, kind: str, pick) -> None:
    one = json.dumps(pick(json.loads((CORPUS / name).read_text()))).encode()
    assert detect(one) == kind
    (job,) = parse_any(one)
    assert job.title


def test_a_workday_detail_answer_is_accepted_on_its_own() -> None:
    data = (CORPUS / "workday_detail_nvidia.json").read_bytes()
    assert detect(data) == "workday"
    (job,) = parse_any(data)
    assert (job.title, [(loc.city, loc.country) for loc in job.locations]) == (
        "Practical Hardware Electronics Test Engineer",
        [("Yokneam", "IL")],
    )


def test_a_byte_order_mark_does_not_hide_the_payload_kind() -> None:
    data = codecs.BOM_UTF8 + (CORPUS / "remotive_b.json").read_bytes()
    assert detect(data) == "remotive"
    assert len(parse_any(data, "download.json")) == 2


def test_a_hacker_news_comment_without_a_header_is_reported_not_dropped_silently(
    caplog: pytest.LogCaptureFixture,
) -> None:
    thread = {
        "id": 1,
        "children": [
            {
                "id": 2,
                "text": "Acme | Data Engineer | Hobart, Australia | Full-time<p>Pipelines.",
                "created_at": "2026-09-01",
            },
            {"id": 3, "text": "We are hiring data engineers in Hobart, email us.", "created_at": "2026-09-01"},
        ],
    }
    with caplog.at_level(logging.INFO, logger="app.sources.hackernews"):
        jobs = parse_payload(json.dumps(thread).encode(), "hackernews")
    assert [j.source_id for j in jobs] == ["2"]
    assert any("id=3" in r.getMessage() and "no '|' header" in r.getMessage() for r in caplog.records)


def test_the_corpus_loses_no_posting() -> None:
    import yaml

    labels = yaml.safe_load((CORPUS / "labels.yaml").read_text(encoding="utf-8"))
    for name, spec in labels.items():
        got = {
            str(j.source_id)
            for j in parse_payload((CORPUS / name).read_bytes(), spec["kind"], spec.get("params") or {})
        }
        assert {str(p["id"]) for p in spec["postings"]} <= got, name
