"""LinkedIn's export saved as Word: "Experience" in Heading 1, each post in Heading 2 over its employer in Heading 3
over "Mar 2022 - Present (6 months +)", the role's own labels ("SOME EXAMPLES", "OVERVIEW") in plain capitals and its
samples' web addresses between the roles. An employer whose name holds a heading's word ("Weld North Education") is
no "Education" section, and a plain label is no section while the CV's sections come in their heading style (from a
tune file of the corpus, a US designer's 25-year export that read no role)."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes


def _export(*roles: tuple[str, str, str], closing: tuple[str, str | None] = ("Education", "Heading 1")) -> bytes:
    paragraphs: list[tuple[str, str | None]] = [
        ("Alexis Haddad", "Title"),
        ("alexis.haddad@example.org", "Body Text"),
        ("Summary", "Heading 1"),
        ("PROFESSIONAL SUMMARY", "Body Text"),
        ("Designer and front-end developer with twenty-five years of work for schools and publishers.", "Body Text"),
        ("Experience", "Heading 1"),
    ]
    for k, (title, employer, dates) in enumerate(roles):
        paragraphs += [(title, "Heading 2"), (employer, "Heading 3"), (dates, "Body Text")]
        if k == 0:  # the export's first post opens with its samples
            paragraphs.append(("SOME EXAMPLES", "Body Text"))
        paragraphs += [
            ("Built landing page templates the creative team uses in any CMS.", "Body Text"),
            ("OVERVIEW", "Body Text"),
            ("Design deliverables from wireframes to working prototypes for the developers.", "Body Text"),
            ("http://www.example.org/samples/ http://www.example.org/prototypes/", "Body Text"),
        ]
    paragraphs += [closing, ("Brigham Young University", "Heading 2"), ("Bachelor of Fine Arts", "Heading 3")]
    return docx_bytes(*paragraphs)


ROLES = (
    ("Frontend Developer", "Weld North Education (now Imagine Learning)", "Mar 2022 - Present (6 months +)"),
    ("Senior Designer", "Glynlyon Inc.", "Oct 2016 - Apr 2019 (2 years 7 months)"),
    ("Web Designer - Contractor", "Pearson", "Nov 2009 - Mar 2011 (1 year 5 months)"),
)


def test_each_post_of_the_export_is_read_with_its_employer_and_dates() -> None:
    roles = read_outline(_export(*ROLES)).roles
    got = [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in roles]
    assert got == [
        ("Frontend Developer", "Weld North Education (now Imagine Learning)", "2022-03", "present"),
        ("Senior Designer", "Glynlyon Inc.", "2016-10", "2019-04"),
        ("Web Designer - Contractor", "Pearson", "2009-11", "2011-03"),
    ]


def test_the_export_s_education_is_still_a_section_of_its_own() -> None:
    outline = read_outline(_export(*ROLES))
    assert not any("Brigham" in r.employer.value or "Brigham" in r.title.value for r in outline.roles)
    assert any("Brigham Young University" in e for e in outline.education)
