"""Which sections of a CV the reader reads roles from, on CVs whose headings vary (`section_forms.py`).

The CVs are generated afresh from `tests/fixtures/cv_corpus/section_headings.yaml` (headings of 17 languages, dressed
nine ways) with role sections among sections whose entries carry dates but are no roles (education, awards,
publications, talks, certifications, courses, grants, memberships). Rules are tuned on the tune seeds; this reports
the report seeds (or `--seeds tune|report`). Last lines, on the report seeds: role sections recognised, dated
entries of non-role sections read as roles (per CV), roles right (title, employer and both dates).

    python bench/bench_cv_sections.py [--seeds report|tune] [-v]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_cv_reading import role_right  # noqa: E402

from app.documents.cv_lines import Section, page_footer, read_lines  # noqa: E402
from app.documents.cv_structure import outline_from_lines, read_sections  # noqa: E402
from app.documents.package import DocxPackage  # noqa: E402
from app.documents.text import fold  # noqa: E402
from tests.fixtures.cv_corpus import section_forms  # noqa: E402


def _holding(sections: list[Section], texts: list[str]) -> int | None:
    """The index of the read section holding most of the lines written as `texts` (a title may stand in two)."""
    want = {" ".join(t.split()) for t in texts}
    held = [sum(" ".join(x.text.split()) in want for x in s.lines) for s in sections]
    best = max(held, default=0)
    return held.index(best) if best else None


def _sections(lines: list, want: dict[str, Any], c: Counter[str], name: str, verbose: bool) -> None:
    sections, which = read_sections(lines)
    for s in want["sections"]:
        if s["kind"] != "role":
            continue
        k = _holding(sections, s["lines"])
        ok = k is not None and k in which and fold(sections[k].title) == fold(s["heading"])
        c["role_sections"] += 1
        c["role_sections_right"] += ok
        if verbose and not ok:
            got = f"{sections[k].kind} {sections[k].title!r}" if k is not None else "nowhere"
            print(f"  {name} [{want['language']}, {want['dress']}]: role section {s['heading']!r} read as {got}")


def _roles(lines: list, want: dict[str, Any], c: Counter[str], name: str, verbose: bool) -> None:
    out = outline_from_lines(lines)
    not_roles = {" ".join(line.split()) for s in want["sections"] if s["kind"] != "role" for line in s["lines"]}
    texts: dict[str, list[str]] = {}
    for x in lines:
        texts.setdefault(x.id, []).append(" ".join(x.text.split()))
    used: set[int] = set()
    for role in want["roles"]:
        c["roles"] += 1
        hit = next((k for k, r in enumerate(out.roles) if k not in used and role_right(r, role)), None)
        if hit is not None:
            used.add(hit)
            c["roles_right"] += 1
        elif verbose:
            print(f"  {name}: missed {role['title'][0]!r} / {role['employer'][0]!r} {role['start']}–{role['end']}")
    for r in (r for k, r in enumerate(out.roles) if k not in used):
        c["extra"] += 1
        if any(t in not_roles for i in r.line_ids for t in texts.get(i, [])):
            c["not_role_extra"] += 1
            if verbose:
                print(
                    f"  {name} [{want['language']}]: non-role entry read as a role: {r.title.value!r} / "
                    f"{r.employer.value!r} {r.start.value}–{r.end.value}"
                )


def evaluate(data: bytes, want: dict[str, Any], c: Counter[str], name: str, verbose: bool) -> None:
    """Count one CV: its role sections recognised, its roles read right, the roles read from non-role entries."""
    lines, _ = page_footer(read_lines(DocxPackage(data)))
    c["cvs"] += 1
    _sections(lines, want, c, name, verbose)
    _roles(lines, want, c, name, verbose)


def pct(a: int, b: int) -> str:
    return f"{a}/{b} ({100 * a / b:.1f}%)" if b else f"{a}/0 (n/a)"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", choices=["report", "tune"], default="report")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    seeds = section_forms.REPORT_SEEDS if args.seeds == "report" else section_forms.TUNE_SEEDS
    c: Counter[str] = Counter()
    for seed in seeds:
        data, want = section_forms.build(seed)
        evaluate(data, want, c, f"seed {seed}", args.verbose)
    n = c["cvs"]
    print(f"section forms ({args.seeds} seeds): {n} CVs, {c['roles']} roles, {c['role_sections']} role sections")
    print(f"extra roles (any): {c['extra']} ({c['extra'] / n:.2f} per CV)")
    print(f"role sections recognised ({args.seeds}): {pct(c['role_sections_right'], c['role_sections'])}")
    print(
        f"dated non-role entries read as roles ({args.seeds}): {c['not_role_extra']} "
        f"({c['not_role_extra'] / n:.2f} per CV)"
    )
    print(f"roles right ({args.seeds}): {pct(c['roles_right'], c['roles'])}")


if __name__ == "__main__":
    main()
