"""`jobsmith` commands for the journey after applying: replies, follow-ups, form answers, interview briefs,
applications made elsewhere and "apply anyway". Each speaks to the API like every other command; job ids may be
given as unique prefixes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer

from app.cli import output
from app.cli.output import fail, show_job
from app.cli.session import call, connect, resolve, wait_with_progress
from app.errors import ApiError
from app.terminal import safe

Demo = Annotated[bool, typer.Option(help="use the demo seeker and its database")]
JobId = Annotated[str, typer.Argument(help="a job id, or a unique prefix of one (at least 4 characters)")]
ANSWER_STATES = {"drafted": "drafted from your CV", "from_profile": "from your profile", "needs_you": "left for you"}
BRIEF_LISTS = (
    ("Likely questions", "likely_questions"),
    ("Gaps to prepare for", "gaps"),
    ("Questions to ask", "questions_to_ask"),
)


def register(cli: typer.Typer) -> None:
    commands: list[Callable[..., Any]] = [replies, reply, followups, followup, answers, brief]
    for command in commands:
        cli.command()(command)
    cli.command("applied-elsewhere")(applied_elsewhere)
    cli.command("apply-anyway")(apply_anyway)


def replies(
    all_: Annotated[bool, typer.Option("--all", help="also those already decided")] = False, demo: Demo = False
) -> None:
    """Replies read from your mailbox, with what each seems to say. Confirm or dismiss each."""
    items = call(demo, "GET", "/api/replies", params={"state": "all" if all_ else "proposed"})["items"]
    if not items:
        output.console.print("no replies waiting for you")
    for r in items:
        outcome = r["proposed_outcome"] or "nothing to record"
        output.console.print(
            f"[bold]{r['id']}[/] {safe(r['kind']).replace('_', ' ')} -> {outcome} "
            f"({safe(r['state'])}): {safe(r['title'])} at {safe(r['company'])}\n"
            f"    from {safe(r['sender'])}: {safe(r['subject'])}\n"
            f"    because it says \u201c{safe(r['evidence'])}\u201d"
        )


def reply(
    action: Annotated[str, typer.Argument(help="confirm or dismiss")],
    reply_id: str,
    outcome: Annotated[str | None, typer.Option(help="record this outcome instead of the proposed one")] = None,
    demo: Demo = False,
) -> None:
    """Confirm what a reply says (its outcome is recorded) or dismiss it."""
    if action not in ("confirm", "dismiss"):
        fail("the action is confirm or dismiss")
    body = {"outcome": outcome} if action == "confirm" else None
    r = call(demo, "POST", f"/api/replies/{reply_id}/{action}", json=body)
    output.console.print(
        f"reply {r['id']}: {r['state']}" + (f" ({r['confirmed_outcome']})" if r["confirmed_outcome"] else "")
    )


def followups(
    all_: Annotated[bool, typer.Option("--all", help="every state, not only drafts")] = False, demo: Demo = False
) -> None:
    """Follow-ups, thank-you notes and reminders waiting for you."""
    items = call(demo, "GET", "/api/followups", params={"state": "all" if all_ else "draft"})["items"]
    if not items:
        output.console.print("no follow-ups waiting for you")
    for f in items:
        to = f" to {safe(f['recipient'])}" if f["recipient"] else ""
        output.console.print(
            f"[bold]{f['id']}[/] {f['kind'].replace('_', ' ')}{to} ({f['state']}): "
            f"{safe(f['title'])} at {safe(f['company'])}\n{safe(f['body'])}\n"
        )


def followup(
    action: Annotated[str, typer.Argument(help="approve, dismiss or done")], followup_id: str, demo: Demo = False
) -> None:
    """Approve a follow-up (sent by the next mail tick), dismiss it, or mark a reminder done."""
    if action not in ("approve", "dismiss", "done"):
        fail("the action is approve, dismiss or done")
    f = call(demo, "POST", f"/api/followups/{followup_id}/{action}")
    output.console.print(f"{f['kind'].replace('_', ' ')} {f['id']}: {f['state']}")


def answers(
    job_id: JobId,
    question: Annotated[
        list[str], typer.Option("--question", "-q", help="a question of the application form (repeat for each)")
    ],
    limit: Annotated[int, typer.Option(help="the most characters a field takes")] = 1000,
    demo: Demo = False,
) -> None:
    """Draft answers to an application form's questions from your CV (personal ones from your profile)."""
    body = {"questions": [{"text": q, "limit": limit} for q in question]}
    with connect(demo) as api:
        drafted = _api(api._call, "POST", f"/api/jobs/{resolve(api, job_id)}/answers", json=body)["items"]
    for a in drafted:
        label = ANSWER_STATES.get(a["state"], a["state"])
        output.console.print(f"[bold]{safe(a['question'])}[/] ({label})\n{safe(a['answer']) or safe(a['note'])}")
        for removed in a["removed"]:
            output.console.print(
                f"  [yellow]removed:[/] {safe(removed['sentence'])} ({safe('; '.join(removed['reasons']))})"
            )
        output.console.print()


def brief(
    job_id: JobId,
    docx: Annotated[Path | None, typer.Option(help="also save it as a Word file")] = None,
    demo: Demo = False,
) -> None:
    """An interview brief: your evidence for each requirement, likely questions, gaps, questions to ask."""
    with connect(demo) as api:
        path = f"/api/jobs/{resolve(api, job_id)}/interview-brief"
        b = _api(api._call, "GET", path)
        _print_brief(b)
        if docx is not None:
            docx.write_bytes(_api(api._request, "GET", f"{path}.docx").content)
            output.console.print(f"saved {docx}")


def _print_brief(b: dict[str, Any]) -> None:
    output.console.print(f"[bold]Interview brief: {safe(b['title'])}, {safe(b['company'])}[/]")
    for s in b["stories"]:
        output.console.print(
            f"- {safe(s['requirement'])}\n    {safe(s['situation'])}\n    {safe(s['action_and_result'])}"
        )
    for heading, key in BRIEF_LISTS:
        output.console.print(f"[bold]{heading}[/]")
        for item in b[key] or ["none"]:
            output.console.print(f"- {safe(item)}")


def applied_elsewhere(
    title: Annotated[str, typer.Option(help="the role's title")],
    company: Annotated[str, typer.Option(help="the company")],
    url: Annotated[str | None, typer.Option(help="the posting's link")] = None,
    channel: Annotated[str, typer.Option(help="e.g. LinkedIn Easy Apply, a recruiter")] = "",
    on: Annotated[str | None, typer.Option(help="when, YYYY-MM-DD; default today")] = None,
    demo: Demo = False,
) -> None:
    """Record an application you made outside jobsmith, so it is tracked and counted."""
    r = call(
        demo,
        "POST",
        "/api/applications/outside",
        json={"title": title, "company": company, "url": url, "channel": channel, "applied_on": on},
    )
    output.console.print(f"recorded: job {r['job_id']} is {r['status']}")


def apply_anyway(
    job_id: JobId, reason: Annotated[str, typer.Option(help="why; kept in the job's history")], demo: Demo = False
) -> None:
    """Tailor a filtered or rejected job despite the gate or the score."""
    with connect(demo) as api:
        jid = resolve(api, job_id)
        _api(api._call, "POST", f"/api/jobs/{jid}/apply-anyway", json={"reason": reason})
        wait_with_progress(api, [jid])
        show_job(api.job(jid))


def _api(send: Any, method: str, path: str, **kwargs: Any) -> Any:
    """One request; the API's error becomes a one-line exit."""
    try:
        return send(method, path, **kwargs)
    except ApiError as exc:
        fail(str(exc))
