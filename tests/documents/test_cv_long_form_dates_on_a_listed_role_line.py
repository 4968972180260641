"""Dates written out in words ("Julio de 2017 – A la fecha") count as no more words on a listed role line than their
short form ("Jul 2017 – Present"): "Presidente en “IEEE … Chapter”. Julio de 2017 – A la fecha." is a role line, as
it would be in English; a long sentence ending in dates is still none."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes


def _roles(*items: str) -> list[tuple[str, str, str]]:
    data = docx_bytes(
        ("Camila Rojas", "Title"),
        ("camila.rojas@example.org", None),
        ("Voluntariado", "Heading 1"),
        ("2010 – A la fecha\tIEEE", None),
        *[(item, "List Bullet") for item in items],
    )
    return [(r.title.value, r.employer.value, r.start.value) for r in read_outline(data).roles]


def test_a_post_dated_in_long_form_is_a_role_line() -> None:
    got = _roles(
        "Presidente en “IEEE Computational Intelligence Society Colombia Chapter”. Julio de 2017 – A la fecha.",
        "Secretario en “IEEE Colombia Section”. Julio de 2017 – A la fecha.",
    )
    assert ("Presidente", "IEEE Computational Intelligence Society Colombia Chapter", "2017-07") in got


def test_a_long_sentence_ending_in_dates_is_no_role_line() -> None:
    got = _roles(
        "Secretario en “IEEE Colombia Section”. Julio de 2017 – A la fecha.",
        "Organicé con el equipo de voluntarios las jornadas anuales de formación para estudiantes de ingeniería de "
        "la región andina entre enero de 2015 y diciembre de 2016.",
    )
    assert [g[0] for g in got] == ["Secretario"]
