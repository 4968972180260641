"""Found by reading made-up CVs in Word templates with a picture frame (not from a corpus file): a template's "Photo"
placeholder over the name was taken for a given name and joined to it ("Photo Jane Doe"). A line that is only a
picture's placeholder ("Photo", "Picture", "[Insert photo here]") is no name."""

from __future__ import annotations

import pytest

from app.documents.cv_structure import read_outline
from tests.docx_build import head_cv


@pytest.mark.parametrize("where", ["title", "plain", "header", "table"])
@pytest.mark.parametrize("placeholder", ["Photo", "[Insert photo here]", "Picture"])
def test_a_picture_placeholder_over_the_name_is_no_part_of_it(placeholder: str, where: str) -> None:
    assert read_outline(head_cv([placeholder, "Jane Doe"], where)).name.value == "Jane Doe"
