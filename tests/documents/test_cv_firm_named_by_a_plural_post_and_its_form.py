"""A firm named by its trade's people in the plural and a legal form of two words ("Arup Engineers Pty Ltd", "Patel
Dentists Pvt Ltd") was parted as a second post run on into a name ("Arup Engineers" read as the title, "Pty Ltd" as
the employer), and the role was then dropped as a heading over the people one led. A legal form alone after the
plural closes the firm's name: no post runs on into it.

Found by reading made-up labourers', receptionists' and apprentices' CVs (not from a corpus file):
"Labourer<TAB>Arup Engineers Pty Ltd<TAB>2017 – 2020" gave no role at all.
"""

from __future__ import annotations

import pytest

from app.documents.cv_structure import read_outline
from tests.docx_build import role_cv


@pytest.mark.parametrize(
    ("head", "title", "employer"),
    [
        ("Labourer\tArup Engineers Pty Ltd\t2017 – 2020", "Labourer", "Arup Engineers Pty Ltd"),
        (
            "Apprentice Electrician – Hughes Electricians Pty. Ltd.\t2016 – 2019",
            "Apprentice Electrician",
            "Hughes Electricians Pty. Ltd.",
        ),
        ("Receptionist | Patel Dentists Pvt Ltd | 2018 – 2022", "Receptionist", "Patel Dentists Pvt Ltd"),
        ("Bookkeeper, Nkosi Accountants (Pty) Ltd\tMar 2015 – Jun 2018", "Bookkeeper", "Nkosi Accountants (Pty) Ltd"),
    ],
)
def test_a_firm_named_by_a_plural_post_and_its_legal_form_is_the_employer(head: str, title: str, employer: str) -> None:
    (role,) = read_outline(role_cv(head)).roles
    assert (role.title.value, role.employer.value) == (title, employer)


def test_a_post_run_on_into_a_named_employer_still_parts() -> None:
    (role,) = read_outline(role_cv("Doctoral Researcher BMW Group\t2017 – 2020")).roles
    assert (role.title.value, role.employer.value) == ("Doctoral Researcher", "BMW Group")
