"""The seeker's name where the top of the page does not say it. A monogram at the top spells the seeker's initials:
Word's initials résumé template sets "LP" in its sidebar, over the skills, and the name "Logan Pryce" only further on,
in the main column (from a tune file of the corpus, whose name was read as nothing)."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes

SIDEBAR = [
    ("Objective", "Heading 3"),
    ("Seeking a role where I can use my degree in information systems.", None),
    ("Skills", "Heading 3"),
    ("Leadership", "List Bullet"),
    ("Scrum Methodology", "List Bullet"),
]
MAIN = [
    ("Experience", "Heading 3"),
    ("Database Developer • Interject Data Systems • May 2016 – Present", "Heading 4"),
    ("Built demos that shortened onboarding for new clients.", None),
]


def test_the_line_whose_initials_the_monogram_spells_is_the_name() -> None:
    data = docx_bytes(("LP", None), *SIDEBAR, ("Logan Pryce", "Heading 1"), *MAIN)
    assert read_outline(data).name.value == "Logan Pryce"


def test_a_referee_with_the_same_initials_is_not_taken_for_the_seeker() -> None:
    referees = [("References", "Heading 3"), ("Lena Park", None), ("lena.park@example.org", None)]
    data = docx_bytes(("LP", None), *SIDEBAR, *MAIN, *referees)
    assert read_outline(data).name.value != "Lena Park"


def test_cv_in_capitals_at_the_top_is_no_monogram() -> None:
    referees = [("References", "Heading 3"), ("Carl Vance", None), ("carl.vance@example.org", None)]
    data = docx_bytes(("CV", None), *SIDEBAR, *MAIN, *referees)
    assert read_outline(data).name.value != "Carl Vance"


def test_a_name_over_a_block_of_short_fields_ending_in_contacts_is_the_seekers() -> None:
    """A sidebar text box read first ("IDIOMAS", the languages) and then the body's own block: the bold name over
    "Edad: 21 años", "Dir: …", "Tel: …", "Email: …" (from round 36 part b's tune file, a Colombian CV)."""
    data = docx_bytes(
        ("IDIOMAS", "Heading 2"),
        ("Español: Natal", None),
        ("Inglés: Intermedio", None),
        ("Noa Teo Brennan Vidal", None),
        ("Edad: 21 años", None),
        ("Dir: Cll 1 #2-34 El Cerrito-Valle del Cauca", None),
        ("Tel: 3552532022", None),
        ("Email: noa.brennan@example.org", None),
        ("EXPERIENCIA LABORAL", "Heading 2"),
        ("Ingeniero de software, Squareball Colombia SAS, 2019 – Actualidad", None),
    )
    assert read_outline(data).name.value == "Noa Teo Brennan Vidal"


SPELLED = [
    ("SKILLS", "Heading 3"),
    ("PHP, Laravel, MySQL", None),
    ("HTML, CSS, JavaScript", None),
    ("Contact", "Heading 3"),
    ("{email}", None),
    ("Experience", "Heading 3"),
    ("Web Developer, Golden Lotus Software, 2020 – 2022", None),
    ("Built the shop's ordering pages in Laravel.", None),
    ("PHP and Laravel", "Heading 4"),
    ("Arkar Min Thu", None),
]


def test_a_name_its_address_spells_is_the_seekers_wherever_it_stands() -> None:
    """A sidebar's box anchored at the end of the page: "Arkar Min Thu" comes last, after the experience, and the
    seeker's address (arkar.minthu@…) spells every word of it (from a tune file of the corpus, a Myanmar developer's
    CV whose name was read as nothing)."""
    data = docx_bytes(*[(t.format(email="arkar.minthu@example.org"), s) for t, s in SPELLED])
    out = read_outline(data)
    assert out.name.value == "Arkar Min Thu"
    assert out.name.confidence < 0.9


def test_a_name_the_address_does_not_spell_is_not_taken_from_the_end() -> None:
    data = docx_bytes(*[(t.format(email="golden.dev@example.org"), s) for t, s in SPELLED])
    assert read_outline(data).name.value != "Arkar Min Thu"
