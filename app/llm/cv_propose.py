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
from app.documents.cv_lines import picture_count, read_lines
from app.documents.cv_outline import ContactOutline, CvOutline, RoleOutline, Scored
from app.documents.cv_structure import outline_from_lines
from app.documents.package import DocxPackage
from app.documents.text import fold, phone_digits

if TYPE_CHECKING:
    from app.llm.cv_prompt import CvProposal, ProposedRole

PROPOSED = 0.75  # below HIGH_CONFIDENCE: a proposal is confirmed by the seeker, never trusted alone


def _norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", fold(text)))


class _Grounding:
    """Checks of proposed values against the CV's text; `dropped` names each value refused."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.plain = f" {_norm(text)} "
        self.digits = phone_digits(text)
        self.dates = all_dates(text)
        self.dropped: list[str] = []

    def kept(self, ok: bool, dropping: str) -> bool:
        if not ok:
            self.dropped.append(dropping)
        return ok

    def written(self, value: str, what: str) -> bool:
        ok = bool(value.strip()) and f" {_norm(value)} " in self.plain
        return self.kept(ok or not value.strip(), f"{what} {value!r}") and ok

    def date_ok(self, value: str, what: str) -> bool:
        ok = value == "present" or value in self.dates
        return self.kept(ok or not value, f"{what} {value!r}") and ok

    def email_ok(self, email: str) -> bool:
        return self.kept(email.lower() in self.text.lower(), f"email {email!r}")

    def phone_ok(self, phone: str) -> bool:
        return self.kept(len(phone_digits(phone)) >= 7 and phone_digits(phone) in self.digits, f"phone {phone!r}")

    def role(self, i: int, pr: ProposedRole, base: RoleOutline) -> RoleOutline | None:
        """Role `i` of the proposal on top of the reading's, or None when neither title nor employer holds."""
        fields: dict[str, Any] = {}
        for key, value in (("title", pr.title), ("employer", pr.employer), ("place", pr.place)):
            ok = self.written(value, f"role {i} {key}")
            fields[key] = Scored(value=value.strip(), confidence=PROPOSED) if ok else Scored(value="", confidence=0.0)
        for key, value in (("start", pr.start), ("end", pr.end)):
            ok = self.date_ok(value, f"role {i} {key}")
            fields[key] = Scored(value=value, confidence=PROPOSED) if ok else Scored(value="", confidence=0.0)
        if fields["title"].value or fields["employer"].value:
            return base.model_copy(update=fields)
        return None


def _reading_of(pr: ProposedRole, read: list[RoleOutline], taken: set[int]) -> RoleOutline:
    """The read role the proposed one is (same dates, else same employer or title), whose paragraphs and bullets
    it keeps; none when the reading has no such role: a proposal in another order, or with a role the reader
    missed, must not take another role's paragraphs and bullets."""

    def same_dates(r: RoleOutline) -> bool:
        return bool(pr.start or pr.end) and (r.start.value, r.end.value) == (pr.start, pr.end)

    def same_words(r: RoleOutline) -> bool:
        return any(
            _norm(mine) and _norm(mine) == _norm(theirs.value)
            for mine, theirs in ((pr.employer, r.employer), (pr.title, r.title))
        )

    for test in (same_dates, same_words):
        k = next((k for k, r in enumerate(read) if k not in taken and test(r)), None)
        if k is not None:
            taken.add(k)
            return read[k]
    return RoleOutline()


def ground(proposal: CvProposal, text: str, read: CvOutline) -> CvOutline:
    """The reading with the proposal's fields that the CV's text supports; notes say what was dropped."""
    check = _Grounding(text)
    name = (
        Scored(value=proposal.name.strip(), confidence=PROPOSED) if check.written(proposal.name, "name") else read.name
    )
    emails = [e for e in proposal.emails if check.email_ok(e)]
    phones = [p for p in proposal.phones if check.phone_ok(p)]
    roles = []
    taken: set[int] = set()
    for i, pr in enumerate(proposal.roles, 1):
        role = check.role(i, pr, _reading_of(pr, read.roles, taken))
        if role is not None:
            roles.append(role)
    skills = [s for s in proposal.skills if check.written(s, "skill")]
    notes = list(read.notes)
    notes.append("proposed by the model from your CV's text; please check it")
    if check.dropped:
        notes.append(
            f"{len(check.dropped)} proposed field(s) dropped, not written in your CV: " + "; ".join(check.dropped[:8])
        )
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
    read = outline_from_lines(lines, pictures=picture_count(package), title=package.document_title())
    if not read.has_text:
        return read
    text = "\n".join(line.text for line in lines)
    answer = gateway.ask("tailor", build_cv_outline_prompt(text), CvProposal, job_id="cv")
    return ground(answer.value, text, read)
