"""Role lines from round 44's tune files of the corpus, each read wrong before:

- a Polish CV's "2019.11 – 2021.17 ????.??<TAB>Capgemini Polska Sp. z.o.o. (Wrocław – NSC FS Banking)": the dash
  inside the brackets parted the line, so "… (Wrocław" was read as the title; the brackets hold the town, then the
  team. The open end "2022.01 – ????.??" (left to fill in) was read as a single month, and the English version's
  "Name and surname:" label gave no name;
- "Microsoft (Montréal, QC.)" over "Software Developer – Internship – (Jan 2023 – May 2023)": "Internship" was read
  as the employer;
- "Medpace, Cincinnati OH<TAB>May 2024 – Present" over "Data Science Intern, Commercial Operations – Analytics &
  Business Intelligence Team": the team was read as the employer, and "Cincinnati OH" (no comma) as no place.
"""

from __future__ import annotations

from app.documents.cv_dates import find_dates
from app.documents.cv_structure import read_outline
from app.documents.cv_vocab import is_place
from tests.docx_build import docx_bytes


def _roles(data: bytes) -> list[tuple[str, str, str, str, str]]:
    return [
        (r.title.value, r.employer.value, r.place.value, r.start.value, r.end.value) for r in read_outline(data).roles
    ]


def test_brackets_after_an_organisation_that_open_with_its_town_and_a_dash_give_the_place_and_the_post() -> None:
    data = docx_bytes(
        ("Name and surname:\tKasia Wrona", None),
        ("E-mail:\tkasia.wrona@example.org", None),
        ("Commercial experience", "Heading 1"),
        ("2022.01 – ????.??\tNordlys Systems Sp. z o.o. (Gdańsk – Backend Developer)", None),
        ("Building the payments service in C# and .NET 6.", "List Bullet"),
        ("2019.03 – 2021.12\tBaltic Ledger (GDS) Polska Sp. z o.o. (Gdańsk – Support Engineer)", None),
        ("Handling the clients' incidents.", "List Bullet"),
        ("2017.07 – 2018.09\tKomtel SA (Gdynia – interrupted for the master's degree studies)", None),
        ("Testing the CRM system.", "List Bullet"),
    )
    out = read_outline(data)
    assert out.name.value == "Kasia Wrona"
    assert _roles(data) == [
        ("Backend Developer", "Nordlys Systems Sp. z o.o.", "Gdańsk", "2022-01", "present"),
        ("Support Engineer", "Baltic Ledger (GDS) Polska Sp. z o.o.", "Gdańsk", "2019-03", "2021-12"),
        ("", "Komtel SA", "Gdynia", "2017-07", "2018-09"),
    ]


def test_an_end_left_as_question_marks_is_read_as_going_on() -> None:
    for text in ("2022.01 – ????.??", "2020 – ??", "2019 - ?"):
        span = find_dates(text)
        assert span is not None and span.end == "present", text
    span = find_dates("2021.08 – 2021.12????.??")  # an end given, the placeholder left after it
    assert span is not None and (span.start, span.end) == ("2021-08", "2021-12")


def test_internship_in_a_piece_of_its_own_beside_the_post_is_no_employer() -> None:
    data = docx_bytes(
        ("Noor Haddad", "Title"),
        ("noor.haddad@example.org", None),
        ("Professional Experience", "Heading 1"),
        ("Contoso (Montréal, QC.)", "Heading 2"),
        ("Cloud Developer – Internship – (Jan 2024 – May 2024)", "Heading 3"),
        ("Built a deployment pipeline.", "List Bullet"),
        ("Fabrikam (Laval, QC.)", "Heading 2"),
        ("Software Developer – Internship – (Jan 2023 – May 2023)", "Heading 3"),
        ("Built an authentication service in Go.", "List Bullet"),
        ("IT Specialist – Internship – (August 2021 – December 2021)", "Heading 3"),
        ("Managed the directory and the endpoints.", "List Bullet"),
    )
    assert [(t, e) for t, e, *_ in _roles(data)] == [
        ("Cloud Developer", "Contoso"),
        ("Software Developer", "Fabrikam"),
        ("IT Specialist", "Fabrikam"),
    ]


def test_internship_with_an_organisation_and_no_other_post_is_still_the_title() -> None:
    data = docx_bytes(
        ("Noor Haddad", "Title"),
        ("noor.haddad@example.org", None),
        ("Experience", "Heading 1"),
        ("Internship, Zillionite\tJune 2022 – August 2022", None),
        ("Wrote the billing reports.", "List Bullet"),
    )
    assert [(t, e) for t, e, *_ in _roles(data)] == [("Internship", "Zillionite")]


def test_the_name_on_the_dates_line_is_the_employer_over_a_team_after_the_post() -> None:
    data = docx_bytes(
        ("Rowan Pike", "Title"),
        ("Dayton, OH | rowan.pike@example.org", None),
        ("Work Experience", "Heading 1"),
        ("Northwind Clinical, Cincinnati OH\t\tMay 2024 – Present", None),
        ("Data Science Intern, Commercial Operations – Analytics & Business Intelligence Team", None),
        ("Trained classifiers for invoice comments.", "List Bullet"),
        ("Kroger, Cincinnati OH\t\tMay 2022 – August 2022", None),
        ("Data Analyst Intern, Enterprise Sourcing – Supplier Solutions Team", None),
        ("Built dashboards from the vendor master data.", "List Bullet"),
    )
    assert _roles(data) == [
        ("Data Science Intern", "Northwind Clinical", "Cincinnati OH", "2024-05", "present"),
        ("Data Analyst Intern", "Kroger", "Cincinnati OH", "2022-05", "2022-08"),
    ]


def test_a_known_town_and_its_states_code_without_a_comma_is_a_place() -> None:
    for text in ("Cincinnati OH", "Georgetown KY", "Austin TX"):
        assert is_place(text), text
    for text in ("Medpace OH", "Target MN", "Sales VP", "IT OK"):
        assert not is_place(text), text


def test_the_name_on_the_dates_line_is_the_employer_over_an_office_named_after_the_post() -> None:
    data = docx_bytes(
        ("Jo Arden", "Title"),
        ("jo.arden@example.org", None),
        ("Experience", "Heading 1"),
        ("Patient Care Coordinator", None),
        ("Las Palmas Dental / Tucson, AZ / 2018-2020", None),
        ("Scheduled the patients of four dentists.", "List Bullet"),
        ("Dental Assistant/ Front Office", None),
        ("Harbour Dental / Tucson, AZ / 2017-2018", None),
        ("Assisted in procedures and kept the front desk.", "List Bullet"),
    )
    assert [(t, e) for t, e, *_ in _roles(data)] == [
        ("Patient Care Coordinator", "Las Palmas Dental"),
        ("Dental Assistant", "Harbour Dental"),
    ]


def test_an_office_with_no_other_name_on_the_dates_line_is_still_the_employer() -> None:
    data = docx_bytes(
        ("Jo Arden", "Title"),
        ("jo.arden@example.org", None),
        ("Experience", "Heading 1"),
        ("Policy Adviser, Home Office", None),
        ("London, UK\t2019 – 2021", None),
        ("Drafted the briefings on visas.", "List Bullet"),
    )
    assert [(t, e) for t, e, *_ in _roles(data)] == [("Policy Adviser", "Home Office")]
