"""An employer before its city and country ("QuintilesIMS, Shanghai, China") is no three-part place even when the city's
name is also an English word ("shanghai", "reading", "bath"): the city is a town of the country named after it, so
the first part is who, not a district."""

from __future__ import annotations

import pytest

from app.documents.cv_structure import read_outline
from app.documents.cv_vocab import is_place
from tests.docx_build import docx_bytes


@pytest.mark.parametrize(
    "text", ["QuintilesIMS, Shanghai, China", "Pearson, Reading, UK", "Rotork, Bath, United Kingdom"]
)
def test_a_firm_before_a_city_whose_name_is_a_word_and_its_country_is_no_place(text: str) -> None:
    assert not is_place(text)


@pytest.mark.parametrize("text", ["Pudong, Shanghai, China", "Shanghai, China", "Reading, Berkshire, UK"])
def test_a_district_or_a_city_with_its_country_is_still_a_place(text: str) -> None:
    assert is_place(text)


def test_the_employer_line_before_a_word_named_city_is_read_as_the_sections_other_roles_are() -> None:
    """Three sure roles of the section write "Employer, Place<TAB>dates" over "Post, Practice": the unsure first role,
    whose words alone would put its employer in the title ("Management Consulting"), is read their way."""
    data = docx_bytes(
        ("Lin Zhou", "Title"),
        ("lin.zhou@example.org", None),
        ("EMPLOYMENT EXPERIENCE", "Heading 1"),
        ("QuintilesIMS, Shanghai, China\tAug. 2017—Current", None),
        ("PTA, Management Consulting", None),
        ("Supported a project to launch a drug in the China market.", "List Bullet"),
        ("Dartmouth-Hitchcock Medical Center, Lebanon, NH\tMar. 2017—May. 2017", None),
        ("MPH Intern, Health Insurance Analysis", None),
        ("Analysed employee insurance and wellness data.", "List Bullet"),
        ("Pfizer Inc., Shanghai, China\tMar. 2016—Jul. 2016", None),
        ("Intern, Business Strategy & Operation", None),
        ("Built a forecast model of sales.", "List Bullet"),
        ("Sinopharm Weiqida Pharmaceutical Co., Datong, China\tJul. 2015—Aug. 2015", None),
        ("Summer Intern, Quality Control (QC)", None),
        ("Tested samples from every phase of manufacturing.", "List Bullet"),
    )
    first = read_outline(data).roles[0]
    assert (first.employer.value, first.place.value) == ("QuintilesIMS", "Shanghai, China")
