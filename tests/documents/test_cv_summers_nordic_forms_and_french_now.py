"""Role lines from the corpus's tune files, each read wrong before:

- "Concord Country Club, Concord, MA" over "Caddy, summers 2012-2014": "summers" says when in each year the post was
  held; it was read as part of the title ("Caddy, summers");
- "2013-2024" over "Skogsmaskinsförare • Anställd av Sjölanders Skogsentreprenad AB i Gnarp": a Swedish "AB" (two
  letters, too short to tell from an acronym alone) followed by "i" and a village: the village was read as part of
  the employer's name;
- "Du 01/03/2013 au mtn": "mtn", French shorthand for "maintenant" (now), was no end, so the post read as one month.
"""

from __future__ import annotations

from app.documents.cv_dates import find_dates
from app.documents.cv_head_line import line_segments
from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes


def _roles(data: bytes) -> list[tuple[str, str, str, str, str]]:
    return [
        (r.title.value, r.employer.value, r.place.value, r.start.value, r.end.value) for r in read_outline(data).roles
    ]


def test_a_season_in_the_plural_before_the_years_belongs_to_the_dates_not_the_title() -> None:
    for text, start, end in (
        ("Sailing Instructor, summers 2015-2017", "2015", "2017"),
        ("Lifeguard (Summers 2010 – 2012)", "2010", "2012"),
        ("Ski Patroller, winters of 2019-2021", "2019", "2021"),
    ):
        span = find_dates(text)
        assert span is not None and (span.start, span.end) == (start, end), text
        assert text[: span.begin].rstrip(" ,(") == text.split(",")[0].split(" (")[0], text
    data = docx_bytes(
        ("Dana Whitfield", "Title"),
        ("dana.whitfield@example.org", None),
        ("Experience", "Heading 1"),
        ("Mystic Harbor Sailing Club, Mystic, CT", None),
        ("Sailing Instructor, summers 2015-2017", None),
        ("Taught beginners' classes and ran the junior regatta.", "List Bullet"),
        ("Wesleyan University, Middletown, CT", None),
        ("Research Assistant, 2018-2019", None),
        ("Coded interviews for a sociology study.", "List Bullet"),
    )
    assert _roles(data) == [
        ("Sailing Instructor", "Mystic Harbor Sailing Club", "Mystic, CT", "2015", "2017"),
        ("Research Assistant", "Wesleyan University", "Middletown, CT", "2018", "2019"),
    ]


def test_a_nordic_two_letter_form_before_i_and_a_village_ends_the_employers_name() -> None:
    data = docx_bytes(
        ("CV", None),
        ("Lars Nyberg", "Title"),
        ("lars.nyberg@example.org", None),
        ("Arbetslivserfarenhet", "Heading 1"),
        ("2014-2023", None),
        ("Maskinförare • Anställd av Ljusdals Skogstjänst AB i Järvsö", None),
        ("2011-2014", None),
        ("Maskinförare • Anställd av Nordkalk Entreprenad Oy i Kiruna", None),
    )
    roles = [(title, employer, start, end) for title, employer, _, start, end in _roles(data)]
    assert roles == [
        ("Maskinförare", "Ljusdals Skogstjänst AB", "2014", "2023"),
        ("Maskinförare", "Nordkalk Entreprenad Oy", "2011", "2014"),
    ]


def test_a_two_letter_word_before_in_and_a_small_town_stays_in_the_name() -> None:
    """Only the Nordic "i" makes a two-letter form one: before "in" the words stay the employer's."""
    assert line_segments("Technician • employed by Bio Lab AS in Grimsby Ashby") == [
        ("Technician", False),
        ("Bio Lab AS in Grimsby Ashby", True),
    ]
    assert line_segments("Technician • Anställd av Bio Lab AS i Grimsby Ashby") == [
        ("Technician", False),
        ("Bio Lab AS", True),
        ("Grimsby Ashby", False),
    ]


def test_mtn_after_au_ends_a_french_range_as_going_on() -> None:
    span = find_dates("Du 01/03/2013 au mtn  Paris France")
    assert span is not None and (span.start, span.end) == ("2013-03", "present")
    assert find_dates("mtn") is None  # alone it is no date


def test_begin_before_a_date_starts_a_post_that_goes_on() -> None:
    """ "Research Assistance | Begin May 2025" (a round-45 tune file's table row) was read as one month."""
    for text, start in (("Begin May 2025", "2025-05"), ("Beginning in September 2021", "2021-09")):
        span = find_dates(text)
        assert span is not None and (span.start, span.end) == (start, "present"), text
    assert find_dates("Begin") is None
