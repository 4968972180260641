"""The applications router over a started service, a real SMTP server and a real DuckDB file."""

from __future__ import annotations

import contextlib
import io
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from docx import Document
from fastapi.testclient import TestClient

from app.applications.modes import status_after_documents
from app.applications.outbox import Outbox
from app.domain.status import Status
from app.errors import JobsmithError
from app.main import create_app
from app.service import Jobsmith
from app.settings import Settings
from app.store import Store
from app.testing.smtp_server import SmtpTestServer
from tests.mail.helpers import DEMO_CV, PASSWORD, SENDER, add_job, mail_settings

MAIL_YAML = """
limits: {min_spacing_seconds: 0, per_hour: 100, per_day: 1000}
smtp: {timeout_seconds: 2, connect_timeout_seconds: 2}
"""


@pytest.fixture
def mail_service(workdir: Path, smtp: SmtpTestServer) -> Iterator[Jobsmith]:
    (workdir / "config" / "mail.yaml").write_text(MAIL_YAML)
    settings = Settings(
        _env_file=None,
        DUCKDB_PATH=workdir / "data" / "jobs.duckdb",
        CONFIG_DIR=workdir / "config",
        TEMPLATES_DIR=workdir / "current_cv_coverletter",
        EXPORT_DIR=workdir / "export",
        CACHE_DIR=workdir / "data" / "cache",
        SMTP_SERVER="127.0.0.1",
        SMTP_PORT=smtp.port,
        SENDER_EMAIL=SENDER,
        SENDER_PASSWORD=PASSWORD,
    )
    svc = Jobsmith(settings).start()
    yield svc
    svc.stop()


@pytest.fixture
def api(mail_service: Jobsmith) -> Iterator[TestClient]:
    with TestClient(create_app(mail_service.settings, mail_service)) as c:
        yield c


def _status(svc: Jobsmith, job_id: str) -> str:
    return str(svc.store.scalar("SELECT status FROM jobs WHERE id = ?", [job_id]))


def test_modes_are_stored_and_override_agents_yaml(api: TestClient, mail_service: Jobsmith) -> None:
    assert api.get("/api/modes").json() == {"approval_mode": True, "dry_run": False}

    assert api.put("/api/modes", json={"dry_run": True}).json() == {"approval_mode": True, "dry_run": True}

    assert api.get("/api/modes").json()["dry_run"] is True
    assert status_after_documents(mail_service.store, mail_service.config.agents) is Status.DRY_RUN_COMPLETE
    api.put("/api/modes", json={"dry_run": False, "approval_mode": False})
    assert status_after_documents(mail_service.store, mail_service.config.agents) is Status.APPROVED


def test_bulk_approve_sends_email_jobs_and_leaves_link_jobs_ready(
    api: TestClient, mail_service: Jobsmith, smtp: SmtpTestServer, tmp_path: Path
) -> None:
    store, wait = mail_service.store, Status.AWAITING_APPROVAL
    a = add_job(store, tmp_path, n=1, status=wait)
    b = add_job(store, tmp_path, n=2, status=wait, apply_email="jobs@other.example")
    link = add_job(store, tmp_path, n=3, status=wait, apply_email=None, apply_url="https://apply.example/3")

    body = api.post("/api/applications/approve", json={"job_ids": [a, b, link, "nope"]}).json()

    assert body["approved"] == 3
    assert {i["job_id"]: i["status"] for i in body["items"] if i["ok"]} == {a: "sent", b: "sent", link: "approved"}
    assert [i["job_id"] for i in body["items"] if not i["ok"]] == ["nope"]
    assert sorted(r.rcpt_tos[0] for r in smtp.handler.received()) == [
        "careers@derwentwater.example",
        "jobs@other.example",
    ]


def test_dry_run_approves_but_never_sends(
    api: TestClient, mail_service: Jobsmith, smtp: SmtpTestServer, tmp_path: Path
) -> None:
    job_id = add_job(mail_service.store, tmp_path, status=Status.AWAITING_APPROVAL)
    api.put("/api/modes", json={"dry_run": True})

    api.post("/api/applications/approve", json={"job_ids": [job_id]})
    refused = api.post(f"/api/applications/{job_id}/send")
    tick = api.post("/api/applications/tick").json()

    assert _status(mail_service, job_id) == "approved"
    assert refused.status_code == 409 and "dry-run" in refused.json()["error"]
    assert tick["sends"] == [] and smtp.handler.received() == []


def test_apply_link_hand_off_blocks_a_second_application_in_the_group(
    api: TestClient, mail_service: Jobsmith, smtp: SmtpTestServer, tmp_path: Path
) -> None:
    store = mail_service.store
    link = add_job(
        store,
        tmp_path,
        n=1,
        status=Status.AWAITING_APPROVAL,
        apply_email=None,
        apply_url="https://apply.example/1",
        group_id="g1",
    )
    twin = add_job(store, tmp_path, n=2, group_id="g1")

    assert (
        api.post(f"/api/applications/{link}/applied", json={"note": "applied on the site"}).json()["status"]
        == "applied"
    )
    refused = api.post(f"/api/applications/{twin}/send")

    assert refused.status_code == 409 and link in refused.json()["error"]
    assert _status(mail_service, twin) == "pending"
    assert store.read_one(
        "SELECT channel, applied_at IS NOT NULL AS at FROM applications WHERE job_id = ?", [link]
    ) == {"channel": "link", "at": True}
    assert smtp.handler.received() == []


def test_unknown_send_is_settled_by_a_person(
    api: TestClient, mail_service: Jobsmith, smtp: SmtpTestServer, tmp_path: Path
) -> None:
    smtp.handler.fault, smtp.handler.hang_seconds = "hang_data", 3
    job_id = add_job(mail_service.store, tmp_path)
    assert api.post(f"/api/applications/{job_id}/send").json()["state"] == "unknown"
    smtp.handler.fault = None

    assert api.post("/api/applications/tick").json()["sends"] == []  # never re-sent by itself
    assert api.post(f"/api/applications/{job_id}/confirm", json={"sent": False}).json()["status"] == "approved"
    again = api.post(f"/api/applications/{job_id}/send").json()

    assert again["state"] == "sent"
    detail = api.get(f"/api/applications/{job_id}").json()
    assert [x["result"] for x in detail["attempts"]] == ["unknown", "confirmed_not_sent", "sent"]
    assert detail["outbox"]["message_id"] == again["message_id"] == smtp.handler.received()[-1].message_id


def test_confirm_sent_marks_the_job_sent(
    api: TestClient, mail_service: Jobsmith, smtp: SmtpTestServer, tmp_path: Path
) -> None:
    smtp.handler.fault, smtp.handler.hang_seconds = "hang_data", 3
    job_id = add_job(mail_service.store, tmp_path)
    api.post(f"/api/applications/{job_id}/send")

    assert api.post(f"/api/applications/{job_id}/confirm", json={"sent": True}).json()["status"] == "sent"
    assert api.post(f"/api/applications/{job_id}/confirm", json={"sent": True}).status_code == 409


def test_typed_recipient_is_validated_and_used(
    api: TestClient, mail_service: Jobsmith, smtp: SmtpTestServer, tmp_path: Path
) -> None:
    job_id = add_job(mail_service.store, tmp_path, apply_email=None, status=Status.AWAITING_APPROVAL)

    bad = api.put(f"/api/applications/{job_id}/recipient", json={"address": "a@x.example\r\nBcc: b@evil.example"})
    good = api.put(f"/api/applications/{job_id}/recipient", json={"address": "hr@typed.example"})
    body = api.post("/api/applications/approve", json={"job_ids": [job_id]}).json()

    assert bad.status_code == 422 and good.status_code == 200
    assert body["items"][0]["status"] == "sent"
    assert [r.rcpt_tos for r in smtp.handler.received()] == [["hr@typed.example"]]


def test_send_again_after_a_permanent_failure(
    api: TestClient, mail_service: Jobsmith, smtp: SmtpTestServer, tmp_path: Path
) -> None:
    smtp.handler.fault = "550"
    job_id = add_job(mail_service.store, tmp_path)
    assert api.post(f"/api/applications/{job_id}/send").json()["job_status"] == "pending"
    smtp.handler.fault = None

    assert api.post(f"/api/applications/{job_id}/send").json()["state"] == "sent"
    assert len(smtp.handler.received()) == 1


def test_replace_document_with_an_uploaded_docx(
    api: TestClient, mail_service: Jobsmith, smtp: SmtpTestServer, tmp_path: Path
) -> None:
    job_id = add_job(mail_service.store, tmp_path, status=Status.AWAITING_APPROVAL)
    mine = (DEMO_CV / "Alex_Morgan_CL.docx").read_bytes()  # any real DOCX will do as "my own CV"

    not_docx = api.put(f"/api/applications/{job_id}/documents/cv", files={"file": ("cv.docx", b"plain text")})
    ok = api.put(f"/api/applications/{job_id}/documents/cv", files={"file": ("mine.docx", mine)})
    api.post("/api/applications/approve", json={"job_ids": [job_id]})

    assert not_docx.status_code == 422 and ok.status_code == 200
    atts = {p.get_filename(): p.get_content() for p in smtp.handler.received()[0].message.iter_attachments()}
    assert atts["Alex_Morgan_CV.docx"] == mine
    late = api.put(f"/api/applications/{job_id}/documents/cv", files={"file": ("mine.docx", mine)})
    assert late.status_code == 409


def test_cover_letter_text_keeps_the_template_style(api: TestClient, mail_service: Jobsmith, tmp_path: Path) -> None:
    job_id = add_job(mail_service.store, tmp_path, status=Status.AWAITING_APPROVAL)
    path = Path(
        mail_service.store.scalar("SELECT path FROM documents WHERE job_id = ? AND kind = 'cover_letter'", [job_id])
    )
    before = Document(str(path))
    model = max(before.paragraphs, key=lambda p: len(p.text))
    text = "Dear Ms Jones,\n\nI would like to apply.\nThank you.\n\nKind regards,\nAlex Morgan"

    assert api.put(f"/api/applications/{job_id}/cover-letter", json={"text": text}).status_code == 200

    after = Document(io.BytesIO(path.read_bytes()))
    assert [p.text for p in after.paragraphs] == [
        "Dear Ms Jones,",
        "I would like to apply.\nThank you.",
        "Kind regards,\nAlex Morgan",
    ]
    for p in after.paragraphs:
        assert p.style.name == model.style.name
        assert p.paragraph_format.space_after == model.paragraph_format.space_after
        assert p.runs[0].font.size == model.runs[0].font.size and p.runs[0].font.name == model.runs[0].font.name
    assert len(after.sections) == len(before.sections)


def test_approve_on_the_jobs_router_sends_once(
    api: TestClient, mail_service: Jobsmith, smtp: SmtpTestServer, tmp_path: Path
) -> None:
    job_id = add_job(mail_service.store, tmp_path, status=Status.AWAITING_APPROVAL)

    assert api.post(f"/api/jobs/{job_id}/approve").json()["status"] == "sent"
    assert api.post(f"/api/jobs/{job_id}/approve").status_code == 409

    [got] = smtp.handler.received()
    assert got.message_id == mail_service.store.scalar("SELECT message_id FROM outbox WHERE job_id = ?", [job_id])


def test_service_start_turns_interrupted_sends_into_unknown(
    workdir: Path, smtp: SmtpTestServer, tmp_path: Path
) -> None:
    db = workdir / "data" / "jobs.duckdb"
    store = Store(db).open()
    job_id = add_job(store, tmp_path)
    outbox = Outbox(store, mail_settings(db, smtp.port))
    smtp.handler.block_data()  # the message reaches the server, the reply never comes back in time
    outbox.config.smtp.timeout_seconds = 30

    def send() -> None:
        with contextlib.suppress(JobsmithError):  # its store is gone when the reply finally comes
            outbox.send(job_id)

    sender = threading.Thread(target=send, daemon=True)
    sender.start()
    assert smtp.handler.data_arrived.wait(10)
    assert store.scalar("SELECT state FROM outbox WHERE job_id = ?", [job_id]) == "sending"
    store.close()  # the "crash": the store goes away mid-send; the thread's late result cannot be recorded
    smtp.handler.release()
    sender.join(10)

    settings = mail_settings(db, smtp.port).model_copy(
        update={
            "CONFIG_DIR": workdir / "config",
            "TEMPLATES_DIR": workdir / "current_cv_coverletter",
            "EXPORT_DIR": workdir / "export",
        }
    )
    svc = Jobsmith(settings).start()
    try:
        assert svc.store.scalar("SELECT status FROM jobs WHERE id = ?", [job_id]) == "unknown"
        assert svc.store.scalar("SELECT state FROM outbox WHERE job_id = ?", [job_id]) == "unknown"
    finally:
        svc.stop()
    assert len(smtp.handler.received()) == 1


def test_ui_and_cli_functions_drive_the_api(
    api: TestClient, mail_service: Jobsmith, smtp: SmtpTestServer, tmp_path: Path
) -> None:
    from app.applications import client as mc
    from app.ui.client import ApiClient

    ui = ApiClient("http://testserver")
    ui._http = api  # the in-process app instead of a socket
    job_id = add_job(mail_service.store, tmp_path, status=Status.AWAITING_APPROVAL)
    link = add_job(mail_service.store, tmp_path, n=9, status=Status.AWAITING_APPROVAL, apply_email=None)

    assert mc.set_modes(ui, approval_mode=True) == {"approval_mode": True, "dry_run": False}
    assert mc.approve(ui, [job_id])["items"][0]["status"] == "sent"
    assert mc.mark_applied(ui, link)["status"] == "applied"
    assert mc.record_outcome(ui, job_id, "interview", notes="Tuesday")["status"] == "interview"
    assert mc.metrics(ui)["applied"] == 2
    assert mc.export_csv(ui).count("\r\n") == 3
    assert mc.application(ui, job_id)["outbox"]["state"] == "sent"
    assert {r["job_id"]: r["channel"] for r in mc.applications(ui)} == {job_id: "email", link: "link"}


def test_views_list_what_needs_the_seeker(
    api: TestClient, mail_service: Jobsmith, smtp: SmtpTestServer, tmp_path: Path
) -> None:
    store = mail_service.store
    link = add_job(store, tmp_path, n=1, apply_email=None, apply_url="https://apply.example/1")
    refused = add_job(store, tmp_path, n=2)
    smtp.handler.fault = "550"
    api.post(f"/api/applications/{refused}/send")
    smtp.handler.fault, smtp.handler.hang_seconds = "hang_data", 3
    unknown = add_job(store, tmp_path, n=3)
    api.post(f"/api/applications/{unknown}/send")

    def ids(view: str) -> list[str]:
        return [r["job_id"] for r in api.get("/api/applications", params={"view": view}).json()]

    assert ids("handoff") == [link]
    assert ids("failed") == [refused]
    assert ids("unknown") == [unknown]
    assert api.get("/api/applications", params={"view": "x"}).status_code == 404


def test_without_smtp_settings_approved_jobs_wait(service: Jobsmith, tmp_path: Path) -> None:
    app = create_app(service.settings, service)
    job_id = add_job(service.store, tmp_path, status=Status.AWAITING_APPROVAL)
    with TestClient(app) as c:
        assert c.post(f"/api/jobs/{job_id}/approve").json()["status"] == "approved"
        assert c.post("/api/applications/tick").json()["sends"] == []
        refused = c.post(f"/api/applications/{job_id}/send")
    assert refused.status_code == 503 and "SMTP_SERVER" in refused.json()["error"]
    assert _status(service, job_id) == "approved"
