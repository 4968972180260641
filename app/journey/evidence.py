"""What a posting asks for, and which lines of the CV show it: shared by the interview brief and the
application-form answers. Offline and deterministic; every piece of evidence is a CV paragraph quoted
verbatim with its id, so anything built from it traces back to the CV.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.documents.facts import SKILL_TERMS, terms_in
from app.documents.model import CvDocument, Entry
from app.documents.text import fold

_WORD = re.compile(r"[a-z][a-z0-9+#]*")
_STOP_WORDS = """a about after all also an and any are as at be been by can could do does for from has have
having how in into is it its of on or our ours out over so such than that the their them then there these they
this those to too under up was we were what when where which while who will with would you your yours able
ability strong good great excellent solid proven demonstrated experience experienced years year plus including
etc well work working role team teams skills skill knowledge understanding familiarity proficiency using use
least minimum ideally preferably highly tell time describe example give share please why want here did ever
times"""
_STOP = frozenset(_STOP_WORDS.split())
_BULLET = re.compile(r"^\s*(?:[-*•·▪◦‣]|\d{1,2}[.)])\s+")
_ASKS = re.compile(
    r"\b(experience (with|in|of|using)|knowledge of|proficien|familiar|you (have|bring|are|will)|ability to|"
    r"skilled|expertise|degree|qualification|certif|licen[cs]e|track record|background in|hands-on|"
    r"comfortable with|understanding of|must|required|essential|desirable)",
    re.IGNORECASE,
)
_OFFER = re.compile(
    r"\b(we offer|benefit|perks?|salary|bonus|leave|holiday|pension|superannuation|401k|equity|stock|"
    r"wellness|gym|free (lunch|snacks)|why join|about us|equal opportunit|apply|visa|rate|per (day|hour|annum|year)|"
    r"contact|based|from home|days a week|hybrid|on-?site|remote \()\b",
    re.IGNORECASE,
)
_ASK_HEADING = re.compile(
    r"(requirement|what you('ll)? bring|about you|you have|qualification|skills|experience|looking for|"
    r"must|essential|desirable|who you are|what we need|ideal candidate|you will need)",
    re.IGNORECASE,
)


def words(text: str) -> set[str]:
    """Content words, folded, plurals and hyphens reduced so 'pipelines' meets 'pipeline', 'data-driven'
    meets 'data driven'."""
    out = set()
    for w in _WORD.findall(fold(text).replace("-", " ")):
        if w in _STOP or len(w) < 3:
            continue
        if w.endswith("s") and len(w) > 4 and not w.endswith("ss"):
            w = w[:-1]
        if w.endswith("ing") and len(w) > 6:
            w = w[:-3]
        out.add(w)
    return out


@dataclass(frozen=True)
class Requirement:
    text: str
    skills: tuple[str, ...]


@dataclass(frozen=True)
class Evidence:
    paragraph_id: str
    text: str  # verbatim from the CV
    role: str  # the role line it sits under, composed only of the CV's own title, employer and dates
    score: float


@dataclass
class Backed:
    requirement: Requirement
    evidence: list[Evidence] = field(default_factory=list)


def _is_heading(line: str) -> bool:
    s = line.strip()
    return (
        bool(s)
        and len(s) <= 60
        and not _BULLET.match(s)
        and (s.endswith(":") or len(s.split()) <= 5)
        and not s.endswith(".")
    )


def requirements(description: str, limit: int = 6) -> list[Requirement]:
    """The posting's own requirement lines: list items and sentences that ask for something, in sections
    that are about the candidate (not benefits or the company), ranked by the skills they name."""
    found: list[Requirement] = []
    seen: set[str] = set()
    in_asking = False
    in_other = False
    for raw in description.splitlines():
        line = " ".join(raw.split())
        if not line:
            continue
        if _is_heading(line):
            in_asking = bool(_ASK_HEADING.search(line))
            in_other = not in_asking
            continue
        text = _BULLET.sub("", line).strip()
        for sentence in re.split(r"(?<=[.;])\s+", text):
            sentence = sentence.strip(" .;")
            if len(sentence) < 12 or _OFFER.search(sentence) or fold(sentence) in seen:
                continue
            named = terms_in(sentence, SKILL_TERMS)
            asks = in_asking or (
                not in_other
                and (bool(_ASKS.search(sentence)) or len(named) >= 2 or (bool(_BULLET.match(line)) and bool(named)))
            )
            if asks:
                seen.add(fold(sentence))
                found.append(Requirement(sentence[:300], tuple(sorted(terms_in(sentence, SKILL_TERMS)))))
    ranked = sorted(enumerate(found), key=lambda p: (-len(p[1].skills), p[0]))
    return [r for _, r in sorted(ranked[:limit], key=lambda p: p[0])]


def role_line(entry: Entry | None) -> str:
    if entry is None:
        return ""
    head = " at ".join(p for p in (entry.title, entry.organisation) if p)
    return f"{head} ({entry.dates})" if entry.dates and head else head or entry.dates


def cv_lines(cv: CvDocument) -> list[tuple[str, str, Entry | None]]:
    """(paragraph id, text, its role) for every line that can evidence something: bullets and text lines
    of the CV's content sections (not its name, contacts, headings or referees)."""
    owner = {b: e for e in cv.entries for b in e.bullet_ids}
    referee_sections = {s.id for s in cv.sections if s.kind == "referees"}
    out = []
    for p in cv.paragraphs:
        if p.kind in ("bullet", "text") and p.text.strip() and p.section_id not in referee_sections:
            out.append((p.id, p.text.strip(), owner.get(p.id)))
    return out


def back(reqs: list[Requirement], cv: CvDocument, per_requirement: int = 2, min_score: float = 2) -> list[Backed]:
    """Each requirement with the CV lines sharing the most of its skills and words (none: a gap)."""
    lines = [(pid, text, entry, words(text), terms_in(text, SKILL_TERMS)) for pid, text, entry in cv_lines(cv)]
    result = []
    for req in reqs:
        want, want_skills = words(req.text), set(req.skills)
        scored = []
        for pid, text, entry, have, skills in lines:
            score = 3.0 * len(want_skills & skills) + len(want & have)
            if want_skills and not (want_skills & skills) and len(want & have) < 2:
                continue  # a requirement naming skills is evidenced only by a line naming one, or sharing more
            if score >= min_score:
                scored.append(Evidence(pid, text, role_line(entry), score))
        # A bullet under a role makes a story, so the best one leads; then the best other line (summary, skills).
        stories = sorted((e for e in scored if e.role), key=lambda e: -e.score)
        others = sorted((e for e in scored if not e.role), key=lambda e: -e.score)
        result.append(Backed(req, (stories[:1] + others[:1] + stories[1:] + others[1:])[:per_requirement]))
    return result
