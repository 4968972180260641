"""Rules written on the seventh round's tune-half misses (2026-12-02): each shape is built here, not taken from a file.

A head line ending in a full stop, "Title with Organisation", "Working" as the end of a range, and a template's
leftover word above the seeker's name.
"""

from __future__ import annotations

from docx.document import Document
from docx.shared import Pt

from app.documents.cv_dates import find_dates
from app.documents.cv_head_line import line_segments
from app.documents.cv_structure import read_outline
from app.documents.cv_vocab import role_score
from tests.docx_build import cv_around_one_role, named_cv


def _roles(*paragraphs: tuple[str, str | None]) -> list[tuple[str, str, str]]:
    return [(r.title.value, r.employer.value, r.place.value) for r in read_outline(named_cv(*paragraphs)).roles]


def test_a_head_line_of_names_ending_in_a_full_stop_is_still_a_head_line() -> None:
    got = _roles(
        ("Experience", "Heading 1"),
        ("February, 2010 — March, 2017", None),
        ("College Instructor at Velez College (Cebu City, Philippines).", None),
        ("I acted as a college instructor and there I started my journey into coding.", None),
    )
    assert got == [("College Instructor", "Velez College", "Cebu City, Philippines")]


def test_a_sentence_ending_in_a_full_stop_is_no_head_line() -> None:
    got = _roles(
        ("Experience", "Heading 1"),
        ("Support Analyst, Northwind Traders, 2021 – 2023", None),
        ("Worked with the service desk team on tickets raised by staff at the head office.", None),
    )
    assert got == [("Support Analyst", "Northwind Traders", "")]


def test_a_name_after_with_is_the_employer_but_a_skill_is_not() -> None:
    assert line_segments("Real Time Analyst with Accenture") == [("Real Time Analyst", False), ("Accenture", True)]
    assert line_segments("Consultant with Deloitte Digital") == [("Consultant", False), ("Deloitte Digital", True)]
    assert line_segments("Engineer with Python") == [("Engineer with Python", False)]


def test_working_ends_a_range_as_present() -> None:
    span = find_dates("Jan 2020 - Working")
    assert span is not None and (span.start, span.end) == ("2020-01", "present")


def _top(*lines: tuple[str, int]) -> bytes:
    """A CV whose top holds these (text, point size) lines."""

    def write(d: Document) -> None:
        for text, size in lines:
            d.add_paragraph().add_run(text).font.size = Pt(size)

    return cv_around_one_role(write)


def test_a_leftover_word_over_the_name_gives_way_to_the_name() -> None:
    # a template's word left in a tiny text above the name, in a look of its own
    data = _top(("Sample", 6), ("Jonathan Pfeiffer, CPA", 20), ("Estero, FL | jp@example.org", 11))
    name = read_outline(data).name
    assert name.value == "Jonathan Pfeiffer" and name.confidence < 0.9


def test_a_name_broken_over_two_lines_is_kept_whole() -> None:
    data = _top(("JORDAN", 20), ("SMITH", 20), ("jordan.smith@example.org", 11))
    assert read_outline(data).name.value.lower() == "jordan smith"


def test_the_word_for_at_in_other_languages_parts_title_and_employer() -> None:
    assert line_segments("Impiegata amministrativa presso Ferrero S.p.A.") == [
        ("Impiegata amministrativa", False),
        ("Ferrero S.p.A.", True),
    ]
    assert line_segments("Verpleegkundige bij Rijnstate") == [("Verpleegkundige", False), ("Rijnstate", True)]
    assert line_segments("Konsult hos Accenture") == [("Konsult", False), ("Accenture", True)]


def test_an_abbreviation_keeps_its_stop_and_a_sentence_loses_it() -> None:
    assert line_segments("Engineer at Acme Inc.") == [("Engineer", False), ("Acme Inc.", True)]
    assert line_segments("Analyst at Northwind Traders.") == [("Analyst", False), ("Northwind Traders", True)]


def test_a_range_with_an_arrow_a_spaced_slash_labels_or_a_bracketed_present_is_read() -> None:
    for text, want in (
        ("Jan 2019 > Dec 2020", ("2019-01", "2020-12")),
        ("Jan 2019 - (present)", ("2019-01", "present")),
        ("Jan 2019 / Dec 2020", ("2019-01", "2020-12")),
        ("From: Jan 2019 To: Dec 2020", ("2019-01", "2020-12")),
    ):
        span = find_dates(text)
        assert span is not None and (span.start, span.end) == want


def test_labelled_pieces_on_one_line_are_each_read_by_their_label() -> None:
    assert line_segments("Employer: Northwind Traders | Role: Support Analyst") == [
        ("Northwind Traders", True),
        ("Support Analyst", False),
    ]


def test_a_line_opening_with_at_names_the_employer() -> None:
    assert line_segments("at Northwind Traders") == [("Northwind Traders", True)]
    got = _roles(
        ("Experience", "Heading 1"),
        ("Support Analyst\t2021 – Present", None),
        ("at Northwind Traders", None),
        ("Handled tickets raised by the staff of forty stores", "List Bullet"),
        ("Education", "Heading 1"),
        ("BSc Computer Science, University of Leeds, 2020", None),
    )
    assert got == [("Support Analyst", "Northwind Traders", "")]


def test_the_posts_of_trades_and_services_are_titles() -> None:
    for title in (
        "Bank Teller",
        "Janitor",
        "Firefighter",
        "Concierge",
        "Roofer",
        "Phlebotomist",
        "Busser",
        "Car Salesman",
    ):
        assert role_score(title) >= 1, title
    got = _roles(
        ("Experience", "Heading 1"),
        ("Chase — Bank Teller\t2021 – Present", None),
        ("Counted cash drawers and opened accounts for customers", "List Bullet"),
        ("Education", "Heading 1"),
        ("BSc Finance, University of Leeds, 2020", None),
    )
    assert got == [("Bank Teller", "Chase", "")]


def test_years_parted_by_a_pipe_are_a_list_not_a_range() -> None:
    span = find_dates("2018 | 2020 | 2021")
    assert span is not None and (span.start, span.end) == ("2018", "2018")


def test_at_the_before_a_name_parts_the_title_from_its_employer() -> None:
    got = _roles(
        ("Experience", "Heading 1"),
        ("Research Assistant at the University of Oslo\t\t2015 – 2018", None),
        ("Ran the lab's field surveys and wrote the reports.", "List Bullet"),
        ("Volunteer at the Seattle Aquarium, Seattle, WA\t\t2012 – 2015", None),
        ("Guided school groups through the exhibits.", "List Bullet"),
        ("Receptionist at The Ohio State University\t\t2010 – 2012", None),
        ("Answered the front desk's phones.", "List Bullet"),
    )
    assert got == [
        ("Research Assistant", "University of Oslo", ""),
        ("Volunteer", "Seattle Aquarium", "Seattle, WA"),
        ("Receptionist", "The Ohio State University", ""),
    ]
