"""Claims the fact gate reads by their structure: qualifications, numbers bound to their nouns, skill lists,
and statements about the posting.

Pure functions over text. Each returns the problems it finds as short reasons ("degree not in the CV:
master's"), which the gate records with the removed sentence.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from app.documents.facts import quantities
from app.documents.text import fold

# Function words: they end a noun phrase and never count as the content of a claim.
_STOP_WORDS = """
a an the i me my mine we our ours you your yours he she it its they them their this that these those
and or but nor so yet as at by for from in into of on onto to with within without over under about
across after before during since until through via per than then also too very just both each every
all any some no not only own same such is am are was were be been being do does did have has had having
will would shall should can could may might must i'm i've i'd i'll it's which who whom whose what when
where while why how there here more most much many few less least other others one ones well
"""
_STOP = frozenset(_STOP_WORDS.split())
# Words that qualify a claim without being its content ("a current Blue Card", "strong Excel").
_FILLER_WORDS = """
current currently active valid full fully strong solid proven good excellent great deep broad hands-on
experience experienced knowledge skill skills ability background understanding familiarity record track
work working someone candidate person people plus similar related relevant including like such
"""
_FILLERS = frozenset(_FILLER_WORDS.split())
_WORD = re.compile(r"[a-z0-9][a-z0-9+#'’./&-]*[a-z0-9+#]|[a-z0-9]")


def stem(word: str) -> str:
    """A light stem: possessive and plural endings off, credential families joined ("registered" ~ "registration")."""
    w = fold(word).strip(".'’-")
    w = re.sub(r"['’]s$", "", w)
    for family in ("certif", "licen", "regist", "accredit", "qualif", "charter"):
        if w.startswith(family):
            return family
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and re.search(r"(ss|x|ch|sh)es$", w):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def tokens(text: str) -> list[str]:
    return _WORD.findall(fold(text))


@functools.lru_cache(maxsize=8192)
def stems(text: str) -> frozenset[str]:
    """Every word of text, stemmed; hyphenated words also as their parts ("chilled-water": chilled, water)."""
    out = set()
    for t in tokens(text):
        out.add(stem(t))
        if "-" in t or "/" in t:
            out |= {stem(p) for p in re.split(r"[-/]", t) if p}
    return frozenset(out)


def content_stems(text: str) -> list[str]:
    return [stem(t) for t in tokens(text) if t not in _STOP and t not in _FILLERS and not t[0].isdigit()]


# --- qualifications --------------------------------------------------------------------------------------

_DEGREE_WORD = re.compile(
    r"\b(?P<level>bachelor|master|doctor(?:ate)?|associate)(?:['’]?s)?\b(?P<tail>(?:\s+degree)?\s+(?:of|in)\s+"
    r"[^,.;:()]+)?|\b(?P<phd>ph\.?\s?d|doctorate)\b",
    re.IGNORECASE,
)
# Written as abbreviations these are names, so they are matched as written ("MA", not "ma").
_DEGREE_ABBR = {
    "BSc": "bachelor",
    "BA": "bachelor",
    "BEng": "bachelor",
    "BASc": "bachelor",
    "BEd": "bachelor",
    "BCom": "bachelor",
    "BBA": "bachelor",
    "LLB": "bachelor",
    "BFA": "bachelor",
    "BN": "bachelor",
    "MSc": "master",
    "MA": "master",
    "MEng": "master",
    "MASc": "master",
    "MEd": "master",
    "MPhil": "master",
    "LLM": "master",
    "MFA": "master",
    "MPH": "master",
    "MBA": "mba",
    "DPhil": "doctor",
    "EdD": "doctor",
    "DBA": "doctor",
    "JD": "doctor",
}
_ABBR = re.compile(r"(?<![\w.])(" + "|".join(sorted(_DEGREE_ABBR, key=len, reverse=True)) + r")(?![\w])")
_FIELD_END = re.compile(r"\s+(?:from|at|with|and|in\s+\d|where|which|who|,)\b.*$", re.IGNORECASE)


@dataclass(frozen=True)
class Degree:
    level: str
    field: tuple[str, ...]


def degrees_in(text: str) -> list[Degree]:
    """Degrees a text claims: level (bachelor, master, mba, doctor, associate) and field words."""
    out = []
    for m in _DEGREE_WORD.finditer(text):
        if m.group("phd"):
            out.append(Degree("doctor", ()))
            continue
        word = m.group("level").lower()
        level = "doctor" if word.startswith("doctor") else word
        tail = m.group("tail") or ""
        # "a doctor in the emergency department", "an associate in corporate finance": jobs, not degrees.
        if (
            word in ("doctor", "associate")
            and not re.match(r"(?:\s+degree)?\s+of\s", tail)
            and not re.match(r"['’]?s?\s+degree", text[m.end("level") :], re.IGNORECASE)
        ):
            continue
        if (
            level in ("master", "doctor", "associate")
            and not tail
            and not re.search(rf"{m.group('level')}['’]?s?\s+degree|{m.group('level')}['’]s\b", text, re.IGNORECASE)
        ):
            continue  # "Scrum Master", "doctor" as a job: not a degree without "of", "in" or "degree"
        field = re.sub(r"^(?:\s+degree)?\s+(?:of|in)\s+", "", tail)
        field = _FIELD_END.sub("", field)
        if "business administration" in fold(field) and level == "master":
            level = "mba"
        out.append(Degree(level, tuple(content_stems(field))))
    for m in _ABBR.finditer(text):
        if m.group(1) in ("MA", "MD") and text[: m.start()].endswith(", "):
            continue  # "Boston, MA": a state, not a degree
        after = text[m.end() :]
        field = _FIELD_END.sub("", re.split(r"[,.;:()]", re.sub(r"^\s*(?:in|of)\s+", " ", after), maxsplit=1)[0])
        words = [w for w in field.split()[:4] if w[:1].isupper()]  # "MSc Computer Science", not "MSc graduate"
        out.append(Degree(_DEGREE_ABBR[m.group(1)], tuple(content_stems(" ".join(words)))))
    return out


def degree_problems(sentence: str, sources: Iterable[str]) -> list[str]:
    """Each degree the sentence claims must be one the documents show: same level, and its field's words."""
    held = [(d, stems(s)) for s in sources for d in degrees_in(s)]
    out = []
    for claim in degrees_in(sentence):
        same = [
            (d, words) for d, words in held if d.level == claim.level or (claim.level == "master" and d.level == "mba")
        ]
        if not same:
            out.append(f"degree not in the CV: {claim.level}")
        elif claim.field and not any(set(claim.field) <= words for _, words in same):
            out.append(f"degree not in the CV: {claim.level} in {' '.join(claim.field)}")
    return out


# Credentials: "a licensed Professional Engineer", "an active Secret clearance", "ACCA qualified".
_CREDENTIAL_ADJ = r"(?:certified|licen[cs]ed|registered|chartered|accredited|qualified|board-certified)"
_CREDENTIAL_NOUN = (
    r"(?:certificates?|certifications?|licen[cs]es?|registration|clearances?|practitioners?|"
    r"accreditations?|diplomas?|credentials?|charterholder|charter)"
)
_CREDENTIAL = re.compile(rf"\b(?:{_CREDENTIAL_ADJ}|{_CREDENTIAL_NOUN})\b", re.IGNORECASE)
_ADJ_ONLY = re.compile(rf"^{_CREDENTIAL_ADJ}$", re.IGNORECASE)
_PHRASE_WORD = re.compile(r"[A-Za-z0-9][\w+#'’./&-]*|[(),;:]")


def credential_phrases(text: str) -> list[list[str]]:
    """Each credential keyword with the words that modify it (before it, and after an adjective keyword)."""
    words = _PHRASE_WORD.findall(text)
    out = []
    for i, w in enumerate(words):
        if not _CREDENTIAL.fullmatch(w.rstrip(".")):
            continue
        phrase = [w]
        j = i - 1
        adjective = bool(_ADJ_ONLY.match(w))
        # Before an adjective only names modify it ("AWS Certified", "ACCA qualified"); before a noun any
        # modifier does ("active Secret clearance", "nurse practitioner"), but not a verb ("include").
        while (
            j >= 0
            and len(phrase) < 4
            and _is_content(words[j])
            and fold(words[j]) not in _VERBS
            and (not adjective or words[j][:1].isupper())
        ):
            phrase.insert(0, words[j])
            j -= 1
        if adjective:
            k = i + 1
            # "registered as a pharmacist prescriber": what follows "as a" is the credential's content.
            if k < len(words) and fold(words[k]) == "as":
                k += 1
                if k < len(words) and fold(words[k]) in ("a", "an", "the"):
                    k += 1
            while k < len(words) and len(phrase) < 7 and _is_content(words[k]):
                phrase.append(words[k])
                k += 1
        out.append(phrase)
    return out


_VERB_WORDS = """include includes included hold holds held have has got gained earned obtained completed
passed maintain maintains keep keeps bring brings list lists mention mentions need needs require requires"""
_VERBS = frozenset(_VERB_WORDS.split())


def _is_content(word: str) -> bool:
    return word not in "(),;:" and fold(word) not in _STOP and not word[0].isdigit()


def credential_problems(sentence: str, credential_sources: Iterable[str]) -> list[str]:
    """A credential's words must all appear together in one credential line of the documents.

    `credential_sources` are the paragraphs that state credentials (certification and education sections,
    and any line with a credential word), so "registered advanced nurse practitioner" is refused when the CV
    has "Registered general nurse" and "Advanced Cardiovascular Life Support" on different lines.
    """
    lines = [stems(s) for s in credential_sources]
    out = []
    for phrase in credential_phrases(sentence):
        family = {"certif", "licen", "regist", "accredit", "qualif", "charter"}
        needed = {stem(w) for w in phrase if fold(w) not in _FILLERS and fold(w) not in _STOP} - family
        if needed and not any(needed <= line for line in lines):
            out.append(f"qualification not in the CV: {' '.join(phrase)}")
    return out


# Awards: "a company-wide innovation award", "first prize", "Employee of the Year", "a finalist".
_AWARD = re.compile(
    r"\b(?:awards?|prizes?|medals?|trophy|trophies|finalists?|winners?|runner-up|scholarships?|fellowships?|"
    r"honours|honors|awarded)\b",
    re.IGNORECASE,
)


def award_phrases(text: str) -> list[list[str]]:
    """Each award word with the words that name the award (before it; after "awarded")."""
    words = _PHRASE_WORD.findall(text)
    out = []
    for i, w in enumerate(words):
        if not _AWARD.fullmatch(w.rstrip(".")):
            continue
        phrase = [w]
        j = i - 1
        while j >= 0 and len(phrase) < 5 and _is_content(words[j]) and fold(words[j]) not in _VERBS:
            phrase.insert(0, words[j])
            j -= 1
        if fold(w) == "awarded":
            k = i + 1
            while k < len(words) and fold(words[k]) in ("a", "an", "the"):
                k += 1
            while k < len(words) and len(phrase) < 6 and _is_content(words[k]):
                phrase.append(words[k])
                k += 1
        out.append([p.rstrip(".") for p in phrase])
    return out


def award_problems(sentence: str, own_texts: Iterable[str]) -> list[str]:
    """An award is a claim like a credential: its words must be on one line of the documents that names an
    award ("received a company-wide innovation award" is refused when no line of the CV names it)."""
    lines = [stems(t) for t in own_texts if _AWARD.search(t)]
    out = []
    for phrase in award_phrases(sentence):
        needed = {stem(w) for w in phrase if fold(w) not in _FILLERS and fold(w) not in _STOP}
        if not any(needed <= line for line in lines):
            out.append(f"award not in the CV: {' '.join(phrase)}")
    return out


# "As Director of Liberal Arts at Daxko, I ...": a title claimed for the seeker in an "as" phrase.
_AS_TITLE = re.compile(
    r"(?<![\w-])as\s+(?:(?:a|an|the|our|their|its)\s+)?(?P<title>(?:[\w&'’-]+\s+){0,5}?[\w&'’-]+)"
    r"(?=\s+(?:at|for|with|in|on|within|across)\b|\s*[,;:.]|$)",
    re.IGNORECASE,
)


def title_claim_problems(sentence: str, source: str, role_words: Iterable[str]) -> list[str]:
    """A title claimed in an "as ..." phrase must be written with the cited text's words: every word of it
    when it holds a seniority or role word ("as chief engineering", "as director of liberal arts")."""
    role_words = frozenset(role_words)
    src = stems(source)
    out = []
    for m in _AS_TITLE.finditer(sentence):
        title = m.group("title")
        words = [w for w in tokens(title) if w not in _STOP]
        if not words or not (fold(words[0]) in role_words or stem(words[0]) in role_words):
            continue
        missing = [w for w in words if stem(w) not in src and not w[0].isdigit()]
        if missing:
            out.append(f"title not in the cited text: {title}")
    return out


# --- numbers bound to their nouns ------------------------------------------------------------------------

_RANGE_WORD = re.compile(r"\b(from|to)\s+(?:[A-Z]{3}\s?|[A-Z]{1,2}\$|[£$€])?$", re.IGNORECASE)


@dataclass(frozen=True)
class Binding:
    values: tuple[float, ...]
    percent: bool
    nouns: frozenset[str]
    role: str  # "from" or "to" in a "from X to Y" range, else ""
    raw: str


def _noun_after(text: str) -> str:
    m = re.match(r"[\s-]*(?:%|per\s?cent|percent)?[\s-]*([A-Za-z][\w'’]*)", text)
    if not m:
        return ""
    w = fold(m.group(1))
    return "" if w in _STOP or w in _FILLERS else stem(w)


def _noun_before(text: str) -> str:
    m = re.search(r"([A-Za-z][\w'’]*)[\s-]*(?:[A-Z]{3}\s?|[A-Z]{1,2}\$|[£$€])?$", text)
    if not m:
        return ""
    w = fold(m.group(1))
    return "" if w in _STOP or w in _FILLERS else stem(w)


@functools.lru_cache(maxsize=8192)
def bindings(text: str) -> tuple[Binding, ...]:
    """Each number with the nouns beside it ("28-bed": bed; "Year 9": year) and its side of a from-to range."""
    out = []
    has_from = False
    for q in quantities(text):
        if q.start < 0:
            continue
        before, after = text[: q.start], text[q.end :]
        nouns = frozenset(n for n in (_noun_after(after), _noun_before(before)) if n)
        rm = _RANGE_WORD.search(before)
        role = ""
        if rm:
            role = rm.group(1).lower()
            if role == "from":
                has_from = True
            elif not has_from:
                role = ""  # "up to 300": a bound, not the end of a range
        out.append(Binding(q.values(), q.percent, nouns, role, q.raw))
    return tuple(out)


def _same(a: Binding, b: Binding) -> bool:
    return any(abs(x - y) < 1e-9 * max(1.0, abs(y)) for x in a.values for y in b.values)


def binding_problems(sentence: str, source: str) -> list[str]:
    """Numbers must keep their own noun and their side of a range: "a 22-bed ward of 28 nurses" is refused
    when the source says "a 28-bed ward ... 22 nurses", and "from 120 ms to 800 ms" when it says the reverse."""
    known = bindings(source)
    out = []
    for b in bindings(sentence):
        same = [k for k in known if _same(k, b)]
        if not same:
            continue  # an unknown number is the value check's to report
        if b.nouns and not any(k.nouns & b.nouns for k in same):
            others = [k for k in known if k.nouns & b.nouns and not _same(k, b)]
            if others:
                out.append(
                    f"number attached to another noun: {b.raw} {'/'.join(sorted(b.nouns))} "
                    f"(the CV says {others[0].raw})"
                )
                continue
        if b.role and any(k.role for k in same) and not any(k.role == b.role for k in same):
            out.append(
                f"numbers swapped in a range: {b.raw} is the '{'to' if b.role == 'from' else 'from'}' value in the CV"
            )
    return out


# --- skill claims ----------------------------------------------------------------------------------------

_CLAIM_VERB = re.compile(
    r"\b(?:trained|skilled|proficient|experienced|fluent|expert|versed|competent|certified|qualified)\s+"
    r"(?:in|with|at)\s+(?P<object>[^.;:!?]+)",
    re.IGNORECASE,
)
_LIST_SPLIT = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+", re.IGNORECASE)


def _items(segment: str) -> list[str]:
    """The items of a list such as "autocad, revit and navisworks" (each a run of up to four content words)."""
    parts = _LIST_SPLIT.split(segment)
    # A list starts after the last part that is a clause ("At Nakamir, my work included OpenCV, PyTorch"):
    # a part with a function word is where the list begins, and the parts before it are not its items.
    starts = [i for i, part in enumerate(parts[:-1]) if any(fold(w) in _STOP for w in re.findall(r"[\w+#./-]+", part))]
    if starts:
        parts = parts[starts[-1] :]
    items = []
    for i, part in enumerate(parts):
        words = re.findall(r"[\w+#./-]+", part)
        if i == 0:  # "I design in autocad": the words after the last function word, at most two
            while words and any(fold(w) in _STOP for w in words):
                words = words[next(k for k, w in enumerate(words) if fold(w) in _STOP) + 1 :]
            words = words[-2:] if len(parts) > 1 else words
        if i == len(parts) - 1:  # "navisworks for hospital projects": the words before the first one
            cut = next((k for k, w in enumerate(words) if fold(w) in _STOP), len(words))
            words = words[:cut]
        if not words or len(words) > 4:
            return []
        items.append(" ".join(words))
    return items


def _listed(clause: str) -> list[str]:
    if not re.search(r",|\s(?:and|or|&)\s", clause):
        return []
    return _items(clause)


def skill_claim_problems(
    sentence: str, cv_folded: str, cv_stems: frozenset[str], known_skills: frozenset[str]
) -> list[str]:
    """Skills claimed in any case must be the CV's.

    Two structures make a claim: "trained in X and Y" (each item), and a list in which at least one item is a
    known skill ("autocad, revit and navisworks": all items, since the list is a list of skills).
    """

    def in_cv(item: str) -> bool:
        f = fold(item)
        if re.search(rf"(?<![\w]){re.escape(f)}(?![\w])", cv_folded):
            return True
        words = [stem(w) for w in tokens(item) if w not in _STOP]
        return bool(words) and all(w in cv_stems for w in words)

    def first_in_cv(item: str) -> bool:
        # The first item's start is a guess ("covers triage"): its last word is enough.
        return in_cv(item) or in_cv(item.split()[-1])

    out = []
    claimed: list[str] = []
    for m in _CLAIM_VERB.finditer(sentence):
        obj = re.split(r"\s+(?:which|that|where|who|to|for|because|since|while)\s", m.group("object"))[0]
        claimed += _items(obj) or ([obj.strip()] if len(obj.split()) <= 3 else [])
    for clause in re.split(r"[;:—–]|\s-\s|\.\s", sentence):
        items = _listed(clause)
        if items and any(fold(i) in known_skills for i in items):
            if first_in_cv(items[0]):
                items = items[1:]
            claimed += items
    for item in dict.fromkeys(claimed):
        if item and not in_cv(item):
            out.append(f"skill not in the CV: {item}")
    return out


# --- claims about the posting ----------------------------------------------------------------------------

_ABOUT_POSTING = re.compile(
    r"\b(?:(?:your|the|this)\s+(?:job\s+)?(?:posting|post|advert(?:isement)?|ad|listing|description|role|"
    r"position|vacancy|job|brief|specification|spec)\s+(?:also\s+)?(?:asks?|calls?|looks?|requires?|mentions?|"
    r"lists?|seeks?|wants?|needs?|emphasi[sz]es|stresses|highlights|specifies|names|is\s+looking|requests?)"
    r"(?:\s+(?:for|out))?"
    r"|you(?:['’]re|\s+are)?\s+(?:also\s+)?(?:ask(?:ing)?|look(?:ing)?|call(?:ing)?|seek(?:ing)?|want|need|"
    r"require|mention|list|request)(?:\s+for)?"
    r"|(?:as|since)\s+(?:the|this|your)\s+(?:role|position|posting|job)\s+(?:requires|needs|calls\s+for))"
    r"\s*(?P<object>[^.;:!?]*)",
    re.IGNORECASE,
)


def posting_claim_problems(sentence: str, posting: str) -> list[str]:
    """What the letter says the posting asks for must be in the posting ("your posting asks for Epic")."""
    posting_stems = stems(posting)
    posting_folded = fold(posting)
    out = []
    for m in _ABOUT_POSTING.finditer(sentence):
        obj = m.group("object")
        lead = re.match(r"\s*,?\s*(?:including|such\s+as|namely|like|notably)\s+", obj)
        if lead or not obj.strip(" ,"):
            rest = sentence[m.end("object") :] if not lead else obj
            inc = re.search(r"(?:including|such\s+as|namely|like|notably)\s+([^.;:!?]+)", rest or obj)
            obj = inc.group(1) if inc else ""
        obj = re.split(r",\s*(?:and\s+)?(?:which|and\s+I|I|so|but|as)\b|\s+(?:which|and\s+I|so\s+I|—|–)\s|,\s*$", obj)[
            0
        ]
        for word in tokens(obj):
            if word in _STOP or word in _FILLERS or word[0].isdigit():
                continue
            if stem(word) not in posting_stems and not re.search(
                rf"(?<![\w]){re.escape(word)}(?![\w])", posting_folded
            ):
                out.append(f"the posting does not ask for: {word}")
    return list(dict.fromkeys(out))


# "I would like to learn Terraform": a wish to learn names what the seeker does not claim to have.
_HEDGED = re.compile(
    r"\b(?:would\s+like|['’]d\s+like|would\s+love|['’]d\s+love|want|wish|hope|am\s+keen|keen|am\s+eager|eager|"
    r"am\s+excited|excited|plan|aim|look(?:ing)?\s+forward|am\s+interested|interested)\s+(?:to|in)\s+"
    r"(?:learn(?:ing)?|explor(?:e|ing)|pick(?:ing)?\s+up|study(?:ing)?|get(?:ting)?\s+to\s+know|"
    r"gain(?:ing)?\s+(?:experience|exposure)\s+(?:in|with|of)|becom(?:e|ing)\s+familiar\s+with)\s+"
    # The object ends where the seeker speaks of themself again ("... and bring my Kafka experience").
    r"(?P<object>(?:(?!\b(?:I|me|my|mine|our|we|bring|brings|apply|use|using|offer|share|draw|put|add)\b)[^.;:!?,])*?)"
    # ... and where "and" starts a verb ("learn Go and run(s|ned) Kubernetes"): cut short, never too long.
    r"(?=\s*(?:,|\bwhich\b|\bthat\b|\band\s+(?:I|my|to|bring|apply|use|offer|share|draw|put|add|run|ran|"
    r"(?-i:[a-z]+(?:s|ed)))\b|\bbut\b|"
    r"\bas\b|\bon\s+the\s+job\b|[.;:!?]|$))",
    re.IGNORECASE,
)


def without_hedged(sentence: str) -> str:
    """The sentence without what it only wishes to learn ("I would like to learn X" claims no X)."""
    return _HEDGED.sub(lambda m: m.group(0)[: m.start("object") - m.start()], sentence)


def without_posting_claims(sentence: str) -> str:
    """The sentence without its statements about the posting (those are checked against the posting)."""
    return _ABOUT_POSTING.sub(" ", sentence)


def lowercase_stems(text: str) -> frozenset[str]:
    """Stems of the words a text writes in lower case: ordinary words, not names."""
    return frozenset(stem(w) for w in re.findall(r"(?<![\w'’-])[a-z][a-z'’]*(?![\w])", text))
