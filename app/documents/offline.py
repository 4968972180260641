"""The offline engine: a tailoring plan and a cover letter from the CV and the posting, with no model.

It only reorders, selects and quotes: sections and bullets by relevance, skills that the posting asks for
first, and a letter built from the seeker's own summary, achievements and certifications. Everything it
writes still goes through the fact gate, like an LLM's output.
"""

from __future__ import annotations

import re

from app.config.agents import AgentsConfig
from app.documents.model import CvDocument, Entry, Section
from app.documents.plan import BulletSelection, CitedParagraph, CoverLetterDraft, Rewrite, TailoringPlan
from app.documents.reader import split_skills
from app.documents.relevance import Terms
from app.documents.text import normalise_space, split_sentences
from app.domain.models import Job

_FIXED_FIRST = ("summary",)
_DESCRIBING = {"comfortable", "experienced", "skilled", "known", "passionate", "adept", "proficient", "fluent",
               "confident", "committed", "dedicated", "motivated", "recognised", "recognized", "used"}
_FIXED_LAST = ("referees", "interests")
_PAST_IRREGULAR = {
    "led", "built", "cut", "ran", "won", "grew", "made", "set", "drove", "wrote", "took", "began", "taught",
    "brought", "oversaw", "sold", "kept", "rebuilt", "spun", "held", "saw", "gave", "found", "met", "shipped",
}


def _ranked(ids: list[str], cv: CvDocument, terms: Terms) -> list[str]:
    scores = {pid: terms.score(cv.text_of(pid)) for pid in ids}
    return sorted(ids, key=lambda pid: (-scores[pid], ids.index(pid)))


def section_order(cv: CvDocument, terms: Terms) -> list[str]:
    """Per container, summary first and referees last, the rest by relevance (ties keep CV order)."""
    order: list[str] = []
    containers = list(dict.fromkeys(s.container for s in cv.sections))
    for container in containers:
        sections = [s for s in cv.sections if s.container == container]
        if len(sections) < 2:
            continue
        first = [s for s in sections if s.kind in _FIXED_FIRST]
        last = [s for s in sections if s.kind in _FIXED_LAST]
        # A section of unknown kind may be something the reader misread (a role, a sub-heading): it stays.
        middle = [s for s in sections if s not in first and s not in last and s.kind != "other"]
        scores = {s.id: _section_score(s, cv, terms) for s in middle}
        middle.sort(key=lambda s: (-scores[s.id], sections.index(s)))
        order += [s.id for s in first + middle + last]
    return order


def _section_score(section: Section, cv: CvDocument, terms: Terms) -> float:
    return terms.score(" ".join(cv.text_of(pid) for pid in section.paragraph_ids))


def bullet_selections(cv: CvDocument, terms: Terms, agents: AgentsConfig) -> list[BulletSelection]:
    out = []
    limit = agents.tailor.max_bullets_per_role
    for entry in cv.entries:
        if len(entry.bullet_ids) > 1:
            ranked = _ranked(entry.bullet_ids, cv, terms)[:limit]
            if ranked != entry.bullet_ids:
                out.append(BulletSelection(parent_id=entry.id, bullet_ids=ranked))
    for section in cv.sections_of("skills"):
        items = [pid for pid in section.paragraph_ids if (p := cv.paragraph(pid)) and p.kind in ("bullet", "text")]
        if len(items) > 1 and len(items) == len([p for p in section.paragraph_ids if cv.text_of(p).strip()]):
            ranked = _ranked(items, cv, terms)
            if ranked != items:
                out.append(BulletSelection(parent_id=section.id, bullet_ids=ranked))
    return out


def skill_rewrites(cv: CvDocument, terms: Terms) -> list[Rewrite]:
    """`Platforms: Azure, Databricks` lists the posting's skills first; the label and items stay the same."""
    out = []
    for section in cv.sections_of("skills"):
        for pid in section.paragraph_ids:
            p = cv.paragraph(pid)
            if p is None or not p.editable or ":" not in p.text:
                continue
            label, _, rest = p.text.partition(":")
            items = [normalise_space(i) for i in rest.split(",") if i.strip()]
            if len(items) < 2 or "(" in rest or len(items) != len(split_skills(p.text)):
                continue
            ranked = sorted(items, key=lambda i: (-terms.score(i), items.index(i)))
            if ranked != items:
                out.append(Rewrite(paragraph_id=pid, text=f"{label}: {', '.join(ranked)}", source_ids=[pid]))
    return out


def summary_rewrite(cv: CvDocument, terms: Terms) -> Rewrite | None:
    """The summary's first sentence stays first; the others follow by relevance to the posting."""
    for section in cv.sections_of("summary"):
        for pid in section.paragraph_ids:
            p = cv.paragraph(pid)
            if p is None or not p.editable or p.kind != "text":
                continue
            sentences = split_sentences(p.text)
            if len(sentences) < 3:
                return None
            rest = sorted(sentences[1:], key=lambda s: (-terms.score(s), sentences.index(s)))
            if rest == sentences[1:]:
                return None
            return Rewrite(paragraph_id=pid, text=" ".join([sentences[0], *rest]), source_ids=[pid])
    return None


def make_plan(cv: CvDocument, terms: Terms, agents: AgentsConfig) -> TailoringPlan:
    matched = [s for s in cv.skills if terms.score(s) > 0]
    matched.sort(key=lambda s: -terms.score(s))
    return TailoringPlan(
        section_order=section_order(cv, terms),
        bullets=bullet_selections(cv, terms, agents),
        summary=summary_rewrite(cv, terms),
        rewrites=skill_rewrites(cv, terms),
        skills_emphasis=matched[: agents.tailor.max_skills],
        rationale="Sections, bullets and skills ordered by how many of the posting's terms they contain.",
    )


# --- cover letter -------------------------------------------------------------------------------------


def _first_person(bullet: str) -> str | None:
    """'Migrated 120 pipelines.' -> 'I migrated 120 pipelines.'; None when it does not start with a verb."""
    text = bullet.strip().rstrip(".;") + "."
    first = text.split()[0]
    low = first.lower()
    if not (low.endswith("ed") or low in _PAST_IRREGULAR):
        return None
    return f"I {low}{text[len(first):]}"


def _experience_entries(cv: CvDocument) -> list[Entry]:
    exp = {s.id for s in cv.sections if s.kind in ("experience", "other")}
    return [e for e in cv.entries if e.section_id in exp and e.organisation and e.bullet_ids]


_THE = {"department", "ministry", "office", "university", "institute", "bureau", "agency", "council",
        "state", "royal", "national", "federal", "city", "commonwealth", "home", "foreign", "treasury"}


def _org(name: str) -> str:
    """'Department for Digital Services' reads 'the Department for Digital Services' after 'at'."""
    first = name.split()[0].lower() if name.split() else ""
    return f"the {name}" if first in _THE or (first == "bank" and " of " in name) else name


def role_title(title: str) -> str:
    """The posting's title without its decorations: 'Senior Data Engineer (Contract, 6 months)' -> 'Senior ...'."""
    title = re.sub(r"\s*[(\[].*?[)\]]", "", title)
    title = re.split(r"\s+[-–—|/]\s+", title)[0]
    return normalise_space(title) or title


def _skill_phrase(skill: str) -> str:
    """'Agile delivery' reads 'agile delivery' mid-sentence; 'Delta Lake' and 'PRINCE2 Practitioner' stay."""
    words = skill.split()
    if len(words) > 1 and words[0].istitle() and all(w.islower() for w in words[1:]):
        return skill[0].lower() + skill[1:]
    return skill


def make_letter(cv: CvDocument, job: Job, terms: Terms, agents: AgentsConfig, salutation: str) -> CoverLetterDraft:
    paragraphs: list[CitedParagraph] = []
    tone = agents.cover_letter.tone
    title = role_title(job.title) or "advertised"
    at = f" at {normalise_space(job.company)}" if job.company.strip() else ""
    opening = {
        "warm": f"I was pleased to see the {title} role{at}, and I would like to apply.",
        "formal": f"I am writing to apply for the position of {title}{at}.",
        "direct": f"I am applying for the {title} role{at}.",
    }[tone]
    intro = [opening]
    intro_sources: list[str] = []
    for section in cv.sections_of("summary"):
        pid = next((p for p in section.paragraph_ids if cv.text_of(p).strip()), None)
        if pid is None:
            continue
        sentences = split_sentences(cv.text_of(pid))
        first = sentences[0]
        if first.startswith("I "):
            intro.append(first)
            intro_sources.append(pid)
        elif re.search(r"^\S+(?:\s+\S+){0,3}\s+with\s", first):  # "Senior data engineer with 9 years ..."
            intro.append(f"I am a {first[0].lower()}{first[1:]}")
            intro_sources.append(pid)
        # "Comfortable working remotely ..." / "Known for turning programmes around ..." read well as
        # "I am comfortable ..."; the most relevant such sentence joins the introduction.
        described = [x for x in sentences[1:] if x.split()[0].lower() in _DESCRIBING]
        if described:
            best = max(described, key=lambda x: (terms.score(x), -described.index(x)))
            intro.append(f"I am also {best[0].lower()}{best[1:]}")
            intro_sources.append(pid)
        break
    paragraphs.append(CitedParagraph(text=" ".join(intro), source_ids=list(dict.fromkeys(intro_sources))))

    entries = _experience_entries(cv)
    for i, entry in enumerate(entries[:2]):
        bullets = [b for b in _ranked(entry.bullet_ids, cv, terms) if _first_person(cv.text_of(b))]
        chosen = bullets[: 2 if i == 0 else 1]
        if not chosen:
            continue
        if i == 0:
            lead = (f"In my current role as {entry.title} at {_org(entry.organisation)}, "
                    if entry.current else f"Most recently, as {entry.title} at {_org(entry.organisation)}, ")
        else:
            lead = f"Before that, as {entry.title} at {_org(entry.organisation)}, "
        first = _first_person(cv.text_of(chosen[0])) or ""
        sentences = [lead + first]
        if len(chosen) > 1:
            second = _first_person(cv.text_of(chosen[1])) or ""
            sentences.append("I also " + second[2:])
        paragraphs.append(CitedParagraph(text=" ".join(sentences), source_ids=[entry.id, *chosen]))

    skill_sentence = _skills_paragraph(cv, terms, job)
    if skill_sentence is not None:
        paragraphs.append(skill_sentence)
    team = normalise_space(job.company) or "your team"
    paragraphs.append(CitedParagraph(
        text=f"Thank you for considering my application. I would welcome the chance to discuss how I could "
             f"contribute to {team}.",
        source_ids=[],
    ))
    return CoverLetterDraft(salutation=salutation, paragraphs=paragraphs)


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _skills_paragraph(cv: CvDocument, terms: Terms, job: Job) -> CitedParagraph | None:
    # Skills the posting names (a skill term scores 3), best matches first, CV order among equals.
    matched = sorted((s for s in cv.skills if terms.score(s) >= 3), key=lambda s: -terms.score(s))[:5]
    skill_sections = {s.id for s in cv.sections_of("skills")}
    sources = [p.id for p in cv.paragraphs
               if p.section_id in skill_sections and any(s in p.text for s in matched)]
    sentences = []
    if matched:
        sentences.append(f"I bring the skills your posting asks for, including "
                         f"{_join([_skill_phrase(m) for m in matched])}.")
    certs = []
    for section in cv.sections_of("certifications"):
        for pid in section.paragraph_ids:
            text = cv.text_of(pid).strip()
            if text and terms.score(text) > 0:
                certs.append((pid, re.sub(r",?\s*\(?(?:19|20)\d{2}\)?\.?$", "", text)))
    if certs:
        sentences.append(f"I also hold the {_join([c for _, c in certs[:2]])} certifications."
                         if len(certs) > 1 else f"I also hold the {certs[0][1]} certification.")
        sources += [pid for pid, _ in certs[:2]]
    if not sentences:
        return None
    return CitedParagraph(text=" ".join(sentences), source_ids=list(dict.fromkeys(sources)))
