"""The cover letter: the seeker's template keeps its name block and sign-off; the body cites real facts."""

from __future__ import annotations

import io

import docx

from app.config.agents import AgentsConfig, CoverLetterConfig
from app.documents import CoverLetterDraft, tailor_application
from app.documents.plan import CitedParagraph

from .conftest import TODAY, alex_match, harbourline_programme_job, priya_match, signatures, tasmanwave_job


def _letter(data: bytes) -> list[str]:
    return [p.text for p in docx.Document(io.BytesIO(data)).paragraphs]


def test_letter_in_template_keeps_name_block_and_sign_off_formatting(alex_cv, alex_cl, search_au, agents):
    result = tailor_application(alex_cv, alex_cl, tasmanwave_job(), alex_match(), search_au, agents, today=TODAY)
    before, after = signatures(alex_cl), signatures(result.cl_docx)
    for kept in ("Alex Morgan", "Hobart, Tasmania  |  alex.morgan@example.com  |  +61 412 345 678", "Kind regards,"):
        assert after[kept] == before[kept]
    lines = _letter(result.cl_docx)
    assert lines[:3] == [
        "Alex Morgan",
        "Hobart, Tasmania  |  alex.morgan@example.com  |  +61 412 345 678",
        "28 November 2026",
    ]
    assert lines[-2:] == ["Kind regards,", "Alex Morgan"]
    assert result.report["cover_letter"]["template"] is True


def test_letter_body_paragraphs_take_the_template_body_formatting(alex_cv, alex_cl, search_au, agents):
    result = tailor_application(alex_cv, alex_cl, tasmanwave_job(), alex_match(), search_au, agents, today=TODAY)
    template = docx.Document(io.BytesIO(alex_cl)).paragraphs[4]
    for p in docx.Document(io.BytesIO(result.cl_docx)).paragraphs[4:-2]:
        assert p.style.name == template.style.name
        assert p.paragraph_format.space_after == template.paragraph_format.space_after
        assert [(r.bold, r.italic, r.font.size, r.font.name) for r in p.runs] == [
            (template.runs[0].bold, template.runs[0].italic, template.runs[0].font.size, template.runs[0].font.name)
        ]


def test_letter_salutes_the_contact_when_the_posting_names_one(alex_cv, alex_cl, search_au, agents):
    named = tailor_application(
        alex_cv, alex_cl, tasmanwave_job(contact_name="Jordan Lee"), alex_match(), search_au, agents, today=TODAY
    )
    anonymous = tailor_application(alex_cv, alex_cl, tasmanwave_job(), alex_match(), search_au, agents, today=TODAY)
    assert "Dear Jordan Lee," in _letter(named.cl_docx)
    assert "Dear Hiring Manager," in _letter(anonymous.cl_docx)


def test_letter_quotes_real_employers_and_achievements(alex_cv, alex_cl, search_au, agents):
    result = tailor_application(alex_cv, alex_cl, tasmanwave_job(), alex_match(), search_au, agents, today=TODAY)
    body = " ".join(_letter(result.cl_docx)[4:-2])
    assert "Senior Data Engineer role at TasmanWave" in body
    assert "I am also comfortable working remotely with stakeholders across Australia." in body
    assert "at Tasman Analytics, I migrated 120 nightly pipelines" in body
    assert "Southern Cross Energy" in body
    assert "Dear Hiring Manager," not in body
    assert result.report["cover_letter"]["dropped"] == []


def test_letter_respects_the_word_limit(alex_cv, alex_cl, search_au):
    agents = AgentsConfig(cover_letter=CoverLetterConfig(word_limit=90))
    result = tailor_application(alex_cv, alex_cl, tasmanwave_job(), alex_match(), search_au, agents, today=TODAY)
    body = _letter(result.cl_docx)[4:-2]
    assert sum(len(p.split()) for p in body) <= 90
    assert result.report["cover_letter"]["trimmed"]
    assert body[0].startswith("I was pleased to see the Senior Data Engineer role at TasmanWave")
    assert body[-1].startswith("Thank you")


def test_letter_without_template_is_built_from_cv_details(priya_cv, search_gb, agents):
    result = tailor_application(
        priya_cv, None, harbourline_programme_job(), priya_match(), search_gb, agents, today=TODAY
    )
    lines = [line for line in _letter(result.cl_docx) if line]
    assert lines[0] == "Priya Natarajan"
    assert "priya.n@example.org" in lines[1] and "+44 7700 900123" in lines[1]
    assert lines[2] == "28 November 2026" and lines[3] == "Dear Hiring Manager,"
    assert any("Northbridge Bank" in line for line in lines)
    assert lines[-2:] == ["Kind regards,", "Priya Natarajan"]
    assert result.report["cover_letter"]["template"] is False


def test_letter_drops_fabricated_sentences_from_a_draft(alex_cv, alex_cl, search_au, agents):
    draft = CoverLetterDraft(
        salutation="Dear Team,",
        paragraphs=[
            CitedParagraph(text="I am applying for the Senior Data Engineer role at TasmanWave.", source_ids=[]),
            CitedParagraph(
                text="At Tasman Analytics I migrated 120 nightly pipelines to Databricks. "
                "I also ran Kafka clusters for Google.",
                source_ids=["p10", "p12"],
            ),
            CitedParagraph(text="Call me on +61 400 000 000.", source_ids=["p1"]),
        ],
    )
    result = tailor_application(
        alex_cv,
        alex_cl,
        tasmanwave_job(contact_name="Jordan Lee"),
        alex_match(),
        search_au,
        agents,
        today=TODAY,
        letter=draft,
    )
    text = "\n".join(_letter(result.cl_docx))
    assert "At Tasman Analytics I migrated 120 nightly pipelines to Databricks." in text
    assert "Kafka" not in text and "Google" not in text and "400 000 000" not in text
    dropped = {d["sentence"] for d in result.report["cover_letter"]["dropped"]}
    assert dropped == {"I also ran Kafka clusters for Google.", "Call me on +61 400 000 000."}
    assert "Dear Jordan Lee," in text and result.report["salutation_replaced"] is True
    assert result.engine == "llm"


def test_letter_may_cite_the_template_paragraphs(alex_cv, alex_cl, search_au, agents):
    draft = CoverLetterDraft(
        salutation="Dear Hiring Manager,",
        paragraphs=[
            CitedParagraph(
                text="With nine years of experience building cloud data platforms, I would welcome the "
                "chance to contribute to TasmanWave.",
                source_ids=["cl:p4"],
            ),
        ],
    )
    result = tailor_application(
        alex_cv, alex_cl, tasmanwave_job(), alex_match(), search_au, agents, today=TODAY, letter=draft
    )
    assert result.report["cover_letter"]["dropped"] == []
    assert any(line.startswith("With nine years") for line in _letter(result.cl_docx))


def test_letter_falls_back_to_the_offline_letter_when_every_sentence_fails(alex_cv, alex_cl, search_au, agents):
    draft = CoverLetterDraft(
        salutation="Dear Hiring Manager,",
        paragraphs=[CitedParagraph(text="I led 500 engineers at Atlassian.", source_ids=["p10"])],
    )
    result = tailor_application(
        alex_cv, alex_cl, tasmanwave_job(), alex_match(), search_au, agents, today=TODAY, letter=draft
    )
    body = " ".join(_letter(result.cl_docx))
    assert "Atlassian" not in body and "500" not in body
    assert "Tasman Analytics" in body
    assert result.report["engines"] == {"cv": "offline", "cover_letter": "offline (fallback)"}


def test_letter_template_without_salutation_falls_back_to_a_plain_letter(alex_cv, search_au, agents):
    d = docx.Document()
    d.add_paragraph("Alex Morgan")
    d.add_paragraph("To the team: some free text without a sign-off.")
    out = io.BytesIO()
    d.save(out)
    result = tailor_application(alex_cv, out.getvalue(), tasmanwave_job(), alex_match(), search_au, agents, today=TODAY)
    lines = [line for line in _letter(result.cl_docx) if line]
    assert lines[0] == "Alex Morgan" and lines[-2] == "Kind regards,"
    assert "no salutation" in result.report["cover_letter"]["note"]


def test_letter_keeps_blank_spacer_lines_of_a_template(alex_cv, search_au, agents):
    d = docx.Document()
    for line in (
        "Alex Morgan",
        "",
        "3rd March 2025",
        "",
        "Dear Sir or Madam,",
        "",
        "Old body one.",
        "",
        "Old body two.",
        "",
        "Yours faithfully,",
        "Alex Morgan",
    ):
        d.add_paragraph(line)
    out = io.BytesIO()
    d.save(out)
    result = tailor_application(alex_cv, out.getvalue(), tasmanwave_job(), alex_match(), search_au, agents, today=TODAY)
    lines = _letter(result.cl_docx)
    assert lines[:6] == ["Alex Morgan", "", "28 November 2026", "", "Dear Hiring Manager,", ""]
    body = lines[6:-2]
    assert all(line == "" for line in body[1::2]) and all(line for line in body[0::2])
    assert "Old body one." not in lines and lines[-2:] == ["Yours faithfully,", "Alex Morgan"]
