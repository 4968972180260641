"""Dates alone on their line, each over one short list item ("2013-2024" over "• Skogsmaskinsförare • Sjölanders
Skogsentreprenad AB", as a Swedish Word template lays out its work history): each item is its role's head line, its
fields parted by a bullet or a spaced asterisk, a closing full stop no sign of a sentence."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import named_cv, styled_section_cv


def _roles(*paragraphs: tuple[str, str | None]) -> list[tuple[str, str, str, str]]:
    closing = ("Utbildning", "2006-2009. Naturbruk Skog inriktning Maskin.")
    data = styled_section_cv("Arbetslivserfarenhet", *paragraphs, closing=closing)
    return [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in read_outline(data).roles]


def test_each_list_item_under_lone_dates_is_a_role() -> None:
    assert _roles(
        ("2013-2024", None),
        ("Skogsmaskinsförare • Sjölanders Skogsentreprenad AB", "List Bullet"),
        ("2012-2013", None),
        ("Skogsmaskinsförare * Rehnbergs Skogsentreprenad", "List Bullet"),
        ("2009-2012", None),
        ("Maskinförare • Hjalmarssons Skogsentreprenad", "List Bullet"),
    ) == [
        ("Skogsmaskinsförare", "Sjölanders Skogsentreprenad AB", "2013", "2024"),
        ("Skogsmaskinsförare", "Rehnbergs Skogsentreprenad", "2012", "2013"),
        ("Maskinförare", "Hjalmarssons Skogsentreprenad", "2009", "2012"),
    ]


def test_a_head_line_of_short_fields_may_end_with_a_full_stop() -> None:
    got = _roles(
        ("2009-2012", None),
        ("Skogsmaskinsförare • Hjalmarssons Skogsentreprenad", "List Bullet"),
        ("2006-2008", None),
        ("Banarbetare och butik * Vemdalens Golfklubb.", "List Bullet"),
    )
    assert got[1][2:] == ("2006", "2008")
    assert {got[1][0], got[1][1]} == {"Banarbetare och butik", "Vemdalens Golfklubb"}


def test_lone_dates_over_several_bullets_keep_them_as_bullets() -> None:
    outline = read_outline(
        named_cv(
            ("Experience", "Heading 1"),
            ("Site Engineer, Skanska", None),
            ("2013-2024", None),
            ("Ran the concrete works on three bridges", "List Bullet"),
            ("Trained four junior engineers", "List Bullet"),
            ("Foreman, NCC", None),
            ("2009-2013", None),
            ("Led a crew of twelve", "List Bullet"),
            ("Kept the site's safety record clean", "List Bullet"),
        )
    )
    assert [(r.title.value, r.employer.value) for r in outline.roles] == [
        ("Site Engineer", "Skanska"),
        ("Foreman", "NCC"),
    ]
    assert len(outline.roles[0].bullets) == 2
