"""A name in a script that writes its vowels as signs joined to the letters (Devanagari "राहुल शर्मा", Thai "สมชาย
ใจดี", Tamil, Bengali) is a name.

Found by reading made-up CVs (not from a corpus file): "राहुल शर्मा" and "สมชาย ใจดี" in the Title style over an
e-mail address gave no name. A name's words were let hold letters and a few signs (".", "'", "-") only; the vowel
signs of these scripts are Unicode marks, not letters, so every such word was refused. Marks are now part of a word."""

from __future__ import annotations

import pytest

from app.documents.cv_identity import name_like
from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes

BODY = [
    ("Experience", "Heading 1"),
    ("Hotel Receptionist, Riverside Inn, Chiang Mai\t2019 – Present", None),
    ("Welcomed guests, booked tours and kept the front desk running on night shifts.", "List Bullet"),
    ("Interests", "Heading 1"),
    ("I enjoy cooking for my family, cycling along the river and learning new languages.", None),
]


@pytest.mark.parametrize("name", ["राहुल शर्मा", "สมชาย ใจดี", "முருகன் செல்வம்", "সুমন দাস"])
def test_a_name_whose_vowels_are_signs_is_a_name(name: str) -> None:
    assert name_like(name)


@pytest.mark.parametrize("name", ["राहुल शर्मा", "สมชาย ใจดี"])
def test_a_name_in_the_title_style_in_such_a_script_is_read(name: str) -> None:
    data = docx_bytes((name, "Title"), ("seeker@example.org", None), *BODY)
    assert read_outline(data).name.value == name
