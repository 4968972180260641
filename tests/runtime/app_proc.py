"""An app process for the crash tests: starts jobsmith from the environment, adds the synthetic jobs, waits.

Run as `python -m tests.runtime.app_proc N`; prints `added` once every job is recorded and queued.
"""

from __future__ import annotations

import sys
import time

from app.service import Jobsmith
from app.settings import Settings
from tests.runtime.jobs import make_jobs


def main(n: int) -> None:
    svc = Jobsmith(Settings(_env_file=None)).start()
    svc.add_jobs(make_jobs(n))
    sys.stdout.write("added\n")
    sys.stdout.flush()
    while True:  # the recorder thread works until the test kills this process
        time.sleep(1)


if __name__ == "__main__":
    main(int(sys.argv[1]))
