"""A model's proposal of how the CV reads, through the real gateway and the fake provider on loopback:
every proposed field must be written in the CV, and a proposal is never trusted without the seeker."""

from __future__ import annotations

import docx

from app.llm.cv_propose import propose_outline
from tests.docx_build import saved

from .conftest import agents_config


def _cv() -> bytes:
    d = docx.Document()
    d.add_paragraph("Jane Doe", style="Title")
    d.add_paragraph("jane.doe@example.com | +61 400 555 123")
    d.add_paragraph("Experience", style="Heading 1")
    d.add_paragraph("Data Platforms\tNorthwind\tMar 2019 – Present")
    d.add_paragraph("Built 40 data pipelines in Python and SQL on Azure.", style="List Bullet")
    d.add_paragraph("Reporting\tContoso\t2016 – 2019")
    d.add_paragraph("Wrote SQL reports for 12 teams.", style="List Bullet")
    d.add_paragraph("Referees", style="Heading 1")
    d.add_paragraph("Sam Lee, sam.lee@example.org")
    return saved(d)


PROPOSAL = {
    "name": "Jane Doe",
    "emails": ["jane.doe@example.com", "jane@invented.example"],
    "phones": ["+61 400 555 123"],
    "roles": [
        {"title": "Data Platforms", "employer": "Northwind", "place": "", "start": "2019-03", "end": "present"},
        {"title": "Head of Reporting", "employer": "Contoso", "place": "Sydney", "start": "2015", "end": "2019"},
    ],
    "skills": ["Python", "SQL", "Kubernetes"],
}


def test_proposed_fields_not_in_the_cv_are_dropped(make_gateway, fake) -> None:
    fake.state.answers["CvProposal"] = PROPOSAL
    gateway, _ = make_gateway(agents=agents_config("anthropic"))
    outline = propose_outline(gateway, _cv())
    assert outline.name.value == "Jane Doe"
    assert outline.contact.emails == ["jane.doe@example.com"]  # the invented address is gone
    first, second = outline.roles
    assert (first.title.value, first.employer.value, first.start.value, first.end.value) == (
        "Data Platforms",
        "Northwind",
        "2019-03",
        "present",
    )
    # "Head of Reporting", "Sydney" and 2015 are not in the CV: dropped, the employer and end stay.
    assert (second.title.value, second.employer.value, second.place.value) == ("", "Contoso", "")
    assert (second.start.value, second.end.value) == ("", "2019")
    assert outline.skills == ["Python", "SQL"]
    assert any("dropped" in n and "Kubernetes" in n and "jane@invented.example" in n for n in outline.notes)
    assert not outline.usable  # a proposal is confirmed by the seeker, never trusted alone
    assert fake.counts()


def test_the_cv_goes_to_the_model_as_delimited_data(make_gateway, fake) -> None:
    seen = []

    def answer(request):  # type: ignore[no-untyped-def]
        seen.append(request)
        return PROPOSAL

    fake.state.answers["CvProposal"] = answer
    gateway, _ = make_gateway(agents=agents_config("anthropic"))
    propose_outline(gateway, _cv())
    assert seen and "<seeker_cv>" in seen[-1].last_user and "Northwind" in seen[-1].last_user


def test_a_proposed_role_keeps_the_bullets_of_the_read_role_with_its_dates_not_of_the_role_in_its_position(
    make_gateway, fake
) -> None:
    # The model lists the roles oldest first and adds one the reader never read: each must carry its own bullets.
    fake.state.answers["CvProposal"] = {
        "name": "Jane Doe",
        "roles": [
            {"title": "Reporting", "employer": "Contoso", "start": "2016", "end": "2019"},
            {"title": "Data Platforms", "employer": "Northwind", "start": "2019-03", "end": "present"},
            {"title": "", "employer": "Sam Lee", "start": "", "end": ""},
        ],
    }
    gateway, _ = make_gateway(agents=agents_config("anthropic"))
    contoso, northwind, unread = propose_outline(gateway, _cv()).roles
    assert [b.text for b in contoso.bullets] == ["Wrote SQL reports for 12 teams."]
    assert [b.text for b in northwind.bullets] == ["Built 40 data pipelines in Python and SQL on Azure."]
    assert contoso.source_id != northwind.source_id
    assert (unread.employer.value, unread.bullets, unread.source_id) == ("Sam Lee", [], "")
