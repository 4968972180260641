"""Title fit by role family and seniority, not by shared words.

A title is read as seniority words, qualifiers and a head noun: "Senior Data Engineer" is a senior
*engineer* qualified by *data*; "Data Engineer Manager" is a *manager*; "Head of Data Engineering" is a
*head*. A posting has a wanted role when the heads agree and the role's qualifiers are all there;
it is the role itself when the role's words end the title ("Azure Data Engineer"), and a near
variant otherwise ("Data Platform Engineer" for "Data Engineer"). Board decorations ("| Immediate start",
"- 12 month contract", "(Remote)", "(m/w/d)", all caps) are not part of the role.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

_SENIORITY = {
    "senior",
    "sr",
    "snr",
    "junior",
    "jr",
    "lead",
    "principal",
    "graduate",
    "grad",
    "entry",
    "level",
    "mid",
    "intermediate",
    "experienced",
    "trainee",
    "i",
    "ii",
    "iii",
    "iv",
    "1",
    "2",
    "3",
}
_TECH_HEADS = {"engineer", "developer", "scientist", "architect", "analyst"}
#: words that name the same job ("front-end developer" = "frontend engineer")
_SAME_HEAD = {
    "developer": "engineer",
    "programmer": "engineer",
    "dev": "engineer",
    "nurse": "nurse",
    "accountants": "accountant",
    "rn": "nurse",
}
_JOINED = [
    (re.compile(r"\bfront[\s-]+end\b"), "frontend"),
    (re.compile(r"\bback[\s-]+end\b"), "backend"),
    (re.compile(r"\bfull[\s-]+stack\b"), "fullstack"),
    (re.compile(r"\bdev[\s-]?ops\b"), "devops"),
    (re.compile(r"\bmachine learning\b"), "ml"),
]
_ROLE_OF_FIELD = {"engineering": "engineer", "development": "developer", "nursing": "nurse", "accounting": "accountant"}
_DECOR = re.compile(r"\([^)]*\)|\[[^\]]*\]|\b[mwfd]\s*/\s*[mwfd](?:\s*/\s*[mwfdx])?\b")
_PARTS = re.compile(r"\s+[|–—-]\s+|\s*[|:]\s*|,\s*")
_WORD = re.compile(r"[a-z0-9+#.]+")


@dataclass(frozen=True)
class Title:
    """A title read as role words (qualifiers then head) and seniority."""

    words: tuple[str, ...]  # qualifiers and head, in order, seniority removed
    head: str
    extra: frozenset[str]  # words from after a separator ("Staff Nurse, Cardiology" -> cardiology)
    seniority: frozenset[str]


def _norm(text: str) -> str:
    text = _DECOR.sub(" ", text.lower())
    for rx, repl in _JOINED:
        text = rx.sub(repl, text)
    return text


@functools.lru_cache(maxsize=8192)
def read_title(title: str) -> Title:
    """The role words, head and seniority of a posting or wanted title."""
    parts = [p for p in _PARTS.split(_norm(title)) if p.strip()]
    main = parts[0] if parts else ""
    m = re.match(r"\s*(head|director|vp|vice president|chief)\s+of\s+(.+)", main)
    words = _WORD.findall(main)
    seniority = {w for w in words if w in _SENIORITY}
    core = [w for w in words if w not in _SENIORITY]
    if m:  # "Head of Data Engineering": the role is the head
        core = [*_WORD.findall(m.group(2)), m.group(1).split()[0]]
    elif words and words[-1] in ("lead", "principal") and len(core) >= 1:
        # "Data Engineering Lead": a lead engineer, not a role called lead
        seniority.add(words[-1])
        core = [*core[:-1], _ROLE_OF_FIELD.get(core[-1], core[-1])] if core else core
    if core and core[-1] not in _TECH_HEADS and "staff" in seniority:
        seniority.discard("staff")
    if core and core[-1] in _TECH_HEADS and core[0] == "staff":
        core = core[1:]
        seniority.add("staff")
    head = _SAME_HEAD.get(core[-1], core[-1]) if core else ""
    extra = frozenset(w for p in parts[1:] for w in _WORD.findall(p))
    return Title(
        words=tuple(core[:-1]) + ((head,) if head else ()), head=head, extra=extra, seniority=frozenset(seniority)
    )


@dataclass(frozen=True)
class TitleFit:
    score: float
    role: str  # the wanted role as the seeker wrote it, or "" when none fits
    same_family: bool  # False: a different role (different head, or a wanted qualifier missing)
    reason: str


def title_fit(title: str, roles: list[str]) -> TitleFit:
    """How well `title` fits the best of `roles`, and which role that is."""
    got = read_title(title)
    best: tuple[float, int, int, str] | None = None
    for role in roles:
        want = read_title(role)
        if not want.head or want.head != got.head:
            continue
        quals = set(want.words[:-1])
        have = set(got.words[:-1]) | got.extra
        if not quals <= have:
            continue
        exact = got.words[-len(want.words) :] == want.words
        score = 1.0 if exact else 0.7
        same_level = int(want.seniority == got.seniority)
        cand = (score, same_level, len(want.words), role)
        if best is None or cand[:3] > best[:3]:
            best = cand
    if best is None:
        closest = next((r for r in roles if read_title(r).head == got.head), roles[0] if roles else "")
        name = " ".join(got.words)
        what = (f"{'an' if name[:1] in 'aeiou' else 'a'} {name}") if name else "no recognisable role"
        return TitleFit(
            0.0,
            "",
            False,
            f"title {title!r} is {what}, a different role from {closest!r}"
            if closest
            else f"title {title!r}: no roles set",
        )
    score, _, _, role = best
    how = "the wanted role" if score == 1.0 else "a variant of the wanted role"
    return TitleFit(score, role, True, f"title {title!r} is {how} {role!r}")
