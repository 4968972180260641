"""Rules written on the tune half's sixth-round misses: each shape is built here, not taken from a corpus file."""

from __future__ import annotations

from app.documents.cv_dates import find_dates
from app.documents.cv_head_line import line_segments
from app.documents.cv_lines import Line
from app.documents.cv_role_blocks import head_like
from app.documents.cv_structure import read_outline
from app.documents.cv_vocab import heading_kind
from tests.docx_build import named_cv as _cv
from tests.docx_build import role_cv


def _roles(data: bytes) -> list[tuple[str, str]]:
    return [(r.title.value, r.employer.value) for r in read_outline(data).roles]


def test_a_practice_written_with_an_inner_capital_is_a_title_not_a_brand() -> None:
    data = role_cv("Cloud DevOps", "KPMG (February 2018 – January 2019)")
    assert _roles(data) == [("Cloud DevOps", "KPMG")]


def test_a_brand_starting_in_small_letters_on_the_dates_line_is_the_employer() -> None:
    data = role_cv("Software Engineer II\tgoPuff\tFeb 2021 – Oct 2021", "Forecasting\t\tMilwaukee, WI")
    assert _roles(data) == [("Software Engineer II", "goPuff")]


def test_the_supervisor_in_brackets_is_neither_title_nor_employer() -> None:
    data = role_cv(
        "Cornell University\t\tIthaca, NY, USA", "Visiting scholar\t(PI: Prof. Dana Reyes)\tApr. 2023 – Mar. 2026"
    )
    assert _roles(data) == [("Visiting scholar", "Cornell University")]


def test_position_alone_on_its_line_heads_a_role_section_but_not_as_a_label() -> None:
    assert heading_kind("Position") == "experience"
    assert heading_kind("Appointment") == "experience"
    assert heading_kind("Position: Data Analyst") is None
    assert heading_kind("Campus Involvement") == "experience"  # a student's posts in clubs and societies


def test_posts_under_an_education_heading_that_names_more_than_studies_are_roles() -> None:
    data = _cv(
        ("Education and Extra Curricular", "Heading 1"),
        ("2015-2018\tBachelor Computer Science, Erasmus Hogeschool Brussel", None),
        ("2019-Present\tLector Java programming (night school) at Erasmus Hogeschool Brussel", None),
    )
    assert _roles(data) == [("Lector Java programming", "Erasmus Hogeschool Brussel")]


def test_a_credential_named_after_a_post_under_such_a_heading_is_no_role() -> None:
    """ "MCITP - Database Developer 2008 Certified, Microsoft, 2012": a certificate named after the post it certifies
    (added in the forty-fifth stop, from a real tune file)."""
    data = _cv(
        ("Education and Professional Development", "Heading 1"),
        ("MCITP - Database Developer 2008 Certified, Microsoft, 2012", None),
        ("2019-Present\tLector Java programming (night school) at Erasmus Hogeschool Brussel", None),
    )
    assert _roles(data) == [("Lector Java programming", "Erasmus Hogeschool Brussel")]


def test_a_degree_that_reads_like_a_post_under_a_plain_education_heading_is_no_role() -> None:
    data = _cv(
        ("Experience", "Heading 1"),
        ("Support Analyst, Northwind Traders\t2021 – 2023", None),
        ("Education", "Heading 1"),
        ("Tecnólogo em Análise e Desenvolvimento de Sistemas\tUnicesumar\t2022 – 2024", None),
    )
    assert _roles(data) == [("Support Analyst", "Northwind Traders")]


def test_an_aside_dropped_between_words_does_not_part_the_line() -> None:
    pieces = line_segments("Lector Java programming (night school) at Erasmus Hogeschool Brussel")
    assert pieces == [("Lector Java programming", False), ("Erasmus Hogeschool Brussel", True)]


def test_a_technologies_line_in_another_language_is_no_head_line() -> None:
    for text in ("Tecnologías: Node.js, PostgreSQL", "Outils utilisés : Jira, Git", "Technologien: Java, Kafka"):
        assert not head_like(Line(text=text, id="p1", area="body")), text
    assert head_like(Line(text="Desarrollador de Software | Emergia", id="p2", area="body"))


def test_a_misspelt_month_beside_a_right_one_is_read_as_meant() -> None:
    cases = {
        "Temmuz 2011 - Ağuston 2011\tBTC Bilişim": ("2011-07", "2011-08", "Temmuz 2011 - Ağuston 2011"),
        "Febuary 2019 – June 2020": ("2019-02", "2020-06", "Febuary 2019 – June 2020"),
        "Analyst, Acme, Jan 2019 - Setember 2020": ("2019-01", "2020-09", "Jan 2019 - Setember 2020"),
    }
    for text, (start, end, shown) in cases.items():
        span = find_dates(text)
        assert span is not None and (span.start, span.end, span.text) == (start, end, shown), text
        assert text[span.begin : span.finish] == shown


def test_a_word_one_letter_from_two_months_or_with_no_month_beside_it_is_not_mended() -> None:
    assert find_dates("Marco Polo Tours 2019") is not None  # the year alone
    span = find_dates("Team 2019 - June 2020")
    assert span is not None and span.start == "2019"  # "Team" is no month


def test_an_employer_in_the_brackets_of_the_dates_is_the_employer() -> None:
    data = role_cv("Investigador (Cátedra UNESCO de Ciclo de Vida, Jun-2021 a la actualidad):")
    assert _roles(data) == [("Investigador", "Cátedra UNESCO de Ciclo de Vida")]


def test_hours_a_week_are_no_employer() -> None:
    assert _roles(role_cv("Barista\tOctober 2018 – August 2020\t40 hrs/week")) == [("Barista", "")]
    assert _roles(role_cv("Ampersand Café\tOctober 2018 – August 2020\t20 hours per week")) == [("", "Ampersand Café")]


def test_a_role_under_one_whose_employer_stood_beside_its_title_does_not_take_that_employer() -> None:
    data = _cv(
        ("Experience", "Heading 1"),
        ("Teaching Assistant, Oregon State University, Department of Biology", None),
        ("September 2020-August 2021", None),
        ("Leading two labs per week.", "List Bullet"),
        ("Head Barista, Seattle, WA", None),
        ("October 2018-August 2020", None),
        ("Served drinks.", "List Bullet"),
    )
    employers = [r.employer.value for r in read_outline(data).roles]
    assert employers == ["Oregon State University, Department of Biology", ""]


def test_a_form_label_misspelt_by_a_letter_is_read_and_a_period_that_says_current_goes_on() -> None:
    data = _cv(
        ("Experiências", "Heading 1"),
        ("EvaCloud", None),
        ("Cargo – Coordenador de Suporte", None),
        ("Pediodo – Trabalho Atual", None),
        ("Magazine Luiza", None),
        ("Cargo – Atendente Sac", None),
        ("Período – (10/10/2014 a 13/07/2017)", None),
    )
    roles = [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in read_outline(data).roles]
    assert roles == [
        ("Coordenador de Suporte", "EvaCloud", "", "present"),
        ("Atendente Sac", "Magazine Luiza", "2014-10", "2017-07"),
    ]


def test_letters_swapped_in_a_month_or_a_label_are_one_slip() -> None:
    span = find_dates("Feburary 2019 - March 2020")
    assert span is not None and (span.start, span.end) == ("2019-02", "2020-03")
    from app.documents.cv_forms import labelled

    assert labelled("Compnay: Northwind Traders") == ("employer", "Northwind Traders")
    assert labelled("Periodic table: the elements") is None


def test_a_post_held_under_an_activities_heading_is_a_role_but_a_competition_is_not() -> None:
    data = _cv(
        ("Activities", "Heading 1"),
        ("• 2011-2014 Participation and distinctions in the national mathematics competitions", None),
        ("• 2016-2017 Supervisor of the preparatory tests, Ropi Tutoring Centre", None),
        ("Experience", "Heading 1"),
        ("• 2016 – 2017 Mechanical Design Supervisor, SNAME NTUA", None),
    )
    assert sorted(_roles(data)) == [
        ("Mechanical Design Supervisor", "SNAME NTUA"),
        ("Supervisor of the preparatory tests", "Ropi Tutoring Centre"),
    ]


def test_an_account_of_a_professional_s_activities_is_not_read_for_posts() -> None:
    data = _cv(
        ("Experience", "Heading 1"),
        ("2019 – 2022\tResident Physician, Riverside General Hospital", None),
        ("Practice Activities", "Heading 1"),
        ("2022 –\tPsychiatrist, Center for Anxiety Disorders", None),
    )
    assert _roles(data) == [("Resident Physician", "Riverside General Hospital")]


def test_a_seat_on_a_team_under_an_activities_heading_is_no_post() -> None:
    data = _cv(
        ("Activities", "Heading 1"),
        ("• 2018-2019 Member of the organising team, Riverside Chess Club", None),
        ("Experience", "Heading 1"),
        ("• 2016 – 2017 Mechanical Design Supervisor, SNAME NTUA", None),
    )
    assert _roles(data) == [("Mechanical Design Supervisor", "SNAME NTUA")]
