"""More forms of names in news text: a word alone in brackets, a wire's capital after a
country's dotted abbreviation, a founder's initials before a firm's name, a rare word the
article also writes in lower case, portfolios holding a title word, houses named after a
patron, and acronyms of programmes spelt out in common words. (All names are made up.)"""
from __future__ import annotations

from test_country_forms import extract


def spans(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract(text)]


def test_a_word_alone_in_brackets_mid_sentence_starts_no_sentence() -> None:
    # (an everyday word as a name: only its place in the sentence says it is one)
    assert ("Lantern", "ORG") in spans("Officials said the rail company's (Lantern) depot would close next year.")


def test_a_name_in_brackets_after_an_organisation_noun_is_that_organisation() -> None:
    assert spans("The state oil company (Zorbix) will build the plant next year.") == [("Zorbix", "ORG")]


def test_a_thing_spelt_out_before_its_short_name_in_brackets_stays_no_name() -> None:
    assert spans("The budget is 36 billion European currency units (Ecu) this year.") == []


def test_the_capital_after_a_dotted_country_abbreviation_proves_nothing() -> None:
    text = "Sales by U.S. Exporters fell, and U.S. Frustration over the surplus grew as U.S. Cereals exports fell."
    assert spans(text) == [("U.S.", "PLACE")] * 3


def test_a_firm_named_after_its_country_keeps_its_short_name() -> None:
    text = ("U.S. Garden Corp said it plans to open 40 stores this year.\n\n"
            "Analysts expect U.S. Garden to open the stores in the spring.")
    assert [m.text for m in extract(text)] == ["U.S. Garden Corp", "U.S. Garden"]


def test_a_country_s_administration_is_no_name_of_its_own() -> None:
    assert spans("The paper said U.S. Administration officials had pressed for talks.") == [("U.S.", "PLACE")]
    assert spans("He said the Administration would resist the calls.") == []


def test_dotted_initials_before_a_firm_s_name_are_part_of_it() -> None:
    # ("B.F." is also the initials of a country's name: no country the article names)
    text = ("The group said it acquired a 6.1 pct stake in B.F. Zorbanich Co common stock.\n\n"
            "It paid about 69 mln dlrs for the Zorbanich shares.")
    mentions = extract(text)
    assert [(m.text, m.type) for m in mentions] == [("B.F. Zorbanich Co", "ORG"), ("Zorbanich", "ORG")]
    assert mentions[0].key == mentions[1].key


def test_a_country_s_dotted_abbreviation_before_a_firm_stays_the_country() -> None:
    assert spans("Imports from N.Z. Dlrs accounts rose, New Zealand officials said.")[0] == ("N.Z.", "PLACE")


def test_a_rare_word_the_article_writes_in_lower_case_is_no_name_at_a_sentence_start() -> None:
    text = ("The board rejected the offer.\n\nFlimbering often involves a premium. "
            "Analysts said flimbering was common in such bids.")
    assert spans(text) == []


def test_a_site_named_in_lower_case_is_still_a_name_at_a_sentence_start() -> None:
    text = "They launched a site called quobblecast.com. Quobblecast.com has run for months."
    assert any(m.text.startswith("Quobblecast") for m in extract(text))


def test_a_title_word_inside_a_portfolio_belongs_to_the_title() -> None:
    text = "He met EU External Trade Relations Commissioner Anna Quellberg on Monday."
    assert [m.text for m in extract(text)] == ["EU", "Anna Quellberg"]


def test_a_house_named_after_its_patron_keeps_the_possessive() -> None:
    assert spans("She trained at Zorbel's Hospital Medical School in Leeds.") == [
        ("Zorbel's Hospital Medical School", "ORG"), ("Leeds", "PLACE")]


def test_a_place_s_possessive_before_an_institution_is_still_two_names() -> None:
    assert [m.text for m in extract("He spoke at Britain's Hospital Trust meeting.")] == ["Britain", "Hospital Trust"]


def test_a_dotted_abbreviation_with_a_possessive_is_still_the_country() -> None:
    assert spans("Quimbell, the U.K.'s biggest maker of engines, said so.")[-1] == ("U.K.", "PLACE")


def test_a_firm_called_an_affiliate_is_an_organisation() -> None:
    text = "Results were hurt by a charge at Zorbel Quimby, a 50-pct owned affiliate, the company said."
    assert ("Zorbel Quimby", "ORG") in spans(text)


def test_a_programme_s_acronym_spelt_out_in_common_words_is_a_name() -> None:
    text = "Wheat was sold under the farm export program (FEP). FEP sales rose."
    assert spans(text) == [("FEP", "OTHER"), ("FEP", "OTHER")]
    assert spans("The intermediate level waste (ILW) was shipped back.") == []
