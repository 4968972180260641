"""From fresh tune seeds of the international roles set: a volunteering heading dressed as the posts' titles are (a
LinkedIn export, every line bold) still ends the posts above it when no post could be named so ("العمل التطوعي",
volunteer work; "Volunteer" alone stays a post); "Kıdemli Yazılım Mühendisi" (senior software engineer) is one post,
not a firm "Kıdemli Yazılım" and a post; "Şub - Kas 2014" is February to November 2014, a month's short name
before a dash and a month with its year. Every CV here is made up."""

from __future__ import annotations

import docx

from app.documents.cv_dates import find_dates
from app.documents.cv_structure import read_outline
from tests.docx_build import saved


def _bold_or_plain(*lines: tuple[str, bool]) -> bytes:
    d = docx.Document()
    d.add_paragraph("Layla Haddad", style="Title")
    d.add_paragraph("layla.haddad@example.jo")
    d.add_paragraph("الخبرات العملية", style="Heading 1")
    for text, bold in lines:
        d.add_paragraph().add_run(text).bold = bold
    return saved(d)


def _roles(data: bytes) -> list[tuple[str, str, str, str]]:
    return [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in read_outline(data).roles]


def test_a_volunteering_heading_dressed_as_the_titles_ends_the_posts() -> None:
    data = _bold_or_plain(
        ("بائع", True),
        ("كارفور", False),
        ("أبريل 2011 - أكتوبر 2013 · 2 سنة 7 شهر", False),
        ("العمل التطوعي", True),
        ("متطوعة, بنك الطعام المصري\tيناير 2022 - حتى الآن", False),
    )
    assert _roles(data) == [
        ("بائع", "كارفور", "2011-04", "2013-10"),
        ("متطوعة", "بنك الطعام المصري", "2022-01", "present"),
    ]


def test_volunteer_alone_dressed_as_the_titles_is_still_a_post() -> None:
    """Guard: "Volunteer" names a post as well as a section; dressed as the titles, over its own employer, it is one."""
    data = _bold_or_plain(
        ("Sales Assistant", True),
        ("Carrefour", False),
        ("April 2011 - October 2013", False),
        ("Volunteer", True),
        ("Red Crescent", False),
        ("January 2022 - Present", False),
    )
    assert _roles(data)[1][:2] == ("Volunteer", "Red Crescent")


def test_a_turkish_senior_post_is_one_post() -> None:
    data = _bold_or_plain(
        ("Aselsan A.Ş.", True),
        ("Takım Lideri", True),
        ("Eyl 2020 - Şub 2022", False),
        ("Kıdemli Yazılım Mühendisi", True),
        ("Nis 2017 - Ağu 2020", False),
    )
    assert _roles(data)[1] == ("Kıdemli Yazılım Mühendisi", "Aselsan A.Ş.", "2017-04", "2020-08")


def test_a_months_short_name_before_a_dash_and_a_month_with_its_year() -> None:
    spans = [find_dates(t) for t in ("Şub - Kas 2014", "lis – gru 2019")]
    assert [(s.start, s.end) for s in spans if s] == [("2014-02", "2014-11"), ("2019-11", "2019-12")]


def test_a_short_name_that_is_a_word_is_no_month_without_a_year_or_a_range() -> None:
    """Guard: "des" before "projets" is a French article, not December."""
    span = find_dates("des projets - Nov 2014")
    assert span is not None and (span.start, span.end) == ("2014-11", "2014-11")
