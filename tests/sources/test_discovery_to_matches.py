"""Every fixture source discovered over HTTP, de-duplicated and matched: the fixtures README's truths."""

from __future__ import annotations

from pathlib import Path

import yaml

from app.config.platforms import PlatformsConfig
from app.config.search import SearchConfig
from app.dedup import Deduper
from app.pipeline.match import match_job
from app.sources.discover import discover_all

from .localserver import LocalServer, Reply, source_cfg

ROOT = Path(__file__).resolve().parents[2]


def test_discover_dedup_and_match_the_fixtures(server: LocalServer, platforms: PlatformsConfig) -> None:
    server.file("/v1/boards/tasmanwave/jobs", "greenhouse_tasmanwave_jobs.json")
    server.file("/v0/postings/koalaworks", "lever_koalaworks_postings.json")
    server.file("/posting-api/job-board/harbourline", "ashby_harbourline_job_board.json")
    server.file("/api/remote-jobs", "remotive_remote_jobs.json")
    server.file("/feed.rss", "example_jobs_feed.rss", content_type="application/rss+xml")
    server.file("/careers/dwa-2211", "derwentwater_lead_data_engineer.html", content_type="text/html")
    server.route("/v1/boards/gone/jobs", Reply(b"", status=500))
    config = platforms.model_copy(
        update={
            "sources": [
                source_cfg("greenhouse", server, board="tasmanwave"),
                source_cfg("lever", server, site="koalaworks"),
                source_cfg("ashby", server, board="harbourline"),
                source_cfg("remotive", server),
                source_cfg("rss", server, url=f"{server.url}/feed.rss"),
                source_cfg("page", server, url=f"{server.url}/careers/dwa-2211"),
                source_cfg("greenhouse", server, board="gone"),
            ]
        }
    )
    runs = discover_all(config)
    assert [r.ok for r in runs] == [True] * 6 + [False]
    jobs = [job for run in runs for job in run.jobs]
    assert len(jobs) == 12

    dedup = Deduper()
    decisions = [dedup.add(job) for job in jobs]
    primaries = [job for job, d in zip(jobs, decisions, strict=True) if not d.is_duplicate]
    assert len(primaries) == 10
    (group,) = [g for g in dedup.groups.values() if len(g.members) > 1]
    assert len(group.members) == 3

    search = SearchConfig.model_validate(yaml.safe_load((ROOT / "app/demo/config/search.yaml").read_text()))
    matched = sorted(
        (j.company, j.title)
        for j in primaries
        if (r := match_job(j, search)).passed_gates and r.score >= search.min_score
    )
    assert matched == [
        ("Derwent Water Authority", "Lead Data Engineer"),
        ("Harbourline", "Senior Data Engineer (Contract, 6 months)"),
        ("KoalaWorks", "Data Platform Engineer"),
        ("TasmanWave", "Senior Data Engineer"),
    ]
