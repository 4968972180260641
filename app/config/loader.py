"""Load and validate the four YAML files; write commented defaults for `jobsmith init`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from app.config.agents import AgentsConfig
from app.config.mail import MailConfig
from app.config.platforms import PlatformsConfig
from app.config.search import SearchConfig
from app.config.similarity import SimilarityConfig
from app.errors import ConfigError

M = TypeVar("M", bound=BaseModel)

FILES: dict[str, type[BaseModel]] = {
    "search.yaml": SearchConfig,
    "agents.yaml": AgentsConfig,
    "platforms.yaml": PlatformsConfig,
    "similarity.yaml": SimilarityConfig,
    "mail.yaml": MailConfig,
}


@dataclass(frozen=True)
class Config:
    search: SearchConfig
    agents: AgentsConfig
    platforms: PlatformsConfig
    similarity: SimilarityConfig
    mail: MailConfig


def load_file(path: Path, model: type[M]) -> M:
    """Validate one file. A missing file means defaults; anything wrong raises ConfigError."""
    if not path.exists():
        return model()
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark else "(document)"
        raise ConfigError(str(path), where, f"not valid YAML: {getattr(exc, 'problem', exc)}") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(str(path), "(file)", f"cannot be read: {exc}") from exc
    if not isinstance(data, dict):
        raise ConfigError(str(path), "(document)", "must be a mapping of keys to values")
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        key = ".".join(str(p) for p in err["loc"]) or "(document)"
        more = f" (and {len(exc.errors()) - 1} more)" if len(exc.errors()) > 1 else ""
        raise ConfigError(str(path), key, f"{err['msg']}{more}") from exc


def load_config(config_dir: Path) -> Config:
    """Load every file in `config_dir`, refusing the first bad one with file, key and reason."""
    return Config(
        search=load_file(config_dir / "search.yaml", SearchConfig),
        agents=load_file(config_dir / "agents.yaml", AgentsConfig),
        platforms=load_file(config_dir / "platforms.yaml", PlatformsConfig),
        similarity=load_file(config_dir / "similarity.yaml", SimilarityConfig),
        mail=load_file(config_dir / "mail.yaml", MailConfig),
    )


def render_commented(model: BaseModel, indent: int = 0) -> str:
    """YAML for `model`'s values, each key preceded by its field description as a comment."""
    lines: list[str] = []
    pad = " " * indent
    for name, field in type(model).model_fields.items():
        value = getattr(model, name)
        if field.description:
            lines.append(f"{pad}# {field.description}")
        if isinstance(value, BaseModel):
            lines.append(f"{pad}{name}:")
            lines.append(render_commented(value, indent + 2))
        elif isinstance(value, list) and value and isinstance(value[0], BaseModel):
            lines.append(f"{pad}{name}:")
            for item in value:
                body = render_commented(item, indent + 4).splitlines()
                first = next(i for i, line in enumerate(body) if not line.strip().startswith("#"))
                body[first] = f"{pad}  - " + body[first].lstrip()
                lines.extend(body)
        else:
            lines.append(f"{pad}{name}: {_inline(value)}")
    return "\n".join(lines)


def _inline(value: Any) -> str:
    """One value as flow-style YAML on a single line."""
    text = str(yaml.safe_dump(value, default_flow_style=True, allow_unicode=True, width=10**6))
    return text.removesuffix("\n").removesuffix("\n...").strip()


def write_defaults(
    config_dir: Path, overrides: dict[str, BaseModel] | None = None, overwrite: bool = False
) -> list[Path]:
    """Write each file that is missing (or all, with overwrite) with commented defaults."""
    config_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, model in FILES.items():
        path = config_dir / name
        if path.exists() and not overwrite:
            continue
        instance = (overrides or {}).get(name) or model()
        header = f"# jobsmith {name}: every key is optional; comments say what each does.\n"
        path.write_text(header + render_commented(instance) + "\n", encoding="utf-8")
        written.append(path)
    return written
