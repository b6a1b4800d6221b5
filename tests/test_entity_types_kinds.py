"""Types said by the kind of organisation named in the plural around a list of names ("electronics
giants X and Y", "the X, Y and Z websites"), by a firm's last word "Electric", by a firm's
division and by a trade house. (All names are made up but for a real town's name.)"""
from __future__ import annotations

from test_country_forms import extract


def spans(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract(text)]


def test_a_plural_kind_before_two_names_makes_both_firms_even_a_town_s_name() -> None:
    text = ("Consumer electronics giants Kashiwa and Zorblat Ventis are joining forces. "
            "Kashiwa recently announced a deal.")
    assert spans(text) == [("Kashiwa", "ORG"), ("Zorblat Ventis", "ORG"), ("Kashiwa", "ORG")]


def test_a_plural_kind_after_a_list_opened_by_the_makes_its_names_firms() -> None:
    text = "Secrets were leaked to the Quillpage, Brindle Insider and Think Yarrow websites."
    assert spans(text) == [("Quillpage", "ORG"), ("Brindle Insider", "ORG"), ("Think Yarrow", "ORG")]


def test_people_after_a_kind_of_maker_in_one_word_stay_people() -> None:
    text = "Seasoned film-makers Roderick Quell, Mabel Tenby and Pavel Brusowski challenge them."
    assert {t for _, t in spans(text)} == {"PERSON"}


def test_places_listed_before_a_plural_kind_stay_places() -> None:
    assert {t for _, t in spans("Shares fell on the London, Paris and Frankfurt exchanges.")} == {"PLACE"}


def test_electric_ends_a_firm_s_name() -> None:
    assert spans("Zorblat Electric will cut 300 jobs.") == [("Zorblat Electric", "ORG")]


def test_a_firm_s_division_is_an_organisation() -> None:
    assert ("Quarex", "ORG") in spans("Brindle Corp said its European Quarex division will double capacity.")


def test_a_trade_house_is_an_organisation() -> None:
    assert spans("Trade house Zamrowski recently estimated production at 7.5 mln tonnes.") == [("Zamrowski", "ORG")]


def test_a_trade_house_named_like_a_person_is_an_organisation() -> None:
    assert spans("Trade house C Zamrowski recently estimated production.") == [("C Zamrowski", "ORG")]


def test_a_paper_named_before_newspaper_is_an_organisation_though_shaped_like_a_person() -> None:
    assert ("Sun-Quill", "ORG") in spans("Speaking to Quillport's Sun-Quill newspaper, Ann Lee added that it was fine.")


def test_unknown_words_after_the_are_no_person_by_their_shape() -> None:
    # (a paper, a product, a place; "told the" is never said before a person's name)
    assert ("Finanzblatt Zeitmann", "PERSON") not in spans('"We do not need it," he told the Finanzblatt Zeitmann.')
    assert ("Quorlan Vesk", "PERSON") in spans('"We do not need it," he told Quorlan Vesk.')
