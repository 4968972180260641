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
import unicodedata
from collections import Counter
from dataclasses import replace
from itertools import pairwise

from app.documents.cv_checks import doubts
from app.documents.cv_dated_items import with_dates_of_items
from app.documents.cv_dates import DateSpan, ends_in_range_word, find_dates, names_present
from app.documents.cv_forms import form_roles, label_alone, labelled, start_and_end
from app.documents.cv_head_line import (
    COURSE_START,
    collect_pieces,
    held_length,
    is_arrangement,
    kind_beside_a_post,
    line_segments,
    names_a_person,
    own_bracketed_employer,
    own_segments,
    place_beside_dates,
    plain_place,
    split_place,
    title_and_employer,
    whole_bracketed_employer,
    whole_dashed_names,
    without_asides,
)
from app.documents.cv_identity import PHONE_WORD, name_like, read_contacts, read_name
from app.documents.cv_legal_forms import has_legal_form
from app.documents.cv_lines import (
    Line,
    Section,
    dates_only,
    page_footer,
    picture_count,
    read_lines,
    two_line_range,
)
from app.documents.cv_outline import Bullet, CvOutline, RoleOutline, Scored
from app.documents.cv_places import is_city, is_street_address
from app.documents.cv_rirekisho import with_joined_and_left
from app.documents.cv_role_blocks import (
    anchor,
    block,
    dated_bullets,
    described,
    fields_beside_dates,
    head_like,
    learn_counts,
    name_words,
    note_label,
    row_block,
    signature,
    tagline_over,
    without_dates_given_again,
    written_as_names,
)
from app.documents.cv_spans import with_each_span
from app.documents.cv_template import FOLLOWED, SURE, CvTemplates, Layout, follow_section_template
from app.documents.cv_tense import current_by_tense
from app.documents.cv_timeline import with_timeline_dates
from app.documents.cv_undated import undated_roles, with_current_post
from app.documents.cv_vocab import (
    ROLE_PART,
    ROLE_SECTIONS,
    TOTAL_LENGTH,
    ambiguous_heading,
    clean_heading,
    firm_suffix,
    has_org_word,
    heading_kind,
    is_place,
    lists_activities,
    names_more_than_a_heading,
    org_score,
    plural_role_noun,
    role_score,
    tokens,
    without_heading_words,
)
from app.documents.package import DocxPackage
from app.documents.text import EMAIL, fold

Slot2 = tuple[int, int]  # (line offset from the dates' line, piece index on that line)
MIN_WORDS = 15  # fewer words than this and the "CV" is a picture with a caption
_EMAIL_WORD = re.compile(r"\be-?mail\b", re.I)
_LINK = re.compile(r"https?://|\bwww\.\w", re.I)


def read_outline(data: bytes) -> CvOutline:
    """How the reader reads this CV, every field with a confidence; never raises on a readable .docx."""
    package = DocxPackage(data)
    return outline_from_lines(read_lines(package), pictures=picture_count(package), title=package.document_title())


def outline_from_lines(all_lines: list[Line], pictures: int = 0, title: str = "") -> CvOutline:
    """`title`: the title the file was saved with, the seeker's name in some CVs whose visible name is a picture."""
    lines, footer = page_footer(all_lines)
    words = sum(_word_count(line.text) for line in lines)
    if words < MIN_WORDS:
        note = (
            "this CV has no text"
            + (" (it is a picture of a CV)" if pictures else "")
            + ": save it from the program that made it as a Word document with real text, or type it in"
        )
        return CvOutline(has_text=False, notes=[note])
    sections, which = read_sections(lines)
    sections += footer
    name = read_name(sections, lines, title)
    outline = CvOutline(
        name=name,
        contact=read_contacts(sections, name.value),
        roles=_month_first(lines, _roles(sections, which)),
        skills=_skills(sections),
        education=_education(sections),
    )
    outline.doubts = doubts(sections, outline, _role_line, which)
    if not outline.roles:
        outline.notes.append("no role with dates was found")
    if not outline.name.value:
        outline.notes.append("no name was found at the top of the CV")
    return outline


# Chinese, Japanese and Korean write words without spaces between them: two characters stand for a word
_CJK_CHARS = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _word_count(text: str) -> int:
    cjk = len(_CJK_CHARS.findall(text))
    return len(_CJK_CHARS.sub(" ", text).split()) + cjk // 2


def read_sections(lines: list[Line]) -> tuple[list[Section], set[int]]:
    """The CV's sections (the page footer aside) and the indexes of those its roles are read from."""
    sections = split_sections(
        _side_headings(
            _join_broken_ranges(
                _one_date_style(
                    _unglued_dates(
                        _head_colons(
                            _leaders_as_tabs(
                                _unlabelled_dates(
                                    with_dates_of_items(
                                        _start_and_end_joined(
                                            _one_field_per_line(
                                                _posts_listed_on_one_line(
                                                    with_timeline_dates(with_joined_and_left(lines))
                                                )
                                            )
                                        )
                                    )
                                )
                            )
                        )
                    )
                )
            )
        )
    )
    return _referees_table_head(sections), _role_sections(sections)


def _one_field_per_line(lines: list[Line]) -> list[Line]:
    """ "Company:     Infosys Limited<TAB><TAB>Period: July 2015 to present": a form's labelled fields set side by
    side with tabs are read as the form's lines, one field each (a line with anything unlabelled stays whole)."""
    out = []
    for line in lines:
        parts = [p.strip() for p in re.split(r"\t+", line.text) if p.strip()]
        fields = [labelled(p) for p in parts] if len(parts) >= 2 and not line.is_list else []
        names = [f[0] for f in fields if f is not None and f[1]]
        if len(names) == len(parts) >= 2 and len(set(names)) == len(names) and "dates" in names:
            out += [replace(line, text=p, breaks=()) for p in parts]
        else:
            out.append(line)
    return out


def _start_and_end_joined(lines: list[Line]) -> list[Line]:
    """ "Fecha de ingreso: 04/04/2023" over "Fecha de retiro: Actualmente" (or side by side, parted by tabs): a form's
    start and end, each labelled, are read as one labelled range, the role's dates."""
    out: list[Line] = []
    skip = False
    for line, nxt in zip(lines, [*lines[1:], None], strict=True):
        if skip:
            skip = False
            continue
        parts = [p for p in re.split(r"\t+", line.text) if p.strip()]
        side = start_and_end(*parts) if len(parts) == 2 else None
        below = start_and_end(line.text, nxt.text) if nxt is not None and side is None else None
        if side or below:
            out.append(replace(line, text=f"Dates: {side or below}", breaks=()))
            skip = below is not None
        else:
            out.append(line)
    return out


# "Developer (January 2015 - October 2017), Lead Developer (May 2016 - September 2016)": posts, each with its dates
# in brackets, listed on one line
_BRACKETED_POST = re.compile(r"([^(),;]+?)\s*\(([^()]+)\)\s*(?:[,;]\s*|$)")


def _posts_listed_on_one_line(lines: list[Line]) -> list[Line]:
    """Two posts or more on one line, each with a range of dates in brackets, are read as a line each (the posts
    one seeker held in turn at the employer whose head is above them)."""
    out = []
    for line in lines:
        pieces = list(_BRACKETED_POST.finditer(line.text))
        whole = pieces and "".join(m.group(0) for m in pieces).strip() == line.text.strip()
        if (
            len(pieces) >= 2
            and whole
            and not line.is_list
            and all(role_score(m.group(1)) >= 1 and (d := find_dates(m.group(2))) and not d.single for m in pieces)
        ):
            out += [replace(line, text=m.group(0).strip().rstrip(",;").strip(), breaks=()) for m in pieces]
        else:
            out.append(line)
    return out


def _referees_table_head(sections: list[Section]) -> list[Section]:
    """ "REFERENCES" right over a table headed "Name | Contact Information": the contacts under it are the referees',
    not the seeker's (an empty referees section, then a contact one)."""
    for before, after in pairwise(sections):
        if before.kind == "referees" and not before.lines and after.kind == "contact":
            after.kind = "referees"
    return sections


# "Vigência: 09/2020 - 08/2022": a short label, a colon and nothing but dates
_LABEL_BEFORE_DATES = re.compile(r"^\s*([^\W\d_][^\t:\d]{1,24}?)\s*:\s+(\S.*)$")


def _unlabelled_dates(lines: list[Line]) -> list[Line]:
    """A label written before the dates of two roles or more ("Vigência: 09/2020 - 08/2022", "Vigência: 01/2019 -
    08/2020") is a label of the dates, whatever its word, not the role's employer: the line is read as the known
    label's ("Dates: 09/2020 - 08/2022"), so the form's other fields stay with it. An employer is not named before
    the dates of two roles with nothing else beside them."""
    heads: dict[int, str] = {}
    for k, line in enumerate(lines):
        m = _LABEL_BEFORE_DATES.match(line.text)
        if m is None or len(m.group(1).split()) > 2 or labelled(line.text) is not None:
            continue
        span = find_dates(m.group(2))
        if span is not None and not span.single and span.begin == 0 and not m.group(2)[span.finish :].strip(" ."):
            heads[k] = fold(m.group(1)).casefold()
    seen = Counter(heads.values())
    return [
        replace(line, text="Dates: " + line.text[line.text.index(":") + 1 :].strip(), breaks=())
        if k in heads and seen[heads[k]] >= 2
        else line
        for k, line in enumerate(lines)
    ]


def _head_colons(lines: list[Line]) -> list[Line]:
    """ "Software Developer - The Globex Company:" right under "8/2018 - 4/2020", over what was done there: a CV that
    closes the line under its dates with a colon, role after role, closes its roles' head lines so; the colon is
    no part of the names. A colon inside such a line parts its names ("Globex.com: CTO and Head of Product:"), as a
    dash would. A heading's words ("Responsibilities:") stay as written."""
    heads = {
        k + 1: text
        for k, line in enumerate(lines[:-1])
        if (span := anchor(line)) is not None
        and _dates_only(line.text, span)
        and (text := _colon_head(lines[k + 1])) is not None
    }
    if len(heads) < 2:
        return lines
    return [replace(line, text=heads[k]) if k in heads else line for k, line in enumerate(lines)]


def _colon_head(line: Line) -> str | None:
    """ "Software Developer - The Globex Company:", "Contoso:", "Globex.com: CTO:": names, capitalised, closed by a
    colon, as they read without it; None for a heading's words or a note's label ("Technologies:", "Client: Acme:")."""
    t = line.text.strip()
    if line.is_list or not t.endswith(":") or len(t.split()) > 12 or anchor(line) is not None or note_label(t):
        return None
    first, parted, rest = t[:-1].partition(": ")
    if ":" in rest or (parted and labelled(t[:-1]) is not None):
        return None
    bare = f"{first} – {rest}" if parted else first.rstrip()
    words = [w for w in re.findall(r"[^\W\d_][\w'’.&-]*", bare) if fold(w) not in _SMALL_NAME_WORDS]
    capitalised = bool(words) and all(w[:1].isupper() for w in words)
    named = capitalised and heading_kind(bare) is None and head_like(replace(line, text=bare))
    return bare if named else None


_SMALL_NAME_WORDS = frozenset(["at", "in", "of", "for", "and", "the", "de", "del", "la", "y", "e", "und", "et"])


# "Erie Construction ______ August 17, 2020 – Present", "Analyst........2019": a typed leader between two fields
# (after a word, or after its one full stop: "Alro Steel Inc.______"; not inside a rule or a run of dots)
_LEADER = re.compile(r"(?:(?<=[^\s_.…])|(?<=[^\s_.…]\.))[ \t]*(?:_{3,}|\.{4,}|…{2,})[ \t]*(?=[^\s_.…])")


def _leaders_as_tabs(lines: list[Line]) -> list[Line]:
    """A typed leader of underscores or dots between two fields parts them as a tab stop would; it is written over
    in place, same length (a tab, then spaces), so the line's breaks stay where they were."""
    out = []
    for line in lines:
        t = _LEADER.sub(lambda m: "\t" + " " * (len(m.group(0)) - 1), line.text)
        out.append(line if t == line.text else replace(line, text=t))
    return out


# Where a word runs straight into what may be a date: "RADIOLOGY2018", "UniversityJan 2022" (a PDF converted to Word
# drops the tab or the line break between the employer and its dates).
_GLUED = re.compile(r"(?<=[^\W\d_])(?=[12]\d{3}\b|[^\W\d_][^\W\d_]{2,9}\.?\s+\d)")


def _unglued_dates(lines: list[Line]) -> list[Line]:
    """ "ARIZONA STATE RADIOLOGY2018 – Present": a word glued to a range of dates is parted from it, when the range
    starts right there (a glued year alone, "Server2012", "ISO9001 2015", stays as written)."""
    out = []
    for line in lines:
        t = line.text
        cut = next((m.start() for m in _GLUED.finditer(t) if _glued_range(t, m.start())), None)
        out.append(line if cut is None else replace(line, text=f"{t[:cut]} {t[cut:]}", breaks=()))
    return out


def _glued_range(text: str, at: int) -> bool:
    """A range of dates starts at `at`; a month name only after a lower-case letter ("UniversityJan", not the
    "ION" of "UNION")."""
    if not text[at].isdigit() and not (text[at - 1].islower() and text[at].isupper()):
        return False
    span = find_dates(text[at:])
    return span is not None and span.begin == 0 and not span.single


_DOTTED_SPAN = re.compile(r"(?<![\w.])(?:19|20)\d\d\.(?:1[3-9]|[2-9]\d)(?![\w.])")
_DOTTED_LOW = re.compile(r"(?<![\w.])((?:19|20)(\d\d))\.(0\d|1[0-2])(?![\w.])")


def _one_date_style(lines: list[Line]) -> list[Line]:
    """A CV writes its dates one way: where it writes spans as "2023.24" and "2018.22", "2008.10" is 2008 to 2010
    too, not October 2008."""
    if sum(len(_DOTTED_SPAN.findall(line.text)) for line in lines) < 2:
        return lines

    def span(m: re.Match[str]) -> str:
        return f"{m.group(1)}–{m.group(3)}" if int(m.group(3)) > int(m.group(2)) else m.group(0)

    return [
        replace(line, text=_DOTTED_LOW.sub(span, line.text), breaks=()) for line in lines
    ]  # the caller's lines stay as read


_MONTH_FIRST = re.compile(r"(?<![\w/.])(?:0?[1-9]|1[0-2])/(?:1[3-9]|2\d|3[01])/(?:19|20)\d\d(?![\w/])")
_DAY_FIRST = re.compile(r"(?<![\w/.])(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2])/(?:19|20)\d\d(?![\w/])")
_EITHER = re.compile(r"(?<![\w/.])(0?[1-9]|1[0-2])/(?:0?[1-9]|1[0-2])/((?:19|20)\d\d)(?![\w/])")


def _month_first(lines: list[Line], roles: list[RoleOutline]) -> list[RoleOutline]:
    """A CV writes its dates one way: where one is written month first beyond doubt ("9/28/1983") and none day
    first, "12/8/1981" is December 1981 too, not 12 August (the dates stay as written)."""
    texts = [line.text for line in lines]
    if not any(_MONTH_FIRST.search(t) for t in texts) or any(_DAY_FIRST.search(t) for t in texts):
        return roles
    for role in roles:
        if len(re.findall(r"\d+(?:/\d+)+", role.dates_text)) > 2:  # dates, each with one slash or two
            continue  # two spells of one post on one line, each a role of its own (`cv_spans`) already
        if _EITHER.search(role.dates_text) and (span := find_dates(_EITHER.sub(r"\1/\2", role.dates_text))):
            role.start.value, role.end.value = span.start, span.end
    return roles


def _side_heading(cell: str, continued: bool, wide: bool = False) -> bool:
    """ "WORK", "EXPERIENCE:", "SKILLS:": a heading in the left column of a line ("SERVICE:" under "VOLUNTEER"
    goes on with the heading above it)."""
    head = cell.strip().rstrip(":").strip()
    letters = [c for c in head if c.isalpha()]
    if not letters or len(head.split()) > 3:
        return False
    if not all(c.isupper() for c in letters):
        # "Work Experience<TABS>Davie County Public Library": a heading in title case is read as a side heading
        # only when it is one by itself (no word that also names employers or titles) and a wide gap follows.
        return wide and heading_kind(head) is not None and not ambiguous_heading(head)
    return continued or heading_kind(head) is not None


def _side_headings(lines: list[Line]) -> list[Line]:
    """ "WORK<TAB>International Ivy, Sparta, NJ<TAB>7/15 – 8/15" over "EXPERIENCE:<TAB>Java Instructor": a heading
    written in a left column opens its section; the rest of the line stays a line of it (a heading over two lines,
    "WORK" then "EXPERIENCE:", opens one section; a third side heading under them, "EDUCATION", opens its own)."""
    out: list[Line] = []
    kind: str | None = None  # the kind of the side heading on the line above, "" when it had none
    opened = ""  # the side heading that opened the current section
    # two tabs or more: a column apart, not a tab stop after a label; or one, when the line under it opens with one
    # ("Experience<TAB>UT Austin …" over "<TAB>Computer Science Tutor"): the CV's text stands in that column. A CV
    # that writes one heading so writes them all so ("Activities<TAB>- Mobile Application Development …").
    split = [line.text.partition("\t") for line in lines]
    apart = [
        rest.startswith("\t") or (n + 1 < len(lines) and lines[n + 1].text.startswith("\t"))
        for n, (_, _, rest) in enumerate(split)
    ]
    laid_out = any(
        a and rest.strip() and _side_heading(cell, False, True) for a, (cell, _, rest) in zip(apart, split, strict=True)
    )
    for n, line in enumerate(lines):
        cell, sep, rest = split[n]
        wide = apart[n] or laid_out
        # "HIGHLIGHTED PERSONAL PROJECTS<TAB>Remote", written as "MICROVERSE<TAB>Remote" under it: a place alone
        # beside the words says where a role was, so they are its head, not a heading in a column of its own
        where = is_place(rest.strip("\t "))
        if not (sep and rest.strip() and not where and _side_heading(cell, kind is not None, wide)):
            out.append(line)
            kind = None
            continue
        head = cell.strip().rstrip(":").strip()
        here = heading_kind(head)
        # "VOLUNTEER" over "SERVICE:" is one heading; "SKILLS:" over "WORK" two, and so are "EXPERIENCE" over
        # "EDUCATION" (a heading of its own, no word that also names other things); a heading goes on over two lines.
        goes_on = kind is not None and " " not in opened and (here is None or ambiguous_heading(head))
        joined = heading_kind(f"{opened} {head}") if goes_on else None
        if kind is None or (here is not None and here != kind and joined != kind):
            out.append(Line(head, line.id, line.area, bold=line.bold, style=line.style))
            kind, opened = here or "", head
        else:
            opened = f"{opened} {head}"
        out.append(Line(rest.strip("\t "), line.id, line.area, bold=line.bold, style=line.style, size=line.size))
    return out


_WRAPPED_END = re.compile(r"(?:,|\s(?:for|of|on|to|with|and|&|the|in|at|de|du|des|la|del|für|und))$", re.I)


def _wrapped_role_line(line: Line, nxt: Line) -> str | None:
    """ "Graduate Student Visitor, …, National Center for" over "Atmospheric Research, 2018": a role's line that a
    hard break cut after a comma or a small word, its dates ending the second line, is one line."""
    t, rest = line.text.strip(), nxt.text.strip()
    if line.is_list or nxt.is_list or not _WRAPPED_END.search(t) or len(rest.split()) > 6:
        return None
    if role_score(t.split(",")[0]) < 1:  # the line opens with a post ("Graduate Student Visitor, …")
        return None
    if find_dates(t) is not None:
        return None
    span = find_dates(rest)
    if span is None or span.finish < len(rest.rstrip(" .)]")):
        return None
    return f"{t} {rest}"


def _broken_range(line: Line, nxt: Line | None) -> str | None:
    """ "Jan 2016-" above "August 2017", "Engineer, Contoso, 2016 –" above "2018", "…, 2019" above "-2021": the two
    lines as one when a range's start closes the first and its end is all of the second."""
    t = line.text.strip()
    if nxt is None:
        return None
    rest = nxt.text.strip()
    stacked = two_line_range(line, nxt)
    if stacked is not None:
        return stacked
    if not t.endswith(("-", "–", "—")) and not ends_in_range_word(t):
        if rest.startswith(("-", "–", "—")) and len(rest.split()) <= 2:
            t, rest = f"{t}{rest[0]}", rest[1:].strip()  # "…, 2019" over "-2021"
        else:
            return _wrapped_role_line(line, nxt)
    joined = f"{t} {rest}"
    span = find_dates(joined)
    if span is None or span.single:
        return None
    if len(t.split()) <= 3 and span.begin == 0:
        return joined
    # A longer first line: the second holds only the range's end ("2018", "Present").
    if len(rest.split()) <= 3 and span.begin < len(t) and span.finish >= len(joined.rstrip(" .)]")):
        return joined
    return None


def _join_broken_ranges(lines: list[Line]) -> list[Line]:
    """A date range broken over two lines (a narrow column) is one line."""
    out: list[Line] = []
    skip = False
    for k, line in enumerate(lines):
        if skip:
            skip = False
            continue
        joined = _broken_range(line, lines[k + 1] if k + 1 < len(lines) else None)
        if joined is not None:
            out.append(replace(line, text=joined))  # the caller's lines stay as read
            skip = True
            continue
        out.append(line)
    return out


# ------------------------------------------------------------------ sections


# "Experience_______________": a rule typed after a heading, to the end of the line
_TYPED_RULE = re.compile(r"(?:[_=~\-–—]\s*){4,}$")


def _could_be_heading(line: Line, listed: bool = False) -> bool:
    # "ДОСВІД РОБОТИ — 2 РОКИ 3 МІСЯЦІ": the years the experience spans in all are no words of the heading
    t = TOTAL_LENGTH.sub("", _TYPED_RULE.sub("", line.text)).strip()
    return (
        (not line.is_list or listed)
        and 0 < len(t) <= 60
        and len(clean_heading(t).split()) <= 6  # "R E S E A R C H    E X P E R I E N C E" is two words
        and not EMAIL.search(t)
        and find_dates(t) is None
        and not t.endswith((".", ",", ";", "。", "，", "；"))  # a sentence, in Chinese too
        and _form_field(t) not in ("employer", "title", "dates")  # "EMPRESA: SITEL Group" is a form's field
        and not _PADDED_FIELD.match(t)
    )


# "GENDER<spaces>: MALE", "MOBILE NUMBER<TAB>: +254…": a label padded to line its value up with the values of the lines
# around it is a form's field, however it is dressed; a heading has no value after its colon
_PADDED_FIELD = re.compile(r"^[^\W\d_][^:\t]{0,40}?(?: {2,}|\t+)[:：]\s*\S|^[^\W\d_][^:\t]{0,40}?[:：](?: {2,}|\t+)\S")


def _form_field(text: str) -> str | None:
    field = labelled(text) if ":" in text else None
    return field[0] if field is not None and field[1] else None


_NUMBERED = re.compile(r"^\s*(?:[IVX]{1,4}|[A-H])[.)]\s+\S")


def _marked(line: Line) -> bool:
    """A line typed after a bullet or a number (read as a list item, "● Experience", "1. Education"), after an icon
    ("🎓 Education") or a letter or Roman number ("II. Education", "C) Awards")."""
    if line.list_level == 0 and "list" not in line.style.lower():
        return True
    t = line.text.strip()
    return bool(t) and (unicodedata.category(t[0]).startswith("S") or _NUMBERED.match(t) is not None)


def _marked_look(line: Line) -> tuple[bool, bool, float]:
    sig = signature(line)
    return sig[1], sig[2], line.size


def _listed_headings(lines: list[Line]) -> set[int]:
    """ "● Experience", "1. Education", "■ Publications": headings typed after a bullet or a number read as list items.
    They are headings when the CV marks two or more of its known headings so (a bullet, a number, an icon), dressed
    apart (bold, capitals or a heading style), none right under another and none dressed like the line under it (a
    bold "• Leadership" in a list of skills is not)."""
    found = [k for k, line in enumerate(lines) if _marked_heading(lines, k) and heading_kind(lines[k].text) is not None]
    if len(found) < 2 or any(b - a == 1 for a, b in pairwise(found)):
        return set()
    return set(found)


def _marked_heading(lines: list[Line], k: int) -> bool:
    line = lines[k]
    sig = signature(line)
    if not (_marked(line) and (sig[0] or sig[1] or sig[2]) and _could_be_heading(line, listed=True)):
        return False
    below = lines[k + 1] if k + 1 < len(lines) else None
    return not (below is not None and below.is_list and signature(below) == sig)


_ROW_FIRST_CELL = re.compile(r"^(?P<table>.*t\d+)r(?P<row>\d+)c0p0$")


def _heading_tables(lines: list[Line]) -> set[str]:
    """Tables whose rows hold a known heading alone in their first cell, two rows or more."""
    cells = Counter(x.id.rsplit("p", 1)[0] for x in lines if x.area == "table")
    named = Counter(
        m.group("table")
        for x in lines
        if (m := _ROW_FIRST_CELL.match(x.id))
        and cells[x.id.rsplit("p", 1)[0]] == 1
        and "\t" not in x.text
        and heading_kind(x.text)
    )
    return {t for t, n in named.items() if n >= 2}


def _unnamed_headings(lines: list[Line], listed: set[int]) -> set[int]:
    """Headings whose words the reader does not know, found where and as the CV puts its known headings: marked
    the same way in the same look ("■ Stanowiska" or "🎓 Stanowiska" in bold where "● Wykształcenie" and "📚 Nagrody"
    are), or alone in the first cell of a table row where two rows or more have a known heading ("MISSIONS" beside
    its section, as "FORMATION" is). Over dated lines that name posts, they may be a group of roles (`split_sections`
    decides)."""
    known = [k for k, line in enumerate(lines) if _marked_heading(lines, k) and _vocab_heading(line, k in listed)]
    looks = {_marked_look(lines[k]) for k in known} if len(known) >= 2 else set()
    between = _looks_between_tables(lines, listed)
    tables = _heading_tables(lines)
    cells = Counter(x.id.rsplit("p", 1)[0] for x in lines if x.area == "table")
    found: set[int] = set()
    name = _seekers_name_line(lines, listed)
    for k, line in enumerate(lines):
        if k in listed or k == name or line.area == "header" or heading_kind(line.text) is not None:
            continue
        m = _ROW_FIRST_CELL.match(line.id)
        marked = _marked_look(line) in looks and _marked_heading(lines, k)
        # the first cell alone: not a row whose cells were joined into one line ("Employer<TAB>Northwind")
        in_row = m is not None and m.group("table") in tables and cells[line.id.rsplit("p", 1)[0]] == 1
        in_row = in_row and "\t" not in line.text
        apart = _between_tables(lines, k) and _marked_look(line) in between and _could_be_heading(line)
        if not (marked or apart or (in_row and _could_be_heading(line))):
            continue
        short = len(line.text.split()) <= 4 and sum(c.isalpha() for c in line.text) >= 4
        if short and role_score(line.text) < 1:
            found.add(k)
    return found


def _between_tables(lines: list[Line], k: int) -> bool:
    return 0 < k < len(lines) - 1 and lines[k].area == "body" and lines[k - 1].area == lines[k + 1].area == "table"


def _looks_between_tables(lines: list[Line], listed: set[int]) -> set[tuple[bool, bool, float]]:
    """How a CV whose sections are tables dresses its headings, written between them as paragraphs ("Education" in
    bold between the contact table and the studies table): the looks of two known headings or more standing so."""
    known = [k for k, x in enumerate(lines) if _vocab_heading(x, k in listed) and _between_tables(lines, k)]
    looks = Counter(_marked_look(lines[k]) for k in known)
    return {look for look, n in looks.items() if n >= 2 and (look[0] or look[1])}


def _seekers_name_line(lines: list[Line], listed: set[int]) -> int | None:
    """The first line of two or more name words above every known heading: the seeker's name, however it is
    dressed (in the first cell of a table whose other rows hold the headings, in bold capitals as they are)."""
    for k, line in enumerate(lines):
        if _vocab_heading(line, k in listed):
            return None
        if line.area != "header" and len(line.text.split()) >= 2 and name_like(line.text):
            return k
    return None


def _sized_like_headings(line: Line, sized: Counter[tuple[tuple[str, bool, bool], float]]) -> bool:
    """ "Stationen" in bold 12 pt where "Berufserfahrung" and "Ausbildung" are in bold 12 pt: a short line dressed
    as two known headings of the CV, down to the size of its letters, is a heading whatever it says."""
    sig = signature(line)
    return (
        line.area != "header"
        and line.size > 0
        and bool(sig[0] or sig[1] or sig[2])
        and sized[(sig, line.size)] >= 2
        and _could_be_heading(line)
        and role_score(line.text) < 1
        and len(line.text.split()) <= 4
        and sum(c.isalpha() for c in line.text) >= 4
    )


def _unnamed_kind(lines: list[Line], k: int, current: Section, marked: bool) -> str | None:
    """A heading the reader cannot name opens a section ("other"; one that lists posts gives roles: `_holds_roles`).
    Under roles, it is a group of them (no heading) over dated lines naming posts, or over bullets unless it is
    marked as the known headings are: a list of prizes or papers has no bullets. Right over dates alone, it is a
    role's head line ("Swypepay.africa" over "August 2019- May 2020")."""
    if current.kind not in ROLE_SECTIONS:
        return "other"
    if _heads_posts(lines, k) or (not marked and _over_bullets(lines, k)) or _over_bare_dates(lines, k):
        return None
    return "other"


def _over_bare_dates(lines: list[Line], k: int) -> bool:
    """Right over a line that holds dates and nothing else ("August 2019- May 2020")."""
    return k + 1 < len(lines) and dates_only(lines[k + 1].text)


# sections whose entries are never dated one by one: a dates line right under such a heading belongs to no entry of it
_UNDATED_KINDS = frozenset(["skills", "languages", "contact", "summary", "referees"])


def _names_a_role_over_its_dates(lines: list[Line], k: int, kind: str, current: Section) -> bool:
    """ "Cellsoft technologies" in bold over "August 2019- May 2020" under "Professional Experience", in a CV that
    dresses employers as its headings: a name holding the word of a section that dates nothing ("technologies") right
    over dates alone is a role's head line, not a section. A heading of dated entries ("PROYECTOS DESTACADOS" over
    "Febr. 2025 – Abr. 2025") and heading words alone stay headings."""
    return (
        current.kind in ROLE_SECTIONS
        and kind in _UNDATED_KINDS
        and names_more_than_a_heading(lines[k].text)
        and _over_bare_dates(lines, k)
    )


def _over_bullets(lines: list[Line], k: int) -> bool:
    """Bullets between the line and the next line dressed as it is (or a known heading)."""
    look = (signature(lines[k]), lines[k].size)
    for j in range(k + 1, min(len(lines), k + 40)):
        if (signature(lines[j]), lines[j].size) == look or _vocab_heading(lines[j]) is not None:
            return False
        if lines[j].is_list:
            return True
    return False


def _heads_posts(lines: list[Line], k: int) -> bool:
    """ "Financial Services" over "AI/ML Architect, Nationwide, 2018 – present": a line over dated lines that name
    posts, up to the next line dressed as it is, is a group of roles or their employer, not a section's heading."""
    look = (signature(lines[k]), lines[k].size)
    for j in range(k + 1, min(len(lines), k + 40)):
        if (signature(lines[j]), lines[j].size) == look or _vocab_heading(lines[j]) is not None:
            return False
        if anchor(lines[j]) and any(role_score(x.text) >= 1 for x in lines[max(k + 1, j - 1) : j + 2]):
            return True
    return False


_TAB_VALUE = re.compile(r"\w[^\t]*\t+\s*\w")


def _vocab_heading(line: Line, listed: bool = False) -> str | None:
    if not _could_be_heading(line, listed) or _TAB_VALUE.search(line.text.strip()):
        return None  # "Query languages<TAB>SQL": a row of a skills table, a label and its value
    kind = heading_kind(line.text)
    if kind is None or (kind != "contact" and _LINK.search(line.text)):
        return None  # "Portfolio: https://…" is a contact line, not the "Portfolio" heading
    if kind != "contact" and (PHONE_WORD.search(line.text) or _EMAIL_WORD.search(line.text)):
        kind = "contact"  # "Work Phone:" labels a contact, whatever other word it holds
    sig = signature(line)
    formatted = bool(sig[0]) or sig[1] or sig[2] or line.text.strip().endswith(":")
    # "Community Manager" or "Research Assistant" is a role, not a heading, unless dressed as one.
    if role_score(without_heading_words(clean_heading(line.text))) >= 1 and not (sig[0] or sig[2]):
        return None
    return kind if formatted or len(line.text.split()) <= 3 else None


def split_sections(lines: list[Line]) -> list[Section]:
    listed = _listed_headings(lines)
    dresses = Counter(signature(line) for k, line in enumerate(lines) if _vocab_heading(line, k in listed))
    signatures = set(dresses)
    styles = {sig[0] for sig in signatures if sig[0]}  # "Heading 1" in capitals or not is the same heading
    unnamed = _unnamed_headings(lines, listed)
    sized = Counter((signature(x), x.size) for k, x in enumerate(lines) if x.size and _vocab_heading(x, k in listed))
    # How the CV dresses its headings where they stand apart from any role (not right under a role's dates line).
    apart = Counter(
        signature(line)
        for k, line in enumerate(lines)
        if _vocab_heading(line, k in listed) and (not _under_dates(lines, k) or _after_table(lines, k))
    )
    labels = _repeated_labels(lines, listed)
    # where each Word style last heads a section: a plain label before it lies inside a section of that style
    last_styled = {x.style: k for k, x in enumerate(lines) if signature(x)[0] and heading_kind(x.text) is not None}
    sections = [Section("top", "")]
    big = _headings_size(lines, listed)
    for k, line in enumerate(lines):
        kind = _vocab_heading(line, k in listed) if line.area != "header" else None
        if kind is None and big and line.size == big and line.area != "header" and _could_be_heading(line):
            # "Internship Experience in Tech Companies" in the 18 pt of "Summary" and "Education", in no other dress
            kind = heading_kind(line.text) if role_score(without_heading_words(clean_heading(line.text))) < 1 else None
        label = _repeated_label(line, sections[-1], labels)
        if label:
            kind = None
        if kind is not None and (
            _repeats_role_head(lines, k, sections[-1]) or _line_of_a_role(lines, k, sections[-1], kind, last_styled)
        ):
            kind = None
        # "Volunteer" under "June 2021 – Aug 2023, Local Coding Club": a title under its role's dates line, dressed
        # unlike every heading that stands apart from a role ("EDUCATION", "SKILLS"), is the role's title.
        # "Projects" under a dates line that names its post and employer heads a part, whatever its dress
        part = kind is not None and _part_under_a_full_role_line(lines, k, kind)
        if (
            kind is not None
            and not part
            and _in_role_block(lines, k, sections[-1])
            and not signature(line)[0]
            and apart[signature(line)] == 0
            and not _closes_the_roles(line, kind)
        ):
            kind = None
        if kind is not None and (
            (not part and _label_in_role(lines, k, sections[-1], dresses, kind))
            or _names_a_role_over_its_dates(lines, k, kind, sections[-1])
        ):
            kind = None
        if kind is None and not label and (k in unnamed or (len(sections) > 1 and _sized_like_headings(line, sized))):
            kind = _unnamed_kind(lines, k, sections[-1], k in unnamed)
        seen_vocab = len(sections) > 1
        # "GROUPE SEB" over "Supply Chain Planner (2019 – Present)": an employer in capitals, not a heading.
        opens_role = (
            sections[-1].kind in ROLE_SECTIONS
            and _dates_close_below(lines, k)
            and not _heading_over_a_full_role_line(lines, k)
        )
        # A line in the known headings' own Word style is a heading even over dates (no employer is so styled).
        styled = bool(signature(line)[0]) and signature(line)[0] in styles
        if (
            kind is None
            and (seen_vocab or (styled and _over_a_dated_post(lines, k)))
            and not label
            and not ((opens_role or _in_role_block(lines, k, sections[-1])) and not styled)
            and line.area != "header"
            and _could_be_heading(line)
            and not _line_of_a_role(lines, k, sections[-1], "other", last_styled)
        ):
            sig = signature(line)
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
        _back_to_roles(sections, kind is None and _form_role_head(lines, k))
        _file(sections, kind, line, opens_role, dresses, _after_table(lines, k))
    return sections


def _dates_close_below(lines: list[Line], k: int) -> bool:
    """A short dates line within two lines below line k, a line of how long the posts were held aside ("KPMG LLP"
    over "3 years 9 months", "Finance Manager" and "March 2024 - November 2024": a LinkedIn group of posts)."""
    below = lines[k + 1 : k + 4]
    below = below[1:] if below and held_length(below[0].text) else below[:2]
    return any(anchor(x) is not None and len(x.text.split()) <= 12 for x in below[:2])


def _over_a_dated_post(lines: list[Line], k: int) -> bool:
    """ "SpringerNature" in the Word style of the CV's known headings, right over "Senior Software Developer (April
    2023 - Present)": before any known heading, an employer's heading of a CV built of one heading per employer."""
    return k + 1 < len(lines) and _dated_post(lines[k + 1])


def _dated_post(line: Line) -> bool:
    """A line with a role's dates whose words name a post ("Senior Developer (July 2021 - April 2022)")."""
    return anchor(line) is not None and role_score(line.text) >= 1


def _form_role_head(lines: list[Line], k: int) -> bool:
    """ "Company: Capgemini" over "Period: February 2015 to July 2015": a labelled employer over a labelled, dated
    period heads a role as a form writes it, wherever it stands (after a former role's "Role and
    Responsibilities" or "Projects" part, say)."""
    field = labelled(lines[k].text)
    if field is None or field[0] != "employer" or lines[k].is_list:
        return False
    for nxt in lines[k + 1 : k + 3]:
        dates = labelled(nxt.text)
        if dates is not None and dates[0] == "dates":
            return anchor(nxt) is not None
    return False


def _back_to_roles(sections: list[Section], role_head: bool) -> None:
    """Before a role's head line outside the role sections, go on with the last role section of the CV (none
    before: the line stays where it is)."""
    if not role_head or sections[-1].kind in ROLE_SECTIONS:
        return
    last = next((s for s in reversed(sections) if s.kind in ROLE_SECTIONS and s.parent is None), None)
    if last is not None:
        sections.append(Section(last.kind, last.title, signature=last.signature))


def _headings_size(lines: list[Line], listed: set[int]) -> float:
    """The size of letters a CV writes its headings in and nothing else: two known headings or more, larger than
    the text's own size; 0 when it has none."""
    body = Counter(x.size for x in lines if x.size).most_common(1)
    sizes = Counter(x.size for k, x in enumerate(lines) if x.size and _vocab_heading(x, k in listed))
    size, n = sizes.most_common(1)[0] if sizes else (0.0, 0)
    return size if n >= 2 and body and size > body[0][0] else 0.0


def _repeated_labels(lines: list[Line], listed: set[int]) -> set[str]:
    """ "Technologies" in bold in every role of the CV: a heading word written three times or more labels a part of
    each entry; a CV names each of its sections once."""
    seen = Counter(
        clean_heading(x.text).casefold()
        for k, x in enumerate(lines)
        if x.area != "header" and _vocab_heading(x, k in listed)
    )
    return {text for text, n in seen.items() if n >= 3}


def _repeated_label(line: Line, current: Section, labels: set[str]) -> bool:
    """A repeated heading word inside a role section (or the part the same word opened) is a label of the role."""
    text = clean_heading(line.text).casefold()
    return text in labels and (current.kind in ROLE_SECTIONS or current.title.casefold() == text)


def _dates_below(lines: list[Line], k: int) -> int | None:
    """How many lines below line k the first dates line stands, within two."""
    return next((d for d in (1, 2) if k + d < len(lines) and anchor(lines[k + d])), None)


def _repeats_role_head(lines: list[Line], k: int, current: Section) -> bool:
    """ "HEAD REFEREE" or "RESEARCH PORTFOLIO OFFICER" over an employer line and its dates, in a role section whose
    roles open with a line dressed the same and as far above their dates: a role's head line holding a heading word,
    not a heading. A line of heading words alone ("EDUCATION") or with no role word besides stays a heading."""
    if current.kind not in ROLE_SECTIONS or anchor(lines[k]):
        return False
    if not names_more_than_a_heading(lines[k].text):
        return False  # nothing is left besides the heading words ("KEY PROJECTS")
    d, sig = _dates_below(lines, k), signature(lines[k])
    if d is None:
        return False
    own = current.lines
    return any(
        signature(x) == sig and not anchor(x) and j + d < len(own) and anchor(own[j + d]) is not None
        for j, x in enumerate(own)
    )


def _line_of_a_role(lines: list[Line], k: int, current: Section, kind: str, last_styled: dict[str, int]) -> bool:
    """A line of a role in a section whose headings come in a Word heading style, though it holds a heading's word
    or is dressed like one: the role's employer under its post, or a plain label among its lines."""
    plain = kind not in ROLE_SECTIONS and _plain_label_in_styled_section(lines, k, current, last_styled)
    return (plain and not _bold_closing_heading(lines[k], kind)) or _employer_under_post(lines, k, current)


def _bold_closing_heading(line: Line, kind: str) -> bool:
    """ "Education" in bold, where the CV's other headings are in a Word heading style: a heading dressed by hand
    that ends the roles, no label inside one ("OVERVIEW" in plain capitals)."""
    return line.bold and _closes_the_roles(line, kind)


def _plain_label_in_styled_section(lines: list[Line], k: int, current: Section, last_styled: dict[str, int]) -> bool:
    """ "OVERVIEW" in plain capitals among a role's lines, in a CV whose sections ("Experience", "Education") are
    headed in a Word heading style: a label inside the role, not a section, when the CV's next section still comes
    in that style."""
    style = current.signature[0] if current.signature else ""
    if current.kind not in ROLE_SECTIONS or not style or signature(lines[k])[0]:
        return False
    if not any(anchor(x) is not None for x in current.lines):
        return False
    return last_styled.get(style, -1) > k


def _employer_under_post(lines: list[Line], k: int, current: Section) -> bool:
    """ "Frontend Developer" in Heading 2 over "Weld North Education (now Imagine Learning)" in Heading 3 over "Mar
    2022 - Present" (LinkedIn's export): a line of a deeper outline level than the role section's heading, right
    under a post's line and right over its dates, is the role's employer, whatever heading word its name holds."""
    if current.kind not in ROLE_SECTIONS or not current.lines or current.lines[-1] is not lines[k - 1]:
        return False
    if not _deeper(lines[k], current) or not names_more_than_a_heading(lines[k].text) or k + 1 >= len(lines):
        return False
    span = anchor(lines[k + 1])  # the dates alone, or with their length ("(1 year 5 months)")
    return role_score(lines[k - 1].text) >= 1 and span is not None and len(lines[k + 1].text.split()) <= 12


def _label_in_role(
    lines: list[Line], k: int, current: Section, dresses: Counter[tuple[str, bool, bool]], kind: str
) -> bool:
    """ "Projects:" in plain text under a role of "EMPLOYMENT HISTORY", where the CV dresses its other headings
    alike (bold capitals): a label inside the role, not a section; the roles after it are still roles. Not right
    after the table that held the roles: a role's own lines stand in its table."""
    sig = signature(lines[k])
    if current.kind not in ROLE_SECTIONS or sig[0] or dresses[sig] != 1 or max(dresses.values()) < 2:
        return False
    if _after_table(lines, k) or _bold_closing_heading(lines[k], kind):
        return False
    return any(anchor(x) is not None for x in current.lines)


def _in_role_block(lines: list[Line], k: int, current: Section) -> bool:
    """ "Apr 2023 – Now" over "MINISTERSTWO CYFRYZACJI", or `Title<TAB>Dates` over "ACME CORP", in a role section:
    a line right under a role's dates line, or under a head line right under it, is a head line of that role (an
    employer in capitals like the headings), not a section. A line after the table whose rows held the dates is
    none of that table's roles: a role's own lines stand in its table."""
    return current.kind in ROLE_SECTIONS and _under_dates(lines, k) and not _after_table(lines, k)


def _after_table(lines: list[Line], k: int) -> bool:
    """Line k is the first after a table (in the body, not in a text box)."""
    return k >= 1 and lines[k - 1].area == "table" and lines[k].area not in ("table", "textbox")


def _part_under_a_full_role_line(lines: list[Line], k: int, kind: str) -> bool:
    """ "Projects" in bold right under "Senior Software Engineer<TAB>Educational Measures<TAB>Summer 2006 – Winter
    2014": heading words alone, of a part that holds no roles, under a dates line that names its post and a field
    after it, head a part (what was built there), not a field of the role."""
    if k < 1 or kind in ROLE_SECTIONS or names_more_than_a_heading(lines[k].text):
        return False
    fields = _fields_beside_its_dates(lines[k - 1])
    return len(fields) >= 2 and role_score(fields[0]) >= 1


def _heading_over_a_full_role_line(lines: list[Line], k: int) -> bool:
    """ "Volunteer Experience" over "Volunteer Tutor, Red Cross, Nov 2014 - Nov 2015": heading words alone over a
    dates line that names its post and its employer itself head a section; the role needs no line above it."""
    if k + 1 >= len(lines) or names_more_than_a_heading(lines[k].text) or heading_kind(lines[k].text) is None:
        return False
    fields = _fields_beside_its_dates(lines[k + 1])
    return len(fields) >= 2 and any(role_score(f) >= 1 for f in fields)


def _fields_beside_its_dates(line: Line) -> list[str]:
    """The fields beside a line's own dates (none on a line without dates)."""
    span = anchor(line)
    return fields_beside_dates(line, span) if span is not None else []


def _under_dates(lines: list[Line], k: int) -> bool:
    """Line k stands right under a dates line, or under a head line right under one."""
    if k >= 1 and anchor(lines[k - 1]):
        return True
    return k >= 2 and anchor(lines[k - 2]) is not None and head_like(lines[k - 1]) and not anchor(lines[k - 1])


def _file(
    sections: list[Section],
    kind: str | None,
    line: Line,
    opens_role: bool,
    dresses: Counter[tuple[str, bool, bool]],
    after_table: bool = False,
) -> None:
    """Put a line in its section, or open the section it heads. Under a role section, a heading of a deeper
    outline level heads a part of it: "Projects" in Heading 4 opens a part that holds no roles, "Application
    Development" in Heading 4 goes on with the roles (of the role section above the part). Heading words right
    after the table that held the section's roles head a section of their own: a role's own lines stand in its
    table."""
    current = sections[-1]
    role_parent = current.parent or (current if current.kind in ROLE_SECTIONS else None)
    if kind is not None and role_parent is not None and _deeper(line, role_parent):
        if kind in ROLE_SECTIONS or kind == "other":
            if current.parent is not None:  # back from a part with no roles to the role section's own lines
                sections.append(Section(role_parent.kind, role_parent.title, signature=role_parent.signature))
            # "Office Max – Bodeguero" or "Internship – ACME CORP" in Heading 4: two pieces, a role's own head
            # line, kept; a group's name ("Application Development", "Internships") goes on with the roles and is
            # no line of theirs. An employer's name in that style ("Venari Ltd", "Northwind University" in
            # Heading 2 over the post's Heading 3) is its roles' line too.
            if len(line_segments(line.text)) >= 2 or _names_an_employer(line.text):
                sections[-1].lines.append(line)
        else:
            sections.append(Section(kind, clean_heading(line.text), signature=signature(line), parent=role_parent))
        return
    if (
        kind is not None
        and not after_table
        and _inside_role(kind, line, current, opens_role)
        and not _dressed_as_heading(line, dresses, current)
    ):
        kind = None
    if kind is None and role_parent is not None and _dated_in_skills_part(line, current):
        # "Skills" in Heading 2 after a role's bullets lists no dates: a dated line under it opens the next role of
        # the section (with the post's name right above it, when it stands there)
        back = Section(role_parent.kind, role_parent.title, signature=role_parent.signature)
        if current.lines and not current.lines[-1].is_list and role_score(current.lines[-1].text) >= 1:
            back.lines.append(current.lines.pop())
        sections.append(back)
        current = back
    elif kind is None and role_parent is not None and _role_head_after_part(line, current, role_parent):
        current = Section(role_parent.kind, role_parent.title, signature=role_parent.signature)
        sections.append(current)
    if kind is not None:
        sections.append(Section(kind, clean_heading(line.text), signature=signature(line)))
    else:
        current.lines.append(line)


def _role_head_after_part(line: Line, current: Section, role_parent: Section) -> bool:
    """ "IT Analyst (Dec 2014 – Apr 2017)" in Heading 2 after a role's "Projects" part (in Heading 4): a dated line
    dressed as the role section's own dated head lines, and unlike any line of the part, opens the section's next
    role; the part is over."""
    if current.parent is None or current.kind in ROLE_SECTIONS or anchor(line) is None:
        return False
    sig = signature(line)
    if not (sig[0] or sig[1]) or any(signature(x) == sig for x in current.lines):
        return False
    return any(signature(x) == sig and anchor(x) is not None for x in role_parent.lines)


def _names_an_employer(text: str) -> bool:
    """Two words or more naming an organisation by a company's legal form or a word only organisations have."""
    return len(text.split()) >= 2 and (has_legal_form(text) or has_org_word(text, strong=True))


def _dated_in_skills_part(line: Line, current: Section) -> bool:
    """A short dated line in a skills part of a role section (which lists no dates of its own)."""
    in_part = current.parent is not None and current.kind == "skills"
    return in_part and anchor(line) is not None and len(line.text.split()) <= 12


_LEVEL = re.compile(r"^(?:heading|titre|überschrift)\s*(\d)", re.I)


def _deeper(line: Line, current: Section) -> bool:
    """ "Projects" in Heading 4 under "PROFESSIONAL EXPERIENCE" in Heading 1: a heading of a deeper outline level
    heads a part of the section, not a section of its own."""
    mine, theirs = _LEVEL.match(line.style), _LEVEL.match(current.signature[0]) if current.signature else None
    return mine is not None and theirs is not None and int(mine.group(1)) > int(theirs.group(1))


def _dressed_as_heading(line: Line, dresses: Counter[tuple[str, bool, bool]], current: Section) -> bool:
    """ "COURSES" in bold capitals under "PROFESSIONAL EXPERIENCE", dressed as "LANGUAGES" is further down: a
    heading in capitals dressed like another heading of the CV opens its own section, whatever the section's own
    heading looks like. So does a bold heading dressed as two others of the CV under a role section whose own heading
    wears a dress no other heading wears ("实习经历" in bold, as "教育经历" and "项目经历" are, under a plain
    "科研经历(…)")."""
    sig = signature(line)
    if sig[0] and sum(n for other, n in dresses.items() if other[0] == sig[0]) >= 3:
        return True  # "Outreach" in the "Section Heading" style of "Education" and "Skills": so is a Word style
    own = current.signature
    if own and sig[1] and own != sig and dresses[own] <= 1 and dresses[sig] >= 3:
        return True
    return sig[2] and dresses[sig] >= 2  # the line itself and another heading


def _inside_role(kind: str, line: Line, current: Section, opens_role: bool) -> bool:
    """A heading word inside a role section, dressed unlike the section's own heading, belongs to a role:
    "Achievements" under a role, or "Casual Academic Staff" over "March 2019 – May 2021"; so does a heading of a
    deeper outline level than the section's is filed by `_file`."""
    if current.kind in ROLE_SECTIONS and ROLE_PART.search(line.text) and any(anchor(x) for x in current.lines):
        return True  # "Key achievements" under a role of the section: the role's own part
    if current.kind not in ROLE_SECTIONS or not current.signature or signature(line) == current.signature:
        return False
    if current.signature[0] and signature(line)[0] == current.signature[0]:
        return False  # the section's own heading style: "EDUCATION" in Heading 1 under "Experience" in Heading 1
    if kind == "certifications" and signature(line)[0] and not current.signature[0]:
        # "Certifications" in a Word heading style under a section headed in plain bold opens its own section, dated
        # lines under it or not: a role's own list of certificates is no heading of the document's outline
        return False
    return kind == "certifications" or (opens_role and not _closes_the_roles(line, kind))


# Sections no post is listed in: their heading words alone ("Education", "Skills") end the roles above them, however
# they are dressed and whatever follows ("Education" right over "PGCE, University of Leeds, 10/2001–10/2005").
_NO_ROLES_KINDS = frozenset(["education", "languages", "interests", "referees", "skills"])


def _closes_the_roles(line: Line, kind: str) -> bool:
    """A heading that ends the posts above it though dressed as their titles are: one of a section with no roles, or
    a volunteering heading no post's name could be ("العمل التطوعي", volunteer work; "Volunteering"; not
    "Volunteer", a post)."""
    if kind == "volunteering":
        return role_score(line.text) < 1 and not names_more_than_a_heading(line.text)
    return kind in _NO_ROLES_KINDS and not names_more_than_a_heading(line.text)


# ------------------------------------------------------------------ roles


def _holds_roles(section: Section) -> bool:
    """A role section, or a skills, summary, languages or interests section that goes on with dated role lines (a
    missing heading: "Skills:" then "Learn Ubuntu (PHP Development)<TAB>1/2020 to Present", ...; a sidebar's last
    section, "HOBBY", read before the main column's unheaded roles)."""
    if section.kind in ROLE_SECTIONS or _service(section):
        return True
    if section.kind == "other" and section.title:
        return _lists_posts(section)
    if section.kind not in ("skills", "summary", "languages", "interests"):
        return False
    # two dated lines by a post's noun are roles too: "Profile" goes on with "Shift Manager, Northwind, 2019 – 2023"
    # under a heading of its own the reader cannot name ("My Story"), or none
    dated = [j for j in _dated_rows(section.lines) if not _skill_use_row(section.lines[j])]
    return len(dated) >= 3 or (section.kind in ("skills", "summary") and _posts_at_top(section))


# "Java 6<TAB>10 Years<TAB>2018": a skills table's row, how long the skill was used and the year it was last used
_HOW_LONG = re.compile(r"(?<![\w.])\d{1,2}\+?\s*(?:years?|yrs?\.?|months?|mos?\.?)(?!\w)", re.I)


def _skill_use_row(line: Line) -> bool:
    span = anchor(line)
    return span is not None and span.single and _HOW_LONG.search(line.text) is not None


def _service(section: Section) -> bool:
    """ "Professional Service", "Service": the posts one held for a field (a society's secretary, a journal's
    editor) stand among seats and reviewing; not "Memberships" or "Supervision", filed with them."""
    return section.kind == "service" and bool({"service", "services"} & set(tokens(section.title)))


def _dated_rows(lines: list[Line]) -> list[int]:
    """Where a section's short lines with dates stand: the lines that may head a role."""
    return [j for j, x in enumerate(lines) if _word_total(x.text) <= 12 and anchor(x) is not None]


def _word_total(text: str) -> int:
    """How many words a line says: the pipes, dashes and bullets between its fields are none ("Healthcare Assistant |
    Bon Secours Hospital | Tralee | Jun 2015 – Feb 2019" is a short role line of ten words, not fifteen)."""
    return sum(1 for w in text.split() if any(c.isalnum() for c in w))


def _past_the_list(section: Section) -> list[Line]:
    """A languages or interests section that goes on with roles ("HOBBY": "Cuisine", "Photo", then "Lead DevOps" over
    "Sodexo (Depuis Février 2019)"): its roles start at the line over the first dated line, past the list."""
    if section.kind not in ("languages", "interests"):
        return section.lines
    first = next((i for i, x in enumerate(section.lines) if anchor(x) is not None), 0)
    return section.lines[max(first - 1, 0) :]


def _lists_posts(section: Section) -> bool:
    """ "Stationen" over dated lines each naming a post and followed by its bullets: a section of roles under a
    heading the reader cannot name."""
    lines = section.lines
    dated = _dated_rows(lines)
    posts = [
        j
        for j in dated
        if any(role_score(x.text) >= 1 and not _cjk_sentence(x.text) for x in lines[max(0, j - 1) : j + 2])
        and any(x.is_list for x in lines[j + 1 : j + 4])
    ]
    if len(dated) >= 2 and len(posts) == len(dated):
        return True
    # "Postdoc Res.<TAB>2023.03-Present" over "Institute of Science and Technology, Daejeon": each dated line over the
    # organisation's line, in a section under a heading the reader cannot name
    placed = [j for j in dated if j + 1 < len(lines) and _organisation_line(lines[j + 1])]
    return len(dated) >= 2 and len(placed) == len(dated) and not any(_DEGREE.match(lines[j].text) for j in dated)


def _cjk_sentence(text: str) -> bool:
    """ "配合航天五院科研任务，开发一套…软件；": a Chinese sentence (its commas and semicolons say so) telling what was
    done; a word in it ("开发", development) names no post."""
    return len(_CJK_CHARS.findall(text)) >= 8 and re.search(r"[，；。]", text) is not None


def _organisation_line(line: Line) -> bool:
    named = has_org_word(line.text, strong=True) and role_score(line.text) < 1
    return named and anchor(line) is None and not line.is_list


def _posts_at_top(section: Section) -> bool:
    """Past the name and contacts, two dated lines or more, each by a post's noun: roles under no heading."""
    lines = section.lines
    dated = _dated_rows(lines)
    posts = [j for j in dated if any(_names_a_post(x) for x in lines[max(0, j - 1) : j + 2])]
    return len(posts) >= 2 and len(posts) == len(dated)


def _names_a_post(line: Line) -> bool:
    """A line naming a post, its dates left out: "Healthcare Assistant, Bon Secours Hospital, Tralee<TAB>Jun 2015 –
    Feb 2019" names one, though with its dates it is as long as a sentence, which names none."""
    span = anchor(line)
    text = line.text if span is None else f"{line.text[: span.begin]} {line.text[span.finish :]}"
    return role_score(text) >= 1


def _role_sections(sections: list[Section]) -> set[int]:
    """The indexes of the sections roles are read from."""
    found = {k for k, s in enumerate(sections) if _holds_roles(s)}
    found |= _dressed_as_roles(sections, found) | _laid_out_as_roles(sections, found)
    # a role heading over nothing (a sidebar's "Leadership" over its own heading) does not say where the roles are
    if any(sections[k].lines for k in found):
        # the top of the page goes on with posts under no heading the reader knows, above the named sections
        return found | ({0} if len(sections) > 1 and _posts_at_top(sections[0]) else set())
    # No heading says where the roles are: sections named by formatting alone, and the top of the page when it
    # goes on past the name and contacts with dated role lines (a CV whose experience has no heading).
    dated = _dated_rows(sections[0].lines)
    top = {0} if len(dated) >= 2 or (len(sections) == 1 and dated) else set()
    return {k for k, s in enumerate(sections) if s.kind == "other"} | top | found


# the styles a word processor or a converter gives any paragraph, which say nothing of what it holds
_GENERIC_STYLE = re.compile(
    r"^(?:normal|default|standard|body|text|first paragraph|compact|definition|list|no spacing|plain|table|block)",
    re.I,
)


def _dressed_as_roles(sections: list[Section], found: set[int]) -> set[int]:
    """A section under a heading the reader cannot name ("Conducting Positions") whose dated lines wear the paragraph
    style the role sections' dated lines wear, and no other known section's do ("Job Title"): more roles."""

    role_styles = {x.style for k in found for x in _dated(sections[k]) if x.style and not _GENERIC_STYLE.match(x.style)}
    elsewhere = {x.style for k, s in enumerate(sections) if k not in found and s.kind != "other" for x in _dated(s)}
    return {
        k for k, dated in _unnamed_sections(sections, found) if all(x.style in role_styles - elsewhere for x in dated)
    }


def _dated(section: Section) -> list[Line]:
    return [x for x in section.lines if anchor(x) is not None]


def _unnamed_sections(sections: list[Section], found: set[int]) -> list[tuple[int, list[Line]]]:
    """The sections under a heading the reader cannot name, not read for roles yet, with their dated lines."""
    return [
        (k, dated)
        for k, s in enumerate(sections)
        if k not in found and s.kind == "other" and s.title and (dated := _dated(s))
    ]


_FIELD_MARK = re.compile(r"\s[–—-]\s?|\s?[–—]\s|\s*\|\s*|\t+")


def _fields_layout(line: Line) -> tuple[tuple[str, ...], str] | None:
    """How a dated line parts its fields: the marks between them ("–", "|", a tab) and where its dates stand."""
    span = anchor(line)
    if span is None:
        return None
    before, after = line.text[: span.begin], line.text[span.finish :]
    # the marks between the fields, not the one that parts the last from the dates
    fields = before.rstrip(" –—-|\t")
    marks = tuple("-" if m.strip() and m.strip() in "–—-" else m.strip() or "\t" for m in _FIELD_MARK.findall(fields))
    where = "start" if not before.strip(" –—-|\t") else "end" if not after.strip(" .") else "inside"
    return (marks, where) if marks else None


def _laid_out_as_roles(sections: list[Section], found: set[int]) -> set[int]:
    """A section under a heading the reader cannot name ("Consulting and Product Development") whose dated lines
    part their fields as the role sections' own do ("CREATOR – PIANOPLAY.APP – 2021-PRESENT", as "INSTRUCTOR –
    HARVARD UNIVERSITY – 2015-PRESENT" is written): more roles."""
    role_layouts = Counter(x for k in found for line in sections[k].lines if (x := _fields_layout(line)) is not None)
    known = {x for x, n in role_layouts.items() if n >= 2}
    return {
        k
        for k, dated in _unnamed_sections(sections, found)
        if len(dated) >= 2 and all(_fields_layout(line) in known for line in dated)
    }


def _roles(sections: list[Section], which: set[int]) -> list[RoleOutline]:
    """The roles of the role sections; a section whose own roles give it no template reads its unsure roles with
    the template the whole CV's sure roles agree on (`cv_template`)."""
    seen = CvTemplates()
    roles = _read_roles(sections, which, seen)
    fallback = seen.agreed()
    if fallback is not None:
        roles = _read_roles(sections, which, CvTemplates(fallback=fallback))
    return with_each_span(with_current_post(sections[0].lines, roles))


def _read_roles(sections: list[Section], which: set[int], cv: CvTemplates) -> list[RoleOutline]:
    roles: list[RoleOutline] = []
    for k in sorted(which):
        lines = _lone_items_under_dates(_parents_as_heads(_from_top_level(_past_the_list(sections[k]))))
        found = undated_roles(lines, _form_and_other_roles(lines, cv) or _section_roles(lines, cv))
        found = [_without_a_label_for_title(_post_in_its_lone_bullet(r)) for r in found]
        if sections[k].kind in ("teaching", "service") or lists_activities(sections[k].title):
            # "Teaching", "Public Outreach": courses taught, talks given, and the posts that name themselves
            found = [r for r in found if _names_post(r.title.value)]
        found = current_by_tense(_under_an_organisations_heading(sections[k], found))
        roles.extend(
            r
            for r in found
            if (r.title.value or r.employer.value)
            and not _not_a_post(r)
            and not _in_a_list_of_people(r, lines)
            and not _achievement_told(r, lines)
        )
    for k, section in enumerate(sections):
        if k in which:
            continue
        if section.kind == "education" and _more_than_studies(section.title):
            roles.extend(_posts_among_studies(section.lines))
        elif section.kind == "education":
            roles.extend(_unsure(r) for r in _posts_among_studies(section.lines) if _post_among_degrees(r))
        elif section.kind == "interests" and _student_activities(section.title):
            roles.extend(_posts_among_activities(section.lines))
    return roles


def _post_in_its_lone_bullet(role: RoleOutline) -> RoleOutline:
    """ "2010 – 2019 Paul Menton Centre at Carleton University:" over its one bullet "Note Taker for students with
    disabilities": a role line naming only where, over a single short item naming a post and no sentence, says the
    post in that item; so does an item that opens with a post and a colon before what the post involved."""
    if role.title.value or not role.employer.value or len(role.bullets) != 1:
        return role
    item = role.bullets[0].text.strip()
    head, colon, _ = item.partition(": ")
    if colon and len(head.split()) <= 5 and role_score(head) >= max(1.0, org_score(head)):
        # "CTO & Co-Founder: Neptune Finance, Smart Contracts in Rust": the post, then what it involved
        return role.model_copy(update={"title": Scored(value=head.strip(), confidence=0.6)})
    if len(item.split()) > 8 or item.endswith(".") or role_score(item) < 1 or has_org_word(item):
        return role
    return role.model_copy(update={"title": Scored(value=item, confidence=0.6), "bullets": []})


def _under_an_organisations_heading(section: Section, roles: list[RoleOutline]) -> list[RoleOutline]:
    """A heading the reader cannot name that reads as an organisation (`学生会`, `Northwind Students' Union`) over
    posts whose own lines name none: the posts were held there. A post's line with one field names the post."""
    title = section.title.strip()
    if section.kind != "other" or not title or role_score(title) >= 1:
        return roles
    if org_score(title) < 1 and not _heads_its_own_dated_post(section, title):
        return roles
    for role in roles:
        if not role.title.value and not role.place.value:
            role.title = Scored(value=role.employer.value, confidence=0.5)
            role.employer = Scored(value="", confidence=0.0)
        if role.title.value and not role.employer.value:
            role.employer = Scored(value=title, confidence=0.6)
    return roles


def _heads_its_own_dated_post(section: Section, title: str) -> bool:
    """ "Saltpay" (Heading 2) over "Senior Developer / Tech Lead (May 2022 - April 2023)" (Heading 3): a short name
    the reader cannot place, right over a dated line of a post's words, is where the post was held (a CV built of
    an employer's heading to each role, with no experience heading)."""
    return (
        bool(section.lines)
        and _dated_post(section.lines[0])
        and len(title.split()) <= 4
        and not is_place(title)
        and find_dates(title) is None
    )


# "Activities", "Extracurricular Activities", "Activités": a student's posts in clubs and schools may stand there;
# not "Practice Activities" or "Other Scientific Activities", a professional's account of what the posts involve
_ACTIVITY_WORDS = frozenset(
    [
        "activities",
        "activity",
        "activites",
        "actividades",
        "atividades",
        "aktivitaten",
        "extracurricular",
        "extra",
        "curricular",
        "co",
        "cocurricular",
        "student",
        "students",
        "campus",
        "school",
        "university",
        "college",
        "and",
        "other",
        "additional",
        "leadership",
    ]
)
_MEMBER_OF = re.compile(r"^\s*(?:member|membre|miembro|membro|mitglied|participant)\b", re.I)  # of a team, a club


def _student_activities(title: str) -> bool:
    words = re.findall(r"\w+", fold(title))
    return (
        any(w.startswith(("activ", "ativid", "aktivit", "extracurr")) for w in words) and set(words) <= _ACTIVITY_WORDS
    )


def _posts_among_activities(lines: list[Line]) -> list[RoleOutline]:
    """Posts an activities section lists among what the seeker took part in ("2016–2017 Supervisor of students'
    preparatory tests, Cram School Ropi"): a dated line whose title names a post held at an organisation beside it;
    a competition entered or a project done names none, nor does a seat on a team."""
    return [r for r in _posts_in(lines) if not _MEMBER_OF.match(r.title.value)]


# "Exchange Student", "Graduate Diploma", "Minor in Economics": words of study, never of a post held
_STUDY = re.compile(
    r"\b(?:students?|stud(?:y|ies)|exchange|courses?|programm?e|degree|diploma|certificat\w*|thesis|dissertation"
    r"|minor|major|graduat\w*|school|class|cum laude|gpa|honou?rs"
    # a student and a thesis in other languages ("Estudiante del Instituto …", "Studentin", "Tesi di laurea")
    r"|estudiantes?|estudantes?|[ée]tudiant\w*|student\w+|studente(?:ssa)?|alumn[oa]s?|alun[oa]s?|tesis|tese|tesi|th[èe]se)\b",
    re.I,
)


_EXTRA = re.compile(
    r"\b(?:extra\w*|co-?curricular|activ\w+|ativid\w+|aktivit\w+|other|others|outr[oa]s|otr[oa]s|autres|sonstig\w*"
    r"|work|employment|experi\w+|exp[ée]rience|\w*erfahrung\w*|trabajo|trabalho|travail|teaching|positions?)\b",
    re.I,
)


def _more_than_studies(title: str) -> bool:
    """A heading that names more than studies ("Education and Extra Curricular", "Education & Work"): its section
    may list posts among its degrees. Under a plain "Education", a line that reads like a post is a degree
    ("Tecnólogo em Análise de Sistemas")."""
    return _EXTRA.search(title) is not None


def _posts_among_studies(lines: list[Line]) -> list[RoleOutline]:
    """Posts an education section lists among its degrees ("Extra": "2019–Present<TAB>Lector Java programming at
    Erasmus Hogeschool"): a dated line whose title names a post, an employer beside it, no word of study."""
    texts = {line.id: line.text for line in lines}
    return [
        r
        for r in _posts_in(lines)
        if role_score(r.title.value) >= 1
        and not _STUDY.search(f"{r.title.value} {r.employer.value}")
        # "MCITP - Database Developer 2008 Certified, Microsoft, 2012": a credential named after a post
        and not _CREDENTIAL.search(texts.get(r.source_id, ""))
    ]


_CREDENTIAL = re.compile(r"\b(?:certified|certificat\w*|licen[cs]ed?|accredited)\b", re.I)


# Words of a degree's or a course's line that read like a post: "Doctor (of Philosophy)", a thesis "Supervisor",
# "Research advisor: Prof. …", "Certified … Practitioner", "Curso de …", "Tecnólogo em …" (a Brazilian degree); among
# degrees, "InterNACHI Certified Professional Inspector (2019)", "Florida Licensed Home Inspector" name a licence held
_DEGREE_POST = re.compile(
    # Spanish and Portuguese name a qualification after its holder, then its field after "en" or "em": a title still
    # so written once read is no post at an employer ("Técnico en Cuidados Auxiliares de Enfermería", "Técnica
    # Superior em Radiologia", "Graduada en Magisterio")
    r"^[^\W\d_]+(?:\s+superior)?\s+e[nm]\s+[^\W\d_]"
    r"|^(?:doctor|dr\.?|tecn[óo]logo|bacharel|licenciado)\b|\b(?:supervisors?|advis[eo]rs?|mentors?"
    r"|certified|licensed|accredited|chartered"
    r"|curso|course|cours|kurs|corso|programme|program|niveau|level\s*\d)\b",
    re.I,
)


def _post_among_degrees(role: RoleOutline) -> bool:
    """A post a plain "Education" section lists among its degrees ("Visiting Scholar, University of California,
    Berkeley", "Teaching Assistant" under a degree): a post noun, none of the words a degree's line reads as one."""
    return _DEGREE_POST.search(role.title.value) is None and not _DEGREE_POST.search(role.employer.value)


def _unsure(role: RoleOutline) -> RoleOutline:
    """Read where degrees are listed, a post is never sure: the seeker confirms it."""
    role.title = Scored(value=role.title.value, confidence=min(role.title.confidence, 0.6))
    role.employer = Scored(value=role.employer.value, confidence=min(role.employer.confidence, 0.6))
    return role


def _posts_in(lines: list[Line]) -> list[RoleOutline]:
    """The dated roles of a section that is no role section, kept when the title names a post and an employer stands
    beside it, no degree and no seat (`_not_a_post`)."""
    return [
        r
        for r in _section_roles(lines, CvTemplates())
        if r.employer.value
        and _names_post(r.title.value)
        and not _DEGREE.match(r.title.value.strip())
        and not _told_as_done(r, lines)
        and not _not_a_post(r)
    ]


def _told_as_done(role: RoleOutline, lines: list[Line]) -> bool:
    title = role.title.value.strip()
    return any(
        line.id in role.line_ids and _DONE_SENTENCE.match(line.text.strip()) and title in line.text for line in lines
    )


def _achievement_told(role: RoleOutline, lines: list[Line]) -> bool:
    """ "Bagged 1st position at IIM(C) in Stage Play Event(2019).": a sentence of what was won or done, dated within
    one year, under a role tells an achievement, not a post; one that says a post was taken ("Promoted to Team Lead
    (2019).", "Joined Globex as …") still names one."""
    if role.start.value and role.end.value[:4] != role.start.value[:4]:
        return False
    own = {role.source_id, *role.line_ids}
    return any(
        line.id in own
        and _DONE_SENTENCE.match(line.text.strip()) is not None
        and find_dates(line.text) is not None  # the sentence dates itself (a paragraph's other lines describe)
        and fold(line.text.split()[0]) not in _POST_TAKEN
        for line in lines
    )


# Verbs that open a sentence telling that a post was taken
_POST_TAKEN = frozenset(
    [
        "promoted",
        "appointed",
        "elected",
        "re-elected",
        "hired",
        "employed",
        "worked",
        "joined",
        "started",
        "served",
        "recruited",
        "engaged",
        "nominated",
        "named",
        "selected",
        "volunteered",
        "transferred",
        "reappointed",
    ]
)


# "Voted SIM Club President.", "Elected class representative.": a sentence of what happened, under a degree, names
# an honour or a task, not a post held (a post's name ends without a full stop: "Registered Nurse")
_DONE_SENTENCE = re.compile(r"^[A-Z][a-z]+ed\b.*\.$")


def _names_post(title: str) -> bool:
    """A title with a role noun, also in a joined word ("Mentorship Co-Chair", "Vice-President"), or before a dash
    that parts it from what the post was about ("Teaching Assistant – CHEM 220 Instrumental Analysis (Graduate)")."""
    head = re.split(r"\s[–—-]\s", title, maxsplit=1)[0]
    return any(role_score(t) >= 1 or role_score(re.sub(r"(?<=\w)-(?=\w)", " ", t)) >= 1 for t in {title, head})


_STUDY_WORK = re.compile(r"\b(?:thesis|dissertation|project|coursework|capstone)\b", re.I)
# "PhD in Psychology", "BSc Computer Science", "Master's degree": a degree studied for, not a post
_DEGREE = re.compile(
    r"^(?:ph\.?\s?d\.?|doctorate|doctorat|doktorat|doctorado|doutorado|btec|master(?:'s|’s)?|m\.?sc\.?|m\.?eng\.?|mba|bachelor(?:'s|’s)?|b\.?sc\.?|b\.?eng\.?"
    r"|[bm]\.s\.?|[bm]s(?=\s+in\b)"  # "M.S. in Electronics Engineering", "BS in Biology"
    r"|b\.?a\.?|m\.?a\.?|diploma|certificate|a-levels?|gcses?|abitur|licence|licenciatura|laurea)\b",
    re.I,
)
# Reviewing papers or proposals for a journal or a funder, written as the line's only field or as its title
_REVIEWING = re.compile(
    r"^\s*(?:ad[ -]hoc\s+)?(?:peer\s+)?(?:reviewer|referee)s?\b(?:\s+(?:for|of)\b|\s*$|\s*[,:])", re.I
)
# A talk or a poster given at a meeting ("Oral talk", "Invited presentation"); "Guest Lecturer" names a post
_TALK = re.compile(
    r"(?:(?:oral|invited|contributed|keynote|plenary|poster|conference)\s+)?"
    r"(?:talk|presentation|poster|keynote|lecture|speech|webinar)s?",
    re.I,
)
# The seeker's relatives, as post-Soviet CVs list them with their birth years and workplaces ("Отец", "Онаси")
_RELATIVE = re.compile(
    r"(?:father|mother|brother|sister|wife|husband|son|daughter|spouse"
    r"|отец|мать|брат|сестра|жена|муж|сын|дочь|отаси|онаси|акаси|укаси|синглиси|опаси|турмуш\s+ўртоғи)",
    re.I,
)
_MEMBERSHIP = re.compile(
    r"\b(?:member|representative)\b.*\b(?:committee|society|council)\b|\b(?:committee|society|council)\b.*\bmember\b",
    re.I,
)
_COMMITTEE = re.compile(r"\bcommittee\b", re.I)
# "Member", "Student Member", "Life Member": a title that says no more than that one belongs
_BARE_MEMBER = re.compile(
    r"^(?:(?:full|associate|student|life|ordinary|affiliate|corresponding|active|general)\s+)?members?$", re.I
)
# bodies one belongs to: a society, a club, a team, a band, a working group, a fraternity
_MEMBER_BODY = re.compile(
    r"\b(?:society|council|committee|association|union|federation|academy|club|guild|fraternity|sorority|team"
    r"|band|orchestra|choir|group|chapter|league)\b|^$",
    re.I,
)
# "Best Paper Award", "Finalist 'Falling Walls Lab'", "Travel Grant": an honour received, not a post held
_HONOUR = re.compile(
    r"\b(?:awards?|prizes?|scholarships?|grants?|finalist|winner|medal|honou?rable mention|bursary)\b", re.I
)
# "Poblome, J., Vandam, R. and ...": a list of authors, a publication's line
_AUTHORS = re.compile(r"\b[A-Z][\w'’-]+,\s(?:[A-Z]\.\s?)+(?:,|and|&)")


def _people_led(title: str) -> bool:
    """ "Current Postdoctoral Fellows", "PhD Students": a title ending in a post's noun in the plural, with no post's
    noun in the singular, heads a list of the people one supervised, not a post."""
    if firm_suffix(title):
        return False  # "Abaan & Associates": a firm
    words = tokens(title)
    nouns = [t for t in words if role_score(t) >= 1]
    return bool(nouns) and plural_role_noun(words[-1]) and all(plural_role_noun(t) for t in nouns)


# "Mentees", "Mentee, MIT", "Students mentored", "Advisees": a heading over the people one supervised
_MENTEES = re.compile(r"^(?:mentees?|advisees?|students\s+(?:mentored|supervised|advised))\b", re.I)
# "Riley Hart, Mishler Lab", "Grace Lin (Undergraduate Student, MIT)": a person's name opens the entry
_PERSON_FIRST = re.compile(r"^\s*(?:[A-Z][\w'’-]+\s){1,2}[A-Z][\w'’-]+(?:\s*[,(]|\s*$|\s+and\s)")


def _in_a_list_of_people(role: RoleOutline, lines: list[Line]) -> bool:
    """ "Undergraduate Students" over "Riley Hart, Mishler Lab, UCB<TAB>2018-2020": dated entries that open with a
    person's name under a heading of the people one supervised (a post's noun in the plural, or "Mentees") are those
    people, not posts the seeker held."""
    at = next((k for k, line in enumerate(lines) if line.id == role.source_id), None)  # the line with its dates
    if at is None:
        return False
    entry = lines[at].text.strip()
    if not _PERSON_FIRST.match(entry) or role_score(re.split(r"[,(\t]", entry)[0]) >= 1:
        return False
    head = at - 1
    while head >= 0 and find_dates(lines[head].text) is not None:
        head -= 1  # the people listed above, each with their years
    if head < 0:
        return False
    heading = lines[head].text.strip().rstrip(":")
    if lines[head].is_list or len(heading.split()) > 5 or heading.endswith("."):
        return False  # "Graded students' projects and helped the students": a bullet, no heading
    return _people_led(heading) or _MENTEES.match(heading) is not None


def _names_no_post(role: RoleOutline) -> bool:
    """ "Reviewer for the Swiss National Science Foundation" (reviewing for a journal or a funder), "Oral talk" /
    "Single Cell Biology Keystone Symposium" (a talk given there), "Отаси" (father) / his name / his birth year (a
    form's table of the seeker's family): dated lines that name no post."""
    title = role.title.value.strip(" :")
    reviewing = _REVIEWING.match(role.title.value or role.employer.value) is not None
    return reviewing or _TALK.fullmatch(title) is not None or _RELATIVE.fullmatch(title) is not None


def _not_a_post(role: RoleOutline) -> bool:
    """ "Master's Dissertation, Mathematical Institute" with no title, "Graduate Admissions Committee Member": a
    piece of study or a seat on a committee or in a society, under a role heading, is not a post held."""
    if not role.title.value and _STUDY_WORK.search(role.employer.value) and role_score(role.employer.value) < 1:
        return True  # "Depot manager at Sagalassos Project" names a post: its title was not split out, it stays
    if _STUDY_WORK.search(role.title.value) and role_score(role.title.value) < 1:
        return True  # "Master's Dissertation" read as the title
    if _DEGREE.match(role.title.value.strip()) and role_score(role.title.value) < 1:
        return True  # "PhD in Psychology, University of Grenoble" under a role heading
    if _people_led(role.title.value):
        return True  # "Current Postdoctoral Fellows" / "Trevor Ames"
    if _names_no_post(role):
        return True
    head = f"{role.title.value} {role.employer.value}"
    if _AUTHORS.search(head) or (_HONOUR.search(head) and not _names_post(role.title.value)):
        return True  # a publication or an honour with its year, under a role heading
    if _COMMITTEE.search(f"{role.title.value} {role.employer.value}") and not _names_post(role.title.value):
        return True  # "KU Leuven" / "Program Committee, Department of Archaeology": a seat, no post named
    if _BARE_MEMBER.match(role.title.value.strip()) and _MEMBER_BODY.search(role.employer.value):
        return True  # "Member, Association for Computing Machinery", "Active Member / Wind Band": belonging, no post
    # "KU Leuven" / "Member of sub-faculty council": the seat read as the employer, under a title that names no post
    return _MEMBERSHIP.search(role.title.value if _names_post(role.title.value) else head) is not None


def _from_top_level(lines: list[Line]) -> list[Line]:
    """A section written wholly as a nested list (role lines at level 1, their bullets at level 2, under a heading
    bullet that stands alone) reads from its own top level."""
    levels = [line.list_level for line in lines if line.is_list]
    shift = min(levels) if levels and len(levels) == len(lines) else 0
    if shift <= 0:
        return lines
    return [replace(line, list_level=line.list_level - shift) for line in lines]


def _parents_as_heads(lines: list[Line]) -> list[Line]:
    """ "• Facebook - Software Engineer" over "July 2019 – August 2023, San Francisco" and its own nested bullets:
    a list item right by a role's dates (a line that is no list item) with deeper items under it is the role's head
    line, not a bullet; the items under it move up one level to become the role's bullets."""
    out = list(lines)
    # the section's first dates alone come under a list item: its items head the dates below them (not the dates
    # above, as "2013-2024" over "• Skogsmaskinsförare • Anställd av …")
    first = next((j for j, x in enumerate(lines) if not x.is_list and dates_only(x.text)), None)
    heads_first = first is not None and first > 0 and lines[first - 1].is_list
    for i, line in enumerate(lines):
        if not line.is_list or not head_like(replace(line, list_level=-1)):
            continue
        beside = [j for j in (i - 1, i + 1) if 0 <= j < len(lines)]
        dated = [j for j in beside if not lines[j].is_list and anchor(lines[j]) is not None]
        if not dated:
            continue
        after = max(i, *dated) + 1
        kids = []
        for j in range(after, len(lines)):
            if not lines[j].is_list or lines[j].list_level <= line.list_level:
                break
            kids.append(j)
        if not kids and not (
            i + 1 in dated
            and (_organisation_and_place(line.text) or (heads_first and _dressed_with(line, lines[i + 1])))
        ):
            continue
        out[i] = replace(line, list_level=-1)
        for j in kids:
            out[j] = replace(lines[j], list_level=lines[j].list_level - line.list_level - 1)
    return out


def _organisation_and_place(text: str) -> bool:
    """ "• NYU CUSP<TAB>Brooklyn, NY" over "Associate Research Scientist<TAB>May 2015 - Present": a list item of a
    name and, in a column of its own, a place is an employer's line dressed as a bullet, not something done."""
    cells = [c.strip() for c in text.split("\t") if c.strip()]
    return len(cells) == 2 and is_place(cells[1]) and not is_place(cells[0]) and role_score(cells[0]) < 1


def _dressed_with(item: Line, dates: Line) -> bool:
    """ "• PROCESS ASSOCIATE, SOPRA STERIA" over "16TH - JUL - 2018 TO 24TH – NOV - 2020", both in bold "Heading 2":
    a list item over dates alone in its own emphatic dress (a style or bold) is the role's head dressed as a
    bullet; a plain item over plain dates may be something done."""
    emphatic = item.bold or (bool(item.style) and "list" not in item.style.lower())  # not "List Paragraph"
    return emphatic and dates_only(dates.text) and (item.style, item.bold) == (dates.style, dates.bold)


def _lone_items_under_dates(lines: list[Line]) -> list[Line]:
    """ "2013-2024" over "• Skogsmaskinsförare • Anställd av Sjölanders Skogsentreprenad AB": dates alone on their
    line, each over a single short list item and nothing else before the next dates, twice or more in the section:
    each item is its role's head line (the template's list dress), not a bullet of a role with no words."""
    alone = [j for j, x in enumerate(lines) if not x.is_list and dates_only(x.text)]
    heads = []
    for n, j in enumerate(alone):
        stop = alone[n + 1] if n + 1 < len(alone) else len(lines)
        under = list(range(j + 1, stop))
        if len(under) == 1 and lines[under[0]].is_list and len(lines[under[0]].text.split()) <= 12:
            heads.append(under[0])
    if len(heads) < 2 or len(heads) < len(alone) - 1:
        return lines
    return [replace(x, list_level=-1, style="") if j in heads else x for j, x in enumerate(lines)]


def _role_line(line: Line) -> bool:
    """A short line with dates where a role's dates stand."""
    return len(line.text.split()) <= 16 and anchor(line) is not None


def _form_and_other_roles(lines: list[Line], cv: CvTemplates) -> list[RoleOutline]:
    """The roles of a section written as a form (a table whose header row names its columns reads as one), and
    those of the lines after the form written otherwise: the first unlabelled dated line that is no bullet ends the
    form."""
    forms = _form_roles(lines)
    if not forms:
        return []
    last = max(i for i, line in enumerate(lines) if labelled(line.text) is not None)
    rest = next((i for i in range(last + 1, len(lines)) if not lines[i].is_list and anchor(lines[i])), None)
    if rest is None:
        return forms
    return _form_roles(lines[:rest]) + _section_roles(lines[rest:], cv)


def _form_roles(lines: list[Line]) -> list[RoleOutline]:
    """ "Dates<TAB>2019 – 2021", "Occupation or position held<TAB>Engineer", "Name and address of employer<TAB>
    Siemens AG, Munich": a role written as a form (Europass), its fields by their labels."""
    roles = []
    for form in form_roles([line.text for line in lines]):
        value = (labelled(lines[form.dates].text) or ("", ""))[1]
        span = find_dates(value)
        if span is None and names_present(value):  # "Período – Trabalho Atual": the current job, its start unstated
            span = DateSpan(value.strip(), "", "present", 0, len(value))
        if span is None:
            return []  # a "Date" label with no dates: not a form of roles
        employer, place = split_place(without_asides(_without_address(form.employer)), strict=True)
        if not place and "," in employer:
            employer, place = split_place(employer, loose=True)
        place = place or form.place
        title = without_asides(form.title, arrangement=False)
        sure = 0.9 if title and employer else 0.5
        roles.append(
            RoleOutline(
                title=Scored(value=title, confidence=sure),
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
    lines = _head_sentences(
        _listed_heads(_run_together(_notes_after_their_dates(_labels_over_values(_headcount_notes(lines)))))
    )
    lines, spans = without_dates_given_again(lines, [anchor(line) for line in lines])
    anchors = dated_bullets(lines, [(i, span) for i, span in enumerate(spans) if span is not None])
    if not anchors:
        return []
    if _dates_last(lines, anchors):
        return _dates_last_roles(lines, anchors, cv)
    before, after = learn_counts(lines, anchors)
    before = 0 if before and _heads_the_section(lines, anchors) else before
    # the first role's top line, over the sentence about its employer where there is one
    top = signature(lines[anchors[0][0] - before - tagline_over(lines, anchors, 0)]) if before else None
    blocks, claimed = _blocks(lines, anchors, (before, after), top)
    blocks, claimed = _heads_switching_sides(lines, anchors, (before, after), (blocks, claimed))
    roles: list[RoleOutline] = []
    layouts: list[Layout] = []
    pieces: list[dict[Slot2, str]] = []
    # the lines no role took as its own: a role's own "Employer | Place" line is no group's
    groups = _employer_lines(lines, anchors[0][0], claimed)
    tops: list[int] = []  # where each role's lines start
    inherited: set[int] = set()  # roles whose employer came from the role above
    sharing: list[int] = []  # the same roles, by their place in `roles`
    for k, (i, span, lead, tail) in enumerate(blocks):
        end = blocks[k + 1][0] - len(blocks[k + 1][2]) if k + 1 < len(blocks) else len(lines)
        body = [j for j in range((tail[-1] + 1) if tail else i + 1, end) if j not in claimed]
        courses = all(COURSE_START.match(lines[j].text.strip()) for j in lead)
        if roles and courses and _course_line(lines[i].text, span):
            _extend(roles[-1], span, [lines[j] for j in [*lead, i, *tail, *body]])
            continue
        role = _role(lines, i, span, lead, tail, body, (frozenset(claimed - {i, *lead, *tail}), not before))
        if not role.title.value:
            role, lead = _reach_up(lines, blocks, k, claimed, role, body)
            role = role if role.title.value else _labelled_title_below(role, lines, body)
        if roles and not lead and blocks[k - 1][0] == i - 1:
            _under_the_role_above(role, roles[-1], lines, i, span, bool(tail))
        if roles:  # a line the role took from above is no bullet of the role before
            roles[-1].bullets = [b for b in roles[-1].bullets if b.source_id not in role.line_ids]
        # "Ivy Tech Community College" over "Professor<TAB>2019 - Present", "Assistant Program Chair<TAB>2015 –
        # 2019", ...: title lines right under one another share the employer above the first.
        if roles:
            _employer_from_above(role, roles, (blocks, k, lines), inherited, sharing)
        tops.append(i - len(lead))
        roles.append(role)
        segs = _segments_by_line(lines, i, span, lead, tail)
        layouts.append(_layout(segs))
        pieces.append(_place_slots(segs))
    roles = _under_employer_lines(_follow_template(roles, layouts, cv), groups, tops)
    roles = _places_in_the_sections_slot(roles, pieces) if len(roles) == len(pieces) else roles
    _under_the_sections_employer(lines, blocks, claimed, roles)
    return _repeated_place(lines, _employer_groups(_share_again(roles, sharing)))


_Blocks = list[tuple[int, DateSpan, list[int], list[int]]]


def _blocks(
    lines: list[Line],
    anchors: list[tuple[int, DateSpan]],
    counts: tuple[int, int],
    top: tuple[str, bool, bool] | None,
    sides: list[bool] | None = None,
) -> tuple[_Blocks, set[int]]:
    """Each role's dates line with the lines of its head before and after it, as `counts` says (`top`: the first
    role's top line's look); with `sides`, the one line on the side it names (True: the side `counts` names)."""
    claimed: set[int] = set()
    blocks: _Blocks = []
    for k, (i, span) in enumerate(anchors):
        if sides is None:
            found = row_block(lines, anchors, k) or block(lines, anchors, k, counts, claimed, top)
        else:
            found = block(lines, anchors, k, (0, 1) if (counts[0] > 0) != sides[k] else (1, 0), claimed, None)
        lead, tail = _past_a_person(lines, anchors, k, *found, claimed)
        claimed.update(lead + tail + [i])
        blocks.append((i, span, lead, tail))
    return blocks, claimed


def _heads_switching_sides(
    lines: list[Line],
    anchors: list[tuple[int, DateSpan]],
    counts: tuple[int, int],
    found: tuple[_Blocks, set[int]],
) -> tuple[_Blocks, set[int]]:
    """ "December 2023 - Ongoing | Leeds" / "Legal Aid Society — Senior Associate", then "Irwin Mitchell LLP —
    Trainee Solicitor" / "October 2020 - August 2023, Cardiff" and two more so: a seeker who wrote some roles' dates
    over their head line and others' under it. Read all one way, a dates line alone is left with no head (and a head
    line with no dates); where every dates line finds a head line right beside it, each on one line, with as few
    roles as can be read the other way, they are read so."""
    if len(anchors) < 2 or min(counts) != 0 or max(counts) == 0:
        return found
    if not any(not (lead or tail) and _dates_alone_on(lines, i, span) for i, span, lead, tail in found[0]):
        return found
    sides = _sides(lines, anchors, counts[1] > 0)
    if sides is None:
        return found
    other = _blocks(lines, anchors, counts, None, sides)
    return other if all(lead or tail for _i, _span, lead, tail in other[0]) else found


def _sides(lines: list[Line], anchors: list[tuple[int, DateSpan]], after: bool) -> list[bool] | None:
    """For each dates line, whether its head is the line on the usual side (`after`: under it) rather than on the
    other: each dates line one head line right beside it, no line two roles', the fewest read the other way; None
    where no such reading is."""
    rows = [i for i, _span in anchors]
    bounds = [-1, *rows, len(lines)]

    def beside(k: int, j: int) -> bool:
        return bounds[k] < j < bounds[k + 2] and head_like(lines[j]) and anchor(lines[j]) is None

    # best[u]: (roles read the other way, choices) so far, u whether the last role took the line under its dates
    best: dict[bool, tuple[int, list[bool]]] = {False: (0, [])}
    for k, i in enumerate(rows):
        nxt: dict[bool, tuple[int, list[bool]]] = {}
        for under_taken, (cost, chosen) in best.items():
            for side_under in (True, False):
                j = i + 1 if side_under else i - 1
                if not beside(k, j) or (not side_under and under_taken and j == rows[k - 1] + 1):
                    continue
                usual = side_under == after
                option = (cost + (not usual), [*chosen, usual])
                if side_under not in nxt or option[0] < nxt[side_under][0]:
                    nxt[side_under] = option
        if not nxt:
            return None
        best = nxt
    return min(best.values(), key=lambda option: option[0])[1]


def _dates_alone_on(lines: list[Line], i: int, span: DateSpan) -> bool:
    """The dates line holds nothing else but a place after the dates ("October 2020 - August 2023, Cardiff")."""
    rest = (lines[i].text[: span.begin] + lines[i].text[span.finish :]).strip(" \t–—-|,")
    return not rest or plain_place(rest)


def _repeated_place(lines: list[Line], roles: list[RoleOutline]) -> list[RoleOutline]:
    """ "Cashier<TAB>Fort McMurray" over "Real Canadian Superstore<TAB>Jun. 2020 – Present", "Customer
    Service<TAB>Fort McMurray" over "Marble Slab Creamery<TAB>…", and a third such role: a field between tabs that
    every role of the section (three or more) holds, naming no organisation or post, is where they were held (a town
    too small to be known), not an employer, when each role's other field is no known place and those fields differ
    (employers change from role to role; a town repeated beside one employer's name is that employer's)."""
    if len(roles) < 3:
        return roles
    own = {line.id: line for line in lines}
    fields = [[f.strip() for i in r.line_ids if i in own for f in own[i].text.split("\t") if f.strip()] for r in roles]
    shared = [f for f in set.intersection(*(set(f) for f in fields)) if plain_place(f)]
    if not shared:
        return roles
    # of two shared fields ("Google" and "Mountain View" in every role), the town is the one read as no employer
    town = min(sorted(shared), key=lambda f: sum(fold(r.employer.value) == fold(f) for r in roles))
    others = [
        [f for f in mine if fold(f) not in (fold(town), fold(r.title.value)) and find_dates(f) is None]
        for r, mine in zip(roles, fields, strict=True)
    ]
    if any(len(o) != 1 or is_place(o[0]) for o in others) or len({fold(o[0]) for o in others}) < len(roles):
        return roles
    out = []
    for r, (other,) in zip(roles, others, strict=True):
        if fold(r.employer.value) == fold(town):
            r = r.model_copy(update={"employer": Scored(value=other, confidence=0.6)})
        if not r.place.value or fold(r.place.value) == fold(r.employer.value):
            r = r.model_copy(update={"place": Scored(value=town, confidence=0.5)})
        out.append(r)
    return out


def _past_a_person(
    lines: list[Line], anchors: list[tuple[int, DateSpan]], k: int, lead: list[int], tail: list[int], claimed: set[int]
) -> tuple[list[int], list[int]]:
    """ "Graduate Research Fellow" over "Professor Jane Okoro" and "Byrd Polar Research Center": the person a post
    was held under stands where a field would, so the line past the person's (below a tail, above a lead; a lone
    symbol between left aside) is the role's too."""
    if tail and names_a_person(lines[tail[-1]].text):
        j = tail[-1] + 1
        stop = anchors[k + 1][0] if k + 1 < len(anchors) else len(lines)
        if j < stop and j not in claimed and anchor(lines[j]) is None and head_like(lines[j]):
            tail = [*tail, j]
    if lead and names_a_person(lines[lead[0]].text):
        j = lead[0] - 1
        while j >= 0 and not any(c.isalnum() for c in lines[j].text):
            j -= 1
        start = anchors[k - 1][0] if k else -1
        if j > start and j not in claimed and anchor(lines[j]) is None and head_like(lines[j]):
            lead = [j, *lead]
    return lead, tail


def _under_the_sections_employer(
    lines: list[Line],
    blocks: list[tuple[int, DateSpan, list[int], list[int]]],
    claimed: set[int],
    roles: list[RoleOutline],
) -> None:
    """ "University of Northwind" right under "TEACHING EXPERIENCE", over "Teaching Assistant – BIOL 210 Cell Biology
    (Graduate)<TAB>Jan 2017 – May 2017" and more such lines: an organisation's line that opens the section, no role's
    own, where no role has a line over its own, is the employer of every role in it; a course or a note on a role's
    line, which names no organisation, is no employer."""
    if len(blocks) < 2 or len(roles) != len(blocks) or blocks[0][0] != 1 or 0 in claimed:
        return
    if any(lead for _, _, lead, _ in blocks):
        return
    top = lines[0]
    if top.is_list or anchor(top) is not None or len(top.text.split()) > 16 or not _names_line(top.text):
        return
    name, place = _name_and_place(top.text.strip())
    # "Fabrikam (Laval, QC)": a name the reader does not know is still the organisation's beside its place
    if not has_org_word(top.text, strong=True) and not (place and name and role_score(name) < 1):
        return
    for (i, _, _, _), role in zip(blocks, roles, strict=True):
        old = role.employer.value
        if old and (fold(old) in fold(top.text) or has_org_word(old, strong=True) or org_score(old) > 0):
            continue
        note = f"({old})"  # "(Graduate)" after the course: a note on the post, kept with its title
        if old and role.title.value and f"{role.title.value} {note}" in lines[i].text:
            role.title = Scored(value=f"{role.title.value} {note}", confidence=role.title.confidence)
        role.employer = Scored(value=name, confidence=0.6)
        role.place = role.place if role.place.value else Scored(value=place, confidence=0.6)


def _names_line(text: str) -> bool:
    """A line of names ("University of Northwind", "Fabrikam (Laval, QC)"): capitalised words but for the small ones,
    however few."""
    words = name_words(text)
    return written_as_names(text) or (0 < len(words) < 4 and all(w[:1].isupper() for w in words))


_PLACE_IN_BRACKETS = re.compile(r"^(?P<name>.+?)\s*\((?P<place>[^()]+)\)$")


def _name_and_place(text: str) -> tuple[str, str]:
    """ "Department of Biology, University of Northwind (Austin, TX)": an organisation's line, its place in
    brackets or after a comma."""
    m = _PLACE_IN_BRACKETS.match(text)
    if m is not None and is_place(m.group("place")):
        return m.group("name").rstrip(" ,"), m.group("place")
    return split_place(text, strict=True)


# "Globex Corporation ◦ Berlin, Germany ◦ Remote": fields parted by a ring, bullet, middle dot or pipe
_GROUP_FIELDS = re.compile(r"\s+[◦•·|]\s+")


def _employer_lines(lines: list[Line], first: int, claimed: set[int]) -> dict[int, tuple[str, str]]:
    """ "Globex Corporation ◦ Berlin, Germany ◦ Remote" over the dated posts held there: lines of an employer's name
    and its place in fields, no dates, none a role's own line, the first above the section's first dates;
    {index: (employer, place)}."""
    found: list[tuple[int, str, str, bool, tuple[int, str]]] = []
    posts = 0  # lines whose first field names a post: a few are employers' names ("HR Partners"), most are not
    for j, line in enumerate(lines):
        fields = [f.strip() for f in _GROUP_FIELDS.split(line.text.strip())]
        if line.is_list or not 2 <= len(fields) <= 4 or len(fields[0].split()) > 6:
            continue
        if j in claimed or is_place(fields[0]) or anchor(line) is not None:
            continue
        posts += role_score(fields[0]) >= 1
        places = [f for f in fields[1:] if is_place(f)]
        shape = (len(fields), _GROUP_FIELDS.findall(line.text)[0].strip())
        found.append((j, fields[0], (places or fields[1:])[0], bool(places), shape))
    placed = [j for j, _, _, known, _ in found if known]
    if len(placed) < 2 or min(placed) >= first or 3 * posts > len(found):
        return {}
    # a line of the same fields whose place the reader does not know is one too
    shapes = {shape for _, _, _, known, shape in found if known}
    return {j: (name, place) for j, name, place, _, shape in found if shape in shapes}


def _under_employer_lines(
    roles: list[RoleOutline], groups: dict[int, tuple[str, str]], tops: list[int]
) -> list[RoleOutline]:
    """The employer of a post under an employer's line ("Globex Corporation ◦ Berlin, Germany ◦ Remote") is that
    line's: what the post's own line names after its title is a team or a unit of it. `tops`: where each role's
    lines start."""
    for role, top in zip(roles, tops, strict=True):
        above = [j for j in groups if j < top]
        if not above:
            continue
        name, place = groups[max(above)]
        if not (role.employer.value and fold(role.employer.value) in fold(name)):
            role.employer = Scored(value=name, confidence=0.6)
            role.place = Scored(value=place, confidence=0.6)
    return roles


_SENTENCE_END = re.compile(r"(?<=[a-z)])\.\s+(?=[A-Z])")


# "120 funcionários", "2,500 employees", "800 osób": how many people the employer has
_HEADCOUNT = re.compile(
    r"\b\d[\d.,\s]*\+?\s*(?:employees|staff|people|workers|colaboradores|funcion[aá]rios|empleados|trabajadores"
    r"|dipendenti|salari[ée]s|collaborateurs|personnes|mitarbeiter(?:innen|ende)?|besch[aä]ftigte|medewerkers"
    r"|werknemers|pracownik[oó]w|os[oó]b|сотрудников|человек|anst[aä]llda|ansatte)\b",
    re.I,
)


def _headcount_notes(lines: list[Line]) -> list[Line]:
    """ "Empresa de grande porte, 120 funcionários", "Firma zatrudniająca 800 osób" between a post and its dates: a
    phrase in sentence case saying how many people the employer has is a note on the employer, read as the role's
    text, no line of its head: set under the dates right below it (a name before it, "Cabinet Martin - Groupe de 120
    salariés", keeps the line whole and in place)."""
    out = list(lines)
    for k, line in enumerate(lines):
        text = line.text.strip()
        words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text)[1:] if len(w) > 3]
        if (
            not line.is_list
            and _HEADCOUNT.search(text)
            and anchor(line) is None
            and len(text.split()) <= 12
            and words
            and sum(w.islower() for w in words) >= 0.75 * len(words)
            and not has_legal_form(text)
            and k + 1 < len(lines)
            and anchor(lines[k + 1]) is not None
            and not lines[k + 1].is_list
        ):
            out[k], out[k + 1] = lines[k + 1], replace(line, list_level=0, bold=False)
    return out


def _head_sentences(lines: list[Line]) -> list[Line]:
    """ "Karolinska Institutet, Department of Medicine, Stockholm, Sweden. Member of the imaging group." under a
    title's dated line: a first sentence of names, parted by commas, naming an organisation, is the role's employer
    line; the sentences after it describe the role."""
    out: list[Line] = []
    for j, line in enumerate(lines):
        first, *rest = _SENTENCE_END.split(line.text.strip(), maxsplit=1)
        first = first.rstrip(" .")
        if (
            j
            and not line.is_list
            and "," in first
            and len(first.split()) <= 24
            and has_org_word(first, strong=True)
            and written_as_names(first)
            and anchor(lines[j - 1]) is not None
            and anchor(line) is None
        ):
            out.append(replace(line, text=first, breaks=()))
            out += [replace(line, text=rest[0], breaks=(), bold=False)] if rest else []
        else:
            out.append(line)
    return out


_BRACKETED_YEARS = re.compile(r"\(\s*\d{4}\s*[-–—]\s*(?:\d{4}|[^\W\d_]+)\s*\)")
_RUN_LABEL = re.compile(r"^\s*[^\W\d_][\w ]{0,30}:\s+(?=\S)")


# "Department: Kirby Institute", "Reporting to: OpenClinica CEO": the unit and whom the seeker reported to, labelled
_NOTE_BEFORE_DATES = re.compile(
    r"^\s*(?:department|report(?:ing|s|ed)\s+to|supervisor|supervised\s+by|line\s+manager)\s*:\s*\S",
    re.I,
)


def _notes_after_their_dates(lines: list[Line]) -> list[Line]:
    """ "OpenClinica LLC: Solutions Engineer" over "Department: …", "Reporting to: …" and "Duration: 2017-08 to
    present": labelled notes between a role's head line and its labelled dates are read after the dates, with its
    bullets, so the head line stands right over its dates (and no note is read as the title)."""
    notes = [_NOTE_BEFORE_DATES.match(line.text) is not None for line in lines]
    if not any(notes):
        return lines
    out = list(lines)
    for i in range(len(lines)):
        # only over dates labelled like them ("Duration: …"): a role's notes, not the end of the role above
        if notes[i] or (labelled(lines[i].text) or ("",))[0] != "dates" or anchor(lines[i]) is None:
            continue
        j = i
        while j > 0 and notes[j - 1] and i - j < 3:
            j -= 1
        if 0 < j < i and not notes[j - 1]:
            out[j : i + 1] = [lines[i], *lines[j:i]]  # blocks never overlap: an anchor is no note
    return out


# A field's label alone where the title stands ("Responsibilities" over a role's duties, "Date" before its dates)
_LABEL_WORDS = frozenset(
    ["responsibilities", "key responsibilities", "main responsibilities", "duties", "tasks", "description", "date",
     "dates", "period", "duration", "achievements", "key achievements", "location"]
)  # fmt: skip


def _without_a_label_for_title(role: RoleOutline) -> RoleOutline:
    if fold(role.title.value).strip(" :：") not in _LABEL_WORDS:
        return role
    return role.model_copy(update={"title": Scored(value="", confidence=0.3)})


def _labels_over_values(lines: list[Line]) -> list[Line]:
    """ "Company" over "DocProcess SRL" (a Europass-like CV whose labels stand in a column of their own): a line
    that is only the employer's label, over a short line that is no label, no dates and no bullet, is one labelled
    line ("Company: DocProcess SRL")."""
    out: list[Line] = []
    k = 0
    while k < len(lines):
        line, nxt = lines[k], lines[k + 1] if k + 1 < len(lines) else None
        value = _without_address(nxt.text.strip()) if nxt is not None else ""
        if (
            nxt is not None
            and not line.is_list
            and not nxt.is_list
            and label_alone(line.text) == "employer"
            and label_alone(nxt.text) is None
            and 0 < len(value.split()) <= 8
            and anchor(nxt) is None
        ):
            label = line.text.strip().rstrip(":：").strip()
            out.append(replace(line, text=f"{label}: {value}", breaks=()))
            k += 2
            continue
        out.append(line)
        k += 1
    return out


def _without_address(value: str) -> str:
    """ "SC AXWAY Romania SRL, Str Calea Serban Voda 133 Bucharest": a long value under an employer's label is the
    employer's name and address (as Europass's "Name and address of employer" asks); the name is the part before the
    comma when the rest holds a number (a house's, a postcode)."""
    # "Lojas Americanas, Rua Augusta 120, São Paulo, SP": a street between the name and its town goes, the town stays
    parts = value.split(",")
    kept = [p for k, p in enumerate(parts) if k == 0 or not is_street_address(p.strip())]
    if len(kept) < len(parts):
        return ",".join(kept)
    head, _, rest = value.partition(",")
    return head.strip() if len(value.split()) > 8 and re.search(r"\d", rest) else value


def _run_together(lines: list[Line]) -> list[Line]:
    """ "Earlier roles: Analyst – Acme (2010–2012) | Intern – Globex (2008–2010)": posts run together on one line,
    each closed by its years in brackets, are each a role line of their own (the label before them is none)."""
    out: list[Line] = []
    for line in lines:
        pieces = [p.strip(" .") for p in re.split(r"\s+\|\s+|;\s+", line.text) if p.strip(" .")]
        closed = [p for p in pieces if _BRACKETED_YEARS.search(p) and p.endswith(")")]
        if line.is_list or len(pieces) < 2 or len(closed) != len(pieces):
            out.append(line)
            continue
        pieces[0] = _RUN_LABEL.sub("", pieces[0])
        out += [replace(line, text=p, breaks=()) for p in pieces]
    return out


def _listed_heads(lines: list[Line]) -> list[Line]:
    """ "• Globex Corp" over "QA Lead" over "Jun 2016 – Mar 2018", in a section whose only list items are such lines:
    each a short list of one over a title line and its dates, the first over the section's first role, they are the
    employers' lines, not bullets."""
    listed = [j for j, x in enumerate(lines) if x.is_list]
    if len(listed) < 2:
        return lines
    dated = [anchor(x) is not None for x in lines]  # once: reading dates is the costly part
    heads = [
        j
        for j in listed
        if (j == 0 or not lines[j - 1].is_list)
        and j + 2 < len(lines)
        and not lines[j + 1].is_list
        and not dated[j + 1]
        and dated[j + 2]
        and not dated[j]
        and len(lines[j].text.split()) <= 6
        and not lines[j].text.rstrip().endswith((".", ":"))
    ]
    # the first stands over the section's first dates: a role's bullet never comes before the role
    if len(heads) < 2 or len(heads) != len(listed) or any(dated[: heads[0] + 2]):
        return lines
    return [replace(x, list_level=-1, style="") if j in heads else x for j, x in enumerate(lines)]


def _share_again(roles: list[RoleOutline], sharing: list[int]) -> list[RoleOutline]:
    """Roles that share the employer of the role above take it as the section's template read it."""
    for n in sharing:
        roles[n].employer = Scored(value=roles[n - 1].employer.value, confidence=roles[n].employer.confidence)
    return roles


def _employer_groups(roles: list[RoleOutline]) -> list[RoleOutline]:
    """ "Deloitte, London<TAB>2014 – 2021" over "Manager<TAB>2019 – 2021" and "Senior Associate<TAB>2014 – 2019": an
    employer with its whole span and no title groups the titled roles within that span, which take its name."""
    out: list[RoleOutline] = []
    k = 0
    while k < len(roles):
        group, inner = roles[k], []
        titled = group.title.value and not _WEB_ADDRESS.fullmatch(group.title.value)  # "CISV International – cisv.org"
        name = group.employer.value if not titled else _named_only(group)
        # "TAMU RoboMasters, Texas A&M University<TAB>Jan 2020 – May 2023" over its teams, each with its own dates:
        # both pieces name the organisation, but only over units of it ("Embedded Systems Team")
        both = (
            titled
            and not name
            and not group.bullets
            and bool(group.employer.value)
            and role_score(group.title.value) < 1
        )
        if both:
            name = f"{group.title.value}, {group.employer.value}"
        tiled = _tiled(group, roles[k + 1 :])
        for n, r in enumerate(roles[k + 1 :]):
            # "Co-Vice President & Founding Member, Sep 2021 – May 2023" read as an employer for want of another piece;
            # "Embedded Systems Team, Aug 2021 – May 2023": a unit of the employer above, the post held in it
            unit = _UNIT_NAME.search(r.employer.value) is not None
            lone = not r.title.value and not r.place.value and (role_score(r.employer.value) >= 1 or n < tiled or unit)
            # "Treasurer, DFW Chapter, Jul 2017 – Jun 2019": a post in a unit of the employer above
            in_unit = bool(r.title.value) and unit
            if not name or (r.employer.value and not (lone or in_unit)) or not (r.title.value or lone):
                break
            if both and not (lone and unit):
                break
            if not _within(r, group):
                break
            inner.append(r)
        for r in inner:
            if not r.title.value:  # a lone post's name under its employer's line is the post held there
                r.title = Scored(value=r.employer.value, confidence=0.5)
            # "Secretario en “IEEE Colombia Section”" under "IEEE": a unit named in full, the employer's name in it
            if not (r.title.value and _names_in_full(r.employer.value, name)):
                r.employer = Scored(value=name, confidence=0.7)
            r.place = r.place if r.place.value else group.place
            r.line_ids = list(dict.fromkeys([*group.line_ids, *r.line_ids]))
        out.extend(inner or [group])
        k += 1 + len(inner)
    return out


def _names_in_full(unit: str, name: str) -> bool:
    """The unit's name holds the whole employer's name as words of its own ("IEEE Colombia Section" of "IEEE")."""
    whole = re.search(rf"\b{re.escape(fold(name))}\b", fold(unit)) if name else None
    return whole is not None and fold(unit) != fold(name)


def _tiled(group: RoleOutline, after: list[RoleOutline]) -> int:
    """How many of the roles after an employer's line, each with only a name of its own, follow one another without
    a gap and together make up the employer's whole span (`Globex Inc.  2007 – 2021` over `Design Operations  2017 –
    2021`, `Launch Planning  2015 – 2017`, `Field Support  2007 – 2015`): the posts held there one after another,
    whatever their names say. 0 when they do not; posts held one after another have spans of their own, so "2012",
    "2012", "2012" under "2012" (a freelancer's clients of one year) are peers, no succession."""
    whole = (group.start.value, group.end.value)
    spans: list[tuple[str, str]] = []
    for r in after:
        if r.title.value or r.place.value or not r.employer.value or not r.start.value:
            break
        spans.append((r.start.value, r.end.value))
        ordered = sorted(spans)
        joined = all(a[1][:7] == b[0][:7] for a, b in pairwise(ordered))
        distinct = len(set(spans)) == len(spans) and whole not in spans
        if len(spans) >= 2 and joined and distinct and (ordered[0][0], ordered[-1][1]) == whole:
            return len(spans)
    return 0


_WEB_ADDRESS = re.compile(r"(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}(?:/\S*)?", re.I)


def _named_only(group: RoleOutline) -> str:
    """ "Northwind Traders<TAB>2019 – Present" read as a title for want of an organisation word: with no employer, no
    post's noun and no bullets of its own, the line over titled roles within its span names their employer."""
    if group.employer.value or group.bullets or role_score(group.title.value) >= 1:
        return ""
    return group.title.value


# "Embedded Systems Team", "DFW Chapter", "Department of Sociology": a unit of an organisation, not one of its own
# ("Group" and "Office" end the names of whole companies: "BMW Group", "Home Office")
_UNIT_NAME = re.compile(
    r"\b(?:team|chapter|branch|division|department|dept\.?|lab|laboratory|unit|committee|squad|section|desk|crew)$"
    r"|^(?:the\s+)?(?:department|dept\.?|division|faculty|school|cent(?:re|er)|unit)\s+(?:of|for)\s"
    # "経理部", "第二事業部", "営業課", "大阪支店", "技术部", "개발팀": a department, a section, a branch
    r"|^[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]{1,8}(?:部|課|室|科|支店|支社|営業所|本部|部門|部门|中心|팀|부|본부|지점)$",
    re.I,
)


def _within(role: RoleOutline, group: RoleOutline) -> bool:
    """The role's span lies in the group's, by the month where both give one ("Netpoint<TAB>11/2011 – 04/2012" does not
    group a line dated 01/2011 – 08/2011), by the year where one side gives only the year."""

    def month(v: str, late: bool) -> str:
        if v == "present" or not v:
            return "9999-99" if v or late else "0000-00"
        return v[:7] if len(v) >= 7 else f"{v[:4]}-{'99' if late else '00'}"

    # a year alone stands for any of its months: the widest of them on the group's side, any that fits on the role's
    start, end = month(role.start.value, len(role.start.value) == 4), month(role.end.value, not role.end.value)
    return month(group.start.value, False) <= start and end <= month(group.end.value, True) and bool(group.start.value)


def _segments_by_line(
    lines: list[Line], i: int, span: DateSpan, lead: list[int], tail: list[int]
) -> list[tuple[int, list[tuple[str, bool]]]]:
    """A role's heading lines' pieces, each line with its offset from the dates' line (-1 the line above)."""
    return [
        (offset, own_segments(_head_text(lines[j], span), span) if j == i else line_segments(_head_text(lines[j])))
        for offset, j in enumerate([*lead, i, *tail], -len(lead))
    ]


def _place_slots(segs: list[tuple[int, list[tuple[str, bool]]]]) -> dict[Slot2, str]:
    """Every piece of a role's heading lines (`_segments_by_line`) by (line offset, index), places too."""
    return {(offset, n): s.strip() for offset, line in segs for n, (s, _) in enumerate(line) if s.strip()}


def _places_in_the_sections_slot(roles: list[RoleOutline], pieces: list[dict[Slot2, str]]) -> list[RoleOutline]:
    """ "Elektriker bei Elektro Maier GmbH" over "Ulm | März 2016 – September 2020" under a role whose
    "Stuttgart | …" was read as its place: where the section's roles write their places (one slot, every place read
    agreeing), a role with no place read has its place there, when that piece is a town (a known one however small,
    or a plain name of capitalised words that names no organisation or post) and neither its title nor employer."""
    slots = {
        slot for role, mine in zip(roles, pieces, strict=True) for slot, s in mine.items() if _same(s, role.place.value)
    }
    if not any(r.place.value for r in roles):
        # no place read: a slot where every role (two or more) writes a known town, however small ("Rimini")
        slots = {k for k in pieces[0] if len(roles) >= 2 and all(is_city(p.get(k, ""), floor=0) for p in pieces)}
    if len(slots) != 1:
        return roles
    (slot,) = slots
    for role, mine in zip(roles, pieces, strict=True):
        piece = mine.get(slot, "")
        if role.place.value or not piece or any(_same(piece, v) for v in (role.title.value, role.employer.value)):
            continue
        if is_city(piece, floor=0) or (plain_place(piece) and not names_a_person(piece)):
            role.place = Scored(value=piece, confidence=0.6)
    return roles


def _same(a: str, b: str) -> bool:
    return bool(b.strip()) and fold(a).strip(" ,.") == fold(b).strip(" ,.")


def _layout(segs_by_line: list[tuple[int, list[tuple[str, bool]]]]) -> Layout:
    """A role's heading pieces (`_segments_by_line`) by slot: which of its lines, counted from its dates' line (-1
    the heading line right above it, also when bullets stand between), and index among the line's pieces that are
    neither a place, an arrangement ("Part-time") nor the person it was held under ("Dr. Wei Zhang")."""
    pieces: dict[tuple[int, int], str] = {}
    for offset, segs in segs_by_line:
        kept = [
            s
            for n, (s, _) in enumerate(segs)
            if s
            and not is_place(s)
            and not is_arrangement(s)
            and not s.startswith("(")
            and not names_a_person(s)
            and not kind_beside_a_post(segs, n)  # "Software Developer – Internship"
        ]
        pieces.update(((offset, n), s) for n, s in enumerate(kept))
    return Layout(pieces)


def _follow_template(roles: list[RoleOutline], layouts: list[Layout], cv: CvTemplates) -> list[RoleOutline]:
    """Roles of one section share one layout (`cv_template`); an employer read by it may carry its place."""
    for role in follow_section_template(roles, layouts, cv):
        if role.employer.confidence == FOLLOWED and "," in role.employer.value:
            employer, place = split_place(role.employer.value, loose=True)
            role.employer.value = employer  # "Northwind, Paris": the place the role's own reading found, or a new one
            role.place = role.place if role.place.value else Scored(value=place, confidence=0.7 if place else 0.0)
    return roles


def _heads_the_section(lines: list[Line], anchors: list[tuple[int, DateSpan]]) -> bool:
    """ "Financial Services" over "AI/ML Architect, Data team, Nationwide Building Society, 2018 – present": a short
    line over the first role whose own line names its title and employer surely, where no other role has a line
    over its own, heads the section's roles (a sector, a group), it is no line of the first role."""
    if len(anchors) < 2:
        return False
    i, span = anchors[0]
    title, employer, title_conf, employer_conf, _ = _read_head(lines, i, span, [], [], looks=False)
    if not (title and employer and min(title_conf, employer_conf) >= SURE):
        return False
    return not any(
        j - 1 > prev and head_like(lines[j - 1]) and anchor(lines[j - 1]) is None
        for (prev, _), (j, _) in pairwise(anchors)
    )


def _under_the_role_above(
    role: RoleOutline, above: RoleOutline, lines: list[Line], i: int, span: DateSpan, head_under: bool
) -> None:
    """A role's line right under the line of the role above, with no line of its own over it (`head_under`: its
    head line under it)."""
    if _dates_only(lines[i].text, span) and not head_under:
        # "(February 2019 – April 2019)" then "(July 2019 – November 2019)" under one title: a second spell
        role.title, role.employer, role.place = above.title, above.employer, above.place
    elif _another_site(role, above, lines[i - 1]):
        # "Student Clinician" over "Psychological Services Center<TAB>2023 - 2025" and "Center for Behavioral
        # Health<TAB>2021 - 2023": one title over two sites, each site's line a role of its own
        role.title = Scored(value=above.title.value, confidence=0.6)


def _another_site(role: RoleOutline, above: RoleOutline, above_line: Line) -> bool:
    """The role's line names only an organisation, right under the line of a role whose title stands above it."""
    site = not role.title.value and bool(role.employer.value) and role_score(role.employer.value) < 1
    return site and bool(above.title.value) and above.title.value not in above_line.text


def _reach_up(
    lines: list[Line],
    blocks: list[tuple[int, DateSpan, list[int], list[int]]],
    k: int,
    claimed: set[int],
    role: RoleOutline,
    body: list[int],
) -> tuple[RoleOutline, list[int]]:
    """ "Project Assistant, GH-TAMS" over "IBTCI (June 2024 to March 2025)" in a section whose other roles stand on
    one line: a role whose lines name no title reaches one short line further up, when that line names one."""
    i, span, lead, tail = blocks[k]
    j = (lead[0] if lead else i) - 1
    stop = blocks[k - 1][0] if k else -1
    if j <= stop or j in claimed or not head_like(lines[j]) or anchor(lines[j]) is not None:
        return role, lead
    wider = _role(lines, i, span, [j, *lead], tail, body)
    if role_score(wider.title.value) < 1:
        return role, lead
    claimed.add(j)
    return wider, [j, *lead]


def _labelled_title_below(role: RoleOutline, lines: list[Line], body: list[int]) -> RoleOutline:
    """ "04/2008 – 02/2009 – MRS Logística" over "Cargo: Operador de Sistema de Logística": a role whose head names
    no title takes the one a line under it gives by a label ("Position:", "Cargo:"), which is no bullet; the label may
    follow the project's or client's line and a line about the employer ("Project: Export / Import" over "Role:
    Senior Software Engineer"), within the role's first four lines."""
    for j in [j for j in body if lines[j].text.strip()][:4]:
        field = labelled(lines[j].text)
        if field is None or field[0] != "title":
            continue
        if not field[1] or len(field[1].split()) > 8:
            return role
        bullets = [b for b in role.bullets if b.source_id != lines[j].id]
        title = Scored(value=field[1].strip(" .;"), confidence=0.8)
        return role.model_copy(update={"title": title, "bullets": bullets})
    return role


def _course_line(text: str, span: DateSpan) -> bool:
    """ "2024          Econ 230  Microeconomic Theory": a course taught in a year, under the post it was taught in."""
    rest = (text[: span.begin] + " " + text[span.finish :]).strip(" \t:–—-")
    if COURSE_START.match(rest) is None:
        return False
    # "BEE 2600 Principles of Biological Engineering | Undergraduate Teaching Assistant": a post named beside the
    # course is a role of its own, held teaching it
    return not any(role_score(piece) >= 1 for piece in re.split(r"\s[|│]\s|\t+", rest)[1:])


def _extend(role: RoleOutline, span: DateSpan, lines: list[Line]) -> None:
    """The role above runs over these dates too; their lines become its bullets."""
    starts = [v for v in (role.start.value, span.start) if v]
    role.start.value = min(starts, key=lambda v: v[:4]) if starts else ""
    ends = [role.end.value, span.end]
    role.end.value = "present" if "present" in ends else max(ends, key=lambda v: v[:4])
    role.bullets.extend(Bullet(text=x.text.strip(), level=max(x.list_level, 0), source_id=x.id) for x in lines)


def _dates_only(text: str, span: DateSpan) -> bool:
    rest = text[: span.begin] + text[span.finish :]
    return not any(c.isalnum() for c in rest)


def _dates_last(lines: list[Line], anchors: list[tuple[int, DateSpan]]) -> bool:
    """A role's heading line, its bullets, then its dates alone on a line: the section opens with a heading
    line and its first dates stand alone right under a bullet."""
    i, span = anchors[0]
    # or under its label, as a line of its own should be: "Dates: Jan 2019 – Present", "Period: 2015 – 2018"
    field = labelled(lines[i].text)
    alone = _dates_only(lines[i].text, span) or (field is not None and field[0] == "dates" and dates_only(field[1]))
    return (
        i >= 2
        and alone
        and lines[i - 1].is_list
        and head_like(lines[0])
        and any(role_score(seg) >= 1 for seg, _ in line_segments(lines[0].text))
    )


def _dates_last_roles(lines: list[Line], anchors: list[tuple[int, DateSpan]], cv: CvTemplates) -> list[RoleOutline]:
    """Each role's heading lines follow the dates of the role above (or open the section), then its bullets,
    then its own dates."""
    roles: list[RoleOutline] = []
    layouts: list[Layout] = []
    pieces: list[dict[Slot2, str]] = []
    start = 0
    for i, span in anchors:
        lead: list[int] = []
        j = start
        while len(lead) < 3 and j < i and head_like(lines[j]) and not lines[j].is_list:
            lead.append(j)
            j += 1
        body = list(range(j, i))
        roles.append(_role(lines, i, span, lead, [], body))
        segs = _segments_by_line(lines, i, span, lead, [])
        layouts.append(_layout(segs))
        pieces.append(_place_slots(segs))
        start = i + 1
    return _places_in_the_sections_slot(_follow_template(roles, layouts, cv), pieces)


def _employer_from_above(
    role: RoleOutline,
    roles: list[RoleOutline],
    where: tuple[list[tuple[int, DateSpan, list[int], list[int]]], int, list[Line]],
    inherited: set[int],
    sharing: list[int],
) -> None:
    """A further post at the employer of the role above takes its employer (and its place, when it has none)."""
    blocks, k, lines = where
    if _place_read_as_employer(role, roles[-1]):
        role.place, role.employer = Scored(value=role.employer.value, confidence=0.6), Scored(value="", confidence=0.0)
    elif _town_under_dates_above(role, roles[-1], blocks, k, lines):
        roles[-1].place = Scored(value=lines[blocks[k][2][0]].text.strip(), confidence=0.6)
        role.employer, role.place = Scored(value="", confidence=0.0), Scored(value="", confidence=0.0)
        i, span, lead, tail = blocks[k]
        blocks = [*blocks[:k], (i, span, lead[1:], tail), *blocks[k + 1 :]]  # the town is the role above's
    if _shares_employer(role, roles[-1], blocks, k, inherited, lines):
        role.employer = Scored(value=roles[-1].employer.value, confidence=0.6)
        role.place = role.place if role.place.value else roles[-1].place
        inherited.add(k)
        sharing.append(len(roles))


def _place_read_as_employer(role: RoleOutline, prev: RoleOutline) -> bool:
    """ "Auxiliar de bodega" / "oct. 2016 - jul. 2020" / "Monterrey" under a role with its own place: a lone town read
    for want of an employer is the role's place, as the role above has one (a LinkedIn export's further post at the
    same company names no company)."""
    employer = role.employer.value
    return (
        bool(employer)
        and not role.place.value
        and bool(prev.place.value)
        and bool(role.title.value)
        and is_place(employer)
        and not has_org_word(employer)
        and not has_legal_form(employer)
    )


def _town_under_dates_above(
    role: RoleOutline,
    prev: RoleOutline,
    blocks: list[tuple[int, DateSpan, list[int], list[int]]],
    k: int,
    lines: list[Line],
) -> bool:
    """ "October 2021 - Present" / "Toronto, ON, CA" / "HVAC Technician" / "March 2018 - ...": a lone town right under
    the dates of a role with no place is that role's place (LinkedIn writes it there), not the next post's
    employer."""
    employer = role.employer.value
    lead = blocks[k][2]
    prev_i = blocks[k - 1][0]
    return (
        bool(employer)
        and not prev.place.value
        and bool(role.title.value)
        and bool(lead)
        and lead[0] == prev_i + 1
        and lines[lead[0]].text.strip().startswith(employer)
        and is_place(town := lines[lead[0]].text.strip())
        and not has_org_word(employer)  # "AB" in "Calgary, AB, CA" is Alberta, not a Swedish firm
        and not has_legal_form(town)
    )


def _shares_employer(
    role: RoleOutline,
    prev: RoleOutline,
    blocks: list[tuple[int, DateSpan, list[int], list[int]]],
    k: int,
    inherited: set[int],
    lines: list[Line],
) -> bool:
    """A title line with dates and no employer, under a role whose employer stood on a line of its own (or right
    under it): "FrieslandCampina WAMCO" over "Credit Control Manager", bullets, "Commercial Data Analyst"."""
    i, _, lead, _ = blocks[k]
    prev_i, _, prev_lead, prev_tail = blocks[k - 1]
    if role.employer.value or not role.title.value or not prev.employer.value:
        return False
    if lead and not role.place.value:
        # a lead line that gave only the place ("Dublin, Ireland") leaves the employer to the role above; so does a
        # lone title line over its dates, under a role whose employer stood on a line over its own title line
        # ("GLOBEX CORP", "Team Lead", "2016 – 2018", then "QA Tester", "2015 – 2016")
        prev_head = [lines[j] for j in [*prev_lead, prev_i, *prev_tail]]
        own = len(prev_lead) >= 2 and not _beside_its_title(prev, prev_head)
        return len(lead) == 1 and fold(lines[lead[0]].text) == fold(role.title.value) and (own or k - 1 in inherited)
    # A role with a head line of its own under one whose employer stood beside its title ("Teaching Assistant, Oregon
    # State University" over "Ampersand Café Barista, Seattle, WA") names its own employer, or none: it is not a
    # further post at the employer above (a title alone on the dates line may be).
    if _one_less_field(lines, blocks, k, prev):
        return True
    beside = bool(lead) and _beside_its_title(prev, [lines[j] for j in [*prev_lead, prev_i, *prev_tail]])
    own_line = (bool(prev_lead or prev_tail) and not beside) or k - 1 in inherited
    right_under = own_line and not prev.bullets and prev_i + len(prev_tail) + 1 == i
    return right_under or (
        ((bool(prev_lead) and not beside) or k - 1 in inherited) and role_score(role.title.value) >= 1
    )


def _one_less_field(
    lines: list[Line], blocks: list[tuple[int, DateSpan, list[int], list[int]]], k: int, prev: RoleOutline
) -> bool:
    """ "May 2018 – June 2018<TAB>Field Trainer<TAB>Dominion Voting" right over "October 2014<TAB>Field Services
    Representative": a dates-first line of tabbed fields right under another, with no line between and the employer's
    field left out, is a further post at the same employer."""
    i, span, lead, tail = blocks[k]
    prev_i, prev_span, prev_lead, prev_tail = blocks[k - 1]
    if lead or tail or prev_lead or prev_tail or prev.bullets or prev_i + 1 != i or span.begin or prev_span.begin:
        return False
    fields = [f for f in lines[i].text[span.finish :].split("\t") if f.strip()]
    prev_fields = [f for f in lines[prev_i].text[prev_span.finish :].split("\t") if f.strip()]
    return len(fields) == 1 and len(prev_fields) == 2 and fold(prev.employer.value) in fold(prev_fields[1])


def _beside_its_title(role: RoleOutline, head: list[Line]) -> bool:
    title, employer = fold(role.title.value), fold(role.employer.value)
    return bool(title and employer) and any(title in fold(x.text) and employer in fold(x.text) for x in head)


def _near_title_line(near: Line | None, first_piece: str) -> bool:
    """A line beside the role's dates that can hold its title."""
    return (
        near is not None
        and (
            head_like(near)
            or (not near.is_list and len(near.text.split()) <= 30)
            or (near.is_list and len(near.text.split()) <= 4)
        )
        and role_score(first_piece) >= 1
        and len(first_piece.split()) <= 5
        and anchor(near) is None
    )


def _post_in_item_below(lines: list[Line], i: int, title: str) -> str:
    """The post named by a list item one level deeper under a dated list item read as a title naming no post
    ("Research Intern @Vision team" under "Globex Research, Austin, Texas [Summer, 2018]"): the line names the
    employer, the item the post (a bullet under a line that is no list item is its first task). "" when the lines
    are not so."""
    if i + 1 >= len(lines) or role_score(title) > 0:
        return ""
    below = lines[i + 1]
    segs = line_segments(below.text)  # "Research Intern @Vision team": the post, then where in the employer
    if lines[i].list_level < 0 or below.list_level <= lines[i].list_level or len(below.text.split()) > 8 or not segs:
        return ""
    if re.match(r"\s*\d", below.text) or below.text.rstrip().endswith((".", ";", ":", "。", "；", "：")):
        return ""  # "1. Took part in ...;": a task of the role, numbered or ending as a sentence
    if anchor(below) is not None:
        return ""  # "Lead Organizer (09/2017–12/2018)": a spell of its own within the line's
    post = segs[0][0]
    head, comma, unit = post.partition(",")
    if comma and role_score(head) >= 1 and has_org_word(unit):
        post = head.strip()  # "Research Assistant, Department of Physics": the post, then its unit
    return post if _near_title_line(replace(below, text=post), post) else ""


def _where_before_item(title: str, employer: str, place: str) -> tuple[str, str]:
    """(employer, place) of a line read as title and employer whose post is named in the item below: what was read
    as the employer is its place (a known one, or a name of a word or two before a known country) or its unit."""
    if not employer:
        return title, place
    town = place and len(employer.split()) <= 2 and not has_org_word(employer) and org_score(employer) <= 0
    if is_place(employer) or town:
        return title, ", ".join(p for p in (employer, place) if p)
    return f"{title}, {employer}", place


def _title_nearby(lines: list[Line], i: int, taken: list[int]) -> tuple[str, str, int | None]:
    """ "Bill's Superette, Andover, MN. 02/2018 – 08/2019." with "Shift Supervisor." below: the title and its line;
    with the employer too when the line names it after "at" ("Summer student at FFI (Kjeller, Norway).")."""
    for j in (i + 1, i + 2, i - 1):
        if j == i + 2 and not (j - 1 < len(lines) and head_like(lines[j - 1]) and anchor(lines[j - 1]) is None):
            # two lines down only past a short description ("Power Drives Manufacturer"), not past a dated line: that
            # heads a role of its own ("Charge Nurse (2018 – 2021)" under "St Luke's, Manila<TAB>2012 – 2021"), and the
            # line under it is its first task ("Led 12 nurses."), no title of the line above
            continue
        near = lines[j] if 0 <= j < len(lines) else None
        segs = line_segments(near.text) if near is not None else []
        first_piece = segs[0][0] if segs else ""
        if j not in taken and _near_title_line(near, first_piece):
            at_employer = segs[1][0].strip(" .,") if len(segs) > 1 and segs[1][1] else ""
            return first_piece.strip(" .,"), at_employer, j
    return "", "", None


def _nearby_head(
    lines: list[Line], at: tuple[int, DateSpan, int], title: str, employer: str, place: str
) -> tuple[str, str, str]:
    """ "Clifford Chance, Senior Associate" over "FEBRUARY 2023-FEBRUARY 2024", where the section's first role writes
    its head under its dates: the line j taken as the title near the dates on line i is read as a role's head line,
    for the post and the employer it names both, when no employer was read; else the title stands as it was taken."""
    i, span, j = at
    if employer or lines[j].is_list:  # a list item is no head line, whatever it names
        return title, employer, place
    lead, tail = ([j], []) if j < i else ([], [j])
    got, named, _, named_conf, where = _read_head(lines, i, span, lead, tail, looks=False)
    if not (got and named and named_conf >= SURE) or fold(got) == fold(title):
        return title, "", place
    return got, named, place or where


def _employer_above(lines: list[Line], i: int) -> bool:
    """The line right above a title-and-dates line with no employer, after the role above's bullets: a short line
    naming no role and no dates, set apart like a heading (bold, capitals or a heading style)."""
    if i < 2 or not lines[i - 2].is_list:
        return False
    above = lines[i - 1]
    sig = signature(above)
    # set apart by its look, or written as a name and its place ("Ono Poke Bar | Honolulu, HI")
    parts = [p.strip() for p in above.text.split("|")]
    placed = len(parts) == 2 and is_place(parts[1]) and not is_place(parts[0])
    return (
        head_like(above)
        and anchor(above) is None
        and role_score(above.text) < 1
        and len(above.text.split()) <= 6
        and bool(sig[0] or sig[1] or sig[2] or placed)
    )


def _employer_nearby(
    lines: list[Line], i: int, heads: tuple[list[int], list[int]], others: frozenset[int]
) -> tuple[tuple[str, str], int] | None:
    """The employer and its place of a role read with a title and no employer, from the line above ("Globex Ltd" over
    "Engineer<TAB>2016 – 2019") or below it, with that line's index."""
    lead, tail = heads
    if not lead and _employer_above(lines, i):
        employer = lines[i - 1].text.strip()
        name, bar, where = employer.partition("|")  # "Ono Poke Bar | Honolulu, HI"
        return ((name.strip(), where.strip()) if bar else _employer_and_place(employer, "")), i - 1
    below = _employer_below(lines, i, others) if not tail else None
    return (below, i + 1) if below is not None else None


def _dated_title_alone(line: Line) -> bool:
    """A line with dates and one field beside them, a post ("Research Scientist<TAB>Apr. 2024 – Present")."""
    fields = _fields_beside_its_dates(line)
    return len(fields) == 1 and role_score(fields[0]) >= 1


def _employer_below(lines: list[Line], i: int, others: frozenset[int]) -> tuple[str, str] | None:
    """ "Summer Intern<TAB>Oct 2024 - Mar 2025" over "University Students' Union, Chennai": a role's line with its
    title and no employer, over a short line of no other role's naming no post and no dates, written as a name and
    its place or as an organisation's name: the employer (and its place) under the title."""
    j = i + 1
    if j >= len(lines) or j in others or (i >= 1 and _dated_title_alone(lines[i - 1])):
        return None  # under another dated title line ("Research Scientist", "Postdoctoral fellow"): the employer above
    below = lines[j]
    text = below.text.strip()
    if (
        below.is_list
        or not head_like(below)
        or anchor(below) is not None
        or described(below)
        or role_score(text) >= 1
        or len(text.split()) > 8
    ):
        return None
    name, place = _employer_and_place(text.replace("|", "\t"), "")
    if not place and "," in name:
        name, place = split_place(name, strict=True)
    if not name or is_place(name):
        return None
    if place or has_legal_form(name) or has_org_word(name, strong=True):
        return name, place
    return None


def _dates_conf(span: DateSpan) -> float:
    return 0.6 if span.single or not span.start else (0.95 if "-" in span.start else 0.85)


def _head_text(line: Line, span: DateSpan | None = None, looks: bool = True, across: bool = False) -> str:
    """A role's head line as read: with `looks`, a tab where its words change their look ("**Engineer** Globex
    Ltd") when nothing else in it separates its fields (with `across`, even when something does)."""
    if not looks or not line.breaks:
        return line.text
    if across:
        return line.marked()
    plain = own_segments(line.text, span) if span is not None else line_segments(line.text)
    return line.marked() if len(plain) == 1 else line.text


def _read_head(
    lines: list[Line], i: int, span: DateSpan, lead: list[int], tail: list[int], looks: bool, across: bool = False
) -> tuple[str, str, float, float, str]:
    """Title, employer (with their confidences) and place from the role's head lines."""
    anchor = _head_text(lines[i], span, looks, across)
    own = own_segments(anchor, span)
    texts = [_head_text(lines[j], looks=looks, across=across) for j in lead + tail]
    # "Mentor: Jane Smith, MD, PhD" under the role's line: the person it was held under gives it no field
    texts = ["" if names_a_person(t) else t for t in texts]
    others = whole_bracketed_employer(texts, [line_segments(t) for t in texts], own)
    rest = anchor[: span.begin] + "\t" + anchor[span.finish :]
    own = own_bracketed_employer(rest, own, others[len(lead) :])
    if names_a_person(rest.strip(" \t")):
        own = []  # "Dr. Douglas Lauffenburger (MIT, Systems Immunology)<TAB>Oct. 2019 – Present": who, not where
    others = _units_in_brackets(texts, others, own)
    whole_dashed_names(texts, others, own)
    beside = place_beside_dates(own, others)
    if beside:
        own = []
    got = collect_pieces([*others[: len(lead)], own, *others[len(lead) :]], dates_row=len(lead))
    got.place = got.place or beside
    return title_and_employer(got)


def _units_in_brackets(
    texts: list[str], others: list[list[tuple[str, bool]]], own: list[tuple[str, bool]]
) -> list[list[tuple[str, bool]]]:
    """ "2024–2025<TAB>Maastricht University Medical Centre" over "Research Assistant (Oncology Lab)": with the
    employer named first beside the dates (alone, or before fields such as what it belongs to: "May 2022 – Sep 2022 |
    NWTC Geneva | Ministry of Trade"), the bracket after the title is its unit, part of the title as written, not
    the employer."""
    worded = [s for s, _ in own if any(c.isalpha() for c in s)]
    if not 1 <= len(worded) <= 3 or any(role_score(w) > 0 for w in worded):
        return others
    if not (has_org_word(worded[0]) or org_score(worded[0]) > 0):
        return others
    out = []
    for text, pieces in zip(texts, others, strict=True):
        if len(pieces) == 2 and not pieces[0][1] and pieces[1][1] and f"({pieces[1][0]})" in text:
            pieces = [(f"{pieces[0][0]} ({pieces[1][0]})", False)]
        out.append(pieces)
    return out


def _words(*fields: str) -> int:
    return sum(len(re.findall(r"\w+", f)) for f in fields)


def _across_looks(heads: list[Line], *fields: str) -> bool:
    """A field read from words that straddles a change of look on its line ("BI Developer Qualfon" over the end of
    an italic title): the words' separators and the eye disagree."""
    for line in heads:
        for field in fields:
            at = line.text.find(field) if field else -1
            if at >= 0 and any(at < b < at + len(field) for b in line.breaks):
                return True
    return False


def _employer_and_place(text: str, place: str) -> tuple[str, str]:
    """ "CANADIAN TIRE<TAB>Ottawa, ON": the employer's line above a role's line may set its place in a column."""
    cells = [c.strip() for c in text.split("\t") if c.strip()]
    if len(cells) < 2:
        return text, place
    places = [c for c in cells if is_place(c)]
    names = [c for c in cells if not is_place(c)]
    if len(names) != 1:
        return text, place
    return names[0], place or (places[0] if places else "")


def _group_heads(lines: list[Line], i: int, span: DateSpan, lead: list[int]) -> bool:
    """ "Industry" or "Academic" over "Operations Manager, Northwind Logistics, 2019 – Present": short lines in a
    section's words, naming no post, no organisation and no place, over a role line that names its title and
    employer surely on its own head the roles of a group; they are no field of the role."""
    if not lead or any(len(lines[j].text.split()) > 3 or anchor(lines[j]) is not None for j in lead):
        return False
    texts = [lines[j].text.strip(" :") for j in lead]
    # in a section's words ("Industry", "Academic", "Internships"): a brand's bare name over the line is its employer
    if any(heading_kind(t) is None for t in texts):
        return False
    if any(role_score(t) > 0 or has_org_word(t) or org_score(t) > 0 or is_place(t) for t in texts):
        return False
    title, employer, title_conf, employer_conf, _ = _read_head(lines, i, span, [], [], looks=False)
    return bool(title and employer) and min(title_conf, employer_conf) >= SURE


def _organisation_over_rows(lines: list[Line], i: int, span: DateSpan, lead: list[int]) -> bool:
    """ "University of Northwind, Eastbrook, PA USA" over rows "<TAB>Associate Professor<TAB>Department of
    Physiology<TAB>2019 –", each naming its post and its unit surely on its own: the line heads the group of rows, and
    the first row under it reads as the section's other rows laid out so do."""
    if len(lead) != 1 or anchor(lines[lead[0]]) is not None or not has_org_word(lines[lead[0]].text, strong=True):
        return False
    layout = _fields_layout(lines[i])
    if layout is None or not any(_fields_layout(x) == layout for j, x in enumerate(lines) if j != i):
        return False
    title, employer, title_conf, employer_conf, _ = _read_head(lines, i, span, [], [], looks=False)
    return bool(title and employer) and min(title_conf, employer_conf) >= SURE


def _role(
    lines: list[Line],
    i: int,
    span: DateSpan,
    lead: list[int],
    tail: list[int],
    body: list[int],
    around: tuple[frozenset[int], bool] = (frozenset(), False),
) -> RoleOutline:
    """The role whose dates are on line i. `around`: the lines other roles' heads hold, none of this role's, and
    whether the section writes no line over its roles' dates (then a line over them is the role above's)."""
    others, lead_less = around
    if _group_heads(lines, i, span, lead) or _organisation_over_rows(lines, i, span, lead):
        lead = []
    title, employer, title_conf, employer_conf, place = _read_head(lines, i, span, lead, tail, looks=False)
    heads = [lines[j] for j in [*lead, i, *tail]]
    across = _across_looks(heads, title, employer)
    if any(h.breaks for h in heads) and (not (title and employer) or across):
        # Words alone do not tell title from employer, or they part them where the eye does not: where the words
        # change their look tells them apart ("*Reports Analyst / BI Developer* Qualfon").
        again = _read_head(lines, i, span, lead, tail, looks=True, across=across)
        kept = not across or _words(again[0], again[1], again[4]) >= _words(title, employer, place)
        if again[0] and again[1] and kept:  # a reading by looks that drops words it had read is no better
            title, employer, title_conf, employer_conf, place = again
    post = _post_in_item_below(lines, i, title) if title and not tail else ""
    if post:
        # "Globex Research, Austin, Texas [Summer, 2018]" over the item "Research Intern @Vision team": the line
        # names where, its item below the post
        employer, place = _where_before_item(title, employer, place)
        title, title_conf, employer_conf = post, SURE, SURE  # the item and the line each say what they are
        body = [b for b in body if b != i + 1]
    elif not title and employer and not tail and (post := _post_in_item_below(lines, i, "")):
        # "Northwind Institute, Springfield [Summer, 2018]" read as the employer and its place, over the item
        # "Research Intern @Vision team" or "Research Assistant, Department of Physics": the item names the post
        title, title_conf = post, 0.7
        body = [b for b in body if b != i + 1]
    if not title:
        # "Softtek<TAB>2022 – present" over "Líder técnico", then "Globant<TAB>2017 – 2022": the title over Globant's
        # line is Softtek's, no title of Globant's
        title, near_employer, used = _title_nearby(lines, i, [*lead, *tail, *(others if lead_less else ())])
        if used is not None:
            title_conf = 0.6
            body = [b for b in body if b != used]
            title, near_employer, place = _nearby_head(lines, (i, span, used), title, near_employer or employer, place)
        if near_employer and not employer:
            employer, employer_conf = near_employer, 0.6
    near = _employer_nearby(lines, i, (lead, tail), others) if title and not employer else None
    if near is not None:
        (employer, where), j = near
        employer_conf, place = 0.6, place or where
        lead, tail = ([j], tail) if j < i else (lead, [j])
        body = [b for b in body if b != j]
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
    return [line.text.strip() for s in sections if s.kind == "education" for line in s.lines if head_like(line)][:12]
