"""A line of tools under a role's line ("Python, Golang, AWS SageMaker, AWS SQS, AWS Lambda") lists what the role
used, without a label; it is no employer of the role above it. A line of fields that names a post and an employer
("Software Engineer, Northwind, Leeds, UK") is not such a list."""

from __future__ import annotations

import pytest

from app.documents.cv_role_blocks import stack_line
from app.documents.cv_structure import read_outline
from tests.docx_build import section_cv


def test_the_tools_line_under_a_role_is_no_employer() -> None:
    data = section_cv(
        "Work Experience",
        "Software Development Engineer Intern, Twitch\t\t\tJune 2022 - Aug 2022",
        "Python, Golang, AWS SageMaker, AWS SQS, AWS Elasticsearch, AWS Lambda, AWS DynamoDB",
        "Security Engineer Intern, TD Bank\t\t\tJan 2021 - Aug 2021",
        "Python, Jira, Confluence, Azure, Postman",
    )
    got = [(r.title.value, r.employer.value) for r in read_outline(data).roles]
    assert got == [("Software Development Engineer Intern", "Twitch"), ("Security Engineer Intern", "TD Bank")]


@pytest.mark.parametrize(
    ("text", "tools"),
    [
        ("Python, Golang, AWS SageMaker, AWS SQS, AWS Lambda", True),
        ("Java, Spring, Docker, Kubernetes", True),
        ("Software Engineer, Northwind, Leeds, UK", False),
        ("Python Developer, Globex, Python, Django", False),  # a post among them: a role's line
        ("Leeds, York, Hull, Bath", False),  # no tool among them
    ],
)
def test_a_tools_line_is_a_list_of_known_tools(text: str, tools: bool) -> None:
    assert stack_line(text) is tools
