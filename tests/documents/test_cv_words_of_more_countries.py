"""Words of more countries' CVs: Indonesian posts named head first, volunteers in six languages, the Turkish
Europass's labels, "city" written before a city's name, and firms' names that read like places.

The international role set's fresh seeds (even seeds 2400 to 2998 of `bench/bench_cv_roles_intl.py`) found each of
them read wrong: "Kasir" and "Indomaret", two names the word lists did not know, the wrong way round; "İşverenin adı
ve adresi" (the employer's name and address) no label, so the employer was lost; "TP. Hồ Chí Minh" (Ho Chi Minh
City) read as the employer; "Galeria Kaufhof, Wien" read as a place, as Wien (Vienna) is one of Austria's states.
"Macy's, New York", read as a place too, was found while writing these. The CVs below are made up."""

from __future__ import annotations

import docx
import pytest

from app.documents.cv_places import is_city
from app.documents.cv_structure import read_outline
from app.documents.cv_vocab import is_place, role_score
from tests.docx_build import saved


def _roles(d: docx.document.Document) -> list[tuple[str, str, str, str, str]]:
    out = read_outline(saved(d))
    return [(r.title.value, r.employer.value, r.place.value, r.start.value, r.end.value) for r in out.roles]


def _cv(name: str, contact: str, head: str) -> docx.document.Document:
    d = docx.Document()
    d.add_paragraph(name, style="Title")
    d.add_paragraph(contact)
    d.add_paragraph().add_run(head).bold = True
    return d


@pytest.mark.parametrize(
    "post", ["Kasir", "Pramuniaga", "Staf Gudang", "Kepala Toko", "Manajer Keuangan", "Sersan Dua", "Relawan"]
)
def test_indonesian_posts_are_posts(post: str) -> None:
    assert role_score(post) >= 1


@pytest.mark.parametrize("word", ["Indomaret", "Bandung", "Stafford", "Kepler Systems", "Gurukul"])
def test_indonesian_heads_do_not_make_other_words_posts(word: str) -> None:
    assert role_score(word) == 0


@pytest.mark.parametrize("post", ["Волонтер", "Bénévole", "Voluntaria", "Volontario", "Gönüllü", "Relawan"])
def test_volunteers_are_posts(post: str) -> None:
    assert role_score(post) >= 1


def test_a_canva_cv_in_capitals_reads_the_post_over_its_employer() -> None:
    d = _cv("Siti Nurhaliza", "0812-5533-1020 · siti.n@example.co.id · Surabaya", "Pengalaman Kerja")
    for post, employer, dates in (
        ("KASIR", "INDOMARET", "05/2022 s/d sekarang"),
        ("PRAMUNIAGA", "TOKO BUKU GRAMEDIA", "09/2017 s/d 01/2022"),
    ):
        d.add_paragraph(post)
        d.add_paragraph(f"{employer}  |  {dates}")
        d.add_paragraph("Melayani pelanggan dan menghitung kas harian", style="List Bullet")
    d.add_paragraph().add_run("Pendidikan").bold = True
    d.add_paragraph("2013 – 2016  SMK Negeri 2 Surabaya")
    assert _roles(d) == [
        ("KASIR", "INDOMARET", "", "2022-05", "present"),
        ("PRAMUNIAGA", "TOKO BUKU GRAMEDIA", "", "2017-09", "2022-01"),
    ]


def test_turkish_europass_labels_name_the_employer() -> None:
    d = _cv("Ayşe Demir", "0 (532) 418 22 90 · ayse.demir@example.com.tr · Bursa", "İŞ DENEYİMİ")
    for dates, post, employer in (
        ("03.02.2019–15.07.2023", "Muhasebe Uzmanı", "KOÇTAŞ YAPI MARKETLERİ A.Ş., Bursa"),
        ("10.09.2015–20.12.2018", "Muhasebe Elemanı", "TOFAŞ TÜRK OTOMOBİL FABRİKASI A.Ş., Bursa"),
    ):
        d.add_paragraph(f"Tarihler\t{dates}")
        d.add_paragraph(f"Görev veya pozisyon\t{post}")
        d.add_paragraph(f"İşverenin adı ve adresi\t{employer}")
        d.add_paragraph("İş veya sektör türü\tPerakende")
        d.add_paragraph("Başlıca faaliyet ve sorumluluklar\tAylık raporların hazırlanması")
    d.add_paragraph().add_run("EĞİTİM").bold = True
    d.add_paragraph("2011 – 2015  İşletme, Uludağ Üniversitesi")
    assert _roles(d) == [
        ("Muhasebe Uzmanı", "KOÇTAŞ YAPI MARKETLERİ A.Ş.", "Bursa", "2019-02", "2023-07"),
        ("Muhasebe Elemanı", "TOFAŞ TÜRK OTOMOBİL FABRİKASI A.Ş.", "Bursa", "2015-09", "2018-12"),
    ]


@pytest.mark.parametrize(
    "place", ["TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh", "TP. Hà Nội", "Tp. Đà Nẵng", "г. Москва", "м. Київ"]
)
def test_the_word_city_before_a_city_is_a_place(place: str) -> None:
    assert is_city(place) and is_place(place)


def test_a_firm_called_after_its_town_word_is_no_city() -> None:
    assert not is_city("TPBank")  # a Vietnamese bank: "TP" opens its name, no town follows


def test_vietnamese_employer_with_its_city_under_the_post() -> None:
    d = _cv("Trần Minh Khoa", "0903 442 118 · khoa.tran@example.vn · Đà Nẵng", "Kinh nghiệm làm việc")
    for dates, post, employer in (
        ("03/2019 đến 08/2023", "Nhân viên kho", "Giao Hàng Tiết Kiệm, TP. Hồ Chí Minh"),
        ("01/2016 đến 02/2019", "Thu ngân", "Bách Hóa Xanh, TP. Hồ Chí Minh"),
    ):
        d.add_paragraph(f"{dates}\t{post}")
        d.add_paragraph(employer)
    d.add_paragraph().add_run("Học vấn").bold = True
    d.add_paragraph("2012-2015  Cao đẳng Kinh tế Đối ngoại")
    assert [(r[1], r[2]) for r in _roles(d)] == [
        ("Giao Hàng Tiết Kiệm", "TP. Hồ Chí Minh"),
        ("Bách Hóa Xanh", "TP. Hồ Chí Minh"),
    ]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Galeria Kaufhof, Wien", False),
        ("Grab, Singapore", False),
        ("Macy's, New York", False),
        ("Kohl's, WI", False),
        ("Döbling, Wien", True),
        ("Jurong West, Singapore", True),
        ("Queens, New York", True),
        ("St. John's, NL", True),
        ("Seattle, Washington", True),
    ],
)
def test_a_name_before_a_city_state_is_a_firm(text: str, place: bool) -> None:
    assert is_place(text) is place
