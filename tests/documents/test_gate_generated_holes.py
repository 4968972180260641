"""Holes the generated truth set (tests/fixtures/truth/generated.py) found in the fact gate, each planted
through the LLM path (fake provider, gateway checks, tailoring) for a hand-written seeker, with the honest
sentence each rule must let through."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from app.documents import claims
from tests.fixtures.truth.harness import Outcome, TruthRunner

# kenji: Senior Mechanical Engineer at Halden Consulting (role1, bullet 3: "Supervised 4 junior engineers and
# reviewed 150 shop drawings a year."); skills AutoCAD, Revit, SolidWorks; no award, no MBA.
ROLE1_B3 = ["role1", "role1.b3"]


@pytest.fixture(scope="module")
def runner() -> Iterator[TruthRunner]:
    with TruthRunner() as r:
        yield r


def _run(runner: TruthRunner, text: str, cite: list[str], doc: str = "letter", **extra: Any) -> Outcome:
    return runner.run("kenji", {"doc": doc, "cite": cite, "text": text, **extra})


def _reasons(out: Outcome) -> str:
    return out.refused + " ".join(r for x in out.removals for r in x["reasons"])


def test_a_wish_to_learn_a_tool_the_cv_lacks_is_kept(runner):
    out = _run(runner, "I would like to learn Navisworks, which I know your studio uses.", [])
    assert out.present, _reasons(out)


def test_a_wish_to_learn_does_not_hide_a_claim_after_it(runner):
    out = _run(runner, "I would like to learn more about the Healthcare Studio and bring my Navisworks experience.", [])
    assert not out.present
    assert "navisworks" in _reasons(out).lower()


def test_an_invented_award_is_removed(runner):
    out = _run(runner, "At Halden Consulting I received a company-wide innovation award.", ROLE1_B3)
    assert not out.present
    assert "award not in the CV" in _reasons(out)


def test_an_award_the_documents_name_is_kept_and_one_they_do_not_is_refused():
    own = ["Winner, ASHRAE Technology Award 2021 (hospital category)", "Designed HVAC for a hospital wing."]
    assert claims.award_problems("I won the ASHRAE Technology Award in 2021.", own) == []
    assert claims.award_problems("I won a national engineering award.", own) == [
        "award not in the CV: national engineering award"
    ]


def test_a_title_claimed_with_as_in_lower_case_must_be_the_cited_roles(runner):
    lie = _run(
        runner, "As director of building services at Halden Consulting, I supervised 4 junior engineers.", ROLE1_B3
    )
    assert not lie.present
    assert "title not in the cited text: director of building services" in _reasons(lie)
    honest = _run(
        runner, "As Senior Mechanical Engineer at Halden Consulting, I supervised 4 junior engineers.", ROLE1_B3
    )
    assert honest.present, _reasons(honest)


def test_as_a_result_is_not_a_title():
    assert claims.title_claim_problems("As a result, we shipped on time.", "Shipped on time.", {"lead"}) == []


def test_a_degree_in_cyrillic_look_alike_letters_is_removed(runner):
    out = _run(runner, "I also hold an \u041c\u0412\u0410.", ["edu1"])  # Cyrillic М, В, А
    assert not out.present
    assert "letters of another script" in _reasons(out)


def test_an_employer_name_mixing_scripts_is_removed(runner):
    out = _run(runner, "At H\u0430lden Consulting I supervised 4 junior engineers.", ROLE1_B3)
    assert not out.present
    assert "letters of another script (look-alike characters?): H\u0430lden" in _reasons(out)


def test_zero_width_characters_inside_a_word_are_removed(runner):
    out = _run(runner, "I am a P\u200bEng and LEED AP.", [])
    assert not out.present
    assert "invisible characters in the text: U+200B" in _reasons(out)


def test_a_name_starting_in_lower_case_is_a_name(runner):
    out = _run(runner, "At iCorp I supervised 4 junior engineers.", ["role1.b3"])
    assert not out.present
    assert "name not in the cited text: iCorp" in _reasons(out)


def test_a_skill_list_after_a_clause_is_read_from_where_the_list_starts(runner):
    out = _run(runner, "At Halden Consulting, my work included AutoCAD, Revit and SolidWorks.", ["role1", "skills1"])
    assert out.present, _reasons(out)
    lie = _run(runner, "At Halden Consulting, my work included AutoCAD, Revit and navisworks.", ["role1", "skills1"])
    assert not lie.present


def test_an_opening_word_the_sentence_also_writes_in_lower_case_is_not_a_name(runner):
    out = _run(runner, "Day to day I design in autocad and revit.", ["skills1"])
    assert out.present, _reasons(out)
