"""Quality of the offline documents on every good fixture match: what a careful reader would check.

For each (CV, posting) pair the seeker should apply to: every CV fact survives, the letter names real
employers and real numbers, stays within the word limit, re-reads clean through the fact gate with the
whole CV as its source, and addresses the right person.
"""

from __future__ import annotations

import html
import io
import json
import re

import docx
import pytest

from app.config.agents import AgentsConfig
from app.config.search import SearchConfig
from app.documents import read_cv, tailor_application
from app.documents.gate import GateContext, check_text
from app.documents.relevance import posting_text
from app.domain.models import Job

from .conftest import POSTINGS, TODAY, fixture_bytes, harbourline_programme_job, tasmanwave_job


def _koalaworks() -> Job:
    raw = json.loads((POSTINGS / "lever_koalaworks_postings.json").read_text())[0]
    lists = " ".join(re.sub(r"<[^>]+>", " ", item["content"]) for item in raw["lists"])
    return Job(
        title=raw["text"],
        company="KoalaWorks",
        description_text=f"{raw['descriptionPlain']} {lists} {raw['additionalPlain']}",
    )


def _harbourline_data() -> Job:
    raw = json.loads((POSTINGS / "ashby_harbourline_job_board.json").read_text())["jobs"][0]
    return Job(title=raw["title"], company="Harbourline", description_text=raw["descriptionPlain"])


def _derwent() -> Job:
    page = (POSTINGS / "derwentwater_lead_data_engineer.html").read_text()
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1))
    text = html.unescape(re.sub(r"<[^>]+>", " ", data["description"]))
    return Job(title=data["title"], company="Derwent Water Authority", description_text=text)


PAIRS = [
    ("Alex_Morgan_CV.docx", "Alex_Morgan_CL.docx", tasmanwave_job, "en-AU"),
    ("Alex_Morgan_CV.docx", "Alex_Morgan_CL.docx", _koalaworks, "en-AU"),
    ("Alex_Morgan_CV.docx", "Alex_Morgan_CL.docx", _harbourline_data, "en-AU"),
    ("Alex_Morgan_CV.docx", "Alex_Morgan_CL.docx", _derwent, "en-AU"),
    ("Priya_Natarajan_CV.docx", None, harbourline_programme_job, "en-GB"),
]


@pytest.mark.parametrize(
    ("cv_name", "cl_name", "make_job", "locale"),
    PAIRS,
    ids=[f"{c.split('_')[0]}-{j.__name__.strip('_')}" for c, _, j, _ in PAIRS],
)
def test_offline_documents_are_faithful_and_sendable(cv_name, cl_name, make_job, locale):
    cv_bytes = fixture_bytes(cv_name)
    cl_bytes = fixture_bytes(cl_name) if cl_name else None
    job = make_job()
    agents = AgentsConfig()
    result = tailor_application(cv_bytes, cl_bytes, job, None, SearchConfig(locale=locale), agents, today=TODAY)
    source, tailored = read_cv(cv_bytes), read_cv(result.cv_docx)

    # Every fact of the CV is still there (the offline engine drops nothing under the default limits).
    assert {f.norm for f in tailored.facts.facts} == {f.norm for f in source.facts.facts}
    assert {(c.kind, c.value) for c in tailored.contacts} == {(c.kind, c.value) for c in source.contacts}

    lines = [p.text for p in docx.Document(io.BytesIO(result.cl_docx)).paragraphs if p.text.strip()]
    start = lines.index("Dear Hiring Manager,") + 1
    body = lines[start : lines.index("Kind regards,")]
    text = " ".join(body)
    assert job.company in body[0]
    assert sum(e.organisation in text for e in source.entries if e.bullet_ids) >= 2
    assert re.search(r"\d", text), "the letter quotes no achievement with a number"
    assert 80 <= len(text.split()) <= agents.cover_letter.word_limit

    # The letter re-reads clean through the gate with the whole CV as its source.
    ctx = GateContext(cv=source, company=job.company, job_title=job.title, posting=posting_text(job))
    every_id = [p.id for p in source.paragraphs]
    failures = [v for para in body for v in check_text(para, every_id, ctx, letter=True) if not v.ok]
    assert failures == []
    assert result.report["fact_gate"]["passed"] and result.report["needs_review"] == []
