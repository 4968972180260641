"""No import cycles between the packages under app/ (ARCHITECTURE.md: each layer leans on the ones below it).

Every import counts, also one inside a function: a lazy import hides a cycle from Python, not from a reader.
"""

from __future__ import annotations

import ast
from pathlib import Path

APP = Path(__file__).resolve().parents[2] / "app"


def _module_name(path: Path, app: Path) -> str:
    parts = ("app", *path.relative_to(app).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imported(tree: ast.AST, module: str, is_package: bool) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = module.split(".") if is_package else module.split(".")[:-1]
            if node.level:
                base = base[: len(base) - (node.level - 1)]
                target = ".".join([*base, *([node.module] if node.module else [])])
            else:
                target = node.module or ""
            names |= {target, *(f"{target}.{a.name}" for a in node.names)}
    return names


def package_graph(app: Path = APP) -> dict[str, dict[str, list[str]]]:
    """`{package: {package it imports: ["file:line"...]}}` for the packages (folders) directly under `app`."""
    packages = {p.name for p in app.iterdir() if (p / "__init__.py").exists()}
    graph: dict[str, dict[str, list[str]]] = {p: {} for p in packages}
    for path in sorted(app.rglob("*.py")):
        rel = path.relative_to(app).parts
        if len(rel) < 2 or rel[0] not in packages:
            continue
        module = _module_name(path, app)
        for name in _imported(ast.parse(path.read_text(encoding="utf-8")), module, path.name == "__init__.py"):
            parts = name.split(".")
            if len(parts) >= 2 and parts[0] == "app" and parts[1] in packages and parts[1] != rel[0]:
                graph[rel[0]].setdefault(parts[1], []).append(f"app/{path.relative_to(app)}")
    return graph


class _Tarjan:
    """Tarjan's strongly connected components over a package graph."""

    def __init__(self, graph: dict[str, dict[str, list[str]]]) -> None:
        self.graph = graph
        self.index: dict[str, int] = {}
        self.low: dict[str, int] = {}
        self.stack: list[str] = []
        self.found: list[list[str]] = []

    def visit(self, v: str) -> None:
        index, low = self.index, self.low
        index[v] = low[v] = len(index)
        self.stack.append(v)
        for w in self.graph.get(v, {}):
            if w not in index:
                self.visit(w)
                low[v] = min(low[v], low[w])
            elif w in self.stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            self._pop_component(v)

    def _pop_component(self, root: str) -> None:
        component = []
        while True:
            w = self.stack.pop()
            component.append(w)
            if w == root:
                break
        if len(component) > 1:
            self.found.append(sorted(component))


def cycles(graph: dict[str, dict[str, list[str]]]) -> list[list[str]]:
    """The strongly connected components with more than one package (Tarjan), each sorted."""
    tarjan = _Tarjan(graph)
    for v in sorted(graph):
        if v not in tarjan.index:
            tarjan.visit(v)
    return tarjan.found


def _explain(graph: dict[str, dict[str, list[str]]], component: list[str]) -> str:
    return "; ".join(
        f"{a} -> {b} ({', '.join(sorted(set(graph[a][b]))[:3])})" for a in component for b in component if b in graph[a]
    )


def test_no_import_cycles_between_app_packages() -> None:
    graph = package_graph()
    assert [f"{c}: {_explain(graph, c)}" for c in cycles(graph)] == []


def test_the_mail_transport_leans_on_configuration_only() -> None:
    """app/mail/ is SMTP, IMAP and message building: the applications domain uses it, never the reverse,
    and it reaches no database (ARCHITECTURE.md: the transport below the domain)."""
    graph = package_graph()
    assert {name: sorted(set(files)) for name, files in graph["mail"].items() if name != "config"} == {}


def test_the_cycle_finder_finds_a_cycle(tmp_path: Path) -> None:
    for name, body in (
        ("a", "from app.b import x\n"),
        ("b", "def f():\n    from ..c import y\n"),
        ("c", "import app.a.mod\n"),
        ("d", "from app import a\n"),
    ):
        (tmp_path / name).mkdir()
        (tmp_path / name / "__init__.py").write_text(body)
    graph = package_graph(tmp_path)
    assert cycles(graph) == [["a", "b", "c"]]
