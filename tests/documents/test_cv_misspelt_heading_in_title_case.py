"""A section headed "Employement" (a round-37 tune file's Heading 1): the misspelt heading was read as no heading
word, so a post whose own employer line was not read took the heading as its employer. One word of ten letters or
more, in title case, one letter off a heading word inside the word (not at its end, where it makes another word:
"Certificate", "Experienced"), is that heading misspelt."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from app.documents.cv_vocab import heading_kind
from tests.docx_build import docx_bytes


def test_a_long_misspelt_heading_word_in_title_case_is_the_heading() -> None:
    for word in ("Employement", "Experiance", "Expereince", "Volunteerng"):
        assert heading_kind(word) is not None, word


def test_a_word_one_letter_off_a_heading_at_its_end_or_a_short_one_is_no_heading() -> None:
    for word in ("Experienced", "Communication", "Experian", "Rasmussen", "Educaton"):
        assert heading_kind(word) is None, word


def test_the_misspelt_heading_is_no_posts_employer() -> None:
    data = docx_bytes(
        ("Jordan Moreau", "Title"),
        ("jordan.moreau@example.org", None),
        ("Summary", "Heading 1"),
        ("Developer with ten years of web work.", None),
        ("Employement", "Heading 1"),
        ("Applications Developer\tApr 2021 – Jun 2025", None),
        ("Northwind Apps | Norwalk, CT | hybrid", None),
        ("Built the portal.", "List Bullet"),
        ("Web Developer\tDec 2017 – Nov 2018", None),
        ("Rev design | Patterson, NY | on-site", None),
        ("Kept sites fast.", "List Bullet"),
    )
    roles = read_outline(data).roles
    assert [r.title.value for r in roles] == ["Applications Developer", "Web Developer"]
    assert "Employement" not in [r.employer.value for r in roles]
