"""Prompt building stays pure, and every agents.yaml setting is documented."""

from __future__ import annotations

import subprocess
import sys

from app.config.agents import AgentsConfig
from tests.settings_docs import undocumented

BLOCKED = ["redis", "anthropic", "openai", "httpx", "httpx2", "duckdb", "fastapi", "limits"]


def test_prompts_and_schemas_import_no_io_library() -> None:
    code = (
        "import sys\n"
        + "".join(f"sys.modules[{m!r}] = None\n" for m in BLOCKED)
        + "import app.llm.prompts, app.llm.schemas, app.llm.checks\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]


def test_importing_the_gateway_opens_no_connection() -> None:
    code = (
        "import socket\n"
        "def refuse(*a, **k): raise AssertionError('network at import time')\n"
        "socket.socket.connect = refuse\n"
        "import app.llm, app.llm.factory, app.llm.providers.anthropic, app.llm.providers.openai_compat\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]


def test_every_agents_setting_has_a_description() -> None:
    assert undocumented(AgentsConfig) == []


def test_every_llm_setting_is_named_in_the_user_docs() -> None:
    from pathlib import Path

    from app.config.agents import BudgetConfig, CacheConfig, ModelPrice, ProviderConfig, StageConfig

    docs = (Path(__file__).resolve().parents[2] / "docs" / "llm.md").read_text(encoding="utf-8")
    names = [n for m in (StageConfig, ProviderConfig, BudgetConfig, CacheConfig, ModelPrice) for n in m.model_fields]
    assert [n for n in names if f"`{n}`" not in docs and n not in docs] == []
