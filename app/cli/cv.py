"""`jobsmith cv`: how your CV was read; `--edit` opens it as YAML in $EDITOR and confirms what you save."""

from __future__ import annotations

import os
import shlex
import subprocess
import tempfile
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from app.cli import output
from app.cli.session import connect
from app.documents.cv_outline import CvOutline
from app.documents.cv_yaml import from_yaml, to_yaml
from app.errors import JobsmithError
from app.ui.client import ApiClient


def get_cv(api: ApiClient) -> dict[str, Any]:
    view: dict[str, Any] = api._call("GET", "/api/cv")
    return view


def put_cv(api: ApiClient, outline: dict[str, Any]) -> dict[str, Any]:
    view: dict[str, Any] = api._call("PUT", "/api/cv", json=outline)
    return view


def show(view: dict[str, Any]) -> None:
    console = output.console
    o = CvOutline.model_validate(view["outline"])
    state = (
        "confirmed by you"
        if view["confirmed"]
        else (
            "read with high confidence, not yet confirmed"
            if view["usable"]
            else "NOT confirmed and read with low "
            "confidence: documents wait until you confirm it (jobsmith cv --edit, or --confirm if it is right)"
        )
    )
    console.print(f"[bold]{view['file']}[/]: {state}")
    console.print(f"name: {o.name.value or '(none found)'}")
    console.print(f"email: {', '.join(o.contact.emails) or '-'}   phone: {', '.join(o.contact.phones) or '-'}")
    table = Table("#", "title", "employer", "place", "dates", "bullets", "sure")
    for i, r in enumerate(o.roles, 1):
        dates = f"{r.start.value or '?'} – {r.end.value}"
        table.add_row(
            str(i), r.title.value, r.employer.value, r.place.value, dates, str(len(r.bullets)), f"{r.confidence:.0%}"
        )
    console.print(table)
    if o.skills:
        console.print("skills: " + ", ".join(o.skills[:30]))
    for note in o.notes:
        console.print(f"[yellow]note:[/] {note}")
    if view["check"] and not view["confirmed"]:
        console.print("[yellow]please check:[/] " + ", ".join(view["check"]))
    if view.get("waiting_jobs"):
        console.print(f"{view['waiting_jobs']} job(s) wait for you to confirm how your CV was read")


def edit_in_editor(text: str) -> str:
    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR")
    if not editor:
        raise JobsmithError("set EDITOR (or VISUAL) to the editor to open, e.g. EDITOR=nano jobsmith cv --edit")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "cv_outline.yaml"
        path.write_text(text, encoding="utf-8")
        if subprocess.run([*shlex.split(editor), str(path)], check=False).returncode != 0:
            raise JobsmithError(f"the editor ({editor}) failed; nothing was confirmed")
        return path.read_text(encoding="utf-8")


def register(cli: typer.Typer) -> None:
    @cli.command()
    def cv(
        edit: Annotated[
            bool, typer.Option("--edit", help="open the outline as YAML in $EDITOR, confirm on save")
        ] = False,
        confirm: Annotated[bool, typer.Option("--confirm", help="confirm the outline as read")] = False,
        demo: Annotated[bool, typer.Option(help="use the demo seeker and its database")] = False,
    ) -> None:
        """How your CV was read (name, contact, roles, skills); confirm or correct it once."""
        console = output.console
        with connect(demo) as api:
            view = get_cv(api)
            if not (edit or confirm):
                show(view)
                return
            original = CvOutline.model_validate(view["outline"])
            outline = original
            if edit:
                before = to_yaml(original, view["file"], view["check"])
                after = edit_in_editor(before)
                if after == before and not confirm:
                    console.print("nothing changed; run with --confirm to confirm it as read")
                    return
                try:
                    outline = from_yaml(after, original)
                except JobsmithError as exc:
                    output.fail(exc.message)
            done = put_cv(api, outline.model_dump(mode="json"))
            show(done)
            if done.get("requeued"):
                console.print(f"queued again: {len(done['requeued'])} job(s) that waited for this")
