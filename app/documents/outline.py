"""The CV (and cover-letter template) as text with paragraph ids, for prompts that must cite them.

One line per paragraph: `[p12] (bullet of p10) Migrated 120 nightly pipelines ...`. Section headings are
marked `##`, so a model sees the structure; contact lines and the header and footer are shown but marked
as not editable, because the writer refuses to change them.
"""

from __future__ import annotations

from app.documents.letter import template_sources
from app.documents.model import CvDocument

_LABEL = {
    "heading": "section",
    "entry": "role",
    "place": "place",
    "bullet": "bullet",
    "text": "text",
    "contact": "contact, not editable",
    "name": "name, not editable",
}


def cv_prompt_text(cv: CvDocument) -> str:
    """Every non-empty paragraph of the CV with its id, kind and, for bullets, the role it belongs to."""
    parent = {b: e.id for e in cv.entries for b in e.bullet_ids}
    education = {s.id for s in cv.sections_of("education")}
    lines = []
    for p in cv.paragraphs:
        text = p.text.replace("\t", "  ").strip()
        if not text:
            continue
        if p.kind == "heading":
            lines.append(f"[{p.id}] ## {text}")
            continue
        label = _LABEL.get(p.kind, p.kind)
        if p.kind == "entry" and p.section_id in education:
            label = "qualification"
        if p.id.startswith(("h", "f")):
            label = "header, not editable" if p.id.startswith("h") else "footer, not editable"
        elif p.id in parent:
            label = f"{label} of {parent[p.id]}"
        lines.append(f"[{p.id}] ({label}) {text}")
    return "\n".join(lines)


def template_prompt_text(cl_bytes: bytes) -> str:
    """The cover-letter template's paragraphs as `[cl:p4] ...` lines a draft may cite."""
    return "\n".join(f"[{pid}] {text.strip()}" for pid, text in template_sources(cl_bytes).items() if text.strip())
