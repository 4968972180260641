"""API JSON -> HTML for the UI. Every value from a posting is escaped; HTML from the API is sanitised again.

Pure functions, no network: the tabs fetch, these render.
"""

from __future__ import annotations

import re
from html import escape
from typing import Any

from app.review.html import sanitise
from app.ui.labels import CRITERION_LABELS, GATE_LABELS, label, pct, status_label


def e(value: Any) -> str:
    return escape("" if value is None else str(value), quote=True)


def banner_html(b: dict[str, Any] | None, error: str | None = None) -> str:
    """The status banner: dry run, approval mode, mail, demo data, budget; always the true state."""
    if error:
        return f'<div class="js-banner js-warn" role="status">⚠ {e(error)}</div>'
    if not b:
        return ""
    chips = []
    if b.get("demo"):
        chips.append(("info", "Demo data: a sample seeker, nothing here is yours"))
    if b.get("dry_run"):
        chips.append(("warn", "Dry run is on: documents are prepared, nothing is sent"))
    chips.append(
        ("info", "Approval mode: nothing is sent before you approve it")
        if b.get("approval_mode")
        else ("warn", "Approval mode is off: approved matches are sent automatically")
    )
    if not b.get("mail_configured"):
        chips.append(("warn", "Mail is not set up (SMTP_SERVER, SENDER_EMAIL): approved jobs are not emailed"))
    if b.get("budget_reached"):
        chips.append(("warn", f"Today's LLM budget of ${b.get('budget_per_day', 0):.2f} is reached"))
    if b.get("config_error"):
        chips.append(("warn", f"Settings problem: {b['config_error']}"))
    inner = "".join(f'<span class="js-chip js-{k}">{e(t)}</span>' for k, t in chips)
    return f'<div class="js-banner" role="status" id="status-banner-inner">{inner}</div>'


def choice_label(j: dict[str, Any]) -> str:
    """One line per job for lists (Radio/Checkbox labels are shown as text by Gradio, never as HTML)."""
    score = f" · {pct(j['score'])}" if j.get("score") is not None else ""
    return f"{j['title']} — {j['company']} · {status_label(j['status'])}{score}"


def _email(mail: dict[str, Any] | None) -> str:
    if not mail:
        return ""
    atts = "".join(f"<li>{e(a)}</li>" for a in mail.get("attachments") or [])
    problem = f'<p class="js-bad">⚠ {e(mail["attachment_problem"])}</p>' if mail.get("attachment_problem") else ""
    when = "sent when you approve" if mail.get("sends_now") else e(mail.get("say"))
    return (
        f'<section class="js-email" aria-label="The email"><h3>The email ({when})</h3>'
        f'<dl><dt>To</dt><dd class="js-to">{e(mail["to"])}</dd><dt>From</dt><dd>{e(mail["from"])}</dd>'
        f'<dt>Subject</dt><dd class="js-subject">{e(mail["subject"])}</dd></dl>'
        f'<pre class="js-body">{e(mail["body"])}</pre><p>Attachments:</p><ul>{atts}</ul>{problem}</section>'
    )


_SCORE = re.compile(r"\bscore (0(?:\.\d+)?|1(?:\.0+)?)\b")


def _percent_scores(text: str) -> str:
    """'score 0.97' in the match summary becomes 'score 97%'."""
    return _SCORE.sub(lambda m: f"score {pct(float(m.group(1)))}", text)


def _match(m: dict[str, Any], missing: list[str]) -> str:
    if not m:
        return ""
    gates = "".join(
        f'<li class="{"js-ok" if g["passed"] else "js-bad"}">{"✓" if g["passed"] else "✗"} '
        f"<b>{e(label(GATE_LABELS, g['name']))}</b>: {e(g['reason'])}</li>"
        for g in m.get("gates", [])
    )
    rows = "".join(
        f"<tr><td>{e(label(CRITERION_LABELS, c['name']))}</td><td>{pct(c['score'])}</td>"
        f"<td>{e(c.get('reason', ''))}</td></tr>"
        for c in m.get("criteria", [])
    )
    miss = (
        f'<p class="js-missing"><b>Missing skills</b> (in your criteria, not in the posting): '
        f"{e(', '.join(missing))}</p>"
        if missing
        else '<p class="js-missing">No required or preferred skill is missing.</p>'
    )
    summary = e(_percent_scores(m.get("summary", "")))
    return (
        f'<section class="js-match"><h3>Match: {pct(m.get("score"))}</h3><p>{summary}</p>'
        f'<ul class="js-gates">{gates}</ul>{miss}'
        f"<table><thead><tr><th>Criterion</th><th>Score</th><th>Why</th></tr></thead>"
        f"<tbody>{rows}</tbody></table></section>"
    )


def _changes(c: dict[str, list[dict[str, Any]]]) -> str:
    parts = []
    for r in c.get("reordered", []):
        if r["what"] == "sections":
            parts.append(
                f'<li class="js-moved">Sections reordered: {e(" → ".join(r["after"]))} '
                f"(was {e(' → '.join(r['before']))})</li>"
            )
        else:
            extra = f", {r['dropped']} left out" if r.get("dropped") else ""
            parts.append(f'<li class="js-moved">{e(r["what"].capitalize())} reordered{e(extra)}</li>')
    for r in c.get("rewritten", []):
        parts.append(
            f'<li class="js-rewrite">Rewritten: <ins>{e(r["after"])}</ins><br>'
            f'<span class="js-source">from your CV: <del>{e(r["before"])}</del></span></li>'
        )
    for r in c.get("removed", []):
        kept = f"<br>kept instead: {e(r['kept_instead'])}" if r.get("kept_instead") else ""
        parts.append(
            f'<li class="js-removed">Removed by the fact check ({e(r["where"])}): <del>{e(r["sentence"])}'
            f"</del><br>why: {e(r['why'])}{kept}</li>"
        )
    for s in c.get("skills", []):
        parts.append(f"<li>Skills emphasised: {e(', '.join(s['emphasised']))}</li>")
    body = "".join(parts) or "<li>No changes were recorded for this run.</li>"
    return f'<section class="js-changes"><h3>What tailoring changed</h3><ul>{body}</ul></section>'


def _side(title: str, new: str | None, old: str | None) -> str:
    if not new:
        return ""
    return (
        f'<section class="js-doc"><h3>{e(title)}</h3><div class="js-side">'
        f'<div class="js-page js-new"><h4>Tailored</h4>{sanitise(new)}</div>'
        f'<div class="js-page js-old"><h4>Your original</h4>{sanitise(old or "<p>(not found)</p>")}</div>'
        f"</div></section>"
    )


def review_html(r: dict[str, Any]) -> str:
    """The open job: header, the email, the match, the changes, both documents beside the originals, the posting."""
    j = r["job"]
    facts = [
        ("Status", status_label(j["status"])),
        ("Location", j.get("location")),
        ("Salary", j.get("salary_text") or "not stated"),
        ("Source", j.get("source")),
        ("Apply", j.get("apply_email") or j.get("apply_url") or j.get("url")),
    ]
    meta = " · ".join(f"<b>{e(k)}:</b> {e(v)}" for k, v in facts if v)
    err = ""
    if j.get("error") or j.get("status") == "pending":
        err = (
            f'<p class="js-bad" role="alert">⚠ {e(j.get("failed_stage") or "a stage")} needs you: '
            f"{e(j.get('error') or j.get('status_reason') or '')}</p>"
        )
    docs = r.get("documents") or {}
    usage = r.get("usage") or {}
    cost = f'<p class="js-cost">LLM: {usage["calls"]} calls, ${usage["cost"]:.4f}</p>' if usage.get("calls") else ""
    return (
        f'<article class="js-review" data-job="{e(j["id"])}"><h2>{e(j["title"])} — {e(j["company"])}</h2>'
        f'<p class="js-meta">{meta}</p>{err}<p class="js-plan">On approval: {e((r.get("plan") or {}).get("say"))}'
        f"</p>{_email(r.get('email'))}{_match(r.get('match') or {}, r.get('missing_skills') or [])}"
        f"{_changes(r.get('changes') or {})}"
        f"{_side('Cover letter', docs.get('cover_letter'), docs.get('cover_letter_original'))}"
        f"{_side('CV', docs.get('cv'), docs.get('cv_original'))}{cost}"
        f'<details class="js-posting"><summary>The posting</summary>{sanitise(r.get("posting_html") or "")}'
        f"</details></article>"
    )


def pipeline_html(rows: list[dict[str, Any]]) -> str:
    if not rows:
        return "<p>No jobs yet.</p>"
    body = "".join(
        f'<div class="js-card"><b>{e(status_label(r["status"]))}</b><span class="js-big">{r["jobs"]}'
        f"</span><small>typical wait {_minutes(r['median_minutes'])}, oldest {_minutes(r['oldest_minutes'])}"
        f"</small></div>"
        for r in rows
    )
    return f'<div class="js-cards" id="pipeline-cards">{body}</div>'


def _minutes(m: float | None) -> str:
    if m is None:
        return "—"
    m = float(m)
    return f"{m:.0f} min" if m < 120 else (f"{m / 60:.1f} h" if m < 2880 else f"{m / 1440:.1f} days")


def board_html(rows: list[dict[str, Any]], stages: tuple[str, ...]) -> str:
    cols = []
    for stage in stages:
        cards = "".join(
            f'<div class="js-card"><b>{e(r["title"])}</b><span>{e(r["company"])}</span>'
            f"<small>{e(r.get('notes') or r.get('status_reason') or '')}</small></div>"
            for r in rows
            if r["status"] == stage
        )
        n = sum(1 for r in rows if r["status"] == stage)
        cols.append(f'<div class="js-col"><h4>{e(status_label(stage))} ({n})</h4>{cards}</div>')
    return f'<div class="js-board" id="board-cols">{"".join(cols)}</div>'


def totals_html(t: dict[str, float], budget: float) -> str:
    return (
        f'<div class="js-cards" id="cost-totals"><div class="js-card"><b>LLM cost today</b><span class="js-big">'
        f'${t["today"]:.4f}</span><small>budget ${budget:.2f} a day</small></div><div class="js-card"><b>This month'
        f'</b><span class="js-big">${t["month"]:.4f}</span></div><div class="js-card"><b>All time</b>'
        f'<span class="js-big">${t["all_time"]:.4f}</span></div></div>'
    )


CSS = """
.js-banner{display:flex;flex-wrap:wrap;gap:.4rem;margin:.2rem 0}
.js-chip{padding:.25rem .6rem;border-radius:1rem;font-size:.85rem}
.js-info{background:#e8f0fe;color:#1a3d7c}.js-warn{background:#fdecc8;color:#6b4500}
.js-ok{color:#17612b}.js-bad{color:#a1161b}
.js-side{display:grid;grid-template-columns:1fr 1fr;gap:.8rem}
.js-page{border:1px solid #ddd;border-radius:.4rem;padding:.6rem;max-height:32rem;overflow:auto;font-size:.85rem}
.js-email pre{white-space:pre-wrap;background:#f6f6f6;padding:.5rem;border-radius:.3rem}
.js-email dl{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .6rem}
.js-changes ins{background:#dff5e1;text-decoration:none}.js-changes del{background:#fde2e2}
.js-cards{display:flex;flex-wrap:wrap;gap:.5rem}
.js-card{display:flex;flex-direction:column;border:1px solid #ddd;border-radius:.4rem;padding:.5rem;min-width:9rem}
.js-big{font-size:1.4rem;font-weight:600}
.js-board{display:grid;grid-template-columns:repeat(auto-fit,minmax(10rem,1fr));gap:.5rem}
.js-review table{width:100%;border-collapse:collapse}
.js-review td,.js-review th{border-bottom:1px solid #eee;padding:.2rem}
@media (max-width:700px){.js-side{grid-template-columns:1fr}}
"""
