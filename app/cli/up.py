"""`jobsmith up` (API, UI and workers in one command) and `jobsmith worker`."""

from __future__ import annotations

import logging
import signal
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from app.cli import output
from app.cli.session import settings_for
from app.errors import JobsmithError
from app.settings import Settings, get_settings
from app.terminal import safe

if TYPE_CHECKING:
    import uvicorn

    from app.intake import AddResult
    from app.service import Jobsmith


def register(cli: typer.Typer) -> None:
    cli.command()(up)
    cli.command()(worker)


def up(
    demo: Annotated[
        bool | None, typer.Option(help="use the bundled demo seeker; default: only when you have no CV yet")
    ] = None,
    ui: Annotated[bool, typer.Option(help="also serve the Gradio UI")] = True,
    host: Annotated[str | None, typer.Option(help="address to bind (default API_HOST)")] = None,
    workers: Annotated[
        int, typer.Option(help="start N RQ worker processes (uses REDIS_URL, or a private redis-server); 0 = embedded")
    ] = 0,
) -> None:
    """Run the API, the UI and the workers (embedded, or N processes on Redis); prints the URLs."""
    from app.demo import seeker_has_cv
    from app.store import jobs as jobs_q

    base = get_settings()
    if host:
        base = base.model_copy(update={"API_HOST": host})
    use_demo = (not seeker_has_cv(base)) if demo is None else demo
    settings = settings_for(use_demo).model_copy(update={"API_HOST": base.API_HOST})
    logging.basicConfig(level=settings.LOG_LEVEL, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)
    _token_beyond_loopback(settings)
    cluster = _Cluster(settings, workers) if workers > 0 else None
    if cluster:
        settings = cluster.start()
    svc = _start_service(settings, cluster)
    server, api_thread = _serve_api(settings, svc)
    if use_demo and not jobs_q.has_jobs(svc.store):
        threading.Thread(target=load_demo, args=(svc,), name="jobsmith-demo", daemon=True).start()
    shown = "127.0.0.1" if settings.API_HOST in ("0.0.0.0", "::") else settings.API_HOST
    output.console.print(f"API ready at http://{shown}:{settings.API_PORT}")
    gradio_ui = _start_ui(settings) if ui else None
    _announce(settings, shown, cluster, workers, ui=ui, demo_from=base.TEMPLATES_DIR if use_demo else None)
    try:
        _run_until_stopped(api_thread)
    finally:
        if gradio_ui is not None:
            gradio_ui.close()
        server.should_exit = True
        api_thread.join(timeout=10)
        try:
            svc.stop()
        finally:  # worker processes and a private Redis never outlive `up`, even if the app's stop fails
            if cluster:
                cluster.stop()


def _start_service(settings: Settings, cluster: _Cluster | None) -> Jobsmith:
    from app.service import Jobsmith

    try:
        return Jobsmith(settings).start()
    except JobsmithError as exc:
        if cluster:
            cluster.stop()
        output.fail(exc.message)


def _serve_api(settings: Settings, svc: Jobsmith) -> tuple[uvicorn.Server, threading.Thread]:
    """The API on its own thread, once it listens; a one-line error if it cannot start."""
    import uvicorn

    from app.main import create_app

    server = uvicorn.Server(
        uvicorn.Config(create_app(settings, svc), host=settings.API_HOST, port=settings.API_PORT, log_level="warning")
    )
    api_thread = threading.Thread(target=server.run, name="jobsmith-api", daemon=True)
    api_thread.start()
    while not server.started and api_thread.is_alive():
        time.sleep(0.05)
    if not api_thread.is_alive():
        svc.stop()
        output.fail(f"the API could not start on {settings.API_HOST}:{settings.API_PORT} (port in use?)")
    return server, api_thread


def _start_ui(settings: Settings) -> Any:
    output.console.print("starting the UI (the first start can take a while)…")
    from app.ui.gradio_app import build_ui, launch

    gradio_ui = build_ui(settings.api_url)
    launch(gradio_ui, settings, prevent_thread_lock=True, quiet=True)
    return gradio_ui


def _announce(
    settings: Settings, shown: str, cluster: _Cluster | None, workers: int, *, ui: bool, demo_from: Path | None
) -> None:
    from app.runtime.cluster import redact

    console = output.console
    mode = f"{workers} worker processes on {redact(settings.REDIS_URL or '')}" if cluster else "embedded mode"
    console.print(f"[bold green]jobsmith is up[/] ({'demo seeker' if demo_from else 'your data'}, {mode})")
    console.print(f"  API  http://{shown}:{settings.API_PORT}  (docs: /docs)")
    if ui:
        console.print(f"  UI   http://{shown}:{settings.UI_PORT}")
    if demo_from:
        console.print(
            f"  Demo: no CV in {demo_from}/ yet, so the bundled sample seeker is used. "
            "Put your own <Name>_CV.docx there to use yours."
        )
    console.print("Press Ctrl-C to stop.")


def _run_until_stopped(api_thread: threading.Thread) -> None:
    """Until Ctrl-C or SIGTERM (docker stop, systemd, kill), which stop as cleanly as each other."""
    signal.signal(signal.SIGTERM, _interrupt)
    signal.signal(signal.SIGINT, _interrupt)  # also when a shell started us ignoring SIGINT
    try:
        while api_thread.is_alive():
            time.sleep(0.5)
    except KeyboardInterrupt:
        output.console.print("stopping…")


def _token_beyond_loopback(settings: Settings) -> None:
    """Bound beyond loopback with no API_TOKEN: use (or generate) the owner-only token file, and say where."""
    from app.api.security import ensure_token_file, is_loopback

    if is_loopback(settings.API_HOST) or settings.API_TOKEN is not None:
        return
    _, created = ensure_token_file(settings.api_token_file)
    output.console.print(
        f"the API listens beyond loopback ({settings.API_HOST}): every request needs the token "
        f"{'just generated in' if created else 'in'} {settings.api_token_file} (docs/security.md)"
    )


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

        console, fail = output.console, output.fail

        url = self.settings.REDIS_URL
        data = self.settings.DUCKDB_PATH.parent
        if not url:
            if not cluster.redis_server_available():
                fail("--workers needs Redis: set REDIS_URL, or install redis-server")
            url, self.redis = cluster.start_private_redis(data / "redis", password=cluster.new_redis_password())
            console.print(
                f"started a private redis-server at {cluster.redact(url)} "
                f"(loopback only, with a generated password; append-only file in {data / 'redis'})"
            )
        self.pool = cluster.start_workers(self.n, url, log_dir=data / "logs")
        console.print(f"started {self.n} worker processes (logs in {data / 'logs'})")
        return self.settings.model_copy(update={"REDIS_URL": url})

    def stop(self) -> None:
        from app.runtime import cluster

        if self.pool is not None:
            self.pool.stop()
        if self.redis is not None:
            cluster.stop_private_redis(self.redis)


def worker(
    burst: Annotated[bool, typer.Option(help="quit when the queues are empty")] = False,
    fork: Annotated[bool, typer.Option(help="run each job in a forked process")] = False,
) -> None:
    """Run one RQ worker on the pipeline and discovery queues of REDIS_URL (never opens the database)."""
    from app.workers.__main__ import main as worker_main

    raise typer.Exit(worker_main([*(["--burst"] if burst else []), *(["--fork"] if fork else [])]))


def load_demo(svc: Jobsmith) -> list[AddResult]:
    """Add the demo postings straight through a running service (used by `up`)."""
    from app.demo import demo_postings

    results: list[AddResult] = []
    for path in demo_postings():
        try:
            results += svc.add_from(data=path.read_bytes(), filename=path.name)
        except JobsmithError as exc:
            output.err.print(f"[yellow]skipped {safe(path.name)}:[/] {safe(exc.message)}")
    return results
