"""The approval list's refresh (app/ui/approve_tab.py), over the real API in process."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

from app.ui.approve_tab import _ApproveHandlers
from app.ui.client import ApiClient


def test_a_ticked_job_that_left_the_list_stays_ticked_and_says_it_changed(client: TestClient) -> None:
    handlers = _ApproveHandlers(ApiClient("http://testserver", http=client))
    versions, _pick, ticks = handlers.refresh(None, ["0123456789abcdef"])
    update: dict[str, Any] = ticks
    assert "0123456789abcdef" not in versions  # unknown version: approving it is refused as out of date
    assert update["value"] == ["0123456789abcdef"]  # still ticked, so a click already sent stays valid
    labels = {value: label for label, value in update["choices"]}
    assert labels["0123456789abcdef"] == "Job 01234567 · changed: no longer waiting for your approval"
