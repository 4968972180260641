"""One job per role: the app groups the same role from several boards and knows a repost it applied to."""

from __future__ import annotations

from pathlib import Path

from app.domain.status import Status
from app.sources.discover import parse_any
from app.store import jobs as q

POSTINGS = Path(__file__).resolve().parents[2] / "app" / "demo" / "postings"


def _jobs(name: str) -> list:  # type: ignore[type-arg]
    return parse_any((POSTINGS / name).read_bytes(), name)


def test_the_same_role_on_three_boards_is_one_job_and_two_duplicates(service) -> None:  # type: ignore[no-untyped-def]
    results = []
    for name in ("greenhouse_tasmanwave_jobs.json", "remotive_remote_jobs.json", "example_jobs_feed.rss"):
        results += service.add_jobs([j for j in _jobs(name) if "TasmanWave" in j.company or "TasmanWave" in j.title])
    tasman = [r for r in results if "Senior Data Engineer" in r.title]
    assert len(tasman) == 3
    assert [r.status for r in tasman].count("queued") == 1
    assert [r.status for r in tasman].count("duplicate") == 2
    groups = {service.store.scalar("SELECT group_id FROM jobs WHERE id = ?", [r.job_id]) for r in tasman}
    assert len(groups) == 1
    assert service.wait_idle(60)


def test_a_repost_of_a_role_already_applied_to_is_recognised(service) -> None:  # type: ignore[no-untyped-def]
    [first] = [r for r in service.add_jobs(_jobs("greenhouse_tasmanwave_jobs.json")) if "Senior" in r.title]
    assert service.wait_idle(60)
    for status in (Status.APPROVED, Status.APPLIED):
        service.store.write(lambda cur, s=status: q.transition(cur, first.job_id, s))
    repost = [j for j in _jobs("example_jobs_feed.rss") if "TasmanWave" in j.company]
    [result] = service.add_jobs(repost)
    assert result.status == "duplicate"
    assert "already applied to" in result.note
