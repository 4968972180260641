"""What the `jobsmith` command prints: the consoles, one-line errors, and the shapes shown for jobs.

Other modules refer to `output.console` and `output.err` (not copies), so a test may swap in a console of
another width.
"""

from __future__ import annotations

from typing import Any, NoReturn

import typer
from rich.console import Console
from rich.table import Table

from app.terminal import safe

console = Console()
err = Console(stderr=True)

WIDE = 110  # from this many columns on, tables show whole job ids; below, the shortest unique prefixes


def fail(message: str, code: int = 1) -> NoReturn:
    err.print(f"[bold red]error:[/] {safe(message)}", soft_wrap=True)
    raise typer.Exit(code)


def wide() -> bool:
    return console.width >= WIDE


def id_table(id_header: str, *headers: str, ids: list[str], **kwargs: Any) -> Table:
    """A table whose first column holds job ids: never wrapped or cut (the column is as wide as its ids)."""
    table = Table(**kwargs)
    table.add_column(id_header, no_wrap=True, min_width=max((len(i) for i in ids), default=len(id_header)))
    for h in headers:
        table.add_column(h)
    return table


def show_job(job: dict[str, Any]) -> None:
    console.print(
        f"{safe(job['title'])} — {safe(job['company'])}: [bold]{safe(job['status'])}[/]"
        + (f" ({safe(job['error'])})" if job.get("error") else "")
    )


def print_added(results: list[dict[str, Any]], short: dict[str, str], statuses: dict[str, str] | None = None) -> None:
    """The postings just added; `short` maps a job id to the form shown (whole, or a unique prefix)."""
    table = id_table("job", "title", "company", "status", "note", ids=[short[r["job_id"]] for r in results])
    for r in results:
        status = (statuses or {}).get(r["job_id"], r["status"])
        table.add_row(*(safe(v) for v in (short[r["job_id"]], r["title"], r["company"], status, r.get("note", ""))))
    console.print(table)
    for r in results:
        if r.get("already_known"):
            console.print(r["note"])


def print_fact_gate(gate: dict[str, Any] | None) -> None:
    if not gate:
        console.print("fact gate: no documents yet")
        return
    removals = gate.get("removals") or []
    console.print(f"fact gate: {'passed' if gate.get('passed') else f'{len(removals)} sentence(s) removed'}")
    for r in removals:
        console.print(f"  [{r.get('document')}] {r.get('sentence')}")
        for reason in r.get("reasons") or []:
            console.print(f"      - {reason}")
        if r.get("replaced_by"):
            console.print(f"      kept instead: {r['replaced_by']}")
    for item in gate.get("needs_review") or []:
        console.print(f"  needs review: {item}")
