"""A local cluster in one command: a private redis-server and N worker processes (`jobsmith up --workers N`)."""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from app.settings import Settings

log = logging.getLogger(__name__)

_ROOT = Path(__file__).resolve().parents[2]  # the folder holding the `app` package


# Settings only the app uses: a worker never holds them (blank overrides a value in `.env`, which the
# worker would otherwise read from its working folder). SMTP_PORT is dropped: it is a number, not a secret.
APP_ONLY_SECRETS = ("SMTP_SERVER", "SENDER_EMAIL", "SENDER_PASSWORD", "API_TOKEN")
_APP_ONLY_PREFIXES = ("SMTP_", "SENDER_", "IMAP_")


def worker_env(redis_url: str, extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment of a worker process: this one's, less the app's own secrets, with REDIS_URL set."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(_APP_ONLY_PREFIXES) and k != "API_TOKEN"}
    env.update(dict.fromkeys(APP_ONLY_SECRETS, ""))
    env.update({"REDIS_URL": redis_url, **(extra or {})})
    return env


def redact(url: str) -> str:
    """A Redis URL fit for logs and screens: the password replaced by ***."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    if parts.password is None:
        return url
    user = f"{parts.username}:***" if parts.username else ":***"
    return urlunsplit(parts._replace(netloc=f"{user}@{parts.hostname}" + (f":{parts.port}" if parts.port else "")))


def _env(redis_url: str, extra: dict[str, str] | None) -> dict[str, str]:
    env = worker_env(redis_url, extra)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(_ROOT), env.get("PYTHONPATH", "")) if p)
    return env


def _children(pid: int) -> list[int]:
    """Child processes of `pid` (Linux /proc; elsewhere none are found)."""
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, ValueError, IndexError):
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == pid:
                out.append(int(stat.parent.name))
    return out


def _signal_tree(pid: int, sig: int) -> None:
    """Signal a worker and its forked job: RQ puts the job in its own process group, so killpg misses it."""
    for child in _children(pid):
        _signal_tree(child, sig)
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, sig)


@dataclass
class WorkerPool:
    """Worker processes, each the leader of its own process group (so a stop reaches its forked jobs)."""

    redis_url: str
    procs: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def alive(self) -> int:
        return sum(p.poll() is None for p in self.procs)

    def kill(self, index: int, sig: int = signal.SIGKILL) -> None:
        """Send `sig` to one worker and the job it is running, as when its machine dies (drills, tests)."""
        proc = self.procs[index]
        if proc.poll() is None:
            _signal_tree(proc.pid, sig)
            proc.wait(10)

    def stop(self, grace_s: float = 30.0) -> None:
        """SIGTERM (finish the current job, then exit); SIGKILL whatever still runs after `grace_s`."""
        for proc in self.procs:
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + grace_s
        for proc in self.procs:
            try:
                proc.wait(max(deadline - time.monotonic(), 0.1))
            except subprocess.TimeoutExpired:
                log.warning("cluster.worker_killed pid=%d (still running after %.0fs)", proc.pid, grace_s)
                _signal_tree(proc.pid, signal.SIGKILL)
                proc.wait(10)


def start_workers(
    n: int,
    redis_url: str,
    *,
    burst: bool = False,
    fork: bool = False,
    log_dir: Path | None = None,
    env: dict[str, str] | None = None,
) -> WorkerPool:
    """Start `n` `python -m app.workers` processes on `redis_url`; logs go to `log_dir/worker-<i>.log`.

    `fork` runs each job in a forked process (RQ's default: more isolated, slower per job).
    """
    pool = WorkerPool(redis_url)
    if log_dir:
        log_dir.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        cmd = [sys.executable, "-m", "app.workers"]  # REDIS_URL in its environment: a password never shows in ps
        cmd += (["--burst"] if burst else []) + (["--fork"] if fork else [])
        out = open(log_dir / f"worker-{i}.log", "ab") if log_dir else None  # noqa: SIM115  closed by the child's exit
        pool.procs.append(
            subprocess.Popen(
                cmd,
                env=_env(redis_url, env),
                stdout=out,
                stderr=subprocess.STDOUT if out else None,
                start_new_session=True,
            )
        )
        if out:
            out.close()  # the child holds its own descriptor
    log.info("cluster.workers_started n=%d redis=%s", n, redact(redis_url))
    return pool


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def redis_server_available() -> bool:
    return shutil.which("redis-server") is not None


def new_redis_password() -> str:
    return secrets.token_urlsafe(32)


def start_private_redis(
    data_dir: Path,
    port: int | None = None,
    *,
    fsync: str = "everysec",
    timeout_s: float = 15.0,
    password: str | None = None,
) -> tuple[str, subprocess.Popen[bytes]]:
    """A redis-server for this machine only (127.0.0.1) with its append-only file in `data_dir`.

    With `password` it requires it (`requirepass`, handed over in a config file only the owner can read, so
    it never appears in `ps`); the returned URL carries it.

    `fsync` is Redis's `appendfsync`: `everysec` (Redis's default, and Compose's) loses at most the last
    second of writes if the machine crashes; `always` loses nothing but makes every write wait for the disk.
    """
    binary = shutil.which("redis-server")
    if binary is None:
        raise FileNotFoundError("redis-server is not installed: install it or set REDIS_URL")
    data_dir.mkdir(parents=True, exist_ok=True)
    port = port or free_port()
    conf: list[str] = []
    if password:
        path = data_dir / "auth.conf"
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(f'requirepass "{password}"\n')
        os.chmod(path, 0o600)
        conf = [str(path)]
    proc = subprocess.Popen(
        [
            binary,
            *conf,
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--dir",
            str(data_dir),
            "--save",
            "",
            "--appendonly",
            "yes",
            "--appendfsync",
            fsync,
            "--protected-mode",
            "yes",
        ],
        # Its own session: Ctrl-C in the terminal reaches jobsmith, which stops Redis last, after the app.
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    url = f"redis://:{password}@127.0.0.1:{port}/0" if password else f"redis://127.0.0.1:{port}/0"
    deadline = time.monotonic() + timeout_s
    import redis

    while time.monotonic() < deadline:
        try:
            if redis.Redis.from_url(url, socket_connect_timeout=0.5).ping():
                log.info("cluster.redis_started url=%s dir=%s", redact(url), data_dir)
                return url, proc
        except redis.RedisError:
            if proc.poll() is not None:
                break
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError(f"redis-server did not start on port {port} (exit code {proc.poll()})")


def stop_private_redis(proc: subprocess.Popen[bytes], timeout_s: float = 10.0) -> None:
    """SIGTERM: Redis flushes its append-only file and exits."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout_s)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)


@dataclass
class LocalCluster:
    """What `jobsmith up --workers N` runs beside the app: workers, and a private Redis if none was given."""

    settings: Settings  # the caller's settings with REDIS_URL pointing at this cluster's Redis
    pool: WorkerPool
    redis_proc: subprocess.Popen[bytes] | None = None

    def stop(self, grace_s: float = 30.0) -> None:
        """Workers first (they finish their job), then the private Redis (it flushes its append-only file)."""
        self.pool.stop(grace_s)
        if self.redis_proc is not None:
            stop_private_redis(self.redis_proc)


def start_local_cluster(settings: Settings, workers: int) -> LocalCluster:
    """Start `workers` worker processes on REDIS_URL, or on a private redis-server under data/redis/."""
    from app.errors import JobsmithError

    url, proc = settings.REDIS_URL, None
    data = settings.DUCKDB_PATH.parent
    if not url:
        if not redis_server_available():
            raise JobsmithError("workers need Redis: set REDIS_URL, or install redis-server to have one started")
        url, proc = start_private_redis(data / "redis", password=new_redis_password())
    try:
        pool = start_workers(workers, url, log_dir=data / "logs")
    except BaseException:
        if proc is not None:
            stop_private_redis(proc)
        raise
    return LocalCluster(settings.model_copy(update={"REDIS_URL": url}), pool, proc)
