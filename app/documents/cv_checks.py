"""Structural checks that decide whether a reading is safe to tailor from without the seeker's confirmation.

Field confidences say how sure the reader is of each piece it found; these checks say whether what it found
hangs together as a CV: every dated line in a section that may hold roles was read as a role, every role has a
title, an employer and a start date, no title or employer reads as a heading, a sentence, a place or a date, no
two roles share their dates and heading, no bullet sits outside a role. Each failed check is a doubt, in plain
words for the seeker; an outline with a doubt is not "read with high confidence" (`CvOutline.doubts`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from app.documents.cv_dates import find_dates
from app.documents.cv_forms import labelled
from app.documents.cv_head_line import is_arrangement, worked_sentence
from app.documents.cv_identity import contact_doubts, person_name
from app.documents.cv_legal_forms import has_legal_form
from app.documents.cv_outline import HIGH_CONFIDENCE, CvOutline, RoleOutline
from app.documents.cv_places import countries, is_city, regions
from app.documents.cv_role_blocks import organisation_line, signature, title_line
from app.documents.cv_vocab import (
    ROLE_PART,
    ROLE_SECTIONS,
    has_org_word,
    heading_kind,
    is_place,
    odds_lean,
    org_score,
    role_score,
    title_odds,
    tokens,
)
from app.documents.text import EMAIL, fold, normalise_space

if TYPE_CHECKING:
    from app.documents.cv_lines import Line, Section

# Sections whose dated lines are not roles (degrees, awards, papers, skills, referees, contact details).
_NOT_ROLE_KINDS = frozenset(["education", "certifications", "projects", "skills", "languages", "referees", "contact"])
_MAX_DOUBTS = 8
_NAMED_AFTER_PLACE = re.compile(r"^(?:the\s+)?(?:state\s+)?university\s+of\s+\S+(?:\s\S+)?$", re.I)


def doubts(
    sections: list[Section], outline: CvOutline, is_role_line: Callable[[Line], bool], may_hold_roles: set[int]
) -> list[str]:
    """What keeps this reading from being safe to tailor from unconfirmed (empty: it is safe).

    `is_role_line` says whether a line reads as a role's dated line; `may_hold_roles` holds the indexes of the
    sections the reader took roles from (any other section of a role-like kind counts too)."""
    out: list[str] = []
    if outline.name.confidence < HIGH_CONFIDENCE:
        out.append("the name was not found with certainty")
    out += contact_doubts(sections, outline.name.value)
    out += _unread_dated_lines(sections, outline, is_role_line, may_hold_roles)
    out += _unread_look_alike_heads(sections, outline)
    out += _unread_top_post(sections[0].lines if sections else [], outline)
    # (a line another doubt already names is not named twice)
    out += [d for d in _unread_posts(sections, outline) if not any(d.rsplit(": ", 1)[-1] in x for x in out)]
    out += _posts_told_elsewhere(sections, outline)
    texts = _line_texts(sections)
    for k, role in enumerate(outline.roles, 1):
        out += role_doubts(k, role)
        out += _unread_words(k, role, texts)
        out += _name_across_dash(k, role, texts)
        out += _dashed_name_line(k, role, texts)
    out += _shared_spans(outline.roles)
    out += _orphan_bullets(sections, outline, may_hold_roles)
    return out[:_MAX_DOUBTS]


def _read_ids(outline: CvOutline) -> set[str]:
    return {i for r in outline.roles for i in [r.source_id, *r.line_ids]}


def _role_like(k: int, section: Section, may_hold_roles: set[int]) -> bool:
    return k in may_hold_roles or section.kind not in _NOT_ROLE_KINDS


def _unread_dated_lines(
    sections: list[Section], outline: CvOutline, is_role_line: Callable[[Line], bool], may_hold_roles: set[int]
) -> list[str]:
    """ "October 2019 – Present" under a role's heading in "Outreach", never read as a role's dates."""
    read = _read_ids(outline)
    out = []
    for k, section in enumerate(sections):
        if not _role_like(k, section, may_hold_roles):
            continue
        for line in section.lines:
            if line.id in read or line.area == "header" or line.is_list:
                continue
            where = f" under {section.title!r}" if section.title else ""
            if is_role_line(line) or (k in may_hold_roles and _dated_field(line.text)):
                out.append(f"a dated line{where} was not read as a role: {_short(line.text)!r}")
            elif (field := labelled(line.text)) is not None and field[0] in ("title", "employer"):
                # "Cargo – Coordenador de Suporte" whose period label is misspelt: a post the form names, unread
                out.append(f"a labelled {field[0]} line{where} was not read as a role: {_short(line.text)!r}")
    return out


def _dated_field(text: str) -> bool:
    """ "Laboratory of …, Lund, Sweden<TAB>August 2015": a line whose dates stand in a field of their own after a tab,
    as a role's heading line sets them, however long its other fields are."""
    fields = [f.strip() for f in text.split("\t") if f.strip()]
    return len(fields) >= 2 and any(
        (span := find_dates(f)) is not None and span.begin == 0 and span.finish >= len(f.rstrip(" .")) for f in fields
    )


def _unread_look_alike_heads(sections: list[Section], outline: CvOutline) -> list[str]:
    """ "Website Content Manager & Webflow Developer" set in bold as the section's dated role lines are, naming a post
    or an organisation, and read as no role: a role written without dates the reader may have taken for a bullet."""
    heads = {r.source_id for r in outline.roles}
    # the lines a role's fields were read from; a body line dressed as a head that holds more than some role's
    # fields ("Computational Linguist, TransPerfect" in the body of the TransPerfect role) is still looked at
    fields = [[v for v in (r.title.value, r.employer.value, r.place.value) if v] for r in outline.roles]
    read = heads | {line.id for section in sections for line in section.lines if _field_line(line.text, fields)}
    out = []
    for section in sections:
        looks = {(signature(line), line.is_list) for line in section.lines if line.id in heads}
        if len(looks) != 1:
            continue
        ((dress, listed),) = looks
        lines = section.lines
        # how many capitalised comma parts the role lines have before their dates, when they all have as many
        shapes = _one_shape([line.text.split("\t")[0] for line in lines if line.id in heads])
        where = f" under {section.title!r}" if section.title else ""
        for k, line in enumerate(lines):
            text = line.text.strip()
            if line.id in read or (signature(line), line.is_list) != (dress, listed) or _ends_sentence(text):
                continue
            # Plain role lines look like every other line; a plain line still stands where a role's head does when
            # it sits between two runs of bullets, as the role lines do ("Game Developer Intern, Acme Ltd." / "• C#"),
            # or right after a role's head line and over bullets of its own
            if not any(dress) and (listed or not _stands_as_head(lines, k, heads)):
                continue
            if is_place(re.sub(r"\s*\([^()]*\)", "", text)):
                continue  # where the role was: "Hobart, TAS (remote-first)"
            shaped = _comma_parts(text) == shapes and shapes > 1  # "Computational Linguist, TransPerfect"
            worded = role_score(text) >= 1 or org_score(text) >= 1 or odds_lean(text.split(",")[0]) > 0
            if 1 <= len(text.split()) <= 12 and (worded or shaped):
                out.append(f"a line set like the role lines{where} was not read as a role: {_short(text)!r}")
    return out


_AT_ORG = re.compile(r"^(?P<post>[^,@]{3,60}?)\s+(?:at|@|chez|bei|en|na|no|em)\s+(?P<org>[A-Z].{1,60})$")


def _unread_posts(sections: list[Section], outline: CvOutline) -> list[str]:
    """An entry of a role section naming a post and its organisation that no read role has (a volunteer post with
    no dates, a post between two dated roles): "Computer Vision Engineer" over "Nakamir", "Teaching Assistant at
    University of Toronto", "Illustrateur Sonore" over "Studio Du Petit Pont"."""
    pairs = {(_plain(r.title.value), _plain(r.employer.value)) for r in outline.roles}
    heads = {r.source_id for r in outline.roles}
    # the comma parts of the CV's dated role lines, when they all have as many ("NLP Engineer, TransPerfect": 2)
    shape = _one_shape([line.text.split("\t")[0] for section in sections for line in section.lines if line.id in heads])
    out = []
    for section in sections:
        if section.kind not in ROLE_SECTIONS:
            continue
        lines = section.lines
        for k, line in enumerate(lines):
            nxt = lines[k + 1] if k + 1 < len(lines) else None
            post_org = _post_and_organisation(line, nxt) or _shaped_entry(line, shape, heads)
            if post_org is None:
                continue
            if not _read_pair(_plain(post_org[0]), _plain(post_org[1]), pairs):
                where = f" under {section.title!r}" if section.title else ""
                out.append(f"an entry{where} may name a role without dates: {_short(line.text)!r}")
    return out


# "Former Technical Consultant for Voyager Consulting Group at UC Berkeley": a post and its organisation, told in a
# line about the seeker
_POST_FOR_ORG = re.compile(
    r"^(?:(?:former|past|ex-)\s*)?(?P<post>[A-Z][^,;:@]{2,50}?)\s+(?:at|for|with|@)\s+(?P<org>[A-Z][^;:]{1,80})$"
)
# the sections where a seeker tells about themselves rather than lists roles
_ABOUT_KINDS = frozenset(["summary", "interests", "other"])


def _posts_told_elsewhere(sections: list[Section], outline: CvOutline) -> list[str]:
    """A post at an organisation told in a line of an "About me" or interests section (a bullet too) that no read
    role has: the reader reads roles only from the role sections, so the seeker is asked."""
    pairs = {(_plain(r.title.value), _plain(r.employer.value)) for r in outline.roles}
    out = []
    for section in sections[1:]:
        if section.kind not in _ABOUT_KINDS:
            continue
        for line in section.lines:
            text = line.text.strip()
            m = _POST_FOR_ORG.match(text)
            if m is None or len(text.split()) > 14 or _ends_sentence(text) or find_dates(text) is not None:
                continue
            post, org = _plain(m["post"]), _plain(m["org"])
            if role_score(m["post"]) >= 1 and not _HONOURS.search(text) and not _read_pair(post, org, pairs):
                out.append(f"a line under {section.title!r} may name a role: {_short(text)!r}")
    return out


# Honours listed in a role's part ("Palmetto Fellows scholarship", "Dean's List"): no post
_HONOURS = re.compile(
    r"\b(?:scholarships?|awards?|prizes?|grants?|honou?rs?|medals?|dean'?s list|bolsa|premio|prix)\b", re.I
)


def _plain(text: str) -> str:
    return normalise_space(fold(text))


def _read_pair(post: str, org: str, pairs: set[tuple[str, str]]) -> bool:
    """Whether a read role has this post and organisation, either way round ("Employer" over "Title"), the
    organisation's line holding its place too ("Northland DHB, Whangārei")."""
    return any((post == t and e and e in org) or (org == t and e and e in post) for t, e in pairs)


def _post_and_organisation(line: Line, nxt: Line | None) -> tuple[str, str] | None:
    """The post and organisation an undated entry names: a post's line over an organisation's line, or "Post at
    Organisation" on one line."""
    text = line.text.strip()
    if line.is_list or find_dates(text) is not None or _ends_sentence(text) or _HONOURS.search(text):
        return None
    m = _AT_ORG.match(text)
    if m and role_score(m["post"]) >= 1 and len(text.split()) <= 12:
        return m["post"].strip(), m["org"].strip(" .")
    if nxt is not None and _post_like(line) and organisation_line(nxt) and find_dates(nxt.text) is None:
        org = (field[1] if (field := labelled(nxt.text)) is not None else nxt.text).strip(" .,")
        if not (is_place(org) or EMAIL.search(org) or any(c.isdigit() for c in org) or _HONOURS.search(org)):
            return text, org
    return None


def _shaped_entry(line: Line, shape: int, heads: set[str]) -> tuple[str, str] | None:
    """ "Computational Linguist, TransPerfect" under "Volunteer Work": an undated line written as the CV's dated role
    lines are (as many capitalised comma parts), its first part reading as a post."""
    text = line.text.strip()
    if shape < 2 or line.id in heads or line.is_list or find_dates(text) is not None or _ends_sentence(text):
        return None
    parts = [p.strip() for p in text.split(",")]
    if _comma_parts(text) != shape or _HONOURS.search(text) or is_place(parts[0]):
        return None
    post = role_score(parts[0]) >= 1 or (org_score(parts[0]) == 0 and title_odds(parts[0]) > 0)
    return (parts[0], parts[1]) if post else None


def _post_like(line: Line) -> bool:
    """A short capitalised line that may name a post though the word lists do not know it ("Computational Linguist",
    "Illustrateur Sonore"): no organisation's word, no place, no comma, no digit, no heading."""
    t = line.text.strip()
    words = t.split()
    return title_line(line) or (
        not line.is_list
        and 1 <= len(words) <= 5
        and t[:1].isupper()
        and "," not in t
        and not any(c.isdigit() for c in t)
        and org_score(t) == 0
        and not is_place(t)
        and heading_kind(t) is None
    )


def _ends_sentence(text: str) -> bool:
    # "Game Developer Intern, Battery Low Interactive Ltd." ends with its employer's legal form, not a sentence
    return text.endswith(":") or (text.endswith(".") and not has_legal_form(text))


def _field_line(text: str, fields: list[list[str]]) -> bool:
    """Whether text holds nothing but one role's title, employer or place (and separators)."""
    for values in fields:
        rest = text
        for v in sorted(values, key=len, reverse=True):
            rest = rest.replace(v, " ")
        rest = re.sub(r"\([^()]*\)", " ", rest)  # a note in brackets beside a field: "Hobart, TAS (remote-first)"
        if values and len(rest) < len(text) and not re.search(r"[^\W\d_]{2,}", rest):
            return True
    return False


def _stands_as_head(lines: list[Line], k: int, heads: set[str]) -> bool:
    """Over a run of bullets, after another run of them or right after a role's head line."""
    return 0 < k < len(lines) - 1 and lines[k + 1].is_list and (lines[k - 1].is_list or lines[k - 1].id in heads)


def _comma_parts(text: str) -> int:
    """How many parts a line has between commas when each starts with a capital ("NLP Engineer, TransPerfect": 2);
    0 when one does not."""
    parts = [p.strip() for p in text.strip(" .").split(",")]
    return len(parts) if all(p[:1].isupper() for p in parts) else 0


def _one_shape(texts: list[str]) -> int:
    shapes = {_comma_parts(re.sub(r"[\s–—-]*(?:\d{4}|present).*$", "", t, flags=re.I)) for t in texts}
    return shapes.pop() if len(shapes) == 1 else 0


def _unread_top_post(top: list[Line], outline: CvOutline) -> list[str]:
    """ "Clinical Data Science Intern" / "AstraZeneca" under the seeker's name and read as no role: the post held now,
    whose organisation carries no word that says so (the reader takes it only with one, or when a dated role names
    it)."""
    read = _read_ids(outline)
    for k, line in enumerate(top[1:6], 1):
        if line.id in read or not (title_line(line) or _posts_line(line)):
            continue
        nxt = top[k + 1] if k + 1 < len(top) else None
        if nxt is None or nxt.id in read or not organisation_line(nxt) or EMAIL.search(nxt.text):
            return []
        org = nxt.text.strip(" ,.")
        if _known_place(org) or is_place(org) or any(c.isdigit() for c in org) or "|" in org:
            return []  # "Toronto, ON", a street or a contact line under the headline: no organisation
        post = f"{_short(line.text)!r} / {_short(org)!r}"
        return [f"the lines under your name may name the post you hold now, not read as a role: {post}"]
    return []


def _posts_line(line: Line) -> bool:
    """ "Contract Administration, Business Intelligence Engineer": posts joined by commas, the last naming a post."""
    t = line.text.strip()
    parts = [p.strip() for p in t.split(",")]
    return (
        not line.is_list
        and 2 <= len(parts) <= 3
        and len(t.split()) <= 8
        and role_score(parts[-1]) >= 1
        and all(p[:1].isupper() for p in parts)
        and heading_kind(t) is None
        and not any(c.isdigit() for c in t)
    )


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 70 else text[:67] + "..."


def odd_piece(text: str) -> str | None:
    """Why a role's title or employer does not read as one: a heading, a sentence, a place alone or a date."""
    t = text.strip()
    if (heading_kind(t) is not None or ROLE_PART.search(t)) and len(t.split()) <= 3:
        return "a heading"  # "General Responsibilities": a part of a role's entry, no name
    if len(t.split()) > 12 or (t.endswith(".") and len(t.split()) > 4) or t.endswith((",", ":", ";")):
        return "a sentence"
    if is_place(t):
        return "a place"
    if find_dates(t) is not None:
        return "a date"
    return None


def _lower_note(text: str) -> bool:
    """ "Ongoing off and on", "part time job": three words or more, all after the first in lower case, with no sign
    of an organisation: a note on the post, not a title's or an employer's name."""
    words = text.split()
    if len(words) < 3 or has_org_word(text) or org_score(text) > 0 or has_legal_form(text):
        return False
    return all(w[:1].islower() or not w[:1].isalpha() for w in words[1:])


def role_doubts(k: int, role: RoleOutline) -> list[str]:
    out = []
    for field in ("title", "employer"):
        value = getattr(role, field).value
        if not value.strip():
            out.append(f"role {k} has no {field}")
            continue
        why = odd_piece(value) or ("a note" if field == "employer" and _lower_note(value) else None)
        if why is not None:
            out.append(f"role {k} {field} {value!r} reads as {why}")
    out += _place_doubts(k, role)
    if not role.start.value:
        out.append(f"role {k} has no start date")
    if _names_an_organisation(role.title.value):
        out.append(f"role {k} title {role.title.value!r} may hold the employer's name")
    if _holds_a_title(role.employer.value):
        out.append(f"role {k} employer {role.employer.value!r} may hold a part of the title")
    if role.title.value and role.title.value.strip().lower() == role.employer.value.strip().lower():
        out.append(f"role {k} has the same title and employer")
    if person_name(role.title.value) and odds_lean(role.title.value) <= 0:
        out.append(f"role {k} title {_short(role.title.value)!r} reads as a person's name")
    if len(role.title.value.split()) > _LONGEST_TITLE:
        out.append(f"role {k} title {_short(role.title.value)!r} is longer than titles are")
    return out


# Of the hand-labelled roles of the real CVs' tune half, 2 in 500 have a title of more than seven words: a longer one
# read is more likely a sentence, a course or a unit taken in with the title than a title
_LONGEST_TITLE = 7


def _place_doubts(k: int, role: RoleOutline) -> list[str]:
    out = []
    if role.place.value and "," not in role.place.value and _NAMED_AFTER_PLACE.match(role.employer.value):
        # "University of California, San Francisco": a campus in the name, or the place after it? Either reads.
        whole = f"{role.employer.value}, {role.place.value}"
        out.append(f"role {k}: is the employer {role.employer.value!r} or {whole!r}?")
    if role.place.value and not _known_place(role.place.value):
        # "Hidoservice" read as the place of "Business Intelligence Engineer at Contract Administration": a name no
        # gazetteer knows may be the employer the line meant.
        out.append(f"role {k}: is {role.place.value!r} the place, or part of the employer?")
    tail = _place_in_employer(role.employer.value)
    if tail and not role.place.value:
        # "EAVISE Research group, KU Leuven, Belgium": a city or country after the employer's comma is its place, or
        # part of its name ("University of California, Davis"): either reads.
        out.append(f"role {k}: is {tail!r} part of the employer, or its place?")
    return out


def _place_in_employer(employer: str) -> str:
    """The comma parts that end the employer's name when they are a known place ending with a country or region
    ("Leuven, Belgium", "Belgium"; not "Northwind Ltd, Porirua": a town after the name is read with it), or ""."""
    parts = [p.strip() for p in employer.split(",")]
    if len(parts) < 2 or (fold(parts[-1]) not in countries() and fold(parts[-1]) not in regions()):
        return ""
    for n in range(1, len(parts)):
        if all(is_city(p, floor=15_000) or fold(p) in countries() or fold(p) in regions() for p in parts[n:]):
            return ", ".join(parts[n:])
    return ""


def _known_place(text: str) -> bool:
    """A place as a whole ("Pleasanton, CA"), or with a part that is a city of any size, a country or a region."""
    if is_place(text):
        return True
    parts = [p.strip() for p in re.split(r"[,/|]", text) if p.strip()]
    return any(is_city(p, floor=0) or fold(p) in countries() or fold(p) in regions() for p in parts)


def _line_texts(sections: list[Section]) -> dict[str, list[str]]:
    """Each paragraph id's lines that could be part of a role's heading (no bullets)."""
    out: dict[str, list[str]] = {}
    for section in sections:
        for line in section.lines:
            if not line.is_list:
                out.setdefault(line.id, []).append(line.text)
    return out


def _role_lines(role: RoleOutline, texts: dict[str, list[str]]) -> list[str]:
    """The texts of a role's own lines: its dates' paragraph and its heading lines."""
    return [t for i in dict.fromkeys([role.source_id, *role.line_ids]) for t in texts.get(i, [])]


# Words a role's line holds beside its title, employer, place and dates without naming anything.
_FILLER = frozenset(
    ["at", "in", "for", "of", "the", "and", "to", "with", "a", "an", "de", "del", "la", "le", "et", "y", "e", "und"]
)


def _unread_words(k: int, role: RoleOutline, texts: dict[str, list[str]]) -> list[str]:
    """ "TU Delft – Infini Data Lab" read as employer "TU Delft": words of the role's own lines that went into no
    field were dropped by a guess about where the line splits, so the reading is not sure."""
    lines = _role_lines(role, texts)
    lines = [t for t in lines if odd_piece(t) != "a sentence"]  # a description in the same paragraph
    lines = [field[1] if (field := labelled(t)) else t for t in lines]  # "Cargo – Atendente": the label names no field
    read = " ".join([role.title.value, role.employer.value, role.place.value, role.dates_text])
    known = set(_WORD.findall(fold(read)))
    left = [
        w
        for t in lines
        for w in _WORD.findall(fold(t))
        if w not in known and w not in _FILLER and not w.isdigit() and not is_arrangement(w)
    ]
    if len(left) >= 2:
        return [f"role {k}: part of its line was not read ({' '.join(dict.fromkeys(left))!r})"]
    return []


_WORD = re.compile(r"[^\W_]+")


_DASH = re.compile(r"\s+[-–—]\s+")


def _name_across_dash(k: int, role: RoleOutline, texts: dict[str, list[str]]) -> list[str]:
    """ "Web Developer, Globalmouth - 360 Go Mobile Agency" read as the employer "Globalmouth - 360 Go Mobile Agency":
    the part after the title's comma may as well be a team ("Software Engineer, Payments - Stripe")."""
    first = _DASH.split(role.employer.value, maxsplit=1)[0]
    if not role.title.value or first == role.employer.value:
        return []
    lines = _role_lines(role, texts)
    if any(f"{role.title.value}, {first}" in t for t in lines):
        return [f"role {k}: is the employer {role.employer.value!r}, or is {first!r} part of the title?"]
    return []


def _dashed_name_line(k: int, role: RoleOutline, texts: dict[str, list[str]]) -> list[str]:
    """ "Plataforma Solar de Almería - CIEMAT" on a line of its own, read whole as the employer: the part after the
    dash may be the name's, or a unit, a place or a client the reader does not know."""
    parts = _DASH.split(role.employer.value, maxsplit=1)
    if len(parts) != 2 or role.employer.value not in [t.strip() for t in _role_lines(role, texts)]:
        return []
    head, tail = parts
    return [f"role {k}: is {tail!r} part of the employer's name, or is the employer {head!r}?"]


def _names_an_organisation(title: str) -> bool:
    """ "Intern, CHANG CHUN GROUP", "Research Assistant, TU Delft": a part after the title's first that names an
    organisation (by an organisation word, an acronym or "&") and no role, nor a place."""
    if re.search(r"\s(?:at|@)\s+[A-Z0-9]", title):  # "Software Intern at PricewaterhouseCoopers"
        return True
    parts = re.split(r",|\s[-–—|]\s", title)
    return any(
        (has_org_word(p, strong=True) or org_score(p) > 0) and role_score(p) < 1 and not is_place(p) for p in parts[1:]
    ) or _names_after_comma(title)


def _holds_a_title(employer: str) -> bool:
    """ "Traductor, Universidad TECH" read as the employer of "Redactor y Diseñador": a part of the employer that
    names a post (a role word, no organisation word) was cut from the title."""
    parts = [p.strip() for p in re.split(r",|\s[-–—|]\s", employer) if p.strip()]
    return len(parts) > 1 and any(_names_a_post(p) and not is_place(p) for p in parts)


def _names_a_post(part: str) -> bool:
    if role_score(part) >= 1 and not has_org_word(part) and org_score(part) <= 0:
        return True
    # "Team Lead": an organisation word ("team") inside, but a post's noun last and the learnt odds for a title
    words = tokens(part)
    return 1 < len(words) <= 4 and role_score(words[-1]) >= 1 and odds_lean(part) == 1


def _names_after_comma(title: str) -> bool:
    """ "Web Mobile Application Developer, Globalmouth": after a title and a comma, a capitalised name with no role
    word, no place, no number ("STEM Ambassador, R10": a grade) may be the employer as well as a part of the title."""
    head, comma, rest = title.partition(",")
    rest = rest.strip()
    return (
        bool(comma)
        and role_score(head) >= 1
        and rest[:1].isupper()
        and len(rest.split()) <= 3
        and role_score(rest) < 1
        and not is_place(rest)
        and not any(c.isdigit() for c in rest)
    )


def _shared_spans(roles: list[RoleOutline]) -> list[str]:
    """Two roles with the same start and end are most likely one role read twice (or two lines of one role)."""
    seen: dict[tuple[str, str], int] = {}
    out = []
    for k, role in enumerate(roles, 1):
        key = (role.start.value, role.end.value)
        if key in seen:
            out.append(f"roles {seen[key]} and {k} were read from the same dates")
        seen.setdefault(key, k)
    return out


def _orphan_bullets(sections: list[Section], outline: CvOutline, may_hold_roles: set[int]) -> list[str]:
    """A bulleted line in a section the roles came from, before its first role or in no role at all; a post told as
    a sentence there that no role was read from."""
    heads = _read_ids(outline)
    read = heads | {b.source_id for r in outline.roles for b in r.bullets}
    out = []
    for k, section in enumerate(sections):
        if k not in may_hold_roles:
            continue
        orphans = [line for line in section.lines if line.is_list and line.id not in read]
        if orphans:
            out.append(f"{len(orphans)} bulleted line(s) under {section.title!r} belong to no role")
        # "Trabalho atualmente para Flash Entregas como estagiário …" with no dates: a post told as a sentence that
        # no role was read from (left unread, or taken for the description of the role above it)
        posts = [x for x in section.lines if not x.is_list and x.id not in heads and worked_sentence(x.text)]
        if posts:
            out.append(
                f"a line under {section.title!r} that names a post was not read as a role: {_short(posts[0].text)!r}"
            )
    return out
