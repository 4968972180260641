"""Settings for the plain `rq worker` command (`rq worker -c app.workers.rq_settings ...`, as Compose runs it).

REDIS_URL comes from jobsmith's settings, so REDIS_PASSWORD (or the URL's own password) is used and never
appears on a command line. Always pair with `--worker-class app.workers.guard.GuardedForkWorker` (or run
`python -m app.workers`): RQ's own worker would run any function a Redis writer names. Importing this module
also loads what the tasks need (`app.workers.tasks.preload`).
"""

from __future__ import annotations

from app.settings import get_settings
from app.workers.tasks import preload

REDIS_URL = get_settings().REDIS_URL
# Loaded once in the worker before it forks, so each forked job starts with the SDK and place data in memory
# instead of importing them again (about 1.5 s a job).
preload(get_settings())
