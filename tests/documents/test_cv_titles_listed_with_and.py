"""Posts listed with commas and closed by "and" ("Traductor, Redactor y Diseñador, Universidad TECH") are one title
before the employer; a name before a post ("Google, Software Engineer and Team Lead") stays apart."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import named_cv

_BULLET = ("Wrote and laid out the course guides of the online master's programme.", "List Bullet")


def _role(line: str) -> tuple[str, str]:
    (role,) = read_outline(named_cv(("Experience", "Heading 1"), (line, None), _BULLET)).roles
    return role.title.value, role.employer.value


def test_posts_listed_and_closed_by_and_are_one_title() -> None:
    assert _role("Traductor, Redactor y Diseñador, Universidad TECH\t05.2023 – 07.2023") == (
        "Traductor, Redactor y Diseñador",
        "Universidad TECH",
    )
    assert _role("Translator, Writer and Designer, Acme Publishing\t2021 – 2023") == (
        "Translator, Writer and Designer",
        "Acme Publishing",
    )


def test_an_employer_before_posts_closed_by_and_stays_the_employer() -> None:
    _title, employer = _role("Google, Software Engineer and Team Lead\t2019 – 2022")
    assert employer == "Google"
