"""Bundled demo data: a sample seeker (CV, cover letter, criteria) and real-shaped postings.

Demo mode keeps its own database and configuration, so the seeker's real data is never mixed with it.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from app.settings import Settings

DEMO_DIR = Path(str(resources.files("app.demo")))


def seeker_has_cv(settings: Settings) -> bool:
    folder = settings.TEMPLATES_DIR
    return folder.is_dir() and any(folder.glob("*_CV.docx"))


def demo_settings(settings: Settings) -> Settings:
    """The same settings, pointed at the bundled demo seeker and a separate demo database."""
    return settings.model_copy(
        update={
            "TEMPLATES_DIR": DEMO_DIR / "cv",
            "CONFIG_DIR": DEMO_DIR / "config",
            "DUCKDB_PATH": settings.DUCKDB_PATH.with_name("demo.duckdb"),
        }
    )


def demo_postings() -> list[Path]:
    return sorted(p for p in (DEMO_DIR / "postings").iterdir() if p.is_file())
