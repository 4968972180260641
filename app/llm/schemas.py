"""Structured answer schemas of the LLM stages.

`TailoringPlan` and `CoverLetterDraft` belong to `app.documents.plan` (the writer's contract); the fit
assessment and the document review are defined here. Every container is a list of objects, never a
free-form mapping, so the JSON schema stays within what strict structured output accepts.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from app.documents.plan import CoverLetterDraft, TailoringPlan

__all__ = ["SCHEMAS", "CoverLetterDraft", "DocumentReview", "FitAssessment", "ReviewIssue", "TailoringPlan"]


class _Answer(BaseModel):
    model_config = ConfigDict(extra="forbid")


class FitAssessment(_Answer):
    """The model's judgment of how well the seeker fits one posting, with the evidence."""

    score: float = Field(ge=0, le=1, description="overall fit from 0 (none) to 1 (excellent)")
    verdict: Literal["strong", "possible", "weak", "no"] = Field(description="the fit in one word")
    matched_skills: list[str] = Field(
        default_factory=list, description="skills the posting asks for that the seeker's facts show"
    )
    missing_skills: list[str] = Field(
        default_factory=list, description="skills the posting asks for that the seeker's facts do not show"
    )
    reasons: list[str] = Field(default_factory=list, max_length=8, description="short reasons for the score")
    concerns: list[str] = Field(
        default_factory=list, max_length=8, description="doubts: seniority, location, visa, unclear pay"
    )


class ReviewIssue(_Answer):
    """One problem the reviewer found in a tailored document."""

    severity: Literal["blocker", "warning", "note"] = Field(description="blocker stops the document")
    where: str = Field(description="paragraph id or a short quote locating the problem")
    problem: str = Field(description="what is wrong")
    suggestion: str = Field("", description="how to fix it, within the seeker's facts")


class DocumentReview(_Answer):
    """A second reading of the tailored CV and cover letter against the seeker's facts and the posting."""

    approved: bool = Field(description="true when nothing blocks sending")
    issues: list[ReviewIssue] = Field(default_factory=list, description="problems found, worst first")
    summary: str = Field("", max_length=1000, description="one or two sentences for the seeker")


SCHEMAS: dict[str, type[BaseModel]] = {
    "match": FitAssessment,
    "tailor": TailoringPlan,
    "cover_letter": CoverLetterDraft,
    "review": DocumentReview,
}
