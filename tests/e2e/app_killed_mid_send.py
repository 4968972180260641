"""`uvicorn tests.e2e.app_killed_mid_send:app`: the real app whose outbox SIGKILLs the process at the send
protocol's point named by KILL_AT (through the outbox's injected checkpoint), for the browser test that
settles an `unknown` send."""

from __future__ import annotations

import os

from app.applications.outbox import Outbox
from app.main import create_app
from app.service import Jobsmith
from app.settings import get_settings
from tests.mail.send_one import kill_at

settings = get_settings()
service = Jobsmith(settings).start()
old = service.outbox
service.outbox = Outbox(
    old.store,
    old.settings,
    old.config,
    agents=old.agents,
    seeker_name=old.seeker_name,
    liveness=old.liveness,
    checkpoint=kill_at(os.environ["KILL_AT"]),
)
app = create_app(settings, service)
