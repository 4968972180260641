"""A number labelled as a fax ("Fax: +44 20 7946 0959", Europass's "Fax(es)" cell) is not the seeker's phone; a
label that names a phone too ("Tel/Fax:", "Phone/Fax:") still gives a phone.

Found by reading made-up CVs (not from a corpus file): "Tel: +44 20 7946 0958 | Fax: +44 20 7946 0959" gave both
numbers as phones. "Fax" was both a label of another kind of number and a contact word, so it never ruled a number
out, and a label was not read at all before a number written "+44"; a fax label with no phone word now rules its
number out however it is written."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from app.documents.text import phone_digits
from tests.docx_build import docx_bytes

BODY = [
    ("Experience", "Heading 1"),
    ("Legal Secretary, Hartley & Moss Solicitors, Bristol\t2016 – Present", None),
    ("Prepared court bundles and managed diaries for four partners.", "List Bullet"),
    ("Interests", "Heading 1"),
    ("I enjoy choral singing, long coastal walks and restoring old furniture with my father.", None),
]


def _phones(*top: str) -> list[str]:
    data = docx_bytes(("Eleanor Vance", "Title"), *((t, None) for t in top), *BODY)
    return sorted(phone_digits(p) for p in read_outline(data).contact.phones)


def test_a_fax_number_beside_the_phone_is_not_a_phone() -> None:
    assert _phones("Tel: +44 20 7946 0958 | Fax: +44 20 7946 0959", "eleanor@example.org") == ["442079460958"]
    assert _phones("Fax: 020 7946 0959 · Mobile: 07700 900123", "eleanor@example.org") == ["07700900123"]


def test_a_fax_in_a_label_cell_is_not_a_phone() -> None:
    lines = ("Telephone(s)\t+33 1 23 45 67 89", "Fax(es)\t+33 1 23 45 67 80", "E-mail\teleanor@example.org")
    assert _phones(*lines) == ["33123456789"]


def test_a_label_that_names_a_phone_and_a_fax_gives_a_phone() -> None:
    assert _phones("Tel/Fax: +44 20 7946 0958", "eleanor@example.org") == ["442079460958"]
    assert _phones("Phone/Fax: (555) 123-4567", "eleanor@example.org") == ["5551234567"]
