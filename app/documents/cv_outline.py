"""How a CV was read, in the words a seeker checks: name, contact, roles, skills, education.

The reader fills it with a confidence on every field; the seeker confirms or corrects it once (`PUT /api/cv`,
`jobsmith cv --edit`, the UI's CV tab), and the confirmed outline is kept by the CV file's content hash.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, Field

# The one action a job waits for while the CV's reading is unconfirmed and uncertain.
CONFIRM_ACTION = "confirm how your CV was read"
# Below this, a reading is not used to write documents until the seeker confirms it.
HIGH_CONFIDENCE = 0.8
# The confidence of a reading that failed a structural check (`cv_checks`), however sure each field is.
DOUBTFUL = 0.5
_DATE = re.compile(r"(?:19|20)\d\d(?:-(?:0[1-9]|1[0-2]))?|present")


class Scored(BaseModel):
    value: str = ""
    confidence: float = Field(0.0, ge=0.0, le=1.0, description="1.0 when the seeker confirmed it")


class Bullet(BaseModel):
    text: str
    level: int = Field(0, ge=0, le=8, description="0 under the role, 1 under the bullet above, ...")
    source_id: str = ""


class RoleOutline(BaseModel):
    title: Scored = Field(default_factory=Scored)
    employer: Scored = Field(default_factory=Scored)
    place: Scored = Field(default_factory=Scored)
    start: Scored = Field(default_factory=Scored, description="YYYY-MM or YYYY")
    end: Scored = Field(default_factory=Scored, description="YYYY-MM, YYYY or present")
    dates_text: str = Field("", description="the dates as written in the CV")
    bullets: list[Bullet] = Field(default_factory=list)
    source_id: str = Field("", description="the paragraph holding the role's dates")
    line_ids: list[str] = Field(default_factory=list, description="every paragraph of the role's heading lines")

    @property
    def confidence(self) -> float:
        return min(self.title.confidence, self.employer.confidence, self.end.confidence)


class ContactOutline(BaseModel):
    emails: list[str] = Field(default_factory=list)
    phones: list[str] = Field(default_factory=list)
    links: list[str] = Field(default_factory=list)
    location: str = ""


class CvOutline(BaseModel):
    name: Scored = Field(default_factory=Scored)
    contact: ContactOutline = Field(default_factory=ContactOutline)
    roles: list[RoleOutline] = Field(default_factory=list)
    skills: list[str] = Field(default_factory=list)
    education: list[str] = Field(default_factory=list)
    has_text: bool = True
    notes: list[str] = Field(default_factory=list, description="what the reader could not read, in plain words")
    confirmed: bool = False
    doubts: list[str] = Field(
        default_factory=list, description="why the reading does not hang together (cv_checks); none when confirmed"
    )

    @property
    def confidence(self) -> float:
        """The lowest confidence of the fields documents depend on: name, a contact, every role."""
        if not self.has_text:
            return 0.0
        parts = [self.name.confidence, 1.0 if (self.contact.emails or self.contact.phones) else 0.3]
        parts.extend(r.confidence for r in self.roles)
        if not self.roles:  # roles without dates are not found at all: the seeker says whether there are any
            parts.append(0.5)
        if self.doubts and not self.confirmed:  # a reading that does not hang together is not safe to tailor from
            parts.append(DOUBTFUL)
        return min(parts)

    @property
    def usable(self) -> bool:
        """Documents may be written from it: confirmed by the seeker, or read with high confidence."""
        return self.has_text and (self.confirmed or self.confidence >= HIGH_CONFIDENCE)

    def low_fields(self) -> list[str]:
        """The fields read with low confidence, named for the seeker."""
        out = []
        if self.name.confidence < HIGH_CONFIDENCE:
            out.append("name")
        if not (self.contact.emails or self.contact.phones):
            out.append("contact")
        if not self.roles:
            out.append("roles (none found)")
        for i, r in enumerate(self.roles, 1):
            for field in ("title", "employer", "end"):
                if getattr(r, field).confidence < HIGH_CONFIDENCE:
                    out.append(f"role {i} {'dates' if field == 'end' else field}")
        return out + ([] if self.confirmed else self.doubts)


def problems(outline: CvOutline) -> list[str]:
    """What a seeker's corrected outline still lacks before it can be confirmed (empty when it is fine)."""
    out = []
    if not outline.name.value.strip():
        out.append("the name is empty")
    if not (outline.contact.emails or outline.contact.phones):
        out.append("give at least one email address or phone number")
    for i, r in enumerate(outline.roles, 1):
        if not (r.title.value.strip() or r.employer.value.strip()):
            out.append(f"role {i} has neither a title nor an employer")
        for side in ("start", "end"):
            v = getattr(r, side).value
            if v and not _DATE.fullmatch(v):
                out.append(f"role {i} {side} date {v!r} is not YYYY, YYYY-MM or present")
    return out
