"""Word files shaped differently from the fixtures: no headings, section breaks, nested tables, links."""

from __future__ import annotations

import builtins
import io
import json
import socket

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from app.config.agents import AgentsConfig
from app.config.search import SearchConfig
from app.documents import TailoringPlan, read_cv, tailor_application, validate_docx
from app.documents.plan import Rewrite
from tests.docx_build import add_hyperlink, text_run

from .conftest import TODAY, alex_match, harbourline_programme_job, priya_match, tasmanwave_job, texts


def _save(d: docx.document.Document) -> bytes:
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def test_tailor_handles_a_cv_without_headings(search_au, agents):
    d = docx.Document()
    for line in ("Sam Lee", "sam@example.com", "I build data pipelines in Python and SQL.", "Referees on request."):
        d.add_paragraph(line)
    data = _save(d)
    result = tailor_application(data, None, tasmanwave_job(), alex_match(), search_au, agents, today=TODAY)
    assert texts(result.cv_docx)[:4] == texts(data)[:4]
    validate_docx(result.cv_docx, "cv.docx")
    validate_docx(result.cl_docx, "cl.docx")


def test_tailor_does_not_move_body_sections_across_a_section_break(search_au, agents):
    d = docx.Document()
    d.add_paragraph("Sam Lee", style="Title")
    d.add_heading("Education", level=1)
    d.add_paragraph("BSc Computing, University of Leeds, 2015")
    d.add_section()
    d.add_heading("Skills", level=1)
    d.add_paragraph("Python, SQL, Databricks, dbt", style="List Bullet")
    data = _save(d)
    result = tailor_application(data, None, tasmanwave_job(), alex_match(), search_au, agents, today=TODAY)
    assert [p.text for p in docx.Document(io.BytesIO(result.cv_docx)).paragraphs if p.text] == [
        "Sam Lee",
        "Education",
        "BSc Computing, University of Leeds, 2015",
        "Skills",
        "Python, SQL, Databricks, dbt",
    ]
    assert any("section breaks" in note for note in result.report["cv"]["ignored"])
    assert len(docx.Document(io.BytesIO(result.cv_docx)).sections) == 2


def test_read_cv_gives_unique_ids_with_nested_tables():
    d = docx.Document()
    outer = d.add_table(rows=1, cols=2)
    outer.cell(0, 0).paragraphs[0].text = "Skills"
    inner = outer.cell(0, 1).add_table(rows=2, cols=1)
    inner.cell(0, 0).paragraphs[0].text = "Python"
    inner.cell(1, 0).paragraphs[0].text = "SQL"
    ids = [p.id for p in read_cv(_save(d)).paragraphs]
    assert len(ids) == len(set(ids))
    assert "t0r0c1t0r1c0p0" in ids


def test_tailor_refuses_to_rewrite_a_paragraph_with_a_hyperlink(search_au, agents):
    d = docx.Document()
    d.add_paragraph("Sam Lee", style="Title")
    d.add_heading("Experience", level=1)
    bullet = d.add_paragraph("Published the pipeline guide at ", style="List Bullet")
    add_hyperlink(bullet, "https://example.org/guide", "example.org/guide")
    data = _save(d)
    pid = next(p.id for p in read_cv(data).paragraphs if p.text.startswith("Published"))
    plan = TailoringPlan(rewrites=[Rewrite(paragraph_id=pid, text="Published the guide.", source_ids=[pid])])
    result = tailor_application(data, None, tasmanwave_job(), alex_match(), search_au, agents, today=TODAY, plan=plan)
    assert docx.Document(io.BytesIO(result.cv_docx)).paragraphs[2].hyperlinks[0].address == (
        "https://example.org/guide"
    )
    assert any("hyperlink" in note for note in result.report["cv"]["ignored"])


def test_tailor_ignores_plan_ids_that_do_not_exist(alex_cv, alex_cl, search_au, agents):
    plan = TailoringPlan(
        section_order=["p999", "p9", "p4"],
        rewrites=[Rewrite(paragraph_id="t9r9c9p9", text="Anything.", source_ids=["p3"])],
    )
    result = tailor_application(
        alex_cv, alex_cl, tasmanwave_job(), alex_match(), search_au, agents, today=TODAY, plan=plan
    )
    ignored = " ".join(result.report["cv"]["ignored"])
    assert "p999" in ignored and "t9r9c9p9" in ignored
    headings = [p.text for p in docx.Document(io.BytesIO(result.cv_docx)).paragraphs if p.style.name == "Heading 1"]
    assert headings.index("Experience") < headings.index("Key Skills")


def test_tailor_outputs_pass_input_validation(alex_cv, alex_cl, priya_cv, search_au, search_gb, agents):
    for result in (
        tailor_application(alex_cv, alex_cl, tasmanwave_job(), alex_match(), search_au, agents, today=TODAY),
        tailor_application(priya_cv, None, harbourline_programme_job(), priya_match(), search_gb, agents, today=TODAY),
    ):
        validate_docx(result.cv_docx, "cv.docx")
        validate_docx(result.cl_docx, "cl.docx")
        json.dumps(result.report)


def test_tailor_is_deterministic(alex_cv, alex_cl, search_au, agents):
    runs = [
        tailor_application(alex_cv, alex_cl, tasmanwave_job(), alex_match(), search_au, agents, today=TODAY)
        for _ in range(2)
    ]
    assert runs[0].cv_docx == runs[1].cv_docx and runs[0].cl_docx == runs[1].cl_docx
    assert runs[0].report == runs[1].report


def test_tailor_touches_neither_disk_nor_network(alex_cv, alex_cl, priya_cv, search_au, agents, monkeypatch):
    job, match = tasmanwave_job(), alex_match()
    tailor_application(priya_cv, None, job, match, search_au, agents, today=TODAY)  # warm up

    def forbidden(*args, **kwargs):
        raise AssertionError(f"I/O attempted: {args[:1]}")

    monkeypatch.setattr(builtins, "open", forbidden)
    monkeypatch.setattr(socket, "socket", forbidden)
    monkeypatch.setattr(io, "open", forbidden)
    for cv, cl in ((alex_cv, alex_cl), (priya_cv, None)):
        result = tailor_application(cv, cl, job, match, search_au, agents, today=TODAY)
        assert result.cv_docx and result.cl_docx


def test_tailor_refuses_an_invalid_llm_plan(alex_cv, alex_cl, search_au, agents):
    with pytest.raises(ValueError, match="not a paragraph id"):
        TailoringPlan.model_validate({"section_order": ["../../etc"]})
    with pytest.raises(ValueError, match="twice"):
        TailoringPlan.model_validate(
            {
                "rewrites": [
                    {"paragraph_id": "p3", "text": "a", "source_ids": ["p3"]},
                    {"paragraph_id": "p3", "text": "b", "source_ids": ["p3"]},
                ]
            }
        )


def _two_line_roles_cv() -> bytes:
    d = docx.Document()
    d.add_paragraph("Sam Lee", style="Title")
    d.add_paragraph("sam@example.com | +61 400 111 222")
    d.add_heading("Experience", level=1)
    for title, line, bullets in (
        (
            "Senior Data Engineer",
            "Tasman Analytics | Mar 2021 – Present",
            ["Ran Airflow for 30 pipelines.", "Built dbt models on Databricks for 12 analysts."],
        ),
        ("Data Engineer", "Southern Cross Energy | Jul 2017 – Feb 2021", ["Wrote SQL reports."]),
    ):
        d.add_paragraph().add_run(title).bold = True
        d.add_paragraph(line)
        for b in bullets:
            d.add_paragraph(b, style="List Bullet")
    d.add_heading("Skills", level=1)
    d.add_paragraph("Python, SQL, dbt, Databricks, Airflow")
    return _save(d)


def test_read_cv_takes_a_bold_title_over_a_dated_line_as_one_role():
    cv = read_cv(_two_line_roles_cv())
    assert [s.title for s in cv.sections] == ["Experience", "Skills"]
    roles = [(e.title, e.organisation, e.dates, len(e.bullet_ids)) for e in cv.entries]
    assert roles == [
        ("Senior Data Engineer", "Tasman Analytics", "Mar 2021 – Present", 2),
        ("Data Engineer", "Southern Cross Energy", "Jul 2017 – Feb 2021", 1),
    ]


def test_tailor_keeps_two_line_roles_in_order(search_au, agents):
    data = _two_line_roles_cv()
    result = tailor_application(data, None, tasmanwave_job(), alex_match(), search_au, agents, today=TODAY)
    out = texts(result.cv_docx)
    assert out.index("Senior Data Engineer") < out.index("Data Engineer")
    assert out[out.index("Senior Data Engineer") + 1] == "Tasman Analytics | Mar 2021 – Present"
    assert out[out.index("Senior Data Engineer") + 2] == "Built dbt models on Databricks for 12 analysts."


def test_cached_model_is_not_changed_by_tailoring(alex_cv, alex_cl, search_au, agents):
    import hashlib

    from app.documents.reader import MODEL_CACHE

    plan = TailoringPlan(rewrites=[Rewrite(paragraph_id="p12", text="Migrated 120 pipelines.", source_ids=["p12"])])
    tailor_application(alex_cv, alex_cl, tasmanwave_job(), alex_match(), search_au, agents, today=TODAY, plan=plan)
    cached = MODEL_CACHE.get(hashlib.sha256(alex_cv).digest())
    assert cached is not None
    assert cached.model_dump() == read_cv(alex_cv).model_dump()


def test_read_cv_reads_numeric_month_dates_and_plain_role_lines():
    d = docx.Document()
    d.add_paragraph("Sam Lee", style="Title")
    d.add_heading("Work History", level=1)
    d.add_paragraph("Analytics Engineer at Koala Data   03/2021 – Present")
    d.add_paragraph("Wrote dbt models.", style="List Bullet")
    cv = read_cv(_save(d))
    assert cv.sections[0].kind == "experience"
    assert [(e.title, e.organisation, e.start, e.current) for e in cv.entries] == [
        ("Analytics Engineer", "Koala Data", "03/2021", True)
    ]


def test_tailor_asks_for_review_when_the_cv_has_no_name_contacts_or_roles(search_au, agents):
    d = docx.Document()
    d.add_paragraph("Some notes about data.")
    result = tailor_application(_save(d), None, tasmanwave_job(), None, search_au, agents, today=TODAY)
    review = " ".join(result.report["needs_review"])
    assert "name was not found" in review and "no email address" in review and "no roles" in review


def test_tailor_needs_no_review_for_the_fixture_cvs(alex_cv, alex_cl, priya_cv, search_au, search_gb, agents):
    alex = tailor_application(alex_cv, alex_cl, tasmanwave_job(), alex_match(), search_au, agents, today=TODAY)
    priya = tailor_application(
        priya_cv, None, harbourline_programme_job(), priya_match(), search_gb, agents, today=TODAY
    )
    assert alex.report["needs_review"] == [] and priya.report["needs_review"] == []


def test_read_cv_reads_content_controls_and_tracked_insertions():
    d = docx.Document()
    d.add_paragraph("Sam Lee", style="Title")
    heading = d.add_heading("Skills", level=1)
    # A content control (w:sdt) around a skill line, and a tracked insertion inside another.
    sdt = OxmlElement("w:sdt")
    content = OxmlElement("w:sdtContent")
    inner = d.add_paragraph("Python, SQL", style="List Bullet")._p
    content.append(inner)
    sdt.append(content)
    heading._p.addnext(sdt)
    tracked = d.add_paragraph("Databricks and ", style="List Bullet")
    ins = OxmlElement("w:ins")
    ins.set(qn("w:id"), "1")
    ins.set(qn("w:author"), "Sam")
    ins.append(text_run("dbt"))
    tracked._p.append(ins)
    data = _save(d)
    cv = read_cv(data)
    assert [cv.text_of(pid) for pid in cv.sections[0].paragraph_ids] == ["Python, SQL", "Databricks and dbt"]
    result = tailor_application(
        data, None, tasmanwave_job(), alex_match(), SearchConfig(locale="en-AU"), AgentsConfig(), today=TODAY
    )
    assert sorted(texts(result.cv_docx)) == sorted(texts(data))
