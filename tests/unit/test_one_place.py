"""One place per concern (issue #15): status lists come from app/domain/status.py, Redis key names from
app/keys.py, and the `jobsmith` command's modules import each other without a cycle."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from app.domain.status import ALL_STATUSES

APP = Path(__file__).resolve().parents[2] / "app"
STATUSES = set(ALL_STATUSES)
KEY_START = re.compile(r"jobsmith:\S")


def _entry(node: ast.expr) -> str | None:
    """A collection entry's string: a literal, or the last item of a (label, value) pair."""
    if isinstance(node, ast.Tuple | ast.List) and node.elts:
        node = node.elts[-1]
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def status_lists(tree: ast.AST) -> list[tuple[int, list[str]]]:
    """Literal lists, tuples and sets of three or more entries that are all job status names."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.List | ast.Tuple | ast.Set) and len(node.elts) >= 3:
            entries = [_entry(e) for e in node.elts]
            if all(e in STATUSES for e in entries):
                found.append((node.lineno, [e for e in entries if e]))
    return found


def test_no_module_outside_the_domain_keeps_its_own_list_of_statuses() -> None:
    found = [
        f"{path.relative_to(APP.parent)}:{line} {names}"
        for path in sorted(APP.rglob("*.py"))
        if path.relative_to(APP).parts[0] != "domain"
        for line, names in status_lists(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert found == []


def test_the_status_list_finder_finds_lists_tuples_sets_and_labelled_pairs() -> None:
    tree = ast.parse(
        "A = ['sent', 'applied', 'no_response']\n"
        "B = (('Offer', 'offer'), ('Interview', 'interview'), ('Declined', 'declined'))\n"
        "C = {'queued', 'processing', 'discovered'}\n"
        "D = ['draft', 'approved', 'sent', 'unknown']  # another state machine's names\n"
        "E = ['sent', 'applied']\n"
    )
    assert [line for line, _ in status_lists(tree)] == [1, 2, 3]


def redis_key_literals(tree: ast.AST) -> list[int]:
    """Lines of string literals (or f-strings) that begin a Redis key name: `jobsmith:` and no space after it."""
    lines = []
    for node in ast.walk(tree):
        first = node.values[0] if isinstance(node, ast.JoinedStr) and node.values else node
        if isinstance(first, ast.Constant) and isinstance(first.value, str) and KEY_START.match(first.value):
            lines.append(node.lineno)
    return sorted(set(lines))


def test_redis_key_names_are_spelled_only_in_app_keys() -> None:
    found = [
        f"{path.relative_to(APP.parent)}:{line}"
        for path in sorted(APP.rglob("*.py"))
        if path != APP / "keys.py"
        for line in redis_key_literals(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert found == []
    assert redis_key_literals(ast.parse('K = "jobsmith:x"\nF = f"jobsmith:lease:{k}"\nP = "jobsmith: a label"\n')) == [
        1,
        2,
    ]
    assert redis_key_literals(ast.parse('T = "the jobsmith command"\n')) == []


def _cli_imports(path: Path) -> set[str]:
    modules = {p.stem for p in (APP / "cli").glob("*.py")}
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("app.cli"):
            if node.module == "app.cli":
                found |= {a.name if a.name in modules else "__init__" for a in node.names}
            else:
                found.add(node.module.split(".")[2])
        elif isinstance(node, ast.Import):
            found |= {a.name.split(".")[2] for a in node.names if a.name.startswith("app.cli.")}
    return found - {path.stem}


def test_the_cli_modules_import_each_other_without_a_cycle() -> None:
    graph = {p.stem: _cli_imports(p) for p in (APP / "cli").glob("*.py")}
    order: list[str] = []
    visiting: set[str] = set()

    def visit(m: str, trail: tuple[str, ...]) -> None:
        assert m not in visiting, f"import cycle: {' -> '.join((*trail, m))}"
        if m in order:
            return
        visiting.add(m)
        for n in sorted(graph.get(m, ())):
            visit(n, (*trail, m))
        visiting.discard(m)
        order.append(m)

    for m in sorted(graph):
        visit(m, ())
    assert {"main", "jobs", "up", "cv", "journey", "session", "output"} <= set(graph)
