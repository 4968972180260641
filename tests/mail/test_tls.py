"""Connection security: the port decides (465 TLS, 587 STARTTLS, plain on loopback only), over real TLS."""

from __future__ import annotations

import ssl
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.applications.outbox import Outbox
from app.config.mail import MailConfig, SmtpConfig
from app.mail.smtp import target_from_settings
from app.settings import Settings
from app.store import Store
from app.testing.smtp_server import SmtpTestServer
from tests.mail.helpers import PASSWORD, SENDER, add_job, mail_settings


@pytest.mark.parametrize(
    ("host", "port", "security"),
    [
        ("smtp.gmail.com", 465, "tls"),
        ("smtp.gmail.com", 587, "starttls"),
        ("smtp.example.com", 25, "starttls"),
        ("smtp.example.com", 2525, "starttls"),
        ("127.0.0.1", 25, "plain"),
        ("localhost", 2525, "plain"),
        ("127.0.0.1", 587, "starttls"),
    ],
)
def test_security_follows_the_port_and_plain_is_loopback_only(host: str, port: int, security: str) -> None:
    settings = Settings(_env_file=None, SMTP_SERVER=host, SMTP_PORT=port, SENDER_EMAIL=SENDER, SENDER_PASSWORD=PASSWORD)
    target = target_from_settings(settings)
    assert target.security == security
    assert PASSWORD not in repr(target)


@pytest.fixture(scope="module")
def cert(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("tls")
    key, crt = folder / "key.pem", folder / "cert.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "2",
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
            "-keyout",
            str(key),
            "-out",
            str(crt),
        ],
        check=True,
        capture_output=True,
    )
    return crt, key


def _server(cert: tuple[Path, Path], tls: str) -> Iterator[SmtpTestServer]:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(str(cert[0]), str(cert[1]))
    with SmtpTestServer(tls=tls, context=context) as srv:
        yield srv


@pytest.mark.parametrize("tls", ["starttls", "tls"])
def test_send_over_tls_with_login(cert: tuple[Path, Path], store: Store, tmp_path: Path, tls: str) -> None:
    for srv in _server(cert, tls):
        config = MailConfig(smtp=SmtpConfig(security=tls, ca_file=cert[0], timeout_seconds=5))  # type: ignore[arg-type]
        outbox = Outbox(store, mail_settings(tmp_path / "x.duckdb", srv.port), config)
        job_id = add_job(store, tmp_path)

        result = outbox.send(job_id)
        assert result.state == "sent", result.detail
        assert len(srv.handler.received()) == 1


def test_untrusted_certificate_is_a_failure_not_a_send(cert: tuple[Path, Path], store: Store, tmp_path: Path) -> None:
    for srv in _server(cert, "starttls"):
        config = MailConfig(smtp=SmtpConfig(security="starttls", timeout_seconds=5))
        outbox = Outbox(store, mail_settings(tmp_path / "x.duckdb", srv.port), config)
        job_id = add_job(store, tmp_path)

        result = outbox.send(job_id)

        assert (result.state, result.job_status) == ("failed", "approved")
        assert "CERTIFICATE_VERIFY_FAILED" in result.detail or "certificate" in result.detail.lower()
        assert srv.handler.received() == []
