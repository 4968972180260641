"""The /health report: database, queue, configuration and the seeker's templates."""

from __future__ import annotations

from collections.abc import Callable

from app.errors import JobsmithError
from app.runtime.executor import Executor
from app.services.templates import TemplateFolder
from app.settings import Settings
from app.store import Store


class Health:
    def __init__(
        self,
        settings: Settings,
        store: Store,
        executor: Executor,
        templates: TemplateFolder,
        config_error: Callable[[], str | None],
    ) -> None:
        self.settings, self.store, self.executor, self.templates = settings, store, executor, templates
        self._config_error = config_error

    def report(self) -> dict[str, object]:
        """Each check with `ok`; the whole is ok when every check but the templates is."""
        checks: dict[str, dict[str, object]] = {
            "database": self._database(),
            "queue": self._queue(),
            "configuration": {
                "ok": self._config_error() is None,
                "error": self._config_error(),
                "dir": str(self.settings.CONFIG_DIR),
            },
            "templates": self._templates(),
        }
        return {"ok": all(c["ok"] for k, c in checks.items() if k != "templates"), "checks": checks}

    def _database(self) -> dict[str, object]:
        try:
            self.store.ping()
        except JobsmithError as exc:
            return {"ok": False, "error": exc.message}
        except Exception as exc:  # any failure to read the file is the answer here
            return {"ok": False, "error": str(exc)}
        return {"ok": True, "path": str(self.settings.DUCKDB_PATH)}

    def _queue(self) -> dict[str, object]:
        if self.settings.embedded:
            return {"ok": True, "mode": "embedded"}
        try:
            self.executor.ping()
        except Exception as exc:  # any failure to reach Redis is the answer here
            return {"ok": False, "mode": "redis", "error": f"Redis does not answer: {exc}"}
        return {"ok": True, "mode": "redis"}

    def _templates(self) -> dict[str, object]:
        t = self.templates.current()
        return {
            "ok": t.cv is not None,
            "cv": t.cv.name if t.cv else None,
            "cover_letter": t.cover_letter.name if t.cover_letter else None,
            "problems": t.problems,
        }
