"""The UI's CV tab: built into the app's Blocks, and its view says what the seeker must do."""

from __future__ import annotations

import gradio as gr

from app.documents.cv_outline import CvOutline, RoleOutline, Scored
from app.ui.cv_tab import outline_markdown
from app.ui.gradio_app import build_ui


def _view(outline: CvOutline, confirmed: bool = False) -> dict:
    return {
        "file": "Jane_Doe_CV.docx",
        "confirmed": confirmed,
        "usable": outline.usable,
        "check": outline.low_fields(),
        "waiting_jobs": 3,
        "outline": outline.model_dump(mode="json"),
    }


def test_the_ui_has_a_cv_tab() -> None:
    ui = build_ui("http://127.0.0.1:9")
    labels = [b.label for b in ui.blocks.values() if isinstance(b, gr.Tab)]
    assert "CV" in labels


def test_an_uncertain_reading_asks_the_seeker_to_confirm_it() -> None:
    outline = CvOutline(
        name=Scored(value="Jane Doe", confidence=0.95),
        roles=[
            RoleOutline(
                title=Scored(value="Data Platforms", confidence=0.5),
                employer=Scored(value="Northwind", confidence=0.5),
                end=Scored(value="present", confidence=0.95),
            )
        ],
    )
    md = outline_markdown(_view(outline))
    assert "confirm how your CV was read" in md and "3 waiting" in md
    assert "| 1 | Data Platforms | Northwind |" in md
    assert "role 1 title" in md and "contact" in md
