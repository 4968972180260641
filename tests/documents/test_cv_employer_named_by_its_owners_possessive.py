"""An employer named by its owner's possessive ("Dr A. Patel's Surgery", "Prof. Tanaka's Clinic") is the employer,
not the person the post was held under: after an honorific, a name that goes on past a possessive names what the
person keeps (a surgery, a practice, a pharmacy), and the employer was dropped as a supervisor note.

Found by reading made-up nurses', receptionists' and pharmacists' CVs (not from a corpus file):
"Practice Nurse - Dr A. Patel's Surgery<TAB>Mar 2019 – Present" was read with no employer.
"""

from __future__ import annotations

import pytest

from app.documents.cv_head_line import names_a_person
from app.documents.cv_structure import read_outline
from tests.docx_build import role_cv


@pytest.mark.parametrize(
    ("head", "title", "employer"),
    [
        ("Practice Nurse - Dr A. Patel's Surgery\tMar 2019 – Present", "Practice Nurse", "Dr A. Patel's Surgery"),
        ("Receptionist at Dr Okafor's Dental Practice\t2020 – 2024", "Receptionist", "Dr Okafor's Dental Practice"),
        ("Pharmacy Assistant | Dr. Moreau’s Pharmacy\t2018 – 2021", "Pharmacy Assistant", "Dr. Moreau’s Pharmacy"),
        ("Dental Nurse, Prof. Tanaka's Clinic\t04/2017 – 03/2019", "Dental Nurse", "Prof. Tanaka's Clinic"),
    ],
)
def test_an_employer_named_by_its_owners_possessive_is_the_employer(head: str, title: str, employer: str) -> None:
    (role,) = read_outline(role_cv(head)).roles
    assert (role.title.value, role.employer.value) == (title, employer)


@pytest.mark.parametrize("text", ["Dr. Wei Zhang", "Prof. Anna K. Novak", "Professor Jane Smith"])
def test_an_honoured_name_alone_still_names_a_person(text: str) -> None:
    assert names_a_person(text)


@pytest.mark.parametrize(
    ("head", "title", "employer"),
    [
        ("Visiting Prof. Harbour University\t2015 – 2019", "Visiting Prof", "Harbour University"),
        ("Assistant Prof. Meridian College of Nursing\t2012 – 2015", "Assistant Prof", "Meridian College of Nursing"),
    ],
)
def test_a_professors_full_stop_before_no_possessive_still_parts_title_and_employer(
    head: str, title: str, employer: str
) -> None:
    (role,) = read_outline(role_cv(head)).roles
    assert (role.title.value, role.employer.value) == (title, employer)
