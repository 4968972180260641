"""The CV as id-tagged text for prompts: every paragraph an LLM may cite, with its role in the CV."""

from __future__ import annotations

from app.documents import cv_prompt_text, read_cv, template_prompt_text


def test_cv_prompt_text_tags_every_paragraph_with_its_id(alex_cv):
    text = cv_prompt_text(read_cv(alex_cv))
    lines = text.splitlines()
    assert lines[0] == "[p0] (name, not editable) Alex Morgan"
    assert "[p9] ## Experience" in lines
    assert "[p10] (role) Senior Data Engineer — Tasman Analytics  Mar 2021 – Present" in lines
    assert any(line.startswith("[p12] (bullet of p10) Migrated 120 nightly pipelines") for line in lines)
    assert "[p26] (qualification) Bachelor of Information Technology — University of Tasmania  2011 – 2014" in lines


def test_cv_prompt_text_marks_header_and_footer_not_editable(priya_cv):
    lines = cv_prompt_text(read_cv(priya_cv)).splitlines()
    assert lines[-2].startswith("[h0p0] (header, not editable) Priya Natarajan")
    assert lines[-1] == "[f0p0] (footer, not editable) Priya Natarajan – CV – page 1"


def test_template_prompt_text_uses_cl_ids(alex_cl):
    lines = template_prompt_text(alex_cl).splitlines()
    assert lines[3] == "[cl:p3] Dear Hiring Manager,"
    assert lines[5].startswith("[cl:p5] In my current role at Tasman Analytics")
