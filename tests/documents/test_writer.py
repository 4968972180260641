"""The writer edits the seeker's own file: formatting, tables, numbering, header, footer and links survive."""

from __future__ import annotations

import io
import zipfile

import docx
from docx.oxml.ns import qn

from app.config.agents import AgentsConfig, TailorConfig
from app.documents import TailoringPlan, read_cv, tailor_application
from app.documents.plan import BulletSelection, Rewrite

from .conftest import (
    TODAY,
    alex_match,
    all_paragraphs,
    harbourline_programme_job,
    priya_match,
    signatures,
    tasmanwave_job,
    texts,
)


def _rewritten(report: dict) -> set[str]:
    return {r["after"] for r in report["cv"]["rewrites"] if r["status"] == "applied"}


def _assert_untouched_formatting_kept(before: bytes, after: bytes, report: dict) -> int:
    old, new = signatures(before), signatures(after)
    rewritten = _rewritten(report)
    checked = 0
    for text, sig in new.items():
        if text in rewritten or not text.strip():
            continue
        assert text in old, f"paragraph text appeared from nowhere: {text!r}"
        assert sig == old[text], f"formatting changed for {text!r}"
        checked += 1
    return checked


def test_tailor_alex_keeps_every_untouched_paragraph_and_run(alex_cv, alex_cl, search_au, agents):
    result = tailor_application(alex_cv, alex_cl, tasmanwave_job(), alex_match(), search_au, agents, today=TODAY)
    assert _assert_untouched_formatting_kept(alex_cv, result.cv_docx, result.report) >= 28
    role_line = next(p for _, p in all_paragraphs(result.cv_docx) if p.text.startswith("Senior Data Engineer —"))
    assert [(r.text, r.bold, r.italic) for r in role_line.runs] == [
        ("Senior Data Engineer", True, None),
        (" — ", None, None),
        ("Tasman Analytics", True, None),
        ("\tMar 2021 – Present", None, True),
    ]


def test_tailor_alex_reorders_sections_visibly(alex_cv, alex_cl, search_au, agents):
    result = tailor_application(alex_cv, alex_cl, tasmanwave_job(), alex_match(), search_au, agents, today=TODAY)
    headings = [p.text for _, p in all_paragraphs(result.cv_docx) if p.style.name == "Heading 1"]
    assert headings != [s.title for s in read_cv(alex_cv).sections]
    assert headings.index("Certifications") < headings.index("Education")
    assert headings[0] == "Professional Summary" and headings[-1] == "Referees"
    assert result.report["cv"]["sections"][0]["after"] == headings


def test_tailor_moves_a_section_with_all_its_paragraphs(alex_cv, alex_cl, search_au, agents):
    result = tailor_application(alex_cv, alex_cl, tasmanwave_job(), alex_match(), search_au, agents, today=TODAY)
    out = texts(result.cv_docx)
    certs = out.index("Certifications")
    assert out[certs + 1].startswith("Microsoft Certified: Azure Data Engineer Associate (DP-203)")
    assert out[certs + 2] == "Databricks Certified Data Engineer Professional, 2023"
    assert out[certs + 3] == "Education"
    assert len(out) == len(texts(alex_cv))


def test_tailor_drops_bullets_beyond_the_configured_limit(alex_cv, alex_cl, search_au):
    agents = AgentsConfig(tailor=TailorConfig(max_bullets_per_role=2))
    result = tailor_application(alex_cv, alex_cl, tasmanwave_job(), alex_match(), search_au, agents, today=TODAY)
    out = texts(result.cv_docx)
    start = out.index("Senior Data Engineer — Tasman Analytics\tMar 2021 – Present")
    assert out[start + 1] == "Hobart, TAS (remote-first)"
    assert out[start + 4].startswith("Data Engineer — Southern Cross Energy")
    dropped = result.report["cv"]["bullets"][0]["dropped"]
    assert len(dropped) == 2


def test_tailor_priya_keeps_header_footer_table_numbering_and_hyperlink(priya_cv, search_gb, agents):
    result = tailor_application(
        priya_cv, None, harbourline_programme_job(), priya_match(), search_gb, agents, today=TODAY
    )
    assert _assert_untouched_formatting_kept(priya_cv, result.cv_docx, result.report) >= 30
    d = docx.Document(io.BytesIO(result.cv_docx))
    assert d.sections[0].header.paragraphs[0].text == (
        "Priya Natarajan  ·  London  ·  priya.n@example.org  ·  +44 7700 900123"
    )
    assert d.sections[0].footer.paragraphs[0].text == "Priya Natarajan – CV – page 1"
    assert len(d.tables) == 1 and len(d.tables[0].rows[0].cells) == 2
    numbered = [p for p in d.tables[0].rows[0].cells[1].paragraphs if p.style.name == "List Number"]
    assert len(numbered) == 6
    link = d.paragraphs[1].hyperlinks[0]
    assert (link.text, link.address) == ("example.org/priya", read_hyperlink_target(priya_cv))
    body = d.element.body
    assert body.xpath(".//w:br[@w:type='page']"), "the page break is gone"


def read_hyperlink_target(data: bytes) -> str:
    d = docx.Document(io.BytesIO(data))
    return d.paragraphs[1].hyperlinks[0].address


def test_tailor_priya_reorders_skills_to_the_posting(priya_cv, search_gb, agents):
    result = tailor_application(
        priya_cv, None, harbourline_programme_job(), priya_match(), search_gb, agents, today=TODAY
    )
    d = docx.Document(io.BytesIO(result.cv_docx))
    skills = [p.text for p in d.tables[0].rows[0].cells[0].paragraphs if p.style.name == "List Bullet"]
    assert skills != [
        p.text
        for p in docx.Document(io.BytesIO(priya_cv)).tables[0].rows[0].cells[0].paragraphs
        if p.style.name == "List Bullet"
    ]
    assert skills.index("PRINCE2 Practitioner") < skills.index("Jira and Confluence")
    assert skills.index("Agile delivery (Scrum, SAFe)") < skills.index("Microsoft Project")
    assert sorted(skills) == sorted(read_cv(priya_cv).text_of(f"t0r0c0p{i}") for i in range(1, 9))


def test_plan_reorders_numbered_bullets_and_cell_sections(priya_cv, search_gb, agents):
    plan = TailoringPlan(
        section_order=["t0r0c1p0", "t0r0c1p12", "t0r0c1p2"],
        bullets=[BulletSelection(parent_id="t0r0c1p3", bullet_ids=["t0r0c1p6", "t0r0c1p4", "t0r0c1p5"])],
    )
    result = tailor_application(
        priya_cv, None, harbourline_programme_job(), priya_match(), search_gb, agents, today=TODAY, plan=plan
    )
    cell = docx.Document(io.BytesIO(result.cv_docx)).tables[0].rows[0].cells[1].paragraphs
    out = [p.text for p in cell]
    assert out[0] == "Profile" and out.index("Education") < out.index("Experience")
    first_role = out.index("Experience") + 1
    assert out[first_role + 1].startswith("Chaired the monthly steering committee")
    assert cell[first_role + 1].style.name == "List Number"
    assert result.engine == "llm"


def test_rewrite_keeps_formatting_of_reordered_sentences(priya_cv, search_gb, agents):
    cv = read_cv(priya_cv)
    s1, s2 = cv.text_of("t0r0c1p1").split(". ", 1)
    plan = TailoringPlan(summary=Rewrite(paragraph_id="t0r0c1p1", text=f"{s2} {s1}.", source_ids=["t0r0c1p1"]))
    result = tailor_application(
        priya_cv, None, harbourline_programme_job(), priya_match(), search_gb, agents, today=TODAY, plan=plan
    )
    para = docx.Document(io.BytesIO(result.cv_docx)).tables[0].rows[0].cells[1].paragraphs[1]
    assert para.text == f"{s2} {s1}."
    italic = [r.text for r in para.runs if r.italic]
    assert italic == ["rebuilding trust with sponsors"]


def test_rewritten_sentence_takes_the_replaced_sentences_run_properties(priya_cv, search_gb, agents):
    new = "Programme Manager – delivery and stakeholder leadership"
    plan = TailoringPlan(rewrites=[Rewrite(paragraph_id="p0", text=new, source_ids=["p0"])])
    result = tailor_application(
        priya_cv, None, harbourline_programme_job(), priya_match(), search_gb, agents, today=TODAY, plan=plan
    )
    p0 = docx.Document(io.BytesIO(result.cv_docx)).paragraphs[0]
    assert p0.text == new
    assert [(r.bold, r.italic) for r in p0.runs] == [(True, None)]  # the first run of the original was bold


def test_tailor_copies_untouched_parts_byte_for_byte(priya_cv, search_gb, agents):
    result = tailor_application(
        priya_cv, None, harbourline_programme_job(), priya_match(), search_gb, agents, today=TODAY
    )
    before, after = zipfile.ZipFile(io.BytesIO(priya_cv)), zipfile.ZipFile(io.BytesIO(result.cv_docx))
    assert before.namelist() == after.namelist()
    for name in (
        "word/styles.xml",
        "word/numbering.xml",
        "word/header1.xml",
        "word/footer1.xml",
        "word/_rels/document.xml.rels",
    ):
        assert before.read(name) == after.read(name), name


def test_tailor_keeps_section_properties_last_in_the_body(alex_cv, alex_cl, search_au, agents):
    result = tailor_application(alex_cv, alex_cl, tasmanwave_job(), alex_match(), search_au, agents, today=TODAY)
    body = docx.Document(io.BytesIO(result.cv_docx)).element.body
    assert body[-1].tag == qn("w:sectPr")


def test_rewritten_skill_lines_keep_their_paragraph_style(alex_cv, alex_cl, search_au, agents):
    result = tailor_application(alex_cv, alex_cl, tasmanwave_job(), alex_match(), search_au, agents, today=TODAY)
    rewritten = _rewritten(result.report)
    assert rewritten, "the offline engine reorders items inside at least one skill line"
    for _, p in all_paragraphs(result.cv_docx):
        if p.text in rewritten:
            assert p.style.name == "List Bullet"
