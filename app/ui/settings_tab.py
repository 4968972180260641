"""The Settings tab: modes, search criteria, thresholds, sources and schedule, mail limits.

Each form saves one YAML file through the API, which validates it with the same model as the file, saves
it and applies it at once. A refused value is shown under its own field.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import gradio as gr

from app.errors import ApiError
from app.ui.client import ApiClient
from app.ui.job_panel import bad, friendly, ok


def _list(text: str) -> list[str]:
    return [p.strip() for p in (text or "").replace("\n", ",").split(",") if p.strip()]


def _join(items: list[str] | None) -> str:
    return ", ".join(items or [])


@dataclass
class SettingsTab:
    load: Any
    outputs: list[Any]


class _Fields:
    """The form's fields by "file:dotted.key", each with the slot that shows the API's refusal of it."""

    def __init__(self) -> None:
        self.fields: dict[str, tuple[Any, Any]] = {}  # "file:dotted.key" -> (component, its error slot)

    def __call__(self, key: str, comp: Any) -> Any:
        self.fields[key] = (
            comp,
            gr.HTML(elem_id="err-" + key.split(":")[1].replace(".", "-"), elem_classes=["js-field-error"]),
        )
        return comp


@dataclass
class _Form:
    note: Any
    approval: Any
    dry: Any
    save_modes: Any
    modes_out: Any
    roles: Any
    must: Any
    preferred: Any
    cities: Any
    remote: Any
    salary: Any
    min_score: Any
    save_search: Any
    search_out: Any
    budget: Any
    words: Any
    save_agents: Any
    agents_out: Any
    schedule: Any
    sources: Any
    save_platforms: Any
    platforms_out: Any
    per_hour: Any
    per_day: Any
    save_mail: Any
    mail_out: Any

    def outputs(self) -> list[Any]:
        """What `load` fills, in its order."""
        return [
            self.note,
            self.approval,
            self.dry,
            self.roles,
            self.must,
            self.preferred,
            self.cities,
            self.remote,
            self.salary,
            self.min_score,
            self.budget,
            self.words,
            self.schedule,
            self.sources,
            self.per_hour,
            self.per_day,
        ]


def build_settings_tab(api: ApiClient) -> SettingsTab:
    field = _Fields()
    with gr.Tab("Settings", id="settings"):
        form = _Form(
            *_modes_section(),
            *_search_section(field),
            *_agents_section(field),
            *_platforms_section(field),
            *_mail_section(field),
        )
    h = _SettingsHandlers(api, field.fields)
    _wire(h, form, [slot for _, slot in field.fields.values()])
    return SettingsTab(h.load, form.outputs())


def _modes_section() -> tuple[Any, ...]:
    note = gr.HTML(elem_id="settings-note")
    gr.Markdown("### Modes")
    with gr.Row():
        approval = gr.Checkbox(label="Approval mode: ask me before anything is sent", elem_id="mode-approval")
        dry = gr.Checkbox(label="Dry run: prepare documents, never send", elem_id="mode-dry-run")
        save_modes = gr.Button("Save modes", elem_id="save-modes")
    modes_out = gr.HTML(elem_id="modes-result")
    return note, approval, dry, save_modes, modes_out


def _search_section(field: _Fields) -> tuple[Any, ...]:
    gr.Markdown("### What you are looking for (search.yaml)")
    roles = field("search.yaml:roles", gr.Textbox(label="Job titles you want (comma separated)"))
    must = field("search.yaml:skills.must_have", gr.Textbox(label="Must-have skills"))
    preferred = field("search.yaml:skills.preferred", gr.Textbox(label="Preferred skills"))
    cities = field("search.yaml:locations.cities", gr.Textbox(label="Cities where on-site or hybrid work is fine"))
    remote = field(
        "search.yaml:locations.remote",
        gr.CheckboxGroup(
            [("Remote", "remote"), ("Hybrid", "hybrid"), ("On-site", "onsite")], label="Working arrangements"
        ),
    )
    salary = field("search.yaml:salary.minimum", gr.Number(label="Lowest acceptable pay (empty: no floor)"))
    min_score = field(
        "search.yaml:min_score", gr.Number(label="Lowest match score to prepare documents (%)", elem_id="min-score")
    )
    save_search = gr.Button("Save search criteria", variant="primary", elem_id="save-search")
    search_out = gr.HTML(elem_id="search-result")
    return roles, must, preferred, cities, remote, salary, min_score, save_search, search_out


def _agents_section(field: _Fields) -> tuple[Any, ...]:
    gr.Markdown("### Spending and letters (agents.yaml)")
    budget = field("agents.yaml:budgets.per_day_usd", gr.Number(label="Most LLM spending per day (USD)"))
    words = field("agents.yaml:cover_letter.word_limit", gr.Number(label="Most words in a cover letter", precision=0))
    save_agents = gr.Button("Save spending and letters", elem_id="save-agents")
    agents_out = gr.HTML(elem_id="agents-result")
    return budget, words, save_agents, agents_out


def _platforms_section(field: _Fields) -> tuple[Any, ...]:
    gr.Markdown("### Sources and schedule (platforms.yaml)")
    schedule = field("platforms.yaml:schedule_enabled", gr.Checkbox(label="Run discovery on a schedule"))
    sources = field("platforms.yaml:sources", gr.CheckboxGroup([], label="Sources that are on"))
    save_platforms = gr.Button("Save sources", elem_id="save-platforms")
    platforms_out = gr.HTML(elem_id="platforms-result")
    return schedule, sources, save_platforms, platforms_out


def _mail_section(field: _Fields) -> tuple[Any, ...]:
    gr.Markdown("### Mail limits (mail.yaml)")
    per_hour = field("mail.yaml:limits.per_hour", gr.Number(label="Most emails in any hour", precision=0))
    per_day = field("mail.yaml:limits.per_day", gr.Number(label="Most emails in any 24 hours", precision=0))
    save_mail = gr.Button("Save mail limits", elem_id="save-mail")
    mail_out = gr.HTML(elem_id="mail-result")
    return per_hour, per_day, save_mail, mail_out


def _wire(h: _SettingsHandlers, f: _Form, errs: list[Any]) -> None:
    f.save_modes.click(h.save_modes_fn, [f.approval, f.dry], f.modes_out)
    f.save_search.click(
        h.search_change,
        [f.roles, f.must, f.preferred, f.cities, f.remote, f.salary, f.min_score],
        [f.search_out, *errs],
    )
    f.save_agents.click(
        lambda b, w: h.save("agents.yaml", {"budgets": {"per_day_usd": b}, "cover_letter": {"word_limit": w}}),
        [f.budget, f.words],
        [f.agents_out, *errs],
    )
    f.save_platforms.click(h.platforms_change, [f.schedule, f.sources], [f.platforms_out, *errs])
    f.save_mail.click(
        lambda hour, day: h.save("mail.yaml", {"limits": {"per_hour": hour, "per_day": day}}),
        [f.per_hour, f.per_day],
        [f.mail_out, *errs],
    )


def _refusals(exc: ApiError) -> dict[str, str]:
    """Dotted key -> the API's reason, for each field a refused save named (the first reason of each)."""
    found: dict[str, str] = {}
    for f in (exc.detail or {}).get("fields", []) if isinstance(exc.detail, dict) else []:
        found.setdefault(f["field"], f["message"])
    return found


class _SettingsHandlers:
    def __init__(self, api: ApiClient, fields: dict[str, tuple[Any, Any]]) -> None:
        self.api, self.fields = api, fields
        self.current: dict[str, Any] = {}

    def load(self) -> tuple[Any, ...]:
        try:
            s = self.api.settings()
            m = self.api.modes()
        except ApiError as exc:
            return (bad(friendly(exc)), *([gr.skip()] * 15))
        self.current.update(s["files"])
        se, ag, pl, ma = (s["files"][k] for k in ("search.yaml", "agents.yaml", "platforms.yaml", "mail.yaml"))
        msg = bad(s["read_only"]) if s.get("read_only") else ""
        return (
            msg,
            m["approval_mode"],
            m["dry_run"],
            _join(se["roles"]),
            _join(se["skills"]["must_have"]),
            _join(se["skills"]["preferred"]),
            _join(se["locations"]["cities"]),
            se["locations"]["remote"],
            se["salary"]["minimum"],
            round(se["min_score"] * 100, 1),
            ag["budgets"]["per_day_usd"],
            ag["cover_letter"]["word_limit"],
            pl["schedule_enabled"],
            gr.update(
                choices=[s_["name"] for s_ in pl["sources"]],
                value=[s_["name"] for s_ in pl["sources"] if s_["enabled"]],
            ),
            ma["limits"]["per_hour"],
            ma["limits"]["per_day"],
        )

    def save(self, name: str, change: dict[str, Any]) -> tuple[Any, ...]:
        try:
            self.api.save_settings(name, change)
        except ApiError as exc:
            return (bad(f"Not saved: {friendly(exc)}"), *self._field_errors(name, _refusals(exc)))
        return (
            ok(f"Saved {name} and applied it: new jobs use it from now on."),
            *["" if k.startswith(name) else gr.skip() for k in self.fields],
        )

    def _field_errors(self, name: str, found: dict[str, str]) -> list[Any]:
        """Each field's error slot: its refusal, cleared for the other fields of `name`, untouched elsewhere."""
        out = []
        for key in self.fields:
            file, dotted = key.split(":")
            msg = next(
                (m for loc, m in found.items() if file == name and (loc == dotted or loc.startswith(dotted + "."))),
                "",
            )
            out.append(bad(msg) if msg else ("" if file == name else gr.skip()))
        return out

    def save_modes_fn(self, a: bool, d: bool) -> str:
        try:
            m = self.api.modes(approval_mode=a, dry_run=d)
        except ApiError as exc:
            return bad(friendly(exc))
        onoff = {True: "on", False: "off"}
        return ok(f"Saved: approval mode {onoff[m['approval_mode']]}, dry run {onoff[m['dry_run']]}.")

    def search_change(
        self, r: str, mu: str, pr: str, ci: str, re_: list[str], sa: float | None, ms: float | None
    ) -> tuple[Any, ...]:
        return self.save(
            "search.yaml",
            {
                "roles": _list(r),
                "skills": {"must_have": _list(mu), "preferred": _list(pr)},
                "locations": {"cities": _list(ci), "remote": re_ or []},
                "salary": {"minimum": sa},
                "min_score": None if ms is None else round(float(ms) / 100, 4),
            },
        )

    def platforms_change(self, sched: bool, on: list[str]) -> tuple[Any, ...]:
        srcs = [
            {**s_, "enabled": s_["name"] in (on or [])}
            for s_ in self.current.get("platforms.yaml", {}).get("sources", [])
        ]
        return self.save("platforms.yaml", {"schedule_enabled": sched, "sources": srcs})
