"""Three things the independent "roles in international CVs" set (`bench/bench_cv_roles_intl.py`, tune seeds: roles
right 1261 → 1308 of 1447) found the reader did not know:

- how a post was held, in brackets after it, in other languages than English ("Responsabile di magazzino (Tempo
  indeterminato)", "Electricista (Tiempo completo)", "(CDI)", "(Vollzeit)") was read as the employer;
- "luglio 2021 ad oggi" (Italian: July 2021 to today) was read as one month;
- Vietnamese and Arabic name a post head first ("Tài xế", "Nhân viên kho", "مدير فرع"); unknown, a post under its
  employer's line was read as a second employer. And "Sơ yếu lý lịch" (a CV, in Vietnamese) is no name.

The CVs below are made up."""

from __future__ import annotations

import docx
import pytest

from app.documents.cv_dates import find_dates
from app.documents.cv_head_line import is_arrangement
from app.documents.cv_structure import read_outline
from app.documents.cv_vocab import role_score
from tests.docx_build import saved


def _promotions(name: str, heading: str, groups: list[tuple[str, str, list[tuple[str, str]]]]) -> bytes:
    """Each employer's line with its whole span, its posts under it, each with its own dates in brackets."""
    d = docx.Document()
    d.add_paragraph().add_run("Sơ yếu lý lịch").bold = True
    d.add_paragraph().add_run(name).bold = True
    d.add_paragraph("0912 345 678 · seeker@example.vn")
    d.add_paragraph(heading, style="Heading 1")
    for employer, span, posts in groups:
        d.add_paragraph(f"{employer}\t{span}")
        for post, dates in posts:
            d.add_paragraph(f"{post} ({dates})")
            d.add_paragraph("Quản lý đơn hàng và kho", style="List Bullet")
    d.add_paragraph("Học vấn", style="Heading 1")
    d.add_paragraph("2012 – 2015  Cử nhân Quản trị kinh doanh, Đại học Kinh tế Quốc dân")
    return saved(d)


def test_head_first_posts_under_their_employers_line_are_titles() -> None:
    data = _promotions(
        "Phạm Thu Hà",
        "Kinh nghiệm làm việc",
        [
            ("Công ty Cổ phần Gemadept", "04/2022 đến hiện tại", [("Tài xế", "04/2022 đến hiện tại")]),
            ("Nhà hàng Ngon", "01/2019 đến 03/2022", [("Phục vụ", "01/2019 đến 03/2022")]),
        ],
    )
    out = read_outline(data)
    assert [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in out.roles] == [
        ("Tài xế", "Công ty Cổ phần Gemadept", "2022-04", "present"),
        ("Phục vụ", "Nhà hàng Ngon", "2019-01", "2022-03"),
    ]
    assert out.name.value == "Phạm Thu Hà"


@pytest.mark.parametrize(
    ("note", "kept"),
    [("Tempo indeterminato", True), ("Tiempo completo", True), ("CDI", True), ("Vollzeit", True), ("Acme", False)],
)
def test_how_a_post_was_held_in_other_languages_is_no_field(note: str, kept: bool) -> None:
    assert is_arrangement(note) is kept


def test_a_contract_in_brackets_stays_with_the_title_and_ad_oggi_runs_on() -> None:
    data = _promotions(
        "Matteo Ricci",
        "Esperienza professionale",
        [
            (
                "Bartolini S.p.A.",
                "gennaio 2018 ad oggi",
                [("Responsabile di magazzino (Tempo indeterminato)", "gennaio 2018 ad oggi")],
            )
        ],
    )
    out = read_outline(data)
    assert [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in out.roles] == [
        ("Responsabile di magazzino (Tempo indeterminato)", "Bartolini S.p.A.", "2018-01", "present")
    ]


def test_vietnamese_and_arabic_posts_by_their_head_word() -> None:
    assert all(role_score(t) >= 1 for t in ("Tài xế", "Nhân viên kho", "Kỹ sư phần mềm", "مدير فرع", "مشرف مبيعات"))
    assert all(role_score(t) < 1 for t in ("Giao Hàng Nhanh", "Thomas Nguyen", "Thu Ngân"))
    span = find_dates("luglio 2021 ad oggi")
    assert span is not None and (span.start, span.end) == ("2021-07", "present")


def test_a_town_its_states_code_and_its_countrys_code_are_a_place() -> None:
    """ "Curitiba, PR, BR", "Calgary, AB, CA" under the employer's line, as the new Europass writes the place, were
    read as the employer ("PR, BR"); a firm's name before codes stays no place (found by the independent "roles in
    the wild" set, `bench/bench_cv_roles_wild.py`, the new Europass family)."""
    from app.documents.cv_vocab import is_place

    assert all(is_place(t) for t in ("Curitiba, PR, BR", "Calgary, AB, CA", "Monterrey, N.L., MX"))
    assert not any(is_place(t) for t in ("IBM, NY, US", "Volvo, AB, SE", "Acme, Inc, US"))


def test_a_known_heading_in_two_words_ends_the_roles_above_it() -> None:
    """ "Formación académica" in bold under the last role's lines: a known heading whole (its second word no heading
    word of its own) ends the roles; its dated degrees were read as posts."""
    d = docx.Document()
    d.add_paragraph().add_run("FERNANDA RÍOS").bold = True
    d.add_paragraph("fernanda.rios@example.mx | Ciudad de México")
    d.add_paragraph().add_run("EXPERIENCIA").bold = True
    d.add_paragraph("[ 11/2022 – Actual ] Encargada de tienda")
    d.add_paragraph("Mercadona")
    d.add_paragraph("Guadalajara, Jal., MX")
    d.add_paragraph().add_run("Formación académica").bold = True
    d.add_paragraph("Grado en Enfermería, Universidad de Guadalajara, 11/2007 – 11/2010")
    out = read_outline(saved(d))
    assert [(r.title.value, r.employer.value, r.start.value) for r in out.roles] == [
        ("Encargada de tienda", "Mercadona", "2022-11")
    ]


def test_a_further_post_at_a_linkedin_company_takes_the_company_not_its_town() -> None:
    """A LinkedIn export groups posts under the company: "Transportes Castores" over "Conductor de montacargas", its
    dates and its town, then "Auxiliar de bodega", its dates and its town. The second post's town was read as its
    employer; a lone town, where the post above has a place, is the place, and the post takes the company above."""
    d = docx.Document()
    d.add_paragraph().add_run("José Luis Ramírez").bold = True
    d.add_paragraph("+52 33 3777 8456 · jl.ramirez@example.mx")
    d.add_paragraph("Experiencia laboral", style="Heading 1")
    for lines in (
        ["Transportes Castores", "Conductor de montacargas", "sept. 2020 - nov. 2021 · 1 año 3 meses", "Monterrey"],
        ["Auxiliar de bodega", "oct. 2016 - jul. 2020 · 3 años 10 meses", "Monterrey"],
    ):
        for k, text in enumerate(lines):
            run = d.add_paragraph().add_run(text)
            run.bold = k < len(lines) - 2
        d.add_paragraph("Control de inventarios", style="List Bullet")
    d.add_paragraph("Formación académica", style="Heading 1")
    d.add_paragraph("2009-2012  Grado en Ingeniería Informática, Universidad de Monterrey")
    out = read_outline(saved(d))
    assert [(r.title.value, r.employer.value, r.place.value, r.start.value) for r in out.roles] == [
        ("Conductor de montacargas", "Transportes Castores", "Monterrey", "2020-09"),
        ("Auxiliar de bodega", "Transportes Castores", "Monterrey", "2016-10"),
    ]


@pytest.mark.parametrize(
    ("line", "described"),
    [
        ("Planung und Koordination der Abläufe", True),
        ("Betreuung von Kunden und Bearbeitung von Reklamationen", True),
        ("Elaboração de relatórios gerenciais", True),
        ("Atendimento ao cliente e fornecedores", True),
        ("Leiter der Abteilung Entwicklung", False),  # a post
        ("Institut für Informatik und Gesellschaft", False),  # an organisation
        ("Analista de sistemas", False),
        ("Dirección de Recursos Humanos", False),  # a unit, in capitals
    ],
)
def test_what_was_done_written_in_german_or_a_romance_language_is_no_head_line(line: str, described: bool) -> None:
    """A Canva CV's duties are plain lines under the dates, no list: "Planung und Koordination der Abläufe" (German
    nouns, capitalised, joined by "und", "der") and "Elaboração de relatórios gerenciais" (a noun of doing, then "de")
    were read as the next role's title and employer (found by the independent "roles in the wild" set, the Canva
    family: 47 → 58 of 64 on the tune seeds)."""
    from app.documents.cv_head_line import is_description

    assert is_description(line) is described


@pytest.mark.parametrize(
    ("line", "pieces"),
    [
        ("متدربة في أرامكس", [("متدربة", False), ("أرامكس", True)]),
        ("محاسب لدى شركة المراعي", [("محاسب", False), ("شركة المراعي", True)]),
        ("أخصائي في التسويق", [("أخصائي في التسويق", False)]),  # "in marketing": a field, with its article
    ],
)
def test_arabic_at_parts_the_post_from_its_employer(line: str, pieces: list[tuple[str, bool]]) -> None:
    """Arabic writes "Trainee at Aramex" as "متدربة في أرامكس" (or with "لدى"); the whole line was read as the title
    (found by the independent "roles in international CVs" set, one-line roles, tune seeds)."""
    from app.documents.cv_head_line import line_segments

    assert line_segments(line) == pieces


@pytest.mark.parametrize("post", ["Employé libre-service", "Caissière", "Mesero", "Pasante", "Sergente", "Сержант"])
def test_common_posts_in_french_spanish_italian_and_russian_are_posts(post: str) -> None:
    assert role_score(post) >= 1
