"""A word for now alone in a column of its own at the end of a role line ("Founder, Otho Design<wide gap>Current")
dates a role that started at an unstated date and goes on (from a round-38 tune file, a Penn State graduate's Word 97
résumé whose own business was read with no dates). A word for now inside a sentence dates nothing."""

from __future__ import annotations

from app.documents.cv_dates import trailing_ongoing
from app.documents.cv_structure import read_outline
from tests.docx_build import bold_or_plain


def test_now_alone_after_a_tab_or_a_wide_gap_is_an_open_span() -> None:
    for line in ("Founder, Otho Design" + " " * 40 + "Current", "Founder, Otho Design\tPresent"):
        span = trailing_ongoing(line)
        assert span is not None and (span.start, span.end) == ("", "present")
    assert trailing_ongoing("I am the current owner of the present company") is None
    assert trailing_ongoing("\tCurrent") is None


def test_the_role_is_read_as_ongoing() -> None:
    data = bold_or_plain(
        ("Jordan Moreau", True),
        ("jordan.moreau@example.org", False),
        ("Professional Experience:", True),
        ("IT Intern, Jumpcut Inc. Los Angeles\t Spring 2018", False),
        ("Handled data integrity on backend analytics.", False),
        ("Founder, Otho Design" + " " * 60 + "Current", False),
        ("Created websites for clients with HTML, CSS and WordPress.", False),
    )
    roles = read_outline(data).roles
    assert [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in roles][-1] == (
        "Founder",
        "Otho Design",
        "",
        "present",
    )
