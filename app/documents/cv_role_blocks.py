"""Which lines make up a role in a role section: the line of its dates (`anchor`), and the short head lines around
it that hold its title, employer and place (`head_like`), as many before and after the dates as the section's roles
have (`learn_counts`, `block`), or its table row's cells (`row_block`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from app.documents.cv_dates import DateSpan, find_dates, leading_ongoing, trailing_ongoing
from app.documents.cv_forms import labelled
from app.documents.cv_head_line import (
    DESCRIBED_AFTER_BRACKET,
    EMPLOYER_AFTER_BRACKET,
    is_description,
    names_a_person,
)
from app.documents.cv_lines import Line
from app.documents.cv_vocab import (
    ROLE_SECTIONS,
    has_org_word,
    heading_kind,
    org_score,
    plural_role_noun,
    role_score,
)
from app.documents.lexicon import SKILL_TERMS
from app.documents.text import EMAIL, fold

# "Date of birth: 1996", "Expected graduation: 2025": a date that is not a role's.
_NOT_ROLE_DATE = re.compile(
    r"birth|born|\bdob\b|födelse|geburt|naissance|nascimento|nacimiento|рождени|\bage\b|nationality|graduation"
    r"|expected|出生|生年月日|생년월일"
    # "No of Years of experience in PHP:<TAB>2013 – Present": how long a skill has been used, no post
    r"|years?\s+of\s+experience|experience\s+(?:in|with)\b.*:\s*$",
    re.I,
)
# "Address:   Carl Bondes Väg 4", "Postnummer: 164 75": a personal detail (a wide gap or digits after the label),
# unlike "CAIS Group: Senior Backend Developer"; "資本金：1億円 従業員数：388名", a Japanese company's capital and
# staff, with a full-width colon, are notes on the employer
_KEY_VALUE = re.compile(r"^[\w'’-]+(?: [\w'’-]+)?\s*[:：](?:\s{2,}|\t|\s*(?=[^:：]*\d))\s*\S")


# a Chinese, Japanese or Korean label of a few characters and a full-width colon ("事業内容：", "主要业务：")
_CJK_NOTE = re.compile(r"^[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]{2,8}\s*：")

_ASIDE = re.compile(r"\s*\([^()]*\)")


def signature(line: Line) -> tuple[str, bool, bool]:
    # "WORK EXPERIENCE (more on website ↗)": an aside in brackets does not change how the line is dressed
    letters = [c for c in _ASIDE.sub("", line.text) or line.text if c.isalpha()]
    upper = bool(letters) and all(c.isupper() for c in letters)
    style = line.style.lower()
    heading_style = style.startswith(("heading", "titre", "überschrift")) or "section" in style
    return (line.style if heading_style else "", line.bold, upper)


def titled_label(text: str) -> bool:
    """ "Line Cook:", "Kitchen Manager:" over the role's bullets: a post's name written as a label of what follows
    (a few capitalised words naming a post), unlike "Key Accomplishments:" or "Duties include:"."""
    words = text.rstrip(": ").split()
    capitalised = all(w[:1].isupper() or fold(w) in SMALL_WORDS for w in words)
    return 1 <= len(words) <= 5 and capitalised and role_score(text.rstrip(": ")) >= 1


def head_like(line: Line) -> bool:
    """A short line that can hold a title, employer or place (not a bullet or a sentence)."""
    t = line.text.strip()
    n = len([w for w in t.split() if any(c.isalnum() for c in w)])  # "|", "–" part fields: they are no words
    if line.is_list or not t or EMAIL.search(t) or (t.endswith(":") and not titled_label(t) and not _named_pair(t)):
        return False  # "Duties and responsibilities include:" opens a list
    if n > 14 and not (n <= 24 and (has_org_word(t, strong=True) or _piped_fields(t)) and not t.endswith(".")):
        return False
    if _KEY_VALUE.match(t) and find_dates(t) is None:
        return False  # "Address: Carl Bondes Väg 4" is a personal detail
    if _CJK_NOTE.match(t) and labelled(t) is None:
        return False  # "事業内容：銀行業・金融サービス": what the employer does, labelled, no field of the role
    if _column_header(t):
        return False  # "Year(s)<TAB>Position Title<TAB>Institution": a table's header row names no role
    if _describes(t) or _NOTE_LABEL.match(t) or stack_line(t):
        return False  # "Led the payments team", "Client: Cisco, US": what was done and for whom, no head line
    if t.endswith(("。", "；", "！")):
        return False  # a sentence in Chinese or Japanese (their words are no spaced words to count)
    return not (t.endswith(".") and n > 6 and not written_as_names(t) and not _short_fields(t))


def stack_line(text: str) -> bool:
    """ "Python, Golang, AWS SageMaker, AWS SQS, AWS Lambda" under a role line: the tools the role used, listed
    without a label. Four or more short items, the first and most of them a known skill, none naming a post."""
    items = [i.strip() for i in text.split(",") if i.strip()]
    if len(items) < 4 or any(len(i.split()) > 3 or role_score(i) >= 1 for i in items):
        return False
    known = [any(w in SKILL_TERMS for w in _terms(i)) for i in items]
    return known[0] and 2 * sum(known) >= len(items)


def _terms(item: str) -> set[str]:
    """The item's words and its pairs of words, folded ("AWS SageMaker" holds "aws"; "Power BI" is one term)."""
    words = [fold(w) for w in re.findall(r"[\w.#+/-]+", item)]
    return set(words) | {f"{a} {b}" for a, b in pairwise(words)}


def _short_fields(text: str) -> bool:
    """ "Banarbete och shop * Hede-Vemdalens och Funäsfjällens golfklubb.": fields parted by a bullet, a pipe or a
    tab, each a few words opening in capitals, are a head line with a full stop, not a sentence."""
    parts = [p.strip() for p in re.split(r"\s[|•·*▪]\s|\t", text) if p.strip()]
    return len(parts) >= 2 and all(len(p.split()) <= 6 and p[0].isupper() for p in parts)


def _piped_fields(text: str) -> bool:
    """ "Ethereum Infrastructure, MEV, DeFi Systems, and AI/ML Infra Transition | Independent Protocol Engineer and OSS
    Contributor": fields parted by a pipe, none of them a sentence's length, make a long head line."""
    parts = [p for p in re.split(r"\s\|\s", text) if p.strip()]
    return len(parts) >= 2 and all(len(p.split()) <= 12 for p in parts)


def _named_pair(text: str) -> bool:
    """ "ShopRightNOW.com: Growth Marketing Lead:": two capitalised fields parted by a colon, over what the role
    involved; a head line, not a label opening a list."""
    parts = [p.strip() for p in text.rstrip(":").split(":")]
    words = [w for p in parts for w in p.split()]
    return (
        len(parts) == 2
        and all(1 <= len(p.split()) <= 6 for p in parts)
        and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in SMALL_WORDS for w in words)
    )


# the small words a name or a title keeps in lower case ("University of Oslo", "Head of Sales")
SMALL_WORDS = frozenset(
    ["at", "in", "of", "for", "with", "and", "the", "de", "del", "la", "y", "e", "&", "/", "-", "–"]
)


def name_words(text: str) -> list[str]:
    """The words of a line of names that may be capitalised, their punctuation off ("of", "and" … left out)."""
    words = [w.strip("()[],.;:") for w in text.split()]
    return [w for w in words if w and w.lower() not in SMALL_WORDS]


def written_as_names(text: str) -> bool:
    """ "College Instructor at Velez College (Cebu City, Philippines).": a head line with a full stop at its end is
    still one when its words are names and titles (capitalised but for the small words), unlike a sentence."""
    words = name_words(text)
    return len(words) >= 4 and sum(w[:1].isupper() or w[:1].isdigit() for w in words) >= 0.85 * len(words)


# English verbs whose past tense does not end in -ed, that a duty opens with
PAST_VERBS = frozenset(
    [
        *("led", "built", "wrote", "ran", "made", "won", "taught", "drove", "grew", "set", "cut", "began", "kept"),
        *("held", "sold", "brought", "gave", "took", "oversaw"),
    ]
)


_NOTE_LABEL = re.compile(
    r"^(?:client|customer|project|projects|technologies|technology|environment|tools|skills|tech stack|stack"
    r"|team size|domain|platform|languages?|achievements?|responsibilities"
    # the same labels in the other languages the reader knows ("Tecnologías: Node.js, ...")
    r"|tecnolog[ií]as?|herramientas|ferramentas|entorno|ambiente|logros|responsabilidades|funciones|proyecto"
    r"|technologien|werkzeuge|umgebung|kunde|projekt|outils|environnement|comp[ée]tences|projet|r[ée]alisations"
    r"|tecnologie|strumenti|progetto|technologie[ëe]n|klant|omgeving)"
    r"(?:\s+(?:used|utilis[ée]e?s|utilizad[oa]s|verwendet|gebruikt))?\s*:",
    re.I,
)


def note_label(text: str) -> bool:
    """ "Technologies:", "Client: Cisco": a label of a note on the role, no head line."""
    return _NOTE_LABEL.match(text.strip()) is not None


_OPENERS = frozenset(["responsible", "in", "as", "helped", "worked", "duties", "tasks", "main", "key"])


def _describes(text: str) -> bool:
    """A line that tells what the seeker did: it opens with a verb in the past or in -ing ("Led", "Developing") or
    "Responsible for" and goes on in lower case, with no role noun ("Registered Nurse" opens with one too, but
    names a role)."""
    words = text.split()
    first = fold(words[0]) if words else ""
    verb = first in PAST_VERBS or first in _OPENERS  # "Led a team of architects": a verb, whatever noun follows
    # not "Registered Nurse" or "Working as a freelancer", which name a post; "Managed a team of five engineers"
    # names the people it led (a post's noun in the plural), no post of its own
    suffixed = (
        first.endswith(("ed", "ing"))
        and len(first) > 4
        and role_score(" ".join(w for w in words if not plural_role_noun(fold(w.strip(".,;:()"))))) < 1
    )
    # "Organised events.": two words make a duty only as a sentence, with its full stop
    if len(words) < (2 if text.rstrip().endswith(".") else 3) or not (verb or suffixed):
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


# Chinese, Japanese and Korean names of a table's columns ("期間 | 業務内容": the period, and what the work was)
_CJK_HEADER_WORDS = (
    "期間 期间 年月 年 月 時期 时间 時間 起止时间 业务内容 業務内容 職務内容 职务内容 工作内容 仕事内容 内容 担当業務"
    " 役職 职位 職位 会社名 公司 公司名称 所属 기간 근무기간 담당업무 업무내용 직위 회사명 내용"
)
_CJK_HEADER_CELLS = frozenset(_CJK_HEADER_WORDS.split())


def _column_header(text: str) -> bool:
    """Every cell of the line names a column: "Year(s)", "Position Title", "Institution/Organization", "期間 |
    業務内容"."""
    if "\t" in text and all(c.strip() in _CJK_HEADER_CELLS for c in text.split("\t")):
        return True
    cells = [re.sub(r"\([^)]*\)", " ", c) for c in text.split("\t")]
    words = [w for c in cells for w in re.split(r"[\s/]+", c.lower()) if w]
    return bool(words) and all(w in _HEADER_WORDS for w in words) and any(w not in ("of", "to", "from") for w in words)


# "项目时间：", "프로젝트 기간:": a project's dates, labelled so (English labels, "Project duration:", are read as a
# project's lines already)
_PROJECT_DATES = re.compile(r"(?:项目|項目|프로젝트\s*)(?:时间|時間|周期|週期|日期|期间|期間|기간)\s*[:：]?")


def anchor(line: Line) -> DateSpan | None:
    t = line.text
    span = find_dates(t) or leading_ongoing(t) or trailing_ongoing(t)
    if span is None:
        return None
    before = t[: span.begin].strip(" \t([{\"'")
    if _PROJECT_DATES.fullmatch(before):
        return None  # "项目时间：2021/3-2021/12": a project's dates under a role, no role's
    after = t[span.finish :].strip(" \t)]}.\"',;:")
    # the words of the line besides its dates and its separators ("Computer Technician • Oklahoma State University
    # Institute of Technology • Sep 2017 - Apr 2019" is a role line of nine words, not a bullet of fifteen)
    # (only on a line laid out in fields; a single date keeps every word counted: a talk's or an award's bullet
    # dated by its day is no role line)
    outside = (t[: span.begin] + " " + t[span.finish :]).split()
    fields = len(re.findall(r"\s[•|·]\s|\t", t)) >= 2  # laid out in fields, as a role line is
    # a single date in a tab column of its own closing a line of fields ("Summer School, Caltech | Participant<TAB>Jul.
    # 2022") dates a role line as a range there does
    column = span.single and not line.is_list and t[: span.begin].endswith("\t") and not after
    counted = fields and (not span.single or column)
    # dates count as four words at most: "Julio de 2017 – A la fecha" says what "Jul 2017 – Present" does
    long_dates = max(0, len(span.text.split()) - 4)
    words = len([w for w in outside if any(c.isalnum() for c in w)]) if counted else len(t.split()) - long_dates
    if (own := _words_before_description(t, span)) is not None:
        words = own
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
    # "The Louis Berger Group (Development Lead, Resigned for lack of adoption of curent tech)<TAB>6/2012 to 12/2012"
    # in a list's dress (a nested one, even): dates in a tab column of their own at the end lay the line out as a
    # role's head
    tab_column = t[: span.begin].endswith("\t") and not after and not before.endswith(".")
    tabbed = tab_column and not span.single
    # "Aug 2008 - Present, Research Ecologist, U.S. Environmental Protection Agency, Atlantic Ecology Division,
    # Narragansett, RI" in a list's dress: dates opening a line of short comma fields, no sentence, lay it out as a
    # role's head however many words the fields take
    fielded = not span.single and not before and _comma_fields(t[span.finish :])
    limit = 20 if closing or tabbed else 24 if fielded else 14
    if line.is_list and ((line.list_level > 0 and not tabbed) or words > limit or not at_edge):
        return None
    if _NOT_ROLE_DATE.search(before):
        return None
    if (
        before
        and len(before.split()) > 8
        and t.rstrip().endswith((".", ".)"))
        and before[:1].isupper()
        and not re.search(r"[,|\t–—]", before)
        and not written_as_names(before)  # "Nord Pool. Analytics AS Norway. Senior Advisor. 2022 - Present."
    ):
        return None  # "Got a chance to attend a ceremony (Dec 2023)." is a sentence, not a role
    # "2014. Guest Lecturer, ... Department of Zoology, University of Otago." opens a long role line.
    opens = not before and re.match(r"^[\s.:)\]–—-]", t[span.finish :] or " ") is not None
    if span.single:
        # A lone year or month inside a sentence is not a role's date; at the start or end of a short line it is,
        # and at the end of a longer one that opens with a post and parts its fields with commas ("Graduate Student
        # Visitor, Mesoscale and Microscale Meteorology Laboratory, National Center for Atmospheric Research, 2018").
        head = t.split(",")[0]
        posted = not line.is_list and before.endswith(",") and len(head.split()) <= 6 and role_score(head) >= 1
        if (
            # a year alone in a tab column of its own allows a line of fourteen words ("Lab & Field Instructor,
            # Introduction to Remote Sensing, University of Massachusetts Boston<TAB>2016": thirteen)
            (words > (limit if closing else 14 if tab_column else 16 if posted and not after else 12) and not opens)
            or words > 45
            or not at_edge
            or (before and before.lower().endswith((" in", " of", " since", " by", " on")))
        ):
            return None
    elif words > (45 if opens else 30) or (not at_edge and words > 14):
        return None
    return span


def _words_before_description(t: str, span: DateSpan) -> int | None:
    """The role's own words when sentences after its bracketed dates describe it: "Data scientist: - Globex (May 2022
    - Jan 2023). Key tools: - Python - SQL" (the words before the dates), "Principal Associate (Jan 2018 – Jan 2020),
    for Capital One, Nottingham. During this time I …" (and the clause naming the employer); None otherwise."""
    if span.single:
        return None
    if DESCRIBED_AFTER_BRACKET.match(t[span.finish :]):
        return len(t[: span.begin].split()) + 1
    if clause := EMPLOYER_AFTER_BRACKET.match(t[span.finish :]):
        return len(t[: span.begin].split()) + len(clause.group(0).split())
    return None


def _comma_fields(after: str) -> bool:
    """ ", Title, Employer, Unit, Town, ST": three fields or more after a comma, each a name's few words, no
    sentence's end."""
    if not after.startswith(",") or after.rstrip().endswith("."):
        return False
    fields = [f.strip() for f in after[1:].split(",")]
    return len(fields) >= 3 and all(0 < len(f.split()) <= 7 for f in fields)


def _year(value: str, late: bool) -> str:
    return "9999" if value == "present" else (value[:4] if value else ("9999" if late else "0000"))


def dated_bullets(lines: list[Line], anchors: list[tuple[int, DateSpan]]) -> list[tuple[int, DateSpan]]:
    """The anchors that are roles' own: "Aralık 2013 – Şubat 2019" over bulleted "2018: Consultant (iOS), UZİKOM,
    ..." lines drops the bullets. A bullet dated by one year inside the span of the role line above it (a line of
    its own, not a bullet) tells a project or task of that role, not a role of its own."""
    kept: list[tuple[int, DateSpan]] = []
    head: DateSpan | None = None  # the dates of the nearest role line above that is no bullet
    for i, span in anchors:
        if not lines[i].is_list:
            head = span if not span.single else None
        elif head is not None and ((span.single and _inside(span, head)) or _listed_under_a_label(lines, i)):
            continue
        elif head is not None and _inside(span, head) and _mid_sentence(lines[i].text, span):
            continue  # "Led the 2020 – 2021 move to the new site.": a task of the role above, told in a sentence
        kept.append((i, span))
    return kept


def without_dates_given_again(
    lines: list[Line], spans: list[DateSpan | None]
) -> tuple[list[Line], list[DateSpan | None]]:
    """ "Hotel Fasano, São Paulo<TAB>maio de 2023 - novembro de 2023" over "Garçom (maio de 2023 - novembro de
    2023)": the line right under a role's dates line gives the same dates again beside one field, and the line above
    names no post, so it is the post of the role above, a line of that role's head; the dates it repeats are dropped
    from it, and with them its anchor (two posts held at once each name themselves). `spans`: each line's anchor."""
    lines, spans = list(lines), list(spans)
    for i, (span, again) in enumerate(pairwise(spans)):
        if span is None or again is None or lines[i + 1].is_list or (again.start, again.end) != (span.start, span.end):
            continue
        text = lines[i + 1].text
        beside = (text[: again.begin].rstrip(" (–—-,") + " " + text[again.finish :].lstrip(" )–—-,")).strip()
        one_field = len([f for f in _FIELD.split(beside) if f.strip("() ")]) == 1
        if beside and one_field and all(role_score(f) < 1 for f in fields_beside_dates(lines[i], span)):
            lines[i + 1] = replace(lines[i + 1], text=beside)
            spans[i + 1] = anchor(lines[i + 1])
    return lines, spans


def _listed_under_a_label(lines: list[Line], i: int) -> bool:
    """ "Freelance Translator | Self-employed | 2024 –" / "Selected clients:" / bullets "Oatly (2023) – packaging
    refresh", "Northwind Traders, 2021–2022": bullets under a line of the role that ends in a colon list what the
    role was made of (clients, projects), each with its own dates; they are no roles. (A heading over roles written
    as bullets heads the section, so it stands over no role line of its own.)"""
    j = i - 1
    while j >= 0 and lines[j].is_list:
        j -= 1
    if j < 0:
        return False
    label = lines[j].text.strip()
    return (
        label.endswith(":")
        and len(label.split()) <= 4
        and anchor(lines[j]) is None
        and not lines[j].bold
        and heading_kind(label.rstrip(":")) not in ROLE_SECTIONS  # "Volunteer work:" heads roles, "Key projects:" none
    )


_LOWER_WORD = re.compile(r"\b[a-zà-ÿ]{2,}\b")


def _mid_sentence(text: str, span: DateSpan) -> bool:
    """The dates stand inside a sentence: words in lower case before them and after them, the line ending as a
    sentence ends."""
    before, after = text[: span.begin], text[span.finish :]
    return bool(_LOWER_WORD.search(before)) and len(_LOWER_WORD.findall(after)) >= 2 and text.rstrip().endswith(".")


def _inside(span: DateSpan, head: DateSpan) -> bool:
    year = _year(span.start or span.end, False)
    return _year(head.start, False) <= year <= _year(head.end, True) and bool(head.start)


def learn_counts(lines: list[Line], anchors: list[tuple[int, DateSpan]]) -> tuple[int, int]:
    """How many short lines stand before and after the dates of the section's first role (not the count most of
    its roles have: that reads a first role's employer line away when the roles after it share it). Dates alone on
    their line with no short line around them hold no role by themselves: the first role's head line was too long
    to read as one ("Ethereum Infrastructure, MEV, DeFi Systems, and AI/ML Infra Transition | Independent Protocol
    Engineer …"), so the next role's lines say how many there are."""
    for k in range(min(len(anchors), 3)):
        counts = _counts_at(lines, anchors, k)
        i, span = anchors[k]
        if counts == (0, 0) and _whole_line_over_title_lines(lines, anchors, k):
            continue
        if counts != (0, 0) or (lines[i].text[: span.begin] + lines[i].text[span.finish :]).strip(" \t–—-|,"):
            return counts
    return _counts_at(lines, anchors, 0)


def _whole_line_over_title_lines(lines: list[Line], anchors: list[tuple[int, DateSpan]], k: int) -> bool:
    """ "Freelance Translator | Self-employed | 04/2024 – 01/2025" over "Assistant Store Manager<TAB>09/2022 –
    04/2024" and "Best Buy – Manchester": a role whose dates line names its post and its employer, where the next
    two roles' dates lines name one field only, is written otherwise than they are; its count of lines says nothing
    of theirs (their employer's line under them)."""
    if len(anchors) < k + 3:
        return False
    i, span = anchors[k]
    if len(fields_beside_dates(lines[i], span)) < 2:
        return False
    return all(len(fields_beside_dates(lines[j], s)) == 1 for j, s in anchors[k + 1 : k + 3])


def _counts_at(lines: list[Line], anchors: list[tuple[int, DateSpan]], k: int) -> tuple[int, int]:
    first = anchors[k][0]
    # "HSBC" / "Regional NHS trust with 6,000 staff." / "Finance Manager<TAB>May 2023 – Dec 2024": the sentence about
    # the employer is passed over, as `block` passes it over
    top = first - 1 if tagline_over(lines, anchors, k) else first
    before = 0
    while (
        before < 3
        and top - before - 1 > (anchors[k - 1][0] if k else -1)  # the role above's dates line is none of this head
        and head_like(lines[top - before - 1])
        and not _sub_heading(lines[top - before - 1], lines, anchors)
    ):
        before += 1
    # "Assistant Professor" over "Changwon National University" over "Research Professor, Pusan National
    # University<TAB>10/2024 – 11/2025": the dated line names its own post and employer, so the pair above it is a
    # role of its own written without dates (`cv_undated` reads it), not this one's head
    pair_above = before == 2 and post_over_organisation(lines[first - 2], lines[first - 1])
    if pair_above and _post_and_employer(lines[first], anchors[k][1]):
        before = 0
    nxt = anchors[k + 1][0] if len(anchors) > k + 1 else len(lines)
    nxt -= len(anchors) > k + 1 and tagline_over(lines, anchors, k + 1)  # the next role's head starts above it
    after = 0
    while (
        after < 3
        and first + after + 1 < nxt - before
        and head_like(lines[first + after + 1])
        and not _role_below(lines, first, anchors[k][1], first + after + 1, nxt)
        and not (after and _smaller_than_head(lines[first + after + 1], lines[first - before : first + after + 1]))
    ):
        after += 1
    return before, after


def tagline_over(lines: list[Line], anchors: list[tuple[int, DateSpan]], k: int) -> bool:
    """Whether a sentence about the employer stands right over the k-th dates, under the employer's line, and the
    dated line names the post beside its dates ("Finance Manager<TAB>May 2023 – Dec 2024"): the employer's line is
    this role's. (Over dates alone, with the post under them, the employer's line may head several posts.)"""
    i, span = anchors[k]
    if not fields_beside_dates(lines[i], span):
        return False
    return _tagline(lines, i - 1, anchors[k - 1][0] if k else -1, set())


def _smaller_than_head(line: Line, head: list[Line]) -> bool:
    """ "Ambev-Ontime Project" in bold 10 pt under "WebJump" in bold 12 pt, "Current" and "Magento Developer" in 12 pt:
    past the first line under the dates, a line in smaller letters than every line of the role's head so far heads a
    part of the role (a project), no field of its head. (The first line under an "Employer ⇥ dates" line is often the
    post in smaller letters.)"""
    sizes = [x.size for x in head]
    return bool(sizes) and line.size > 0 and all(s > 0 for s in sizes) and line.size < min(sizes)


def _role_below(lines: list[Line], i: int, span: DateSpan, j: int, stop: int) -> bool:
    """ "Researcher, National University of Uzbekistan<TAB>01.2025 – current" in bold over "Full Stack Developer,
    NGSoft" in bold, or over "Senior Lecturer" in bold and "Tashkent State Transport University": the dated line names
    its own post and employer, so a post and an organisation under it, dressed as it is, are a role of its own written
    without dates (`cv_undated` reads it), not more of this one's head."""
    fields = fields_beside_dates(lines[i], span)
    if len(fields) != 2 or role_score(fields[0]) < 1 or role_score(fields[1]) > 0:
        return False
    line = lines[j]
    if names_a_person(line.text):
        return False  # "Mentors: Jane Smith, PhD and John Roe, PhD": whom the post was held under
    if signature(line) != signature(lines[i]):
        return False  # a line dressed otherwise under it is a part of its head ("Department of Physics" in italics)
    if j + 1 < stop and post_over_organisation(line, lines[j + 1]):
        return True
    parts = [p.strip() for p in line.text.split(",")]
    return len(parts) == 2 and role_score(parts[0]) >= 1 and (has_org_word(parts[1]) or org_score(parts[1]) > 0)


_FIELD = re.compile(r"\s*(?:,|\t+|\s[|•·–—-]\s)\s*")


def fields_beside_dates(line: Line, span: DateSpan) -> list[str]:
    """The fields a role's line holds besides its dates, parted by commas, tabs, pipes or dashes."""
    rest = (line.text[: span.begin] + "\t" + line.text[span.finish :]).strip(" \t–—-|,")
    return [f.strip() for f in _FIELD.split(rest) if f.strip()]


def _post_and_employer(line: Line, span: DateSpan) -> bool:
    """The line beside its dates holds two fields, a post and then an organisation ("Research Professor, Pusan
    National University")."""
    fields = fields_beside_dates(line, span)
    return len(fields) == 2 and role_score(fields[0]) >= 1 and (org_score(fields[1]) > 0 or has_org_word(fields[1]))


def title_line(line: Line) -> bool:
    """A short line that names a post and nothing else ("Associate Editor")."""
    t = line.text.strip()
    return (
        not line.is_list
        and role_score(t) >= 1
        and len(t.split()) <= 6
        and "," not in t.rstrip(",")
        and heading_kind(t) is None
        and not any(c.isdigit() for c in t)
    )


def organisation_line(line: Line) -> bool:
    """A short head line that names no post and holds no dates ("Educational Engineering")."""
    t = line.text.strip()
    short = len(t.split()) <= 10 and role_score(t) == 0
    return not line.is_list and head_like(line) and short and find_dates(t) is None


def post_over_organisation(post: Line, org: Line) -> bool:
    """A post's line over a line naming its organisation by an organisation's word or a company's name ("Front End
    Developer" over "Gong.io"): a role written without dates."""
    return title_line(post) and organisation_line(org) and (has_org_word(org.text) or org_score(org.text) >= 1)


def block(
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
    if before and _tagline(lines, j, prev_anchor, claimed):
        j -= 1  # "Northwind Logistics" / "Third-party logistics for grocers" / "Operations Manager<TAB>2019 –"
    while (
        len(lead) < before
        and j > prev_anchor
        and j not in claimed
        and head_like(lines[j])
        and not anchor(lines[j])
        and not described(lines[j])
    ):
        lead.insert(0, j)
        j -= 1
    if top is not None and lead and signature(lines[lead[0]]) != top:
        extra = _up_to_top(lines, j, prev_anchor, claimed, top)
        lead = extra + lead if extra else lead
    nxt = anchors[k + 1][0] if k + 1 < len(anchors) else len(lines)
    tail: list[int] = []
    j = i + 1
    span = anchors[k][1]
    beside = len((lines[i].text[: span.begin] + lines[i].text[span.finish :]).split()) >= 2  # the head by the dates
    while (
        len(tail) < after
        and j < nxt
        and head_like(lines[j])
        and not (described(lines[j]) and (lead or tail or beside))
        and not _role_below(lines, i, span, j, nxt)
    ):
        # "Android Developer<TAB>Jul 2017" over "Prudential Financial, Newark" in a table: the head is the table's;
        # the line under it (the app's name and link) is none of it
        if tail and lines[i].area == "table" and lines[j].area != "table":
            break
        tail.append(j)
        j += 1
    return lead, tail


def _tagline(lines: list[Line], j: int, prev_anchor: int, claimed: set[int]) -> bool:
    """A line that says what the organisation above it does, right over a role's dates line: the line above it
    names the employer."""
    above = j - 1
    return (
        above > prev_anchor
        and j not in claimed
        and above not in claimed
        and not lines[j].is_list
        and (described(lines[j]) or _sentence_about_it(lines[j].text))
        and head_like(lines[above])
        and not described(lines[above])
        and anchor(lines[above]) is None
        and anchor(lines[j]) is None
    )


# "Inc.", "Ltd.", "Jr.", "St.": a full stop that ends an abbreviation, not a sentence
_ABBREVIATED_END = re.compile(r"(?:\b[^\W\d_]{1,3}\.|\b(?:[^\W\d_]\.){2,})$")


def _sentence_about_it(text: str) -> bool:
    """ "Series B fintech start-up (payments).", "Regional NHS trust with 6,000 staff.": a line of three words or more
    that ends in a full stop, in sentence case (its longer words after the first, names in capitals aside, in lower
    case), is a sentence about the organisation; a name or a title ends in no full stop."""
    text = text.strip()
    if not text.endswith(".") or text.endswith("..") or _ABBREVIATED_END.search(text):
        return False
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    later = [w for w in words[1:] if len(w) > 3 and not w.isupper()]
    return len(text.split()) >= 3 and bool(later) and sum(w.islower() for w in later) >= 0.6 * len(later)


def described(line: Line) -> bool:
    return is_description(line.text)


def _up_to_top(lines: list[Line], j: int, stop: int, claimed: set[int], top: tuple[str, bool, bool]) -> list[int]:
    """The short lines from j up to the nearest one dressed like `top` (one or two), or none when there is none."""
    out: list[int] = []
    while len(out) < 2 and j > stop and j not in claimed and head_like(lines[j]) and not anchor(lines[j]):
        out.insert(0, j)
        if signature(lines[j]) == top:
            return out
        j -= 1
    return []


_ROW = re.compile(r"^(.*t\d+r\d+)c\d+")


def _row_of(line: Line) -> str:
    m = _ROW.match(line.id)
    return m.group(1) if m and line.area == "table" else ""


def row_block(lines: list[Line], anchors: list[tuple[int, DateSpan]], k: int) -> tuple[list[int], list[int]] | None:
    """ "2021 – 2022 | Chief Resident / Outpatient Division | Massachusetts General Hospital": dates alone in their
    table row (no other dates there) take the row's short lines, and no line of the rows around."""
    i = anchors[k][0]
    row = _row_of(lines[i])
    if not row or any(_row_of(lines[j]) == row for j, _ in anchors if j != i):
        return None
    # a row of the same table holding two roles' dates: its rows do not follow the roles (a converted PDF's rows
    # cut them anywhere), so no row is one role's
    table = re.sub(r"r\d+$", "", row)
    rows = [_row_of(lines[j]) for j, _ in anchors]
    if any(r.startswith(table + "r") and rows.count(r) > 1 for r in rows):
        return None
    if _rows_cut_across_roles(lines, anchors, table):
        return None
    same = [j for j in range(len(lines)) if j != i and _row_of(lines[j]) == row]
    lead = [j for j in same if j < i and head_like(lines[j])]
    tail: list[int] = []
    skipped = ""  # a cell whose lines ended in a bullet: the next cell of the row may open with a field again
    for j in (j for j in same if j > i):
        cell = _cell_of(lines[j])
        if cell == skipped:
            continue
        if len(tail) == 3 or (described(lines[j]) and (lead or tail)):
            break  # "Handled tickets for stores" under the title and employer in the cell: the description
        if not head_like(lines[j]):
            # "PHP developer" over its tools' bullets in one cell, "Nearpod" over what was done in the next: the
            # cell's bullets end its fields, and the next cell's first line is a field of the row's role
            if not lines[j].is_list or _first_in_cell(lines, j, cell):
                break
            skipped = cell
            continue
        if skipped and not _first_in_cell(lines, j, cell):
            break
        tail.append(j)
    return (lead, tail) if lead or tail else None


def _first_in_cell(lines: list[Line], j: int, cell: str) -> bool:
    return j == 0 or _cell_of(lines[j - 1]) != cell


_CELL = re.compile(r"^(.*c\d+)p\d+")  # "t0r1c2p1": the paragraph's cell, "t0r1c2" (the innermost, when nested)


def _cell_of(line: Line) -> str:
    m = _CELL.match(line.id)
    return m.group(1) if m else line.id


def _rows_cut_across_roles(lines: list[Line], anchors: list[tuple[int, DateSpan]], table: str) -> bool:
    """Rows that cut the roles anywhere: a line dressed its own way (`**Samsung AI Center**`) stands before the dates
    in one row and after them in another whose own dates have none before them, so it is the next role's."""
    before: list[set[tuple[str, bool, bool]]] = []
    after: list[set[tuple[str, bool, bool]]] = []
    for i, _ in anchors:
        row = _row_of(lines[i])
        if not row.startswith(table + "r"):
            continue
        same = [j for j in range(len(lines)) if j != i and _row_of(lines[j]) == row and head_like(lines[j])]
        before.append({signature(lines[j]) for j in same if j < i} - {("", False, False)})
        after.append({signature(lines[j]) for j in same if j > i} - {("", False, False)})
    return any(s in a and s not in b and s in c for a in before for b, c in zip(before, after, strict=True) for s in a)


def _sub_heading(line: Line, lines: list[Line], anchors: list[tuple[int, DateSpan]]) -> bool:
    """ "Local", "Current" in a heading style above a section's first dates: a heading within the section that
    groups its roles, not a line of the first role. An employer in that style ("Acme Corp" in Heading 2) stands
    above most roles' dates; a group heading above few."""
    style = line.style.lower()
    headed = bool(signature(line)[0]) or re.fullmatch(r"h\d", style) is not None
    # "Teaching Appointments" in bold over plain role lines of the same Word style: heading words, dressed apart
    worded = heading_kind(line.text) is not None and signature(line) != signature(lines[anchors[0][0]])
    if not (headed or worded) or (line.style == lines[anchors[0][0]].style and not worded):
        return False
    if len(line.text.split()) > 3 or role_score(line.text):
        return False
    if len(line.text.split()) >= 2 and has_org_word(line.text, strong=True):
        return False  # "Starbucks Corporation" in Heading 1 over the first role names its employer, groups nothing
    gaps = list(pairwise(i for i, _ in anchors))
    repeats = sum(1 for a, b in gaps if any(lines[j].style == line.style for j in range(a + 1, b)))
    return repeats * 2 < len(gaps)
