"""Lines written "Post: Employer • Town, ST<TABS>(mm/dd/yyyy – mm/dd/yyyy)": the dates are month first all through
once one of them is beyond doubt ("12/15/2018"), the post and the employer part at the colon whatever else the line
holds, a bullet glued to the name before it parts the place, and a name before a dash ("Carnegie Institution for
Science — Postdoctoral Fellow") is no form's label though it holds a label's word."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import section_cv


def _roles(*lines: str) -> list[tuple[str, str, str, str, str]]:
    closing = ("EDUCATION", "ECPI University\tBachelor of Science, Computer Science")
    data = section_cv("EXPERIENCE", *lines, closing=closing)
    return [
        (r.title.value, r.employer.value, r.place.value, r.start.value, r.end.value) for r in read_outline(data).roles
    ]


def test_month_first_full_dates_a_post_before_a_colon_and_a_glued_bullet() -> None:
    got = _roles(
        "Co-founder & Business Analyst: Luxe Nails & Spa L.L.C \t\t\t(12/15/2018 – 06/10/2021)",
        "Defined the infrastructure plan and the business support systems.",
        "Logistic Specialist & Watercraft Engineer: US Army • Fort Eustis, VA \t\t(11/24/2015– 11/21/2017)",
        "Built an inventory tracking database for the warehouse.",
        "Teaching Assistant: De Anza College• Cupertino, CA\t \t\t(01/01/2014 – 07/01/2014)",
        "Helped students with their coding issues.",
    )
    assert got == [
        ("Co-founder & Business Analyst", "Luxe Nails & Spa L.L.C", "", "2018-12", "2021-06"),
        ("Logistic Specialist & Watercraft Engineer", "US Army", "Fort Eustis, VA", "2015-11", "2017-11"),
        ("Teaching Assistant", "De Anza College", "Cupertino, CA", "2014-01", "2014-07"),
    ]


def test_a_name_before_a_dash_is_no_label() -> None:
    got = _roles(
        "California Department Of Fish And Wildlife — Modeling Unit Specialist",
        "February 2024 - Present",
        "Led data-driven modelling projects on water management.",
        "Carnegie Institution for Science — Postdoctoral Fellow in Ecoinformatics",
        "January 2023 - January 2024",
        "Led three research projects on ecological data science.",
    )
    assert [(t, e) for t, e, *_ in got] == [
        ("Modeling Unit Specialist", "California Department Of Fish And Wildlife"),
        ("Postdoctoral Fellow in Ecoinformatics", "Carnegie Institution for Science"),
    ]
