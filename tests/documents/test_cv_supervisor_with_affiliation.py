"""The person a post was held under, written with where they work in brackets ("Dr. Ingrid Solberg (Karolinska
Institutet, Tumour Immunology)"), names no field of the role, on a line of its own under the role's line or beside
its dates; an organisation named after a doctor ("Dr. Reddy's Laboratories (Hyderabad)") is still an employer."""

from __future__ import annotations

from app.documents.cv_head_line import names_a_person
from app.documents.cv_structure import read_outline
from app.documents.cv_vocab import is_place
from tests.docx_build import role_cv


def test_a_supervisor_with_an_affiliation_beside_the_dates_is_no_employer() -> None:
    lines = (
        "Postdoctoral Fellow, Karolinska Institutet, Sweden",
        "Dr. Ingrid Solberg (Karolinska Institutet, Tumour Immunology)\t\t\tSep. 2020 – Present",
    )
    (role,) = read_outline(role_cv(*lines)).roles
    assert (role.title.value, role.employer.value) == ("Postdoctoral Fellow", "Karolinska Institutet")


def test_a_supervisor_with_an_affiliation_under_the_dated_line_is_no_employer() -> None:
    lines = (
        "Research Associate, University of Otago, New Zealand\t\t2016 – 2018",
        "    Dr. Hemi Walker (now at the Cawthron Institute, marine ecology)",
    )
    (role,) = read_outline(role_cv(*lines)).roles
    assert (role.title.value, role.employer.value) == ("Research Associate", "University of Otago")


def test_an_organisation_named_after_a_doctor_is_no_person() -> None:
    assert names_a_person("Dr. Ingrid Solberg (Karolinska Institutet, Tumour Immunology)")
    assert not names_a_person("Dr. Reddy's Laboratories (Hyderabad)")


def test_a_list_naming_a_post_is_no_place_while_a_town_and_its_regions_code_is() -> None:
    assert not is_place("Postdoctoral Fellow, Karolinska Institutet, Sweden")
    assert is_place("Hobart, TAS")  # a region's code in capitals, not the plural of "TA"
