"""Job-alert emails (LinkedIn, Indeed, SEEK, Glassdoor) read from a real Dovecot over IMAP."""

from __future__ import annotations

from pathlib import Path

import pytest
from imap_tools import MailBoxUnencrypted

from app.config.platforms import PlatformsConfig, SourceConfig
from app.sources.alerts import parse_alert, unwrap
from app.sources.discover import discover_source
from tests.mail.helpers import PASSWORD, SENDER
from tests.mail.test_replies import imap_port  # noqa: F401  (the real Dovecot fixture)

ALERTS = Path(__file__).resolve().parents[1] / "fixtures" / "alert_emails"


def _jobs(board: str) -> dict[str, tuple]:
    jobs = parse_alert((ALERTS / f"{board}.eml").read_bytes())
    return {
        j.source_id: (
            j.title,
            j.company,
            [(loc.city, loc.country) for loc in j.locations],
            j.remote,
            j.salary and (j.salary.min, j.salary.max, j.salary.currency, j.salary.period),
            j.url,
        )
        for j in jobs
    }


def test_linkedin_alert_gives_each_job_with_a_canonical_link() -> None:
    assert _jobs("linkedin") == {
        "linkedin:4012345678": (
            "Senior Data Engineer",
            "Canva",
            [("Sydney", "AU")],
            "hybrid",
            None,
            "https://www.linkedin.com/jobs/view/4012345678/",
        ),
        "linkedin:4019876543": (
            "Data Platform Engineer",
            "Atlassian",
            [(None, "AU")],
            "remote",
            (150000, 180000, "AUD", "year"),
            "https://www.linkedin.com/jobs/view/4019876543/",
        ),
    }


def test_indeed_alert_unwraps_click_tracking_to_the_viewjob_link() -> None:
    assert _jobs("indeed") == {
        "indeed:5f2a9c1e7b3d4a60": (
            "Data Engineer",
            "Whole Foods Market",
            [("Austin", "US")],
            "unknown",
            (120000, 145000, "USD", "year"),
            "https://www.indeed.com/viewjob?jk=5f2a9c1e7b3d4a60",
        ),
        "indeed:0a1b2c3d4e5f6789": (
            "Senior Data Engineer (Remote)",
            "Q2 Software",
            [("Austin", "US")],
            "remote",
            (52, 60, "USD", "hour"),
            "https://www.indeed.com/viewjob?jk=0a1b2c3d4e5f6789",
        ),
    }


def test_seek_alert_reads_australian_places_and_day_rates() -> None:
    assert _jobs("seek") == {
        "seek:81234567": (
            "Senior Data Engineer",
            "Tasman Health",
            [("Hobart", "AU")],
            "unknown",
            (140000, 160000, "AUD", "year"),
            "https://www.seek.com.au/job/81234567",
        ),
        "seek:81239999": (
            "Data Engineer - Contract",
            "Department of Premier and Cabinet",
            [("Melbourne", "AU")],
            "unknown",
            (900, 1050, "AUD", "day"),
            "https://www.seek.com.au/job/81239999",
        ),
    }


def test_glassdoor_alert_reads_company_first_cards() -> None:
    assert _jobs("glassdoor") == {
        "glassdoor:1009512345678": (
            "Senior Data Engineer",
            "Atlassian",
            [("San Francisco", "US")],
            "unknown",
            (160000, 210000, "USD", "year"),
            "https://www.glassdoor.com/job-listing/?jl=1009512345678",
        ),
        "glassdoor:1009598765432": (
            "Data Engineer",
            "Globex",
            [("Chicago", "US")],
            "unknown",
            (120000, 150000, "USD", "year"),
            "https://www.glassdoor.com/job-listing/?jl=1009598765432",
        ),
    }


def test_tracking_redirects_are_unwrapped() -> None:
    assert unwrap("https://click.example/?qs=1&url=https%3A%2F%2Fwww.seek.com.au%2Fjob%2F1%3Fref%3Dx") == (
        "https://www.seek.com.au/job/1?ref=x"
    )
    assert unwrap("https://www.linkedin.com/comm/jobs/view/42/?trk=x").startswith(
        "https://www.linkedin.com/jobs/view/42"
    )


def test_alerts_are_read_from_an_imap_folder(imap_port: int, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    with MailBoxUnencrypted("127.0.0.1", imap_port).login(SENDER, PASSWORD) as box:
        box.delete([m.uid for m in box.fetch(headers_only=True) if m.uid])
        for board in ("linkedin", "indeed", "seek", "glassdoor"):
            box.append((ALERTS / f"{board}.eml").read_bytes(), "INBOX")
        box.append(b"From: News <news@example.org>\r\nSubject: Weekly digest\r\n\r\nNothing about jobs.\r\n", "INBOX")
    monkeypatch.setenv("ALERTS_IMAP_PASSWORD", PASSWORD)
    cfg = SourceConfig(
        name="alerts",
        type="alerts",
        params={"host": "127.0.0.1", "port": imap_port, "security": "plain", "username": SENDER, "folder": "INBOX"},
    )
    run = discover_source(cfg, PlatformsConfig())
    assert run.ok, run.error
    assert sorted(j.source_id.split(":")[0] for j in run.jobs) == [
        "glassdoor",
        "glassdoor",
        "indeed",
        "indeed",
        "linkedin",
        "linkedin",
        "seek",
        "seek",
    ]
    with MailBoxUnencrypted("127.0.0.1", imap_port).login(SENDER, PASSWORD) as box:
        assert all("\\Seen" not in m.flags for m in box.fetch(mark_seen=False))  # read, never marked


def test_alerts_without_a_password_fail_with_the_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ALERTS_IMAP_PASSWORD", raising=False)
    cfg = SourceConfig(name="alerts", type="alerts", params={"host": "127.0.0.1", "username": "x@example.org"})
    run = discover_source(cfg, PlatformsConfig())
    assert not run.ok and "ALERTS_IMAP_PASSWORD" in (run.error or "")


def test_the_removed_jobspy_source_points_to_alert_emails() -> None:
    cfg = SourceConfig(name="linkedin", type="jobspy", params={"search_term": "data engineer"})
    run = discover_source(cfg, PlatformsConfig())
    assert not run.ok and "type: alerts" in (run.error or "")


def test_a_saved_alert_email_can_be_added_by_file() -> None:
    from app.sources.discover import parse_any

    jobs = parse_any((ALERTS / "seek.eml").read_bytes(), "seek-alert.eml")
    assert [j.company for j in jobs] == ["Tasman Health", "Department of Premier and Cabinet"]


def test_a_text_only_alert_is_read_card_by_card() -> None:
    message = (
        b"From: SEEK <noreply@s.seek.com.au>\r\nSubject: New jobs\r\nDate: Tue, 01 Dec 2026 07:30:00 +1100\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
        b"Senior Data Engineer\r\nTasman Health\r\nHobart TAS\r\n$140,000 - $160,000 + super\r\n"
        b"https://www.seek.com.au/job/81234567?type=standard&ref=jobmail\r\n\r\n"
        b"Data Analyst\r\nDerwent Water\r\nLaunceston TAS\r\nhttps://www.seek.com.au/job/81230000?ref=jobmail\r\n"
    )
    jobs = parse_alert(message)
    assert [(j.title, j.company, j.url) for j in jobs] == [
        ("Senior Data Engineer", "Tasman Health", "https://www.seek.com.au/job/81234567"),
        ("Data Analyst", "Derwent Water", "https://www.seek.com.au/job/81230000"),
    ]
    assert (jobs[0].salary.min, jobs[0].salary.currency) == (140000, "AUD")
