"""`jobsmith up` (API, UI and workers in one command) and `jobsmith worker`."""

from __future__ import annotations

import logging
import signal
import threading
import time
from typing import Annotated, Any

import typer

from app.errors import JobsmithError
from app.settings import Settings, get_settings


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
    import uvicorn

    from app.cli import console, fail, load_demo, settings_for
    from app.demo import seeker_has_cv
    from app.main import create_app
    from app.service import Jobsmith
    from app.store.jobs import job_count

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
    try:
        svc = Jobsmith(settings).start()
    except JobsmithError as exc:
        if cluster:
            cluster.stop()
        fail(exc.message)
    server = uvicorn.Server(
        uvicorn.Config(create_app(settings, svc), host=settings.API_HOST, port=settings.API_PORT, log_level="warning")
    )
    api_thread = threading.Thread(target=server.run, name="jobsmith-api", daemon=True)
    api_thread.start()
    while not server.started and api_thread.is_alive():
        time.sleep(0.05)
    if not api_thread.is_alive():
        svc.stop()
        fail(f"the API could not start on {settings.API_HOST}:{settings.API_PORT} (port in use?)")
    if use_demo and not job_count(svc.store):
        threading.Thread(target=load_demo, args=(svc,), name="jobsmith-demo", daemon=True).start()
    shown = "127.0.0.1" if settings.API_HOST in ("0.0.0.0", "::") else settings.API_HOST
    console.print(f"API ready at http://{shown}:{settings.API_PORT}")
    gradio_ui = None
    if ui:
        console.print("starting the UI (the first start can take a while)…")
        from app.ui.gradio_app import build_ui, launch

        gradio_ui = build_ui(settings.api_url)
        launch(gradio_ui, settings, prevent_thread_lock=True, quiet=True)
    from app.runtime.cluster import redact

    mode = f"{workers} worker processes on {redact(settings.REDIS_URL or '')}" if cluster else "embedded mode"
    console.print(f"[bold green]jobsmith is up[/] ({'demo seeker' if use_demo else 'your data'}, {mode})")
    console.print(f"  API  http://{shown}:{settings.API_PORT}  (docs: /docs)")
    if ui:
        console.print(f"  UI   http://{shown}:{settings.UI_PORT}")
    if use_demo:
        console.print(
            f"  Demo: no CV in {base.TEMPLATES_DIR}/ yet, so the bundled sample seeker is used. "
            "Put your own <Name>_CV.docx there to use yours."
        )
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
        try:
            svc.stop()
        finally:  # worker processes and a private Redis never outlive `up`, even if the app's stop fails
            if cluster:
                cluster.stop()


def _token_beyond_loopback(settings: Settings) -> None:
    """Bound beyond loopback with no API_TOKEN: use (or generate) the owner-only token file, and say where."""
    from app.api.security import ensure_token_file, is_loopback
    from app.cli import console

    if is_loopback(settings.API_HOST) or settings.API_TOKEN is not None:
        return
    _, created = ensure_token_file(settings.api_token_file)
    console.print(
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
        from app.cli import console, fail
        from app.runtime import cluster

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
