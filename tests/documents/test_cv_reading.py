"""The outline reader on the structures real CVs use, with CVs from the corpus generator (its own labels)."""

from __future__ import annotations

import importlib.util
import io
import sys
from datetime import date
from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE

from app.config.agents import AgentsConfig
from app.config.search import SearchConfig
from app.documents import tailor_application
from app.documents.cv_apply import apply_outline
from app.documents.cv_checks import role_doubts
from app.documents.cv_dates import find_dates
from app.documents.cv_lines import Line
from app.documents.cv_outline import CvOutline
from app.documents.cv_structure import _unglued_dates, read_outline
from app.documents.cv_vocab import heading_kind
from app.documents.cv_yaml import from_yaml, to_yaml
from app.documents.reader import read_cv
from tests.documents.conftest import tasmanwave_job
from tests.docx_build import docx_bytes, saved

GENERATOR = Path(__file__).resolve().parents[1] / "fixtures" / "cv_corpus" / "generate.py"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    spec = importlib.util.spec_from_file_location("cv_generate_tests", GENERATOR)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["cv_generate_tests"] = module
    spec.loader.exec_module(module)
    out = tmp_path_factory.mktemp("cvs")
    return out, module.generate(out)


def _read(corpus: tuple[Path, dict], name: str) -> tuple[CvOutline, dict]:
    folder, labels = corpus
    return read_outline((folder / name).read_bytes()), labels[name]


def _triples(outline: CvOutline) -> list[tuple[str, str, str, str]]:
    return [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in outline.roles]


def _want(label: dict) -> list[tuple[str, str, str, str]]:
    return [(r["title"][0], r["employer"][0], str(r["start"]), str(r["end"])) for r in label["roles"]]


@pytest.mark.parametrize(
    "layout",
    [
        "tab_stop_line",
        "employer_above",
        "employer_below",
        "dates_first_colon",
        "table_two_column",
        "table_row_cells",
        "text_boxes",
        "content_controls",
        "line_breaks",
        "title_at_employer",
    ],
)
def test_roles_are_read_whatever_the_layout(corpus: tuple[Path, dict], layout: str) -> None:
    name = next(n for n in corpus[1] if n.startswith(layout + "__"))
    outline, label = _read(corpus, name)
    assert _triples(outline) == _want(label)


def test_text_boxes_and_content_controls_are_read(corpus: tuple[Path, dict]) -> None:
    for layout in ("text_boxes", "content_controls"):
        name = next(n for n in corpus[1] if n.startswith(layout + "__"))
        outline, label = _read(corpus, name)
        assert outline.name.value == label["name"][0]
        assert outline.contact.emails == label["emails"]


def test_the_name_is_taken_from_the_page_header(corpus: tuple[Path, dict]) -> None:
    name = next(n for n in corpus[1] if n.startswith("name_in_header__"))
    outline, label = _read(corpus, name)
    assert outline.name.value == label["name"][0] and outline.name.confidence >= 0.9
    assert outline.contact.phones == label["phones"]


def test_referees_contacts_are_not_the_seekers(corpus: tuple[Path, dict]) -> None:
    name = next(n for n in corpus[1] if n.startswith("referees_first_contacts__"))
    outline, label = _read(corpus, name)
    assert outline.contact.emails == label["emails"] and outline.contact.phones == label["phones"]


def test_nested_bullets_stay_under_their_parent(corpus: tuple[Path, dict]) -> None:
    name = next(n for n in corpus[1] if n.startswith("nested_bullets_deep__"))
    outline, _ = _read(corpus, name)
    nested = [r for r in outline.roles if any(b.level == 1 for b in r.bullets)]
    assert nested, [[(b.level, b.text) for b in r.bullets] for r in outline.roles]
    for role in nested:
        levels = [b.level for b in role.bullets]
        assert levels[0] == 0  # every sub-bullet comes after a parent of the same role, never above it
        assert all(levels[i - 1] in (0, 1) for i, lv in enumerate(levels) if lv == 1)


def test_an_image_only_cv_is_reported_as_having_no_text(corpus: tuple[Path, dict]) -> None:
    name = next(n for n in corpus[1] if n.startswith("image_only__"))
    outline, _ = _read(corpus, name)
    assert not outline.has_text and not outline.usable
    assert outline.notes[0].startswith("this CV has no text (it is a picture of a CV)")


def _two_role_cv(unread_line: str = "") -> bytes:
    d = docx.Document()
    d.add_paragraph("Jane Doe", style="Title")
    d.add_paragraph("jane.doe@example.com | +61 400 555 123 | Hobart, TAS")
    d.add_paragraph("Experience", style="Heading 1")
    d.add_paragraph("Senior Data Engineer\tNorthwind Traders Ltd\tMar 2019 – Present")
    d.add_paragraph("Built 40 data pipelines in Python and SQL on Azure.", style="List Bullet")
    d.add_paragraph("Data Analyst\tContoso Group\t2016 – 2019")
    d.add_paragraph("Wrote SQL reports for 12 teams.", style="List Bullet")
    if unread_line:
        d.add_paragraph(unread_line)
        d.add_paragraph("Answered 30 support calls a day.", style="List Bullet")
    d.add_paragraph("Skills", style="Heading 1")
    d.add_paragraph("Python, SQL, Azure, Databricks, Spark")
    return saved(d)


def test_a_dated_line_no_role_took_means_the_reading_needs_confirmation() -> None:
    clean = read_outline(_two_role_cv())
    assert clean.usable and clean.doubts == []
    outline = read_outline(_two_role_cv(unread_line="2014 – 2016"))
    assert len(outline.roles) == 2 and all(r.confidence >= 0.8 for r in outline.roles)  # each field looks sure
    assert not outline.usable and outline.confidence < 0.8
    assert any("2014 – 2016" in d and "not read as a role" in d for d in outline.doubts), outline.doubts
    assert outline.doubts[0] in outline.low_fields()  # the seeker is told what to check
    confirmed = outline.model_copy(update={"confirmed": True})
    assert confirmed.usable and confirmed.low_fields() == []  # once confirmed, the doubts no longer hold it back


@pytest.mark.parametrize(
    "layout", ["tab_stop_line", "pipes_one_line", "commas_one_line", "table_row_cells", "text_boxes", "sidebar_table"]
)
def test_clean_generated_cvs_are_safe_to_tailor_unconfirmed(corpus: tuple[Path, dict], layout: str) -> None:
    names = [n for n, label in corpus[1].items() if n.startswith(layout + "__") and not label.get("no_text")]
    assert names
    for name in names:
        outline, _ = _read(corpus, name)
        assert outline.doubts == [] and outline.usable, (name, outline.low_fields())


def test_a_role_whose_title_is_a_heading_or_missing_is_a_doubt() -> None:
    outline = read_outline(_two_role_cv())
    outline.roles[0].title.value = "Experience"
    outline.roles[1].employer.value = ""
    found = [d for k, r in enumerate(outline.roles, 1) for d in role_doubts(k, r)]
    assert "role 1 title 'Experience' reads as a heading" in found and "role 2 has no employer" in found


def test_an_employer_ending_with_a_country_and_no_place_read_apart_is_a_doubt() -> None:
    outline = read_outline(_two_role_cv())
    outline.roles[0].employer.value = "EAVISE Research group, KU Leuven, Belgium"
    outline.roles[0].place.value = ""
    outline.roles[1].employer.value = "Computer and Information Center, Yarmouk University"
    outline.roles[1].place.value = ""
    found = [d for k, r in enumerate(outline.roles, 1) for d in role_doubts(k, r)]
    assert "role 1: is 'Belgium' part of the employer, or its place?" in found
    assert not any(d.startswith("role 2: is") for d in found)


def test_dates_alone_under_a_roles_bullets_close_that_role() -> None:
    data = docx_bytes(
        ("Robin Okafor", "Title"),
        ("robin.okafor@example.org", None),
        ("Industry Experience", "Heading 1"),
        ("Research Intern, Northwind Labs (Automated Reasoning Group)", None),
        ("Worked on SAT and SMT solving.", "List Bullet"),
        ("Summer 2025", None),
        ("Software Engineer, Contoso", None),
        ("Improved type safety of Python code.", "List Bullet"),
        ("Feb. 2023- Oct. 2024", None),
    )
    assert _triples(read_outline(data)) == [
        ("Research Intern", "Northwind Labs (Automated Reasoning Group)", "2025", "2025"),
        ("Software Engineer", "Contoso", "2023-02", "2024-10"),
    ]


def test_an_organisation_then_its_team_above_the_title_takes_the_organisation() -> None:
    data = docx_bytes(
        ("Kai Brennan", "Title"),
        ("kai.brennan@example.org | (471) 935-1429", None),
        ("Experience", "Heading 1"),
        ("Brown Space Engineering | CubeSat Team\t\tAugust 2018-Present", None),
        ("Avionics Hardware Division Leader", None),
        ("Leads a team of 10 undergraduates.", "List Bullet"),
    )
    assert _triples(read_outline(data)) == [
        ("Avionics Hardware Division Leader", "Brown Space Engineering", "2018-08", "present")
    ]


def test_headings_in_a_left_column_open_their_sections() -> None:
    data = docx_bytes(
        ("Sasha Ferreira", "Title"),
        ("sasha.ferreira@example.org", None),
        ("SKILLS:\tJava, Python, C++", None),
        ("WORK\t\tInternational Ivy, Sparta, NJ\t\t7/15 – 8/15", None),
        ("EXPERIENCE:\t\tJava Instructor", None),
        ("Taught high school students the basics of Java.", "List Bullet"),
        ("VOLUNTEER\t\tBe the Match Foundation, Sparta, NJ\t\t5/14 – 6/14", None),
        ("SERVICE:\t\tTeam Organizer", None),
        ("Organized bone marrow drives.", "List Bullet"),
    )
    outline = read_outline(data)
    assert [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in outline.roles] == [
        ("Java Instructor", "International Ivy", "2015-07", "2015-08"),
        ("Team Organizer", "Be the Match Foundation", "2014-05", "2014-06"),
    ]
    assert outline.skills[:2] == ["Java", "Python"]


def test_short_bold_role_titles_are_not_section_headings() -> None:
    d = docx.Document()
    d.add_paragraph("Mia Chen", style="Title")
    d.add_paragraph("mia.chen@example.com")
    p = d.add_paragraph()
    p.add_run("EXPERIENCE").bold = True
    p = d.add_paragraph()
    p.add_run("Product Designer").bold = True
    d.add_paragraph("Canva | Sydney | Feb 2020 – Present")
    d.add_paragraph("Designed the print flow used by 2 million people.", style="List Bullet")
    p = d.add_paragraph()
    p.add_run("UX Researcher").bold = True
    d.add_paragraph("Atlassian | Sydney | 2017 – 2020")
    d.add_paragraph("Ran 40 interviews a quarter.", style="List Bullet")
    outline = read_outline(saved(d))
    assert _triples(outline) == [
        ("Product Designer", "Canva", "2020-02", "present"),
        ("UX Researcher", "Atlassian", "2017", "2020"),
    ]
    assert [b.text for b in outline.roles[1].bullets] == ["Ran 40 interviews a quarter."]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Feb 2019-present: Analytical Lead", "2019-02", "present"),
        ("June – August 2019", "2019-06", "2019-08"),
        ("Summer 2009", "2009", "2009"),
        ("2018.03.20 – 2018.06.29\t\tIntern", "2018-03", "2018-06"),
        ("07.2018 – по настоящее время", "2018-07", "present"),
        ("Novembre 2017 - Novembre 2019 : Alternant", "2017-11", "2019-11"),
        ("Since March 2019", "2019-03", "present"),
        ("April 2022 until 30 August.", "2022-04", "2022-08"),
        ("2018 – Present. Title.", "2018", "present"),
        ("2022 –\tInstructor\tHarvard Medical School", "2022", "present"),
        ("Instructor & Facilitator - ISEE Program (2017, 2018)", "2017", "2018"),
        ("FIRST Robotics, Sparta, NJ\t10/12 – 3/13, 10/13 – 3/14", "2012-10", "2014-03"),
        ("Site Manager, Opportunity Oxford\tSeptember 2020 & September 2021", "2020-09", "2021-09"),
        ("Teaching Assistant - ASTR 2000 Ancient Astronomies, CU Boulder (Spring 2018)", "2018", "2018"),
    ],
)
def test_dates_in_the_forms_cvs_write_them(text: str, start: str, end: str) -> None:
    span = find_dates(text)
    assert span is not None and (span.start, span.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2019–21", "2019", "2021"),
        ("2022-24", "2022", "2024"),
        ("2010–11", "2010", "2011"),
        ("2019/20", "2019", "2020"),
        ("2023 jan.", "2023-01", "2023-01"),
        ("maart 2016 - heden", "2016-03", "present"),
        ("mei 2014 – juni 2016", "2014-05", "2016-06"),
        ("okt. 2019 – dez. 2020", "2019-10", "2020-12"),
        ("sept. 2019 – présent", "2019-09", "present"),
        ("diciembre 2019 - hoy", "2019-12", "present"),
        ("2018 - presente", "2018", "present"),
        ("settembre 2015 – luglio 2017", "2015-09", "2017-07"),
        ("09-2015 – 06-2018", "2015-09", "2018-06"),
        ("01.03.2019 - 15.06.2021", "2019-03", "2021-06"),
        ("Sep ’19 – May ’21", "2019-09", "2021-05"),
        ("Jan-2019 – Mar-2021", "2019-01", "2021-03"),
        ("Jan/2019 - Present", "2019-01", "present"),
        ("Jan 2019 thru Mar 2021", "2019-01", "2021-03"),
        ("2018 – Pres.", "2018", "present"),
        ("January 15, 2019 – March 3, 2020", "2019-01", "2020-03"),
        ("Q1 2019 – Q3 2020", "2019", "2020"),
    ],
)
def test_european_and_short_dates_are_read(text: str, start: str, end: str) -> None:
    span = find_dates(text)
    assert span is not None and (span.start, span.end) == (start, end)


def test_a_year_then_a_hyphen_and_a_month_stays_a_month() -> None:
    span = find_dates("2010-11")
    assert span is not None and (span.start, span.end) == ("2010-11", "2010-11")


def test_phone_numbers_and_counts_are_not_dates() -> None:
    assert find_dates("+962 780 545 668") is None
    assert find_dates("Cut delays by 2 hours.") is None


def _uncertain_cv() -> bytes:
    d = docx.Document()
    d.add_paragraph("Jane Doe", style="Title")
    d.add_paragraph("jane.doe@example.com | +61 400 555 123")
    d.add_paragraph("Experience", style="Heading 1")
    d.add_paragraph("Data Platforms\tNorthwind\tMar 2019 – Present")
    d.add_paragraph("Built 40 data pipelines in Python and SQL on Azure.", style="List Bullet")
    d.add_paragraph("Skills", style="Heading 1")
    d.add_paragraph("Python, SQL, Azure")
    return saved(d)


def test_a_confirmed_outline_feeds_the_fact_inventory() -> None:
    data = _uncertain_cv()
    read = read_outline(data)
    assert not read.usable  # no role noun, no organisation word: the seeker must confirm
    text = to_yaml(read, "Jane_Doe_CV.docx").replace("title: Data Platforms", "title: Data Platforms Engineer")
    confirmed = from_yaml(text, read)
    assert confirmed.confirmed and confirmed.usable
    cv = apply_outline(read_cv(data), confirmed)
    entry = cv.entries[0]
    assert (entry.title, entry.organisation, entry.start, entry.end) == (
        "Data Platforms Engineer",
        "Northwind",
        "2019-03",
        "present",
    )
    assert "northwind" in cv.facts.norms("organisation", {entry.id})
    assert cv.paragraph(entry.id).editable is False  # a role line is a fact, never rewritten


def test_tailoring_uses_the_confirmed_outline() -> None:
    data = _uncertain_cv()
    read = read_outline(data)
    confirmed = from_yaml(to_yaml(read, "x"), read)
    job = tasmanwave_job()
    plain = tailor_application(data, None, job, None, SearchConfig(), AgentsConfig(), today=date(2026, 11, 28))
    assert any("no roles with achievements" in n for n in plain.report["needs_review"])
    result = tailor_application(
        data, None, job, None, SearchConfig(), AgentsConfig(), today=date(2026, 11, 28), outline=confirmed
    )
    assert not result.report["needs_review"]
    letter = "\n".join(p.text for p in docx.Document(io.BytesIO(result.cl_docx)).paragraphs)
    assert "Jane Doe" in letter


def _nested_cv() -> bytes:
    d = docx.Document()
    d.add_paragraph("Jane Doe", style="Title")
    d.add_paragraph("jane.doe@example.com | +61 400 555 123")
    d.add_paragraph("Experience", style="Heading 1")
    d.add_paragraph("Senior Data Engineer — Tasman Analytics\tMar 2021 – Present")
    d.add_paragraph("Led the move to Databricks for 120 pipelines.", style="List Bullet")
    d.add_paragraph("Wrote the migration runbook in Python.", style="List Bullet 2")
    d.add_paragraph("Mentored four engineers.", style="List Bullet")
    return saved(d)


def test_a_plan_cannot_move_a_sub_bullet_above_its_parent() -> None:
    from app.documents.plan import BulletSelection, TailoringPlan

    data = _nested_cv()
    cv = read_cv(data)
    entry = cv.entries[0]
    parent, child, other = entry.bullet_ids
    plan = TailoringPlan(bullets=[BulletSelection(parent_id=entry.id, bullet_ids=[child, other, parent])])
    result = tailor_application(
        data, None, tasmanwave_job(), None, SearchConfig(), AgentsConfig(), today=date(2026, 11, 28), plan=plan
    )
    texts = [p.text for p in docx.Document(io.BytesIO(result.cv_docx)).paragraphs if p.text]
    start = texts.index("Mentored four engineers.")
    assert texts[start : start + 3] == [
        "Mentored four engineers.",
        "Led the move to Databricks for 120 pipelines.",
        "Wrote the migration runbook in Python.",
    ]


def test_tab_stop_role_lines_read_with_high_confidence_are_tailored_as_roles() -> None:
    d = docx.Document()
    d.add_paragraph("Jane Doe", style="Title")
    d.add_paragraph("jane.doe@example.com | +61 400 555 123")
    d.add_paragraph("Experience", style="Heading 1")
    d.add_paragraph("Senior Data Engineer\tNorthwind Group\tMar 2019 – Present")
    d.add_paragraph("Built 40 data pipelines in Python and SQL on Azure.", style="List Bullet")
    data = saved(d)
    outline = read_outline(data)
    assert outline.usable and not outline.confirmed
    job, search, agents = tasmanwave_job(), SearchConfig(), AgentsConfig()
    plain = tailor_application(data, None, job, None, search, agents, today=date(2026, 11, 28))
    assert any("no roles with achievements" in n for n in plain.report["needs_review"])
    read = tailor_application(data, None, job, None, search, agents, today=date(2026, 11, 28), outline=outline)
    assert not read.report["needs_review"]


def test_talks_grants_and_memberships_headings_close_the_experience_section() -> None:
    data = docx_bytes(
        ("Robin Okafor", "Title"),
        ("robin.okafor@example.org", None),
        ("Experience", "Heading 1"),
        ("Data Scientist, Northwind Labs\t2019 – Present", None),
        ("Built the churn model.", "List Bullet"),
        ("Invited Talks", "Heading 1"),
        ("Keynote, PyData Berlin\t2022", None),
        ("Grants and Fellowships", "Heading 1"),
        ("Early Career Fellowship, Wellcome Trust\t2020 – 2023", None),
        ("Professional Memberships", "Heading 1"),
        ("Member, Royal Statistical Society\t2018 – Present", None),
    )
    assert _triples(read_outline(data)) == [("Data Scientist", "Northwind Labs", "2019", "present")]


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Research", "experience"),
        ("Clinical", "experience"),
        ("Research Interests", "interests"),
        ("User Research", None),
        ("Clinical Nurse Specialist", None),
        ("Berufserfahrung", "experience"),
        ("Beruflicher Werdegang", "experience"),
        ("Werkervaring", "experience"),
        ("Military Service", "experience"),
        ("Professional Service", "service"),
        ("Teaching", "teaching"),
        ("Teaching Experience", "experience"),
        ("Conference Presentations", "projects"),
        ("Software", "projects"),
        ("Software Engineer", None),
        ("Media Solutions Ltd", None),
    ],
)
def test_heading_words_name_their_section_and_titles_stay_titles(heading: str, kind: str | None) -> None:
    assert heading_kind(heading) == kind


def _table_cv(heading: str, rows: list[list[str]]) -> bytes:
    d = docx.Document()
    d.add_paragraph("Alex Rivera", style="Title")
    d.add_paragraph("alex.rivera@example.org | +44 7700 900123")
    d.add_paragraph(heading, style="Heading 1")
    table = d.add_table(rows=len(rows), cols=2)
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            table.cell(i, j).paragraphs[0].text = text
    d.add_paragraph("Education", style="Heading 1")
    d.add_paragraph("MSc Chemistry, TU Munich, 2014 – 2016")
    return saved(d)


def test_a_europass_form_reads_each_role_from_its_labelled_rows() -> None:
    data = _table_cv(
        "Work experience",
        [
            ["Dates", "01/2019 – 03/2021"],
            ["Occupation or position held", "Process Engineer"],
            ["Main activities and responsibilities", "Ran the coating line."],
            ["Name and address of employer", "Siemens AG, Munich, Germany"],
            ["Dates", "2016 – 2018"],
            ["Occupation or position held", "Intern"],
            ["Name and address of employer", "Bosch GmbH, Stuttgart"],
        ],
    )
    outline = read_outline(data)
    assert _triples(outline) == [
        ("Process Engineer", "Siemens AG", "2019-01", "2021-03"),
        ("Intern", "Bosch GmbH", "2016", "2018"),
    ]
    assert outline.roles[0].place.value == "Munich, Germany"


def test_a_form_with_its_labels_before_the_dates_reads_each_role() -> None:
    data = docx_bytes(
        ("Alex Rivera", "Title"),
        ("alex.rivera@example.org", None),
        ("Berufserfahrung", "Heading 1"),
        ("Position: Softwareentwickler", None),
        ("Arbeitgeber: SAP SE", None),
        ("Zeitraum: 04/2020 – heute", None),
        ("Position: Werkstudent", None),
        ("Arbeitgeber: Bosch GmbH", None),
        ("Zeitraum: 10/2016 – 03/2020", None),
    )
    assert _triples(read_outline(data)) == [
        ("Softwareentwickler", "SAP SE", "2020-04", "present"),
        ("Werkstudent", "Bosch GmbH", "2016-10", "2020-03"),
    ]


def test_a_form_written_with_dashes_takes_the_employer_from_the_line_over_each_role() -> None:
    data = docx_bytes(
        ("Kai Haddad", "Title"),
        ("kai.haddad@example.org", None),
        ("Experiência Profissional", "Heading 1"),
        ("Magazine Luiza", None),
        ("Cargo – Atendente Sac", None),
        ("Período – (10/10/2014 a 13/07/2017)", None),
        ("Brasilseg", None),
        ("Cargo – Atendente de Seguros", None),
        ("Período – (19/11/2019 a 06/02/2023)", None),
        ("Formação", "Heading 1"),
        ("Graduação em Análise e Desenvolvimento de Sistemas, 2024", None),
    )
    assert _triples(read_outline(data)) == [
        ("Atendente Sac", "Magazine Luiza", "2014-10", "2017-07"),
        ("Atendente de Seguros", "Brasilseg", "2019-11", "2023-02"),
    ]


def test_a_heading_in_the_sections_own_style_closes_it_even_in_capitals_over_dates() -> None:
    data = docx_bytes(
        ("Robin Marlowe", "Title"),
        ("robin.marlowe@example.org", None),
        ("Research experience", "Heading 1"),
        ("2024 – present", None),
        ("Post-Doctoral Researcher | Centre for Mental Health", None),
        ("EDUCATION", "Heading 1"),
        ("2018 – 2022", None),
        ("PhD in Psychology | Grenoble Alpes University", None),
        ("PRIZES", "Heading 1"),
        ("2023", None),
        ("Thesis Prize of the University", None),
    )
    assert _triples(read_outline(data)) == [("Post-Doctoral Researcher", "Centre for Mental Health", "2024", "present")]


def _dates_column_cv(dates: list[str], content: list[tuple[str, str | None]]) -> bytes:
    d = docx.Document()
    d.add_paragraph("Alex Rivera", style="Title")
    d.add_paragraph("alex.rivera@example.org | +44 7700 900123")
    d.add_paragraph("Experience", style="Heading 1")
    row = d.add_table(rows=1, cols=2).rows[0]
    row.cells[0].paragraphs[0].text = dates[0]
    for text in dates[1:]:
        row.cells[0].add_paragraph(text)
    row.cells[1].paragraphs[0].text = content[0][0]
    for text, style in content[1:]:
        row.cells[1].add_paragraph(text, style=style)
    return saved(d)


_TWO_ROLES = [
    ("Senior Analyst", None),
    ("Barclays, London", None),
    ("Built risk models.", "List Bullet"),
    ("Analyst", None),
    ("HSBC, Hong Kong", None),
    ("Priced bonds.", "List Bullet"),
]


def test_a_column_of_dates_beside_the_roles_dates_each_role_level_with_it() -> None:
    data = _dates_column_cv(["2019 – present", "", "", "2016 – 2019", "", ""], _TWO_ROLES)
    assert _triples(read_outline(data)) == [
        ("Senior Analyst", "Barclays", "2019", "present"),
        ("Analyst", "HSBC", "2016", "2019"),
    ]


def test_a_column_of_dates_not_lined_up_dates_the_roles_in_order() -> None:
    data = _dates_column_cv(["2019 – present", "2016 – 2019"], _TWO_ROLES)
    assert _triples(read_outline(data)) == [
        ("Senior Analyst", "Barclays", "2019", "present"),
        ("Analyst", "HSBC", "2016", "2019"),
    ]


def test_a_short_piece_beside_the_dates_is_the_place_when_title_and_employer_share_a_line() -> None:
    data = docx_bytes(
        ("Alex Rivera", "Title"),
        ("alex.rivera@example.org", None),
        ("Experience", "Heading 1"),
        ("Marketing Manager – Unilever", None),
        ("London | 2018 – 2021", None),
        ("Ran campaigns.", "List Bullet"),
        ("Brand Executive – Nestlé", None),
        ("York | 2015 – 2018", None),
        ("Ran brands.", "List Bullet"),
    )
    outline = read_outline(data)
    assert _triples(outline) == [
        ("Marketing Manager", "Unilever", "2018", "2021"),
        ("Brand Executive", "Nestlé", "2015", "2018"),
    ]
    assert [r.place.value for r in outline.roles] == ["London", "York"]


def _rows_cv(heading: str, rows: list[list[list[str]]]) -> bytes:
    """A CV whose role section is a table; each cell a list of paragraphs."""
    d = docx.Document()
    d.add_paragraph("Sam Okoye", style="Title")
    d.add_paragraph("sam.okoye@example.org | +1 617 555 0100")
    d.add_paragraph(heading, style="Heading 1")
    table = d.add_table(rows=len(rows), cols=len(rows[0]))
    for i, row in enumerate(rows):
        for j, paragraphs in enumerate(row):
            cell = table.cell(i, j)
            cell.paragraphs[0].text = paragraphs[0]
            for text in paragraphs[1:]:
                cell.add_paragraph(text)
    return saved(d)


def test_a_tables_header_row_says_which_cell_is_the_title_and_which_the_employer() -> None:
    data = _rows_cv(
        "Postdoctoral Training",
        [
            [["Month/Year(s)"], ["Title"], ["Specialty/Discipline", "(Primary mentor, if relevant)"], ["Institution"]],
            [["05/2015 – 09/2016"], ["Postdoctoral Fellow"], ["Laboratory of Sensory Neuroscience"], ["Rockefeller"]],
            [["06/2018 – 06/2022"], ["Resident"], ["Department of Psychiatry"], ["Massachusetts General Hospital"]],
        ],
    )
    assert _triples(read_outline(data)) == [
        ("Postdoctoral Fellow", "Rockefeller", "2015-05", "2016-09"),
        ("Resident", "Massachusetts General Hospital", "2018-06", "2022-06"),
    ]


def test_dates_alone_in_a_table_row_take_that_rows_lines_only() -> None:
    data = _rows_cv(
        "Leadership Positions",
        [
            [["2009 – 2011"], ["Board Member"], ["Weill Community Clinic", "Weill Medical College"]],
            [["2021 – 2022"], ["Chief Resident", "Outpatient Psychiatry Division"], ["Massachusetts General Hospital"]],
        ],
    )
    assert _triples(read_outline(data)) == [
        ("Board Member", "Weill Community Clinic", "2009", "2011"),
        ("Chief Resident", "Massachusetts General Hospital", "2021", "2022"),
    ]


def test_a_title_and_its_organisation_over_the_courses_taught_takes_the_organisation() -> None:
    data = docx_bytes(
        ("Kai Chen", "Title"),
        ("kai.chen@example.org", None),
        ("Teaching Experience", "Heading 1"),
        ("Teaching Assistant, McGill University", None),
        ("2025          Econ 313  Economic Development", None),
        ("Skills", "Heading 1"),
        ("Stata, R", None),
    )
    assert _triples(read_outline(data)) == [("Teaching Assistant", "McGill University", "2025", "2025")]


def test_runs_of_spaces_between_employer_title_and_dates_separate_them() -> None:
    data = docx_bytes(
        ("Alex Rivera", "Title"),
        ("alex.rivera@example.org", None),
        ("Experience", "Heading 1"),
        ("Acme Corp          Software Engineer          2019 – 2021", None),
        ("Built the billing service.", "List Bullet"),
        ("Globex Ltd          Data Analyst          2016 – 2019", None),
        ("Wrote the sales reports.", "List Bullet"),
    )
    assert _triples(read_outline(data)) == [
        ("Software Engineer", "Acme Corp", "2019", "2021"),
        ("Data Analyst", "Globex Ltd", "2016", "2019"),
    ]


def test_a_title_over_its_organisation_with_no_dates_anywhere_is_an_undated_role() -> None:
    d = docx.Document()
    d.add_paragraph("Alexis Haddad", style="Title")
    d.add_paragraph("alexis.haddad@example.org")
    d.add_paragraph("Profile", style="Heading 1")
    d.add_paragraph("Researcher in educational technology and the psychology of reading with AI tools.")
    d.add_paragraph("Editorial Roles", style="Heading 1")
    d.add_paragraph().add_run("Associate Editor").bold = True
    d.add_paragraph("Educational Engineering Press")
    outline = read_outline(saved(d))
    assert _triples(outline) == [("Associate Editor", "Educational Engineering Press", "", "")]
    assert not outline.usable  # a role with no dates is for the seeker to confirm


def test_the_post_named_under_the_name_of_an_academic_cv_is_a_role_when_no_dated_role_names_it() -> None:
    data = docx_bytes(
        ("Kai Kowalski", None),
        ("Assistant Professor", None),
        ("Department of Psychology", None),
        ("Amity University, Jaipur, India.", None),
        ("kai.kowalski@example.org", None),
        ("Education", "Heading 1"),
        ("2019-2023\tPhD in Psychology, Sagar University", None),
    )
    assert _triples(read_outline(data)) == [
        ("Assistant Professor", "Department of Psychology, Amity University", "", "")
    ]
    dated = docx_bytes(
        ("Kai Kowalski", None),
        ("Assistant Professor", None),
        ("Department of Psychology", None),
        ("Amity University, Jaipur, India.", None),
        ("kai.kowalski@example.org", None),
        ("Experience", "Heading 1"),
        ("Assistant Professor, Amity University\t2023 – present", None),
    )
    assert _triples(read_outline(dated)) == [("Assistant Professor", "Amity University", "2023", "present")]


def _one_role(*lines: tuple[str, str | None]) -> list[tuple[str, str, str, str]]:
    return _triples(
        read_outline(
            docx_bytes(
                ("Toni Moreau", "Title"),
                ("toni.moreau@example.org", None),
                ("Profile", "Heading 1"),
                ("Barista and team lead who trains new staff and runs the morning shift.", None),
                ("Experience", "Heading 1"),
                *lines,
            )
        )
    )


def test_an_employer_run_into_its_city_and_state_is_told_from_the_city() -> None:
    got = _one_role(("Team Lead, Uptown Espresso Seattle, WA", None), ("November 2013 – Present", None))
    assert got == [("Team Lead", "Uptown Espresso", "2013-11", "present")]


def test_a_university_named_after_its_state_keeps_its_campus() -> None:
    got = _one_role(("Research Intern, University of California, San Francisco\tJune 2016 – August 2017", None))
    assert got == [("Research Intern", "University of California, San Francisco", "2016-06", "2017-08")]


def test_a_title_and_its_programme_before_at_keep_the_title_alone() -> None:
    got = _one_role(("Undergraduate Researcher, Heliophysics REU at University of Alabama in Huntsville (2014)", None))
    assert got == [("Undergraduate Researcher", "University of Alabama in Huntsville", "2014", "2014")]


def test_a_title_for_an_organisation_named_by_its_section_or_conference_splits_there() -> None:
    got = _one_role(("Webmaster for AGU Space Physics and Aeronomy Section (2020-2023)", None))
    assert got == [("Webmaster", "AGU Space Physics and Aeronomy Section", "2020", "2023")]


def test_brackets_on_the_employers_line_name_its_unit_when_another_line_holds_the_title() -> None:
    got = _one_role(
        ("HP (HBCU Innovator Incubator)", None),
        ("Software Engineer\tJuly 2024 – Sept 2024", None),
        ("Built a chatbot.", "List Bullet"),
    )
    assert got == [("Software Engineer", "HP (HBCU Innovator Incubator)", "2024-07", "2024-09")]


def test_dates_in_brackets_closing_a_long_list_line_date_the_role() -> None:
    got = _one_role(("Instructor of Record - ASTR 1000 The Solar System, CU Boulder (Summer 2018)", "List Bullet"))
    assert got == [("Instructor of Record", "CU Boulder", "2018", "2018")]


def test_an_organisation_and_its_city_with_no_title_read_as_employer_and_place() -> None:
    outline = read_outline(
        docx_bytes(
            ("Kelsey Oros", "Title"),
            ("kelsey.oros@example.org", None),
            ("Profile", "Heading 1"),
            ("Mathematics teacher who makes algebra interactive for students of all ages.", None),
            ("Experience", "Heading 1"),
            ("National Museum of Mathematics, New York City\tSummer 2014", None),
            ("Educated campers from K-8.", "List Bullet"),
        )
    )
    assert _triples(outline) == [("", "National Museum of Mathematics", "2014", "2014")]
    assert outline.roles[0].place.value == "New York City"


def test_courses_taught_in_later_years_extend_the_post_above_them() -> None:
    outline = read_outline(
        docx_bytes(
            ("Kai Chen", "Title"),
            ("kai.chen@example.org", None),
            ("Teaching Experience", "Heading 1"),
            ("Teaching Assistant, McGill University", None),
            ("2025          Econ 313  Economic Development", None),
            ("Econ 230  Microeconomic Theory", None),
            ("2024          Econ 230  Microeconomic Theory", None),
            ("2023          Econ 295  Macroeconomic Policy", None),
            ("Teaching Assistant, University of British Columbia", None),
            ("2020          Econ 101  Principles of Microeconomics", None),
        )
    )
    assert _triples(outline) == [
        ("Teaching Assistant", "McGill University", "2023", "2025"),
        ("Teaching Assistant", "University of British Columbia", "2020", "2020"),
    ]
    assert "Econ 295  Macroeconomic Policy" in " ".join(b.text for b in outline.roles[0].bullets)


def test_a_dissertation_or_a_committee_seat_under_a_role_heading_is_no_post() -> None:
    got = _one_role(
        ("Research Assistant, Imperial College London\tMarch 2022 – Present", None),
        ("Master's Dissertation, Mathematical Institute, University of Oxford\tOct 2020 – Jul 2021", None),
        ("Graduate Admissions Committee Member, CU Boulder (2018-2019)", None),
    )
    assert got == [("Research Assistant", "Imperial College London", "2022-03", "present")]


def test_indented_list_paragraphs_without_a_bullet_hold_a_roles_title_and_employer() -> None:
    got = _one_role(
        ("Research Assistant", "List Paragraph"),
        ("Smith Lab, University of Toronto", "List Paragraph"),
        ("September 2019 – Present", "List Paragraph"),
        ("Modelled plasma in the corona.", "List Bullet"),
    )
    assert got == [("Research Assistant", "Smith Lab, University of Toronto", "2019-09", "present")]


def test_a_chinese_cv_reads_its_headings_dates_titles_and_employers() -> None:
    data = docx_bytes(
        ("王小明", "Title"),
        ("xiaoming.wang@example.org | +86 138 0013 8000", None),
        ("工作经历", "Heading 1"),
        ("2019.09-至今\t腾讯科技有限公司\t高级工程师", None),
        ("负责支付系统的后端开发。", "List Bullet"),
        ("2018年3月～2019年8月  微软亚洲研究院  实习生", None),
        ("教育背景", "Heading 1"),
        ("2014.09-2018.06\t北京大学\t计算机科学学士", None),
    )
    assert _triples(read_outline(data)) == [
        ("高级工程师", "腾讯科技有限公司", "2019-09", "present"),
        ("实习生", "微软亚洲研究院", "2018-03", "2019-08"),
    ]


def test_a_role_whose_words_do_not_tell_title_from_employer_follows_its_sections_order() -> None:
    got = _one_role(
        ("Starbucks — Shift Supervisor — 2018 to 2020", None),
        ("Pret A Manger — Front of House — 2016 to 2018", None),
    )
    assert got == [
        ("Shift Supervisor", "Starbucks", "2018", "2020"),
        ("Front of House", "Pret A Manger", "2016", "2018"),
    ]


def test_a_place_in_brackets_after_the_employer_is_the_place() -> None:
    outline = read_outline(
        docx_bytes(
            ("Robin Ferreira", "Title"),
            ("robin.ferreira@example.org", None),
            ("Profile", "Heading 1"),
            ("Mechanical engineering student who likes building test rigs and fixtures.", None),
            ("Experience", "Heading 1"),
            ("Design Engineer Intern, Acme Steel (Delta, OH)\tMay 2024 – Aug 2024", None),
        )
    )
    assert _triples(outline) == [("Design Engineer Intern", "Acme Steel", "2024-05", "2024-08")]
    assert outline.roles[0].place.value == "Delta, OH"


def test_a_short_place_beside_the_dates_leaves_title_and_employer_on_the_line_below() -> None:
    got = _one_role(
        ("2019 – 2022 | London", None),
        ("Product Manager, Monzo", None),
        ("Shipped the savings app.", "List Bullet"),
        ("2016 – 2019 | Leeds", None),
        ("Product Owner, Sky", None),
        ("Owned the billing backlog.", "List Bullet"),
    )
    assert got == [("Product Manager", "Monzo", "2019", "2022"), ("Product Owner", "Sky", "2016", "2019")]


def test_a_longer_title_for_a_conference_splits_at_for() -> None:
    got = _one_role(("Graduate Event Planner + Coordinator for the SHINE Conference (2017-2022)", None))
    assert got == [("Graduate Event Planner + Coordinator", "the SHINE Conference", "2017", "2022")]


def test_a_bold_volunteer_experience_heading_after_education_opens_a_role_section() -> None:
    d = docx.Document()
    d.add_paragraph("Sam Okoye", style="Title")
    d.add_paragraph("sam.okoye@example.org | +1 617 555 0100")
    for heading, lines in (
        ("Education", ["BSc Biology, University of Lagos, 2014 – 2018"]),
        ("Volunteer Experience", ["Mentor, Strong Women Strong Girls\t2021 – Present"]),
    ):
        d.add_paragraph().add_run(heading).bold = True
        for text in lines:
            d.add_paragraph(text)
    assert _triples(read_outline(saved(d))) == [("Mentor", "Strong Women Strong Girls", "2021", "present")]


def test_an_employer_in_a_heading_style_above_every_roles_dates_is_no_group_heading() -> None:
    got = _one_role(
        ("Acme Corp", "Heading 2"),
        ("Senior Engineer | Jan 2019 – Present", "Heading 3"),
        ("Built the billing platform.", None),
        ("Globex Ltd", "Heading 2"),
        ("Engineer | Mar 2016 – Dec 2018", "Heading 3"),
        ("Wrote services in Go.", None),
    )
    assert got == [
        ("Senior Engineer", "Acme Corp", "2019-01", "present"),
        ("Engineer", "Globex Ltd", "2016-03", "2018-12"),
    ]


def test_a_line_telling_what_was_done_is_no_employer() -> None:
    got = _one_role(
        ("Senior Engineer, Acme Corp\t2019 – 2022", None),
        ("Led the payments team", None),
        ("Engineer, Globex Ltd\t2016 – 2019", None),
        ("Wrote services in Go", None),
    )
    assert got == [("Senior Engineer", "Acme Corp", "2019", "2022"), ("Engineer", "Globex Ltd", "2016", "2019")]


def _bold_docx(*paragraphs: tuple[str, str | None]) -> bytes:
    """Like _docx, with "bold" as a style meaning a bold Normal paragraph."""
    d = docx.Document()
    d.add_paragraph("Toni Moreau", style="Title")
    d.add_paragraph("toni.moreau@example.org")
    d.add_paragraph("Profile", style="Heading 1")
    d.add_paragraph("Backend engineer who likes payments, queues and quiet on-call rotas.")
    d.add_paragraph("Experience", style="Heading 1")
    for text, style in paragraphs:
        if style == "bold":
            d.add_paragraph().add_run(text).bold = True
        else:
            d.add_paragraph(text, style=style)
    return saved(d)


def test_a_bold_employer_over_a_title_and_dates_line_after_the_role_above_is_its_employer() -> None:
    data = _bold_docx(
        ("Senior Engineer, Acme Corp\t2019 – 2022", None),
        ("Led the billing rewrite.", "List Bullet"),
        ("Globex Ltd", "bold"),
        ("Engineer\t2016 – 2019", None),
        ("Built the search service.", "List Bullet"),
    )
    outline = read_outline(data)
    assert _triples(outline) == [
        ("Senior Engineer", "Acme Corp", "2019", "2022"),
        ("Engineer", "Globex Ltd", "2016", "2019"),
    ]
    assert [b.text for b in outline.roles[0].bullets] == ["Led the billing rewrite."]


def test_a_role_with_one_line_more_than_the_first_reaches_up_to_its_title() -> None:
    data = _bold_docx(
        ("Senior Engineer", "bold"),
        ("Acme Corp, London", None),
        ("2019 – 2022", None),
        ("Built the billing platform.", "List Bullet"),
        ("Engineer", "bold"),
        ("Globex Ltd, Leeds", None),
        ("Payments team", None),
        ("2016 – 2019", None),
        ("Wrote services in Go.", "List Bullet"),
    )
    assert _triples(read_outline(data)) == [
        ("Senior Engineer", "Acme Corp", "2019", "2022"),
        ("Engineer", "Globex Ltd", "2016", "2019"),
    ]


def test_an_organisation_with_an_acronym_before_city_and_country_is_no_place() -> None:
    got = _one_role(("Research Intern, IBM Research, Zurich, Switzerland (May–Sep 2018)", None))
    assert got == [("Research Intern", "IBM Research", "2018-05", "2018-09")]


def test_a_labelled_aside_in_brackets_is_no_part_of_the_employer() -> None:
    got = _one_role(
        ("Research Assistant, Smith Lab (PI: Dr. Jane Smith), Stanford University\tJan 2020 – Present", None)
    )
    assert got == [("Research Assistant", "Smith Lab, Stanford University", "2020-01", "present")]


def test_a_title_and_university_over_course_lines_with_semesters_is_one_post() -> None:
    got = _one_role(
        ("Teaching Assistant, Stanford University", None),
        ("CS 106A: Programming Methodology (Fall 2019, Winter 2020)", None),
        ("CS 229: Machine Learning (Spring 2021)", None),
    )
    assert got == [("Teaching Assistant", "Stanford University", "2019", "2021")]


def test_titles_named_by_academic_and_clinical_role_words_are_titles() -> None:
    got = _one_role(
        ("ETH Zurich | PhD Candidate | 2020 – Present", None),
        ("Karolinska Institutet | Epidemiologist | 2017 – 2020", None),
        ("Harvard Medical School | Principal Investigator | 2015 – 2017", None),
    )
    assert got == [
        ("PhD Candidate", "ETH Zurich", "2020", "present"),
        ("Epidemiologist", "Karolinska Institutet", "2017", "2020"),
        ("Principal Investigator", "Harvard Medical School", "2015", "2017"),
    ]


def test_a_surname_ending_like_a_role_word_is_still_a_name() -> None:
    outline = read_outline(docx_bytes(("Alva Bergqvist", None), ("alva.bergqvist@example.org", None), *_TWO_ROLE_LINES))
    assert outline.name.value == "Alva Bergqvist"


_TWO_ROLE_LINES = (
    ("Experience", "Heading 1"),
    ("Senior Data Engineer\tNorthwind Traders Ltd\tMar 2019 – Present", None),
    ("Built 40 data pipelines in Python and SQL on Azure.", "List Bullet"),
)


@pytest.mark.parametrize("place", ["Austin, Texas", "Pune, Maharashtra", "Munich, Bavaria", "Utrecht, Nederland"])
def test_a_city_and_its_state_or_country_written_out_is_a_place(place: str) -> None:
    outline = read_outline(
        docx_bytes(
            ("Alex Rivera", "Title"),
            ("alex.rivera@example.org", None),
            ("Experience", "Heading 1"),
            (f"Data Engineer, Northwind Traders, {place}\t2019 – 2022", None),
            ("Built the nightly loads in Python and SQL for the finance team.", "List Bullet"),
        )
    )
    assert _triples(outline) == [("Data Engineer", "Northwind Traders", "2019", "2022")]
    assert outline.roles[0].place.value == place


def test_a_large_city_alone_is_a_place_wherever_it_stands() -> None:
    got = _one_role(
        ("London | Monzo | Software Engineer | 2019 – 2022", None),
        ("Stockholm | Spotify | Developer | 2016 – 2019", None),
    )
    assert got == [("Software Engineer", "Monzo", "2019", "2022"), ("Developer", "Spotify", "2016", "2019")]


def test_a_university_named_after_its_city_is_told_from_that_city() -> None:
    outline = read_outline(
        docx_bytes(
            ("Alex Rivera", "Title"),
            ("alex.rivera@example.org", None),
            ("Experience", "Heading 1"),
            ("Research Assistant, University of Toronto, Toronto\t2019 – 2022", None),
            ("Ran the imaging experiments and wrote the analysis code in Python.", "List Bullet"),
        )
    )
    assert _triples(outline) == [("Research Assistant", "University of Toronto", "2019", "2022")]


@pytest.mark.parametrize("place", ["Greater London Area", "SF Bay Area", "Washington, DC", "NYC"])
def test_areas_and_remote_work_are_places(place: str) -> None:
    outline = read_outline(
        docx_bytes(
            ("Alex Rivera", "Title"),
            ("alex.rivera@example.org", None),
            ("Experience", "Heading 1"),
            (f"Northwind Traders | {place} | Data Engineer | 2019 – 2022", None),
            ("Built the nightly loads in Python and SQL for the finance team.", "List Bullet"),
        )
    )
    assert _triples(outline) == [("Data Engineer", "Northwind Traders", "2019", "2022")]
    assert outline.roles[0].place.value == place


def test_how_a_role_was_held_is_neither_title_nor_employer_but_stays_in_the_title_it_follows() -> None:
    got = _one_role(
        ("Research Assistant (Part-Time), Northwind Labs\t2019 – 2021", None),
        ("Data Analyst | Contoso Group | Full Time | 2016 – 2019", None),
    )
    assert got == [
        ("Research Assistant (Part-Time)", "Northwind Labs", "2019", "2021"),
        ("Data Analyst", "Contoso Group", "2016", "2019"),
    ]


def test_a_bulleted_head_line_over_its_dates_and_deeper_bullets_is_the_role_not_a_bullet() -> None:
    got = _one_role(
        ("Purdue – Research Assistant", "List Bullet"),
        ("August 2023 – present, West Lafayette, Indiana, USA", None),
        ("Implementing LLM search for an ocean image database.", "List Bullet 2"),
        ("Facebook - Software Engineer", "List Bullet"),
        ("July 2019 – August 2023, San Francisco, USA", None),
        ("Developed models for ranking typeahead suggestions.", "List Bullet 2"),
        ("Managed and provided mentorship to interns.", "List Bullet 2"),
    )
    assert got == [
        ("Research Assistant", "Purdue", "2023-08", "present"),
        ("Software Engineer", "Facebook", "2019-07", "2023-08"),
    ]


def test_a_bullet_beside_dates_with_no_deeper_bullets_under_it_stays_a_bullet() -> None:
    outline = read_outline(
        docx_bytes(
            ("Toni Moreau", "Title"),
            ("toni.moreau@example.org", None),
            ("Experience", "Heading 1"),
            ("Barista, Uptown Espresso", None),
            ("2019 – 2021", None),
            ("Trained six new staff", "List Bullet"),
            ("Ran the morning shift", "List Bullet"),
        )
    )
    assert _triples(outline) == [("Barista", "Uptown Espresso", "2019", "2021")]
    assert [b.text for b in outline.roles[0].bullets] == ["Trained six new staff", "Ran the morning shift"]


def test_a_plain_projects_label_inside_a_role_is_no_section_and_the_roles_after_it_are_read() -> None:
    def bold_caps(text: str) -> tuple[str, str]:
        return (text, "Strong Caps")

    d = docx.Document()
    caps = d.styles.add_style("Strong Caps", WD_STYLE_TYPE.PARAGRAPH)
    caps.font.bold = True
    for text, style in (
        ("ALEXIS OKAFOR", None),
        ("alexis.okafor@example.org", None),
        bold_caps("SKILLS"),
        ("Python, SQL", None),
        bold_caps("EMPLOYMENT HISTORY"),
        ("Data Analyst", None),
        ("Harbour Analytics | Aug 2018 - Present", None),
        ("Built the reporting pipeline for the sales and finance teams, from raw exports to weekly dashboards.", None),
        ("Projects:", None),
        ("Built bond price predictions.", "List Bullet"),
        ("Equity Analyst", None),
        ("Aegis Financial Corporation | May 2016 - Aug 2017", None),
        ("Built financial models.", "List Bullet"),
        bold_caps("EDUCATION"),
        ("Wofford College, Bachelor of Arts, 2017", None),
    ):
        d.add_paragraph(text, style=style)
    got = _triples(read_outline(saved(d)))
    assert got == [
        ("Data Analyst", "Harbour Analytics", "2018-08", "present"),
        ("Equity Analyst", "Aegis Financial Corporation", "2016-05", "2017-08"),
    ]


def test_an_employer_glued_to_its_dates_is_parted_from_them() -> None:
    got = _one_role(
        ("ARIZONA STATE RADIOLOGY2018 – Present", None),
        ("Systems Administrator", None),
        ("Ran the radiology reporting servers.", "List Bullet"),
        ("Harbour UniversityJan 2015 – Dec 2017", None),
        ("Research Technician", None),
        ("Kept the imaging lab running.", "List Bullet"),
    )
    assert got == [
        ("Systems Administrator", "ARIZONA STATE RADIOLOGY", "2018", "present"),
        ("Research Technician", "Harbour University", "2015-01", "2017-12"),
    ]


@pytest.mark.parametrize(
    "text", ["VANTAGE WEST CREDIT UNION\t2011 – 2017", "Windows Server2012, ISO9001 2015", "COVID19 2020 – 2021"]
)
def test_a_word_glued_to_a_number_that_starts_no_range_stays_as_written(text: str) -> None:
    assert _unglued_dates([Line(text, "p1", "body")])[0].text == text


def test_a_slash_spaced_like_a_comma_parts_the_employer_from_the_title() -> None:
    got = _one_role(
        ("VIPKid/ Online ESL Teacher", None),
        ("December 2017 – June 2022", None),
        ("Taught one-on-one English lessons.", "List Bullet"),
        ("United Advertising Group/ Team Trainer                    Brisbane, Queensland", None),
        ("April 2018 – October 2018", None),
        ("Trained new sales staff.", "List Bullet"),
    )
    assert got == [
        ("Online ESL Teacher", "VIPKid", "2017-12", "2022-06"),
        ("Team Trainer", "United Advertising Group", "2018-04", "2018-10"),
    ]


def test_a_word_and_a_title_around_an_evenly_spaced_slash_stay_one_title() -> None:
    got = _one_role(("Web / Hybrid Application Developer, Northwind Traders\t2019 – 2021", None))
    assert got == [("Web / Hybrid Application Developer", "Northwind Traders", "2019", "2021")]


def test_a_heading_in_capitals_with_an_aside_in_brackets_is_still_a_heading() -> None:
    outline = read_outline(
        docx_bytes(
            ("Ioana Popescu", "Title"),
            ("ioana.popescu@example.org", None),
            ("FRONTEND DEVELOPER", None),
            ("WORK EXPERIENCE (more on my website)", None),
            ("Frontend Developer / Consultant", None),
            ("Oct 2021 – Present | Deloitte Digital", None),
            ("Built insurance portals in Angular.", "List Bullet"),
        )
    )
    assert _triples(outline) == [("Frontend Developer / Consultant", "Deloitte Digital", "2021-10", "present")]


def test_unheaded_roles_after_a_hobbies_section_are_read() -> None:
    outline = read_outline(
        docx_bytes(
            ("Julien Lefèvre", "Title"),
            ("julien.lefevre@example.org", None),
            ("HOBBY", "Heading 1"),
            ("Cuisine", None),
            ("Volley-Ball", None),
            ("Lead DevOps", None),
            ("Sodexo (Depuis Février 2019)", None),
            ("Migration des infrastructures vers Azure.", "List Bullet"),
            ("Cloud DevOps", None),
            ("KPMG (Février 2018 – Janvier 2019)", None),
            ("Intégration de la solution dans Azure.", "List Bullet"),
            ("Intégrateur poste de travail", None),
            ("ENGIE (Octobre 2015 – Décembre 2016)", None),
            ("Déploiement des postes de travail.", "List Bullet"),
        )
    )
    assert _triples(outline) == [
        ("Lead DevOps", "Sodexo", "2019-02", "present"),
        ("Cloud DevOps", "KPMG", "2018-02", "2019-01"),
        ("Intégrateur poste de travail", "ENGIE", "2015-10", "2016-12"),
    ]


def test_the_piece_beside_the_title_on_the_dates_line_is_the_employer_not_the_team_below() -> None:
    got = _one_role(
        ("Software Engineering Team Lead\tThe Predictive Index\tOct 2021 – Nov 2022", None),
        ("User Experience\t\tGreater Milwaukee Area, WI", None),
        ("Managed three direct reports.", "List Bullet"),
        ("Team Lead\tFinastra\tApr 2016 – Jul 2019", None),
        ("New Lending Platform\t\tGreater Milwaukee Area, WI", None),
        ("Introduced Angular animations.", "List Bullet"),
    )
    assert got == [
        ("Software Engineering Team Lead", "The Predictive Index", "2021-10", "2022-11"),
        ("Team Lead", "Finastra", "2016-04", "2019-07"),
    ]


def test_the_employer_on_the_dates_line_is_not_the_note_after_the_title_below() -> None:
    got = _one_role(
        ("Temmuz 2012 - Ağustos 2012 - Detaysoft", None),
        ("\tAndroid Developer / Zorunlu yaz stajı", None),
        ("AVM için uygulama geliştirilmesi", "List Bullet"),
    )
    assert len(got) == 1 and got[0][1:] == ("Detaysoft", "2012-07", "2012-08")


def test_an_employer_with_its_whole_span_groups_the_titled_roles_within_it() -> None:
    got = _one_role(
        ("Deloitte, London\t2014 – 2021", None),
        ("Manager\t2019 – 2021", None),
        ("Led audits of two retail banks.", "List Bullet"),
        ("Senior Associate\t2014 – 2019", None),
        ("Audited the loan books.", "List Bullet"),
    )
    assert got == [("Manager", "Deloitte", "2019", "2021"), ("Senior Associate", "Deloitte", "2014", "2019")]


def test_the_place_line_of_the_role_above_leaves_the_next_title_its_employer() -> None:
    data = _bold_docx(
        ("Stripe", "bold"),
        ("Staff Engineer", None),
        ("Mar 2022 - Present (2 years)", None),
        ("Dublin, Ireland", None),
        ("Senior Engineer", None),
        ("Mar 2020 - Feb 2022 (2 years)", None),
        ("Dublin, Ireland", None),
    )
    assert _triples(read_outline(data)) == [
        ("Staff Engineer", "Stripe", "2022-03", "present"),
        ("Senior Engineer", "Stripe", "2020-03", "2022-02"),
    ]


def test_titles_in_spanish_french_german_dutch_and_italian_are_titles() -> None:
    got = _one_role(
        ("Telefónica, Madrid | Ingeniera de software | Enero 2019 – Actualidad", None),
        ("Capgemini | Chargée de mission | 2017 – 2018", None),
        ("SAP SE | Softwareentwicklerin | 2015 – 2017", None),
        ("ING | Onderzoeker | 2013 – 2015", None),
        ("Eni | Ricercatrice | 2011 – 2013", None),
    )
    assert [(t, e) for t, e, _, _ in got] == [
        ("Ingeniera de software", "Telefónica"),
        ("Chargée de mission", "Capgemini"),
        ("Softwareentwicklerin", "SAP SE"),
        ("Onderzoeker", "ING"),
        ("Ricercatrice", "Eni"),
    ]


def test_a_teaching_section_reads_the_posts_and_leaves_the_courses() -> None:
    data = docx_bytes(
        ("Robin Marlowe", "Title"),
        ("robin.marlowe@example.org", None),
        ("Profile", "Heading 1"),
        ("Researcher in autism and cognitive flexibility who teaches statistics and methods.", None),
        ("Teaching", "Heading 1"),
        ("2021\tStatistics, Practical work with R, Master in Neuropsychology, Grenoble Alpes University", None),
        ("2010 – 2016\tTeacher in special needs education, Lycée Champollion", None),
    )
    assert _triples(read_outline(data)) == [
        ("Teacher in special needs education", "Lycée Champollion", "2010", "2016"),
    ]


def test_a_cv_that_writes_spans_as_dotted_short_years_writes_them_all_so() -> None:
    got = _one_role(
        ("2023.24\tPost-Doctoral Researcher | Laboratory of Psychology", None),
        ("2018.22\tDoctoral Researcher | Grenoble Alpes University", None),
        ("2008.10\tPrimary School Teacher | Lycée Champollion", None),
    )
    assert [(s, e) for _, _, s, e in got] == [("2023", "2024"), ("2018", "2022"), ("2008", "2010")]


def test_an_unknown_heading_in_the_known_headings_style_closes_a_role_section_even_over_dates() -> None:
    got = _one_role(
        ("2010 – 2016\tTeacher, Lycée Champollion", None),
        ("Co-Supervision", "Heading 1"),
        ("2023 – 2024", None),
        ("Margot Fombonne, Master's thesis, Grenoble Alpes University", None),
    )
    assert got == [("Teacher", "Lycée Champollion", "2010", "2016")]


def test_a_full_stop_or_colon_inside_a_name_after_a_dash_does_not_split_it() -> None:
    got = _one_role(
        ("Instructor & Facilitator - ISEE Professional Develop. Program (2017, 2018)", None),
        ("Instructor - Junior Astronauts: Elementary Afterschool Program (2016)", None),
    )
    assert got == [
        ("Instructor & Facilitator", "ISEE Professional Develop. Program", "2017", "2018"),
        ("Instructor", "Junior Astronauts: Elementary Afterschool Program", "2016", "2016"),
    ]


def test_a_full_stop_splits_a_line_that_has_no_other_separator() -> None:
    got = _one_role(("2018 – Present. Analytical Lead. Medicines Analysis Team.", None))
    assert got == [("Analytical Lead", "Medicines Analysis Team", "2018", "present")]


def test_a_line_opening_with_responsible_for_or_an_ing_verb_is_a_description() -> None:
    got = _one_role(
        ("Senior Engineer, Acme Corp\t2019 – 2022", None),
        ("Responsible for the payments platform", None),
        ("Engineer, Globex Ltd\t2016 – 2019", None),
        ("Developing services in Go", None),
    )
    assert got == [("Senior Engineer", "Acme Corp", "2019", "2022"), ("Engineer", "Globex Ltd", "2016", "2019")]


def test_a_cv_with_no_headings_at_all_reads_its_roles_from_the_page() -> None:
    data = docx_bytes(
        ("Jane Doe", "Title"),
        ("jane.doe@example.com | +61 400 555 123", None),
        ("Senior Data Engineer, Northwind Traders Ltd\tMar 2019 – Present", None),
        ("Built 40 data pipelines in Python and SQL on Azure.", "List Bullet"),
        ("Data Analyst, Contoso Group\t2016 – 2019", None),
        ("Wrote SQL reports for 12 teams.", "List Bullet"),
    )
    assert _triples(read_outline(data)) == [
        ("Senior Data Engineer", "Northwind Traders Ltd", "2019-03", "present"),
        ("Data Analyst", "Contoso Group", "2016", "2019"),
    ]


def test_a_degree_under_a_role_heading_is_no_post() -> None:
    got = _one_role(
        ("2019 – 2022\tResearch Engineer, iMind Hospital", None),
        ("2015 – 2019\tPhD in Psychology, Grenoble Alpes University", None),
    )
    assert got == [("Research Engineer", "iMind Hospital", "2019", "2022")]


def test_a_role_section_written_wholly_as_a_nested_list_reads_from_its_top_level() -> None:
    got = _one_role(
        ("Senior Engineer, Acme Corp (2019 – 2022)", "List Bullet 2"),
        ("Moved billing to Go.", "List Bullet 3"),
        ("Engineer, Globex Ltd (2016 – 2019)", "List Bullet 2"),
        ("Ran the on-call rota.", "List Bullet 3"),
    )
    assert got == [("Senior Engineer", "Acme Corp", "2019", "2022"), ("Engineer", "Globex Ltd", "2016", "2019")]


def test_labelled_company_lines_under_titled_dates_give_the_employer_without_its_label() -> None:
    data = _bold_docx(
        ("Software Engineer\t2019 – 2021", "bold"),
        ("Company: Acme Corp", None),
        ("Location: London", None),
        ("Built the billing service.", "List Bullet"),
        ("Data Analyst\t2016 – 2019", "bold"),
        ("Company: Globex Ltd", None),
        ("Location: Leeds", None),
        ("Wrote the sales reports.", "List Bullet"),
    )
    assert _triples(read_outline(data)) == [
        ("Software Engineer", "Acme Corp", "2019", "2021"),
        ("Data Analyst", "Globex Ltd", "2016", "2019"),
    ]


@pytest.mark.parametrize("sep", ["//", "▸", "»", "•"])
def test_the_marks_cvs_use_between_pieces_separate_them(sep: str) -> None:
    got = _one_role((f"Software Engineer {sep} Acme Corp {sep} 2019 – 2021", None))
    assert got == [("Software Engineer", "Acme Corp", "2019", "2021")]


def test_a_city_and_a_country_code_is_a_place() -> None:
    outline = read_outline(
        docx_bytes(
            ("Alex Rivera", "Title"),
            ("alex.rivera@example.org", None),
            ("Experience", "Heading 1"),
            ("Data Engineer | Northwind Traders | Paris, FR | 2019 – 2022", None),
            ("Built the nightly loads in Python and SQL for the finance team.", "List Bullet"),
        )
    )
    assert _triples(outline) == [("Data Engineer", "Northwind Traders", "2019", "2022")]
    assert outline.roles[0].place.value == "Paris, FR"


def test_a_course_with_a_lab_after_a_teaching_title_is_the_subject_not_the_employer() -> None:
    got = _one_role(("Teaching Assistant - Intro Astronomy w/ Lab, CU Boulder (Fall 2015, Spring 2016)", None))
    assert got == [("Teaching Assistant", "CU Boulder", "2015", "2016")]


def test_where_an_organisation_is_goes_with_it_after_a_title_of_it() -> None:
    got = _one_role(("Secretary of the Chess Society at Georgia Tech (2014-2015)", None))
    assert got == [("Secretary", "the Chess Society at Georgia Tech", "2014", "2015")]


def test_abbreviated_and_tech_named_organisations_are_organisations() -> None:
    got = _one_role(
        ("2020–present: Postdoctoral Fellow, Dept. of Physics, Univ. of Toronto", None),
        ("2015–2020: Graduate Research Assistant, Dept. of Chemistry, Georgia Tech", None),
    )
    assert got == [
        ("Postdoctoral Fellow", "Dept. of Physics, Univ. of Toronto", "2020", "present"),
        ("Graduate Research Assistant", "Dept. of Chemistry, Georgia Tech", "2015", "2020"),
    ]


def test_roles_under_the_name_with_no_experience_heading_are_read_from_the_top_of_the_page() -> None:
    data = docx_bytes(
        ("Sasha Tanaka", None),
        ("sasha.tanaka@example.org | 628-251-1286", None),
        ("IT Support Engineer | Amazon (Amazon Web Services)", None),
        ("June 2022 to Present", None),
        ("Supported corporate employees by chat, phone and in person.", "List Bullet"),
        ("Client Support Specialist | Click Dimensions - Dunwoody, GA", None),
        ("June 2015 to June 2018", None),
        ("Guided customers through server setup.", "List Bullet"),
        ("Education", "Heading 1"),
        ("BSc Information Technology, Kennesaw State University, 2011", None),
    )
    assert _triples(read_outline(data)) == [
        ("IT Support Engineer", "Amazon (Amazon Web Services)", "2022-06", "present"),
        ("Client Support Specialist", "Click Dimensions", "2015-06", "2018-06"),
    ]


def test_a_deeper_heading_inside_a_role_section_heads_a_part_of_it() -> None:
    data = docx_bytes(
        ("Imran Shah", "Title"),
        ("imran.shah@example.org", None),
        ("PROFESSIONAL EXPERIENCE", "Heading 1"),
        ("Senior Developer (May 2017 – Present)", "Heading 2"),
        ("Morgan Stanley, Mumbai, IN", None),
        ("Projects", "Heading 4"),
        ("Margin Calculator (May 2019 – Mar 2021)", None),
        ("Application Development", "Heading 4"),
        ("IT Analyst (Dec 2014 – Apr 2017)", "Heading 2"),
        ("Tata Consultancy Services Pvt. Ltd., Mumbai, IN", None),
        ("EDUCATION", "Heading 1"),
        ("BE Computer Engineering, University of Mumbai, 2010", None),
    )
    assert _triples(read_outline(data)) == [
        ("Senior Developer", "Morgan Stanley", "2017-05", "present"),
        ("IT Analyst", "Tata Consultancy Services Pvt. Ltd.", "2014-12", "2017-04"),
    ]


def test_an_industry_named_with_services_is_no_heading() -> None:
    assert heading_kind("Financial Services") is None


def test_a_second_spell_of_dates_under_one_title_is_the_same_post_again() -> None:
    got = _one_role(
        ("Auxiliar de Vendas – RP Plass Comercial Eireli", None),
        ("(fevereiro/ 2019 – Abril/2019)", None),
        ("(Julho/2019 – Novembro/2019)", None),
        ("Atendimento e cadastro de clientes.", "List Bullet"),
    )
    assert got == [
        ("Auxiliar de Vendas", "RP Plass Comercial Eireli", "2019-02", "2019-04"),
        ("Auxiliar de Vendas", "RP Plass Comercial Eireli", "2019-07", "2019-11"),
    ]


def test_dates_between_commas_in_a_long_role_line_and_other_dashes_anchor_it() -> None:
    got = _one_role(
        ("Assistant Fitness Manager, 24 Hour Fitness, Elgin and Louisiana Super, Mar 2016 ‐ Apr 2020, Houston", None)
    )
    assert [(s, e) for _, _, s, e in got] == [("2016-03", "2020-04")]


def test_a_client_line_under_a_role_is_no_employer() -> None:
    got = _one_role(
        ("IT Analyst (Dec 2014 – Apr 2017)", None),
        ("Tata Consultancy Services, Mumbai", None),
        ("Client: Cisco, US", None),
        ("Senior Software Engineer (Sep 2010 – Feb 2014)", None),
        ("Lionbridge India, Mumbai", None),
        ("Client: Microsoft, US", None),
    )
    assert got == [
        ("IT Analyst", "Tata Consultancy Services", "2014-12", "2017-04"),
        ("Senior Software Engineer", "Lionbridge India", "2010-09", "2014-02"),
    ]


def test_a_date_of_birth_in_portuguese_is_no_role() -> None:
    data = docx_bytes(
        ("Noa Brennan", "Title"),
        ("noa.brennan@example.org", None),
        ("Data de nascimento: 12/03/2003", None),
        ("Estado civil: solteira", None),
        ("Vendedora na Loja Azul, atendimento ao cliente e cadastro de clientes.", None),
    )
    assert read_outline(data).roles == []


def test_key_achievements_under_a_role_do_not_end_the_role_section() -> None:
    got = _one_role(
        ("Tech Lead, Nationwide Building Society, Swindon, November 2014 – June 2017", None),
        ("Led a team of architects.", None),
        ("Key achievements", None),
        ("Designed the banking app platform.", "List Bullet"),
        ("Head of Architecture, Shopitize Ltd, London, November 2011 – November 2014", None),
    )
    assert got == [
        ("Tech Lead", "Nationwide Building Society", "2014-11", "2017-06"),
        ("Head of Architecture", "Shopitize Ltd", "2011-11", "2014-11"),
    ]


def test_reading_an_outline_leaves_the_lines_it_was_given_as_the_cv_writes_them() -> None:
    from app.documents.cv_lines import read_lines
    from app.documents.cv_structure import outline_from_lines
    from app.documents.package import DocxPackage

    d = docx.Document()
    d.add_paragraph("Ana Souza", style="Title")
    d.add_paragraph("Experience", style="Heading 1")
    for line in ("Analyst\tBanco Azul\t2023.24", "Intern\tBanco Verde\t2018.22", "Trainee\tBanco Rosa\t2008.10"):
        d.add_paragraph(line)
    lines = read_lines(DocxPackage(saved(d)))
    before = [line.text for line in lines]
    outline = outline_from_lines(lines)
    assert [(r.start.value, r.end.value) for r in outline.roles][-1] == ("2008", "2010")  # read in the CV's style
    assert [line.text for line in lines] == before  # the model is shown (and grounded on) the CV's own text
