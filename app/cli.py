"""The `jobsmith` command. Talks to a running app over HTTP; with none running, runs embedded.

Only one process may open the DuckDB file, so when `jobsmith up` is running, every other command goes
through its API rather than opening the database itself.
"""

from __future__ import annotations

import logging
import signal
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn
from rich.table import Table

from app.errors import JobsmithError
from app.settings import Settings, get_settings

cli = typer.Typer(help="jobsmith: find, match, tailor, approve, send once, track.", no_args_is_help=True,
                  pretty_exceptions_enable=False)
console = Console()
err = Console(stderr=True)


def main() -> None:
    cli()


def _fail(message: str, code: int = 1) -> None:
    err.print(f"[bold red]error:[/] {message}")
    raise typer.Exit(code)


def _settings(demo: bool) -> Settings:
    from app.demo import demo_settings

    s = get_settings()
    return demo_settings(s) if demo else s


@contextmanager
def _embedded(settings: Settings):  # type: ignore[no-untyped-def]
    from app.service import Jobsmith

    try:
        svc = Jobsmith(settings).start()
    except JobsmithError as exc:
        _fail(exc.message)
    try:
        yield svc
    finally:
        svc.stop()


def _api(settings: Settings) -> Any:
    """A client of the running app, or None when no app answers."""
    from app.ui.client import ApiClient

    client = ApiClient(settings.api_url)
    return client if client.reachable() else None


def _wait_with_progress(svc: Any, job_ids: list[str], timeout: float = 600) -> None:
    """A progress bar over the jobs still working, until every one has settled."""
    working = ("discovered", "queued", "processing")
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  console=console, transient=True) as bar:
        task = bar.add_task("processing", total=len(job_ids))
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            rows = svc.store.read(f"SELECT status FROM jobs WHERE id IN ({', '.join('?' * len(job_ids))})",
                                  job_ids) if job_ids else []
            done = sum(r["status"] not in working for r in rows)
            bar.update(task, completed=done)
            if done == len(job_ids) and svc.wait_idle(0.1):
                return
            time.sleep(0.2)


def _print_results(results: list[Any]) -> None:
    table = Table("job", "title", "company", "status", "note")
    for r in results:
        r = r if isinstance(r, dict) else r.__dict__
        table.add_row(r["job_id"], r["title"], r["company"], r["status"], r.get("note", ""))
    console.print(table)


@cli.command()
def init(demo: Annotated[bool, typer.Option(help="use the demo seeker's criteria")] = False,
         force: Annotated[bool, typer.Option(help="overwrite existing files")] = False) -> None:
    """Write commented default configuration and create the working folders."""
    from app.config.loader import FILES, load_file, write_defaults
    from app.demo import DEMO_DIR

    s = get_settings()
    overrides = {}
    if demo:
        overrides = {n: load_file(DEMO_DIR / "config" / n, m) for n, m in FILES.items()}
    written = write_defaults(s.CONFIG_DIR, overrides, overwrite=force)  # type: ignore[arg-type]
    for folder in (s.TEMPLATES_DIR, s.EXPORT_DIR, s.DUCKDB_PATH.parent):
        folder.mkdir(parents=True, exist_ok=True)
    for p in written:
        console.print(f"wrote [bold]{p}[/]")
    if not written:
        console.print(f"{s.CONFIG_DIR}/ already has every file (use --force to overwrite)")
    console.print(f"Put your CV as [bold]{s.TEMPLATES_DIR}/<Your_Name>_CV.docx[/] "
                  f"(and optionally <Your_Name>_CL.docx), then edit {s.CONFIG_DIR}/search.yaml.")


@cli.command()
def add(target: Annotated[str | None, typer.Argument(help="a job page URL or a file")] = None,
        text: Annotated[str | None, typer.Option("--text", help="pasted posting text")] = None,
        demo: Annotated[bool, typer.Option(help="use the demo database")] = False) -> None:
    """Add a posting from a URL, a file (API payload, feed or page) or pasted text, and process it."""
    if not target and not text:
        _fail("give a URL, a file, or --text")
    kwargs: dict[str, Any] = {}
    if text:
        kwargs["text"] = text
    elif target and target.startswith(("http://", "https://")):
        kwargs["url"] = target
    else:
        path = Path(target or "")
        if not path.is_file():
            _fail(f"{path}: no such file (give a URL starting with http(s):// or an existing file)")
        kwargs["data"], kwargs["filename"] = path.read_bytes(), path.name
    settings = _settings(demo)
    api = _api(settings)
    try:
        if api is not None:
            if "data" in kwargs:
                results = api.add(payload=kwargs["data"].decode("utf-8", "replace"), filename=kwargs["filename"])
            else:
                results = api.add(**kwargs)
            _print_results(results)
            console.print(f"sent to the running app at {settings.api_url}; see progress there")
            return
        with _embedded(settings) as svc:
            results = svc.add_from(**kwargs)
            _wait_with_progress(svc, [r.job_id for r in results])
            _print_results([{**r.__dict__, "status": svc.store.scalar("SELECT status FROM jobs WHERE id = ?",
                                                                       [r.job_id])} for r in results])
    except JobsmithError as exc:
        _fail(exc.message)
    except Exception as exc:
        from app.ui.client import ApiError

        if isinstance(exc, ApiError):
            _fail(exc.message)
        raise


@cli.command()
def status(demo: Annotated[bool, typer.Option(help="use the demo database")] = False,
           limit: int = 20) -> None:
    """Counts by status and the most recently changed jobs."""
    settings = _settings(demo)
    api = _api(settings)
    if api is not None:
        stats, page = api.stats(), api.jobs(limit=limit)
    else:
        from app.store import jobs as q

        with _embedded(settings) as svc:
            counts = q.counts_by_status(svc.store)
            stats = {"total": sum(counts.values()), "by_status": counts}
            rows, total = q.list_jobs(svc.store, limit=limit)
            page = {"items": rows, "total": total}
    counts_t = Table("status", "jobs", title=f"{stats['total']} jobs")
    for k, v in stats["by_status"].items():
        counts_t.add_row(k, str(v))
    console.print(counts_t)
    jobs_t = Table("id", "status", "score", "title", "company", "reason")
    for j in page["items"]:
        jobs_t.add_row(j["id"], j["status"], f"{j['score']:.2f}" if j.get("score") is not None else "",
                       j["title"], j["company"], (j.get("error") or j.get("status_reason") or "")[:60])
    console.print(jobs_t)


def _decide(job_id: str, action: str, demo: bool) -> None:
    settings = _settings(demo)
    api = _api(settings)
    try:
        if api is not None:
            job = getattr(api, action)(job_id)
        else:
            from app.store import jobs as q

            with _embedded(settings) as svc:
                getattr(svc, action)(job_id)
                if action == "retry":
                    _wait_with_progress(svc, [job_id])
                job = q.get_job(svc.store, job_id)
    except JobsmithError as exc:
        _fail(exc.message)
    console.print(f"{job['title']} — {job['company']}: [bold]{job['status']}[/]")


@cli.command()
def approve(job_id: str, demo: bool = False) -> None:
    """Approve a job's tailored documents."""
    _decide(job_id, "approve", demo)


@cli.command()
def reject(job_id: str, demo: bool = False) -> None:
    """Reject (skip) a job."""
    _decide(job_id, "reject", demo)


@cli.command()
def retry(job_id: str, demo: bool = False) -> None:
    """Run a job's pipeline again (after fixing what made it pending)."""
    _decide(job_id, "retry", demo)


@cli.command()
def discover(source: Annotated[str | None, typer.Option(help="one source by name; default: every enabled one")] = None,
             demo: bool = False) -> None:
    """Fetch postings from the sources in platforms.yaml now, and process what is new."""
    settings = _settings(demo)
    api = _api(settings)
    try:
        if api is not None:
            queued = api.discover(source)["queued"]
            console.print(f"queued discovery for: {', '.join(r['source'] for r in queued) or 'no enabled source'}")
            return
        with _embedded(settings) as svc:
            queued = svc.discover(source)
            if not queued:
                console.print("no enabled source in platforms.yaml")
                return
            with console.status(f"discovering from {len(queued)} source(s)…"):
                runs = {r["run_id"] for r in queued}
                while svc.store.scalar(f"SELECT count(*) FROM source_runs WHERE run_id IN "
                                       f"({', '.join('?' * len(runs))})", list(runs)) < len(runs):
                    time.sleep(0.2)
            new = [r["id"] for r in svc.store.read("SELECT id FROM jobs WHERE status IN ('queued', 'processing')")]
            _wait_with_progress(svc, new)
            table = Table("source", "ok", "found", "new", "ms", "error")
            for s in svc.sources_status():
                last = s["last_run"] or {}
                table.add_row(s["name"], "yes" if last.get("ok") else "no", str(last.get("found", "")),
                              str(last.get("new_jobs", "")), str(last.get("ms", "")), last.get("error") or "")
            console.print(table)
    except JobsmithError as exc:
        _fail(exc.message)


@cli.command()
def demo() -> None:
    """Load the bundled demo postings into the demo database and process them."""
    from app.demo import demo_postings

    settings = _settings(True)
    api = _api(settings)
    if api is not None:
        for path in demo_postings():
            _print_results(api.upload(path))
        return
    with _embedded(settings) as svc:
        results = load_demo(svc)
        _wait_with_progress(svc, [r.job_id for r in results])
        _print_results([{**r.__dict__, "status": svc.store.scalar("SELECT status FROM jobs WHERE id = ?",
                                                                   [r.job_id])} for r in results])


def load_demo(svc: Any) -> list[Any]:
    from app.demo import demo_postings

    results = []
    for path in demo_postings():
        try:
            results += svc.add_from(data=path.read_bytes(), filename=path.name)
        except JobsmithError as exc:
            err.print(f"[yellow]skipped {path.name}:[/] {exc.message}")
    return results


@cli.command()
def up(demo: Annotated[bool | None, typer.Option(
           help="use the bundled demo seeker; default: only when you have no CV yet")] = None,
       ui: Annotated[bool, typer.Option(help="also serve the Gradio UI")] = True,
       host: Annotated[str | None, typer.Option(help="address to bind (default API_HOST)")] = None,
       workers: Annotated[int, typer.Option(
           help="start N RQ worker processes (uses REDIS_URL, or a private redis-server); 0 = embedded")] = 0,
       ) -> None:
    """Run the API, the UI and the workers (embedded, or N processes on Redis); prints the URLs."""
    import uvicorn

    from app.demo import seeker_has_cv
    from app.main import create_app
    from app.service import Jobsmith

    base = get_settings()
    if host:
        base = base.model_copy(update={"API_HOST": host})
    use_demo = (not seeker_has_cv(base)) if demo is None else demo
    settings = _settings(use_demo).model_copy(update={"API_HOST": base.API_HOST})
    logging.basicConfig(level=settings.LOG_LEVEL, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)
    cluster = _Cluster(settings, workers) if workers > 0 else None
    if cluster:
        settings = cluster.start()
    try:
        svc = Jobsmith(settings).start()
    except JobsmithError as exc:
        if cluster:
            cluster.stop()
        _fail(exc.message)
    server = uvicorn.Server(uvicorn.Config(create_app(settings, svc), host=settings.API_HOST,
                                           port=settings.API_PORT, log_level="warning"))
    api_thread = threading.Thread(target=server.run, name="jobsmith-api", daemon=True)
    api_thread.start()
    while not server.started and api_thread.is_alive():
        time.sleep(0.05)
    if not api_thread.is_alive():
        svc.stop()
        _fail(f"the API could not start on {settings.API_HOST}:{settings.API_PORT} (port in use?)")
    if use_demo and not svc.store.scalar("SELECT count(*) FROM jobs"):
        threading.Thread(target=load_demo, args=(svc,), name="jobsmith-demo", daemon=True).start()
    shown = "127.0.0.1" if settings.API_HOST in ("0.0.0.0", "::") else settings.API_HOST
    console.print(f"API ready at http://{shown}:{settings.API_PORT}")
    gradio_ui = None
    if ui:
        console.print("starting the UI (the first start can take a while)…")
        from app.ui.gradio_app import build_ui

        gradio_ui = build_ui(settings.api_url)
        gradio_ui.launch(server_name=settings.API_HOST, server_port=settings.UI_PORT, prevent_thread_lock=True,
                         quiet=True, footer_links=["api"])
    mode = f"{workers} worker processes on {settings.REDIS_URL}" if cluster else "embedded mode"
    console.print(f"[bold green]jobsmith is up[/] ({'demo seeker' if use_demo else 'your data'}, {mode})")
    console.print(f"  API  http://{shown}:{settings.API_PORT}  (docs: /docs)")
    if ui:
        console.print(f"  UI   http://{shown}:{settings.UI_PORT}")
    if use_demo:
        console.print(f"  Demo: no CV in {base.TEMPLATES_DIR}/ yet, so the bundled sample seeker is used. "
                      "Put your own <Name>_CV.docx there to use yours.")
    console.print("Press Ctrl-C to stop.")
    # SIGTERM (docker stop, systemd, kill) stops as cleanly as Ctrl-C; so does SIGINT when a shell ignored it.
    signal.signal(signal.SIGTERM, _interrupt)
    signal.signal(signal.SIGINT, _interrupt)
    try:
        while api_thread.is_alive():
            time.sleep(0.5)
    except KeyboardInterrupt:
        console.print("stopping…")
    finally:
        if gradio_ui is not None:
            gradio_ui.close()
        server.should_exit = True
        api_thread.join(timeout=10)
        svc.stop()
        if cluster:
            cluster.stop()


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


class _Cluster:
    """`up --workers N`: N worker processes on REDIS_URL, or on a private redis-server started here."""

    def __init__(self, settings: Settings, n: int) -> None:
        self.settings, self.n = settings, n
        self.pool: Any = None
        self.redis: Any = None

    def start(self) -> Settings:
        from app.runtime import cluster

        url = self.settings.REDIS_URL
        data = self.settings.DUCKDB_PATH.parent
        if not url:
            if not cluster.redis_server_available():
                _fail("--workers needs Redis: set REDIS_URL, or install redis-server")
            url, self.redis = cluster.start_private_redis(data / "redis")
            console.print(f"started a private redis-server at {url} (append-only file in {data / 'redis'})")
        self.pool = cluster.start_workers(self.n, url, log_dir=data / "logs")
        console.print(f"started {self.n} worker processes (logs in {data / 'logs'})")
        return self.settings.model_copy(update={"REDIS_URL": url})

    def stop(self) -> None:
        from app.runtime import cluster

        if self.pool is not None:
            self.pool.stop()
        if self.redis is not None:
            cluster.stop_private_redis(self.redis)


@cli.command()
def worker(burst: Annotated[bool, typer.Option(help="quit when the queues are empty")] = False,
           fork: Annotated[bool, typer.Option(help="run each job in a forked process")] = False) -> None:
    """Run one RQ worker on the pipeline and discovery queues of REDIS_URL (never opens the database)."""
    from app.workers.__main__ import main as worker_main

    raise typer.Exit(worker_main([*(["--burst"] if burst else []), *(["--fork"] if fork else [])]))


if __name__ == "__main__":
    main()
