"""A confirmed CV outline applied to the tailoring model, so tailoring and the fact gate use the seeker's reading.

The model's roles (`Entry`: title, organisation, dates, place, bullets) are set from the outline where the
outline's role line is a paragraph of the model, its role lines become read-only, and the fact inventory is
rebuilt with the same `facts.build_inventory` the gate always uses.
"""

from __future__ import annotations

from app.documents import facts as facts_mod
from app.documents.cv_outline import CvOutline, RoleOutline
from app.documents.model import Contact, CvDocument, Entry, Paragraph
from app.documents.text import phone_digits


def apply_outline(cv: CvDocument, outline: CvOutline) -> CvDocument:
    """A copy of `cv` (the cached model stays untouched) that states what the outline states."""
    cv = cv.model_copy(deep=True)
    cv.__dict__.pop("_by_id", None)  # the look-up would still point at the original paragraphs
    paragraphs = {p.id: p for p in cv.paragraphs}
    if outline.name.value.strip():
        cv.name = outline.name.value.strip()
    _add_contacts(cv, outline)
    by_id = {e.id: e for e in cv.entries}
    for role in outline.roles:
        ids = [i for i in [*role.line_ids, role.source_id] if i in paragraphs]
        if not ids:
            continue  # a role read from a text box or a joined table row: the model keeps its own reading
        entry = next((by_id[i] for i in ids if i in by_id), None)
        if entry is None:
            entry = _new_entry(cv, role, ids, paragraphs)
            by_id[entry.id] = entry
        _fill(entry, role)
        _freeze(entry, ids, paragraphs)
    cv.facts = facts_mod.build_inventory(cv)
    return cv


def _add_contacts(cv: CvDocument, outline: CvOutline) -> None:
    first_id = cv.paragraphs[0].id if cv.paragraphs else ""
    have_emails = {c.value.lower() for c in cv.contacts if c.kind == "email"}
    have_phones = {phone_digits(c.value) for c in cv.contacts if c.kind == "phone"}
    for email in outline.contact.emails:
        if email.lower() not in have_emails:
            cv.contacts.append(Contact(kind="email", value=email, source_id=_holding(cv, email) or first_id))
    for phone in outline.contact.phones:
        if phone_digits(phone) not in have_phones:
            cv.contacts.append(Contact(kind="phone", value=phone, source_id=_holding(cv, phone) or first_id))


def _new_entry(cv: CvDocument, role: RoleOutline, ids: list[str], paragraphs: dict[str, Paragraph]) -> Entry:
    """An entry for a role line the model did not read as one, filed in its section."""
    anchor = paragraphs[role.source_id] if role.source_id in paragraphs else paragraphs[ids[0]]
    entry = Entry(id=anchor.id, section_id=anchor.section_id or "")
    cv.entries.append(entry)
    section = cv.section(entry.section_id) if entry.section_id else None
    if section is not None and entry.id not in section.entry_ids:
        section.entry_ids.append(entry.id)
    entry.bullet_ids = [b.source_id for b in role.bullets if b.source_id in paragraphs and b.source_id not in ids]
    return entry


def _fill(entry: Entry, role: RoleOutline) -> None:
    entry.title, entry.organisation, entry.place = role.title.value, role.employer.value, role.place.value
    entry.dates, entry.start, entry.end = role.dates_text, role.start.value, role.end.value
    entry.current = role.end.value == "present"


def _freeze(entry: Entry, ids: list[str], paragraphs: dict[str, Paragraph]) -> None:
    for i in ids:  # role lines are facts, never rewritten
        p = paragraphs[i]
        p.editable = False
        if p.kind not in ("entry", "place"):
            p.kind = "entry" if i == entry.id else "place"


def _holding(cv: CvDocument, value: str) -> str:
    return next((p.id for p in cv.paragraphs if value in p.text), "")
