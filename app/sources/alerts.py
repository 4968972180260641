"""Job-alert emails as a source: LinkedIn, Indeed, SEEK and Glassdoor alerts the seeker subscribed to
with their own account, read from an IMAP folder.

Each listed job becomes a posting: its link is unwrapped from the board's click tracking and
canonicalised (`https://www.linkedin.com/jobs/view/<id>/`, `https://www.indeed.com/viewjob?jk=<id>`,
`https://www.seek.com.au/job/<id>`, `https://www.glassdoor.com/job-listing/?jl=<id>`), so the same
job in two alerts is one job. Messages are read, never marked or moved.
"""

from __future__ import annotations

import email
import email.policy
import logging
import os
import re
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import lxml.html

from app.domain.models import Job
from app.errors import PostingError, SourceError
from app.sources.normalise import build_job, clean
from app.sources.pay import has_pay_words, salary_from_text
from app.sources.places import parse_locations
from app.sources.registry import Fetcher

log = logging.getLogger(__name__)

_REDIRECT_KEYS = ("url", "u", "dest", "destination", "redirect", "redirect_url", "target", "link", "q")
_NOISE = re.compile(
    r"^(view|apply|see|save|easy apply|new|promoted|actively recruiting|be an early applicant|"
    r"\d+\s+(?:company\s+)?alumni|\d+(?:\.\d)?\s*★?|[★☆]+|posted.*|\d+\s*[dhw]\b.*|"
    r"\d+\s+(?:days?|hours?|weeks?)\s+ago|just posted|today|responsive employer|"
    r"(?:employer|glassdoor)\s+est\.?|urgently hiring|more jobs.*|unsubscribe.*)$",
    re.I,
)


class Board:
    """One board's alert format: how to recognise its job links and in which order cards list fields."""

    def __init__(self, name: str, hosts: tuple[str, ...], order: tuple[str, ...], currency: str | None) -> None:
        self.name, self.hosts, self.order, self.currency = name, hosts, order, currency

    def job(self, url: str) -> tuple[str, str] | None:
        """(job id, canonical URL) for a link to one of this board's postings, else None."""
        parts = urlsplit(url)
        host = parts.netloc.lower()
        if not any(host == h or host.endswith("." + h) for h in self.hosts):
            return None
        query = parse_qs(parts.query)
        if self.name == "linkedin":
            m = re.search(r"/jobs/view/(?:[^/]*?-)?(\d{6,})", parts.path)
            return (m.group(1), f"https://www.linkedin.com/jobs/view/{m.group(1)}/") if m else None
        if self.name == "indeed":
            jk = _first(query, "jk", "vjk")
            return (jk, f"https://{host}/viewjob?jk={jk}") if jk and re.fullmatch(r"[0-9a-f]{8,20}", jk) else None
        if self.name == "seek":
            m = re.search(r"/job/(\d{6,})", parts.path)
            return (m.group(1), f"https://{host}/job/{m.group(1)}") if m else None
        if self.name == "glassdoor":
            jl = _first(query, "jobListingId", "jl")
            m = re.search(r"_JV_KO[^_]*_KE[^_]*_IL\.[^_]*_(?:IC|IN)\d+_KO\d+,\d+_KE\d+,\d+\.htm\?jl=(\d+)", url)
            jl = jl or (m.group(1) if m else None)
            return (jl, f"https://{host}/job-listing/?jl={jl}") if jl and jl.isdigit() else None
        return None


def _first(query: dict[str, list[str]], *names: str) -> str | None:
    """The first value of the first of `names` the query string has."""
    return next((query[name][0] for name in names if query.get(name)), None)


BOARDS = {
    "linkedin": Board("linkedin", ("linkedin.com",), ("title", "company", "location"), None),
    "indeed": Board(
        "indeed", ("indeed.com", "indeed.co.uk", "indeed.com.au", "indeed.ca"), ("title", "company", "location"), None
    ),
    "seek": Board("seek", ("seek.com.au", "seek.co.nz"), ("title", "company", "location"), None),
    "glassdoor": Board(
        "glassdoor",
        ("glassdoor.com", "glassdoor.co.uk", "glassdoor.com.au", "glassdoor.ca"),
        ("company", "title", "location"),
        None,
    ),
}
_CURRENCY_BY_HOST = {
    "seek.com.au": "AUD",
    "seek.co.nz": "NZD",
    "indeed.com": "USD",
    "indeed.co.uk": "GBP",
    "indeed.com.au": "AUD",
    "indeed.ca": "CAD",
    "glassdoor.com": "USD",
    "glassdoor.co.uk": "GBP",
    "glassdoor.com.au": "AUD",
    "glassdoor.ca": "CAD",
}


def unwrap(url: str, depth: int = 0) -> str:
    """The destination of a click-tracking link: a URL carried in a query parameter, or a LinkedIn
    `comm/` path; tracking parameters are dropped later by canonicalisation."""
    parts = urlsplit(url.strip())
    if depth < 4:
        query = parse_qs(parts.query)
        for key in _REDIRECT_KEYS:
            for value in query.get(key, []):
                inner = unquote(value)
                if inner.startswith(("http://", "https://")):
                    return unwrap(inner, depth + 1)
    return url.replace("/comm/jobs/", "/jobs/")


def board_of(message: EmailMessage, links: list[str]) -> Board | None:
    sender = str(message.get("From") or "").lower()
    for board in BOARDS.values():
        if any(h.split(".")[0] in sender for h in board.hosts):
            return board
    for link in links:
        for board in BOARDS.values():
            if board.job(link):
                return board
    return None


def parse_alert(data: bytes, params: dict[str, Any] | None = None) -> list[Job]:
    """The jobs one alert email lists. PostingError when it is not an alert from a known board."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    if not isinstance(message, EmailMessage):
        raise PostingError("malformed alert: not an email message")
    html_part = message.get_body(preferencelist=("html",))
    text_part = message.get_body(preferencelist=("plain",))
    html = html_part.get_content() if html_part is not None else ""
    text = text_part.get_content() if text_part is not None else ""
    cards = _cards_from_html(html) if html else []
    if not cards and text:
        cards = _cards_from_text(text)
    board = board_of(message, [c["url"] for c in cards])
    if board is None:
        raise PostingError(f"not a job alert from LinkedIn, Indeed, SEEK or Glassdoor: {message.get('From')}")
    posted = message.get("Date")
    jobs: list[Job] = []
    seen: set[str] = set()
    for card in cards:
        found = board.job(card["url"])
        if found is None or found[0] in seen:
            continue
        seen.add(found[0])
        job = _job(board, found, card, posted, message)
        if job is not None:
            jobs.append(job)
    if not jobs:
        log.info("sources.alert_empty board=%s subject=%r", board.name, message.get("Subject"))
    return jobs


def _job(board: Board, found: tuple[str, str], card: dict[str, Any], posted: Any, message: EmailMessage) -> Job | None:
    job_id, url = found
    lines = [ln for ln in card["lines"] if ln and not _NOISE.match(ln)]
    fields: dict[str, str] = {}
    title = card.get("title") or ""
    rest = [ln for ln in lines if ln != title]
    order = [f for f in board.order if f != "title"]
    if board.order[0] == "company" and title and lines and lines[0] != title:
        fields["company"] = lines[0]
        rest = [ln for ln in lines[1:] if ln != title]
        order = ["location"]
    pay = next((ln for ln in rest if has_pay_words(ln) and re.search(r"\d", ln)), None)
    rest = [ln for ln in rest if ln != pay]
    for name, value in zip(order, rest, strict=False):
        fields.setdefault(name, value)
    if not title or not fields.get("company"):
        log.info("sources.alert_card_skipped board=%s job=%s reason=no title or company", board.name, job_id)
        return None
    host = urlsplit(url).netloc.removeprefix("www.")
    currency = _CURRENCY_BY_HOST.get(host)
    where = fields.get("location", "")
    places = parse_locations(where)
    country = next((loc.country for loc in places if loc.country), None)
    salary = salary_from_text(pay, country, currency, field=True) if pay else None
    summary = "\n".join(ln for ln in rest[len(order) :] if len(ln) > 40)
    return build_job(
        source=f"alerts:{board.name}",
        source_id=f"{board.name}:{job_id}",
        title=clean(title),
        company=fields["company"],
        url=url,
        apply_url=url,
        locations=list(places),
        salary=salary,
        posted=posted,
        html=summary,
        extra_text=where,
        default_currency=currency,
        raw={"board": board.name, "card": card["lines"], "subject": str(message.get("Subject") or "")},
    )


def _cards_from_html(html: str) -> list[dict[str, Any]]:
    """One card per job link: the link's text as the title and the text lines of the smallest block
    around it that holds no other job's link."""
    root = lxml.html.fromstring(html)
    for el in root.iter("script", "style", "head"):
        el.drop_tree()
    cards = []
    for anchor in root.iter("a"):
        href = unwrap(anchor.get("href") or "")
        title = " ".join(anchor.text_content().split())
        if not href.startswith("http") or not title or len(title) < 3 or _NOISE.match(title):
            continue
        block = anchor
        while block.getparent() is not None:
            parent = block.getparent()
            others = {
                unwrap(a.get("href") or "")
                for a in parent.iter("a")
                if " ".join(a.text_content().split()) and not _NOISE.match(a.text_content().strip())
            }
            if len({_key(h) for h in others}) > 1:
                break
            block = parent
        cards.append({"url": href, "title": title, "lines": _lines(block)})
    return cards


def _key(url: str) -> str:
    for board in BOARDS.values():
        found = board.job(url)
        if found:
            return found[0]
    return url


def _lines(el: lxml.html.HtmlElement) -> list[str]:
    for br in el.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for block in el.iter("p", "div", "tr", "td", "li", "h1", "h2", "h3", "h4", "span", "table"):
        block.tail = "\n" + (block.tail or "")
        if block.text:
            block.text = "\n" + block.text
    text = el.text_content()
    return [" ".join(ln.split()) for ln in text.splitlines() if ln.strip()]


def _cards_from_text(text: str) -> list[dict[str, Any]]:
    """Plain-text alerts: a block of lines per job, its link on a line of its own."""
    cards = []
    block: list[str] = []
    for line in text.splitlines():
        line = line.strip()
        url = re.search(r"https?://\S+", line)
        if url:
            if block:
                cards.append({"url": unwrap(url.group(0).rstrip(">)")), "title": block[0], "lines": block})
            block = []
        elif line and not set(line) <= set("-=_*"):
            block.append(line)
        else:
            block = [] if not line and len(block) > 6 else block
    return cards


class Alerts:
    """`type: alerts`: read alert emails from an IMAP folder (params: host, port, security, username,
    folder, since_days, max_messages; the password comes from the environment variable named by
    `password_env`, default ALERTS_IMAP_PASSWORD)."""

    name = "alerts"

    def fetch(self, http: Fetcher, params: dict[str, Any]) -> list[Any]:
        from imap_tools import AND

        from app.config.mail import ImapConfig
        from app.mail.imap import mailbox as _mailbox

        if not params.get("host") or not params.get("username"):
            raise SourceError("alerts: `host` and `username` (the IMAP account the alerts arrive in) are required")
        password = os.environ.get(str(params.get("password_env") or "ALERTS_IMAP_PASSWORD"))
        if not password:
            raise SourceError(
                f"alerts: set the password in the environment variable "
                f"{params.get('password_env') or 'ALERTS_IMAP_PASSWORD'}"
            )
        cfg = ImapConfig(
            enabled=True,
            host=params["host"],
            port=int(params.get("port", 993)),
            security=params.get("security", "tls"),
            username=params["username"],
            folder=params.get("folder", "INBOX"),
        )
        since = (datetime.now(UTC) - timedelta(days=int(params.get("since_days", 14)))).date()
        try:
            with _mailbox(cfg).login(cfg.username, password, initial_folder=cfg.folder) as box:
                messages = [
                    m.obj.as_bytes()
                    for m in box.fetch(
                        AND(date_gte=since), mark_seen=False, limit=int(params.get("max_messages", 200)), reverse=True
                    )
                ]
        except Exception as exc:  # IMAP errors of every kind: the run fails with the reason
            raise SourceError(f"alerts: could not read {cfg.host}/{cfg.folder}: {type(exc).__name__}: {exc}") from exc
        return messages

    def parse(self, payload: Any, params: dict[str, Any] | None = None) -> list[Job]:
        if not isinstance(payload, bytes | str):
            raise PostingError("malformed alert: expected the bytes of one email")
        data = payload.encode() if isinstance(payload, str) else payload
        try:
            return parse_alert(data, params)
        except PostingError as exc:
            log.info("sources.alert_skipped reason=%s", exc.message)  # a newsletter in the folder: said, not fatal
            return []


SOURCE = Alerts()
