"""The pure layers import no I/O library (STYLE.md, Boundaries)."""

from __future__ import annotations

import subprocess
import sys

BLOCKED = ["duckdb", "redis", "rq", "httpx", "fastapi", "gradio", "anthropic", "openai"]
PURE = ["app.domain.models", "app.domain.status", "app.pipeline.orders", "app.pipeline.match"]


def test_pure_modules_import_without_io_libraries() -> None:
    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        f"        if name.split('.')[0] in {BLOCKED!r}: raise ImportError('blocked: ' + name)\n"
        "sys.meta_path.insert(0, Block())\n"
        + "".join(f"import {m}\n" for m in PURE)
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
