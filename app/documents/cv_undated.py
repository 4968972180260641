"""Roles a CV names without dates, read from the structure their section shares: in a role section with no dates,
a table whose rows pair a title with an organisation, "Title, Organisation" / "Title at Organisation" lines, a
title line over an organisation line; between dated roles, a title naming a post over an organisation line,
dressed as the dated roles' heads; and the post named under the seeker's name at the top of an academic CV.

The reader anchors roles on their dates (`cv_structure`); these are the roles it reads where there are none. They
are read at low confidence and with no start date, which `cv_checks` reports as a doubt: an undated role never makes
an outline confident, the seeker confirms it. Sections of other kinds (skills, courses, referees, awards) are never
read here: only the role sections `cv_structure` hands over.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from app.documents.cv_dates import find_dates
from app.documents.cv_head_line import collect_pieces, line_segments, split_place, title_and_employer
from app.documents.cv_legal_forms import has_legal_form
from app.documents.cv_lines import Line
from app.documents.cv_outline import Bullet, RoleOutline, Scored
from app.documents.cv_role_blocks import (
    SMALL_WORDS,
    head_like,
    organisation_line,
    post_over_organisation,
    signature,
    title_line,
)
from app.documents.cv_vocab import has_org_word, heading_kind, role_score
from app.documents.text import EMAIL, find_phones, fold


def undated(title: str, employer: str, ids: list[str]) -> RoleOutline:
    employer, place = split_place(employer.strip(" ,."), strict=True)
    return RoleOutline(
        title=Scored(value=title.strip(" ,."), confidence=0.6),
        employer=Scored(value=employer, confidence=0.6),
        place=Scored(value=place, confidence=0.5 if place else 0.0),
        source_id=ids[0],
        line_ids=ids,
    )


def undated_roles(lines: list[Line], dated: list[RoleOutline] | None = None) -> list[RoleOutline]:
    """The roles of one role section with those it names without dates put in among its dated ones (`dated`, in
    line order). With no dated role, the section's entries are read when they share one shape (a table whose rows
    are title/organisation pairs, "Title, Organisation" lines, a title line over an organisation line); with dated
    roles, an entry between them is read only when it is a role noun's title over an organisation line or beside
    it, dressed as the dated roles' head lines are."""
    dated = dated or []
    if not dated:
        return _one_shape(lines) or _pairs(lines) or _dressed_heads(lines)
    heads = {i for role in dated for i in [*role.line_ids, role.source_id, *_title_above(lines, role)]}
    found = [r for e in _entries(lines, heads) if (r := _beside_dated(lines, e, dated)) is not None]
    return _merged(lines, dated, found) if found else dated


def _title_above(lines: list[Line], role: RoleOutline) -> list[str]:
    """The line right above a dated role's own line when the role took its title from it ("Project Assistant –
    Health Support Programme" over "Globex (June 2021 to March 2022)"): a head line of that role."""
    title = fold(role.title.value)
    k = next((k for k, line in enumerate(lines) if line.id == role.source_id), 0)
    if k == 0 or not title or title in fold(lines[k].text):
        return []
    return [lines[k - 1].id] if title in fold(lines[k - 1].text) else []


def _pairs(lines: list[Line]) -> list[RoleOutline]:
    """ "Associate Editor" over "Educational Engineering": in a role section with no dates at all, a short title
    line over a short line naming its organisation is a role whose dates the CV does not give; not a line that
    parts into a post and its organisation itself ("Lidl Supermercados SA – Reponedor": what is under it describes
    the work)."""
    roles = []
    for a, b in pairwise(lines):
        if title_line(a) and organisation_line(b) and not _sentence(b.text.strip()) and _split_one(a) is None:
            roles.append(undated(a.text, b.text, [a.id, b.id]))
    return roles


def _dressed_heads(lines: list[Line]) -> list[RoleOutline]:
    """ "Office Max – Bodeguero" in a heading style over "Hacer inventario, reponer stock": in a role section with
    no dates, lines dressed as heads (a heading style or bold) over plain ones, each parting into a title and an
    organisation, are roles; the plain lines under each are its description."""
    heads = [i for i, x in enumerate(lines) if not x.is_list and (signature(x)[0] or x.bold) and _head(x)]
    # "Отговорности:" ("Responsibilities:") in bold over each role's bullets: a label of the description, no head
    labels = {i for i, x in enumerate(lines) if i not in heads and _LABEL.match(x.text.strip())}
    plain = [i for i, x in enumerate(lines) if i not in heads and i not in labels]
    if not heads or not plain or any(lines[i].bold or signature(lines[i])[0] for i in plain):
        return []
    parts = [_split_one(lines[i]) for i in heads]
    if any(p is None for p in parts):
        return []
    bounds = [*heads[1:], len(lines)]
    return [
        _role_of(lines, _Entry([i], list(range(i + 1, end))), *p)
        for i, end, p in zip(heads, bounds, parts, strict=True)
        if p
    ]


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_LABEL = re.compile(r"^[^\W\d_][\w'’ -]{0,40}:$")


@dataclass
class _Entry:
    """The head lines of one undated entry (at most two) and the lines under it up to the next entry."""

    heads: list[int]
    body: list[int] = field(default_factory=list)

    def shape(self, lines: list[Line]) -> tuple[object, ...]:
        return tuple((lines[i].bold, lines[i].area == "table", "\t" in lines[i].text) for i in self.heads)


def _head(line: Line) -> bool:
    t = line.text.strip()
    return head_like(line) and find_dates(t) is None and heading_kind(t) is None and not _sentence(t)


def _sentence(text: str) -> bool:
    """The line ends as a sentence does; not "Game Developer Intern, Battery Low Interactive Ltd.", whose full stop is
    its legal form's."""
    return text.endswith(".") and not has_legal_form(text)


def _entries(lines: list[Line], taken: set[str], single: bool = False) -> list[_Entry]:
    """Runs of short head lines with no dates, each with the lines under it up to the next run; lines of dated
    roles (`taken`) end an entry. A run is one entry of one or two lines; a longer run is several pairs when its
    lines alternate their look (bold title, plain organisation, ... with no bullets between the roles), else no
    entry. `single`: every head line is an entry of its own (the rows of a table, "Title, Organisation" lines one
    under another)."""
    runs: list[_Entry] = []
    current: _Entry | None = None
    for i, line in enumerate(lines):
        if line.id in taken:
            current = None
        elif _head(line) and (current is None or current.body or single):
            current = _Entry([i])
            runs.append(current)
        elif _head(line) and current is not None:
            current.heads.append(i)
        elif current is not None:
            current.body.append(i)
    out: list[_Entry] = []
    for run in runs:
        if len(run.heads) <= 2:
            out.append(run)
        elif _alternating(lines, run.heads):
            pairs = [run.heads[k : k + 2] for k in range(0, len(run.heads), 2)]
            out.extend(_Entry(p) for p in pairs[:-1])
            out.append(_Entry(pairs[-1], run.body))
    return out


def _alternating(lines: list[Line], heads: list[int]) -> bool:
    looks = [signature(lines[i]) for i in heads]
    return len(looks) % 2 == 0 and looks[0] != looks[1] and all(x == looks[k % 2] for k, x in enumerate(looks))


def _split_one(line: Line) -> tuple[str, str, str] | None:
    """ "Title, Organisation", "Title at Organisation", a table row's cells: title, employer, place as the
    reader's head-line rules part them; None unless both a title and an employer come out."""
    title, employer, _tc, _ec, place = title_and_employer(collect_pieces([line_segments(line.marked())]))
    if not (title and employer) or fold(title) == fold(employer):
        return None
    return title, employer, place


def _own_post(line: Line) -> tuple[str, str, str] | None:
    """ "Freelance Graphic Designer" among "Title – Organisation" lines: a short line naming a post and no
    organisation is a post of its own account (no employer), as the other lines are posts with theirs."""
    text = line.text.strip()
    if len(text.split()) > 6 or not _names_post(text) or has_org_word(text) or text.endswith("."):
        return None
    return text, "", ""


def _one_shape(lines: list[Line]) -> list[RoleOutline]:
    """A role section with no dates whose entries share one shape: every entry one line that parts into a title and
    an organisation (a credits table, "Title, Organisation" lines), or every entry a pair of lines; the side that
    holds the title is the one holding a role noun in most entries."""
    rows = _entries(lines, set(), single=True)
    if 2 * sum(bool(_YEAR.search(line.text)) for line in lines if not line.is_list) >= max(len(rows), 2):
        return []  # years by many entries that the reader could not read as dates: not a section that gives none
    return _table_rows(lines, rows) or _one_line_entries(lines, rows) or _pair_entries(lines, _entries(lines, set()))


def _table_rows(lines: list[Line], entries: list[_Entry]) -> list[RoleOutline]:
    """A table whose rows are title/organisation pairs (a performer's credits, a list of posts; a third column the
    place): each cell is one field, whatever commas it holds; the title column is the one naming a post in most
    rows."""
    if entries and _header_row(lines[entries[0].heads[0]].text.split("\t")):
        entries = entries[1:]  # "Role | Company | Place": the columns' names
    cells = [lines[e.heads[0]].text.split("\t") for e in entries]
    if len(entries) < 2 or any(lines[e.heads[0]].area != "table" for e in entries):
        return []
    width = len(cells[0])
    if width not in (2, 3) or any(len(c) != width or not all(x.strip() for x in c[:2]) for c in cells):
        return []
    named = [sum(_names_post(c[k]) for c in cells) for k in (0, 1)]
    t = 0 if named[0] >= named[1] else 1
    if 2 * named[t] < len(cells) or named[1 - t] * 2 >= len(cells):
        return []
    return [
        _role_of(lines, e, c[t].strip(), c[1 - t].strip(), c[2].strip() if width == 3 else "")
        for e, c in zip(entries, cells, strict=True)
    ]


def _header_row(cells: list[str]) -> bool:
    """A first row of short names, none a post: the names of the columns."""
    return len(cells) >= 2 and all(0 < len(c.split()) <= 2 and not _names_post(c) for c in cells)


def _one_line_entries(lines: list[Line], entries: list[_Entry]) -> list[RoleOutline]:
    """Lines dressed alike that each part into a title and an organisation, most titles naming a post."""
    if len(entries) < 2 or len({e.shape(lines) for e in entries}) != 1:
        return []
    parts = [_split_one(lines[e.heads[0]]) or _own_post(lines[e.heads[0]]) for e in entries]
    if any(p is None for p in parts) or sum(bool(p and p[1]) for p in parts) < 2:
        return []
    named = sum(_names_post(p[0]) for p in parts if p)
    # "specjalista do spraw dostępności at Fundacja Vis Maior" line after line: "at" says which side is the post,
    # in a language whose post nouns the reader does not know
    at = all(_names_its_employer(lines[e.heads[0]].marked()) for e in entries)
    if 2 * named < len(parts) and not at:
        return []  # "Python, Django" lines: no role nouns among the titles, no roles
    return [_role_of(lines, e, *p) for e, p in zip(entries, parts, strict=True) if p]


def _pair_entries(lines: list[Line], entries: list[_Entry]) -> list[RoleOutline]:
    """Pairs of lines dressed alike, the side holding a role noun in most pairs the title (either order)."""
    if len(entries) < 2 or len({e.shape(lines) for e in entries}) != 1 or len(entries[0].heads) != 2:
        return []
    first = sum(role_score(lines[e.heads[0]].text) > role_score(lines[e.heads[1]].text) for e in entries)
    second = sum(role_score(lines[e.heads[1]].text) > role_score(lines[e.heads[0]].text) for e in entries)
    if 2 * max(first, second) < len(entries):
        return []
    t, o = (0, 1) if first >= second else (1, 0)
    roles = []
    for e in entries:
        title, org = lines[e.heads[t]], lines[e.heads[o]]
        if not (_short_title(title) and organisation_line(org)):
            return []
        roles.append(_role_of(lines, e, title.text, org.text, ""))
    return roles


def _beside_dated(lines: list[Line], e: _Entry, dated: list[RoleOutline]) -> RoleOutline | None:
    """An undated entry among dated roles: a role noun's title over (or before) an organisation line, its first
    line dressed as the dated roles' first head lines are."""
    first = lines[e.heads[0]]
    if any(_YEAR.search(lines[i].text) for i in [*e.heads, *e.body[:1]]):
        return None  # a year beside the entry: a role whose dates the reader could not read, not an undated one
    dress = {next((x.bold for x in lines if x.id in (r.line_ids or [r.source_id])), None) for r in dated}
    if dress != {first.bold}:
        return None
    if len(e.heads) == 2:
        a, b = lines[e.heads[0]], lines[e.heads[1]]
        if post_over_organisation(a, b) or _pair_as_dated(a, b, lines, dated):
            return _role_of(lines, e, a.text, b.text, "")
        return None
    parts = _split_one(first)
    if parts is None or role_score(parts[0]) < 1 or role_score(parts[1]) > 0:
        return None
    if not (has_org_word(parts[1]) or _written_as_dated(first, lines, dated)):
        return None
    return _role_of(lines, e, *parts)


def _pair_as_dated(a: Line, b: Line, lines: list[Line], dated: list[RoleOutline]) -> bool:
    """ "Technical Analyst, Investment Banking" in bold over "Credit Suisse Business Analytics", like the two head
    lines of a dated role of the section ("Software Developer, Google Summer of Code 2019" over "The Apache Software
    Foundation"): a post's line, its field after a comma, over an organisation's line, dressed line for line as a
    dated role's own pair, is a role whose dates the CV does not give."""
    t = a.text.strip()
    post = not a.is_list and role_score(t.split(",")[0]) >= 1 and len(t.split()) <= 10 and heading_kind(t) is None
    # the organisation's line written as a name ("Jairy C. Hunter, Jr. scholarship" names an award); a post's line
    # that names its own employer ("Analyst at Legalmatch") is read on its own
    named = all(w[:1].isupper() or not w[:1].isalpha() or w in SMALL_WORDS for w in b.text.split())
    if not (post and organisation_line(b) and named) or _names_its_employer(t):
        return False
    own = {line.id: line for line in lines}
    pair = [(*signature(a), a.bold), (*signature(b), b.bold)]
    heads = ([own[i] for i in role.line_ids if i in own] for role in dated)
    return any(len(h) == 2 and [(*signature(x), x.bold) for x in h] == pair for h in heads)


def _names_its_employer(text: str) -> bool:
    """The line names its place of work after "at" ("Analyst at Legalmatch", "… at Fundacja Vis Maior"), as the
    head-line reader parts it."""
    return any(after_at for _, after_at in line_segments(text))


_SEPARATORS = (", ", " at ", " | ", " – ", " - ")


def _written_as_dated(line: Line, lines: list[Line], dated: list[RoleOutline]) -> bool:
    """ "Full Stack Developer, NGSoft" between "Front End Developer, Gong.io<TAB>Apr 2019 – Present" and the like:
    the line parts at the separator every dated role's own line parts at (no organisation word needed). One dated
    role vouches for it only when its line is dressed exactly as the dated one."""
    text = line.text
    sep = next((x for x in _SEPARATORS if x in text), None)
    own = {x.id: x for x in lines}
    heads = [own[r.source_id] for r in dated if r.source_id in own]
    if sep is None or not heads or not all(sep in h.text.split("\t")[0] for h in heads):
        return False
    return len(heads) >= 2 or all(signature(h) == signature(line) for h in heads)


def _role_of(lines: list[Line], e: _Entry, title: str, employer: str, place: str) -> RoleOutline:
    role = undated(title, employer, list(dict.fromkeys(lines[i].id for i in e.heads)))
    if place and not role.place.value:
        role.place = Scored(value=place, confidence=0.5)
    role.bullets = [
        Bullet(text=lines[j].text.strip(), level=max(lines[j].list_level, 0), source_id=lines[j].id)
        for j in e.body
        if lines[j].text.strip()
    ]
    return role


def _merged(lines: list[Line], dated: list[RoleOutline], found: list[RoleOutline]) -> list[RoleOutline]:
    """Dated and undated roles in line order; an undated role's lines leave the bullets of the role above it."""
    own = {b.source_id for r in found for b in r.bullets} | {i for r in found for i in r.line_ids}
    kept = [r.model_copy(update={"bullets": [b for b in r.bullets if b.source_id not in own]}) for r in dated]
    order = {line.id: k for k, line in reversed(list(enumerate(lines)))}
    return sorted([*kept, *found], key=lambda r: order.get(r.source_id, len(lines)))


def _short_title(line: Line) -> bool:
    t = line.text.strip()
    return not line.is_list and len(t.split()) <= 8 and heading_kind(t) is None and not any(c.isdigit() for c in t)


def _names_post(title: str) -> bool:
    return role_score(title) >= 1 or role_score(re.sub(r"(?<=\w)-(?=\w)", " ", title)) >= 1


def current_post(top: list[Line], employers: frozenset[str] = frozenset()) -> RoleOutline | None:
    """ "Assistant Professor" / "Department of Psychology" / "Amity University, Jaipur" under the name: the post
    the seeker holds now, named at the top of an academic CV. An organisation line needs an organisation word, or to
    name an employer of the CV's roles ("Director of Software Test" / "Daxko")."""
    for k, line in enumerate(top[1:6], 1):
        if not title_line(line):
            continue
        orgs = []
        # "Assistant Professor of Sociology" over "Assistant Professor of Public Policy Studies": a joint
        # appointment's second title, then the organisation lines
        also = 1 if k + 1 < len(top) and title_line(top[k + 1]) else 0
        start = k + 1 + also
        for n, nxt in enumerate(top[start : k + 4 + also], start):
            named = has_org_word(nxt.text) or fold(nxt.text.strip(" ,.")) in employers or _brand_over_contacts(top, n)
            if not (organisation_line(nxt) and named) or EMAIL.search(nxt.text):
                break
            orgs.append(nxt)
        if orgs:
            names = [o.text.split(",")[0].strip() if has_org_word(o.text.split(",")[0]) else o.text for o in orgs]
            employer = ", ".join(n.strip(" ,.") for n in names)
            return undated(
                line.text, employer, [line.id, *(x.id for x in top[k + 1 : k + 1 + also]), *(o.id for o in orgs)]
            )
        return None
    return None


# "AstraZeneca", "NTT Data", "iCorp®": a company's name of one to three words written as a name
_BRAND = re.compile(r"(?=.*[A-Z])[A-Za-z][\w&®.+-]*(?: [A-Z0-9][\w&®.+-]*){0,2}")


def _brand_over_contacts(top: list[Line], n: int) -> bool:
    """ "Clinical Data Science Intern" / "AstraZeneca" / "+1 202 555 0133 | toni@example.org" under the name: a
    company's bare name right over the contacts line names the employer of the post above it."""
    below = top[n + 1].text if n + 1 < len(top) else ""
    contacts = bool(EMAIL.search(below) or find_phones(below))
    return contacts and _BRAND.fullmatch(top[n].text.strip()) is not None


def with_current_post(top: list[Line], roles: list[RoleOutline]) -> list[RoleOutline]:
    """The roles with the post named at the top put first, unless a read role stands for it: one with its employer
    that goes on to the present or has its title (a role there that ended under another title, "Engineering
    Manager, Daxko, Feb 2019 – Nov 2019" under "Director of Software Test" / "Daxko", is an earlier post)."""
    current = current_post(top, frozenset(fold(r.employer.value) for r in roles if r.employer.value))
    if current is None or any(_stands_for(r, current) for r in roles):
        return roles
    return [current, *roles]


def _stands_for(role: RoleOutline, current: RoleOutline) -> bool:
    if not _same_employer(current, role):
        return False
    titles = fold(role.title.value), fold(current.title.value)
    return role.end.value in ("present", "") or not all(titles) or titles[0] in titles[1] or titles[1] in titles[0]


def _same_employer(a: RoleOutline, b: RoleOutline) -> bool:
    x, y = fold(a.employer.value), fold(b.employer.value)
    return bool(x and y) and (x in y or y in x or any(p.strip() and p.strip() in y for p in x.split(",")))
