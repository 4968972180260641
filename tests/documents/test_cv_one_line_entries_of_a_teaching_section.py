"""One-line entries "Organisation or course | Post<TAB>dates" under a teaching and advising heading: a course line
that names a post beside it is a role of its own (not a course taught in the role above); a single date in the tab
column dates its line as a range there does; "for Students" names the people served, no post; and "at" inside an
organisation's name ("Executive Education Programs at Møller Centre") does not part a post from its employer when
another field names the post."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import section_cv


def _roles() -> list[tuple[str, str, str, str]]:
    data = section_cv(
        "TEACHING AND ADVISING EXPERIENCES",
        "President for the Neurotechers, Caltech\t2023 - 2025",
        "Data Science and AI for Neuroscience Summer School, Caltech | Participant\tJul. 2022",
        "Executive Education Programs at Møller Centre, University of Cambridge | Client Relationship Assistant"
        "\tJul. - Sep. 2019",
        "BEE 2600 Principles of Biological Engineering | Undergraduate Teaching Assistant\tJan. - Dec. 2017",
        "Cornell Cooperative Extension for Students with Special Needs | Mentor \tFeb. - May 2018",
        "Harvard College Summit for Young Leaders in China | Exceptional Teaching Fellow\tAug. 2018",
    )
    return [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in read_outline(data).roles]


def test_a_course_line_that_names_a_post_is_a_role_of_its_own() -> None:
    got = _roles()
    assert (
        "Undergraduate Teaching Assistant",
        "BEE 2600 Principles of Biological Engineering",
        "2017-01",
        "2017-12",
    ) in got
    assert (
        "Client Relationship Assistant",
        "Executive Education Programs at Møller Centre, University of Cambridge",
        "2019-07",
        "2019-09",
    ) in got


def test_single_dated_lines_in_the_tab_column_are_entries_and_people_served_are_no_post() -> None:
    got = _roles()
    assert ("Mentor", "Cornell Cooperative Extension for Students with Special Needs", "2018-02", "2018-05") in got
    assert (
        "Exceptional Teaching Fellow",
        "Harvard College Summit for Young Leaders in China",
        "2018-08",
        "2018-08",
    ) in got
    # the participant's line is an entry of its own, not the employer of the post above it
    assert all("Summer School" not in employer for _, employer, _, _ in got if employer != "")
