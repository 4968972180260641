"""The exporter (app/runtime/exporter.py): each job's documents in a folder of its own."""

from __future__ import annotations

import json
from pathlib import Path

from app.domain.models import Job
from app.domain.status import Status
from app.runtime.blobs import MemoryBlobs
from app.runtime.events import Event
from app.runtime.exporter import Exporter
from app.store import Store
from app.store import jobs as q


def test_two_postings_with_one_company_and_title_on_one_day_keep_their_own_letters(tmp_path: Path) -> None:
    """Two cities, one title: the second job's letter must not land on the first job's file."""
    store = Store(tmp_path / "x.duckdb").open()
    blobs = MemoryBlobs()
    export = Exporter(store, blobs, tmp_path / "export")
    folders, letters = [], []
    for n, city in enumerate(("Sydney", "Melbourne")):
        job = Job(title="Data Engineer", company="Acme", location=city, source="manual", source_id=str(n))
        store.write(lambda cur, job=job: q.insert_job(cur, job, Status.DISCOVERED))
        letter = f"A letter for the {city} post.".encode()
        doc = {"name": "Alex_Morgan_CL.docx", "sha256": blobs.put(letter), "size": len(letter)}
        event = Event(
            id=f"r{n}:pipeline:job.finished:0",
            type="job.finished",
            job_id=job.id,
            run_id=f"r{n}",
            data={"outcome": "documents_ready", "documents": [doc]},
        )
        folder, rows = export(event)
        folders.append(folder)
        letters.append((rows[0]["path"], letter, job.id))
    assert folders[0] != folders[1]
    assert Path(folders[0]).name.endswith("_acme_data_engineer")
    for path, letter, job_id in letters:
        assert Path(path).read_bytes() == letter
        assert json.loads((Path(path).parent / "job_info.json").read_text())["job"]["id"] == job_id
    # The first job's next run (a retry) goes back to its own folder.
    again = Event(
        id="r9:pipeline:job.finished:0",
        type="job.finished",
        job_id=letters[0][2],
        run_id="r9",
        data={"outcome": "documents_ready", "documents": []},
    )
    assert export(again)[0] == folders[0]
    store.close()
