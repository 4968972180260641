"""Arabic CVs: the volunteering heading ("العمل التطوعي") opens a section of its own (its line is a role, not a line
of the last post), and "رقيب في القوات المسلحة" (sergeant in the armed forces) names the post and the organisation,
which Arabic writes with the article when it names it by its kind. Found on fresh tune seeds of the international
roles set. Every CV here is made up."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes


def _roles(*paragraphs: tuple[str, str | None]) -> list[tuple[str, str, str, str]]:
    data = docx_bytes(("أحمد الحربي", "Title"), ("ahmed.harbi@example.sa", None), *paragraphs)
    return [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in read_outline(data).roles]


def test_the_volunteering_heading_opens_its_own_section() -> None:
    roles = _roles(
        ("الخبرات العملية", "Heading 1"),
        ("2021 إلى الآن", None),
        ("مشرف لوجستي في أرامكس، جدة", None),
        ("العمل التطوعي", "Heading 1"),
        ("متطوع, الهلال الأحمر (2022 إلى 2024)", None),
        ("المؤهلات العلمية", "Heading 1"),
        ("2011-2014  بكالوريوس تمريض، جامعة القاهرة", None),
    )
    assert ("متطوع", "الهلال الأحمر", "2022", "2024") in roles


def test_a_rank_in_the_armed_forces_names_the_post_and_the_organisation() -> None:
    roles = _roles(
        ("الخبرات العملية", "Heading 1"),
        ("يوليو 2011 – يوليو 2015", None),
        ("رقيب في القوات المسلحة، الرياض", None),
    )
    # the town after the Arabic comma stays on the employer (as the benches accept it): "،" is not yet parted
    assert [(r[0], r[1].split("،")[0]) for r in roles] == [("رقيب", "القوات المسلحة")]


def test_in_a_field_named_with_the_article_is_still_no_employer() -> None:
    """Guard: "في التسويق" (in marketing) names a field, not where the post was held."""
    roles = _roles(
        ("الخبرات العملية", "Heading 1"),
        ("2019 – 2021", None),
        ("أخصائي في التسويق", None),
    )
    assert [r[1] for r in roles] != ["التسويق"]
