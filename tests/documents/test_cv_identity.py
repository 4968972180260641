"""The seeker's name and contacts as the CV reader finds them (`cv_identity`), on small CVs built here."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable

import docx
import pytest
from docx.document import Document
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn

from app.documents.cv_outline import CvOutline
from app.documents.cv_structure import read_outline
from app.documents.text import find_phones, phone_digits
from tests.docx_build import ONE_ROLE, add_hyperlink, saved, text_run
from tests.docx_build import cv_around_one_role as _cv


def _paragraphs(*texts: str, style: str | None = None) -> Callable[[Document], None]:
    def write(d: Document) -> None:
        for t in texts:
            d.add_paragraph(t, style=style)

    return write


def _phones(outline: CvOutline) -> set[str]:
    return {phone_digits(p) for p in outline.contact.phones}


def test_an_initials_monogram_beside_the_name_is_not_the_name() -> None:
    def top(d: Document) -> None:
        row = d.add_table(rows=1, cols=2).rows[0]
        row.cells[0].text = "RN"
        row.cells[1].text = "ROBIN A. NOVAK"
        d.add_paragraph("(234) 294-4244 | robin.novak@example.org")

    assert read_outline(_cv(top)).name.value == "ROBIN A. NOVAK"


def test_a_monogram_on_its_own_line_above_the_name_is_passed_over() -> None:
    outline = read_outline(_cv(_paragraphs("JD", "Jane Doe", "jane.doe@example.org")))
    assert outline.name.value == "Jane Doe"


def test_a_credential_after_the_name_is_not_part_of_it() -> None:
    dashed = read_outline(_cv(_paragraphs("Sasha Haddad - PMP®", "sasha.haddad@example.org")))
    comma = read_outline(_cv(_paragraphs("Jane Doe, PhD, MBA", "jane.doe@example.org")))
    assert (dashed.name.value, comma.name.value) == ("Sasha Haddad", "Jane Doe")


def test_a_city_with_its_state_code_is_not_read_as_a_name_with_a_credential() -> None:
    outline = read_outline(_cv(_paragraphs("Houston, TX", "Jane Doe", "jane.doe@example.org")))
    assert outline.name.value == "Jane Doe"


def test_a_name_with_particles_is_read_whole() -> None:
    outline = read_outline(_cv(_paragraphs("Ana de la Cruz", "ana@example.org")))
    assert outline.name.value == "Ana de la Cruz"


def test_italian_name_labels_give_the_given_and_the_family_name() -> None:
    outline = read_outline(_cv(_paragraphs("Curriculum", "Nome: Mario", "Cognome: Rossi", "mario@example.org")))
    assert outline.name.value == "Mario Rossi"


def _with_smartart(data: bytes, texts: list[str]) -> bytes:
    """The CV with a SmartArt diagram holding `texts` drawn in its first paragraph (the data part only, as
    Word writes it: word/diagrams/data1.xml, related to the document by the drawing's r:dm)."""
    dgm = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
    a = "http://schemas.openxmlformats.org/drawingml/2006/main"
    r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    points = "".join(
        f'<dgm:pt modelId="{k}"><dgm:t><a:bodyPr/><a:p><a:r><a:rPr sz="2000" b="1"/><a:t>{t}</a:t></a:r></a:p>'
        "</dgm:t></dgm:pt>"
        for k, t in enumerate(texts, 1)
    )
    model = (
        f'<dgm:dataModel xmlns:dgm="{dgm}" xmlns:a="{a}"><dgm:ptList/><dgm:ptLst>'
        f'<dgm:pt modelId="0" type="doc"><dgm:t><a:p><a:r><a:t>ignored</a:t></a:r></a:p></dgm:t></dgm:pt>'
        f"{points}</dgm:ptLst></dgm:dataModel>"
    )
    drawing = (
        f'<w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">'
        f'<a:graphic xmlns:a="{a}"><a:graphicData uri="{dgm}">'
        f'<dgm:relIds xmlns:dgm="{dgm}" xmlns:r="{r}" r:dm="rIdDgm1"/></a:graphicData></a:graphic>'
        "</wp:inline></w:drawing></w:r>"
    )
    rel = (
        '<Relationship Id="rIdDgm1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'diagramData" Target="diagrams/data1.xml"/>'
    )
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for item in src.infolist():
            body = src.read(item.filename)
            if item.filename == "word/document.xml":
                text = body.decode()
                at = text.index("<w:p>") if "<w:p>" in text else text.index("<w:p ")
                body = (text[:at] + f"<w:p>{drawing}</w:p>" + text[at:]).encode()
            elif item.filename == "word/_rels/document.xml.rels":
                body = body.decode().replace("</Relationships>", rel + "</Relationships>").encode()
            z.writestr(item, body)
        z.writestr("word/diagrams/data1.xml", model)
    return out.getvalue()


def test_a_name_written_only_in_a_smartart_diagram_is_read() -> None:
    plain = _cv(_paragraphs("PROFILE", "Engineer who builds billing systems for small companies.", style=None))
    outline = read_outline(
        _with_smartart(plain, ["Morgan Marlowe", "+90 544 524 03 40 morgan.marlowe@example.org", "Contact"])
    )
    assert outline.name.value == "Morgan Marlowe"
    assert outline.contact.emails == ["morgan.marlowe@example.org"]
    assert _phones(outline) == {"905445240340"}


def test_a_name_in_a_sidebar_table_after_a_first_heading_is_read_less_surely() -> None:
    def top(d: Document) -> None:
        d.add_paragraph("Profile", style="Heading 1")
        d.add_paragraph("Engineer who builds billing systems for small companies and their customers.")
        d.add_table(rows=1, cols=1).rows[0].cells[0].text = "Jane Doe"
        d.add_paragraph("Email: jane.doe@example.org")

    outline = read_outline(_cv(top))
    assert outline.name.value == "Jane Doe"
    assert outline.name.confidence < 0.8 and not outline.usable


def test_a_phone_under_a_spanish_phone_label_is_the_seekers() -> None:
    def top(d: Document) -> None:
        d.add_paragraph("Camille Kowalski", style="Title")
        d.add_paragraph("Perfil", style="Heading 1")
        d.add_paragraph("Programador Front End y Game Developer")
        d.add_paragraph("TELÉFONO:")
        d.add_paragraph("678-300-5541")

    assert _phones(read_outline(_cv(top))) == {"6783005541"}


def test_phones_in_national_and_international_forms_are_read() -> None:
    outline = read_outline(
        _cv(
            _paragraphs(
                "Jane Doe",
                "+55 (11) 98765-4321 | (212) 555-0143",
                "Tel: +44\u202f20\u00a07946\u00a00958",
                "Mobile: 0412\u00a0345\u00a0678",
            )
        )
    )
    assert _phones(outline) == {"5511987654321", "2125550143", "442079460958", "0412345678"}


def _referees(heading: str) -> Callable[[Document], None]:
    def write(d: Document) -> None:
        d.add_paragraph(heading, style="Heading 1")
        d.add_paragraph("Ana Souza")
        d.add_paragraph("Gerente, Northwind Ltda")
        d.add_paragraph("+55 (11) 98765-4321 | ana.souza@example.org")

    return write


def test_contacts_under_a_portuguese_referees_heading_are_not_the_seekers() -> None:
    outline = read_outline(_cv(_paragraphs("Jane Doe", "jane.doe@example.org"), _referees("Referências")))
    assert outline.contact.emails == ["jane.doe@example.org"] and not outline.contact.phones


def test_contacts_under_a_referees_name_dressed_as_a_heading_stay_the_referees() -> None:
    def after(d: Document) -> None:
        d.add_paragraph("REFERENCES", style="Heading 1")
        d.add_paragraph("JOHN SMITH", style="Heading 1")
        d.add_paragraph("Tel: 0412 345 678")

    outline = read_outline(_cv(_paragraphs("Jane Doe", "jane.doe@example.org"), after))
    assert not outline.contact.phones


def test_a_contact_next_to_another_persons_name_is_not_the_seekers() -> None:
    def after(d: Document) -> None:
        d.add_paragraph("Additional Information", style="Heading 1")
        d.add_paragraph("Supervisor: Dr. Peter Brown, Northwind Ltd")
        d.add_paragraph("Tel: (212) 555-0143, peter.brown@example.org")

    outline = read_outline(_cv(_paragraphs("Jane Doe", "jane.doe@example.org"), after))
    assert outline.contact.emails == ["jane.doe@example.org"] and not outline.contact.phones


def test_an_email_found_only_deep_in_the_cv_lowers_confidence() -> None:
    def after(d: Document) -> None:
        d.add_paragraph("Projects", style="Heading 1")
        d.add_paragraph("Billing dashboard, write to jane.doe@example.org for a demo of it.")

    outline = read_outline(_cv(_paragraphs("Jane Doe", style="Title"), after))
    assert outline.contact.emails == ["jane.doe@example.org"]
    assert any("far from the top" in d for d in outline.doubts) and not outline.usable


def test_contacts_at_the_top_keep_the_reading_sure() -> None:
    outline = read_outline(_cv(_paragraphs("Jane Doe", "jane.doe@example.org | +44 20 7946 0958", style=None)))
    assert not [d for d in outline.doubts if "far from the top" in d]


def test_a_phone_alone_on_its_line_in_a_sidebar_section_is_the_seekers() -> None:
    def top(d: Document) -> None:
        d.add_paragraph("Jane Doe", style="Title")
        d.add_paragraph("Profile", style="Heading 1")
        d.add_paragraph("Engineer who builds billing systems for small companies and their customers.")
        d.add_paragraph("+55 (11) 98765-4321")

    assert _phones(read_outline(_cv(top))) == {"5511987654321"}


def test_a_phone_behind_a_telephone_sign_is_the_seekers() -> None:
    def top(d: Document) -> None:
        d.add_paragraph("Jane Doe", style="Title")
        d.add_paragraph("Profile", style="Heading 1")
        d.add_paragraph("☎ 0412 345 678 – Sydney")

    assert _phones(read_outline(_cv(top))) == {"0412345678"}


def test_pronouns_in_brackets_after_the_name_are_not_part_of_it() -> None:
    outline = read_outline(_cv(_paragraphs("Jane Doe (she/her)", "jane.doe@example.org")))
    assert outline.name.value == "Jane Doe"


def test_an_email_written_with_at_and_dot_in_brackets_is_read() -> None:
    outline = read_outline(_cv(_paragraphs("Jane Doe", "jane.doe [at] example [dot] org")))
    assert outline.contact.emails == ["jane.doe@example.org"]


def test_a_skill_of_two_capitalised_words_does_not_hide_the_phone_below_it() -> None:
    def after(d: Document) -> None:
        d.add_paragraph("Skills", style="Heading 1")
        d.add_paragraph("Data Analysis")
        d.add_paragraph("Tel: 0412 345 678")

    assert _phones(read_outline(_cv(_paragraphs("Jane Doe", "jane.doe@example.org"), after))) == {"0412345678"}


def test_an_email_holding_the_seekers_family_name_stays_theirs_beside_another_name() -> None:
    def after(d: Document) -> None:
        d.add_paragraph("Additional Information", style="Heading 1")
        d.add_paragraph("Peter Brown")
        d.add_paragraph("jdoe@example.org")

    outline = read_outline(_cv(_paragraphs("Jane Doe", style="Title"), after))
    assert outline.contact.emails == ["jdoe@example.org"]


def test_a_plain_run_of_digits_alone_on_a_top_line_is_a_phone_but_not_beside_an_address() -> None:
    alone = read_outline(_cv(_paragraphs("Jane Doe", "jane.doe@example.org", "9876543210")))
    address = read_outline(_cv(_paragraphs("Jane Doe", "jane.doe@example.org", "Tehran 1731783685")))
    assert (_phones(alone), _phones(address)) == ({"9876543210"}, set())


def _footer(*texts: str) -> Callable[[Document], None]:
    def write(d: Document) -> None:
        footer = d.sections[0].footer
        footer.paragraphs[0].text = texts[0]
        for t in texts[1:]:
            footer.add_paragraph(t)

    return write


def test_contacts_written_only_in_the_page_footer_are_the_seekers() -> None:
    def top_and_footer(d: Document) -> None:
        d.add_paragraph("Alex Moreno", style="Title")
        _footer("alex.moreno@example.org | +44 20 7946 0958")(d)

    outline = read_outline(_cv(top_and_footer))
    assert outline.contact.emails == ["alex.moreno@example.org"]
    assert [phone_digits(p) for p in outline.contact.phones] == [phone_digits("+44 20 7946 0958")]
    assert "far from the top" not in " ".join(outline.doubts)


def test_the_page_footer_belongs_to_no_section_of_the_cv() -> None:
    """A dated footer line is page furniture: not a role, not a line of the last section (Education here)."""

    def top_and_footer(d: Document) -> None:
        d.add_paragraph("Alex Moreno", style="Title")
        d.add_paragraph("alex.moreno@example.org")
        _footer("Curriculum vitae, Alex Moreno, Sales Manager 2020 - 2024", "Page 1")(d)

    outline = read_outline(_cv(top_and_footer))
    assert [(r.title.value, r.employer.value) for r in outline.roles] == [("Software Engineer", "Northwind Ltd")]
    assert not any("Page 1" in e or "Curriculum" in e for e in outline.education)


def test_an_email_and_a_phone_kept_only_in_links_are_read() -> None:
    """ "Email | Call | LinkedIn" on the page, the addresses only in where the links lead."""

    def top(d: Document) -> None:
        d.add_paragraph("Alex Moreno", style="Title")
        p = d.add_paragraph()
        add_hyperlink(p, "mailto:alex.moreno@example.org?subject=Hello", "Email")
        p.add_run(" | ")
        add_hyperlink(p, "tel:+44-20-7946-0958", "Call")
        p.add_run(" | ")
        add_hyperlink(p, "https://www.linkedin.com/in/alex-moreno/", "LinkedIn")

    contact = read_outline(_cv(top)).contact
    assert contact.emails == ["alex.moreno@example.org"]
    assert [phone_digits(p) for p in contact.phones] == ["442079460958"]
    assert contact.links == ["https://www.linkedin.com/in/alex-moreno"]


def test_a_link_in_the_page_header_leads_to_the_seekers_email() -> None:
    def top(d: Document) -> None:
        header = d.sections[0].header.paragraphs[0]
        header.add_run("Alex Moreno · ")
        add_hyperlink(header, "mailto:alex.moreno@example.org", "write to me")

    assert read_outline(_cv(top)).contact.emails == ["alex.moreno@example.org"]


def test_a_referees_mail_link_is_not_the_seekers() -> None:
    def top(d: Document) -> None:
        d.add_paragraph("Alex Moreno", style="Title")
        d.add_paragraph("alex.moreno@example.org")

    def referees(d: Document) -> None:
        d.add_paragraph("References", style="Heading 1")
        p = d.add_paragraph("Dr. Jane Smith, Head of Engineering, Northwind Ltd – ")
        add_hyperlink(p, "mailto:jane.smith@example.com", "Email")

    assert read_outline(_cv(top, referees)).contact.emails == ["alex.moreno@example.org"]


def test_an_email_in_a_hyperlink_field_code_is_read() -> None:
    """Older Word and converters write a link as a field: `HYPERLINK "mailto:..."` around the shown text."""

    def top(d: Document) -> None:
        d.add_paragraph("Alex Moreno", style="Title")
        field = OxmlElement("w:fldSimple")
        field.set(qn("w:instr"), ' HYPERLINK "mailto:alex.moreno@example.org" ')
        field.append(text_run("E-mail me"))
        d.add_paragraph()._p.append(field)

    assert read_outline(_cv(top)).contact.emails == ["alex.moreno@example.org"]


def test_a_bare_phone_in_a_text_box_in_the_page_footer_is_the_seekers() -> None:
    """The footer's text box is page furniture like the footer: its lone phone number is not a line of the last
    section (here a list of roles, where a bare number is not taken as the seeker's)."""

    def top_and_footer(d: Document) -> None:
        d.add_paragraph("Alex Moreno", style="Title")
        d.add_paragraph("alex.moreno@example.org")
        box = (
            f'<w:p {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml"><w:r><w:pict><v:shape><v:textbox>'
            "<w:txbxContent><w:p><w:r><w:t>+44 20 7946 0958</w:t></w:r></w:p></w:txbxContent></v:textbox>"
            "</v:shape></w:pict></w:r></w:p>"
        )
        d.sections[0].footer._element.append(parse_xml(box))

    volunteering = _paragraphs("Volunteering", style="Heading 1")
    outline = read_outline(_cv(top_and_footer, lambda d: (volunteering(d), d.add_paragraph(ONE_ROLE[1][0]))))
    assert [phone_digits(p) for p in outline.contact.phones] == ["442079460958"]


def test_a_short_given_name_in_capitals_broken_from_the_family_name_is_not_a_monogram() -> None:
    def top(d: Document) -> None:
        p = d.add_paragraph(style="Title")
        p.add_run("KAI").add_break()
        p.add_run("LINDQVIST")
        d.add_paragraph("kai.lindqvist@example.org")

    assert read_outline(_cv(top)).name.value == "KAI LINDQVIST"


def test_a_chinese_name_label_spaced_to_align_gives_the_name() -> None:
    outline = read_outline(_cv(_paragraphs("基本信息", "姓    名：林文", "邮    箱：lin.wen@example.org")))
    assert outline.name.value == "林文"


def test_a_zip_plus_four_code_after_the_state_is_not_a_phone() -> None:
    outline = read_outline(_cv(_paragraphs("Jordan Moreau", "Atlanta, GA 30322-2240", "(438) 578-9172")))
    assert [phone_digits(p) for p in outline.contact.phones] == ["4385789172"]


def test_an_initial_before_a_year_in_a_citation_is_not_a_phone_sign() -> None:
    def publications(d: Document) -> None:
        d.add_paragraph("Publications", style="Heading 1")
        d.add_paragraph("Moreau, J., Kofinas, G., DeDomenico, M. (2016). Network analysis. PNAS 113, 13708-13713.")

    outline = read_outline(_cv(_paragraphs("Jordan Moreau", "jordan.moreau@example.org"), publications))
    assert outline.contact.phones == []


# ------------------------------------------------------------------ forms of the name (bench/bench_cv_identity.py)


def test_a_name_set_in_spaced_letters_is_read_as_its_words() -> None:
    alone = read_outline(_cv(_paragraphs("J O H N  S M I T H", "john.smith@example.org")))
    beside = read_outline(_cv(_paragraphs("A N N E - M A R I E  D U B O I S | Registered Nurse", "a@example.org")))
    assert (alone.name.value, beside.name.value) == ("JOHN SMITH", "ANNE-MARIE DUBOIS")


def test_a_family_name_of_several_words_in_capitals_before_the_comma_is_a_name() -> None:
    dutch = read_outline(_cv(_paragraphs("Curriculum Vitae", "VAN DER BERG, Pieter", "pieter@example.org")))
    polish = read_outline(_cv(_paragraphs("WRÓBEL, Łukasz", "lukasz@example.org")))
    assert (dutch.name.value, polish.name.value) == ("VAN DER BERG, Pieter", "WRÓBEL, Łukasz")


def test_two_capitals_after_a_name_are_a_degree_and_after_a_town_its_state() -> None:
    doctor = read_outline(_cv(_paragraphs("Registered Nurse", "Dr. Chidi Okonkwo, MD", "chidi@example.org")))
    town = read_outline(_cv(_paragraphs("Registered Nurse", "Ann Arbor, MI", "chidi@example.org")))
    assert doctor.name.value == "Dr. Chidi Okonkwo"
    assert town.name.value != "Ann Arbor"


def test_the_document_title_over_the_name_is_not_the_name_in_any_language() -> None:
    german = read_outline(_cv(_paragraphs("Lebenslauf", "Jürgen Müller", "jurgen@example.org")))
    japanese = read_outline(_cv(_paragraphs("履歴書", "山田 花子", "hanako@example.org")))
    assert (german.name.value, japanese.name.value) == ("Jürgen Müller", "山田 花子")


def test_the_document_title_before_the_name_on_its_line_is_dropped() -> None:
    german = read_outline(_cv(_paragraphs("Lebenslauf von Jürgen Müller", "jurgen@example.org")))
    english = read_outline(_cv(_paragraphs("Curriculum Vitae of Jane Doe", "jane@example.org")))
    assert (german.name.value, english.name.value) == ("Jürgen Müller", "Jane Doe")


def test_a_link_to_write_or_call_is_not_the_name_but_a_linked_name_is() -> None:
    def link_then_name(d: Document) -> None:
        add_hyperlink(d.add_paragraph(), "mailto:jane.doe@example.org", "Email me")
        d.add_paragraph("Jane Doe", style="Title")

    def linked_name(d: Document) -> None:
        add_hyperlink(d.add_paragraph(), "mailto:jane.doe@example.org", "Jane Doe")

    assert read_outline(_cv(link_then_name)).name.value == "Jane Doe"
    assert read_outline(_cv(linked_name)).name.value == "Jane Doe"


def test_a_city_on_its_own_line_is_not_a_name_unless_the_name_goes_on_under_it() -> None:
    city = read_outline(_cv(_paragraphs("Osaka", "hanako.yamada@example.org")))
    given = read_outline(_cv(_paragraphs("Jordan", "Smith", style="Title")))
    assert (city.name.value, given.name.value) == ("", "Jordan Smith")


def test_a_name_goes_on_after_a_line_break_and_on_a_particle_line() -> None:
    broken = read_outline(_cv(_paragraphs("Ngoc Anh\nTran", "ngoc@example.org")))
    particle = read_outline(_cv(_paragraphs("Omar", "al-Hashimi", "omar@example.org")))
    assert (broken.name.value, particle.name.value) == ("Ngoc Anh Tran", "Omar al-Hashimi")


def test_a_one_word_family_name_under_a_given_name_in_the_same_look_goes_on_but_a_transcription_does_not() -> None:
    family = read_outline(_cv(_paragraphs("Ngoc Anh", "Tran", style="Title")))
    transcribed = read_outline(_cv(_paragraphs("Γιώργος Παπαδόπουλος", "Giorgos Papadopoulos", style="Title")))
    assert (family.name.value, transcribed.name.value) == ("Ngoc Anh Tran", "Γιώργος Παπαδόπουλος")


def test_a_long_name_with_particles_is_read_whole_on_one_line_or_two() -> None:
    one = read_outline(_cv(_paragraphs("João Pedro da Silva Costa Santos", "joao@example.org")))
    two = read_outline(_cv(_paragraphs("María del Carmen", "Fernández de la Torre", style="Title")))
    inverted = read_outline(_cv(_paragraphs("FERNÁNDEZ DE LA TORRE, María del Carmen", "maria@example.org")))
    assert one.name.value == "João Pedro da Silva Costa Santos"
    assert two.name.value == "María del Carmen Fernández de la Torre"
    assert inverted.name.value == "FERNÁNDEZ DE LA TORRE, María del Carmen"


def test_a_given_name_of_two_words_takes_the_family_label_after_it() -> None:
    outline = read_outline(_cv(_paragraphs("Dati personali", "Nome: Ngoc Anh", "Cognome: Tran", "n@example.org")))
    assert outline.name.value == "Ngoc Anh Tran"


def _table_top(*rows: tuple[str, ...]) -> Callable[[Document], None]:
    def write(d: Document) -> None:
        table = d.add_table(rows=len(rows), cols=len(rows[0]))
        for row, cells in zip(table.rows, rows, strict=True):
            for cell, text in zip(row.cells, cells, strict=True):
                cell.text = text

    return write


def test_a_name_label_cell_gives_the_name_in_the_cell_beside_it() -> None:
    english = read_outline(_cv(_table_top(("Name", "Jane Doe"), ("Email", "jane.doe@example.org"))))
    chinese = read_outline(_cv(_table_top(("姓名", "王小明", "性别", "男"), ("电话", "138 1234 5678", "", ""))))
    italian = read_outline(_cv(_table_top(("Nome", "Mario"), ("Cognome", "Rossi"))))
    assert (english.name.value, chinese.name.value, italian.name.value) == ("Jane Doe", "王小明", "Mario Rossi")


def test_a_header_row_that_starts_with_name_is_no_name_label() -> None:
    def top(d: Document) -> None:
        d.add_paragraph("Jane Doe", style="Title")
        _table_top(("Name", "Position", "Phone"), ("Alan Reyes", "Head of Department", "+44 113 496 0000"))(d)

    assert read_outline(_cv(top)).name.value == "Jane Doe"


def test_a_heading_cell_before_the_name_is_passed_over() -> None:
    outline = read_outline(_cv(_table_top(("PERSONAL INFORMATION", "Dr. María de la Cruz, PhD"))))
    assert outline.name.value == "Dr. María de la Cruz"


def test_the_document_title_after_the_name_is_dropped() -> None:
    capitals = read_outline(_cv(_paragraphs("JANE DOE CV", "jane@example.org")))
    possessive = read_outline(_cv(_paragraphs("Chidi Okonkwo's Resume", "chidi@example.org")))
    assert (capitals.name.value, possessive.name.value) == ("JANE DOE", "Chidi Okonkwo")


# ------------------------------------------------------------------ contacts and what is not theirs


def test_an_eight_digit_number_is_a_phone_only_after_a_phone_word_or_sign() -> None:
    labelled = read_outline(_cv(_paragraphs("Tan Wei Ling", "Mobile: 9123 4567", "電話：12 34 56 78")))
    bare = read_outline(_cv(_paragraphs("Tan Wei Ling", "9123 4567", "Born: 12-03-1990")))
    assert _phones(labelled) == {"91234567", "12345678"}
    assert _phones(bare) == set()


def test_a_seven_digit_local_number_is_a_phone_only_after_a_phone_word() -> None:
    labelled = read_outline(_cv(_paragraphs("Dana Ruiz", "Phone: 555-0134 | dana.ruiz@example.org")))
    bare = read_outline(_cv(_paragraphs("Dana Ruiz", "Served 555-0134 customers | dana.ruiz@example.org")))
    assert _phones(labelled) == {"5550134"}
    assert _phones(bare) == set()


def test_a_local_number_as_a_field_of_the_emails_line_is_a_phone() -> None:
    read = read_outline(_cv(_paragraphs("Dana Ruiz", "555-0134 | dana.ruiz@example.org | linkedin.com/in/dana-ruiz")))
    assert _phones(read) == {"5550134"}


def test_a_number_in_brackets_naming_someone_else_is_theirs() -> None:
    def body(d: Document) -> None:
        d.add_paragraph("Dana Ruiz")
        d.add_paragraph("dana.ruiz@example.org (Tel: +351 912 345 678)")
        d.add_paragraph("Experience", style="Heading 1")
        d.add_paragraph("Cashier, Northwind Foods, 2019 – 2021")
        d.add_paragraph("Projects", style="Heading 1")
        d.add_paragraph("Sorted donations at the Lisbon Food Bank (Contact: Mrs Ana Costa, Tel: +351 912 345 600)")

    assert _phones(read_outline(_cv(body))) == {"351912345678"}


def test_a_country_code_in_brackets_is_part_of_the_number() -> None:
    assert find_phones("Phone (+351) 912 345 678") == ["(+351) 912 345 678"]


def test_a_phone_ends_at_a_full_stop_or_a_wide_gap_after_the_whole_number() -> None:
    assert find_phones("(11) 98765-4321.  . 22") == ["(11) 98765-4321"]
    assert find_phones("+55 11 98765-4321   30 anos") == ["+55 11 98765-4321"]
    assert find_phones("+49 171  1234567") == ["+49 171  1234567"]  # the gap inside: no whole number before it


def test_a_phone_under_a_role_is_the_employers() -> None:
    def office(d: Document) -> None:
        d.add_paragraph("Experience", style="Heading 1")
        d.add_paragraph("Team Lead, Northwind Traders GmbH\tMar 2019 – Present")
        d.add_paragraph("Hauptstraße 5, 10115 Berlin, Tel. 030 12345678")

    outline = read_outline(_cv(_paragraphs("Jane Doe", "Tel: +44 7700 900123"), office))
    assert _phones(outline) == {"447700900123"}


def test_a_salary_range_is_not_a_phone() -> None:
    top = _paragraphs("Jane Doe", "Mobile: 07700 900123", "Salary expectation: 45.000 – 55.000 EUR")
    assert _phones(read_outline(_cv(top))) == {"07700900123"}


def test_a_call_link_keeps_its_number_without_the_extension() -> None:
    def top(d: Document) -> None:
        d.add_paragraph("Jane Doe", style="Title")
        add_hyperlink(d.add_paragraph(), "tel:+15555550123;ext=45", "Call me")

    assert _phones(read_outline(_cv(top))) == {"15555550123"}


def test_an_area_code_set_apart_by_a_slash_is_part_of_the_number() -> None:
    outline = read_outline(_cv(_paragraphs("Jürgen Müller", "Mobil: 0151 / 23456789")))
    assert _phones(outline) == {"015123456789"}


def test_a_number_labelled_as_something_else_is_not_a_phone() -> None:
    top = _paragraphs(
        "Jane Doe",
        "National ID: 1234 5678 9012",
        "Passport No.: 123456789",
        "VAT No.: GB 123 4567 89",
        "GSM: 0475 12 34 56",
        "No. HP: 0812 3456 7890",
        "India: +91 98765 43210",
    )
    assert _phones(read_outline(_cv(top))) == {"0475123456", "081234567890", "919876543210"}


def test_an_address_spelled_out_in_words_is_read_on_a_contact_line_only() -> None:
    spelled = read_outline(_cv(_paragraphs("Jane Doe", "Email: jane.doe at example dot org")))
    sentence = "Led the move of our shop from a local server to a hosted one at example dot com in a year."
    prose = read_outline(_cv(_paragraphs("Jane Doe", "jane@example.org", sentence)))
    assert spelled.contact.emails == ["jane.doe@example.org"]
    assert prose.contact.emails == ["jane@example.org"]


def test_a_chinese_phone_label_before_a_number_with_no_separators_gives_the_phone() -> None:
    outline = read_outline(_cv(_paragraphs("王磊\t性别:\t男\t电话:\t14434012285", "邮箱:\twang.lei@example.org")))
    assert _phones(outline) == {"14434012285"}


def test_a_field_of_the_top_holding_only_a_phone_number_gives_the_phone() -> None:
    outline = read_outline(_cv(_paragraphs("Robin Marlowe", "5年经验\t14520276319", "robin.marlowe@example.org")))
    assert _phones(outline) == {"14520276319"}


def test_the_name_in_the_first_cell_of_a_table_of_headings_is_the_name_not_a_heading() -> None:
    d = docx.Document()
    table = d.add_table(rows=4, cols=2)
    rows = [
        ("KAI LINDQVIST", "kai.lindqvist@example.org | +44 7700 900123"),
        ("EXPERIENCE", "Data Analyst, Northwind Ltd, 2019 – 2021 | Built the weekly sales dashboards."),
        ("EDUCATION", "BSc Statistics, University of Leeds, 2018 | First-class honours"),
        ("SKILLS", "SQL, Python | Tableau, Excel"),
    ]
    for row, (left, right) in zip(table.rows, rows, strict=True):
        row.cells[0].paragraphs[0].add_run(left).bold = True
        for k, text in enumerate(right.split(" | ")):  # a cell of several paragraphs: the row is not one line
            (row.cells[1].paragraphs[0] if k == 0 else row.cells[1].add_paragraph()).add_run(text)
    outline = read_outline(saved(d))
    assert outline.name.value.lower() == "kai lindqvist"


@pytest.mark.parametrize("label", ["Numéro :", "Kontak:", "Número:", "Nummer:"])
def test_a_phone_under_a_label_no_list_knows_is_still_the_phone(label: str) -> None:
    outline = read_outline(_cv(_paragraphs("Kai Lindqvist", f"{label} 06 12 34 56 78", "kai@example.org")))
    assert _phones(outline) == {"0612345678"}


def test_a_number_labelled_as_an_identifier_is_no_phone() -> None:
    lines = ("Kai Lindqvist", "Tel: +49 151 23456789", "USt-IdNr.: DE 123 456 789", "kai@example.org")
    outline = read_outline(_cv(_paragraphs(*lines)))
    assert _phones(outline) == {"4915123456789"}


def test_a_korean_name_label_spaced_to_align_gives_the_name_beside_it() -> None:
    # found by a real CV of the tune half (a Korean application form: "성    명" in a label cell)
    details = ("휴대번호", "010-1234-5678", "E-Mail", "s@example.org")
    form = _table_top(("성    명", "박서윤", "성    별", "여성"), details)
    assert read_outline(_cv(form)).name.value == "박서윤"


def test_a_name_in_larger_letters_than_the_details_after_it_ends_where_its_look_does() -> None:
    # found by a real CV of the tune half ("Jordan Tang Male 1988.03", the name in larger letters)
    def top(d: Document) -> None:
        p = d.add_paragraph()
        name = p.add_run("Jordan Tang")
        name.font.size = docx.shared.Pt(16)
        name.bold = True
        p.add_run(" Male 1988.03").font.size = docx.shared.Pt(10)
        d.add_paragraph("jordan.tang@example.org")

    assert read_outline(_cv(top)).name.value == "Jordan Tang"


def test_a_name_in_the_largest_type_of_a_cell_beside_a_sidebar_is_read_with_its_other_large_line() -> None:
    # found by a real CV of the tune half: a sidebar of contacts and skills read before the cell with the name,
    # the given names in 26 pt over the family names in 36 pt
    def top(d: Document) -> None:
        row = d.add_table(rows=1, cols=2).rows[0]
        side = row.cells[0]
        side.paragraphs[0].add_run("Calle 10 # 1 – 1, Bogotá")
        for text in ["andres.rojas@example.org", "Skills", "Python", "Java", "SQL", "Tableau", "Spark", "AWS"]:
            side.add_paragraph(text)
        for k, (text, size) in enumerate([("Andrés Felipe", 26), ("Rojas Mejía", 36), ("Data Scientist", 16)]):
            p = row.cells[1].paragraphs[0] if k == 0 else row.cells[1].add_paragraph()
            run = p.add_run(text)
            run.font.size = docx.shared.Pt(size)
            run.bold = size > 16

    assert read_outline(_cv(top)).name.value == "Andrés Felipe Rojas Mejía"


def test_a_mail_link_written_after_a_web_scheme_leads_to_the_seekers_email() -> None:
    # found by a real CV of the tune half: "Gmail" shown, its link "https://mailto:…/"
    def top(d: Document) -> None:
        d.add_paragraph("ROBIN OKAFOR")
        p = d.add_paragraph("9170050105 | ")
        add_hyperlink(p, "https://mailto:robin.okafor@example.org/", "Gmail")

    assert read_outline(_cv(top)).contact.emails == ["robin.okafor@example.org"]


def test_a_street_under_an_address_label_above_a_phone_is_no_other_persons_name() -> None:
    # found by a real CV of the tune half: its details box read after the "Idiomas" heading
    def after(d: Document) -> None:
        d.add_paragraph("Idiomas", style="Heading 1")
        d.add_paragraph("Inglês: intermediário")
        d.add_paragraph("Endereço: Rua Exemplo, 12 – Centro, São Gonçalo")
        d.add_paragraph("Nacionalidade: Brasileiro")
        d.add_paragraph("Telefone: +55 (21) 99511-5133")

    outline = read_outline(_cv(_paragraphs("Sasha Brennan"), after))
    assert [phone_digits(p) for p in outline.contact.phones] == ["5521995115133"]


def test_a_house_number_a_wide_gap_before_a_phone_is_no_part_of_it() -> None:
    # found by a real CV of the tune half ("C/ Ejemplo 1  680 52 27 16"); a country code or a trunk 0 before a
    # wide gap stays with its number
    assert find_phones("C/ Ejemplo 1  680 52 27 16") == ["680 52 27 16"]
    assert find_phones("Tel: +44  20 7946 0958") == ["+44  20 7946 0958"]
    assert find_phones("0151  23456789") == ["0151  23456789"]
