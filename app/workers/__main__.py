"""`python -m app.workers [--burst]`: an RQ worker on the pipeline and discovery queues of REDIS_URL.

Like `rq worker pipeline discovery --url $REDIS_URL --with-scheduler --serializer json`, except:
jobs run in the worker process itself (RQ's SimpleWorker; `--fork` for RQ's fork per job, which costs
0.1-0.2 s per job on a busy machine), the task modules are imported once at start, and a worker that
stopped because Redis went away is started again instead of exiting. A job that takes the interpreter
down takes the worker with it; its lease lapses and the app's reaper requeues the job (docs/runtime.md).
SIGTERM stops it after the current job (warm shutdown); a second SIGTERM or SIGINT stops it at once.
The worker never opens the database.
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import time

from app import keys

log = logging.getLogger("app.workers")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m app.workers", description=__doc__.splitlines()[0])
    parser.add_argument("--burst", action="store_true", help="quit when the queues are empty")
    parser.add_argument("--url", default=None, help="Redis URL (default: REDIS_URL)")
    parser.add_argument("--name", default=None, help="worker name (default: random)")
    parser.add_argument("--queues", nargs="+", default=list(keys.QUEUES), help="queues, in priority order")
    parser.add_argument(
        "--fork",
        action="store_true",
        help="run each job in a forked process (RQ's default: isolated, ~0.1-0.2 s slower per job)",
    )
    parser.add_argument("--check", action="store_true", help="exit 0 if Redis answers (a container healthcheck)")
    return parser.parse_args(argv)


def run_worker(url: str, queues: list[str], *, burst: bool, name: str | None, fork: bool) -> bool:
    """Run one RQ worker until it stops; True when it stopped on purpose (signal or burst done)."""
    from rq import Queue
    from rq.serializers import JSONSerializer

    from app.runtime.redis_backend import connect
    from app.workers.guard import GuardedForkWorker, GuardedWorker

    conn = connect(url)  # retries while Redis restarts
    # Only registered jobsmith tasks run; anything else read from Redis is refused unimported (guard.py).
    worker_cls = GuardedForkWorker if fork else GuardedWorker
    worker = worker_cls(
        [Queue(q, connection=conn, serializer=JSONSerializer) for q in queues],
        connection=conn,
        serializer=JSONSerializer,
        name=name,
    )
    worker.work(burst=burst, with_scheduler=True, logging_level=logging.getLevelName(log.getEffectiveLevel()))
    # RQ has no public flag for "stopped by a signal"; its signal handler sets this date first thing.
    return burst or getattr(worker, "_shutdown_requested_date", None) is not None


def main(argv: list[str] | None = None) -> int:
    from app.settings import get_settings

    args = parse_args(argv)
    settings = get_settings()
    url = args.url or settings.REDIS_URL
    logging.basicConfig(level=settings.LOG_LEVEL, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if not url:
        log.error("workers.no_redis: set REDIS_URL (workers only run in distributed mode)")
        return 2
    if args.check:
        from app.runtime.redis_backend import connect

        try:
            return 0 if connect(url).ping() else 1
        except Exception as exc:  # any failure to reach Redis is the answer
            log.error("workers.check_failed error=%s", type(exc).__name__)
            return 1
    # Import every module a task needs once, before the first job (and before any fork).
    import app.runtime.redis_backend
    import app.runtime.rq_tasks  # noqa: F401
    from app.workers.guard import STOP
    from app.workers.tasks import preload

    preload(settings)

    wait = 1.0
    while True:
        # Between workers (RQ's handlers are gone with the worker), the first SIGTERM or SIGINT stops at once.
        signal.signal(signal.SIGTERM, _exit_now)
        signal.signal(signal.SIGINT, _exit_now)
        if STOP.is_set():
            return 0
        started = time.monotonic()
        try:
            if run_worker(url, args.queues, burst=args.burst, name=args.name, fork=args.fork):
                return 0
        except Exception as exc:  # Redis down at start, or gone mid-run: wait and start again
            log.warning("workers.worker_stopped error=%s", exc)
        signal.signal(signal.SIGTERM, _exit_now)
        signal.signal(signal.SIGINT, _exit_now)
        if STOP.is_set():  # a signal arrived while that worker was stopping
            return 0
        if time.monotonic() - started > 60:
            wait = 1.0
        log.warning("workers.restarting in=%.0fs", wait)
        time.sleep(wait)
        wait = min(wait * 2, 30.0)


def _exit_now(signum: int, frame: object) -> None:
    from app.workers.guard import STOP

    STOP.set()
    log.info("workers.stopped_by_signal signal=%d", signum)
    raise SystemExit(0)


if __name__ == "__main__":
    sys.exit(main())
