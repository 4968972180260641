"""Read a Word CV into a `CvOutline` from its structure: sections, role blocks anchored on dates, contacts.

A role is found where its dates are, in any position of its line and in any form (`cv_dates`). Its title,
employer and place come from the rest of that line and from the short lines next to it, split at the
separators CVs use (tabs, dashes, pipes, dots, commas, "at", line breaks, table cells) and told apart by
what they say (a role noun, an organisation word, a place), not by their order alone. How many short
lines sit before and after a role's dates is learnt from the section's first role and applied to the rest.
Headings are found by their wording, or by sharing the formatting of a heading found by its wording.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from itertools import pairwise

from app.documents.cv_checks import doubts
from app.documents.cv_dates import DateSpan, find_dates, leading_ongoing
from app.documents.cv_forms import form_roles, labelled
from app.documents.cv_identity import PHONE_WORD, read_contacts, read_name
from app.documents.cv_lines import Line, picture_count, read_lines
from app.documents.cv_outline import Bullet, CvOutline, RoleOutline, Scored
from app.documents.cv_template import FOLLOWED, CvTemplates, Layout, follow_section_template
from app.documents.cv_vocab import (
    COUNTRIES,
    REGIONS,
    ROLE_NOUNS,
    ROLE_SECTIONS,
    US_STATE,
    clean_heading,
    has_org_word,
    heading_kind,
    is_place,
    names_a_field,
    org_score,
    role_score,
    tokens,
    without_heading_words,
)
from app.documents.package import DocxPackage
from app.documents.text import EMAIL, fold

MIN_WORDS = 15  # fewer words than this and the "CV" is a picture with a caption
_STRONG_SPLIT = re.compile(
    r"\t+| {3,}|\s+[|│•·▸►▪◆■●○◦»›~]\s+|\s+//\s+|\s*\|\s*|\s+[—–]\s+|\s+-\s+|(?<=[a-z])-\s+(?=[A-Z])|\s+/\s+"
    r"|\s*[.…]{3,}\s*|\s+@\s+|\s*｜\s*|(?<=[\u3000-\u9fff])\s+(?=[\u3000-\u9fff])"
)
# "2018 – Present. Title. Employer.", "Teaching Assistant: University X": a full stop or colon after a word splits a
# line that has no other separator ("ISEE Professional Develop. Program" after " - " is one name).
# "Pvt. Ltd.", "Co. Ltd.": a full stop before a legal form is no separator; "Acme Inc. Software Engineer" splits.
_WEAK_SPLIT = re.compile(r"(?<=[^\W\d_]{3})[:.]\s+(?=[A-ZА-Я])(?!(?:Ltd|Limited|Inc|LLC|GmbH|Co|Corp)\.?(?:[\s,]|$))")
_AT = re.compile(r"\s+(?:at|chez|bei|в)\s+(?=[A-ZА-Я0-9«\"])|\s+à\s+(?:l['’])?(?=[A-Z])")
_EMAIL_WORD = re.compile(r"\be-?mail\b", re.I)
# "Date of birth: 1996", "Expected graduation: 2025": a date that is not a role's.
_NOT_ROLE_DATE = re.compile(
    r"birth|born|\bdob\b|födelse|geburt|naissance|nascimento|nacimiento|рождени|\bage\b|nationality|graduation"
    r"|expected",
    re.I,
)
_ROLE_OF_ORG = re.compile(r"^(.{2,60}?)\s+(?:in|of|for|with)\s+((?:the\s+)?[A-ZА-Я0-9«\"].*)$")
# "Address:   Carl Bondes Väg 4", "Postnummer: 164 75": a personal detail (a wide gap or digits after the label),
# unlike "CAIS Group: Senior Backend Developer".
_KEY_VALUE = re.compile(r"^[\w'’-]+(?: [\w'’-]+)?\s*:(?:\s{2,}|\t|\s*(?=[^:]*\d))\s*\S")
# "(remote)", "(N=69)", "(5 hours/month)", "(PI: Dr. Jane Smith)": asides
_LOWER_PARENS = re.compile(r"\((?=[a-zа-я]|\d+\s*[a-z%/])[^)]*\)|\([^()]*=[^()]*\)|\([\w. ]{1,20}:\s[^()]*\)")


@dataclass
class Section:
    kind: str  # a heading kind, or "top" before the first heading
    title: str
    lines: list[Line] = field(default_factory=list)
    signature: tuple[str, bool, bool] | tuple[()] = ()
    parent: Section | None = None  # the role section a part with no roles sits in ("Projects" under a role)


def read_outline(data: bytes) -> CvOutline:
    """How the reader reads this CV, every field with a confidence; never raises on a readable .docx."""
    package = DocxPackage(data)
    return outline_from_lines(read_lines(package), pictures=picture_count(package))


def outline_from_lines(lines: list[Line], pictures: int = 0) -> CvOutline:
    words = sum(len(line.text.split()) for line in lines)
    if words < MIN_WORDS:
        note = (
            "this CV has no text"
            + (" (it is a picture of a CV)" if pictures else "")
            + ": save it from the program that made it as a Word document with real text, or type it in"
        )
        return CvOutline(has_text=False, notes=[note])
    sections = split_sections(_side_headings(_join_broken_ranges(_one_date_style(lines))))
    which = _role_sections(sections)
    outline = CvOutline(
        name=read_name(sections),
        contact=read_contacts(sections),
        roles=_roles(sections, which),
        skills=_skills(sections),
        education=_education(sections),
    )
    outline.doubts = doubts(sections, outline, _role_line, which)
    if not outline.roles:
        outline.notes.append("no role with dates was found")
    if not outline.name.value:
        outline.notes.append("no name was found at the top of the CV")
    return outline


_DOTTED_SPAN = re.compile(r"(?<![\w.])(?:19|20)\d\d\.(?:1[3-9]|[2-9]\d)(?![\w.])")
_DOTTED_LOW = re.compile(r"(?<![\w.])((?:19|20)(\d\d))\.(0\d|1[0-2])(?![\w.])")


def _one_date_style(lines: list[Line]) -> list[Line]:
    """A CV writes its dates one way: where it writes spans as "2023.24" and "2018.22", "2008.10" is 2008 to 2010
    too, not October 2008."""
    if sum(len(_DOTTED_SPAN.findall(line.text)) for line in lines) < 2:
        return lines

    def span(m: re.Match[str]) -> str:
        return f"{m.group(1)}–{m.group(3)}" if int(m.group(3)) > int(m.group(2)) else m.group(0)

    for line in lines:
        line.text = _DOTTED_LOW.sub(span, line.text)
    return lines


def _side_heading(cell: str, continued: bool) -> bool:
    """ "WORK", "EXPERIENCE:", "SKILLS:": a heading in the left column of a line ("SERVICE:" under "VOLUNTEER"
    goes on with the heading above it)."""
    head = cell.strip().rstrip(":").strip()
    letters = [c for c in head if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters) or len(head.split()) > 3:
        return False
    return continued or heading_kind(head) is not None


def _side_headings(lines: list[Line]) -> list[Line]:
    """ "WORK<TAB>International Ivy, Sparta, NJ<TAB>7/15 – 8/15" over "EXPERIENCE:<TAB>Java Instructor": a heading
    written in a left column opens its section; the rest of the line stays a line of it (a heading over two lines,
    "WORK" then "EXPERIENCE:", opens one section)."""
    out: list[Line] = []
    kind: str | None = None  # the kind of the side heading on the line above, "" when it had none
    opened = ""  # the side heading that opened the current section
    for line in lines:
        cell, sep, rest = line.text.partition("\t")
        if not (sep and rest.strip() and _side_heading(cell, kind is not None)):
            out.append(line)
            kind = None
            continue
        head = cell.strip().rstrip(":").strip()
        here = heading_kind(head)
        # "VOLUNTEER" over "SERVICE:" is one heading; "SKILLS:" over "WORK" two.
        joined = heading_kind(f"{opened} {head}") if kind is not None else None
        if kind is None or (here is not None and here != kind and joined != kind):
            out.append(Line(head, line.id, line.area, bold=line.bold, style=line.style))
            kind, opened = here or "", head
        out.append(Line(rest.strip("\t "), line.id, line.area, bold=line.bold, style=line.style, size=line.size))
    return out


def _join_broken_ranges(lines: list[Line]) -> list[Line]:
    """ "Jan 2016-" above "August 2017": a date range broken over two lines (a narrow column) is one line."""
    out: list[Line] = []
    skip = False
    for k, line in enumerate(lines):
        if skip:
            skip = False
            continue
        t = line.text.strip()
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        if nxt is not None and len(t.split()) <= 3 and t.endswith(("-", "–", "—")):
            joined = f"{t} {nxt.text.strip()}"
            span = find_dates(joined)
            if span is not None and not span.single and span.begin == 0:
                out.append(
                    Line(
                        joined,
                        line.id,
                        line.area,
                        bold=line.bold,
                        style=line.style,
                        list_level=line.list_level,
                        size=line.size,
                    )
                )
                skip = True
                continue
        out.append(line)
    return out


# ------------------------------------------------------------------ sections


def _signature(line: Line) -> tuple[str, bool, bool]:
    letters = [c for c in line.text if c.isalpha()]
    upper = bool(letters) and all(c.isupper() for c in letters)
    style = line.style.lower()
    heading_style = style.startswith(("heading", "titre", "überschrift")) or "section" in style
    return (line.style if heading_style else "", line.bold, upper)


def _could_be_heading(line: Line) -> bool:
    t = line.text.strip()
    return (
        not line.is_list
        and 0 < len(t) <= 60
        and len(t.split()) <= 6
        and not EMAIL.search(t)
        and find_dates(t) is None
        and not t.endswith((".", ",", ";"))
    )


def _vocab_heading(line: Line) -> str | None:
    if not _could_be_heading(line):
        return None
    kind = heading_kind(line.text)
    if kind is None:
        return None
    if kind != "contact" and (PHONE_WORD.search(line.text) or _EMAIL_WORD.search(line.text)):
        kind = "contact"  # "Work Phone:" labels a contact, whatever other word it holds
    sig = _signature(line)
    formatted = bool(sig[0]) or sig[1] or sig[2] or line.text.strip().endswith(":")
    # "Community Manager" or "Research Assistant" is a role, not a heading, unless dressed as one.
    if role_score(without_heading_words(clean_heading(line.text))) >= 1 and not (sig[0] or sig[2]):
        return None
    return kind if formatted or len(line.text.split()) <= 3 else None


def split_sections(lines: list[Line]) -> list[Section]:
    signatures = {_signature(line) for line in lines if _vocab_heading(line)}
    styles = {sig[0] for sig in signatures if sig[0]}  # "Heading 1" in capitals or not is the same heading
    sections = [Section("top", "")]
    for k, line in enumerate(lines):
        kind = _vocab_heading(line) if line.area != "header" else None
        seen_vocab = len(sections) > 1
        # "GROUPE SEB" over "Supply Chain Planner (2019 – Present)": an employer in capitals, not a heading.
        opens_role = sections[-1].kind in ROLE_SECTIONS and any(
            _anchor(x) and len(x.text.split()) <= 12 for x in lines[k + 1 : k + 3]
        )
        # A line in the known headings' own Word style is a heading even over dates (no employer is so styled).
        styled = bool(_signature(line)[0]) and _signature(line)[0] in styles
        if (
            kind is None
            and seen_vocab
            and not (opens_role and not styled)
            and line.area != "header"
            and _could_be_heading(line)
        ):
            sig = _signature(line)
            # An unknown line dressed like the known headings (same heading style, or capitals in the same
            # weight) is a heading too; a bold line in sentence case is more likely a role title.
            if (
                (sig in signatures or (sig[0] and sig[0] in styles))
                and (sig[0] or sig[2])
                and role_score(line.text) < 1
                and len(line.text.split()) <= 4
                and sum(c.isalpha() for c in line.text) >= 4
            ):
                kind = "other"
        _file(sections, kind, line, opens_role)
    return sections


def _file(sections: list[Section], kind: str | None, line: Line, opens_role: bool) -> None:
    """Put a line in its section, or open the section it heads. Under a role section, a heading of a deeper
    outline level heads a part of it: "Projects" in Heading 4 opens a part that holds no roles, "Application
    Development" in Heading 4 goes on with the roles (of the role section above the part)."""
    current = sections[-1]
    role_parent = current.parent or (current if current.kind in ROLE_SECTIONS else None)
    if kind is not None and role_parent is not None and _deeper(line, role_parent):
        if kind in ROLE_SECTIONS or kind == "other":
            if current.parent is not None:  # back from a part with no roles to the role section's own lines
                sections.append(Section(role_parent.kind, role_parent.title, signature=role_parent.signature))
        else:
            sections.append(Section(kind, clean_heading(line.text), signature=_signature(line), parent=role_parent))
        return
    if kind is not None and _inside_role(kind, line, current, opens_role):
        kind = None
    if kind is not None:
        sections.append(Section(kind, clean_heading(line.text), signature=_signature(line)))
    else:
        current.lines.append(line)


_LEVEL = re.compile(r"^(?:heading|titre|überschrift)\s*(\d)", re.I)


def _deeper(line: Line, current: Section) -> bool:
    """ "Projects" in Heading 4 under "PROFESSIONAL EXPERIENCE" in Heading 1: a heading of a deeper outline level
    heads a part of the section, not a section of its own."""
    mine, theirs = _LEVEL.match(line.style), _LEVEL.match(current.signature[0]) if current.signature else None
    return mine is not None and theirs is not None and int(mine.group(1)) > int(theirs.group(1))


_ROLE_PART = re.compile(r"\b(?:achievements?|accomplishments?|responsibilities|highlights|key results)\b", re.I)


def _inside_role(kind: str, line: Line, current: Section, opens_role: bool) -> bool:
    """A heading word inside a role section, dressed unlike the section's own heading, belongs to a role:
    "Achievements" under a role, or "Casual Academic Staff" over "March 2019 – May 2021"; so does a heading of a
    deeper outline level than the section's is filed by `_file`."""
    if current.kind in ROLE_SECTIONS and _ROLE_PART.search(line.text) and any(_anchor(x) for x in current.lines):
        return True  # "Key achievements" under a role of the section: the role's own part
    if current.kind not in ROLE_SECTIONS or not current.signature or _signature(line) == current.signature:
        return False
    if current.signature[0] and _signature(line)[0] == current.signature[0]:
        return False  # the section's own heading style: "EDUCATION" in Heading 1 under "Experience" in Heading 1
    return kind == "certifications" or opens_role


# ------------------------------------------------------------------ roles


def _head_like(line: Line) -> bool:
    """A short line that can hold a title, employer or place (not a bullet or a sentence)."""
    t = line.text.strip()
    n = len(t.split())
    if line.is_list or not t or EMAIL.search(t) or t.endswith(":"):
        return False  # "Duties and responsibilities include:" opens a list
    if n > 14 and not (n <= 24 and has_org_word(t, strong=True) and not t.endswith(".")):
        return False
    if _KEY_VALUE.match(t) and find_dates(t) is None:
        return False  # "Address: Carl Bondes Väg 4" is a personal detail
    if _column_header(t):
        return False  # "Year(s)<TAB>Position Title<TAB>Institution": a table's header row names no role
    if _describes(t) or _NOTE_LABEL.match(t):
        return False  # "Led the payments team", "Client: Cisco, US": what was done and for whom, no head line
    return not (t.endswith(".") and n > 6)


_PAST = frozenset(
    [
        *("led", "built", "wrote", "ran", "made", "won", "taught", "drove", "grew", "set", "cut", "began", "kept"),
        *("held", "sold", "brought", "gave", "took", "oversaw"),
    ]
)


_NOTE_LABEL = re.compile(
    r"^(?:client|customer|project|projects|technologies|technology|environment|tools|skills|tech stack|stack"
    r"|team size|domain|platform|languages?|achievements?|responsibilities)\s*:",
    re.I,
)
_OPENERS = frozenset(["responsible", "in", "as", "helped", "worked", "duties", "tasks", "main", "key"])


def _describes(text: str) -> bool:
    """A line that tells what the seeker did: it opens with a verb in the past or in -ing ("Led", "Developing") or
    "Responsible for" and goes on in lower case, with no role noun ("Registered Nurse" opens with one too, but
    names a role)."""
    words = text.split()
    first = fold(words[0]) if words else ""
    verb = first in _PAST or first in _OPENERS  # "Led a team of architects": a verb, whatever noun follows
    suffixed = first.endswith(("ed", "ing")) and len(first) > 4 and role_score(text) < 1  # not "Registered Nurse"
    if len(words) < 3 or not (verb or suffixed):
        return False
    rest = [w for w in words[1:] if w[:1].isalpha()]
    return bool(rest) and sum(w[:1].islower() for w in rest) >= 0.6 * len(rest)


_HEADER_WORDS = frozenset(
    [
        "year",
        "years",
        "date",
        "dates",
        "period",
        "from",
        "to",
        "position",
        "positions",
        "title",
        "titles",
        "role",
        "roles",
        "of",
        "institution",
        "institutions",
        "organization",
        "organisation",
        "organizations",
        "organisations",
        "employer",
        "company",
        "level",
        "effort",
        "location",
        "type",
        "activity",
        "name",
        "committee",
        "society",
    ]
)


def _column_header(text: str) -> bool:
    """Every cell of the line names a column: "Year(s)", "Position Title", "Institution/Organization"."""
    cells = [re.sub(r"\([^)]*\)", " ", c) for c in text.split("\t")]
    words = [w for c in cells for w in re.split(r"[\s/]+", c.lower()) if w]
    return bool(words) and all(w in _HEADER_WORDS for w in words) and any(w not in ("of", "to", "from") for w in words)


def _anchor(line: Line) -> DateSpan | None:
    t = line.text
    span = find_dates(t) or leading_ongoing(t)
    if span is None:
        return None
    before = t[: span.begin].strip(" \t([{\"'")
    after = t[span.finish :].strip(" \t)]}.\"',;:")
    words = len(t.split())
    at_edge = (
        not before
        or not after
        or t[: span.begin].endswith(("\t", "("))
        or re.match(r"^[\s.:)\]–—-]", t[span.finish :] or " ") is not None
        or (not span.single and t[span.finish :].startswith(","))  # "..., Mar 2016 - Apr 2020, TX"
    )
    # "Teaching Assistant - Modern Optics, GA Tech (Fall 2014)": dates in brackets closing the line date it,
    # a longer one too.
    closing = t[: span.begin].rstrip().endswith(("(", "[")) and not t[span.finish :].strip(" )].")
    limit = 20 if closing else 14
    if line.is_list and (line.list_level > 0 or words > limit or not at_edge):
        return None
    if _NOT_ROLE_DATE.search(before):
        return None
    if (
        before
        and len(before.split()) > 8
        and t.rstrip().endswith((".", ".)"))
        and before[:1].isupper()
        and not re.search(r"[,|\t–—]", before)
    ):
        return None  # "Got a chance to attend a ceremony (Dec 2023)." is a sentence, not a role
    # "2014. Guest Lecturer, ... Department of Zoology, University of Otago." opens a long role line.
    opens = not before and re.match(r"^[\s.:)\]–—-]", t[span.finish :] or " ") is not None
    if span.single:
        # A lone year or month inside a sentence is not a role's date; at the start or end of a short line it is.
        if (
            (words > (limit if closing else 12) and not opens)
            or words > 45
            or not at_edge
            or (before and before.lower().endswith((" in", " of", " since", " by", " on")))
        ):
            return None
    elif words > (45 if opens else 30) or (not at_edge and words > 14):
        return None
    return span


def _holds_roles(section: Section) -> bool:
    """A role section, or a skills or summary section that goes on with dated role lines (a missing heading:
    "Skills:" then "Learn Ubuntu (PHP Development)<TAB>1/2020 to Present", ...)."""
    if section.kind in ROLE_SECTIONS:
        return True
    if section.kind not in ("skills", "summary"):
        return False
    dated = [x for x in section.lines if len(x.text.split()) <= 12 and _anchor(x) is not None]
    return len(dated) >= 3


def _role_sections(sections: list[Section]) -> set[int]:
    """The indexes of the sections roles are read from."""
    found = {k for k, s in enumerate(sections) if _holds_roles(s)}
    if found:
        return found
    # No heading says where the roles are: sections named by formatting alone, and the top of the page when it
    # goes on past the name and contacts with dated role lines (a CV whose experience has no heading).
    dated = [x for x in sections[0].lines if len(x.text.split()) <= 12 and _anchor(x) is not None]
    top = {0} if len(dated) >= 2 or (len(sections) == 1 and dated) else set()
    return {k for k, s in enumerate(sections) if s.kind == "other"} | top


def _roles(sections: list[Section], which: set[int]) -> list[RoleOutline]:
    """The roles of the role sections; a section whose own roles give it no template reads its unsure roles with
    the template the whole CV's sure roles agree on (`cv_template`)."""
    seen = CvTemplates()
    roles = _read_roles(sections, which, seen)
    fallback = seen.agreed()
    if fallback is not None:
        roles = _read_roles(sections, which, CvTemplates(fallback=fallback))
    current = _current_post(sections[0].lines)
    if current is not None and not any(_same_employer(current, r) for r in roles):
        roles.insert(0, current)
    return roles


def _read_roles(sections: list[Section], which: set[int], cv: CvTemplates) -> list[RoleOutline]:
    roles: list[RoleOutline] = []
    for k in sorted(which):
        lines = _from_top_level(sections[k].lines)
        found = _form_roles(lines) or _section_roles(lines, cv) or _undated_roles(lines)
        if sections[k].kind == "teaching":  # "Teaching": courses taught, and the posts that name themselves
            found = [r for r in found if role_score(r.title.value) >= 1]
        roles.extend(r for r in found if (r.title.value or r.employer.value) and not _not_a_post(r))
    return roles


_STUDY_WORK = re.compile(r"\b(?:thesis|dissertation|project|coursework|capstone)\b", re.I)
# "PhD in Psychology", "BSc Computer Science", "Master's degree": a degree studied for, not a post
_DEGREE = re.compile(
    r"^(?:ph\.?\s?d\.?|doctorate|master(?:'s|’s)?|m\.?sc\.?|m\.?eng\.?|mba|bachelor(?:'s|’s)?|b\.?sc\.?|b\.?eng\.?"
    r"|b\.?a\.?|m\.?a\.?|diploma|certificate|a-levels?|gcses?|abitur|licence|licenciatura|laurea)\b",
    re.I,
)
_MEMBERSHIP = re.compile(
    r"\b(?:member|representative)\b.*\b(?:committee|society)\b|\b(?:committee|society)\b.*\bmember\b", re.I
)


def _not_a_post(role: RoleOutline) -> bool:
    """ "Master's Dissertation, Mathematical Institute" with no title, "Graduate Admissions Committee Member": a
    piece of study or a seat on a committee or in a society, under a role heading, is not a post held."""
    if not role.title.value and _STUDY_WORK.search(role.employer.value):
        return True
    if _STUDY_WORK.search(role.title.value) and role_score(role.title.value) < 1:
        return True  # "Master's Dissertation" read as the title
    if _DEGREE.match(role.title.value.strip()) and role_score(role.title.value) < 1:
        return True  # "PhD in Psychology, University of Grenoble" under a role heading
    return _MEMBERSHIP.search(role.title.value or role.employer.value) is not None


def _from_top_level(lines: list[Line]) -> list[Line]:
    """A section written wholly as a nested list (role lines at level 1, their bullets at level 2, under a heading
    bullet that stands alone) reads from its own top level."""
    levels = [line.list_level for line in lines if line.is_list]
    shift = min(levels) if levels and len(levels) == len(lines) else 0
    if shift <= 0:
        return lines
    return [replace(line, list_level=line.list_level - shift) for line in lines]


def _undated(title: str, employer: str, ids: list[str]) -> RoleOutline:
    employer, place = _split_place(employer.strip(" ,."), strict=True)
    return RoleOutline(
        title=Scored(value=title.strip(" ,."), confidence=0.6),
        employer=Scored(value=employer, confidence=0.6),
        place=Scored(value=place, confidence=0.5 if place else 0.0),
        source_id=ids[0],
        line_ids=ids,
    )


def _title_line(line: Line) -> bool:
    t = line.text.strip()
    return (
        not line.is_list
        and role_score(t) >= 1
        and len(t.split()) <= 6
        and "," not in t.rstrip(",")
        and heading_kind(t) is None
        and not any(c.isdigit() for c in t)
    )


def _organisation_line(line: Line) -> bool:
    t = line.text.strip()
    short = len(t.split()) <= 10 and role_score(t) == 0
    return not line.is_list and _head_like(line) and short and find_dates(t) is None


def _undated_roles(lines: list[Line]) -> list[RoleOutline]:
    """ "Associate Editor" over "Educational Engineering": in a role section with no dates at all, a short title
    line over a short line naming its organisation is a role whose dates the CV does not give."""
    roles = []
    for a, b in pairwise(lines):
        if _title_line(a) and _organisation_line(b) and not b.text.strip().endswith("."):
            roles.append(_undated(a.text, b.text, [a.id, b.id]))
    return roles


def _current_post(top: list[Line]) -> RoleOutline | None:
    """ "Assistant Professor" / "Department of Psychology" / "Amity University, Jaipur" under the name: the post
    the seeker holds now, named at the top of an academic CV."""
    for k, line in enumerate(top[1:6], 1):
        if not _title_line(line):
            continue
        orgs = []
        for nxt in top[k + 1 : k + 4]:
            if not (_organisation_line(nxt) and has_org_word(nxt.text)) or EMAIL.search(nxt.text):
                break
            orgs.append(nxt)
        if orgs:
            names = [o.text.split(",")[0].strip() if has_org_word(o.text.split(",")[0]) else o.text for o in orgs]
            employer = ", ".join(n.strip(" ,.") for n in names)
            return _undated(line.text, employer, [line.id, *(o.id for o in orgs)])
        return None
    return None


def _same_employer(a: RoleOutline, b: RoleOutline) -> bool:
    x, y = fold(a.employer.value), fold(b.employer.value)
    return bool(x and y) and (x in y or y in x or any(p.strip() and p.strip() in y for p in x.split(",")))


def _role_line(line: Line) -> bool:
    """A short line with dates where a role's dates stand."""
    return len(line.text.split()) <= 16 and _anchor(line) is not None


def _form_roles(lines: list[Line]) -> list[RoleOutline]:
    """ "Dates<TAB>2019 – 2021", "Occupation or position held<TAB>Engineer", "Name and address of employer<TAB>
    Siemens AG, Munich": a role written as a form (Europass), its fields by their labels."""
    roles = []
    for form in form_roles([line.text for line in lines]):
        value = (labelled(lines[form.dates].text) or ("", ""))[1]
        span = find_dates(value)
        if span is None:
            return []  # a "Date" label with no dates: not a form of roles
        employer, place = _split_place(form.employer, strict=True)
        if not place and "," in employer:
            employer, place = _split_place(employer, loose=True)
        sure = 0.9 if form.title and employer else 0.5
        roles.append(
            RoleOutline(
                title=Scored(value=form.title, confidence=sure),
                employer=Scored(value=employer, confidence=sure),
                place=Scored(value=place, confidence=0.7 if place else 0.0),
                start=Scored(value=span.start, confidence=_dates_conf(span)),
                end=Scored(value=span.end, confidence=_dates_conf(span)),
                dates_text=span.text.strip(),
                bullets=[Bullet(text=lines[j].text.strip(), source_id=lines[j].id) for j in form.body],
                source_id=lines[form.dates].id,
                line_ids=list(dict.fromkeys(lines[j].id for j in sorted(form.lines))),
            )
        )
    return roles


def _section_roles(lines: list[Line], cv: CvTemplates) -> list[RoleOutline]:
    anchors = [(i, span) for i, line in enumerate(lines) if (span := _anchor(line)) is not None]
    if not anchors:
        return []
    if _dates_last(lines, anchors):
        return _dates_last_roles(lines, anchors, cv)
    before, after = _learn_counts(lines, anchors)
    top = _signature(lines[anchors[0][0] - before]) if before else None
    claimed: set[int] = set()
    blocks: list[tuple[int, DateSpan, list[int], list[int]]] = []
    for k, (i, span) in enumerate(anchors):
        lead, tail = _row_block(lines, anchors, k) or _block(lines, anchors, k, (before, after), claimed, top)
        claimed.update(lead + tail + [i])
        blocks.append((i, span, lead, tail))
    roles: list[RoleOutline] = []
    layouts: list[Layout] = []
    inherited: set[int] = set()  # roles whose employer came from the role above
    for k, (i, span, lead, tail) in enumerate(blocks):
        end = blocks[k + 1][0] - len(blocks[k + 1][2]) if k + 1 < len(blocks) else len(lines)
        body = [j for j in range((tail[-1] + 1) if tail else i + 1, end) if j not in claimed]
        courses = all(_COURSE_START.match(lines[j].text.strip()) for j in lead)
        if roles and courses and _course_line(lines[i].text, span):
            _extend(roles[-1], span, [lines[j] for j in [*lead, i, *tail, *body]])
            continue
        role = _role(lines, i, span, lead, tail, body)
        if roles and not lead and blocks[k - 1][0] == i - 1 and _dates_only(lines[i].text, span):
            # "(February 2019 – April 2019)" then "(July 2019 – November 2019)" under one title: a second spell
            role.title, role.employer, role.place = roles[-1].title, roles[-1].employer, roles[-1].place
        if roles:  # a line the role took from above is no bullet of the role before
            roles[-1].bullets = [b for b in roles[-1].bullets if b.source_id not in role.line_ids]
        # "Ivy Tech Community College" over "Professor<TAB>2019 - Present", "Assistant Program Chair<TAB>2015 –
        # 2019", ...: title lines right under one another share the employer above the first.
        if roles and _shares_employer(role, roles[-1], blocks, k, inherited):
            role.employer = Scored(value=roles[-1].employer.value, confidence=0.6)
            role.place = role.place if role.place.value else roles[-1].place
            inherited.add(k)
        roles.append(role)
        layouts.append(_layout(lines, i, span, lead, tail))
    return _employer_groups(_follow_template(roles, layouts, cv))


def _employer_groups(roles: list[RoleOutline]) -> list[RoleOutline]:
    """ "Deloitte, London<TAB>2014 – 2021" over "Manager<TAB>2019 – 2021" and "Senior Associate<TAB>2014 – 2019": an
    employer with its whole span and no title groups the titled roles within that span, which take its name."""
    out: list[RoleOutline] = []
    k = 0
    while k < len(roles):
        group, inner = roles[k], []
        for r in roles[k + 1 :]:
            if group.title.value or r.employer.value or not r.title.value or not _within(r, group):
                break
            inner.append(r)
        for r in inner:
            r.employer = Scored(value=group.employer.value, confidence=0.7)
            r.place = r.place if r.place.value else group.place
            r.line_ids = list(dict.fromkeys([*group.line_ids, *r.line_ids]))
        out.extend(inner or [group])
        k += 1 + len(inner)
    return out


def _within(role: RoleOutline, group: RoleOutline) -> bool:
    def year(v: str, late: bool) -> str:
        return "9999" if v == "present" else (v[:4] if v else ("9999" if late else "0000"))

    start, end = year(role.start.value, False), year(role.end.value, True)
    return year(group.start.value, False) <= start and end <= year(group.end.value, True) and bool(group.start.value)


def _layout(lines: list[Line], i: int, span: DateSpan, lead: list[int], tail: list[int]) -> Layout:
    """A role's heading pieces by slot: which of its lines, counted from its dates' line (-1 the heading line
    right above it, also when bullets stand between), and index among the line's pieces that are neither a place
    nor an arrangement ("Part-time")."""
    pieces: dict[tuple[int, int], str] = {}
    for offset, j in enumerate([*lead, i, *tail], -len(lead)):
        segs = _own_segments(lines[j].text, span) if j == i else _segments(lines[j].text)
        kept = [s for s, _ in segs if s and not is_place(s) and not _arrangement(s) and not s.startswith("(")]
        pieces.update(((offset, n), s) for n, s in enumerate(kept))
    return Layout(pieces)


def _follow_template(roles: list[RoleOutline], layouts: list[Layout], cv: CvTemplates) -> list[RoleOutline]:
    """Roles of one section share one layout (`cv_template`); an employer read by it may carry its place."""
    for role in follow_section_template(roles, layouts, cv):
        if role.employer.confidence == FOLLOWED and "," in role.employer.value and not role.place.value:
            employer, place = _split_place(role.employer.value, loose=True)
            role.employer.value, role.place = employer, Scored(value=place, confidence=0.7 if place else 0.0)
    return roles


_COURSE_START = re.compile(r"^[A-Z][A-Za-z]{1,4} ?\d{2,4}[A-Za-z]?\b")


def _course_line(text: str, span: DateSpan) -> bool:
    """ "2024          Econ 230  Microeconomic Theory": a course taught in a year, under the post it was taught in."""
    rest = (text[: span.begin] + " " + text[span.finish :]).strip(" \t:–—-")
    return _COURSE_START.match(rest) is not None


def _extend(role: RoleOutline, span: DateSpan, lines: list[Line]) -> None:
    """The role above runs over these dates too; their lines become its bullets."""
    starts = [v for v in (role.start.value, span.start) if v]
    role.start.value = min(starts, key=lambda v: v[:4]) if starts else ""
    ends = [role.end.value, span.end]
    role.end.value = "present" if "present" in ends else max(ends, key=lambda v: v[:4])
    role.bullets.extend(Bullet(text=x.text.strip(), level=max(x.list_level, 0), source_id=x.id) for x in lines)


def _learn_counts(lines: list[Line], anchors: list[tuple[int, DateSpan]]) -> tuple[int, int]:
    """How many short lines stand before and after the dates of the section's first role."""
    first = anchors[0][0]
    before = 0
    while (
        before < 3
        and first - before - 1 >= 0
        and _head_like(lines[first - before - 1])
        and not _sub_heading(lines[first - before - 1], lines, anchors)
    ):
        before += 1
    nxt = anchors[1][0] if len(anchors) > 1 else len(lines)
    after = 0
    while after < 3 and first + after + 1 < nxt - before and _head_like(lines[first + after + 1]):
        after += 1
    return before, after


def _block(
    lines: list[Line],
    anchors: list[tuple[int, DateSpan]],
    k: int,
    counts: tuple[int, int],
    claimed: set[int],
    top: tuple[str, bool, bool] | None,
) -> tuple[list[int], list[int]]:
    """The short lines before and after the k-th dates that hold its role's title, employer and place. A role with
    one line more than the first goes on up to the line dressed like the first role's top line ("Engineer" in
    bold over "Globex Ltd", "Payments team")."""
    before, after = counts
    i = anchors[k][0]
    prev_anchor = anchors[k - 1][0] if k else -1
    lead: list[int] = []
    j = i - 1
    while (
        len(lead) < before and j > prev_anchor and j not in claimed and _head_like(lines[j]) and not _anchor(lines[j])
    ):
        lead.insert(0, j)
        j -= 1
    if top is not None and lead and _signature(lines[lead[0]]) != top:
        extra = _up_to_top(lines, j, prev_anchor, claimed, top)
        lead = extra + lead if extra else lead
    nxt = anchors[k + 1][0] if k + 1 < len(anchors) else len(lines)
    tail: list[int] = []
    j = i + 1
    while len(tail) < after and j < nxt and _head_like(lines[j]):
        tail.append(j)
        j += 1
    return lead, tail


def _up_to_top(lines: list[Line], j: int, stop: int, claimed: set[int], top: tuple[str, bool, bool]) -> list[int]:
    """The short lines from j up to the nearest one dressed like `top` (one or two), or none when there is none."""
    out: list[int] = []
    while len(out) < 2 and j > stop and j not in claimed and _head_like(lines[j]) and not _anchor(lines[j]):
        out.insert(0, j)
        if _signature(lines[j]) == top:
            return out
        j -= 1
    return []


_ROW = re.compile(r"^(.*t\d+r\d+)c\d+")


def _row_of(line: Line) -> str:
    m = _ROW.match(line.id)
    return m.group(1) if m and line.area == "table" else ""


def _row_block(lines: list[Line], anchors: list[tuple[int, DateSpan]], k: int) -> tuple[list[int], list[int]] | None:
    """ "2021 – 2022 | Chief Resident / Outpatient Division | Massachusetts General Hospital": dates alone in their
    table row (no other dates there) take the row's short lines, and no line of the rows around."""
    i = anchors[k][0]
    row = _row_of(lines[i])
    if not row or any(_row_of(lines[j]) == row for j, _ in anchors if j != i):
        return None
    same = [j for j in range(len(lines)) if j != i and _row_of(lines[j]) == row]
    lead = [j for j in same if j < i and _head_like(lines[j])]
    tail: list[int] = []
    for j in (j for j in same if j > i):
        if not _head_like(lines[j]) or len(tail) == 3:
            break
        tail.append(j)
    return (lead, tail) if lead or tail else None


def _sub_heading(line: Line, lines: list[Line], anchors: list[tuple[int, DateSpan]]) -> bool:
    """ "Local", "Current" in a heading style above a section's first dates: a heading within the section that
    groups its roles, not a line of the first role. An employer in that style ("Acme Corp" in Heading 2) stands
    above most roles' dates; a group heading above few."""
    style = line.style.lower()
    headed = bool(_signature(line)[0]) or re.fullmatch(r"h\d", style) is not None
    if not headed or line.style == lines[anchors[0][0]].style or len(line.text.split()) > 3 or role_score(line.text):
        return False
    gaps = list(pairwise(i for i, _ in anchors))
    repeats = sum(1 for a, b in gaps if any(lines[j].style == line.style for j in range(a + 1, b)))
    return repeats * 2 < len(gaps)


def _dates_only(text: str, span: DateSpan) -> bool:
    rest = text[: span.begin] + text[span.finish :]
    return not any(c.isalnum() for c in rest)


def _dates_last(lines: list[Line], anchors: list[tuple[int, DateSpan]]) -> bool:
    """A role's heading line, its bullets, then its dates alone on a line: the section opens with a heading
    line and its first dates stand alone right under a bullet."""
    i, span = anchors[0]
    return (
        i >= 2
        and _dates_only(lines[i].text, span)
        and lines[i - 1].is_list
        and _head_like(lines[0])
        and any(role_score(seg) >= 1 for seg, _ in _segments(lines[0].text))
    )


def _dates_last_roles(lines: list[Line], anchors: list[tuple[int, DateSpan]], cv: CvTemplates) -> list[RoleOutline]:
    """Each role's heading lines follow the dates of the role above (or open the section), then its bullets,
    then its own dates."""
    roles: list[RoleOutline] = []
    layouts: list[Layout] = []
    start = 0
    for i, span in anchors:
        lead: list[int] = []
        j = start
        while len(lead) < 3 and j < i and _head_like(lines[j]) and not lines[j].is_list:
            lead.append(j)
            j += 1
        body = list(range(j, i))
        roles.append(_role(lines, i, span, lead, [], body))
        layouts.append(_layout(lines, i, span, lead, []))
        start = i + 1
    return _follow_template(roles, layouts, cv)


def _shares_employer(
    role: RoleOutline,
    prev: RoleOutline,
    blocks: list[tuple[int, DateSpan, list[int], list[int]]],
    k: int,
    inherited: set[int],
) -> bool:
    """A title line with dates and no employer, under a role whose employer stood on a line of its own (or right
    under it): "FrieslandCampina WAMCO" over "Credit Control Manager", bullets, "Commercial Data Analyst"."""
    i, _, lead, _ = blocks[k]
    prev_i, _, prev_lead, prev_tail = blocks[k - 1]
    if role.employer.value or not role.title.value or not prev.employer.value or (lead and not role.place.value):
        return False  # a lead line that gave only the place ("Dublin, Ireland") leaves the employer to the role above
    own_line = bool(prev_lead or prev_tail) or k - 1 in inherited  # the employer above stood on a line of its own
    right_under = own_line and not prev.bullets and prev_i + len(prev_tail) + 1 == i
    return right_under or ((bool(prev_lead) or k - 1 in inherited) and role_score(role.title.value) >= 1)


_SUPERVISOR = re.compile(r"\s+(?:with|for|under)\s+(?:Dr|Prof|Professor)\.?\s+[^,;|\t]*", re.I)


_ORG_THEN_PARENS = re.compile(r"^\s*(?P<org>[^()\t|]+?)\s*\((?P<inner>[^()]+)\)[\s.]*$")
_ARRANGEMENTS = frozenset(
    ["contract", "remote", "self-employed", "startup", "freelance", "on-site", "hybrid", "temporary", "seasonal"]
)
_TERMS = frozenset(
    [*_ARRANGEMENTS, "part-time", "full-time", "part", "full", "time", "permanent", "fixed-term", "fixed", "term"]
)


def _arrangement(piece: str) -> bool:
    """ "Part-time", "Full Time", "Contract": how the role was held, no title or employer."""
    words = [w.strip(".,()") for w in fold(piece).split()]
    return bool(words) and len(words) <= 3 and all(w in _TERMS for w in words)


def _org_then_title(text: str) -> list[tuple[str, bool]] | None:
    """ "Apparel Business Systems (Lead PHP Developer)", "Nickelfish (Contract)": the employer, then in brackets
    the title among notes on the arrangement; None when the line does not read so."""
    m = _ORG_THEN_PARENS.match(text)
    if m is None or not m.group("inner")[:1].isupper():
        return None
    parts = [p.strip(" .") for p in m.group("inner").split(",") if p.strip(" .")]
    if len(parts) == 1 and parts[0].isupper() and " " not in parts[0]:
        return None  # "International Rice Research Institute (IRRI)": the name's short form
    titled = [p for p in parts if role_score(p) >= 1]
    head = m.group("org").split(",")[0]
    if not titled and "," in m.group("org") and role_score(head) >= 1:
        return None  # "Research Intern, Amazon Web Services (Automated Reasoning Group)": the brackets name a unit
    if not titled and len(parts) == 1 and not any(w in _ARRANGEMENTS for w in tokens(parts[0])):
        titled = parts  # "Learn Ubuntu (PHP Development)"
    org = (m.group("org").strip(), True)
    return [(titled[-1], False), org] if titled else [org]


_BRACKET = re.compile(r"\s*\(([^()]+)\)")


def _segments(text: str) -> list[tuple[str, bool]]:
    """The pieces of a role line, each with whether it followed "at" (then it names the employer)."""
    field = labelled(text)
    if field is not None and field[0] in ("employer", "title") and field[1]:
        return [(_trim(field[1]), field[0] == "employer")]  # "Company: Acme Corp": the value, told by its label
    bracketed = _org_then_title(text)
    if bracketed is not None:
        return bracketed
    text = _LOWER_PARENS.sub(" ", text)
    text = _BRACKET.sub(lambda m: " " if _arrangement(m.group(1)) else m.group(0), text)  # "(Part-Time)"
    # "General Motors (Toledo, OH)": a place in brackets is a piece of its own
    text = _BRACKET.sub(lambda m: f"\t{m.group(1)}\t" if is_place(m.group(1)) else m.group(0), text)
    text = re.sub(r",\s*[A-Z][a-z]+:\s.*$", "", text)  # "..., Advisor: Dr. Katz": a labelled aside
    # "Research Assistant for Dr. Steven Cranmer, LASP": the supervisor is an aside, the employer follows.
    text = _SUPERVISOR.sub("", text)
    text = re.sub(r"^\s*(?:from|since)\b\s*:?\s*", "", text, flags=re.I)
    out = []
    parts = [p for p in _STRONG_SPLIT.split(text) if p.strip()]
    if len(parts) == 1:
        parts = _WEAK_SPLIT.split(parts[0])
    for part in parts:
        subs = _AT.split(part)
        for n, sub in enumerate(subs):
            sub = _trim(sub)
            if not sub or not any(c.isalpha() for c in sub):
                continue
            # "Java developer in Dataprizma LLC", "Member of Insan Project": a role, then its organisation.
            m = _ROLE_OF_ORG.match(sub)
            if n == 0 and m and _role_of_org(sub, m):
                # "Secretary of the Society of Physics Students at GA Tech": where the organisation is goes with it
                where = " at ".join(_trim(x) for x in subs[1:] if _trim(x))
                org = f"{m.group(2).strip()} at {where}" if where else m.group(2).strip()
                out += [(m.group(1).strip(), False), (org, True)]
                break
            out.append((sub, n > 0))
    return out


def _role_of_org(sub: str, m: re.Match[str]) -> bool:
    return (
        "," not in sub
        and len(m.group(1).split()) <= 6
        and role_score(m.group(1)) >= 1
        and has_org_word(m.group(2), strong=True)
    )


def _trim(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" ,;:.–—-[]\"'“”|│•·▸►▪◆■●○◦»›~/")
    text = text.rstrip(" (").lstrip(" )").strip(" ,;:.–—-")
    if text.startswith("(") and ")" not in text:
        text = text[1:].strip()
    if text.endswith(")") and "(" not in text:
        text = text[:-1].strip()
    if text.startswith("(") and text.endswith(")") and text.count("(") == 1:
        text = text[1:-1].strip()
    return text


def _own_segments(anchor: str, span: DateSpan) -> list[tuple[str, bool]]:
    """The anchor line's pieces around its dates."""
    head, tail_text = anchor[: span.begin].rstrip(), anchor[span.finish :].lstrip()
    if head.endswith(("(", "[")) and tail_text.startswith((")", "]")):  # "Camp Counselor (June – August 2015), ..."
        head, tail_text = head[:-1], tail_text[1:]
    own = _segments((head + "\t" + tail_text).strip())
    if head.strip():  # "Trustee, Zoë's Reading Trust (2019 – present): oversaw a £300k budget": text after
        after = {s for s, _ in _segments(tail_text)}  # the dates that starts in lower case describes the role
        own = [(s, a) for s, a in own if not (s in after and s[:1].islower() and len(s.split()) >= 3)]
    return own


@dataclass
class _Pieces:
    place: str = ""
    kept: list[str] = field(default_factory=list)
    firsts: list[bool] = field(default_factory=list)  # first piece of its line: places trail their employer
    ats: list[bool] = field(default_factory=list)


def _city_and_country(text: str) -> bool:
    """ "Dublin, Ireland", "New York, NY": a place whose first part reads as a city (no acronym such as "HSBC",
    at most two words unless a known city)."""
    first = text.split(",")[0].strip()
    if not is_place(text) or re.search(r"\b[A-Z]{2,}\b", first):
        return False
    return len(first.split()) <= 2 or is_place(first)


def _collect(pieces: list[list[tuple[str, bool]]]) -> _Pieces:
    out = _Pieces()
    for piece in pieces:
        for n, (s, after_at) in enumerate(piece):
            if s.startswith("(") and s.endswith(")"):
                out.place = out.place or s.strip("()")  # "(Orlando Campus)": a qualifier, not a title or employer
                continue
            if "," in s and not out.place and not _city_and_country(s):  # "Dublin, Ireland" is one place
                s, out.place = _split_place(s, strict=True)
            if is_place(s) and not out.place:
                out.place = s
            elif s and not _arrangement(s):
                out.kept.append(s)
                out.firsts.append(n == 0)
                out.ats.append(after_at)
    return out


_COURSE = re.compile(r"\b[A-Z][A-Za-z]{1,4} ?\d{2,4}[A-Za-z]?\b")


def _without_courses(rest: list[str]) -> list[str]:
    """ "Teaching Assistant, CSE 130: Programming Languages, UCSD": the course between the title and the
    organisation is not the employer."""
    if len(rest) >= 2 and all(_COURSE.search(p) for p in rest[:-1]) and not _COURSE.search(rest[-1]):
        return rest[-1:]
    return rest


_LEGAL_FORM = re.compile(r"(?:llc|inc|ltd|limited|gmbh|plc|corp|co|sa|ag|bv|pty ltd|llp|lp|sarl|srl|oy|ab|as)\.?", re.I)
_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")


_TEACHING_TITLE = re.compile(r"\b(?:teaching|instructor|tutor|lecturer|teacher|preceptor|demonstrator)\b", re.I)


def _without_topic(employer: str, title: str = "") -> str:
    """ "Modern Optics, GA Tech" after "Teaching Assistant -": the subject taught comes before the organisation;
    a first part with no organisation or role word goes when the last part names an organisation (after a
    teaching title, a course's "Lab" is no organisation: "Intro Astronomy w/ Lab, CU Boulder")."""
    first, _, rest = employer.partition(",")
    last = rest.rsplit(",", 1)[-1].strip()
    named = has_org_word(first, strong=_TEACHING_TITLE.search(title) is not None)
    if named or role_score(first) > 0 or is_place(last) or _LEGAL_FORM.fullmatch(last):
        return employer  # "Green Tag, LLC" is one name
    if not (has_org_word(last) or _ACRONYM.search(last)):
        return employer
    return rest.strip()


def _plain_place(text: str) -> bool:
    """ "New York City", "Lagos": a few capitalised words naming no organisation or role."""
    words = text.split()
    if is_place(text):
        return True
    plain = org_score(text) == 0 and role_score(text) == 0 and not any(c.isdigit() for c in text)
    return 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and plain


def _comma_title(text: str, place: str) -> tuple[str, str, float, float, str]:
    """ "Analytical Lead, Medicines Analysis Team, NHSEI": the title, then everything else is the employer."""
    parts = [p.strip() for p in text.split(",") if p.strip()]
    for p in [p for p in parts if p.startswith("(") and p.endswith(")")]:
        parts.remove(p)
        place = place or p.strip("()")
    scores = [role_score(p) for p in parts]
    if len(parts) >= 2 and max(scores) < 1 and all(has_org_word(p) for p in parts):
        # "Noble Network of Charter Schools, ITW David Speer Academy": an employer and its unit, no title.
        return "", ", ".join(parts), 0.3, 0.8, place
    if len(parts) == 2 and max(scores) < 1 and has_org_word(parts[0]) and _plain_place(parts[1]) and not place:
        # "National Museum of Mathematics, New York City": an organisation and where it is, no title.
        return "", parts[0], 0.3, 0.7, parts[1]
    t = max(range(len(parts)), key=lambda k: (scores[k], -k)) if parts else 0
    title = parts[t] if parts else ""
    employer = ", ".join(_without_courses([p for k, p in enumerate(parts) if k != t]) if t == 0 else [])
    employer = employer or ", ".join(p for k, p in enumerate(parts) if k != t)
    head, unit = _split_run_on(title)
    if unit and employer and (has_org_word(unit) or has_org_word(employer)):
        title, employer = head, f"{unit}, {employer}"  # "Research Intern Mathematical Institute, University of X"
    title_conf = 0.9 if parts and scores[t] >= 1 else 0.5
    employer_conf = 0.9 if employer and org_score(employer) > 0 else _bare_employer_conf(employer, title_conf)
    if not employer:
        title, employer, title_conf, employer_conf = _assign(parts, [True] * len(parts), [False] * len(parts))
    return title, employer, title_conf, employer_conf, place


def _title_and_employer(got: _Pieces) -> tuple[str, str, float, float, str]:
    place = got.place
    if len(got.kept) == 1 and "," in got.kept[0] and not any(got.ats):
        title, employer, title_conf, employer_conf, place = _comma_title(got.kept[0], place)
    else:
        kept, firsts, ats, trailing = got.kept, got.firsts, got.ats, ""
        if not place:  # with a place already found, the last piece is not one
            kept, firsts, ats, trailing = _split_titled_employer(kept, firsts, ats)
        title, employer, title_conf, employer_conf = _assign(kept, firsts, ats)
        place = place or trailing
        if title_conf >= 0.9 and "," in employer and employer in kept:  # a piece of its own after the title
            employer = _without_topic(employer, title)
    if employer and "," in employer and not place and not _campus(employer):
        employer, place = _split_place(employer, loose=title != "")
    if not employer and place and title:
        employer, place = _employer_before_city(place)
        employer_conf = 0.6 if employer else employer_conf
    return title, employer, title_conf, employer_conf, place


_CAMPUS = re.compile(r"^(?:the\s+)?university\s+of\s+(?P<state>[\w ]+),\s*[A-Z][\w-]+(?:\s[A-Z][\w-]+)?$", re.I)


def _campus(employer: str) -> bool:
    """ "University of California, San Francisco": a university named after its state (or country), then its
    campus."""
    m = _CAMPUS.match(employer)
    if m is None or fold(m.group("state").strip()) not in REGIONS | COUNTRIES:
        return False  # "University of Toronto, Toronto" is the university, then its city
    tail = employer.split(",", 1)[1].strip()
    return fold(tail) not in COUNTRIES and fold(tail) not in REGIONS and US_STATE.match(tail) is None


_CITY_WORDS = frozenset(["new", "san", "los", "las", "santa", "st", "st.", "saint", "fort", "palo", "el", "la", "ann"])
_CITY_ENDS = frozenset(["city", "town", "beach", "springs", "falls", "heights", "park", "hills", "island", "valley"])


def _employer_before_city(place: str) -> tuple[str, str]:
    """ "Uptown Espresso Seattle, WA" read as the place: the words before the city name the employer (the city is the
    last word, or the last two after "New", "San", "Los" ... or before "City", "Beach" ...)."""
    first, comma, rest = place.partition(",")
    words = first.split()
    if rest.count(",") == 1 and first[:1].isupper():  # "Northwind Traders, Utrecht, Nederland": employer, city, country
        return first.strip(), rest.strip()
    if not comma or len(words) < 3:
        return "", place
    n = 2 if fold(words[-2]) in _CITY_WORDS or fold(words[-1]) in _CITY_ENDS else 1
    if len(words) - n < 2 or not all(w[:1].isupper() for w in words):
        return "", place
    return " ".join(words[:-n]), f"{' '.join(words[-n:])},{rest}"


def _near_title_line(near: Line | None, first_piece: str) -> bool:
    """A line beside the role's dates that can hold its title."""
    return (
        near is not None
        and (
            _head_like(near)
            or (not near.is_list and len(near.text.split()) <= 30)
            or (near.is_list and len(near.text.split()) <= 4)
        )
        and role_score(first_piece) >= 1
        and len(first_piece.split()) <= 5
        and _anchor(near) is None
    )


def _title_nearby(lines: list[Line], i: int, taken: list[int]) -> tuple[str, int | None]:
    """ "Bill's Superette, Andover, MN. 02/2018 – 08/2019." with "Shift Supervisor." below: the title and its line."""
    for j in (i + 1, i + 2, i - 1):
        if j == i + 2 and not (j - 1 < len(lines) and _head_like(lines[j - 1])):
            continue  # two lines down only past a short description ("Power Drives Manufacturer")
        near = lines[j] if 0 <= j < len(lines) else None
        segs = _segments(near.text) if near is not None else []
        first_piece = segs[0][0] if segs else ""
        if j not in taken and _near_title_line(near, first_piece):
            return first_piece.strip(" .,"), j
    return "", None


def _whole_bracketed_employer(
    texts: list[str], others: list[list[tuple[str, bool]]], own: list[tuple[str, bool]]
) -> list[list[tuple[str, bool]]]:
    """ "HP (HBCU FOWA Innovator Incubator)" over "Software Engineer<TAB>July 2024 – Sept 2024": when another line of
    the role holds its title, the brackets on the employer's line name a unit of it, not the title."""
    titled = [k for k, segs in enumerate([*others, own]) if any(role_score(t) >= 1 for t, _ in segs)]
    out = []
    for k, (text, segs) in enumerate(zip(texts, others, strict=True)):
        bracketed = _org_then_title(text)
        unit = bracketed is not None and len(bracketed) == 2 and role_score(bracketed[0][0]) < 1
        out.append([(text.strip(), True)] if unit and any(t != k for t in titled) else segs)
    return out


def _employer_above(lines: list[Line], i: int) -> bool:
    """The line right above a title-and-dates line with no employer, after the role above's bullets: a short line
    naming no role and no dates, set apart like a heading (bold, capitals or a heading style)."""
    if i < 2 or not lines[i - 2].is_list:
        return False
    above = lines[i - 1]
    sig = _signature(above)
    return (
        _head_like(above)
        and _anchor(above) is None
        and role_score(above.text) < 1
        and len(above.text.split()) <= 6
        and bool(sig[0] or sig[1] or sig[2])
    )


def _place_beside_dates(own: list[tuple[str, bool]], others: list[list[tuple[str, bool]]]) -> str:
    """ "Marketing Manager – Unilever" over "London | 2018 – 2021": when a line of its own holds the title and
    an employer, the one short plain piece beside the dates is the place."""
    if len(own) != 1 or own[0][1]:
        return ""
    piece = own[0][0]
    if len(piece.split()) > 3 or not piece[:1].isupper() or org_score(piece) > 0 or role_score(piece) > 0:
        return ""
    for segs in others:
        texts = [t for t, _ in segs]
        if len(texts) == 1:  # "Product Manager, Monzo"
            texts = [p.strip() for p in texts[0].split(",") if p.strip()]
        titled = [t for t in texts if role_score(t) >= 1]
        if len(texts) == 2 and len(titled) == 1 and not is_place(next(t for t in texts if t not in titled)):
            return piece
    return ""


def _dates_conf(span: DateSpan) -> float:
    return 0.6 if span.single or not span.start else (0.95 if "-" in span.start else 0.85)


def _role(lines: list[Line], i: int, span: DateSpan, lead: list[int], tail: list[int], body: list[int]) -> RoleOutline:
    own = _own_segments(lines[i].text, span)
    others = [_segments(lines[j].text) for j in lead + tail]
    others = _whole_bracketed_employer([lines[j].text for j in lead + tail], others, own)
    beside = _place_beside_dates(own, others)
    if beside:
        own = []
    pieces = [*others[: len(lead)], own, *others[len(lead) :]]
    got = _collect(pieces)
    got.place = got.place or beside
    title, employer, title_conf, employer_conf, place = _title_and_employer(got)
    if not title:
        title, used = _title_nearby(lines, i, lead + tail)
        if used is not None:
            title_conf = 0.6
            body = [b for b in body if b != used]
    if title and not employer and not lead and _employer_above(lines, i):
        employer, employer_conf = lines[i - 1].text.strip(), 0.6  # "Globex Ltd" over "Engineer<TAB>2016 – 2019"
        lead = [i - 1]
    dates_conf = _dates_conf(span)
    bullets = [
        Bullet(text=lines[j].text.strip(), level=max(lines[j].list_level, 0), source_id=lines[j].id) for j in body
    ]
    return RoleOutline(
        title=Scored(value=title, confidence=title_conf),
        employer=Scored(value=employer, confidence=employer_conf),
        place=Scored(value=place, confidence=0.7 if place else 0.0),
        start=Scored(value=span.start, confidence=dates_conf),
        end=Scored(value=span.end, confidence=dates_conf),
        dates_text=span.text.strip(),
        bullets=bullets,
        source_id=lines[i].id,
        line_ids=list(dict.fromkeys(lines[j].id for j in [*lead, i, *tail])),
    )


_UNIT_START = re.compile(
    r"^(?:the\s+)?(?:department|dept|faculty|division|school of|lab|laboratory|institute of|cent(?:re|er) for)\b", re.I
)


def _organisation_before_unit(segs: list[str], firsts: list[bool], roles: list[float], t: int, e: int) -> int:
    """ "Brown Space Engineering | CubeSat Team" above the title: the line's first piece is the organisation and the
    piece after it its team, unless the first piece names a unit itself ("Department of Biology | ...")."""
    o = e - 1
    if o < 0 or o == t or firsts[e] or not firsts[o] or t in (o, e) or roles[o] > 0:
        return e
    if _UNIT_START.match(segs[o]) or not segs[o][:1].isupper() or is_place(segs[o]):
        return e
    return o


def _bare_employer_conf(employer: str, title_conf: float) -> float:
    """ "Allegro" beside a sure title: a name that is no known place is the employer ("London" could be either)."""
    sure = title_conf >= 0.9 and employer[:1].isupper() and not is_place(employer) and role_score(employer) == 0
    return 0.8 if sure else 0.6


def _split_titled_employer(
    kept: list[str], firsts: list[bool], ats: list[bool]
) -> tuple[list[str], list[bool], list[bool], str]:
    """ "Senior Programme Manager, Northbridge Bank — London": the title's piece holds the employer after a comma,
    and the short piece after it is the place."""
    if len(kept) != 2 or any(ats):
        return kept, firsts, ats, ""
    first, second = kept
    head, _, rest = first.partition(",")
    if (
        rest.strip()
        and role_score(head) >= 1
        and role_score(rest) == 0
        and role_score(second) == 0
        and org_score(second) == 0
        and len(second.split()) <= 3
        and second[:1].isupper()
    ):
        return [head.strip(), rest.strip()], [True, False], [False, False], second
    return kept, firsts, ats, ""


def _split_place(employer: str, strict: bool = False, loose: bool = False) -> tuple[str, str]:
    """ "Lincoln High School, Portland, OR" -> the school and the place; "Hutt Valley DHB, Lower Hutt" too
    (strict: only a known place such as "Coon Rapids, MN" or "Finland" is split off; loose, when the title
    is known: a last part of one or two capitalised words without an organisation word is a place too)."""
    if _campus(employer):
        return employer, ""
    parts = [p.strip() for p in employer.split(",")]
    for k in range(1, len(parts)):
        head, tail = ", ".join(parts[:k]), ", ".join(parts[k:])
        if _campus(f"{parts[k - 1]}, {parts[k]}"):
            continue  # "..., University of California, San Francisco": the campus is part of the name
        if is_place(tail):
            return head, tail
        plain_tail = org_score(tail) == 0 and role_score(tail) == 0 and not any(c.isdigit() for c in tail)
        if not strict and plain_tail and org_score(head) >= 1 and len(tail.split()) <= 3:
            return head, tail
        if (
            loose
            and k == len(parts) - 1
            and plain_tail
            and len(tail.split()) <= 2
            and all(w[:1].isupper() for w in tail.split())
        ):
            return head, tail
    return employer, ""


# Role nouns that end a title: the words after the last of them on a run-on line name the employer. Words that
# also start or name organisations ("Partner", "Associate", "Member", "Head") are left out.
_TITLE_ENDS = ROLE_NOUNS - {
    fold(w)
    for w in (
        "partner",
        "associate",
        "member",
        "head",
        "chair",
        "stage",
        "reader",
        "student",
        "co-op",
        "part-time",
        "full-time",
        "ta",
    )
}
_NOT_ORG_START = {"of", "in", "for", "at", "and", "&", "to", "with", "on", "de", "du", "des"}


def _split_run_on(text: str) -> tuple[str, str]:
    """ "Doctoral Researcher BMW Group", "President Stuyvesant Student Union": a title, then its employer with no
    separator between; ("", "") when the line does not read so."""
    words = text.split()
    ends = [
        k
        for k, w in enumerate(words)
        if fold(w.strip(".,")) in _TITLE_ENDS or fold(w.strip(".,")).rstrip("s") in _TITLE_ENDS
    ]
    if not ends or ends[-1] >= len(words) - 1:
        return "", ""
    k = ends[-1]
    if words[k].endswith(","):
        return "", ""  # "Associate Director, Psychiatric Studies": the words after the comma qualify the title
    rest = " ".join(words[k + 1 :])
    first = words[k + 1]
    if not first[:1].isupper() or fold(first) in _NOT_ORG_START:
        return "", ""
    if not (org_score(rest) > 0 or len(words) - k - 1 >= 2):
        return "", ""
    return " ".join(words[: k + 1]), rest


def _one_piece(s: str) -> tuple[str, str, float, float]:
    """Title or employer, when a role line holds one piece besides its dates."""
    title, employer = _split_run_on(s)
    if employer:
        return title, employer, 0.7, 0.7
    ends_with_role = fold(s.split()[-1].strip(".,")) in _TITLE_ENDS if s.split() else False
    if role_score(s) >= 1 and (org_score(s) < 1 or ends_with_role):  # "Team Lead": a title, "Team" or not
        return s, "", 0.8, 0.2
    return "", s, 0.2, 0.5


def _assign_without_title_word(segs: list[str], orgs: list[float]) -> tuple[str, str, float, float]:
    """Nothing says which is the title: the one without an organisation word, the one naming a line of work
    ("Spotify | Growth Marketing"), else the first."""
    o = max(range(len(segs)), key=lambda k: (orgs[k], -k))
    if orgs[o] > 0:
        t = next((k for k in range(len(segs)) if k != o), 0)
        return segs[t], segs[o], 0.6, 0.8
    fields = [k for k in range(len(segs)) if names_a_field(segs[k])]
    if len(fields) == 1:
        t = fields[0]
        return segs[t], segs[next(k for k in range(len(segs)) if k != t)], 0.5, 0.5
    return segs[0], segs[1], 0.5, 0.5


def _assign(segs: list[str], firsts: list[bool], ats: list[bool]) -> tuple[str, str, float, float]:
    """Title and employer among a role's segments, with their confidences."""
    if not segs:
        return "", "", 0.2, 0.2
    if any(ats) and len(segs) >= 2:  # "Working Student at Siemens"
        e = ats.index(True)
        t = e - 1 if e > 0 else next(k for k in range(len(segs)) if k != e)
        head, _, program = segs[t].partition(",")
        if program.strip() and role_score(head) >= 1 and role_score(program) == 0:
            return head.strip(), segs[e], 0.9, 0.9  # "Undergraduate Researcher, Heliophysics REU at University X"
        return segs[t], segs[e], 0.9, 0.9
    if len(segs) == 1:
        return _one_piece(segs[0])
    roles = [role_score(s) for s in segs]
    orgs = [org_score(s) for s in segs]
    t = max(range(len(segs)), key=lambda k: (roles[k] - 0.5 * orgs[k], -k))
    rest = [k for k in range(len(segs)) if k != t]
    if roles[t] <= 0:
        return _assign_without_title_word(segs, orgs)
    rest = [k for k in rest if fold(segs[k]) != fold(segs[t])] or rest
    e = max(rest, key=lambda k: (orgs[k] - roles[k], segs[k][:1].isupper(), firsts[k], -abs(k - t)))
    e = _organisation_before_unit(segs, firsts, roles, t, e)
    head, _, after = segs[t].partition(",")
    if (
        after.strip()
        and (orgs[e] == 0 or _COURSE_START.match(segs[e]) is not None)  # "Econ 313", "CS 106A: ..."; not "IBTCI"
        and role_score(head) >= 1
        and has_org_word(after)
        and not role_score(after)
    ):
        # "Teaching Assistant, McGill University" over "2025  Econ 313 Economic Development": the organisation
        # after the title's comma, not a piece with no organisation word, is the employer.
        return head.strip(), after.strip(), 0.8, 0.8
    title, unit = _split_run_on(segs[t])
    if unit and e == t + 1 and (has_org_word(unit) or has_org_word(segs[e])):
        # "Undergraduate Research Intern Mathematical Institute, University of Oxford": the unit goes with the
        # employer after it.
        return title, f"{unit}, {segs[e]}", 0.8, 0.8
    title_conf = 0.9 if roles[t] >= 1 else 0.6
    if orgs[e] > 0:
        employer_conf = 0.9
    elif roles[e] > 0:
        employer_conf = 0.5
    else:
        employer_conf = 0.85 if len(segs[e].split()) >= 2 else _bare_employer_conf(segs[e], title_conf)
    return segs[t], segs[e], title_conf, employer_conf


# ------------------------------------------------------------------ skills and education


def _skills(sections: list[Section]) -> list[str]:
    out: list[str] = []
    for section in sections:
        if section.kind != "skills":
            continue
        for line in section.lines:
            text = line.text.split(":", 1)[1] if ":" in line.text[:40] else line.text
            for item in re.split(r"[,;•·|]", text):
                item = item.strip(" .\t-")
                if item and len(item.split()) <= 6 and item not in out:
                    out.append(item)
    return out


def _education(sections: list[Section]) -> list[str]:
    return [line.text.strip() for s in sections if s.kind == "education" for line in s.lines if _head_like(line)][:12]
