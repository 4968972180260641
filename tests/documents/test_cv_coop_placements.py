"""A student's co-op placement named by its field ("DevOps Engineering Co-Op<TAB>2017") is a post, not a co-operative:
on a dated line under an employer's roles it takes that employer. A co-operative's own name ("Seattle Food Co-op")
still reads as an organisation."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from app.documents.cv_vocab import has_org_word, org_score
from tests.docx_build import named_cv


def test_a_field_co_op_is_no_organisation() -> None:
    assert org_score("DevOps Engineering Co-Op") == 0 and not has_org_word("Marketing Co-op")
    assert org_score("Seattle Food Co-op") >= 1 and has_org_word("REI Co-op")


def test_a_co_op_line_under_an_employer_takes_the_employer() -> None:
    roles = read_outline(
        named_cv(
            ("Professional Experience", "Title"),
            ("T-Mobile", "Heading 1"),
            ("Security Engineering Co-Op\t2017 – 2018", "Heading 2"),
            ("Researched emerging solutions for security infrastructure automation.", "List Bullet"),
            ("Technologies: Wireshark, Burp Suite, Node, React", None),
            ("DevOps Engineering Co-Op\t2017", "Heading 2"),
            ("Automated continuous integration pipelines with Puppet.", "List Bullet"),
            ("Technologies: Puppet, Ansible, Ruby, Bash", None),
            ("University of Washington", "Heading 1"),
            ("Network Specialist\t2016 – 2017", "Heading 2"),
            ("Automated the provisioning of network infrastructure.", "List Bullet"),
        )
    ).roles
    assert [(r.title.value, r.employer.value) for r in roles] == [
        ("Security Engineering Co-Op", "T-Mobile"),
        ("DevOps Engineering Co-Op", "T-Mobile"),
        ("Network Specialist", "University of Washington"),
    ]
