from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from app.domain.models import Job
from app.domain.status import Status
from app.errors import DatabaseDamaged, InvalidTransition
from app.store import Store
from app.store import jobs as q


@pytest.fixture
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    s = Store(tmp_path / "jobs.duckdb").open()
    yield s
    s.close()


def _job(n: int = 1) -> Job:
    return Job(title=f"Data Engineer {n}", company="Acme", source="manual", source_id=str(n))


def test_migrations_apply_once_and_are_recorded(tmp_path: Path) -> None:
    s = Store(tmp_path / "a.duckdb").open()
    versions = [r["version"] for r in s.read("SELECT version FROM schema_migrations")]
    s.close()
    s2 = Store(tmp_path / "a.duckdb").open()
    assert s2.migrate() == []
    assert [r["version"] for r in s2.read("SELECT version FROM schema_migrations")] == versions
    assert versions[0] == "001_initial"
    s2.close()


def test_database_refuses_a_status_outside_the_set(store: Store) -> None:
    store.write(lambda cur: q.insert_job(cur, _job(), Status.DISCOVERED))
    with pytest.raises(duckdb.ConstraintException):
        store.write(lambda cur: cur.execute("UPDATE jobs SET status = 'teleported'"))
    assert store.scalar("SELECT status FROM jobs") == "discovered"


def test_transition_follows_the_status_machine_and_keeps_history(store: Store) -> None:
    job = _job()
    store.write(lambda cur: q.insert_job(cur, job, Status.DISCOVERED))
    store.write(lambda cur: q.transition(cur, job.id, Status.QUEUED, reason="go"))
    with pytest.raises(InvalidTransition):
        store.write(lambda cur: q.transition(cur, job.id, Status.SENT))
    rows = store.read("SELECT from_status, to_status FROM status_history WHERE job_id = ? ORDER BY rowid", [job.id])
    assert [(r["from_status"], r["to_status"]) for r in rows] == [(None, "discovered"), ("discovered", "queued")]


def test_failed_write_is_rolled_back_whole(store: Store) -> None:
    def tx(cur: duckdb.DuckDBPyConnection) -> None:
        q.insert_job(cur, _job(1), Status.DISCOVERED)
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        store.write(tx)
    assert store.scalar("SELECT count(*) FROM jobs") == 0
    assert store.scalar("SELECT count(*) FROM status_history") == 0


def test_list_filters_and_paginates(store: Store) -> None:
    for n in range(7):
        store.write(lambda cur, n=n: q.insert_job(cur, _job(n), Status.DISCOVERED))
    store.write(lambda cur: q.transition(cur, _job(3).id, Status.QUEUED))
    rows, total = q.list_jobs(store, limit=3, offset=0)
    assert total == 7 and len(rows) == 3
    rows2, _ = q.list_jobs(store, limit=3, offset=3)
    assert not {r["id"] for r in rows} & {r["id"] for r in rows2}
    queued, total_q = q.list_jobs(store, status=["queued"])
    assert total_q == 1 and queued[0]["title"] == "Data Engineer 3"
    _, found = q.list_jobs(store, q="engineer 5")
    assert found == 1


def test_second_process_cannot_open_the_file_and_gets_a_clear_error(store: Store) -> None:
    code = f"from app.store import Store\nStore({str(store.path)!r}).open()"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode != 0
    assert "DatabaseLocked" in result.stderr and "open in another process" in result.stderr
    assert str(store.path) in result.stderr  # names the file it could not open


def test_a_damaged_file_gets_a_clear_error_and_is_left_as_it_is(tmp_path: Path) -> None:
    path = tmp_path / "jobsmith.duckdb"
    Store(path).open().close()
    data = bytearray(path.read_bytes())
    for k in range(12288 + 8, 12288 + 64):  # inside the first data block, past its stored checksum
        data[k] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseDamaged, match="damaged") as caught:
        Store(path).open()
    assert str(path) in caught.value.message and "left it as it is" in caught.value.message
    assert path.read_bytes() == bytes(data)
