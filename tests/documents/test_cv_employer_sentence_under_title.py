"""Under a title's dated line, a first sentence of names parted by commas that names an organisation ("Karolinska
Institutet, Department of Medicine, Stockholm, Sweden.") is the role's employer line, however long, and the
sentences after it ("Member of the imaging group.") describe the role; a sentence of what was done stays a
description."""

from __future__ import annotations

import docx

from app.documents.cv_structure import read_outline
from tests.docx_build import saved


def _cv(under: list[str]) -> bytes:
    d = docx.Document()
    d.add_paragraph("Elin Bergström", style="Title")
    d.add_paragraph("elin.bergstrom@example.org · +46 70 123 45 67")
    d.add_paragraph("Professional Experience", style="Heading 1")
    for (dates, title), line in zip(
        [
            ("Sep 2014 – Aug 2018", "Physician"),
            ("Sep 1999 – Aug 2014", "Physician"),
            ("Nov 1990 – Aug 1999", "Clinical Research Fellow"),
        ],
        under,
        strict=True,
    ):
        d.add_paragraph().add_run(f"{dates}\t{title}").bold = True
        d.add_paragraph(line)
    return saved(d)


def test_a_sentence_of_names_under_the_title_names_the_employer() -> None:
    roles = read_outline(
        _cv(
            [
                "Karolinska University Hospital Department of Internal Medicine and Emergency Care, Section of "
                "Cardiology Research Laboratory and Imaging Centre, Solna campus, Sweden. Head of the echo lab, "
                "Member of the board, Deputy chief, Second opinion service.",
                "Danderyd Hospital, Department of Medicine, Stockholm, Sweden. Member of the hospital's ethics board.",
                "Uppsala University Hospital, Department of Clinical Physiology of Uppsala County, Uppsala, Sweden.",
            ]
        )
    ).roles
    assert [(r.title.value, r.employer.value) for r in roles] == [
        (
            "Physician",
            "Karolinska University Hospital Department of Internal Medicine and Emergency Care, Section of "
            "Cardiology Research Laboratory and Imaging Centre",
        ),
        ("Physician", "Danderyd Hospital, Department of Medicine"),
        (
            "Clinical Research Fellow",
            "Uppsala University Hospital, Department of Clinical Physiology of Uppsala County",
        ),
    ]
    assert any("ethics board" in b.text for b in roles[1].bullets)


def test_a_sentence_of_what_was_done_is_no_employer_line() -> None:
    roles = read_outline(
        _cv(
            [
                "Led the ward rounds, trained residents, wrote the protocols. Ran the night service.",
                "Saw patients in the clinic, Monday to Friday. Covered the emergency room.",
                "Ran trials for the Heart Foundation, enrolled patients. Wrote the reports.",
            ]
        )
    ).roles
    assert all(not r.employer.value.startswith(("Led", "Saw", "Ran")) for r in roles)
