"""A job page URL: schema.org `JobPosting` in JSON-LD or microdata (`extruct`), else the page's HTML."""

from __future__ import annotations

import logging
import re
from typing import Any

import extruct
import lxml.html

from app.domain.models import Job, Location, Remote, Salary
from app.errors import PostingError
from app.sources.base import require
from app.sources.normalise import build_job, clean
from app.sources.pay import period_word, salary_struct
from app.sources.places import country_code
from app.sources.registry import Fetcher

log = logging.getLogger(__name__)
_TYPES = {
    "FULL_TIME": "full_time",
    "PART_TIME": "part_time",
    "CONTRACTOR": "contract",
    "CONTRACT": "contract",
    "TEMPORARY": "temporary",
    "INTERN": "internship",
    "INTERNSHIP": "internship",
}


class Page:
    name = "page"

    def fetch(self, http: Fetcher, params: dict[str, Any]) -> list[Any]:
        url = require(params, "url", self.name)
        return [{"url": url, "html": http.get_page(url).content.decode("utf-8", errors="replace")}]

    def parse(self, payload: Any, params: dict[str, Any] | None = None) -> list[Job]:
        params = params or {}
        if isinstance(payload, bytes):
            payload = {"html": payload.decode("utf-8", errors="replace")}
        elif isinstance(payload, str):
            payload = {"html": payload}
        if not isinstance(payload, dict) or not isinstance(payload.get("html"), str):
            raise PostingError("malformed page payload: expected HTML")
        url = payload.get("url") or params.get("url")
        page = payload["html"]
        try:
            data = extruct.extract(page, base_url=url, syntaxes=["json-ld", "microdata"], uniform=True)
        except Exception as exc:  # extruct raises whatever its parsers raise on broken markup
            log.info("sources.page.extruct_failed url=%s error=%s", url, exc)
            data = {}
        postings = [p for p in _walk(data) if _is_posting(p)]
        if postings:
            return [self._from_schema(p, url, params) for p in postings]
        return [self._from_html(page, url, params)]

    def _from_schema(self, p: dict[str, Any], url: str | None, params: dict[str, Any]) -> Job:
        org = p.get("hiringOrganization")
        company = params.get("company") or (org.get("name") if isinstance(org, dict) else org) or ""
        ident = p.get("identifier")
        ident_value = ident.get("value") if isinstance(ident, dict) else ident
        kinds = p.get("employmentType")
        kind = kinds[0] if isinstance(kinds, list) and kinds else kinds
        remote: Remote = "remote" if str(p.get("jobLocationType", "")).upper() == "TELECOMMUTE" else "unknown"
        contact = p.get("applicationContact")
        email = contact.get("email") if isinstance(contact, dict) else None
        return build_job(
            source=self.name,
            source_id=ident_value or p.get("url") or url,
            title=clean(p.get("title")),
            company=clean(company) or "Unknown",
            url=p.get("url") or url,
            apply_url=p.get("url") or url,
            locations=_locations(p),
            remote=remote,
            employment=_TYPES.get(str(kind).upper().replace("-", "_"), str(kind)) if kind else None,
            salary=_salary(p.get("baseSalary")),
            posted=p.get("datePosted"),
            html=p.get("description") or "",
            requisition_id=ident_value,
            apply_to=email.removeprefix("mailto:") if email else None,
            raw=p,
        )

    def _from_html(self, page: str, url: str | None, params: dict[str, Any]) -> Job:
        try:
            doc = lxml.html.fromstring(page.encode("utf-8"))
        except (ValueError, lxml.etree.ParserError) as exc:
            raise PostingError(f"not a readable HTML page: {exc}") from exc
        og = {m.get("property"): m.get("content") for m in doc.iter("meta") if m.get("property")}
        h1 = doc.findtext(".//h1")
        title_tag = doc.findtext(".//title") or ""
        pieces = [s.strip() for s in re.split(r"\s[|–—-]\s", title_tag) if s.strip()]
        title = clean(h1 or og.get("og:title") or (pieces[0] if pieces else ""))
        company = params.get("company") or og.get("og:site_name") or (pieces[-1] if len(pieces) > 1 else "")
        if not title:
            raise PostingError("the page has no JobPosting data and no title to go on")
        body = doc.find(".//body")
        html = lxml.html.tostring(body, encoding="unicode") if body is not None else page
        return build_job(
            source=self.name,
            source_id=url,
            title=title,
            company=clean(company) or "Unknown",
            url=url,
            html=html,
            raw={"url": url, "title": title_tag},
        )


def _walk(node: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    if isinstance(node, dict):
        found.append(node)
        for value in node.values():
            found.extend(_walk(value))
    elif isinstance(node, list):
        for value in node:
            found.extend(_walk(value))
    return found


def _is_posting(node: dict[str, Any]) -> bool:
    kind = node.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(str(k).rsplit("/", 1)[-1] == "JobPosting" for k in kinds) and bool(node.get("title"))


def _locations(p: dict[str, Any]) -> list[Location | str | None]:
    places = p.get("jobLocation") or []
    places = places if isinstance(places, list) else [places]
    out: list[Location | str | None] = []
    for place in places:
        addr = place.get("address") if isinstance(place, dict) else place
        if isinstance(addr, str):
            out.append(addr)
            continue
        if not isinstance(addr, dict):
            continue
        country = addr.get("addressCountry")
        country = country.get("name") if isinstance(country, dict) else country
        city, region = addr.get("addressLocality"), addr.get("addressRegion")
        raw = ", ".join(str(x) for x in (city, region, country) if x)
        out.append(Location(city=city, region=region, country=country_code(country), raw=raw))
    for req in _as_list(p.get("applicantLocationRequirements")):
        name = req.get("name") if isinstance(req, dict) else req
        if name:
            out.append(Location(country=country_code(str(name)), raw=str(name)))
    return out


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value] if value else []


def _salary(base: Any) -> Salary | None:
    if not isinstance(base, dict):
        return None
    value = base.get("value")
    if isinstance(value, dict):
        low = value.get("minValue", value.get("value"))
        return salary_struct(low, value.get("maxValue"), base.get("currency"), period_word(value.get("unitText")))
    return salary_struct(value, None, base.get("currency"), period_word(base.get("unitText")))


SOURCE = Page()
