"""The corpus anonymiser gives one number written in two shapes one fictitious number: the text's "704.555.0134" and
a `tel:` link's "704-555-0134" must still be the same phone after anonymisation (round 38 found them parted)."""

from __future__ import annotations

import re

from tests.fixtures.cv_corpus.real.anonymise import fake_phone


def test_two_shapes_of_one_number_get_the_same_fictitious_digits() -> None:
    dotted, dashed = fake_phone("704.555.0134", 1550), fake_phone("704-555-0134", 1550)
    assert re.sub(r"\D", "", dotted) == re.sub(r"\D", "", dashed)
    assert (dotted[3], dashed[3]) == (".", "-")  # each keeps its own shape
    assert re.sub(r"\D", "", dotted) != "7045550134"


def test_other_numbers_get_other_digits() -> None:
    assert re.sub(r"\D", "", fake_phone("704.555.0134", 1550)) != re.sub(r"\D", "", fake_phone("704.555.0135", 1550))
