"""Pairwise similarity rules for postings: company cores, role nouns, seniority and places."""

from __future__ import annotations

from typing import Protocol

from rapidfuzz import fuzz


class Place(Protocol):
    country: str | None
    city: str | None
    region: str | None
    remote: str


_GENERIC = frozenset(
    {
        "software",
        "analytics",
        "systems",
        "system",
        "group",
        "health",
        "healthcare",
        "energy",
        "logistics",
        "finance",
        "financial",
        "technologies",
        "technology",
        "tech",
        "labs",
        "solutions",
        "consulting",
        "services",
        "digital",
        "data",
        "global",
        "international",
        "australia",
        "partners",
        "studio",
        "studios",
        "ventures",
        "networks",
        "media",
        "capital",
    }
)


def core(words: str) -> str:
    """A company name without its generic words: "NectarCrest Software" is "nectarcrest"."""
    kept = [w for w in words.split() if w not in _GENERIC]
    return "".join(kept) if kept else words.replace(" ", "")


def company_similarity(words_a: str, words_b: str, akey: str, bkey: str) -> float:
    """ "Acme" and "Acme Analytics Pty Ltd" are alike; "NectarCrest Software" and "NectarCurrent Software" are not."""
    core_a, core_b = core(words_a), core(words_b)
    gen_a, gen_b = _GENERIC.intersection(words_a.split()), _GENERIC.intersection(words_b.split())
    if core_a and core_a == core_b and gen_a and gen_b and not gen_a & gen_b:
        return 0.5  # "Northwind Health" and "Northwind Energy": one stem, two businesses
    if core_a and core_a == core_b:
        return 1.0
    return fuzz.ratio(core_a or akey, core_b or bkey) / 100


_HEADS = frozenset(
    {
        "engineer",
        "developer",
        "manager",
        "analyst",
        "architect",
        "scientist",
        "consultant",
        "designer",
        "administrator",
        "director",
        "specialist",
        "officer",
        "coordinator",
        "lead",
        "researcher",
        "technician",
        "tester",
        "writer",
        "recruiter",
        "owner",
    }
)


def head(tkey: str) -> str | None:
    """The role noun of a title: "senior platform engineer" is an engineer, not a manager."""
    words = [w for w in tkey.split() if w in _HEADS]
    return words[-1] if words else None


_LEVELS = frozenset(
    {
        "intern",
        "graduate",
        "junior",
        "mid",
        "senior",
        "lead",
        "principal",
        "staff",
        "head",
        "director",
        "chief",
        "vp",
        "1",
        "2",
        "3",
        "4",
    }
)


def levels(tkey: str) -> frozenset[str]:
    return _LEVELS.intersection(tkey.split())


def location_veto(a: Place, b: Place) -> str | None:
    """Postings in different countries, regions, or (on-site) cities are different openings.

    Places are compared in their canonical form (app.dedup.places), so "Sydney NSW 2000" and
    "Sydney, New South Wales, Australia" are one place; a side that does not say is no reason to split.
    """
    if a.country and b.country and a.country != b.country:
        return f"different countries ({a.country}, {b.country})"
    if a.region and b.region and a.region != b.region:
        return f"different regions ({a.region}, {b.region})"
    if a.city and b.city and a.city.lower() != b.city.lower() and "remote" not in (a.remote, b.remote):
        return f"different cities ({a.city}, {b.city})"
    return None


def location_similarity(a: Place, b: Place) -> float:
    if a.country and b.country and a.country != b.country:
        return 0.0
    if a.city and b.city:
        return 1.0 if a.city.lower() == b.city.lower() else 0.2
    if a.country and b.country:
        return 1.0 if (a.city is None) == (b.city is None) else 0.8
    return 0.6
