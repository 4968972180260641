"""The Board tab: the pipeline (jobs and time per stage), applications by stage with notes, the funnel by
source and by week, LLM cost by day against the budget, cost totals, and the CSV export."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import gradio as gr
import pandas as pd

from app.errors import ApiError
from app.store.insights import BOARD_STAGES
from app.ui.client import ApiClient
from app.ui.job_panel import bad, friendly
from app.ui.render import board_html, e, pipeline_html, totals_html

FUNNEL_STEPS = [("found", "Found"), ("matched", "Matched"), ("approved", "Approved"), ("applied", "Sent or applied")]


def funnel_frame(rows: list[dict[str, Any]], by: str) -> pd.DataFrame:
    """Long form for a grouped bar chart: one row per (source or week, step)."""
    agg: dict[tuple[str, str], int] = {}
    for r in rows:
        for key, name in FUNNEL_STEPS:
            agg[(str(r[by]), name)] = agg.get((str(r[by]), name), 0) + int(r[key])
    return pd.DataFrame([{by: k[0], "step": k[1], "jobs": v} for k, v in agg.items()], columns=[by, "step", "jobs"])


def cost_frame(rows: list[dict[str, Any]], budget: float) -> pd.DataFrame:
    data = [{"day": r["day"], "series": "LLM cost (USD)", "usd": float(r["cost"])} for r in rows]
    data += [{"day": r["day"], "series": "daily budget", "usd": budget} for r in rows]
    return pd.DataFrame(data, columns=["day", "series", "usd"])


@dataclass
class BoardTab:
    refresh: Any
    outputs: list[Any]


def build_board_tab(api: ApiClient) -> BoardTab:
    with gr.Tab("Board", id="board"):
        totals = gr.HTML(elem_id="totals")
        gr.Markdown("### Pipeline: jobs per stage and time in stage")
        pipeline = gr.HTML(elem_id="pipeline")
        gr.Markdown("### Applications by stage")
        board = gr.HTML(elem_id="board")
        with gr.Row():
            by_source = gr.BarPlot(
                x="source", y="jobs", color="step", title="Funnel by source", elem_id="chart-source", min_width=300
            )
            by_week = gr.BarPlot(
                x="week", y="jobs", color="step", title="Funnel by week", elem_id="chart-week", min_width=300
            )
        cost = gr.LinePlot(
            x="day", y="usd", color="series", title="LLM cost by day against the budget", elem_id="chart-cost"
        )
        with gr.Row():
            export = gr.Button("Export all applications (CSV)", elem_id="export-csv")
            csv = gr.File(label="applications.csv", interactive=False)

    def refresh() -> tuple[Any, ...]:
        try:
            o = api.overview()
        except ApiError as exc:
            return bad(friendly(exc)), "", "", gr.skip(), gr.skip(), gr.skip()
        budget = float(o["banner"]["budget_per_day"])
        return (
            totals_html(o["cost_totals"], budget),
            pipeline_html(o["pipeline"]),
            board_html(o["board"], BOARD_STAGES),
            funnel_frame(o["funnel"], "source"),
            funnel_frame(o["funnel"], "week"),
            cost_frame(o["cost_by_day"], budget),
        )

    def export_csv() -> str | None:
        try:
            text = api.export_csv()
        except ApiError as exc:
            gr.Warning(e(friendly(exc)))  # the toast renders HTML
            return None
        path = Path(tempfile.mkdtemp(prefix="jobsmith-csv-")) / "applications.csv"
        path.write_text(text, encoding="utf-8")
        return str(path)

    export.click(export_csv, None, csv)
    return BoardTab(refresh, [totals, pipeline, board, by_source, by_week, cost])
