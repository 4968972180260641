"""A role whose head names its dates and employer but no title ("04/2008 – 02/2009 – MRS Logística") takes the title
its first line under it gives by a label ("Cargo: Operador de Sistema de Logística", "Position: Data Analyst"), and
that line is no bullet of it. A dash between the dates and the employer is no part of the employer's name, also when
brackets follow it ("11/2011 – 04/2012 – Netpoint (ASP 3 e .NET)")."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import styled_section_cv


def _roles(*paragraphs: tuple[str, str | None]) -> list[tuple[str, str, str, list[str]]]:
    data = styled_section_cv("EXPERIÊNCIA PROFISSIONAL", *paragraphs, closing=("QUALIFICAÇÕES", "Inglês Técnico"))
    return [
        (r.title.value, r.employer.value, r.start.value, [b.text for b in r.bullets]) for r in read_outline(data).roles
    ]


def test_a_labelled_title_under_a_head_without_one_is_its_title() -> None:
    got = _roles(
        ("04/2008 – 02/2009 – MRS Logística", "List Bullet"),
        ("Cargo: Operador de Sistema de Logística", "List Bullet"),
        ("Principais atividades: Gerência e input de dados no sistema.", None),
        ("06/2006 - 04/2008 – MRS Logística", "List Bullet"),
        ("Cargo: Estagiário de Sistemas de Informação", "List Bullet"),
        ("Principais atividades: Análise técnica e suporte.", None),
    )
    assert [g[:3] for g in got] == [
        ("Operador de Sistema de Logística", "MRS Logística", "2008-04"),
        ("Estagiário de Sistemas de Informação", "MRS Logística", "2006-06"),
    ]
    assert not any(b.startswith("Cargo") for g in got for b in g[3])


def test_the_dash_after_the_dates_is_no_part_of_a_bracketed_employer() -> None:
    got = _roles(
        ("11/2011 – 04/2012 – Netpoint (ASP 3 e .NET)", "List Bullet"),
        ("Principais atividades: Manutenção em software streaming.", None),
        ("01/2011 – 08/2011 – Esperienza Sistemas de Informação (ASP 3 e .NET)", "List Bullet"),
        ("Principais atividades: Desenvolvimento de intranet.", None),
    )
    assert [g[1] for g in got] == ["Netpoint", "Esperienza Sistemas de Informação"]
