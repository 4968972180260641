"""Found by reading made-up CVs in common Word templates (not from a corpus file): a nickname in quotes inside the
name ('Robert "Bobby" Tables', "Robert “Bobby” Tables") was kept in the name, as one in brackets is not. A one-word
nickname in quotes of any kind is an aside; an apostrophe in a name ("O’Neill") is no quote."""

from __future__ import annotations

import pytest

from app.documents.cv_structure import read_outline
from tests.docx_build import head_cv


@pytest.mark.parametrize("where", ["title", "plain", "header", "table"])
@pytest.mark.parametrize("line", ['Robert "Bobby" Tables', "Robert “Bobby” Tables", "Robert ‘Bobby’ Tables"])
def test_a_quoted_nickname_is_no_part_of_the_name(line: str, where: str) -> None:
    assert read_outline(head_cv([line], where)).name.value == "Robert Tables"


def test_an_apostrophe_in_a_name_is_no_quote() -> None:
    assert read_outline(head_cv(["Seán O’Neill"], "title")).name.value == "Seán O’Neill"
