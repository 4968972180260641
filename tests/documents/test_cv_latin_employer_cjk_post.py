""" "Ericsson 暑期实习" under its dates in a Chinese CV: the employer's name in Latin letters, then the post in
characters, with only a space between; the name is the employer and the characters the title (from a tune file of
the corpus, a KTH student's internships, read as employers with no title)."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes


def test_a_latin_employer_then_a_post_in_characters_are_two_fields() -> None:
    data = docx_bytes(
        ("刘子墨", "Title"),
        ("Email: jordan.ferreira@example.org", None),
        ("实习", "Heading 2"),
        ("02/2022 – 06/2022", None),
        ("cda group 硕士论文", "List Bullet"),
        ("构建一个基于Apache Flink Stateful Functions的时序图数据库", "List Bullet 2"),
        ("05/2021 - 08/2021", None),
        ("Ericsson 暑期实习", "List Bullet"),
        ("Radio Control System 中间件开发与测试", "List Bullet 2"),
        ("技能", "Heading 2"),
        ("Python, Java, Scala", None),
    )
    roles = [(r.title.value, r.employer.value, r.start.value) for r in read_outline(data).roles]
    assert roles == [("硕士论文", "cda group", "2022-02"), ("暑期实习", "Ericsson", "2021-05")]
