"""An employer with its title in brackets as the first field of a line of fields ("NetSpeed Systems (Engineering
Intern)<TAB>San Jose, CA, Apr 2013 – Sept 2013") reads as the employer and the title; a post named in an "About me"
bullet that no read role has keeps the reading from being tailored unconfirmed."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import named_cv


def _outline(*about: str):
    return read_outline(
        named_cv(
            ("EXPERIENCE", "Heading 1"),
            ("NetSpeed Systems (Engineering Intern)\t\t\tSan Jose, CA, Apr 2013 – Sept 2013", None),
            ("Designed a cycle approximate model for a network on chip", "List Bullet"),
            ("Violin Memory (Engineering and Software Intern)\t\tMountain View, CA, Dec 2011 – Aug 2012", None),
            ("Reviewed the engineers' HDL files with a linting tool", "List Bullet"),
            ("ABOUT ME", "Heading 1"),
            *((line, "List Bullet") for line in about),
        )
    )


def test_the_first_fields_brackets_hold_the_title() -> None:
    roles = _outline("Fluent in four languages").roles
    assert [(r.title.value, r.employer.value, r.place.value) for r in roles] == [
        ("Engineering Intern", "NetSpeed Systems", "San Jose, CA"),
        ("Engineering and Software Intern", "Violin Memory", "Mountain View, CA"),
    ]


def test_a_post_told_in_about_me_is_a_doubt() -> None:
    outline = _outline("Former Technical Consultant for Voyager Consulting Group at UC Berkeley", "Fluent in Hindi")
    assert not outline.usable
    assert any("Voyager Consulting Group" in d for d in outline.low_fields())


def test_an_about_me_without_posts_leaves_the_reading_confident() -> None:
    assert _outline("Fluent in four languages: English, Spanish, Hindi and Marathi").usable
