"""Fields of a role line written with no separator are told apart by where their words change their look:
"**Vice President of Marketing** Options Network" is a title in bold, then its employer."""

from __future__ import annotations

import docx

from app.documents.cv_lines import read_lines
from app.documents.cv_outline import CvOutline
from app.documents.cv_structure import read_outline
from app.documents.package import DocxPackage
from tests.docx_build import saved

Run = tuple[str, bool, bool]  # text, bold, italic


def _document(*paragraphs: tuple[list[Run], str | None]) -> bytes:
    d = docx.Document()
    for runs, style in [
        ([("Sam Okoro", False, False)], "Title"),
        ([("sam.okoro@example.org", False, False)], None),
        ([("Experience", False, False)], "Heading 1"),
        *paragraphs,
    ]:
        p = d.add_paragraph(style=style)
        for text, bold, italic in runs:
            r = p.add_run(text)
            r.bold, r.italic = bold or None, italic or None
    return saved(d)


def _plain(text: str) -> tuple[list[Run], None]:
    return [(text, False, False)], None


def _outline(*paragraphs: tuple[list[Run], str | None]) -> CvOutline:
    return read_outline(_document(*paragraphs))


def test_a_title_in_bold_then_its_employer_with_no_separator_are_two_fields() -> None:
    outline = _outline(
        ([("Vice President of Marketing", True, False), (" Options Strategy Network", False, False)], None),
        _plain("March 2016 – February 2017"),
        _plain("Ran the quarterly campaigns and the newsletter for the members."),
        ([("Chief Executive Officer", True, False), (" Stuy Ink Publishing", False, False)], None),
        _plain("January 2015 – June 2016"),
        _plain("Published two student magazines a year and sold the advertising in them."),
    )
    pairs = [(r.title.value, r.employer.value) for r in outline.roles]
    assert pairs == [
        ("Vice President of Marketing", "Options Strategy Network"),
        ("Chief Executive Officer", "Stuy Ink Publishing"),
    ]


def test_a_small_word_in_a_look_of_its_own_joins_the_words_around_it() -> None:
    data = _document(
        (
            [
                ("Secretary", True, False),
                (" of the ", False, True),
                ("Physics Society", False, False),
                (" (2014 – 2015)", False, False),
            ],
            None,
        )
    )
    line = next(x for x in read_lines(DocxPackage(data)) if x.text.startswith("Secretary"))
    assert line.breaks == ()
    assert line.marked() == line.text


def test_words_that_change_their_look_after_a_comma_or_pipe_are_not_marked_again() -> None:
    data = _document(
        ([("Data Analyst", True, False), (" | Initech Corp, ", False, False), ("Leeds", False, True)], None)
    )
    line = next(x for x in read_lines(DocxPackage(data)) if x.text.startswith("Data Analyst"))
    assert line.breaks == ()


def test_a_line_whose_words_keep_one_look_reads_as_before() -> None:
    data = _document(([("Data Analyst ", True, False), ("Initech Corp", True, False)], None))
    line = next(x for x in read_lines(DocxPackage(data)) if x.text.startswith("Data Analyst"))
    assert line.breaks == ()
    assert "\t" not in line.marked()


def test_a_slash_inside_an_italic_title_does_not_part_it_from_its_employer() -> None:
    outline = _outline(
        _plain("October, 2019 - November, 2021"),
        ([("Reports Analyst / BI Developer", False, True), (" Qualfon (Cebu City, Philippines).", False, False)], None),
        _plain("Reported on every company site with dashboards and notebooks."),
        _plain("October, 2017 - October, 2019"),
        (
            [("Data Analyst / Real Time Analyst", False, True), (" Accenture (Cebu City, Philippines).", False, False)],
            None,
        ),
        _plain("Analysed the production data of the teams supported."),
    )
    got = [(r.title.value, r.employer.value, r.place.value) for r in outline.roles]
    assert got == [
        ("Reports Analyst / BI Developer", "Qualfon", "Cebu City, Philippines"),
        ("Data Analyst / Real Time Analyst", "Accenture", "Cebu City, Philippines"),
    ]


def test_a_reading_by_looks_that_drops_words_keeps_the_reading_by_words() -> None:
    outline = _outline(
        (
            [
                ("Internet Marketing Coordinator | Operations & Marketing", False, False),
                (" Khan Tutorial Centre", True, False),
                ("\tAugust 2014 – Present", False, False),
            ],
            None,
        ),
        _plain("Ran the centre's advertising on search engines and social media."),
    )
    assert [(r.title.value, r.employer.value) for r in outline.roles] == [
        ("Internet Marketing Coordinator", "Operations & Marketing Khan Tutorial Centre")
    ]
