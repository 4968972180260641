"""Typed errors. Each carries an HTTP status but imports nothing from FastAPI.

`JobsmithError` and its subclasses are what jobsmith raises on purpose; the few others (a missing blob, a
provider's retryable failure, the pacer's timeout, the API client's error, an oversized request body) are
caught inside one layer and say so where they are defined.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any


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


class InvalidAnswer(ProviderError):
    """The model's answer did not validate, even after one repair attempt. `raw` keeps the last answer.

    The pipeline puts the job in `pending` with this message and keeps `raw` for a person to read.
    """

    status_code = 422

    # `usage`: the calls' Usage records (app.domain.models; typed loosely: errors imports no other layer)
    def __init__(self, stage: str, message: str, *, raw: str, errors: list[str], usage: list[Any]) -> None:
        super().__init__(message, detail={"stage": stage, "raw": raw, "errors": errors})
        self.stage, self.raw, self.errors, self.usage = stage, raw, errors, usage


class ProviderUnavailable(ProviderError):
    """The provider kept failing (rate limits, overload, server errors, timeouts) after every retry."""

    def __init__(self, stage: str, message: str, *, attempts: int, usage: list[Any] | None = None) -> None:
        super().__init__(message, detail={"stage": stage, "attempts": attempts})
        self.stage, self.attempts, self.usage = stage, attempts, usage or []


class StageOffline(ProviderError):
    """The stage has no model (provider offline, or no key): the caller uses the deterministic engine."""

    status_code = 409


class TransientProviderError(Exception):
    """A failure worth another try later: 429, 529, 5xx, a timeout or a dropped connection.

    Not a JobsmithError: the gateway retries it, then raises ProviderUnavailable."""

    def __init__(self, kind: str, message: str, *, retry_after: float | None = None) -> None:
        super().__init__(f"{kind}: {message}")
        self.kind, self.retry_after = kind, retry_after


class FatalProviderError(Exception):
    """A failure another try will not fix: bad request, bad key, unknown model (the gateway reports it)."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(f"{kind}: {message}")
        self.kind = kind


class PacingTimeout(Exception):
    """The pacer could not admit a call within the allowed wait (the gateway turns it into a retry)."""


class DatabaseLocked(JobsmithError):
    """The DuckDB file is open in another process (only the app process opens it)."""

    status_code = 503


class DatabaseDamaged(JobsmithError):
    """DuckDB reports the database file damaged (a block whose checksum does not match); it is left as it is."""

    status_code = 503


class UnsupportedMediaType(InputError):
    """The bytes are no posting format at all (an image, an archive, an executable)."""

    status_code = 415


class Busy(JobsmithError):
    """Too many slow operations of this kind at once; try again shortly."""

    status_code = 429


class FetchRefused(SourceError):
    """An address, scheme or encoding the fetcher will not use."""

    status_code = 422


class FetchTooLarge(SourceError):
    """A fetched page is larger than the fetcher reads."""

    status_code = 422


class FetchDeadline(SourceError):
    """A fetch took longer than its whole deadline."""

    status_code = 504


class MissingBlob(KeyError):
    """A work order names bytes that are no longer in the blob store (expired or never written).

    A KeyError, as for any mapping: the worker's task reports it as a failed stage."""


class BodyTooLarge(Exception):
    """A request body went past its limit while being read (the API guard answers 413)."""


class ApiError(Exception):
    """The jobsmith API answered with an error (app/ui/client.py); `message` is its own words."""

    def __init__(self, message: str, status: int | None = None, detail: object = None) -> None:
        super().__init__(message)
        self.message, self.status, self.detail = message, status, detail


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
