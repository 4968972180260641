"""A sentence under a role that tells what was won, dated by its year ("Bagged 1st position at IIM(C) in Stage Play
Event(2019).", from a round-42 tune file of the corpus: a student society's PR head), is an achievement of that role,
not a post of its own; a sentence that tells a post was taken ("Promoted to Team Lead (2019).") still names one."""

from __future__ import annotations

import docx

from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes, saved


def _titles(*lines: tuple[str, str | None]) -> list[str]:
    data = docx_bytes(
        ("Aisha Verma", "Title"),
        ("aisha.verma@example.org", None),
        ("Positions of Responsibility", "Heading 1"),
        *lines,
    )
    return [r.title.value for r in read_outline(data).roles]


def test_a_won_place_told_in_a_sentence_is_no_role() -> None:
    titles = _titles(
        ("PR Head | Ashwamedh, The Dramatics Society of NSIT\t(Aug 2018 – Apr 2019)", None),
        ("Bagged 1st position at IIM(C) in Stage Play Event (2019).", None),
        ("Performed at professional theatres across Delhi.", None),
    )
    assert titles == ["PR Head"]


def test_a_post_taken_told_in_a_sentence_stays_a_role() -> None:
    titles = _titles(
        ("Developer | Globex Ltd\t(Jan 2017 – Dec 2019)", None),
        ("Promoted to Team Lead (2019).", None),
    )
    assert "Developer" in titles and len(titles) == 2


def test_a_role_line_with_its_description_after_a_line_break_stays_a_role() -> None:
    # "Industrial Electrician Apprentice – Sikes Electric (Feb-Dec 2022)↵Assisted with …." (a tune file): the
    # sentence shares the role's paragraph, but the dates are the role line's own
    d = docx.Document()
    d.add_paragraph("Nathan Reyes", style="Title")
    d.add_paragraph("nathan.reyes@example.org")
    d.add_paragraph("Experience", style="Heading 1")
    for head, said in (
        ("Industrial Electrician Apprentice – Sikes Electric (Feb-Dec 2022)", "Assisted with wiring and upkeep."),
        ("Manufacturing Depot Intern – IPN (Jan-April 2021)", "Supported machining labs and kept inventory."),
    ):
        run = d.add_paragraph().add_run(head)
        run.bold = True
        run.add_break()
        run.add_text(said)
    roles = read_outline(saved(d)).roles
    assert [(r.title.value, r.employer.value) for r in roles] == [
        ("Industrial Electrician Apprentice", "Sikes Electric"),
        ("Manufacturing Depot Intern", "IPN"),
    ]
