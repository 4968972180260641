"""Employment type from a posting's own words, in the terms boards use in AU, NZ, GB, IE, US and CA.

The kinds are `JobKind` (app/config/search.py). A posting offering more than one ("Contract / Temp")
gives each; hours words (full-time, part-time) only count when no engagement word (contract, casual,
fixed-term, ...) is there, so "Contract, full-time" is a contract and "Permanent part-time" is part-time.
"""

from __future__ import annotations

import re

from app.domain.models import Job

#: engagement words, most specific first; a matched phrase is blanked so "fixed-term contract" is not also a contract
_ENGAGEMENT: list[tuple[str, re.Pattern[str]]] = [
    (
        "internship",
        re.compile(
            r"\b(?:intern(?:ship)?s?|co-?op\s+(?:student|placement|term)|summer\s+student|"
            r"graduate\s+programme)\b",
            re.I,
        ),
    ),
    ("apprenticeship", re.compile(r"\bapprentice(?:ship)?s?\b", re.I)),
    (
        "volunteer",
        re.compile(r"\b(?:volunteer(?:ing)?\s+(?:role|position|opportunity)|unpaid\s+(?:role|position))\b", re.I),
    ),
    ("secondment", re.compile(r"\bsecondments?\b", re.I)),
    (
        "seasonal",
        re.compile(
            r"\bseasonal\s+(?:role|position|job|work|worker|staff|contract|employment|hire|"
            r"(?:[\w-]+\s+)?(?:role|position))\b|^\s*seasonal\b",
            re.I | re.M,
        ),
    ),
    (
        "fixed_term",
        re.compile(
            r"\b(?:fixed[- ]?term|maximum[- ]term|term[- ]certain)(?:\s+(?:contract|role|"
            r"position|employment))?\b",
            re.I,
        ),
    ),
    (
        "casual",
        re.compile(
            r"(?<!business\s)(?<!smart\s)\bcasual\b(?!\s+(?:dress|attire|environment|atmosphere|"
            r"fridays?|culture|vibe|office|team))|\bbank\s+(?:\(casual\)\s+)?(?:shifts?|staff|nurse|"
            r"role|worker)\b|\bzero[- ]hours?\b|\bper\s+diem\b|\bPRN\b",
            re.I,
        ),
    ),
    (
        "temporary",
        re.compile(
            r"\b(?:temporary|temp(?:-to-perm)?|locum|maternity\s+(?:leave\s+)?cover|"
            r"parental\s+leave\s+cover)\b",
            re.I,
        ),
    ),
    (
        "contract",
        re.compile(
            r"(?<!employment\s)\b(?:contract(?:or)?(?!s)(?!\s+of\s+employment)"
            r"(?!\s+(?:law|management|negotiation|manager|admin\w*|"
            r"review|drafting|lifecycle|compliance|administration))|freelance|1099|c2c|"
            r"corp[- ]to[- ]corp|day\s+rate|daily\s+rate|outside\s+ir35|inside\s+ir35)\b",
            re.I,
        ),
    ),
]
_HOURS: list[tuple[str, re.Pattern[str]]] = [
    ("part_time", re.compile(r"\bpart[- ]?time\b|\bteilzeit\b", re.I)),
    ("full_time", re.compile(r"\bfull[- ]?time\b|\bpermanent\b|\bperm\b|\bvollzeit\b|\bunbefristet\b", re.I)),
]
#: a line that states the type: "Job type: Casual", "Work type: Contract/Temp", "Employment Type | Full-time"
_LABEL = re.compile(
    r"^\s*(?:job|employment|work|contract|position|engagement|role|working)\s*types?\s*[:|-]\s*(.+)$", re.I | re.M
)
_FROM_OLD = {
    "full_time": "full_time",
    "part_time": "part_time",
    "contract": "contract",
    "temporary": "temporary",
    "internship": "internship",
}


#: a cheap test before each pattern: none of its words in the text, no need to run it
_NEEDLES = {
    "internship": ("intern", "co-op", "coop", "summer student", "graduate programme"),
    "apprenticeship": ("apprentic",),
    "volunteer": ("volunteer", "unpaid"),
    "secondment": ("secondment",),
    "seasonal": ("seasonal",),
    "fixed_term": ("fixed", "maximum", "term certain", "term-certain"),
    "casual": ("casual", "bank", "zero", "per diem", "prn"),
    "temporary": ("temp", "locum", "cover"),
    "contract": ("contract", "freelance", "1099", "c2c", "corp", " rate", "ir35"),
}


def engagements_in(text: str) -> list[str]:
    """Engagement kinds `text` states, most specific first ("fixed-term contract" is fixed-term only)."""
    found: list[str] = []
    rest = text
    lower = text.lower()
    for kind, rx in _ENGAGEMENT:
        if any(map(lower.__contains__, _NEEDLES[kind])) and rx.search(rest):  # cheap needles before the regex
            found.append(kind)
            rest = rx.sub(" ", rest)
    return found


def _offered(line: str) -> list[str]:
    """The kinds one statement offers: alternatives only when it says so ("Contract / Temp", "contract or
    permanent"); otherwise the most specific ("Seasonal role on a 4 month contract" is seasonal)."""
    kinds = engagements_in(line)
    return kinds if len(kinds) < 2 or re.search(r"/|\bor\b", line) else kinds[:1]


def hours_in(text: str) -> list[str]:
    """full_time and/or part_time; "permanent" alone means full time only when no part-time word is there."""
    part = bool(_HOURS[0][1].search(text))
    full = bool(re.search(r"\bfull[- ]?time\b|\bvollzeit\b", text, re.I))
    perm = bool(re.search(r"\bperm(?:anent)?\b|\bunbefristet\b", text, re.I))
    return [k for k, on in (("full_time", full or (perm and not part)), ("part_time", part)) if on]


def kinds_in(text: str) -> list[str]:
    """Every employment kind `text` states: engagement words first, hours words only without one."""
    return engagements_in(text) or hours_in(text)


def _short_lines(text: str) -> list[str]:
    """Lines short enough to be a type statement ("Casual.", "Permanent part-time")."""
    return [ln for ln in text.splitlines() if 0 < len(ln.strip()) <= 48]


def employment_kinds(job: Job) -> tuple[list[str], str]:
    """(kinds, where they were read), from the most explicit statements the posting makes."""
    text = job.description_text or ""
    labelled = "\n".join(m.group(1) for m in _LABEL.finditer(text)) if "type" in text.lower() else ""
    sources = (
        ("the posting's job type", [labelled]),
        ("the title", [job.title]),
        ("a line of the posting", ["\n".join(_short_lines(text))]),
    )
    for source, chunks in sources:
        kinds = [k for chunk in chunks for line in chunk.splitlines() for k in _offered(line)]
        if kinds:
            return list(dict.fromkeys(kinds)), source
    stated = "\n".join(chunk for _, chunks in sources for chunk in chunks)
    hours = hours_in(stated)
    if hours:
        return hours, "the posting's job type, title and short lines"
    engaged = engagements_in(text)
    if engaged:
        return engaged, "the description"
    old = _FROM_OLD.get(job.employment_type)
    if old:
        return [old], "the source's employment field"
    return [], ""
