"""A post's line that names its employer with "employed by" (or the same words in another language: "Anställd av",
"angestellt bei", "employé par") and the employer's town after "in" ("i Sundsvall", "in Berlin"): the words are no part
of the employer's name, and the town is the role's place."""

from __future__ import annotations

import pytest

from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes


def _roles(line: str) -> list[tuple[str, str, str]]:
    data = docx_bytes(
        ("Ann Lee", "Title"),
        ("ann.lee@example.org", None),
        ("Experience", "Heading 1"),
        (f"{line}\t2016 – 2019", None),
        ("Drove the routes and kept the logs.", "List Bullet"),
    )
    return [(r.title.value, r.employer.value, r.place.value) for r in read_outline(data).roles]


@pytest.mark.parametrize(
    ("line", "title", "employer"),
    [
        ("Driver, employed by Müller GmbH", "Driver", "Müller GmbH"),
        (
            "Skogsmaskinsförare • Anställd av Norrskog Entreprenad AB i Sundsvall",
            "Skogsmaskinsförare",
            "Norrskog Entreprenad AB",
        ),
        ("Driver at Müller Logistik GmbH in Bad Kreuzbrück", "Driver", "Müller Logistik GmbH"),
        ("Fahrer, angestellt bei Müller Logistik GmbH in Hamburg", "Fahrer", "Müller Logistik GmbH"),
        ("Software Engineer at Acme Ltd in London", "Software Engineer", "Acme Ltd"),
        ("Chauffeur, employé par Transports Girard SARL à Lyon", "Chauffeur", "Transports Girard SARL"),
    ],
)
def test_the_employer_is_named_without_its_label_or_its_town(line: str, title: str, employer: str) -> None:
    assert [(t, e) for t, e, _ in _roles(line)] == [(title, employer)]


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Fahrer, angestellt bei Müller Logistik GmbH in Hamburg", "Hamburg"),
        ("Software Engineer at Acme Ltd in London", "London"),
        ("Chauffeur, employé par Transports Girard SARL à Lyon", "Lyon"),
    ],
)
def test_a_city_the_reader_knows_after_in_is_the_roles_place(line: str, place: str) -> None:
    assert _roles(line)[0][2] == place


@pytest.mark.parametrize(
    ("line", "employer"),
    [
        # "in" before what is no town stays in the name
        ("Research Assistant at Institute for Research in Biomedicine", "Institute for Research in Biomedicine"),
        ("Analyst at Centre for Studies in Economics", "Centre for Studies in Economics"),
        ("Lecturer at University of Alabama in Huntsville", "University of Alabama in Huntsville"),
        ("Attaché at Embassy of Canada in Peru", "Embassy of Canada in Peru"),
    ],
)
def test_in_before_what_is_no_town_stays_in_the_name(line: str, employer: str) -> None:
    assert _roles(line)[0][1] == employer
