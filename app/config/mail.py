"""config/mail.yaml: how applications are written, attached, paced and followed up."""

from __future__ import annotations

from pathlib import Path
from string import Formatter
from typing import Literal

from pydantic import Field, field_validator

from app.config.search import Strict

FILE_NAME = "mail.yaml"
# The only names a subject or body template may use; values come from the job row, never from a model.
TEMPLATE_FIELDS = frozenset({"title", "company", "seeker_name", "location", "reference", "source"})

DEFAULT_BODY = (
    "Dear hiring team at {company},\n\n"
    "Please find attached my CV and cover letter for the {title} role{reference}.\n\n"
    "Kind regards,\n{seeker_name}\n"
)


def _check_template(value: str) -> str:
    for _, name, _, _ in Formatter().parse(value):
        if name is not None and name not in TEMPLATE_FIELDS:
            allowed = ", ".join(sorted(TEMPLATE_FIELDS))
            raise ValueError(f"unknown placeholder {{{name}}}; allowed: {allowed}")
    return value


class LimitsConfig(Strict):
    per_hour: int = Field(10, ge=1, description="most applications sent in any rolling hour")
    per_day: int = Field(40, ge=1, description="most applications sent in any rolling 24 hours")
    min_spacing_seconds: float = Field(
        60.0, ge=0, description="least time between two sends (0 = no spacing); spreads sends out politely"
    )


class RetryConfig(Strict):
    temporary_delay_minutes: float = Field(
        15.0, ge=0, description="wait after a temporary failure (refused connection, 421, 450, 4xx) before retrying"
    )
    max_temporary_failures: int = Field(
        3, ge=1, description="temporary failures in a row before the job goes to `pending` for a person"
    )


class SmtpConfig(Strict):
    connect_timeout_seconds: float = Field(15.0, gt=0, description="time allowed to connect and greet")
    timeout_seconds: float = Field(
        60.0, gt=0, description="time allowed for each SMTP reply; a timeout during DATA makes the send `unknown`"
    )
    sender_name: str = Field("", description="display name on the From line; empty = the seeker's name")
    security: Literal["auto", "starttls", "tls"] = Field(
        "auto",
        description="auto: 465 implicit TLS, 587 STARTTLS, other ports plain on loopback only and "
        "STARTTLS elsewhere; starttls or tls force one whatever the port",
    )
    ca_file: Path | None = Field(
        None, description="extra CA certificates (PEM) to trust, for a self-hosted relay with its own CA"
    )
    validate_certs: bool = Field(True, description="check the server's TLS certificate (keep on)")


class ImapConfig(Strict):
    enabled: bool = Field(False, description="read replies from an IMAP mailbox and record them as `responded`")
    host: str | None = Field(None, description="IMAP host, e.g. imap.gmail.com")
    port: int = Field(993, description="993 = implicit TLS, 143 = STARTTLS (plain only on loopback)")
    security: Literal["tls", "starttls", "plain"] = Field(
        "tls", description="tls, starttls, or plain (refused unless the host is loopback)"
    )
    username: str | None = Field(None, description="login; empty = SENDER_EMAIL (the password is SENDER_PASSWORD)")
    folder: str = Field("INBOX", description="the folder replies arrive in")
    timeout_seconds: float = Field(30.0, gt=0, description="network timeout")


class AlertsConfig(Strict):
    enabled: bool = Field(False, description="send a digest of what needs you (off by default)")
    period: Literal["daily", "weekly"] = Field("daily", description="at most one digest per day or per ISO week")
    hour_utc: int = Field(7, ge=0, le=23, description="the digest goes at or after this hour (UTC)")
    to: str | None = Field(None, description="address for the digest; empty = SENDER_EMAIL (your own mailbox)")
    webhook_url: str | None = Field(
        None, description="also POST the digest as text to this URL (an ntfy topic URL or any webhook); empty = none"
    )
    strong_score: float = Field(0.8, ge=0, le=1, description="a match at or above this score is a strong match")
    waiting_long_days: int = Field(3, ge=1, description="an approval waiting this many days is flagged as long")


class MailConfig(Strict):
    subject: str = Field(
        "Application: {title} at {company}",
        description="subject template; placeholders: " + ", ".join(sorted(TEMPLATE_FIELDS)),
    )
    body: str = Field(DEFAULT_BODY, description="plain-text body template; same placeholders as the subject")
    attach: Literal["docx", "pdf", "both"] = Field(
        "docx", description="attach the tailored CV and cover letter as DOCX, PDF (when made) or both"
    )
    max_attachment_mb: float = Field(10.0, gt=0, description="refuse to send when attachments exceed this")
    limits: LimitsConfig = Field(default_factory=LimitsConfig, description="sending limits")
    retry: RetryConfig = Field(default_factory=RetryConfig, description="what happens after a temporary failure")
    smtp: SmtpConfig = Field(default_factory=SmtpConfig, description="SMTP connection behaviour")
    imap: ImapConfig = Field(default_factory=ImapConfig, description="replies by IMAP (optional)")
    no_response_days: int = Field(
        21, ge=1, description="days after sending or applying with no outcome before the job becomes no_response"
    )
    follow_up_days: int = Field(
        7,
        ge=0,
        description="days after sending or applying with no answer before a follow-up is drafted for "
        "your approval (a reminder for link applications); 0 = never",
    )
    thank_you_notes: bool = Field(
        True, description="draft a thank-you note (for your approval) when a job reaches interview"
    )
    alerts: AlertsConfig = Field(default_factory=AlertsConfig, description="the digest of what needs you")

    @field_validator("subject", "body")
    @classmethod
    def _templates(cls, value: str) -> str:
        return _check_template(value)


def load_mail_config(config_dir: Path) -> MailConfig:
    """config/mail.yaml; a missing file means defaults, a bad one raises ConfigError (file, key, reason)."""
    from app.config.loader import load_file

    return load_file(Path(config_dir) / FILE_NAME, MailConfig)
