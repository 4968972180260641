"""The job commands of `jobsmith`: init, add, status, show, approve, reject, retry, applied, confirm, outcome,
modes, metrics, discover and demo. Every job id may be given whole or as a unique prefix (≥ 4 characters)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from app.cli import output
from app.cli.output import fail, print_added, print_fact_gate, show_job
from app.cli.session import WORKING, connect, resolve, resolve_all, shown_ids, wait_with_progress
from app.settings import Settings, get_settings
from app.terminal import safe

Demo = Annotated[bool, typer.Option(help="use the demo seeker and its database")]
JobId = Annotated[str, typer.Argument(help="a job id, or a unique prefix of one (at least 4 characters)")]


def register(cli: typer.Typer) -> None:
    cli.command()(init)
    cli.command()(add)
    cli.command()(status)
    cli.command()(show)
    cli.command()(approve)
    cli.command()(reject)
    cli.command()(retry)
    cli.command()(applied)
    cli.command()(confirm)
    cli.command()(outcome)
    cli.command()(modes)
    cli.command()(metrics)
    cli.command()(discover)
    cli.command()(demo)


def init(
    demo: Annotated[bool, typer.Option(help="start from the demo seeker's criteria")] = False,
    force: Annotated[bool, typer.Option(help="overwrite existing files")] = False,
) -> None:
    """Write commented default configuration and create the working folders."""
    from app.config.loader import FILES, load_file, write_defaults
    from app.demo import DEMO_DIR

    s = get_settings()
    overrides = {n: load_file(DEMO_DIR / "config" / n, m) for n, m in FILES.items()} if demo else {}
    written = write_defaults(s.CONFIG_DIR, overrides, overwrite=force)
    for folder in (s.TEMPLATES_DIR, s.EXPORT_DIR, s.DUCKDB_PATH.parent):
        folder.mkdir(parents=True, exist_ok=True)
    for p in written:
        output.console.print(f"wrote [bold]{p}[/]")
    if not written:
        output.console.print(f"{s.CONFIG_DIR}/ already has every file (use --force to overwrite)")
    output.console.print(
        f"Put your CV as [bold]{s.TEMPLATES_DIR}/<Your_Name>_CV.docx[/] "
        f"(and optionally <Your_Name>_CL.docx), then edit {s.CONFIG_DIR}/search.yaml."
    )
    _init_token(s)


def _init_token(s: Settings) -> None:
    """The API token file (mode 0600), unless API_TOKEN is set; the CLI and UI read it (docs/security.md)."""
    from app.api.security import ensure_token_file

    if s.API_TOKEN is not None:
        output.console.print("API token: from API_TOKEN in the environment")
        return
    _, created = ensure_token_file(s.api_token_file)
    output.console.print(
        f"API token {'written to' if created else 'kept in'} {s.api_token_file} (readable only by you)"
    )


def add(
    target: Annotated[str | None, typer.Argument(help="a job page URL or a file")] = None,
    text: Annotated[str | None, typer.Option("--text", help="pasted posting text")] = None,
    wait: Annotated[bool, typer.Option(help="wait for the pipeline, with a progress bar")] = True,
    demo: Demo = False,
) -> None:
    """Add a posting from a URL, a file (API payload, feed or page) or pasted text, and process it."""
    if not target and not text:
        fail("give a URL, a file, or --text")
    is_url = (target or "").startswith(("http://", "https://"))
    path = Path(target or "")
    if not text and not is_url and not path.is_file():
        fail(f"{path}: no such file (give a URL starting with http(s):// or an existing file)")
    with connect(demo) as api:
        if text:
            results = api.add(text=text)
        elif is_url:
            results = api.add(url=target)
        else:
            results = api.upload(path)
        ids = [r["job_id"] for r in results]
        statuses = wait_with_progress(api, ids) if wait else None
        print_added(results, shown_ids(api, ids), statuses)


def status(demo: Demo = False, limit: Annotated[int, typer.Option(help="how many recent jobs")] = 20) -> None:
    """Counts by status and the most recently changed jobs."""
    if not 1 <= limit <= 500:
        fail(f"--limit must be between 1 and 500 (got {limit})")
    with connect(demo) as api:
        stats, page = api.stats(), api.jobs(limit=limit)
        short = shown_ids(api, [j["id"] for j in page["items"]])
    counts = Table("status", "jobs", title=f"{stats['total']} jobs")
    for k, v in stats["by_status"].items():
        counts.add_row(safe(k), str(v))
    output.console.print(counts)
    jobs = output.id_table("id", "status", "score", "title", "company", "reason", ids=list(short.values()))
    for j in page["items"]:
        jobs.add_row(
            safe(short[j["id"]]),
            safe(j["status"]),
            f"{j['score']:.2f}" if j.get("score") is not None else "",
            safe(j["title"]),
            safe(j["company"]),
            safe((j.get("error") or j.get("status_reason") or "")[:70]),
        )
    output.console.print(jobs)


def show(job_id: JobId, demo: Demo = False) -> None:
    """One job: its status, and every sentence the fact gate removed from its documents, with the reasons."""
    with connect(demo) as api:
        job = api.job(resolve(api, job_id))
    show_job(job)
    print_fact_gate(job.get("fact_gate"))


def approve(
    job_ids: Annotated[list[str], typer.Argument(help="one or more job ids or unique prefixes")], demo: Demo = False
) -> None:
    """Approve tailored documents; a job with an apply email is sent at once (unless dry run)."""
    with connect(demo) as api:
        result = api.approve_many(resolve_all(api, job_ids))
    for item in result["items"]:
        output.console.print(
            f"{safe(item['job_id'])}: "
            + (
                f"[bold]{safe(item['status'])}[/]"
                if item["ok"]
                else f"[red]not approved[/] ({safe(item.get('error'))})"
            )
        )
    if not result["approved"]:
        raise typer.Exit(1)


def reject(
    job_id: JobId, reason: Annotated[str | None, typer.Option(help="kept in the history")] = None, demo: Demo = False
) -> None:
    """Reject (skip) a job."""
    with connect(demo) as api:
        show_job(api.reject(resolve(api, job_id), reason))


def retry(job_id: JobId, demo: Demo = False) -> None:
    """Run a job's pipeline again (after fixing what made it pending)."""
    with connect(demo) as api:
        jid = resolve(api, job_id)
        api.retry(jid)
        wait_with_progress(api, [jid])
        show_job(api.job(jid))


def applied(
    job_id: JobId, note: Annotated[str | None, typer.Option(help="e.g. where you applied")] = None, demo: Demo = False
) -> None:
    """Mark a job applied through its apply link (the apply-link hand-off)."""
    with connect(demo) as api:
        show_job(api.mark_applied(resolve(api, job_id), note))


def confirm(
    job_id: JobId,
    sent: Annotated[bool, typer.Option("--sent/--not-sent", help="did the message go? check your Sent folder")],
    demo: Demo = False,
) -> None:
    """Settle an `unknown` send after a crash: it was sent, or it was not (then approve and send again)."""
    with connect(demo) as api:
        show_job(api.confirm(resolve(api, job_id), sent))


def outcome(
    job_id: JobId,
    result: Annotated[str, typer.Argument(help="responded, interview, offer, declined, no_response or withdrawn")],
    notes: Annotated[str | None, typer.Option(help="what happened")] = None,
    demo: Demo = False,
) -> None:
    """Record what came of an application."""
    with connect(demo) as api:
        show_job(api.outcome(resolve(api, job_id), result, notes))


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
    output.console.print(
        f"approval mode: [bold]{'on' if current['approval_mode'] else 'off'}[/]   "
        f"dry run: [bold]{'on' if current['dry_run'] else 'off'}[/]"
    )


def metrics(
    csv: Annotated[Path | None, typer.Option(help="also write every application to this CSV")] = None,
    demo: Demo = False,
) -> None:
    """The funnel by source, response rate and time to response."""
    with connect(demo) as api:
        data = api.metrics()
        if csv:
            csv.write_text(api.export_csv(), encoding="utf-8")
            output.console.print(f"wrote {csv}")
    output.console.print_json(data=data)


def discover(
    source: Annotated[str | None, typer.Option(help="one source by name; default: every enabled one")] = None,
    demo: Demo = False,
) -> None:
    """Fetch postings from the sources in platforms.yaml now, and process what is new."""
    with connect(demo) as api:
        queued = api.discover(source)["queued"]
        if not queued:
            output.console.print("no enabled source in platforms.yaml")
            return
        runs = {r["run_id"] for r in queued}
        with output.console.status(f"discovering from {len(queued)} source(s)…"):
            deadline = time.monotonic() + 600
            while time.monotonic() < deadline:
                done = {(s["last_run"] or {}).get("run_id") for s in api.sources()} & runs
                if done == runs:
                    break
                time.sleep(0.3)
        wait_with_progress(api, [j["id"] for j in api.jobs(status=WORKING, limit=500)["items"]])
        _print_sources(api.sources())


def _print_sources(sources: list[dict[str, Any]]) -> None:
    table = Table("source", "ok", "found", "new", "ms", "error")
    for s in sources:
        last = s["last_run"] or {}
        table.add_row(
            safe(s["name"]),
            "yes" if last.get("ok") else "no",
            str(last.get("found", "")),
            str(last.get("new_jobs", "")),
            str(last.get("ms", "")),
            safe(last.get("error") or ""),
        )
    output.console.print(table)


def demo() -> None:
    """Load the bundled demo postings into the demo database and process them."""
    from app.demo import demo_postings

    with connect(True) as api:
        results = [r for path in demo_postings() for r in api.upload(path)]
        ids = [r["job_id"] for r in results]
        print_added(results, shown_ids(api, ids), wait_with_progress(api, ids))
