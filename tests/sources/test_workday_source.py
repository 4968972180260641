"""Workday career sites against a loopback server answering like the real cxs API."""

from __future__ import annotations

import json
from datetime import date

from app.config.platforms import PlatformsConfig
from app.sources.discover import discover_source
from app.sources.workday import CareerSite, posted_on

from .localserver import LocalServer, Reply, source_cfg

SITE = "https://acme.wd5.myworkdayjobs.com/en-US/External"
API = "/wday/cxs/acme/External"


def _page(rows: list[dict], total: int) -> Reply:
    return Reply(json.dumps({"total": total, "jobPostings": rows, "facets": []}).encode())


def _row(n: int, where: str = "Sydney, Australia", posted: str = "Posted 2 Days Ago") -> dict:
    return {
        "title": f"Data Engineer {n}",
        "externalPath": f"/job/Sydney/Data-Engineer-{n}_R{n:04d}",
        "locationsText": where,
        "postedOn": posted,
        "bulletFields": [f"R{n:04d}"],
    }


def test_workday_pages_the_search_by_offset_with_the_search_text(
    server: LocalServer, platforms: PlatformsConfig
) -> None:
    # Workday sends `total` on the first page only; later pages say 0
    server.route(
        f"{API}/jobs",
        [
            _page([_row(n) for n in range(20)], 45),
            _page([_row(n) for n in range(20, 40)], 0),
            _page([_row(n) for n in range(40, 45)], 0),
        ],
    )
    run = discover_source(source_cfg("workday", server, url=SITE, search="data engineer", details=False), platforms)
    assert run.ok, run.error
    assert len(run.jobs) == 45 and run.pages == 3
    bodies = [json.loads(s.body) for s in server.seen if s.method == "POST"]
    assert [b["offset"] for b in bodies] == [0, 20, 40]
    assert {b["searchText"] for b in bodies} == {"data engineer"} and {b["limit"] for b in bodies} == {20}
    job = run.jobs[0]
    assert (job.title, job.company, job.requisition_id) == ("Data Engineer 0", "Acme", "R0000")
    assert job.url == "https://acme.wd5.myworkdayjobs.com/External/job/Sydney/Data-Engineer-0_R0000"
    assert [(loc.city, loc.country) for loc in job.locations] == [("Sydney", "AU")]


def test_workday_reads_each_detail_for_description_and_all_locations(
    server: LocalServer, platforms: PlatformsConfig
) -> None:
    row = _row(7, where="2 Locations", posted="Posted 30+ Days Ago")
    server.route(f"{API}/jobs", _page([row], 1))
    server.route(
        f"{API}{row['externalPath']}",
        Reply(
            json.dumps(
                {
                    "jobPostingInfo": {
                        "title": "Data Engineer 7",
                        "jobDescription": "<p>Build pipelines.</p><ul><li><p>Python</p></li></ul>",
                        "location": "Australia, Sydney",
                        "additionalLocations": ["Melbourne, Australia"],
                        "postedOn": "Posted 30+ Days Ago",
                        "timeType": "Full time",
                        "jobReqId": "R0007",
                        "remoteType": "Hybrid",
                        "externalUrl": f"https://acme.wd5.myworkdayjobs.com/External{row['externalPath']}",
                        "jobRequisitionLocation": {
                            "descriptor": "Australia, Sydney",
                            "country": {"descriptor": "Australia", "alpha2Code": "AU"},
                        },
                    }
                }
            ).encode()
        ),
    )
    run = discover_source(source_cfg("workday", server, url=SITE, company="Acme Corp"), platforms)
    assert run.ok, run.error
    (job,) = run.jobs
    assert [(loc.city, loc.country) for loc in job.locations] == [("Sydney", "AU"), ("Melbourne", "AU")]
    assert job.description_text == "Build pipelines.\n- Python"
    assert (job.company, job.remote, job.employment_type) == ("Acme Corp", "hybrid", "full_time")
    assert job.posted_at is None  # "30+ days ago" is no date


def test_workday_places_come_from_the_path_when_the_list_says_n_locations(
    server: LocalServer, platforms: PlatformsConfig
) -> None:
    row = {
        "title": "SRE",
        "externalPath": "/job/Poland-Remote/SRE_JR1",
        "locationsText": "5 Locations",
        "postedOn": "Posted Today",
        "bulletFields": ["JR1"],
    }
    server.route(f"{API}/jobs", _page([row], 1))
    run = discover_source(source_cfg("workday", server, url=SITE, details=False), platforms)
    (job,) = run.jobs
    assert ([loc.country for loc in job.locations], job.remote) == (["PL"], "remote")


def test_workday_client_and_server_errors_fail_the_run_with_the_reason(
    server: LocalServer, platforms: PlatformsConfig
) -> None:
    server.route(f"{API}/jobs", Reply(b'{"errorCode": "HTTP_404"}', status=404))
    run = discover_source(source_cfg("workday", server, url=SITE), platforms)
    assert not run.ok and "HTTP 404" in (run.error or "")
    server.route(f"{API}/jobs", Reply(b"oops", status=500))
    run = discover_source(source_cfg("workday", server, url=SITE), platforms)
    assert not run.ok and "HTTP 500" in (run.error or "")
    server.route(f"{API}/jobs", Reply(b'{"jobs": []}'))
    run = discover_source(source_cfg("workday", server, url=SITE), platforms)
    assert not run.ok and "jobPostings" in (run.error or "")


def test_workday_a_failing_detail_fails_the_run_instead_of_dropping_the_posting(
    server: LocalServer, platforms: PlatformsConfig
) -> None:
    row = _row(1)
    server.route(f"{API}/jobs", _page([row], 1))
    server.route(f"{API}{row['externalPath']}", Reply(b"busy", status=502))
    run = discover_source(source_cfg("workday", server, url=SITE), platforms)
    assert not run.ok and "HTTP 502" in (run.error or "")


def test_workday_career_site_url_gives_tenant_site_and_api() -> None:
    site = CareerSite("https://nvidia.wd5.myworkdayjobs.com/en-US/NVIDIAExternalCareerSite/details/x")
    assert (site.tenant, site.site) == ("nvidia", "NVIDIAExternalCareerSite")
    assert site.api == "https://nvidia.wd5.myworkdayjobs.com/wday/cxs/nvidia/NVIDIAExternalCareerSite"


def test_workday_url_without_a_site_is_refused_with_an_example(platforms: PlatformsConfig, server: LocalServer) -> None:
    run = discover_source(source_cfg("workday", server, url="https://acme.wd5.myworkdayjobs.com/"), platforms)
    assert not run.ok and "names no career site" in (run.error or "")


def test_workday_posted_on_reads_relative_dates() -> None:
    today = date(2026, 11, 30)
    assert posted_on("Posted Today", today) == today
    assert posted_on("Posted Yesterday", today) == date(2026, 11, 29)
    assert posted_on("Posted 4 Days Ago", today) == date(2026, 11, 26)
    assert posted_on("Posted 30+ Days Ago", today) is None
