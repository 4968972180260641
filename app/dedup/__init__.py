"""Job identity and de-duplication: canonical URLs, identity keys and fuzzy grouping."""

from __future__ import annotations

from app.dedup.canonical import canonical_url
from app.dedup.deduper import DedupDecision, Deduper, JobRef

__all__ = ["DedupDecision", "Deduper", "JobRef", "canonical_url"]
