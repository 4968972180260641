"""Words of more countries, each found by the international role set's fresh seeds (even seeds 3000 to 3598 of
`bench/bench_cv_roles_intl.py`):
- "أغسطس 2020 حتى تاريخه" (Arabic "until its date") and "03.2021 – т.ч." (Ukrainian "теперішній час", now) end a
  range that goes on;
- "3 thn 8 bln" (Indonesian LinkedIn's "3 years 8 months") says how long a post was held, it names no employer;
- "GESUNDHEITS- UND KRANKENPFLEGERIN": a German hyphen that leaves a compound's end to the word after "und" parts no
  fields, in capitals too;
- "Comptable" and "Cariste" are posts;
- "Liège", written with its accent, is the town (folded, it is the English word "liege").
The CVs below are made up."""

from __future__ import annotations

import docx

from app.documents.cv_structure import read_outline
from tests.docx_build import saved

Role = tuple[str, str, str, str, str]


def _read(lines: list[str], heading: str = "Experience") -> list[Role]:
    d = docx.Document()
    d.add_paragraph("Sami Nasser", style="Title")
    d.add_paragraph("sami.nasser@example.com | +962 79 555 0134")
    d.add_paragraph(heading, style="Heading 1")
    for text in lines:
        d.add_paragraph(text)
    out = read_outline(saved(d))
    return [(r.title.value, r.employer.value, r.place.value, r.start.value, r.end.value) for r in out.roles]


def test_arabic_until_its_date_ends_a_range_that_goes_on() -> None:
    roles = _read(["مشرف مخازن\tمارس 2019 حتى تاريخه", "شركة أرامكس"], heading="الخبرات العملية")
    assert [(r[3], r[4]) for r in roles] == [("2019-03", "present")]


def test_ukrainian_abbreviated_now_ends_a_range_that_goes_on() -> None:
    roles = _read(["Бухгалтер\t09.2020 – т.ч.", "ТОВ «Нова Пошта»"], heading="Досвід роботи")
    assert [(r[0], r[3], r[4]) for r in roles] == [("Бухгалтер", "2020-09", "present")]


def test_indonesian_linkedin_total_names_no_employer() -> None:
    # LinkedIn's grouped posts: the firm over its posts, each post's dates followed by how long it was held
    roles = _read(
        [
            "HOTEL SANTIKA",
            "Supervisor Front Office",
            "Mei 2022 - Saat ini · 2 thn 2 bln",
            "Kepala Gudang",
            "Jan 2019 - Mar 2022 · 3 thn 3 bln",
        ]
    )
    assert [r[:2] for r in roles] == [("Supervisor Front Office", "HOTEL SANTIKA"), ("Kepala Gudang", "HOTEL SANTIKA")]


def test_a_compounds_shared_end_parts_no_fields_in_capitals() -> None:
    roles = _read(["[ Mai 2016 – Juli 2019 ]", "GESUNDHEITS- UND KRANKENPFLEGERIN", "Vivantes Klinikum – Leipzig"])
    assert [r[:3] for r in roles] == [("GESUNDHEITS- UND KRANKENPFLEGERIN", "Vivantes Klinikum", "Leipzig")]


def test_a_french_post_at_a_firm_in_an_accented_town() -> None:
    roles = _read(
        [
            "Février 2021 - août 2022 : Comptable chez Fiduciaire Lambert (Liège)",
            "Mars 2018 - janvier 2021 : Cariste chez Transports Hubert (Liège)",
        ],
        heading="Parcours professionnel",
    )
    assert [r[:3] for r in roles] == [
        ("Comptable", "Fiduciaire Lambert", "Liège"),
        ("Cariste", "Transports Hubert", "Liège"),
    ]
