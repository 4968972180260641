"""Pure rendering helpers: API JSON -> Markdown and table rows. No network here."""

from __future__ import annotations

from typing import Any

STATUS_ORDER = ["queued", "processing", "pending", "awaiting_approval", "dry_run_complete", "approved", "sending",
                "sent", "unknown", "applied", "responded", "interview", "offer", "declined", "no_response",
                "filtered", "rejected", "duplicate", "skipped", "withdrawn", "discovered", "documents_ready"]
JOB_COLUMNS = ["id", "status", "score", "title", "company", "location", "salary", "source", "updated"]


def dashboard_markdown(stats: dict[str, Any], health: dict[str, Any] | None) -> str:
    counts = stats.get("by_status", {})
    lines = [f"### {stats.get('total', 0)} jobs", "", "| status | jobs |", "|---|---:|"]
    order = STATUS_ORDER + [s for s in counts if s not in STATUS_ORDER]
    lines += [f"| {s.replace('_', ' ')} | {counts[s]} |" for s in order if counts.get(s)]
    if health:
        checks = health.get("checks", {})
        lines += ["", "### Health", ""]
        for name, c in checks.items():
            mark = "✓" if c.get("ok") else "⚠"
            extra = c.get("error") or c.get("mode") or c.get("cv") or ""
            problems = "; ".join(c.get("problems") or [])
            lines.append(f"- {mark} **{name}** {extra} {problems}".rstrip())
    return "\n".join(lines)


def job_rows(page: dict[str, Any]) -> list[list[Any]]:
    return [[j["id"], j["status"], round(j["score"], 2) if j.get("score") is not None else "",
             j["title"], j["company"], j.get("location") or "", j.get("salary_text") or "", j["source"],
             str(j["updated_at"])[:16].replace("T", " ")] for j in page.get("items", [])]


def job_markdown(job: dict[str, Any]) -> str:
    lines = [f"## {job['title']} — {job['company']}",
             f"**Status:** `{job['status']}`" + (f" — {job['status_reason']}" if job.get("status_reason") else "")]
    if job.get("error"):
        lines.append(f"\n> ⚠ **{job.get('failed_stage') or 'stage'} failed:** {job['error']}  \n"
                     "> Use *Retry* once the cause is fixed, or *Reject* to skip it.")
    facts = [("Location", job.get("location")), ("Arrangement", job.get("remote")),
             ("Type", job.get("employment_type")), ("Salary", job.get("salary_text") or "not stated"),
             ("Source", job.get("source")), ("Apply", job.get("apply_email") or job.get("apply_url") or job.get("url"))]
    lines.append("\n" + " · ".join(f"**{k}:** {v}" for k, v in facts if v))
    match = job.get("match")
    if match:
        lines.append(f"\n### Match: {match['score']:.2f}\n{match.get('summary', '')}\n")
        for g in match.get("gates", []):
            lines.append(f"- {'✓' if g['passed'] else '✗'} **{g['name']}**: {g['reason']}")
        if match.get("criteria"):
            lines += ["", "| criterion | score | weight | why |", "|---|---:|---:|---|"]
            for c in match["criteria"]:
                lines.append(f"| {c['name']} | {c['score']:.2f} | {c['weight']:.2f} | {c.get('reason', '')} |")
    if job.get("documents"):
        lines.append("\n### Documents\n" + "\n".join(f"- {d['name']} ({d['size']:,} bytes)"
                                                     for d in job["documents"]))
    usage = job.get("usage") or {}
    if usage.get("calls"):
        lines.append(f"\n**LLM:** {usage['calls']} calls, ${usage['cost']:.4f}")
    if job.get("history"):
        lines.append("\n### History")
        lines += [f"- {str(h['changed_at'])[:19]} `{h['from_status'] or '—'}` → `{h['to_status']}`"
                  + (f" — {h['reason']}" if h.get("reason") else "") for h in job["history"]]
    return "\n".join(lines)


def sources_markdown(sources: list[dict[str, Any]]) -> str:
    if not sources:
        return "No sources configured: add them to `config/platforms.yaml`."
    lines = ["| source | type | last run | found | new | |", "|---|---|---|---:|---:|---|"]
    for s in sources:
        last = s.get("last_run") or {}
        state = ("✓" if last.get("ok") else f"✗ {last.get('error')}") if last else "never run"
        lines.append(f"| {s['name']}{'' if s['enabled'] else ' (off)'} | {s['type']} | "
                     f"{str(last.get('created_at', ''))[:16]} | {last.get('found', '')} | {last.get('new_jobs', '')} "
                     f"| {state} |")
    return "\n".join(lines)
