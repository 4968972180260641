"""How a role's head line splits into title and employer by its structure (`cv_head_line`)."""

from __future__ import annotations

from app.documents.cv_head_line import line_segments


def test_a_role_of_the_named_organisation_splits_at_of_the() -> None:
    assert [s for s, _ in line_segments("Secretary of the Riverside Chess Circle")] == [
        "Secretary",
        "the Riverside Chess Circle",
    ]


def test_a_role_of_a_field_stays_one_title() -> None:
    assert [s for s, _ in line_segments("Professor of Applied Mathematics")] == ["Professor of Applied Mathematics"]
