"""The undated evaluation set (`tests/fixtures/cv_corpus/undated_layouts.py`) labels what its documents say."""

from __future__ import annotations

import importlib.util
import io
from pathlib import Path

import docx

HERE = Path(__file__).resolve().parents[1] / "fixtures" / "cv_corpus" / "undated_layouts.py"


def _layouts():
    spec = importlib.util.spec_from_file_location("cv_undated_layouts_test", HERE)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _text(data: bytes) -> str:
    d = docx.Document(io.BytesIO(data))
    cells = [c.text for t in d.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in d.paragraphs] + cells)


def test_every_shape_labels_undated_roles_with_null_dates_and_each_labelled_role_is_written() -> None:
    layouts = _layouts()
    shapes = set()
    for seed in range(12):
        name, data, labels = layouts.make(seed)
        shapes.add(name.split("_", 1)[1].split("__")[0])
        text = _text(data)
        undated = [r for r in labels["roles"] if r["start"] is None]
        assert undated, name  # every CV has roles without dates
        assert all(r["end"] is None for r in undated)
        for role in labels["roles"]:
            assert role["title"][0] in text and role["employer"][0] in text, (name, role)
    assert shapes == set(layouts.SHAPES)  # both parities take every shape: seeds 0..11 cover all six
