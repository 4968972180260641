"""Countries as ISO 3166-1 lists them (pycountry), read in one place for every reader of places: postings'
locations (`pipeline.locations`), the deduper's place veto (`dedup.places`) and the CV reader's towns
(`documents.cv_places`). Each keys the names its own way and adds the other names its texts use."""

from __future__ import annotations

import functools


@functools.cache
def iso_country_names(alpha3: bool = False) -> tuple[tuple[str, str], ...]:
    """(name, alpha-2 code) for each country's ISO name, official name and common name, in pycountry's order; with
    `alpha3`, its alpha-3 code after them ("DEU")."""
    import pycountry

    out: list[tuple[str, str]] = []
    for c in pycountry.countries:
        names = [c.name, getattr(c, "official_name", None), getattr(c, "common_name", None)]
        if alpha3:
            names.append(c.alpha_3)
        out.extend((name, c.alpha_2) for name in names if name)
    return tuple(out)


@functools.cache
def alpha2_codes() -> frozenset[str]:
    """Every country's alpha-2 code ("GB", "DE")."""
    return frozenset(code for _, code in iso_country_names())
