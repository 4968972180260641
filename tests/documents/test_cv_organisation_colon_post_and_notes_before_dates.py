"""A pandoc CV's roles (a round-45 tune file): a heading "Cancer Institute NSW: Systems Analyst / Architect" over
"Department: …", "Reporting to: …" and "Duration: 2017-03 to 2017-08 (5 months)". The slash in the post kept the line
whole (the colon parts a line only where nothing else does), and the notes between the heading and the dates stood
where the title is read: "Reporting to: OpenClinica CEO" was read as the post."""

from __future__ import annotations

from app.documents.cv_head_line import line_segments
from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes


def test_an_organisation_a_colon_and_a_post_with_a_slash_are_two_fields() -> None:
    assert line_segments("Cancer Institute NSW: Systems Analyst / Architect") == [
        ("Cancer Institute NSW", False),
        ("Systems Analyst / Architect", False),
    ]
    assert line_segments("Harbour Data Pty Ltd: Analyst / Developer") == [
        ("Harbour Data Pty Ltd", False),
        ("Analyst / Developer", False),
    ]


def test_a_post_or_a_label_before_the_colon_is_no_organisation() -> None:
    assert line_segments("Project: Billing / Invoicing")[0] == ("Project: Billing", False)
    assert line_segments("Lead Engineer: Platform / Data") == [
        ("Lead Engineer", False),
        ("Platform", False),
        ("Data", False),
    ]


def test_labelled_notes_between_the_heading_and_its_labelled_dates_are_no_title() -> None:
    data = docx_bytes(
        ("Jordan Ellis", "Title"),
        ("jordan.ellis@example.org", None),
        ("Employment", "Heading 1"),
        ("Harbour Clinical Pty Ltd: Solutions Engineer", "Heading 2"),
        ("Department: Product and Service Development", "List Bullet"),
        ("Reporting to: Harbour Clinical CEO", "List Bullet"),
        ("Duration: 2017-08 to present (4 months)", "List Bullet"),
        ("Key Responsibilities", "Heading 3"),
        ("Develop the reporting module.", "List Bullet"),
        ("Cancer Institute NSW: Systems Analyst / Architect", "Heading 2"),
        ("Department: Information Management", "List Bullet"),
        ("Reporting to: Director of Data", "List Bullet"),
        ("Duration: 2017-03 to 2017-08 (5 months)", "List Bullet"),
        ("Key Responsibilities", "Heading 3"),
        ("Design the data warehouse.", "List Bullet"),
    )
    roles = [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in read_outline(data).roles]
    assert roles == [
        ("Solutions Engineer", "Harbour Clinical Pty Ltd", "2017-08", "present"),
        ("Systems Analyst / Architect", "Cancer Institute NSW", "2017-03", "2017-08"),
    ]
