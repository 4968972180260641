"""A post written before a colon and its employer after it ("Co-founder & Program Manager: 7 Figures Trader") is two
fields even when the employer's name holds a post's noun, when the name opens with a number: a post does not ("2nd
Officer" opens with an ordinal, and stays whole)."""

from __future__ import annotations

from app.documents.cv_head_line import line_segments


def test_a_firm_named_with_a_number_after_the_posts_colon_is_the_employer() -> None:
    assert line_segments("Co-founder & Program Manager: 7 Figures Trader") == [
        ("Co-founder & Program Manager", False),
        ("7 Figures Trader", False),
    ]


def test_a_post_after_the_colon_keeps_the_line_whole() -> None:
    assert line_segments("Officer: 2nd Lieutenant") == [("Officer: 2nd Lieutenant", False)]
