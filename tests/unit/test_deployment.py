"""Docker cannot run on this machine, so the Compose file and Dockerfile are checked against the spec."""

from __future__ import annotations

from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
VOLUMES = [
    "./config:/app/config",
    "./data:/app/data",
    "./current_cv_coverletter:/app/current_cv_coverletter",
    "./export_cv_cover_letter:/app/export_cv_cover_letter",
]


def _compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def test_compose_has_the_specified_services_ports_and_volumes() -> None:
    services = _compose()["services"]
    assert set(services) == {"redis", "app", "worker"}
    assert services["app"]["ports"] == ["8000:8000", "7860:7860"]
    assert services["app"]["volumes"] == VOLUMES
    assert services["worker"]["deploy"]["replicas"] == 3
    assert "redis_data:/data" in services["redis"]["volumes"]


def test_redis_keeps_an_append_only_file() -> None:
    assert "--appendonly yes" in " ".join(_compose()["services"]["redis"]["command"])


def test_environment_names_are_the_deployments() -> None:
    services = _compose()["services"]
    app_env = {e.split("=")[0] for e in services["app"]["environment"]}
    assert app_env == {
        "REDIS_URL",
        "ANTHROPIC_API_KEY",
        "SMTP_SERVER",
        "SMTP_PORT",
        "SENDER_EMAIL",
        "SENDER_PASSWORD",
        "REDIS_PASSWORD",
        "API_TOKEN",
        "ALLOWED_HOSTS",
    }  # + docs/security.md
    worker_env = {e.split("=")[0] for e in services["worker"]["environment"]}
    assert worker_env == {"REDIS_URL", "REDIS_PASSWORD", "ANTHROPIC_API_KEY"}  # no mail credentials on workers


def test_workers_name_their_queues() -> None:
    cmd = _compose()["services"]["worker"]["command"]
    assert cmd.startswith("rq worker pipeline discovery")


def test_dockerfile_installs_the_way_the_readme_does() -> None:
    docker = (ROOT / "Dockerfile").read_text()
    readme = (ROOT / "README.md").read_text()
    assert "scripts/bootstrap.sh requirements.lock" in docker
    assert "scripts/run" in readme and "scripts/test" in readme
    run = (ROOT / "scripts" / "run").read_text()
    assert 'bootstrap.sh" requirements.lock' in run
