from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from app.config.loader import FILES, load_config, write_defaults
from app.errors import ConfigError
from tests.settings_docs import undocumented


def test_missing_files_mean_defaults(tmp_path: Path) -> None:
    cfg = load_config(tmp_path)
    assert cfg.agents.approval_mode is True
    assert cfg.search.min_score > 0


def test_init_defaults_round_trip_and_are_commented(tmp_path: Path) -> None:
    written = write_defaults(tmp_path)
    assert {p.name for p in written} == set(FILES)
    for path in written:
        text = path.read_text()
        assert text.count("# ") >= 3
        assert isinstance(yaml.safe_load(text), dict)
    empty = tmp_path / "empty"
    empty.mkdir()
    assert load_config(tmp_path) == load_config(empty)  # the written files say what the defaults are


def test_init_does_not_overwrite_existing_files(tmp_path: Path) -> None:
    (tmp_path / "search.yaml").write_text("min_score: 0.7\n")
    write_defaults(tmp_path)
    assert load_config(tmp_path).search.min_score == 0.7


@pytest.mark.parametrize(
    ("file", "content", "key", "reason"),
    [
        ("search.yaml", "min_score: 3\n", "min_score", "less than or equal to 1"),
        ("search.yaml", "salary:\n  minimum: lots\n", "salary.minimum", "valid number"),
        ("agents.yaml", "aproval_mode: false\n", "aproval_mode", "Extra inputs"),
        ("search.yaml", "roles: [unclosed\n", "line", "not valid YAML"),
        ("similarity.yaml", "- a list\n", "(document)", "mapping"),
    ],
)
def test_bad_file_is_refused_with_file_key_and_reason(
    tmp_path: Path, file: str, content: str, key: str, reason: str
) -> None:
    (tmp_path / file).write_text(content)
    with pytest.raises(ConfigError) as exc:
        load_config(tmp_path)
    assert exc.value.file.endswith(file)
    assert key in exc.value.key
    assert reason in exc.value.reason


def test_every_setting_is_documented() -> None:
    missing = [m for file, model in FILES.items() for m in undocumented(model, f"{file}.")]
    assert missing == []
