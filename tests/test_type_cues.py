"""Types from what the words around an unknown name say it is: a common noun before it or
an apposition after it, company words at either end, a place's region, an organisation
named after a place. The names are made up: nothing here is in the lexicon's lists.

These are the rules' cues, so the rules alone extract here: where they find no evidence,
the learned type model may still guess (tests/test_type_model.py)."""
from __future__ import annotations

import pytest
from test_country_forms import resolve

from corpus_tui.index.extraction import ExtractedMention, RuleExtractor

_RULES = RuleExtractor(learned_types=False)


def extract(text: str) -> list[ExtractedMention]:
    return _RULES.extract(text)


def typed(text: str, surface: str) -> str:
    return next(m.type for m in extract(text) if m.text == surface)


@pytest.mark.parametrize("text, surface, expected", [
    ("Profits fell at oil giant Zorvex last year.", "Zorvex", "ORG"),
    ("The deal was approved by state-owned Brannock Vellisar on Monday.", "Brannock Vellisar", "ORG"),
    ("Shares rose after Lisbon-based Quorvane said sales grew.", "Quorvane", "ORG"),
    ("The chart is led by indie band Paper Lanterns this week.", "Paper Lanterns", "ORG"),
    ("Growth will slow, Quillmark, the accountancy firm, said on Monday.", "Quillmark", "ORG"),
    ("Orvanto, a unit of a larger group, cut 200 jobs.", "Orvanto", "ORG"),
    ("The trial of the head of the country's biggest bank, Varrow Delmonte, began.", "Varrow Delmonte", "ORG"),
    ("A poll conducted by Brightwater magazine said most voters agreed.", "Brightwater", "ORG"),
    ("The single was released by R&B star Velmiro in March.", "Velmiro", "PERSON"),
    ("Prices will rise, said communications director Tavo Quenning on Friday.", "Tavo Quenning", "PERSON"),
    ("\"It is early days,\" said Ruskel Danth, an analyst at a Tokyo broker.", "Ruskel Danth", "PERSON"),
    ("The books were passed by auditors Arthur Quennell.", "Arthur Quennell", "ORG"),
    ("Sales rose at housebuilder George Varnley last year.", "George Varnley", "ORG"),
    ("Rates will fall, said Dean Quellham equity strategist Ann Tessel.", "Dean Quellham", "ORG"),
    ("Dean Quellham analysts said rates would fall.", "Dean Quellham", "ORG"),
    ("Its creditors own 99% of Varn Quell, a card issuer.", "Varn Quell", "ORG"),
    ("Farmers worry about the future ownership of Tessel Varn.", "Tessel Varn", "ORG"),
    ("Police searched the Quorvane headquarters on Monday.", "Quorvane", "ORG"),
    ("He hopes for the Varnsiders captaincy this summer.", "Varnsiders", "ORG"),
    ("Rates will fall, Dean Quellham said on Monday.", "Dean Quellham", "PERSON"),
    ("Shares in Zorvex and Quillan Bexa fell on Monday.", "Quillan Bexa", "ORG"),
    ("\"It is early,\" said Ann Tessel at Varnby Stockbrokers.", "Varnby Stockbrokers", "ORG"),
    ("The Brass Quarry singer told reporters he was tired.", "Brass Quarry", "ORG"),
    ("Lawyers for former Zorvexa chief Tomas Varga spoke first.", "Zorvexa", "ORG"),
    ("He met Paper Lanterns frontman Tomas Varga there.", "Paper Lanterns", "ORG"),
    ("The bond is priced at 100.5 pct, lead manager Dean Quellham said.", "Dean Quellham", "ORG"),
    ("The notes were sold by co-lead manager Varrow Delmonte on Monday.", "Varrow Delmonte", "ORG"),
    ("Sales fell at Varnco's Allen-Tessby unit, analysts said.", "Allen-Tessby", "ORG"),
    ("The comments, said Ann Quist of Morgan Quellham bank in Tokyo, were weak.", "Morgan Quellham", "ORG"),
    ("The remarks were reported by the official Varnish daily Tesselo Matin.", "Tesselo Matin", "ORG"),
    ("The Ostley daily Varnbyer Allgemeine said the order totalled 100 mln marks.", "Varnbyer Allgemeine", "ORG"),
])
def test_an_unknown_name_is_typed_by_the_noun_that_introduces_it(text: str, surface: str, expected: str) -> None:
    assert typed(text, surface) == expected


@pytest.mark.parametrize("text, surface, expected", [
    ("The awards went well: Velmor Quay were the big winners on Monday.", "Velmor Quay", "ORG"),
    ("It was a tight game. But Varnby have won three matches in a row since.", "Varnby", "ORG"),
    ("Its shares fell after its US rival Zorvex cut prices.", "Zorvex", "ORG"),
    ("The market is led by firms such as Quorvane, which sells phones.", "Quorvane", "ORG"),
    ("Microsoft is trailing behind competitors like Zorvexa and Quist.", "Zorvexa", "ORG"),
    # the verb is another's: a list's, a participle's, a preposition's object, a person's
    ("People already using Zorvex Phone have found it fast.", "Zorvex Phone", "OTHER"),
    ("The upper reaches of the Quellan are known as the river of sand.", "Quellan", "OTHER"),
    ("Flanker Jo Vell and prop Tam Orrin have been injured.", "Tam Orrin", "PERSON"),
])
def test_a_plural_verb_a_rival_or_a_kind_listed_makes_an_organisation(text: str, surface: str,
                                                                     expected: str) -> None:
    # British English gives a band, a club or a firm the verb in the plural ("X were").
    assert typed(text, surface) == expected


@pytest.mark.parametrize("text, surface", [
    ("Quotron signed a pact with Tom Varnell <TVL> on Monday.", "Tom Varnell"),
    ("Shares in the group fell, and Ann Quorley, which owns three mills, said nothing.", "Ann Quorley"),
    ("It was the first time a 50% Ruth Vexley-owned unit had failed.", "Ruth Vexley"),
    ("The Paris daily was sold to the firms Jon Quist and Young Vellar.", "Jon Quist"),
    ("A spokesman for the parent company of Varnell Quistoby said so.", "Varnell Quistoby"),
    ("Shares of Tom Varnell rose after a spokesman for Ann Quist spoke.", "Tom Varnell"),
])
def test_what_only_a_company_has_types_a_name_shaped_like_a_persons(text: str, surface: str) -> None:
    assert typed(text, surface) == "ORG"


@pytest.mark.parametrize("surface", ["Dravick Energy", "Morlan Bancorp", "Tessaly Securities", "Banco Ordonia",
                                     "Vellar Industrie", "Gruppo Vellani", "Quarrow Capital", "Tessaly Asset Advisors",
                                     "Brenlow Entertainment", "Varnske Presse"])
def test_company_words_at_either_end_make_an_organisation(surface: str) -> None:
    assert typed(f"The board of {surface} met on Tuesday to discuss the offer.", surface) == "ORG"


def test_a_noun_after_a_name_that_modifies_another_name_does_not_type_it() -> None:
    # "Harbourtown consultancy Quillmark": the first name is a modifier, the second the firm.
    mentions = {m.text: m.type for m in extract("Growth will slow, Harbourtown consultancy Quillmark has warned.")}
    assert mentions["Quillmark"] == "ORG"
    assert mentions.get("Harbourtown") != "ORG"


def test_a_region_after_a_town_and_a_comma_is_a_place() -> None:
    assert typed("The line will run as far as Leeds, Grelshire, to the north.", "Grelshire") == "PLACE"


def test_what_only_an_organisation_has_makes_a_town_name_an_organisation() -> None:
    # A gazetteer town's name used for a company: its shareholders are the company's.
    assert typed("Two Bristol shareholders filed a complaint against the board.", "Bristol") == "ORG"
    # The market of a city is not an organisation.
    assert typed("Bristol shares rose in early trading.", "Bristol") == "PLACE"


def test_the_cluster_vote_carries_the_introduced_type_to_bare_mentions() -> None:
    entities, by_surface = resolve(["Profits fell at oil giant Zorvex last year.",
                                    "Zorvex said it would cut costs.", "Zorvex declined to comment."])
    assert next(e for e in entities if e.id == by_surface["Zorvex"]).type == "ORG"


@pytest.mark.parametrize("text, expected", [
    ("It bought the unit from Brenlow & Carrick Plc last year.", [("Brenlow & Carrick Plc", "ORG")]),
    ("Wexley & Dunmore said sales rose.", [("Wexley & Dunmore", "ORG")]),
])
def test_an_ampersand_joins_one_company_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.type) for m in extract(text)] == expected


@pytest.mark.parametrize("text", ["Exports during Jan/Feb 1987 rose.", "He will speak at 1700 EDT today.",
                                  "It will be decided in the Spring, officials said."])
def test_months_time_zones_and_seasons_are_not_names(text: str) -> None:
    assert extract(text) == []


@pytest.mark.parametrize("text, name", [
    ("The talks went on.\n\nFinance Ministry sources said a majority agreed.", "Finance Ministry"),
    ("Rates rose.\n\nCentral Bank sources said the rise was over.", "Central Bank"),
])
def test_an_organisation_of_common_words_at_a_sentence_start_is_a_name(text: str, name: str) -> None:
    assert [(m.text, m.type) for m in extract(text)] == [(name, "ORG")]


@pytest.mark.parametrize("text, expected", [
    ("Ratings agency Q&V cut the rating on Monday.", [("Q&V", "ORG")]),
    ("The firm spent more on R&D and M&A this year.", []),
])
def test_an_ampersand_acronym_is_one_word(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.type) for m in extract(text)] == expected


@pytest.mark.parametrize("text, surface", [
    ("It was sold to Brenlow Plc. The deal closed in May.", "Brenlow Plc"),
    ("It was sold to Brenlow Ltd. The deal closed in May.", "Brenlow Ltd"),
    ("It was sold to Brenlow Ltd.\n\nThe deal closed in May.", "Brenlow Ltd"),
    ("It was sold to Brenlow Ltd.\nwhich closed the deal in May.", "Brenlow Ltd."),
    ("Brenlow Plc. said the deal closed.", "Brenlow Plc."),
])
def test_a_company_abbreviation_keeps_its_own_full_stop_not_the_sentences(text: str, surface: str) -> None:
    assert [m.text for m in extract(text)] == [surface]


def test_a_town_alone_is_the_organisation_the_article_names_after_it() -> None:
    text = ("Hazleton Quarrying Ltd said profits rose. Hazleton said it would pay a dividend, "
            "and two Hazleton shareholders objected.")
    assert [(m.text, m.type) for m in extract(text)] == [
        ("Hazleton Quarrying Ltd", "ORG"), ("Hazleton", "ORG"), ("Hazleton", "ORG")]


@pytest.mark.parametrize("text, town", [
    ("Hazleton Quarrying Ltd said profits rose at its plant in Hazleton, where Hazleton voters met.", "Hazleton"),
    ("Hazleton Quarrying Ltd said Hazleton's mayor objected.", "Hazleton"),
    ("Tokyo Cable Corp said demand in the region rose. Tokyo said the yen was stable.", "Tokyo"),
    ("Ashland Pipeline Co runs lines through Hazleton, Ashland and Wexford counties.", "Ashland"),
])
def test_a_town_stays_a_place_where_the_article_uses_it_as_one(text: str, town: str) -> None:
    assert {m.type for m in extract(text) if m.text == town} == {"PLACE"}


def test_a_frequent_given_name_before_a_town_named_surname_is_a_person() -> None:
    # "John" is too frequent an English word to count as a name at a sentence start, and
    # "Kennedy" is a town: mid-sentence the pair is still a person, not a firm named after it.
    assert [(m.text, m.type) for m in extract("The report was welcomed by John Kennedy on Monday.")] == [
        ("John Kennedy", "PERSON")]


@pytest.mark.parametrize("text, surface", [
    ("Voters turned to the Tories after Labour lost the vote.", "Tories"),
    ("Voters turned to the Tories after Labour lost the vote.", "Labour"),
    ("The Lib Dems said the Christian Democrats had won.", "Lib Dems"),
    ("The Lib Dems said the Christian Democrats had won.", "Christian Democrats"),
    ("Critics of New Labour disagreed.", "New Labour"),
])
def test_a_party_named_as_a_noun_is_an_organisation(text: str, surface: str) -> None:
    assert typed(text, surface) == "ORG"


@pytest.mark.parametrize("surface", ["Vordenbank", "Quilbank", "Merricorp"])
def test_one_word_ending_on_bank_or_corp_is_an_organisation(surface: str) -> None:
    assert typed(f"Analysts said {surface} would cut its rates.", surface) == "ORG"


def test_a_surname_ending_on_bank_after_an_english_word_is_no_organisation() -> None:
    assert typed("Analysts said Fairbank would cut its rates.", "Fairbank") != "ORG"


@pytest.mark.parametrize("surface", ["House", "Commons", "Lords"])
def test_a_chamber_named_alone_is_an_organisation(surface: str) -> None:
    assert typed(f"The bill was passed by the {surface} on Monday.", surface) == "ORG"


def test_general_before_a_word_never_written_without_it_starts_a_company_name() -> None:
    names = {m.text: m.type for m in extract("Sales at General Appliances fell, and General Appliances cut jobs.")}
    assert "General Appliances" in names and "Appliances" not in names
    # ...while a general named once with the title and once alone is a person after a title.
    names = {m.text: m.type for m in extract("General Brock met the envoy. Brock said the talks went well.")}
    assert "General Brock" not in names and names.get("Brock") == "PERSON"


@pytest.mark.parametrize("name", ["Bank of Ordonia", "Ministry of Tessaly Affairs", "Office for Vellan Statistics"])
def test_an_organisation_named_with_of_or_for_may_start_a_sentence(name: str) -> None:
    assert typed(f"{name} said on Monday that rates would rise.", name) == "ORG"


def test_a_club_is_named_by_its_staff_after_it_and_a_singers_manager_is_not() -> None:
    names = {m.text: m.type for m in extract("He said Dunmore boss Jose Varga praised Keldwick striker Tom Abbe.")}
    assert names["Dunmore"] == "ORG" and names["Keldwick"] == "ORG"
    names = {m.text: m.type for m in extract("He said Vanbrook's manager Tom Parrick agreed.")}
    assert names.get("Vanbrook") != "ORG"


def test_a_two_letter_word_in_capitals_is_no_acronym() -> None:
    assert [m.text for m in extract("Firms raised IT spending this year.")] == []
    assert [m.text for m in extract("Shares of IT Quorvane Corp rose.")] == ["IT Quorvane Corp"]


def test_the_credit_of_a_picture_is_an_organisation() -> None:
    text = "The leaders met, in this photo released by the agency. Vellen via Zorbet\nThe talks went on."
    assert typed(text, "Zorbet") == "ORG"
    assert typed("Trains run via Dorrington to the coast.", "Dorrington") != "ORG"


@pytest.mark.parametrize("text, surface, expected", [
    ("Prices rose 0.5%, said Quorvane economist Ann Tessel on Monday.", "Quorvane", "ORG"),
    ("A Brannock spokeswoman declined to comment on the report.", "Brannock", "ORG"),
    ("Velmora officials said the talks would resume.", "Velmora", "ORG"),
    ("In addition, Orvanto Dynamics <ORV> said it will sell a series of chips.", "Orvanto Dynamics", "ORG"),
    ("Treasury Secretary James Vellard met bankers. Vellard officials said no deal was near.", "Vellard", "PERSON"),
])
def test_an_organisation_is_typed_by_its_staff_or_its_ticker(text: str, surface: str, expected: str) -> None:
    # (the last mention: "Vellard officials", where the person is named already)
    assert [m.type for m in extract(text) if m.text == surface][-1] == expected


@pytest.mark.parametrize("surface", ["Varnel Q380", "Tesso Vanta M3", "Orvel Kinto SV"])
def test_a_name_ending_on_a_model_code_is_no_person(surface: str) -> None:
    assert typed(f"Buyers queued for the new {surface} on Monday.", surface) != "PERSON"


@pytest.mark.parametrize("surface", ["River Varne", "Mount Tessaly", "Isle of Quorn", "Port Velmar"])
def test_a_place_kind_before_its_name_makes_a_place(surface: str) -> None:
    assert typed(f"Floods reached the {surface} on Monday.", surface) == "PLACE"


@pytest.mark.parametrize("surface, expected", [
    ("Stevie Brandish", "PERSON"), ("Tessa Keys", "PERSON"), ("Tessa Wonder", "PERSON"),
    ("Orvel Prize", "OTHER"), ("Marlon Hotel", "OTHER"),
    # a given name a little more frequent as a word ("Gordon", "Sean") still is one
    ("Gordon Wonder", "PERSON"), ("Sean Keys", "PERSON"), ("Crystal Display", "OTHER"), ("Candy Shop", "OTHER"),
])
def test_after_a_first_name_that_is_no_word_an_everyday_word_is_a_surname(surface: str, expected: str) -> None:
    assert typed(f"The crowd cheered when {surface} arrived on Monday.", surface) == expected


@pytest.mark.parametrize("name", ["Harrow Associates", "Lindqvist Broadband", "Osterby Retail", "Kellan Ventures",
                                  "Dunmore Semiconductor", "Vasco Financial", "Arden Pharmaceutical"])
def test_a_name_a_company_word_ends_is_an_organisation(name: str) -> None:
    assert [(m.text, m.type) for m in extract(f"Talks with {name} ended on Monday.")] == [(name, "ORG")]


def test_a_side_in_a_result_is_an_organisation() -> None:
    text = ("Harbridge Rovers 31-37 Vantro\n\nVantro held on, and Harbridge Rovers thanked their fans for "
            "their 3-0 Ostley Cup run.\n")
    types = {m.text: m.type for m in extract(text)}
    assert types["Harbridge Rovers"] == "ORG" and types["Vantro"] == "ORG"
    assert types.get("Ostley Cup") != "ORG"


def test_a_region_named_by_where_it_lies_is_a_place() -> None:
    text = "Sales to the Middle East, the Far East and the North East rose.\n"
    assert [(m.text, m.type) for m in extract(text)] == [
        ("Middle East", "PLACE"), ("Far East", "PLACE"), ("North East", "PLACE")]


def test_a_small_towns_name_introduced_as_a_company_is_the_company() -> None:
    # "Honda" and "Toyota" are towns too; a big city before "spokesman" stays a place.
    text = "Car-maker Toyota said its robot runs, a Toyota spokesman said. The Leeds band played.\n"
    types = [(m.text, m.type) for m in extract(text)]
    assert types == [("Toyota", "ORG"), ("Toyota", "ORG"), ("Leeds", "PLACE")]


def test_a_given_name_and_an_everyday_surname_among_people_listed_is_a_person() -> None:
    text = "The side is without Tomas Varga, Will Oakes, Ferko Lind and Richard Hill, the coach said.\n"
    assert {(m.text, m.type) for m in extract(text)} == {
        ("Tomas Varga", "PERSON"), ("Will Oakes", "PERSON"), ("Ferko Lind", "PERSON"), ("Richard Hill", "PERSON")}


def test_a_name_shaped_like_a_persons_introduced_as_a_company_is_the_company() -> None:
    text = "Shares in the retailer Tomas Varga rose, while producer Ann Oakes and film-maker Ferko Lind spoke.\n"
    assert [(m.text, m.type) for m in extract(text)] == [
        ("Tomas Varga", "ORG"), ("Ann Oakes", "PERSON"), ("Ferko Lind", "PERSON")]


@pytest.mark.parametrize("name", ["Dunmore Motor", "Vantro Universal", "Harlow Global", "Quarrow Air Lines",
                                  "Tessel Films", "Varnby United", "Quell Rovers", "Tessel Harriers",
                                  "Varnby Central Railroad"])
def test_more_words_end_only_companies_names(name: str) -> None:
    assert [(m.text, m.type) for m in extract(f"Talks with {name} ended on Monday.")] == [(name, "ORG")]


def test_a_firm_named_like_a_person_is_its_surname_alone_too() -> None:
    mentions = extract("The accounts were signed off by auditors Arthur Quennell. Quennell said it erred.")
    assert [(m.text, m.type) for m in mentions] == [("Arthur Quennell", "ORG"), ("Quennell", "ORG")]
    assert mentions[0].key == mentions[1].key


def test_a_one_word_name_that_acts_and_is_then_it_is_an_organisation_and_he_a_person() -> None:
    mentions = {m.text: m.type for m in extract(
        "Shares rose on Monday. Zorvexa said it expects sales to grow. Quenning said he would resign.")}
    assert mentions == {"Zorvexa": "ORG", "Quenning": "PERSON"}


def test_evidence_for_a_type_outvotes_any_number_of_guesses_from_a_names_shape() -> None:
    mentions = extract("Shares in Zorvex and Quillan Bexa fell. Quillan Bexa said sales slowed. "
                       "Quillan Bexa will report on Monday.")
    assert {m.type for m in mentions if m.text == "Quillan Bexa"} == {"ORG"}


def test_a_company_named_like_a_small_town_is_the_company_wherever_the_article_says_so_once() -> None:
    # (Honda and Tacoma are small towns of the gazetteer; the cue comes once, the town's
    # name many times.)
    text = ("The carmaker Honda cut prices. Honda said sales fell. Honda also agreed to a fine. "
            "Tacoma officials said the plant in Tacoma would close. Tacoma lost 200 jobs.")
    types = {(m.text, m.type) for m in extract(text)}
    assert types == {("Honda", "ORG"), ("Tacoma", "PLACE")}


def test_a_name_in_angle_brackets_is_a_company_and_a_ticker_with_its_exchange_no_name() -> None:
    text = "The sale of arms maker <Tomas Varga> is due, said Quell AB <QUEL ST>. Tomas Varga made a profit."
    assert [(m.text, m.type) for m in extract(text)] == [
        ("Tomas Varga", "ORG"), ("Quell AB", "ORG"), ("Tomas Varga", "ORG")]


@pytest.mark.parametrize("name", ["Varnby Marathon", "Lisa Varnby Marathon", "Summer Olympics", "Varnby Open"])
def test_an_event_named_after_a_place_or_a_sponsor_is_neither(name: str) -> None:
    assert [(m.text, m.type) for m in extract(f"She won the {name} in April.")] == [(name, "OTHER")]


@pytest.mark.parametrize("text, surface, expected", [
    ("Talks ended. Dravo Quell said it had agreed to the terms.", "Dravo Quell", "ORG"),
    ("Talks ended. Zorvexa says its sales will grow.", "Zorvexa", "ORG"),
    ("Talks ended. Dravo Quell said it was unfair.", "Dravo Quell", "PERSON"),  # its shape: anyone says that
    ("Talks ended. Tessaly said she would run again.", "Tessaly", "PERSON"),
    ("Talks ended. The Quillton says he was wrong.", "Quillton", "OTHER"),  # a paper's "he" is another's
    ("The Varnby wing insisted he had scored.", "Varnby", "ORG"),
    ("He joins fellow Quellhaven defender Ann Oakes.", "Quellhaven", "ORG"),
])
def test_a_firm_is_it_a_person_he_or_she_and_a_club_has_players(text: str, surface: str, expected: str) -> None:
    assert typed(text, surface) == expected


def test_a_firm_named_after_its_founder_is_the_firm_where_the_article_shows_it_twice() -> None:
    mentions = extract("Ferko Lind opened a store in 1990. Lind shares fell and Lind's chairman quit. "
                       "Lind will report on Monday.")
    assert {(m.text, m.type) for m in mentions} == {("Ferko Lind", "ORG"), ("Lind", "ORG")}
    assert len({m.key for m in mentions}) == 1


def test_one_cue_for_a_firm_does_not_make_a_person_a_firm() -> None:
    # ("Byrds producer X" once: a record producer, though "oil producer X" is a firm)
    mentions = extract("Ferko Lind opened a store in 1990. Lind shares fell. Lind will speak on Monday.")
    assert ("Ferko Lind", "PERSON") in {(m.text, m.type) for m in mentions}


def test_a_companys_arm_named_in_brackets_is_one_name_and_its_short_form_the_company() -> None:
    text = ("The notes were placed by Quarrow Tessel (Europe) Ltd on Monday. Quarrow Tessel said it "
            "was pleased. Dravo Lind (Holdings) Ltd and Dravo Lind rose.")
    mentions = extract(text)
    assert [(m.text, m.type) for m in mentions] == [
        ("Quarrow Tessel (Europe) Ltd", "ORG"), ("Quarrow Tessel", "ORG"), ("Dravo Lind (Holdings) Ltd", "ORG"),
        ("Dravo Lind", "ORG")]
    assert mentions[0].key == mentions[1].key and mentions[2].key == mentions[3].key


def test_a_one_word_short_form_of_two_companies_is_a_company_though_which_is_unsaid() -> None:
    text = "Zorvexa Motor Corp and Zorvexa Steel Corp signed. Zorvexa will build a plant."
    assert ("Zorvexa", "ORG") in {(m.text, m.type) for m in extract(text)}


def test_a_firm_named_with_an_initial_is_its_surname_alone_too() -> None:
    text = "A bid for S and W Quennell Plc failed. We do not view Quennell as a stable owner."
    assert ("Quennell", "ORG") in {(m.text, m.type) for m in extract(text)}


@pytest.mark.parametrize("role", ["Defenders", "Solicitor", "Cinematographer", "Newcomer", "Pianist"])
def test_a_role_opening_a_sentence_before_a_given_name_is_no_part_of_the_name(role: str) -> None:
    text = f"The hearing went on. {role} Ferko Lindqvist said it was over. Ferko Lindqvist left."
    assert [m.text for m in extract(text)] == ["Ferko Lindqvist", "Ferko Lindqvist"]


def test_two_capitalised_words_written_together_twice_are_a_name_though_the_first_is_everyday() -> None:
    text = ("Snow Lanterns feted at awards\n\nSnow Lanterns were the big winners on Monday. It was a good "
            "year. Snow Lanterns' success came after a hit. At Varnby the crowd cheered. At Varnby it rained.")
    names = [m.text for m in extract(text)]
    assert names.count("Snow Lanterns") == 3
    assert "At Varnby" not in names   # a preposition's pair is no name


def test_the_lower_case_administration_of_a_name_is_a_persons_and_a_capital_one_a_bodys() -> None:
    text = "The Varga administration proposed a law. The Quell Administration objected."
    assert [(m.text, m.type) for m in extract(text)][0] == ("Varga", "PERSON")
    assert ("Quell Administration", "PERSON") not in {(m.text, m.type) for m in extract(text)}


@pytest.mark.parametrize("name", ["QBN One", "QBN Three", "QBN Sport", "Varnby Sports", "QBN TV"])
def test_a_broadcasters_channel_or_sports_desk_is_an_organisation(name: str) -> None:
    assert (name, "ORG") in {(m.text, m.type) for m in extract(f"The match was shown on {name} last night.")}


def test_a_countrys_television_or_a_set_is_no_broadcaster() -> None:
    assert all(m.type != "ORG" for m in extract("It was shown on Finnish TV and on an LCD TV."))


@pytest.mark.parametrize("name", ["Fed", "Varnby Fed", "Federal Torvale", "Quell Federal Reserve"])
def test_a_federal_body_and_the_fed_are_organisations(name: str) -> None:
    assert (name, "ORG") in {(m.text, m.type) for m in extract(f"Balances at the {name} rose on Monday.")}


def test_a_name_with_its_own_s_is_a_business_unless_a_condition_or_a_persons() -> None:
    mentions = extract("Ratings agency aside, Quellby's said profits rose. Shares in Quellby's fell. Varnby's "
                       "disease is rare, and Varnby's patients wait.")
    assert [(m.text, m.type) for m in mentions if m.text.startswith("Quellby")] == [("Quellby's", "ORG")] * 2
    assert all(m.type != "ORG" for m in mentions if m.text.startswith("Varnby"))


def test_a_name_paired_by_and_with_a_firm_is_one_unless_a_word_or_a_persons_name() -> None:
    mentions = extract("Aircraft maker Quarrex sued. Quarrex and Zolvant accuse each other. Zolvant declined. "
                       "Aircraft maker Quarrex and Transport were named, said Ann Torvik. Quarrex and Torvik met.")
    types = {(m.text, m.type) for m in mentions}
    assert ("Zolvant", "ORG") in types
    assert ("Transport", "ORG") not in types and ("Torvik", "ORG") not in types


@pytest.mark.parametrize("role", ["Rapper", "Comedian", "Singer"])
def test_a_role_opening_a_sentence_is_no_part_of_the_name_and_makes_it_a_person(role: str) -> None:
    assert [(m.text, m.type) for m in extract(f"The show went on. {role} Zarvok has cancelled his tour.")] \
        == [("Zarvok", "PERSON")]


def test_a_maker_of_things_named_like_a_person_is_a_firm_but_a_film_or_policy_maker_a_person() -> None:
    assert [(m.text, m.type) for m in extract("Pumps came from parts maker Ferko Quellby. Quellby has stopped.")] \
        == [("Ferko Quellby", "ORG"), ("Quellby", "ORG")]
    for maker in ("policy maker", "documentary-maker", "film maker"):
        assert [(m.text, m.type) for m in extract(f"The {maker} Ferko Quellby spoke.")] == [("Ferko Quellby", "PERSON")]


def test_a_name_ending_on_international_is_an_organisation_and_its_first_word_stands_for_it() -> None:
    text = ("Varnox back\nThe Varnox computer brand could return. Varnox International went bust in 1994, "
            "and Varnox fans mourned.\n")
    found = {(m.text, m.type, m.key) for m in extract(text)}
    assert ("Varnox International", "ORG", "varnox international") in found
    assert all(key == "varnox international" for text_, _type, key in found if text_ == "Varnox")


@pytest.mark.parametrize("text, surface", [
    ("MPs debated the Serious Varnby Crime and Police Bill on Monday.", "Serious Varnby Crime and Police Bill"),
    ("The Quellan Currency Unit fell against the dollar.", "Quellan Currency Unit"),
])
def test_a_law_or_a_currency_is_no_body_whatever_its_words(text: str, surface: str) -> None:
    assert typed(text, surface) == "OTHER"


@pytest.mark.parametrize("text, surface", [
    ("The singer's agent confirmed it. Varnowitz, 26, proposed in Paris.", "Varnowitz"),
    ("More than 14 million saw the soap. Quellan died after a row in the pub.", "Quellan"),
])
def test_an_age_or_a_death_after_a_name_makes_a_person(text: str, surface: str) -> None:
    assert typed(text, surface) == "PERSON"


def test_a_number_with_a_thousands_comma_is_no_age() -> None:
    assert typed("According to the Varnby Courier, 3,000 jobs will go.", "Varnby Courier") != "PERSON"


def test_a_name_that_sues_or_files_and_is_then_it_is_an_organisation() -> None:
    text = "Lawsuit\nZorvalat has sued 45 banks as it tries to reclaim money. Zorvalat was founded in 1961.\n"
    assert typed(text, "Zorvalat") == "ORG"


@pytest.mark.parametrize("name", ["Varnish War", "Varnby Cup", "Varnish Games", "Varnby Film Festival",
                                  "Varnby Academy Awards", "Varnby Prize", "Varnby Marathon"])
def test_an_event_or_a_prize_is_other_whoever_holds_it(name: str) -> None:
    # Not the body its first words may name ("Academy", "Varnby Film"): the event or prize itself.
    assert typed(f"Tickets for the {name} sold out, officials in Varnby said.", name) == "OTHER"


@pytest.mark.parametrize("text, surface", [
    ("She worked at the London offices of Harold Venner for years.", "Harold Venner"),
    ("Former employees of Dorian Maskell sued.", "Dorian Maskell"),
    # (after the name the board is evidence the cluster's vote weighs against a person's shape)
    ("The three Orrinco directors in question resigned.", "Orrinco"),
    ("Orrinco's directors approved the dividend.", "Orrinco"),
])
def test_a_firm_named_like_a_person_is_known_by_its_offices_staff_and_board(text: str, surface: str) -> None:
    assert typed(text, surface) == "ORG"


@pytest.mark.parametrize("text, surface", [
    ("The festival drew Varnby directors such as Ann Lee.", "Varnby"),
    ("The directors of Harold Venner won a prize for the film.", "Harold Venner"),
])
def test_film_makers_are_no_board(text: str, surface: str) -> None:
    assert typed(text, surface) != "ORG"


def test_a_markets_leader_or_analyst_may_be_a_firm() -> None:
    types = {m.text: m.type for m in extract("Quellmart trails market leader Varnbuy, said market analyst "
                                             "Tesselmonitor.\n")}
    assert types.get("Varnbuy") == "ORG" and types.get("Tesselmonitor") != "PERSON"


def test_new_before_an_unknown_word_makes_no_place() -> None:
    # the gazetteer has the places named "New ..."; a film studio or a band is not one
    types = {m.text: m.type for m in extract("The film is from New Quell Cinema, and New Varn played.\n")}
    assert types.get("New Quell Cinema") != "PLACE" and types.get("New Varn") != "PLACE"


def test_hyphened_words_are_a_korean_or_chinese_name_only_where_each_is_one_syllable() -> None:
    types = {m.text: m.type for m in extract("Officials said Pak Song-chol met Ri Yong-gwon. Sales at Quell-Mart and "
                                             "Tesso-Varla rose. The Bru-ray format won.\n")}
    assert types["Pak Song-chol"] == types["Ri Yong-gwon"] == "PERSON"
    assert types["Quell-Mart"] != "PERSON" and types["Tesso-Varla"] != "PERSON" and types["Bru-ray"] != "PERSON"


def test_a_given_name_before_a_double_barrelled_surname_is_a_person() -> None:
    types = {m.text: m.type for m in extract("The show was hosted by Janet Quell-Street.\n")}
    assert types == {"Janet Quell-Street": "PERSON"}


def test_a_treasurer_is_a_title_and_a_word_before_an_ampersand_a_firms() -> None:
    names = [(m.text, m.type) for m in extract("Treasurer Ann Varnley said so, and an analyst at DQ King & "
                                               "Associates agreed.\n")]
    assert names == [("Ann Varnley", "PERSON"), ("DQ King & Associates", "ORG")]


def test_months_and_figures_not_available_in_a_table_are_no_names() -> None:
    text = ("QUELL GASOIL CALL\n\nApr 148.00 148.25 38 May 146.75 147.00 8 Jul --- 145.50 --- Aug --- 146.00 ---\n\n"
            "Revs 20.8 mln vs NA\n\nVarn Savings Bank NA said it rose.\n")
    names = [m.text for m in extract(text)]
    assert not {"Apr", "May", "Jul", "Aug", "NA"} & set(names)
    assert "Varn Savings Bank NA" in names or "Varn Savings Bank" in names


def test_a_name_capitalised_within_after_i_or_e_is_a_name() -> None:
    types = {m.text: m.type for m in extract("Quellco sold more iZorbs through its iVarn store than eQuell did.\n")}
    assert types["iZorbs"] == types["iVarn"] == "OTHER"   # a maker's products and services
    assert "eQuell" in types


def test_a_partys_name_written_as_an_adjective_is_no_mention_of_it() -> None:
    text = ("Voters heard Labour campaign chiefs, and Labour MPs rebelled against a Labour government. Lib Dem "
            "leader Ann Varnley said Labour has lost its way and the Labour party met on Labour's terms.\n")
    names = [m.text for m in extract(text)]
    assert names == ["Ann Varnley", "Labour", "Labour", "Labour"]


def test_and_joins_the_field_of_a_body_whose_head_comes_first() -> None:
    names = [m.text for m in extract("Quellman spoke to the Varnish Ways and Means Subcommittee, and the Association "
                                     "of Payment and Clearing Services met the Department of Health and Tessel "
                                     "University of Varnland.\n")]
    assert "Varnish Ways and Means Subcommittee" in names
    assert "Association of Payment and Clearing Services" in names
    assert "Department of Health" in names and "Tessel University of Varnland" in names


def test_a_pronoun_or_not_title_cased_starts_no_name() -> None:
    text = "Firms cut IT spending. It was good. Subs Not Used: Quellan, Varnby. The IT unit grew.\n"
    names = [m.text for m in extract(text)]
    assert "It" not in names and not any(name.startswith("Not") for name in names)
    assert "Quellan" in names


def test_a_nations_man_or_woman_is_no_name_and_no_part_of_one() -> None:
    text = "The Spaniard beat Frenchman Arnel Quovin, and the Scotsman lost to Welshwoman Ann Varnby's sister.\n"
    names = [m.text for m in extract(text)]
    assert names[:1] == ["Arnel Quovin"] and not {"Spaniard", "Scotsman"} & set(names)


def test_a_technologys_or_diseases_acronym_is_a_common_noun() -> None:
    text = "Quellco's PVR records HDTV, its P2P service plays MMS, and RFID tags track BSE in Varnland.\n"
    assert [m.text for m in extract(text)] == ["Quellco", "Varnland"]


def test_a_chamber_heads_an_organisation() -> None:
    types = {m.text: m.type for m in extract("The Quellton Chamber of Commerce and the Varnish Chamber of Deputies "
                                             "met.\n")}
    assert types == {"Quellton Chamber of Commerce": "ORG", "Varnish Chamber of Deputies": "ORG"}
