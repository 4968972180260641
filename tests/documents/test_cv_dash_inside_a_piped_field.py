"""Found by reading made-up hospitality and nursing CVs whose role lines part their fields with pipes or tabs (not
from a corpus file): a dash inside the first field was kept whole when the organisation after it was named as `The`
and a capitalised word (`Line Cook – The Anchor | Mevagissey | 2014 – 2016` read the title `Line Cook – The Anchor`
and the town as the employer), and when the post before it named its field (`Lecturer in Nursing – Edge Hill
University | Ormskirk` read the title `Lecturer` and the employer `Nursing – Edge Hill University`)."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import section_cv

INTERESTS = ("Interests", "Hiking in the hills, reading novels about history and cooking for friends on weekends.")
BULLET = "• Prepared meals for the busy lunch service every single day."


def _roles(*lines: str) -> list[tuple[str, str, str, str | None, str | None]]:
    out = read_outline(section_cv("Experience", *lines, closing=INTERESTS))
    return [(r.title.value, r.employer.value, r.place.value, r.start.value, r.end.value) for r in out.roles]


def test_an_organisation_named_with_the_after_a_post_and_a_dash_is_the_employer() -> None:
    assert _roles("Line Cook – The Anchor | Mevagissey | 2014 – 2016", BULLET) == [
        ("Line Cook", "The Anchor", "Mevagissey", "2014", "2016")
    ]


def test_a_post_naming_its_field_before_the_dash_keeps_the_field_in_the_title() -> None:
    for line in (
        "Lecturer in Nursing – Edge Hill University | Ormskirk | 2016 – 2020",
        "Lecturer in Nursing – Edge Hill University\tOrmskirk\t2016 – 2020",
    ):
        assert _roles(line, BULLET) == [("Lecturer in Nursing", "Edge Hill University", "Ormskirk", "2016", "2020")]


def test_a_field_of_work_after_the_dash_stays_in_the_title() -> None:
    assert _roles("Research Intern - Machine Learning | Globex | 2019 – 2020", BULLET)[0][:2] == (
        "Research Intern - Machine Learning",
        "Globex",
    )
