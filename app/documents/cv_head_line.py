"""How a role's head line splits into its title, its employer and its place.

The pieces of a line (split at tabs, dashes, pipes, commas, "at", brackets) are told apart by what they say:
a role noun, an organisation word, a place; then by their position. `cv_structure` finds the role lines (anchored
on their dates) and the lines around them; this module reads what each line says.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from app.documents.cv_dates import DateSpan
from app.documents.cv_forms import labelled
from app.documents.cv_legal_forms import has_legal_form, is_legal_form
from app.documents.cv_places import city_and_code, is_city, is_street_address, named_city, town_in_subdivision
from app.documents.cv_vocab import (
    COUNTRIES,
    FIELDS,
    JA_FIRM_FIRST,
    ORG_WORDS,
    REGIONS,
    ROLE_NOUNS,
    ROMANCE_FIELDS,
    US_STATE,
    cjk_org_then_post,
    ends_in_a_post_noun,
    has_org_word,
    is_place,
    names_a_field,
    names_a_function,
    odds_lean,
    org_score,
    own_account,
    plural_role_noun,
    role_score,
    tokens,
    web_name,
)
from app.documents.lexicon import SKILL_TERMS
from app.documents.text import fold

_STRONG_SPLIT = re.compile(
    r"\t+| {3,}|\s*;\s+|\s+[|│•·▸►▪◆■●○◦»›~*]\s+|\s+//\s+|\s*\|\s*|\s+[—–]\s+|\s+-\s+|\s+/\s+"
    # a dash spaced on one side only ("SALES ENGINEER –CENTREPATH", "NOKIA– 2010", "Sequim, WA- Owner"): a slip; not
    # a hyphen that leaves a compound's end to the next word ("GESUNDHEITS- UND KRANKENPFLEGERIN", "ENERGIE- UND
    # GEBÄUDETECHNIK": German writes one word's shared end once)
    r"|\s+[—–](?=[A-ZÀ-Þ])|(?<=[A-Za-z])[—–]\s+|(?<=[A-Za-z])-\s+(?=[A-Z])(?!(?i:und|oder|bzw|sowie|and|or|en|och|og)\b)"
    # a bullet glued to the name before it ("De Anza College• Cupertino, CA")
    r"|(?<=[a-z])[•▪]\s+"
    r"|(?<=\w\w)/\s+(?=[A-Z])|\s*[.…]{3,}\s*|\s+@\s+(?![^()]*\))|\s*｜\s*|(?<=[\u3000-\u9fff])\s+(?=[\u3000-\u9fff])|\s*—{2}\s*"
)


# "2018 – Present. Title. Employer.", "Teaching Assistant: University X": a full stop or colon after a word splits a
# line that has no other separator ("ISEE Professional Develop. Program" after " - " is one name).
# "Pvt. Ltd.", "Co. Ltd.": a full stop before a legal form is no separator; "Acme Inc. Software Engineer" splits, and
# so does "Instituto de Ecología (INECOL). Field Technician". An honorific's full stop goes on into a name in the
# possessive ("Prof. Kim's Lab", "Mrs. Brown's Bakery"), and parts elsewhere ("Visiting Prof. Harbour University").
_WEAK_SPLIT = re.compile(
    r"(?:(?<=[^\W\d_]{3})|(?<=[^\W\d_]\)))"
    r"(?!(?:(?<=\bProf)|(?<=\bMrs)|(?<=\bRev)|(?<=\bCapt))\.\s+(?:[A-Z]\.\s+)?[A-Z][\w-]*['’]s\b)"
    r"(?<!\b[KkCc]at)"  # "Kierowca kat. C+E", "Driver Cat. C": a licence's category, shortened
    r"[:.]\s+(?=[A-ZА-Я])"
    r"(?!(?i:Ltd|Limited|Inc|LLC|GmbH|Co|Corp)\.?(?:[\s,]|$))"
)


def _legal_forms_rejoined(parts: list[str]) -> list[str]:
    """ "Xynapse Asia Sdn. Bhd": a piece after a full stop that only ends the name before it with its legal form
    ("Bhd", "LTD", "S.A.") is no field of its own."""
    out: list[str] = []
    for part in parts:
        if out and len(part.split()) <= 2 and has_legal_form(f"{out[-1]}. {part}") and not has_legal_form(part):
            out[-1] = f"{out[-1]}. {part}"
        else:
            out.append(part)
    return out


# "Registered Nurse  Hutt Valley Health": on a line with no other field separator, a gap of two spaces between two
# words parts fields as a wider gap does (one space is how words are written; a writer who types two means a gap).
_TWO_SPACES = re.compile(r"(?<=\S) {2}(?=\S)")


# "at" in the languages whose word for it names only a place of work before a name: Italian "presso", Dutch "bij",
# Swedish "vid" and "hos", Danish and Norwegian "hos"
_AT = re.compile(
    # a name may open in lower case when a capital or a hyphen follows in its first word ("eBay", "dm-drogerie markt")
    r"\s+(?:at|chez|bei|в|presso|bij|vid|hos)\s+(?=[A-ZÀ-ÖØ-ÞА-Я0-9«\"“]|[a-z]{1,2}-[a-z]|[a-z]{1,4}[A-Z])|\s+à\s+(?:l['’]|la\s+)?(?=[A-ZÀ-Þ])"
    r"|\s+(?:en|em)\s+[“«\"](?=[A-ZÀ-Þ][^“”«»\"]*[”»\"])"  # "Secretario en “IEEE Colombia Section”": a quoted name
    r"|\s+at\s+the\s+(?=[A-Z])"  # "Research Assistant at the University of Oslo"
    # Arabic "لدى" (at), and "في" (in, at) before a name that is no field ("متدربة في أرامكس"; a field has the
    # article: "في التسويق")
    r"|\s+لدى\s+(?=[\u0621-\u064A])|\s+في\s+(?!ال)(?=[\u0621-\u064A])"
    # an organisation named with the article by its kind ("رقيب في القوات المسلحة": in the armed forces)
    r"|\s+في\s+(?=ال(?:قوات|شركة|بنك|هيئة|جامعة|مستشفى|مؤسسة|وزارة|هلال|مركز|مجموعة|مدرسة|معهد)\b)"
    # "Research Intern @Vision team": "@" written against a name for "at", spaced on one side at least (not in an
    # address, "jo@x.com", nor in a name written with it, "NASA@MyLibrary", "Women@Google")
    r"|(?<=[\w:])(?:\s+@\s*|@\s+)(?=[A-Za-z][^@\s.]*(?:\s|$))"
    r"(?![^()]*\))"  # not inside brackets: "RUBIX (Consulting @ NAB)" is one name with its note
)
# "Wissenschaftlicher Mitarbeiter bei der Universität Wien", "Analista de Dados na Petrobras", "Asistente en la
# Universidad de Lima": "at" joined to "the" parts a post from its place of work; not inside an organisation's name
# ("Grupo de Investigación en la Cultura Hispana")
_AT_THE = re.compile(
    r"\s+(?:bei\s+(?:der|dem|den)|beim|en\s+(?:la|el|los|las)|n[ao]s?|em\s+[ao])\s+(?=[A-ZÀ-ÖØ-Þ0-9«\"])"
)


# "University of Texas at Austin", "Texas A&M University at Corpus Christi": a campus named by its place after
# "at", inside the organisation's name
_CAMPUS_OF = re.compile(r"\b(?:University|College|Universidad|Université|Universidade|Università)\b[^,;]*$", re.I)


# "Senior product designer at the municipality of Utrecht": a CV written in sentence case names its employer in
# lower case after "at"; a capitalised name inside it shows it names a place of work
_AT_LOWER = re.compile(r"^(?P<title>[^,;|]+?)\s+at\s+(?P<the>the\s+)?(?P<org>[a-z][^,;|]*)$")


def _at_splits(part: str, alone: bool = False) -> list[str]:
    """`alone`: the part is the line's only piece in words (no other piece can name the employer)."""
    subs = _AT.split(part)
    m = _AT_LOWER.match(part.strip()) if len(subs) == 1 else None
    if m and len(m["title"].split()) <= 5 and role_score(m["title"]) >= 1:
        if re.search(r"\s[A-Z‘’']", m["org"]):
            return [m["title"], m["org"]]
        if alone and len(m["org"].split()) <= 3:
            # "Cashier at the supermarket", "Intern at a law firm": a common noun names the place of work, as written
            return [m["title"], f"{m['the'] or ''}{m['org']}"]
    for n in range(len(subs) - 1, 0, -1):
        before, after = subs[n - 1], subs[n]
        name = before.rsplit(",", 1)[-1]
        if _campus_at(name, after) or _unit_at_organisation(name, after):
            subs[n - 1 : n + 1] = [f"{before} at {after}"]
    first = _AT_THE.split(subs[0], maxsplit=1)
    if len(first) == 2 and role_score(first[0]) >= 1 and not has_org_word(first[0]):
        return [*first, *subs[1:]]
    first = _EN_CAPITALS.split(subs[0], maxsplit=1)
    if len(first) == 2 and role_score(first[0]) >= 1 and sum(c.isalpha() for c in first[1]) >= 4:
        return [*first, *subs[1:]]
    return subs


# "Practicante en EL CORTE INGLÉS", "Analista em PETROBRAS": a post, then "en"/"em" before a name in capitals of four
# letters or more, is the post and its employer (a field after "en" is written in lower case or with one capital:
# "Técnico en Informática")
_EN_CAPITALS = re.compile(r"\s+(?:en|em)\s+(?=[^\W\d_a-zß-ÿ][^a-zß-ÿ,;|]*[A-ZÀ-ÖØ-Þ][^a-zß-ÿ,;|]*(?:[,;|]|$))")


def _campus_at(name: str, after: str) -> bool:
    """ "University of Texas at Austin": a university, then its campus's place."""
    return bool(_CAMPUS_OF.search(name)) and not role_score(name) and len(after.split()) <= 3 and not role_score(after)


def _unit_at_organisation(name: str, after: str) -> bool:
    """ "Paul Menton Centre at Carleton University": a unit named by its organisation's word, with no post's word,
    at an organisation named by one: "at" is inside the name (a post is written before it, "Tutor at ...")."""
    words = name.split()
    return (
        len(words) >= 2
        and name[:1].isupper()
        and has_org_word(words[-1], strong=True)
        and role_score(name) < 1
        and has_org_word(after, strong=True)
        and role_score(after) < 1
    )


# "en", "em", "presso": Spanish, Portuguese and Italian "at/in" before the organisation ("Desarrollador en Acme S.A.S.")
_ROLE_OF_ORG = re.compile(r"^(.{2,60}?)\s+(?:in|of|for|with|en|em|presso)\s+((?:the\s+)?[A-ZА-Я0-9«\"].*)$")


# "(formerly Kofax)", "(now Adani)", "(ehemals …)": the employer's other name, part of its name as written, no aside
_RENAMED = (
    r"(?!(?:formerly|previously|now|later|ex|acquired|merged|renamed|a\s+subsidiary|part\s+of|known\s+as"
    r"|anteriormente|antes|ahora|ehemals|fr[üu]her|jetzt|anciennement|d[ée]sormais|auparavant|gi[àa]|voorheen"
    r"|tidigare|dawniej|obecnie)\b)"
)
# "(remote)", "(N=69)", "(5 hours/month)", "(PI: Dr. Jane Smith)": asides
_LOWER_PARENS = re.compile(
    r"\(" + _RENAMED + r"(?=[a-zа-я]|\d+\s*[a-z%/])[^)]*\)|\([^()]*=[^()]*\)|\([\w. ]{1,20}:\s[^()]*\)"
)


COURSE_START = re.compile(r"^[A-Z][A-Za-z]{1,4} ?\d{2,4}[A-Za-z]?\b")


_SUPERVISOR = re.compile(r"\s+(?:with|for|under|to)\s+(?:Dr|Prof|Professor)\.?\s+[^,;|\t]*", re.I)
# "Research Assistant | Supervisor: Dr. Wei Zhang", "…, Advisor: Prof. Ferri": a labelled supervisor set apart from
# the title is an aside ("Peer Mentor: …" is not set apart)
_SUPERVISOR_LABEL = re.compile(
    r"\s*[|,;–—\t]\s*(?:(?i:supervisors?|advisors?|advisers?|supervised\s+by|principal\s+investigator|PI|mentor|"
    r"orientador[a]?|betreuer(?:in)?|encadrant(?:e)?|directeur\s+de\s+th[eè]se|director\s+de\s+tesis))\s*:\s*"
    r"(?=(?:Dr|Prof)\b|[A-ZÀ-Þ])[^|\t;]*"
)


_ORG_THEN_PARENS = re.compile(r"^\s*(?P<org>[^()\t|]+?)\s*\((?P<inner>[^()]+)\)[\s.–—-]*$")


_ARRANGEMENTS = frozenset(
    ["contract", "remote", "self-employed", "startup", "freelance", "on-site", "hybrid", "temporary", "seasonal"]
)


_TERMS = frozenset(
    [
        *_ARRANGEMENTS,
        *("part-time", "full-time", "part", "full", "time", "permanent", "fixed-term", "fixed", "term"),
        *("position", "role", "job", "basis", "work"),  # "Remote position", "Contract role", "Freelance basis"
    ]
)


# "40 hrs/week", "20 hours per week", "15 h/wk": how much the role took, no title or employer
_HOURS = re.compile(
    r"^\(?~?\d+(?:[-–]\d+)?\+?\s*(?:hrs?|hours?|h|std\.?|stunden|heures)\.?\s*(?:/|per|a|an?|pro|par)\s*(?:week|wk|w|woche|semaine|semana)\)?$",
    re.I,
)


def is_arrangement(piece: str) -> bool:
    """ "Part-time", "Full Time", "Contract", "40 hrs/week", "Tempo indeterminato", "CDI": how the role was held,
    no title or employer."""
    if _HOURS.match(piece.strip(" .,")):
        return True
    if _HELD_AS.fullmatch(fold(piece).strip(" .,()")):
        return True
    words = [w.strip(".,()") for w in fold(piece).split()]
    return bool(words) and len(words) <= 3 and all(w in _TERMS for w in words)


# How a post was held, in the languages the reader knows: the hours and the kind of contract ("Tempo indeterminato",
# "Tiempo completo", "CLT", "CDD", "Vollzeit", "umowa o pracę", "toàn thời gian", "полная занятость", "دوام كامل").
# Matched folded, the whole piece. Not an internship's word ("Stage", "Praktikum"): alone, that names the post.
_HELD_AS = re.compile(
    r"(?:contratto\s+a\s+(?:tempo\s+)?(?:progetto|termine|determinato|indeterminato)|tempo\s+(?:in)?determinato"
    r"|tempo\s+pieno|(?:tiempo|jornada)\s+(?:completo|completa|parcial)|medio\s+tiempo"
    r"|contrato\s+(?:indefinido|temporal|a\s+termino\s+(?:fijo|indefinido)|por\s+obra)|termino\s+(?:fijo|indefinido)"
    r"|tempo\s+(?:integral|parcial)|clt|pj|efetivo|temporario|cdi|cdd|temps\s+(?:plein|partiel)|interim"
    r"|vollzeit|teilzeit|(?:un)?befristet|festanstellung|minijob|fulltime|parttime|vast\s+contract|tijdelijk"
    r"|(?:pelny|pełny|niepelny|niepełny)\s+etat|umowa\s+(?:o\s+prace|o\s+pracę|zlecenie|o\s+dzielo|o\s+dzieło)|b2b"
    r"|tam\s+zamanli|yari\s+zamanli|toan\s+thoi\s+gian|ban\s+thoi\s+gian|(?:penuh|paruh)\s+waktu|kontrak"
    r"|(?:полная|частичная)\s+занятость|(?:повна|часткова)\s+зайнятість|دوام\s+(?:كامل|جزئي)|عقد(?:\s+مؤقت)?)"
)


# "Acme (Remote position)" after "at": how the post was held, in brackets after the employer, is no part of its name
_ARRANGED = re.compile(r"\s*\((?P<note>[^()]+)\)\s*$")


def _without_arrangement(piece: str) -> str:
    """A piece after the line's first with how the post was held in brackets at its end (for pay or not), unless it
    names the post ("Research Director (Part-time)" after the employer keeps its note, as the title's does)."""
    m = _ARRANGED.search(piece)
    held = m is not None and (is_arrangement(m.group("note")) or fold(m.group("note")).strip(" .") in _UNPAID)
    if m is None or m.start() == 0 or not held or role_score(piece[: m.start()]) >= 1:
        return piece
    return piece[: m.start()]


# "Code:You, Louisville (Volunteer)" after "at": the post was unpaid, a note on how it was held, after an employer
_UNPAID = frozenset(["volunteer", "volunteering", "voluntary", "unpaid", "pro bono", "bénévole", "voluntario"])


_SPACED_DASH = re.compile(r"\s[-–—|]\s")


def _bracketed_place(m: re.Match[str]) -> bool:
    """ "... at KU Leuven (Belgium)", "..., Aurillac (Cantal)": a place in brackets, or a town's department after
    the town, is read as the place."""
    inner = m.group("inner")
    return is_place(inner.strip(" .")) or town_in_subdivision(m.group("org").split(",")[-1].strip(), inner)


def _note_of_last_field(m: re.Match[str]) -> bool:
    """ "Acme — Engineer (Full-time)", "Analyst, Globex (Part-time)": only how the post was held in the brackets,
    after a line of fields (a dash, or a comma that closes no name with its legal form): it is the last field's."""
    org = m.group("org")
    fields = _SPACED_DASH.search(org) or ("," in org and not is_legal_form(org.rsplit(",", 1)[1]))
    return bool(fields) and all(is_arrangement(p) for p in m.group("inner").split(",") if p.strip(" ."))


def _org_then_title(text: str) -> list[tuple[str, bool]] | None:
    """ "Apparel Business Systems (Lead PHP Developer)", "Acme Ltd (Contract)": the employer, then in brackets the
    title among notes on the arrangement; None when the line does not read so."""
    m = _ORG_THEN_PARENS.match(text)
    if m is None or not m.group("inner")[:1].isupper() or _bracketed_place(m) or _note_of_last_field(m):
        return None
    if _title_piece_first(m.group("org")):
        return None
    parts = [p.strip(" .") for p in m.group("inner").split(",") if p.strip(" .")]
    if len(parts) == 1 and parts[0].isupper() and " " not in parts[0]:
        return None  # "International Rice Research Institute (IRRI)": the name's short form
    timed = all(is_arrangement(p) and not any(w in _ARRANGEMENTS for w in tokens(p)) for p in parts)
    org = m.group("org")
    # "Customer service/cashier (Part-time)": a title, how it was held. So is "Meister (Teilzeit)", a word the
    # reader does not know with no organisation's word: the line's other fields say which it is.
    if timed and (role_score(org) >= 1 or not (has_org_word(org) or has_legal_form(org))):
        return [(text.strip(" ."), False)]
    titled = [p for p in parts if role_score(p) >= 1 and not is_arrangement(p)]
    head = m.group("org").split(",")[0]
    before = m.group("org").strip()
    post = role_score(before) >= 1 and (not has_org_word(before) or fold(before).split()[-1] in ROLE_NOUNS)
    if titled and len(parts) == 1 and "," not in before and post:
        # "Research Assistant (Volunteer)", "Software Engineer (Intern)": a post, then what kind of post
        return [(text.strip(" ."), False)]
    if not titled and "," in m.group("org") and role_score(head) >= 1:
        return None  # "Research Intern, Amazon Web Services (Automated Reasoning Group)": the brackets name a unit
    inner = m.group("inner").strip(" .")
    if not titled and "," not in m.group("org") and role_score(head) >= 1 and _bracketed_employer(inner, parts):
        # "Coordinator Msc program (Middle East Technical University)", "Barista (Starbucks)", "Research Staff
        # Member (MIT-IBM Watson AI Lab, IBM Research)": a title, then its organisation in brackets
        return [(m.group("org").strip(), False), (inner, True)]
    # "Customer service/cashier (Part-time)": how the post was held ("part-time" names no post), no title
    if (
        not titled
        and len(parts) == 1
        and not is_arrangement(parts[0])
        and not any(w in _ARRANGEMENTS for w in tokens(parts[0]))
    ):
        titled = parts  # "Learn Ubuntu (PHP Development)"
    # "Data Scientist (Contract Position)": a title, then how it was held in words that name no organisation
    plain_note = len(parts) == 1 and len(inner.split()) >= 2 and org_score(inner) <= 0 and not has_org_word(inner)
    if not titled and role_score(head) >= 1 and plain_note:
        return [(text.strip(" ."), False)]
    return _org_and_title(m, titled)


_SMALL_WORDS = frozenset(["of", "and", "for", "the", "de", "du", "des", "la", "le", "del", "do", "da", "und", "&"])

# The skills lexicon and the frameworks a developer's post names in brackets that it leaves out
_TOOLS = SKILL_TERMS | frozenset(["flutter", "dart", "laravel", "symfony", "wpf", "asp.net", "xamarin", "ionic"])
# "and" between tools in the seeker's language, and a version's number ("ASP 3", "Java 8")
_TOOL_JOINERS = re.compile(r"^(?:and|e|y|et|und|och|og|en|&|\+|/|\d+(?:\.\d+)*)$", re.I)


def _names_tools(inner: str) -> bool:
    """ "(ASP 3 e .NET)", "(Python and Django)" after an employer: the technologies used there, no post. Each word is
    a known skill, a dotted name (".NET"), a short name in capitals beside them ("ASP"), a version's number or a word
    joining them, and one at least is a known skill or a dotted name."""
    words = [w for w in re.split(r"[\s,]+", inner) if w]
    # ".NET" comes with its dot marked by `line_segments`
    tools = [w for w in words if fold(w) in _TOOLS or re.fullmatch(r"[.\u2024][A-Za-z][\w.]*", w)]
    short = [w for w in words if re.fullmatch(r"[A-Z]{2,5}", w)]
    return bool(tools) and all(w in tools or w in short or _TOOL_JOINERS.match(w) for w in words)


def _org_with_tools(text: str) -> list[tuple[str, bool]] | None:
    """ "Netpoint (ASP 3 e .NET)", "Kognit (.NET)": an employer, then in brackets the technologies used there (no
    post): the name alone is the employer; before the brackets a post's name ("Mobile Developer (Flutter)") is the
    title, the technology no employer."""
    m = _ORG_THEN_PARENS.match(text)
    if m is None or not _names_tools(m.group("inner")) or _title_piece_first(m.group("org")):
        return None
    name = m.group("org").strip(" –—-")
    return [(name, role_score(name) < 1)]  # "Mobile Developer (Flutter)": a post, and what it was done in


def _acronym_spelt_out(text: str) -> list[tuple[str, bool]] | None:
    """ "N.S.S(National Service Scheme)", "CTO (Chief Technology Officer)": an acronym and its words in brackets are
    one name, an organisation's or (when the words name a post) a title; None when the line does not read so."""
    m = _ORG_THEN_PARENS.match(text)
    if m is None or not _spelt_out(m.group("org"), m.group("inner")) or is_place(m.group("inner")):
        return None  # "USA (United States of America)" is a place
    return [(text.strip(" ."), role_score(m.group("inner")) < 1)]


def _org_with_description(text: str) -> list[tuple[str, bool]] | None:
    """ "Acorns Grow, Inc. (Micro-investing app)": a company's name with its legal form or an organisation word, then
    in brackets what it does in sentence case (no post, no place): the name alone is the employer."""
    m = _ORG_THEN_PARENS.match(text)
    if m is None:
        return None
    org, inner = m.group("org").strip(), m.group("inner")
    words = inner.split()
    described = (
        len(words) >= 2
        and words[0][:1].isupper()
        and all(w[:1].islower() for w in words[1:])
        and role_score(inner) < 1
        and not is_place(inner)
        and not is_arrangement(inner)
        and not _UNIT_START.match(inner)  # "(Department of informatics)": a unit, part of the employer
    )
    if not described or not (has_legal_form(org) or has_org_word(org, strong=True)) or role_score(org) >= 1:
        return None
    return [(org.rstrip(" –—-"), True)]


def _spelt_out(acronym: str, words: str) -> bool:
    """ "N.S.S" before "National Service Scheme": the bracket's capitalised words, small words aside, begin with the
    acronym's letters in order."""
    letters = acronym.replace(".", "").strip()
    if not (2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()):
        return False
    initials = [w[0] for w in re.findall(r"[\w&]+", words) if w.lower() not in _SMALL_WORDS]
    return "".join(initials).upper() == letters and all(i.isupper() for i in initials)


# the last brackets of a line, after a name that may hold brackets of its own ("EY GDS (CS) Polska")
_LAST_PARENS = re.compile(r"^\s*(?P<org>[^\t|]+?)\s*\((?P<inner>[^()]+)\)[\s.–—-]*$")
_PLACE_DASH = re.compile(r"^(?P<place>[^–—-]+?)\s+[–—-]\s+(?P<rest>\S.*)$")


def _place_then_unit(text: str) -> list[tuple[str, bool]] | None:
    """ "Capgemini Polska Sp. z o.o. (Wrocław – NSC FS Banking)": brackets after an organisation that open with its
    town and a dash: the town is the place, what follows the team or the post there (a lower-case note, "interrupted
    for the master's studies", is neither)."""
    *before, last = re.split(r"\t+", text)  # a field of no words before it ("????.??" left of an open end) is none
    if any(c.isalpha() for field in before for c in field):
        return None
    m = _LAST_PARENS.match(last)
    got = _PLACE_DASH.match(m.group("inner").strip(" .")) if m else None
    if m is None or got is None or not is_place(got["place"].strip()) or _title_piece_first(m.group("org")):
        return None
    org, rest = m.group("org").strip(" –—-"), got["rest"].strip()
    if ends_in_a_post_noun(org):
        return None  # "Engineer (Berlin – Siemens)": a post, then where and for whom; left to the other readings
    return [(org, True), (got["place"].strip(), False), *([(rest, False)] if rest[:1].isupper() else [])]


def _org_and_title(m: re.Match[str], titled: list[str]) -> list[tuple[str, bool]] | None:
    """The organisation before the brackets and the title among them; None for notes that name no post, two or
    more, on a name that reads as no organisation ("Rapid Response (Secondment, Strategic Communications and Public
    Affairs)"): the line is left whole, for its neighbours to tell what it is."""
    before = m.group("org").strip(" –—-")  # "– Netpoint (ASP 3 e .NET)" after its dates: the dash is no part of it
    if not titled and m.group("inner").count(",") >= 1 and org_score(before) <= 0:
        return None
    return [(titled[-1], False), (before, True)] if titled else [(before, True)]


def _title_piece_first(before: str) -> bool:
    """ "Project Manager - Contoso (Mobile Division)": the title's own piece, then the employer's, before the
    brackets (not a course taught, "Teaching Assistant – STAT 101 Applied Statistics (Spring)", which the title goes
    on with)."""
    pieces = _SPACED_DASH.split(before) if _SPACED_DASH.search(before) else _AT.split(before)
    return len(pieces) >= 2 and role_score(pieces[0]) >= 1 and not COURSE_START.match(pieces[1].strip())


def _bracketed_employer(inner: str, parts: list[str]) -> bool:
    """What brackets after a title hold when they name its employer: an organisation's name (an organisation word,
    or capitalised words), not a note on the arrangement or the line of work ("(Contract)", "(Retail Banking)")."""
    if any(is_arrangement(p) or any(w in _ARRANGEMENTS for w in tokens(p)) for p in parts) or names_a_field(inner):
        return False
    if len(parts) >= 3 and not any(has_org_word(p) or is_place(p) for p in parts):
        return False  # "Practice Lead (Collaboration, Usability, NetWeaver/Portal, .NET)": the areas the post covered
    return org_score(inner) > 0 or all(w[:1].isupper() or not w[:1].isalpha() for p in parts for w in p.split()[:1])


_BRACKET = re.compile(r"\s*\(([^()]+)\)")


_AT_THEN_PARENS = re.compile(r"^(?P<done>.+?)\s+at\s+(?P<org>[A-Z][^()\t|]*?)\s*\((?P<title>[^()]+)\)[\s.]*$")


def _done_at_org_as_title(text: str) -> list[tuple[str, bool]] | None:
    """ "Archaeological Theory I (BA) at KU Leuven (Assistant Lecturer)": what was done at the organisation, then the
    title in brackets at the end of the line; None when the line does not read so."""
    m = _AT_THEN_PARENS.match(text.strip())
    if m is None or not _title_like(m.group("title")) or role_score(m.group("done")) >= 1:
        return None
    return [(m.group("title").strip(), False), (m.group("org").strip(), True)]


def without_asides(text: str, arrangement: bool = True) -> str:
    """A field as written without its asides ("Co-Founder (5 hours/month)") and, unless asked to keep it, its
    arrangement ("Nurse (Part-time)"; a title keeps it, as a head line's title does)."""
    text = _LOWER_PARENS.sub(" ", text)
    if arrangement:
        text = _BRACKET.sub(lambda m: " " if is_arrangement(m.group(1)) else m.group(0), text)
    return " ".join(text.split())


# "(PI: Prof. Peter L. McMahon)", "Supervisor: Dr. Ng", "reporting to the CFO": the person the seeker worked under,
# a note on the role, never its title or employer. Only labels that name a person; "Host: University of Oslo" or
# "Manager: Northwind" may name the organisation, and a note naming one is kept.
_PERSON_NOTE_WORDS = (
    r"(?:(?:pi|p\.i\.|supervisors?|advis[eo]rs?|mentors?|promotor|betreuer(?:in)?|encadrant(?:e|s)?"
    r"|orientador(?:a)?|导师|指导(?:老师|教师))\s*[:：]\s*\S|(?:supervised|advised|mentored)\s+by\b"
    r"|(?:reporting|reports|reported)\s+to\b)"
)
_PERSON_NOTE = re.compile("^" + _PERSON_NOTE_WORDS, re.I)
# "（导师：谢雄耀 教授）": Chinese writes the note in full-width brackets
_BRACKETED_PERSON_NOTE = re.compile(r"\s*[(\[（]\s*(" + _PERSON_NOTE_WORDS + r"[^()\[\]（）]*)[)\]）]", re.I)


# "Dr. Wei Zhang", "Professor Jane Smith" on a line of its own under a post: the person it was held under
# ("Professor Emeritus" is a post: after "Professor" a given and a family name, no post's word)
_HONOURED_NAME = re.compile(
    r"^(?:(?:Drs?|Prof)\.?\s+(?P<a>(?:[A-Z][\w'’-]*\.?\s*){1,4})|Professor\s+(?P<b>(?:[A-Z][\w'’-]*\.?\s*){2,4}))$"
)


# "Dr A. Patel's Surgery", "Prof. Kim's Lab": a possessive with a word after it names what the person keeps (a
# surgery, a practice, a shop), an employer, never the person
_POSSESSIVE_THEN_WORD = re.compile(r"\w['’]s\s+\w")


def _person_note(text: str) -> bool:
    honoured = _HONOURED_NAME.match(text.strip())
    person = honoured is not None and role_score(honoured.group("a") or honoured.group("b")) < 1
    person = person and _POSSESSIVE_THEN_WORD.search(text) is None
    return (person or _PERSON_NOTE.match(text) is not None) and not has_org_word(text)


_TRAILING_ASIDE = re.compile(r"\s*\([^()]*\)\s*$")


def names_a_person(text: str) -> bool:
    """ "Supervisor: Dr. Ng", "Professor Jane Smith": the person a post was held under, no field of it; also with
    where they work in brackets after the name ("Dr. Galit Alter (Ragon Institute of MGH, MIT and Harvard)")."""
    text = text.strip()
    return _person_note(text) or (
        _TRAILING_ASIDE.search(text) is not None and _person_note(_TRAILING_ASIDE.sub("", text))
    )


# "(Projects below)", "(see below)", "(continued)": a note pointing elsewhere in the CV, no field
_DOCUMENT_NOTE = re.compile(r"\s*\((?:[^()]{0,30}\b(?:below|above|overleaf)|cont(?:inued|\.|d\.?)|suite)\s*\)", re.I)


def _without_person_notes(text: str) -> str:
    text = _DOCUMENT_NOTE.sub("", text)
    return _BRACKETED_PERSON_NOTE.sub(lambda m: "" if _person_note(m.group(1)) else m.group(0), text)


_BETWEEN_WORDS = re.compile(r"(?<=\S) +(?:" + _LOWER_PARENS.pattern + r") +(?=\S)")


def _without_lower_asides(text: str) -> str:
    """The asides in lower case dropped; one dropped from between words leaves one space, not a gap that would part
    fields ("Lector (night school) at Erasmus")."""
    return _LOWER_PARENS.sub(" ", _BETWEEN_WORDS.sub(" ", text))


# "Supervisors: Katalin Szanto, M.D., …" on a line of its own under a role: who supervised, no field of the role
_SUPERVISOR_LINE = re.compile(
    r"^\s*(?:supervisors?|advisors?|advisers?|supervised\s+by|principal\s+investigators?|PIs?|orientador[a]?"
    r"|betreuer(?:in)?|encadrant(?:e)?|directeur\s+de\s+th[eè]se|director\s+de\s+tesis)\s*:",
    re.I,
)


# "Northwind Traders: - Software engineer in testing", "Data scientist: - Globex": a colon and a dash after it part
# two fields, whichever is the title
_COLON_DASH = re.compile(r"(?<=\w):\s*[-–—]\s+(?=\w)")
# "6 meses de experiência como desenvolvedora", "3 months as intern": how long the post was held, before it
_DURATION_AS = re.compile(
    r"^\s*(?:[•·▪◦*]\s*)?\d{1,2}\s+(?:months?|meses|mes|mois|years?|anos|años|ans|monate|jahre|mesi|anni|maanden|jaar)\b"
    r"[^-–—|\t]{0,40}?\s(?:as|como|comme|en\s+tant\s+que|als|come)\s+(?:an?\s+|um\s+|uma\s+)?",
    re.I,
)
# "Analyst (1 yr 11 mos)", "Engineer (2 años 3 meses)", "(8 mos)": how long the post was held, as LinkedIn writes it
# after the title; no field
_HELD_FOR = re.compile(r"\s*\(\s*\d{1,2}\s*[^\W\d_]{1,7}\.?(?:\s+\d{1,2}\s*[^\W\d_]{1,7}\.?)?\s*\)(?=\s|$|[,.;|\t–—-])")
# "1.Engineer", "2) Senior Analyst, Acme": the number a CV gives each of its roles, no part of the title
_ENUMERATION = re.compile(r"^\s*\d{1,2}[.)]\s*(?=[A-ZÀ-ÖØ-Þ])")


# "Acme<TAB>Springfield, IL Marketing Intern": a city and its state's code run on into the next field with no
# separator (a text box or a line break lost in the file)
_PLACE_THEN_WORDS = re.compile(
    r"(?:^|(?<=[\t|])|(?<=\s\s))(?P<city>[^\W\d_][^\t|,\d]{1,30}),\s(?P<st>[A-Z]{2})\s+(?=[A-Z](?!(?:etro|rea|egion)\b))"
)


# "Teacher/Coach Pearland, TX": a post, one space, then a city and its state's code ending the line (the tab or the
# gap before the place lost); "New", "San", "Fort" … start a town's name, never end a post's
_PLACE_AT_END = re.compile(r"^(?P<before>[^\t|,]+?),\s(?P<st>[A-Z]{2})$")
_TOWN_START = frozenset(
    ["new", "san", "santa", "los", "las", "saint", "st", "st.", "fort", "ft.", "port", "lake", "mount"]
)


def _place_at_end(text: str) -> str:
    m = _PLACE_AT_END.match(text.strip())
    if m is None or not US_STATE.fullmatch(m["st"]):
        return text
    words = m["before"].split()
    for n in range(min(3, len(words)), 0, -1):
        town, rest = " ".join(words[-n:]), " ".join(words[:-n])
        if not city_and_code(town, m["st"]):
            continue
        post = role_score(rest) >= 1 or has_org_word(rest)
        # "(Remote Employee) Redmond, WA": an arrangement in brackets before the place is read with it elsewhere
        upper = rest.split()[-1][:1].isupper() if rest else False
        if rest and post and upper and fold(words[-n - 1]) not in _TOWN_START and not rest.endswith(")"):
            return f"{rest}\t{town}, {m['st']}"
        return text
    return text


def _part_place(m: re.Match[str]) -> str:
    if is_city(m["city"].strip()) and US_STATE.fullmatch(m["st"]):
        return f"{m['city']}, {m['st']}\t"
    return m.group(0)


# "Комплектовач, фирма: "Техномат - Меркурий" ЕООД", "Analyst, Company: Globex": the employer's label after the
# title's comma says which field follows; the label is no part of the name
_EMPLOYER_LABEL = re.compile(
    r"\s*,\s*(?i:company|employer|firma|фирма|компания|empresa|entreprise|société|arbeitgeber|unternehmen)\s*:\s+"
)


# "Driver, employed by Müller GmbH", "Skogsmaskinsförare • Anställd av Sjölanders AB": words that say the next name is
# the employer's, read as "at" (they are no part of the name)
_EMPLOYED_BY = re.compile(
    r"\s*(?:[,•*|–—-]\s*)?\b(?i:employed\s+by|hired\s+by|contracted\s+by|anställd\s+(?:av|hos|på|vid)"
    r"|angestellt\s+bei|beschäftigt\s+bei|ansatt\s+(?:i|hos|ved)|ansat\s+(?:hos|i|ved)|employée?\s+par"
    r"|emplead[oa]\s+(?:por|en)|contratad[oa]\s+(?:por|pela|pelo)|werkzaam\s+bij|in\s+dienst\s+(?:bij|van))"
    r"\s+(?=[A-ZÀ-ÖØ-Þ0-9«\"])"
)
# "Acme Ltd in London", "Norrskog Entreprenad AB i Sundsvall", "Müller GmbH in Bad Kreuzbrück": the employer's town
_AT_ORG_IN_TOWN = re.compile(
    r"^(?P<org>.+?\S)\s+(?P<prep>in|i|à|a|en|em|bei)\s+(?P<town>[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:[ -][A-ZÀ-ÖØ-Þ][^\W\d_]+){0,2})$"
)

# The Nordic companies' two-letter forms, too short to tell from an acronym alone (the GLEIF list keeps forms of
# three letters), are forms before the Nordic "i" ("Sjölanders Skogsentreprenad AB i Gnarp")
_NORDIC_FORM = re.compile(r"\s(?:AB|HB|KB|Oy|Oyj|AS|ASA|ApS|A/S)$")

# "Cancer Institute NSW: Systems Analyst / Architect" (a pandoc CV's headings): an organisation, a colon, then the post
_ORG_COLON = re.compile(r"^(?P<org>[^:\t|–—]{2,60}?\S):\s+(?=[A-ZÀ-Ö])")


def _org_colon_post(text: str) -> str:
    """The line with the colon after an organisation's name (no post's words, no label) made a field separator: the
    slash in the post after it would otherwise keep the line whole."""
    m = _ORG_COLON.match(text)
    if m is None or labelled(text) is not None or role_score(m["org"]) >= 1 or ":" in text[m.end() :]:
        return text
    if not (has_org_word(m["org"], strong=True) or has_legal_form(m["org"])):
        return text
    return f"{m['org']}\t{text[m.end() :]}"


def _town_after_in(pieces: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """An employer's piece ending in "in" and its town: the town is a piece of its own (the role's place). After a
    company's legal form the town is any name of one to three words ("GmbH in Bad Kreuzbrück"); else a city the
    reader knows, after a name with no "of" ("University of Alabama in Huntsville", "Embassy of Canada in Peru")."""
    out: list[tuple[str, bool]] = []
    for k, (piece, at) in enumerate(pieces):
        m = _AT_ORG_IN_TOWN.match(piece) if at else None
        if m is not None and not has_org_word(m["town"]):
            org, town = m["org"], m["town"]
            formed = has_legal_form(org) or (m["prep"] == "i" and _NORDIC_FORM.search(org) is not None)
            if formed or (is_city(town, floor=15_000) and not re.search(r"\b(?:of|de|di|du|des)\b", org)):
                out += [(org, True), (town, False)]
                continue
        if at and k and pieces[k - 1][1] and is_place(piece):
            at = False  # "… SARL à Lyon": the town after the employer is where, not who
        out.append((piece, at))
    return out


# ".NET Developer": a technology's name that starts with a dot, held as a one-dot leader while the pieces are trimmed
_DOT_NAME = re.compile(r"(?<![\w.])\.(?=(?i:net)\b)")
_DOT_MARK = "\u2024"


def line_segments(text: str) -> list[tuple[str, bool]]:
    """The pieces of a role line, each with whether it followed "at" (then it names the employer)."""
    text = _DOT_NAME.sub(_DOT_MARK, _EMPLOYED_BY.sub(" at ", text, count=1))
    pieces = _town_after_in(_line_segments(text))
    return [(piece.replace(_DOT_MARK, "."), at) for piece, at in _place_colon_post(pieces)]


_PLACE_COLON = re.compile(r"^(?P<place>[^:]{2,40}?):\s+(?P<post>\S.*)$")


def _place_colon_post(pieces: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """ "NHS Lothian – Edinburgh: Staff Nurse": a place, a colon and a post in one piece are two pieces, the place
    where the post was held and the post."""
    out: list[tuple[str, bool]] = []
    for piece, at in pieces:
        m = _PLACE_COLON.match(piece.strip())
        fields = None if m is None or at or role_score(m["post"]) < 1 else _place_fields(m["place"])
        if m is None or fields is None:
            out.append((piece, at))
        else:
            out += [(f, False) for f in (*fields, m["post"])]
    return out


def _place_fields(text: str) -> list[str] | None:
    """ "Edinburgh": a place; "NH HOTELES, Monterrey, N.L.": an employer that names no post, then its town and
    region; None when the text before the colon is neither."""
    if is_place(text):
        return [text]
    parts = text.split(",")
    k = next((k for k in range(1, len(parts)) if is_place(",".join(parts[k:]).strip())), None)
    head = ",".join(parts[:k]).strip() if k else ""
    return [head, ",".join(parts[k:]).strip()] if k and role_score(head) < 1 else None


# A web address written out after a name on a role line: where to find the employer, not part of any field (taken
# off before the brackets are read; `_without_own_address` drops an address the line parts off as a piece of its own)
_SITE_ADDRESS = re.compile(r"\s+https?://\S+(?=\s|$)")


# "Staff Writer, The<TAB>Tabula Rasa Journal of Philosophy": an article left before a tab opens the next field's name
_ARTICLE_BEFORE_TAB = re.compile(r"(?<=[\s,])(The|the)\t+(?=[A-Z])")


# "Paid Internship at Cirrascale Cloud Date: 7/10/2023 - 8/26/2023": the label of the dates after the role's fields
_DATES_LABEL_AT_END = re.compile(r"\s+(?i:dates?|period|duration)\s*:\s*$")
# "MeteoSolutions GmbH, Darmstadt, Germany Industry: Software Engineering": the employer's sector, labelled after the
# role's fields (as a profile exported from a network site writes it), is a note on the employer, no field
_SECTOR_AT_END = re.compile(r"[\s,;|]+(?:Industry|Sector|Branche|Sektor|Secteur)\s*:\s*[^:]*$")


def _line_segments(text: str) -> list[tuple[str, bool]]:
    if _SUPERVISOR_LINE.match(text) or _HELD_LENGTH.fullmatch(text):
        return []
    text = _SECTOR_AT_END.sub("", _DATES_LABEL_AT_END.sub("", text))
    text = _HELD_FOR.sub(" ", _DURATION_AS.sub("", _ENUMERATION.sub("", text))).strip()
    text = _ARTICLE_BEFORE_TAB.sub(r"\1 ", text)
    text = _SITE_ADDRESS.sub("", text)  # "Acorns Grow, Inc. https://acorns.com": the employer's site, no field
    told = _told_pieces(text)
    if told:
        return told
    text = _COLON_DASH.sub("\t", text, count=1)
    text = _org_colon_post(_EMPLOYER_LABEL.sub("\t", text, count=1))
    text = _place_at_end(_PLACE_THEN_WORDS.sub(_part_place, text))
    text = _without_person_notes(text)  # before the brackets are read as "Employer (Title)"
    if len([p for p in _STRONG_SPLIT.split(text) if p.strip()]) == 1:
        text = _TWO_SPACES.sub("\t", text)  # as written: the asides dropped below leave gaps of their own
    bracketed = (
        _acronym_spelt_out(text)
        or _org_with_tools(text)
        or _org_with_description(text)
        or _place_then_unit(text)
        or _org_then_title(text)
        or _done_at_org_as_title(text)
        or _first_field_bracketed(text)
    )
    if bracketed is not None:
        return bracketed
    text = _without_lower_asides(text)
    # "(Part-Time)" stays with the piece it follows: it is part of the title as written
    # "General Motors (Toledo, OH)": a place in brackets is a piece of its own
    text = _TOWN_BRACKETED_AREA.sub(_town_and_its_area, text)
    text = _BRACKET.sub(lambda m: f"\t{m.group(1)}\t" if is_place(m.group(1)) else m.group(0), text)
    text = text.translate(_BRACKET_MARKS)
    text = _LABELLED_ASIDE.sub(_labelled_aside, text)  # "..., Advisor: Dr. Katz": a labelled aside
    # "Research Assistant for Dr. Steven Cranmer, LASP": the supervisor is an aside, the employer follows.
    text = _SUPERVISOR.sub("", _SUPERVISOR_LABEL.sub("", text))
    text = re.sub(r"^\s*(?:from|since)\b\s*:?\s*", "", text, flags=re.I)
    text = _without_kind(text)
    parts = _ja_legal_form_joined([piece for part in _pieces(text) for piece in _cjk_org_dash_post(part)])
    worded = [p for p in parts if any(c.isalpha() for c in p)]
    if len(worded) == 1:  # "Northwind. Analyst. Leeds.<TAB>." (the full stop after the dates is no field)
        parts = _legal_forms_rejoined(_WEAK_SPLIT.split(worded[0]))
    parts = [piece for part in parts for piece in _post_colon_split(part)]
    # "1 год 2 месяца<TAB>Кладовщик": how long the post was held, on the title's line, is no field
    parts = [p for p in parts if not _HELD_LENGTH.fullmatch(p)] or parts
    out = _parts_read(parts)
    return _without_own_address(
        _acronym_after_dash(
            _organisation_across_dash(
                _at_name_across_dash(_name_across_dash(_joined_titles(_run_on_after_a_post(out), text), text), text),
                text,
            ),
            text,
        )
    )


_LABELLED_ASIDE = re.compile(r",\s*([A-Z][a-z]+):\s(.*)$")


def _labelled_aside(m: re.Match[str]) -> str:
    """ ", Advisor: Dr. Katz" goes; ", Torino: Store manager" stays (a town, a colon, the post held there)."""
    return m.group(0) if (is_place(m.group(1)) or named_city(m.group(1))) and role_score(m.group(2)) >= 1 else ""


def _ja_legal_form_joined(parts: list[str]) -> list[str]:
    """ "医療法人社団 緑成会", "株式会社 ニトリ": a Japanese legal form written apart before the name is the name's."""
    out: list[str] = []
    for part in parts:
        if out and (m := JA_FIRM_FIRST.match(out[-1])) is not None and not out[-1][m.end() :].strip(" \t"):
            out[-1] = f"{out[-1].strip()} {part.strip()}"
        else:
            out.append(part)
    return out


# "Hendricks & Sons, Tralee (Ireland)", "Colegio Público Río Duero, Soria (España)": after the name's comma, a town
# then its country or region in brackets, as Europass CVs write the place; Italian and French CVs bracket the
# province's or department's code or name instead ("Bergamo (BG)", "Bordeaux (33)", "Aurillac (Cantal)")
_BRACKET_MARKS = str.maketrans("\ue010\ue011", "()")
_TOWN_BRACKETED_AREA = re.compile(
    r",\s*(?P<town>[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:[ '-][^\W\d_]+){0,3})\s*\((?P<area>[^()]+)\)(?=\s*(?:$|[\t|｜]))"
)


def _town_and_its_area(m: re.Match[str]) -> str:
    """The town and its bracketed country or region as one piece, the place (not a town with an organisation's or a
    post's word: "Acme, Sales Office (Ireland)")."""
    town, area = m["town"], m["area"].strip()
    known = fold(area) in COUNTRIES or fold(area) in REGIONS or town_in_subdivision(town, area)
    if not known or has_org_word(town) or role_score(town) > 0:
        return m.group(0)
    if fold(area) in _TERMS or town.isupper():
        return m.group(0)  # "Dallas, TX (Remote)": how the post was held after a state's code, read as before
    return f"\t{town} \ue010{area}\ue011"


# "Software Engineer, Java (May 2016 – Dec 2016) for MHR, Nottingham.": a field that opens with "for" or "at" after
# the post's own names where it was held, and a sentence after that name describes the role
_LEADING_FOR = re.compile(r"^\s*(?:for|at|with)\s+(?=[A-Z0-9]|[a-z]+[A-Z])")
_SENTENCE_END = re.compile(r"\.\s+(?=[A-Z][a-z]*\s)")


def _named_after_for(part: str) -> list[tuple[str, bool]]:
    lead = _LEADING_FOR.match(part)
    if lead is None:
        return []
    rest = part[lead.end() :]
    for m in _SENTENCE_END.finditer(rest):
        if not _ABBREVIATED.search(rest[: m.start() + 1]):
            rest = rest[: m.start()]
            break
    name, _, where = rest.rpartition(",")
    if name.strip() and is_place(where.strip(" .")):
        return [(_trim(name), True), (_trim(where), False)]
    return [(p, at or n == 0) for n, (p, at) in enumerate(_line_segments(rest))]


def _parts_read(parts: list[str]) -> list[tuple[str, bool]]:
    """Each piece of the line, with whether "at" (or its like) named it the employer."""
    out: list[tuple[str, bool]] = []
    alone = len([p for p in parts if any(c.isalpha() for c in p)]) == 1
    for k, part in enumerate(parts):
        if out and (named := _named_after_for(part)):
            return out + named
        subs = _line_at_splits(part, parts[k + 1 :], alone)
        for n, sub in enumerate(subs):
            sub = _trim(sub)
            if not sub or not any(c.isalpha() for c in sub):
                continue
            m = _role_then_org(sub, alone and len(subs) == 1)
            if n == 0 and m and _role_of_org(sub, m, last=len(subs) == 1):
                out += _post_and_its_organisation(sub, m, [_trim(x) for x in subs[1:] if _trim(x)])
                break
            out.append((_without_arrangement(sub) if out or n > 0 else sub, n > 0))
    return out


def _post_and_its_organisation(sub: str, m: re.Match[str], after_at: list[str]) -> list[tuple[str, bool]]:
    """ "Secretary of the Society of Physics Students at GA Tech": the post, then its organisation with where it is;
    "HPC Engineer in the Data Management Team, at ATOS Bull": a team "in" which the post was, and then "at" the
    employer, is a part of that employer, which is named after "at"; "Computer Systems Operator for Town of Hudson,
    NH": the place after the organisation's comma is a piece of its own."""
    where = " at ".join(after_at)
    unit = re.sub(r"^(?:the|a)\s+", "", m.group(2).strip(), flags=re.I)
    in_unit = sub[len(m.group(1)) :].strip().lower().startswith("in ") and _names_a_unit(unit)
    org = (where if in_unit else f"{m.group(2).strip()} at {where}") if where else m.group(2).strip()
    name, _, after = org.rpartition(",")
    if name and (is_place(after.strip()) or is_place(org)):
        return [(m.group(1).strip(), False), (name.strip(), True), (after.strip(), False)]
    return [(m.group(1).strip(), False), (org, True)]


def _acronym_after_dash(out: list[tuple[str, bool]], text: str) -> list[tuple[str, bool]]:
    """ "Instructor, Introduction to Machine Learning, Helmholtz Center for Environmental Research – UFZ": an
    acronym alone after a dash, right after an organisation's name, is that organisation's short name, no field of
    its own (a post's acronym, "CEO", or a place's, "USA", is one)."""
    joined: list[tuple[str, bool]] = []
    for piece, at in out:
        if joined and not at and _ACRONYM.fullmatch(piece) and role_score(piece) == 0 and not is_place(piece):
            prev, prev_at = joined[-1]
            a, b, between = _between(text, prev, piece)
            if re.fullmatch(r"\s+[-–—]\s+", between) and has_org_word(prev.rsplit(",", 1)[-1], strong=True):
                joined[-1] = (text[a : b + len(piece)], prev_at)
                continue
        joined.append((piece, at))
    return joined


_ACRONYM = re.compile(r"[A-Z]{2,6}")


def _first_field_bracketed(text: str) -> list[tuple[str, bool]] | None:
    """ "NetSpeed Systems (Engineering Intern)<TAB>San Jose, CA": the first field of a line of fields is an
    employer with its title in brackets (or a title with its employer in them) when the fields after it only say
    where: they are read as the place."""
    pieces = [p for p in _STRONG_SPLIT.split(text) if p.strip()]
    if len(pieces) < 2 or not pieces[0].rstrip().endswith(")"):
        return None
    rest = [p.strip(" ,.") for p in pieces[1:] if any(c.isalpha() for c in p)]
    if not all(is_place(p) for p in rest):
        return None  # a later field names the employer or the post: the brackets are read with it, as written
    first = _org_then_title(pieces[0])
    if first is None or len(first) != 2 or first[0][1] or not first[1][1] or role_score(first[0][0]) < 1:
        return None  # "EsoSphera (Covisian Group)": a group named in brackets, the post on a line of its own
    return first + line_segments(text[text.index(pieces[0]) + len(pieces[0]) :])


# "Co-founder & Program Manager: 7 Figures Trader": a post, a colon, then where it was held
_POST_COLON = re.compile(r"^(?P<post>[^:]{2,60}?[^\W\d_]):\s+(?P<rest>\S.*)$")


def _post_colon_split(part: str) -> list[str]:
    """A piece written "Post: Employer" is two pieces, whatever the employer's name starts with ("7 Figures
    Trader") and whatever else the line holds (", Fort Eustis, VA" after a bullet): the words before the colon name a
    post and those after it none."""
    m = _POST_COLON.match(part.strip())
    if m is None or labelled(part) is not None:
        return [part]
    post, rest = m.group("post"), m.group("rest")
    # "7 Figures Trader": a name opening with a number names a firm, even with a post's noun in it ("2nd Officer"
    # opens with an ordinal)
    numbered = re.match(r"\d+\s+[A-Z]", rest) is not None
    if len(post.split()) > 6 or role_score(post) < 1 or (role_score(rest) >= 1 and not numbered):
        return [part]
    if not rest[:1].isalnum():
        return [part]
    return [post, rest]


def _line_at_splits(part: str, later: list[str], alone: bool) -> list[str]:
    subs = _at_splits(part, alone)
    return [part] if len(subs) >= 2 and _named_at_beside_a_post(subs[0], later) else subs


def _named_at_beside_a_post(head: str, others: list[str]) -> bool:
    """ "Executive Education Programs at Møller Centre, University of Cambridge | Client Relationship Assistant": the
    words before "at" end in no post's noun, and a field after them names a post: "at" is inside the organisation's
    name, not between a post and its employer."""
    words = head.split()
    if not words or not head[:1].isupper() or role_score(words[-1]) >= 1:
        return False  # "Research Assistant at Caltech": a post's noun closes the words before "at"
    return any(_title_like(o := _trim(other)) and role_score(o.split()[-1]) >= 1 for other in others if other.strip())


def _without_own_address(pieces: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """ "CISV International – cisv.org": a web address named after another piece of the line is that piece's
    address, no field of its own."""
    names = [re.sub(r"\W", "", fold(p)) for p, _ in pieces]
    return [
        (p, at)
        for k, (p, at) in enumerate(pieces)
        if not ((w := web_name(p)) and any(w in n for j, n in enumerate(names) if j != k))
    ]


_LEADING_AT = re.compile(r"^\s*(?:at|chez|bei|presso|bij|hos|vid|@)\s+(?=[A-ZÀ-ÖØ-Þ0-9«\"])")


def _told_pieces(text: str) -> list[tuple[str, bool]]:
    """The pieces of a line that says which is which: by labels ("Company: Acme Corp", "Employer: Acme | Role:
    Analyst"), or by "at" before the whole line ("at Northwind Traders" under the title); [] otherwise."""
    fields = _labelled_pieces(text)
    if fields:
        return fields
    field = labelled(text)
    if field is not None and field[0] in ("employer", "title") and field[1]:
        return [(_trim(field[1]), field[0] == "employer")]
    if _LEADING_AT.match(text):
        return [(_trim(_LEADING_AT.sub("", text)), True)]
    return worked_sentence(text)


# "Trabalhei para Sudoeste Informática, de … á …, como Analista de Suporte, realizando …", "Trabalho atualmente para
# Flash Entregas como estagiário …", "I worked at Acme as a cashier": a first-person sentence names the employer after
# "for" and the title after "as", in either order.
_WORK_VERB = re.compile(
    r"^\s*(?:I\s+)?(?:worked|work|am\s+working|trabalhei|trabalho|trabajé|trabajo|j['’]ai\s+travaillé|je\s+travaille)"
    r"(?:\s+(?:atualmente|actualmente|currently|actuellement|now))?\b",
    re.I,
)
_KEY_AS = r"(?i:como|as(?:\s+an?)?|comme|en\s+tant\s+que)"
_KEY_FOR = r"(?i:for|at|para|na|no|em|en|chez|pour)"
_FOR_ORG = re.compile(
    rf"\b{_KEY_FOR}[\s,]+(?P<org>[A-ZÀ-ÖØ-Þ][^,;]*?)(?=\s*(?:[,;]|\s(?:{_KEY_AS}|de|from|desde)\s|$))"
)
_AS_TITLE = re.compile(rf"\b{_KEY_AS}\s+(?P<title>[^,;]+?)(?=\s*(?:[,;]|\s{_KEY_FOR}\b|$))")


# "2018-11至2019-4在探知科技担任后端开发人员，进行…": a Chinese sentence names the employer after 在 (at) and the title
# after 担任 (served as)
_ZH_AT_AS = re.compile(
    r"^[\s，,:：]*(?:在|于)(?P<org>[^，,。；;\s]{2,30}?)(?:担任|任职|出任)(?P<title>[^，,。；;\s]{2,20})(?=[，,。；;\s]|$)"
)

# "担任数学与统计学学院《数理统计》助教" (served as ...): the organisation and the post after "served as"
_ZH_SERVED_AS = re.compile(r"^[\s，,:：]*担任(?P<what>[^，,。；;\s]{4,40})(?=[，,。；;\s]|$)")


def worked_sentence(text: str) -> list[tuple[str, bool]]:
    """The title and the employer a first-person "worked for … as …" sentence names; [] when it is no such one."""
    zh = _ZH_AT_AS.match(text)
    if zh is not None:
        return [(zh.group("title"), False), (zh.group("org"), True)]
    served = _ZH_SERVED_AS.match(text)
    if served is not None and (glued := cjk_org_then_post(served.group("what"))) is not None:
        return [(glued[1], False), (glued[0], True)]  # "担任华中师范大学大数据中心助管，完成…"
    if not _WORK_VERB.match(text):
        return []
    org, title = _FOR_ORG.search(text), _AS_TITLE.search(text)
    if org is None or title is None:
        return []
    return [(_trim(title.group("title")), False), (_trim(org.group("org")), True)]


# the gap before each label of a line of labelled fields: a bar, a tab, a wide gap, or in Chinese, Japanese and Korean
# forms any space before a short label and its full-width colon ("公司：华为  职位：工程师  时间：2015 – 2019")
_LABEL_GAP = re.compile(r"\s*[|｜\t]\s*|\s{3,}|\s+(?=[^\s:：]{1,8}：)")


def _labelled_pieces(text: str) -> list[tuple[str, bool]]:
    """ "Employer: Northwind Traders | Role: Support Analyst | 2021 – Present": two labelled pieces or more on one
    line, each value read by its label; [] unless at least two labels name a title or an employer."""
    pieces = [p for p in _LABEL_GAP.split(text) if p.strip()]
    if len(pieces) < 2:
        return []
    fields = [f for p in pieces if (f := labelled(p)) is not None and f[0] in ("employer", "title") and f[1]]
    if len(fields) < 2:
        return []
    return [(_trim(value), name == "employer") for name, value in fields]


def _between(text: str, first: str, second: str) -> tuple[int, int, str]:
    """Where `first` starts in `text`, where `second` starts after it, and the text between the two ("" and -1 when
    either is not found)."""
    a = text.find(first)
    b = text.find(second, a + len(first)) if a >= 0 else -1
    return a, b, text[a + len(first) : b] if b >= 0 else ""


# A pipe, slash or dash between two pieces of one line (no tab or wide gap: those part fields)
_INNER_SEPARATOR = re.compile(r"^\s*(?:[|｜/]|[-–—])\s*$")


def _places_after_two_pieces(out: list[tuple[str, bool]]) -> list[tuple[str, bool]] | None:
    """The pieces after the line's first two, when those two follow no "at" and the rest are places ("…, Minneapolis,
    MN"); None when the line is not so written."""
    rest = out[2:]
    if len(out) < 2 or out[0][1] or out[1][1] or not all(is_place(p) for p, _ in rest):
        return None
    return rest


def _name_across_dash(out: list[tuple[str, bool]], text: str) -> list[tuple[str, bool]]:
    """ "Web Developer, Globalmouth - 360 Go Mobile Agency": a title, a comma, a name with no role word, then a dash
    and a piece with no role word: the name and the piece after the dash are the employer (a name with a dash in
    it, or an organisation and its unit; `cv_checks` asks which)."""
    rest = _places_after_two_pieces(out)
    if rest is None:
        return out
    (first, _), (second, _) = out[:2]
    head, _, name = first.partition(",")
    name = name.strip()
    *_, between = _between(text, first, second)
    if (
        re.fullmatch(r"\s+[-–—]\s+", between)
        and role_score(head) >= 1
        and name[:1].isupper()
        and (1 <= len(name.split()) <= 4 or (len(name.split()) <= 7 and org_score(name) >= 1))
        and role_score(name) == 0
        and not is_place(name)
        and (_names_a_unit(second) or not _qualifies_the_post(name))
        and role_score(second) == 0
        and not is_place(second)
    ):
        return [(head.strip(), False), (f"{name}{between}{second}", False), *rest]
    return out


# "Year 3", "Key Stage 2", "Ward 12": a capitalised word or two and a number, the class or ward a post serves
_NUMBERED_CLASS = re.compile(r"^[A-Z][a-z]+(?: [A-Z][a-z]+)? \d{1,2}$")
_CONNECTORS = frozenset({"and", "&", "of"})


def _qualifies_the_post(name: str) -> bool:
    """ "Manager, Finance and Operations – Oxfam GB", "Teacher, Year 3 – Hillside School": after the post's comma, a
    company's function (every word a field's, or a function named as one: "Human Resources") or a numbered class
    qualifies the post, and names no one ("Driver, Acme Logistics – …" holds a name's word)."""
    words = [t for t in tokens(name) if t not in _CONNECTORS]
    fields = bool(words) and all(t in _FIELD_WORDS for t in words)
    return _NUMBERED_CLASS.match(name) is not None or fields or names_a_function(name)


def _organisation_across_dash(out: list[tuple[str, bool]], text: str) -> list[tuple[str, bool]]:
    """ "Fabric Group of Computational Biology – Department of Informatics, University of Bergen": two pieces naming
    organisations and no post, parted by a dash: a group and the organisation it belongs to, one name."""
    rest = _places_after_two_pieces(out)
    if rest is None:
        return out
    (first, _), (second, _) = out[:2]
    a, b, between = _between(text, first, second)
    # a group written before the department it belongs to names no organisation word of its own
    named = has_org_word(first, strong=True) or (_UNIT_START.match(second) is not None and _written_as_a_name(first))
    if (
        re.fullmatch(r"\s+[-–—]\s+", between)
        and named
        and has_org_word(second, strong=True)
        and _written_as_a_name(second)  # not "Contoso Retail — Grocery chain with 40 stores": what it does
        and all(role_score(p) == 0 and not is_place(p) for p in (first, second))
        and not _post_at_a_kind(first, second)
    ):
        return [(text[a : b + len(second)], False), *rest]
    return out


def _written_as_a_name(text: str) -> bool:
    """Two words or more, each capitalised but the small words between ("Fabric Group of Computational Biology")."""
    words = text.split()
    small = {"of", "for", "and", "in", "on", "the", "de", "du", "des", "la", "et", "y", "e", "di", "für", "und", "&"}
    return len(words) >= 2 and all(w[:1].isupper() or w.casefold() in small for w in words)


def _at_name_across_dash(out: list[tuple[str, bool]], text: str) -> list[tuple[str, bool]]:
    """ "Summer student at FFI — Norwegian Defence Research Establishment (Kjeller, Norway)": the organisation named
    after "at" goes on across a dash, as an acronym and its expansion or an organisation and its unit do."""
    joined: list[tuple[str, bool]] = []
    for piece, at in out:
        if joined and joined[-1][1] and not at and role_score(piece) == 0 and not is_place(piece):
            prev = joined[-1][0]
            a, b, between = _between(text, prev, piece)
            if re.fullmatch(r"\s+[-–—]\s+", between):
                joined[-1] = (text[a : b + len(piece)], True)
                continue
        joined.append((piece, at))
    return joined


def _title_like(piece: str) -> bool:
    """ "Pixel Artist", "C#/WPF Desktop Software Developer": a role noun, and no organisation word unless the
    piece ends with its role noun."""
    words = piece.split()
    ends_with_role = bool(words) and fold(words[-1].strip(".,")) in _TITLE_ENDS
    nouns = [t for t in tokens(piece) if role_score(t) >= 1]
    if nouns and all(plural_role_noun(t) for t in nouns):
        return False  # "Cooperative Extension for Students with Special Needs": the people served, no post
    return role_score(piece) >= 1 and (org_score(piece) == 0 or ends_with_role) and not is_place(piece)


def _run_on_after_a_post(out: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """ "Engineer - Developer Ross Business Consulting": the last piece, after a post's piece, runs a second post on
    into the employer's name; it parts into that post (joined to the first as one title) and the employer."""
    if len(out) < 2 or out[-1][1] or role_score(out[-2][0]) < 1 or has_org_word(out[-2][0]):
        return out
    title, employer = _split_run_on(out[-1][0])
    if not (title and employer) or not has_org_word(employer):
        return out
    return [*out[:-1], (title, False), (employer, True)]


def _joined_titles(out: list[tuple[str, bool]], text: str) -> list[tuple[str, bool]]:
    """ "Art Lead | Pixel Artist", "Researcher | C#/WPF Desktop Software Developer", "Web / Hybrid Application
    Developer": two titles (or a lone word and a title after a slash) parted by a pipe, slash or dash are one title,
    kept as the CV writes it."""
    joined = list(out[:1])
    for piece in out[1:]:
        (prev, prev_at), (cur, cur_at) = joined[-1], piece
        a, b, between = _between(text, prev, cur)
        titles = _title_like(prev) and _title_like(cur)
        # "Web / Hybrid ..." is one title; "VIPKid/ Online ESL Teacher", spaced like "X, Y", parts two fields
        lone = (
            len(prev.split()) == 1
            and "/" in between
            and between.startswith(" ") == between.endswith(" ")
            and role_score(prev) == 0
            and org_score(prev) == 0
        )
        # "Java Android / IOs Developer at Fyrastudio": with the employer named after "at", words before a slash
        # that name neither a post nor an organisation share the title's role noun
        shared = (
            any(at for _, at in out)
            and "/" in between
            and len(prev.split()) <= 3
            and role_score(prev) == 0
            and org_score(prev) == 0
            and not is_place(prev)
        )
        if (
            not cur_at
            and b >= 0
            and not own_account(cur)  # "AI Systems Architect | Independent Consultant": how the post was held
            and _INNER_SEPARATOR.match(between)
            and (
                titles
                or ((lone or shared) and _title_like(cur))
                or _goes_on_after_slash(prev, cur, between)
                or _employer_goes_on_after_slash(prev, cur, between)
            )
        ):
            joined[-1] = (text[a : b + len(cur)], prev_at)
        else:
            joined.append(piece)
    return joined


def _goes_on_after_slash(prev: str, cur: str, between: str) -> bool:
    """ "System Administrator / Technical Assistance, John Bryce": after a post's slash, a few capitalised words that
    name no post, organisation or place, then a comma and a name that is no place, go on with the title; the name
    after the comma is the employer ("Barista / Starbucks, Seattle" leaves the slash parting the two). So does a
    second post before the comma, when a name that is no post follows it ("Frontend Engineer / Full-stack Engineer,
    Intuit, Inc.": one title of two posts)."""
    head, comma, rest = cur.partition(",")
    words = head.split()
    if "/" not in between or not comma or not rest.strip() or is_place(rest.strip()) or is_place(head):
        return False
    if not 1 <= len(words) <= 4 or not all(w[:1].isupper() for w in words) or role_score(prev) < 1:
        return False
    if role_score(head) == 0:
        return len(words) <= 3 and org_score(head) <= 0 and not has_org_word(head) and not has_org_word(prev)
    # two posts ("Software" is an organisation's word too: "Lead Software Engineer / Project Manager, …")
    return not has_legal_form(head) and not has_legal_form(prev) and (role_score(rest) < 1 or has_org_word(rest))


def _employer_goes_on_after_slash(prev: str, cur: str, between: str) -> bool:
    """ "Senior Software Engineer, Flank Marketing / CheapSally / TabJuice": after a post and a comma, names parted by
    slashes, each a few capitalised words that name no post or place, are one employer's names (a firm and its
    brands)."""
    post, comma, names = prev.rpartition(",")
    name = names.rsplit("/", 1)[-1]  # the last name before this slash
    words = cur.split()
    return (
        "/" in between
        and bool(comma)
        and role_score(post) >= 1
        and 1 <= len(name.split()) <= 3
        and role_score(name) == 0
        and not is_place(name.strip())
        and 1 <= len(words) <= 3
        and all(w[:1].isupper() for w in words)
        and role_score(cur) == 0
        and not is_place(cur)
    )


_KIND = re.compile(r"^\s*(?P<kind>[A-Z][\w-]+):\s+(?P<rest>[A-Z][^,|\t]*)")


def _without_kind(text: str) -> str:
    """ "Entrepreneur: Co-founder and Editor-in-chief, ...": one role word and a colon before a title name the kind
    of role; the title after them is the role's own."""
    m = _KIND.match(text)
    kind = m.group("kind") if m else ""
    if m is None or not (role_score(kind) >= 1 or odds_lean(kind) > 0) or org_score(kind) > 0:
        return text
    if not _title_like(m.group("rest")):
        return text
    return text[m.start("rest") :]


# Field separators a line is laid out with (tabs, wide gaps, pipes, bullets): where a line has two or more pieces of
# content between them, a dash or slash inside a piece is part of a name ("Plataforma Solar de Almería - CIEMAT").
# "湖北启灵机器人——运动控制算法实习生": the Chinese dash (two em dashes) parts fields as a pipe does, and so does a
# slash spaced like a comma ("SGS/ Geochemical Lab Technician")
_FIELD_SPLIT = re.compile(r"\t+| {3,}|\s*[|｜]\s*|\s+[│•·▸►▪◆■●○◦»›~]\s+|\s*—{2}\s*|(?<=\w\w)/\s+(?=[A-Z])")


def _pieces(text: str) -> list[str]:
    if text.lstrip().startswith("，"):
        # "2019.09–2021.02，同济大学，助理管理员": the dates, then the fields, each after a full-width comma
        return [p for p in re.split(r"\s*，\s*", text) if p.strip()]
    fields = [p for p in _FIELD_SPLIT.split(text) if p.strip()]
    content = [p for p in fields if any(c.isalpha() for c in p) and not is_place(_trim(p))]
    if len(content) >= 2:
        return [p for field in fields for piece in _post_dash_organisation(field) for p in _place_after_dash(piece)]
    if len(fields) >= 2 or _FIELD_SPLIT.search(text.strip()):
        # "QYB - Quantum Yield Berlin GmbH | Berlin | 2025": the line parts its fields with a stronger mark, so a
        # dash inside one is part of a name where its pieces read as one ("Barista - Harbour Café" still parts)
        return [piece for field in fields for piece in _weak_dash_split(field, _SPACED_DASH, named=True)]
    strong = next((d for d in "—–" if f" {d} " in text), "")
    if strong and _WEAKER_DASH[strong].search(text):
        # "QYB - Quantum Yield Berlin GmbH — R&D Engineer": the fields parted by the stronger dash, a name by the other
        return _weak_dash_split(text, _WEAKER_DASH[strong])
    return [p for p in _STRONG_SPLIT.split(text) if p.strip()]


_SPACED_DASH = re.compile(r"\s+[—–-]\s+")
_CJK = re.compile(r"[\u3000-\u9fff]")
_UNSPACED_DASH = re.compile(r"^(?P<org>[^-–—]+?)[-–—](?P<post>[^-–—\s][^-–—]*)$")


def _cjk_org_dash_post(part: str) -> list[str]:
    """ "PingCAP公司-数据库研发实习生": Chinese writes the employer and the post with a dash and no spaces; the
    piece after the dash names a post and the one before it none."""
    m = _UNSPACED_DASH.match(part.strip())
    if m is None or not _CJK.search(part) or role_score(m["post"]) < 1 or role_score(m["org"]) >= 1:
        glued = cjk_org_then_post(part)
        return list(glued) if glued is not None else [part]
    return [m["org"], m["post"]]


# the spaced dashes weaker than an em dash, and than an en dash
_WEAKER_DASH = {"—": re.compile(r"\s+[–-]\s+"), "–": re.compile(r"\s+-\s+")}


def _headed_by_org_word(piece: str) -> bool:
    """ "Greenacres Farm", "Grand Hotel": a name whose last word is an organisation's (English puts a name's kind
    last)."""
    words = _trim(piece).split()
    return bool(words) and has_org_word(words[-1])


def _post_at_a_kind(first: str, second: str) -> bool:
    """ "Farm Hand - Greenacres Farm", "Factory Hand, Acme Factory": two capitalised words, the first an
    organisation's (the kind of place the post works at), then a name ending in one: a post the reader does not know,
    then its employer (a unit written before its organisation ends in its own kind, "Research Lab", or is written
    with "of": "Faculty of Science"; an organisation's word inside a longer name, "Morris School District, Morristown
    High School", is a district's and a school's names)."""
    words = _trim(first).split()
    return (
        len(words) == 2
        and all(w[:1].isupper() for w in words)
        and has_org_word(words[0])
        and not _headed_by_org_word(first)
        and _headed_by_org_word(second)
        and not is_place(_trim(second))
    )


def _weak_dash_split(field: str, weak: re.Pattern[str], named: bool = False) -> list[str]:
    """A field parted at its `weak` dashes only where a piece is a title or a place ("Senior Engineer - Acme"), else
    kept as one name written with a dash ("QYB - Quantum Yield Berlin GmbH", "Plataforma Solar de Almería - CIEMAT");
    its other marks part it as always. With `named`, the pieces must also read as one name: an organisation and its
    initials, or organisations each ("Barista - Harbour Café" parts: a title the reader does not know is still one)."""
    held: list[str] = []

    def hold(m: re.Match[str]) -> str:
        held.append(m.group(0))
        return f"\ue000{len(held) - 1}\ue001"

    out: list[str] = []
    for piece in _STRONG_SPLIT.split(weak.sub(hold, field)):
        whole = re.sub("\ue000(\\d+)\ue001", lambda m: held[int(m.group(1))], piece)
        parts = [p for p in weak.split(whole) if p.strip()]
        orgs = [org_score(_trim(p)) >= 1 for p in parts]
        # a title in Chinese is written with no word of a post the reader knows ("后端研发"): beside a company's name
        cjk = any(orgs) and not all(orgs) and all(_CJK.search(p) for p in parts)
        parted = cjk or any(role_score(_trim(p)) >= 1 or is_place(_trim(p)) for p in parts)
        if named and not parted and len(parts) >= 2:
            initials = any(re.fullmatch(r"[A-Z][A-Z0-9&]{1,7}", _trim(p)) for p in parts)
            parted = not (initials or all(orgs)) or (len(parts) == 2 and _post_at_a_kind(*parts))
        out += parts if parted else [whole] if whole.strip() else []
    return out


def _post_dash_organisation(field: str) -> list[str]:
    """ "Administrative Assistant - Olabisi Onabanjo University (OOU) | NYSC": inside a field of a line laid out with
    stronger marks, a dash parts a post from the organisation after it (a name written with a dash stays whole:
    "iMind – Le Vinatier Hospital", "Recruiter - I"); an organisation named as `The` and capitalised words is one
    ("Line Cook – The Anchor | Mevagissey")."""
    parts = _SPACED_DASH.split(field)
    if len(parts) != 2:
        return [field]
    post, org = (p.strip() for p in parts)
    if not org or fold(org.split()[0]) in _TERMS:
        return [field]  # "Web Designer - Remote FT Net Media Group": how it was held comes first, read as before
    named = org_score(org) > 0 or has_org_word(org, strong=True) or _THE_AND_NAME.match(org) is not None
    if _post_and_its_field(post) and role_score(org) < 1 and named:
        return [post, org]
    return [field]


# "The Anchor", "the Harbour Café": a name the article makes one place's, no field of work
_THE_AND_NAME = re.compile(r"^[Tt]he\s+[A-Z]\S*(?:\s+[A-Z&]\S*)*$")
_POST_OF_FIELD = re.compile(r"^(.+?)\s+(?:in|of|for)\s+[A-Z]")


def _post_and_its_field(post: str) -> bool:
    """ "Line Cook", "Lecturer in Nursing": a post's noun ends the piece, or ends its words before the field the post
    is in or of ("Lecturer in Nursing – Edge Hill University | Ormskirk")."""
    m = _POST_OF_FIELD.match(post)
    return ends_in_a_post_noun(post) or (m is not None and ends_in_a_post_noun(m.group(1)))


_LAST_DASH = re.compile(r"^(.*\S)\s+[-–—]\s+(\S.*)$")


def _place_after_dash(field: str) -> list[str]:
    """ "Click Dimensions - Dunwoody, GA", "Net Health - Remote": a place after a dash is a piece of its own."""
    m = _LAST_DASH.match(field)
    return [m.group(1), m.group(2)] if m and is_place(_trim(m.group(2))) else [field]


_THE_NAME = re.compile(r"^the\s+[A-Z0-9]\S*(?:\s+[A-Z0-9&]\S*)+$")


# "Research Associate in a research project at the Leibniz Institute (LNI)": what the post worked on, in lower case
# between the post and its organisation, is said of the post; the organisation is named after it
_PROJECT_OF = re.compile(
    r"\s+(?:in|on|for)\s+(?:a|an|the)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}"
    r"\s+(?:of|at|in|for|on|by|with|within|to)\s+(?:the\s+)?(?=[A-Z])"
)


# "Intern in an insurance company", "Clerk for a law firm": a role, then its place of work named in lower case by a
# kind of organisation (the phrase ends in an organisation's word)
_IN_A_KIND = re.compile(r"^(.{2,60}?)\s+(?:in|for|with)\s+((?:an?\s+|the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})$")


def _role_then_org(sub: str, alone: bool) -> re.Match[str] | None:
    """ "Java developer in Dataprizma LLC", "Member of Insan Project": a role, then its organisation; when the piece
    is all the line holds, "Intern in an insurance company" too."""
    m = _ROLE_OF_ORG.match(_PROJECT_OF.sub(" of ", sub, count=1))
    if m is not None or not alone:
        return m
    m = _IN_A_KIND.match(sub.strip())
    return m if m is not None and fold(m.group(2).split()[-1]) in ORG_WORDS else None


def _role_of_org(sub: str, m: re.Match[str], last: bool = True) -> bool:
    """ "Java developer in Dataprizma LLC", "Secretary of the Society of Physics Students": a role, then the
    organisation, named by an organisation word or as "the" and a name of capitalised words."""
    if "," not in m.group(1) and "," in m.group(2) and re.match(r"\s*for\s", sub[len(m.group(1)) :]):
        # "Computer Systems Operator for Town of Hudson, NH", "President for the Neurotechers, Caltech": a comma after
        # the name that "for" opens parts off where it is, or the organisation it belongs to; the name is read alone
        head = re.sub(r"^the\s+", "", m.group(2).split(",")[0])
        return len(m.group(1).split()) <= 6 and role_score(m.group(1)) >= 1 and _for_a_name(sub, head)
    return (
        "," not in sub
        and len(m.group(1).split()) <= 6
        and role_score(m.group(1)) >= 1
        and (
            has_org_word(m.group(2), strong=True)
            or has_legal_form(m.group(2))
            or _THE_NAME.match(m.group(2)) is not None
            or _with_a_name(sub, m.group(2))
            or _en_a_name(sub, m.group(2), last)
            or _for_a_name(sub, m.group(2))
        )
    )


_FIELD_WORDS = ROMANCE_FIELDS | FIELDS


def _en_a_name(sub: str, org: str, last: bool = True) -> bool:
    """ "Analista de Datos en Interbank", "Desenvolvedor em Stefanini", "Front End Developer in Agronome Africa":
    after Spanish "en", Portuguese "em" or English "in", a name of one to three capitalised words is the
    organisation, unless it names a field ("Ingeniero en Sistemas", "Bacharel em Direito"), a skill ("Developer in
    Python") or a place ("Desarrollador en Lima")."""
    words = org.strip(" .").split()
    # English "in" names a field or a subject more often ("Researcher in Deep Learning"): a name after it is an
    # organisation only where the learnt odds lean that way, no field is named, it is no short name in capitals
    # ("Coach in IT") and no "at" names the employer after it ("Instructional coach in IT at ENI Ecole Informatique")
    english = re.search(r"\s(?:en|em)\s", sub) is None
    if english and (
        not last
        or re.search(r"\sin\s", sub) is None
        or odds_lean(org) >= 0
        or names_a_field(org)
        or not any(c.islower() for c in org)
    ):
        return False
    return (
        1 <= len(words) <= 3
        and all(w[:1].isupper() for w in words)
        and not any({fold(w), fold(w).rstrip("s"), f"{fold(w)}s"} & (_FIELD_WORDS | SKILL_TERMS) for w in words)
        and not is_place(org)
    )


def _with_a_name(sub: str, org: str) -> bool:
    """ "Real Time Analyst with Accenture": after "with", a name of one to three capitalised words that is no skill
    ("Engineer with Python" names a tool) is the organisation."""
    words = org.strip(" .").split()
    return (
        re.search(r"\swith\s", sub) is not None
        and 1 <= len(words) <= 3
        and all(w[:1].isupper() for w in words)
        and not any(fold(w) in SKILL_TERMS for w in words)
    )


_NAME_JOINERS = frozenset(["of", "the", "and", "&", "for", "de", "la"])


def _for_a_name(sub: str, org: str) -> bool:
    """ "Teacher and Facilitator for Girls Who Code", "Developer for Bits of Good": after "for", a name of one to four
    capitalised words (small joining words aside) that names no field or skill the word lists know, no course and no
    place is the organisation ("Teaching Assistant for CS 3600" names a course, "Analyst for London" a place). A
    field the lists lack ("Consultant for Public Health") is read as an organisation: a known limit."""
    words = org.strip(" .").split()
    named = [w for w in words if fold(w) not in _NAME_JOINERS]
    return (
        re.search(r"\sfor\s", sub) is not None
        and 1 <= len(words) <= 4
        and bool(named)
        and all(w[:1].isupper() for w in named)
        and words[0][:1].isupper()
        and not any({fold(w), fold(w).rstrip("s"), f"{fold(w)}s"} & (_FIELD_WORDS | SKILL_TERMS) for w in named)
        and COURSE_START.match(org) is None
        and not any(c.isdigit() for c in org)
        and not is_place(org)
    )


def _trim(text: str) -> str:
    text = re.sub(r"\s+", " ", text)
    stop = "." if _ABBREVIATED.search(text.rstrip(" ,;:")) else ""  # "Ferrero S.p.A.", "Acme Inc." keep their stop
    # "Guy's and St Thomas'": a plural's apostrophe ends the name, unless it closes a quote around it
    bare = text.strip(" ,;:.")
    possessive = bare[-1] if bare.endswith(("s'", "s’")) and not bare.startswith(("'", "‘")) else ""
    # "\"Техномат - Меркурий\" ЕООД": a quote that opens a name closed later in it is the name's own
    opener = text.strip(" ,;:.–—-")[:1]
    quoted = opener in ('"', "“", "„") and re.search(r"\S[\"”“]\s*\S", text) is not None
    text = text.strip(" ,;:.–—-[]\"'“”|│•·▸►▪◆■●○◦»›~/")
    text = opener + text if quoted and text else text
    text = text.rstrip(" (（").lstrip(" )）").strip(" ,;:.–—-")
    if text.count("«") > text.count("»"):
        text += "»"  # "Медичний центр «Добробут»": the guillemet closing a name inside it is the name's own
    text += stop or (possessive if not text.endswith(possessive) else "")
    if text.startswith("(") and ")" not in text:
        text = text[1:].strip()
    if text.endswith(")") and "(" not in text:
        text = text[:-1].strip()
    if text.startswith("(") and text.endswith(")") and text.count("(") == 1:
        text = text[1:-1].strip()
    return text


# the last word an abbreviation with its stop: "S.p.A.", "S.A.", "B.V.", "Inc.", "Ltd.", "Co.", "Corp."
_ABBREVIATED = re.compile(r"(?:\b(?:[^\W\d_]{1,3}\.){2,}|\b(?:Inc|Ltd|Co|Corp|Bros|Ltda|Cía|Cia|Pty|Jr|Sr)\.)$")


# ", tâches effectuées :", ", duties included:": a clause in lower case that ends the line with a colon opens the
# role's list of what was done
_LIST_OPENER = re.compile(r"[,;]\s*[a-zà-ÿ][^,;:]{0,40}?\s*:\s*$")


# "… (May 2022 - Jan 2023). Used: Python": sentences after bracketed dates describe the role
DESCRIBED_AFTER_BRACKET = re.compile(r"^\s*[)\]]\s*[.;]\s+[A-ZÀ-Þ]")
# "… (Jan 2018 – Jan 2020), for Capital One, Nottingham. During this time I …": after the bracketed dates, "for" or
# "at" names the employer in a clause of its own, and the sentences after that clause describe the role
EMPLOYER_AFTER_BRACKET = re.compile(r"^\s*[)\]]\s*,?\s*(?:for|at|with)\s+[^.;()]{2,60}?\.+\s+(?=[A-ZÀ-Þ])")


# "Jan 2017 - Dec 2019 · 3 yrs", ", 2 years 4 months", "· 3 años": how long the post was held, as LinkedIn writes it
# after the dates, all that follows them, or on a line of its own under the firm ("5 yrs 4 mos", its posts' total);
# no field (read as one, it stood for the employer of a post whose employer heads the group of posts above it)
_HELD_LENGTH = re.compile(
    r"[·•|,;:\s–—-]*(?:\d{1,2}(?:[.,]5)?\+?\s*(?:years?|yrs?\.?|months?|mos?\.?|mths?\.?|weeks?|wks?\.?"
    r"|años?|meses|mes|anos?|mês|ans?|années?|mois|jahre?|monate?|anni|anno|mesi|mese|jaar|maanden?|mnd\.?|år"
    r"|månader|måneder|mån\.?|lata?|lat|rok|miesięcy|miesiące|yıl|ay"
    # LinkedIn's short forms: German "3 J. 10 Mon.", Dutch "2 jr 3 mnd", Polish "2 lata 3 mies.", Indonesian "3 thn
    # 8 bln"
    r"|j\.|jr\.?|mon\.?|mies\.?|thn\.?|bln\.?"
    # hh.ru's "1 год 2 месяца", Ukrainian "2 роки 3 місяці", "3年2ヶ月", "1年6个月", "2년 3개월"
    r"|год|года|лет|г\.|месяц|месяца|месяцев|мес\.?|рік|роки|років|р\.|місяць|місяці|місяців|міс\.?"
    r"|年|ヶ月|か月|カ月|个月|個月|년|개월"
    # Arabic "2 سنة 4 شهر", Vietnamese "2 năm 3 tháng", Indonesian "2 tahun 3 bulan", Turkish above
    r"|سنة|سنوات|سنه|عام|أعوام|شهر|شهور|أشهر|năm|tháng|tahun|bulan)"
    r"(?:\s+|(?=\d)|\s*,\s*|\s+(?:and|y|e|et|und|и|і|و)\s+|$)){1,2}",
    re.IGNORECASE,
)


def held_length(text: str) -> bool:
    """ "3 years 9 months", "5 yrs 4 mos": a line that says only how long posts were held (LinkedIn's total under
    the firm that heads a group of posts)."""
    return bool(text.strip()) and _HELD_LENGTH.fullmatch(text.strip()) is not None


# "2018-2019 school year", "2019-20 season": which kind of year the dates are, all that follows them; no field
_KIND_OF_YEAR = re.compile(r"[·•|,;:\s–—-]*(?:(?:school|academic|fiscal|financial)\s+years?|seasons?)\s*", re.I)


def own_segments(anchor: str, span: DateSpan) -> list[tuple[str, bool]]:
    """The anchor line's pieces around its dates."""
    head, tail_text = anchor[: span.begin].rstrip(), anchor[span.finish :].lstrip()
    if _HELD_LENGTH.fullmatch(tail_text) or _KIND_OF_YEAR.fullmatch(tail_text):
        tail_text = ""
    if head.endswith(":") and (field := labelled(anchor)) is not None and field[0] == "dates":
        head = ""  # "Período: 09/2020 - 08/2022": the label names the dates, no field of the role
    if clause := EMPLOYER_AFTER_BRACKET.match(anchor[span.finish :]):
        tail_text = clause.group(0).lstrip(" )],")
    if head.endswith(("(", "[")) and tail_text.startswith((")", "]")):  # "Camp Counselor (June – August 2015), ..."
        head, tail_text = head[:-1], tail_text[1:]
    opened = head.rfind("(")
    if opened > 0 and ")" not in head[opened:] and tail_text.startswith(")"):
        # "Investigador (Cátedra UNESCO, Jun-2021 a la actualidad):": the employer shares the brackets with the dates
        head = head[:opened].rstrip() + "\t" + head[opened + 1 :].strip(" ,;–—-")
        tail_text = tail_text[1:].lstrip(" :.")
    tail_text = _LIST_OPENER.sub("", tail_text)
    if _run_on_after_dates(anchor, span, head) or DESCRIBED_AFTER_BRACKET.match(anchor[span.finish :]):
        tail_text = ""
    own = line_segments((head + "\t" + tail_text).strip())
    if head.strip():  # "Trustee, Zoë's Reading Trust (2019 – present): oversaw a £300k budget": text after
        after = {s for s, _ in line_segments(tail_text)}  # the dates that starts in lower case describes the role
        own = [(s, a) for s, a in own if not (s in after and s[:1].islower() and len(s.split()) >= 3)]
    return own


def _run_on_after_dates(anchor: str, span: DateSpan, head: str) -> bool:
    """ "CONSULTANT, FOUNDER – ALTISIMO COMPUTING – 1997-2004 Founder and consultant": with title and employer set
    apart before the dates, words run on after them with one space are the role's description."""
    after = anchor[span.finish : span.finish + 2]
    one_space = after[:1] == " " and not after[1:].isspace()
    return one_space and len([p for p in _STRONG_SPLIT.split(head) if p.strip(" -–—")]) >= 2


@dataclass
class _Pieces:
    place: str = ""
    kept: list[str] = field(default_factory=list)
    firsts: list[bool] = field(default_factory=list)  # first piece of its line: places trail their employer
    ats: list[bool] = field(default_factory=list)
    rows: list[int] = field(default_factory=list)  # which head line each piece came from
    dates_row: int = -1  # the head line that holds the dates
    place_row: int = -1  # the head line the place was read from: a place trails its employer
    place_kept: int = -1  # the kept piece the place was parted from after its comma ("Indomaret, Yogyakarta")


def _city_and_country(text: str) -> bool:
    """ "Dublin, Ireland", "New York, NY": a place whose first part reads as a city (no acronym such as "HSBC",
    at most two words unless a known city)."""
    first = text.split(",")[0].strip()
    if not is_place(text) or re.search(r"\b[A-Z]{2,}\b", first):
        return False
    if is_place(first):
        return True
    # "Weatherford International, UK", "hoverState(), California": a firm's name before the country; no town's name
    # holds brackets or digits, or ends in a word that says how far a firm reaches
    words = first.split()
    return len(words) <= 2 and _TOWN_LIKE.fullmatch(first) is not None and fold(words[-1]) not in _REACH_WORDS


_TOWN_LIKE = re.compile(r"[^\W\d_][^\W\d_ .'’-]*(?:[ .'’-]+[^\W\d_]+)*\.?")
_REACH_WORDS = frozenset(["international", "global", "worldwide", "group", "holdings", "inc", "ltd", "llc"])


# the kinds of post a line may name with no organisation ("Internship", "Summer Apprenticeship"), also in a piece of
# their own beside the post's name
_KINDS_OF_POST = frozenset(["internship", "apprenticeship", "traineeship", "externship", "practicum"])


def kind_beside_a_post(line: list[tuple[str, bool]], n: int) -> bool:
    """ "Software Developer – Internship – (Jan 2023 – May 2023)": the kind of post, in a piece of its own beside one
    that names the post, is neither title nor employer ("Internship, Zillionite" alone names the post)."""
    kind = fold(line[n][0]).strip(" .()")
    if kind not in _KINDS_OF_POST:
        return False
    posts = [p for k, (p, _) in enumerate(line) if k != n and fold(p).strip(" .()") not in _KINDS_OF_POST]
    return any(role_score(p) >= 1 for p in posts)


def _before_at(line: list[tuple[str, bool]], n: int) -> bool:
    """ "Self-employed at MLTech": how the role was held, written where a title stands before "at", is its title."""
    return n + 1 < len(line) and line[n + 1][1] and not line[n][1]


def collect_pieces(pieces: list[list[tuple[str, bool]]], dates_row: int = -1) -> _Pieces:
    out = _Pieces(dates_row=dates_row)
    placed_at = (-1, -1)  # the row and piece the place was read from
    for row, piece in enumerate(pieces):
        for n, (s, after_at) in enumerate(piece):
            if _person_note(s.strip("()[] ")):
                continue
            s = _without_leading_arrangement(s)
            if _address_or_description(s, piece, after_at) or kind_beside_a_post(piece, n):
                continue
            if s.startswith("(") and s.endswith(")"):
                out.place = out.place or s.strip("()")  # "(Orlando Campus)": a qualifier, not a title or employer
                continue
            placed = False
            # "Dublin, Ireland" is one place; "Dependienta, Carrefour (Bilbao)": with the place in a piece after it,
            # the part after the comma is the employer, even where a town bears its name (Carrefour, Haiti)
            if "," in s and not out.place and not _city_and_country(s) and not _place_follows(piece, n):
                s, out.place = split_place(s, strict=True)
                placed = bool(out.place)
                placed_at = (row, n)
                out.place_row = row if placed else out.place_row
            # "Engineer at Toyota": what follows "at" is the employer, even when a city bears its name.
            # "…, Mar 2016 ‐ Apr 2020, TX": a state's code alone at the end of a line is where, not who.
            state = n > 0 and n == len(piece) - 1 and US_STATE.fullmatch(s.strip(" .")) is not None
            if (is_place(s) or state) and not out.place and not (after_at and "," not in s):
                out.place = s
                placed_at = (row, n)
                out.place_row = row
            elif out.place and placed_at == (row, n - 1) and _place_goes_on(s, after_at, out.kept):
                # "IBM Brazil, São Paulo – Brazil": a place right after the place, past a dash, goes on with it
                out.place = f"{out.place}, {s}"
            # "Freelance, Lisbon, Portugal": working for oneself, with where, on the employer's line
            elif s and (
                not is_arrangement(s)
                or _before_at(piece, n)
                or _own_account_beside(piece, n)
                or (placed and own_account(s))
                or _own_account_on_its_line(pieces, row)
            ):
                out.place_kept = len(out.kept) if placed and placed_at == (row, n) else out.place_kept
                out.kept.append(s)
                out.firsts.append(n == 0)
                out.ats.append(after_at)
                out.rows.append(row)
    return out


def _place_follows(piece: list[tuple[str, bool]], n: int) -> bool:
    """A town in a piece after the n-th (a country or region there goes on with the town before it: "IBM Brazil, São
    Paulo – Brazil")."""
    later = [s.strip(" ()") for s, _ in piece[n + 1 :]]
    return any(is_place(s) and fold(s) not in COUNTRIES and fold(s) not in REGIONS for s in later)


_LEADING_NOTE = re.compile(r"^\((?P<note>[^()]+)\)\s+(?P<rest>\S.*)$")


def _place_goes_on(s: str, after_at: bool, kept: list[str]) -> bool:
    """A place past a dash right after the line's place goes on with it where it could otherwise be read as the
    missing post: no piece read so far names one ("IBM Brazil , São Paulo – Brazil" holds no title)."""
    return not after_at and is_place(s) and not has_org_word(s) and not any(role_score(k) >= 1 for k in kept)


def _address_or_description(s: str, piece: list[tuple[str, bool]], after_at: bool) -> bool:
    """ "371 N Main St" beside the dates: the employer's address, not a title; "Support Analyst | Northwind Traders |
    Handled tickets for stores": the description."""
    return is_street_address(s) or (len(piece) >= 3 and not after_at and is_description(s))


def _without_leading_arrangement(piece: str) -> str:
    """ "(Remote Employee) Redmond, WA": how the post was held, in brackets before where, is no part of the place."""
    m = _LEADING_NOTE.match(piece)
    if m is None or not is_place(m.group("rest")):
        return piece
    note = re.sub(r"\b(?:employee|worker|employment)\b", "", m.group("note"), flags=re.I).strip()
    return m.group("rest") if note and is_arrangement(note) else piece


def _own_account_beside(piece: list[tuple[str, bool]], n: int) -> bool:
    """ "Web Developer | Freelance": beside the title alone, working for oneself is where the post was held."""
    return len(piece) == 2 and own_account(piece[n][0]) and not own_account(piece[1 - n][0])


def _own_account_on_its_line(pieces: list[list[tuple[str, bool]]], row: int) -> bool:
    """ "Full Stack Developer" over "Freelance": alone on its line under or over the title, working for oneself is
    written where the employer stands (as `_own_account_beside` on one line)."""
    if len(pieces[row]) != 1 or not own_account(pieces[row][0][0]):
        return False
    others = [s for k, piece in enumerate(pieces) if k != row for s, _ in piece if any(c.isalpha() for c in s)]
    return len(others) == 1 and not own_account(others[0]) and (role_score(others[0]) >= 1 or _business(others[0]))


def _business(text: str) -> bool:
    """ "MLTech", "Max'Info", "Northwind Traders": a name that is no post and reads as a business's (one word, or
    with an organisation's sign); over or under it, working for oneself stands where the title would."""
    return role_score(text) < 1 and (len(text.split()) == 1 or org_score(text) > 0)


_COURSE = re.compile(r"\b[A-Z][A-Za-z]{1,4} ?\d{2,4}[A-Za-z]?\b")
_COURSE_CODE = re.compile(r"\b[A-Z]{2,5} ?\d{2,4}[A-Za-z]?\b")


def _without_courses(rest: list[str], title: str = "") -> list[str]:
    """ "Teaching Assistant, CSE 130: Programming Languages, UCSD": the course between the title and the
    organisation is not the employer. Under a teaching title, a course named in words ("Lab Instructor, Introduction
    to Geographic Information Systems, University of Massachusetts Boston") is not either: a middle part that names no
    organisation, unit or place, before a last part that names the organisation."""
    coded = len(rest) >= 2 and all(_COURSE.search(p) for p in rest[:-1]) and not _COURSE.search(rest[-1])
    # a course is taught, or coded in capitals ("CSE 130"); "Staff Nurse, Ward 12, St Mary's Hospital" names a ward
    taught = _TEACHING_TITLE.search(title) or all(_COURSE_CODE.search(p) for p in rest[:-1])
    if coded and taught:
        return rest[-1:]
    if (
        len(rest) >= 2
        and _TEACHING_TITLE.search(title)
        and (has_org_word(rest[-1]) or org_score(rest[-1]) > 0)
        and all(not has_org_word(p, strong=True) and not _UNIT_OF.match(p) and not is_place(p) for p in rest[:-1])
    ):
        return rest[-1:]
    return rest


_LEGAL_FORM = re.compile(r"(?:llc|inc|ltd|limited|gmbh|plc|corp|co|sa|ag|bv|pty ltd|llp|lp|sarl|srl|oy|ab|as)\.?", re.I)
# "Operation Brush, NPO": what kind of body the name before it is, as a legal form is; no organisation of its own
_KIND_OF_BODY = re.compile(
    r"(?:npo|ngo|nfp|non-?profit|not-for-profit|charity|registered charity|501\(c\)\(3\))\.?", re.I
)


_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")


_TEACHING_TITLE = re.compile(r"\b(?:teaching|instructor|tutor|lecturer|teacher|preceptor|demonstrator)\b", re.I)


# "Department of Physics", "School of Computing", "Centre for Data Ethics": a unit of the organisation, not a topic
_UNIT_OF = re.compile(
    r"^\s*(?:the\s+)?(?:department|dept\.?|school|faculty|division|institute|centre|center|college|unit)\s+(?:of|for)\s",
    re.I,
)


def _without_topic(employer: str, title: str = "") -> str:
    """ "Modern Optics, GA Tech" after "Teaching Assistant -": the subject taught comes before the organisation;
    a first part with no organisation or role word goes when the last part names an organisation (after a
    teaching title, a course's "Lab" is no organisation: "Intro Astronomy w/ Lab, CU Boulder")."""
    first, *others = _outside_brackets(employer)  # "UNITY … (YANGON, SULE) Co. ltd" has no comma outside brackets
    if not others:
        return employer
    rest, last = ",".join(others), others[-1].strip()
    named = has_org_word(first, strong=_TEACHING_TITLE.search(title) is not None) or _UNIT_OF.match(first) is not None
    if (
        named
        or role_score(first) > 0
        or is_place(last)
        or US_STATE.fullmatch(last)
        or _LEGAL_FORM.fullmatch(last)
        or _KIND_OF_BODY.fullmatch(last)
    ):
        return employer  # "Green Tag, LLC" is one name
    if not (has_org_word(last) or _ACRONYM.search(last)):
        return employer
    return rest.strip()


def plain_place(text: str) -> bool:
    """ "New York City", "Lagos": a few capitalised words naming no organisation or role."""
    words = text.split()
    if is_place(text):
        return True
    plain = org_score(text) == 0 and role_score(text) == 0 and not any(c.isdigit() for c in text)
    return 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and plain


def _outside_brackets(text: str) -> list[str]:
    """The text's parts between commas that stand outside brackets: "Practice Lead (Collaboration, Usability, Portal),
    Southern California Edison" is a title and an employer, not four pieces."""
    parts, depth, start = [], 0, 0
    for k, c in enumerate(text):
        if c in "([":
            depth += 1
        elif c in ")]":
            depth = max(0, depth - 1)
        elif c == "," and depth == 0:
            parts.append(text[start:k])
            start = k + 1
    return [*parts, text[start:]]


def _comma_title(text: str, place: str) -> tuple[str, str, float, float, str]:
    """ "Analytical Lead, Medicines Analysis Team, NHSEI": the title, then everything else is the employer."""
    parts = [p.strip() for p in _outside_brackets(text) if p.strip()]
    # "Data Analyst, Globex Inc (Part-time)": how the post was held, after the last part, is no part of a name
    parts = _titles_listed([*parts[:-1], _without_arrangement(parts[-1])] if len(parts) >= 2 else parts)
    for p in [p for p in parts if p.startswith("(") and p.endswith(")")]:
        parts.remove(p)
        place = place or p.strip("()")
    scores = [role_score(p) for p in parts]
    if len(parts) >= 2 and max(scores) < 1 and all(has_org_word(p) for p in parts) and not _post_at_a_kind(*parts[:2]):
        # "Noble Network of Charter Schools, ITW David Speer Academy": an employer and its unit, no title.
        return "", ", ".join(parts), 0.3, 0.8, place
    if len(parts) == 3 and max(scores) < 1 and not place and _town_between(parts):
        # "PT JNE, Jakarta, Staf Gudang": a town after the first name trails the employer; the post comes last
        return parts[2], parts[0], 0.5, 0.6, parts[1]
    if len(parts) == 2 and max(scores) < 1 and has_org_word(parts[0]) and plain_place(parts[1]) and not place:
        # "National Museum of Mathematics, New York City": an organisation and where it is, no title.
        return "", parts[0], 0.3, 0.7, parts[1]
    # a part named by an organisation's word ("Graduate Student Writing Center") is the title only when no part is
    # a post without one ("Writing Tutor")
    t = (
        max(range(len(parts)), key=lambda k: (scores[k] >= 1 and not has_org_word(parts[k]), scores[k], -k))
        if parts
        else 0
    )
    if t == 0 and len(parts) >= 3 and _function_of_post(parts):
        # "Director, Information Technology, Unison Energy, LLC.": the function after the post is the title's
        parts = [f"{parts[0]}, {parts[1]}", *parts[2:]]
        scores = [role_score(p) for p in parts]
    title = parts[t] if parts else ""
    employer = ", ".join(_without_courses([p for k, p in enumerate(parts) if k != t], title) if t == 0 else [])
    employer = employer or ", ".join(p for k, p in enumerate(parts) if k != t)
    head, unit = _split_run_on(title)
    if unit and employer and (has_org_word(unit) or has_org_word(employer)):
        title, employer = head, f"{unit}, {employer}"  # "Research Intern Mathematical Institute, University of X"
    title_conf = 0.9 if parts and scores[t] >= 1 else 0.5
    employer_conf = 0.9 if employer and org_score(employer) > 0 else _bare_employer_conf(employer, title_conf)
    if not employer:
        title, employer, title_conf, employer_conf = _assign(parts, [True] * len(parts), [False] * len(parts))
    return title, employer, title_conf, employer_conf, place


def _town_between(parts: list[str]) -> bool:
    """Three names, the middle one a known town, the others no place."""
    return is_city(parts[1]) and not any(is_place(p) for p in (parts[0], parts[2]))


def _function_of_post(parts: list[str]) -> bool:
    """The part after the post names a company's function ("Information Technology", "Marketing") and a later part
    names the organisation."""
    return (
        names_a_field(parts[1])
        and role_score(parts[1]) < 1
        and len(parts[1].split()) <= 3
        and any(has_org_word(p) or has_legal_form(p) for p in parts[2:])
    )


_AND = re.compile(r"\s(?:and|y|e|et|und|en|och|og|i|ve|и|&)\s", re.I)


def _titles_listed(parts: list[str]) -> list[str]:
    """ "Traductor, Redactor y Diseñador, Universidad TECH": posts listed with commas and closed by "and" are one
    title; the parts before the closing one are short names of no organisation or place. Posts listed with commas,
    each a post's name, before the organisation are one title too."""
    for j in range(1, len(parts)):
        if not _AND.search(parts[j]) or role_score(parts[j]) < 1:
            continue
        heads = parts[:j]
        if all(0 < len(h.split()) <= 3 and h[:1].isupper() and _listed_post(h) for h in heads):
            return [", ".join(parts[: j + 1]), *parts[j + 1 :]]
        return parts
    # "Research Intern, Team Lead, National Institute of Informatics": two posts or more listed with commas, each a
    # post's name, before the organisation are one title
    j = 0
    while j < len(parts) and _post_piece(parts[j]):
        j += 1
    if 2 <= j < len(parts) and has_org_word(parts[j]):
        return [", ".join(parts[:j]), *parts[j:]]
    if j == len(parts) >= 2 and all(role_score(p) >= 1 for p in parts):
        return [", ".join(parts)]  # "Founder, Principal Consultant": posts only, the employer stands elsewhere
    return parts


def _post_piece(piece: str) -> bool:
    """ "Team Lead", "Principal Consultant": a few words ending in a post's noun (not "Medicines Analysis Team")."""
    return len(piece.split()) <= 4 and ends_in_a_post_noun(piece)


# Agent nouns in the languages CVs are written in ("Traductor", "Redactor", "Writer", "Consultant", "Analista"): a
# post's name though the vocabulary lacks it ("Google, Software Engineer and Team Lead" keeps Google apart).
_AGENT_END = re.compile(r"(?:or|eur|euse|er|ant|ent|ist|iste|ista|ier|ière|ero|era|ora|ente|ante|trice)$", re.I)


def _listed_post(piece: str) -> bool:
    if has_org_word(piece) or is_place(piece):
        return False
    return role_score(piece) >= 1 or bool(_AGENT_END.search(piece.split()[-1]))


# "Sagalassos Project (KU Leuven) on research project ...", "... (Koç University) with own research project ...": a
# lower-case "on" or "with" then a lower-case word (not "the", "a") after the employer's name starts a description.
_DESCRIPTION_AFTER = re.compile(r"\s+(?:on|with)\s+(?!(?:the|a|an)\b)[a-z]")


def _without_description(employer: str) -> str:
    m = _DESCRIPTION_AFTER.search(employer)
    return employer[: m.start()].rstrip(" ,;:") if m and m.start() > 0 else employer


def title_and_employer(got: _Pieces) -> tuple[str, str, float, float, str]:
    site = _name_and_its_site(got)
    if site is not None:
        return "", site, 0.8, 0.8, got.place  # sure (a template does not reread it): the site names the organisation
    title, employer, title_conf, employer_conf, place = _title_and_employer(got)
    title, employer = _unit_after_title(*_unit_before_title(title, employer, got))
    if len(got.kept) == 2 and len(set(got.rows)) == 2 and own_account(employer) and _business(title):
        # "MLTech" over "Self-employed", each on its line: the business is the employer, working for oneself
        # stands where the title would
        title, employer = employer, title
    return _undecorated(title), _undecorated(_without_description(employer)), title_conf, employer_conf, place


def _name_and_its_site(got: _Pieces) -> str | None:
    """ "Cosmic Cart" over "Cosmiccart.com" (a freelancer's client and its site): a name beside the web address that
    spells it is the organisation the work was for, and, when no other piece names a post, the lines name none."""
    for k in range(len(got.kept) - 1):
        pair = got.kept[k : k + 2]
        others = got.kept[:k] + got.kept[k + 2 :]
        if any(role_score(o) >= 1 for o in others):
            return None
        for m, (name, site) in enumerate((pair, pair[::-1])):
            spelt = web_name(site)
            letters = fold(re.sub(r"[\W_]+", "", name))
            if not spelt or web_name(name) or len(letters) < 4:
                continue
            if spelt == letters or (m == 0 and got.rows[k + 1] > got.rows[k] and _client_name(name)):
                return name
    return None


def _client_name(text: str) -> bool:
    """ "Patterson Air" on its line over "gopatterson.com" on the next: a client's site need not spell its name. Words
    written as a name (each capitalised, or a brand's digit), two to six, that name no post: the client all the same
    (on one line, "FultonFishMarket.com (PHP Development)", the site is the employer and the rest the work)."""
    words = text.split()
    shown = 2 <= len(words) <= 6 and all(
        w[:1].isupper() or w[:1].isdigit() or w in ("&", "+", "of", "and") for w in words
    )
    return shown and role_score(text) < 1 and not own_account(text)


# The first word of a part of an organisation ("Department of Sociology", "School of Medicine") or its last
# ("PRIOR Team", "Mishler Lab"): a unit, written after the title as the part of the employer the seeker worked in.
_UNIT_FIRST = frozenset(
    ["department", "departement", "dept", "dept.", "school", "faculty", "division", "office", "institute"]
) | frozenset(
    ["centre", "center", "laboratory", "lab", "unit", "section", "departamento", "faculdade", "facultad", "abteilung"]
)
_UNIT_LAST = frozenset(["team", "lab", "laboratory", "group", "department", "unit", "division", "office"])


def _names_a_unit(text: str) -> bool:
    """ "Department of Sociology", "PRIOR Team", "Mishler Lab": a part of an organisation, by its first or last word."""
    words = text.split()
    return bool(words) and words[0][:1].isupper() and (fold(words[0]) in _UNIT_FIRST or fold(words[-1]) in _UNIT_LAST)


_IN_A_UNIT = re.compile(r"^(.{2,60}?)\s+in\s+(?:the\s+)?([A-Z][^,()]*?)(?:\s*\([A-Z]{2,8}\))?$")


def _unit_after_title(title: str, employer: str) -> tuple[str, str]:
    """ "Research Collaborator, PRIOR Team" over "Allen Institute": the unit after the title's comma names where in
    the employer the seeker worked, not the post; the title is the post alone, the employer the organisation (as a
    reader names it: "Research Collaborator at the Allen Institute")."""
    if employer and (m := _IN_A_UNIT.match(title)) and _names_a_unit(m.group(2)):
        # "Associated Researcher in the Uppsala Architecture Research Team (UART)" over "Uppsala University": the
        # team the post was in, said with "in", is where in the employer, no part of the post
        post = m.group(1)
        if role_score(post) >= 1 or odds_lean(post) > 0:
            return post, employer
    if not employer or ", " not in title:
        return title, employer
    head, _, unit = title.partition(", ")
    post = role_score(head) >= 1 or odds_lean(head) > 0
    return (head, employer) if post and role_score(unit) < 1 and _names_a_unit(unit) else (title, employer)


def _unit_before_title(title: str, employer: str, got: _Pieces) -> tuple[str, str]:
    """ "Old Dominion University - NASA@MyLibrary, Educational Program Coordinator": after the employer's piece, a
    name with no post's word before the post's comma is the part of the employer the seeker worked in (the
    employer's own programme or unit), not part of the post."""
    if not employer or ", " not in title or title not in got.kept or employer not in got.kept:
        return title, employer
    if got.kept.index(employer) > got.kept.index(title):
        return title, employer
    unit, _, post = title.rpartition(", ")
    if role_score(post) < 1 or role_score(unit) >= 1 or odds_lean(unit) > 0 or not unit[:1].isupper():
        return title, employer
    if is_place(unit) or len(unit.split()) > 6 or is_arrangement(unit):
        return title, employer
    return post, f"{employer} - {unit}"


def _undecorated(text: str) -> str:
    """ "␣ Northwind Institute", "▪ Globex": a symbol set before a name as an icon or a bullet is no part of it."""
    k = 0
    while k < len(text) and (unicodedata.category(text[k])[0] == "S" or unicodedata.category(text[k]) == "Co"):
        k += 1
    return text[k:].lstrip() if k and text[k : k + 1].isspace() else text


def _title_and_employer(got: _Pieces) -> tuple[str, str, float, float, str]:
    place = got.place
    if len(got.kept) == 1 and "," in got.kept[0] and not any(got.ats):
        title, employer, title_conf, employer_conf, place = _comma_title(got.kept[0], place)
    else:
        kept, firsts, ats, trailing = got.kept, got.firsts, got.ats, ""
        on_dates = [r == got.dates_row for r in got.rows]
        if not place:  # with a place already found, the last piece is not one
            kept, firsts, ats, trailing = _split_titled_employer(kept, firsts, ats, on_dates)
            on_dates = on_dates if kept is got.kept else [False] * len(kept)
        placed = _placed(got) if kept is got.kept and got.place else None
        title, employer, title_conf, employer_conf = _assign(kept, firsts, ats, on_dates, placed)
        place = place or trailing or _town_after_employer(got, kept, title, employer)
        place = place or _leftover_town(kept, title, employer)
        if len(kept) == 1 and place and title and not employer and role_score(title) < 1 and not _kind_of_post(title):
            # "Feed My Starving Children, Naperville, IL": a lone name with its place and no post's noun is where
            # the seeker worked (a title is seldom written with a place and no employer)
            title, employer, title_conf, employer_conf = "", title, 0.2, 0.5
        if title_conf >= 0.9 and "," in employer and employer in kept:  # a piece of its own after the title
            employer = _without_topic(employer, title)
    if employer and "," in employer and not place and not _campus(employer):
        employer, place = split_place(employer, loose=title != "")
    if employer and (m := _IN_TOWN.match(f"{employer}, {place}" if place else employer)) and _town(m.group("town")):
        # "Chick-fil-A in Goose Creek, SC": the employer, then the town it is in
        employer, place = m.group("org"), m.group("town")
    if title and employer and fold(place) in COUNTRIES and is_city(employer) and _own_row(got, employer, title):
        # "GRAPHIC WEB DESIGNER since 01/2018" over "NAIROBI, KENYA": a city and its country on a line of their own
        # are where, not who ("Risk Analyst, Santander, Spain" and "Analyst | Santander | Spain" keep the bank)
        employer, place, employer_conf = "", f"{employer}, {place}", 0.3
    if not employer and place and title:
        employer, place = _employer_before_city(place)
        employer_conf = 0.6 if employer else employer_conf
    if not employer and title and is_city(place):
        # "Risk Analyst, Santander": a role names its employer far more often than only its city, so a lone city
        # name with no employer beside it is read as the employer, unsurely (the seeker confirms).
        employer, place, employer_conf = place, "", 0.5
    return title, employer, title_conf, employer_conf, place


def _placed(got: _Pieces) -> list[bool]:
    """Which pieces were on the place's line; of several, the one the place trailed after a comma ("Indomaret,
    Yogyakarta — Kasir": a post is seldom written with a town, the employer is)."""
    placed = [r == got.place_row for r in got.rows]
    return [k == got.place_kept for k in range(len(placed))] if got.place_kept >= 0 and sum(placed) > 1 else placed


def _town_after_employer(got: _Pieces, kept: list[str], title: str, employer: str) -> str:
    """ "Harbour Lights<TAB>Portree" over "Sous Chef<TAB>2019 – Present", "Fishmonger | Hendricks & Sons | Grimsby":
    three pieces set apart, two read as the title and the employer; the third, after the employer, a few capitalised
    words naming no post and no organisation, is where the role was (a town too small to be known by name)."""
    if kept is not got.kept or len(kept) != 3 or not title or not employer or title == employer:
        return ""
    if title not in kept or employer not in kept:
        return ""
    rest = [k for k, piece in enumerate(kept) if piece not in (title, employer)]
    if len(rest) != 1 or rest[0] < kept.index(employer) or got.ats[rest[0]]:
        return ""
    town = kept[rest[0]]
    return town if plain_place(town) and len(town.split()) <= 2 else ""


def _leftover_town(kept: list[str], title: str, employer: str) -> str:
    """ "Coop Lombardia — Commessa — Brescia": the one piece left beside the title and the employer, a town of
    15,000 people or more too small to be known as a place on its own, is where the role was."""
    left = [k for k in kept if k.strip() not in (title.strip(), employer.strip())]
    return left[0].strip() if title and employer and len(left) == 1 and is_city(left[0].strip(), floor=15_000) else ""


_IN_TOWN = re.compile(r"^(?P<org>\S.*?)\s+in\s+(?P<town>[A-Z][^,]*(?:,\s*[A-Z][^,]*)?)$")


def _town(text: str) -> bool:
    """ "Goose Creek, SC": up to three capitalised words and a US state's code (not a country: "Embassy of Canada in
    Peru" and "University of Alabama in Huntsville" are names)."""
    head, _, state = text.rpartition(",")
    return bool(US_STATE.fullmatch(state.strip())) and 0 < len(head.split()) <= 3


def _own_row(got: _Pieces, piece: str, other: str) -> bool:
    """The piece is one of its own, on another line than the other piece."""
    if piece not in got.kept or other not in got.kept or len(got.rows) != len(got.kept):
        return False
    return got.rows[got.kept.index(piece)] != got.rows[got.kept.index(other)]


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


def whole_bracketed_employer(
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


def own_bracketed_employer(
    rest: str, own: list[tuple[str, bool]], others: list[list[tuple[str, bool]]]
) -> list[tuple[str, bool]]:
    """ "Nov 2024 – Present<TAB>NatureHelm (Wildlife Drones)" over "Junior Data Scientist": as on a line of its own
    (`whole_bracketed_employer`), the brackets beside the dates name a unit of the employer, or its full name, when
    the one line under it holds the title."""
    rest = rest.strip(" \t.")
    # dates inside the line ("Blake Hennig, 2024 (former honors student at …)") part it: no name runs across them
    if "\t" in rest or own != _org_then_title(rest) or len(own) != 2 or role_score(own[0][0]) >= 1:
        return own
    long = [w for w in own[0][0].split() if len(w) >= 4]
    if 3 * sum(w[:1].islower() for w in long) > len(long):
        return own  # "(capstone senior project)": a note in words of the sentence, no name
    lines = [segs for segs in others if segs]
    return [(rest, True)] if len(lines) == 1 and any(role_score(t) >= 1 for t, _ in lines[0]) else own


_ONE_DASH = re.compile(r"^([^–—|\t]*\S)\s+[-–—]\s+(\S[^–—|\t]*)$")


def whole_dashed_names(texts: list[str], rows: list[list[tuple[str, bool]]], own: list[tuple[str, bool]]) -> None:
    """ "Plataforma Solar de Almería - CIEMAT", "TU Delft – Infini Data Lab (WIS)" on a line of their own under a
    clear title: a dash inside a name of no post and no place is part of how the organisation is written, not a
    field separator (the title is elsewhere, so nothing on the line is one)."""
    if not any(role_score(s) >= 1 for row in [*rows, own] for s, _ in row):
        return
    for k, (text, row) in enumerate(zip(texts, rows, strict=True)):
        if len(row) != 2 or _ONE_DASH.match(text.strip()) is None or any(at for _, at in row):
            continue
        if any(role_score(s) > 0 or is_place(_trim(s)) or _UNIT_START.match(s) or is_description(s) for s, _ in row):
            continue  # "Northwind Logistics — Third-party logistics for grocers": a name, then what it does
        rows[k] = [(text.strip(), False)]


def place_beside_dates(own: list[tuple[str, bool]], others: list[list[tuple[str, bool]]]) -> str:
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
        if len(texts) != 2 or len(titled) != 1:
            continue
        rest = next(t for t in texts if t not in titled)
        if not is_place(rest) and not _sentence_case_phrase(rest):
            return piece
    return ""


def _sentence_case_phrase(piece: str) -> bool:
    """ "Zorunlu yaz stajı", "Summer internship": a capital, then long words in lower case, and no organisation
    word, reads as a note on the title (what kind of post), not as an employer's name, which is written with
    capitals ("Detaysoft", "Zorlu Holding"); so the piece beside the dates stays the employer, not a place."""
    words = piece.split()
    if len(words) < 2 or org_score(piece) > 0 or has_legal_form(piece):
        return False
    return any(len(w) >= 4 and w.isalpha() and w.islower() for w in words[1:])


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


# the last words of a team's name (a lab may be the whole employer: "Mishler Lab"; an office is one only where no
# other name stands on the dates' line: "Front Office" under "Dehnert Dental / Tucson, AZ / 2017-2018")
_TEAM_LAST = (_UNIT_LAST - {"lab", "laboratory"}) | {"section"}


def _dated_name_over_a_team(segs: list[str], roles: list[float], dated: list[bool], t: int, e: int) -> int:
    """ "Medpace, Cincinnati OH<TAB>May 2024 – Present" over "Data Science Intern, Commercial Operations – Analytics
    Team": the team after the post names where in the employer the seeker worked; the name on the dates' line, no
    post and no place, is the employer."""
    words = segs[e].split()
    if dated[e] or dated[t] or not words or fold(words[-1]) not in _TEAM_LAST:
        return e
    named = [
        k
        for k in range(len(segs))
        if dated[k] and k not in (t, e) and roles[k] <= 0 and segs[k][:1].isupper() and not is_place(segs[k])
    ]
    return named[0] if len(named) == 1 else e


def _bare_employer_conf(employer: str, title_conf: float) -> float:
    """ "Allegro" beside a sure title: a name that is no known place is the employer ("London" could be either)."""
    sure = title_conf >= 0.9 and employer[:1].isupper() and not is_place(employer) and role_score(employer) == 0
    return 0.8 if sure else 0.6


def _named_org(text: str) -> bool:
    return has_legal_form(text) or has_org_word(text) or org_score(text) > 0


def _split_titled_employer(
    kept: list[str], firsts: list[bool], ats: list[bool], on_dates: list[bool]
) -> tuple[list[str], list[bool], list[bool], str]:
    """ "Senior Programme Manager, Northbridge Bank — London": the title's piece holds the employer after a comma,
    and the short piece after it is the place."""
    if len(kept) != 2 or any(ats):
        return kept, firsts, ats, ""
    first, second = kept
    head, *others = _outside_brackets(first)  # a comma inside the title's brackets parts nothing
    rest = ",".join(others)
    if (
        rest.strip()
        and role_score(head) >= 1
        and role_score(rest) == 0
        and role_score(second) == 0
        and org_score(second) == 0
        and len(second.split()) <= 3
        and second[:1].isupper()
        and (_named_org(rest) or is_place(second) or is_city(second, floor=15_000))
    ):
        # (a function after the comma over a name that is no known place keeps the name as the employer:
        # "Software Engineer, Payments Infrastructure," over "Halvorsen Data")
        return [head.strip(), rest.strip()], [True, False], [False, False], second
    # "Software Engineering Intern, Qualcomm Technologies Inc." over "Extended Reality (XR) Systems<TAB>dates":
    # the title's piece holds a named organisation after its comma; the other piece, a unit of it, goes with it
    # (not a line under the dates line: "Program Manager, Yale University<TAB>2018 – 2021" over a programme's name
    # says where in it the post was, `_employer_after_comma`)
    if on_dates[:2] == [True, False]:
        return kept, firsts, ats, ""
    named = has_legal_form(rest) or has_org_word(rest, strong=True)
    unit = has_org_word(second) and not _COURSE.search(second)  # "CS 106A: Programming Methodology" is a course
    if rest.strip() and role_score(head) >= 1 and role_score(rest) == 0 and role_score(second) == 0 and named and unit:
        return [head.strip(), f"{rest.strip()}, {second}"], [True, False], [False, False], ""
    return kept, firsts, ats, ""


def split_place(employer: str, strict: bool = False, loose: bool = False) -> tuple[str, str]:
    """ "Lincoln High School, Portland, OR" -> the school and the place; "Hutt Valley DHB, Lower Hutt" too
    (strict: only a known place such as "Coon Rapids, MN" or "Finland" is split off; loose, when the title
    is known: a last part of one or two capitalised words without an organisation word is a place too)."""
    if _campus(employer):
        return employer, ""
    # "UNITY IT SOLUTION PROVIDER (YANGON, SULE) Co. ltd": a comma inside brackets parts nothing
    parts = [p.strip() for p in _outside_brackets(employer)]
    for k in range(1, len(parts)):
        head, tail = ", ".join(parts[:k]), ", ".join(parts[k:])
        if _campus(f"{parts[k - 1]}, {parts[k]}"):
            continue  # "..., University of California, San Francisco": the campus is part of the name
        if is_place(tail):
            return head, tail
        plain_tail = org_score(tail) == 0 and role_score(tail) == 0 and not any(c.isdigit() for c in tail)
        # "Zred Automatización, S.L.": the tail is the legal form; not when the head ends in one ("Doyle Brennan LLP,
        # Limerick": the firm, then its town)
        plain_tail = plain_tail and not (has_legal_form(f"{head}, {tail}") and not has_legal_form(head))
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


_GRADE = re.compile(r"(?:I{1,3}|IV|V|VI{1,3}|[1-5]|Jr\.?|Sr\.?)")


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
    if _GRADE.fullmatch(words[k + 1].rstrip(",")):
        k += 1  # "Research Scientist II, Department of …": the grade ends the title
        if k >= len(words) - 1:
            return "", ""
    if words[k].endswith(","):
        return "", ""  # "Associate Director, Psychiatric Studies": the words after the comma qualify the title
    k = _past_aside(words, k)
    if k >= len(words) - 1:
        return "", ""
    rest = " ".join(words[k + 1 :])
    first = words[k + 1]
    # "Arup Engineers Pty Ltd": a legal form alone after a post's plural closes a firm's name, no post runs on into it
    if not first[:1].isupper() or fold(first) in _NOT_ORG_START or is_legal_form(rest):
        return "", ""
    if not (org_score(rest) > 0 or len(words) - k - 1 >= 2):
        return "", ""
    if len(words) - k - 1 == 1 and fold(first.strip(".,")).casefold() in ORG_WORDS:
        return "", ""  # "DESENVOLVEDOR SOFTWARE": a bare word of organisations' names qualifies the post, names no one
    if _practice_only(rest):
        return "", ""  # "Desarrollador Web Front End", "Developer Full Stack": the practice after the post qualifies it
    return " ".join(words[: k + 1]), rest


def _past_aside(words: list[str], k: int) -> int:
    """ "Security Researcher (Bug Bounty) HackerOne": an aside in brackets after the post's last word is the
    title's; the index of the aside's last word (of the post's when there is none, past the end when it never
    closes)."""
    if not words[k + 1].startswith("(") or words[k].endswith(")"):
        return k
    return next((m for m in range(k + 1, len(words)) if words[m].endswith(")")), len(words))


# Words of a technical practice, written after a post as Romance languages write it ("Desarrollador Web Front End")
_PRACTICE_WORDS = (
    "web front end frontend back backend full stack fullstack mobile cloud software hardware embedded game games"
    " ui ux qa it ios android net"
)
_PRACTICE = frozenset(_PRACTICE_WORDS.split()) | FIELDS | ROMANCE_FIELDS | SKILL_TERMS


def _practice_only(text: str) -> bool:
    words = [fold(w) for w in re.split(r"[\s/-]+", text.strip(" .,")) if w]
    return bool(words) and all(w in _PRACTICE for w in words) and not has_org_word(text)


_KIND_OF_PLACE = frozenset(
    [
        "high",
        "primary",
        "secondary",
        "middle",
        "elementary",
        "junior",
        "senior",
        "public",
        "private",
        "local",
        "state",
        "national",
        "community",
        "city",
        "summer",
        "night",
        "day",
        "sunday",
        "nursery",
        "grammar",
        "boarding",
        "medical",
        "dental",
        "veterinary",
    ]
)


# Seniority words that open a post's name in English and other languages ("Kıdemli", Turkish senior; "Starszy",
# Polish; "Старший", Russian; "Leitender", German)
_SENIOR_WORDS = frozenset(
    fold(w)
    for w in (
        *("junior", "senior", "lead", "principal", "chief", "deputy", "assistant", "associate", "kıdemli", "kidemli"),
        *("starszy", "młodszy", "старший", "младший", "leitender", "leitende", "stellvertretender", "sénior", "júnior"),
    )
)


def _org_then_post(text: str) -> tuple[str, str]:
    """ "Ampersand Café Barista", "Marriott Hotel Night Receptionist": a name ending in an organisation's word, then
    a post of capitalised words with no separator between; ("", "") when the line does not read so."""
    words = text.split()
    orgs = [k for k, w in enumerate(words[:-1]) if k >= 1 and has_org_word(w, strong=True)]
    if not orgs or not words[0][:1].isupper():
        return "", ""
    k = orgs[-1]
    if all(fold(w) in _KIND_OF_PLACE for w in words[:k]):
        return "", ""  # "High School Teacher", "Primary School Teacher": a kind of school names the post
    if fold(words[0]) in _SENIOR_WORDS:
        return "", ""  # "Kıdemli Yazılım Mühendisi" (senior software engineer): a name starts with no seniority
    if "/" in text or role_score(" ".join(words[: k + 1])) > 0:
        return "", ""  # "Mobile Developer / Project Manager": two posts, not a name and a post
    post = words[k + 1 :]
    if len(post) > 4 or not all(w[:1].isupper() for w in post):
        return "", ""
    rest = " ".join(post)
    if role_score(rest) < 1 or has_org_word(rest) or fold(post[0]) in _NOT_ORG_START:
        return "", ""
    return rest, " ".join(words[: k + 1])


# "Society of Women Engineers (SWE) Vice President": an organisation, its initials in brackets, then the post
_INITIALS_THEN_TITLE = re.compile(r"^(?P<org>[^()]+?\s*\((?P<initials>[A-Z][A-Za-z&]{1,9})\))\s+(?P<title>[^()]+)$")


def _initials_then_title(s: str) -> tuple[str, str]:
    """The organisation and the title when the brackets hold the initials of the words before them; ("", "")
    otherwise."""
    m = _INITIALS_THEN_TITLE.match(s.strip())
    if m is None or len(m.group("title").split()) > 5:
        return "", ""
    if role_score(m.group("title")) < 1 and odds_lean(m.group("title")) <= 0:  # "Peer Facilitator" reads as a post
        return "", ""
    capitals = "".join(w[0] for w in m.group("org").split("(")[0].split() if w[:1].isupper())
    initials = [c for c in m.group("initials") if c.isupper()]
    it = iter(capitals)
    if len(initials) < 2 or not all(c in it for c in initials):  # the initials in order among the name's capitals
        return "", ""
    return m.group("title").strip(), m.group("org").strip()


def _kind_of_post(s: str) -> bool:
    """ "Internship", "Summer Apprenticeship": a kind of post, named with no organisation's word."""
    words = s.split()
    return bool(words) and fold(words[-1].strip(".,")) in _KINDS_OF_POST and not has_org_word(s)


_LATIN_THEN_CJK = re.compile(
    r"^([A-Za-z][\w&.'’-]*(?: [A-Za-z0-9][\w&.'’-]*){0,4})\s+([\u3400-\u9fff][\u3400-\u9fff\w]*)$"
)


def _one_piece(s: str, at: bool = False) -> tuple[str, str, float, float]:
    """Title or employer, when a role line holds one piece besides its dates; `at`: the line's reading named the piece
    the employer ("Esperienza Sistemas de Informação (ASP 3 e .NET)"), which stands unless it names a post."""
    if at and role_score(s) < 1:
        return "", s, 0.2, 0.7
    title, employer = _initials_then_title(s)
    if employer:
        return title, employer, 0.7, 0.7
    title, employer = _split_run_on(s)
    if employer:
        return title, employer, 0.7, 0.7
    m = _LATIN_THEN_CJK.match(s)
    if m:  # "Ericsson 暑期实习": the employer's name in Latin letters, then the post in characters
        return m.group(2), m.group(1), 0.6, 0.7
    title, employer = _org_then_post(s)
    if employer:
        return title, employer, 0.7, 0.7
    if _kind_of_post(s):  # "Internship", "Summer Apprenticeship"
        return s, "", 0.7, 0.2
    # "Project Associate": a post's noun closing the piece makes it a title, whatever organisation word comes first
    ends_with_role = fold(s.split()[-1].strip(".,")) in ROLE_NOUNS if s.split() else False
    if role_score(s) >= 1 and (org_score(s) < 1 or ends_with_role):  # "Team Lead": a title, "Team" or not
        return s, "", 0.8, 0.2
    if org_score(s) == 0 and odds_lean(s) > 0:  # "Public Speaker": no listed role noun, but real titles read so
        return s, "", 0.6, 0.2
    words = s.split()
    if len(words) >= 3 and words[0][:1].isupper() and all(w.islower() for w in words[1:]) and org_score(s) == 0:
        # "Private tutoring in mathematics": a phrase in sentence case; a name capitalises its words
        return s, "", 0.5, 0.2
    return "", s, 0.2, 0.5


def _assign_without_title_word(
    segs: list[str], orgs: list[float], placed: list[bool] | None = None, dated: list[bool] | None = None
) -> tuple[str, str, float, float]:
    """Nothing says which is the title: the one without an organisation word, the one on another line than the
    place (a place trails its employer: "Sea Star Charters, Key West, FL" over "Deckhand, June 2015 – May 2017"),
    the one naming a line of work ("Spotify | Growth Marketing"), else the first. A town among three pieces or more
    is neither."""
    towns = [is_city(s, floor=15_000) for s in segs]
    if len(segs) - sum(towns) >= 2 and any(towns):
        kept = [k for k in range(len(segs)) if not towns[k]]
        return _assign_without_title_word([segs[k] for k in kept], [orgs[k] for k in kept])
    # "Farm Hand | Greenacres Farm": of two pieces as much an organisation's, the one ending in its word is the name
    # (English puts a name's kind last); the other holds it as what the post works at
    headed = [_headed_by_org_word(s) for s in segs]
    o = max(range(len(segs)), key=lambda k: (orgs[k], headed[k], -k))
    if orgs[o] > 0:
        # "Hendricks & Sons<TAB>Portree" over "Farrier<TAB>2015 – 2019": with the organisation on a line of its own,
        # the piece beside the dates is likelier the title than one trailing the organisation on its line (its place)
        others = [k for k in range(len(segs)) if k != o]
        beside = [k for k in others if dated and dated[k] and not dated[o]]
        t = (beside or others or [0])[0]
        return segs[t], segs[o], 0.6, 0.8
    written = [_capitalised(s) for s in segs]
    if len(segs) == 2 and sum(written) == 1 and segs[written.index(False)][:1].isalpha():
        # "Poczta Polska — asystent", "Mairie de Lyon | chargé de mission": a name is capitalised, a post in some
        # languages is not
        t = written.index(False)
        return segs[t], segs[1 - t], 0.5, 0.6
    if len(segs) == 2 and placed is not None and sum(placed) == 1:
        e = placed.index(True)
        return segs[1 - e], segs[e], 0.5, 0.6
    towned = [_name_then_town(s) for s in segs]
    if len(segs) == 2 and sum(towned) == 1:
        # "Sea Star Kayak, Kaikoura — Deckhand": a place trails its employer; a post is seldom written with a town
        e = towned.index(True)
        return segs[1 - e], segs[e], 0.5, 0.6
    plural = [_ends_in_a_plural(s) for s in segs]
    if len(segs) == 2 and sum(plural) == 1:
        # "Sea Star Charters | Deckhand", "Blue Water Tours — Mate": a post is one person's, a name that ends in a
        # noun in the plural ("Charters", "Tours", "Partners") is a firm's
        e = plural.index(True)
        return segs[1 - e], segs[e], 0.5, 0.6
    owned = [_possessive_name(s) for s in segs]
    if len(segs) == 2 and sum(owned) == 1:
        # "Henderson's | Groom", "St Giles' Cathedral — Verger": a name in the possessive is a shop's, a church's, a
        # firm's; a post is never written so
        e = owned.index(True)
        return segs[1 - e], segs[e], 0.5, 0.6
    fields = [k for k in range(len(segs)) if names_a_field(segs[k])]
    if len(fields) == 1:
        t = fields[0]
        return segs[t], segs[next(k for k in range(len(segs)) if k != t)], 0.5, 0.5
    # "Northwind | Radiographer": real titles read like the one; "Invercauld Estate | Ghillie", "Holy Trinity |
    # Churchwarden": a piece the learnt odds call an organisation is not the title beside one they do not
    leans = [odds_lean(s) for s in segs]
    t = max(range(len(segs)), key=lambda k: (leans[k], -k))
    return segs[t], segs[next(k for k in range(len(segs)) if k != t)], 0.5, 0.5


_POSSESSIVE = re.compile(r"^[A-Z][\w.-]*(?:['’]s|s['’])$")


def _possessive_name(text: str) -> bool:
    """ "Henderson's", "Barnardo's", "St Giles' Cathedral": a capitalised word in the possessive names an owner."""
    return any(_POSSESSIVE.match(w) for w in text.split())


def _name_then_town(text: str) -> bool:
    """ "Sea Star Kayak, Kaikoura", "Riverside, Dubbo": a name, then after its last comma one or two capitalised words
    naming no post and no organisation (a town, however small)."""
    head, comma, tail = text.rpartition(",")
    return bool(comma and head.strip()) and plain_place(tail.strip()) and len(tail.split()) <= 2


def _ends_in_a_plural(text: str) -> bool:
    """A name of two words or more whose last is a capitalised noun in the plural, not a field ("Logistics") nor a
    company's function ("Human Resources")."""
    words = text.split()
    last = words[-1].strip(".,()") if words else ""
    low = fold(last)
    plural = len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is", "ics", "ous"))
    return len(words) >= 2 and last[:1].isupper() and plural and not names_a_field(text)


def _employer_after_comma(segs: list[str], orgs: list[float], dated: list[bool], t: int, e: int) -> bool:
    """Whether the organisation after the title's comma is the employer, rather than the piece `e`:
    "Teaching Assistant, McGill University" over "2025  Econ 313 Economic Development" (a piece with no organisation
    word, or a course); "Program Manager, Yale University<TAB>2018 – 2021" over "Evaluation Initiative in
    Prevention (EIPP)" (the organisation beside the post on the line of the dates employs it, the line below names
    where in it)."""
    head, _, after = segs[t].partition(",")
    if not after.strip() or role_score(head) < 1 or role_score(after):
        return False
    below = dated[t] and not dated[e] and e > t
    if below and has_org_word(after, strong=True) and not _UNIT_START.match(after.strip()):
        return True
    # "Econ 313", "CS 106A: ..." are courses; "IBTCI" names an organisation
    return (orgs[e] == 0 or COURSE_START.match(segs[e]) is not None) and has_org_word(after)


def _organisation_after_a_post(piece: str) -> str:
    """ "Co-Founder, Tech Horizons Club" beside the dates over "Co-Founder & Web Developer": a piece that names a
    post and then, after a comma, an organisation is no employer as a whole; when another piece is the title, the
    organisation after the comma is the employer. "" when the piece is not written so."""
    head, _, after = piece.partition(",")
    after = after.strip()
    if not after or "," in after or role_score(after) or is_place(after):
        return ""
    if not (_post_piece(head.strip()) or _kind_of_post(head.strip())):  # "Internship, Zillionite" too
        return ""
    return after if after[:1].isupper() else ""


def _capitalised(text: str) -> bool:
    """Written as a name: a capital first, or a brand's small letters before an inner capital ("goPuff", "eBay")."""
    return text[:1].isupper() or re.match(r"[a-z]{1,3}[A-Z]", text) is not None


def _assign_at(segs: list[str], ats: list[bool]) -> tuple[str, str, float, float]:
    e = ats.index(True)
    t = e - 1 if e > 0 else next(k for k in range(len(segs)) if k != e)
    head, _, program = segs[t].partition(",")
    if program.strip() and role_score(head) >= 1 and role_score(program) == 0:
        return head.strip(), segs[e], 0.9, 0.9  # "Undergraduate Researcher, Heliophysics REU at University X"
    return segs[t], segs[e], 0.9, 0.9


def _assign(
    segs: list[str],
    firsts: list[bool],
    ats: list[bool],
    on_dates: list[bool] | None = None,
    placed: list[bool] | None = None,
) -> tuple[str, str, float, float]:
    """Title and employer among a role's segments, with their confidences. Where words do not tell, a piece on the
    line of the dates is the employer before the first piece of another line ("Team Lead<TAB>Finastra<TAB>dates"
    over "New Lending Platform<TAB><TAB>Milwaukee, WI"; "Temmuz 2012 - Ağustos 2012 - Detaysoft" over "Android
    Developer / Zorunlu yaz stajı")."""
    if not segs:
        return "", "", 0.2, 0.2
    if any(ats) and len(segs) >= 2:  # "Working Student at Siemens"
        return _assign_at(segs, ats)
    if len(segs) == 1:
        return _one_piece(segs[0], ats[0])
    # "Independent Consultant" beside a post says how it was held, where the employer stands: no title
    roles = [0 if own_account(s) else role_score(s) for s in segs]
    orgs = [org_score(s) for s in segs]
    # Where the word lists tie, a piece the odds learnt from real titles call a title is the title (title_odds);
    # an organisation lean alone decides nothing: the title lists cover fewer languages than the organisation lists.
    t = max(range(len(segs)), key=lambda k: (roles[k] - 0.5 * orgs[k], odds_lean(segs[k]) > 0, -k))
    rest = [k for k in range(len(segs)) if k != t]
    if roles[t] <= 0:
        return _assign_without_title_word(segs, orgs, placed, on_dates)
    rest = [k for k in rest if fold(segs[k]) != fold(segs[t])] or rest
    # "Associate Professor - Emory University" over "Department of Economics": the organisation, not its unit
    units = [_UNIT_START.match(s) is not None for s in segs]
    dated = on_dates or [False] * len(segs)
    # a town too small to be known as a place on its own is still likelier where the role was than its employer
    towns = [is_city(s, floor=15_000) for s in segs]
    e = max(
        rest,
        key=lambda k: (
            orgs[k] - roles[k],
            # "University of North Texas" over "Research Lab Manager – Health Psychology": a word only organisations
            # have outranks one that also names a field ("Health", "Technology")
            has_org_word(segs[k], strong=True),
            not units[k],
            _capitalised(segs[k]),
            not towns[k],
            dated[k],
            firsts[k],
            -abs(k - t),
        ),
    )
    e = _organisation_before_unit(segs, firsts, roles, t, e)
    e = _dated_name_over_a_team(segs, roles, dated, t, e)
    if (org := _organisation_after_a_post(segs[e])) and segs[t] != segs[e]:
        return segs[t], org, 0.8, 0.8
    if _employer_after_comma(segs, orgs, dated, t, e):
        head, _, after = segs[t].partition(",")
        return head.strip(), after.strip(), 0.8, 0.8
    title, unit = _split_run_on(segs[t])
    if unit and e == t + 1 and has_org_word(unit):
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


_FIELD_DASH = re.compile(r"\s[—–|-]\s")
_FIELD_BAR = re.compile(r"\s*[|｜\t]+\s*")


def is_description(text: str) -> bool:
    """ "Customer support for retail systems", "Leads the service desk team": a short line written as a phrase in
    sentence case (most words after the first in lower case), with no post's noun and no place, describes a role; a
    name of an organisation or a post is written in capitals ("Northwind Traders") or names a post ("Data analyst")."""
    text = text.strip()
    fields = [f for f in _FIELD_BAR.split(text) if f.strip(" |")]
    if len(fields) > 1:
        # "Rev design | Patterson, NY | on-site": fields set apart by bars or tabs are no sentence; the first says
        # whether the line is a name or a phrase
        return is_description(fields[0])
    head = _FIELD_DASH.split(re.sub(r"\s*\([^()]*\)\s*$", "", text), maxsplit=1)[0].strip()
    if head != text and head and all(w[:1].isupper() for w in head.split() if len(w) > 3):
        # "Contoso Retail — Grocery chain with 40 stores", "Northwind (third-party logistics)": a name, then what
        # it does
        return False
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text)[1:] if len(w) > 3]
    phrase = len(text.split()) >= 2 and len(words) >= 1 and sum(w.islower() for w in words) >= 0.6 * len(words)
    # an English phrase's small words: a title in sentence case in other languages ("Intégrateur poste de
    # travail", "Analista de sistemas") is written so too, and the reader knows fewer of their post nouns
    small = set(re.findall(r"\b[a-z]+\b", text))
    english = bool(small & _PHRASE_WORDS) and not small & _OTHER_PARTICLES
    if not ((phrase and english) or _german_phrase(text) or (phrase and _romance_phrase(text))):
        return False
    return not _names_a_post(text) and not is_place(text) and not has_legal_form(text)


# "Elaboração de relatórios gerenciais", "Planificación de turnos", "Traitement des commandes": a phrase in sentence
# case opening with a noun of doing (its ending says so) joined by a small word; a post has a post's noun
_DOING_NOUN = re.compile(r"^[A-ZÀ-Ý]\w+(?:ção|ções|ción|ciones|mento|mentos|miento|mientos|ment|ments|zione|zioni)$")
_ROMANCE_SMALL = frozenset(["de", "da", "do", "dos", "das", "del", "des", "du", "ao", "al", "aux", "di", "della", "e"])


def _romance_phrase(text: str) -> bool:
    words = text.split()
    return len(words) >= 3 and _DOING_NOUN.match(words[0]) is not None and bool(set(words[1:]) & _ROMANCE_SMALL)


# "Planung und Koordination der Abläufe", "Betreuung von Kunden": German nouns of what was done (each capitalised,
# as German writes nouns) joined by its small words; a title names a post ("Referent für Presse") and a firm has a
# word of its own ("Stadtwerke Wien GmbH")
_GERMAN_SMALL = frozenset(["und", "der", "die", "das", "des", "von", "mit", "zur", "zum", "sowie", "neuer", "im"])


def _german_phrase(text: str) -> bool:
    words = text.split()
    small = [w for w in words if w in _GERMAN_SMALL]
    nouns = [w for w in words if w not in _GERMAN_SMALL]
    return (
        len(words) >= 3
        and bool(small)
        and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in nouns)
        and any(len(w) >= 8 and w.lower().endswith(("ung", "ion", "tät", "heit", "keit", "schaft")) for w in nouns)
        and not has_org_word(text)
    )


def _names_a_post(text: str) -> bool:
    """A post's noun in the line, not counting a verb that opens it ("Leads the service desk team")."""
    first, _, rest = text.partition(" ")
    if re.fullmatch(r"[A-Z][a-z]+(?:s|ed|ing)", first) and role_score(rest) < 1:
        return False
    return role_score(text) >= 1


_PHRASE_WORDS = frozenset(["for", "the", "to", "with", "and", "from", "by", "on", "of", "in"])
_OTHER_PARTICLES = frozenset(
    ["de", "da", "do", "del", "la", "le", "des", "du", "em", "en", "und", "di", "van", "y", "e"]
)
