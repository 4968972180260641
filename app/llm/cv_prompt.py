"""The prompt and answer schema for a model's proposal of how a CV reads (name, contact, roles, skills).

The proposal is only a proposal: `app.llm.cv_propose.ground` drops every field that is not written in
the CV, and the seeker still confirms the outline.
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from app.llm.prompts import RULES
from app.llm.types import Prompt

TASK = """Task: read the CV below and say how it is structured. Give the seeker's name and their own email \
addresses and phone numbers (not those of referees), every role they held (title, employer, place, start \
and end as YYYY-MM or YYYY, end "present" for a current role) in the order of the CV, and their skills. \
Copy every value exactly as the CV writes it; leave a field empty when the CV does not state it."""


class ProposedRole(BaseModel):
    title: str = ""
    employer: str = ""
    place: str = ""
    start: str = Field("", description="YYYY-MM or YYYY")
    end: str = Field("", description="YYYY-MM, YYYY or present")


class CvProposal(BaseModel):
    name: str = ""
    emails: list[str] = Field(default_factory=list)
    phones: list[str] = Field(default_factory=list)
    roles: list[ProposedRole] = Field(default_factory=list)
    skills: list[str] = Field(default_factory=list)


def build_cv_outline_prompt(cv_text: str) -> Prompt:
    """The CV is the seeker's own document but still untrusted text: it goes in a delimited block."""
    return Prompt(prefix=(RULES, TASK), user=f"<seeker_cv>\n{cv_text.strip()}\n</seeker_cv>\n\nPropose the outline.")
