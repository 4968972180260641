"""Checks every seeded evaluation set of CVs must pass (the sets of `tests/fixtures/cv_corpus/`), shared by their
soundness tests: the same seed gives the same CV, byte for byte, and a CV opens in python-docx."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Iterable
from typing import Any

import docx


def assert_each_seed_gives_the_same_cv(draw: Callable[[int], tuple[str, bytes, Any]], seeds: Iterable[int]) -> None:
    for seed in seeds:
        (name_a, data_a, labels_a), (name_b, data_b, labels_b) = draw(seed), draw(seed)
        assert (name_a, labels_a) == (name_b, labels_b)
        with zipfile.ZipFile(io.BytesIO(data_a)) as a, zipfile.ZipFile(io.BytesIO(data_b)) as b:
            assert {m: a.read(m) for m in a.namelist()} == {m: b.read(m) for m in b.namelist()}


def assert_opens_with_python_docx(data: bytes) -> None:
    document = docx.Document(io.BytesIO(data))
    assert document.paragraphs or document.tables
