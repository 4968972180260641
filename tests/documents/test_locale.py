"""Spelling and dates follow the seeker's locale, only in text jobsmith writes."""

from __future__ import annotations

import io
from datetime import date

import docx
import pytest

from app.config.search import SearchConfig
from app.documents import TailoringPlan, tailor_application
from app.documents.localise import format_day, localise_spelling
from app.documents.plan import Rewrite

from .conftest import TODAY, alex_match, harbourline_programme_job, priya_match, tasmanwave_job, texts


@pytest.mark.parametrize(
    ("locale", "text", "expected"),
    [
        ("en-AU", "I optimized and organized the analyzing team.", "I optimised and organised the analysing team."),
        ("en-GB", "Modeling behavior at the center.", "Modelling behaviour at the centre."),
        ("en-US", "Optimised the programme and analysed behaviour.", "Optimized the program and analyzed behavior."),
    ],
)
def test_localise_spelling_uses_the_locale_word_list(locale, text, expected):
    assert localise_spelling(text, locale)[0] == expected


def test_localise_spelling_leaves_ambiguous_words_names_and_protected_words():
    text = "Ran the program on smart-meter data for the Center for Color Science, using Color Studio."
    assert localise_spelling(text, "en-AU", frozenset({"studio"}))[0] == text
    assert localise_spelling("Color matters.", "en-AU")[0] == "Colour matters."


def test_format_day_follows_the_locale():
    day = date(2026, 11, 28)
    assert [format_day(day, loc) for loc in ("en-AU", "en-GB", "en-US")] == [
        "28 November 2026",
        "28 November 2026",
        "November 28, 2026",
    ]


def test_tailor_localises_rewritten_text_only(alex_cv, alex_cl, agents):
    plan = TailoringPlan(
        rewrites=[
            Rewrite(
                paragraph_id="p19",
                text="Lowered monthly compute cost by AUD 18,000 by optimising Synapse SQL pools.",
                source_ids=["p19"],
            )
        ]
    )
    result = tailor_application(
        alex_cv, alex_cl, tasmanwave_job(), alex_match(), SearchConfig(locale="en-US"), agents, today=TODAY, plan=plan
    )
    out = texts(result.cv_docx)
    assert "Lowered monthly compute cost by AUD 18,000 by optimizing Synapse SQL pools." in out
    # Untouched text keeps the seeker's own spelling.
    assert "Orchestration and modelling: Airflow, dbt, Delta Lake" in out
    assert "optimising -> optimizing" in result.report["cv"]["spelling"]


def test_tailor_writes_the_letter_date_and_spelling_in_the_locale(priya_cv, agents):
    result = tailor_application(
        priya_cv, None, harbourline_programme_job(), priya_match(), SearchConfig(locale="en-US"), agents, today=TODAY
    )
    lines = [p.text for p in docx.Document(io.BytesIO(result.cl_docx)).paragraphs]
    assert "November 28, 2026" in lines
    body = " ".join(lines)
    assert "migration program " in body and "programme" not in body
    assert any("programme" in t for t in texts(result.cv_docx))  # the CV itself is untouched
