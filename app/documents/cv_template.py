"""A CV writes all the roles of one section the same way: the section's line template, learnt from its roles.

Each role's heading lines are cut into pieces (`cv_head_line.line_segments`), and each piece has a slot: the line it
stands on, counted from the line of the role's dates (-1 the line above, 0 the dates' own line, 1 the line below),
and its place among that line's pieces. The roles whose words tell their title from their employer with confidence
(a role noun, an organisation word) vote for the slots of the title and of the employer; when they agree, every
other role of the section is read with that template ("Northwind — Growth Lead" under roles written employer
first). When they disagree, each role keeps its own reading and is less sure of it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from app.documents.cv_outline import RoleOutline, Scored
from app.documents.cv_places import is_city
from app.documents.cv_vocab import has_org_word, headed_by_a_post, is_place, org_score, role_score
from app.documents.text import fold

Slot = tuple[int, int, int]  # (line offset from the dates' line, piece index on that line, comma part or -1)
SURE = 0.8  # a role read with at least this confidence in title and employer votes for its section's template
FOLLOWED = 0.7  # the confidence of a title or employer read by the section's template
DISPUTED = 0.6  # the most a role is sure of its reading when the section's sure roles disagree


def _parts(piece: str) -> list[str]:
    return [p.strip() for p in piece.split(",") if p.strip()]


def _index_of(value: str, texts: list[str]) -> int | None:
    """The text that is the value, else the first that starts with it ("Allegro" in "Allegro, Kraków"), else the
    first that holds it ("GLEEDS" in "Project Administrator, GLEEDS")."""
    want = fold(value).strip()
    if not want:
        return None
    folded = [fold(t).strip() for t in texts]
    for test in (str.__eq__, str.startswith, str.__contains__):
        hit = next((k for k, t in enumerate(folded) if test(t, want)), None)
        if hit is not None:
            return hit
    return None


def _part_of(value: str, parts: list[str]) -> int | None:
    """The comma part the value begins at ("Shopitize Ltd, London UK" at "Shopitize Ltd")."""
    want = fold(value).strip()
    starts = [k for k in range(len(parts)) if want and fold(", ".join(parts[k:])).startswith(want)]
    return starts[0] if starts else None


@dataclass
class Layout:
    """A role's heading pieces by (line offset, index), places and arrangements left out."""

    pieces: dict[tuple[int, int], str]

    def piece_of(self, value: str) -> tuple[int, int] | None:
        keys = list(self.pieces)
        k = _index_of(value, [self.pieces[x] for x in keys])
        return None if k is None else keys[k]

    def read(self, template: tuple[Slot, Slot]) -> tuple[str, str] | None:
        """The title and employer at the template's slots, when this role's lines have pieces there."""
        t, e = template
        if t[2] < 0:
            title, employer = self.pieces.get(t[:2]), self.pieces.get(e[:2])
            return (title, employer) if title and employer else None
        parts = _parts(self.pieces.get(t[:2], ""))
        if len(parts) <= max(t[2], e[2]):
            return None
        # "Growth Lead, Northwind, Leeds": the employer's part takes the parts after it (its place, split later)
        employer = ", ".join(parts[e[2] :]) if e[2] > t[2] else parts[e[2]]
        return parts[t[2]], employer


def _slots(role: RoleOutline, layout: Layout) -> tuple[Slot, Slot] | None:
    """Where the role's title and employer stand: two pieces, or two comma parts of one piece."""
    t, e = layout.piece_of(role.title.value), layout.piece_of(role.employer.value)
    if t is None or e is None:
        return None
    if t != e:
        return (*t, -1), (*e, -1)
    parts = _parts(layout.pieces[t])
    ct, ce = _part_of(role.title.value, parts), _part_of(role.employer.value, parts)
    if ct is None or ce is None or ct == ce:
        return None
    return (*t, ct), (*e, ce)


def _sure(role: RoleOutline) -> bool:
    return role.title.confidence >= SURE and role.employer.confidence >= SURE


Shape = tuple[int, int, bool]  # lines of title and employer (offsets), and whether the title comes first


def _shape(slots: tuple[Slot, Slot]) -> Shape:
    """How a role is written, whatever the separator: "Title | Employer" and "Title, Employer" are one shape."""
    t, e = slots
    return t[0], e[0], t[0] != e[0] or t[1:] < e[1:]


def _mirrored(a: Shape, b: Shape) -> bool:
    """Two shapes that read the same pieces the other way round: "Title — Employer" and "Employer — Title", or the
    title above the employer and the employer above the title."""
    return a == (b[1], b[0], b[2] if b[0] != b[1] else not b[2])


def _readings(roles: list[RoleOutline], layouts: list[Layout]) -> list[tuple[Slot, Slot]]:
    return [s for r, lay in zip(roles, layouts, strict=True) if _sure(r) and (s := _slots(r, lay))]


def _agreed(sure: list[tuple[Slot, Slot]]) -> tuple[Slot, Slot] | None:
    """The slots of the shape the sure readings agree on (all of them, or two in three of at least three), the most
    common slots of that shape; None when there is none or they disagree."""
    shapes = Counter(_shape(s) for s in sure)
    if not shapes:
        return None
    (best, n), total = shapes.most_common(1)[0], len(sure)
    if not (n == total or (total >= 3 and 3 * n >= 2 * total)):
        return None
    return Counter(s for s in sure if _shape(s) == best).most_common(1)[0][0]


@dataclass
class CvTemplates:
    """The sure readings of every section read so far, and the template the whole CV agrees on (for a section
    whose own roles give none: "Volunteering" written like "Experience")."""

    fallback: tuple[Slot, Slot] | None = None
    seen: list[tuple[Slot, Slot]] = field(default_factory=list)

    def agreed(self) -> tuple[Slot, Slot] | None:
        return _agreed(self.seen)


def _words_contradict(title: str, employer: str) -> bool:
    """The words of the pieces say the other way round: read so, they are worse a title and an employer than read
    the other way ("Stuyvesant Student Union" names a role and an organisation, so says neither)."""
    return _as_title(title) + _as_employer(employer) < _as_title(employer) + _as_employer(title)


def _words_overrule(title: str, employer: str, many: bool = False) -> bool:
    """The words contradict the way two or more sure roles of the section agree on clearly enough for an unsure role
    to keep its own reading: not when
    all they hold is a word that names fields as well as organisations ("Technology", "Development") in the title
    and nothing in the employer ("Enterprise Mobile Technology Architecture" over "Southern California Edison")."""
    if not _words_contradict(title, employer):
        return False
    if many:
        # three or more sure roles write the section so ("Pfizer Inc., Shanghai, China" over "Intern, Business
        # Strategy"): a post's noun where the employer stands, or an organisation's word before the first comma
        # where the title stands, says this role is written otherwise; an organisation's word after that comma
        # does not ("PTA, Management Consulting" under "QuintilesIMS" is the post and its practice)
        return role_score(employer) > 0 or has_org_word(title.split(",")[0], strong=True)
    return has_org_word(title, strong=True) or role_score(employer) > 0 or _as_employer(title) >= 2


def _template_reading(role: RoleOutline, layout: Layout, template: tuple[Slot, Slot]) -> tuple[str, str] | None:
    """The role's title and employer as the template reads them: from the template's slots, or the role's own
    two pieces swapped when they stand the other way round ("Northwind — Growth Lead" under title-first roles)."""
    own = _slots(role, layout)
    if own is not None and _shape(own) == _shape(template):
        return None  # already read the section's way
    got = layout.read(template)
    if got is not None:
        return got
    if own is not None and _shape((own[1], own[0])) == _shape(template):
        return role.employer.value, role.title.value
    return None


def _follow(
    role: RoleOutline, layout: Layout, template: tuple[Slot, Slot], firm: bool = False, many: bool = False
) -> None:
    """Read an unsure role's title and employer the section's way, when its lines have pieces for it."""
    got = _template_reading(role, layout, template)
    if _sure(role):
        own = _slots(role, layout)
        slotted = _employer_in_slot(role, got, own, template) if own is not None and firm else ""
        if slotted:
            # "Title<TAB>Blue Yonder<TAB>dates" over "Consulting Services": the section's employer slot holds
            # this role's employer too; the department under it is not one
            role.employer = Scored(value=slotted, confidence=FOLLOWED)
            return
        if own is None or not _mirrored(_shape(own), _shape(template)):
            return
        if got is None or _words_contradict(*got):
            _doubt(role)  # a sure role written otherwise than most of its section: its own reading, less sure
            return
        # its words say no more for its own reading than for the section's ("Stuyvesant Student Union"): the section's
    if got is None or (_words_overrule(*got, many=many) if firm else _words_contradict(*got)):
        return
    title, employer = got
    _place_left_over(role, title, employer)
    role.title = Scored(value=title, confidence=FOLLOWED)
    name, _, where = employer.rpartition(",")
    town = is_city(name, floor=0)
    if firm and name.strip() and is_place(employer) and is_place(where) and not is_place(name) and not town:
        # "Barista Supervisor, Starbucks, Canada" under "…, CIBC, Canada": the section's employer slot holds a name
        # no town bears, then the country its sure roles write after their employers
        kept = role.place.value and fold(role.place.value) != fold(employer)
        role.place = role.place if kept else Scored(value=where.strip(), confidence=FOLLOWED)
        employer = name.strip()
    if is_place(employer):  # a place where the section writes its employers: this line names no employer
        role.place = role.place if role.place.value else Scored(value=employer, confidence=FOLLOWED)
        employer = "" if fold(role.employer.value) == fold(title) else role.employer.value
    role.employer = Scored(value=employer, confidence=FOLLOWED if employer else 0.2)


def _place_left_over(role: RoleOutline, title: str, employer: str) -> None:
    """ "Sea Star Kayak<TAB>Kaikoura" over "Deckhand<TAB>2014 – 2019", read on its own as the name, the town and a
    place "Deckhand": when the section's way makes the place the title or the employer, the one piece of the role's
    own reading that the section's way leaves over is the place."""
    taken = {fold(title), fold(employer)}
    if fold(role.place.value) not in taken:
        return
    left = [v for v in (role.title.value, role.employer.value) if v and fold(v) not in taken]
    role.place = Scored(value=left[0] if len(left) == 1 else "", confidence=role.place.confidence if left else 0.0)


def _employer_in_slot(
    role: RoleOutline, got: tuple[str, str] | None, own: tuple[Slot, Slot], template: tuple[Slot, Slot]
) -> str:
    """The piece in the section's employer slot, for a sure role whose title stands where the section's titles stand
    and whose employer was taken from elsewhere, when that piece could be an employer; else ""."""
    if got is None or own[0] != template[0] or own[1] == template[1]:
        return ""
    title, employer = got
    could_be = (
        fold(title) == fold(role.title.value)
        and bool(employer.strip())
        and not is_place(employer)
        and role_score(employer) <= 0
        and not _words_overrule(title, employer)
    )
    return employer if could_be else ""


def _doubt(role: RoleOutline) -> None:
    role.title = Scored(value=role.title.value, confidence=min(role.title.confidence, DISPUTED))
    role.employer = Scored(value=role.employer.value, confidence=min(role.employer.confidence, DISPUTED))


def follow_section_template(
    roles: list[RoleOutline], layouts: list[Layout], cv: CvTemplates | None = None
) -> list[RoleOutline]:
    """Read every role of a section with the template its sure roles agree on (or, when none is sure, the CV's);
    when sure roles disagree, each keeps its own reading with less confidence."""
    sure = _readings(roles, layouts)
    if cv is not None:
        cv.seen.extend(sure)
    template = _agreed(sure)
    firm = template is not None and len(sure) >= 2  # two or more of the section's own sure roles agree on it
    if template is None and not sure and cv is not None:
        template = cv.fallback
    if template is None:
        template = joint_template(layouts)
    if template is not None:
        for role, layout in zip(roles, layouts, strict=True):
            _follow(role, layout, template, firm, many=firm and len(sure) >= 3)
        return roles
    shapes = {_shape(s) for s in sure}
    if any(_mirrored(a, b) for a in shapes for b in shapes):
        for role in roles:
            _doubt(role)
        return roles
    _follow_title_slot(roles, layouts)
    return roles


def _follow_title_slot(roles: list[RoleOutline], layouts: list[Layout]) -> None:
    """ "Northwind" over "Front of House<TAB>2019 – 2021", then "Line Cook<TAB>2016 – 2018": where the section's sure
    titles stand (the dates' line here), an unsure role's piece is its title too, and its other piece its employer."""
    slots = Counter(
        s
        for r, lay in zip(roles, layouts, strict=True)
        if r.title.confidence >= SURE and (s := lay.piece_of(r.title.value))
    )
    if not slots:
        return
    (slot, n), total = slots.most_common(1)[0], sum(slots.values())
    if n < 2 or 3 * n < 2 * total:
        return
    for role, layout in zip(roles, layouts, strict=True):
        if role.title.confidence >= SURE or not role.employer.value:
            continue
        t, e = layout.piece_of(role.title.value), layout.piece_of(role.employer.value)
        if t is None or t == slot or e != slot or _words_contradict(role.employer.value, role.title.value):
            continue
        role.title, role.employer = (
            Scored(value=role.employer.value, confidence=FOLLOWED),
            Scored(value=role.title.value, confidence=FOLLOWED),
        )


# ------------------------------------------------------------------ the section's joint choice

MISSING = 0.5  # what a layout loses for a role of the section it cannot read (no pieces at its slots)
MARGIN = 1.0  # how much more evidence the best layout needs than the best one of another shape


def _as_title(piece: str) -> float:
    return role_score(piece) - org_score(piece) - is_place(piece) + headed_by_a_post(piece)


def _as_employer(piece: str) -> float:
    return org_score(piece) - role_score(piece) - is_place(piece) - headed_by_a_post(piece)


def _evidence(layouts: list[Layout], template: tuple[Slot, Slot]) -> tuple[float, int, int]:
    """What the words of all the section's roles say for reading them with this template, how many roles it reads,
    and in how many of them a role noun stands where it reads the title."""
    total, read, titled = 0.0, 0, 0
    for layout in layouts:
        got = layout.read(template)
        if got is None:
            total -= MISSING
            continue
        read += 1
        titled += role_score(got[0]) >= 1
        total += _as_title(got[0]) + _as_employer(got[1])
    return total, read, titled


def _candidates(layouts: list[Layout]) -> list[tuple[Slot, Slot]]:
    """Every pair of pieces some role has, and every pair of comma parts of one piece ("Analyst, Initech")."""
    keys = {k for layout in layouts for k in layout.pieces}
    out: set[tuple[Slot, Slot]] = {((*t, -1), (*e, -1)) for t in keys for e in keys if t != e}
    for layout in layouts:
        for key, piece in layout.pieces.items():
            n = min(len(_parts(piece)), 3)
            out.update(((*key, a), (*key, b)) for a in range(n) for b in range(n) if a != b)
    return sorted(out)


def joint_template(layouts: list[Layout]) -> tuple[Slot, Slot] | None:
    """The layout that reads the whole section best: every pair of slots some role has pieces at, scored by the
    words of every role's pieces there (a role noun where the title stands, an organisation word where the
    employer stands); None unless it reads most roles and beats every layout of another shape clearly."""
    if len(layouts) < 2:
        return None
    candidates = _candidates(layouts)
    scored = [(*_evidence(layouts, c), c) for c in candidates]
    # A layout reads most of the section's roles, and most of those it reads have a role noun where it puts the title.
    scored = [x for x in scored if 3 * x[1] >= 2 * len(layouts) and 2 * x[2] > x[1]]
    if not scored:
        return None
    best_score, _, _, best = max(scored, key=lambda x: (x[0], x[1]))
    rivals = [x[0] for x in scored if _shape(x[3]) != _shape(best)]
    if best_score <= 0 or (rivals and best_score - max(rivals) < MARGIN):
        return None
    return best
