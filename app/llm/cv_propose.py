"""A model's proposed CV outline, kept only where the CV says it: every proposed field must be in the text.

`ground` merges a proposal into the structural reading: a proposed value that is written in the CV (names,
titles, employers, places, skills by their words; emails and phones exactly; dates by a date the CV states)
replaces the reader's; anything else is dropped and counted. Proposed fields never carry high confidence,
so the seeker still confirms.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from app.documents.cv_dates import all_dates
from app.documents.cv_lines import read_lines
from app.documents.cv_outline import ContactOutline, CvOutline, RoleOutline, Scored
from app.documents.cv_structure import outline_from_lines
from app.documents.package import DocxPackage
from app.documents.text import fold, phone_digits

if TYPE_CHECKING:
    from app.llm.cv_prompt import CvProposal

PROPOSED = 0.75  # below HIGH_CONFIDENCE: a proposal is confirmed by the seeker, never trusted alone


def _norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", fold(text)))


def ground(proposal: CvProposal, text: str, read: CvOutline) -> CvOutline:
    """The reading with the proposal's fields that the CV's text supports; notes say what was dropped."""
    plain = f" {_norm(text)} "
    digits = phone_digits(text)
    dates = all_dates(text)
    dropped: list[str] = []

    def written(value: str, what: str) -> bool:
        ok = bool(value.strip()) and f" {_norm(value)} " in plain
        if value.strip() and not ok:
            dropped.append(f"{what} {value!r}")
        return ok

    def date_ok(value: str, what: str) -> bool:
        ok = value == "present" or value in dates
        if value and not ok:
            dropped.append(f"{what} {value!r}")
        return ok

    name = Scored(value=proposal.name.strip(), confidence=PROPOSED) if written(proposal.name, "name") else read.name
    emails = [e for e in proposal.emails if e.lower() in text.lower() or dropped.append(f"email {e!r}")]
    phones = [
        p
        for p in proposal.phones
        if (len(phone_digits(p)) >= 7 and phone_digits(p) in digits) or dropped.append(f"phone {p!r}")
    ]
    roles = []
    for i, pr in enumerate(proposal.roles, 1):
        base = read.roles[i - 1] if i <= len(read.roles) else RoleOutline()
        fields: dict[str, Any] = {}
        for key, value in (("title", pr.title), ("employer", pr.employer), ("place", pr.place)):
            fields[key] = (
                Scored(value=value.strip(), confidence=PROPOSED)
                if written(value, f"role {i} {key}")
                else Scored(value="", confidence=0.0)
            )
        for key, value in (("start", pr.start), ("end", pr.end)):
            fields[key] = (
                Scored(value=value, confidence=PROPOSED)
                if date_ok(value, f"role {i} {key}")
                else Scored(value="", confidence=0.0)
            )
        if fields["title"].value or fields["employer"].value:
            roles.append(base.model_copy(update=fields))
    skills = [s for s in proposal.skills if written(s, "skill")]
    notes = list(read.notes)
    notes.append("proposed by the model from your CV's text; please check it")
    if dropped:
        notes.append(f"{len(dropped)} proposed field(s) dropped, not written in your CV: " + "; ".join(dropped[:8]))
    return read.model_copy(
        update={
            "name": name,
            "contact": ContactOutline(
                emails=emails or read.contact.emails, phones=phones or read.contact.phones, links=read.contact.links
            ),
            "roles": roles or read.roles,
            "skills": skills or read.skills,
            "notes": notes,
        }
    )


def propose_outline(gateway: Any, data: bytes) -> CvOutline:
    """Ask the model (the tailor stage's) to propose the outline, and ground the answer in the CV."""
    from app.llm.cv_prompt import CvProposal, build_cv_outline_prompt

    package = DocxPackage(data)
    lines = read_lines(package)
    read = outline_from_lines(lines)
    if not read.has_text:
        return read
    text = "\n".join(line.text for line in lines)
    answer = gateway.ask("tailor", build_cv_outline_prompt(text), CvProposal, job_id="cv")
    return ground(answer.value, text, read)
