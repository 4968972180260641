"""config/similarity.yaml: how duplicate postings are recognised."""

from __future__ import annotations

from pydantic import Field

from app.config.search import Strict


class SimilarityConfig(Strict):
    title_weight: float = Field(0.35, ge=0, description="weight of title similarity")
    company_weight: float = Field(0.30, ge=0, description="weight of company similarity")
    location_weight: float = Field(0.10, ge=0, description="weight of location similarity")
    description_weight: float = Field(0.25, ge=0, description="weight of description similarity")
    threshold: float = Field(0.82, ge=0, le=1, description="combined similarity at or above which two are one")
    lookback_days: int = Field(60, ge=0, description="how far back a new posting is compared")
    min_company_similarity: float = Field(
        0.9, ge=0, le=1, description="below this company-name similarity two postings are never one role"
    )
    min_title_similarity: float = Field(
        0.85, ge=0, le=1, description="below this title similarity two postings are never one role"
    )
    block_cap: int = Field(
        200, ge=1, description="most recent postings compared from one title block across company-name variants"
    )
