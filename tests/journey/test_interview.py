"""The interview brief: every example is the CV's own line under its own role; gaps and questions come from
the posting."""

from __future__ import annotations

import io

from docx import Document

from app.documents.model import CvDocument
from app.domain.models import Job
from app.journey.interview import brief_docx, build_brief


def test_every_story_quotes_a_cv_line_verbatim_under_its_own_role(cv: CvDocument, posting: Job) -> None:
    brief = build_brief(posting, cv)
    assert len(brief.stories) >= 3
    owner = {b: e for e in cv.entries for b in e.bullet_ids}
    for story in brief.stories:
        assert cv.text_of(story.source).strip() == story.action_and_result
        entry = owner.get(story.source)
        if entry is None:
            assert story.situation == ""
        else:
            assert story.situation == f"{entry.title} at {entry.organisation} ({entry.dates})"
    assert any(s.situation for s in brief.stories)  # at least one real STAR story, not only skills lines


def test_a_requirement_the_cv_does_not_show_is_a_gap_not_a_story(cv: CvDocument, posting: Job) -> None:
    job = posting.model_copy(
        update={"description_text": "Requirements:\n- Fluent Mandarin for client calls\n- Python and SQL"}
    )
    brief = build_brief(job, cv)
    assert [g for g in brief.gaps if "Mandarin" in g]
    assert not [s for s in brief.stories if "Mandarin" in s.requirement]
    assert [s for s in brief.stories if "Python" in s.requirement]


def test_benefits_and_arrangement_lines_are_not_requirements(cv: CvDocument, posting: Job) -> None:
    job = posting.model_copy(
        update={
            "description_text": "What we offer:\n- 25 days of leave\n- A gym\n"
            "Rate: $1,000 per day. Hobart based, 2 days a week."
        }
    )
    brief = build_brief(job, cv)
    assert brief.stories == [] and brief.gaps == []


def test_the_brief_exports_as_a_word_document_with_its_sections(cv: CvDocument, posting: Job) -> None:
    brief = build_brief(posting, cv)
    doc = Document(io.BytesIO(brief_docx(brief, cv.name)))
    text = "\n".join(p.text for p in doc.paragraphs)
    for heading in ("Likely questions", "Gaps to prepare for", "Questions to ask"):
        assert heading in text
    assert brief.stories[0].action_and_result in text and "Alex Morgan" in text


def test_control_characters_from_a_posting_do_not_break_the_word_export(cv: CvDocument, posting: Job) -> None:
    job = posting.model_copy(update={"company": "Evil\x1b]8;;http://x\x07 Corp\x00", "title": "Data\x0bEngineer"})
    doc = Document(io.BytesIO(brief_docx(build_brief(job, cv))))
    assert doc.paragraphs[0].text == "Interview brief: DataEngineer, Evil]8;;http://x Corp"
