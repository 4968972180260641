"""Typed errors. Each carries an HTTP status but imports nothing from FastAPI."""

from __future__ import annotations

from datetime import datetime


class JobsmithError(Exception):
    """Base of every error jobsmith raises on purpose."""

    status_code: int = 500

    def __init__(self, message: str, *, detail: object | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail


class ConfigError(JobsmithError):
    """A configuration file is missing a key, has a bad value or is not YAML."""

    status_code = 422

    def __init__(self, file: str, key: str, reason: str) -> None:
        super().__init__(f"{file}: {key}: {reason}", detail={"file": file, "key": key, "reason": reason})
        self.file, self.key, self.reason = file, key, reason


class NotFound(JobsmithError):
    status_code = 404


class InvalidTransition(JobsmithError):
    """The status machine refused a change of status."""

    status_code = 409


class Conflict(JobsmithError):
    status_code = 409


class InputError(JobsmithError):
    """Bad input from the user: a file that is not a Word file, an unreadable posting."""

    status_code = 422


class DocumentError(InputError):
    """A Word file could not be read or written safely."""


class PostingError(InputError):
    """A posting could not be read or normalised."""


class SourceError(JobsmithError):
    """A discovery source failed (HTTP error, timeout, rate limit, malformed payload)."""

    status_code = 502


class StageError(JobsmithError):
    """A pipeline stage failed; the runner turns it into a `pending` job with stage and reason."""

    def __init__(self, stage: str, message: str, *, detail: object | None = None) -> None:
        super().__init__(message, detail=detail)
        self.stage = stage


class BudgetExceeded(JobsmithError):
    """An LLM budget (per job or per day) is reached; work pauses instead of overspending."""

    status_code = 402


class ProviderError(JobsmithError):
    """An LLM provider failed after retries, or answered with something that does not validate."""

    status_code = 502


class DatabaseLocked(JobsmithError):
    """The DuckDB file is open in another process (only the app process may own it)."""

    status_code = 503


class MailNotConfigured(JobsmithError):
    """SMTP_SERVER or SENDER_EMAIL is missing, or plain SMTP or IMAP was asked of a non-local server."""

    status_code = 503


class InvalidAddress(InputError):
    """An email address that is not one plain addr-spec (no name, no list, no control characters)."""


class NoRecipient(InputError):
    """The job has no email address to send to: it is an apply-link job (or needs a typed address)."""


class Deferred(Exception):
    """A send that must wait (send limits, a temporary failure's delay) until `until`; not an error."""

    def __init__(self, reason: str, until: datetime) -> None:
        super().__init__(reason)
        self.reason, self.until = reason, until
