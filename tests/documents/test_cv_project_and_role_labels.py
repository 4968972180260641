"""A consultant's CV under "Professional Record": "11/2018 – Present: Nike , Laakdal, Belgium" over "Project: Export /
Import (EMEA Trade)" and "Role: Senior Software Engineer". The post is the "Role:" line, past the project's line and
a line about the employer; "Nike, Laakdal, Belgium" is an employer before a town too small to be known, not a
three-part place; "IBM Brazil , São Paulo – Brazil" names the country after the town past a dash, which goes on with
the place (from a tune file of the corpus, a Brazilian Java developer's CV read with no title and "Brazil" as one)."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from app.documents.cv_vocab import heading_kind, is_place
from tests.docx_build import docx_bytes


def _cv() -> bytes:
    return docx_bytes(
        ("Sasha Brennan", "Title"),
        ("Professional Record", "Heading 4"),
        ("11/2018 – Present: Nike , Laakdal, Belgium", None),
        ("Project: Export / Import (EMEA Trade)", None),
        ("Role: Senior Software Engineer", None),
        ("Built Spring Boot services for the import of products.", "List Bullet"),
        ("04/2015 – 04/2016:  IBM Brazil , São Paulo – Brazil", None),
        ("(www.ibm.com)", None),
        ("IBM Brazil provides services and solutions to large companies.", None),
        ("Project: Data Classification and Compliance tool", None),
        ("Role: IT Consultant (Home office)", None),
        ("Fixed a memory leak in the scan process.", "List Bullet"),
        ("Education", "Heading 4"),
        ("2005 - 2009 : Bachelor in Information Analysis", None),
    )


def test_professional_record_heads_the_roles() -> None:
    assert heading_kind("Professional Record") == "experience"


def test_the_role_label_under_a_project_gives_the_post() -> None:
    roles = read_outline(_cv()).roles
    assert [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in roles] == [
        ("Senior Software Engineer", "Nike", "2018-11", "present"),
        ("IT Consultant (Home office)", "IBM Brazil", "2015-04", "2016-04"),
    ]


def test_a_country_after_the_town_past_a_dash_goes_on_with_the_place() -> None:
    roles = read_outline(_cv()).roles
    assert [r.place.value for r in roles] == ["Laakdal, Belgium", "São Paulo, Brazil"]


def test_an_unknown_first_part_before_an_unknown_town_is_no_place() -> None:
    assert not is_place("Nike, Laakdal, Belgium")
    assert is_place("Leeds, West Yorkshire, UK") and is_place("Amherst, MA, USA")


def test_a_line_naming_its_post_keeps_its_reading_past_the_dash() -> None:
    """ "Chef Service Personnel, CHAD SUPPLIERS & COMMERCIAL SERVICES, N'Djamena - Tchad": the line names its post,
    so the country after the dash is not taken into the place at the cost of the title's reading."""
    data = docx_bytes(
        ("Abdel Haroun", "Title"),
        ("Experience", "Heading 1"),
        ("Chef Service Personnel, CHAD SUPPLIERS & COMMERCIAL SERVICES, N'Djamena - Tchad\t2021 – 2022", None),
        ("Resolved conflicts within the company.", "List Bullet"),
    )
    roles = read_outline(data).roles
    assert [(r.title.value, r.employer.value) for r in roles] == [
        ("Chef Service Personnel", "CHAD SUPPLIERS & COMMERCIAL SERVICES")
    ]
