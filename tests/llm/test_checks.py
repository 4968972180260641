"""The fact checks of answers: skills and contact details must trace back to the seeker's documents."""

from __future__ import annotations

from app.documents.plan import CoverLetterDraft, TailoringPlan
from app.llm.checks import contact_violations, cover_letter_check, fit_check, plan_check
from app.llm.schemas import FitAssessment
from app.testing import samples

CV = samples.cv_text()


def test_matched_skill_written_as_a_configured_synonym_passes() -> None:
    fit = FitAssessment.model_validate({**samples.FIT, "matched_skills": ["Postgres", "Python"]})
    assert fit_check(CV)(fit) == ["matched skill 'Postgres' is not in the seeker's CV"]
    assert fit_check(CV, {"postgresql": ["postgres", "psql"]})(fit) == []


def test_skill_names_match_whole_words_only() -> None:
    plan = TailoringPlan.model_validate({**samples.PLAN, "skills_emphasis": ["Java", "Python"]})
    assert plan_check("[p1] JavaScript and Python")(plan) == [
        "skills_emphasis lists 'Java', which is not in the seeker's CV"
    ]


def test_rewrite_adding_a_watched_skill_is_flagged_but_cv_skills_are_not() -> None:
    summary = {**samples.PLAN["summary"], "text": "Python and Redis engineer who also runs Kubernetes."}
    plan = TailoringPlan.model_validate({**samples.PLAN, "summary": summary})
    assert plan_check(CV, ["kubernetes", "redis", "python"])(plan) == ["skill 'kubernetes' is not in the seeker's CV"]


def test_contact_details_must_be_the_seekers_own() -> None:
    assert contact_violations(["Reach me at jordan.lee@example.com or +61 400 000 000."], CV) == []
    problems = contact_violations(["Send it to hr@evil.example, see https://evil.example/x, call 0299998888"], CV)
    assert len(problems) == 3


def test_cover_letter_salutation_is_checked_too() -> None:
    draft = CoverLetterDraft.model_validate({**samples.LETTER, "salutation": "Dear boss@evil.example,"})
    assert cover_letter_check(CV)(draft)


def test_a_wish_to_learn_a_watched_skill_is_not_a_claim_but_using_it_is() -> None:
    learn = {**samples.PLAN["summary"], "text": "Python engineer who would like to learn Kubernetes."}
    uses = {**samples.PLAN["summary"], "text": "Python engineer who would like to learn Go and runs Kubernetes."}
    assert plan_check(CV, ["kubernetes"])(TailoringPlan.model_validate({**samples.PLAN, "summary": learn})) == []
    assert plan_check(CV, ["kubernetes"])(TailoringPlan.model_validate({**samples.PLAN, "summary": uses})) == [
        "skill 'kubernetes' is not in the seeker's CV"
    ]
