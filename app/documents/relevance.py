"""Deterministic relevance of CV text to a posting: weighted terms, no model.

Terms come from the posting (title and description), the match's matched skills and the seeker's skill
lists. A skill counts three, a word of the job title two, any other content word of the posting one; a
paragraph's score is the sum over the distinct terms it contains, so repetition does not inflate it.

Words are compared by a light stem, and hyphenated words also by their parts, so "machine-learning
models" meets "machine learning model". With `specific_to(texts)` each word's weight is scaled by how rare
it is among those texts (IDF-like): a word most CV paragraphs share ("data", "team") counts for little,
so common words do not outrank skills.
"""

from __future__ import annotations

import html
import math
import re
from dataclasses import dataclass

from app.config.search import SearchConfig
from app.documents.claims import stem
from app.documents.facts import SKILL_TERMS, terms_in
from app.documents.text import fold
from app.domain.models import Job, MatchResult

_STOP_WORDS = """a about above after again all also am an and any are as at be been being both but by can could did do
does doing down during each few for from further had has have having he her here hers him his how i if in
into is it its itself just me more most my no nor not now of off on once only or other our ours out over
own same she should so some such than that the their them then there these they this those through to too
under until up very was we were what when where which while who whom why will with would you your yours
role job work team teams company join us ll ve re looking apply applications candidate candidates
experience years year day days week weeks month months per plus strong nice must including across based
within well new like etc using use used help make able ability skills skill opportunity great good"""
_STOP = frozenset(_STOP_WORDS.split())
_WORD = re.compile(r"[a-z][a-z0-9+#.-]*[a-z0-9+#]|[a-z]")


def word_stems(text: str) -> set[str]:
    """Stems of the words of text; a hyphenated word also gives its parts ("data-quality": data, quality)."""
    return set(_stem_factors(text))


def _stem_factors(text: str) -> dict[str, float]:
    # A part of a hyphenated word counts half: "machine-learning" meets "machine learning", but
    # "data-quality" is not as good a match for "water-quality" as a whole word would be.
    out: dict[str, float] = {}
    for w in _WORD.findall(fold(text)):
        out[stem(w)] = 1.0
        if "-" in w:
            for p in w.split("-"):
                if len(p) > 1:
                    out.setdefault(stem(p), 0.5)
    return out


@dataclass(frozen=True)
class Terms:
    weights: dict[str, float]
    skills: frozenset[str]

    def score(self, text: str) -> float:
        if not text:
            return 0.0
        skills = terms_in(text, self.skills) | terms_in(text.replace("-", " "), self.skills)
        # A skill's own words are not counted again as plain words ("Databricks" once, not twice).
        inside = {stem(p) for s in skills for p in s.split()}
        factors = _stem_factors(text)
        words = {w: f for w, f in factors.items() if w in self.weights and w not in inside}
        return sum(self.weights[w] * f for w, f in words.items()) + sum(self.weights.get(t, 1.0) for t in skills)

    def matched(self, text: str) -> frozenset[str]:
        return terms_in(text, self.skills)

    def specific_to(self, texts: list[str]) -> Terms:
        """The same terms, each weighted by its rarity among `texts` (1 + log(N / document frequency))."""
        docs = [word_stems(t) | set(terms_in(t, self.skills)) for t in texts if t.strip()]
        if not docs:
            return self
        n = len(docs)
        weights = {}
        for term, w in self.weights.items():
            df = sum(term in d for d in docs)
            weights[term] = w * (1.0 + math.log((n + 1) / (df + 1)))
        return Terms(weights=weights, skills=self.skills)


def posting_text(job: Job) -> str:
    text = job.description_text
    if not text and job.description_html:
        text = html.unescape(re.sub(r"<[^>]+>", " ", job.description_html))
    return f"{job.title}\n{text}"


def posting_terms(job: Job, match: MatchResult | None, search: SearchConfig | None = None) -> Terms:
    text = posting_text(job)
    weights: dict[str, float] = {}
    for w in word_stems(text):
        if w not in _STOP and len(w) > 2 and not w.isdigit():
            weights.setdefault(w, 1.0)
    for w in word_stems(job.title):
        if w not in _STOP:
            weights[w] = 2.0
    skills = set(terms_in(text, SKILL_TERMS))
    if match is not None:
        skills |= {fold(s) for s in match.matched_skills if s.strip()}
    if search is not None:
        # The seeker's own skill lists count only where the posting mentions them.
        wanted = [*search.skills.must_have, *search.skills.preferred, *search.skills.nice_to_have]
        skills |= {fold(s) for s in wanted if s.strip() and fold(s) in fold(text)}
    for s in skills:
        weights[s] = 3.0
    return Terms(weights=weights, skills=frozenset(skills))


def skill_terms_for(job: Job, match: MatchResult | None, search: SearchConfig | None) -> frozenset[str]:
    """Terms the fact gate treats as skill claims: the general list plus this posting's and seeker's."""
    extra = set(terms_in(posting_text(job), SKILL_TERMS))
    if match is not None:
        extra |= {fold(s) for s in match.matched_skills if s.strip()}
    if search is not None:
        extra |= {
            fold(s)
            for s in (*search.skills.must_have, *search.skills.preferred, *search.skills.nice_to_have)
            if s.strip()
        }
    return SKILL_TERMS | frozenset(extra)
