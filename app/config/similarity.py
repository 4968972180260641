"""config/similarity.yaml: how duplicate postings are recognised."""

from __future__ import annotations

from pydantic import Field

from app.config.search import Strict


class SimilarityConfig(Strict):
    title_weight: float = Field(0.35, description="weight of title similarity")
    company_weight: float = Field(0.30, description="weight of company similarity")
    location_weight: float = Field(0.10, description="weight of location similarity")
    description_weight: float = Field(0.25, description="weight of description similarity")
    threshold: float = Field(0.82, ge=0, le=1, description="combined similarity at or above which two are one")
    lookback_days: int = Field(60, description="how far back a new posting is compared")
