"""Fact checks of model answers against the seeker's own documents (pure functions).

They run inside `LLMGateway.ask` (the `check=` argument), so a violation gets the one repair attempt and
then fails as `InvalidAnswer`: an answer that adds a skill the CV does not show, or a contact detail
that is not the seeker's, never reaches the documents. The documents' own fact gate runs again later;
this is the first line, and the one that sees what a posting tried to inject.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from app.documents.claims import without_hedged
from app.documents.plan import CoverLetterDraft, TailoringPlan
from app.llm.schemas import FitAssessment

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
URL = re.compile(r"(?:https?://|www\.)[^\s)>\]]+", re.IGNORECASE)
PHONE = re.compile(r"\+?\d[\d ()-]{7,}\d")
_Check = Callable[[Any], list[str]]


def fold(text: str) -> str:
    return " ".join(re.sub(r"[^\w+#./-]+", " ", text.lower()).split())


def mentions(term: str, folded_text: str) -> bool:
    """Whether `term` appears as whole words in already-folded text."""
    t = fold(term)
    return bool(t) and re.search(rf"(?<![\w+#]){re.escape(t)}(?![\w+#])", folded_text) is not None


def in_cv(term: str, folded_cv: str, synonyms: dict[str, list[str]] | None = None) -> bool:
    """Whether the CV shows `term` itself or one of its synonyms (search.yaml `skills.synonyms`)."""
    if mentions(term, folded_cv):
        return True
    t = fold(term)
    for canonical, alternatives in (synonyms or {}).items():
        group = [canonical, *alternatives]
        if t in {fold(g) for g in group}:
            return any(mentions(g, folded_cv) for g in group)
    return False


def contact_violations(texts: Iterable[str], cv_text: str) -> list[str]:
    """Emails, links and phone numbers in the answer that the CV does not contain."""
    cv_lower, cv_digits = cv_text.lower(), re.sub(r"\D", "", cv_text)
    problems = []
    for text in texts:
        for found in EMAIL.findall(text) + URL.findall(text):
            if found.lower().rstrip(".,;") not in cv_lower:
                problems.append(f"contact detail {found!r} is not in the seeker's documents")
        for found in PHONE.findall(text):
            if re.sub(r"\D", "", found) not in cv_digits:
                problems.append(f"phone number {found!r} is not in the seeker's documents")
    return problems


def skill_violations(texts: Iterable[str], cv_text: str, watch: Iterable[str]) -> list[str]:
    """Skills from the watch list (criteria and posting vocabulary) used in the answer but absent from the CV."""
    cv = fold(cv_text)
    unknown = [w for w in dict.fromkeys(watch) if w.strip() and not mentions(w, cv)]
    problems = []
    for text in texts:
        folded = fold(without_hedged(text))  # "I would like to learn X" does not claim X
        problems += [f"skill {w!r} is not in the seeker's CV" for w in unknown if mentions(w, folded)]
    return list(dict.fromkeys(problems))


def fit_check(cv_text: str, synonyms: dict[str, list[str]] | None = None) -> _Check:
    """Matched skills must be written in the CV (or a synonym of them)."""
    cv = fold(cv_text)

    def check(answer: FitAssessment) -> list[str]:
        return [
            f"matched skill {s!r} is not in the seeker's CV"
            for s in answer.matched_skills
            if not in_cv(s, cv, synonyms)
        ]

    return check


def plan_check(cv_text: str, watch: Iterable[str] = (), synonyms: dict[str, list[str]] | None = None) -> _Check:
    """Emphasised skills must be CV skills; rewrites add no skill or contact detail the CV lacks."""
    cv, watch = fold(cv_text), list(watch)

    def check(plan: TailoringPlan) -> list[str]:
        problems = [
            f"skills_emphasis lists {s!r}, which is not in the seeker's CV"
            for s in plan.skills_emphasis
            if not in_cv(s, cv, synonyms)
        ]
        texts = [r.text for r in plan.rewrites] + ([plan.summary.text] if plan.summary else [])
        return problems + skill_violations(texts, cv_text, watch) + contact_violations(texts, cv_text)

    return check


def cover_letter_check(cv_text: str, watch: Iterable[str] = ()) -> _Check:
    """The letter adds no skill or contact detail the CV lacks."""
    watch = list(watch)

    def check(draft: CoverLetterDraft) -> list[str]:
        texts = [draft.salutation] + [p.text for p in draft.paragraphs]
        return skill_violations(texts, cv_text, watch) + contact_violations(texts, cv_text)

    return check
