"""Discovery sources: one module per source, chosen by short name from the registry."""

from __future__ import annotations

from app.sources.registry import Source, get_source, source_names

__all__ = ["Source", "get_source", "source_names"]
