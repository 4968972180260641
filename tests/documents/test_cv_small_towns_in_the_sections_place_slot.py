"""A small town where a section's roles write their places is the role's place.

Found by reading made-up CVs in German, Spanish, French, Italian, Dutch and Polish (not from a corpus file): with
"Stuttgart | Okt. 2020 – Sep. 2022" under one role and "Ulm | März 2016 – September 2020" under the next, the first
role's place was read and the second's dropped, since a town under 150,000 people is no place on its own. Where the
section's roles write their places (one slot of their heading lines, every place read agreeing), a role with no place
takes the piece there when it is a known town however small, or a plain name naming no organisation or post; with no
place read at all, a slot where every role writes a known town is the places' slot.
"""

from __future__ import annotations

import docx

from app.documents.cv_structure import read_outline
from tests.docx_build import saved


def _cv(heading: str, lines: list[tuple[str, bool]], closing: tuple[str, str]) -> bytes:
    d = docx.Document()
    d.add_paragraph("Ana Beltrán", style="Title")
    d.add_paragraph("ana.beltran@example.org")
    d.add_paragraph(heading, style="Heading 1")
    for text, bold in lines:
        if bold:
            d.add_paragraph().add_run(text).bold = True
        else:
            d.add_paragraph(text, style="List Bullet")
    d.add_paragraph(closing[0], style="Heading 1")
    d.add_paragraph(closing[1])
    return saved(d)


_DE_CLOSE = ("Sprachen", "Deutsch als Muttersprache, Englisch mit guten Kenntnissen und etwas Türkisch im Alltag.")


def _places(data: bytes) -> list[str]:
    return [r.place.value for r in read_outline(data).roles]


def test_a_small_town_beside_the_dates_is_the_place_where_the_role_above_has_a_city() -> None:
    data = _cv(
        "Berufserfahrung",
        [
            ("Werkstudent bei Bosch", True),
            ("Stuttgart | Okt. 2020 – Sep. 2022", True),
            ("Auswertung von Messdaten in der Fahrzeugentwicklung.", False),
            ("Elektriker bei Elektro Maier GmbH", True),
            ("Ulm | März 2016 – September 2020", True),
            ("Installation von Hausanlagen und Wartung.", False),
        ],
        _DE_CLOSE,
    )
    roles = read_outline(data).roles
    assert [(r.title.value, r.employer.value, r.place.value) for r in roles] == [
        ("Werkstudent", "Bosch", "Stuttgart"),
        ("Elektriker", "Elektro Maier GmbH", "Ulm"),
    ]


def test_a_small_town_in_the_last_field_of_a_tabbed_line_is_the_place() -> None:
    data = _cv(
        "Experiencia laboral",
        [
            ("Enfermera\tHospital Clínico San Carlos\tMadrid\tmarzo 2018 – actualidad", True),
            ("Atención a pacientes de cardiología.", False),
            ("Auxiliar de enfermería\tResidencia Los Olivos\tÁvila\tenero 2015 – febrero 2018", True),
            ("Cuidado de personas mayores en turnos de noche.", False),
        ],
        ("Idiomas", "Español nativo, inglés con nivel B2 y francés básico en conversación diaria."),
    )
    assert _places(data) == ["Madrid", "Ávila"]


def test_an_unknown_plain_town_after_the_employer_dash_is_the_place() -> None:
    data = _cv(
        "Doświadczenie zawodowe",
        [
            ("Kierowca – Transport Kowalski – Poznań", True),
            ("maj 2016 – obecnie", True),
            ("Przewóz towarów na terenie kraju.", False),
            ("Magazynier – Biedronka – Leszno", True),
            ("wrzesień 2012 – kwiecień 2016", True),
            ("Przyjmowanie dostaw i kompletowanie zamówień.", False),
        ],
        ("Języki", "Polski ojczysty, niemiecki komunikatywny i angielski podstawowy w mowie i piśmie."),
    )
    assert _places(data) == ["Poznań", "Leszno"]


def test_small_towns_every_role_writes_in_one_slot_are_places_though_none_is_known_alone() -> None:
    data = _cv(
        "Esperienze lavorative",
        [
            ("Cuoco presso Ristorante Da Mario", True),
            ("Rimini, maggio 2016 – in corso", True),
            ("Preparazione di primi piatti e gestione della cucina.", False),
            ("Aiuto cuoco presso Hotel Bellavista", True),
            ("Riccione, giugno 2013 – aprile 2016", True),
            ("Preparazione della colazione e dei dolci.", False),
        ],
        ("Lingue", "Italiano madrelingua, inglese buono e tedesco scolastico per il lavoro in sala."),
    )
    assert _places(data) == ["Rimini", "Riccione"]


def test_a_word_in_the_place_slot_that_names_a_post_is_no_place() -> None:
    data = _cv(
        "Berufserfahrung",
        [
            ("Elektro Maier GmbH", True),
            ("Stuttgart | Okt. 2020 – Sep. 2022", True),
            ("Installation von Hausanlagen und Wartung.", False),
            ("Schreinerei Huber", True),
            ("Tischlergeselle | März 2016 – September 2020", True),
            ("Montage von Küchen und Innenausbau.", False),
        ],
        _DE_CLOSE,
    )
    assert _places(data)[1] != "Tischlergeselle"
