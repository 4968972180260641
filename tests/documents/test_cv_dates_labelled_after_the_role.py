"""A pandoc résumé's role lines (a round-45 tune file): "Paid Internship at Cirrascale Cloud Date: 7/10/2023 -
8/26/2023" was read as a form's dates line whose label was everything before the colon (the role lost), and
"… Date: 2016 - Still ongoing." as the one year 2016."""

from __future__ import annotations

from app.documents.cv_dates import find_dates
from app.documents.cv_forms import labelled
from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes


def test_a_role_line_with_its_dates_labelled_at_the_end_is_no_form_field() -> None:
    assert labelled("Paid Internship at Cirrascale Cloud Date: 7/10/2023 - 8/26/2023") is None
    assert labelled("Dates: 7/10/2023 - 8/26/2023") == ("dates", "7/10/2023 - 8/26/2023")
    assert labelled("Dates of employment: 2019 – 2021") == ("dates", "2019 – 2021")


def test_the_role_before_the_dates_label_is_read() -> None:
    data = docx_bytes(
        ("Avery Quinn", "Title"),
        ("avery.quinn@example.org", None),
        ("Professional Experience", "Heading 1"),
        ("Paid Internship at Northwind Cloud Date: 7/10/2023 - 8/26/2023", None),
        ("Automated server images with Packer.", "List Bullet"),
        ("Help Desk Technician at Contoso Clinic Date: 5/1/2021 - 6/30/2022", None),
        ("Supported twenty staff laptops.", "List Bullet"),
    )
    roles = [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in read_outline(data).roles]
    assert roles == [
        ("Paid Internship", "Northwind Cloud", "2023-07", "2023-08"),
        ("Help Desk Technician", "Contoso Clinic", "2021-05", "2022-06"),
    ]


def test_still_ongoing_ends_a_range_as_going_on() -> None:
    span = find_dates("Date: 2016 - Still ongoing.")
    assert span is not None and (span.start, span.end) == ("2016", "present")


def test_a_fields_label_where_the_title_stands_is_no_title() -> None:
    """ "Haddad's Thoughts, Techknow" over "August 2015 to Now" over "Responsibilities" (a round-45 tune file): the
    label of the duties under it was read as the post."""
    data = docx_bytes(
        ("Sam Otieno", "Title"),
        ("sam.otieno@example.org", None),
        ("Work Experience", None),
        ("Northwind Thoughts and TechWit", None),
        ("August 2015 to Now", None),
        ("Responsibilities", None),
        ("Researching potential topics and pitches", "List Bullet"),
        ("Supporting other writers with research", "List Bullet"),
    )
    roles = [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in read_outline(data).roles]
    assert roles == [("", "Northwind Thoughts and TechWit", "2015-08", "present")]
