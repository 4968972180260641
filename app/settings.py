"""Environment settings: the one place the environment and `.env` are read."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

_PLACEHOLDERS = {"changeme", "change-me", "your-api-key", "sk-ant-...", "xxx", "replace-me"}


class Settings(BaseSettings):
    """Every key is optional: with none set, jobsmith runs embedded with the offline engine."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    # The deployment's names (spec/deployment.md).
    REDIS_URL: str | None = Field(None, description="Redis for queues, cache and events; unset = embedded mode")
    ANTHROPIC_API_KEY: SecretStr | None = Field(None, description="enables the Anthropic provider")
    ANTHROPIC_BASE_URL: str | None = Field(None, description="alternative Anthropic endpoint (tests, proxies)")
    OPENAI_API_KEY: SecretStr | None = Field(None, description="key for the OpenAI-compatible provider")
    OPENAI_BASE_URL: str | None = Field(None, description="OpenAI-compatible endpoint, e.g. Ollama's /v1")
    SMTP_SERVER: str | None = Field(None, description="SMTP host for sending applications")
    SMTP_PORT: int = Field(587, description="587 = STARTTLS, 465 = implicit TLS, 25 = plain (local only)")
    SENDER_EMAIL: str | None = Field(None, description="the From address")
    SENDER_PASSWORD: SecretStr | None = Field(None, description="SMTP password or app password")

    DUCKDB_PATH: Path = Field(Path("data/job_applications.duckdb"), description="the DuckDB file")
    CONFIG_DIR: Path = Field(Path("config"), description="folder holding the four YAML files")
    TEMPLATES_DIR: Path = Field(Path("current_cv_coverletter"), description="the seeker's *_CV.docx, *_CL.docx")
    EXPORT_DIR: Path = Field(Path("export_cv_cover_letter"), description="where tailored documents go")
    CACHE_DIR: Path = Field(Path("data/cache"), description="local LLM answer cache when Redis is absent")

    API_HOST: str = Field("127.0.0.1", description="address the API binds to (0.0.0.0 in Docker)")
    API_PORT: int = Field(8000, description="FastAPI port")
    UI_PORT: int = Field(7860, description="Gradio port")
    API_URL: str | None = Field(None, description="where the UI and CLI reach the API; default from host/port")
    EMBEDDED_WORKERS: int = Field(2, description="threads running pipeline tasks in embedded mode")
    LOG_LEVEL: str = Field("INFO", description="logging level")
    LIVENESS_CHECKS: bool = Field(
        True, description="re-check each posting is still open before its documents are made and before sending"
    )

    # Distributed runtime (Redis + RQ workers); ignored in embedded mode. See docs/runtime.md.
    JOB_TIMEOUT_SECONDS: int = Field(900, description="longest one pipeline or discovery task may run on a worker")
    JOB_RETRIES: int = Field(3, description="times a task that raised or whose worker died is run again")
    JOB_RETRY_BACKOFF_SECONDS: int = Field(
        5, description="wait before the first retry of a task that raised; doubled for each further retry"
    )
    JOB_RECOVERY_SECONDS: int = Field(
        30, description="a task whose worker died (e.g. SIGKILL) is requeued within this many seconds"
    )
    RECORDER_CLAIM_IDLE_MS: int = Field(
        30000, description="events read but not acknowledged for this long (a crashed recorder) are claimed again"
    )
    BLOB_TTL_SECONDS: int = Field(
        7 * 24 * 3600, description="how long templates and documents stay in Redis (refreshed on each use)"
    )
    EVENT_RETENTION_SECONDS: int = Field(
        24 * 3600, description="acknowledged events older than this are trimmed from the Redis stream"
    )

    # Security (docs/security.md).
    REDIS_PASSWORD: SecretStr | None = Field(
        None, description="Redis password for every process; used when REDIS_URL carries none"
    )
    API_TOKEN: SecretStr | None = Field(
        None, description="API token; required beyond loopback (else read from API_TOKEN_FILE)"
    )
    API_TOKEN_FILE: Path | None = Field(
        None, description="where `jobsmith init` keeps a generated token (mode 0600); default data/api_token"
    )
    ALLOWED_HOSTS: str = Field(
        "", description="extra Host names the API answers to, comma-separated (loopback names always allowed)"
    )
    CORS_ORIGINS: str = Field("", description="origins allowed to call the API from a browser; none by default")
    MAX_BODY_BYTES: int = Field(8 * 1024 * 1024, description="largest request body the API reads")
    MAX_JSON_DEPTH: int = Field(64, description="deepest nesting of a JSON body or posting payload")
    MAX_POSTINGS_PER_ADD: int = Field(2000, description="most postings one add (file, payload or URL) may carry")
    FETCH_ALLOW_HOSTS: str = Field(
        "", description="hosts or networks (CIDR) outbound fetches may reach although private/loopback"
    )
    FETCH_MAX_BYTES: int = Field(10 * 1024 * 1024, description="largest response body a fetch reads (after decoding)")
    FETCH_DEADLINE_SECONDS: float = Field(30.0, description="longest one fetch may take, redirects included")
    FETCH_MAX_REDIRECTS: int = Field(5, description="redirects a fetch follows")

    @field_validator("ANTHROPIC_API_KEY", "OPENAI_API_KEY", "SENDER_PASSWORD", "REDIS_PASSWORD", "API_TOKEN")
    @classmethod
    def _refuse_placeholders(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and value.get_secret_value().strip().lower() in _PLACEHOLDERS:
            raise ValueError("is a placeholder value; set the real secret or leave it unset")
        if value is not None and not value.get_secret_value().strip():
            return None
        return value

    @field_validator("REDIS_URL", "SMTP_SERVER", "SENDER_EMAIL", "ANTHROPIC_BASE_URL", "OPENAI_BASE_URL", "API_URL")
    @classmethod
    def _blank_is_unset(cls, value: str | None) -> str | None:
        return value or None

    @model_validator(mode="after")
    def _redis_password_in_url(self) -> Settings:
        """REDIS_PASSWORD goes into REDIS_URL (unless the URL has its own), so every client authenticates."""
        if self.REDIS_URL and self.REDIS_PASSWORD is not None:
            from urllib.parse import quote, urlsplit, urlunsplit

            parts = urlsplit(self.REDIS_URL)
            if parts.password is None and parts.hostname:
                user = quote(parts.username or "", safe="")
                secret = quote(self.REDIS_PASSWORD.get_secret_value(), safe="")
                port = f":{parts.port}" if parts.port else ""
                host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
                self.REDIS_URL = urlunsplit(parts._replace(netloc=f"{user}:{secret}@{host}{port}"))
        return self

    @property
    def api_token_file(self) -> Path:
        """The token file: API_TOKEN_FILE, else `api_token` beside the database."""
        return self.API_TOKEN_FILE or self.DUCKDB_PATH.parent / "api_token"

    @property
    def embedded(self) -> bool:
        return not self.REDIS_URL

    @property
    def api_url(self) -> str:
        host = "127.0.0.1" if self.API_HOST in ("0.0.0.0", "::") else self.API_HOST
        return (self.API_URL or f"http://{host}:{self.API_PORT}").rstrip("/")


@cache
def get_settings() -> Settings:
    return Settings()
