"""A post "en" a name in quotes ("Secretario en “IEEE Colombia Section”") names its organisation after "en", as "at"
does in English; under a line naming the whole organisation ("IEEE"), a unit named in full with that name in it keeps
its own name."""

from __future__ import annotations

from app.documents.cv_head_line import line_segments
from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes


def test_a_quoted_name_after_en_is_the_organisation() -> None:
    assert line_segments("Webmaster en “IEEE Colombia Section”") == [
        ("Webmaster", False),
        ("IEEE Colombia Section", True),
    ]
    assert line_segments("Analista en Bogotá") == [("Analista en Bogotá", False)]  # no quotes: not read as "at"


def test_posts_in_units_named_in_full_keep_the_units_names() -> None:
    data = docx_bytes(
        ("Camila Rojas", "Title"),
        ("camila.rojas@example.org", None),
        ("Voluntariado", "Heading 1"),
        ("2010 – A la fecha\tIEEE", None),
        ("Secretario en “IEEE Colombia Section”. Julio de 2017 – A la fecha.", "List Bullet"),
        ("Webmaster en “IEEE Colombia Section”. Abril de 2013 – Julio de 2017.", "List Bullet"),
    )
    got = [(r.title.value, r.employer.value, r.start.value) for r in read_outline(data).roles]
    assert ("Secretario", "IEEE Colombia Section", "2017-07") in got
    assert ("Webmaster", "IEEE Colombia Section", "2013-04") in got
