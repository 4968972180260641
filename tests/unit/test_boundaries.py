"""The pure layers import no I/O library (STYLE.md, Boundaries)."""

from __future__ import annotations

import subprocess
import sys

BLOCKED = ["duckdb", "redis", "rq", "httpx", "fastapi", "gradio", "anthropic", "openai"]
PURE = [
    "app.domain.models",
    "app.domain.status",
    "app.pipeline.orders",
    "app.pipeline.match",
    "app.pipeline.salary",
    "app.dedup",
    "app.sources.normalise",
    "app.llm.prompts",
    "app.applications.reply_kinds",
    "app.mail.message",
]


def test_pure_modules_import_without_io_libraries() -> None:
    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        f"        if name.split('.')[0] in {BLOCKED!r}: raise ImportError('blocked: ' + name)\n"
        "sys.meta_path.insert(0, Block())\n" + "".join(f"import {m}\n" for m in PURE)
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_the_blocker_really_blocks() -> None:
    code = (
        "import sys\nclass Block:\n    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] == 'httpx': raise ImportError('blocked')\n"
        "sys.meta_path.insert(0, Block())\nimport app.sources.http\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode != 0 and "blocked" in result.stderr
