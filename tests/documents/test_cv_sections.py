"""Which sections hold roles: headings in more languages and dresses, and dated entries of sections that hold none
(awards, grants, memberships, talks) never read as roles. Also legal forms written with dots ("S.p.A.")."""

from __future__ import annotations

import docx
import pytest

from app.documents.cv_legal_forms import has_legal_form
from app.documents.cv_lines import page_footer, read_lines
from app.documents.cv_structure import read_outline, read_sections
from app.documents.cv_vocab import has_org_word
from app.documents.package import DocxPackage
from tests.docx_build import docx_bytes, saved

ROLE = ("Data Analyst, Northwind Traders Ltd\tMar 2019 – Jun 2021", None)
BULLET = ("Built the reporting pipeline used by every team.", "List Bullet")


def _cv(*sections: tuple[str, list[tuple[str, str | None]]]) -> bytes:
    body = [(heading, "Heading 1") for heading, _ in sections]
    paragraphs: list[tuple[str, str | None]] = [("Kai Lindqvist", "Title"), ("kai.lindqvist@example.org", None)]
    for (heading, style), (_, lines) in zip(body, sections, strict=True):
        paragraphs += [(heading, style), *lines]
    return docx_bytes(*paragraphs)


@pytest.mark.parametrize(
    "heading",
    ["Erhvervserfaring", "Työkokemus", "職歴", "Beroepservaring", "Arbeidserfaring", "Berufliche Tätigkeiten"],
)
def test_a_role_heading_in_more_languages_opens_the_role_section(heading: str) -> None:
    out = read_outline(
        _cv(("Uddannelse", [("MSc Economics, Harbour University, 2014 – 2016", None)]), (heading, [ROLE, BULLET]))
    )
    assert [(r.title.value, r.employer.value, r.start.value) for r in out.roles] == [
        ("Data Analyst", "Northwind Traders Ltd", "2019-03")
    ]


@pytest.mark.parametrize(
    ("heading", "entry"),
    [
        ("Auszeichnungen", "Young Researcher Prize, European Geosciences Union\t2018 – 2019"),
        ("Stipendien und Fördermittel", "Doctoral Fellowship, National Science Foundation\t2016 – 2019"),
        ("Mitgliedschaften", "Member, Royal Geographical Society\t2015 – present"),
        ("Conférences et séminaires", "Keynote, Data Science Summit, Lyon\tMay 2019 – Jun 2019"),
        ("Medlemskaber", "European Geosciences Union\t2012 – Present"),
        ("受賞歴", "Best Paper Award, International Conference on Data Engineering\t2019 – 2020"),
    ],
)
def test_dated_entries_under_a_non_role_heading_after_the_roles_are_no_roles(heading: str, entry: str) -> None:
    out = read_outline(_cv(("Berufserfahrung", [ROLE, BULLET]), (heading, [(entry, None), (entry, None)])))
    assert [r.title.value for r in out.roles] == ["Data Analyst"]


def _bulleted_headings(marks: tuple[str, str, str]) -> bytes:
    d = docx.Document()
    d.add_paragraph("Kai Lindqvist", style="Title")
    d.add_paragraph("kai.lindqvist@example.org")
    for mark, heading, entry in zip(
        marks,
        ("Experience", "Awards", "Education"),
        (ROLE[0], "Young Researcher Prize, European Geosciences Union\t2018 – 2019", "MSc Economics, Leeds, 2014"),
        strict=True,
    ):
        d.add_paragraph().add_run(f"{mark}{heading}").bold = True
        d.add_paragraph(entry)
    return saved(d)


@pytest.mark.parametrize("marks", [("● ", "● ", "● "), ("1. ", "2. ", "3. "), ("■ ", "■ ", "■ ")])
def test_headings_typed_after_a_bullet_or_a_number_open_their_sections(marks: tuple[str, str, str]) -> None:
    out = read_outline(_bulleted_headings(marks))
    assert [r.title.value for r in out.roles] == ["Data Analyst"]  # the prize under "● Awards" is no role


def test_a_bold_bullet_naming_a_heading_word_in_a_list_stays_a_bullet() -> None:
    d = docx.Document()
    d.add_paragraph("Kai Lindqvist", style="Title")
    d.add_paragraph("kai.lindqvist@example.org")
    d.add_paragraph("Experience", style="Heading 1")
    d.add_paragraph(ROLE[0])
    for word in ("Leadership", "Teaching"):
        d.add_paragraph().add_run(f"• {word}").bold = True
    out = read_outline(saved(d))
    assert [b.text for b in out.roles[0].bullets] == ["Leadership", "Teaching"]


@pytest.mark.parametrize(
    "employer", ["Enel S.p.A.", "Luxottica S.r.l.", "Fabbrica s.r.l.", "Ricerca s.p.a.", "Northwind L.L.C."]
)
def test_a_legal_form_written_with_dots_marks_an_employer(employer: str) -> None:
    assert has_legal_form(employer) and has_org_word(employer)


@pytest.mark.parametrize("text", ["Acme inc", "see e.g.", "salary 30k p.a.", "N.A."])
def test_lower_case_words_and_two_dotted_letters_are_no_legal_form(text: str) -> None:
    assert not has_legal_form(text)


@pytest.mark.parametrize("employer", ["Banco Santander", "Sparkasse Köln", "Yayasan Cinta Anak", "Stiftung Warentest"])
def test_a_kind_of_organisation_a_law_names_marks_an_employer(employer: str) -> None:
    assert has_org_word(employer)


def test_an_employer_named_by_its_kind_is_read_as_the_employer() -> None:
    out = read_outline(
        _cv(("Experiencia laboral", [("Analista de datos, Banco Meridional\t2017 – 2020", None), BULLET]))
    )
    assert [(r.title.value, r.employer.value) for r in out.roles] == [("Analista de datos", "Banco Meridional")]


def _marked_cv(marks: tuple[str, ...], headings: tuple[str, ...], entries: tuple[str, ...]) -> bytes:
    d = docx.Document()
    d.add_paragraph("Kai Lindqvist", style="Title")
    d.add_paragraph("kai.lindqvist@example.org")
    for mark, heading, entry in zip(marks, headings, entries, strict=True):
        run = d.add_paragraph().add_run(f"{mark}{heading}")
        run.bold = True
        run.font.size = docx.shared.Pt(12)
        d.add_paragraph(entry)
    return saved(d)


PRIZE = "Best Paper Award, International Conference on Data Engineering\t2018 – 2019"


@pytest.mark.parametrize("marks", [("● ", "● ", "● ", "● "), ("1. ", "2. ", "3. ", "4. "), ("🎓 ", "💼 ", "📚 ", "★ ")])
def test_a_heading_in_unknown_words_marked_as_the_known_ones_closes_the_roles(marks: tuple[str, ...]) -> None:
    out = read_outline(
        _marked_cv(marks, ("Experience", "Laurels", "Education", "Awards"), (ROLE[0], PRIZE, "MSc, Leeds, 2014", PRIZE))
    )
    assert [r.title.value for r in out.roles] == ["Data Analyst"]  # "Laurels" is read as a heading by its mark


def test_a_line_marked_as_the_headings_over_dated_posts_groups_roles() -> None:
    out = read_outline(
        _marked_cv(
            ("● ", "● ", "● ", "● "),
            ("Experience", "Northwind Group", "Education", "Awards"),
            (ROLE[0], "Senior Analyst, Northwind Traders Ltd\tJul 2021 – Present", "MSc, Leeds, 2014", PRIZE),
        )
    )
    assert [r.title.value for r in out.roles] == ["Data Analyst", "Senior Analyst"]


def _table_cv(rows: list[tuple[str, list[str]]]) -> bytes:
    d = docx.Document()
    d.add_paragraph("Kai Lindqvist", style="Title")
    d.add_paragraph("kai.lindqvist@example.org")
    table = d.add_table(rows=len(rows), cols=2)
    for row, (heading, entries) in zip(table.rows, rows, strict=True):
        row.cells[0].paragraphs[0].add_run(heading).bold = True
        row.cells[1].paragraphs[0].add_run(entries[0])
        for entry in entries[1:]:
            row.cells[1].add_paragraph(entry)
    return saved(d)


def test_a_heading_in_unknown_words_beside_its_section_in_a_table_row_opens_a_section() -> None:
    data = _table_cv(
        [
            ("EXPERIENCE", [ROLE[0], BULLET[0]]),
            ("LAURELS", [PRIZE, PRIZE]),
            ("EDUCATION", ["MSc Economics, Leeds, 2014", "BSc Economics, Leeds, 2012"]),
            ("AWARDS", [PRIZE, PRIZE]),
        ]
    )
    lines, _ = page_footer(read_lines(DocxPackage(data)))
    sections, which = read_sections(lines)
    laurels = next(k for k, s in enumerate(sections) if s.title == "LAURELS")
    assert laurels not in which and [x.text for x in sections[laurels].lines] == [PRIZE, PRIZE]


def test_side_headings_one_a_row_each_open_their_own_section() -> None:
    degree = "MSc Economics, Harbour University, 2014 – 2016"
    rows = [("EXPERIENCE", [ROLE[0]]), ("EDUCATION", [degree])]
    lines, _ = page_footer(read_lines(DocxPackage(_table_cv(rows))))
    sections, _ = read_sections(lines)
    assert [(s.kind, [x.text for x in s.lines]) for s in sections[1:]] == [
        ("experience", [ROLE[0]]),
        ("education", [degree]),
    ]


def test_a_heading_in_unknown_words_dressed_and_sized_as_the_known_ones_closes_the_roles() -> None:
    data = _marked_cv(("",) * 4, ("Experience", "Laurels", "Education", "Awards"), (ROLE[0], PRIZE, "MSc, 2014", PRIZE))
    lines, _ = page_footer(read_lines(DocxPackage(data)))
    sections, which = read_sections(lines)
    laurels = next(k for k, s in enumerate(sections) if s.title == "Laurels")
    assert laurels not in which and [x.text for x in sections[laurels].lines] == [PRIZE]


def test_a_line_dressed_as_the_headings_over_roles_with_bullets_stays_in_the_roles() -> None:
    d = docx.Document()
    d.add_paragraph("Kai Lindqvist", style="Title")
    d.add_paragraph("kai.lindqvist@example.org")
    for text, entries in (
        ("Experience", [ROLE[0], BULLET[0]]),
        ("Northwind Group", ["Pricing, Northwind Traders Ltd\tJul 2021 – Present", BULLET[0]]),
        ("Education", ["MSc Economics, Leeds, 2014"]),
        ("Awards", [PRIZE]),
    ):
        run = d.add_paragraph().add_run(text)
        run.bold, run.font.size = True, docx.shared.Pt(12)
        for entry in entries:
            d.add_paragraph(entry, style="List Bullet" if entry == BULLET[0] else None)
    lines, _ = page_footer(read_lines(DocxPackage(saved(d))))
    sections, which = read_sections(lines)
    assert [s.title for k, s in enumerate(sections) if k in which] == ["Experience"]
    assert "Northwind Group" in [x.text for x in sections[1].lines]


def test_a_section_in_unknown_words_listing_posts_with_their_bullets_gives_roles() -> None:
    second = "Pricing Analyst, Globex GmbH\tJul 2021 – Present"
    data = _cv(
        ("Experience", [("Intern, Contoso Ltd\tJun 2013 – Aug 2013", None), BULLET]),
        ("Education", [("MSc Economics, Harbour University, 2014 – 2016", None)]),
        ("Stationen", [ROLE, BULLET, (second, None), BULLET]),
        ("Awards", [(PRIZE, None)]),
    )
    assert [r.title.value for r in read_outline(data).roles] == ["Intern", "Data Analyst", "Pricing Analyst"]


def test_a_section_in_unknown_words_listing_dated_entries_with_no_bullets_gives_none() -> None:
    data = _cv(
        ("Experience", [ROLE, BULLET]),
        ("Ehrenpreise", [("Research Fellowship, Harbour University\t2016 – 2017", None), (PRIZE, None)]),
        ("Education", [("MSc Economics, Harbour University, 2014 – 2016", None)]),
    )
    assert [r.title.value for r in read_outline(data).roles] == ["Data Analyst"]


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("Member, Association for Computing Machinery\t2016 – Present", False),
        ("Student Member, Royal Geographical Society\t2012 – 2015", False),
        ("Member of Technical Staff, Northwind Labs\t2016 – 2019", True),
    ],
)
def test_a_bare_membership_of_a_society_under_roles_is_no_post(line: str, kept: bool) -> None:
    out = read_outline(_cv(("Experience", [ROLE, BULLET, (line, None)])))
    assert len(out.roles) == 1 + kept
