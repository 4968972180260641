"""The licensed real-CV corpus in the repository: every CV is read into an outline with its labelled name.

A regression guard pinned to the hand labels (`tests/fixtures/cv_corpus/real/labels_licensed.yaml`): a rule change
that stops the reader finding a seeker's name in one of these real layouts fails here, not only in the bench.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest
import yaml

from app.documents.cv_structure import read_outline

REAL = Path(__file__).resolve().parents[1] / "fixtures" / "cv_corpus" / "real"
LABELS: dict[str, dict[str, Any]] = yaml.safe_load((REAL / "labels_licensed.yaml").read_text(encoding="utf-8"))
# Names the reader did not find when these CVs joined the corpus (second round: a monogram read as the name, a name
# in a SmartArt diagram, two more in table and text-box layouts). The bench reports them with the rest; a file leaves
# this set once the reader finds its name, and the name guard below then holds it.
NAME_NOT_YET_READ = frozenset(
    {
        "laghoyos+website__static_uploads_resume.docx",
    }
)


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).lower().replace("’", "'")
    return " ".join(re.findall(r"[\w&']+", text))


def test_the_corpus_holds_at_least_thirty_labelled_files_and_nothing_unlabelled() -> None:
    files = {p.name for p in (REAL / "files").glob("*.docx")}
    assert len(LABELS) >= 30
    assert files == set(LABELS)


def test_the_names_not_yet_read_are_labelled_files_of_the_corpus() -> None:
    assert set(LABELS) >= NAME_NOT_YET_READ


@pytest.mark.parametrize("name", sorted(NAME_NOT_YET_READ))
def test_a_cv_whose_name_is_not_yet_read_is_still_read_as_text(name: str) -> None:
    outline = read_outline((REAL / "files" / name).read_bytes())
    assert outline.has_text, f"{name}: read as a picture"


@pytest.mark.parametrize("name", sorted(set(LABELS) - NAME_NOT_YET_READ))
def test_each_real_cv_is_read_with_its_labelled_name(name: str) -> None:
    want = LABELS[name]
    outline = read_outline((REAL / "files" / name).read_bytes())
    assert outline.has_text, f"{name}: read as a picture"
    if want["name"]:  # one CV writes its name only in a picture
        assert _norm(outline.name.value) in {_norm(n) for n in want["name"]}, f"{name}: {outline.name.value!r}"
    else:
        assert outline.roles, f"{name}: no name to check, and no role read either"
