"""config/mail.yaml now lives in `app.config.mail` (configuration is one package); these names stay importable."""

from __future__ import annotations

from app.config.mail import (
    DEFAULT_BODY,
    FILE_NAME,
    TEMPLATE_FIELDS,
    AlertsConfig,
    ImapConfig,
    LimitsConfig,
    MailConfig,
    RetryConfig,
    SmtpConfig,
    load_mail_config,
)

__all__ = [
    "DEFAULT_BODY",
    "FILE_NAME",
    "TEMPLATE_FIELDS",
    "AlertsConfig",
    "ImapConfig",
    "LimitsConfig",
    "MailConfig",
    "RetryConfig",
    "SmtpConfig",
    "load_mail_config",
]
