"""A list item that opens with its dates and goes on in short comma fields ("Aug 2008 - Present, Research Ecologist,
U.S. Environmental Protection Agency, Atlantic Ecology Division, Narragansett, RI", as pandoc writes an R Markdown
résumé) is a role's head line however many words its fields take, with the paragraph under it as its description;
a bullet that says what was done in a sentence stays a bullet."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import named_cv


def _read(*paragraphs: tuple[str, str | None]):
    return read_outline(
        named_cv(
            ("Experience", "Heading 1"),
            *paragraphs,
            ("Education", "Heading 1"),
            ("2004, PhD in Environmental Science, University of Rhode Island, Kingston, RI", "List Bullet"),
        )
    ).roles


def test_dated_list_items_of_long_comma_fields_are_roles() -> None:
    roles = _read(
        (
            "Aug 2008 - Present, Research Ecologist, U.S. Environmental Protection Agency, Atlantic Ecology "
            "Division, Narragansett, RI",
            "List Bullet",
        ),
        ("I lead research on harmful algal blooms and on data science tools for the agency.", None),
        (
            "Jan 2005 – July 2005, Postdoctoral Associate, American Institute of Biological Sciences, National "
            "Ecological Observatory (NEON) Project Office, Washington, DC",
            "List Bullet",
        ),
        ("Planned the first national ecological observatory and built its project office's GIS.", None),
    )
    assert [(r.title.value, r.start.value, r.end.value) for r in roles] == [
        ("Research Ecologist", "2008-08", "present"),
        ("Postdoctoral Associate", "2005-01", "2005-07"),
    ]
    assert roles[0].employer.value.startswith("U.S. Environmental Protection Agency")
    assert roles[1].employer.value.startswith("American Institute of Biological Sciences")
    assert roles[0].place.value == "Narragansett, RI"


def test_a_dated_bullet_told_as_a_sentence_stays_a_bullet() -> None:
    roles = _read(
        ("Research Ecologist, U.S. Environmental Protection Agency, Aug 2008 - Present", None),
        (
            "2019 – 2021, led the survey of forty lakes, trained six technicians, wrote the field manual and "
            "published the results in two journals.",
            "List Bullet",
        ),
    )
    assert [r.title.value for r in roles] == ["Research Ecologist"]
