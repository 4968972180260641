"""All SQL lives in app/store/ (ARCHITECTURE.md, CONTRIBUTING.md): a module anywhere else that holds a SQL
statement in a string, or hands a statement to a cursor's `execute`, fails here with its file and line.

The scan reads the syntax tree, so comments and docstrings never count; a string counts when it reads as a
statement (SELECT ... FROM, INSERT INTO, UPDATE t SET, DELETE FROM, CREATE TABLE, a string that starts with
SELECT), and an f-string counts by its literal parts. `execute(...)` with arguments counts whatever they are
(a Redis pipeline's `execute()` takes none).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

APP = Path(__file__).resolve().parents[2] / "app"
ALLOWED = ("store",)  # folders under app/ that may hold SQL

_STATEMENT = re.compile(
    r"\bSELECT\b[\s\S]*\bFROM\b"
    r"|^\s*(SELECT|WITH\s+\w+\s+AS\s*\()"
    r"|\bINSERT\s+INTO\b"
    r"|\bUPDATE\s+\w+\s+SET\b"
    r"|\bDELETE\s+FROM\b"
    r"|\bCREATE\s+(OR\s+REPLACE\s+)?(TABLE|INDEX|UNIQUE\s+INDEX|VIEW|SEQUENCE)\b"
)


def _docstrings(tree: ast.AST) -> set[int]:
    """ids of the string nodes that are docstrings (a module's, a class's, a function's)."""
    found: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def _text(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):  # an f-string: its literal parts, a placeholder for each value
        return "".join(v.value if isinstance(v, ast.Constant) else " x " for v in node.values)
    return None


def sql_in(source: str) -> list[tuple[int, str]]:
    """(line, what) for each SQL statement or `execute(...)` call in one module's source."""
    tree = ast.parse(source)
    skip = _docstrings(tree)
    found: list[tuple[int, str]] = []
    inside_fstring: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            inside_fstring |= {id(v) for v in node.values}
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("execute", "executemany")
            and (node.args or node.keywords)
        ):
            found.append((node.lineno, f"{node.func.attr}(...) call"))
            continue
        if id(node) in skip or id(node) in inside_fstring:
            continue
        text = _text(node)
        if text is not None and _STATEMENT.search(text):
            found.append((getattr(node, "lineno", 0), f"SQL string {text.strip()[:60]!r}"))
    return sorted(set(found))


def sql_outside_store(app: Path = APP) -> dict[str, list[str]]:
    """`{"app/x/y.py": ["line 12: SQL string '...'", ...]}` for every module outside the allowed folders."""
    out: dict[str, list[str]] = {}
    for path in sorted(app.rglob("*.py")):
        rel = path.relative_to(app)
        if rel.parts[0] in ALLOWED:
            continue
        hits = sql_in(path.read_text(encoding="utf-8"))
        if hits:
            out[f"app/{rel.as_posix()}"] = [f"line {line}: {what}" for line, what in hits]
    return out


def test_no_sql_outside_app_store() -> None:
    found = sql_outside_store()
    assert found == {}


def test_the_scan_finds_statements_and_ignores_prose() -> None:
    source = '''"""Module docstring: SELECT id FROM jobs is documentation, not code."""
import x

# a comment: DELETE FROM jobs
def f(cur, store, sql, job_id):
    """Docstring: INSERT INTO outbox is explained here."""
    store.read("SELECT id FROM jobs WHERE id = ?", [job_id])
    store.scalar(f"SELECT count(*) FROM {job_id}")
    cur.execute(sql)
    pipe.execute()
    text = "Select the jobs you want from the list"
    store.write(lambda cur: cur.executemany(sql, []))
    q = ("UPDATE outbox SET state = 'sent' "
         "WHERE job_id = ?")
    return "SELECT 1"
'''
    hits = sql_in(source)
    assert [line for line, _ in hits] == [7, 8, 9, 12, 13, 15]
    assert "execute(...) call" in dict(hits)[9]
