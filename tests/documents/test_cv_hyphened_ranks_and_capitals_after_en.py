"""Found on fresh tune seeds of the international set (even seeds 600 to 1198; its "lines" family 35 → 45 of 50):

- A post written with a rank's order or an apprentice's prefix and a hyphen ("Terceiro-sargento", "Leerling-monteur")
  and a Dutch post written as one compound ("Elektromonteur", "Klantenservicemedewerker") were unknown, so the
  employer or the place was read as the title.
- "Practicante en EL CORTE INGLÉS": a post, then "en" (or Portuguese "em") before a name in capitals, is the post and
  its employer; a field after "en" is written in lower case or with one capital ("Técnico en Informática").

The CVs below are made up."""

from __future__ import annotations

import docx
import pytest

from app.documents.cv_head_line import line_segments
from app.documents.cv_structure import read_outline
from app.documents.cv_vocab import role_score
from tests.docx_build import saved


@pytest.mark.parametrize(
    "post",
    ["Terceiro-sargento", "Primeiro-tenente", "Leerling-monteur", "Elektromonteur", "Klantenservicemedewerker"],
)
def test_a_hyphened_rank_or_a_dutch_compound_post_is_a_post(post: str) -> None:
    assert role_score(post) >= 1


@pytest.mark.parametrize("name", ["Coca-Cola", "Mercedes-Benz", "Kleider", "Heijmans"])
def test_a_name_is_still_no_post(name: str) -> None:
    assert role_score(name) < 1


@pytest.mark.parametrize(
    ("line", "segments"),
    [
        ("Practicante en EL CORTE INGLÉS", [("Practicante", False), ("EL CORTE INGLÉS", True)]),
        ("Analista em PETROBRAS", [("Analista", False), ("PETROBRAS", True)]),
        ("Técnico en Informática", [("Técnico en Informática", False)]),
        ("Licenciado en Derecho", [("Licenciado en Derecho", False)]),
    ],
)
def test_a_name_in_capitals_after_en_is_the_employer(line: str, segments: list[tuple[str, bool]]) -> None:
    assert line_segments(line) == segments


def test_dutch_lines_read_the_post_not_the_place_as_the_title() -> None:
    d = docx.Document()
    d.add_paragraph().add_run("Sanne de Vries").bold = True
    d.add_paragraph("sanne.devries@example.nl · 06 12345678")
    d.add_paragraph().add_run("Werkervaring").bold = True
    for dates, line in (
        ("07-2020 tot 02-2024", "HEIJMANS, Utrecht, Elektromonteur"),
        ("09-2016 tot 06-2020", "BAM BOUW EN TECHNIEK, Eindhoven, Leerling-monteur"),
    ):
        d.add_paragraph(dates)  # the dates on a line of their own, then the employer, the place and the post
        d.add_paragraph(line)
        d.add_paragraph("Storingen verhelpen bij klanten", style="List Bullet")
    d.add_paragraph().add_run("Opleiding").bold = True
    d.add_paragraph("2012 – 2016 · MBO Elektrotechniek, Summa College")
    roles = read_outline(saved(d)).roles
    assert [(r.title.value, r.employer.value.upper(), r.place.value) for r in roles] == [
        ("Elektromonteur", "HEIJMANS", "Utrecht"),
        ("Leerling-monteur", "BAM BOUW EN TECHNIEK", "Eindhoven"),
    ]
