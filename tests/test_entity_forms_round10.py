"""Forms of names found in a tenth round over the development golds and 3,000 real articles:
a country's or a US state's bodies named after it ("the <country> Navy", "<state> Insurance
Department": the place and the body, two mentions). (Names of people and bodies are made up;
the words that must be English or a real place are not names of anyone here.)"""
from __future__ import annotations

from test_country_forms import extract


def spans(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract(text)]


def keys(text: str) -> dict[str, str]:
    return {m.text: m.key for m in extract(text)}


# --- a country's or a state's body named after it: two mentions ---------------------------------

def test_a_countrys_branch_after_its_name_is_a_mention_of_its_own() -> None:
    found = spans("Rockets were sold to the Uruguay Army last year, a spokesman said.")
    assert ("Uruguay", "PLACE") in found and ("Army", "ORG") in found


def test_a_countrys_office_of_everyday_words_is_a_mention_of_its_own() -> None:
    found = spans("The claim was filed with the U.S. Harbour Office on Monday, lawyers said.")
    assert ("U.S.", "PLACE") in found and ("Harbour Office", "ORG") in found


def test_a_states_commission_of_everyday_words_is_a_mention_of_its_own() -> None:
    found = spans("The rate rise was approved by the Kansas Grain Storage Commission on Friday.")
    assert ("Kansas", "PLACE") in found and ("Grain Storage Commission", "ORG") in found
    found = spans("The Idaho Water Licensing Department said it would rule in May.")
    assert ("Idaho", "PLACE") in found and ("Water Licensing Department", "ORG") in found


def test_a_states_body_keeps_its_state_in_its_key() -> None:
    found = keys("The Kansas Grain Storage Commission ruled on Friday. The Commission said it would appeal.")
    assert found["Grain Storage Commission"] == "kansas grain storage commission"
    assert found["Commission"] == "kansas grain storage commission"
    found = keys("Rockets were sold to the Uruguay Army. The Army said so, and the Tarvanian Army did not.")
    assert found["Army"] == "uruguay army"


def test_bodies_named_whole_after_their_place_stay_one_name() -> None:
    # (guards: an agency or authority, a court, a company, a state's district bank)
    found = [t for t, _ in spans("The Malawi Seed Agency said prices rose, and the Idaho Supreme Court ruled.")]
    assert "Malawi Seed Agency" in found and "Idaho Supreme Court" in found
    found = [t for t, _ in spans("The Kansas Grain Storage Co said sales rose, its chairman told reporters.")]
    assert "Kansas Grain Storage Co" in found
    found = [t for t, _ in spans("Officials of the Ohio Federal Reserve said rates were steady on Monday.")]
    assert "Ohio Federal Reserve" in found


# --- a body's lower-case head after everyday words: one name -----------------------------------

def test_a_lowercase_head_after_everyday_words_is_part_of_the_name() -> None:
    found = spans("The Grain Export board said shipments rose in March, officials said.")
    assert ("Grain Export board", "ORG") in found
    found = spans("An aide to the Senate Fisheries subcommittee said the bill would pass.")
    assert ("Senate Fisheries subcommittee", "ORG") in found


def test_a_lowercase_head_after_two_fields_joined_by_and() -> None:
    found = spans("The Rules and Tariffs committee, which has jurisdiction, will meet on Monday.")
    assert ("Rules and Tariffs committee", "ORG") in found


def test_a_country_before_a_lowercase_heads_body_is_a_mention_of_its_own() -> None:
    found = spans("Officials at the UK Heritage department said the sales were legal.")
    assert ("UK", "PLACE") in found and ("Heritage department", "ORG") in found


def test_a_name_that_means_something_alone_keeps_the_head_outside() -> None:
    # (guards: the words written without the head elsewhere, a legislature's own subcommittee,
    # a name that is no everyday word)
    found = [t for t, _ in spans("The Tarvel Motors board met on Monday. Tarvel Motors said sales rose.")]
    assert "Tarvel Motors board" not in found and "Tarvel Motors" in found
    found = [t for t, _ in spans("Grain Export said prices rose. The Grain Export board met on Monday.")]
    assert "Grain Export board" not in found
    found = [t for t, _ in spans("A House subcommittee approved the bill on Tuesday, aides said.")]
    assert "House" in found and "House subcommittee" not in found
    found = [t for t, _ in spans("The Quorvane board approved the offer, the company said.")]
    assert "Quorvane board" not in found


# --- a compass's adjective in lower case before a country or region: one place -------------------

def test_a_compass_adjective_before_a_country_is_part_of_the_place() -> None:
    found = spans("Floods in northern Mali and southeastern Bolivia forced thousands from their homes.")
    assert ("northern Mali", "PLACE") in found and ("southeastern Bolivia", "PLACE") in found


def test_a_compass_adjective_before_a_us_state_is_part_of_the_place() -> None:
    found = spans("The company drills wells in northwest Kansas, it said on Monday.")
    assert ("northwest Kansas", "PLACE") in found


def test_a_compass_word_before_a_city_or_a_code_stays_outside() -> None:
    # (guards: a town's part, a country's code, a capitalised compass word, "north" alone)
    found = [t for t, _ in spans("He lives in northern Lyon and works in the western US, aides said.")]
    assert "Lyon" in found and "US" in found
    found = [t for t, _ in spans("Rain fell in north Mali on Sunday, officials said.")]
    assert "Mali" in found and "north Mali" not in found


# --- a point of the compass or its dotted initial before a country, opening a line ---------------

def test_a_dotted_compass_initial_before_a_country_in_a_headline_is_one_place() -> None:
    found = spans("N. YEMEN BUYS MORE WHEAT FROM TARVEL\n\nYemen bought wheat, traders said.")
    assert ("N. YEMEN", "PLACE") in found
    found = spans("DEALERS SEE W. GERMANY CUTTING RATES\n\nRates may fall, dealers said.")
    assert ("W. GERMANY", "PLACE") in found


def test_a_compass_word_opening_a_sentence_before_a_country_is_one_place() -> None:
    found = spans("Exports rose in March. West Germany bought more grain, traders said.")
    assert ("West Germany", "PLACE") in found
    found = spans("Talks ended.\n\nSouth Vietnam was not invited, officials said.")
    assert ("South Vietnam", "PLACE") in found


def test_a_dotted_compass_initial_before_no_place_in_a_headline_is_no_name() -> None:
    # (guards: a nation's adjective, a firm's initials, a compass word alone)
    found = [t for t, _ in spans("S. AFRICAN GOLD OUTPUT RISES\n\nOutput rose in March, the chamber said.")]
    assert not any(t.startswith("S.") for t in found)
    found = [t for t, _ in spans("Prices fell. North said the talks would go on, officials said.")]
    assert "North" not in found


# --- a surname (a rarer word) before "for", "on", or "of" and a country or acronym ---------------

def test_a_surname_before_on_or_for_is_no_names_head() -> None:
    found = [t for t, _ in spans("Zemeckis worked with Whitaker on Tarn Hollow and Quell Ridge, it said.")]
    assert "Whitaker" in found and "Whitaker on Tarn Hollow" not in found
    found = [t for t, _ in spans("Replacements: Pritchard for Lockhart (77), Ames for Vole (71).")]
    assert "Pritchard for Lockhart" not in found


def test_a_surname_before_of_and_an_acronym_or_a_country_is_no_names_head() -> None:
    found = [t for t, _ in spans("Costs rose, said Lockhart.\n\nLockhart of QMB, the audit office, said so too.")]
    assert "Lockhart" in found and "QMB" in found and "Lockhart of QMB" not in found
    found = [t for t, _ in spans("Shares rose.\n\nT.R. Whitaker of Norway said it would buy the unit from Whitaker.")]
    assert "Norway" in found and "T.R. Whitaker of Norway" not in found


def test_an_everyday_head_before_of_or_for_stays_one_name() -> None:
    # (guards: an everyday word heads the name; "of" and no country or acronym after a rarer one)
    found = [t for t, _ in spans("He spoke to the Campaign for Tarvel Reform on Monday, aides said.")]
    assert "Campaign for Tarvel Reform" in found
    found = [t for t, _ in spans("The deal was approved by the Comptroller of the Currency on Monday.")]
    assert "Comptroller of the Currency" in found


# --- a company's name written whole in angle brackets: one name ----------------------------------

def test_a_name_in_angle_brackets_is_one_company() -> None:
    found = spans("<ROYAL BANK OF VARNIA> 1ST QTR NET\n\nShr 88 cts vs 1.22 dlrs")
    assert ("ROYAL BANK OF VARNIA", "ORG") in found
    found = spans("Shares of <Tarvel Smelting and Refining Co> rose, and <Quorn Equity (Pacific) Ltd> fell.")
    assert ("Tarvel Smelting and Refining Co", "ORG") in found and ("Quorn Equity (Pacific) Ltd", "ORG") in found


def test_an_angle_brackets_article_and_possessive_stay_outside() -> None:
    found = [t for t, _ in spans("Shares of <The Daily Varnian PLC> rose, as did <Tarvel Holdings Ltd's> unit.")]
    assert "Daily Varnian PLC" in found and "Tarvel Holdings Ltd" in found


def test_tickers_and_dashed_pairs_in_angle_brackets_are_no_one_name() -> None:
    # (guards: a ticker and its exchange, two names a dash divides)
    found = [t for t, _ in spans("Tarvel Motors <TRVL ST> rose, traders said, and Quorn fell.")]
    assert "TRVL ST" not in found
    found = [t for t, _ in spans("It converts into shares of <QIR SpA - Quorvane Industriali Riunite> at par.")]
    assert "QIR SpA - Quorvane Industriali Riunite" not in found


# --- a firm named after its partners, listed with commas: one name -------------------------------

def test_partners_listed_with_commas_before_a_suffix_are_one_firm() -> None:
    found = spans("The notes were sold through Quarvel, Lindop and Tessaly Securities Corp on Monday.")
    assert ("Quarvel, Lindop and Tessaly Securities Corp", "ORG") in found
    found = spans("Analysts at Quarvel, Lindop, Tessaly Inc. said the deal was fair.")
    assert ("Quarvel, Lindop, Tessaly Inc", "ORG") in found
    found = spans("The group is led by Varnholt, Tessaly Capital Co L.P., a venture firm.")
    assert ("Varnholt, Tessaly Capital Co L.P.", "ORG") in found


def test_a_list_of_firms_or_places_with_commas_stays_apart() -> None:
    # (guards: a list's later firms, a sentence's adverb, a firm written alone elsewhere, a country)
    found = [t for t, _ in spans("Buyers were Tarvel Inc, Quorvane Grain Co and Lindop Corp, traders said.")]
    assert "Tarvel Inc" in found and "Quorvane Grain Co" in found
    found = [t for t, _ in spans("Meanwhile, Tarvel Motor Co said sales rose in March.")]
    assert not any(t.startswith("Meanwhile") for t in found)
    found = [t for t, _ in spans("Bids came from Quarvel, Tessaly Oil Co and others. Quarvel said it bid low.")]
    assert "Quarvel, Tessaly Oil Co" not in found
    found = [t for t, _ in spans("It sold its plant in Varno, Italy and Quorvane Seed Co to a rival.")]
    assert "Varno, Italy and Quorvane Seed Co" not in found


# --- an everyday word capitalised inside a sentence, "the" and capitalised words: a title ---------

def test_an_everyday_word_the_and_capitalised_words_is_one_title() -> None:
    found = spans("The comedy sequel Meet the Quorvanes, in which he stars, topped the charts.")
    assert ("Meet the Quorvanes", "OTHER") in found
    found = spans("Pensioners and Stop the Tarnway campaigners marched on Saturday, police said.")
    assert ("Stop the Tarnway", "OTHER") in found


def test_a_title_opened_by_a_word_the_article_writes_elsewhere_as_a_title_too() -> None:
    found = spans("Film comedy Meet The Quorvanes, sequel to Meet The Tarnleys, has topped the charts, "
                  "while Meet the Quorvanes also led abroad.")
    assert ("Meet the Quorvanes", "OTHER") in found


def test_a_day_a_place_or_a_name_before_the_is_no_title() -> None:
    # (guards: a day's name, a place after "the", a word the article writes alone elsewhere)
    found = [t for t, _ in spans("Trading opened on Monday the Quorvane group said, dealers reported.")]
    assert "Monday the Quorvane" not in found
    found = [t for t, _ in spans("Tourists who Visit the Netherlands spend more, the survey said.")]
    assert "Netherlands" in found and "Visit the Netherlands" not in found
    found = [t for t, _ in spans("Shares in Tarvel Trust fell. Analysts told Trust the Quorvane bid was low.")]
    assert "Trust the Quorvane" not in found


# --- a headline's place opening a name the body writes whole: one name ---------------------------

def test_a_headlines_place_opening_a_name_the_body_writes_is_one_name() -> None:
    found = [t for t, _ in spans("VARNIA DAILY SAYS VERMIN EAT GRAIN\n\nVermin eat 12 pct of Varnia's grain, "
                                 "the Varnia Daily said.")]
    assert "VARNIA DAILY" in found
    found = [t for t, _ in spans("VILNIUS TARVEL FUND BUYS STAKE\n\nThe Vilnius Tarvel Fund bought a stake on "
                                 "Friday, officials in Vilnius said.")]
    assert "VILNIUS TARVEL FUND" in found


def test_a_headlines_place_before_a_word_the_body_writes_after_it_stays_apart() -> None:
    # (guards: a country's code, a nation's adjective after the place; a place the body writes alone)
    found = [t for t, _ in spans("U.K. GRAIN EXPORTS RISE\n\nU.K. Grain exports rose in March, traders said.")]
    assert "U.K. GRAIN" not in found
    found = [t for t, _ in spans("GULF ARAB STATES MEET\n\nGulf Arab states met on Monday, officials said.")]
    assert "GULF ARAB" not in found
    found = [t for t, _ in spans("JAPAN TRADE SURPLUS RISES\n\nJapan's trade surplus rose, the ministry said.")]
    assert "JAPAN" in found and "JAPAN TRADE" not in found


# --- "TV" between a name and a lower-case noun: no part of the name ------------------------------

def test_tv_before_a_broadcast_noun_is_no_part_of_the_name() -> None:
    found = [t for t, _ in spans("Fans can buy the video from the Varnex TV network's site, it said.")]
    assert "Varnex" in found and "Varnex TV" not in found
    found = [t for t, _ in spans("The BBC denies a Tarn Hollow TV comeback, a spokesman said.")]
    assert "Tarn Hollow" in found and "Tarn Hollow TV" not in found
    found = [t for t, _ in spans("He was fined by the QRT TV network on Monday.")]
    assert "QRT" in found and "QRT TV" not in found


def test_a_channel_named_with_tv_keeps_it() -> None:
    # (guards: "and" or a verb after "TV": the channel's own name)
    found = [t for t, _ in spans("Interviews came from Quell TV and one local station, it said.")]
    assert "Quell TV" in found
    found = [t for t, _ in spans("Tarvania Central TV will use the reports, the network said.")]
    assert "Tarvania Central TV" in found
