"""Sources without a shared fixture, fed payloads shaped like their public API docs."""

from __future__ import annotations

import json
from typing import Any

from app.config.platforms import PlatformsConfig
from app.sources.discover import discover_source

from .localserver import LocalServer, Reply, source_cfg


def _json(data: Any) -> Reply:
    return Reply(json.dumps(data).encode())


def test_workable_account_jobs(server: LocalServer, platforms: PlatformsConfig) -> None:
    server.route(
        "/api/v1/widget/accounts/acme",
        _json(
            {
                "name": "Acme Data",
                "jobs": [
                    {
                        "title": "Senior Data Engineer",
                        "shortcode": "AB12CD",
                        "code": "REQ-9",
                        "employment_type": "Contract",
                        "telecommuting": True,
                        "url": "https://apply.workable.com/j/AB12CD",
                        "application_url": "https://apply.workable.com/j/AB12CD/apply",
                        "published_on": "2026-11-01",
                        "locations": [
                            {"country": "Australia", "countryCode": "AU", "city": "Hobart", "region": "Tasmania"}
                        ],
                        "description": "<p>Python and SQL.</p>",
                    }
                ],
            }
        ),
    )
    run = discover_source(source_cfg("workable", server, account="acme"), platforms)
    assert run.ok, run.error
    (job,) = run.jobs
    assert (job.title, job.company, job.remote, job.employment_type) == (
        "Senior Data Engineer",
        "Acme Data",
        "remote",
        "contract",
    )
    assert (job.source_id, job.requisition_id) == ("AB12CD", "REQ-9")
    assert (job.locations[0].city, job.locations[0].country) == ("Hobart", "AU")
    assert server.seen[0].query == {"details": ["true"]}


def test_smartrecruiters_pages_by_offset(server: LocalServer, platforms: PlatformsConfig) -> None:
    def posting(i: int) -> dict[str, Any]:
        return {
            "id": str(i),
            "name": f"Data Engineer {i}",
            "refNumber": f"R{i}",
            "company": {"identifier": "Acme", "name": "Acme Ltd"},
            "releasedDate": "2026-11-02T00:00:00Z",
            "location": {"city": "Sydney", "region": "NSW", "country": "au", "remote": False, "hybrid": True},
            "typeOfEmployment": {"label": "Full-time"},
        }

    server.route(
        "/v1/companies/acme/postings?offset=0&limit=2",
        _json({"offset": 0, "limit": 2, "totalFound": 3, "content": [posting(1), posting(2)]}),
    )
    server.route(
        "/v1/companies/acme/postings?offset=2&limit=2",
        _json({"offset": 2, "limit": 2, "totalFound": 3, "content": [posting(3)]}),
    )
    for i in (1, 2, 3):
        server.route(
            f"/v1/companies/acme/postings/{i}",
            _json(
                {
                    **posting(i),
                    "jobAd": {
                        "sections": {
                            "jobDescription": {"title": "Job Description", "text": f"<p>Python and SQL, role {i}.</p>"}
                        }
                    },
                }
            ),
        )
    run = discover_source(source_cfg("smartrecruiters", server, company_id="acme", page_size=2), platforms)
    assert run.ok, run.error
    assert run.pages == 2 and [j.source_id for j in run.jobs] == ["1", "2", "3"]
    assert "Python and SQL, role 2." in run.jobs[1].description_text
    job = run.jobs[0]
    assert (job.company, job.remote, job.employment_type, job.requisition_id) == (
        "Acme Ltd",
        "hybrid",
        "full_time",
        "R1",
    )
    assert (job.locations[0].city, job.locations[0].country) == ("Sydney", "AU")


def test_smartrecruiters_can_skip_the_detail_requests(server: LocalServer, platforms: PlatformsConfig) -> None:
    server.route(
        "/v1/companies/acme/postings",
        _json(
            {
                "totalFound": 1,
                "content": [
                    {
                        "id": "9",
                        "name": "Analyst",
                        "company": {"name": "Acme"},
                        "location": {"city": "Perth", "country": "au"},
                    }
                ],
            }
        ),
    )
    run = discover_source(source_cfg("smartrecruiters", server, company_id="acme", details=False), platforms)
    assert run.ok and [j.title for j in run.jobs] == ["Analyst"]
    assert [seen.path for seen in server.seen] == ["/v1/companies/acme/postings"]


def test_lever_region_eu_uses_the_eu_host() -> None:
    from app.sources.lever import api_root

    assert api_root({"site": "x", "region": "eu"}) == "https://api.eu.lever.co"
    assert api_root({"site": "x"}) == "https://api.lever.co"
    assert api_root({"site": "x", "region": "eu", "base_url": "http://127.0.0.1:9/"}) == "http://127.0.0.1:9"


def test_recruitee_offers_with_salary(server: LocalServer, platforms: PlatformsConfig) -> None:
    server.route(
        "/api/offers/",
        _json(
            {
                "offers": [
                    {
                        "id": 77,
                        "title": "Data Engineer",
                        "company_name": "Fjord AB",
                        "status": "published",
                        "description": "<p>Build pipelines.</p>",
                        "requirements": "<ul><li>Python</li></ul>",
                        "city": "Berlin",
                        "country_code": "DE",
                        "location": "Berlin, Germany",
                        "remote": False,
                        "hybrid": True,
                        "employment_type_code": "fulltime_permanent",
                        "careers_url": "https://fjord.recruitee.com/o/data-engineer",
                        "careers_apply_url": "https://fjord.recruitee.com/o/data-engineer/c/new",
                        "published_at": "2026-11-03 09:39:14 UTC",
                        "salary": {"min": "60000", "max": "70000", "currency": "EUR", "period": "year"},
                    }
                ]
            }
        ),
    )
    run = discover_source(source_cfg("recruitee", server, company_slug="fjord"), platforms)
    assert run.ok, run.error
    (job,) = run.jobs
    assert (job.company, job.remote, job.employment_type) == ("Fjord AB", "hybrid", "full_time")
    assert (job.salary.min, job.salary.max, job.salary.currency, job.salary.period) == (60000, 70000, "EUR", "year")
    assert job.posted_at is not None and job.posted_at.isoformat() == "2026-11-03"
    assert "Python" in job.description_text


def test_remoteok_skips_the_legal_notice(server: LocalServer, platforms: PlatformsConfig) -> None:
    server.route(
        "/api",
        _json(
            [
                {"legal": "API terms"},
                {
                    "id": "123",
                    "slug": "x",
                    "epoch": 1763596800,
                    "date": "2026-11-20T00:00:00+00:00",
                    "company": "Nimbus",
                    "position": "Data Engineer",
                    "tags": ["python"],
                    "description": "<p>Python</p>",
                    "location": "Worldwide",
                    "salary_min": 90000,
                    "salary_max": 120000,
                    "url": "https://remoteok.com/remote-jobs/123",
                },
            ]
        ),
    )
    run = discover_source(source_cfg("remoteok", server), platforms)
    assert run.ok, run.error
    (job,) = run.jobs
    assert (job.title, job.company, job.remote) == ("Data Engineer", "Nimbus", "remote")
    assert (job.salary.min, job.salary.currency, job.salary.period) == (90000, "USD", "year")


def test_himalayas_pages_by_offset(server: LocalServer, platforms: PlatformsConfig) -> None:
    def job(i: int) -> dict[str, Any]:
        return {
            "title": f"Engineer {i}",
            "companyName": "Peak",
            "employmentType": "Contractor",
            "minSalary": 100000,
            "maxSalary": 120000,
            "currency": "USD",
            "locationRestrictions": ["Australia"],
            "description": "<p>Go and Python</p>",
            "pubDate": 1763596800,
            "applicationLink": f"https://himalayas.app/apply/{i}",
            "guid": f"https://himalayas.app/jobs/{i}",
        }

    server.route(
        "/jobs/api?limit=2&offset=0", _json({"offset": 0, "limit": 2, "totalCount": 3, "jobs": [job(1), job(2)]})
    )
    server.route("/jobs/api?limit=2&offset=2", _json({"offset": 2, "limit": 2, "totalCount": 3, "jobs": [job(3)]}))
    run = discover_source(source_cfg("himalayas", server, page_size=2), platforms)
    assert run.ok, run.error
    assert run.pages == 2 and len(run.jobs) == 3
    assert run.jobs[0].employment_type == "contract" and run.jobs[0].locations[0].country == "AU"


def test_hackernews_reads_top_level_comments_of_the_latest_thread(
    server: LocalServer, platforms: PlatformsConfig
) -> None:
    server.route(
        "/api/v1/search_by_date",
        _json({"hits": [{"objectID": "900", "title": "Ask HN: Who is hiring? (December 2026)"}]}),
    )
    comments = [
        {
            "objectID": "901",
            "story_id": 900,
            "parent_id": 900,
            "created_at": "2026-12-01T15:00:00Z",
            "comment_text": "Acme Robotics | Senior Data Engineer | Hobart, Australia | REMOTE | "
            "https://acme.example/jobs<p>Python, SQL.</p>",
        },
        {"objectID": "902", "story_id": 900, "parent_id": 901, "comment_text": "Is this open to NZ?"},
    ]
    server.route(
        "/api/v1/search?tags=comment%2Cstory_900&hitsPerPage=200&page=0", _json({"hits": comments[:1], "nbPages": 2})
    )
    server.route(
        "/api/v1/search?tags=comment%2Cstory_900&hitsPerPage=200&page=1", _json({"hits": comments[1:], "nbPages": 2})
    )
    run = discover_source(source_cfg("hackernews", server), platforms)
    assert run.ok, run.error
    assert run.pages == 2
    (job,) = run.jobs
    assert (job.company, job.title, job.remote) == ("Acme Robotics", "Senior Data Engineer", "remote")
    assert job.apply_url == "https://acme.example/jobs"
    assert job.url == "https://news.ycombinator.com/item?id=901"
