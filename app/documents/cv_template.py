"""A CV writes all the roles of one section the same way: the section's line template, learnt from its roles.

Each role's heading lines are cut into pieces (`cv_structure._segments`), and each piece has a slot: the line it
stands on, counted from the line of the role's dates (-1 the line above, 0 the dates' own line, 1 the line below),
and its place among that line's pieces. The roles whose words tell their title from their employer with confidence
(a role noun, an organisation word) vote for the slots of the title and of the employer; when they agree, every
other role of the section is read with that template ("Northwind — Growth Lead" under roles written employer
first). When they disagree, each role keeps its own reading and is less sure of it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from app.documents.cv_outline import RoleOutline, Scored
from app.documents.cv_vocab import org_score, role_score
from app.documents.text import fold

Slot = tuple[int, int]  # (line offset from the dates' line, piece index on that line)
SURE = 0.8  # a role read with at least this confidence in title and employer votes for its section's template
FOLLOWED = 0.7  # the confidence of a title or employer read by the section's template
DISPUTED = 0.6  # the most a role is sure of its reading when the section's sure roles disagree


@dataclass
class Layout:
    """A role's heading pieces by their slot (places and arrangements left out)."""

    pieces: dict[Slot, str]

    def slot_of(self, value: str) -> Slot | None:
        """The slot whose piece is the value, or holds it ("Allegro" in "Allegro, Kraków")."""
        want = fold(value).strip()
        if not want:
            return None
        exact = [s for s, p in self.pieces.items() if fold(p).strip() == want]
        if exact:
            return exact[0]
        return next((s for s, p in self.pieces.items() if fold(p).startswith(want)), None)


def _slots(role: RoleOutline, layout: Layout) -> tuple[Slot, Slot] | None:
    """Where the role's title and employer stand, when they stand in different pieces of its lines."""
    title, employer = layout.slot_of(role.title.value), layout.slot_of(role.employer.value)
    if title is None or employer is None or title == employer:
        return None
    return title, employer


def _sure(role: RoleOutline) -> bool:
    return role.title.confidence >= SURE and role.employer.confidence >= SURE


def section_template(roles: list[RoleOutline], layouts: list[Layout]) -> tuple[Slot, Slot] | None:
    """The slots of title and employer that the section's sure roles agree on: all of them, or two in three of at
    least three; None when fewer than one role is sure or they disagree."""
    votes = Counter(s for r, lay in zip(roles, layouts, strict=True) if _sure(r) and (s := _slots(r, lay)))
    if not votes:
        return None
    (best, n), total = votes.most_common(1)[0], sum(votes.values())
    return best if n == total or (total >= 3 and 3 * n >= 2 * total) else None


def _words_contradict(title: str, employer: str) -> bool:
    """The piece the template calls the employer names a role and the title's piece an organisation, not one."""
    return role_score(employer) >= 1 and role_score(title) < 1 and org_score(title) > 0


def _follow(role: RoleOutline, layout: Layout, template: tuple[Slot, Slot]) -> None:
    """Read an unsure role's title and employer from the template's slots, when its lines have pieces there."""
    t, e = template
    title, employer = layout.pieces.get(t), layout.pieces.get(e)
    if title is None or employer is None or _sure(role) or _slots(role, layout) == template:
        return
    if _words_contradict(title, employer):
        return
    role.title = Scored(value=title, confidence=FOLLOWED)
    role.employer = Scored(value=employer, confidence=FOLLOWED)


def _doubt(role: RoleOutline) -> None:
    role.title = Scored(value=role.title.value, confidence=min(role.title.confidence, DISPUTED))
    role.employer = Scored(value=role.employer.value, confidence=min(role.employer.confidence, DISPUTED))


def follow_section_template(roles: list[RoleOutline], layouts: list[Layout]) -> list[RoleOutline]:
    """Read every role of a section with the template its sure roles agree on; when sure roles disagree, each
    keeps its own reading with less confidence."""
    template = section_template(roles, layouts)
    if template is not None:
        for role, layout in zip(roles, layouts, strict=True):
            _follow(role, layout, template)
        return roles
    sure = {s for r, lay in zip(roles, layouts, strict=True) if _sure(r) and (s := _slots(r, lay))}
    if len(sure) > 1:
        for role in roles:
            _doubt(role)
    return roles
