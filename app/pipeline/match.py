"""Deterministic matching of a job against the seeker's criteria: hard gates, then a 0..1 score.

Pure: no I/O library is imported here. Matchers are compiled once per SearchConfig (cached), and
every gate and criterion carries the reason a person can read in the UI.
"""

from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from app.config.search import SearchConfig
from app.domain.models import CriterionScore, GateResult, Job, MatchResult
from app.pipeline.salary import convert_salary

log = logging.getLogger(__name__)

#: criterion weights; criteria with nothing configured drop out and the rest are renormalised
WEIGHTS = {"must_have": 0.40, "preferred": 0.25, "nice_to_have": 0.05, "title": 0.20, "keywords": 0.10}
#: how many matches earn full marks, so a long preferred list is not a penalty
SATURATE = {"preferred": 4, "nice_to_have": 2, "keywords": 3}
BUILTIN_SYNONYMS: dict[str, list[str]] = {
    "postgresql": ["postgres", "psql"], "go": ["golang"], "kubernetes": ["k8s"],
    "javascript": ["js", "ecmascript"], "node.js": ["nodejs", "node js"], "c#": ["csharp", "c sharp"],
    "c++": ["cpp"], "azure data factory": ["adf", "data factory"],
    "azure synapse": ["synapse", "synapse analytics"], "aws": ["amazon web services"],
    "gcp": ["google cloud", "google cloud platform"], "ci/cd": ["cicd", "ci / cd"],
    "machine learning": ["ml"], "apache spark": ["spark"], "power bi": ["powerbi"],
    "github actions": ["gh actions"], "prince2": ["prince 2"], "dbt": ["data build tool"],
    "delta lake": ["delta tables"], "typescript": ["ts"],
}
SENIORITY = {"intern": "intern", "internship": "intern", "graduate": "graduate", "grad": "graduate",
             "junior": "junior", "jr": "junior", "entry": "junior", "mid": "mid", "intermediate": "mid",
             "senior": "senior", "sr": "senior", "lead": "lead", "principal": "principal", "staff": "staff",
             "head": "head", "director": "director", "chief": "director", "vp": "director"}
_SENIORITY_RE = re.compile(r"\b(" + "|".join(sorted(SENIORITY, key=len, reverse=True)) + r")\b\.?", re.I)
_LEGAL = re.compile(r"\b(pty|ltd|limited|inc|llc|plc|gmbh|corp|corporation|co|company|group)\b\.?", re.I)
_WORD = re.compile(r"[a-z0-9]+")
_JOINERS = frozenset("_+#&")


@dataclass(frozen=True)
class Prepared:
    """A text made ready for term search once: as it is, and a lower-case copy."""

    text: str
    lower: str

    @classmethod
    def of(cls, text: str) -> Prepared:
        return cls(text, text.lower())


def _clear(hay: str, i: int, j: int, strict: bool) -> bool:
    """No word character glued to hay[i:j] on either side (C is not C#, Go is not Google)."""
    if i > 0 and (hay[i - 1].isalnum() or hay[i - 1] in _JOINERS):
        return False
    if j >= len(hay):
        return True
    nxt = hay[j]
    return not (nxt.isalnum() or nxt in _JOINERS or (strict and nxt == "-")
                or (nxt == "." and j + 1 < len(hay) and hay[j + 1].isalnum()))


def _bounded(hay: str, form: str, strict: bool) -> bool:
    """`form` occurs in `hay` as a whole word (or words)."""
    i = hay.find(form)
    while i != -1:
        if _clear(hay, i, i + len(form), strict):
            return True
        i = hay.find(form, i + 1)
    return False


@dataclass(frozen=True)
class Term:
    """One skill or keyword and every way a posting may write it, behind word boundaries."""

    name: str
    loose: tuple[str, ...]
    strict: tuple[str, ...]
    spaced: tuple[tuple[str, re.Pattern[str]], ...] = ()  # multi-word forms split by any whitespace

    def found(self, text: Prepared) -> bool:
        lower = text.lower
        for form in self.loose:
            if form in lower and _bounded(lower, form, False):
                return True
        for first, pattern in self.spaced:  # "Azure Data\nFactory": rare, so only when the first word is there
            if first in lower and any(_clear(lower, m.start(), m.end(), False) for m in pattern.finditer(lower)):
                return True
        return any(form in text.text and _bounded(text.text, form, True) for form in self.strict)


def compile_term(name: str, synonyms: dict[str, list[str]]) -> Term:
    """A Term for `name`; short forms (Go, R, C) match case-sensitively so "go" and "React" do not hit."""
    key = name.strip().lower()
    forms = {name.strip(), *synonyms.get(key, []), *BUILTIN_SYNONYMS.get(key, [])}
    loose: set[str] = set()
    strict: set[str] = set()
    for form in forms:
        flat = " ".join(form.split())
        if not flat:
            continue
        if len(flat.replace(" ", "")) <= 2:
            strict.update({flat[:1].upper() + flat[1:], flat.upper()})
        else:
            loose.add(flat.lower())
    spaced = tuple((f.split()[0], re.compile(r"\s+".join(re.escape(w) for w in f.split())))
                   for f in sorted(loose) if " " in f)
    return Term(name=name.strip(), loose=tuple(sorted(loose, key=len, reverse=True)),
                strict=tuple(sorted(strict)), spaced=spaced)


@dataclass(frozen=True)
class Compiled:
    """Everything precompiled from one SearchConfig."""

    must: tuple[Term, ...]
    preferred: tuple[Term, ...]
    nice: tuple[Term, ...]
    keywords: tuple[Term, ...]
    exclusions: tuple[Term, ...]
    companies: tuple[str, ...]
    roles: tuple[tuple[str, str], ...]  # (title key, the role as the seeker wrote it)
    cities: frozenset[str]
    countries: frozenset[str]
    seniority: frozenset[str]


@functools.lru_cache(maxsize=64)
def _compile(key: str) -> Compiled:
    search = SearchConfig.model_validate_json(key)
    syn = {k.lower(): v for k, v in search.skills.synonyms.items()}

    def terms(names: list[str]) -> tuple[Term, ...]:
        return tuple(compile_term(n, syn) for n in names if n.strip())

    return Compiled(
        must=terms(search.skills.must_have), preferred=terms(search.skills.preferred),
        nice=terms(search.skills.nice_to_have), keywords=terms(search.keywords),
        exclusions=tuple(compile_term(n, {}) for n in search.exclusions if n.strip()),
        companies=tuple(company_key(c) for c in search.excluded_companies if c.strip()),
        roles=tuple((_title_key(r), r.strip()) for r in search.roles if r.strip()),
        cities=frozenset(c.strip().lower() for c in search.locations.cities),
        countries=frozenset(c.strip().upper() for c in search.locations.countries),
        seniority=frozenset(SENIORITY.get(s.strip().lower(), s.strip().lower()) for s in search.seniority),
    )


_LAST: dict[int, tuple[SearchConfig, Compiled]] = {}


def compiled_for(search: SearchConfig) -> Compiled:
    """The matchers for `search`: cached by object, then by content. Treat a SearchConfig as immutable."""
    hit = _LAST.get(id(search))
    if hit is not None and hit[0] is search:
        return hit[1]
    compiled = _compile(search.model_dump_json())
    if len(_LAST) > 64:
        _LAST.clear()
    _LAST[id(search)] = (search, compiled)
    return compiled


def company_key(name: str) -> str:
    return " ".join(_WORD.findall(_LEGAL.sub(" ", name.lower())))


def _title_key(title: str) -> str:
    title = re.sub(r"\([^)]*\)", " ", title)
    return " ".join(w for w in _WORD.findall(_SENIORITY_RE.sub(" ", title.lower())))


def match_job(job: Job, search: SearchConfig, fx: dict[str, float] | None = None) -> MatchResult:
    """Hard gates with reasons, then a 0..1 score from skills, title and keywords, each explained."""
    c = compiled_for(search)
    text = Prepared.of(f"{job.title}\n{job.description_text}")
    gates = run_gates(job, search, c, fx)
    criteria = _criteria(job, text, c)
    total_w = sum(cr.weight for cr in criteria)
    score = round(sum(cr.score * cr.weight for cr in criteria) / total_w, 4) if total_w else 0.0
    matched = [s for cr in criteria if cr.name in ("must_have", "preferred", "nice_to_have") for s in cr.matched]
    passed = all(g.passed for g in gates)
    return MatchResult(passed_gates=passed, score=score, gates=gates, criteria=criteria,
                                       matched_skills=matched, summary=_summary(passed, score, gates, criteria))


def _criteria(job: Job, text: Prepared, c: Compiled) -> list[CriterionScore]:
    out = []
    for name, terms in (("must_have", c.must), ("preferred", c.preferred), ("nice_to_have", c.nice),
                        ("keywords", c.keywords)):
        if not terms:
            continue
        hit: list[str] = []
        miss: list[str] = []
        for t in terms:
            (hit if t.found(text) else miss).append(t.name)
        need = min(len(terms), SATURATE.get(name, len(terms)))
        score = min(1.0, len(hit) / need)
        label = name.replace("_", "-")
        reason = (f"{len(hit)} of {len(terms)} {label} found" + (f" ({need} earn full marks)" if need < len(terms)
                                                                 else ""))
        out.append(CriterionScore(name=name, score=round(score, 4), weight=WEIGHTS[name],
                                                  matched=hit, missing=miss, reason=reason))
    if c.roles:
        key = _title_key(job.title)
        best, role = max(((fuzz.token_set_ratio(key, rk) / 100.0, r) for rk, r in c.roles), default=(0.0, ""))
        score = best if best >= 0.6 else 0.0
        out.append(CriterionScore(
            name="title", score=round(score, 4), weight=WEIGHTS["title"], matched=[role] if score else [],
            reason=f"title {job.title!r} is {best:.0%} like the wanted role {role!r}" if role else "no roles set"))
    order = ["must_have", "preferred", "nice_to_have", "title", "keywords"]
    return sorted(out, key=lambda cr: order.index(cr.name))


def _gate(name: str, passed: bool, reason: str) -> GateResult:
    return GateResult(name=name, passed=passed, reason=reason)


def run_gates(job: Job, search: SearchConfig, c: Compiled, fx: dict[str, float] | None) -> list[GateResult]:
    return [_gate_remote(job, search), _gate_location(job, search, c), _gate_job_type(job, search),
            _gate_salary(job, search, fx), _gate_exclusions(job, c), _gate_company(job, c),
            _gate_seniority(job, c)]


def _gate_remote(job: Job, search: SearchConfig) -> GateResult:
    allowed = search.locations.remote
    if job.remote == "unknown":
        ok = search.locations.allow_unknown
        return _gate(name="remote_policy", passed=ok,
                          reason="work arrangement not stated" + ("" if ok else " (unknown arrangements refused)"))
    ok = job.remote in allowed
    verdict = "acceptable" if ok else "not acceptable"
    return _gate(name="remote_policy", passed=ok,
                      reason=f"{job.remote} is {verdict} (wanted: {', '.join(allowed)})")


def _where(job: Job) -> str:
    return job.location_text or "no location stated"


def _gate_location(job: Job, search: SearchConfig, c: Compiled) -> GateResult:
    cities = {loc.city.lower() for loc in job.locations if loc.city}
    countries = {loc.country.upper() for loc in job.locations if loc.country}
    wanted = ", ".join(sorted(c.countries)) or "anywhere"
    places = ", ".join(search.locations.cities) or "any city"

    def result(ok: bool, reason: str) -> GateResult:
        return _gate(name="location", passed=ok, reason=reason)

    if not c.cities and not c.countries:
        return result(True, "no location limits set")
    if job.remote == "remote":
        if not countries or not c.countries:
            return result(True, f"remote with no country restriction ({_where(job)})")
        if countries & c.countries:
            return result(True, f"remote from {', '.join(sorted(countries & c.countries))}")
        return result(False, f"remote only from {', '.join(sorted(countries))}; you can work from {wanted}")
    if cities & c.cities:
        return result(True, f"{job.remote if job.remote != 'unknown' else 'based'} in {_where(job)}")
    if job.remote in ("hybrid", "onsite"):
        if not c.cities and countries & c.countries:
            return result(True, f"{job.remote} in {_where(job)}")
        if not cities and not countries:
            return result(search.locations.allow_unknown, f"{job.remote} with no location stated")
        return result(False, f"{job.remote} in {_where(job)}; on-site or hybrid work only in {places}")
    if not cities and not countries:
        return result(search.locations.allow_unknown, "no location stated")
    if countries & c.countries:
        ok = search.locations.allow_unknown
        return result(ok, f"in {_where(job)}, arrangement unclear" + ("" if ok else " (refused)"))
    return result(False, f"in {_where(job)}: outside {wanted} and {places}")


def _gate_job_type(job: Job, search: SearchConfig) -> GateResult:
    if not search.job_types:
        return _gate(name="job_type", passed=True, reason="any employment type accepted")
    if job.employment_type == "unknown":
        return _gate(name="job_type", passed=True, reason="employment type not stated")
    ok = job.employment_type in search.job_types
    kind = job.employment_type.replace("_", "-")
    return _gate(name="job_type", passed=ok, reason=f"{kind} is {'wanted' if ok else 'not wanted'} "
                      f"(wanted: {', '.join(t.replace('_', '-') for t in search.job_types)})")


def _money(v: float | None) -> str:
    return "?" if v is None else f"{v:,.0f}"


def _gate_salary(job: Job, search: SearchConfig, fx: dict[str, float] | None) -> GateResult:
    floor = search.salary
    if floor.minimum is None:
        return _gate(name="salary", passed=True, reason="no salary floor set")
    want = f"{floor.currency} {floor.minimum:,.0f} a {floor.period}"
    if job.salary is None or (job.salary.min is None and job.salary.max is None):
        return _gate(name="salary", passed=floor.allow_missing,
                          reason=f"no salary stated (not guessed); floor {want}")
    conv = salary_in_floor_terms(job, search, fx)
    stated = job.salary.text or (f"{job.salary.currency or '?'} {_money(job.salary.min)}–{_money(job.salary.max)}"
                                 f" a {job.salary.period or '?'}")
    if conv is None:
        return _gate(name="salary", passed=floor.allow_missing,
                          reason=f"salary {stated!r} cannot be compared with {want} (currency or period unknown, "
                                 "or no exchange rate configured)")
    low, high = conv
    best = max(v for v in (low, high) if v is not None)
    ok = best >= floor.minimum
    shown = f"{floor.currency} {_money(low)}" + (f"–{_money(high)}" if high is not None else "")
    origin = "" if (job.salary.currency, job.salary.period) == (floor.currency, floor.period) else f" (from {stated})"
    return _gate(name="salary", passed=ok,
                      reason=f"{shown} a {floor.period}{origin} {'meets' if ok else 'is below'} the floor of {want}")


def _gate_exclusions(job: Job, c: Compiled) -> GateResult:
    text = Prepared.of(f"{job.title}\n{job.company}")
    hits = [t.name for t in c.exclusions if t.found(text)]
    return _gate(name="exclusions", passed=not hits,
                      reason=f"excluded word in title or company: {', '.join(hits)}" if hits else "no excluded words")


def _gate_company(job: Job, c: Compiled) -> GateResult:
    key = company_key(job.company)
    hit = next((x for x in c.companies if x == key or (len(key) > 3 and fuzz.ratio(x, key) >= 92)), None)
    return _gate(name="excluded_company", passed=hit is None,
                      reason=f"{job.company} is on the excluded list" if hit else "company not excluded")


def _gate_seniority(job: Job, c: Compiled) -> GateResult:
    if not c.seniority:
        return _gate(name="seniority", passed=True, reason="any seniority accepted")
    found = [SENIORITY[m.group(1).lower()] for m in _SENIORITY_RE.finditer(job.title)]
    if not found:
        return _gate(name="seniority", passed=True, reason="no seniority stated in the title")
    ok = any(level in c.seniority for level in found)
    return _gate(name="seniority", passed=ok,
                      reason=f"{found[0]} level is {'wanted' if ok else 'not wanted'} "
                             f"(wanted: {', '.join(sorted(c.seniority))})")


def _summary(passed: bool, score: float, gates: list[GateResult], criteria: list[CriterionScore]) -> str:
    if not passed:
        return "Filtered: " + "; ".join(g.reason for g in gates if not g.passed)
    parts = [f"score {score:.2f}"]
    for cr in criteria:
        if cr.name == "title":
            parts.append(f"title fit {cr.score:.0%}")
        elif cr.matched or cr.name == "must_have":
            parts.append(f"{cr.name.replace('_', '-')} {len(cr.matched)}/{len(cr.matched) + len(cr.missing)}"
                         + (f" ({', '.join(cr.matched[:4])})" if cr.matched else ""))
    return "Passes every gate; " + "; ".join(parts)


def salary_in_floor_terms(job: Job, search: SearchConfig,
                          fx: dict[str, float] | None = None) -> tuple[float | None, float | None] | None:
    """The job's pay in the seeker's currency and period, or None when it cannot be compared."""
    return convert_salary(job.salary, search.salary.currency, search.salary.period,
                          search.working_days_per_year, search.hours_per_day, fx)
