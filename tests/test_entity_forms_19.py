"""Forms of names seen in wire and feature copy: a firm named after its partners written
bare after its suffixed name, a subsidiary named after its seat, a word written twice as a
band's name, "General" opening a company's name, a firm "of the US", a clock's "P.M.",
groups of nations by their count ("G-7"), a note's line of small words, and a law's year.
(All names are made up.)"""
from __future__ import annotations

from test_country_forms import extract


def texts(text: str) -> list[str]:
    return [m.text for m in extract(text)]


def spans(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract(text)]


# --- a firm named after its partners --------------------------------------------------

def test_a_partners_firm_is_one_name_bare_after_its_suffixed_name() -> None:
    text = ("HALLETT AND VORLEY <HAVO> GETS BID\n\n"
            "Hallett and Vorley Inc said Brandle Corp has offered to acquire it.\n\n"
            "Hallett and Vorley said its board would study the offer, and Brandle said it would wait.")
    mentions = extract(text)
    assert [m.text for m in mentions] == ["HALLETT AND VORLEY", "Hallett and Vorley Inc", "Brandle Corp",
                                          "Hallett and Vorley", "Brandle"]
    assert {m.key for m in mentions if "allett" in m.text or "ALLETT" in m.text} == {"hallett and vorley inc"}


def test_a_longer_partners_firm_is_one_name_bare_after_its_suffixed_name() -> None:
    text = "Dunmore Power and Light Co said rates would rise. Customers of Dunmore Power and Light complained."
    assert texts(text) == ["Dunmore Power and Light Co", "Dunmore Power and Light"]


def test_two_people_listed_together_stay_two_without_a_firm_of_theirs() -> None:
    text = "Ann Hallett and Tom Vorley met in Paris. Hallett and Vorley then flew home."
    assert "Hallett and Vorley" not in texts(text)


# --- a subsidiary named after its seat --------------------------------------------------

def test_a_subsidiary_named_after_a_county_the_article_names_is_one_name() -> None:
    text = ("Tarvel Corp said its Tarvel Marlin System of Varnby Inc subsidiary has signed a contract "
            "with Varnby County, Pa., to build a plant.")
    assert "Tarvel Marlin System of Varnby Inc" in texts(text)


def test_a_person_of_a_firm_stays_apart_from_it() -> None:
    text = "Prices will rise, said Allan Pettifer of Discount Corp in Varnby County."
    assert texts(text)[:2] == ["Allan Pettifer", "Discount Corp"]


# --- a word written twice ------------------------------------------------------------

def test_a_town_s_name_written_twice_is_one_name() -> None:
    # (the band's word is also a town's name in the gazetteer: Toulouse)
    text = "Fans of Toulouse Toulouse queued all night, and the band played in Toulouse."
    assert texts(text) == ["Toulouse Toulouse", "Toulouse"]


# --- "General" opening a company's name ---------------------------------------------------

def test_general_before_a_word_of_english_opens_a_firm_s_name_at_a_sentence_start() -> None:
    text = "Car deal collapses\n\nGeneral Tractors of the US is to pay Vorland 1bn euros to end the deal."
    assert texts(text) == ["General Tractors", "US", "Vorland"]
    assert spans(text)[1] == ("US", "PLACE")


def test_general_before_a_name_stays_a_rank() -> None:
    assert texts("Bank plans\n\nGeneral Ann Pettifer said the troops would stay.") == ["Ann Pettifer"]
    assert texts("Bank plans\n\nGeneral John Pettifer said the troops would stay.") == ["John Pettifer"]


def test_where_a_firm_is_from_is_no_part_of_its_name() -> None:
    assert texts("Shares in Vortex Tractors of the US rose, and Vortex Tractors of the UK fell.") == \
        ["Vortex Tractors", "US", "Vortex Tractors", "UK"]


def test_a_body_of_the_us_keeps_its_name() -> None:
    assert "Bank of the US" in texts("He said the Bank of the US would lend more.")


# --- a clock's P.M. -----------------------------------------------------------------

def test_a_clock_s_half_of_the_day_is_no_name() -> None:
    text = "Pettifer is due to arrive at 4.15 P.M. (0715 GMT) in Varnby, and speak at 9 A.M. EST."
    assert texts(text) == ["Pettifer", "Varnby"]


# --- groups of nations by their count --------------------------------------------------

def test_a_group_of_nations_with_a_hyphen_is_a_name() -> None:
    text = "Ministers of the Group of Seven (G-7) met. The G-7 and the G-10 said, as the G7 did."
    got = [(m.text, m.type, m.key) for m in extract(text) if m.text[:2] in ("G-", "G7")]
    assert got == [("G-7", "ORG", "g7"), ("G-7", "ORG", "g7"), ("G-10", "ORG", "g10"), ("G7", "ORG", "g7")]


def test_a_single_capital_with_a_digit_stays_no_name() -> None:
    assert texts("The M-1 money supply rose, and a G-22B aircraft flew.") == ["G-22B"]


# --- a note's line ---------------------------------------------------------------------

def test_a_note_s_line_below_the_table_is_a_sentence_not_a_heading() -> None:
    text = ("VARNBY REALTY <VRT.O> 3RD QTR NET\n\nShr 18 cts vs 27 cts\n\nNet 444,387 vs 676,593\n\n"
            "NOTE: Full name is Varnby Realty Estate Investment Trust")
    assert "Varnby Realty Estate Investment Trust" in texts(text)


def test_a_title_cased_sub_heading_still_needs_evidence() -> None:
    text = "Market report\n\nQuiet Trading Ahead Of Holiday\n\nDealers said trading was quiet."
    assert texts(text) == []


# --- a law's year ----------------------------------------------------------------------

def test_the_year_of_a_law_is_part_of_its_name() -> None:
    text = "The offer failed to comply with the Varnby Securities Act of 1934, the company said."
    assert spans(text) == [("Varnby Securities Act of 1934", "OTHER")]


def test_a_bare_act_keeps_no_year() -> None:
    assert "Act of 1990" not in texts("He said the Act of 1990 was clear.")


def test_a_wire_s_more_after_a_suffix_is_no_part_of_the_name() -> None:
    text = "VARNBY <VKI> YEAR NET\n\nShr 18 cts vs 27 cts\n\nNOTE: Full name is Varnby Kitchens Inc More"
    assert "Varnby Kitchens Inc" in texts(text)
