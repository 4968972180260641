""" "Hotel Sacher, Salzburg<TAB>mai 2019 – août 2021" over "Concierge (mai 2019 – août 2021)": a line right under a
role's dates line that gives the same dates again beside one field, under a line that names no post, is that role's
post, not a role of its own; the roles under it that write their post without the dates read the same way. A line
taken as the title near a dates-only line names the employer too when it is written "Employer, Post". School words of
several languages ("Lycée", "Liceo", "Colegio") name organisations, and an Arabic town written with its vowel marks
("عمّان") is a town.

The international role set's fresh seeds (even seeds 3000 to 3598 of `bench/bench_cv_roles_intl.py`, its promotions
layout) and the wild role set's (its Google Docs layout) found each of these. The CVs below are made up."""

from __future__ import annotations

import docx

from app.documents.cv_structure import read_outline
from tests.docx_build import saved

Role = tuple[str, str, str]


def _read(lines: list[str], name: str = "Camille Roux") -> list[Role]:
    d = docx.Document()
    d.add_paragraph(name, style="Title")
    d.add_paragraph("camille.roux@example.fr | +33 6 55 50 12 34")
    d.add_paragraph("Expérience professionnelle", style="Heading 1")
    for text in lines:
        d.add_paragraph(text[2:], style="List Bullet") if text.startswith("- ") else d.add_paragraph(text)
    d.add_paragraph("Formation", style="Heading 1")
    d.add_paragraph("2010 – 2013\tLicence de tourisme, Université de Savoie")
    out = read_outline(saved(d))
    return [(r.title.value, r.employer.value, r.place.value) for r in out.roles]


def test_a_post_with_the_dates_again_under_its_employer_is_one_role() -> None:
    assert _read(
        [
            "Hotel Sacher, Salzburg\tmai 2019 – août 2021",
            "Concierge (mai 2019 – août 2021)",
            "- Accueil des clients internationaux",
            "Kempinski, Zürich\tjanvier 2016 – avril 2019",
            "Voiturier",
            "Pullman, Lyon\tjuin 2013 – décembre 2015",
            "Bagagiste",
        ]
    ) == [
        ("Concierge", "Hotel Sacher", "Salzburg"),
        ("Voiturier", "Kempinski", "Zürich"),
        ("Bagagiste", "Pullman", "Lyon"),
    ]


def test_two_posts_held_at_once_with_the_same_dates_stay_two_roles() -> None:
    # the upper line names a post of its own: the line under it is another post held over the same years
    assert _read(
        [
            "Réceptionniste, Hotel Sacher, Salzburg\t2019 – 2021",
            "Guide touristique, Salzburg Tours (2019 – 2021)",
        ]
    ) == [
        ("Réceptionniste", "Hotel Sacher", "Salzburg"),
        ("Guide touristique", "Salzburg Tours", ""),
    ]


def test_an_employer_and_post_line_above_dates_alone_names_both() -> None:
    roles = _read(
        [
            "MARS 2022 – DÉCEMBRE 2023",
            "Fidal — Avocate collaboratrice",
            "- Conseil aux PME",
            "Gide Loyrette Nouel, Juriste stagiaire",
            "JANVIER 2021 – FÉVRIER 2022",
            "- Rédaction de contrats",
            "August Debouzy, Assistante juridique",
            "SEPTEMBRE 2019 – DÉCEMBRE 2020",
        ]
    )
    assert [r[:2] for r in roles] == [
        ("Avocate collaboratrice", "Fidal"),
        ("Juriste stagiaire", "Gide Loyrette Nouel"),
        ("Assistante juridique", "August Debouzy"),
    ]


def test_schools_of_several_languages_are_employers_and_their_towns_places() -> None:
    # a line that names only the school and its town: no post is read from it, the town is no employer
    assert _read(
        [
            "Lycée Condorcet, Namur\tseptembre 2018 – juin 2022",
            "- Cours de mathématiques en seconde",
            "Liceo Galilei, Parma\tsettembre 2015 – giugno 2018",
            "- Lezioni di fisica",
        ]
    ) == [("", "Lycée Condorcet", "Namur"), ("", "Liceo Galilei", "Parma")]


def test_an_arabic_town_with_its_vowel_marks_is_a_place() -> None:
    roles = _read(["مكتبة الشروق, عمّان\t2018 – 2021", "بائع"], name="ليلى حداد")
    assert roles == [("بائع", "مكتبة الشروق", "عمّان")]
