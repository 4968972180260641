"""The offline engine ranks by the posting, deterministically, and plans only reorderings of real text."""

from __future__ import annotations

import json
import re

from app.config.agents import AgentsConfig, TailorConfig
from app.documents import TailoringPlan, read_cv, tailor_application
from app.documents.offline import make_plan, role_title
from app.documents.plan import BulletSelection
from app.documents.relevance import posting_terms
from app.domain.models import Job

from .conftest import POSTINGS, TODAY, alex_match, tasmanwave_job


def _derwent() -> Job:
    page = (POSTINGS / "derwentwater_lead_data_engineer.html").read_text()
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1))
    text = re.sub(r"<[^>]+>", " ", data["description"])
    return Job(title=data["title"], company="Derwent Water Authority", description_text=text)


def test_offline_plan_moves_mentoring_up_for_a_lead_role(alex_cv):
    cv = read_cv(alex_cv)
    plan = make_plan(cv, posting_terms(_derwent(), None), AgentsConfig())
    tasman = next(b for b in plan.bullets if b.parent_id == "p10")
    assert tasman.bullet_ids.index("p15") == 1  # "Mentored 4 junior engineers" for "lead a team of 3 engineers"


def test_offline_plan_differs_between_postings(alex_cv):
    cv = read_cv(alex_cv)
    lead = make_plan(cv, posting_terms(_derwent(), None), AgentsConfig())
    senior = make_plan(cv, posting_terms(tasmanwave_job(), alex_match()), AgentsConfig())
    assert lead.section_order != senior.section_order or lead.bullets != senior.bullets


def test_offline_plan_keeps_summary_first_and_referees_last(alex_cv):
    plan = make_plan(read_cv(alex_cv), posting_terms(_derwent(), None), AgentsConfig())
    assert plan.section_order[0] == "p2" and plan.section_order[-1] == "p30"


def test_offline_plan_rewrites_only_by_reordering_skill_items(alex_cv):
    cv = read_cv(alex_cv)
    plan = make_plan(cv, posting_terms(tasmanwave_job(), alex_match()), AgentsConfig())
    for rw in plan.rewrites:
        label, items = rw.text.split(": ")
        orig_label, orig_items = cv.text_of(rw.paragraph_id).split(": ")
        assert label == orig_label and sorted(items.split(", ")) == sorted(orig_items.split(", "))


def test_llm_plan_is_held_to_the_bullet_limit(alex_cv, alex_cl, search_au):
    agents = AgentsConfig(tailor=TailorConfig(max_bullets_per_role=2))
    plan = TailoringPlan(bullets=[BulletSelection(parent_id="p10", bullet_ids=["p15", "p14", "p13", "p12"])])
    result = tailor_application(
        alex_cv, alex_cl, tasmanwave_job(), alex_match(), search_au, agents, today=TODAY, plan=plan
    )
    assert result.report["cv"]["bullets"][0]["after"] == ["p15", "p14"]


def test_role_title_drops_decorations():
    assert role_title("Senior Data Engineer (Contract, 6 months)") == "Senior Data Engineer"
    assert role_title("Senior Data Engineer - TasmanWave - Remote (Australia)") == "Senior Data Engineer"


def test_llm_skills_emphasis_moves_skill_lines_when_the_plan_leaves_them(priya_cv, search_gb):
    from .conftest import harbourline_programme_job, priya_match

    plan = TailoringPlan(skills_emphasis=["Microsoft Project", "Jira"])
    result = tailor_application(
        priya_cv, None, harbourline_programme_job(), priya_match(), search_gb, AgentsConfig(), today=TODAY, plan=plan
    )
    moved = next(b for b in result.report["cv"]["bullets"] if b["parent_id"] == "t0r0c0p0")
    assert moved["after"][:2] == ["t0r0c0p8", "t0r0c0p7"]
