"""Apply a tailoring plan to the seeker's own Word file, at the run level.

- Untouched paragraphs are never rebuilt: their runs, styles, numbering and hyperlinks stay as they are.
- Reordering moves whole paragraph (and table) elements, so a moved bullet keeps everything it had.
- A rewritten paragraph is rebuilt sentence by sentence: a sentence kept word for word reuses its original
  runs (italic stays italic), and a new sentence takes the run properties of the sentence it replaces.
- Every rewritten sentence passes the fact gate first; a failing one is reverted to the original.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from app.documents.cv_lines import paragraph_level
from app.documents.facts import contacts_in
from app.documents.gate import GateContext, check_text
from app.documents.localise import localise_spelling
from app.documents.model import CvDocument
from app.documents.nesting import keep_under_parents
from app.documents.ooxml import (
    W_P,
    W_PPR,
    W_RPR,
    W_SECTPR,
    has_complex_content,
    iter_runs,
    make_run,
    paragraph_text,
    run_text,
)
from app.documents.plan import Rewrite, TailoringPlan
from app.documents.reader import LoadedDocx
from app.documents.text import normalise_space, sentence_spans, split_sentences
from app.errors import DocumentError


@dataclass
class WriteReport:
    sections: list[dict[str, Any]] = field(default_factory=list)
    bullets: list[dict[str, Any]] = field(default_factory=list)
    rewrites: list[dict[str, Any]] = field(default_factory=list)
    reverted: list[dict[str, Any]] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)
    spelling: list[str] = field(default_factory=list)
    sentences_checked: int = 0
    sentences_failed: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "sections": self.sections,
            "bullets": self.bullets,
            "rewrites": self.rewrites,
            "reverted": self.reverted,
            "ignored": self.ignored,
            "spelling": self.spelling,
            "fact_gate": {
                "checked": self.sentences_checked,
                "failed": self.sentences_failed,
                "passed": self.sentences_checked - self.sentences_failed,
            },
        }


def gated_sentences(
    rewrite: Rewrite, original: str, ctx: GateContext, report: WriteReport, *, letter: bool = False
) -> list[str] | None:
    """The sentences to write after the fact gate, or None to keep the paragraph as it was."""
    sources = list(dict.fromkeys([*rewrite.source_ids, rewrite.paragraph_id]))
    verdicts = check_text(rewrite.text, sources, ctx, letter=letter, target=rewrite.paragraph_id)
    originals = split_sentences(original)
    report.sentences_checked += len(verdicts)
    failed = [v for v in verdicts if not v.ok]
    report.sentences_failed += len(failed)
    if not failed:
        return [v.sentence for v in verdicts]
    same_shape = len(verdicts) == len(originals)
    for i, v in enumerate(verdicts):
        if not v.ok:
            report.reverted.append(
                {
                    "paragraph_id": rewrite.paragraph_id,
                    "sentence": v.sentence,
                    "reasons": v.problems,
                    "restored": originals[i] if same_shape else original,
                }
            )
    if not same_shape:
        return None  # sentences cannot be paired with the originals: keep the whole paragraph
    return [v.sentence if v.ok else originals[i] for i, v in enumerate(verdicts)]


def rewrite_paragraph(
    p: etree._Element, sentences: list[str], locale: str, protected: frozenset[str], report: WriteReport
) -> None:
    """Rebuild the runs of `p` as `sentences`: a kept sentence reuses its runs, a new one takes the run
    properties of the original sentence in its position (the one it replaces)."""
    original = paragraph_text(p)
    runs = list(iter_runs(p))
    spans = sentence_spans(original)
    originals = {normalise_space(original[a:b]): (a, b) for a, b in spans}
    offsets: list[tuple[int, int, etree._Element]] = []
    pos = 0
    for r in runs:
        t = run_text(r)
        offsets.append((pos, pos + len(t), r))
        pos += len(t)
    pieces: list[etree._Element] = []
    for i, sentence in enumerate(sentences):
        if i:
            pieces.append(make_run(" ", pieces[-1].find(W_RPR) if pieces else None))
        span = originals.get(normalise_space(sentence))
        if span is not None:
            pieces += _kept_runs(offsets, *span)
            continue
        localised, changes = localise_spelling(sentence, locale, protected)
        report.spelling += changes
        start = spans[i][0] if i < len(spans) else 0
        pieces.append(make_run(localised, _rpr_at(offsets, start)))
    for r in runs:
        r.getparent().remove(r)
    for piece in pieces:
        p.append(piece)


def _kept_runs(offsets: list[tuple[int, int, etree._Element]], a: int, b: int) -> list[etree._Element]:
    """The text between offsets `a` and `b` of the paragraph, as runs with the properties it had."""
    out = []
    for ra, rb, r in offsets:
        lo, hi = max(a, ra), min(b, rb)
        if lo < hi:
            out.append(make_run(run_text(r)[lo - ra : hi - ra], r.find(W_RPR)))
    return out


def _rpr_at(offsets: list[tuple[int, int, etree._Element]], index: int) -> etree._Element | None:
    """The run properties of the run with text at `index`, else of the first run."""
    for a, b, r in offsets:
        if a <= index < b and run_text(r).strip():
            return r.find(W_RPR)
    return offsets[0][2].find(W_RPR) if offsets else None


def _move_in_slots(originals: list[etree._Element], wanted: list[etree._Element]) -> None:
    """Put `wanted` where `originals` were, in order; originals not wanted are removed."""
    placeholders = []
    for el in originals:
        ph = etree.Element("placeholder")
        el.addprevious(ph)
        placeholders.append(ph)
    for el in originals:
        el.getparent().remove(el)
    for i, ph in enumerate(placeholders):
        if i < len(wanted):
            ph.addnext(wanted[i])
        ph.getparent().remove(ph)


def _section_blocks(loaded: LoadedDocx, container: str) -> dict[str, list[etree._Element]]:
    cv = loaded.cv
    heads = [s.id for s in cv.sections if s.container == container]
    if not heads:
        return {}
    head_els = {loaded.located[h].element: h for h in heads}
    parent = loaded.located[heads[0]].element.getparent()
    blocks: dict[str, list[etree._Element]] = {}
    current: str | None = None
    for child in parent:
        if child.tag == W_SECTPR:
            break
        if child in head_els:
            current = head_els[child]
            blocks[current] = []
        if current is not None:
            blocks[current].append(child)
    return blocks


def apply_plan(
    loaded: LoadedDocx, plan: TailoringPlan, ctx: GateContext, locale: str, protected: frozenset[str]
) -> WriteReport:
    report = WriteReport()
    cv = loaded.cv
    for rw in ([plan.summary] if plan.summary else []) + plan.rewrites:
        _apply_rewrite(loaded, rw, ctx, locale, protected, report)
    for sel in plan.bullets:
        _apply_bullets(loaded, sel.parent_id, sel.bullet_ids, report)
    _apply_sections(loaded, plan.section_order, report)
    _check_contacts_unchanged(loaded, cv)
    loaded.package.mark_dirty(loaded.package.body)
    return report


def _apply_rewrite(
    loaded: LoadedDocx, rw: Rewrite, ctx: GateContext, locale: str, protected: frozenset[str], report: WriteReport
) -> None:
    para = loaded.cv.paragraph(rw.paragraph_id)
    loc = loaded.located.get(rw.paragraph_id)
    if para is None or loc is None:
        report.ignored.append(f"rewrite of unknown paragraph {rw.paragraph_id}")
        return
    if not para.editable:
        report.ignored.append(f"rewrite of {rw.paragraph_id} refused: a {para.kind} line is never rewritten")
        return
    if has_complex_content(loc.element):
        report.ignored.append(
            f"rewrite of {rw.paragraph_id} refused: it holds a hyperlink, field or picture that plain text would lose"
        )
        return
    sentences = gated_sentences(rw, para.text, ctx, report)
    if sentences is None or normalise_space(" ".join(sentences)) == normalise_space(para.text):
        report.rewrites.append({"paragraph_id": rw.paragraph_id, "status": "kept", "before": para.text})
        return
    rewrite_paragraph(loc.element, sentences, locale, protected, report)
    report.rewrites.append(
        {
            "paragraph_id": rw.paragraph_id,
            "status": "applied",
            "before": para.text,
            "after": paragraph_text(loc.element),
        }
    )


def _apply_bullets(loaded: LoadedDocx, parent_id: str, bullet_ids: list[str], report: WriteReport) -> None:
    cv = loaded.cv
    entry = cv.entry(parent_id)
    section = cv.section(parent_id)
    if entry is not None:
        current, label = entry.bullet_ids, f"{entry.title} — {entry.organisation}".strip(" —")
    elif section is not None and section.kind == "skills":
        current = [p for p in section.paragraph_ids if (x := cv.paragraph(p)) and x.kind in ("bullet", "text")]
        label = section.title
    else:
        report.ignored.append(f"bullets for {parent_id} ignored: not a role or a skills section")
        return
    wanted = [b for b in bullet_ids if b in current]
    if entry is not None:  # sub-bullets stay under their own parent
        names = loaded.package.style_names()
        wanted = keep_under_parents(
            current, wanted, {b: paragraph_level(loaded.located[b].element, names) for b in current}
        )
    unknown = [b for b in bullet_ids if b not in current]
    if unknown:
        report.ignored.append(f"bullets {unknown} do not belong to {parent_id}")
    if not wanted:
        report.ignored.append(f"bullets for {parent_id} ignored: the plan keeps none")
        return
    if wanted == current:
        return
    _move_in_slots([loaded.located[b].element for b in current], [loaded.located[b].element for b in wanted])
    report.bullets.append(
        {
            "parent_id": parent_id,
            "entry": label,
            "before": current,
            "after": wanted,
            "dropped": [b for b in current if b not in wanted],
        }
    )


def _apply_sections(loaded: LoadedDocx, order: list[str], report: WriteReport) -> None:
    cv = loaded.cv
    known = {s.id: s for s in cv.sections}
    for sid in order:
        if sid not in known:
            report.ignored.append(f"section {sid} in section_order is not a section heading")
    for container in dict.fromkeys(s.container for s in cv.sections):
        listed = [sid for sid in order if sid in known and known[sid].container == container]
        in_doc = [s.id for s in cv.sections if s.container == container and s.id in listed]
        if len(listed) < 2 or listed == in_doc:
            continue
        blocks = _section_blocks(loaded, container)
        if any(el.find(f"{W_PPR}/{W_SECTPR}") is not None for b in blocks.values() for el in b if el.tag == W_P):
            report.ignored.append(f"sections in {container} not reordered: the document has section breaks")
            continue
        _move_blocks([blocks[sid] for sid in in_doc], [blocks[sid] for sid in listed])
        report.sections.append(
            {
                "container": container,
                "before": [known[s].title for s in in_doc],
                "after": [known[s].title for s in listed],
            }
        )


def _move_blocks(slots: list[list[etree._Element]], wanted: list[list[etree._Element]]) -> None:
    """Each wanted section's block (heading and content) moves into the slots the listed ones held;
    sections the plan does not list stay exactly where they are."""
    anchors = []
    for block in slots:
        ph = etree.Element("placeholder")
        block[0].addprevious(ph)
        anchors.append(ph)
    for block in slots:
        for el in block:
            el.getparent().remove(el)
    for ph, block in zip(anchors, wanted, strict=True):
        for el in reversed(block):
            ph.addnext(el)
        ph.getparent().remove(ph)


def document_text(loaded: LoadedDocx) -> str:
    return "\n".join(paragraph_text(loc.element) for loc in loaded.located.values())


def _check_contacts_unchanged(loaded: LoadedDocx, cv: CvDocument) -> None:
    """Belt and braces: contact lines are never edited, so any change here is a bug; fail closed."""
    before = contacts_in("\n".join(p.text for p in cv.paragraphs if p.kind == "contact"))
    after = contacts_in(
        "\n".join(paragraph_text(loaded.located[p.id].element) for p in cv.paragraphs if p.kind == "contact")
    )
    if before != after:
        raise DocumentError("contact details changed while tailoring; the document was not produced")
