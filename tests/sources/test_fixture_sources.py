"""Each fixture-backed source fetched from a real local HTTP server and normalised."""

from __future__ import annotations

import json
from datetime import date

from app.config.platforms import PlatformsConfig
from app.sources.discover import discover_source

from .localserver import POSTINGS, LocalServer, Reply, source_cfg


def test_greenhouse_board_normalises_escaped_content(server: LocalServer, platforms: PlatformsConfig) -> None:
    server.file("/v1/boards/tasmanwave/jobs", "greenhouse_tasmanwave_jobs.json")
    run = discover_source(source_cfg("greenhouse", server, board="tasmanwave"), platforms)
    assert run.ok, run.error
    assert [j.title for j in run.jobs] == [
        "Senior Data Engineer",
        "Staff Machine Learning Engineer",
        "Graduate Data Engineer",
    ]
    sde = run.jobs[0]
    assert sde.company == "TasmanWave"
    assert sde.source == "greenhouse" and sde.source_id == "4012345001"
    assert sde.requisition_id == "TW-DE-114"
    assert sde.remote == "remote" and sde.employment_type == "contract"
    assert sde.locations[0].country == "AU"
    assert (sde.salary.min, sde.salary.max, sde.salary.currency, sde.salary.period) == (1000, 1200, "AUD", "day")
    assert sde.posted_at == date(2026, 11, 20)
    assert "<h3>About the role</h3>" in sde.description_html
    assert "&lt;" not in sde.description_html
    assert "What you'll do" in sde.description_text and "<" not in sde.description_text
    assert sde.contact_name == "Jordan Lee"
    assert sde.apply_email is None  # a contact address, not an instruction to apply by email
    assert sde.raw["id"] == 4012345001
    ml = run.jobs[1]
    assert ml.remote == "hybrid" and ml.locations[0].city == "Sydney" and ml.locations[0].region == "NSW"
    assert ml.salary is None  # none stated: never guessed
    assert server.seen[0].query == {"content": ["true"]}


def test_lever_postings_with_salary_range_and_workplace(server: LocalServer, platforms: PlatformsConfig) -> None:
    server.file("/v0/postings/koalaworks", "lever_koalaworks_postings.json")
    run = discover_source(source_cfg("lever", server, site="koalaworks"), platforms)
    assert run.ok, run.error
    dpe, analytics = run.jobs
    assert (dpe.title, dpe.company, dpe.remote, dpe.employment_type) == (
        "Data Platform Engineer",
        "KoalaWorks",
        "remote",
        "contract",
    )
    assert (dpe.salary.min, dpe.salary.max, dpe.salary.currency, dpe.salary.period) == (200000, 230000, "AUD", "year")
    assert "Terraform" in dpe.description_text and "Snowflake" in dpe.description_text
    assert dpe.apply_url.endswith("/apply")
    assert analytics.remote == "onsite" and analytics.locations[0].city == "Brisbane"
    assert analytics.employment_type == "full_time"


def test_lever_paginates_with_skip_and_limit(server: LocalServer, platforms: PlatformsConfig) -> None:
    rows = json.loads((POSTINGS / "lever_koalaworks_postings.json").read_text())
    third = dict(rows[0], id="third-posting", text="Data Engineer")
    server.route("/v0/postings/koalaworks?mode=json&skip=0&limit=2", Reply(json.dumps(rows).encode()))
    server.route("/v0/postings/koalaworks?mode=json&skip=2&limit=2", Reply(json.dumps([third]).encode()))
    run = discover_source(source_cfg("lever", server, site="koalaworks", page_size=2), platforms)
    assert run.ok, run.error
    assert run.pages == 2
    assert [j.title for j in run.jobs] == ["Data Platform Engineer", "Analytics Engineer", "Data Engineer"]


def test_ashby_board_compensation_and_secondary_locations(server: LocalServer, platforms: PlatformsConfig) -> None:
    server.file("/posting-api/job-board/harbourline", "ashby_harbourline_job_board.json")
    run = discover_source(source_cfg("ashby", server, board="harbourline"), platforms)
    assert run.ok, run.error
    de, pm = run.jobs
    assert de.company == "Harbourline" and de.remote == "remote" and de.employment_type == "contract"
    assert (de.salary.min, de.salary.max, de.salary.currency, de.salary.period) == (950, 1100, "AUD", "day")
    assert [loc.city for loc in pm.locations] == ["London", "Manchester"]
    assert {loc.country for loc in pm.locations} == {"GB"}
    assert pm.remote == "hybrid" and pm.employment_type == "full_time"
    assert server.seen[0].query == {"includeCompensation": ["true"]}


def test_remotive_jobs_are_remote_with_required_location(server: LocalServer, platforms: PlatformsConfig) -> None:
    server.file("/api/remote-jobs", "remotive_remote_jobs.json")
    run = discover_source(source_cfg("remotive", server, search="data"), platforms)
    assert run.ok, run.error
    tw, go = run.jobs
    assert tw.company == "TasmanWave" and tw.remote == "remote" and tw.locations[0].country == "AU"
    assert (tw.salary.min, tw.salary.max, tw.salary.currency, tw.salary.period) == (1000, 1200, "AUD", "day")
    assert go.locations[0].country == "US"
    assert (go.salary.min, go.salary.max, go.salary.currency, go.salary.period) == (150000, 170000, "USD", "year")
    assert server.seen[0].query == {"search": ["data"]}


def test_rss_feed_splits_titles_and_keeps_links(server: LocalServer, platforms: PlatformsConfig) -> None:
    server.file("/feed.rss", "example_jobs_feed.rss", content_type="application/rss+xml")
    run = discover_source(source_cfg("rss", server, url=f"{server.url}/feed.rss"), platforms)
    assert run.ok, run.error
    tw, pm = run.jobs
    assert (tw.title, tw.company, tw.remote) == ("Senior Data Engineer", "TasmanWave", "remote")
    assert tw.locations[0].country == "AU"
    assert (tw.salary.min, tw.salary.max, tw.salary.currency, tw.salary.period) == (1000, 1200, "AUD", "day")
    assert tw.source_id == "ej-88213" and tw.posted_at == date(2026, 11, 21)
    assert (pm.title, pm.company) == ("Programme Manager, Digital Transformation", "Civic Health Trust")
    assert pm.locations[0].city == "Manchester" and pm.locations[0].country == "GB"
    assert pm.salary.currency == "GBP"


def test_job_page_reads_json_ld_with_apply_email(server: LocalServer, platforms: PlatformsConfig) -> None:
    server.file("/jobs/lead-data-engineer", "derwentwater_lead_data_engineer.html", content_type="text/html")
    run = discover_source(source_cfg("page", server, url=f"{server.url}/jobs/lead-data-engineer"), platforms)
    assert run.ok, run.error
    (job,) = run.jobs
    assert (job.title, job.company) == ("Lead Data Engineer", "Derwent Water Authority")
    assert job.apply_email == "careers@derwentwater.example"
    assert job.requisition_id == "DWA-2211"
    assert job.employment_type == "contract" and job.remote == "hybrid"
    loc = job.locations[0]
    assert (loc.city, loc.region, loc.country) == ("Hobart", "TAS", "AU")
    assert (job.salary.min, job.salary.max, job.salary.currency, job.salary.period) == (900, 1100, "AUD", "day")
    assert job.url == f"{server.url}/jobs/lead-data-engineer"


def test_every_request_carries_the_configured_user_agent(server: LocalServer, platforms: PlatformsConfig) -> None:
    server.file("/api/remote-jobs", "remotive_remote_jobs.json")
    discover_source(source_cfg("remotive", server), platforms)
    assert server.seen[0].headers["User-Agent"] == platforms.user_agent
