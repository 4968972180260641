"""A firm whose name starts with a town's ("Weatherford International"), then its country after a comma: "3D Graphics
Developer at Weatherford International, UK" was read as a post at no employer, in a place called "Weatherford
International, UK" (from a round-46 tune file). A town's name ends in no word that says how far a firm reaches
("International", "Global", "Group"), and holds no brackets or digits; a town and its country ("Dublin, Ireland",
"Coon Rapids, MN") is still one place."""

from __future__ import annotations

import pytest

from app.documents.cv_structure import read_outline
from tests.docx_build import bold_or_plain


def _role(line: str) -> tuple[str, str, str]:
    cv = bold_or_plain(
        ("Haoran Zhou", True),
        ("Work Experience", True),
        (line, False),
        ("Developed the 3D module of the flagship well-planning software.", False),
    )
    [role] = read_outline(cv).roles
    return role.title.value, role.employer.value, role.place.value


@pytest.mark.parametrize(
    ("line", "want"),
    [
        (
            "3D Graphics Developer at Lancaster International, UK\t July 2009 ~ Apr 2012",
            ("3D Graphics Developer", "Lancaster International", "UK"),
        ),
        ("Data Engineer at Brighton Global, UK\t May 2015 ~ Apr 2018", ("Data Engineer", "Brighton Global", "UK")),
    ],
)
def test_a_firm_named_after_a_town_before_its_country_is_the_employer(line: str, want: tuple[str, str, str]) -> None:
    assert _role(line) == want


def test_a_town_and_its_country_after_the_employer_stay_one_place() -> None:
    assert _role("Software Engineer at Huawei Technologies, Dublin, Ireland\t Aug 2005 ~ Nov 2006") == (
        "Software Engineer",
        "Huawei Technologies",
        "Dublin, Ireland",
    )
