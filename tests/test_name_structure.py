"""Names with structure: titles and ranks kept out, particles kept in, and organisation
names written in either word order (with the acronym of either) as one entity."""
from __future__ import annotations

import pytest
from test_country_forms import extract, resolve


@pytest.mark.parametrize("title", ["Col.", "Colonel", "Gen.", "Lt.", "Maj.", "Capt.", "Adm.", "Sgt.", "Sheikh",
                                   "Imam", "Rev.", "Dr.", "Prof.", "FM", "PM", "Rep.", "Sen.", "Gov.", "Administrator"])
def test_titles_and_ranks_are_kept_out_of_the_name(title: str) -> None:
    mentions = extract(f"Reporters waited for hours. On Tuesday {title} Tomas Varga met the delegation, "
                       "officials said.")
    assert [(m.text, m.type) for m in mentions] == [("Tomas Varga", "PERSON")]


def test_an_abbreviated_title_does_not_end_a_sentence() -> None:
    mentions = extract("The convoy left at dawn. Capt. Morrow said the road was open.")
    assert [(m.text, m.type) for m in mentions] == [("Morrow", "PERSON")]


@pytest.mark.parametrize("name", ["Ludwig van Gelder", "Maria da Costa", "Pierre de Villiers", "Omar el-Bashiri",
                                  "Khalid bin Hamad", "Yusuf ibn Rashid", "Hanna von Arnim", "Ahmad al-Nuaimi"])
def test_name_particles_are_kept_in_the_name(name: str) -> None:
    mentions = extract(f"The talks were chaired by {name}, who spoke for an hour.")
    assert [(m.text, m.type) for m in mentions] == [(name, "PERSON")]


@pytest.mark.parametrize("long_form, swapped, acronym", [
    ("Ministry of Defence", "Defence Ministry", "MOD"),
    ("Bureau of Labor Statistics", "Labor Statistics Bureau", "BLS"),
    ("Ministry of Finance", "Finance Ministry", "MF"),
])
def test_organisation_word_order_variants_and_their_acronyms_are_one(long_form: str, swapped: str,
                                                                     acronym: str) -> None:
    entities, by_surface = resolve([f"The {long_form} said on Monday it would publish the figures.",
                                    f"A {swapped} spokesman said the figures were late.",
                                    f"The {acronym} did not comment, officials said."])
    assert by_surface[long_form] == by_surface[swapped] == by_surface[acronym]
    assert next(e for e in entities if e.id == by_surface[long_form]).type == "ORG"


def test_a_bank_named_of_a_country_and_one_named_after_it_stay_apart() -> None:
    _, by_surface = resolve(["The Bank of Ireland raised its rates, officials said.",
                             "The Ireland Bank opened a branch, officials said."])
    assert by_surface["Bank of Ireland"] != by_surface["Ireland Bank"]


def test_a_body_named_after_an_acronym_is_not_what_the_acronym_stands_for() -> None:
    # "QC Commission" is a part of the QC, not its spelled-out name, though its initials
    # are Q and C too.
    entities, by_surface = resolve([
        "Farmers asked the QC Commission for help. Exports to the QC would rise, the QC Commission said.",
        "Tapioca exports to the Quorin Community fell, and the QC said quotas would hold.",
    ])
    assert by_surface["QC Commission"] != by_surface["Quorin Community"]
    assert by_surface["QC"] == by_surface["Quorin Community"]


def test_of_several_spelled_out_names_the_one_an_article_abbreviated_takes_the_acronym() -> None:
    entities, by_surface = resolve([
        "Exports to the Nordic Union rose. The NU said quotas would hold.",
        "The Norwegian Utilities board met on Monday in a closed session.",
        "Shipments to the NU fell in March, traders said.",
    ])
    assert by_surface["NU"] == by_surface["Nordic Union"] != by_surface["Norwegian Utilities"]


@pytest.mark.parametrize("sentence, names", [
    ("Shares of Pellham and Drusk Corp rose 3 pct.", ["Pellham and Drusk Corp"]),
    ("Northvale Power and Light Co said it would raise rates.", ["Northvale Power and Light Co"]),
    ("Talks between Karvo Holdings Inc and Menlith Corp ended.", ["Karvo Holdings Inc", "Menlith Corp"]),
    ("Ministers from Portugal and Spain Inc met.", ["Portugal", "Spain Inc"]),
])
def test_and_joins_a_company_name_only_before_one_word_and_a_suffix(sentence: str, names: list[str]) -> None:
    assert [m.text for m in extract(sentence)] == names


def test_a_name_joined_by_and_or_ampersand_at_a_sentence_start_keeps_its_first_word() -> None:
    text = ("Markets were calm. Securities and Exchange Commission officials said nothing. "
            "Standard & Poor's said it would review the rating.")
    assert [m.text for m in extract(text)] == ["Securities and Exchange Commission", "Standard & Poor's"]


@pytest.mark.parametrize("sentence, surface", [
    ("The bonds were rated by Brandell's.", "Brandell's"),
    ("Brandell's downgraded the debt on Monday.", "Brandell's"),
    ("Analysts at Brandell's said the debt was safe.", "Brandell's"),
    ("Brandell's cited the firm's lower debt.", "Brandell's"),
    ("Brandell's new plant opened on Monday.", "Brandell"),
])
def test_a_names_own_s_is_kept_where_no_noun_follows(sentence: str, surface: str) -> None:
    assert [m.text for m in extract(sentence)] == [surface]


def test_ampersand_and_and_spell_one_name_and_its_acronym() -> None:
    _entities, by_surface = resolve(["Quell & Parrow said it cut the rating of the bonds.",
                                     "Quell and Parrow Corp lowered its outlook on Tuesday.",
                                     "Q&P said the outlook was negative."])
    assert by_surface["Quell & Parrow"] == by_surface["Quell and Parrow Corp"] == by_surface["Q&P"]


def test_a_person_after_a_title_of_an_office_is_found_and_typed() -> None:
    mentions = extract("The cut was welcomed by Chancellor of the Exchequer Tomas Green on Monday.")
    assert [(m.text, m.type) for m in mentions] == [("Tomas Green", "PERSON")]


@pytest.mark.parametrize("text, expected", [
    ("He could not confirm whether the Treasury was planning to invest.", [("Treasury", "ORG")]),
    ("He met Treasury Secretary Tomas Green on Monday.", [("Tomas Green", "PERSON")]),
])
def test_an_institution_named_by_a_common_noun_is_an_organisation_but_not_before_a_title(text, expected) -> None:
    assert [(m.text, m.type) for m in extract(text)] == expected


@pytest.mark.parametrize("sentence, names", [
    ("Acme Inc sold its stake in Premier Widget Corp for cash.", ["Acme Inc", "Premier Widget Corp"]),
    ("Sales at Ford and General Motors Corp fell.", ["Ford", "General Motors Corp"]),
    ("The Federal Savings and Loan Insurance Corp said so.", ["Federal Savings and Loan Insurance Corp"]),
])
def test_a_title_word_or_and_before_a_company_suffix(sentence: str, names: list[str]) -> None:
    assert [m.text for m in extract(sentence)] == names


def test_a_wire_label_is_cut_from_an_all_caps_headline_company() -> None:
    text = "RPT-VELMORE OF NORTH AMERICA INC <VLMR> 4TH QTR NET\n\nShr nine cts vs four cts\n\nNet 658,159 vs 299,930"
    assert [(m.text, m.type) for m in extract(text)] == [("VELMORE OF NORTH AMERICA INC", "ORG")]


@pytest.mark.parametrize("name", ["Status Grove Corp", "International Quill Machines Corp", "General Varn Co",
                                  "National Tessel Systems Inc"])
def test_an_everyday_word_that_starts_a_sentence_and_a_company_name_is_in_the_name(name: str) -> None:
    mentions = extract(f"Shares were flat. {name} said it would sell its unit for 12 mln dlrs.")
    assert [(m.text, m.type) for m in mentions] == [(name, "ORG")]


@pytest.mark.parametrize("adverb", ["Meanwhile", "Separately", "Earlier"])
def test_an_adverb_that_opens_a_sentence_is_not_in_the_company_name(adverb: str) -> None:
    mentions = extract(f"Shares were flat. {adverb} Tessel Grove Corp said it would sell its unit.")
    assert [(m.text, m.type) for m in mentions] == [("Tessel Grove Corp", "ORG")]


def test_a_place_before_another_place_and_a_company_suffix_starts_the_company_name() -> None:
    mentions = extract("Shares were flat. Gulf Nevada Corp said it bought a stake in an oil field.")
    assert [(m.text, m.type) for m in mentions] == [("Gulf Nevada Corp", "ORG")]


@pytest.mark.parametrize("headline, name", [
    ("OHIO TESSEL <OTS> BUYS GRAIN STAKE", "OHIO TESSEL"),
    ("TESSEL GROVE CORP <TGC> 4TH QTR LOSS", "TESSEL GROVE CORP"),
    ("VARN PARK SEES HIGHER PROFIT", "VARN PARK"),
])
def test_a_headline_names_the_company_of_the_body_by_its_leading_words(headline: str, name: str) -> None:
    body = " ".join(w.capitalize() for w in name.split()[:2])
    mentions = extract(f"{headline}\n\n{body} Corp said it expected higher sales this year.")
    found = [(m.text, m.type) for m in mentions]
    assert found[0] == (name, "ORG") and found[1] == (f"{body} Corp", "ORG")


def test_a_name_whose_s_is_its_own_keeps_it_wherever_the_article_writes_it() -> None:
    # "Varnell's, a chain of cafes," shows the "'s" is the name's; the article never
    # writes "Varnell" alone, so "the average Varnell's does" is the same name.
    mentions = extract("VARNELL'S <VRN> UP ON RECOMMENDATION\n\nVarnell's, a chain of cafes, rose sharply. "
                       "The average Varnell's does well, and Varnell's can grow, analysts said.")
    assert [m.text for m in mentions] == ["VARNELL'S", "Varnell's", "Varnell's", "Varnell's"]


def test_a_possessive_stays_a_possessive() -> None:
    mentions = extract("Tessel Group's <TSG> cafe unit was sold. Its rival bought Dornvale's stake, "
                       "which Dornvale had held for years. Britain's share fell, Britain's.")
    assert [m.text for m in mentions] == ["Tessel Group", "Dornvale", "Dornvale", "Britain", "Britain"]


def test_a_state_abbreviated_after_a_town_or_a_party_is_the_state_with_its_full_stop() -> None:
    _, by_surface = resolve(["The plant in Varnton, Calif., will close, said Rep. Ann Tessel (D-Minn.).",
                             "California and Minnesota growers met on Monday, officials said."])
    assert by_surface["Calif."] == by_surface["California"]
    assert by_surface["Minn."] == by_surface["Minnesota"]


def test_a_state_of_two_words_by_its_initials_and_the_town_before_it_are_places() -> None:
    mentions = {m.text: m for m in extract("The plant is in Varnton Hills, N.J., and in Dornby, N.Y. It said.")}
    assert (mentions["N.J."].type, mentions["N.J."].key) == ("PLACE", "new jersey")
    assert mentions["N.Y."].type == "PLACE"
    assert mentions["Varnton Hills"].type == mentions["Dornby"].type == "PLACE"


def test_a_word_like_a_state_abbreviation_elsewhere_is_not_a_state() -> None:
    mentions = extract("He went to Mass. Later he said he was ill. Wash the car.")
    assert all(m.type != "PLACE" for m in mentions)


@pytest.mark.parametrize("sentence, names", [
    ("Crowds filled Varnton Square for the UK premiere, officials said.", ["Varnton Square", "UK"]),
    ("The award went to Tomas Varga for Grey Harbour, the jury said.", ["Tomas Varga", "Grey Harbour"]),
    ("The Office for National Statistics said prices rose.", ["Office for National Statistics"]),
    ("The Bank of England said rates would hold.", ["Bank of England"]),
])
def test_for_and_on_join_a_name_only_before_what_is_not_a_place_nor_after_a_person(sentence: str,
                                                                                     names: list[str]) -> None:
    assert [m.text for m in extract(sentence)] == names


@pytest.mark.parametrize("sentence", [
    "Prices rise at Christmas and at Easter, traders said.",
    "Tessel Petroleum Co., Had given up its plans, it said.",
    "He said the Varnland, Whose nominee resigned, named another.",
])
def test_holidays_and_stray_capitals_of_function_words_are_no_names(sentence: str) -> None:
    assert [m.text for m in extract(sentence) if m.text in ("Christmas", "Easter", "Had", "Whose")] == []


@pytest.mark.parametrize("sentence", [
    "Texting peaked on New Year's Eve and on New Years Eve, it said.",
    "New Year celebrations began in Varnton.",
    "Flights leave on Thursdays and Saturdays from Varnton.",
    "Purchases rose in Sept. and for the year (Sept-Aug) to date.",
])
def test_new_year_weekdays_in_the_plural_and_months_short_names_are_no_names(sentence: str) -> None:
    assert [m.text for m in extract(sentence) if m.text != "Varnton"] == []


@pytest.mark.parametrize("sentence", [
    "In his Budget statement the chancellor cut taxes, as the Budget papers said.",
    "The Olympic champion beat the Paralympic team's best time in Varnton.",
    "The issue yields 110 basis points over Treasury securities and Treasuries rose.",
    "Varnton won the second Test by an innings, their third win in five Tests.",
])
def test_the_budget_adjectives_of_events_and_treasury_securities_are_no_names(sentence: str) -> None:
    assert [m.text for m in extract(sentence) if m.text != "Varnton"] == []


def test_the_treasury_as_a_department_and_an_occasion_inside_a_name_stay() -> None:
    names = [m.text for m in extract("The Treasury said the Alternative Budget and the Olympic Committee agreed.")]
    assert names == ["Treasury", "Alternative Budget", "Olympic Committee"]


def test_a_holiday_inside_a_name_stays() -> None:
    assert "Father Christmas" in [m.text for m in extract("Children wrote to Father Christmas this week.")]


def test_an_adverb_opening_a_paragraph_and_a_people_are_no_names() -> None:
    mentions = extract("The game is long.\n\nAnnoyingly, the puzzles are easy. Swede Tomas Varga and two Danes "
                       "won, and the Turks lost.")
    assert [(m.text, m.type) for m in mentions] == [("Tomas Varga", "PERSON")]


def test_an_adverb_in_able_or_ible_opening_a_sentence_is_no_name() -> None:
    mentions = extract('The deal fell through.\n\nHe added: "Regrettably too much was lost." Ostensibly the '
                       "Welsh Assembly agreed.")
    assert [m.text for m in mentions] == ["Welsh Assembly"]


def test_an_ordinal_opening_a_sentence_starts_a_banks_or_a_firms_name_before_its_head() -> None:
    mentions = extract("Banks\nRegulators met.\n\nFirst National Bank of Varnby was closed. Second Tessel Corp "
                       "bought it. First Minister Ann Quist said so. First quarter profit rose.")
    assert [m.text for m in mentions] == ["First National Bank of Varnby", "Second Tessel Corp", "Ann Quist"]


def test_an_adjective_of_an_institution_is_no_name_unless_a_firm_starts_with_it() -> None:
    text = ("Budget\nCongressional leaders and a Parliamentary committee met, and Federal funds traded at 6 pct. "
            "Presidential Varnways Inc said Presidential will serve Ostley.\n")
    assert [m.text for m in extract(text)] == ["Presidential Varnways Inc", "Presidential", "Ostley"]


def test_a_department_named_by_a_field_of_several_words_is_one_name() -> None:
    text = ("The Department for Transport and Housing wrote to the Ministry of Labour, Industry and Trade, "
            "while the Department of Energy and Veltrax Corp and the Board of Health and State College of Ostley "
            "said nothing.\n")
    names = [m.text for m in extract(text)]
    assert "Department for Transport and Housing" in names
    assert "Ministry of Labour, Industry and Trade" in names
    assert "Department of Energy" in names and "Veltrax Corp" in names
    assert "Board of Health" in names


def test_a_number_word_inside_a_sentence_starts_a_name() -> None:
    text = "Ostley lost in the Nine Counties, and the Harbridge Four Oaks Cup went on. Two men were held.\n"
    names = [m.text for m in extract(text)]
    assert "Nine Counties" in names and "Harbridge Four Oaks Cup" in names
    assert not any(name.startswith("Two") for name in names)


def test_a_tournament_of_so_many_nations_is_no_body_and_its_sponsors_form_joins_it() -> None:
    entities, entity_of = resolve(["Ostley played in the Vantro Seven Nations on Saturday.\n",
                                   "The Seven Nations resumes next week, Ostley said.\n"])
    assert entity_of["Seven Nations"] == entity_of["Vantro Seven Nations"]
    assert {e.type for e in entities if e.id == entity_of["Seven Nations"]} == {"OTHER"}


def test_a_rank_that_ends_a_name_is_its_last_word_not_a_title() -> None:
    text = ("The novel by Tomas King sold well, said Ferko Major, and shares in Harlow General rose while "
            "General Oakes and the Attorney General spoke.\n")
    mentions = extract(text)
    assert [m.text for m in mentions] == ["Tomas King", "Ferko Major", "Harlow General", "Oakes"]
    assert [m.type for m in mentions if m.text != "Harlow General"] == ["PERSON", "PERSON", "PERSON"]


def test_waters_named_with_of_are_one_place_and_a_gulf_war_is_no_place() -> None:
    text = "Ships left the Gulf of Ostley and the Bay of Vantro for the Sea of Harlow before the Gulf War.\n"
    assert [(m.text, m.type) for m in extract(text)] == [
        ("Gulf of Ostley", "PLACE"), ("Bay of Vantro", "PLACE"), ("Sea of Harlow", "PLACE"), ("Gulf War", "OTHER")]


def test_towns_joined_by_an_ampersand_name_a_firm_and_countries_stay_apart() -> None:
    mentions = extract("The lender Bradbury & Hexley grew. Trade between the UK & Ireland rose.")
    assert [(m.text, m.type) for m in mentions] == [("Bradbury & Hexley", "ORG"), ("UK", "PLACE"),
                                                    ("Ireland", "PLACE")]


def test_a_middle_initial_makes_a_town_before_it_a_given_name() -> None:
    assert [(m.text, m.type) for m in extract("Its chief, Kent O. Varlow, said so.")] == [("Kent O. Varlow", "PERSON")]


def test_a_particle_opening_a_sentence_starts_the_name_after_it() -> None:
    assert [m.text for m in extract("Den Varnske Kreditbank said it grew.")] == ["Den Varnske Kreditbank"]


def test_a_headline_in_capitals_names_what_the_body_names_in_several_words() -> None:
    mentions = extract("BANK OF VARNLAND AND DEN VARNSKE KREDITBANK PLAN BONDS\n\n"
                       "The Bank of Varnland and Den Varnske Kreditbank said on Monday they would sell bonds.")
    assert [m.text for m in mentions][:2] == ["BANK OF VARNLAND", "DEN VARNSKE KREDITBANK"]
    assert mentions[0].key == mentions[2].key


def test_a_headline_word_the_body_writes_as_a_name_is_no_portfolio_before_a_title() -> None:
    mentions = extract("KEMP LIFTS KING TESSEL <KTS> STAKE\n\nThe investor Ann Kemp said she raised her stake "
                       "in King Tessel Productions Inc to 8.1 pct.")
    assert [(m.text, m.type) for m in mentions][:2] == [("KEMP", "PERSON"), ("KING TESSEL", "ORG")]


def test_a_firm_the_body_names_before_its_ticker_at_a_sentence_start_is_named_in_the_headline() -> None:
    mentions = extract("VARNAIR JANUARY TRAFFIC UP\n\nVarnair <VRNA.Z> said its load factor was steady.")
    assert [(m.text, m.type) for m in mentions] == [("VARNAIR", "ORG"), ("Varnair", "ORG")]


def test_a_place_and_a_suffix_after_of_end_one_company_name() -> None:
    names = [m.text for m in extract("Results at Tessel Bancshares of Colorado Inc, at Varnby Mattress Co of "
                                     "Michigan Inc and at the Quorn Division of Varlex Corp were good; Brenlow "
                                     "Group Ltd of Guernsey did worse.")]
    assert names == ["Tessel Bancshares of Colorado Inc", "Varnby Mattress Co of Michigan Inc", "Quorn Division",
                     "Varlex Corp", "Brenlow Group Ltd", "Guernsey"]


def test_of_america_ends_a_firms_name_and_a_seat_after_of_stays_apart() -> None:
    names = [(m.text, m.type) for m in extract("Varnby Hospital Corp of America said it would buy Tessel Co of "
                                               "Ohio for cash.")]
    assert names == [("Varnby Hospital Corp of America", "ORG"), ("Tessel Co", "ORG"), ("Ohio", "PLACE")]


def test_a_firms_initials_joined_by_and_are_one_name_and_a_credit_rating_is_none() -> None:
    mentions = extract("S and P cut the debt of Tessel Corp to BBB-minus from BBB, and Varnby's to AA.")
    # (what "Varnby" is, no rule says: the learned type model's guess is not this test's question)
    assert [m.text for m in mentions] == ["S and P", "Tessel Corp", "Varnby"]
    assert [m.type for m in mentions[:2]] == ["ORG", "ORG"]


def test_an_abbreviated_saint_or_mount_keeps_its_place_whole() -> None:
    mentions = extract("Flights from St. Paul and Mt. Varrow were cut, and the office on Main St. The mayor said so.")
    assert [m.text for m in mentions] == ["St. Paul", "Mt. Varrow", "Main St"]
    assert mentions[0].type == "PLACE"   # the gazetteer's "Saint Paul"


def test_a_surname_that_ends_like_an_adjective_of_a_place_is_kept_where_the_article_gives_it_in_full() -> None:
    # "Torinan" reads as "-n" on a place's name, as "Korean" does on "Korea".
    assert extract("Nobody said Torinan.") == []
    text = "Torinan relieved at recovery\n\nTomas Torinan won in four sets. \"I was nervous,\" said Torinan."
    assert [m.text for m in extract(text)] == ["Torinan", "Tomas Torinan", "Torinan"]
    assert "Czechs" not in {m.text for m in extract("Liberty said Roma Czechs were stopped. Czechs are free.")}


@pytest.mark.parametrize("sentence, name", [
    ("Approval must come from the Food and Mineral Administration.\n\nThe firm said so.",
     "Food and Mineral Administration"),
    ("Great Torvale Stores Plc said it made an offer.", "Great Torvale Stores Plc"),
    ("Prices rose. State Administration of Varnish head Tomas Varga said so.", "State Administration of Varnish"),
])
def test_an_everyday_word_that_starts_a_body_or_company_at_a_sentence_start_stays_in_it(sentence: str,
                                                                                      name: str) -> None:
    assert [m.text for m in extract(sentence)][0] == name


@pytest.mark.parametrize("sentence", ["Under Torvale Corp's plan, prices rose.", "Some Torvale Inc units closed."])
def test_a_preposition_or_quantifier_at_a_sentence_start_never_starts_a_company(sentence: str) -> None:
    assert [m.text for m in extract(sentence)][0].startswith("Torvale")


@pytest.mark.parametrize("sentence, names", [
    ("It rated Tessel Corp and Tessel Finance N.V. Also affirmed were its bonds.",
     [("Tessel Corp", "ORG"), ("Tessel Finance N.V.", "ORG")]),
    ("He sold stock to Varnby Group Inc U.S. subsidiary.", [("Varnby Group Inc", "ORG"), ("U.S.", "PLACE")]),
    ("It is a subsidiary of Quell AG of West Germany. Sales rose.", [("Quell AG", "ORG"), ("West Germany", "PLACE")]),
])
def test_a_company_suffix_ends_the_name_before_a_sentence_a_country_or_of(sentence: str,
                                                                        names: list[tuple[str, str]]) -> None:
    assert [(m.text, m.type) for m in extract(sentence)] == names


def test_a_plurals_possessive_inside_a_bodys_name_keeps_it_whole() -> None:
    mentions = extract("The Varnby Dockers' Federation and the Musicians' Union backed the Jones' plan.")
    # ("Jones" is typed by the learned model, if at all: only its span is this test's)
    assert [m.text for m in mentions] == ["Varnby Dockers' Federation", "Musicians' Union", "Jones"]
    assert [m.type for m in mentions[:2]] == ["ORG", "ORG"]


def test_a_demonym_of_a_two_word_country_is_no_part_of_the_name_after_it() -> None:
    mentions = extract("It was late. New Zealander Tomas Varga and Sri Lankan Ann Oakes spoke, said the New Zealander.")
    assert [(m.text, m.type) for m in mentions] == [("Tomas Varga", "PERSON"), ("Ann Oakes", "PERSON")]


def test_a_nations_adjective_before_an_acronym_is_no_part_of_its_name() -> None:
    mentions = extract("He was watched by Finnish QGB agents, said the Syrian U.N. envoy, and by Finnish TV.")
    assert [m.text for m in mentions if m.text != "TV"] == ["QGB", "U.N."]
    # (but a longer name goes on, and a firm's suffix is the firm's: "Kokan KK")
    kept = extract("He won at the Australian QTV Music Awards.")
    assert [m.text for m in kept] == ["Australian QTV Music Awards"]


def test_a_partys_adjective_is_no_name_and_no_part_of_a_name() -> None:
    # (the party's name before a person's, one word or two, is an adjective as well)
    mentions = extract("Senator Tomas Varga, a Wisconsin Democrat, agreed. It was late. Liberal Democrat Ann Oakes "
                       "and Republican Lisa Quell said Ohio Democrat Ferko Lind was right.")
    assert [(m.text, m.type) for m in mentions] == [
        ("Tomas Varga", "PERSON"), ("Wisconsin", "PLACE"), ("Ann Oakes", "PERSON"),
        ("Lisa Quell", "PERSON"), ("Ohio", "PLACE"), ("Ferko Lind", "PERSON")]


@pytest.mark.parametrize("sentence, names", [
    ("It needs approval from the U.S. Food and Mineral Administration.", ["U.S.", "Food and Mineral Administration"]),
    ("He wrote to the US Department of Varnish.", ["US", "Department of Varnish"]),
    ("It was formed. The US-Varnby Economic Review Commission met.", ["US", "Varnby Economic Review Commission"]),
])
def test_a_country_before_an_agencys_full_name_is_a_mention_of_its_own(sentence: str, names: list[str]) -> None:
    assert [m.text for m in extract(sentence)] == names


@pytest.mark.parametrize("sentence, names", [
    ("He met EU Trade Commissioner Tomas Varga on Monday.", [("EU", "ORG"), ("Tomas Varga", "PERSON")]),
    ("He met IMF Managing Director Tomas Varga on Monday.", [("IMF", "ORG"), ("Tomas Varga", "PERSON")]),
    ("He met U.S. Treasury Secretary Tomas Varga on Monday.", [("U.S.", "PLACE"), ("Tomas Varga", "PERSON")]),
])
def test_an_acronym_before_a_portfolio_and_a_title_is_a_mention_and_the_role_is_none(
        sentence: str, names: list[tuple[str, str]]) -> None:
    assert [(m.text, m.type) for m in extract(sentence)] == names


@pytest.mark.parametrize("word, is_demonym", [
    ("pakistani", True), ("somali", True), ("korean", True), ("cuban", True), ("parisian", True),
    ("milanese", True), ("nazi", True), ("argentine", True),
    ("ferrari", False), ("safin", False),   # a surname on "-i" or "-n" after a town's or province's name
    ("germans", True), ("gas", False),   # a people's plural; not an everyday word on a short language's name
    ("river", False), ("guardian", False),   # no everyday word from a place's plural ("Rivers") or a town's name
])
def test_a_demonym_adds_its_ending_to_the_place_and_a_surname_that_only_ends_alike_is_none(
        word: str, is_demonym: bool) -> None:
    from corpus_tui.index.lexicon import demonym_of
    assert demonym_of(word) is is_demonym


def test_an_ampersands_initials_are_the_firm_the_article_spells_out_and_otherwise_a_common_noun() -> None:
    mentions = extract("The lender Bradley & Bingham said so. Shares in B&B rose as B&B said profits grew.")
    assert [(m.text, m.type) for m in mentions] == [("Bradley & Bingham", "ORG"), ("B&B", "ORG"), ("B&B", "ORG")]
    assert len({m.key for m in mentions}) == 1
    assert [m.text for m in extract("A B&B in Varnby is cheap.")] == ["Varnby"]


def test_a_condition_named_after_someone_is_no_mention_of_them() -> None:
    assert [m.text for m in extract("A drug for Varnby's disease and Quell's syndrome failed, Tomas Varga said.")] \
        == ["Tomas Varga"]


def test_a_capital_hyphened_to_a_word_is_the_first_part_of_one_name_and_no_initial() -> None:
    mentions = extract("QUELLAN BUYS Q-VARNBY\n\nDallas-based Q-Varnby Inc said it was sold. The Z-Torvale "
                       "show and Z-Torvale fans cheered.")
    assert [(m.text, m.type) for m in mentions][1:3] == [("Dallas", "PLACE"), ("Q-Varnby Inc", "ORG")]
    assert [m.text for m in mentions].count("Z-Torvale") == 2
    assert all(m.type != "PERSON" for m in mentions if m.text == "Z-Torvale")   # "Z" is no initial of a person
    assert "Q-VARNBY" in [m.text for m in mentions]


def test_two_partners_of_a_firm_joined_by_a_comma_and_and_co_are_one_name() -> None:
    mentions = extract("The issue was led by Quarrow, Tessel and Co and Dravo, Lind and Co Inc, traders said.")
    assert [(m.text, m.type) for m in mentions] == [("Quarrow, Tessel and Co", "ORG"),
                                                    ("Dravo, Lind and Co Inc", "ORG")]


def test_a_field_joined_by_and_inside_a_bodys_name_keeps_a_rare_first_word() -> None:
    mentions = extract("Torvalese Federal Savings and Loan Association said it had agreed to the merger.")
    assert [(m.text, m.type) for m in mentions] == [("Torvalese Federal Savings and Loan Association", "ORG")]
    assert [m.text for m in extract("Emily Quell and Nathalie Press met.")] == ["Emily Quell", "Nathalie Press"]


def test_a_towns_utility_joined_by_and_is_one_company_and_a_states_department_is_apart_from_the_state() -> None:
    mentions = extract("Varnbury Gas and Electric Light Co said it asked the Massachusetts Department of Public "
                       "Utilities for leave to issue notes.")
    assert [(m.text, m.type) for m in mentions] == [
        ("Varnbury Gas and Electric Light Co", "ORG"), ("Massachusetts", "PLACE"),
        ("Department of Public Utilities", "ORG")]


def test_a_headline_keeps_a_towns_name_with_its_suffix_and_a_company_the_body_ends_on_a_foreign_suffix() -> None:
    mentions = extract("DALLAS CORP ISSUES NOTES\n\nDallas Corp is issuing 70 mln dlrs of notes.")
    assert [(m.text, m.type) for m in mentions] == [("DALLAS CORP", "ORG"), ("Dallas Corp", "ORG")]
    mentions = extract("QUARROW TESSEL <QTS> SEEKS SHARE INCREASE\n\nQuarrow Tessel NV said it will ask holders.")
    assert [(m.text, m.type) for m in mentions] == [("QUARROW TESSEL", "ORG"), ("Quarrow Tessel NV", "ORG")]


def test_a_companys_first_word_alone_is_the_parent_whose_name_its_units_names_extend() -> None:
    mentions = extract("QUARROW UNIT SELLS NOTES\n\nQuarrow Motor Credit Co, a unit of Quarrow Motor Co, said. "
                       "Quarrow shares rose.")
    keys = {m.text: m.key for m in mentions}
    assert keys["QUARROW"] == keys["Quarrow"] == keys["Quarrow Motor Co"] != keys["Quarrow Motor Credit Co"]


def test_two_names_joined_by_and_with_the_firms_own_s_are_one_firm() -> None:
    mentions = extract("Quarrow and Tessel's said it cut the debt. Spain and Portugal's entry was agreed.")
    assert [(m.text, m.type) for m in mentions] == [("Quarrow and Tessel's", "ORG"), ("Spain", "PLACE"),
                                                    ("Portugal", "PLACE")]


def test_on_before_an_adjective_of_nationality_joins_no_name() -> None:
    assert [m.text for m in extract("The arrival of President Varga on the German leg of his tour was late.")] \
        == ["Varga"]


@pytest.mark.parametrize("name", ["World Anti-Quell Agency", "International Varnby Organization",
                                  "Greater Torvale Police", "Federal Quarrow Board"])
def test_an_everyday_word_opening_a_sentence_starts_a_bodys_name_that_ends_a_few_words_on(name: str) -> None:
    assert [m.text for m in extract(f"The case was heard. {name} chief Ann Torvik said so.")][0] == name


def test_a_title_before_a_bodys_name_at_a_sentence_start_is_no_part_of_it() -> None:
    assert [m.text for m in extract("The case was heard. Deputy Quarrow Court judge Ann Torvik said so.")][0] \
        != "Deputy Quarrow Court"


def test_a_person_of_a_body_or_a_place_is_two_names() -> None:
    mentions = extract("The plan failed, said Brian Torvik of GAO. Ann Quell of Scotland agreed.")
    assert [m.text for m in mentions] == ["Brian Torvik", "GAO", "Ann Quell", "Scotland"]


def test_an_adjective_of_nationality_before_a_rare_name_is_no_part_of_it() -> None:
    mentions = extract("Among the bidders was Australian Zolvantec, and the British Quellwick was out of it.")
    assert [m.text for m in mentions] == ["Zolvantec", "Quellwick"]


def test_a_bodys_head_word_alone_is_the_one_body_of_the_article_with_that_head() -> None:
    first = extract("The Varnese Commission said so. The Commission added that it would act.")
    other = extract("The Quellish Trade Commission ruled. The Commission said prices fell.")
    assert first[0].key == first[1].key != other[1].key == other[0].key
    two = extract("The Varnese Commission and the Quellish Trade Commission met. The Commission said.")
    assert two[-1].key == "commission"   # which of two, unsaid


def test_a_persons_possessive_before_a_party_is_two_names() -> None:
    mentions = extract("Prime Minister Ann Torvik's Varnist Party won the vote, Torvik said.")
    assert [(m.text, m.type) for m in mentions][:2] == [("Ann Torvik", "PERSON"), ("Varnist Party", "ORG")]


def test_a_preposition_alone_opening_a_lost_sentence_is_no_name() -> None:
    # The wire lost a full stop: "handing out At the end": "At" opens a sentence.
    text = "Verdict\nThey had been handing out leaflets At the end of the case the court in Varnby ruled.\n"
    assert [m.text for m in extract(text)] == ["Varnby"]


def test_a_family_names_capitalised_particles_are_no_town() -> None:
    # "Van" is a town in the gazetteer; before "de" and a name it is a family name's particle.
    text = "Shell\nMr Van de Quellen said the firm would recover. Van de Quellen added little.\n"
    assert {(m.text, m.type) for m in extract(text)} == {("Van de Quellen", "PERSON")}


def test_a_stations_number_is_part_of_its_name() -> None:
    text = "Radio\nShe told BBC Radio 4 and Varnby Radio 2 that 24 people came.\n"
    assert [(m.text, m.key) for m in extract(text)] == [("BBC Radio 4", "bbc radio 4"),
                                                        ("Varnby Radio 2", "varnby radio 2")]


def test_a_party_adjective_is_no_mention_and_no_part_of_a_name() -> None:
    # Party adjectives are like demonyms (NEWS_NOTES): "Tory Tom Varle" is Tom Varle.
    text = ("Vote\nTory Tom Varle said the Tory leader was wrong. Conservative Ann Quist agreed, and the "
            "Conservative Party and the Tories said nothing.\n")
    assert [m.text for m in extract(text)] == ["Tom Varle", "Ann Quist", "Conservative Party", "Tories"]


def test_a_portfolio_and_a_role_with_no_name_after_them_name_no_one() -> None:
    text = ("Cabinet\nHe was sworn in as Commerce Secretary. Critics wanted the Health Minister to go, "
            "and Trade Minister Ann Quist agreed.\n")
    assert [m.text for m in extract(text)] == ["Ann Quist"]


def test_two_portfolios_joined_by_and_before_a_role_are_the_title() -> None:
    text = ("Cabinet\nFrench Trade and Industry Secretary Tom Varle met the Defence and Security Minister, "
            "Ann Quist, and Tom Varle and Transport Secretary Ed Lund went on.\n")
    assert [m.text for m in extract(text)] == ["Tom Varle", "Ann Quist", "Tom Varle", "Ed Lund"]


def test_the_fed_and_a_family_names_particles_written_either_way_join_the_full_name() -> None:
    text = ("Rates\nWalter van der Quellen said the Federal Reserve Board would act. The Fed raised rates, "
            "Mr Van de Quellen said.\n")
    keys = {m.text: m.key for m in extract(text)}
    assert keys["Fed"] == "federal reserve board"
    assert keys["Van de Quellen"] == "walter van der quellen"


def test_an_initial_and_a_surname_in_a_line_up_is_the_one_full_name_with_that_initial() -> None:
    text = ("Squad\nCharlie Varnell kicked three goals and Harry Quist scored.\n\n"
            "J Robson (capt); M Tully, J Noone; C Varnell, H Quist; G Rowe.\n")
    keys = {m.text: m.key for m in extract(text)}
    assert keys["C Varnell"] == "charlie varnell" and keys["H Quist"] == "harry quist"


def test_a_given_name_and_an_everyday_word_is_the_person_its_parts_name_alone() -> None:
    text = "Rugby\nSean Long scored twice. Later Sean said he was happy, and Ed Balls agreed. Balls, 38, smiled.\n"
    found = {(m.text, m.type, m.key) for m in extract(text)}
    assert {("Sean Long", "PERSON", "sean long"), ("Sean", "PERSON", "sean long"),
            ("Ed Balls", "PERSON", "ed balls"), ("Balls", "PERSON", "ed balls")} <= found


def test_a_modifier_hyphened_to_a_name_and_a_demonym_before_rare_words_stay_out() -> None:
    text = ("Shows\nA Pop Quorn-style contest, a ferry of the British Varnsend Quellsen line and the "
            "Compagnie des Machines Varle were in the news.\n")
    assert [m.text for m in extract(text)] == ["Pop Quorn", "Varnsend Quellsen", "Compagnie des Machines Varle"]


def test_a_firms_leading_words_shaped_like_a_persons_name_are_the_firm_but_not_its_founder() -> None:
    firm = extract("Bids\n\nMorgan Quellsen Capital Partners offered 48 dlrs a share. The deal with Morgan "
                   "Quellsen will take Tessel Corp private, and Morgan Quellsen may raise it.\n")
    assert {(m.text, m.type, m.key) for m in firm if m.text.startswith("Morgan")} == {
        ("Morgan Quellsen Capital Partners", "ORG", "morgan quellsen capital partners"),
        ("Morgan Quellsen", "ORG", "morgan quellsen capital partners")}
    founder = extract("Sales\n\n\"We are pleased,\" said Morgan Quellsen of administrators Morgan Quellsen "
                      "Capital Partners.\n")
    assert ("Morgan Quellsen", "PERSON") in {(m.text, m.type) for m in founder}


def test_a_holidays_day_is_a_date_too() -> None:
    text = "Sales on Christmas Day, Boxing Day and Easter Monday rose at Quellmart, traders said."
    assert [m.text for m in extract(text)] == ["Quellmart"]
