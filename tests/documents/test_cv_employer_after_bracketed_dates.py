"""A role written as a sentence's head, from a round-43 tune file of the corpus: "Title (Jan 2018 – Jan 2020), for
Capital One, Nottingham. During this time I …" — the post, its dates in brackets, then "for" (or "at") and the
employer with its town in a clause of its own, then sentences that describe the role in the same paragraph."""

from __future__ import annotations

from app.documents.cv_head_line import line_segments
from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes


def _roles(*lines: tuple[str, str | None]) -> list[tuple[str, str, str, str, str]]:
    data = docx_bytes(("Jordan Moreau", "Title"), ("jordan.moreau@example.org", None), *lines)
    return [
        (r.title.value, r.employer.value, r.place.value, r.start.value, r.end.value) for r in read_outline(data).roles
    ]


def test_an_employer_after_for_following_the_bracketed_dates() -> None:
    roles = _roles(
        ("Work Experience", "Heading 1"),
        ("Java Software Engineer (May 2016 – Dec 2016) for Northwind Traders, Nottingham.", None),
        ("At Northwind I built payment services in Java EE.", None),
    )
    assert roles == [("Java Software Engineer", "Northwind Traders", "Nottingham", "2016-05", "2016-12")]


def test_a_long_paragraph_whose_first_clause_names_the_role() -> None:
    # forty words of description after the clause: the line is still the role's head, and the description is no
    # part of its employer
    description = (
        "During this time I onboarded an offshore team in Bangalore, India, and attended a conference in Las Vegas. "
        "This role was less about coding, but I still found the time to debug problems and complete a few stories "
        "each sprint when needed."
    )
    roles = _roles(
        ("Work Experience", "Heading 1"),
        (
            f"Principal Associate; Software Engineer (Jan 2018 – Jan 2020), for Contoso Bank, Leeds. {description}",
            None,
        ),
        (
            f"Senior Associate, Software Engineer (Dec 2016 – Jan 2018), at Contoso Bank, Nottingham. {description}",
            None,
        ),
    )
    assert roles == [
        ("Principal Associate; Software Engineer", "Contoso Bank", "Leeds", "2018-01", "2020-01"),
        ("Senior Associate, Software Engineer", "Contoso Bank", "Nottingham", "2016-12", "2018-01"),
    ]


def test_a_field_opening_with_for_names_the_employer() -> None:
    assert line_segments("Lead Tester\tfor Fabrikam Games, Leeds") == [
        ("Lead Tester", False),
        ("Fabrikam Games", True),
        ("Leeds", False),
    ]


def test_a_sentence_in_brackets_after_dates_is_still_no_role() -> None:
    # the clause must name an employer after "for" or "at": a plain sentence after the dates keeps the line a
    # sentence of forty words, which is no role's head
    long = " ".join(["word"] * 40)
    roles = _roles(
        ("Work Experience", "Heading 1"),
        ("Support Analyst (2019 – 2021), Contoso Bank, Leeds", None),
        (f"Won a prize for the best app (Jan 2018 – Jan 2020), and then {long}.", None),
    )
    assert [r[:2] for r in roles] == [("Support Analyst", "Contoso Bank")]
