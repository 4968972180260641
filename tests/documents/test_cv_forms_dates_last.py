"""A Colombian "hoja de vida" form (2026-12-02, eighth corpus round): each role opens with "EMPRESA:" in bold
capitals, then "Cargo:", what was done, the supervisor's name, post and phone, and the time worked last."""

from __future__ import annotations

import docx

from app.documents.cv_structure import read_outline
from tests.docx_build import saved


def _hoja_de_vida() -> bytes:
    d = docx.Document()
    d.add_paragraph("Jordan Okafor", style="Title")
    d.add_paragraph("jordan.okafor@example.org")
    for text, bold in [
        ("EXPERIENCIA", True),
        ("EMPRESA: SUTHERLAND GLOBAL SERVICES", True),
        ("Cargo: Ingeniero de Soporte Técnico", True),
        ("Brindo soporte técnico a ingenieros de campo y a productos de diagnóstico.", False),
        ("Jefe inmediato: Hernán Quintero", False),
        ("Cargo: Technical Support Manager", False),
        ("Teléfono: 3291102457", False),
        ("Tiempo laborado: 7 de Mayo del 2018 – A la fecha", False),
        ("EMPRESA: SITEL Group", True),
        ("Cargo: Representante de Soporte técnico", True),
        ("(Funciones)", True),
        ("Proveer soporte técnico y soporte remoto a equipos de telefonía móvil.", False),
        ("Jefe inmediato: Mauricio Velandia", False),
        ("Cargo: Gerente de operaciones", False),
        ("Teléfono: 3324397960", False),
        ("Tiempo laborado: 14 de Abril del 2014 – 1 de Mayo del 2018", False),
        ("FORMACION ACADEMICA", True),
        ("ESCUELA COLOMBIANA DE INGENIERIA JULIO GARAVITO. Ingeniero Electrónico.", False),
    ]:
        d.add_paragraph().add_run(text).bold = bold or None
    return saved(d)


def test_each_role_of_a_form_whose_dates_come_last_opens_at_its_employer() -> None:
    roles = read_outline(_hoja_de_vida()).roles
    got = [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in roles]
    assert got == [
        ("Ingeniero de Soporte Técnico", "SUTHERLAND GLOBAL SERVICES", "2018-05", "present"),
        ("Representante de Soporte técnico", "SITEL Group", "2014-04", "2018-05"),
    ]


def test_the_supervisors_name_post_and_phone_are_not_what_the_seeker_did() -> None:
    roles = read_outline(_hoja_de_vida()).roles
    assert [b.text for b in roles[0].bullets] == [
        "Brindo soporte técnico a ingenieros de campo y a productos de diagnóstico."
    ]
    assert [b.text for b in roles[1].bullets] == [
        "Proveer soporte técnico y soporte remoto a equipos de telefonía móvil."
    ]
