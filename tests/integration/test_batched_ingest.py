"""A payload of many postings is written in one batch, with the same history and groups as one by one."""

from __future__ import annotations

from app.domain.models import Job, Location


def _jobs() -> list[Job]:
    jobs = [
        Job(
            title=f"Payroll Officer {n}",
            company=f"Wattlebrook {n}",
            locations=[Location(raw="Hobart TAS")],
            description_text="Run pay for the team.",
            source="rss",
            source_id=f"b{n}",
            url=f"https://board.example/jobs/b{n}",
        )
        for n in range(900)
    ]
    copy = jobs[0].model_copy(
        update={
            "id": "",
            "source": "lever",
            "source_id": "l0",
            "url": "https://lever.example/jobs/l0",
            "title": "PAYROLL OFFICER 0",
        }
    )
    copy.model_post_init(None)
    return [*jobs, copy, jobs[1]]


def test_a_large_payload_is_recorded_in_one_batch_with_history_and_groups(service) -> None:  # type: ignore[no-untyped-def]
    results = service.add_jobs(_jobs(), process=False)
    assert len(results) == 902
    assert [r.status for r in results if not r.already_known].count("discovered") == 900
    assert results[900].status == "duplicate" and results[900].job_id != results[0].job_id
    assert results[901].already_known and results[901].job_id == results[1].job_id
    assert service.store.scalar("SELECT count(*) FROM jobs") == 901
    dup_history = service.store.read(
        "SELECT from_status, to_status FROM status_history WHERE job_id = ? ORDER BY changed_at, rowid",
        [results[900].job_id],
    )
    assert [(h["from_status"], h["to_status"]) for h in dup_history] == [
        (None, "discovered"),
        ("discovered", "duplicate"),
    ]
    group = service.store.scalar("SELECT group_id FROM jobs WHERE id = ?", [results[900].job_id])
    assert group == service.store.scalar("SELECT group_id FROM jobs WHERE id = ?", [results[0].job_id])
    assert service.store.scalar("SELECT count(*) FROM job_identities") == 901 * 2
