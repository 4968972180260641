"""A Spanish or Portuguese qualification named after its holder is a degree, no post, in the education section.

Found by reading made-up Spanish and Brazilian CVs (not from a corpus file): under "Formación", "Técnico en Cuidados
Auxiliares de Enfermería, IES Vega del Tajo, 2012 – 2014" (a vocational qualification) was read as a post held at
the school, since "Técnico" is a post's noun. Spanish and Portuguese name a qualification after its holder, then its
field after "en" or "em"; a title still so written once the line is read (the field was not taken for an employer)
is no post among an education section's degrees.
"""

from __future__ import annotations

import docx
import pytest

from app.documents.cv_structure import read_outline
from tests.docx_build import saved


def _cv(heading: str, degree: str) -> bytes:
    d = docx.Document()
    d.add_paragraph("Lucía Fernández", style="Title")
    d.add_paragraph("lucia.fernandez@example.org")
    d.add_paragraph("Experiencia laboral", style="Heading 1")
    d.add_paragraph().add_run("Cajera — Mercadona — Toledo").bold = True
    d.add_paragraph("Septiembre 2017 – Actualmente")
    d.add_paragraph("Atención al cliente en caja.", style="List Bullet")
    d.add_paragraph(heading, style="Heading 1")
    d.add_paragraph(degree)
    d.add_paragraph("Idiomas: español nativo, inglés B2 y francés básico en conversación.")
    return saved(d)


@pytest.mark.parametrize(
    "degree",
    [
        "Técnico en Cuidados Auxiliares de Enfermería, IES Vega del Tajo, 2012 – 2014",
        "Técnica Superior en Educación Infantil, CIFP Río Tormes, 2012 – 2014",
        "Técnico em Administração, IFPE, 2012 – 2014",
    ],
)
@pytest.mark.parametrize("heading", ["Formación", "Educación", "Formação"])
def test_a_qualification_named_after_its_holder_is_no_role(heading: str, degree: str) -> None:
    roles = read_outline(_cv(heading, degree)).roles
    assert [r.start.value for r in roles] == ["2017-09"]


def test_a_post_held_at_a_university_among_degrees_is_still_a_role() -> None:
    data = _cv("Educación", "Research Assistant, Universidad de Salamanca, 2012 – 2014")
    assert [r.start.value for r in read_outline(data).roles] == ["2017-09", "2012"]
