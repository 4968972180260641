"""The `jobsmith` command. Every command speaks to the API: the running app's, or, when none answers, an
in-process one over a service opened just for the command (embedded).

Only one process may open the DuckDB file, so while `jobsmith up` runs, other commands must go through its
API; when it does not run, they open the database themselves and close it when done.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn
from rich.table import Table

from app.errors import ApiError, JobsmithError
from app.settings import Settings, get_settings
from app.terminal import safe
from app.ui.client import ApiClient

if TYPE_CHECKING:
    from app.service import AddResult, Jobsmith

cli = typer.Typer(
    help="jobsmith: find, match, tailor, approve, send once, track.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
console = Console()
err = Console(stderr=True)
Demo = Annotated[bool, typer.Option(help="use the demo seeker and its database")]
WORKING = ("discovered", "queued", "processing")


LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class QuietLibraries(logging.Filter):
    """Below WARNING only jobsmith's own records pass: an HTTP client's line per request is noise here."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno >= logging.WARNING or record.name.split(".")[0] == "app"


def main() -> None:
    cli()


@cli.callback()
def options(
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="also show libraries' log lines")] = False,
) -> None:
    """jobsmith: find, match, tailor, approve, send once, track."""
    handler = logging.StreamHandler()
    if not verbose:
        handler.addFilter(QuietLibraries())
    # First configuration wins: the app's own logging.basicConfig calls (app.main, `up`) then change nothing.
    logging.basicConfig(level=get_settings().LOG_LEVEL, format=LOG_FORMAT, handlers=[handler])


def fail(message: str, code: int = 1) -> None:
    err.print(f"[bold red]error:[/] {safe(message)}")
    raise typer.Exit(code)


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
        from fastapi.testclient import TestClient

        from app.main import create_app
        from app.service import Jobsmith

        svc = Jobsmith(settings).start()
        try:
            with TestClient(create_app(settings, svc), raise_server_exceptions=False) as http:
                yield ApiClient("http://embedded", http=http)
        finally:
            svc.stop()
    except (JobsmithError, ApiError) as exc:
        fail(exc.message)
    finally:
        remote.close()


def wait_with_progress(api: ApiClient, job_ids: list[str], timeout: float = 900) -> dict[str, str]:
    """A progress bar until every job has left the working states; returns each job's status."""
    wanted = set(job_ids)
    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=console,
        transient=True,
    ) as bar:
        task = bar.add_task("processing", total=len(wanted))
        deadline = time.monotonic() + timeout
        while wanted and time.monotonic() < deadline:
            page = api.jobs(status=list(WORKING), limit=500)  # one request per poll, however many jobs
            working = {j["id"] for j in page["items"]} & wanted
            bar.update(task, completed=len(wanted) - len(working))
            if not working and page["total"] <= len(page["items"]):
                break
            time.sleep(0.3)
    return {jid: api.job(jid)["status"] for jid in job_ids}


def print_added(results: list[dict[str, Any]], statuses: dict[str, str] | None = None) -> None:
    table = Table("job", "title", "company", "status", "note")
    for r in results:
        table.add_row(
            *(
                safe(v)
                for v in (
                    r["job_id"],
                    r["title"],
                    r["company"],
                    (statuses or {}).get(r["job_id"], r["status"]),
                    r.get("note", ""),
                )
            )
        )
    console.print(table)
    for r in results:
        if r.get("already_known"):
            console.print(r["note"])


@cli.command()
def init(
    demo: Annotated[bool, typer.Option(help="start from the demo seeker's criteria")] = False,
    force: Annotated[bool, typer.Option(help="overwrite existing files")] = False,
) -> None:
    """Write commented default configuration and create the working folders."""
    from app.config.loader import FILES, load_file, write_defaults
    from app.demo import DEMO_DIR

    s = get_settings()
    overrides = {n: load_file(DEMO_DIR / "config" / n, m) for n, m in FILES.items()} if demo else {}
    written = write_defaults(s.CONFIG_DIR, overrides, overwrite=force)  # type: ignore[arg-type]
    for folder in (s.TEMPLATES_DIR, s.EXPORT_DIR, s.DUCKDB_PATH.parent):
        folder.mkdir(parents=True, exist_ok=True)
    for p in written:
        console.print(f"wrote [bold]{p}[/]")
    if not written:
        console.print(f"{s.CONFIG_DIR}/ already has every file (use --force to overwrite)")
    console.print(
        f"Put your CV as [bold]{s.TEMPLATES_DIR}/<Your_Name>_CV.docx[/] "
        f"(and optionally <Your_Name>_CL.docx), then edit {s.CONFIG_DIR}/search.yaml."
    )
    _init_token(s)


def _init_token(s: Settings) -> None:
    """The API token file (mode 0600), unless API_TOKEN is set; the CLI and UI read it (docs/security.md)."""
    from app.api.security import ensure_token_file

    if s.API_TOKEN is not None:
        console.print("API token: from API_TOKEN in the environment")
        return
    _, created = ensure_token_file(s.api_token_file)
    console.print(f"API token {'written to' if created else 'kept in'} {s.api_token_file} (readable only by you)")


@cli.command()
def add(
    target: Annotated[str | None, typer.Argument(help="a job page URL or a file")] = None,
    text: Annotated[str | None, typer.Option("--text", help="pasted posting text")] = None,
    wait: Annotated[bool, typer.Option(help="wait for the pipeline, with a progress bar")] = True,
    demo: Demo = False,
) -> None:
    """Add a posting from a URL, a file (API payload, feed or page) or pasted text, and process it."""
    if not target and not text:
        fail("give a URL, a file, or --text")
    path = Path(target or "")
    if not text and not (target or "").startswith(("http://", "https://")) and not path.is_file():
        fail(f"{path}: no such file (give a URL starting with http(s):// or an existing file)")
    with connect(demo) as api:
        if text:
            results = api.add(text=text)
        elif (target or "").startswith(("http://", "https://")):
            results = api.add(url=target)
        else:
            results = api.upload(path)
        print_added(results, wait_with_progress(api, [r["job_id"] for r in results]) if wait else None)


@cli.command()
def status(demo: Demo = False, limit: Annotated[int, typer.Option(help="how many recent jobs")] = 20) -> None:
    """Counts by status and the most recently changed jobs."""
    if not 1 <= limit <= 500:
        fail(f"--limit must be between 1 and 500 (got {limit})")
    with connect(demo) as api:
        stats, page = api.stats(), api.jobs(limit=limit)
    counts = Table("status", "jobs", title=f"{stats['total']} jobs")
    for k, v in stats["by_status"].items():
        counts.add_row(safe(k), str(v))
    console.print(counts)
    jobs = Table("id", "status", "score", "title", "company", "reason")
    for j in page["items"]:
        jobs.add_row(
            safe(j["id"]),
            safe(j["status"]),
            f"{j['score']:.2f}" if j.get("score") is not None else "",
            safe(j["title"]),
            safe(j["company"]),
            safe((j.get("error") or j.get("status_reason") or "")[:70]),
        )
    console.print(jobs)


@cli.command()
def show(job_id: str, demo: Demo = False) -> None:
    """One job: its status, and every sentence the fact gate removed from its documents, with the reasons."""
    with connect(demo) as api:
        job = api.job(job_id)
    _show(job)
    print_fact_gate(job.get("fact_gate"))


def print_fact_gate(gate: dict[str, Any] | None) -> None:
    if not gate:
        console.print("fact gate: no documents yet")
        return
    removals = gate.get("removals") or []
    console.print(f"fact gate: {'passed' if gate.get('passed') else f'{len(removals)} sentence(s) removed'}")
    for r in removals:
        console.print(f"  [{r.get('document')}] {r.get('sentence')}")
        for reason in r.get("reasons") or []:
            console.print(f"      - {reason}")
        if r.get("replaced_by"):
            console.print(f"      kept instead: {r['replaced_by']}")
    for item in gate.get("needs_review") or []:
        console.print(f"  needs review: {item}")


def _show(job: dict[str, Any]) -> None:
    console.print(
        f"{safe(job['title'])} — {safe(job['company'])}: [bold]{safe(job['status'])}[/]"
        + (f" ({safe(job['error'])})" if job.get("error") else "")
    )


@cli.command()
def approve(job_ids: Annotated[list[str], typer.Argument(help="one or more job ids")], demo: Demo = False) -> None:
    """Approve tailored documents; a job with an apply email is sent at once (unless dry run)."""
    with connect(demo) as api:
        result = api.approve_many(job_ids)
    for item in result["items"]:
        console.print(
            f"{safe(item['job_id'])}: "
            + (
                f"[bold]{safe(item['status'])}[/]"
                if item["ok"]
                else f"[red]not approved[/] ({safe(item.get('error'))})"
            )
        )
    if not result["approved"]:
        raise typer.Exit(1)


@cli.command()
def reject(
    job_id: str, reason: Annotated[str | None, typer.Option(help="kept in the history")] = None, demo: Demo = False
) -> None:
    """Reject (skip) a job."""
    with connect(demo) as api:
        _show(api.reject(job_id, reason))


@cli.command()
def retry(job_id: str, demo: Demo = False) -> None:
    """Run a job's pipeline again (after fixing what made it pending)."""
    with connect(demo) as api:
        api.retry(job_id)
        wait_with_progress(api, [job_id])
        _show(api.job(job_id))


@cli.command()
def applied(
    job_id: str, note: Annotated[str | None, typer.Option(help="e.g. where you applied")] = None, demo: Demo = False
) -> None:
    """Mark a job applied through its apply link (the apply-link hand-off)."""
    with connect(demo) as api:
        _show(api.mark_applied(job_id, note))


@cli.command()
def confirm(
    job_id: str,
    sent: Annotated[bool, typer.Option("--sent/--not-sent", help="did the message go? check your Sent folder")],
    demo: Demo = False,
) -> None:
    """Settle an `unknown` send after a crash: it was sent, or it was not (then approve and send again)."""
    with connect(demo) as api:
        _show(api.confirm(job_id, sent))


@cli.command()
def outcome(
    job_id: str,
    result: Annotated[str, typer.Argument(help="responded, interview, offer, declined, no_response or withdrawn")],
    notes: Annotated[str | None, typer.Option(help="what happened")] = None,
    demo: Demo = False,
) -> None:
    """Record what came of an application."""
    with connect(demo) as api:
        _show(api.outcome(job_id, result, notes))


@cli.command()
def modes(
    approval: Annotated[bool | None, typer.Option("--approval/--no-approval", help="ask before sending")] = None,
    dry_run: Annotated[
        bool | None, typer.Option("--dry-run/--no-dry-run", help="prepare documents but never send")
    ] = None,
    demo: Demo = False,
) -> None:
    """Show or change approval mode and dry-run mode (stored; the UI and API change the same)."""
    with connect(demo) as api:
        current = api.modes(approval_mode=approval, dry_run=dry_run)
    console.print(
        f"approval mode: [bold]{'on' if current['approval_mode'] else 'off'}[/]   "
        f"dry run: [bold]{'on' if current['dry_run'] else 'off'}[/]"
    )


@cli.command()
def metrics(
    csv: Annotated[Path | None, typer.Option(help="also write every application to this CSV")] = None,
    demo: Demo = False,
) -> None:
    """The funnel by source, response rate and time to response."""
    with connect(demo) as api:
        data = api.metrics()
        if csv:
            csv.write_text(api.export_csv(), encoding="utf-8")
            console.print(f"wrote {csv}")
    console.print_json(data=data)


@cli.command()
def discover(
    source: Annotated[str | None, typer.Option(help="one source by name; default: every enabled one")] = None,
    demo: Demo = False,
) -> None:
    """Fetch postings from the sources in platforms.yaml now, and process what is new."""
    with connect(demo) as api:
        queued = api.discover(source)["queued"]
        if not queued:
            console.print("no enabled source in platforms.yaml")
            return
        runs = {r["run_id"] for r in queued}
        with console.status(f"discovering from {len(queued)} source(s)…"):
            deadline = time.monotonic() + 600
            while time.monotonic() < deadline:
                done = {(s["last_run"] or {}).get("run_id") for s in api.sources()} & runs
                if done == runs:
                    break
                time.sleep(0.3)
        working = [j["id"] for j in api.jobs(status=list(WORKING), limit=500)["items"]]
        wait_with_progress(api, working)
        table = Table("source", "ok", "found", "new", "ms", "error")
        for s in api.sources():
            last = s["last_run"] or {}
            table.add_row(
                safe(s["name"]),
                "yes" if last.get("ok") else "no",
                str(last.get("found", "")),
                str(last.get("new_jobs", "")),
                str(last.get("ms", "")),
                safe(last.get("error") or ""),
            )
        console.print(table)


@cli.command()
def demo() -> None:
    """Load the bundled demo postings into the demo database and process them."""
    from app.demo import demo_postings

    with connect(True) as api:
        results = [r for path in demo_postings() for r in api.upload(path)]
        print_added(results, wait_with_progress(api, [r["job_id"] for r in results]))


def load_demo(svc: Jobsmith) -> list[AddResult]:
    """Add the demo postings straight through a running service (used by `up`)."""
    from app.demo import demo_postings

    results: list[AddResult] = []
    for path in demo_postings():
        try:
            results += svc.add_from(data=path.read_bytes(), filename=path.name)
        except JobsmithError as exc:
            err.print(f"[yellow]skipped {safe(path.name)}:[/] {safe(exc.message)}")
    return results


# The commands that start servers and workers live in their own module.
from app.cli_cv import register as register_cv  # noqa: E402
from app.cli_journey import register as register_journey  # noqa: E402
from app.cli_up import register  # noqa: E402

register(cli)
register_cv(cli)
register_journey(cli)

if __name__ == "__main__":
    main()
