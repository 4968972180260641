"""The reader turns both fixture CVs into sections, entries, bullets, skills and contact details."""

from __future__ import annotations

from app.documents import read_cv
from app.documents.cv_structure import read_outline
from app.documents.reader import split_skills
from tests.docx_build import named_cv


def test_read_cv_finds_styled_sections_in_order(alex_cv):
    cv = read_cv(alex_cv)
    assert cv.name == "Alex Morgan"
    assert [(s.title, s.kind) for s in cv.sections] == [
        ("Professional Summary", "summary"),
        ("Key Skills", "skills"),
        ("Experience", "experience"),
        ("Education", "education"),
        ("Certifications", "certifications"),
        ("Referees", "referees"),
    ]


def test_read_cv_parses_roles_with_dates_place_and_bullets(alex_cv):
    cv = read_cv(alex_cv)
    first = cv.entries[0]
    assert (first.title, first.organisation, first.dates, first.place, first.current) == (
        "Senior Data Engineer",
        "Tasman Analytics",
        "Mar 2021 – Present",
        "Hobart, TAS (remote-first)",
        True,
    )
    assert [cv.text_of(b)[:8] for b in first.bullet_ids] == ["Migrated", "Designed", "Introduc", "Mentored"]
    assert [e.organisation for e in cv.entries] == [
        "Tasman Analytics",
        "Southern Cross Energy",
        "Apple Isle Insurance",
        "University of Tasmania",
    ]


def test_read_cv_gives_stable_ids_across_reads(alex_cv, priya_cv):
    for data in (alex_cv, priya_cv):
        first, second = read_cv(data), read_cv(data)
        assert [(p.id, p.text) for p in first.paragraphs] == [(p.id, p.text) for p in second.paragraphs]


def test_read_cv_reads_table_layout_header_and_footer(priya_cv):
    cv = read_cv(priya_cv)
    assert cv.name == "Priya Natarajan"
    by_title = {s.title: s for s in cv.sections}
    assert by_title["Skills"].container == "t0r0c0"
    assert by_title["Experience"].container == "t0r0c1"
    assert by_title["Volunteering"].container == "body"
    assert cv.paragraph("h0p0").kind == "contact"
    assert cv.paragraph("f0p0").text == "Priya Natarajan – CV – page 1"
    assert {(c.kind, c.value) for c in cv.contacts} >= {
        ("email", "priya.n@example.org"),
        ("phone", "+44 7700 900123"),
        ("url", "example.org/priya"),
    }


def test_read_cv_joins_runs_split_mid_word_and_keeps_typography(priya_cv):
    cv = read_cv(priya_cv)
    text = "\n".join(p.text for p in cv.paragraphs)
    assert "Programme Manager – delivery" in text  # "Mana" + "ger" are two runs
    assert "turning “stuck” programmes" in text
    assert "Café Lumière Group" in [e.organisation for e in cv.entries]
    assert "Zoë’s Reading Trust" in text
    assert "Portfolio: example.org/priya" in text  # the hyperlink's text is part of its paragraph


def test_read_cv_parses_entries_in_table_cells(priya_cv):
    cv = read_cv(priya_cv)
    roles = [(e.title, e.organisation, e.place, e.dates) for e in cv.entries if e.section_id == "t0r0c1p2"]
    assert roles == [
        ("Senior Programme Manager", "Northbridge Bank", "London", "2020 – present"),
        ("Programme Manager", "Department for Digital Services", "Manchester", "2016 – 2020"),
        ("Project Manager", "Café Lumière Group", "Leeds", "2013 – 2016"),
    ]
    numbered = [cv.paragraph(b) for b in cv.entries[0].bullet_ids]
    assert all(p.list_item and p.style == "List Number" for p in numbered)


def test_read_cv_lists_skills_from_skill_lines(alex_cv, priya_cv):
    assert read_cv(alex_cv).skills[:4] == ["Python", "SQL", "PySpark", "Bash"]
    assert {"Scrum", "SAFe", "Jira", "Confluence", "PRINCE2 Practitioner"} <= set(read_cv(priya_cv).skills)


def test_split_skills_handles_labels_parentheses_and_pairs():
    assert split_skills("Platforms: Azure Synapse, Databricks") == ["Azure Synapse", "Databricks"]
    assert split_skills("Agile delivery (Scrum, SAFe)") == ["Agile delivery", "Scrum", "SAFe"]
    assert split_skills("Risk and issue management") == ["Risk and issue management"]


def test_read_cv_marks_role_lines_and_contacts_not_editable(alex_cv):
    cv = read_cv(alex_cv)
    kinds = {p.id: (p.kind, p.editable) for p in cv.paragraphs}
    assert kinds["p1"] == ("contact", False)
    assert kinds["p10"] == ("entry", False)
    assert kinds["p11"] == ("place", False)
    assert kinds["p12"] == ("bullet", True)


def test_a_symbol_fonts_space_opening_a_role_line_is_a_space_not_a_bullet() -> None:
    # U+F020 is the space of a symbol font as Word keeps it; the private-use characters around it are bullets
    data = named_cv(
        ("On-campus Experience", "Heading 1"),
        ("\t\t  RESIDENT ASSISTANT UMBC", None),
        ("\t\t  AUGUST 2018 – PRESENT", None),
        ("Planned events for the residents of two halls.", "List Bullet"),
        ("\t\t\uf020TECHNICAL THEATRE ASSISTANT UMBC", None),
        ("\t\t  SEPTEMBER 2015 – MAY 2017", None),
        ("Coordinated the student employees' schedules.", "List Bullet"),
    )
    assert [(r.title.value, r.start.value) for r in read_outline(data).roles] == [
        ("RESIDENT ASSISTANT", "2018-08"),
        ("TECHNICAL THEATRE ASSISTANT", "2015-09"),
    ]
