"""Parts of a Word CV placed by geometry are read where they stand on the page, not where they are anchored: the
name box at the top first, a sidebar over the page's height beside the body (never inside a role), boxes of a page
wholly of boxes from the top, frames where their x and y put them; a part whose place is not known (measured from
its paragraph, or on a later page) stays at its anchor."""

from __future__ import annotations

import docx
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from app.documents.cv_lines import read_lines
from app.documents.cv_structure import read_outline
from app.documents.package import DocxPackage
from tests.docx_build import grouped_text_boxes, saved, text_box

SIDEBAR = ["Skills", "Python", "SQL", "Languages", "German"]
LEFT_SIDEBAR = (10.0, 30.0, 160.0, 730.0)  # x, y, width, height in points from the page (612 x 792)
NAME_BOX = (200.0, 20.0, 300.0, 60.0)


def _cv() -> docx.document.Document:
    """The main column as body text: a heading, two roles (title line, dates line, a bullet), education."""
    d = docx.Document()
    for text, style in [
        ("Experience", "Heading 1"),
        ("Software Engineer, Acme Ltd", None),
        ("2019 - 2021", None),
        ("Built the billing service.", "List Bullet"),
        ("Data Analyst, Globex Corp", None),
        ("2016 - 2018", None),
        ("Wrote the monthly reports.", "List Bullet"),
        ("Education", "Heading 1"),
        ("BSc Economics, University of Leeds, 2015", None),
    ]:
        d.add_paragraph(text, style=style)
    return d


def _texts(d: docx.document.Document) -> list[str]:
    return [line.text for line in read_lines(DocxPackage(saved(d)))]


def _roles(d: docx.document.Document) -> list[tuple[str, str, str]]:
    return [(r.title.value, r.employer.value, r.start.value) for r in read_outline(saved(d)).roles]


def test_a_sidebar_anchored_in_a_role_s_title_line_is_not_read_inside_the_role() -> None:
    d = _cv()
    d.paragraphs[1]._p.append(text_box(SIDEBAR, LEFT_SIDEBAR))
    texts = _texts(d)
    assert texts.index("Software Engineer, Acme Ltd") + 1 == texts.index("2019 - 2021")
    assert _roles(d) == [("Software Engineer", "Acme Ltd", "2019"), ("Data Analyst", "Globex Corp", "2016")]


def test_a_sidebar_on_the_right_is_read_after_the_body() -> None:
    d = _cv()
    d.paragraphs[4]._p.append(text_box(SIDEBAR, (440.0, 30.0, 160.0, 730.0)))
    texts = _texts(d)
    assert texts.index("BSc Economics, University of Leeds, 2015") < texts.index("Skills")


def test_a_name_box_at_the_top_anchored_at_the_end_is_read_first() -> None:
    d = _cv()
    d.paragraphs[-1]._p.append(text_box(["Alex Moreno", "alex.moreno@example.org"], NAME_BOX))
    assert _texts(d)[:2] == ["Alex Moreno", "alex.moreno@example.org"]
    assert read_outline(saved(d)).name.value == "Alex Moreno"


def test_a_box_written_with_its_vml_fallback_is_read_once() -> None:
    d = _cv()
    d.paragraphs[-1]._p.append(text_box(["Alex Moreno"], NAME_BOX, fallback=True))
    assert _texts(d).count("Alex Moreno") == 1


def test_offsets_from_the_margin_are_set_beside_offsets_from_the_page() -> None:
    d = _cv()
    # 110 pt from the top margin (72 pt) stands below a box 20 pt from the page's top edge
    d.paragraphs[0]._p.append(
        text_box(["Profile", "I build tidy billing systems."], (0, 110, 300, 60), "margin", "margin")
    )
    d.paragraphs[-1]._p.append(text_box(["Alex Moreno"], NAME_BOX))
    texts = _texts(d)
    assert texts[0] == "Alex Moreno"


def test_boxes_of_a_page_wholly_of_boxes_are_read_from_the_top_whatever_their_anchors() -> None:
    d = docx.Document()
    boxes = [
        (["Alex Moreno", "alex.moreno@example.org"], (200.0, 20.0, 380.0, 60.0)),
        (["Experience"], (200.0, 100.0, 380.0, 20.0)),
        (["Software Engineer, Acme Ltd", "2019 - 2021"], (200.0, 130.0, 380.0, 40.0)),
        (["Data Analyst, Globex Corp", "2016 - 2018"], (200.0, 180.0, 380.0, 40.0)),
        (["Education", "BSc Economics, University of Leeds, 2015"], (200.0, 230.0, 380.0, 40.0)),
        (SIDEBAR, LEFT_SIDEBAR),
    ]
    p = d.add_paragraph()
    for k in (4, 2, 5, 0, 3, 1):  # anchored in an order unlike where they stand
        texts, at = boxes[k]
        p._p.append(text_box(texts, at))
    texts = _texts(d)
    assert texts[:2] == ["Alex Moreno", "alex.moreno@example.org"]
    main = [t for t in texts if t not in SIDEBAR]
    assert main[2:7] == [
        "Experience",
        "Software Engineer, Acme Ltd",
        "2019 - 2021",
        "Data Analyst, Globex Corp",
        "2016 - 2018",
    ]
    assert _roles(d) == [("Software Engineer", "Acme Ltd", "2019"), ("Data Analyst", "Globex Corp", "2016")]


def test_boxes_in_a_group_are_placed_inside_the_group() -> None:
    d = _cv()
    group = grouped_text_boxes(
        [
            (["Alex Moreno"], (200.0, 20.0, 300.0, 30.0)),
            (["alex.moreno@example.org"], (200.0, 52.0, 300.0, 30.0)),
            (SIDEBAR, (10.0, 100.0, 160.0, 680.0)),
        ]
    )
    d.paragraphs[2]._p.append(group)
    texts = _texts(d)
    assert texts[:2] == ["Alex Moreno", "alex.moreno@example.org"]
    assert texts.index("Software Engineer, Acme Ltd") + 1 == texts.index("2019 - 2021")


def _framed(text: str, x: int, y: int, w: int, h: int) -> object:
    frame = f'<w:framePr w:w="{w}" w:h="{h}" w:hAnchor="page" w:vAnchor="page" w:x="{x}" w:y="{y}"/>'
    return parse_xml(f"<w:p {nsdecls('w')}><w:pPr>{frame}</w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>")


def test_framed_paragraphs_are_read_where_their_frame_stands() -> None:
    d = _cv()
    d.paragraphs[-1]._p.addnext(_framed("Alex Moreno", 4000, 400, 6000, 800))  # twips: written last, at the top
    for text in reversed(SIDEBAR):  # a full-height frame written between a title and its dates
        d.paragraphs[1]._p.addnext(_framed(text, 200, 600, 3200, 14600))
    texts = _texts(d)
    assert texts[0] == "Alex Moreno"
    assert texts.index("Software Engineer, Acme Ltd") + 1 == texts.index("2019 - 2021")


def test_a_box_measured_from_its_paragraph_stays_where_it_is_anchored() -> None:
    d = _cv()
    d.paragraphs[-1]._p.append(text_box(["Alex Moreno"], NAME_BOX, "column", "paragraph"))
    assert _texts(d)[-1] == "Alex Moreno"


def test_a_box_anchored_after_a_page_break_stays_where_it_is_anchored() -> None:
    d = _cv()
    d.paragraphs[3].runs[0].add_break(WD_BREAK.PAGE)
    d.paragraphs[-1]._p.append(text_box(["Alex Moreno"], NAME_BOX))
    assert _texts(d)[-1] == "Alex Moreno"


def test_a_sidebar_on_a_later_page_is_read_after_the_body_not_inside_a_role() -> None:
    d = _cv()
    d.paragraphs[0].runs[0].add_break(WD_BREAK.PAGE)
    d.paragraphs[4]._p.append(text_box(SIDEBAR, LEFT_SIDEBAR))
    texts = _texts(d)
    assert texts.index("Data Analyst, Globex Corp") + 1 == texts.index("2016 - 2018")
    assert texts.index("BSc Economics, University of Leeds, 2015") < texts.index("Skills")


def test_a_sidebar_box_beside_a_page_of_boxes_is_not_read_between_two_sections() -> None:
    d = docx.Document()
    p = d.add_paragraph()
    boxes = [
        (SIDEBAR, (440.0, 30.0, 160.0, 730.0)),
        (["Alex Moreno", "alex.moreno@example.org"], (40.0, 20.0, 380.0, 60.0)),
        (["Experience", "Software Engineer, Acme Ltd", "2019 - 2021"], (40.0, 100.0, 380.0, 400.0)),
        (["Education", "BSc Economics, University of Leeds, 2015"], (40.0, 520.0, 380.0, 40.0)),
    ]
    for texts, at in boxes:
        p._p.append(text_box(texts, at, fallback=False))
    texts = _texts(d)
    assert texts.index("Education") < texts.index("Skills")
    assert texts[0] == "Alex Moreno"


def test_a_sidebar_measured_from_its_paragraph_is_still_read_beside_the_body() -> None:
    d = _cv()
    d.paragraphs[1]._p.append(text_box(SIDEBAR, (10.0, 0.0, 160.0, 730.0), "page", "paragraph"))
    texts = _texts(d)
    assert texts.index("Software Engineer, Acme Ltd") + 1 == texts.index("2019 - 2021")
    assert texts.index("Skills") < texts.index("Experience")


def test_a_box_at_the_page_s_foot_anchored_in_a_role_is_read_after_the_body() -> None:
    d = _cv()
    d.paragraphs[1]._p.append(text_box(["alex.moreno@example.org"], (90.0, 730.0, 300.0, 40.0)))
    texts = _texts(d)
    assert texts[-1] == "alex.moreno@example.org"


def test_a_box_placed_by_its_simple_position_is_read_where_that_puts_it() -> None:
    d = _cv()
    run = text_box(["Alex Moreno"], NAME_BOX, "column", "paragraph", fallback=False)  # offsets from the text ...
    anchor = next(run.iter(qn("wp:anchor")))
    anchor.set("simplePos", "1")  # ... overruled by a place from the page's top left corner
    simple = anchor.find(qn("wp:simplePos"))
    simple.set("x", str(200 * 12700))
    simple.set("y", str(20 * 12700))
    d.paragraphs[-1]._p.append(run)
    assert _texts(d)[0] == "Alex Moreno"
