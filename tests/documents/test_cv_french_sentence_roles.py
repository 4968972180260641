"""Roles written as French sentences (2026-12-02, a Malian CV of the eighth corpus round): "Du 11 Juillet au 11
Septembre 2016, stagiaire en … à Employer, tâches effectuées :" and "De juin 2010 à nos jours : …"."""

from __future__ import annotations

from app.documents.cv_dates import find_dates
from app.documents.cv_structure import read_outline
from tests.docx_build import named_cv


def test_du_before_the_start_belongs_to_the_dates() -> None:
    span = find_dates("Du 20 Août au 20 Octobre 2014, stagiaire en communication")
    assert span is not None
    assert (span.text, span.start, span.end) == ("Du 20 Août au 20 Octobre 2014", "2014-08", "2014-10")


def test_a_nos_jours_ends_a_range_now() -> None:
    span = find_dates("De juin 2010 à nos jours : membre actif")
    assert span is not None
    assert (span.start, span.end) == ("2010-06", "present")


def test_a_clause_that_opens_the_list_of_tasks_is_not_part_of_the_employer() -> None:
    data = named_cv(
        ("STAGES ET EXPERIENCES PROFESSIONNELLES", "Heading 1"),
        (
            "Du 11 Juillet au 11 Septembre 2016, stagiaire en Communication à Terre des hommes, tâches effectuées :",
            None,
        ),
        ("Rédaction des communiqués de presse du programme.", "List Bullet"),
        ("Du 20 Août au 20 Octobre 2014, stagiaire en communication à l’Agence STAR-COM, tâches effectuées :", None),
        ("Suivi des campagnes publicitaires des clients.", "List Bullet"),
    )
    got = [(r.title.value, r.employer.value, r.start.value) for r in read_outline(data).roles]
    assert got == [
        ("stagiaire en Communication", "Terre des hommes", "2016-07"),
        ("stagiaire en communication", "Agence STAR-COM", "2014-08"),
    ]
