"""An employer's line with its whole span ("Globant<TAB>2017 - 2022") over the posts held there, each with its own
dates ("Líder técnico (2019 - 2022)", "Desarrollador Full Stack (2017 - 2019)"), after a role written "Softtek<TAB>2022
- la actualidad" over its title "Líder técnico": the employer's line took the title line above it, the role above's,
so it was read as a post of its own and its posts were left with no employer. A line another role's head holds is no
title of a role whose section writes no line over its dates.

Found by the independent "roles in international CVs" set (`bench/bench_cv_roles_intl.py`, tune seeds: roles right
1096 → 1100); the CV below is made up."""

from __future__ import annotations

import docx

from app.documents.cv_structure import read_outline
from tests.docx_build import saved


def test_an_employer_line_over_its_posts_takes_no_title_from_the_role_above() -> None:
    d = docx.Document()
    d.add_paragraph("Mariana López", style="Title")
    d.add_paragraph("mariana.lopez@example.mx · Guadalajara")
    d.add_paragraph("EXPERIENCIA LABORAL", style="Heading 1")
    d.add_paragraph("Softtek S.A. de C.V.\t2022 - la actualidad")
    d.add_paragraph("Líder técnico")
    d.add_paragraph("Globant\t2017 - 2022")
    d.add_paragraph("Líder técnico (2019 - 2022)")
    d.add_paragraph("Elaboración de informes mensuales", style="List Bullet")
    d.add_paragraph("Desarrollador Full Stack (2017 - 2019)")
    d.add_paragraph("Atención al cliente y seguimiento de indicadores", style="List Bullet")
    d.add_paragraph("Mercado Libre\t2009 - 2014")
    d.add_paragraph("Desarrollador junior (2009 - 2014)")
    out = read_outline(saved(d))
    assert [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in out.roles] == [
        ("Líder técnico", "Softtek S.A. de C.V.", "2022", "present"),
        ("Líder técnico", "Globant", "2019", "2022"),
        ("Desarrollador Full Stack", "Globant", "2017", "2019"),
        ("Desarrollador junior", "Mercado Libre", "2009", "2014"),
    ]
