"""An undated head line that parts into a post and its organisation is a role of its own; the plain line under it
describes the work, and is no organisation of a title line.

Found by reading made-up Spanish CVs (not from a corpus file): in a role section with no dates, "Lidl Supermercados
SA – Cajera" in a heading style over "Inventario, reponer stock" read as the title "Lidl Supermercados SA – Cajera"
at the employer "Inventario, reponer stock": the whole head line held a post's word, so it was taken for a title
line over its organisation's line. A line that names its own employer is no such title line. (The section's test
of "Reponedor" passed only while the reader did not know that post.)
"""

from __future__ import annotations

import pytest

from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes


@pytest.mark.parametrize("post", ["Cajera", "Cashier", "Camarera"])
def test_an_undated_head_with_its_employer_over_a_description(post: str) -> None:
    data = docx_bytes(
        ("Lucía Fernández", "Title"),
        ("lucia.fernandez@example.org", None),
        ("Education", "Heading 2"),
        ("Higher Education", "Heading 4"),
        ("March 2025 – ongoing", None),
        ("Work Experience", "Heading 2"),
        (f"Lidl Supermercados SA – {post}", "Heading 4"),
        ("Inventario, reponer stock", None),
    )
    roles = read_outline(data).roles
    assert [(r.title.value, r.employer.value) for r in roles] == [(post, "Lidl Supermercados SA")]
    assert [b.text for b in roles[0].bullets] == ["Inventario, reponer stock"]
