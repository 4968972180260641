"""SIGKILL the sending process at every point of the send protocol: never a duplicate, never lost.

Each trial has its own DuckDB file (a copy of one prepared file); the one SMTP server tells the trials
apart by Message-ID, which is fresh per send and recorded in the trial's outbox row before the SMTP
transaction. Trial processes are forked from a preloaded fork server (fast, and each a real process
killed with SIGKILL); a fresh interpreter then restarts like the app does (recover_on_start, then
send_due) over all the files, and the test checks every database against what the server received.
"""

from __future__ import annotations

import json
import multiprocessing
import random
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from app.store import Store
from app.testing.smtp_server import SmtpTestServer
from tests.mail.helpers import add_job
from tests.mail.send_one import child_send

ROOT = Path(__file__).resolve().parents[2]
# Named points inside the sender (the outbox's checkpoints), plus the server holding DATA while the test
# kills the sender, plus kills at a random moment (which also lands inside the claim transaction).
POINTS = ["after_claim", "before_data", "during_data", "after_smtp", "after_record", "random"]
TRIALS_PER_POINT = 18


def _run_trial(
    ctx: multiprocessing.context.BaseContext, smtp: SmtpTestServer, db: Path, job_id: str, point: str, delay: float
) -> int | None:
    kill_at = point if point not in ("during_data", "random") else None
    if point == "during_data":
        smtp.handler.block_data()
    proc = ctx.Process(target=child_send, args=(str(db), smtp.port, job_id, kill_at))
    proc.start()
    if point == "during_data":
        assert smtp.handler.data_arrived.wait(30), "the message never reached DATA"
        proc.kill()
    elif point == "random":
        proc.join(delay)
        proc.kill()
    proc.join(30)
    smtp.handler.release()
    assert proc.exitcode is not None
    return proc.exitcode


@pytest.mark.slow
def test_sigkill_at_every_point_never_duplicates_or_loses(smtp: SmtpTestServer, tmp_path: Path) -> None:
    rng = random.Random(7)
    ctx = multiprocessing.get_context("forkserver")
    # pytest too: each child re-runs the parent's main script, which is pytest's.
    ctx.set_forkserver_preload(["pytest", "tests.mail.send_one"])
    template = tmp_path / "template.duckdb"
    store = Store(template).open()
    job_id = add_job(store, tmp_path)
    store.close()
    trials: list[tuple[str, Path]] = []
    for n, point in enumerate(p for p in POINTS for _ in range(TRIALS_PER_POINT)):
        db = tmp_path / f"t{n}.duckdb"
        shutil.copyfile(template, db)
        trials.append((point, db))

    exits: Counter[tuple[str, str]] = Counter()
    t0 = time.monotonic()
    durations: list[float] = []
    window = 0.3
    for point, db in trials:
        ts = time.monotonic()
        code = _run_trial(ctx, smtp, db, job_id, point, rng.uniform(0, window))
        if point == "after_record":  # a whole send: random kills are spread over this long
            durations.append(time.monotonic() - ts)
            window = sum(durations) / len(durations)
        exits[(point, "killed" if code == -signal.SIGKILL else f"exit {code}")] += 1
    for point in POINTS[:-1]:
        assert exits[(point, "killed")] == TRIALS_PER_POINT, exits
    t1 = time.monotonic()
    before_restart = {r.message_id for r in smtp.handler.received()}

    out = subprocess.run(
        [sys.executable, "-m", "tests.mail.send_one", "recover", str(smtp.port), *(str(db) for _, db in trials)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert out.returncode == 0, f"recovery failed after {len(out.stdout.splitlines())} databases:\n{out.stderr[-3000:]}"
    t2 = time.monotonic()
    finals = [json.loads(line) for line in out.stdout.splitlines()]
    received = smtp.handler.received()
    per_id = Counter(r.message_id for r in received)

    assert len(finals) == len(trials) >= 100
    assert not per_id or max(per_id.values()) == 1, "a message was delivered twice"
    # Every message the server holds is the one recorded in exactly one trial's outbox: no send was
    # forgotten and repeated under a new Message-ID.
    assert set(per_id) <= {f["message_id"] for f in finals}
    summary: Counter[tuple[str, str]] = Counter()
    for (point, _), final in zip(trials, finals, strict=True):
        assert final["id"] == job_id and final["status"] in ("sent", "unknown"), final
        assert final["state"] == final["status"] and final["apps"] == 1
        if final["status"] == "sent":  # `sent` always means the server really has it, with that Message-ID
            assert per_id[final["message_id"]] == 1
        if final["sent_after_restart"]:  # only a trial killed before its claim committed goes after restart
            assert final["recovered"] == [] and final["message_id"] not in before_restart
        summary[(point, final["status"])] += 1
    expected_unknown = {"after_claim", "before_data", "during_data", "after_smtp"}
    for point in expected_unknown:
        assert summary[(point, "unknown")] == TRIALS_PER_POINT, summary
    assert summary[("after_record", "sent")] == TRIALS_PER_POINT
    arrived = sum(1 for f in finals if f["status"] == "unknown" and per_id[f["message_id"]])
    sys.stderr.write(
        f"crash trials: {len(trials)}, received {len(received)} (0 duplicates), exits {dict(exits)}, "
        f"final states {dict(summary)}, unknown-but-arrived {arrived}; trials {t1 - t0:.0f}s, "
        f"restart {t2 - t1:.0f}s\n"
    )
