"""Bounded inputs: postings per add, empty fields, control characters, binary uploads, hostile nesting."""

from __future__ import annotations

import json
from typing import Any

import pytest

from app.errors import InputError


def _greenhouse(jobs: list[dict[str, Any]]) -> bytes:
    return json.dumps({"jobs": jobs}).encode()


def _posting(n: int, **extra: Any) -> dict[str, Any]:
    return {
        "id": n,
        "title": f"Data Engineer {n}",
        "absolute_url": f"https://boards.greenhouse.io/acme/jobs/{n}",
        "location": {"name": "London, UK"},
        "content": "<p>Python and SQL. Apply at jobs@acme.example</p>",
        "company_name": "Acme",
        "updated_at": "2026-11-20T10:00:00Z",
        **extra,
    }


def test_a_deeply_nested_raw_field_never_leaves_a_job_in_processing(service: Any) -> None:
    deep: Any = "bottom"
    for _ in range(900):  # json.loads reads it; anything that recurses over it may not
        deep = {"k": deep}
    from app.sources.discover import parse_any

    # As discovery delivers it (a board's API answer): parsed, then added.
    [added] = service.add_jobs(parse_any(_greenhouse([_posting(1, metadata=deep)]), "greenhouse.json"))
    assert service.wait_idle(90)
    status = service.store.scalar("SELECT status FROM jobs WHERE id = ?", [added.job_id])
    assert status not in ("queued", "processing"), status


def test_an_added_file_nested_past_the_limit_is_refused(service: Any) -> None:
    deep = b'{"jobs": [' + b"[" * 200 + b"]" * 200 + b"]}"
    with pytest.raises(InputError) as err:
        service.add_from(data=deep, filename="greenhouse.json")
    assert "nested deeper than" in err.value.message


def test_too_many_postings_in_one_payload_are_refused_with_the_limit(service: Any) -> None:
    limit = service.settings.MAX_POSTINGS_PER_ADD
    with pytest.raises(InputError) as err:
        service.add_from(data=_greenhouse([_posting(i) for i in range(limit + 1)]), filename="greenhouse.json")
    assert str(limit) in err.value.message and err.value.status_code == 422
    assert service.store.scalar("SELECT count(*) FROM jobs") == 0


def test_too_many_postings_through_the_api_is_a_422_naming_the_limit(client: Any, service: Any) -> None:
    limit = service.settings.MAX_POSTINGS_PER_ADD
    payload = _greenhouse([_posting(i) for i in range(limit + 1)]).decode()
    resp = client.post("/api/jobs", json={"payload": payload, "filename": "greenhouse.json"})
    assert resp.status_code == 422 and str(limit) in resp.json()["error"]


@pytest.mark.parametrize("title", ["   ", "\x1b\x07\x00", "\u200b\u202e"])
def test_an_empty_title_is_refused_with_a_clear_message(client: Any, service: Any, title: str) -> None:
    payload = _greenhouse([_posting(1, title=title)])
    resp = client.post("/api/jobs", json={"payload": payload.decode(), "filename": "greenhouse.json"})
    assert resp.status_code == 422
    assert "no title" in resp.json()["error"].lower()
    assert service.store.scalar("SELECT count(*) FROM jobs") == 0


def test_an_empty_company_is_refused_with_a_clear_message(client: Any, service: Any) -> None:
    remotive = {
        "id": 5,
        "title": "Data Engineer",
        "company_name": " \x07 ",
        "url": "https://remotive.com/x",
        "candidate_required_location": "UK",
        "description": "<p>Python</p>",
        "job_type": "full_time",
        "publication_date": "2026-11-01",
    }
    payload = json.dumps({"jobs": [remotive]})
    resp = client.post("/api/jobs", json={"payload": payload, "filename": "remotive.json"})
    assert resp.status_code == 422 and "company" in resp.json()["error"].lower(), resp.text
    assert service.store.scalar("SELECT count(*) FROM jobs") == 0


def test_control_characters_are_stripped_at_normalisation(service: Any) -> None:
    title = "Data\x00 Engineer\x1b]8;;http://evil\x07 \x9b31m\u202eLead"
    [added] = service.add_from(data=_greenhouse([_posting(7, title=title)]), filename="greenhouse.json")
    stored = service.store.scalar("SELECT title FROM jobs WHERE id = ?", [added.job_id])
    assert not any(ord(c) < 32 or 0x7F <= ord(c) <= 0x9F or c == "\u202e" for c in stored), repr(stored)
    assert service.wait_idle(90)
    assert service.store.scalar(
        "SELECT status FROM jobs WHERE id = ?", [added.job_id]
    ) != "pending" or "control" not in (
        service.store.scalar("SELECT error FROM jobs WHERE id = ?", [added.job_id]) or ""
    )


@pytest.mark.parametrize(
    "blob", [b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40, b"PK\x03\x04" + b"\x00\xff" * 500, bytes(range(256)) * 10]
)
def test_a_binary_upload_is_refused_with_415(client: Any, blob: bytes, service: Any) -> None:
    resp = client.post("/api/jobs/upload", files={"file": ("posting.bin", blob)})
    assert resp.status_code == 415, resp.text
    assert "binary" in resp.json()["error"]
    assert service.store.scalar("SELECT count(*) FROM jobs") == 0


def test_a_long_payload_does_not_hold_the_add_lock_against_a_short_add(service: Any) -> None:
    import threading
    import time

    big = _greenhouse([_posting(i) for i in range(1, 3 * service.intake.CHUNK + 2)])
    done: dict[str, float] = {}

    def add_big() -> None:
        service.add_from(data=big, filename="greenhouse.json")
        done["big"] = time.monotonic()

    worker = threading.Thread(target=add_big)
    worker.start()
    deadline = time.monotonic() + 60
    while not service.store.scalar("SELECT count(*) FROM jobs") and time.monotonic() < deadline:
        time.sleep(0.01)  # the long add has begun writing
    service.add_from(text="Platform Engineer\nCompany: Smallco\nPython, Kubernetes")
    done["small"] = time.monotonic()
    worker.join(300)
    assert done["small"] < done["big"], "the short add waited for the whole long payload"
