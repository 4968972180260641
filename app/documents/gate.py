"""The fact gate: every fact in a sentence jobsmith writes must trace back to the seeker's own documents.

What must trace where (fail closed: anything not found is a problem, and the sentence is not used):

- numbers (with currency and percent), years and month-years, job titles, role nouns and capitalised
  names (employers, institutions, products, certifications) must appear in the paragraphs the sentence
  cites. Binding a fact to its cited paragraph stops "120 pipelines" moving to another employer.
- skills (a list of ~200 technical and delivery skills plus the posting's and the match's skills) and
  certification names or exam codes may come from anywhere in the CV: they are true of the seeker wherever
  the CV states them.
- email addresses, phone numbers and web addresses must be identical (phone: same digits) to the CV's.

A cover letter may also name the employer, the job title (in a sentence about applying for the role) and
the contact person of the posting, and the posting's own names (products, teams, places); a number from the
posting only in a sentence that names the posting's own things.

Read by structure (`claims.py`), in CV and letter alike:

- qualifications: a degree must match one the documents show (level, and its field's words); a credential
  (certified, licensed, registered, chartered, a clearance) must have all its words on one credential line.
- each number keeps its own noun ("28-bed" stays with "bed") and its side of a from-to range, and a number
  stays with its own role: a sentence that names one employer may not use another role's figure.
- skills claimed in a list or after "trained in" must be in the CV, whatever their case.
- what a letter says the posting asks for must be in the posting.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from app.documents import claims
from app.documents.facts import (
    SKILL_TERMS,
    certifications_in,
    contacts_in,
    dates,
    phrase_in,
    quantities,
    terms_in,
    titles_in,
)
from app.documents.lexicon import (
    CERT_WORDS,
    COMMON_ENDINGS,
    NEUTRAL_CAPITALISED,
    ROLE_NOUNS,
    SENIORITY,
    SENTENCE_STARTERS,
)
from app.documents.model import CvDocument, Entry
from app.documents.text import fold, split_sentences

# Role nouns that are also everyday words ("lead a team", "head office") are left to the title check.
_STRICT_ROLE_NOUNS = tuple(
    n for n in ROLE_NOUNS if n not in {"lead", "head", "owner", "partner", "associate", "executive"}
)
_ROLE_NOUN = re.compile(r"\b(" + "|".join(_STRICT_ROLE_NOUNS) + r")s?\b", re.IGNORECASE)
# A name starts with a capital, or has one after a lower-case start ("iCorp", "eBay").
_CAPITALISED = re.compile(r"(?<![\w'’])([A-Z][\w'’&+#.-]*[\w+#]|[A-Z]|[a-z]+[A-Z][\w'’&+#.-]*[\w+#]?)")
_ROLE_WORDS = frozenset(ROLE_NOUNS) | frozenset(SENIORITY) | {"director", "president", "vp", "founder"}
_APPLYING = re.compile(r"\b(role|position|apply|applying|application|vacancy|opening|advertised)\b", re.I)
_TOKEN = re.compile(r"[\w+#]+(?:[.'’&/-][\w+#]+)*")


@functools.lru_cache(maxsize=4096)
def _tokens(text: str) -> frozenset[str]:
    folded = fold(text)
    # "CI/CD" is one token and also "ci" and "cd", so a sentence may write either form.
    return frozenset({t.strip(".'’") for t in _TOKEN.findall(folded)} | set(re.findall(r"[\w+#]+", folded)))


@dataclass
class GateContext:
    """What one document's sentences are checked against."""

    cv: CvDocument
    extra_sources: dict[str, str] = field(default_factory=dict)
    skill_terms: frozenset[str] = SKILL_TERMS
    job_title: str = ""
    company: str = ""
    contact_name: str = ""
    posting: str = ""
    _cv_folded: str = ""
    _cv_tokens: frozenset[str] = frozenset()
    _emails: set[str] = field(default_factory=set)
    _phones: set[str] = field(default_factory=set)
    _urls: set[str] = field(default_factory=set)
    _entry_of: dict[str, Entry] = field(default_factory=dict)
    _own_texts: list[str] = field(default_factory=list)
    _credential_lines: list[str] = field(default_factory=list)
    _cv_stems: frozenset[str] = frozenset()
    _known_skills: frozenset[str] = frozenset()
    _posting_tokens: frozenset[str] = frozenset()
    _ordinary: frozenset[str] = frozenset()
    _scripts: frozenset[str] = frozenset()
    _invisible: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        whole = "\n".join(p.text for p in self.cv.paragraphs)
        self._cv_folded = fold(whole)
        self._cv_tokens = _tokens(whole)
        self._entry_of = {b: e for e in self.cv.entries for b in e.bullet_ids}
        # The seeker's own words: the CV and the letter template's paragraphs.
        self._own_texts = [p.text for p in self.cv.paragraphs if p.text.strip()] + [
            t for t in self.extra_sources.values() if t.strip()
        ]
        credential_sections = {s.id for s in self.cv.sections if s.kind in ("certifications", "education")}
        self._credential_lines = [p.text for p in self.cv.paragraphs if p.section_id in credential_sections] + [
            t for t in self._own_texts if claims.credential_phrases(t)
        ]
        self._cv_stems = claims.stems("\n".join(self._own_texts))
        self._known_skills = self.skill_terms | {fold(s) for s in self.cv.skills}
        self._posting_tokens = _tokens(self.posting) if self.posting else frozenset()
        self._ordinary = claims.lowercase_stems("\n".join([*self._own_texts, self.posting]))
        # Every address the CV shows anywhere (contact line, referees, a link in a bullet) may be repeated.
        self._emails, self._phones, self._urls = (set(x) for x in contacts_in(whole))

    def source_text(self, ids: Iterable[str]) -> tuple[str, list[str]]:
        """The cited paragraphs' text, and the ids that do not exist.

        A bullet brings its role line (title, employer, dates) and place line along: "At Tasman Analytics I
        migrated 120 pipelines" citing only the bullet is true, while the same bullet under another
        employer's name still is not.
        """
        texts, unknown = [], []
        for pid in ids:
            if pid in self.extra_sources:
                texts.append(self.extra_sources[pid])
            elif (p := self.cv.paragraph(pid)) is not None:
                texts.append(p.text)
                entry = self._entry_of.get(pid)
                if entry is not None:
                    texts += [self.cv.text_of(entry.id), entry.place]
            else:
                unknown.append(pid)
        return "\n".join(texts), unknown


@dataclass
class Verdict:
    sentence: str
    problems: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems


def check_sentence(
    sentence: str, source_ids: Sequence[str], ctx: GateContext, *, letter: bool = False, target: str | None = None
) -> Verdict:
    """Problems of one written sentence; `target` is the CV paragraph it replaces (its role is implied)."""
    src, unknown = ctx.source_text(source_ids)
    problems = [f"cites a paragraph that does not exist: {pid}" for pid in unknown]
    problems += _hidden_letters(sentence, ctx)
    written = sentence
    # What the sentence only wishes to learn ("I would like to learn Terraform") is not claimed.
    sentence = claims.without_hedged(sentence)
    if letter:
        src = "\n".join([src, ctx.company, ctx.contact_name])
        if _APPLYING.search(sentence):
            src += "\n" + ctx.job_title
    src_folded = fold(src)
    names_posting = letter and _names_the_posting(sentence, ctx)
    number_src = f"{src}\n{ctx.posting}" if names_posting else src
    problems += _contacts(sentence, ctx)
    problems += _numbers(sentence, number_src)
    problems += _dates(sentence, number_src)
    problems += claims.binding_problems(sentence, src if not names_posting else number_src)
    problems += _numbers_of_another_role(sentence, source_ids, ctx, target)
    problems += _skills(sentence, ctx)
    problems += claims.skill_claim_problems(
        claims.without_posting_claims(sentence), ctx._cv_folded, ctx._cv_stems, ctx._known_skills
    )
    problems += _certifications(sentence, ctx)
    problems += claims.degree_problems(sentence, ctx._own_texts)
    problems += claims.credential_problems(sentence, ctx._credential_lines)
    problems += claims.award_problems(sentence, ctx._own_texts)
    problems += claims.title_claim_problems(sentence, src, _ROLE_WORDS)
    if ctx.posting:
        problems += claims.posting_claim_problems(sentence, ctx.posting)
    problems += _titles(sentence, src_folded)
    problems += _proper_nouns(sentence, _tokens(src) | (ctx._posting_tokens if letter else frozenset()), ctx, src)
    if letter:
        problems += _worked_at_the_posting(sentence, ctx)
    return Verdict(written, list(dict.fromkeys(problems)))


_WORKED_AT = re.compile(
    r"\b(?i:at|for|with|joined|within)\s+(?:the\s+)?"
    r"([A-Z][\w&'’.-]*(?:\s+(?!I\b)[A-Z][\w&'’.-]*)*)"
)
_I_DID = re.compile(
    r"\bI\s+(?:\w+ly\s+)?(?:\w+ed|led|built|ran|won|grew|made|set|drove|wrote|took|taught|"
    r"brought|oversaw|sold|kept|spun|held|saw|gave|found|met|was|served|spent|rebuilt|cut|began|did|got|put|"
    r"have\s+been)\b"
)


def _worked_at_the_posting(sentence: str, ctx: GateContext) -> list[str]:
    """The posting's names are allowed to be named, not to be claimed as the seeker's past employer."""
    if _APPLYING.search(sentence) or not _I_DID.search(sentence):
        return []
    out = []
    for m in _WORKED_AT.finditer(sentence):
        name = m.group(1)
        if not phrase_in(fold(name), ctx._cv_folded) and any(
            fold(w).strip(".'’") in ctx._posting_tokens for w in name.split()
        ):
            out.append(f"names the posting's {name} as a place the seeker worked")
    return out


def _names_the_posting(sentence: str, ctx: GateContext) -> bool:
    """The sentence is about the employer: it names the company or a name only the posting uses."""
    if ctx.company and fold(ctx.company) in fold(sentence):
        return True
    for m in _CAPITALISED.finditer(sentence):
        key = fold(m.group(1)).strip(".'’")
        if (
            m.start() > 0
            and key in ctx._posting_tokens
            and key not in ctx._cv_tokens
            and key not in NEUTRAL_CAPITALISED
        ):
            return True
    return False


def _numbers_of_another_role(
    sentence: str, source_ids: Sequence[str], ctx: GateContext, target: str | None = None
) -> list[str]:
    """A sentence about one role (it names the employer, or rewrites one of the role's bullets) may not carry
    a figure that the cited text has only under another role."""
    folded = fold(sentence)
    named = {e.id for e in ctx.cv.entries if e.organisation and phrase_in(fold(e.organisation), folded)}
    own = ctx._entry_of.get(target) if target else None
    if own is not None:
        named.add(own.id)
    if not named:
        return []
    out = []
    for q in quantities(sentence):
        owners: set[str] = set()
        free = False
        for pid in source_ids:
            p = ctx.cv.paragraph(pid)
            text = p.text if p is not None else ctx.extra_sources.get(pid, "")
            if not any(set(k.values()) & set(q.values()) for k in quantities(text)):
                continue
            entry = ctx._entry_of.get(pid) or ctx.cv.entry(pid)
            if entry is None:
                free = True
            else:
                owners.add(entry.id)
        if owners and not free and not owners & named:
            other = ctx.cv.entry(sorted(owners)[0])
            out.append(f"number from another role: {q.raw} ({other.organisation if other else '?'})")
    return out


def check_text(
    text: str, source_ids: Sequence[str], ctx: GateContext, *, letter: bool = False, target: str | None = None
) -> list[Verdict]:
    return [check_sentence(s, source_ids, ctx, letter=letter, target=target) for s in split_sentences(text)]


_CONFUSABLE_SCRIPTS = frozenset({"LATIN", "CYRILLIC", "GREEK"})


def _script(char: str) -> str:
    return unicodedata.name(char, "UNKNOWN").split()[0]


def _hidden_letters(sentence: str, ctx: GateContext) -> list[str]:
    """Invisible characters and look-alike letters hide a claim from every check that reads words.

    A zero-width or other format character is refused; so is a letter of a script the seeker's documents and
    the posting never use (Cyrillic "МВА" in an English letter), and a word that mixes scripts ("iCоrp").
    """
    if sentence.isascii():
        return []
    if not ctx._scripts:
        text = "\n".join([*ctx._own_texts, ctx.posting])
        ctx._scripts = frozenset(_script(c) for c in set(text) if c.isalpha())
        # A soft hyphen or joiner the seeker's own documents carry may come back in a quoted sentence.
        ctx._invisible = frozenset(c for c in set(text) if unicodedata.category(c) == "Cf")
    out = []
    hidden = sorted(
        {f"U+{ord(c):04X}" for c in sentence if unicodedata.category(c) == "Cf" and c not in ctx._invisible}
    )
    if hidden:
        out.append(f"invisible characters in the text: {', '.join(hidden)}")
    for word in re.findall(r"[^\W\d_]+", sentence):
        scripts = {_script(c) for c in word}
        # Latin mixed with Cyrillic or Greek is a look-alike; Japanese mixes its own scripts by nature.
        if len(scripts & _CONFUSABLE_SCRIPTS) > 1 or not scripts <= ctx._scripts:
            out.append(f"letters of another script (look-alike characters?): {word}")
    return out


def _contacts(sentence: str, ctx: GateContext) -> list[str]:
    emails, phones, urls = contacts_in(sentence)
    out = [f"email address not in the CV: {e}" for e in sorted(emails - ctx._emails)]
    out += [f"phone number not in the CV: {p}" for p in sorted(phones - ctx._phones)]
    out += [f"web address not in the CV: {u}" for u in sorted(urls - ctx._urls)]
    return out


def _numbers(sentence: str, src: str) -> list[str]:
    known = quantities(src)
    out = []
    for q in quantities(sentence):
        if not any(
            any(abs(a - b) < 1e-9 * max(1.0, b) for a in k.values() for b in q.values())
            and (q.currency is None or k.currency in (q.currency, "$") or (k.currency and q.currency == "$"))
            and (k.percent or not q.percent)
            for k in known
        ):
            out.append(f"number not in the cited text: {q.raw}")
    return out


def _dates(sentence: str, src: str) -> list[str]:
    years, months = dates(sentence)
    src_years, src_months = dates(src)
    out = [f"year not in the cited text: {y}" for y in sorted(years - src_years)]
    out += [f"date not in the cited text: {m}" for m in sorted(months - src_months)]
    return out


def _skills(sentence: str, ctx: GateContext) -> list[str]:
    return [
        f"skill not in the CV: {s}"
        for s in sorted(terms_in(sentence, ctx.skill_terms))
        if not phrase_in(s, ctx._cv_folded)
    ]


def _certifications(sentence: str, ctx: GateContext) -> list[str]:
    out = [
        f"certification not in the CV: {c}"
        for c in sorted(certifications_in(sentence))
        if not phrase_in(c, ctx._cv_folded)
    ]
    if CERT_WORDS.search(sentence) and not ctx.cv.facts.of("certification"):
        out.append("mentions a certification but the CV lists none")
    return out


def _titles(sentence: str, src_folded: str) -> list[str]:
    out = [
        f"job title not in the cited text: {t}"
        for t in sorted(titles_in(sentence))
        if re.search(rf"(?<!\w){re.escape(t)}s?(?!\w)", src_folded) is None
    ]
    for m in _ROLE_NOUN.finditer(sentence):
        noun = m.group(1).lower()
        if re.search(rf"(?<!\w){noun}", src_folded) is None:
            out.append(f"role not in the cited text: {m.group(0)}")
    return out


def _proper_nouns(sentence: str, src_tokens: frozenset[str], ctx: GateContext, src: str = "") -> list[str]:
    src_words = tuple(re.findall(r"[a-z0-9]+", fold(src)))
    out = []
    for m in _CAPITALISED.finditer(sentence):
        word = m.group(1)
        before = sentence[: m.start()].rstrip(" \"'“‘(")
        # A sentence's (or a clause's) first word is capitalised by grammar, not because it is a name;
        # an acronym (two capitals or more) is checked wherever it stands.
        is_acronym = sum(c.isupper() for c in word) >= 2
        key = fold(word).strip(".'’")
        key = re.sub(r"['’]s$", "", key)
        opens_clause = not before or before.endswith((":", ";", "—", "–", "-", "."))
        if (
            opens_clause
            and not is_acronym
            and (
                key in SENTENCE_STARTERS
                or key.endswith(COMMON_ENDINGS)
                or key in src_tokens
                or claims.stem(key) in ctx._ordinary
                # "Day to day I ...": the sentence itself writes the word in lower case.
                or re.search(rf"(?<![\w'’]){re.escape(key)}(?![\w'’])", sentence[m.end() :]) is not None
            )
        ):
            continue
        if key in NEUTRAL_CAPITALISED or key in src_tokens:
            continue
        if key in ctx._cv_tokens and any(key in _tokens(s) for s in ctx.cv.skills):
            continue
        if is_acronym and word.isalpha() and _spelled_out(key, src_words):
            continue
        out.append(f"name not in the cited text: {word}")
    return out


def _spelled_out(acronym: str, words: tuple[str, ...]) -> bool:
    """'ml' for "machine-learning", 'raid' for "risks, assumptions, issues, dependencies" (consecutive words)."""
    n = len(acronym)
    return any("".join(w[0] for w in words[i : i + n]) == acronym for i in range(len(words) - n + 1))
