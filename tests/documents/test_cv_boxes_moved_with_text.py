"""A Word template wholly of text boxes that Word anchors "move with text": each box measured from the empty paragraph
it is anchored in at the top of its page, the anchors in an order unlike where the boxes stand. The boxes are read
where they stand; a main column that goes on over a page break is read on before the sidebar beside its start."""

from __future__ import annotations

import docx
from docx.enum.text import WD_BREAK

from app.documents.cv_lines import read_lines
from app.documents.cv_structure import read_outline
from app.documents.package import DocxPackage
from tests.docx_build import saved, text_box

Box = tuple[list[str], tuple[float, float, float, float]]  # texts, (x from the page, y from the paragraph, w, h)

_NAME: Box = (["Noa Marlowe", "Software developer"], (40, 0, 530, 40))
_SIDEBAR: list[Box] = [
    (["CONTACT"], (40, 60, 150, 20)),
    (["noa.marlowe@example.org", "+57 311 713 6233"], (40, 85, 150, 40)),
    (["LANGUAGES"], (40, 140, 150, 20)),
    (["Spanish: native", "English: B2"], (40, 165, 150, 40)),
]
_MAIN: list[Box] = [
    (["PROFILE"], (220, 60, 350, 20)),
    (["Developer of web applications for banks and telecoms."], (220, 85, 350, 40)),
    (["EXPERIENCE"], (220, 140, 350, 20)),
    (["Software Developer | Emergia"], (220, 165, 350, 15)),
    (["Oct 2024 – Present | Manizales"], (220, 182, 350, 15)),
    (["Built the billing service of a call centre in .NET and PostgreSQL."], (220, 200, 350, 40)),
    (["Web Developer | FreeCredit S.A.S"], (220, 250, 350, 15)),
    (["Jun 2023 – Sep 2023 | Manizales"], (220, 267, 350, 15)),
    (["Wrote the loan simulator's pages in JavaScript."], (220, 285, 350, 40)),
]


def _boxes_page(anchors: list[list[Box]], page_breaks_before: frozenset[int] = frozenset()) -> bytes:
    """A document of empty paragraphs, each holding its boxes (measured from that paragraph's top); a page break
    opens the paragraphs named."""
    d = docx.Document()
    for k, boxes in enumerate(anchors):
        p = d.add_paragraph()
        if k in page_breaks_before:
            p.add_run().add_break(WD_BREAK.PAGE)
        for texts, at in boxes:
            p._p.append(text_box(texts, at, h_from="page", v_from="paragraph"))
    return saved(d)


def test_boxes_measured_from_their_empty_anchor_paragraph_are_read_where_they_stand() -> None:
    shuffled = [_MAIN[4], _SIDEBAR[2], _MAIN[6], _MAIN[2], _NAME, _MAIN[8], _SIDEBAR[0], _MAIN[3], _MAIN[0]]
    shuffled += [_SIDEBAR[3], _MAIN[7], _MAIN[1], _SIDEBAR[1], _MAIN[5]]
    data = _boxes_page([shuffled])
    texts = [line.text for line in read_lines(DocxPackage(data))]
    assert texts[0] == "Noa Marlowe"
    at = texts.index("EXPERIENCE")
    assert texts[at + 1 : at + 4] == [
        "Software Developer | Emergia",
        "Oct 2024 – Present | Manizales",
        "Built the billing service of a call centre in .NET and PostgreSQL.",
    ]
    roles = read_outline(data).roles
    assert [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in roles] == [
        ("Software Developer", "Emergia", "2024-10", "present"),
        ("Web Developer", "FreeCredit S.A.S", "2023-06", "2023-09"),
    ]


_RIGHT_SIDEBAR: Box = (
    ["CONTACT", "alexis.lindqvist@example.org", "SOFT SKILLS", "Teamwork", "Leadership", "TECHNICAL", "Azure"],
    (420, 0, 150, 620),
)
_PAGE_ONE: list[Box] = [
    (["Alexis Lindqvist", "Cloud engineer"], (40, 0, 360, 60)),
    (
        [
            "Lead DevOps",
            "Sodexo (since February 2019)",
            "Cloud migration of the group's applications to Azure.",
            "Wrote the pipelines that deploy the shared API gateway.",
        ],
        (40, 80, 360, 520),
    ),
]
_PAGE_TWO: Box = (
    [
        "Cloud DevOps",
        "KPMG (February 2018 – January 2019)",
        "Moved the audit firm's accounting platform to Azure.",
        "DevOps",
        "Rothschild (May 2017 – January 2018)",
        "Ran the release pipelines of the bank's trading tools.",
    ],
    (40, 0, 500, 600),
)


def test_a_main_column_going_on_over_the_page_break_is_read_before_the_sidebar_beside_its_start() -> None:
    data = _boxes_page([[_RIGHT_SIDEBAR, _PAGE_ONE[1], _PAGE_ONE[0]], [_PAGE_TWO]], page_breaks_before=frozenset({1}))
    texts = [line.text for line in read_lines(DocxPackage(data))]
    assert texts.index("Sodexo (since February 2019)") < texts.index("Cloud DevOps") < texts.index("CONTACT")


def test_a_role_heading_over_nothing_in_a_sidebar_leaves_the_unheaded_roles_read() -> None:
    data = _boxes_page([[_RIGHT_SIDEBAR, _PAGE_ONE[1], _PAGE_ONE[0]], [_PAGE_TWO]], page_breaks_before=frozenset({1}))
    roles = read_outline(data).roles
    assert [(r.title.value, r.employer.value, r.start.value) for r in roles] == [
        ("Lead DevOps", "Sodexo", "2019-02"),
        ("Cloud DevOps", "KPMG", "2018-02"),
        ("DevOps", "Rothschild", "2017-05"),
    ]
