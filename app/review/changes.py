"""What tailoring changed, in the seeker's words, from the run's report (job_info.json `tailoring`)."""

from __future__ import annotations

from typing import Any


def _reasons(items: list[Any] | None) -> str:
    """The gate's own reasons (plain sentences such as 'a number not in the sources: 40%')."""
    return "; ".join(str(r) for r in items or []) or "a fact it could not trace to your documents"


def changes(tailoring: dict[str, Any] | None) -> dict[str, list[dict[str, Any]]]:
    """Lists of marked changes: sections and bullets reordered, sentences rewritten (with their source),
    sentences the fact gate refused (and why)."""
    t = tailoring or {}
    cv, cl = t.get("cv") or {}, t.get("cover_letter") or {}
    out: dict[str, list[dict[str, Any]]] = {"reordered": [], "rewritten": [], "removed": [], "skills": []}
    for s in cv.get("sections") or []:
        if s.get("before") != s.get("after"):
            out["reordered"].append(
                {"what": "sections", "before": s.get("before") or [], "after": s.get("after") or []}
            )
    for b in cv.get("bullets") or []:
        if b.get("before") != b.get("after") or b.get("dropped"):
            out["reordered"].append(
                {
                    "what": f"bullets under {b.get('entry') or 'an entry'}",
                    "moved": b.get("before") != b.get("after"),
                    "dropped": len(b.get("dropped") or []),
                }
            )
    for r in cv.get("rewrites") or []:
        if r.get("status") == "applied" and r.get("after") and r.get("after") != r.get("before"):
            out["rewritten"].append({"before": r.get("before") or "", "after": r["after"]})
    for r in cv.get("reverted") or []:
        out["removed"].append(
            {
                "where": "CV",
                "sentence": r.get("sentence") or "",
                "why": _reasons(r.get("reasons")),
                "kept_instead": r.get("restored") or "",
            }
        )
    for r in cl.get("dropped") or []:
        out["removed"].append(
            {
                "where": "cover letter",
                "sentence": r.get("sentence") or "",
                "why": _reasons(r.get("reasons")),
                "kept_instead": "",
            }
        )
    if t.get("skills_emphasised"):
        out["skills"].append({"emphasised": t["skills_emphasised"], "refused": t.get("skills_refused") or []})
    return out
