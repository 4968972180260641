"""A pandoc definition list: "2019 (2 months)" over "Summer student at FFI — Norwegian Defence Research Establishment
(Kjeller, Norway).": the line below the dates gives the title, and the organisation after "at" (across its dash)
is the employer."""

from __future__ import annotations

from app.documents.cv_head_line import line_segments
from app.documents.cv_structure import read_outline
from tests.docx_build import named_cv


def test_the_organisation_after_at_goes_on_across_a_dash() -> None:
    segs = line_segments("Summer student at FFI — Norwegian Defence Research Establishment (Kjeller, Norway).")
    assert segs[:2] == [("Summer student", False), ("FFI — Norwegian Defence Research Establishment", True)]


def test_a_title_after_the_dash_stays_apart() -> None:
    assert line_segments("Engineer at Acme – Data Scientist")[1] == ("Acme", True)


def test_the_title_line_under_the_dates_gives_its_employer_after_at() -> None:
    cv = named_cv(
        ("Experience", "Heading 1"),
        ("2019 (2 months)", None),
        ("Summer student at FFI — Norwegian Defence Research Establishment (Kjeller, Norway).", None),
        ("During eight weeks in the summer of 2019 I worked on software defined radios at the institute.", None),
    )
    (role,) = read_outline(cv).roles
    assert (role.title.value, role.employer.value, role.start.value) == (
        "Summer student",
        "FFI — Norwegian Defence Research Establishment",
        "2019",
    )
