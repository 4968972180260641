"""How a command reaches the API: the running app's, or an in-process one over an embedded service; and job ids
given as unique prefixes, resolved through that API.

Only one process may open the DuckDB file, so while `jobsmith up` runs, other commands must go through its
API; when it does not run, they open the database themselves and close it when done.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn

from app.cli import output
from app.domain.status import IN_PIPELINE, values
from app.errors import ApiError, JobsmithError
from app.settings import Settings, get_settings
from app.ui.client import ApiClient

WORKING = list(values(IN_PIPELINE))
MIN_PREFIX = 4  # the shortest id prefix a command accepts
SHOWN_PREFIX = 8  # the shortest prefix a table shows in a narrow terminal


def settings_for(demo: bool) -> Settings:
    from app.demo import demo_settings

    s = get_settings()
    return demo_settings(s) if demo else s


@contextmanager
def connect(demo: bool = False) -> Iterator[ApiClient]:
    """The running app's API, or an in-process API over an embedded service; errors become clear exits."""
    settings = settings_for(demo)
    remote = ApiClient(settings.api_url)
    try:
        if remote.reachable():
            yield remote
            return
        with _embedded(settings) as api:
            yield api
    except (JobsmithError, ApiError) as exc:
        output.fail(exc.message)
    finally:
        remote.close()


@contextmanager
def _embedded(settings: Settings) -> Iterator[ApiClient]:
    from fastapi.testclient import TestClient

    from app.main import create_app
    from app.service import Jobsmith

    svc = Jobsmith(settings).start()
    try:
        with TestClient(create_app(settings, svc), raise_server_exceptions=False) as http:
            yield ApiClient("http://embedded", http=http)
    finally:
        svc.stop()


def resolve(api: ApiClient, given: str) -> str:
    """The whole id of the one job whose id starts with `given`; otherwise a one-line error and exit 1."""
    prefix = given.strip().lower()
    if len(prefix) < MIN_PREFIX:
        output.fail(f"a job id needs at least {MIN_PREFIX} characters (got {given!r})")
    found = api.resolve_job_id(prefix)
    matches: list[str] = found["matches"]
    if not matches:
        output.fail(f"no job with id {given}")
    if len(matches) > 1:
        more = ", …" if found["more"] else ""
        output.fail(f"job id {given} is ambiguous: it starts {', '.join(matches)}{more}")
    return matches[0]


def resolve_all(api: ApiClient, given: list[str]) -> list[str]:
    return [resolve(api, g) for g in given]


def shown_ids(api: ApiClient, ids: list[str]) -> dict[str, str]:
    """Each id as a table shows it: whole when the terminal has room, else its shortest unique prefix (≥ 8)."""
    if output.wide() or not ids:
        return {i: i for i in ids}
    return api.short_job_ids(ids, SHOWN_PREFIX)


def wait_with_progress(api: ApiClient, job_ids: list[str], timeout: float = 900) -> dict[str, str]:
    """A progress bar until every job has left the working states; returns each job's status."""
    wanted = set(job_ids)
    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=output.console,
        transient=True,
    ) as bar:
        task = bar.add_task("processing", total=len(wanted))
        deadline = time.monotonic() + timeout
        while wanted and time.monotonic() < deadline:
            page = api.jobs(status=WORKING, limit=500)  # one request per poll, however many jobs
            working = {j["id"] for j in page["items"]} & wanted
            bar.update(task, completed=len(wanted) - len(working))
            if not working and page["total"] <= len(page["items"]):
                break
            time.sleep(0.3)
    return {jid: api.job(jid)["status"] for jid in job_ids}


def call(demo: bool, method: str, path: str, **kwargs: Any) -> Any:
    """One request to the API; its error becomes a one-line exit."""
    with connect(demo) as api:
        try:
            return api._call(method, path, **kwargs)
        except ApiError as exc:
            output.fail(str(exc))
