"""`jobsmith` commands for the journey after applying: replies, follow-ups, form answers, interview briefs,
applications made elsewhere and "apply anyway". Each speaks to the API like every other command."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from app.errors import ApiError
from app.terminal import safe

Demo = Annotated[bool, typer.Option(help="use the demo seeker and its database")]


def register(cli: typer.Typer) -> None:
    from app import cli as main  # the shared console and connect()

    def call(demo: bool, method: str, path: str, **kwargs: Any) -> Any:
        with main.connect(demo) as api:
            try:
                return api._call(method, path, **kwargs)
            except ApiError as exc:
                main.fail(str(exc))

    @cli.command()
    def replies(
        all_: Annotated[bool, typer.Option("--all", help="also those already decided")] = False, demo: Demo = False
    ) -> None:
        """Replies read from your mailbox, with what each seems to say. Confirm or dismiss each."""
        items = call(demo, "GET", "/api/replies", params={"state": "all" if all_ else "proposed"})["items"]
        if not items:
            main.console.print("no replies waiting for you")
        for r in items:
            outcome = r["proposed_outcome"] or "nothing to record"
            main.console.print(
                f"[bold]{r['id']}[/] {safe(r['kind']).replace('_', ' ')} -> {outcome} "
                f"({safe(r['state'])}): {safe(r['title'])} at {safe(r['company'])}\n"
                f"    from {safe(r['sender'])}: {safe(r['subject'])}\n"
                f"    because it says \u201c{safe(r['evidence'])}\u201d"
            )

    @cli.command()
    def reply(
        action: Annotated[str, typer.Argument(help="confirm or dismiss")],
        reply_id: str,
        outcome: Annotated[str | None, typer.Option(help="record this outcome instead of the proposed one")] = None,
        demo: Demo = False,
    ) -> None:
        """Confirm what a reply says (its outcome is recorded) or dismiss it."""
        if action not in ("confirm", "dismiss"):
            main.fail("the action is confirm or dismiss")
        body = {"outcome": outcome} if action == "confirm" else None
        r = call(demo, "POST", f"/api/replies/{reply_id}/{action}", json=body)
        main.console.print(
            f"reply {r['id']}: {r['state']}" + (f" ({r['confirmed_outcome']})" if r["confirmed_outcome"] else "")
        )

    @cli.command()
    def followups(
        all_: Annotated[bool, typer.Option("--all", help="every state, not only drafts")] = False, demo: Demo = False
    ) -> None:
        """Follow-ups, thank-you notes and reminders waiting for you."""
        items = call(demo, "GET", "/api/followups", params={"state": "all" if all_ else "draft"})["items"]
        if not items:
            main.console.print("no follow-ups waiting for you")
        for f in items:
            to = f" to {safe(f['recipient'])}" if f["recipient"] else ""
            main.console.print(
                f"[bold]{f['id']}[/] {f['kind'].replace('_', ' ')}{to} ({f['state']}): "
                f"{safe(f['title'])} at {safe(f['company'])}\n{safe(f['body'])}\n"
            )

    @cli.command()
    def followup(
        action: Annotated[str, typer.Argument(help="approve, dismiss or done")], followup_id: str, demo: Demo = False
    ) -> None:
        """Approve a follow-up (sent by the next mail tick), dismiss it, or mark a reminder done."""
        if action not in ("approve", "dismiss", "done"):
            main.fail("the action is approve, dismiss or done")
        f = call(demo, "POST", f"/api/followups/{followup_id}/{action}")
        main.console.print(f"{f['kind'].replace('_', ' ')} {f['id']}: {f['state']}")

    @cli.command()
    def answers(
        job_id: str,
        question: Annotated[
            list[str], typer.Option("--question", "-q", help="a question of the application form (repeat for each)")
        ],
        limit: Annotated[int, typer.Option(help="the most characters a field takes")] = 1000,
        demo: Demo = False,
    ) -> None:
        """Draft answers to an application form's questions from your CV (personal ones from your profile)."""
        body = {"questions": [{"text": q, "limit": limit} for q in question]}
        for a in call(demo, "POST", f"/api/jobs/{job_id}/answers", json=body)["items"]:
            label = {
                "drafted": "drafted from your CV",
                "from_profile": "from your profile",
                "needs_you": "left for you",
            }.get(a["state"], a["state"])
            main.console.print(f"[bold]{safe(a['question'])}[/] ({label})\n{safe(a['answer']) or safe(a['note'])}")
            for removed in a["removed"]:
                main.console.print(
                    f"  [yellow]removed:[/] {safe(removed['sentence'])} ({safe('; '.join(removed['reasons']))})"
                )
            main.console.print()

    @cli.command()
    def brief(
        job_id: str,
        docx: Annotated[Path | None, typer.Option(help="also save it as a Word file")] = None,
        demo: Demo = False,
    ) -> None:
        """An interview brief: your evidence for each requirement, likely questions, gaps, questions to ask."""
        b = call(demo, "GET", f"/api/jobs/{job_id}/interview-brief")
        main.console.print(f"[bold]Interview brief: {safe(b['title'])}, {safe(b['company'])}[/]")
        for s in b["stories"]:
            main.console.print(
                f"- {safe(s['requirement'])}\n    {safe(s['situation'])}\n    {safe(s['action_and_result'])}"
            )
        for heading, key in (
            ("Likely questions", "likely_questions"),
            ("Gaps to prepare for", "gaps"),
            ("Questions to ask", "questions_to_ask"),
        ):
            main.console.print(f"[bold]{heading}[/]")
            for item in b[key] or ["none"]:
                main.console.print(f"- {safe(item)}")
        if docx is not None:
            with main.connect(demo) as api:
                docx.write_bytes(api._request("GET", f"/api/jobs/{job_id}/interview-brief.docx").content)
            main.console.print(f"saved {docx}")

    @cli.command("applied-elsewhere")
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
        main.console.print(f"recorded: job {r['job_id']} is {r['status']}")

    @cli.command("apply-anyway")
    def apply_anyway(
        job_id: str, reason: Annotated[str, typer.Option(help="why; kept in the job's history")], demo: Demo = False
    ) -> None:
        """Tailor a filtered or rejected job despite the gate or the score."""
        with main.connect(demo) as api:
            try:
                api._call("POST", f"/api/jobs/{job_id}/apply-anyway", json={"reason": reason})
            except ApiError as exc:
                main.fail(str(exc))
            main.wait_with_progress(api, [job_id])
            main._show(api.job(job_id))
