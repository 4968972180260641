"""How a role's head line splits into title and employer by its structure (`cv_head_line`)."""

from __future__ import annotations

import pytest

from app.documents.cv_head_line import line_segments
from app.documents.cv_outline import RoleOutline
from app.documents.cv_structure import read_outline
from tests.docx_build import role_cv


def test_a_role_of_the_named_organisation_splits_at_of_the() -> None:
    assert [s for s, _ in line_segments("Secretary of the Riverside Chess Circle")] == [
        "Secretary",
        "the Riverside Chess Circle",
    ]


def test_a_role_of_a_field_stays_one_title() -> None:
    assert [s for s, _ in line_segments("Professor of Applied Mathematics")] == ["Professor of Applied Mathematics"]


def _role(*lines: str) -> RoleOutline:
    """The one role of a CV whose Experience section holds these lines and a bullet."""
    outline = read_outline(role_cv(*lines))
    assert len(outline.roles) == 1
    return outline.roles[0]


def test_a_place_in_brackets_after_the_employer_is_the_place_not_the_title() -> None:
    role = _role("10/2021 – 09/2022\tVisiting Lecturer at Harbour Polytechnic (Belgium)")
    assert (role.title.value, role.employer.value, role.place.value) == (
        "Visiting Lecturer",
        "Harbour Polytechnic",
        "Belgium",
    )


def test_a_city_and_country_in_brackets_leave_title_and_employer_apart() -> None:
    role = _role("01/2021 – Current\tAssistant Professor in Coastal Ecology at Meridian University (Ankara, Turkey)")
    assert (role.title.value, role.employer.value, role.place.value) == (
        "Assistant Professor in Coastal Ecology",
        "Meridian University",
        "Ankara, Turkey",
    )


def test_an_organisation_in_brackets_after_a_title_is_the_employer() -> None:
    role = _role("2021 – Current\tCoordinator of the Data Programme (Meridian University)")
    assert (role.title.value, role.employer.value) == ("Coordinator of the Data Programme", "Meridian University")


@pytest.mark.parametrize(
    ("lines", "title", "employer"),
    [
        (["Art Lead | Pixel Artist", "Monster Theater | 2022 – 2024"], "Art Lead | Pixel Artist", "Monster Theater"),
        (
            ["Researcher | C#/WPF Desktop Software Developer (2017 – 2021), RIVS"],
            "Researcher | C#/WPF Desktop Software Developer",
            "RIVS",
        ),
        (
            ["2014-2015: Web / Hybrid Application Developer, Madar Soft"],
            "Web / Hybrid Application Developer",
            "Madar Soft",
        ),
    ],
)
def test_two_titles_parted_by_a_pipe_slash_or_dash_are_one_title(lines: list[str], title: str, employer: str) -> None:
    role = _role(*lines)
    assert (role.title.value, role.employer.value) == (title, employer)


def test_a_title_and_an_employer_parted_by_a_pipe_stay_apart() -> None:
    role = _role("Software Engineer | Northwind Traders | 2019 – 2021")
    assert (role.title.value, role.employer.value) == ("Software Engineer", "Northwind Traders")


def test_a_unit_on_the_line_under_the_role_leaves_the_organisation_the_employer() -> None:
    role = _role("Associate Professor - Harbour University\tSept 2007 – Present", "\tDepartment of Economics")
    assert (role.title.value, role.employer.value) == ("Associate Professor", "Harbour University")


def test_how_a_role_was_held_before_at_is_its_title() -> None:
    role = _role("Dec 2020 – Present\tSelf-employed at Northwind Studio")
    assert (role.title.value, role.employer.value) == ("Self-employed", "Northwind Studio")


def test_how_a_role_was_held_beside_its_title_is_dropped() -> None:
    role = _role("Data Engineer | Northwind Ltd | Contract | 2019 – 2021")
    assert (role.title.value, role.employer.value) == ("Data Engineer", "Northwind Ltd")


def test_a_lower_case_clause_after_the_employer_is_a_description() -> None:
    role = _role(
        "11/2018 – 05/2019\tPostdoctoral researcher at Harbour Research Centre (Meridian University) with own "
        "research project “Tides and towns”."
    )
    assert (role.title.value, role.employer.value) == (
        "Postdoctoral researcher",
        "Harbour Research Centre (Meridian University)",
    )


def test_a_capitalised_name_after_on_stays_in_the_employer() -> None:
    role = _role("2019 – 2021\tPolicy Analyst at Council on Foreign Relations")
    assert (role.title.value, role.employer.value) == ("Policy Analyst", "Council on Foreign Relations")


def test_a_name_after_the_titles_comma_and_the_piece_after_a_dash_are_the_employer() -> None:
    role = _role("2015-2015: Web Mobile Developer, Brightmouth - 360 Go Mobile Agency")
    assert (role.title.value, role.employer.value) == ("Web Mobile Developer", "Brightmouth - 360 Go Mobile Agency")


def test_a_longer_organisations_name_after_the_titles_comma_goes_on_across_the_dash() -> None:
    # an institute and its school: five words naming an organisation, then a dash, the school, the place
    role = _role(
        "Jan 2015-Jul 2015\tTeaching Fellow, Institute of International Business Studies – Northwind Business"
        " School, Granada, Spain"
    )
    assert (role.title.value, role.employer.value, role.place.value) == (
        "Teaching Fellow",
        "Institute of International Business Studies – Northwind Business School",
        "Granada, Spain",
    )


def test_an_employer_in_lower_case_after_at_is_the_employer_when_it_holds_a_name_or_is_short() -> None:
    # a CV written in sentence case
    assert [s for s, _ in line_segments("Senior product designer at the municipality of Utrecht")] == [
        "Senior product designer",
        "municipality of Utrecht",
    ]
    # no name in it, but short: a common noun names the place of work, kept as written with its "the"
    assert [s for s, _ in line_segments("Cashier at the supermarket")] == ["Cashier", "the supermarket"]
    # a longer phrase after "at" with no name in it says what the post was about
    assert [s for s, _ in line_segments("Teacher at primary and secondary level")] == [
        "Teacher at primary and secondary level"
    ]


def test_a_kind_of_organisation_in_lower_case_after_in_is_the_employer() -> None:
    assert [s for s, _ in line_segments("Intern in an insurance company")] == ["Intern", "an insurance company"]
    assert [s for s, _ in line_segments("Clerk for a law firm")] == ["Clerk", "a law firm"]
    # the phrase must end in an organisation's word: a field of work is no employer
    assert [s for s, _ in line_segments("Specialist in company law")] == ["Specialist in company law"]


def test_what_the_post_worked_on_between_it_and_its_organisation_is_said_of_the_post() -> None:
    assert [s for s, _ in line_segments("Research Associate in a research project of the Leibniz Institute (LNI)")] == [
        "Research Associate",
        "Leibniz Institute (LNI)",
    ]
    # no organisation's name after it: the line stays one title
    assert [s for s, _ in line_segments("Teacher in a school for deaf children")] == [
        "Teacher in a school for deaf children"
    ]


def test_a_bare_word_of_organisations_names_after_the_post_qualifies_the_post() -> None:
    # Portuguese puts the field after the post: "Software" names no organisation on its own
    role = _role("DESENVOLVEDOR SOFTWARE\tSet/2021 – atual", "VR Benefícios")
    assert (role.title.value, role.employer.value) == ("DESENVOLVEDOR SOFTWARE", "VR Benefícios")
    # a name after the post, run on without a separator, is still the employer
    role = _role("Doctoral Researcher BMW Group\t2019 – 2021", "Munich")
    assert (role.title.value, role.employer.value) == ("Doctoral Researcher", "BMW Group")


def test_the_organisation_beside_the_post_on_the_dates_line_employs_it_over_a_unit_below() -> None:
    role = _role(
        "Program Manager, Yale University\tJan 2018 – July 2021",
        "Evaluation Initiative in Pediatric Prevention Research (EIPPR)",
    )
    assert (role.title.value, role.employer.value) == ("Program Manager", "Yale University")


def test_a_unit_named_under_the_dates_line_stays_out_of_the_employer_a_unit_beside_the_dates_joins_it() -> None:
    role = _role(
        "Research Assistant, Boston University\tSept. 2013 – Oct. 2014", "Memory and Ageing Research Center (MARC)"
    )
    assert (role.title.value, role.employer.value) == ("Research Assistant", "Boston University")
    role = _role(
        "Software Engineering Intern, Qualcomm Technologies Inc.", "Extended Reality (XR) Systems\tJune 2021 – Aug 2021"
    )
    assert role.employer.value == "Qualcomm Technologies Inc., Extended Reality (XR) Systems"


def test_a_group_and_the_department_it_belongs_to_across_a_dash_are_one_employer() -> None:
    role = _role(
        "Research Assistant in Computational Genomics\t2019, Oct",
        "Fabric Group of Computational Biology – Department of Informatics, University of Bergen, Norway",
    )
    assert (role.employer.value, role.place.value) == (
        "Fabric Group of Computational Biology – Department of Informatics, University of Bergen",
        "Norway",
    )
    # with the place after them, at a tab
    assert [s for s, _ in line_segments("University of Minnesota - Carlson School of Management\tMinneapolis, MN")] == [
        "University of Minnesota - Carlson School of Management",
        "Minneapolis, MN",
    ]
    # what the organisation does, across the dash, is no part of its name; nor is a post
    assert line_segments("Contoso Retail – Grocery chain with 40 stores")[0] == ("Contoso Retail", False)
    assert line_segments("Globex Corporation – Senior Engineer") == [
        ("Globex Corporation", False),
        ("Senior Engineer", False),
    ]


def test_a_lone_phrase_in_sentence_case_beside_the_dates_is_the_title() -> None:
    role = _role("2016 – Present\tPrivate tutoring in mathematics")
    assert (role.title.value, role.employer.value) == ("Private tutoring in mathematics", "")
    # a name capitalises its words
    role = _role("2016 – Present\tNorthwind data protection agency")
    assert role.title.value == ""


def test_a_long_phrase_after_the_titles_comma_naming_no_organisation_stays_in_the_title() -> None:
    role = _role("2015-2015: Web Mobile Developer, mostly front end work for small shops - Brightmouth Agency")
    assert role.employer.value != "mostly front end work for small shops - Brightmouth Agency"


def test_a_name_after_the_titles_comma_stays_in_the_title_beside_a_field_separator() -> None:
    role = _role("Protocol Engineer, LFX Mentorship\tThe Linux Foundation - Hyperledger Besu\t06.2023 – 11.2023")
    assert (role.title.value, role.employer.value) == (
        "Protocol Engineer, LFX Mentorship",
        "The Linux Foundation - Hyperledger Besu",
    )


def test_a_title_in_brackets_after_what_was_done_at_the_organisation_is_the_title() -> None:
    role = _role("2017-2018\tCoastal Field Methods I (BA) at Meridian University (Assistant Lecturer)")
    assert (role.title.value, role.employer.value) == ("Assistant Lecturer", "Meridian University")


def test_a_kind_of_role_and_a_colon_before_the_title_are_not_the_title() -> None:
    role = _role("Researcher: Research Fellow, Harbour University, UK May 2007 - November 2011")
    assert (role.title.value, role.employer.value) == ("Research Fellow", "Harbour University")


def test_an_employer_and_a_colon_before_the_title_stay_the_employer() -> None:
    role = _role("Northwind: Software Engineer, May 2007 - November 2011")
    assert (role.title.value, role.employer.value) == ("Software Engineer", "Northwind")


# A role line laid out with field separators (tabs, pipes): a dash inside a field is part of a name, unless what
# follows it is a place.


@pytest.mark.parametrize(
    ("line", "title", "employer"),
    [
        (
            "Secretario General | Asociación Tamrabet - Chefchaouen | 10/2019 – 10/2025",
            "Secretario General",
            "Asociación Tamrabet - Chefchaouen",
        ),
        (
            "Protocol Engineer\tThe Linux Foundation - Hyperledger Besu\t06.2023 – 11.2023",
            "Protocol Engineer",
            "The Linux Foundation - Hyperledger Besu",
        ),
    ],
)
def test_a_dash_inside_a_field_between_separators_is_part_of_the_name(line: str, title: str, employer: str) -> None:
    role = _role(line)
    assert (role.title.value, role.employer.value) == (title, employer)


def test_a_place_after_a_dash_inside_a_field_is_the_place() -> None:
    role = _role("Client Support Specialist | Click Dimensions - Dunwoody, GA | 06/2015 – 06/2018")
    assert (role.title.value, role.employer.value, role.place.value) == (
        "Client Support Specialist",
        "Click Dimensions",
        "Dunwoody, GA",
    )


def test_a_line_with_no_field_separator_still_splits_at_its_dash() -> None:
    role = _role("Software Engineer – Northwind Ltd, Jan 2019 – Present")
    assert (role.title.value, role.employer.value) == ("Software Engineer", "Northwind Ltd")


def test_a_department_before_its_university_stays_in_the_employer_after_a_teaching_title() -> None:
    """A teaching title's first comma part may be the subject taught; "Department of ..." is a unit, not a subject."""
    role = _role("Lecturer\tDepartment of Physics, University of Leeds\t2019 – Present")
    assert role.employer.value == "Department of Physics, University of Leeds"


def test_a_gap_of_two_spaces_parts_title_and_employer_on_a_line_with_no_other_separator() -> None:
    role = _role("Hutt Valley Health Board  Registered Nurse", "03/2019 to Current")
    assert (role.title.value, role.employer.value) == ("Registered Nurse", "Hutt Valley Health Board")


def test_a_gap_of_two_spaces_leaves_a_place_and_its_dates_apart_from_the_title() -> None:
    role = _role("Software Developer  Salem, OR, December 2022 - Present", "Sepro Group")
    assert (role.title.value, role.employer.value, role.place.value) == (
        "Software Developer",
        "Sepro Group",
        "Salem, OR",
    )


def test_two_spaces_do_not_split_a_line_that_has_a_field_separator() -> None:
    assert [s for s, _ in line_segments("Senior  Data Engineer | Northwind Traders")] == [
        "Senior Data Engineer",
        "Northwind Traders",
    ]


def test_words_after_a_role_noun_that_name_no_unit_stay_in_the_title_before_an_organisation() -> None:
    role = _role("Chef Service Personnel | Harbour Supplies & Commercial Services\t2019 – 2020")
    assert (role.title.value, role.employer.value) == (
        "Chef Service Personnel",
        "Harbour Supplies & Commercial Services",
    )


def test_a_unit_run_on_after_the_title_still_joins_the_organisation_after_it() -> None:
    role = _role("Research Intern Mathematical Institute | University of Oxford\t2019 – 2020")
    assert (role.title.value, role.employer.value) == (
        "Research Intern",
        "Mathematical Institute, University of Oxford",
    )


def test_commas_inside_brackets_do_not_part_a_title_from_its_employer() -> None:
    outline = read_outline(
        role_cv("Practice Lead (Collaboration, Usability, Portal), Southern California Edison, 01.2005 – 07.2012")
    )
    assert [(r.title.value, r.employer.value) for r in outline.roles] == [
        ("Practice Lead (Collaboration, Usability, Portal)", "Southern California Edison")
    ]


def test_the_chinese_dash_parts_employer_and_title() -> None:
    outline = read_outline(role_cv("湖北启灵机器人——运动控制算法实习生\t2024.04 – 至今"))
    assert [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in outline.roles] == [
        ("运动控制算法实习生", "湖北启灵机器人", "2024-04", "present")
    ]


@pytest.mark.parametrize(
    ("line", "title", "employer"),
    [
        ("Ampersand Café Barista, Seattle, WA, October 2018 - August 2020", "Barista", "Ampersand Café"),
        ("Marriott Hotel Night Receptionist, 2016 - 2018", "Night Receptionist", "Marriott Hotel"),
    ],
)
def test_a_name_ending_in_an_organisation_word_then_a_post_parts_there(line: str, title: str, employer: str) -> None:
    role = _role(line)
    assert (role.title.value, role.employer.value) == (title, employer)
    assert role.employer.confidence < 0.8  # a guess the seeker confirms


@pytest.mark.parametrize(
    "line",
    [
        "High School Teacher, 2016 - 2018",
        "Freelance Mobile Developer / Project Manager, 2016 - 2018",
    ],
)
def test_a_post_named_with_a_kind_of_school_or_two_posts_stays_the_title(line: str) -> None:
    role = _role(line)
    assert role.title.value == line.split(",")[0]


def test_a_plurals_apostrophe_ending_the_employers_name_stays() -> None:
    role = _role("Staff Nurse, Guy's and St Thomas', 2015 - 2019")
    assert (role.title.value, role.employer.value) == ("Staff Nurse", "Guy's and St Thomas'")


def test_a_title_then_a_dash_then_an_employer_with_a_note_in_brackets_keeps_title_and_employer_apart() -> None:
    # the brackets close the employer's piece: they do not make the whole line "Employer (Title)"
    assert [s for s, _ in line_segments("Senior Project Manager - Contoso (Mobile Division)")] == [
        "Senior Project Manager",
        "Contoso (Mobile Division)",
    ]
    # a course taught after the dash goes on with the title, as before
    assert next(s for s, _ in line_segments("Teaching Assistant – STAT 101 Applied Statistics (Spring)")) == (
        "Teaching Assistant – STAT 101 Applied Statistics"
    )


def test_a_title_at_an_employer_with_how_the_post_was_held_in_brackets_keeps_title_and_employer_apart() -> None:
    # "(Remote position)" says how the post was held: no part of the employer's name, and no sign that the
    # whole line is one title
    assert [s for s, _ in line_segments("Full-stack developer at DataLoop (Remote position)")] == [
        "Full-stack developer",
        "DataLoop",
    ]
    # "@" after a colon is "at" too
    assert [s for s, _ in line_segments("Full-stack developer and DevOps: @ Contoso (Remote position)")] == [
        "Full-stack developer and DevOps",
        "Contoso",
    ]
    # a unit in brackets is part of the employer
    assert [s for s, _ in line_segments("Analyst at Fabrikam (Payments team)")] == [
        "Analyst",
        "Fabrikam (Payments team)",
    ]
    # a title after the employer keeps its note, as written
    assert [s for s, _ in line_segments("Northwind Institute | Research Director (Part-time)")][1] == (
        "Research Director (Part-time)"
    )


def test_a_city_and_its_states_code_run_on_into_the_title_are_parted_from_it() -> None:
    assert [s for s, _ in line_segments("Acme\t    Springfield, IL Marketing Summer Intern")] == [
        "Acme",
        "Springfield, IL",
        "Marketing Summer Intern",
    ]
    assert [s for s, _ in line_segments("SAN FRANCISCO, CA Product Design Intern")] == [
        "SAN FRANCISCO, CA",
        "Product Design Intern",
    ]
    # an area named after the city is still the place
    assert [s for s, _ in line_segments("Washington, DC Metro Area")] == ["Washington, DC Metro Area"]


def test_a_web_address_named_after_the_organisation_beside_it_is_no_field_of_its_own() -> None:
    assert [s for s, _ in line_segments("CISV International – cisv.org")] == ["CISV International"]
    # an address named after no other piece is the employer's name
    assert [s for s, _ in line_segments("ShopRightNOW.com: Growth Marketing Network Builder")] == [
        "ShopRightNOW.com",
        "Growth Marketing Network Builder",
    ]


def test_a_name_across_a_dash_after_the_titles_comma_keeps_the_place_after_it() -> None:
    assert line_segments("Web Developer, Globalmouth - 360 Go Mobile Agency\tLondon, UK") == [
        ("Web Developer", False),
        ("Globalmouth - 360 Go Mobile Agency", False),
        ("London, UK", False),
    ]


def test_an_at_sign_inside_brackets_parts_no_fields() -> None:
    # found by a real CV of the tune half: "RUBIX (Consulting @ NAB)", a consultancy with the client it worked at
    assert [p for p, _ in line_segments("Senior Cloud Engineer | RUBIX (Consulting @ NAB)")][-1] == (
        "RUBIX (Consulting @ NAB)"
    )
    assert [p for p, _ in line_segments("Research Intern @ Vision Lab")] == ["Research Intern", "Vision Lab"]


def test_the_employers_sector_labelled_after_the_fields_is_no_field() -> None:
    # found by a real CV of the tune half ("… GmbH, Darmstadt, Germany Industry: Software Engineering")
    pieces = [p for p, _ in line_segments("Student Employee MeteoSolutions GmbH, Darmstadt Industry: Software")]
    assert not any("Industry" in p or "Software" in p for p in pieces)
    assert [p for p, _ in line_segments("Industry Analyst | Acme Research")] == ["Industry Analyst", "Acme Research"]
