"""The fact inventory: what a tailored document may state, each fact with its source paragraph."""

from __future__ import annotations

from app.documents import read_cv
from app.documents.facts import quantities


def test_inventory_lists_employers_titles_and_education(alex_cv):
    facts = read_cv(alex_cv).facts
    assert facts.norms("organisation") >= {"tasman analytics", "southern cross energy", "apple isle insurance"}
    assert facts.norms("title") >= {"senior data engineer", "data engineer", "business intelligence analyst"}
    assert facts.norms("education") == {"bachelor of information technology"}


def test_inventory_normalises_numbers_with_currency_and_percent(alex_cv, priya_cv):
    alex, priya = read_cv(alex_cv).facts, read_cv(priya_cv).facts
    assert {"120", "60%", "18000AUD", "1.2e+06"} <= alex.norms("number")
    assert {"1.2e+07GBP", "4.5e+06GBP", "300000GBP", "40%"} <= priya.norms("number")


def test_inventory_keeps_the_source_paragraph_of_each_fact(alex_cv):
    facts = read_cv(alex_cv).facts
    sixty = next(f for f in facts.of("number") if f.norm == "60%")
    assert sixty.source_id == "p14"


def test_inventory_lists_dates_certifications_and_contacts(alex_cv):
    facts = read_cv(alex_cv).facts
    assert {"2021-03", "2017-07", "2022", "2023"} <= facts.norms("date")
    assert "dp-203" in facts.norms("certification")
    assert "databricks certified data engineer professional" in facts.norms("certification")
    assert facts.norms("contact") == {
        "email:alex.morgan@example.com",
        "phone:61412345678",
        "url:linkedin.com/in/alexmorgan-data",
        "location:hobart, tasmania",
    }


def test_quantities_skip_years_phone_numbers_and_exam_codes():
    found = [q.norm for q in quantities("In 2021 passed DP-203; call +61 412 345 678; saved £12m and 40%.")]
    assert found == ["1.2e+07GBP", "40%"]
