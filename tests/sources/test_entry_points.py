"""parse_any (jobsmith add FILE), fetch_page (jobsmith add URL), pasted text and content hashes."""

from __future__ import annotations

import pytest

from app.errors import PostingError
from app.sources.discover import detect, fetch_page, job_content_hash, parse_any, parse_pasted_text

from .localserver import POSTINGS, LocalServer, Reply

EXPECTED = {
    "greenhouse_tasmanwave_jobs.json": ("greenhouse", 3),
    "lever_koalaworks_postings.json": ("lever", 2),
    "ashby_harbourline_job_board.json": ("ashby", 2),
    "remotive_remote_jobs.json": ("remotive", 2),
    "example_jobs_feed.rss": ("rss", 2),
    "derwentwater_lead_data_engineer.html": ("page", 1),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_parse_any_detects_each_fixture_without_a_hint(name: str) -> None:
    data = (POSTINGS / name).read_bytes()
    kind, count = EXPECTED[name]
    assert detect(data) == kind
    jobs = parse_any(data, None)
    assert len(jobs) == count and {j.source for j in jobs} == {kind}


def test_parse_any_rejects_unrecognised_json() -> None:
    with pytest.raises(PostingError, match="unrecognised JSON"):
        parse_any(b'{"items": [{"name": "x"}]}')


def test_parse_any_uses_the_hint() -> None:
    data = (POSTINGS / "lever_koalaworks_postings.json").read_bytes()
    assert [j.source for j in parse_any(data, "saved-from-lever.json")] == ["lever", "lever"]


def test_fetch_page_reads_a_job_page(server: LocalServer) -> None:
    server.file("/careers/lead", "derwentwater_lead_data_engineer.html", content_type="text/html; charset=utf-8")
    (job,) = fetch_page(f"{server.url}/careers/lead")
    assert job.title == "Lead Data Engineer" and job.apply_email == "careers@derwentwater.example"


def test_fetch_page_reads_a_feed_url(server: LocalServer) -> None:
    server.file("/jobs.rss", "example_jobs_feed.rss", content_type="application/rss+xml")
    jobs = fetch_page(f"{server.url}/jobs.rss")
    assert [j.company for j in jobs] == ["TasmanWave", "Civic Health Trust"]


def test_fetch_page_without_structured_data_falls_back_to_html(server: LocalServer) -> None:
    page = (
        b"<html><head><title>Data Engineer | Acme Analytics</title></head><body><h1>Data Engineer</h1>"
        b"<p>Remote within Australia. Python and SQL.</p></body></html>"
    )
    server.route("/job/7", Reply(page, content_type="text/html"))
    (job,) = fetch_page(f"{server.url}/job/7")
    assert (job.title, job.company, job.remote) == ("Data Engineer", "Acme Analytics", "remote")
    assert "Python and SQL" in job.description_text


def test_fetch_page_http_error_raises_a_source_error(server: LocalServer) -> None:
    from app.errors import SourceError

    server.route("/gone", Reply(b"", status=404))
    with pytest.raises(SourceError, match="HTTP 404"):
        fetch_page(f"{server.url}/gone")


def test_pasted_text_with_hints() -> None:
    job = parse_pasted_text(
        "Senior Data Engineer\nCompany: Acme Analytics\nLocation: Hobart, TAS\nRate: $950 per day\n"
        "Six month contract. Python, SQL and dbt.\nTo apply, email your CV to jobs@acme.example.\n"
    )
    assert (job.title, job.company, job.employment_type) == ("Senior Data Engineer", "Acme Analytics", "contract")
    assert job.locations[0].city == "Hobart" and job.locations[0].country == "AU"
    assert (job.salary.min, job.salary.currency, job.salary.period) == (950, "AUD", "day")
    assert job.apply_email == "jobs@acme.example" and job.source == "text"
    assert "Senior Data Engineer" not in job.description_text.splitlines()[0]


def test_pasted_text_title_at_company() -> None:
    job = parse_pasted_text("Platform Engineer at Koala Works\n\nRemote in Australia.")
    assert (job.title, job.company, job.remote) == ("Platform Engineer", "Koala Works", "remote")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("   \n  ", "empty"),
        ("Data Engineer\nWe need someone good.", "no company found"),
    ],
)
def test_pasted_text_without_title_or_company_is_refused(text: str, message: str) -> None:
    with pytest.raises(PostingError, match=message):
        parse_pasted_text(text)


def test_content_hash_ignores_raw_but_sees_changed_wording() -> None:
    data = (POSTINGS / "remotive_remote_jobs.json").read_bytes()
    a, b = parse_any(data)[0], parse_any(data)[0]
    b.raw = {"fetched": "again"}
    assert job_content_hash(a) == job_content_hash(b)
    b.description_text += " Now with Kafka."
    assert job_content_hash(a) != job_content_hash(b)


def test_parse_any_reads_a_single_greenhouse_posting() -> None:
    import json

    board = json.loads((POSTINGS / "greenhouse_tasmanwave_jobs.json").read_text())
    (job,) = parse_any(json.dumps(board["jobs"][0]).encode(), "job.json")
    assert (job.title, job.company, job.source) == ("Senior Data Engineer", "TasmanWave", "greenhouse")


def test_parse_any_reads_a_hacker_news_item_with_its_comments() -> None:
    import json

    item = {
        "id": 900,
        "title": "Ask HN: Who is hiring?",
        "children": [
            {
                "id": 901,
                "created_at": "2026-12-01T15:00:00Z",
                "text": "Acme | Data Engineer | Remote (EU) | acme.example",
            },
            {"id": 902, "created_at": "2026-12-01T15:01:00Z", "text": "Is this thread monthly?"},
        ],
    }
    (job,) = parse_any(json.dumps(item).encode())
    assert (job.company, job.title, job.source_id) == ("Acme", "Data Engineer", "901")


def test_job_page_with_microdata() -> None:
    page = b"""<html><body><div itemscope itemtype="https://schema.org/JobPosting">
      <h1 itemprop="title">Analytics Engineer</h1>
      <div itemprop="hiringOrganization" itemscope itemtype="https://schema.org/Organization">
        <span itemprop="name">Koala Works</span></div>
      <div itemprop="jobLocation" itemscope itemtype="https://schema.org/Place">
        <div itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">
          <span itemprop="addressLocality">Brisbane</span><span itemprop="addressRegion">QLD</span>
          <span itemprop="addressCountry">AU</span></div></div>
      <meta itemprop="employmentType" content="FULL_TIME"><meta itemprop="datePosted" content="2026-11-15">
      <div itemprop="description"><p>dbt and SQL.</p><script>alert(1)</script></div>
    </div></body></html>"""
    (job,) = parse_any(page, "job.html")
    assert (job.title, job.company, job.employment_type) == ("Analytics Engineer", "Koala Works", "full_time")
    assert (job.locations[0].city, job.locations[0].country) == ("Brisbane", "AU")
    assert "dbt and SQL" in job.description_text and "alert" not in job.description_html
