"""'Employer, Town: Post' names the employer, the town and the post; a labelled aside after a comma (", Advisor:
Dr. Katz") is still no field. A town whose name is an English word too ("Bologna") counts there, and so does a town
with its region ("Monterrey, N.L."). Found on fresh tune seeds of the roles-in-the-wild set. Every CV here is made
up."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes

_DUTY = "Served customers at the tills and kept the shelves stocked through the busy season."


def _roles(*lines: str) -> list[tuple[str, str, str]]:
    data = docx_bytes(
        ("Giulia Conti", "Title"),
        ("giulia.conti@example.it", None),
        ("Esperienze lavorative", "Heading 1"),
        *((line, None) for line in lines),
    )
    return [(r.title.value, r.employer.value, r.place.value) for r in read_outline(data).roles]


def test_employer_comma_town_colon_post() -> None:
    assert _roles(
        "04.2023 — presente",
        "Benetton, Torino: Store manager",
        _DUTY,
        "03.2005 — 11.2008",
        "Conad, Bologna: Commessa",
        _DUTY,
    ) == [("Store manager", "Benetton", "Torino"), ("Commessa", "Conad", "Bologna")]


def test_a_labelled_aside_after_a_comma_is_still_no_field() -> None:
    roles = _roles("Research Assistant, Stanford University, Advisor: Dr. Katz, 2019 – 2021", _DUTY)
    assert roles == [("Research Assistant", "Stanford University", "")]


def test_employer_comma_town_and_region_colon_post() -> None:
    """ "NH HOTELES, Monterrey, N.L.: Recepcionista": the town and its state's initials are the place."""
    roles = _roles("09/2018–03/2022", "NH HOTELES, Monterrey, N.L.: Recepcionista", _DUTY)
    assert roles == [("Recepcionista", "NH HOTELES", "Monterrey, N.L.")]
