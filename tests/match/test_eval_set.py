"""The independent matching evaluation set is what its generator writes, and big and varied enough."""

from __future__ import annotations

import ast
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1] / "fixtures/match_eval"


def test_cases_json_is_the_generators_output() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("match_eval_generate", HERE / "generate.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.generate() == json.loads((HERE / "cases.json").read_text(encoding="utf-8"))


def test_the_set_has_300_cases_over_five_seekers_in_five_countries() -> None:
    data = json.loads((HERE / "cases.json").read_text(encoding="utf-8"))
    assert len(data["cases"]) >= 300
    countries = {p["home"]["country"] for p in data["profiles"].values()}
    assert len(countries) >= 5 and len({c["profile"] for c in data["cases"]}) == len(data["profiles"])
    assert 0.3 < sum(c["label"] for c in data["cases"]) / len(data["cases"]) < 0.7


def test_the_generator_imports_nothing_from_the_app() -> None:
    tree = ast.parse((HERE / "generate.py").read_text(encoding="utf-8"))
    names = [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
    names += [n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
    assert names and not any(n == "app" or n.startswith("app.") for n in names)
