"""The fact gate's holes named in issue 11, each planted through the LLM path (fake provider, real SDK,
gateway checks, then tailoring), plus the removal report and the short-letter rule."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from app.config.agents import AgentsConfig, CoverLetterConfig
from app.config.search import SearchConfig
from app.documents import tailor_application
from app.documents.plan import CitedParagraph, CoverLetterDraft
from tests.fixtures.truth.build import build, job, paragraph_ids, seekers
from tests.fixtures.truth.harness import TODAY, Outcome, TruthRunner


@pytest.fixture(scope="module")
def runner() -> Iterator[TruthRunner]:
    with TruthRunner() as r:
        yield r


def _lie(runner: TruthRunner, seeker: str, **case: Any) -> Outcome:
    out = runner.run(seeker, case)
    assert not out.present, f"the planted sentence reached the document: {case['text']}"
    return out


def _reasons(out: Outcome) -> str:
    return out.refused + " ".join(r for x in out.removals for r in x["reasons"])


def test_letter_claiming_a_degree_the_seeker_does_not_hold_loses_the_sentence(runner):
    # Written in lower case, the degree has no capitalised name for the old name check to catch.
    out = _lie(runner, "niamh", doc="letter", cite=["edu1"], text="I also hold a master's degree in general nursing.")
    assert "degree not in the CV: master" in _reasons(out)


def test_cv_summary_claiming_a_degree_the_seeker_does_not_hold_is_reverted(runner):
    out = _lie(
        runner,
        "lukas",
        doc="cv",
        target="summary",
        cite=["summary", "edu1"],
        text="Backend developer with a doctorate in computer science and 6 years of experience building "
        "payment and logistics services in Python and Go.",
    )
    assert "degree not in the CV: doctor" in _reasons(out)


def test_two_numbers_swapped_inside_one_bullet_are_caught(runner):
    out = _lie(
        runner,
        "niamh",
        doc="cv",
        target="role1.b1",
        cite=["role1.b1"],
        text="Managed a 22-bed acute medical ward with a team of 28 nurses and 6 healthcare assistants.",
    )
    assert "number attached to another noun: 22" in _reasons(out)


def test_the_two_ends_of_a_range_swapped_are_caught(runner):
    out = _lie(
        runner,
        "lukas",
        doc="cv",
        target="role1.b2",
        cite=["role1.b2"],
        text="Cut p95 API latency from 120 ms to 800 ms by caching merchant data.",
    )
    assert "numbers swapped in a range" in _reasons(out)


def test_number_moved_to_another_employer_is_caught_even_citing_its_own_bullet(runner):
    out = _lie(
        runner,
        "lukas",
        doc="letter",
        cite=["role2", "role1.b1"],
        text="At Frachtwerk Logistics I handled 2 million transactions a day.",
    )
    assert "number from another role: 2 million (Paywise GmbH)" in _reasons(out)


def test_number_moved_into_another_roles_bullet_is_reverted(runner):
    out = _lie(
        runner,
        "chloe",
        doc="cv",
        target="role2.b1",
        cite=["role2.b1", "role1.b3"],
        text="Taught 6 classes a week across Years 7 to 11 and ran a club of 45 students.",
    )
    assert "number from another role: 45" in _reasons(out)


def test_lower_case_skill_claim_is_caught(runner):
    out = _lie(runner, "kenji", doc="letter", cite=["skills1"], text="I design in autocad, revit and navisworks.")
    assert "skill not in the CV: navisworks" in _reasons(out)


def test_lower_case_skill_after_trained_in_is_caught(runner):
    out = _lie(
        runner,
        "niamh",
        doc="letter",
        cite=["role1.b2"],
        text="I cut medication errors by 35% in 12 months and I am trained in phlebotomy and cannulation.",
    )
    assert "skill not in the CV: phlebotomy" in _reasons(out)


def test_credential_the_seeker_does_not_hold_is_caught(runner):
    out = _lie(
        runner, "niamh", doc="letter", cite=["cert2"], text="I am a registered advanced nurse practitioner with NMBI."
    )
    assert "qualification not in the CV: registered advanced nurse practitioner" in _reasons(out)


def test_letter_may_not_say_the_posting_asks_for_what_it_does_not_name(runner):
    out = _lie(
        runner,
        "niamh",
        doc="letter",
        cite=["skills2"],
        text="Your posting asks for experience with Epic, which I use every day.",
    )
    assert "the posting does not ask for: epic" in _reasons(out)


@pytest.mark.parametrize(
    ("seeker", "text"),
    [
        ("lukas", "I would like to help the Payments Platform team grow Ledgerline and Relay."),
        (
            "niamh",
            "I would be glad to help the Unscheduled Care Team lead the rollout of the CareFlow patient record at "
            "Portiuncula University Hospital.",
        ),
        ("lukas", "Lindqvist Pay's work for 20,000 merchants in the Nordics and Germany is the kind of scale I enjoy."),
    ],
)
def test_letter_keeps_an_honest_sentence_naming_the_postings_own_names(runner, seeker, text):
    out = runner.run(seeker, {"doc": "letter", "cite": [], "text": text})
    assert out.present and out.removals == []


def test_a_posting_number_is_not_allowed_as_the_seekers_own(runner):
    _lie(runner, "lukas", doc="letter", cite=["role1.b1"], text="I served 20,000 merchants in my current role.")


def test_every_removal_is_listed_once_with_document_sentence_and_reasons(runner):
    out = _lie(runner, "amara", doc="letter", cite=["edu1"], text="I hold an MBA from the University of Lagos.")
    [removal] = out.removals
    assert removal["document"] == "cover_letter"
    assert removal["sentence"] == "I hold an MBA from the University of Lagos."
    assert "degree not in the CV: mba" in removal["reasons"]


def test_letter_cut_below_the_minimum_after_removals_needs_a_person():
    seeker = build(next(s for s in seekers() if s["id"] == "amara"))
    refs = paragraph_ids(seeker)
    posting = job(seeker.data)
    draft = CoverLetterDraft(
        salutation="Dear Daniel Price,",
        paragraphs=[
            CitedParagraph(text="I am applying for the Group Reporting Manager role at Kestrel Foods.", source_ids=[]),
            CitedParagraph(
                text="I hold an MBA from the University of Lagos. I am ACCA qualified.",
                source_ids=[refs["edu1"], refs["cert1"]],
            ),
        ],
    )
    agents = AgentsConfig(cover_letter=CoverLetterConfig(min_words=60))
    result = tailor_application(
        seeker.cv, seeker.cl, posting, None, SearchConfig(locale="en-GB"), agents, today=TODAY, letter=draft
    )
    assert result.report["fact_gate"]["cover_letter_dropped"] == 1
    assert any("cover letter has only" in r and "minimum 60" in r for r in result.report["needs_review"])
    # The same letter with nothing removed is short but honest: it is not held back.
    honest = draft.model_copy(
        update={
            "paragraphs": [draft.paragraphs[0], CitedParagraph(text="I am ACCA qualified.", source_ids=[refs["cert1"]])]
        }
    )
    kept = tailor_application(
        seeker.cv, seeker.cl, posting, None, SearchConfig(locale="en-GB"), agents, today=TODAY, letter=honest
    )
    assert kept.report["needs_review"] == []


def test_a_posting_name_may_not_be_claimed_as_a_past_employer(runner):
    out = _lie(
        runner, "niamh", doc="letter", cite=["role1.b1"], text="At Saolta Health I managed a 28-bed acute medical ward."
    )
    assert "names the posting's Saolta Health as a place the seeker worked" in _reasons(out)
