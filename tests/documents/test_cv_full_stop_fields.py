"""A role line written as a reference is ("Northwind Traders. Senior Analyst. Leeds. 2016 - 2018."): full stops part
its fields, after a bracketed short name too, and the full stop after the dates is no field of its own. Many names
before the dates, each closed by a full stop, are no sentence."""

from __future__ import annotations

import pytest

from app.documents.cv_structure import read_outline
from tests.docx_build import role_cv


@pytest.mark.parametrize(
    ("line", "title", "employer"),
    [
        ("Northwind Traders. Senior Analyst. Leeds. 2016 - 2018.", "Senior Analyst", "Northwind Traders"),
        (
            "Instituto de Ecología (INECOL). Field Technician. Xalapa. 2016 - 2018.",
            "Field Technician",
            "Instituto de Ecología (INECOL)",
        ),
        (
            "Washington University in St. Louis. Research Assistant. 2016 - 2018.",
            "Research Assistant",
            "Washington University in St. Louis",
        ),
    ],
)
def test_full_stops_part_the_fields_of_a_role_line(line: str, title: str, employer: str) -> None:
    (role,) = read_outline(role_cv(line)).roles
    assert (role.title.value, role.employer.value, role.start.value, role.end.value) == (
        title,
        employer,
        "2016",
        "2018",
    )


def test_a_legal_forms_full_stop_parts_nothing() -> None:
    (role,) = read_outline(role_cv("Globex Pvt. Ltd. Senior Analyst. 2016 - 2018.")).roles
    assert (role.title.value, role.employer.value) == ("Senior Analyst", "Globex Pvt. Ltd")


def test_a_reference_line_of_many_names_before_its_dates_is_a_role_line() -> None:
    line = "Nord Pool Consulting. Digital Transformation AS Norway. Senior Advisor. 2022 - Present."
    (role,) = read_outline(role_cv(line)).roles
    assert (role.title.value, role.employer.value, role.end.value) == (
        "Senior Advisor",
        "Nord Pool Consulting",
        "present",
    )


def test_a_sentence_before_bracketed_dates_is_still_no_role_line() -> None:
    line = "Got a chance to attend the yearly award ceremony of the club (Dec 2023)."
    assert read_outline(role_cv(line)).roles == []
