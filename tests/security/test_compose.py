"""docker-compose.yml: Redis unpublished and password-protected, API token required, workers guarded."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]


def _services() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())["services"]


def _env(service: dict) -> dict[str, str]:
    return dict(e.split("=", 1) for e in service.get("environment", []))


def test_no_service_publishes_redis() -> None:
    services = _services()
    assert "ports" not in services["redis"] and "network_mode" not in services["redis"]
    for name, service in services.items():
        for port in service.get("ports", []):
            assert "6379" not in str(port), name


def test_redis_requires_a_password_from_the_environment() -> None:
    redis = _services()["redis"]
    command = " ".join(redis["command"]) if isinstance(redis["command"], list) else redis["command"]
    assert re.search(r"--requirepass \S*\$\$REDIS_PASSWORD", command)
    assert _env(redis)["REDIS_PASSWORD"].startswith("${REDIS_PASSWORD:?")  # compose refuses to start without it
    assert "REDISCLI_AUTH" in " ".join(redis["healthcheck"]["test"])


def test_every_redis_client_gets_the_password_and_the_app_gets_the_token() -> None:
    services = _services()
    for name in ("app", "worker"):
        assert _env(services[name])["REDIS_PASSWORD"].startswith("${REDIS_PASSWORD:?"), name
        assert "@" not in _env(services[name])["REDIS_URL"], name  # never a password written in the file
    assert _env(services["app"])["API_TOKEN"].startswith("${API_TOKEN:?")
    assert "API_TOKEN" not in _env(services["worker"])


def test_workers_run_the_guarded_worker_class_without_mail_secrets() -> None:
    worker = _services()["worker"]
    assert "--worker-class app.workers.guard.GuardedForkWorker" in worker["command"]
    assert "--serializer json" in worker["command"] and "-c app.workers.rq_settings" in worker["command"]
    assert not {k for k in _env(worker) if k.startswith(("SMTP_", "SENDER_"))}


def test_env_example_names_every_security_setting() -> None:
    example = (ROOT / ".env.example").read_text()
    for name in ("REDIS_PASSWORD", "API_TOKEN", "ALLOWED_HOSTS", "CORS_ORIGINS", "FETCH_ALLOW_HOSTS", "rediss://"):
        assert name in example
