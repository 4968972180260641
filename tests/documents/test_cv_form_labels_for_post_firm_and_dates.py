"""A role written as labelled lines whose labels are the usual words of Portuguese, Spanish, German, Turkish, Swedish,
Dutch and Danish forms for the post (`Função:`, `Función:`, `Stelle:`, `Pozisyon:`, `Görev:`, `Tjänst:`), the firm
(`Şirket:`, `Kurum:`, `Företag:`, `Bedrijf:`, `Virksomhed:`) and the dates (`Tarih:`): the label was not known, so
the post was lost or the label itself read as the title or kept in the employer.

Found by reading made-up Brazilian, German and Turkish CVs (not from a corpus file): "Empresa: Banco do Brasil S.A." /
"Função: Caixa" / "Período: 02/2014 – 11/2019" gave no title; "Şirket: Arçelik A.Ş." / "Pozisyon: Satış Temsilcisi"
gave the title "Şirket".
"""

from __future__ import annotations

import pytest

from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes


def _roles(*lines: str) -> list[tuple[str, str]]:
    data = docx_bytes(
        ("Mariana Souza Lima", "Title"),
        ("mariana.lima@example.org", None),
        ("Experiência", "Heading 1"),
        *((line, None) for line in lines),
        ("Served the customers at the counter.", "List Bullet"),
    )
    return [(r.title.value, r.employer.value) for r in read_outline(data).roles]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ("Empresa: Banco do Brasil S.A.", "Função: Caixa", "Período: 02/2014 – 11/2019"),
            ("Caixa", "Banco do Brasil S.A."),
        ),
        (
            ("Empresa: Clínica Dental Sonrisas", "Función: Auxiliar de clínica", "Fecha: 2015 – 2019"),
            ("Auxiliar de clínica", "Clínica Dental Sonrisas"),
        ),
        (
            ("Stelle: Elektroniker für Betriebstechnik", "Arbeitgeber: Siemens AG", "Zeitraum: 08/2013 – 07/2019"),
            ("Elektroniker für Betriebstechnik", "Siemens AG"),
        ),
        (
            ("Şirket: Arçelik A.Ş.", "Pozisyon: Satış Temsilcisi", "Tarih: 01/2012 – 02/2015"),
            ("Satış Temsilcisi", "Arçelik A.Ş."),
        ),
        (
            ("Kurum: Ankara Şehir Hastanesi", "Görev: Hemşire", "Tarih: 2016 – 2020"),
            ("Hemşire", "Ankara Şehir Hastanesi"),
        ),
        (("Företag: ICA Maxi", "Tjänst: Butiksbiträde", "Period: 2014 – 2018"), ("Butiksbiträde", "ICA Maxi")),
        (("Bedrijf: Albert Heijn", "Functie: Vakkenvuller", "Periode: 2014 – 2018"), ("Vakkenvuller", "Albert Heijn")),
        (("Virksomhed: Netto", "Stilling: Butiksassistent", "Periode: 2014 – 2018"), ("Butiksassistent", "Netto")),
    ],
)
def test_a_forms_labels_in_its_own_language_name_the_post_and_the_firm(
    lines: tuple[str, ...], expected: tuple[str, str]
) -> None:
    assert _roles(*lines) == [expected]


def test_a_post_label_before_a_sentence_of_duties_labels_no_title() -> None:
    # "Função" names the duties as often as the post: under a title line, a sentence after it is what was done
    roles = _roles(
        "Embalador a mão",
        "Empregador: Tendenza Confecções Ltda",
        "Período: 09/2022 – 06/2023",
        "Função: Recebimento e transferência de mercadorias.",
    )
    assert roles == [("Embalador a mão", "Tendenza Confecções Ltda")]
