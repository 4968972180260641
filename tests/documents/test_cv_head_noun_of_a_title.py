"""A title whose last word, its head, is a post's noun names a post, whatever organisation words stand before it:
from a round-43 tune file of the corpus, "OceanBase Database Kernel R&D Intern, Alibaba Ant Financial" among roles
written employer first ("PingCAP – TiDB Database Kernel R&D Intern") keeps its own title and employer."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes


def test_a_post_named_with_organisation_words_keeps_its_place_among_employer_first_roles() -> None:
    # the section writes "Employer – Title"; this role is written "Title, Employer", its title ending in a post's
    # noun ("Intern") after words organisations use ("R&D", "Systems"): its head noun says it is the title
    data = docx_bytes(
        ("Jordan Moreau", "Title"),
        ("jordan.moreau@example.org", None),
        ("Experience", "Heading 1"),
        ("OceanBase Cloud Systems R&D Intern, Fabrikam Financial, May 2016 – September 2016", None),
        ("Improved the query optimiser.", None),
        ("Northwind – Database Kernel Developer, February 2016 - May 2016", None),
        ("Built the distributed database.", None),
        ("Contoso - Front End Development Intern, July 2014 to October 2014", None),
        ("Built the campus recruitment site.", None),
    )
    roles = [(r.title.value, r.employer.value) for r in read_outline(data).roles]
    assert roles[0] == ("OceanBase Cloud Systems R&D Intern", "Fabrikam Financial")
