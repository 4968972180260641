"""A section's first role whose head line is long ("Head of Software Engineering for Client Delivery and Head of
Delivery Enablement | Sand Technologies", a focus and a post parted by a pipe) still shows how many lines the
roles' heads take: separators are no words, fields parted by a pipe make a head line, and when the first role's
dates are left alone on their line, the next role's lines say how many head lines there are."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import role_cv

LATER = (
    "Director of Engineering | Jemstep by Invesco",
    "01.2018 – 07.2020",
    "Led software delivery teams across three continents and four time zones.",
    "Founder, Principal Consultant | Driven",
    "03.2008 – 12.2017",
)


def _roles(*first: str) -> list[tuple[str, str]]:
    return [(r.title.value, r.employer.value) for r in read_outline(role_cv(*first, *LATER)).roles]


def test_a_dash_between_fields_is_no_word_of_a_long_head_line() -> None:
    first = "Head of Software Engineering for Client Delivery and Head of Delivery Enablement – Sand Technologies"
    assert _roles(first, "01.2026 – current", "Set the hiring bar across the delivery function.") == [
        ("Head of Software Engineering for Client Delivery and Head of Delivery Enablement", "Sand Technologies"),
        ("Director of Engineering", "Jemstep by Invesco"),
        ("Founder, Principal Consultant", "Driven"),
    ]


def test_fields_parted_by_a_pipe_make_a_long_head_line() -> None:
    focus = "Ethereum Infrastructure and Rollup Research for Layer Two Mempool Tooling"
    first = f"{focus} | Independent Protocol Engineer and Open Source Contributor"
    got = _roles(first, "2024 – Present", "Built a Rust arbitrage engine for local simulation.")
    assert len(got) == 3
    assert set(got[0]) == {
        focus,
        "Independent Protocol Engineer and Open Source Contributor",
    }  # both fields read, whichever the title


def test_a_first_head_line_too_long_to_read_leaves_the_later_roles_their_employers() -> None:
    first = (
        "Worked across Ethereum infrastructure, MEV, DeFi systems and rollup research as an independent protocol "
        "engineer and contributor"
    )
    got = _roles(first, "2024 – Present", "Built a Rust arbitrage engine for local simulation.")
    assert ("Director of Engineering", "Jemstep by Invesco") in got
    assert ("Founder, Principal Consultant", "Driven") in got
