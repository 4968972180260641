"""The structural readers of the fact gate, on plain text: what counts as a degree, a credential, a bound
number and a claim about the posting, and what does not."""

from __future__ import annotations

import pytest

from app.documents.claims import (
    binding_problems,
    credential_problems,
    degree_problems,
    degrees_in,
    posting_claim_problems,
)


@pytest.mark.parametrize(
    "text",
    [
        "a junior doctor in emergency medicine",
        "an associate in corporate finance",
        "Scrum Master",
        "Boston, MA",
        "Azure Data Engineer Associate (DP-203)",
    ],
)
def test_jobs_and_places_are_not_degrees(text):
    assert degrees_in(text) == []


def test_a_degree_needs_its_level_and_its_field():
    cv = ["Bachelor of Science in General Nursing — NUI Galway\t2012 – 2016"]
    assert degree_problems("I earned a Bachelor of Science in General Nursing.", cv) == []
    assert degree_problems("I hold a master's degree in nursing.", cv) == ["degree not in the CV: master"]
    assert degree_problems("I hold a Bachelor of Arts in History.", cv) == [
        "degree not in the CV: bachelor in art history"
    ]


def test_a_credential_must_be_stated_on_one_line():
    lines = ["Registered general nurse with 8 years of experience.", "Advanced Cardiovascular Life Support (ACLS)"]
    assert credential_problems("I am a registered general nurse.", lines) == []
    assert credential_problems("I am a registered advanced nurse practitioner.", lines)
    assert credential_problems("I am registered as a nurse prescriber.", lines)


def test_numbers_keep_their_nouns_and_their_side_of_a_range():
    source = "Managed a 28-bed ward with 22 nurses, cutting waits from 40 to 25 minutes."
    assert binding_problems("Led 22 nurses on a 28-bed ward; waits fell from 40 to 25 minutes.", source) == []
    assert binding_problems("Managed a 22-bed ward with 28 nurses.", source)
    assert binding_problems("Cut waits from 25 to 40 minutes.", source)


def test_claims_about_the_posting_are_checked_against_the_posting():
    posting = "Requirements: registration with NMBI; experience of triage and sepsis screening."
    assert posting_claim_problems("Your posting asks for experience of triage: I led the audit.", posting) == []
    assert posting_claim_problems("You are looking for Epic experience, which I have.", posting) == [
        "the posting does not ask for: epic"
    ]
