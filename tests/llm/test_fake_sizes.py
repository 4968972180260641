"""The fake provider bills like a real one: token counts from the text's pieces, answers of real length."""

from __future__ import annotations

import json

from app.config.agents import AgentsConfig
from app.testing import samples
from app.testing.fake_state import tokens

PROSE = (
    "At Acme Payments I designed and ran a FastAPI service that handles 40 million payment events a month "
    "on AWS. When the settlement API became a bottleneck, I reworked its PostgreSQL queries and brought its "
    "p95 latency down from 900 ms to 120 ms."
)


def test_prose_costs_about_four_tokens_for_three_words() -> None:
    assert 1.2 <= tokens(PROSE) / len(PROSE.split()) <= 1.5


def test_json_costs_more_tokens_per_character_than_prose() -> None:
    answer = json.dumps(samples.FULL_PLAN)
    assert len(answer) / tokens(answer) < len(PROSE) / tokens(PROSE)
    assert 2.5 <= len(answer) / tokens(answer) <= 3.5


def test_the_full_letter_is_as_long_as_the_prompt_asks() -> None:
    words = sum(len(p["text"].split()) for p in samples.FULL_LETTER["paragraphs"])
    limit = AgentsConfig().cover_letter.word_limit
    assert 0.7 * limit <= words <= limit
    assert tokens(json.dumps(samples.FULL_LETTER)) >= 400  # a real letter is about 500 output tokens


def test_the_full_plan_rewrites_bullets_and_the_summary() -> None:
    assert len(samples.FULL_PLAN["rewrites"]) >= 4 and len(samples.FULL_PLAN["summary"]["text"].split()) >= 30
