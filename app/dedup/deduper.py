"""An in-memory index of postings that groups the same role seen on several sources.

The app process owns one `Deduper`, `load`s the groups it persisted, then `add`s each new posting:
exact identity keys first (source id, requisition id, canonical URL), then fuzzy similarity of
company, title, location and description within blocks (same company key, or same title key), so
the work per posting stays small at 50,000 postings.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from pydantic import BaseModel, Field
from rapidfuzz import fuzz, process

from app.config.similarity import SimilarityConfig
from app.dedup.canonical import (
    canonical_company,
    canonical_place,
    canonical_title,
    canonical_url,
    company_words,
    fold,
    text_key,
)
from app.dedup.similarity import company_similarity, head, levels, location_similarity, location_veto
from app.domain.models import Job

log = logging.getLogger(__name__)
_SOURCE_RANK = {
    "greenhouse": 3,
    "lever": 3,
    "ashby": 3,
    "workable": 3,
    "smartrecruiters": 3,
    "recruitee": 3,
    "page": 3,
    "remotive": 2,
    "remoteok": 2,
    "himalayas": 2,
    "hackernews": 1.5,
    "rss": 1,
}


@dataclass(slots=True)
class JobRef:
    """What the deduper keeps of one posting (the app persists these, with their group)."""

    id: str
    title: str
    company: str
    location: str = ""
    country: str | None = None
    city: str | None = None
    region: str | None = None
    remote: str = "unknown"
    description: str = ""
    url: str | None = None
    apply_url: str | None = None
    source: str = "manual"
    source_id: str | None = None
    requisition_id: str | None = None
    posted_at: date | None = None
    has_salary: bool = False
    group_id: str | None = None
    is_primary: bool = False
    applied: bool = False

    @classmethod
    def from_job(
        cls, job: Job, group_id: str | None = None, *, is_primary: bool = False, applied: bool = False
    ) -> JobRef:
        place = canonical_place(job.location_text)  # the board's own words, read one way for every board
        loc = next((loc for loc in job.locations if loc.country or loc.city), None)
        country = place.country or (loc.country if loc else None)
        city = place.city or (fold(loc.city) if loc and loc.city else None)
        remote = "remote" if place.remote and job.remote == "unknown" else job.remote
        return cls(
            id=job.id,
            title=job.title,
            company=job.company,
            location=job.location_text,
            country=country,
            city=city,
            region=place.region,
            remote=remote,
            description=job.description_text[:1500],
            url=job.url,
            apply_url=job.apply_url,
            source=job.source,
            source_id=job.source_id,
            requisition_id=job.requisition_id,
            posted_at=job.posted_at,
            has_salary=job.salary is not None,
            group_id=group_id,
            is_primary=is_primary,
            applied=applied,
        )


class DedupDecision(BaseModel):
    """Where a posting landed: its group, the group's primary, and why."""

    job_id: str
    group_id: str
    primary_id: str
    is_duplicate: bool = Field(description="joined an existing group (the same role seen before)")
    score: float = Field(description="similarity to the closest member, 1.0 for an identity-key match")
    reason: str
    matched_id: str | None = Field(None, description="the posting it was matched to")
    primary_changed: bool = Field(False, description="this posting became the group's primary")
    applied_before: bool = Field(False, description="a repost of a role already applied to")


@dataclass(slots=True)
class _Entry:
    ref: JobRef
    ckey: str
    cwords: str
    tkey: str
    dkey: str | None  # the description's comparison key, made when first needed
    nums: frozenset[str]
    quality: float
    keys: list[str]
    block: str = ""  # secondary block: the same title words at a company whose key starts alike


@dataclass(slots=True)
class _Group:
    primary: str
    members: list[str] = field(default_factory=list)
    applied: bool = False


class Deduper:
    """Pure in-memory duplicate index; thresholds and weights from SimilarityConfig.

    Not thread-safe: the app calls it from one thread. It keeps the JobRefs it is given (and shortens
    their description text), so pass refs it may own.
    """

    def __init__(self, config: SimilarityConfig | None = None) -> None:
        self.config = config or SimilarityConfig()
        self.cap = self.config.block_cap
        self.entries: dict[str, _Entry] = {}
        self.groups: dict[str, _Group] = {}
        self.group_of: dict[str, str] = {}
        self.keys: dict[str, str] = {}
        self.by_company: dict[str, list[str]] = defaultdict(list)
        self.company_titles: dict[str, list[str]] = defaultdict(list)
        self.by_title: dict[str, list[str]] = defaultdict(list)

    def __len__(self) -> int:
        return len(self.entries)

    # -- loading and adding -------------------------------------------------------------------
    def load(self, existing: Iterable[JobRef]) -> int:
        """Index postings the app already grouped; refs without a group are matched as new ones."""
        count = 0
        for ref in existing:
            count += 1
            if ref.group_id is None:
                self.add(ref)
                continue
            entry = self._entry(ref)
            group = self.groups.get(ref.group_id)
            if group is None:
                group = self.groups[ref.group_id] = _Group(primary=ref.id)
            elif ref.is_primary:
                group.primary = ref.id
            group.applied = group.applied or ref.applied
            self._index(entry, ref.group_id)
        return count

    def add(self, job: Job | JobRef, *, applied: bool = False) -> DedupDecision:
        """Place one posting: a new group, or a member of the group it duplicates."""
        ref = job if isinstance(job, JobRef) else JobRef.from_job(job, applied=applied)
        if ref.id in self.entries:
            gid = self.group_of[ref.id]
            group = self.groups[gid]
            return DedupDecision(
                job_id=ref.id,
                group_id=gid,
                primary_id=group.primary,
                is_duplicate=group.primary != ref.id,
                score=1.0,
                reason="already indexed",
                applied_before=group.applied and not ref.applied,
            )
        entry = self._entry(ref)
        match_id, score, reason = self._exact(entry)
        if match_id is None:
            match_id, score, reason = self._fuzzy(entry)
        if match_id is None:
            gid = ref.group_id or f"g{ref.id}"
            self.groups[gid] = _Group(primary=ref.id, applied=ref.applied)
            self._index(entry, gid)
            return DedupDecision(
                job_id=ref.id, group_id=gid, primary_id=ref.id, is_duplicate=False, score=round(score, 4), reason=reason
            )
        gid = self.group_of[match_id]
        group = self.groups[gid]
        applied_before = group.applied
        self._index(entry, gid)
        group.applied = group.applied or ref.applied
        primary = self.entries[group.primary]
        changed = entry.quality > primary.quality
        if changed:
            group.primary = ref.id
        if applied_before:
            reason += "; a repost of a role already applied to"
        return DedupDecision(
            job_id=ref.id,
            group_id=gid,
            primary_id=group.primary,
            is_duplicate=True,
            score=round(score, 4),
            reason=reason,
            matched_id=match_id,
            primary_changed=changed,
            applied_before=applied_before,
        )

    def mark_applied(self, job_id: str) -> None:
        """Remember that the role of `job_id` was applied to, so its reposts are recognised."""
        gid = self.group_of.get(job_id)
        if gid:
            self.groups[gid].applied = True
            self.entries[job_id].ref.applied = True

    def group_members(self, group_id: str) -> list[str]:
        return list(self.groups[group_id].members) if group_id in self.groups else []

    # -- internals ----------------------------------------------------------------------------
    def _entry(self, ref: JobRef) -> _Entry:
        quality = (
            _SOURCE_RANK.get(ref.source, 0) + (0.5 if ref.has_salary else 0) + min(len(ref.description), 4000) / 8000
        )
        ckey, tkey = canonical_company(ref.company), canonical_title(ref.title, ref.company)
        ref.description = ref.description[:1400]  # enough for the comparison key, made only if needed
        return _Entry(
            ref=ref,
            ckey=ckey,
            cwords=company_words(ref.company),
            tkey=tkey,
            dkey=None,
            nums=frozenset(),
            quality=quality,
            keys=_identity_keys(ref, ckey),
            block=f"{' '.join(sorted(tkey.split()))}|{ckey[:4]}",
        )

    def _index(self, entry: _Entry, gid: str) -> None:
        ref = entry.ref
        self.entries[ref.id] = entry
        self.group_of[ref.id] = gid
        self.groups[gid].members.append(ref.id)
        for key in entry.keys:
            self.keys.setdefault(key, ref.id)
        self.by_company[entry.ckey].append(ref.id)
        self.company_titles[entry.ckey].append(entry.tkey)
        self.by_title[entry.block].append(ref.id)

    def _exact(self, entry: _Entry) -> tuple[str | None, float, str]:
        for key in entry.keys:
            hit = self.keys.get(key)
            if hit is not None:
                kind = key.split(":", 1)[0]
                label = {
                    "src": "same source posting id",
                    "req": "same requisition id at the same company",
                    "url": "same canonical URL",
                }[kind]
                return hit, 1.0, label
        return None, 0.0, "new role"

    def _fuzzy(self, entry: _Entry) -> tuple[str | None, float, str]:
        cfg = self.config
        candidates: dict[str, float] = {}
        ids = self.by_company.get(entry.ckey, [])
        if ids and entry.tkey:
            titles = self.company_titles[entry.ckey]
            for _title, sim, idx in process.extract(
                entry.tkey, titles, scorer=fuzz.token_sort_ratio, score_cutoff=60, limit=None
            ):
                candidates[ids[idx]] = sim / 100
        same_title = self.by_title.get(entry.block, [])
        for other_key in same_title[-self.cap :]:
            candidates.setdefault(other_key, 1.0)
        best_id, best, why = None, -1.0, ""
        for other_id, t_sim in candidates.items():
            other = self.entries[other_id]
            if not self._in_window(entry.ref, other.ref):
                continue
            score, detail = self._score(entry, other, t_sim)
            if score > best:
                best_id, best, why = other_id, score, detail
        if best_id is not None and best >= cfg.threshold:
            return best_id, best, why
        if best_id is None:
            return None, 0.0, "new role"
        return None, best, f"new role (closest {best:.2f}: {why})"

    def _in_window(self, new: JobRef, old: JobRef) -> bool:
        if old.applied or new.posted_at is None or old.posted_at is None:
            return True
        return abs((new.posted_at - old.posted_at).days) <= self.config.lookback_days

    def _score(self, a: _Entry, b: _Entry, t_sim: float) -> tuple[float, str]:
        cfg = self.config
        veto = location_veto(a.ref, b.ref)
        if veto:
            return 0.0, veto
        c_sim = 1.0 if a.ckey == b.ckey else company_similarity(a.cwords, b.cwords, a.ckey, b.ckey)
        if c_sim < cfg.min_company_similarity:
            return 0.0, f"different companies ({c_sim:.2f})"
        t_sim, different = _title_similarity(a, b, t_sim)
        if different:
            return 0.0, different
        if t_sim < cfg.min_title_similarity:
            return 0.0, f"different titles ({t_sim:.2f})"
        l_sim = location_similarity(a.ref, b.ref)
        parts = cfg.title_weight * t_sim + cfg.company_weight * c_sim + cfg.location_weight * l_sim
        weight = cfg.title_weight + cfg.company_weight + cfg.location_weight
        if not (_has_text(a) and _has_text(b)):
            detail = "no description to compare"
            return (parts / weight if weight else 0.0), _similar(t_sim, c_sim, l_sim, detail)
        if (parts + cfg.description_weight) / (weight + cfg.description_weight) < cfg.threshold:
            return parts / (weight + cfg.description_weight), "too different before the description"
        clash = _numbers_clash(a, b)
        if clash:
            return 0.0, clash
        d_sim = fuzz.token_set_ratio(_dkey(a), _dkey(b)) / 100
        parts += cfg.description_weight * d_sim
        weight += cfg.description_weight
        return (parts / weight if weight else 0.0), _similar(t_sim, c_sim, l_sim, f"description {d_sim:.2f}")


def _similar(t_sim: float, c_sim: float, l_sim: float, detail: str) -> str:
    return f"similar posting: title {t_sim:.2f}, company {c_sim:.2f}, location {l_sim:.2f}, {detail}"


def _title_similarity(a: _Entry, b: _Entry, t_sim: float) -> tuple[float, str]:
    """The titles' similarity adjusted for added words and seniority, or a reason they are different roles."""
    if t_sim < 1.0:
        wa, wb = set(a.tkey.split()), set(b.tkey.split())
        if wa and wb and (wa <= wb or wb <= wa):
            t_sim = max(t_sim, 0.9)  # one title adds words to the other: "Data Engineer, Platform"
    head_a, head_b = head(a.tkey), head(b.tkey)
    if head_a and head_b and head_a != head_b:
        return t_sim, f"different roles ({head_a}, {head_b})"
    if levels(a.tkey) != levels(b.tkey):
        t_sim *= 0.5  # "Graduate Data Engineer" is not "Senior Data Engineer"
    return t_sim, ""


_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?![\w,])|(?<![\w.,])\d+(?![\w,])")


def _numbers_clash(a: _Entry, b: _Entry) -> str | None:
    """The numbers two descriptions state (team size, years, a reference) contradict each other.

    A copy cut short, re-worded or with a line added keeps the other's numbers or a part of them;
    two openings written from one template differ in them.
    """
    _dkey(a), _dkey(b)
    na, nb = a.nums, b.nums
    if not na or not nb:
        return None
    small, large = (na, nb) if len(na) <= len(nb) else (nb, na)
    if small <= large:
        return None
    return f"the descriptions state different numbers ({', '.join(sorted(small - large)[:3])})"


def _has_text(entry: _Entry) -> bool:
    return bool(entry.dkey) if entry.dkey is not None else bool(entry.ref.description.strip())


def _dkey(entry: _Entry) -> str:
    """The description key, made once; the text itself is then let go."""
    if entry.dkey is None:
        entry.dkey = text_key(entry.ref.description)
        entry.nums = frozenset(n.replace(",", "") for n in _NUMBER.findall(entry.ref.description))
        entry.ref.description = ""
    return entry.dkey


def _identity_keys(ref: JobRef, ckey: str) -> list[str]:
    keys = []
    if ref.source_id:
        keys.append(f"src:{ref.source}:{ref.source_id}")
    if ref.requisition_id and ckey:
        keys.append(f"req:{ckey}:{ref.requisition_id.strip().lower()}")
    url = canonical_url(ref.url)
    if url:
        keys.append(f"url:{url}")
    return keys
