"""German trades and posts are read where they end a compound title or stand alone in the feminine.

Found by reading made-up German CVs (not from a corpus file): in "Seniorenresidenz Am Park — Altenpflegerin —
Kassel", "Bäckerei Schmidt – Bäckereifachverkäuferin – 2014 – 2019" and "Kanzlei Hoffmann — Rechtsanwältin — Köln"
the employer was read as the title and the post as the employer: the reader knew German compound titles only by
office endings ("-entwickler", "-leiter", "-berater") and only past ten letters. German writes a trade's title as
one word whose last part is the trade ("Alten|pfleger", "Einzelhandels|kauffrau", "Land|wirt", "Steuerfach|
angestellte"), with "-in" for a woman ("Erzieherin", "Köchin"). Many such words alone in the masculine are also
surnames ("Koch", "Maurer", "Lehrer"), so they are read alone only in the feminine, and a name before one is never
joined to it ("Anna Koch").
"""

from __future__ import annotations

import docx
import pytest

from app.documents.cv_structure import read_outline
from app.documents.cv_vocab import role_score
from tests.docx_build import saved


def _cv(*lines: str) -> bytes:
    d = docx.Document()
    d.add_paragraph("Anna Berger", style="Title")
    d.add_paragraph("anna.berger@example.org")
    d.add_paragraph("Berufserfahrung", style="Heading 1")
    for text in lines:
        if text.endswith("."):
            d.add_paragraph(text, style="List Bullet")
        else:
            d.add_paragraph().add_run(text).bold = True
    d.add_paragraph("Sprachen", style="Heading 1")
    d.add_paragraph("Deutsch (Muttersprache), Englisch (fließend in Wort und Schrift), Französisch (Grundkenntnisse).")
    return saved(d)


def _read(data: bytes) -> list[tuple[str, str, str, str]]:
    return [(r.title.value, r.employer.value, r.place.value, r.start.value) for r in read_outline(data).roles]


@pytest.mark.parametrize(
    "post",
    [
        "Altenpflegerin",
        "Einzelhandelskauffrau",
        "Landwirt",
        "Chefkoch",
        "Köchin",
        "Steuerfachangestellte",
        "Lkw-Fahrer",
    ],
)
def test_a_german_trade_ending_a_compound_or_in_the_feminine_is_a_post(post: str) -> None:
    assert role_score(post) >= 1


@pytest.mark.parametrize("name", ["Anna Koch", "Max Maurer", "Tom Lehrer", "Gasthaus Zur Linde", "Landwirtschaft"])
def test_a_surname_or_a_name_that_only_holds_a_trade_is_no_post(name: str) -> None:
    assert role_score(name) == 0


def test_employer_then_a_compound_trade_then_town() -> None:
    data = _cv(
        "Seniorenresidenz Am Park — Altenpflegerin — Kassel",
        "2012 – 2020",
        "Grundpflege der Bewohner.",
        "Kanzlei Hoffmann — Rechtsanwältin — Köln",
        "2008 – 2012",
        "Beratung im Arbeitsrecht.",
    )
    assert _read(data) == [
        ("Altenpflegerin", "Seniorenresidenz Am Park", "Kassel", "2012"),
        ("Rechtsanwältin", "Kanzlei Hoffmann", "Köln", "2008"),
    ]


def test_employer_then_a_feminine_trade_then_dates() -> None:
    data = _cv("Bäckerei Schmidt – Bäckereifachverkäuferin – 2014 – 2019", "Verkauf von Backwaren.")
    assert _read(data) == [("Bäckereifachverkäuferin", "Bäckerei Schmidt", "", "2014")]


def test_the_trade_a_training_aims_at_is_no_post() -> None:
    assert role_score("Ausbildung zum Bürokaufmann") == 0 and role_score("Umschulung zur Köchin") == 0
