"""Names and addresses as some CVs write them (each from a tune file of the corpus): "Lindqvist, Rene Sol L" (family
name, comma, given names and an initial) or "Liu, Zimo 刘子墨" as the CV's first line is the seeker's name; a
Chinese form's labels stacked in one box ("姓名：", "电话：", "邮箱：") take the values stacked in the next in the
same order, and the form's own title "个人简历" (résumé) is no name; "Email Id:-jordan@example.org" writes its
separator against the address, which does not begin with it."""

from __future__ import annotations

import docx

from app.documents.cv_lines import Line
from app.documents.cv_structure import outline_from_lines, read_outline
from tests.docx_build import add_hyperlink, docx_bytes, saved

EXPERIENCE = (("Experience", "Heading 1"), ("IT Specialist, Forecasting Technology Inc.\t2015 – Present", None))


def _name(first: str) -> str:
    data = docx_bytes((first, "Heading 1"), ("Valenzuela City · rene@example.org", None), *EXPERIENCE)
    return read_outline(data).name.value


def test_a_family_name_a_comma_and_the_given_names_open_the_cv() -> None:
    assert _name("Lindqvist, Rene Sol L") == "Lindqvist, Rene Sol L"
    assert _name("Liu, Zimo 刘子墨") == "Liu, Zimo 刘子墨"


def test_a_town_and_its_region_is_still_no_name() -> None:
    assert _name("Springfield, Illinois") != "Springfield, Illinois"


def _form(*texts: str) -> str:
    # the form's title in large letters at the top of its box, as the CV has it
    lines = [Line(t, f"b{k}", "textbox", size=18.0 if k == 0 else 10.0) for k, t in enumerate(texts)]
    body = [
        Line("教育背景", "p1", "body", bold=True),
        Line("2019.09-2024.06\t山东第一医科大学\t临床医学\t本科", "p2", "body"),
        Line("科研经历", "p3", "body", bold=True),
        Line("省级大学生创新创业项目（主要成员），负责文献检索与数据库信息采集，参与水凝胶制备实验。", "p4", "body"),
    ]
    return outline_from_lines([*lines, *body]).name.value


def test_stacked_form_labels_take_the_values_stacked_after_them() -> None:
    name = _form("个人简历", "基本信息", "姓名：", "电话：", "邮箱：", "罗一鸣", "12917503706", "noa.novak@example.org")
    assert name == "罗一鸣"


def test_the_forms_title_is_no_name() -> None:
    assert _form("个人简历", "基本信息", "电话：12917503706", "邮箱：noa.novak@example.org") != "个人简历"


def test_a_separator_against_an_address_is_no_part_of_it() -> None:
    data = docx_bytes(
        ("Profile:-          Email Id:-jordan.tanaka@example.org", None),
        ("Phone : (+91) 905 299 5405", None),
        ("TANAKA JORDAN KAI", None),
        *EXPERIENCE,
    )
    assert read_outline(data).contact.emails == ["jordan.tanaka@example.org"]


def test_a_name_with_its_linked_contacts_on_the_same_line_is_the_name() -> None:
    # "Moreau Camille Varma.<wide gap>E mail: <mailto link><wide gap>Phone: …" (from a tune file of the corpus, an
    # Indian Perl developer's Word 97 CV): the first field is the name, without its full stop
    d = docx.Document()
    p = d.add_paragraph("Moreau Camille Varma.                       E mail: ")
    add_hyperlink(p, "mailto:camille.moreau@example.org", "camille.moreau@example.org")
    p.add_run("           Phone: 991218881445")
    d.add_paragraph("Experience", style="Heading 1")
    d.add_paragraph("Senior Software Developer, AthenaHealth\t2013 – Present")
    assert read_outline(saved(d)).name.value == "Moreau Camille Varma"
