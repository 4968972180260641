"""A background loop: a daemon thread calling `step()` until stopped. A failing step is logged, never fatal."""

from __future__ import annotations

import logging
import threading

log = logging.getLogger(__name__)


class BackgroundLoop:
    """Subclasses set `name` and implement `step()`; `interval` is the pause between steps (0: none)."""

    name = "jobsmith-loop"

    def __init__(self, interval: float, *, error_pause: float = 1.0, join_timeout: float = 10.0) -> None:
        self.interval, self.error_pause, self.join_timeout = interval, error_pause, join_timeout
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def step(self) -> None:
        raise NotImplementedError

    def on_error(self, exc: Exception) -> None:
        log.exception("%s.step_failed", self.name)

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name=self.name, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread:
            self._thread.join(timeout=self.join_timeout)

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            try:
                self.step()
            except Exception as exc:
                self.on_error(exc)
                self._stop.wait(self.error_pause)
