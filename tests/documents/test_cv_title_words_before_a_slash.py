"""'May 2012 – September 2013: Java Android / IOs Developer at Fyrastudio.': with the employer named after "at",
the words before a slash that name neither a post nor an organisation share the title's role noun; an
organisation before the slash stays apart."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import named_cv

_BULLET = ("Shipped the studio's first two mobile games.", "List Bullet")


def _role(line: str) -> tuple[str, str]:
    (role,) = read_outline(named_cv(("EXPERIENCE", "Heading 1"), (line, None), _BULLET)).roles
    return role.title.value, role.employer.value


def test_words_before_a_slash_share_the_titles_role_noun() -> None:
    assert _role("May 2012 – September 2013: Java Android / IOs Developer at Fyrastudio.") == (
        "Java Android / IOs Developer",
        "Fyrastudio",
    )


def test_an_organisation_before_a_slash_is_not_part_of_the_title() -> None:
    title, _employer = _role("May 2012 – September 2013: Acme Software Ltd / Android Developer at Fyrastudio")
    assert "Acme" not in title
