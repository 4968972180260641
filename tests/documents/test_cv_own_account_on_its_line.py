"""Working for oneself written alone on its line where the employer stands ("Full Stack Developer" over
"Freelance", or "Freelance<TAB>2019 – 2021" over the title) is the role's employer, as "Web Developer | Freelance"
on one line is; under a line that already names the employer it adds nothing."""

from __future__ import annotations

import pytest

from app.documents.cv_structure import read_outline
from tests.docx_build import role_cv


@pytest.mark.parametrize(
    "lines",
    [
        ("Full Stack Developer", "Freelance", "2019 – 2021"),
        ("Freelance\t2019 – 2021", "Full Stack Developer"),
        ("Jan 2019 – Nov 2021\tFull Stack Developer", "Self-employed"),
    ],
)
def test_working_for_oneself_alone_on_its_line_is_the_employer(lines: tuple[str, ...]) -> None:
    (role,) = read_outline(role_cv(*lines)).roles
    assert role.title.value == "Full Stack Developer"
    assert role.employer.value.lower() in {"freelance", "self-employed"}


def test_working_for_oneself_under_a_named_employer_leaves_the_employer_as_named() -> None:
    (role,) = read_outline(role_cv("Data Analyst, Acme Corp\t2019 – 2021", "Freelance")).roles
    assert (role.title.value, role.employer.value) == ("Data Analyst", "Acme Corp")
