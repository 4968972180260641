"""Confirming how the CV was read: GET/PUT /api/cv over a started service (real DuckDB file, in-process workers).

A CV read with low confidence makes matched jobs wait with one action instead of producing documents; the
seeker's confirmation is stored by the file's hash, queues those jobs again, and tailoring uses it.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import docx
from docx import Document

from app.documents.cv_outline import CONFIRM_ACTION

DEMO_POSTINGS = Path(__file__).resolve().parents[2] / "app" / "demo" / "postings"


def _uncertain_cv() -> bytes:
    """A CV whose role lines name no role noun and no organisation word: the reader cannot be sure."""
    d = docx.Document()
    d.add_paragraph("Jane Doe", style="Title")
    d.add_paragraph("jane.doe@example.com | +61 400 555 123 | Hobart, TAS")
    d.add_paragraph("Experience", style="Heading 1")
    d.add_paragraph("Data Platforms\tNorthwind\tMar 2019 – Present")
    d.add_paragraph("Built 40 data pipelines in Python and SQL on Azure.", style="List Bullet")
    d.add_paragraph("Moved nightly loads to Databricks, cutting run time by 60%.", style="List Bullet")
    d.add_paragraph("Reporting\tContoso\t2016 – 2019")
    d.add_paragraph("Wrote SQL reports for 12 teams.", style="List Bullet")
    d.add_paragraph("Skills", style="Heading 1")
    d.add_paragraph("Python, SQL, Azure, Databricks, Spark, Airflow")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _use_cv(settings, data: bytes) -> None:  # type: ignore[no-untyped-def]
    for f in settings.TEMPLATES_DIR.glob("*.docx"):
        f.unlink()
    (settings.TEMPLATES_DIR / "Jane_Doe_CV.docx").write_bytes(data)


def _upload(client, name: str) -> list[dict]:  # type: ignore[no-untyped-def]
    with (DEMO_POSTINGS / name).open("rb") as fh:
        resp = client.post("/api/jobs/upload", files={"file": (name, fh)})
    assert resp.status_code == 201, resp.text
    return resp.json()


def test_get_cv_shows_the_demo_cv_read_with_high_confidence(client) -> None:  # type: ignore[no-untyped-def]
    body = client.get("/api/cv").json()
    assert body["file"] == "Alex_Morgan_CV.docx" and body["confirmed"] is False and body["usable"] is True
    outline = body["outline"]
    assert outline["name"]["value"] == "Alex Morgan"
    assert outline["contact"]["emails"] == ["alex.morgan@example.com"]
    first = outline["roles"][0]
    assert (first["title"]["value"], first["employer"]["value"]) == ("Senior Data Engineer", "Tasman Analytics")
    assert (first["start"]["value"], first["end"]["value"]) == ("2021-03", "present")
    assert first["bullets"] and all(0 < r["title"]["confidence"] <= 1 for r in outline["roles"])


def test_uncertain_reading_parks_jobs_until_the_seeker_confirms(client, service, settings) -> None:  # type: ignore[no-untyped-def]
    _use_cv(settings, _uncertain_cv())
    view = client.get("/api/cv").json()
    assert view["usable"] is False and view["check"], view
    added = _upload(client, "derwentwater_lead_data_engineer.html")
    assert service.wait_idle(60)
    job = client.get(f"/api/jobs/{added[0]['job_id']}").json()
    assert job["status"] == "pending" and CONFIRM_ACTION in job["error"], job
    assert not [d for d in job["documents"] if d["name"].endswith(".docx")]  # no document from a misreading
    assert client.get("/api/cv").json()["waiting_jobs"] == 1

    outline = view["outline"]
    outline["roles"][0]["title"]["value"] = "Data Platforms Engineer"
    outline["roles"][1]["title"]["value"] = "Reporting Analyst"
    resp = client.put("/api/cv", json=outline)
    assert resp.status_code == 200, resp.text
    body = resp.json()
    assert body["confirmed"] is True and body["usable"] is True and body["requeued"] == [job["id"]]
    assert service.wait_idle(60)
    job = client.get(f"/api/jobs/{job['id']}").json()
    assert job["status"] == "awaiting_approval", job
    cv_doc = Document(str(Path(job["folder"]) / "Jane_Doe_CV.docx"))
    text = "\n".join(p.text for p in cv_doc.paragraphs)
    assert "Data Platforms\tNorthwind\tMar 2019 – Present" in text  # the seeker's file, not the outline, is edited
    # The confirmed outline is kept by content hash: the same file reads as confirmed again.
    again = client.get("/api/cv").json()
    assert again["confirmed"] is True and again["outline"]["roles"][0]["title"]["value"] == "Data Platforms Engineer"


def _cv_with_an_unread_dated_line() -> bytes:
    """Every role field reads as sure, but a dated line in the experience section was read as no role."""
    d = docx.Document()
    d.add_paragraph("Jane Doe", style="Title")
    d.add_paragraph("jane.doe@example.com | +61 400 555 123 | Hobart, TAS")
    d.add_paragraph("Experience", style="Heading 1")
    d.add_paragraph("Senior Data Engineer\tNorthwind Traders Ltd\tMar 2019 – Present")
    d.add_paragraph("Built 40 data pipelines in Python and SQL on Azure.", style="List Bullet")
    d.add_paragraph("Data Analyst\tContoso Group\t2016 – 2019")
    d.add_paragraph("Wrote SQL reports for 12 teams.", style="List Bullet")
    d.add_paragraph("2014 – 2016")
    d.add_paragraph("Answered 30 support calls a day.", style="List Bullet")
    d.add_paragraph("Skills", style="Heading 1")
    d.add_paragraph("Python, SQL, Azure, Databricks, Spark, Airflow")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_a_reading_that_does_not_hang_together_gets_no_documents_until_confirmed(
    client: Any, service: Any, settings: Any
) -> None:
    _use_cv(settings, _cv_with_an_unread_dated_line())
    view = client.get("/api/cv").json()
    assert view["usable"] is False and any("2014 – 2016" in c for c in view["check"]), view
    assert all(r["title"]["confidence"] >= 0.8 for r in view["outline"]["roles"])  # no single field looks unsure
    added = _upload(client, "derwentwater_lead_data_engineer.html")
    assert service.wait_idle(60)
    job = client.get(f"/api/jobs/{added[0]['job_id']}").json()
    assert job["status"] == "pending" and CONFIRM_ACTION in job["error"], job
    assert not [d for d in job["documents"] if d["name"].endswith(".docx")]

    resp = client.put("/api/cv", json=view["outline"])  # the seeker confirms the reading as it is
    assert resp.status_code == 200, resp.text
    assert resp.json()["usable"] is True and resp.json()["requeued"] == [job["id"]]
    assert service.wait_idle(60)
    job = client.get(f"/api/jobs/{job['id']}").json()
    assert job["status"] == "awaiting_approval", job
    assert [d for d in job["documents"] if d["name"] == "Jane_Doe_CV.docx"], job["documents"]


def test_a_changed_cv_file_needs_a_new_confirmation(client, settings) -> None:  # type: ignore[no-untyped-def]
    _use_cv(settings, _uncertain_cv())
    outline = client.get("/api/cv").json()["outline"]
    outline["roles"][0]["title"]["value"] = "Data Platforms Engineer"
    assert client.put("/api/cv", json=outline).status_code == 200
    changed = Document(io.BytesIO(_uncertain_cv()))
    changed.add_paragraph("Languages: English")
    buf = io.BytesIO()
    changed.save(buf)
    _use_cv(settings, buf.getvalue())
    assert client.get("/api/cv").json()["confirmed"] is False


def test_put_cv_refuses_an_outline_without_name_or_contact(client) -> None:  # type: ignore[no-untyped-def]
    outline = client.get("/api/cv").json()["outline"]
    outline["name"]["value"] = " "
    outline["contact"] = {"emails": [], "phones": [], "links": [], "location": ""}
    outline["roles"][0]["start"]["value"] = "March"
    resp = client.put("/api/cv", json=outline)
    assert resp.status_code == 422
    problems = resp.json()["detail"]["problems"]
    assert "the name is empty" in problems
    assert any("email address or phone number" in p for p in problems)
    assert any("role 1 start date" in p for p in problems)


def test_a_job_without_documents_cannot_be_approved(client, service, settings) -> None:  # type: ignore[no-untyped-def]
    _use_cv(settings, _uncertain_cv())
    added = _upload(client, "derwentwater_lead_data_engineer.html")
    assert service.wait_idle(60)
    job_id = added[0]["job_id"]
    assert client.get(f"/api/jobs/{job_id}").json()["status"] == "pending"
    resp = client.post(f"/api/jobs/{job_id}/approve")
    assert resp.status_code == 409 and "no documents" in resp.json()["error"]
    assert client.get(f"/api/jobs/{job_id}").json()["status"] == "pending"


def test_an_image_only_cv_is_reported_as_having_no_text(client, settings) -> None:  # type: ignore[no-untyped-def]
    d = docx.Document()
    d.add_paragraph("CV")
    buf = io.BytesIO()
    d.save(buf)
    _use_cv(settings, buf.getvalue())
    problems = client.get("/health").json()["checks"]["templates"]["problems"]
    assert problems and "this CV has no text" in problems[0]
    resp = client.get("/api/cv")
    assert resp.status_code == 404 and "this CV has no text" in resp.json()["error"]
