"""A small typed client of the jobsmith HTTP API, shared by the UI and the CLI."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx

from app.errors import ApiError

if TYPE_CHECKING:  # the CLI's embedded mode passes an in-process client (on httpx2) over the app
    import httpx2
    from starlette.testclient import TestClient


def _expect_object(data: Any, path: str) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise ApiError(f"{path} answered {type(data).__name__}, not a JSON object")
    return data


def _expect_list(data: Any, path: str) -> list[dict[str, Any]]:
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise ApiError(f"{path} answered something other than a JSON list of objects")
    return data


class ApiClient:
    def __init__(
        self,
        base_url: str,
        timeout: float = 30.0,
        http: httpx.Client | TestClient | None = None,
        token: str | None = None,
    ) -> None:
        """`http` may be any httpx client, e.g. an in-process one over the app (the CLI's embedded mode).

        `token` defaults to API_TOKEN or the token file `jobsmith init` wrote (docs/security.md).
        """
        self.base_url = base_url.rstrip("/")
        self._http: httpx.Client | TestClient = http or httpx.Client(base_url=self.base_url, timeout=timeout)
        if token is None:
            from app.api.security import read_token
            from app.settings import get_settings

            token = read_token(get_settings())
        if token:
            self._http.headers["Authorization"] = f"Bearer {token}"

    def close(self) -> None:
        self._http.close()

    def _call(self, method: str, path: str, **kwargs: Any) -> Any:
        return self._request(method, path, **kwargs).json()

    def _obj(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        """A call whose answer is a JSON object."""
        return _expect_object(self._call(method, path, **kwargs), path)

    def _list(self, method: str, path: str, **kwargs: Any) -> list[dict[str, Any]]:
        """A call whose answer is a JSON list of objects."""
        return _expect_list(self._call(method, path, **kwargs), path)

    def _items(self, method: str, path: str, **kwargs: Any) -> list[dict[str, Any]]:
        """A call whose answer is an object holding its list of objects under "items"."""
        return _expect_list(self._obj(method, path, **kwargs).get("items"), path)

    def _request(self, method: str, path: str, **kwargs: Any) -> httpx.Response | httpx2.Response:
        try:
            resp = self._http.request(method, path, **kwargs)
        except httpx.HTTPError as exc:
            raise ApiError(f"the jobsmith API at {self.base_url} does not answer: is it running?") from exc
        if resp.status_code >= 400:
            detail = None
            try:
                body = resp.json()
                msg = body.get("error") or body.get("detail") or resp.text
                detail = body.get("detail")
            except ValueError:
                msg = resp.text
            raise ApiError(str(msg), resp.status_code, detail)
        return resp

    def reachable(self) -> bool:
        try:
            self._http.get("/health", timeout=2.0)
            return True
        except httpx.HTTPError:
            return False

    def health(self) -> dict[str, Any]:
        try:
            resp = self._http.get("/health")
        except httpx.HTTPError as exc:
            raise ApiError(f"cannot reach the jobsmith API at {self.base_url}: {exc}") from exc
        return _expect_object(resp.json(), "/health")

    def stats(self) -> dict[str, Any]:
        return self._obj("GET", "/api/stats")

    def jobs(
        self,
        *,
        status: list[str] | None = None,
        q: str | None = None,
        limit: int = 100,
        offset: int = 0,
        sort: str = "updated",
    ) -> dict[str, Any]:
        params: dict[str, Any] = {"limit": limit, "offset": offset, "sort": sort}
        if status:
            params["status"] = status
        if q:
            params["q"] = q
        return self._obj("GET", "/api/jobs", params=params)

    def job(self, job_id: str) -> dict[str, Any]:
        return self._obj("GET", f"/api/jobs/{job_id}")

    def resolve_job_id(self, prefix: str) -> dict[str, Any]:
        """`{"prefix", "matches": [ids starting with it, at most 10], "more"}`."""
        return self._obj("GET", "/api/jobs/resolve", params={"prefix": prefix})

    def short_job_ids(self, ids: list[str], min_length: int = 8) -> dict[str, str]:
        """Each id -> its shortest prefix (at least `min_length`) that no other job's id starts with."""
        short: dict[str, str] = self._call("POST", "/api/jobs/short-ids", json={"ids": ids, "min_length": min_length})[
            "short"
        ]
        return short

    def add(
        self,
        *,
        url: str | None = None,
        text: str | None = None,
        payload: str | None = None,
        filename: str | None = None,
    ) -> list[dict[str, Any]]:
        body = {
            k: v
            for k, v in {"url": url, "text": text, "payload": payload, "filename": filename}.items()
            if v is not None
        }
        return self._list("POST", "/api/jobs", json=body)

    def upload(self, path: Path) -> list[dict[str, Any]]:
        with path.open("rb") as fh:
            return self._list("POST", "/api/jobs/upload", files={"file": (path.name, fh)})

    def approve(self, job_id: str) -> dict[str, Any]:
        return self._obj("POST", f"/api/jobs/{job_id}/approve")

    def reject(self, job_id: str, reason: str | None = None) -> dict[str, Any]:
        return self._obj("POST", f"/api/jobs/{job_id}/reject", json={"reason": reason})

    def retry(self, job_id: str) -> dict[str, Any]:
        return self._obj("POST", f"/api/jobs/{job_id}/retry")

    def sources(self) -> list[dict[str, Any]]:
        return self._list("GET", "/api/sources")

    def discover(self, source: str | None = None) -> dict[str, Any]:
        return self._obj("POST", "/api/discovery/run", params={"source": source} if source else None)

    def modes(self, *, approval_mode: bool | None = None, dry_run: bool | None = None) -> dict[str, Any]:
        if approval_mode is None and dry_run is None:
            return self._obj("GET", "/api/modes")
        return self._obj("PUT", "/api/modes", json={"approval_mode": approval_mode, "dry_run": dry_run})

    def approve_many(self, job_ids: list[str]) -> dict[str, Any]:
        return self._obj("POST", "/api/applications/approve", json={"job_ids": job_ids})

    def application(self, job_id: str) -> dict[str, Any]:
        return self._obj("GET", f"/api/applications/{job_id}")

    def send(self, job_id: str) -> dict[str, Any]:
        return self._obj("POST", f"/api/applications/{job_id}/send")

    def mark_applied(self, job_id: str, note: str | None = None) -> dict[str, Any]:
        return self._obj("POST", f"/api/applications/{job_id}/applied", json={"note": note})

    def confirm(self, job_id: str, sent: bool, note: str | None = None) -> dict[str, Any]:
        return self._obj("POST", f"/api/applications/{job_id}/confirm", json={"sent": sent, "note": note})

    def outcome(self, job_id: str, outcome: str, notes: str | None = None) -> dict[str, Any]:
        return self._obj("POST", f"/api/applications/{job_id}/outcome", json={"outcome": outcome, "notes": notes})

    def set_recipient(self, job_id: str, address: str) -> dict[str, Any]:
        return self._obj("PUT", f"/api/applications/{job_id}/recipient", json={"address": address})

    def set_cover_letter(self, job_id: str, text: str) -> dict[str, Any]:
        return self._obj("PUT", f"/api/applications/{job_id}/cover-letter", json={"text": text})

    def replace_document(self, job_id: str, kind: str, path: Path) -> dict[str, Any]:
        with path.open("rb") as fh:
            return self._obj("PUT", f"/api/applications/{job_id}/documents/{kind}", files={"file": (path.name, fh)})

    def metrics(self) -> dict[str, Any]:
        return self._obj("GET", "/api/applications/metrics")

    def export_csv(self) -> str:
        return self._request("GET", "/api/applications/export.csv").text

    def download(self, job_id: str, name: str, dest: Path) -> Path:
        resp = self._request("GET", f"/api/jobs/{job_id}/documents/{name}")
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_bytes(resp.content)
        return dest

    # -- review, overview and settings (issue #14) ---------------------------------------------

    def review(self, job_id: str) -> dict[str, Any]:
        return self._obj("GET", f"/api/review/{job_id}")

    def approval_plan(self, job_ids: list[str], versions: dict[str, str]) -> dict[str, Any]:
        return self._obj("POST", "/api/review/plan", json={"job_ids": job_ids, "versions": versions})

    def approve_shown(self, versions: dict[str, str]) -> dict[str, Any]:
        """Approve exactly these jobs, each only if it has not changed since the page showed it."""
        return self._obj("POST", "/api/applications/approve", json={"job_ids": list(versions), "versions": versions})

    def edit_letter_body(self, job_id: str, text: str) -> dict[str, Any]:
        return self._obj("PUT", f"/api/review/{job_id}/letter", json={"text": text})

    def discard_letter_edit(self, job_id: str) -> dict[str, Any]:
        return self._obj("DELETE", f"/api/review/{job_id}/letter-edit")

    def overview(self) -> dict[str, Any]:
        return self._obj("GET", "/api/overview")

    def cursor(self) -> str:
        return str(self._call("GET", "/api/overview/cursor")["cursor"])

    def settings(self) -> dict[str, Any]:
        return self._obj("GET", "/api/settings")

    def save_settings(self, name: str, change: dict[str, Any]) -> dict[str, Any]:
        return self._obj("PUT", f"/api/settings/{name}", json=change)

    # After applying (issue #16): replies, follow-ups, form answers, interview briefs, outside applications.

    def replies(self, state: str = "proposed") -> list[dict[str, Any]]:
        return self._items("GET", "/api/replies", params={"state": state})

    def confirm_reply(self, reading_id: str, outcome: str | None = None) -> dict[str, Any]:
        return self._obj("POST", f"/api/replies/{reading_id}/confirm", json={"outcome": outcome})

    def dismiss_reply(self, reading_id: str) -> dict[str, Any]:
        return self._obj("POST", f"/api/replies/{reading_id}/dismiss")

    def followups(self, state: str = "draft") -> list[dict[str, Any]]:
        return self._items("GET", "/api/followups", params={"state": state})

    def edit_followup(self, followup_id: str, body: str) -> dict[str, Any]:
        return self._obj("PUT", f"/api/followups/{followup_id}", json={"body": body})

    def decide_followup(self, followup_id: str, action: str) -> dict[str, Any]:
        """action: approve, dismiss or done."""
        return self._obj("POST", f"/api/followups/{followup_id}/{action}")

    def profile_answers(self) -> dict[str, Any]:
        return self._obj("GET", "/api/profile/answers")

    def save_profile_answers(self, answers: dict[str, str]) -> dict[str, Any]:
        return self._obj("PUT", "/api/profile/answers", json={"answers": answers})

    def draft_answers(self, job_id: str, questions: list[tuple[str, int]]) -> list[dict[str, Any]]:
        body = {"questions": [{"text": text, "limit": limit} for text, limit in questions]}
        return self._items("POST", f"/api/jobs/{job_id}/answers", json=body, timeout=300)

    def form_answers(self, job_id: str) -> list[dict[str, Any]]:
        return self._items("GET", f"/api/jobs/{job_id}/answers")

    def edit_form_answer(self, job_id: str, idx: int, answer: str) -> list[dict[str, Any]]:
        return self._items("PUT", f"/api/jobs/{job_id}/answers/{idx}", json={"answer": answer})

    def interview_brief(self, job_id: str) -> dict[str, Any]:
        return self._obj("GET", f"/api/jobs/{job_id}/interview-brief", timeout=300)

    def interview_brief_docx(self, job_id: str, dest: Path) -> Path:
        resp = self._request("GET", f"/api/jobs/{job_id}/interview-brief.docx", timeout=300)
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_bytes(resp.content)
        return dest

    def record_outside(self, **fields: Any) -> dict[str, Any]:
        """title, company, url, applied_on (YYYY-MM-DD), channel, notes."""
        return self._obj("POST", "/api/applications/outside", json=fields)

    def apply_anyway(self, job_id: str, reason: str) -> dict[str, Any]:
        return self._obj("POST", f"/api/jobs/{job_id}/apply-anyway", json={"reason": reason})
