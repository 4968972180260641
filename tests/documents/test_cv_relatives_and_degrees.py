"""Dated lines that are no post: a degree written "M.S. in …" / "BS in …" (as "MSc" and "PhD in" already were), a talk
or a poster given at a meeting ("Oral talk", "Poster"; a "Guest Lecturer" holds a post), reviewing for a journal or
a funder ("Reviewer for the Swiss National Science Foundation"; an "Associate Editor" holds a post), and a
post-Soviet CV's table of the seeker's relatives ("Отаси" - father - with his name and birth year). From tune files
of the corpus (a Boston postdoc's CV with no headings, an Uzbek ma'lumotnoma)."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes


def _titles(*lines: str) -> list[str]:
    data = docx_bytes(
        ("Chenxi Liang", "Title"),
        ("alexis.moreau@example.org", None),
        ("Experience", "Heading 1"),
        ("Postdoctoral Associate, Massachusetts Institute of Technology\t2019 – Present", None),
        ("Built models of antibody responses.", "List Bullet"),
        *((line, None) for line in lines),
    )
    return [r.title.value for r in read_outline(data).roles]


def test_a_degree_written_with_its_dotted_letters_is_no_post() -> None:
    titles = _titles(
        "M.S. in Electronics Engineering and Computer Science, Peking University\t2009 – 2012",
        "B.S. in Computer Science, Jilin University\t2005 – 2009",
    )
    assert titles == ["Postdoctoral Associate"]


def test_the_seekers_relatives_are_no_posts() -> None:
    titles = _titles(
        "Отаси\tНуриддинов Бахтиёр Каримович\t1976",
        "Онаси\tРахимова Дилноза Олимовна\t1978",
        "Сестра\tКаримова Мадина Бахтиёровна\t2005",
    )
    assert titles == ["Postdoctoral Associate"]


def test_a_talk_or_a_poster_given_at_a_meeting_is_no_post() -> None:
    titles = _titles(
        "Oral talk, Single Cell Biology Keystone Symposium, Colorado\tJan 2019",
        "Poster, International Society for Computational Biology (ISCB), Chicago\tJul 2018",
        "Guest Lecturer, Boston University\t2018 – 2019",
    )
    assert titles == ["Postdoctoral Associate", "Guest Lecturer"]


def test_reviewing_for_a_journal_or_a_funder_is_no_post() -> None:
    titles = _titles(
        "Reviewer for the Swiss National Science Foundation, Switzerland\t2019",
        "Reviewer for the Natural Science and Engineering Research Council (NSERC), Canada\t2019",
        "Associate Editor, People and Nature\t2021 – Present",
    )
    assert titles == ["Postdoctoral Associate", "Associate Editor"]
