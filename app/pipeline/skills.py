"""Skills judged in context: whole words that know language names, names of people and organisations
taken out first, and synonyms that only widen in the safe direction.

Pure: no I/O. `Term.found` is the hot path of matching, so every form is prepared once per config.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

log = logging.getLogger(__name__)

BUILTIN_SYNONYMS: dict[str, list[str]] = {
    "postgresql": ["postgres", "psql"],
    "go": ["golang"],
    "kubernetes": ["k8s"],
    "javascript": ["js", "ecmascript"],
    "node.js": ["nodejs", "node js"],
    "c#": ["csharp", "c sharp"],
    "c++": ["cpp"],
    "azure data factory": ["adf", "data factory"],
    "azure synapse": ["synapse", "synapse analytics"],
    "aws": ["amazon web services"],
    "gcp": ["google cloud", "google cloud platform"],
    "ci/cd": ["cicd", "ci / cd"],
    "machine learning": ["ml"],
    "apache spark": ["spark"],
    "power bi": ["powerbi"],
    "github actions": ["gh actions"],
    "prince2": ["prince 2"],
    "dbt": ["data build tool"],
    "delta lake": ["delta tables"],
    "typescript": ["ts"],
}
#: a stricter variant -> the general skill it implies. A posting naming the variant shows the general skill
#: (TypeScript work is JavaScript work); the general name never shows the variant (JavaScript is not TypeScript),
#: so a synonym that would make it do so is dropped.
STRICTER: dict[str, str] = {
    "typescript": "javascript",
    "pyspark": "spark",
    "spark sql": "spark",
    "next.js": "react",
    "react native": "react",
    "spring boot": "spring",
    "asp.net core": "asp.net",
    "asp.net": ".net",
    "postgresql": "sql",
    "mysql": "sql",
    "t-sql": "sql",
    "pl/sql": "sql",
    "sql server": "sql",
    "azure data factory": "azure",
    "azure synapse": "azure",
    "aws glue": "aws",
    "django": "python",
    "flask": "python",
    "fastapi": "python",
    "pandas": "python",
    "kotlin": "jvm",
    "angularjs": "javascript",
    "vue.js": "javascript",
    "node.js": "javascript",
    "gatsby": "react",
    "nuxt": "vue.js",
}
#: distinct languages whose names look alike: one is never a synonym of another
LANGUAGES = frozenset(
    {
        "java",
        "javascript",
        "typescript",
        "c",
        "c#",
        "c++",
        "objective-c",
        "go",
        "r",
        "rust",
        "ruby",
        "python",
        "scala",
        "swift",
        "kotlin",
        "julia",
        "dart",
        "perl",
        "php",
        "sql",
        "matlab",
        "elixir",
        "erlang",
        "haskell",
        "lua",
        ".net",
        "f#",
        "visual basic",
        "vba",
    }
)
#: names that are also ordinary words or letters: found only with a sign of code nearby
NEEDS_CONTEXT = frozenset(
    {
        "c",
        "r",
        "d",
        "v",
        "go",
        "swift",
        "rust",
        "ruby",
        "julia",
        "dart",
        "crystal",
        "elixir",
        "ada",
        "pascal",
        "scheme",
        "processing",
        "spark",
        "express",
        "flask",
    }
)
_CODE_CUES = re.compile(
    r"(?i)\b(?:programming|program(?:s|mer|mers)?|languages?|coding|code(?:base)?|scripts?|scripting|developers?|"
    r"development|engineer(?:s|ing)?|software|librar(?:y|ies)|packages?|frameworks?|tidyverse|ggplot2?|rstudio|"
    r"cran|shiny|compilers?|embedded|firmware|backend|back-end|services|microservices|apis?|statistic(?:s|al)|"
    r"modell?ing|python|java|javascript|typescript|sql|postgres(?:ql)?|mysql|kafka|docker|kubernetes|k8s|aws|"
    r"azure|gcp|linux|scala|matlab|sas|stata|spss|golang|grpc|react|node|ios|android|xcode|cargo|rails|"
    r"spark|hadoop|databricks|pyspark|etl|pipelines?|stack)\b|c\+\+|c#|\.net\b"
)
_SENTENCE = re.compile(r"[.!?•]\s|\n")
_JOINERS = frozenset("_+#&")
#: words organisations end their names with ("Azure Health Partners", "SAP Recruiting Partners")
_ORG_WORDS = (
    "Ltd",
    "Limited",
    "Pty",
    "Inc",
    "LLC",
    "LLP",
    "plc",
    "GmbH",
    "AG",
    "Group",
    "Partners",
    "Recruitment",
    "Recruiting",
    "Consulting",
    "Consultants",
    "Solutions",
    "Health",
    "Healthcare",
    "Bank",
    "Capital",
    "Labs",
    "Technologies",
    "Systems",
    "Holdings",
    "Foundation",
    "Trust",
    "Agency",
    "Associates",
    "Insurance",
    "Media",
    "Software",
    "Council",
    "University",
    "College",
    "School",
    "Hospital",
    "Clinic",
    "Ventures",
    "Studio",
    "Studios",
    "Coffee",
    "Cafe",
    "Café",
    "Bakery",
    "Hotel",
    "Services",
)
_ORG_SET = frozenset(_ORG_WORDS)
_PUNCT_TO_SPACE = str.maketrans({c: " " for c in ".,;:!?()[]{}'\"/|&-–—"})
_ORG_LEAD = re.compile(r"(?:[A-Z][\w&'’.-]*\s+){1,4}$")  # the capitalised words just before such a word
#: words that introduce a person ("contact our talent partner, Monty Python-Jones")
_PERSON_CUES = (
    "contact",
    "call ",
    "email",
    "e-mail",
    "ask for",
    "speak to",
    "speak with",
    "reach out to",
    "talk to",
    "report to",
    "reports to",
    "reporting to",
    "recruiter",
    "talent partner",
    "hiring manager",
    "consultant",
    "led by",
    "managed by",
    "questions?",
)
_PERSON = re.compile(
    r"[\s,:]+(?:(?i:our|the|your)\s+)?(?:[a-z][\w -]{0,30}?,\s*)?"
    r"(?P<name>(?:(?:Mr|Ms|Mrs|Miss|Dr|Prof)\.?\s+)?[A-Z][a-zA-Z'’]+(?:[\s-]+[A-Z][a-zA-Z'’]+){1,2})"
)
_HONORIFIC = re.compile(r"\b(?:Mr|Ms|Mrs|Miss|Dr|Prof)\.?\s+[A-Z][a-zA-Z'’]+(?:[\s-]+[A-Z][a-zA-Z'’]+){0,2}")


def mask_names(text: str, company: str = "", contact: str | None = None) -> str:
    """`text` with names of organisations and people blanked, so a skill inside a name is not a skill.

    Found from cheap anchors (the organisation word, the word introducing a person) so that a long
    posting costs a few string searches, not a regex tried at every position."""
    spans = _org_spans(text) + _person_spans(text) + _given_spans(text, (company, contact or ""))
    if not spans:
        return text
    chars = list(text)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


def _org_spans(text: str) -> list[tuple[int, int]]:
    """Organisation names, found from their last word ("... Bank", "... Pty Ltd") back to where they start."""
    spans: list[tuple[int, int]] = []
    for word in _ORG_SET.intersection(text.translate(_PUNCT_TO_SPACE).split()):
        for i in _find_all(text, word):
            j = i + len(word)
            if (j < len(text) and text[j].isalnum()) or (i > 0 and text[i - 1].isalnum()):
                continue
            m = _ORG_LEAD.search(text, max(0, i - 120), i)
            if m:
                spans.append((m.start(), j))
    return spans


def _person_spans(text: str) -> list[tuple[int, int]]:
    """People's names after a cue ("reports to", "recruiter") or an honorific."""
    spans: list[tuple[int, int]] = []
    lower = text.lower()
    for cue in _PERSON_CUES:
        for i in _find_all(lower, cue):
            m = _PERSON.match(text, i + len(cue))
            if m:
                spans.append(m.span("name"))
    if any(h in text for h in ("Mr", "Ms", "Dr", "Prof", "Miss")):
        spans += [m.span() for m in _HONORIFIC.finditer(text)]
    return spans


def _given_spans(text: str, names: tuple[str, ...]) -> list[tuple[int, int]]:
    """The posting's own company and contact, wherever the text names them."""
    spans: list[tuple[int, int]] = []
    for name in names:
        name = name.strip()
        if len(name) >= 3:
            spans += [(i, i + len(name)) for i in _find_all(text, name)]
    return spans


def _find_all(hay: str, needle: str) -> list[int]:
    out, i = [], hay.find(needle)
    while i != -1:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


@dataclass(frozen=True)
class Prepared:
    """A text made ready for term search once: as it is, and a lower-case copy."""

    text: str
    lower: str

    @classmethod
    def of(cls, text: str) -> Prepared:
        return cls(text, text.lower())


def _clear(hay: str, i: int, j: int, strict: bool) -> bool:
    """No word character glued to hay[i:j] on either side (C is not C#, Go is not Google, C is not Objective-C)."""
    if i > 0 and (hay[i - 1].isalnum() or hay[i - 1] in _JOINERS or (strict and hay[i - 1] == "-")):
        return False
    if j >= len(hay):
        return True
    nxt = hay[j]
    return not (
        nxt.isalnum()
        or nxt in _JOINERS
        or (strict and nxt == "-")
        or (nxt == "." and j + 1 < len(hay) and hay[j + 1].isalnum())
    )


def _in_code_context(hay: str, i: int, j: int) -> bool:
    """Whether the sentence around hay[i:j] also speaks of code ("models in R and Python", "embedded C")."""
    start = max((m.end() for m in _SENTENCE.finditer(hay, max(0, i - 300), i)), default=max(0, i - 300))
    end_m = _SENTENCE.search(hay, j)
    end = min(end_m.start() + 1 if end_m else len(hay), j + 300)
    around = hay[start:i] + " " + hay[j:end]
    return _CODE_CUES.search(around) is not None


def _hits(hay: str, form: str, strict: bool, context: bool) -> bool:
    i = hay.find(form)
    while i != -1:
        j = i + len(form)
        if _clear(hay, i, j, strict) and (not context or _in_code_context(hay, i, j)):
            return True
        i = hay.find(form, i + 1)
    return False


@dataclass(frozen=True)
class Term:
    """One skill or keyword and every way a posting may write it, behind word boundaries."""

    name: str
    loose: tuple[str, ...]
    strict: tuple[str, ...]
    spaced: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = ()  # multi-word forms split by any whitespace
    context: bool = False  # the name itself is also a word: it needs a sign of code in its sentence

    def found(self, text: Prepared) -> bool:
        lower = text.lower
        own = self.name.lower() if self.context else ""  # only a context term compares forms with its name
        for form in self.loose:
            if form in lower and _hits(lower, form, False, self.context and form == own):
                return True
        for words, pattern in self.spaced:  # "Azure Data\nFactory": rare, so only when every word is there
            if all(map(lower.__contains__, words)) and any(
                _clear(lower, m.start(), m.end(), False) for m in pattern.finditer(lower)
            ):
                return True
        raw = text.text
        return any(form in raw and _hits(raw, form, True, self.context and form.lower() == own) for form in self.strict)


def _general_forms(key: str) -> set[str]:
    """Every general skill `key` is a stricter variant of (pyspark -> spark)."""
    out: set[str] = set()
    while key in STRICTER and STRICTER[key] not in out:
        key = STRICTER[key]
        out.add(key)
    return out


def safe_forms(name: str, synonyms: dict[str, list[str]]) -> set[str]:
    """The skill's own name, its synonyms minus unsafe ones, and the stricter variants that imply it."""
    key = " ".join(name.strip().lower().split())
    forms = {name.strip(), *synonyms.get(key, []), *BUILTIN_SYNONYMS.get(key, [])}
    general = _general_forms(key)
    safe = set()
    for form in forms:
        f = " ".join(form.strip().lower().split())
        if f != key and (f in general or (f in LANGUAGES and key in LANGUAGES)):
            log.info("match.synonym_dropped", extra={"skill": name, "synonym": form})
            continue
        safe.add(form)
    safe.update(variant for variant in STRICTER if key in _general_forms(variant))
    return safe


def compile_term(name: str, synonyms: dict[str, list[str]]) -> Term:
    """A Term for `name`; short forms (Go, R, C) match case-sensitively so "go" and "React" do not hit."""
    key = " ".join(name.strip().lower().split())
    loose: set[str] = set()
    strict: set[str] = set()
    for form in safe_forms(name, synonyms):
        flat = " ".join(form.split())
        if not flat:
            continue
        if len(flat.replace(" ", "")) <= 2:
            strict.update({flat[:1].upper() + flat[1:], flat.upper()})
        else:
            loose.add(flat.lower())
    spaced = tuple(
        (tuple(f.split()), re.compile(r"\s+".join(re.escape(w) for w in f.split()))) for f in sorted(loose) if " " in f
    )
    return Term(
        name=name.strip(),
        loose=tuple(sorted(loose, key=len, reverse=True)),
        strict=tuple(sorted(strict)),
        spaced=spaced,
        context=key in NEEDS_CONTEXT,
    )
