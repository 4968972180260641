"""The seeker's name and contacts where fresh seeds of the independent identity set (identity_wild, seeds 600–1798,
which no rule had been written from) found them read wrong: an address written with a full-width "＠" or "(at)",
whose digits were then read as a phone; a "tel:" link read as a second phone beside the number it dials; "Mobile
No.:"; a postcode, a spaced dash, then the phone; an emergency contact in the contact box; a name beside a sidebar in
capitals, with a nickname or letters after it, or of one word; "Family Names, Given" whose given name also names a
town; "BSc (Hons)"; Vietnamese and Icelandic name labels; a phone whose last group reads as a year; a Portuguese
citizen card and a Hindi fax label; Icelandic phone words and a seven-digit number alone; a postcode, a wide gap,
then the phone. Every CV here is made up."""

from __future__ import annotations

import docx
import pytest
from docx.document import Document
from docx.shared import Pt

from app.documents.cv_structure import read_outline
from tests.docx_build import add_hyperlink, docx_bytes, saved, text_box


def _contacts(data: bytes) -> tuple[list[str], list[str]]:
    out = read_outline(data)
    return out.contact.emails, out.contact.phones


_DUTY = "Built the monthly sales reports for four regional teams and cut the time they took to prepare by half."
_ROLE = (
    ("Experience", "Heading 1"),
    ("Data Analyst, Northwind Logistics, 2019 – present", None),
    (_DUTY, "List Bullet"),
    ("Education", "Heading 1"),
    ("MSc Data Science, National University, 2016", None),
)


def _with_a_role(d: Document, post: str = "Data Analyst", employer: str = "Northwind Logistics") -> bytes:
    """The document with an experience section of one role and its duty after what it holds."""
    d.add_paragraph("Experience", style="Heading 1")
    d.add_paragraph(f"{post}, {employer}, 2019 – present")
    d.add_paragraph(_DUTY, style="List Bullet")
    return saved(d)


@pytest.mark.parametrize(
    ("line", "email"),
    [
        ("E-mail\thanako.sato＠example.jp", "hanako.sato@example.jp"),  # a Japanese keyboard's full-width sign
        ("E-Mail: jorg_schafer＠example.de", "jorg_schafer@example.de"),
    ],
)
def test_an_address_written_with_a_full_width_at_sign_is_read(line: str, email: str) -> None:
    data = docx_bytes(("Hanako Sato", "Title"), ("Tel: 090-1245-3493", None), (line, None), *_ROLE)
    assert _contacts(data) == ([email], ["090-1245-3493"])


def test_the_digits_of_a_masked_address_are_no_phone() -> None:
    data = docx_bytes(
        ("Zhang Wei", "Title"), ("电话\t+86 139 7476 4581\t邮箱\t5224863915(at)example.com", None), *_ROLE
    )
    assert _contacts(data) == (["5224863915@example.com"], ["+86 139 7476 4581"])


def test_a_tel_link_behind_a_number_with_its_trunk_zero_in_brackets_is_that_number() -> None:
    d = docx.Document()
    d.add_paragraph("Lena von Bülow", style="Title")
    add_hyperlink(d.add_paragraph(), "tel:+4915162754100", "+49 (0) 151 62754100")
    d.add_paragraph("lvonbulow@example.de")
    assert _contacts(_with_a_role(d)) == (["lvonbulow@example.de"], ["+49 (0) 151 62754100"])


def test_a_tel_link_to_another_number_is_still_read() -> None:
    """Guard: only the number shown is folded into its link; a link to a second number is a second phone."""
    d = docx.Document()
    d.add_paragraph("Lena von Bülow", style="Title")
    add_hyperlink(d.add_paragraph("+49 (0) 151 62754100 · "), "tel:+493012345678", "Home")
    assert _contacts(_with_a_role(d))[1] == ["+49 (0) 151 62754100", "+493012345678"]


def test_mobile_no_with_its_full_stop_and_colon_labels_the_phone() -> None:
    data = docx_bytes(("RESUME", None), ("Priya Verma", None), ("Mobile No.: 09635684817", None), *_ROLE)
    assert _contacts(data)[1] == ["09635684817"]


def test_a_postcode_then_a_spaced_dash_then_the_phone_is_not_one_number() -> None:
    data = docx_bytes(("Somchai Rattanakul", "Title"), ("123 ถนนสุขุมวิท กรุงเทพฯ 10110 — 084-423-0499", None), *_ROLE)
    assert _contacts(data)[1] == ["084-423-0499"]


def test_a_phone_written_with_a_spaced_dash_inside_stays_one_number() -> None:
    """Guard: "(62) 23075 – 0513" is one Brazilian number, its five digits after a bracket, not after a word."""
    data = docx_bytes(("Alexis Kowalski", "Title"), ("+55 (62) 23075 – 0513", None), *_ROLE)
    assert _contacts(data)[1] == ["+55 (62) 23075 - 0513"]


def test_an_emergency_contact_in_the_contact_section_is_not_the_seekers() -> None:
    data = docx_bytes(
        ("Schäfer, Jörg", "Title"),
        *_ROLE,
        ("Kontakt", "Heading 1"),
        ("Mobil: +49 171 5056264", None),
        ("Emergency contact: Anna Müller (spouse), +49 (0) 151 57822999", None),
    )
    assert _contacts(data)[1] == ["+49 171 5056264"]


def _beside_a_sidebar(name: str, email: str = "seeker@example.org") -> bytes:
    d = docx.Document()
    box = ["CONTACT", "5 Beach Rd, Bondi NSW 2026", "Mobile: 0402 944 467", f"Email: {email}", "SKILLS", "SQL · Excel"]
    d.add_paragraph()._p.append(text_box(box, (20, 20, 170, 760)))
    run = d.add_paragraph().add_run(name)
    run.bold, run.font.size = True, Pt(26)
    d.add_paragraph("Marketing Specialist")
    return _with_a_role(d, "Marketing Specialist", "Northwind Logistics")


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("MIA NGUYEN", "MIA NGUYEN"),
        ("Fiona MACLEOD", "Fiona MACLEOD"),
        ("Aoife (Sam) Ní Dhomhnaill", "Aoife Ní Dhomhnaill"),
        ("Amélie de La Fontaine, RN", "Amélie de La Fontaine"),
        ("Андрій Іванович Шевчук / Andrii Shevchuk", "Андрій Іванович Шевчук"),
    ],
)
def test_a_name_in_large_type_beside_a_sidebar_is_read_as_written(written: str, name: str) -> None:
    assert read_outline(_beside_a_sidebar(written)).name.value == name


def test_a_name_of_one_word_beside_a_sidebar_is_read_when_the_address_spells_it() -> None:
    assert read_outline(_beside_a_sidebar("Wiranto", "wiranto75@example.co.id")).name.value == "Wiranto"


def test_a_heading_of_one_word_beside_a_sidebar_is_no_name() -> None:
    """Guard: one word in large type that the address does not spell is left for the seeker to confirm."""
    assert read_outline(_beside_a_sidebar("Portfolio", "wiranto75@example.co.id")).name.value != "Portfolio"


@pytest.mark.parametrize(
    ("line", "email", "name"),
    [
        ("Ramírez Ortega, Guadalupe", "guadalupe.ramirezortega@example.mx", "Ramírez Ortega, Guadalupe"),
        ("Ramírez Ortega, Guadalupe", "GUADALUPER86@EXAMPLE.MX", "Ramírez Ortega, Guadalupe"),
        ("Ana Lima, Porto", "ana.lima@example.pt", "Ana Lima"),  # the town after the name stays no part of it
    ],
)
def test_a_given_name_after_a_comma_is_the_names_when_the_address_spells_it(line: str, email: str, name: str) -> None:
    d = docx.Document()
    run = d.add_paragraph().add_run(line)
    run.bold, run.font.size = True, Pt(20)
    d.add_paragraph("Graphic Designer")
    d.add_paragraph(email)
    assert read_outline(_with_a_role(d, "Graphic Designer", "Grupo Alba S.L.")).name.value == name


def test_a_degrees_class_in_brackets_is_no_part_of_the_name() -> None:
    data = docx_bytes(("Ewan McGregor, BSc (Hons)", "Title"), ("Accountant", None), *_ROLE)
    assert read_outline(data).name.value == "Ewan McGregor"


def test_vietnamese_family_and_given_name_labels_make_one_name_family_first() -> None:
    d = docx.Document()
    rows = [("Họ", "TRẦN"), ("Tên", "Thị Mai"), ("Email", "mai@example.vn")]
    table = d.add_table(rows=3, cols=2)
    for row, (label, value) in zip(table.rows, rows, strict=True):
        row.cells[0].text, row.cells[1].text = label, value
    d.add_paragraph("Kinh nghiệm làm việc", style="Heading 1")
    d.add_paragraph("Registered Nurse, Grupo Alba S.L., 2019 – present")
    d.add_paragraph(_DUTY, style="List Bullet")
    assert read_outline(saved(d)).name.value == "TRẦN Thị Mai"


def test_icelandic_name_labels_are_read() -> None:
    data = docx_bytes(
        ("Eftirnafn: Jónsdóttir", None),
        ("Fornafn: Guðrún", None),
        ("Sími: Farsími: +354 693 5487", None),
        ("Starfsreynsla", "Heading 1"),
        ("Data Analyst, Grupo Alba S.L., 2019 – present", None),
        (_DUTY, "List Bullet"),
    )
    assert read_outline(data).name.value == "Guðrún Jónsdóttir"


@pytest.mark.parametrize("phone", ["+39 305 686 1954", "(02) 4398 1961"])
def test_a_phone_whose_last_group_reads_as_a_year_is_a_phone(phone: str) -> None:
    data = docx_bytes(
        ("Francesca D'Amico", "Title"), (f"Via Roma 25, 20121 Milano • {phone} • fd@example.it", None), *_ROLE
    )
    assert _contacts(data)[1] == [phone]


@pytest.mark.parametrize("other", ["Cartão de Cidadão: 08649933 0 ZZ4", "फैक्स: +91-80-42379416"])
def test_a_citizen_card_and_a_hindi_fax_are_no_phones(other: str) -> None:
    data = docx_bytes(("Inês Carvalho", "Title"), ("Telemóvel: +351 914 284 502", None), (other, None), *_ROLE)
    assert _contacts(data)[1] == ["+351 914 284 502"]


def test_icelandic_phone_words_label_a_seven_digit_number() -> None:
    data = docx_bytes(
        ("Sigurður Ólafsson", "Title"),
        ("Farsími: 626 3304", None),
        ("Heimasími: +354 520 3806", None),
        *_ROLE,
    )
    assert _contacts(data)[1] == ["626 3304", "+354 520 3806"]


def test_a_seven_digit_number_alone_over_the_address_is_the_seekers_phone() -> None:
    lines = (("Registered Nurse", None), ("660 1668", None), ("Email: gudrun@example.is", None))
    data = docx_bytes(("Guðrún Jónsdóttir", "Title"), *lines, *_ROLE)
    assert _contacts(data)[1] == ["660 1668"]


def test_a_pair_of_years_alone_over_the_address_is_no_phone() -> None:
    """Guard: "2019 2021" is written as a short phone is, but reads as years."""
    data = docx_bytes(("Guðrún Jónsdóttir", "Title"), ("2019 2021", None), ("Email: gudrun@example.is", None), *_ROLE)
    assert _contacts(data)[1] == []


def test_a_postcode_a_wide_gap_and_the_phone_are_two_fields() -> None:
    data = docx_bytes(
        ("Yonatan Levi", "Title"),
        ("רחוב הרצל 10, תל אביב 6578901   050-2077502   yonatan.levi@example.co.il", None),
        *_ROLE,
    )
    assert _contacts(data)[1] == ["050-2077502"]


# ------------------------------------------------------------------ a second fresh batch (seeds 1800–2398)


def _europass(*rows: tuple[str, str]) -> bytes:
    d = docx.Document()
    table = d.add_table(rows=len(rows) + 1, cols=2)
    table.cell(0, 0).text = "PERSONAL INFORMATION"
    for k, (label, value) in enumerate(rows, start=1):
        table.cell(k, 0).text, table.cell(k, 1).text = label, value
    return _with_a_role(d, "Accountant", "Northwind Logistics")


@pytest.mark.parametrize(
    ("label", "value"),
    [
        ("Cognome(i) / Nome(i)", "Bianchi, Lorenzo"),  # the Europass CV of 2004–2012 in Italian
        ("Nazwisko(-a) / Imię(-ona)", "Kowalska-Nowak, Agnieszka"),  # in Polish
        ("Apelido(s) / Nome(s) próprio(s)", "Carvalho, Inês"),  # in Portuguese
    ],
)
def test_europass_name_labels_with_their_plural_endings_in_other_languages(label: str, value: str) -> None:
    data = _europass((label, value), ("E-mail", "seeker@example.org"))
    assert read_outline(data).name.value == value


def test_a_short_number_after_a_plural_phone_label_is_a_phone() -> None:
    data = _europass(("Surname(s) / First name(s)", "Jónsdóttir, Guðrún"), ("Telephone(s)", "631 3946"))
    assert _contacts(data)[1] == ["631 3946"]


def test_a_greek_mobile_label_marks_a_phone_without_a_sign() -> None:
    data = docx_bytes(("Eleni Konstantinidou", "Title"), ("Κινητό: 6935337000", None), *_ROLE)
    assert _contacts(data)[1] == ["6935337000"]


def test_a_thai_fax_label_marks_no_phone() -> None:
    data = docx_bytes(("สุภาพร ศรีสุข", "Title"), ("081-544-4153", None), ("แฟกซ์: +66 2 687 2740", None), *_ROLE)
    assert _contacts(data)[1] == ["081-544-4153"]


def test_a_house_number_a_wide_gap_and_the_phone_are_two_fields() -> None:
    line = "〒150-0001 東京都渋谷区神宮前1-2-3   03-3592-4438   Email: ktakahashi@example.jp"
    data = docx_bytes(("高橋 健一 (Kenichi Takahashi)", "Title"), (line, None), *_ROLE)
    assert _contacts(data)[1] == ["03-3592-4438"]


def test_a_postcode_after_a_comma_then_a_spaced_dash_then_the_phone() -> None:
    line = "ул. Тверская, д. 7, кв. 12, Москва, 125009 — 8 924 362-49-92 — dmitry.k@example.ru"
    data = docx_bytes(("Кузнецов Дмитрий Игоревич", "Title"), (line, None), *_ROLE)
    assert _contacts(data)[1] == ["8 924 362-49-92"]


# ------------------------------------------------------------------ a third fresh batch (seeds 2400–2998)


def test_pandocs_author_paragraph_holds_the_name_family_name_first() -> None:
    d = docx.Document()
    d.add_paragraph("Résumé", style="Title")
    d.styles.add_style("Author", 1)
    d.add_paragraph("Ramírez Ortega, Guadalupe", style="Author")
    d.add_paragraph("Correo electrónico: guadaluperamirezortega76@example.mx")
    d.add_paragraph("Experiencia laboral", style="Heading 1")
    d.add_paragraph("Graphic Designer, Northwind Logistics, 2019 – present")
    d.add_paragraph(_DUTY, style="List Bullet")
    assert read_outline(saved(d)).name.value == "Ramírez Ortega, Guadalupe"


def test_a_name_of_one_word_is_read_when_only_the_mail_link_spells_it() -> None:
    """The sidebar's "E-mail" label over nothing (its address only in a link) is no name either."""
    d = docx.Document()
    box = ["CONTACT", "E-mail", "SKILLS", "SQL · Excel · Python"]
    d.add_paragraph()._p.append(text_box(box, (20, 20, 170, 760)))
    run = d.add_paragraph().add_run("Suharti")
    run.bold, run.font.size = True, Pt(26)
    add_hyperlink(d.add_paragraph(), "mailto:suharti70@example.co.id", "Write to me")
    assert read_outline(_with_a_role(d, "Marketing Specialist", "Tanaka Shoji K.K.")).name.value == "Suharti"


def test_a_hindi_mobile_label_marks_a_phone_without_a_sign() -> None:
    data = docx_bytes(("Priya Verma", "Title"), ("मोबाइल: 09904824089", None), ("ईमेल: priya@example.in", None), *_ROLE)
    assert _contacts(data)[1] == ["09904824089"]


# ------------------------------------------------------------------ a last batch (seeds 3600–4798)


def test_stacked_honorifics_before_a_long_name_leave_it_a_name() -> None:
    data = docx_bytes(("Prof. Dr. Juan Carlos Hernández Ruiz", "Title"), ("Postdoctoral Researcher", None), *_ROLE)
    assert read_outline(data).name.value == "Prof. Dr. Juan Carlos Hernández Ruiz"


def test_a_family_name_with_a_particle_on_a_line_linked_to_the_phone_is_the_name() -> None:
    """ "Mendes da Costa, Rui" beside a linked phone; the masked address spells the given name."""
    d = docx.Document()
    p = d.add_paragraph()
    p.add_run("Mendes da Costa, Rui\t\t").font.size = Pt(14)
    add_hyperlink(p, "tel:+351911596457", "+351 911 596 457")
    d.add_paragraph("Data Analyst\t\tmendesdacosta.rui (at) example.pt")
    assert read_outline(_with_a_role(d)).name.value == "Mendes da Costa, Rui"


def test_indonesian_family_and_given_name_labels() -> None:
    rows = [("Nama belakang", "Lestari"), ("Nama depan", "Dewi"), ("Email", "dewi@example.co.id")]
    d = docx.Document()
    table = d.add_table(rows=3, cols=2)
    for row, (label, value) in zip(table.rows, rows, strict=True):
        row.cells[0].text, row.cells[1].text = label, value
    assert read_outline(_with_a_role(d)).name.value == "Dewi Lestari"
