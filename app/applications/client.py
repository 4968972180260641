"""The applications endpoints as plain functions over the UI/CLI's `ApiClient` (app/ui/client.py).

The UI and the CLI reach data only through the HTTP API; these give them one call per action.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, Protocol


class Api(Protocol):
    def _call(self, method: str, path: str, **kwargs: Any) -> Any: ...

    def _request(self, method: str, path: str, **kwargs: Any) -> Any: ...


def _object(api: Api, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
    """One call whose answer is a JSON object."""
    answer: dict[str, Any] = api._call(method, path, **kwargs)
    return answer


def get_modes(api: Api) -> dict[str, bool]:
    return _object(api, "GET", "/api/modes")


def set_modes(api: Api, *, approval_mode: bool | None = None, dry_run: bool | None = None) -> dict[str, bool]:
    return _object(
        api,
        "PUT",
        "/api/modes",
        json={
            "approval_mode": approval_mode,
            "dry_run": dry_run,
        },
    )


def approve(api: Api, job_ids: list[str]) -> dict[str, Any]:
    """Approve one or many jobs; each email job is sent at once unless dry-run is on."""
    return _object(api, "POST", "/api/applications/approve", json={"job_ids": job_ids})


def applications(api: Api, view: str = "all") -> list[dict[str, Any]]:
    """view: all, unknown (sends to confirm), handoff (apply by link), failed (sends parked for a person)."""
    rows: list[dict[str, Any]] = api._call("GET", "/api/applications", params={"view": view})
    return rows


def application(api: Api, job_id: str) -> dict[str, Any]:
    return _object(api, "GET", f"/api/applications/{job_id}")


def send(api: Api, job_id: str) -> dict[str, Any]:
    return _object(api, "POST", f"/api/applications/{job_id}/send")


def mark_applied(api: Api, job_id: str, note: str | None = None) -> dict[str, Any]:
    return _object(api, "POST", f"/api/applications/{job_id}/applied", json={"note": note})


def confirm(api: Api, job_id: str, *, sent: bool, note: str | None = None) -> dict[str, Any]:
    """Settle an `unknown` send after checking the Sent folder."""
    return _object(
        api,
        "POST",
        f"/api/applications/{job_id}/confirm",
        json={"sent": sent, "note": note},
    )


def record_outcome(
    api: Api, job_id: str, outcome: str, *, notes: str | None = None, occurred_on: date | None = None
) -> dict[str, Any]:
    body = {"outcome": outcome, "notes": notes, "occurred_on": occurred_on.isoformat() if occurred_on else None}
    return _object(api, "POST", f"/api/applications/{job_id}/outcome", json=body)


def set_recipient(api: Api, job_id: str, address: str) -> dict[str, Any]:
    return _object(
        api,
        "PUT",
        f"/api/applications/{job_id}/recipient",
        json={"address": address},
    )


def replace_document(api: Api, job_id: str, kind: str, path: Path) -> dict[str, Any]:
    """Replace the tailored `cv` or `cover_letter` with a DOCX from disk."""
    with path.open("rb") as fh:
        return _object(
            api,
            "PUT",
            f"/api/applications/{job_id}/documents/{kind}",
            files={"file": (path.name, fh.read())},
        )


def set_cover_letter(api: Api, job_id: str, text: str) -> dict[str, Any]:
    return _object(api, "PUT", f"/api/applications/{job_id}/cover-letter", json={"text": text})


def metrics(api: Api) -> dict[str, Any]:
    return _object(api, "GET", "/api/applications/metrics")


def export_csv(api: Api) -> str:
    return str(api._request("GET", "/api/applications/export.csv").text)


def tick(api: Api) -> dict[str, Any]:
    return _object(api, "POST", "/api/applications/tick")
