"""Forms of names found in a sixth round over the development golds and 7,000 real articles:
a minister's portfolio that runs on past "and" ("Minister of Energy and Mines Arturo
Velbosa"), a figure's unit capitalised after "U.S." ("the eight billion U.S. Dlr Tarvo
project"), an adjective of nationality before a body's acronym and a title ("Greek U.N.
Representative"), two points of the compass before a nationality ("South East Asian"), faiths
("Sikhism"), a company's last word made of a prefix and an industry's ("Hal Microsystems"), a
firm's first word written alone beside a unit or product named like a person ("Tarrant"
beside "Tarrant Group Plc" and "Tarrant Cyclops"), a word rarer than everyday ones opening its
sentence before "said" ("Citadel said it had been hit"), a bank's name opening its sentence
with an everyday word ("Financial Velmont Savings and Loan Association"), and a town's name
after "a stake in" where a firm is named after the town ("Cullman Drilling Co"). (Names of
people and bodies are made up; the words that must be English or a real town are not names of
anyone here.)"""
from __future__ import annotations

from test_country_forms import extract


def spans(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract(text)]


# --- "<Title> of A and B <Name>": the portfolio is no part of the name -----------------------

def test_a_portfolio_past_and_is_cut_from_the_name_after_it() -> None:
    text = "Output rose 3 pct, Minister of Energy and Mines Arturo Velbosa Quintar said on Monday."
    assert spans(text) == [("Arturo Velbosa Quintar", "PERSON")]


def test_a_portfolio_of_two_words_past_and_is_cut_too() -> None:
    text = "Minister of Trade and Industrial Expansion Marta Delvane said the ruling stood."
    assert spans(text) == [("Marta Delvane", "PERSON")]


def test_a_body_or_a_person_after_and_is_no_portfolio() -> None:
    # what follows "and" is named in its own right: a firm, a person by initials, a project
    assert spans("He became chairman of Halvane and Quistor Inc on Monday.") == [("Halvane and Quistor Inc", "ORG")]
    assert ("S. Kent Marbury", "PERSON") in spans(
        "It is owned by the chairman of Astrovane and S. Kent Marbury's father.")


# --- a unit of a figure, capitalised ----------------------------------------------------------

def test_a_capitalised_unit_is_no_part_of_the_name_after_it() -> None:
    found = spans("Talks covered the eight billion U.S. Dlr Tarvane airport project and a 50 Mln Dlr bond.")
    assert ("Tarvane", "ORG") in found or ("Tarvane", "PLACE") in found or ("Tarvane", "OTHER") in found
    assert not any("Dlr" in name or "Mln" in name for name, _ in found)


def test_a_title_of_a_work_keeps_its_capitalised_versus() -> None:
    assert any("Vs" in name for name, _ in spans('He starred in the film "Moped Vs Santa" last year.'))


# --- an adjective of nationality before an acronym --------------------------------------------

def test_a_nationality_before_a_body_acronym_and_a_title_is_dropped() -> None:
    found = spans("Greek U.N. Representative Mihalis Dovanas said in a letter that the ships left.")
    assert ("U.N.", "ORG") in found and ("Mihalis Dovanas", "PERSON") in found
    assert spans("An Ivorian ICCO delegate said the talks would go on.") == [("ICCO", "ORG")]


def test_a_nationality_starting_a_body_name_stays_in_it() -> None:
    assert spans("The Saudi Press Agency SPA said the talks would go on.")[0][0].startswith("Saudi Press Agency")


# --- adjectives and faiths, no names -------------------------------------------------------------

def test_two_points_of_the_compass_before_a_nationality_make_no_name() -> None:
    assert spans("The minister was touring South East Asian countries with West African envoys.") == []
    assert spans("South-East Asian states met on Monday.") == []


def test_a_place_after_a_compass_adjective_is_still_found() -> None:
    assert spans("Farmers in Eastern North Dakota sowed late.") != []


def test_a_faith_is_no_name() -> None:
    assert spans("He visited Sikhism's holiest shrine and spoke of Taoism.") == []


# --- a firm's first word, written alone, beside a product or unit named like a person ----------

def keyed(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.type, m.key) for m in extract(text)]


def test_a_firm_s_first_word_alone_stays_the_firm_beside_a_unit_shaped_like_a_person() -> None:
    text = ("Tarrant results\n\nTarrant Group Plc said profits rose. Its unit Tarrant Cyclops sold cameras. "
            "Tarrant said sales rose 10 pct. Tarrant will pay a dividend.")
    alone = [(kind, key) for name, kind, key in keyed(text) if name == "Tarrant"]
    assert alone and all(found == ("ORG", "tarrant group plc") for found in alone)


def test_a_compound_industry_word_ends_a_company_s_name() -> None:
    text = ("Hal offers processing by the hour\n\nHal Microsystems has launched a pay-as-you-go service. "
            "Hal Grid costs users $1 for an hour of processing on systems kept by Hal.")
    found = keyed(text)
    assert ("Hal Microsystems", "ORG", "hal microsystems") in found
    assert all(kind == "ORG" for name, kind, _key in found if name == "Hal")


def test_a_person_s_given_name_alone_still_finds_the_person() -> None:
    # no company's name starts with the word: "Zhang" is Zhang Wei
    found = keyed("Trade official Zhang Wei arrived on Monday. Zhang said the talks would go on.")
    assert ("Zhang", "PERSON", "zhang wei") in found


# --- one rare word opening its sentence before "said" --------------------------------------------

def test_a_rare_word_before_said_at_a_sentence_s_start_is_a_name() -> None:
    # (a word of English, if a rare one, needs more than its capital at a sentence's start;
    # a firm named by one, before "said", has it)
    text = "The plant was shut on Monday.\n\nCitadel said it had been hit by bottlenecks."
    assert [name for name, _kind in spans(text)] == ["Citadel"]


def test_plural_nouns_before_said_stay_common_words() -> None:
    text = ("The plant was shut. Investigators said it was hit. Campaigners said no. Businessmen said yes. "
            "Dismal reports from the trade came in.")
    assert spans(text) == []


# --- a bank's name opening its sentence with an everyday word --------------------------------------

def test_a_bank_s_name_opening_a_sentence_keeps_its_first_word() -> None:
    text = "The branch is in Tucson.\n\nFinancial Velmont Savings and Loan Association said it agreed to sell it."
    assert ("Financial Velmont Savings and Loan Association", "ORG") in spans(text)


def test_a_plural_or_a_possessive_before_a_bank_is_no_part_of_its_name() -> None:
    found = [name for name, _kind in spans("The market was calm.\n\nShares of Velmont Mitsuno Financial rose.")]
    assert "Velmont Mitsuno Financial" in found


# --- "a stake in <town>": the firm named after it ----------------------------------------------------

def test_a_holding_in_a_town_s_name_is_a_holding_in_the_firm_named_after_it() -> None:
    text = ("Gulf Corp said it sold its remaining stake in Cullman for 74 mln dlrs. It had held 20 pct of "
            "Cullman Drilling Co since 1985. Cullman said it welcomed the sale.")
    assert [kind for name, kind in spans(text) if name == "Cullman"] == ["ORG", "ORG"]


def test_in_a_town_still_keeps_the_town() -> None:
    found = spans("Cullman Drilling Co said its offices in Cullman would close. Cullman said so.")
    assert [kind for name, kind in found if name == "Cullman"] == ["PLACE", "PLACE"]
