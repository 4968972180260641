"""The commonest posts in shops, kitchens, care, schools, offices and trades are known in Italian, Dutch, Polish and
Spanish, in both genders.

Found by reading made-up CVs in those languages (not from a corpus file): "Mercadona — Cajera — Toledo", "Coop
Lombardia — Commessa — Brescia", "Biuro Rachunkowe Nowak — Księgowa — Lublin" and "Restauracja Pod Aniołem — Kelnerka
— Kraków" read the shop, the office or the restaurant as the title and the post as the employer: no occupation list
is derived for Italian, Dutch or Polish, and the derived Spanish one keeps only heads of five occupations or more, so
a cashier ("cajera") or a shop assistant ("dependienta") was not among them.
"""

from __future__ import annotations

import docx
import pytest

from app.documents.cv_structure import read_outline
from app.documents.cv_vocab import role_score
from tests.docx_build import saved


def _cv(heading: str, line: str, closing: tuple[str, str]) -> bytes:
    d = docx.Document()
    d.add_paragraph("Anna Rossi", style="Title")
    d.add_paragraph("anna.rossi@example.org")
    d.add_paragraph(heading, style="Heading 1")
    d.add_paragraph().add_run(line).bold = True
    d.add_paragraph("2015 – 2019")
    d.add_paragraph("Obsługa klientów i kasy.", style="List Bullet")
    d.add_paragraph(closing[0], style="Heading 1")
    d.add_paragraph(closing[1])
    return saved(d)


_CLOSING = {
    "es": (
        "Experiencia laboral",
        ("Idiomas", "Español (nativo), inglés (nivel B2 hablado y escrito), francés básico."),
    ),
    "it": (
        "Esperienza lavorativa",
        ("Lingue", "Italiano (madrelingua), inglese (buona conoscenza scritta e parlata)."),
    ),
    "nl": ("Werkervaring", ("Talen", "Nederlands (moedertaal), Engels (vloeiend in woord en geschrift), Duits.")),
    "pl": ("Doświadczenie zawodowe", ("Języki obce", "Polski (ojczysty), angielski (poziom B2 w mowie i piśmie).")),
}


@pytest.mark.parametrize(
    "post",
    ["Cajera", "Dependienta", "Commessa", "Cameriere", "Insegnante", "Verkoopster", "Leraar", "Księgowa", "Kelnerka"],
)
def test_a_common_post_is_known(post: str) -> None:
    assert role_score(post) >= 1


@pytest.mark.parametrize(
    ("lang", "line", "title", "employer"),
    [
        ("es", "Mercadona — Cajera — Toledo", "Cajera", "Mercadona"),
        ("es", "Zara — Dependienta — Vigo", "Dependienta", "Zara"),
        ("it", "Coop Lombardia — Commessa — Brescia", "Commessa", "Coop Lombardia"),
        ("nl", "Albert Heijn — Verkoopster — Zwolle", "Verkoopster", "Albert Heijn"),
        ("pl", "Biuro Rachunkowe Nowak — Księgowa — Lublin", "Księgowa", "Biuro Rachunkowe Nowak"),
        ("pl", "Restauracja Pod Aniołem — Kelnerka — Kraków", "Kelnerka", "Restauracja Pod Aniołem"),
    ],
)
def test_employer_then_post_reads_the_post_as_title(lang: str, line: str, title: str, employer: str) -> None:
    heading, closing = _CLOSING[lang]
    roles = read_outline(_cv(heading, line, closing)).roles
    assert [(r.title.value, r.employer.value) for r in roles] == [(title, employer)]
