"""config/mail.yaml loading, and the sending limits (per hour, per day, spacing)."""

from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path

import pytest

from app.applications.outbox import Outbox
from app.config.mail import MailConfig, load_mail_config
from app.errors import ConfigError
from app.store import Store
from app.testing.smtp_server import SmtpTestServer
from tests.mail.helpers import PASSWORD, add_job
from tests.settings_docs import undocumented


def test_missing_mail_yaml_means_defaults(tmp_path: Path) -> None:
    assert load_mail_config(tmp_path) == MailConfig()


@pytest.mark.parametrize(
    ("text", "key", "reason"),
    [
        ("limits: {per_hour: 0}\n", "limits.per_hour", "greater than or equal to 1"),
        ("subject: 'Hi {recipient_name}'\n", "subject", "unknown placeholder {recipient_name}"),
        ("attach: odt\n", "attach", "'docx', 'pdf' or 'both'"),
        ("limits: {per_huor: 3}\n", "limits.per_huor", "Extra inputs are not permitted"),
        ("subject: [unclosed\n", "line 2", "not valid YAML"),
    ],
)
def test_bad_mail_yaml_names_file_key_and_reason(tmp_path: Path, text: str, key: str, reason: str) -> None:
    (tmp_path / "mail.yaml").write_text(text)
    with pytest.raises(ConfigError) as err:
        load_mail_config(tmp_path)
    assert err.value.file == str(tmp_path / "mail.yaml") and err.value.key == key and reason in err.value.reason


def test_every_mail_setting_is_documented() -> None:
    assert undocumented(MailConfig) == []
    doc = (Path(__file__).resolve().parents[2] / "docs" / "sending.md").read_text()
    for name in MailConfig.model_fields:
        assert f"`{name}`" in doc, f"docs/sending.md does not mention {name}"


def test_per_hour_limit_defers_without_sending(
    store: Store, outbox: Outbox, smtp: SmtpTestServer, tmp_path: Path
) -> None:
    outbox.config.limits.per_hour = 2
    jobs = [add_job(store, tmp_path, n=n) for n in range(3)]

    results = [outbox.send(j) for j in jobs]

    assert [r.state for r in results] == ["sent", "sent", "deferred"]
    assert "per_hour" in results[2].detail
    first_try = store.scalar("SELECT min(created_at) FROM send_attempts")
    assert results[2].retry_after == first_try + timedelta(hours=1)  # when the oldest try leaves the window
    assert store.scalar("SELECT status FROM jobs WHERE id = ?", [jobs[2]]) == "approved"
    assert len(smtp.handler.received()) == 2


def test_spacing_between_sends(store: Store, outbox: Outbox, smtp: SmtpTestServer, tmp_path: Path) -> None:
    outbox.config.limits.min_spacing_seconds = 600
    first, second = add_job(store, tmp_path, n=1), add_job(store, tmp_path, n=2)

    results = outbox.send_due()

    assert [r.state for r in results] == ["sent", "deferred"]
    assert results[1].job_id == second and "spacing" in results[1].detail
    assert len(smtp.handler.received()) == 1 and first == results[0].job_id


def test_send_due_skips_apply_link_jobs(store: Store, outbox: Outbox, smtp: SmtpTestServer, tmp_path: Path) -> None:
    add_job(store, tmp_path, apply_email=None, apply_url="https://apply.example/1")
    assert outbox.send_due() == []
    assert smtp.handler.received() == []


def test_secrets_never_reach_the_log(
    store: Store, outbox: Outbox, smtp: SmtpTestServer, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    smtp.handler.fault = "535"
    outbox.send(add_job(store, tmp_path, n=1))
    smtp.handler.fault = None
    outbox.send(add_job(store, tmp_path, n=2))

    assert PASSWORD not in caplog.text
    assert PASSWORD not in repr(outbox.target)
