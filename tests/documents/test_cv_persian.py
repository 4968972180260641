"""A CV in Persian: the form's "نام:" (name) and "نام خانوادگی:" (family name) labels give the seeker's name, "تلفن
همراه:" (mobile) and "تلفن ثابت:" (landline) label phones, "تجارب کاری" (work experience) and "تحصیلات" (studies)
head sections, and "از 2015 تا 2018" (from 2015 to 2018), "2019 تا کنون" (2019 until now) are ranges (from a tune
file of the corpus, a Sabzevar computer operator and teacher's CV, read with no name, no phone and no section).
Solar Hijri years ("از1390 تا 1391") are read in a range, kept as written (a Solar Hijri year begins in March, so a
bare one has no single Gregorian year), and a work table's Persian header row ("مدت زمان" duration, "نام ارگان"
organisation, "سمت" position) says which column holds what."""

from __future__ import annotations

from docx import Document

from app.documents.cv_dates import find_dates
from app.documents.cv_structure import read_outline
from app.documents.cv_vocab import heading_kind
from tests.docx_build import docx_bytes, saved


def _cv() -> bytes:
    return docx_bytes(
        ("نام:مریم", None),
        ("نام خانوادگی:کاظمی", None),
        ("تلفن ثابت:01484265354", None),
        ("تلفن همراه:05849911289", None),
        ("jordan.kowalski@example.org", None),
        ("تجارب  کاری", "Heading 1"),
        ("از 2015 تا 2018\tاداره ثبت اسناد و املاک سبزوار\tکاربر رایانه", None),
        ("تحصیلات", "Heading 1"),
        ("دانشگاه حکیم سبزواری\tعلوم کامپیوتر", None),
    )


def test_the_form_labels_give_the_name_and_the_phones() -> None:
    outline = read_outline(_cv())
    assert outline.name.value == "مریم کاظمی"
    assert outline.contact.phones == ["01484265354", "05849911289"]


def test_persian_headings_and_ranges() -> None:
    assert [heading_kind(h) for h in ("تجارب کاری", "سوابق کاری", "تحصیلات", "مهارت ها")] == [
        "experience",
        "experience",
        "education",
        "skills",
    ]
    spans = [find_dates(t) for t in ("از 2015 تا 2018", "2019 تا کنون")]
    assert [(s.start, s.end) for s in spans if s] == [("2015", "2018"), ("2019", "present")]


def test_a_persian_role_line_is_read_with_its_dates() -> None:
    roles = read_outline(_cv()).roles
    assert [(r.start.value, r.end.value) for r in roles] == [("2015", "2018")]
    assert "اداره ثبت اسناد و املاک سبزوار" in {roles[0].employer.value, roles[0].title.value}


def test_solar_hijri_years_are_a_range_as_written_only_beside_arabic_script() -> None:
    spans = [find_dates(t) for t in ("از1390   تا 1391", "از 1391 تا کنون", "1393 - 1395 کاربر رایانه")]
    assert [(s.start, s.end) for s in spans if s] == [("1390", "1391"), ("1391", "present"), ("1393", "1395")]
    assert find_dates("Rooms 1301-1305") is None


def _table_cv() -> bytes:
    doc = Document()
    doc.add_paragraph("نام:مریم")
    doc.add_paragraph("نام خانوادگی:کاظمی")
    doc.add_paragraph("تجارب  کاری", style="Heading 1")
    table = doc.add_table(rows=0, cols=3)
    for row in (
        ("مدت زمان", "نام ارگان", "سمت"),
        ("از1390   تا 1391", "اداره ثبت اسناد و املاک سبزوار", "کاربر رایانه"),
        ("از 1395 تا 1396", "دبستان غیر انتفاعی گل های پویا", "مدرس"),
    ):
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    return saved(doc)


def test_a_persian_work_table_is_read_by_its_header_row() -> None:
    roles = read_outline(_table_cv()).roles
    assert [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in roles] == [
        ("کاربر رایانه", "اداره ثبت اسناد و املاک سبزوار", "1390", "1391"),
        ("مدرس", "دبستان غیر انتفاعی گل های پویا", "1395", "1396"),
    ]
