"""Pieces of an offline cover letter read from the posting and the seeker's template, with no model.

- `requirements`: what the posting really states it wants (its requirement list, or its skill sentence),
  in the posting's own words, so the letter never says the posting asks for something it does not name.
- `company_sentence`: one sentence the posting says about the company, in the third person.
- `generic_template_sentences`: the seeker's own template wording that is not about one past application.
- `Variation`: phrase choices seeded by the job, so two letters do not read the same and a re-run of one
  job reads the same as before.
"""

from __future__ import annotations

import hashlib
import html
import re
from dataclasses import dataclass

from app.documents.text import EMAIL, URL, fold, normalise_space, split_sentences
from app.domain.models import Job

_MARKER = re.compile(
    r"\b(?:requirements?|essential|you(?:['’]ll| will)\s+(?:need|bring|have)|what\s+you(?:['’]ll| will)\s+bring|"
    r"we(?:['’]re| are)\s+looking\s+for\s+someone\s+with|must[- ]haves?|skills\s+and\s+experience|"
    r"about\s+you|who\s+you\s+are)\b\s*:?",
    re.IGNORECASE,
)
_OPTIONAL = re.compile(
    r"^\s*(?:nice[- ]to[- ]have|desirable|bonus|a\s+plus|preferred|ideally)\b|\b(?:is|are|would "
    r"be)\s+(?:a\s+plus|desirable|preferred|an\s+advantage)\b",
    re.IGNORECASE,
)
_NOT_A_REQUIREMENT = re.compile(
    r"\b(?:you\s+will|we|our|us|salary|rate|benefits?|apply|contract|hybrid|remote|"
    r"office|days?\s+a\s+week|per\s+(?:day|hour|annum))\b",
    re.IGNORECASE,
)
_LEADING = re.compile(r"^(?:(?:and|or|plus)\s+|(?:at\s+least|a\s+minimum\s+of)\s+)", re.IGNORECASE)
_NUMBER_WORD = re.compile(r"(?<![A-Za-z])\d|\b(?:two|three|four|five|six|seven|eight|nine|ten)\b", re.IGNORECASE)


def _items_of_html(raw: str) -> list[tuple[str, str]]:
    """(heading, item) for each list item, the heading being the nearest one above it."""
    out = []
    heading = ""
    for m in re.finditer(r"<(h[1-6]|strong|b)[^>]*>(.*?)</\1>|<li[^>]*>(.*?)</li>", raw, re.IGNORECASE | re.DOTALL):
        if m.group(3) is None:
            heading = _plain(m.group(2))
        else:
            out.append((heading, _plain(m.group(3))))
    return out


def _plain(fragment: str) -> str:
    return normalise_space(html.unescape(re.sub(r"<[^>]+>", " ", fragment)))


def _clean(item: str) -> str:
    item = normalise_space(item).strip(" .;,-–—•*")
    item = _LEADING.sub("", item)
    return item


def _acceptable(item: str) -> bool:
    words = item.split()
    return (
        (2 <= len(words) <= 14 or (len(words) == 1 and len(item) > 1))
        and not _NUMBER_WORD.search(item)
        and not _NOT_A_REQUIREMENT.search(item)
        and not _OPTIONAL.search(item)
        and not EMAIL.search(item)
        and not URL.search(item)
        and not re.search(r"[<>{}\[\]|]", item)
        and item.isprintable()
    )


def requirements(job: Job) -> list[str]:
    """What the posting asks of a candidate, in its own words, in its own order (optional items left out)."""
    found: list[str] = []
    if job.description_html:
        items = _items_of_html(job.description_html)
        wanted = [i for h, i in items if _MARKER.search(h) or re.search(r"bring|need|require|skill|about you", h, re.I)]
        found += wanted or [i for _, i in items]
    text = job.description_text or (_plain(job.description_html) if job.description_html else "")
    for m in _MARKER.finditer(text):
        rest = text[m.end() :]
        block = re.split(r"(?<=[.!?])\s+(?=[A-Z])", rest, maxsplit=1)[0]
        found += re.split(r";|\n|•", block)
    if not found:
        # No list: the sentence naming the most skills, split at its commas ("PRINCE2 or MSP, agile delivery").
        for sentence in split_sentences(text):
            if sentence.count(",") >= 1 and not _NOT_A_REQUIREMENT.search(sentence.split(",")[0]):
                found += sentence.split(",")
                break
    out: list[str] = []
    for item in found:
        item = _clean(item)
        if item and _acceptable(item) and fold(item) not in {fold(o) for o in out}:
            out.append(item)
    return out


_OPENER_WORDS = "a an the strong proven solid good excellent experience knowledge expertise demonstrated deep full"
_ORDINARY_OPENERS = frozenset(_OPENER_WORDS.split())


def as_phrase(item: str, posting: str = "") -> str:
    """A requirement mid-sentence: "Strong Python and SQL" -> "strong Python and SQL"; names keep capitals
    ("Azure (Data Factory)" stays): the first word is lowered only when the posting writes it in lower case."""
    first, _, rest = item.partition(" ")
    ordinary = (
        fold(first) in _ORDINARY_OPENERS
        or re.search(rf"(?<![\w-]){re.escape(first.lower())}(?![\w-])", posting) is not None
    )
    if first[:1].isupper() and first[1:].islower() and rest and ordinary:
        return first.lower() + " " + rest
    return item


_NOT_ABOUT_COMPANY = re.compile(
    r"\b(?:you|your|we|we['’]re|our|us|hiring|looking\s+for|seeking|requirements?|apply|candidate|salary|rate|"
    r"role|position|contract)\b",
    re.IGNORECASE,
)


def company_sentence(job: Job) -> str | None:
    """A sentence the posting says about the company itself ("Kestrel Foods makes the Brightfield brand.")."""
    company = normalise_space(job.company)
    if not company:
        return None
    text = job.description_text or (_plain(job.description_html) if job.description_html else "")
    for sentence in split_sentences(normalise_space(text)):
        sentence = sentence.strip()
        if not fold(sentence).startswith(fold(company) + " ") or _NOT_ABOUT_COMPANY.search(sentence):
            continue
        if (
            6 <= len(sentence.split()) <= 35
            and sentence.endswith(".")
            and not EMAIL.search(sentence)
            and not URL.search(sentence)
            and not re.search(r"[<>{}\[\]|@]", sentence)
            and sentence.isprintable()
        ):
            return sentence
    return None


_SPECIFIC = re.compile(r"\b(?:apply|applying|application|role|position|vacancy|advertised|posting|opening)\b", re.I)
_CLOSING = re.compile(r"\b(?:thank|look\s+forward|hearing\s+from|discuss|consideration|considering)\b", re.I)


def generic_template_sentences(sources: dict[str, str]) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(body, closing) sentences of the seeker's template that fit any application, each with its `cl:` id.

    Generic means: no number, no name (no capital past the first word, "I" aside) and nothing about a
    particular role; such sentences are the seeker's own voice and are kept.
    """
    body: list[tuple[str, str]] = []
    closing: list[tuple[str, str]] = []
    texts = list(sources.items())
    start = next((i for i, (_, t) in enumerate(texts) if re.match(r"\s*(dear|to whom|hello|hi)\b", t, re.I)), None)
    if start is None:
        return [], []
    for pid, text in texts[start + 1 :]:
        if re.match(r"\s*(kind|best|warm)?\s*regards|yours|sincerely", text, re.I):
            break
        for sentence in split_sentences(text):
            words = sentence.split()
            named = any(
                w[:1].isupper() and w.strip(".,;:!?'’") not in ("I", "I'm", "I’m", "I've", "I’ve") for w in words[1:]
            )
            closes = bool(_CLOSING.search(sentence))
            # "Thank you for considering my application" fits any letter; "the advertised role" does not.
            if (
                named
                or _NUMBER_WORD.search(sentence)
                or len(words) < 4
                or (_SPECIFIC.search(sentence) and not (closes and not re.search(r"role|position|vacanc", sentence)))
            ):
                continue
            (closing if closes else body).append((pid, sentence))
    return body, closing


@dataclass(frozen=True)
class Variation:
    """Phrase choices for one job: the same job always reads the same, different jobs differ."""

    seed: int

    @classmethod
    def for_job(cls, job: Job) -> Variation:
        key = f"{job.source}|{job.source_id}|{job.title}|{job.company}".encode()
        return cls(int.from_bytes(hashlib.sha256(key).digest()[:8], "big"))

    def pick(self, options: list[str] | tuple[str, ...], slot: int) -> str:
        return options[(self.seed >> (slot * 4)) % len(options)]

    def flip(self, slot: int) -> bool:
        return bool((self.seed >> (40 + slot)) & 1)
