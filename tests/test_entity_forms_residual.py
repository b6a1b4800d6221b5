"""Forms of names left over after the earlier rounds: a wire headline's topic word that the
body capitalises only inside longer names, a nation's "A" side, a place hyphened to the rest
of a firm's, a side's or a body's name, an edition's year after its name, and a firm's own
"'s" before a verb at a sentence's start. (All names of people and firms are made up.)"""
from __future__ import annotations

from test_country_forms import extract


def texts(text: str) -> list[str]:
    return [m.text for m in extract(text)]


def spans(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract(text)]


# --- a headline's word the body capitalises only inside longer names -------------------

def test_a_headline_word_capitalised_only_inside_a_longer_name_is_no_name() -> None:
    text = ("ACME <ACM> TO BUILD TURBINE PLANT\n\n"
            "Acme Corp said its Varnby Turbine Works unit would build a plant to make turbine blades.")
    assert "TURBINE" not in texts(text)
    assert "Varnby Turbine Works" in texts(text)


def test_a_headline_topic_word_of_an_association_is_no_name() -> None:
    text = ("GRUMMET DEALERS UNVEIL STANDARD CONTRACT\n\n"
            "The International Grummet Dealers Association has drafted a contract for grummet transactions.")
    assert "GRUMMET" not in texts(text)
    assert "International Grummet Dealers Association" in texts(text)


def test_a_headline_word_the_body_writes_alone_stays_a_name() -> None:
    # (a firm named like a word: the body writes it alone, "Shares of Turbine rose")
    text = "TURBINE RAISES PRICES\n\nShares of Turbine rose after Turbine Holdings said turbine orders doubled."
    assert texts(text)[0] == "TURBINE"


def test_a_headline_source_of_a_story_written_in_lowercase_stays_a_name() -> None:
    # (a story written all in lowercase proves nothing by its case)
    text = "VARNBY GROWERS SEE TURBINE DEMAND - USDA\n\nthe usda said turbine demand at the usda turbine unit rose."
    assert "USDA" in texts(text)


def test_a_company_suffix_in_a_headline_stays_with_the_name() -> None:
    text = "<TARVEL CORP> SELLS UNIT\n\nTarvel Corp said it sold its unit to a private corp for cash."
    assert texts(text)[0] == "TARVEL CORP"


# --- a nation's "A" side --------------------------------------------------------------

def test_a_country_before_a_lone_a_is_its_second_side() -> None:
    text = "Pettifer starred for Scotland A against Italy A in Rome, and the Scotland A squad flew home."
    mentions = extract(text)
    assert [(m.text, m.type) for m in mentions[1:]] == [
        ("Scotland A", "ORG"), ("Italy A", "ORG"), ("Rome", "PLACE"), ("Scotland A", "ORG")]
    assert mentions[1].key == "scotland a"


def test_a_country_before_an_initial_or_a_title_s_capital_stays_the_country() -> None:
    assert spans("In Kenya A. Vorley said prices rose.")[0] == ("Kenya", "PLACE")
    assert ("Italy", "PLACE") in spans("Report\n\nItaly A Step Closer To Title")


# --- a place hyphened to the rest of a name ---------------------------------------------

def test_a_place_hyphened_to_a_body_s_name_is_its_first_word() -> None:
    text = "The Oslo-Varnby Railway Authority said fares would rise."
    assert spans(text) == [("Oslo-Varnby Railway Authority", "ORG")]


def test_a_place_hyphened_to_a_firm_s_name_and_its_short_form_are_one_name() -> None:
    text = "Lisbon-Corvane Ltd agreed, and Lisbon-Corvane said the city of Lisbon would pay."
    mentions = extract(text)
    assert [(m.text, m.type) for m in mentions] == [
        ("Lisbon-Corvane Ltd", "ORG"), ("Lisbon-Corvane", "ORG"), ("Lisbon", "PLACE")]
    assert mentions[1].key == "lisbon corvane ltd"


def test_a_place_hyphened_to_a_side_s_name_is_one_side() -> None:
    assert texts("Pettifer joined the Oslo-Varnby Wolves last week.") == ["Pettifer", "Oslo-Varnby Wolves"]


def test_places_joined_by_a_hyphen_stay_two() -> None:
    text = "Flights on the Lisbon-Madrid route rose, and on the Oslo-Bergen line too."
    assert texts(text) == ["Lisbon", "Madrid", "Oslo", "Bergen"]


def test_a_place_hyphened_to_initials_stays_apart() -> None:
    text = "Flights on Lisbon-J.K. Tarvel shuttles rose."
    assert "Lisbon" in texts(text)


# --- an edition's year after its name -----------------------------------------------------

def test_an_edition_s_year_after_its_name_is_part_of_it() -> None:
    text = "Tickets for Grelbo 2006 sold out, and the Varnby Act 2001 was cited."
    assert texts(text) == ["Grelbo 2006", "Varnby Act 2001"]


def test_a_year_before_a_name_or_a_figure_s_unit_stays_outside() -> None:
    assert "Grelbo" in texts("Fans of Grelbo 2000 tonnes of grain were sold.")
    assert "Varnby Act" in texts("Under the 1986 Varnby Act the fund was set up.")
    assert "Varnby Academy" in texts("She gave the Varnby Academy 2004 Hinton Lecture.")


def test_a_year_after_a_name_in_a_shouted_headline_stays_outside() -> None:
    assert texts("TARVEL 1986 PROFIT SEEN ABOVE TARGET\n\nTarvel Corp said profit rose.")[0] == "TARVEL"


# --- a firm's own "'s" before a verb at a sentence's start -----------------------------

def test_a_firm_s_own_s_before_a_verb_opens_a_sentence_as_its_name() -> None:
    text = ("Rating cut\n\nHasty's Inc said it would close two plants.\n\n"
            "Hasty's cited the losses. Hasty's will also study the plan.")
    assert texts(text) == ["Hasty's Inc", "Hasty's", "Hasty's"]
    assert {m.key for m in extract(text)} == {"hasty inc"}


def test_a_contraction_or_a_possessive_at_a_sentence_s_start_is_no_name() -> None:
    text = ("Rating cut\n\nHasty's Inc said it would close.\n\n"
            "Dad's gone home. It's said to be fine. Hasty's losses rose.")
    assert texts(text) == ["Hasty's Inc"]


def test_a_country_code_hyphened_to_another_place_opens_the_name_of_both() -> None:
    # ("the US-Varnby Economic Review Commission", no place after the hyphen: "US" is a party
    # of its own, in tests/test_name_structure.py)
    assert texts("It was signed. The US-Brazil Coffee Trade Agreement expires in July.") == [
        "US-Brazil Coffee Trade Agreement"]
