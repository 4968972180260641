"""A Europass-like CV whose labels stand in a column of their own (a round-45 tune file): "21/10/2013 – Present"
over "Senior Java Developer" over "Company" over "DocProcess SRL" over "Bucharest". The label alone on its line kept
the employer's name from the role; the label over its value is one labelled line ("Company: DocProcess SRL")."""

from __future__ import annotations

from app.documents.cv_forms import label_alone
from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes


def _roles(label: str) -> list[tuple[str, str, str, str]]:
    data = docx_bytes(
        ("Jordan Lee", "Title"),
        ("jordan.lee@example.org", None),
        ("WORK EXPERIENCE", None),
        ("21/10/2013 – Present", None),
        ("Senior Java Developer", None),
        (label, None),
        ("Northwind Documents SRL", None),
        ("Bucharest", None),
        ("Designing a B2B document exchange.", None),
        ("16/05/2011 – 18/10/2013", None),
        ("Java Developer", None),
        (label, None),
        ("Contoso Romania SRL", None),
        ("Cluj-Napoca", None),
        ("Built connectors for the gateway.", None),
    )
    return [(r.title.value, r.employer.value, r.place.value, r.start.value) for r in read_outline(data).roles]


def test_an_employers_label_alone_over_the_name_gives_the_employer() -> None:
    for label in ("Company", "Employer:", "Arbeitgeber"):
        assert _roles(label) == [
            ("Senior Java Developer", "Northwind Documents SRL", "Bucharest", "2013-10"),
            ("Java Developer", "Contoso Romania SRL", "Cluj-Napoca", "2011-05"),
        ], label


def test_only_a_label_alone_is_one() -> None:
    assert label_alone("Company") == "employer"
    assert label_alone("Employer:") == "employer"
    assert label_alone("Period") == "dates"
    assert label_alone("Company: Northwind") is None  # a label with its value
    assert label_alone("Software Company") is None  # a name
    assert label_alone("Engineer") is None  # a post


def test_a_name_and_address_under_the_label_gives_the_name_alone() -> None:
    # the same tune file's other posts: "SC AXWAY Romania SRL, Str Calea Serban Voda 133 Bucharest" under "Company",
    # and its Romanian version's label "Companie"
    for label in ("Company", "Companie"):
        data = docx_bytes(
            ("Jordan Lee", "Title"),
            ("jordan.lee@example.org", None),
            ("WORK EXPERIENCE", None),
            ("16/05/2011 – 18/10/2013", None),
            ("Java Developer", None),
            (label, None),
            ("SC Contoso Romania SRL, Str Calea Serban Voda 133 Bucharest", None),
            ("Tel +4021 207 65 31", None),
            ("Built connectors for the gateway.", None),
        )
        assert [(r.title.value, r.employer.value) for r in read_outline(data).roles] == [
            ("Java Developer", "SC Contoso Romania SRL")
        ], label
