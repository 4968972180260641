"""The CV reader's vocabulary drawn from licensed data (app/documents/data/): places, occupations, legal forms."""

from __future__ import annotations

import pytest

from app.documents import cv_places
from app.documents.cv_legal_forms import has_legal_form
from app.documents.cv_structure import read_outline
from app.documents.cv_vocab import NOT_NAMES, has_org_word, is_place, odds_lean, org_score, role_score, title_odds
from app.documents.text import fold
from tests.docx_build import docx_bytes


def _roles(*lines: str) -> list[tuple[str, str, str]]:
    data = docx_bytes(
        ("Robin Okafor", "Title"),
        ("robin.okafor@example.org", None),
        ("Experience", "Heading 1"),
        *[(line, None) for line in lines],
    )
    return [(r.title.value, r.employer.value, r.place.value) for r in read_outline(data).roles]


@pytest.mark.parametrize(
    "text",
    ["Quito, Équateur", "Ljubljana, Slowenien", "Kampala, Ouganda", "Bergamo, Lombardia", "Linz, Oberösterreich"],
)
def test_a_city_and_its_country_or_region_is_a_place(text: str) -> None:
    assert is_place(text)


@pytest.mark.parametrize("text", ["Curitiba, PR", "Pune, MH", "Mombasa, KE", "Munich, BY", "Toulouse, OCC"])
def test_a_city_then_the_iso_code_of_its_own_state_or_country_is_a_place(text: str) -> None:
    assert is_place(text)


@pytest.mark.parametrize("text", ["Edmonton, AB", "Calgary, AB", "Stockholm, AB"])
def test_a_region_code_that_spells_a_legal_form_is_still_a_region_after_its_city(text: str) -> None:
    assert is_place(text)  # Alberta's "AB" (and Stockholm County's), not a Swedish company's "AB"


@pytest.mark.parametrize("text", ["Volvo, AB", "Spotify, AB", "Ericsson AB"])
def test_a_name_before_a_legal_form_is_no_place(text: str) -> None:
    assert not is_place(text)


@pytest.mark.parametrize("text", ["KU Leuven, Belgium", "IBM Research, Zurich", "IBM Research, Zurich, Switzerland"])
def test_an_organisation_before_its_city_or_country_is_no_place(text: str) -> None:
    assert not is_place(text)


@pytest.mark.parametrize(
    "text",
    [
        "Amherst, MA, USA",
        "Springfield, Illinois, USA",
        "Washington DC, USA",
        "Lyon, France",
        "Leeds, West Yorkshire, UK",
        "Ribeirão Preto, São Paulo, Brasil",
    ],
)
def test_a_city_with_its_region_or_country_is_still_a_place(text: str) -> None:
    assert is_place(text)


@pytest.mark.parametrize("text", ["Stripe, York, UK", "Monzo, Leeds, UK", "Zalando, Berlin, Germany"])
def test_a_brand_before_a_city_and_its_country_is_no_place(text: str) -> None:
    assert not is_place(text)


@pytest.mark.parametrize("text", ["Lagos, PR", "Curitiba, MH", "Pune, PR", "Munich, OCC"])
def test_a_code_that_is_not_of_the_citys_own_state_or_country_is_no_place(text: str) -> None:
    assert not is_place(text)


def test_a_role_whose_dates_line_starts_with_a_city_and_its_state_code_keeps_its_employer() -> None:
    roles = _roles("Moreau Maquetes – Desenvolvedor Full Stack", "Curitiba, PR – Início em abril de 2025")
    assert roles == [("Desenvolvedor Full Stack", "Moreau Maquetes", "Curitiba, PR")]


@pytest.mark.parametrize("text", ["Côte d'Ivoire", "Marruecos", "Nueva Zelanda", "Niederlande", "Moldavie"])
def test_a_country_in_any_cv_language_is_a_place(text: str) -> None:
    assert is_place(text)


@pytest.mark.parametrize("text", ["Guadalajara", "München", "Porto Alegre", "Vaduz", "Hyderabad"])
def test_a_large_city_or_a_capital_alone_is_a_place(text: str) -> None:
    assert is_place(text)


@pytest.mark.parametrize("text", ["Reading", "Mobile", "Bath", "Police", "Orange", "Nice", "Central"])
def test_a_common_word_that_is_also_a_town_is_not_a_place_alone(text: str) -> None:
    assert not is_place(text)


def test_a_small_town_alone_is_not_a_place_but_is_one_before_its_country() -> None:
    assert cv_places.is_city("Mountain View", floor=15_000) and not is_place("Mountain View")
    assert is_place("Mountain View, USA")


def test_a_city_name_in_lower_case_or_an_acronym_is_not_a_city() -> None:
    assert cv_places.is_city("Lima") and not cv_places.is_city("lima") and not cv_places.is_city("LIMA")


def test_the_place_after_an_employer_is_set_apart_from_the_employer() -> None:
    roles = _roles("Data Engineer | Northwind Traders | Guadalajara", "Jan 2020 – Mar 2022")
    assert roles == [("Data Engineer", "Northwind Traders", "Guadalajara")]


@pytest.mark.parametrize(
    "title",
    [
        "Acheteuse senior",
        "Formatrice en langues",
        "Rédactrice web",
        "Encargada de tienda",
        "Asesora comercial",
        "Farmacêutica hospitalar",
        "Motorista de entregas",
        "Stock Controller",
        "Warehouse Operative",
        "Order Picker",
        "Site Superintendent",
        "Forest Ranger",
    ],
)
def test_a_title_with_an_occupation_head_noun_from_the_list_scores_as_a_title(title: str) -> None:
    assert role_score(title) >= 1


@pytest.mark.parametrize("name", ["Word Processor", "Service Provider", "Pattern Maker", "Keynote Presenter"])
def test_an_english_head_that_names_a_thing_or_a_part_played_does_not_score_as_a_title(name: str) -> None:
    assert role_score(name) == 0


@pytest.mark.parametrize("name", ["Emma Turner", "Jordan Smith", "Lucía Herrera"])
def test_a_surname_that_names_a_trade_does_not_score_as_a_title(name: str) -> None:
    assert role_score(name) == 0


def test_the_piece_with_an_occupation_head_is_the_title_and_the_other_the_employer() -> None:
    roles = _roles("Mercadona | Encargada de tienda | Valencia", "Enero 2019 – Marzo 2021")
    assert roles == [("Encargada de tienda", "Mercadona", "Valencia")]


@pytest.mark.parametrize("name", sorted(p.name for p in cv_places.DATA.glob("*.txt")))
def test_every_word_list_holds_folded_entries_one_a_line(name: str) -> None:
    entries = cv_places.read_words(name)
    assert len(entries) > 20 and all(e == fold(e).strip() and "\t" not in e for e in entries)


@pytest.mark.parametrize(
    "employer",
    ["Kowalski Sp. z o.o.", "Tamarind S.A. de C.V.", "Fabrikam Ltda", "Contoso, Inc.", "ООО Ромашка", "Nordhaus GmbH"],
)
def test_a_legal_form_marks_an_employer(employer: str) -> None:
    assert has_org_word(employer, strong=True) and org_score(employer) >= 1


@pytest.mark.parametrize("text", ["Jane Doe C.V.", "SAS", "Oracle DBA", "John Smith KBE", "Data Analyst"])
def test_an_acronym_or_a_cv_title_alone_is_not_a_legal_form(text: str) -> None:
    assert not has_legal_form(text, skip=NOT_NAMES)


def test_the_piece_with_a_legal_form_is_the_employer_even_when_it_comes_first() -> None:
    roles = _roles("Kowalski Sp. z o.o. | Programista", "Jan 2019 – Mar 2021")
    assert [(title, employer) for title, employer, _ in roles] == [("Programista", "Kowalski Sp. z o.o.")]


@pytest.mark.parametrize("text", ["Curitiba Brasil", "Lyon France", "Mountain View USA"])
def test_a_city_then_its_country_without_a_comma_is_a_place(text: str) -> None:
    assert is_place(text)


@pytest.mark.parametrize("text", ["Google Ireland", "Northwind Traders Germany", "Reading UK"])
def test_an_employer_or_a_word_then_a_country_is_not_a_place(text: str) -> None:
    assert not is_place(text)


# The title-versus-organisation odds learnt from real name lists (data/title_org_odds.tsv).


@pytest.mark.parametrize(
    "text",
    [
        "Universidad Nacional de Colombia",  # Spanish
        "Instituto Tecnológico de Monterrey",
        "Politecnico di Milano",  # Italian, no listed organisation word
        "Uniwersytet Warszawski",  # Polish
        "Université de Montréal",
        "Banco Santander",
    ],
)
def test_a_university_or_company_name_in_any_language_scores_as_an_organisation(text: str) -> None:
    assert title_odds(text) < 0
    assert odds_lean(text) == -1


@pytest.mark.parametrize(
    "text", ["Kinésithérapeute", "Radiographer", "Contable", "Auxiliar administrativo", "Chargée de mission"]
)
def test_a_job_title_in_any_language_scores_as_a_title(text: str) -> None:
    assert title_odds(text) > 0
    assert odds_lean(text) == 1


@pytest.mark.parametrize("text", ["Kinésithérapeute", "Radiographer", "Contable"])
def test_the_learnt_titles_are_unseen_in_the_hand_lists(text: str) -> None:
    assert role_score(text) == 0  # so the odds, not the word lists, know them


@pytest.mark.parametrize("text", ["", "Northwind", "2019", "&"])
def test_a_name_the_lists_do_not_know_leans_neither_way(text: str) -> None:
    assert odds_lean(text) == 0


@pytest.mark.parametrize(
    ("line", "title", "employer"),
    [
        ("Politecnico di Milano | Kinésithérapeute | Milano", "Kinésithérapeute", "Politecnico di Milano"),
        ("Uniwersytet Warszawski | Radiographer | Warszawa", "Radiographer", "Uniwersytet Warszawski"),
        ("Banco Santander | Contable | Madrid", "Contable", "Banco Santander"),
    ],
)
def test_the_learnt_odds_tell_title_from_employer_where_the_word_lists_are_silent(
    line: str, title: str, employer: str
) -> None:
    roles = _roles(line, "Jan 2019 – Mar 2021")
    assert [(t, e) for t, e, _ in roles] == [(title, employer)]


def test_the_odds_table_is_read_once_and_stays_small() -> None:
    from app.documents.cv_vocab import _odds_table

    assert _odds_table() is _odds_table()  # cached: the reader does not re-read the file per line
    assert (cv_places.DATA / "title_org_odds.tsv").stat().st_size < 300_000
    assert 1_000 < len(_odds_table()) < 20_000


def test_a_web_address_names_an_organisation_and_its_title_beside_it_is_the_post() -> None:
    assert org_score("ShopRightNOW.com") >= 1 and org_score("pianoplay.app") >= 1
    assert org_score("Node.js") == 0  # a framework's name is no address
    # "Domain.com: Title:" over what the role involved, with a title the vocabulary does not know whose words hold
    # an organisation's word ("Network"): the line is the role's head line, the address its employer
    data = docx_bytes(
        ("Jane Doe", "Title"),
        ("jane@example.org", None),
        ("Experience", "Heading 1"),
        ("01/10-Present", None),
        ("ShopRightNOW.com: Growth Marketing Network Builder:", None),
        ("A marketplace for small sellers, built from the first line of code to a team of twelve people.", None),
        ("09/07-12/09", None),
        ("Fabrikam: Senior Developer", None),
        ("Wrote the billing service and its tests.", None),
    )
    assert [(r.title.value, r.employer.value) for r in read_outline(data).roles] == [
        ("Growth Marketing Network Builder", "ShopRightNOW.com"),
        ("Senior Developer", "Fabrikam"),
    ]


def test_the_skill_terms_are_written_folded_as_words_are_looked_up() -> None:
    from app.documents.lexicon import SKILL_TERMS

    assert [s for s in SKILL_TERMS if fold(s) != s] == []  # a skill in capitals would never match a folded word
    assert {"python", "power bi"} <= SKILL_TERMS
