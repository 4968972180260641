"""The offline engine: a tailoring plan and a cover letter from the CV and the posting, with no model.

It only reorders, selects and quotes: sections and bullets by relevance, skills that the posting asks for
first, and a letter built from the seeker's own summary, achievements and certifications. Everything it
writes still goes through the fact gate, like an LLM's output.
"""

from __future__ import annotations

import re

from app.config.agents import AgentsConfig
from app.documents import claims
from app.documents.cv_vocab import own_account
from app.documents.facts import phrase_in, terms_in
from app.documents.letter_parts import (
    Variation,
    as_phrase,
    company_sentence,
    generic_template_sentences,
    requirements,
)
from app.documents.model import CvDocument, Entry, Section
from app.documents.plan import BulletSelection, CitedParagraph, CoverLetterDraft, Rewrite, TailoringPlan
from app.documents.reader import split_skills
from app.documents.relevance import Terms, posting_text, word_stems
from app.documents.text import fold, normalise_space, split_sentences
from app.domain.models import Job

_FIXED_FIRST = ("summary",)
_DESCRIBING = {
    "comfortable",
    "experienced",
    "skilled",
    "known",
    "passionate",
    "adept",
    "proficient",
    "fluent",
    "confident",
    "committed",
    "dedicated",
    "motivated",
    "recognised",
    "recognized",
    "used",
}
_FIXED_LAST = ("referees", "interests")
_PAST_IRREGULAR = {
    "led",
    "built",
    "cut",
    "ran",
    "won",
    "grew",
    "made",
    "set",
    "drove",
    "wrote",
    "took",
    "began",
    "taught",
    "brought",
    "oversaw",
    "sold",
    "kept",
    "rebuilt",
    "spun",
    "held",
    "saw",
    "gave",
    "found",
    "met",
    "shipped",
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


def bullet_selections(
    cv: CvDocument, terms: Terms, agents: AgentsConfig, lead: Terms | None = None
) -> list[BulletSelection]:
    """Each role's bullets by relevance; with `lead` (the posting's first requirement), the bullet that best
    evidences it goes first."""
    out = []
    limit = agents.tailor.max_bullets_per_role
    for entry in cv.entries:
        if len(entry.bullet_ids) > 1:
            ranked = _ranked(entry.bullet_ids, cv, terms)
            if lead is not None:
                best = max(ranked, key=lambda b: (lead.score(cv.text_of(b)), -ranked.index(b)))
                if lead.score(cv.text_of(best)) >= 1.5:
                    ranked = [best, *[b for b in ranked if b != best]]
            ranked = ranked[:limit]
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


def make_plan(cv: CvDocument, terms: Terms, agents: AgentsConfig, job: Job | None = None) -> TailoringPlan:
    """The offline tailoring plan; with the job, each role's bullet for the posting's first requirement leads."""
    matched = [s for s in cv.skills if terms.score(s) > 0]
    matched.sort(key=lambda s: -terms.score(s))
    lead = top_requirement_terms(cv, job, terms) if job is not None else None
    return TailoringPlan(
        section_order=section_order(cv, terms),
        bullets=bullet_selections(cv, terms, agents, lead),
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
    return f"I {low}{text[len(first) :]}"


def _experience_entries(cv: CvDocument) -> list[Entry]:
    exp = {s.id for s in cv.sections if s.kind in ("experience", "other")}
    return [e for e in cv.entries if e.section_id in exp and e.organisation and e.bullet_ids]


_THE = {
    "department",
    "ministry",
    "office",
    "university",
    "institute",
    "bureau",
    "agency",
    "council",
    "state",
    "royal",
    "national",
    "federal",
    "city",
    "commonwealth",
    "home",
    "foreign",
    "treasury",
}


def _org(name: str) -> str:
    """'Department for Digital Services' reads 'the Department for Digital Services' after 'at'."""
    first = name.split()[0].lower() if name.split() else ""
    return f"the {name}" if first in _THE or (first == "bank" and " of " in name) else name


def _at(name: str) -> str:
    """Where a post was held, after its title: "at Northwind", or "on my own account" for "Freelance" (no letter
    says "at Freelance")."""
    return "on my own account" if own_account(name) else f"at {_org(name)}"


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


def make_letter(
    cv: CvDocument,
    job: Job,
    terms: Terms,
    agents: AgentsConfig,
    salutation: str,
    template: dict[str, str] | None = None,
) -> CoverLetterDraft:
    """A letter a person would send: the role and one thing the posting says about the company, the seeker's
    own summary, their best evidence at real employers (the bullet for the posting's first requirement
    first), two or three requirements the posting really states with the CV's evidence, the seeker's own
    generic template wording, and a close. Phrasing varies by job (seeded), and every sentence still passes
    the fact gate.
    """
    vary = Variation.for_job(job)
    generic_body, generic_close = generic_template_sentences(template or {})
    needs = _evidenced_requirements(cv, job, terms)
    # The bullet that best evidences the top requirement leads; the rest follow by overall relevance.
    bulleted = {b for e in cv.entries for b in e.bullet_ids}
    lead_terms = next((own for _, pid, own in needs if pid in bulleted), terms)  # as top_requirement_terms
    paragraphs = [_intro(cv, job, terms, agents, vary)]
    used: set[str] = set()
    entries = _experience_entries(cv)
    for i, entry in enumerate(entries[:2]):
        ranked = _ranked(entry.bullet_ids, cv, terms)
        if i == 0:
            ranked = sorted(ranked, key=lambda b: -lead_terms.score(cv.text_of(b)))
        bullets = [b for b in ranked if _first_person(cv.text_of(b))]
        chosen = bullets[: 2 if i == 0 else 1]
        if not chosen:
            continue
        used |= set(chosen)
        if i == 0:
            lead = (
                f"In my current role as {entry.title} {_at(entry.organisation)}, "
                if entry.current
                else f"Most recently, as {entry.title} {_at(entry.organisation)}, "
            )
        else:
            lead = vary.pick(
                (
                    f"Before that, as {entry.title} {_at(entry.organisation)}, ",
                    f"Previously, as {entry.title} {_at(entry.organisation)}, ",
                ),
                1,
            )
        sentences = [lead + (_first_person(cv.text_of(chosen[0])) or "")]
        if len(chosen) > 1:
            second = _first_person(cv.text_of(chosen[1])) or ""
            sentences.append(vary.pick(("I also ", "In that role I also ", "I also "), 2) + second[2:])
        paragraphs.append(CitedParagraph(text=" ".join(sentences), source_ids=[entry.id, *chosen]))

    asked = _requirements_paragraph(cv, job, needs, used, vary)
    skills = _skills_paragraph(cv, terms, job, vary)
    for extra in (asked, skills) if vary.flip(0) else (skills, asked):
        if extra is not None:
            paragraphs.append(extra)
    if generic_body:
        paragraphs.append(
            CitedParagraph(
                text=" ".join(t for _, t in generic_body[:2]),
                source_ids=list(dict.fromkeys(p for p, _ in generic_body[:2])),
            )
        )
    paragraphs.append(_closing(job, generic_close, vary))
    return CoverLetterDraft(salutation=salutation, paragraphs=paragraphs)


def _intro(cv: CvDocument, job: Job, terms: Terms, agents: AgentsConfig, vary: Variation) -> CitedParagraph:
    tone = agents.cover_letter.tone
    title = role_title(job.title) or "advertised"
    at = f" at {normalise_space(job.company)}" if job.company.strip() else ""
    opening = {
        "warm": vary.pick(
            (
                f"I was pleased to see the {title} role{at}, and I would like to apply.",
                f"I was pleased to see the {title} role{at}, and I am writing to apply.",
            ),
            3,
        ),
        "formal": vary.pick(
            (
                f"I am writing to apply for the position of {title}{at}.",
                f"Please accept my application for the position of {title}{at}.",
            ),
            3,
        ),
        "direct": vary.pick(
            (f"I am applying for the {title} role{at}.", f"I would like to be considered for the {title} role{at}."), 3
        ),
    }[tone]
    intro = [opening]
    about = company_sentence(job)
    if about:
        intro.append(vary.pick(("I was glad to read that ", "It caught my attention that ", "I know that "), 4) + about)
    sources: list[str] = []
    for section in cv.sections_of("summary"):
        pid = next((p for p in section.paragraph_ids if cv.text_of(p).strip()), None)
        if pid is None:
            continue
        sentences = split_sentences(cv.text_of(pid))
        first = sentences[0]
        if first.startswith("I "):
            intro.append(first)
            sources.append(pid)
        elif re.search(r"^\S+(?:\s+\S+){0,3}\s+with\s", first):  # "Senior data engineer with 9 years ..."
            article = "an" if first[0].lower() in "aeiou" else "a"
            intro.append(f"I am {article} {first[0].lower()}{first[1:]}")
            sources.append(pid)
        # "Comfortable working remotely ..." / "Known for turning programmes around ..." read well as
        # "I am comfortable ..."; the most relevant such sentence joins the introduction.
        described = [x for x in sentences[1:] if x.split()[0].lower() in _DESCRIBING]
        if described:
            best = max(described, key=lambda x: (terms.score(x), -described.index(x)))
            intro.append(f"I am also {best[0].lower()}{best[1:]}")
            sources.append(pid)
        break
    return CitedParagraph(text=" ".join(intro), source_ids=list(dict.fromkeys(sources)))


def _evidenced_requirements(cv: CvDocument, job: Job, terms: Terms) -> list[tuple[str, str, Terms]]:
    """(requirement, evidencing paragraph, its terms) for requirements the CV really evidences.

    A requirement naming a skill the CV lacks, or a qualification it does not show, is left out: the letter
    says nothing about it rather than anything false. A qualification is evidenced by the line that states
    it; anything else by the bullet with most of its terms, preferring one not yet quoted.
    """
    lines = [p.text for p in cv.paragraphs if p.text.strip()]
    cv_folded = fold("\n".join(lines))
    bullets = [b for e in _experience_entries(cv) for b in e.bullet_ids if _first_person(cv.text_of(b))]
    out: list[tuple[str, str, Terms]] = []
    taken: set[str] = set()
    for need in requirements(job):
        need_stems = word_stems(need)
        own = Terms(
            weights={t: w for t, w in terms.weights.items() if t in need_stems or t in terms_in(need, terms.skills)},
            skills=frozenset(s for s in terms.skills if s in terms_in(need, terms.skills)),
        )
        if not own.weights or any(not phrase_in(s, cv_folded) for s in own.skills):
            continue
        if claims.degree_problems(need, lines) or claims.credential_problems(need, lines):
            continue
        if claims.credential_phrases(need) or claims.degrees_in(need):
            holder = max(cv.paragraphs, key=lambda p: len(claims.stems(p.text) & set(claims.content_stems(need))))
            if claims.stems(holder.text) & set(claims.content_stems(need)) - {"regist", "certif", "licen"}:
                out.append((need, holder.id, own))
            continue
        scored = sorted(bullets, key=lambda b: (-own.score(cv.text_of(b)), b in taken))
        good = [b for b in scored if own.score(cv.text_of(b)) >= 1.5]
        if good:
            best = next((b for b in good if b not in taken), good[0])
            taken.add(best)
            out.append((need, best, own))
    return out


def top_requirement_terms(cv: CvDocument, job: Job, terms: Terms) -> Terms | None:
    """The terms of the posting's first requirement that a bullet of the CV evidences, or None."""
    bulleted = {b for e in cv.entries for b in e.bullet_ids}
    return next((own for _, pid, own in _evidenced_requirements(cv, job, terms) if pid in bulleted), None)


def _requirements_paragraph(
    cv: CvDocument, job: Job, needs: list[tuple[str, str, Terms]], used: set[str], vary: Variation
) -> CitedParagraph | None:
    leads = ["Your posting asks for", "You are looking for", "The role calls for"]
    shown = [
        ", which my work {where} shows.",
        ", as my work {where} shows.",
        ", which my record {where} shows.",
    ]
    start = vary.seed % len(leads)
    posting = posting_text(job)
    sentences: list[str] = []
    sources: list[str] = []
    quoted: set[str] = set(used)
    for i, (need, pid, _) in enumerate(needs[:3]):
        lead = f"{leads[(start + i) % len(leads)]} {as_phrase(need, posting)}"
        entry = next((e for e in cv.entries if pid in e.bullet_ids), None)
        if entry is None:  # a qualification: the line that states it
            sentences.append(f"{lead}, which I hold.")
            sources.append(pid)
            continue
        where = _at(entry.organisation)
        if pid in quoted:
            sentences.append(lead + shown[(start + i) % len(shown)].format(where=where))
            sources += [entry.id]
        else:
            quoted.add(pid)
            sentences.append(f"{lead}: {where}, {_first_person(cv.text_of(pid))}")
            sources += [entry.id, pid]
    if not sentences:
        return None
    return CitedParagraph(text=" ".join(sentences), source_ids=list(dict.fromkeys(sources)))


def _closing(job: Job, generic_close: list[tuple[str, str]], vary: Variation) -> CitedParagraph:
    if generic_close:
        # The seeker's own sign-off wording, as written in their template.
        return CitedParagraph(
            text=" ".join(t for _, t in generic_close[:2]),
            source_ids=list(dict.fromkeys(p for p, _ in generic_close[:2])),
        )
    team = normalise_space(job.company) or "your team"
    return CitedParagraph(
        text=vary.pick(
            (
                f"Thank you for considering my application. I would welcome the chance to discuss how I could "
                f"contribute to {team}.",
                f"Thank you for your time. I would be glad to talk about how I could help {team}.",
                f"Thank you for reading my application. I would welcome a conversation about the role at {team}.",
            ),
            5,
        ),
        source_ids=[],
    )


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _skills_paragraph(cv: CvDocument, terms: Terms, job: Job, vary: Variation) -> CitedParagraph | None:
    # Only skills the posting itself names (every word of the skill is in the posting), best matches first.
    posting = fold(posting_text(job))
    named = [s for s in cv.skills if phrase_in(fold(s), posting)]
    matched = sorted(named, key=lambda s: -terms.score(s))[:5]
    skill_sections = {s.id for s in cv.sections_of("skills")}
    sources = [p.id for p in cv.paragraphs if p.section_id in skill_sections and any(s in p.text for s in matched)]
    sentences = []
    if matched:
        sentences.append(
            vary.pick(
                (
                    "I bring the skills your posting asks for, including "
                    f"{_join([_skill_phrase(m) for m in matched])}.",
                    f"Of the skills your posting names, I bring {_join([_skill_phrase(m) for m in matched])}.",
                ),
                6,
            )
        )
    certs = []
    for section in cv.sections_of("certifications"):
        for pid in section.paragraph_ids:
            text = cv.text_of(pid).strip()
            if text and terms.score(text) > 0:
                certs.append((pid, re.sub(r",?\s*\(?(?:19|20)\d{2}\)?\.?$", "", text)))
    if certs:
        names = _join([c for _, c in certs[:2]])
        sentences.append(
            vary.pick((f"My certifications include {names}.", f"I also hold {names}."), 7)
            if not any(re.search(r"certif|licen[cs]|regist|clearance|card\b", c, re.I) for _, c in certs)
            else f"My certifications include {names}."
        )
        sources += [pid for pid, _ in certs[:2]]
    if not sentences:
        return None
    return CitedParagraph(text=" ".join(sentences), source_ids=list(dict.fromkeys(sources)))
