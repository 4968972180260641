"""What looks like a heading inside a role section, but is not one. "Research Publications" in the bold of the CV's
headings is a heading (no role's head line: "Research" qualifies the heading's word, it names no post), so the
publications under it, some of whose titles run onto a second line with the year, are no roles (a research
scientist's Word 97 CV read 42 publications as roles). "Other notable projects:" in plain text under a role is the
role's own label while the CV's headings are bold, and a skills table's row "Query languages<TAB>SQL" is no heading
dressed like it (a Kazan developer's CV lost four of its five roles to the projects label). Both from tune files of
the corpus."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import bold_or_plain as _cv


def _roles(data: bytes) -> list[tuple[str, str, str | None]]:
    return [(r.title.value, r.employer.value, r.start.value) for r in read_outline(data).roles]


def test_publications_under_a_research_publications_heading_are_no_roles() -> None:
    data = _cv(
        ("Robin Tanaka", True),
        ("E-MAIL: robin.tanaka@example.org", False),
        ("Professional Experiences", True),
        ("NETFLIX EYELINE STUDIOS\t Los Angeles, CA, USA", True),
        ("Senior Research Scientist\tJan 2023 – Present", False),
        ("Research Scientist\tJun 2022 – Dec 2022", False),
        ("MICROSOFT RESEARCH ASIA\t Beijing, China", True),
        ("Research Intern\tFeb 2017 – Jan 2018", False),
        ("Research Publications", True),
        ("Lux Post Facto: Learning Portrait Performance Relighting with Conditional Video Diffusion", False),
        ("and a Hybrid Dataset\t 2025", False),
        ("Yiqun Mei, Robin Tanaka, Li Ma, and Julien Philip.", False),
        ("IEEE Conference on Computer Vision and Pattern Recognition (CVPR), 2025.", False),
        ("AvatarCraft: Transforming Text into Neural Human Avatars with Parameterized Shape and", False),
        ("Pose Control\t 2023", False),
        ("Ruixiang Jiang, Can Wang, Robin Tanaka, and Jing Liao.", False),
        ("IEEE International Conference on Computer Vision (ICCV), 2023.", False),
        ("Education", True),
        ("Hong Kong University of Science and Technology\t Hong Kong, China", True),
        ("Ph.D. Computer Science & Engineering\tJan 2015 – Nov 2018", False),
    )
    assert _roles(data) == [
        ("Senior Research Scientist", "NETFLIX EYELINE STUDIOS", "2023-01"),
        ("Research Scientist", "NETFLIX EYELINE STUDIOS", "2022-06"),
        ("Research Intern", "MICROSOFT RESEARCH ASIA", "2017-02"),
    ]


def test_a_plain_label_under_a_role_does_not_end_the_experience_section() -> None:
    data = _cv(
        ("Jordan Lindqvist", True),
        ("jordan.lindqvist@example.org", False),
        ("Experience", True),
        ("Senior Software Engineer", True),
        ("Northwind Trading – Worldwide", False),
        ("February 2015 to Present", False),
        ("Working remotely on a Java trading platform in a small firm.", False),
        ("Other notable projects:", False),
        ("Wrote a book in the fields of computer vision and web development.", False),
        ("Related skills: Scala, Java, DevOps, Unit testing.", False),
        ("Computer vision developer", True),
        ("RoadAR – Kazan, Russia", False),
        ("July 2013 to September 2014", False),
        ("Worked on an application that warns drivers about traffic signs.", False),
        ("Skills", True),
        ("Main languages\tJava, Scala, C++", False),
        ("Query languages\tSQL", False),
        ("Revision control\tGit, Subversion", False),
    )
    assert _roles(data) == [
        ("Senior Software Engineer", "Northwind Trading", "2015-02"),
        ("Computer vision developer", "RoadAR", "2013-07"),
    ]
