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
from app.pipeline.employment import employment_kinds
from app.pipeline.locations import Home, Place, continent_of, parse_places, remote_restrictions, resolve_home, summarise
from app.pipeline.salary import convert_salary, looks_misread
from app.pipeline.skills import BUILTIN_SYNONYMS, Prepared, Term, compile_term, mask_names
from app.pipeline.titles import title_fit

__all__ = [
    "BUILTIN_SYNONYMS",
    "Prepared",
    "Term",
    "compile_term",
    "compiled_for",
    "failed_gates",
    "match_job",
    "run_gates",
]

log = logging.getLogger(__name__)

#: criterion weights; criteria with nothing configured drop out and the rest are renormalised
WEIGHTS = {"must_have": 0.40, "preferred": 0.25, "nice_to_have": 0.05, "title": 0.20, "keywords": 0.10}
#: how many matches earn full marks, so a long preferred list is not a penalty
SATURATE = {"preferred": 4, "nice_to_have": 2, "keywords": 3}
SENIORITY = {
    "intern": "intern",
    "internship": "intern",
    "graduate": "graduate",
    "grad": "graduate",
    "junior": "junior",
    "jr": "junior",
    "entry": "junior",
    "mid": "mid",
    "intermediate": "mid",
    "senior": "senior",
    "sr": "senior",
    "lead": "lead",
    "principal": "principal",
    "staff": "staff",
    "head": "head",
    "director": "director",
    "chief": "director",
    "vp": "director",
}
_SENIORITY_RE = re.compile(r"\b(" + "|".join(sorted(SENIORITY, key=len, reverse=True)) + r")\b\.?", re.I)
_LEGAL = re.compile(r"\b(pty|ltd|limited|inc|llc|plc|gmbh|corp|corporation|co|company|group)\b\.?", re.I)
_WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class Compiled:
    """Everything precompiled from one SearchConfig."""

    must: tuple[Term, ...]
    must_any: tuple[tuple[Term, ...], ...]
    excluded_skills: tuple[Term, ...]
    home: Home
    preferred: tuple[Term, ...]
    nice: tuple[Term, ...]
    keywords: tuple[Term, ...]
    exclusions: tuple[Term, ...]
    companies: tuple[str, ...]
    roles: tuple[str, ...]  # the roles as the seeker wrote them
    cities: frozenset[str]
    countries: frozenset[str]
    seniority: frozenset[str]
    wanted_places: tuple[frozenset[str], frozenset[str], str]  # for the location gate (_wanted_places)


@functools.lru_cache(maxsize=64)
def _compile(key: str) -> Compiled:
    search = SearchConfig.model_validate_json(key)
    syn = {k.lower(): v for k, v in search.skills.synonyms.items()}

    def terms(names: list[str]) -> tuple[Term, ...]:
        return tuple(compile_term(n, syn) for n in names if n.strip())

    home = resolve_home(search.home.city, search.home.region, search.home.country)
    cities = frozenset(c.strip().lower() for c in search.locations.cities)
    countries = frozenset(c.strip().upper() for c in search.locations.countries)
    return Compiled(
        must=terms(search.skills.must_have),
        must_any=tuple(terms(group) for group in search.skills.must_have_any if any(g.strip() for g in group)),
        excluded_skills=terms(search.skills.excluded),
        home=home,
        preferred=terms(search.skills.preferred),
        nice=terms(search.skills.nice_to_have),
        keywords=terms(search.keywords),
        exclusions=tuple(compile_term(n, {}) for n in search.exclusions if n.strip()),
        companies=tuple(company_key(c) for c in search.excluded_companies if c.strip()),
        roles=tuple(r.strip() for r in search.roles if r.strip()),
        cities=cities,
        countries=countries,
        seniority=frozenset(SENIORITY.get(s.strip().lower(), s.strip().lower()) for s in search.seniority),
        wanted_places=_wanted_places(cities, countries, home),
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


def job_text(job: Job) -> Prepared:
    """The title and description with names of people and organisations blanked, ready for term search."""
    return Prepared.of(mask_names(f"{job.title}\n{job.description_text}", job.company, job.contact_name))


def match_job(job: Job, search: SearchConfig, fx: dict[str, float] | None = None) -> MatchResult:
    """Hard gates with reasons, then a 0..1 score from skills, title and keywords, each explained."""
    c = compiled_for(search)
    text = job_text(job)
    criteria = _criteria(job, text, c)
    gates = run_gates(job, search, c, fx, text, criteria)
    total_w = sum(cr.weight for cr in criteria)
    score = round(sum(cr.score * cr.weight for cr in criteria) / total_w, 4) if total_w else 0.0
    matched = [s for cr in criteria if cr.name in ("must_have", "preferred", "nice_to_have") for s in cr.matched]
    passed = all(g.passed for g in gates)
    return MatchResult(
        passed_gates=passed,
        score=score,
        gates=gates,
        criteria=criteria,
        matched_skills=matched,
        summary=_summary(passed, score, gates, criteria),
    )


def _criteria(job: Job, text: Prepared, c: Compiled) -> list[CriterionScore]:
    out = []
    for name, terms in (
        ("must_have", c.must),
        ("preferred", c.preferred),
        ("nice_to_have", c.nice),
        ("keywords", c.keywords),
    ):
        groups = c.must_any if name == "must_have" else ()
        if not terms and not groups:
            continue
        hit: list[str] = []
        miss: list[str] = []
        for t in terms:
            (hit if t.found(text) else miss).append(t.name)
        for group in groups:  # a group counts once: by the alternatives found, or as "one of ..." missing
            found = [t.name for t in group if t.found(text)]
            if found:
                hit.extend(found)
            else:
                miss.append("one of " + ", ".join(t.name for t in group))
        size = len(terms) + len(groups)
        have = size - len(miss)
        need = min(size, SATURATE.get(name, size))
        score = min(1.0, have / need) if need else 1.0
        label = name.replace("_", "-")
        reason = f"{have} of {size} {label} found" + (f" ({need} earn full marks)" if need < size else "")
        out.append(
            CriterionScore(
                name=name, score=round(score, 4), weight=WEIGHTS[name], matched=hit, missing=miss, reason=reason
            )
        )
    if c.roles:
        fit = title_fit(job.title, list(c.roles))
        out.append(
            CriterionScore(
                name="title",
                score=fit.score,
                weight=WEIGHTS["title"],
                matched=[fit.role] if fit.role else [],
                reason=fit.reason,
            )
        )
    order = ["must_have", "preferred", "nice_to_have", "title", "keywords"]
    return sorted(out, key=lambda cr: order.index(cr.name))


def _gate(name: str, passed: bool, reason: str) -> GateResult:
    return GateResult(name=name, passed=passed, reason=reason)


def failed_gates(match: MatchResult) -> str:
    """Why a job failed its hard gates, as the `filtered` status says it."""
    return "; ".join(g.reason for g in match.gates if not g.passed) or "failed a hard gate"


def run_gates(
    job: Job,
    search: SearchConfig,
    c: Compiled,
    fx: dict[str, float] | None,
    text: Prepared | None = None,
    criteria: list[CriterionScore] | None = None,
) -> list[GateResult]:
    text = text or job_text(job)
    criteria = criteria if criteria is not None else _criteria(job, text, c)
    by_name = {cr.name: cr for cr in criteria}
    return [
        _gate_remote(job, search),
        _gate_location(job, search, c),
        _gate_residence(job, c),
        _gate_job_type(job, search),
        _gate_salary(job, search, fx),
        _gate_exclusions(job, c),
        _gate_company(job, c),
        _gate_seniority(job, c),
        *_gate_must_have(search, by_name.get("must_have")),
        *_gate_excluded_skills(text, c),
        *_gate_role(search, by_name.get("title")),
    ]


def _gate_must_have(search: SearchConfig, must: CriterionScore | None) -> list[GateResult]:
    if must is None or not search.skills.must_have_required:
        return []
    if must.missing:
        return [_gate("must_have", False, "missing must-have: " + "; ".join(must.missing))]
    return [_gate("must_have", True, "every must-have found: " + ", ".join(must.matched))]


def _gate_excluded_skills(text: Prepared, c: Compiled) -> list[GateResult]:
    if not c.excluded_skills:
        return []
    hits = [t.name for t in c.excluded_skills if t.found(text)]
    return [
        _gate(
            "excluded_skills",
            not hits,
            f"asks for excluded skill: {', '.join(hits)}" if hits else "no excluded skills asked for",
        )
    ]


def _gate_role(search: SearchConfig, title: CriterionScore | None) -> list[GateResult]:
    if title is None or not search.role_required:
        return []
    return [_gate("role", bool(title.matched), title.reason)]


def _gate_residence(job: Job, c: Compiled) -> GateResult:
    """Work limited to a region, city or country ("remote within NSW only") against where the seeker lives."""
    limits = remote_restrictions(f"{job.location_text}\n{job.description_text}")
    home = c.home
    if not limits:
        return _gate("residence", True, "no limit on where you live")
    if home.country is None:
        return _gate("residence", True, f"limited to {limits[0][0].name} (set home in search.yaml to check)")
    by_sentence: dict[str, list[Place]] = {}
    for place, said in limits:  # places in one sentence are alternatives; every sentence must let you in
        by_sentence.setdefault(said, []).append(place)
    for said, places in by_sentence.items():
        if not any(p.contains(home) for p in places):
            names = " or ".join(p.name for p in places)
            return _gate("residence", False, f"only for people in {names} ({said!r}); you live in {home.describe()}")
    return _gate("residence", True, f"open to people in {limits[0][0].name}, where you live")


def _gate_remote(job: Job, search: SearchConfig) -> GateResult:
    allowed = search.locations.remote
    if job.remote == "unknown":
        ok = search.locations.allow_unknown
        return _gate(
            name="remote_policy",
            passed=ok,
            reason="work arrangement not stated" + ("" if ok else " (unknown arrangements refused)"),
        )
    ok = job.remote in allowed
    verdict = "acceptable" if ok else "not acceptable"
    return _gate(name="remote_policy", passed=ok, reason=f"{job.remote} is {verdict} (wanted: {', '.join(allowed)})")


def _where(job: Job) -> str:
    return job.location_text or "no location stated"


def _job_places(job: Job) -> tuple[set[str], set[str]]:
    """(cities, countries) the posting names, read with the gazetteers; the source's own parse as fallback."""
    cities: set[str] = set()
    countries: set[str] = set()
    for loc in parse_places(job.location_text):
        names, _, country = summarise(loc)
        cities |= names
        if country:
            countries.add(country)
        countries |= {f"bloc:{p.code}" for p in loc if p.kind == "bloc"}  # "Remote - Europe"
    if not cities and not countries:
        cities = {loc.city.lower() for loc in job.locations if loc.city}
        countries = {loc.country.upper() for loc in job.locations if loc.country}
    return cities, countries


def _wanted_places(
    cities: frozenset[str], countries: frozenset[str], home: Home
) -> tuple[frozenset[str], frozenset[str], str]:
    """(cities, countries and their continents as `bloc:XX`, the countries as shown) the seeker wants."""
    want_cities = cities | ({home.city} if home.city else set())
    base = countries or ({home.country} if home.country else frozenset())
    want_countries = frozenset(base) | {f"bloc:{b}" for b in map(continent_of, base) if b}
    wanted = ", ".join(sorted(x for x in want_countries if not x.startswith("bloc:"))) or "anywhere"
    return frozenset(want_cities), want_countries, wanted


def _gate_location(job: Job, search: SearchConfig, c: Compiled) -> GateResult:
    want_cities, want_countries, wanted = c.wanted_places
    if not want_cities and not want_countries:
        return _gate("location", True, "no location limits set")
    cities, countries = _job_places(job)
    if job.remote == "remote":
        return _location_remote(job, countries, want_countries, wanted)
    places = ", ".join(search.locations.cities) or (c.home.city.title() if c.home.city else "any city")
    return _location_based(job, search, (cities, countries), (want_cities, want_countries), (wanted, places))


def _location_remote(job: Job, countries: set[str], want_countries: frozenset[str], wanted: str) -> GateResult:
    if not countries or not want_countries:
        return _gate("location", True, f"remote with no country restriction ({_where(job)})")
    if countries & want_countries:
        return _gate("location", True, f"remote from {', '.join(sorted(countries & want_countries))}")
    shown = ", ".join(sorted(x.removeprefix("bloc:") for x in countries))
    return _gate("location", False, f"remote only from {shown}; you can work from {wanted}")


def _location_based(
    job: Job,
    search: SearchConfig,
    have: tuple[set[str], set[str]],
    want: tuple[frozenset[str], frozenset[str]],
    shown: tuple[str, str],
) -> GateResult:
    """A posting that is not remote: worked where it names (hybrid, on-site, or an arrangement not stated)."""
    (cities, countries), (want_cities, want_countries), (wanted, places) = have, want, shown
    kind = job.remote if job.remote != "unknown" else "based"
    if cities & want_cities:
        return _gate("location", True, f"{kind} in {_where(job)}")
    if not cities and not countries:
        work = job.remote if job.remote != "unknown" else "work"
        return _gate("location", search.locations.allow_unknown, f"{work} with no location stated")
    if job.remote in ("hybrid", "onsite") or cities:
        # a posting that names a city and does not say remote is worked there
        if not want_cities and countries & want_countries:
            return _gate("location", True, f"{kind} in {_where(job)}")
        return _gate("location", False, f"{kind} in {_where(job)}; on-site or hybrid work only in {places}")
    if countries & want_countries:
        ok = search.locations.allow_unknown
        return _gate("location", ok, f"in {_where(job)}, arrangement unclear" + ("" if ok else " (refused)"))
    return _gate("location", False, f"in {_where(job)}: outside {wanted} and {places}")


def _gate_job_type(job: Job, search: SearchConfig) -> GateResult:
    if not search.job_types:
        return _gate(name="job_type", passed=True, reason="any employment type accepted")
    kinds, source = employment_kinds(job)
    if not kinds:
        return _gate(name="job_type", passed=True, reason="employment type not stated")
    ok_kinds = [k for k in kinds if k in search.job_types]
    kind = (ok_kinds or kinds)[0].replace("_", "-")
    wanted = ", ".join(t.replace("_", "-") for t in search.job_types)
    return _gate(
        name="job_type",
        passed=bool(ok_kinds),
        reason=f"{kind} is {'wanted' if ok_kinds else 'not wanted'} (wanted: {wanted}; read from {source})",
    )


def _money(v: float | None) -> str:
    return "?" if v is None else f"{v:,.0f}"


def _gate_salary(job: Job, search: SearchConfig, fx: dict[str, float] | None) -> GateResult:
    floor = search.salary
    if floor.minimum is None:
        return _gate(name="salary", passed=True, reason="no salary floor set")
    want = f"{floor.currency} {floor.minimum:,.0f} a {floor.period}"
    if job.salary is None or (job.salary.min is None and job.salary.max is None):
        return _gate(name="salary", passed=floor.allow_missing, reason=f"no salary stated (not guessed); floor {want}")
    if looks_misread(job.salary):
        return _gate(
            name="salary",
            passed=floor.allow_missing,
            reason=f"salary {job.salary.text or job.salary.min!r} looks misread "
            f"({_money(job.salary.min)}–{_money(job.salary.max)} a {job.salary.period}); "
            f"not compared with {want}",
        )
    rates, dated = _rates(job, search, fx)
    conv = salary_in_floor_terms(job, search, rates)
    stated = job.salary.text or (
        f"{job.salary.currency or '?'} {_money(job.salary.min)}–{_money(job.salary.max)} a {job.salary.period or '?'}"
    )
    if conv is None:
        return _gate(
            name="salary",
            passed=floor.allow_missing,
            reason=f"salary {stated!r} cannot be compared with {want} (currency or period unknown, "
            "or no exchange rate for it in search.yaml)",
        )
    low, high = conv
    best = max(v for v in (low, high) if v is not None)
    ok = best >= floor.minimum
    shown = f"{floor.currency} {_money(low)}" + (f"–{_money(high)}" if high is not None else "")
    origin = "" if (job.salary.currency, job.salary.period) == (floor.currency, floor.period) else f" (from {stated}"
    if origin and (job.salary.currency or "").upper() != floor.currency.upper():
        rate = rates.get((job.salary.currency or "").upper(), 0.0)
        origin += f" at 1 {job.salary.currency} = {rate:.4g} {floor.currency}{dated}"
    origin += ")" if origin else ""
    return _gate(
        name="salary",
        passed=ok,
        reason=f"{shown} a {floor.period}{origin} {'meets' if ok else 'is below'} the floor of {want}",
    )


def _rates(job: Job, search: SearchConfig, fx: dict[str, float] | None) -> tuple[dict[str, float], str]:
    """Rates into the floor's currency: the caller's, else search.yaml's dated table."""
    if fx is not None:
        return {k.upper(): v for k, v in fx.items()}, ""
    table = search.exchange_rates
    src = (job.salary.currency or "").upper() if job.salary else ""
    rate = table.rate(src, search.salary.currency) if src else None
    return ({src: rate} if rate else {}), f", rates of {table.as_of.isoformat()}"


def _gate_exclusions(job: Job, c: Compiled) -> GateResult:
    text = Prepared.of(f"{job.title}\n{job.company}")
    hits = [t.name for t in c.exclusions if t.found(text)]
    return _gate(
        name="exclusions",
        passed=not hits,
        reason=f"excluded word in title or company: {', '.join(hits)}" if hits else "no excluded words",
    )


def _gate_company(job: Job, c: Compiled) -> GateResult:
    key = company_key(job.company)
    hit = next((x for x in c.companies if x == key or (len(key) > 3 and fuzz.ratio(x, key) >= 92)), None)
    return _gate(
        name="excluded_company",
        passed=hit is None,
        reason=f"{job.company} is on the excluded list" if hit else "company not excluded",
    )


def _gate_seniority(job: Job, c: Compiled) -> GateResult:
    if not c.seniority:
        return _gate(name="seniority", passed=True, reason="any seniority accepted")
    found = [SENIORITY[m.group(1).lower()] for m in _SENIORITY_RE.finditer(job.title)]
    if not found:
        return _gate(name="seniority", passed=True, reason="no seniority stated in the title")
    ok = any(level in c.seniority for level in found)
    return _gate(
        name="seniority",
        passed=ok,
        reason=f"{found[0]} level is {'wanted' if ok else 'not wanted'} (wanted: {', '.join(sorted(c.seniority))})",
    )


def _summary(passed: bool, score: float, gates: list[GateResult], criteria: list[CriterionScore]) -> str:
    if not passed:
        return "Filtered: " + "; ".join(g.reason for g in gates if not g.passed)
    parts = [f"score {score:.2f}"]
    for cr in criteria:
        if cr.name == "title":
            parts.append(f"title fit {cr.score:.0%}")
        elif cr.matched or cr.name == "must_have":
            parts.append(
                f"{cr.name.replace('_', '-')} {len(cr.matched)}/{len(cr.matched) + len(cr.missing)}"
                + (f" ({', '.join(cr.matched[:4])})" if cr.matched else "")
            )
    return "Passes every gate; " + "; ".join(parts)


def salary_in_floor_terms(
    job: Job, search: SearchConfig, fx: dict[str, float] | None = None
) -> tuple[float | None, float | None] | None:
    """The job's pay in the seeker's currency and period, or None when it cannot be compared."""
    return convert_salary(
        job.salary, search.salary.currency, search.salary.period, search.working_days_per_year, search.hours_per_day, fx
    )
