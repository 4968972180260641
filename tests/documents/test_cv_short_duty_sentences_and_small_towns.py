"""Found by reading made-up one-role sections in the commonest layouts (not from a corpus file): a plain duty sentence
under a role line ("Managed a team of five engineers.", "Organised events.") was read as the role's title or
employer, and a town too small to know before its state's code ("Minden, NV": Nevada, not a Dutch "NV") as the
employer, the real one joined to the title."""

from __future__ import annotations

from app.documents.cv_lines import Line
from app.documents.cv_role_blocks import head_like
from app.documents.cv_structure import read_outline
from app.documents.cv_vocab import is_place
from tests.docx_build import section_cv

INTERESTS = ("Interests", "Hiking in the hills, reading novels about history and cooking for friends on weekends.")


def _roles(*lines: str) -> list[tuple[str, str, str, str | None, str | None]]:
    out = read_outline(section_cv("Experience", *lines, closing=INTERESTS))
    return [(r.title.value, r.employer.value, r.place.value, r.start.value, r.end.value) for r in out.roles]


def test_a_duty_naming_the_people_led_is_no_field_of_the_role() -> None:
    line = "Research Assistant, School of Computer Science\t2015 – 2017"
    assert _roles(line, "Managed a team of five engineers.") == [
        ("Research Assistant", "School of Computer Science", "", "2015", "2017")
    ]
    assert _roles("Research Assistant\t2015 – 2017", "Supervised a team of three nurses on nights.")[0][:2] == (
        "Research Assistant",
        "",
    )


def test_a_two_word_duty_with_its_full_stop_is_no_field_of_the_role() -> None:
    assert _roles("Treasurer, Chess Club\t2015 – 2017", "Organised events.") == [
        ("Treasurer", "Chess Club", "", "2015", "2017")
    ]


def test_a_line_naming_a_post_after_a_verb_is_still_a_head_line() -> None:
    # a post's noun in the singular names the seeker's post, not the people led
    assert head_like_text("Working as a freelancer")
    assert head_like_text("Registered Nurse.")
    assert not head_like_text("Managed a team of five engineers.")
    assert not head_like_text("Organised events.")


def head_like_text(text: str) -> bool:
    return head_like(Line(text=text, id="p1", area="body"))


def test_a_small_town_before_its_states_code_is_a_place() -> None:
    assert is_place("Minden, NV") and is_place("Ouray, CO") and is_place("Gimli, MB") and is_place("Yorkton, SK")
    # a name with an organisation's word before the code is an organisation's
    assert not is_place("Acme Holdings, NV")


def test_the_employer_beside_the_title_stays_when_a_small_town_closes_the_line() -> None:
    for line in ("Embedded Systems Intern – Acme Corp\tMinden, NV", "Acme Corp – Embedded Systems Intern\tMinden, NV"):
        assert _roles(line, "June 2015 – August 2015", "• Designed and built the billing team's data pipeline.") == [
            ("Embedded Systems Intern", "Acme Corp", "Minden, NV", "2015-06", "2015-08")
        ]
