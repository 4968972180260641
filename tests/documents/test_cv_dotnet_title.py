""" ".NET Developer": the dot opens the technology's name, and the title keeps it (the reader trimmed it as a stray full
stop, so a letter would have said "NET Developer"; from a tune file of the corpus, a US .NET consultant)."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes


def _titles(*lines: str) -> list[str]:
    data = docx_bytes(("Robin Novak", "Title"), ("Experience", "Heading 1"), *((t, None) for t in lines))
    return [r.title.value for r in read_outline(data).roles]


def test_a_title_that_starts_with_dot_net_keeps_its_dot() -> None:
    titles = _titles(
        ".NET Developer, Advantage Tech\tJul 2013 - Dec 2013",
        "Built the store's checkout.",
        ".NET DEVELOPER | FQS POLAND | Jan 2014 - Jul 2014",
        "Kept the billing services running.",
    )
    assert titles == [".NET Developer", ".NET DEVELOPER"]


def test_a_stray_full_stop_before_a_title_is_still_trimmed() -> None:
    assert _titles(". Network Engineer, Acme Corp, 2019 – 2021", "Ran the office network.") == ["Network Engineer"]
