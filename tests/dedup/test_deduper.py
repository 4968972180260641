"""The Deduper groups the same role across sources, and only the same role."""

from __future__ import annotations

from datetime import date, timedelta

from app.config.similarity import SimilarityConfig
from app.dedup import Deduper, JobRef
from app.domain.models import Job, Location, Salary


def test_tasmanwave_role_is_one_group_of_three(fixture_jobs: list[Job]) -> None:
    dedup = Deduper(SimilarityConfig())
    decisions = {job.id: dedup.add(job) for job in fixture_jobs}
    groups: dict[str, list[Job]] = {}
    for job in fixture_jobs:
        groups.setdefault(decisions[job.id].group_id, []).append(job)
    multi = [g for g in groups.values() if len(g) > 1]
    assert len(multi) == 1
    (group,) = multi
    assert sorted(j.source for j in group) == ["greenhouse", "remotive", "rss"]
    assert {(j.company, j.title) for j in group} == {("TasmanWave", "Senior Data Engineer")}
    assert len(groups) == len(fixture_jobs) - 2
    primary = decisions[group[-1].id].primary_id
    assert next(j for j in group if j.id == primary).source == "greenhouse"  # the employer's own board
    dupes = [decisions[j.id] for j in group if decisions[j.id].is_duplicate]
    assert len(dupes) == 2 and all(d.score >= 0.82 and "similar posting" in d.reason for d in dupes)


def test_group_survives_any_arrival_order(fixture_jobs: list[Job]) -> None:
    for jobs in (fixture_jobs, list(reversed(fixture_jobs))):
        dedup = Deduper()
        for job in jobs:
            dedup.add(job)
        sizes = sorted(len(g.members) for g in dedup.groups.values())
        assert sizes[-1] == 3 and sizes.count(1) == len(jobs) - 3


def _job(**kw: object) -> Job:
    base = {
        "title": "Senior Data Engineer",
        "company": "Acme",
        "source": "lever",
        "source_id": "1",
        "locations": [Location(city="Hobart", country="AU", raw="Hobart")],
        "description_text": "Build batch pipelines in Python and SQL on Databricks for our energy clients.",
        "posted_at": date(2026, 11, 1),
    }
    return Job(**{**base, **kw})  # type: ignore[arg-type]


def test_same_source_id_is_the_same_posting() -> None:
    dedup = Deduper()
    first = dedup.add(_job())
    again = dedup.add(_job(title="Senior Data Engineer (updated)", id="other-id"))
    assert again.group_id == first.group_id and again.is_duplicate
    assert (again.score, again.reason) == (1.0, "same source posting id")


def test_requisition_id_at_the_same_company_identifies_the_role() -> None:
    dedup = Deduper()
    a = dedup.add(_job(requisition_id="REQ-1", source_id="a"))
    b = dedup.add(
        _job(
            requisition_id="req-1",
            source="page",
            source_id="b",
            title="Data Wizard",
            description_text="Totally different words.",
        )
    )
    c = dedup.add(_job(requisition_id="REQ-1", company="Other Co", source_id="c", title="Nurse"))
    assert b.group_id == a.group_id and b.reason == "same requisition id at the same company"
    assert c.group_id != a.group_id


def test_canonical_url_identifies_the_posting() -> None:
    dedup = Deduper()
    a = dedup.add(_job(url="https://jobs.example.com/j/9?utm_source=x", source_id="a"))
    b = dedup.add(
        _job(url="https://www.jobs.example.com/j/9/#top", source="rss", source_id="b", title="Something else")
    )
    assert b.group_id == a.group_id and b.reason == "same canonical URL"


def test_different_roles_at_one_company_stay_apart() -> None:
    dedup = Deduper()
    base = dedup.add(_job())
    others = [
        dedup.add(_job(source_id="2", title="Graduate Data Engineer")),
        dedup.add(
            _job(
                source_id="3",
                title="Senior Data Engineer",
                locations=[Location(city="London", country="GB", raw="London")],
            )
        ),
        dedup.add(
            _job(
                source_id="5", remote="onsite", locations=[Location(city="Launceston", country="AU", raw="Launceston")]
            )
        ),
        dedup.add(
            _job(
                source_id="4",
                title="Senior Frontend Engineer",
                description_text="React and TypeScript for our customer portal.",
            )
        ),
    ]
    assert all(not d.is_duplicate and d.group_id != base.group_id for d in others)


def test_lookback_window_limits_fuzzy_matching() -> None:
    dedup = Deduper(SimilarityConfig(lookback_days=30))
    old = dedup.add(_job())
    later = dedup.add(_job(source="remotive", source_id="r1", posted_at=date(2026, 11, 1) + timedelta(days=45)))
    assert later.group_id != old.group_id and not later.is_duplicate


def test_repost_of_a_role_applied_to_is_recognised_beyond_the_window() -> None:
    dedup = Deduper(SimilarityConfig(lookback_days=30))
    first = dedup.add(_job())
    dedup.mark_applied(first.job_id)
    repost = dedup.add(_job(source="remotive", source_id="r1", posted_at=date(2027, 3, 1)))
    assert repost.group_id == first.group_id and repost.applied_before
    assert "a repost of a role already applied to" in repost.reason


def test_load_restores_groups_and_matches_new_postings_against_them() -> None:
    stored = [
        JobRef.from_job(_job(), group_id="g-1", is_primary=True, applied=True),
        JobRef.from_job(_job(source="rss", source_id="x"), group_id="g-1"),
    ]
    dedup = Deduper()
    assert dedup.load(stored) == 2
    d = dedup.add(_job(source="remotive", source_id="new", url="https://remotive.com/j/1"))
    assert d.group_id == "g-1" and d.is_duplicate and d.applied_before
    assert dedup.group_members("g-1")[-1] == d.job_id


def test_primary_is_the_richest_posting() -> None:
    dedup = Deduper()
    rss = dedup.add(_job(source="rss", source_id="r"))
    board = dedup.add(
        _job(source="greenhouse", source_id="g", salary=Salary(min=900, max=1000, currency="AUD", period="day"))
    )
    assert board.group_id == rss.group_id and board.primary_changed and board.primary_id == board.job_id


def test_adding_the_same_job_twice_is_idempotent() -> None:
    dedup = Deduper()
    job = _job()
    first, second = dedup.add(job), dedup.add(job)
    assert first.group_id == second.group_id and not second.is_duplicate and len(dedup) == 1


def test_company_name_variants_are_one_company_but_lookalikes_are_not() -> None:
    dedup = Deduper()
    base = dedup.add(_job(company="Acme"))
    variant = dedup.add(_job(company="ACME Analytics Pty Ltd", source="remotive", source_id="r"))
    assert variant.group_id == base.group_id
    dedup = Deduper()
    a = dedup.add(_job(company="NectarCrest Software"))
    b = dedup.add(_job(company="NectarCurrent Software", source="remotive", source_id="r"))
    assert b.group_id != a.group_id


def test_a_different_role_noun_is_a_different_role() -> None:
    dedup = Deduper()
    a = dedup.add(_job(title="Senior Platform Engineer"))
    b = dedup.add(_job(title="Senior Platform Manager", source_id="2"))
    assert b.group_id != a.group_id and "different roles (manager, engineer)" in b.reason
