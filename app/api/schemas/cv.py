"""How the seeker's CV was read (app/api/cv.py)."""

from __future__ import annotations

from pydantic import BaseModel, Field

from app.documents.cv_outline import CvOutline


class CvView(BaseModel):
    file: str
    sha256: str
    confirmed: bool
    usable: bool
    confidence: float
    check: list[str] = Field(description="the fields read with low confidence")
    notes: list[str]
    waiting_jobs: int = Field(description="jobs waiting for the outline's confirmation")
    outline: CvOutline = Field(description="PUT /api/cv takes the same object back, confirmed or corrected")


class CvConfirmed(CvView):
    requeued: list[str] = Field(description="jobs queued again now that the CV is confirmed")
