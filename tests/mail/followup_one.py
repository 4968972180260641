"""A child process for the follow-up crash test: `python -m tests.mail.followup_one DB PORT ID POINT` sends one
approved follow-up and, at POINT `before_data`, SIGKILLs itself just before the message's DATA (injected
through `send_followup`'s own `before_data` callback); at `none` it sends normally."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from app.applications.followups import send_followup
from app.applications.outbox import Outbox
from app.config.mail import LimitsConfig, MailConfig
from app.store import Store
from tests.mail.helpers import mail_settings


def main(db: str, port: str, fid: str, point: str) -> None:
    store = Store(Path(db)).open()
    outbox = Outbox(
        store,
        mail_settings(Path(db), int(port)),
        MailConfig(limits=LimitsConfig(min_spacing_seconds=0, per_hour=100, per_day=1000)),
        seeker_name="Alex Morgan",
    )
    kill = (lambda: os.kill(os.getpid(), signal.SIGKILL)) if point == "before_data" else None
    print(send_followup(outbox, fid, before_data=kill)["state"])
    store.close()


if __name__ == "__main__":
    main(*sys.argv[1:5])
