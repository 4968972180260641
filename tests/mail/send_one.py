"""A child process for the crash tests: `send DB PORT JOB_ID` sends one application (and may be killed at a
named point of the protocol, through the outbox's injected checkpoint); `recover PORT DB...` restarts like
the app does: recover_on_start, then send_due, and prints one JSON line per database with its final state."""

from __future__ import annotations

import json
import os
import signal
import sys
from pathlib import Path

from app.applications.outbox import Checkpoint, Outbox
from app.config.mail import LimitsConfig, MailConfig, SmtpConfig
from app.store import Store
from tests.mail.helpers import mail_settings


def kill_at(point: str | None) -> Checkpoint:
    """A checkpoint that SIGKILLs this process when the outbox reaches `point` (None: never)."""

    def checkpoint(name: str) -> None:
        if name == point:
            os.kill(os.getpid(), signal.SIGKILL)

    return checkpoint


def _outbox(store: Store, db: Path, port: int, checkpoint: Checkpoint | None = None) -> Outbox:
    config = MailConfig(
        limits=LimitsConfig(min_spacing_seconds=0, per_hour=10_000, per_day=10_000),
        smtp=SmtpConfig(timeout_seconds=5, connect_timeout_seconds=5),
    )
    return Outbox(
        store, mail_settings(db, port), config, seeker_name="Alex Morgan", checkpoint=checkpoint or kill_at(None)
    )


def send(db: Path, port: int, job_id: str, point: str | None = None) -> str:
    store = Store(db).open()
    result = _outbox(store, db, port, kill_at(point)).send(job_id)
    store.close()
    return result.state


def child_send(db: str, port: int, job_id: str, point: str | None) -> None:
    """Entry point of a forked trial process: killed by its own outbox at `point`."""
    send(Path(db), port, job_id, point)


def recover(port: int, dbs: list[Path]) -> None:
    for db in dbs:
        store = Store(db).open()
        outbox = _outbox(store, db, port)
        recovered = outbox.recover_on_start()
        sent_now = [r.state for r in outbox.send_due()]
        row = store.read_one(
            "SELECT j.id, j.status, o.state, o.message_id, o.recipient FROM jobs j "
            "LEFT JOIN outbox o ON o.job_id = j.id"
        )
        apps = store.scalar("SELECT count(*) FROM applications")
        store.close()
        sys.stdout.write(
            json.dumps(
                {
                    "db": str(db),
                    "recovered": recovered,
                    "sent_after_restart": sent_now,
                    "apps": apps,
                    **{k: row[k] for k in row},
                }
            )
            + "\n"
        )


if __name__ == "__main__":
    if sys.argv[1] == "send":
        sys.stdout.write(json.dumps({"state": send(Path(sys.argv[2]), int(sys.argv[3]), sys.argv[4])}) + "\n")
    else:
        recover(int(sys.argv[2]), [Path(p) for p in sys.argv[3:]])
