"""A volunteer's one-line entries, each "Organisation, Town. Year. What was done there." (from a round-44 tune file,
"SeniorNet, Levin. 2013. Helped eldely with their digital devices."): the piece written as a phrase in sentence case
says what was done, no post, so the entry is the organisation with no title. Before "at" a phrase still says what the
seeker was there ("External committee for promotion and tenure at Wageningen University")."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import bold_or_plain


def _roles(*entries: str) -> list[tuple[str, str]]:
    lines: list[tuple[str, bool]] = [("Wiremu Parata", True), ("wiremu.parata@example.org", False)]
    lines += [("Work", True), ("Mail Delivery. Kiwi Courier. 2005.", False), ("Volunteer", True)]
    lines += [(entry, False) for entry in entries]
    return [(r.title.value, r.employer.value) for r in read_outline(bold_or_plain(*lines)).roles][1:]


def test_a_phrase_after_the_dates_is_what_was_done_not_the_post() -> None:
    assert _roles(
        "Kaleidoscope Trust, Hamilton. 2016. Taught children to build web pages.",
        "Harbourside Hub, Napier. 2014. Helped older people with their phones.",
    ) == [("", "Kaleidoscope Trust"), ("", "Harbourside Hub")]


def test_a_post_after_the_dates_stays_the_post() -> None:
    assert _roles("Kaleidoscope Trust, Hamilton. 2016. Volunteer tutor.") == [("Volunteer tutor", "Kaleidoscope Trust")]
