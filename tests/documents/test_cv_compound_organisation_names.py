"""German, Dutch and Scandinavian names join their words, so an organisation's word ends a longer one: from a
tune file of the corpus, "Banarbete och shop * Hede-Vemdalens och Funäsfjällens golfklubb" (a golf club)
was read with the club as the title. A joined name's last part is its head, as in "Universitätsklinikum",
"Sportverein", "Grundschule", "Stadtbibliothek"."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from app.documents.cv_vocab import has_org_word
from tests.docx_build import docx_bytes


def test_a_joined_name_ending_in_an_organisations_word_names_an_organisation() -> None:
    for name in ("Universitätsklinikum Freiburg", "Sportverein Lübeck", "Grundschule am Park", "Stadtbibliothek"):
        assert has_org_word(name, strong=True), name
    for name in ("Funäsfjällens golfklubb", "Bergens kultursenter", "Volksbank Sparkasse", "Handelsgesellschaft"):
        assert has_org_word(name, strong=True), name


def test_words_that_end_in_such_a_word_but_name_no_organisation_stay_as_they_were() -> None:
    # a database, a working student, a head teacher, volunteering, and English words built on "school"
    for text in ("Datenbank", "Werkstudent", "Schulleiter", "Ehrenamt", "Preschool Teacher", "Highschool"):
        assert not has_org_word(text), text


def test_a_swedish_club_is_the_employer_and_the_work_the_title() -> None:
    data = docx_bytes(
        ("Mattias Gustafsson", "Title"),
        ("mattias.gustafsson@example.org", None),
        ("Arbetslivserfarenhet", "Heading 1"),
        ("2013-2024", None),
        ("Skogsmaskinsförare • Anställd av Sjölanders Skogsentreprenad", None),
        ("2009-2012", None),
        ("Skogsmaskinsförare • Hjalmarssons Skogsentreprenad", None),
        ("2006-2008", None),
        ("Banarbete och shop * Hede-Vemdalens och Funäsfjällens golfklubb.", None),
    )
    roles = [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in read_outline(data).roles]
    assert roles[-1] == ("Banarbete och shop", "Hede-Vemdalens och Funäsfjällens golfklubb", "2006", "2008")
