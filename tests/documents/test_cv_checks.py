"""Structural doubts (`cv_checks`) that keep a misread role from being tailored without the seeker's confirmation."""

from __future__ import annotations

import docx
import pytest

from app.documents.cv_checks import role_doubts
from app.documents.cv_outline import CvOutline, RoleOutline, Scored
from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes, role_cv, saved


def _cv(*role_lines: str) -> CvOutline:
    return read_outline(role_cv(*role_lines))


@pytest.mark.parametrize(
    "lines",
    [
        ["Data Engineer, Northwind Ltd, Jan 2019 - Present"],
        ["Northwind Ltd", "Data Engineer\tJan 2019 - Present"],
        ["Data Analyst, Northwind Ltd, London, Jan 2019 - Present"],
    ],
)
def test_a_role_line_read_whole_into_its_fields_is_confident(lines: list[str]) -> None:
    outline = _cv(*lines)
    assert outline.usable, outline.doubts


@pytest.mark.parametrize(
    "line",
    [
        "Research Assistant, TU Delft | Infini Data Lab (WIS) | Sep 2024 - Present",
        "Web Developer, Brightmouth | 360 Go Mobile Agency | 2015 - 2015",
    ],
)
def test_a_title_read_with_an_organisations_name_in_it_is_a_doubt(line: str) -> None:
    outline = _cv(line)
    assert not outline.usable
    assert any("may hold the employer" in d for d in outline.doubts), outline.doubts


def test_a_title_with_a_named_group_after_its_comma_parts_there_with_the_unit_beside_it() -> None:
    """ "Intern, CHANG CHUN GROUP | Information Center": "Group" names the organisation after the title's comma, so the
    title is read without it (no doubt needed) and the unit goes with the employer."""
    (role,) = _cv("Intern, CHANG CHUN GROUP | Information Center | Jul 2025 - Aug 2025").roles
    assert (role.title.value, role.employer.value) == ("Intern", "CHANG CHUN GROUP, Information Center")


def test_words_of_a_roles_lines_that_went_into_no_field_are_a_doubt() -> None:
    """The employer line "TU Delft | Infini Data Lab | Quantum Group" read as "Quantum Group": the rest was dropped by
    a guess."""
    outline = _cv("TU Delft | Infini Data Lab | Quantum Group", "Research Assistant, Sep 2024 – Present")
    assert not outline.usable
    assert any("part of its line was not read" in d for d in outline.doubts), outline.doubts


def test_an_employer_line_kept_whole_across_its_dash_is_a_doubt() -> None:
    """ "TU Delft – Infini Data Lab (WIS)" read whole as the employer: the part after the dash may be a unit."""
    outline = _cv("TU Delft – Infini Data Lab (WIS)", "Research Assistant, Sep 2024 – Present")
    assert outline.roles[0].employer.value == "TU Delft – Infini Data Lab (WIS)"
    assert not outline.usable
    assert any("part of the employer's name" in d for d in outline.doubts), outline.doubts


def test_a_grade_after_a_titles_comma_is_no_doubt() -> None:
    outline = _cv("2019-2021: STEM Ambassador, R10 - Northwind Schools Trust")
    assert not any("may hold the employer" in d for d in outline.doubts), outline.doubts


@pytest.mark.parametrize(
    ("line", "employer"),
    [
        ("Intern, CHANG CHUN GROUP - Information Center, Jul 2025 - Aug 2025", "CHANG CHUN GROUP - Information Center"),
        ("2015-2015: Web Developer, Brightmouth - 360 Go Mobile Agency", "Brightmouth - 360 Go Mobile Agency"),
    ],
)
def test_an_employer_read_across_a_dash_from_the_titles_comma_is_a_doubt(line: str, employer: str) -> None:
    """The name after the title's comma and the piece after the dash are read as the employer; it may as well be a
    team in the title ("Software Engineer, Payments - Stripe"), so the seeker confirms."""
    outline = _cv(line)
    assert outline.roles[0].employer.value == employer
    assert not outline.usable
    assert any("part of the title" in d for d in outline.doubts), outline.doubts


def test_a_place_no_gazetteer_knows_is_a_doubt() -> None:
    """An employer name the reader took for the place must not be tailored from without the seeker's word."""

    def role(place: str) -> RoleOutline:
        return RoleOutline(
            title=Scored(value="Business Intelligence Engineer", confidence=0.9),
            employer=Scored(value="Contract Administration", confidence=0.9),
            place=Scored(value=place, confidence=0.7),
            start=Scored(value="2022", confidence=0.9),
            end=Scored(value="present", confidence=0.9),
        )

    assert any("Hidoservice" in d for d in role_doubts(0, role("Hidoservice")))
    for place in ("Lower Hutt", "Pleasanton, CA", "KU Leuven, Belgium", "Remote", "Gdańsk"):
        assert not any("the place" in d for d in role_doubts(0, role(place))), place


def test_a_role_with_a_known_place_is_still_confident() -> None:
    outline = _cv("Data Analyst, Northwind Ltd, Porirua, Jan 2019 - Present")
    assert outline.usable, outline.doubts


def _form_cv(period_label: str) -> CvOutline:
    return read_outline(
        docx_bytes(
            ("Kai Haddad", "Title"),
            ("kai.haddad@example.org", None),
            ("Experiência Profissional", "Heading 1"),
            ("EvaCloudd", None),
            ("Cargo – Coordenador de Suporte", None),
            (f"{period_label} – (03/2023 a 06/2024)", None),
            ("Magazine Luiza", None),
            ("Cargo – Atendente Sac", None),
            ("Período – (10/10/2014 a 13/07/2017)", None),
            ("Formação", "Heading 1"),
            ("Graduação em Análise e Desenvolvimento de Sistemas, 2024", None),
        )
    )


def test_a_form_read_whole_is_confident_its_labels_are_no_unread_words() -> None:
    outline = _form_cv("Período")
    assert len(outline.roles) == 2
    assert outline.usable, outline.doubts


def test_a_labelled_title_line_no_role_took_is_a_doubt() -> None:
    outline = _form_cv("Duração")  # a period label the reader does not know: the first role's dates are not found
    assert not outline.usable
    assert any("labelled title line" in d for d in outline.doubts), outline.doubts


def _role(title: str, employer: str) -> RoleOutline:
    return RoleOutline(
        title=Scored(value=title, confidence=0.9),
        employer=Scored(value=employer, confidence=0.9),
        start=Scored(value="2023", confidence=0.9),
        end=Scored(value="2023", confidence=0.9),
    )


def test_an_employer_holding_a_post_cut_from_the_title_is_a_doubt() -> None:
    doubts = role_doubts(1, _role("Copywriter and Designer", "Translator, Universidad TECH"))
    assert any("may hold a part of the title" in d for d in doubts), doubts
    for employer in ("Department of Physics, University of Leeds", "Northwind Ltd, London", "NTT Data"):
        assert not any("part of the title" in d for d in role_doubts(1, _role("Data Analyst", employer))), employer


def test_an_employer_holding_a_post_with_an_organisation_word_in_it_is_a_doubt() -> None:
    """ "Team Lead, National Institute of Informatics": "team" is an organisation word, but the part ends with a post's
    noun and reads as a title by the learnt odds; a team or an office named before the employer stays no doubt."""
    doubts = role_doubts(1, _role("Research Intern", "Team Lead, National Institute of Informatics"))
    assert any("may hold a part of the title" in d for d in doubts), doubts
    for employer in ("Sales Team, Northwind Ltd", "Research Team, National Institute of Informatics"):
        assert not any("part of the title" in d for d in role_doubts(1, _role("Data Analyst", employer))), employer


def test_a_title_that_names_its_employer_after_at_is_a_doubt() -> None:
    doubts = role_doubts(1, _role("Deal Analytics Software Intern at PricewaterhouseCoopers", "PwC"))
    assert any("may hold the employer's name" in d for d in doubts), doubts
    assert not any("employer's name" in d for d in role_doubts(1, _role("Head of Data", "Northwind Ltd")))


def test_a_title_longer_than_titles_are_is_a_doubt() -> None:
    """A title of more than seven words is more likely a course or a sentence taken in with it."""
    long_title = _cv(
        "Monitor de Fundamentos de Programación y Estructuras de Datos, Universidad Javeriana, 2021 - 2022"
    )
    assert not long_title.usable
    assert any("longer than titles are" in d for d in long_title.doubts), long_title.doubts
    short_title = _cv("Teaching Assistant for Data Structures, Universidad Javeriana, 2021 - 2022")
    assert not any("longer than titles are" in d for d in short_title.doubts), short_title.doubts


def test_a_post_set_like_the_role_lines_but_read_as_no_role_is_a_doubt() -> None:
    """ "Website Content Manager & Webflow Developer" in bold over "Sales Ready Marketing", with no dates, between bold
    dated role lines: a role the reader may have taken for a bullet, so the reading asks for confirmation."""
    d = docx.Document()
    d.add_paragraph("Jordan Moreau", style="Title")
    d.add_paragraph("jordan.moreau@example.org")
    d.add_paragraph("WORK EXPERIENCE", style="Heading 1")
    for head, org, bullet in (
        ("Desarrollador Web Front End, GAIA Design\t03.2019 – 03.2024", None, "Built landing pages for promotions."),
        ("Website Content Manager & Webflow Developer", "Sales Ready Marketing", "Moved the site to Webflow."),
        ("Desarrollador Web Front End, Interjet\t01.2016 – 04.2019", None, "Applied UX research to booking."),
    ):
        d.add_paragraph().add_run(head).bold = True
        if org:
            d.add_paragraph(org)
        d.add_paragraph(bullet, style="List Bullet")
    outline = read_outline(saved(d))
    assert not outline.usable
    assert any("set like the role lines" in x for x in outline.doubts), outline.doubts


def _plain_section_cv(middle: str) -> bytes:
    d = docx.Document()
    d.add_paragraph("Camille Moreau", style="Title")
    d.add_paragraph("Dhaka, BD | camille.moreau@example.org")
    d.add_paragraph("PROFESSIONAL EXPERIENCE", style="Heading 1")
    d.add_paragraph("Lecturer of Computer Science, United International University\tJuly 2023 – August 2023")
    d.add_paragraph("Taught the theory of computing to second-year students.", style="List Bullet")
    d.add_paragraph(middle)
    d.add_paragraph("Wrote gameplay code in C# for two mobile titles.", style="List Bullet")
    d.add_paragraph("Data Analyst, Northwind Traders\tJanuary 2020 – June 2023")
    d.add_paragraph("Built the monthly sales dashboards.", style="List Bullet")
    return saved(d)


def test_a_plain_post_between_two_runs_of_bullets_read_as_no_role_is_a_doubt() -> None:
    """ "Game Developer Intern – Battery Low Interactive" set plain, as the dated role lines are, between two runs of
    bullets, parted by a dash where the dated lines part at a comma: where a role's head stands, so a role without
    dates the reader took for a bullet."""
    outline = read_outline(_plain_section_cv("Game Developer Intern – Battery Low Interactive"))
    assert not any(r.title.value == "Game Developer Intern" for r in outline.roles)
    assert not outline.usable
    assert any("set like the role lines" in x and "Game Developer" in x for x in outline.doubts), outline.doubts


def test_a_plain_post_parted_as_the_dated_lines_are_is_an_undated_role() -> None:
    """ "Game Developer Intern, Battery Low Interactive Ltd." parted at a comma as the dated lines are: a role
    without dates (the legal form's final dot does not make it a sentence), which the seeker confirms."""
    outline = read_outline(_plain_section_cv("Game Developer Intern, Battery Low Interactive Ltd."))
    got = [(r.title.value, r.employer.value, r.start.value) for r in outline.roles]
    assert ("Game Developer Intern", "Battery Low Interactive Ltd", "") in got
    assert not outline.usable


def test_a_plain_sentence_between_two_runs_of_bullets_is_no_doubt() -> None:
    """A sentence that ends with a full stop there is a description, not a role's head."""
    outline = read_outline(_plain_section_cv("Worked with the design team on two mobile titles."))
    assert not any("set like the role lines" in x for x in outline.doubts), outline.doubts


def _top_cv(*under_name: str) -> bytes:
    d = docx.Document()
    d.add_paragraph("Toni Novak", style="Title")
    for line in under_name:
        d.add_paragraph(line)
    d.add_paragraph("+1 202 555 0133 | toni.novak@example.org")
    d.add_paragraph("WORK EXPERIENCE", style="Heading 1")
    d.add_paragraph("Teaching Assistant, University of Toronto\t01/2023 – 12/2023")
    d.add_paragraph("Ran weekly tutorials on machine learning.", style="List Bullet")
    return saved(d)


def test_a_post_over_a_companys_name_under_the_name_is_an_undated_role_to_confirm() -> None:
    """ "Clinical Data Science Intern" / "AstraZeneca" right over the contacts line under the name: the post held
    now, read as a role without dates (its organisation has no word saying it is one, the company's bare name over
    the contacts says so), and the reading still asks for confirmation."""
    outline = read_outline(_top_cv("Clinical Data Science Intern", "AstraZeneca"))
    assert [r.employer.value for r in outline.roles] == ["AstraZeneca", "University of Toronto"]
    assert not outline.roles[0].start.value
    assert not outline.usable
    assert any("role 1 has no start date" in x for x in outline.doubts), outline.doubts


def test_a_post_and_a_companys_name_not_over_the_contacts_read_as_no_role_are_a_doubt() -> None:
    """ "Clinical Data Science Intern" / "AstraZeneca" / "Toronto, Ontario" under the name: the company's bare name is
    not right over the contacts, so the reader does not take it; the reading asks for confirmation instead."""
    outline = read_outline(_top_cv("Clinical Data Science Intern", "AstraZeneca", "Toronto, Ontario"))
    assert [r.employer.value for r in outline.roles] == ["University of Toronto"]
    assert not outline.usable
    assert any("post you hold now" in x and "AstraZeneca" in x for x in outline.doubts), outline.doubts


@pytest.mark.parametrize("under_name", [["Data Scientist"], ["Data Scientist", "Toronto, Ontario"]])
def test_a_headline_alone_or_over_a_place_is_no_doubt(under_name: list[str]) -> None:
    outline = read_outline(_top_cv(*under_name))
    assert not any("post you hold now" in x for x in outline.doubts), outline.doubts
    assert outline.usable, outline.doubts


def test_a_title_that_reads_as_a_persons_name_is_a_doubt() -> None:
    """ "Sam Delgado, Mishler Lab, UCB 2018-2020" under "Mentorship": a mentee's name read as a title."""
    doubts = role_doubts(1, _role("Sam Delgado", "Mishler Lab, UCB"))
    assert any("reads as a person's name" in d for d in doubts), doubts
    for title in ("Field Researcher", "Naturalist", "Software Engineer"):
        assert not any("person's name" in d for d in role_doubts(1, _role(title, "Northwind Ltd"))), title
