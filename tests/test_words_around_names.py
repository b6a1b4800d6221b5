"""What sits before a name without being part of it (a party, a player's position, a title
before a town's name), and single capitalised words that name nothing (a currency, a
rating, a role's plural, an acronym of common words). The people and firms are made up."""
from __future__ import annotations

from corpus_tui.index.extraction import ExtractedMention, RuleExtractor

_RULES = RuleExtractor(learned_types=False)
_OPENING = "The plan was put to the vote on Monday.\n\n"


def extract(text: str) -> list[ExtractedMention]:
    return _RULES.extract(_OPENING + text)


def names(text: str) -> list[str]:
    return [m.text for m in extract(text)]


def test_a_party_before_a_name_is_its_adjective_not_part_of_it() -> None:
    assert names("Lib Dem Norman Varnley said so.\n") == ["Norman Varnley"]
    assert names("Later, Democrat John Quellby said no.\n") == ["John Quellby"]
    # (the house before the party is a name of its own)
    assert names("The Senate Democrat John Quellby said no.\n") == ["Senate", "John Quellby"]


def test_a_players_position_opening_a_sentence_is_no_part_of_the_name() -> None:
    types = {m.text: m.type for m in extract("Wing Christophe Varnaux scored twice. Prop Phil Quellby was sent off.\n")}
    assert types == {"Christophe Varnaux": "PERSON", "Phil Quellby": "PERSON"}


def test_a_title_makes_a_person_of_a_towns_name() -> None:
    types = {m.text: m.type for m in extract("It was fine, Mr Denver told reporters in Leeds.\n")}
    assert types == {"Denver": "PERSON", "Leeds": "PLACE"}
    # (not a headline's capitals, where the title may belong to a word before)
    headline = {m.text: m.type for m in _RULES.extract("QUELLCO PRESIDENT TO ATTEND DENVER TALKS\n\n"
                                                         "Quellco's president will attend talks in Denver.\n")}
    assert headline.get("DENVER", "PLACE") == headline["Denver"] == "PLACE"


def test_a_party_as_an_adjective_holds_no_mention_in_its_full_form_or_before_a_portfolio() -> None:
    text = ("A Labour Party spokesman said no. A Labour source agreed, and Ann Varnley, the Lib Dem "
            "transport spokesman, said so too. Labour strategists met. The vote was won by Labour.\n")
    assert names(text) == ["Ann Varnley", "Labour"]


def test_a_newspaper_of_a_day_keeps_the_day_in_its_name() -> None:
    types = {m.text: m.type for m in extract("Ann Varnley told the Sunday Telegraph and the Sunday Times.\n")}
    assert types == {"Ann Varnley": "PERSON", "Sunday Telegraph": "ORG", "Sunday Times": "ORG"}


def test_a_currency_after_its_countrys_adjective_or_name_is_no_name() -> None:
    assert names("The South Korean Won and the Taiwan Dollar rose against the Quellish Mark.\n") == [
        "Taiwan", "Quellish Mark"]
    # (a word that ends a sentence is no country's adjective: "Real" is the club)
    text = "Ann Varnley plays for Real Quellvia.\n\nReal slipped to third on Sunday.\n"
    assert "Real" in names(text)


def test_a_credit_rating_a_roles_plural_and_a_generic_board_are_no_names() -> None:
    text = ("Quellco expects a AA rating from Varn Ratings Corp. The law needs Congressmen to act, "
            "and the Board considers it.\n")
    assert names(text) == ["Quellco", "Varn Ratings Corp"]


def test_an_acronym_the_article_spells_out_in_common_words_is_no_name() -> None:
    text = ("The intermediate level waste (ILW) will be stored. ILW is costly, the Quell Nuclear Agency "
            "(QNA) said. QNA will pay.\n")
    assert names(text) == ["Quell Nuclear Agency", "QNA", "QNA"]


def test_a_regions_two_word_adjective_is_no_name() -> None:
    assert names("It hit other Latin American debtors. North American sales rose.\n") == []


def test_an_elided_particle_belongs_to_the_name() -> None:
    types = {m.text: m.type for m in extract("Troops in Cote d'Ivoire met Anne Varnley d'Quellaing.\n")}
    assert types == {"Cote d'Ivoire": "PLACE", "Anne Varnley d'Quellaing": "PERSON"}


def test_a_monopoly_or_a_consortium_before_a_name_makes_an_organisation() -> None:
    types = {m.text: m.type for m in _RULES.extract("Bids came from state gas monopoly Zorvane and from the "
                                                     "consortium Quellbridge on Monday.\n")}
    assert types == {"Zorvane": "ORG", "Quellbridge": "ORG"}


def test_a_companys_first_word_in_capitals_alone_is_that_company() -> None:
    keys = {m.text: m.key for m in _RULES.extract("QVX Industries Inc said profit fell, and QVX said sales fell. "
                                                  "ZQ Hughes Electronics Corp rose and ZQ fell.\n")}
    assert keys["QVX"] == keys["QVX Industries Inc"]
    # (a unit's name says more than a trade: its parent keeps its own name)
    assert keys["ZQ"] != keys["ZQ Hughes Electronics Corp"]


def test_the_community_or_the_forum_is_the_one_the_article_named() -> None:
    text = ("The Quellian Economic Community met the Varn Policy Forum. The Community said the Forum "
            "had agreed.\n")
    keys = {m.text: m.key for m in _RULES.extract(text)}
    assert keys["Community"] == keys["Quellian Economic Community"]
    assert keys["Forum"] == keys["Varn Policy Forum"]


def test_a_body_named_after_the_role_that_heads_it_keeps_the_role() -> None:
    types = {m.text: m.type for m in extract("Staff of the Office of the Deputy Chief Minister met the Council "
                                             "of Ministers. The Cabinet of President Ann Varnley did not.\n")}
    assert types == {"Office of the Deputy Chief Minister": "ORG", "Council of Ministers": "ORG",
                     "Cabinet": "ORG", "Ann Varnley": "PERSON"}


def test_a_letter_written_as_an_html_reference_is_part_of_the_word() -> None:
    keys = {m.text: (m.type, m.key) for m in extract("Zorvane Bank chief Jos&#233; Varnley met S&#227;o "
                                                      "Quellaing officials. José Varnley said so.\n")}
    assert keys["Jos&#233; Varnley"] == keys["José Varnley"] == ("PERSON", "jose varnley")
    assert "S&#227;o Quellaing" in keys


def test_names_listed_after_a_kind_of_organisation_are_all_of_that_kind() -> None:
    types = {m.text: m.type for m in _RULES.extract(
        "Other retailers - including Zorvane, Quellix, Varnbys and Drell Shop - did well. Quellix rose. "
        "Britain's biggest union Tarnel will ballot. The Land Registry and the British Retail Consortium "
        "agreed.\n")}
    assert types == {"Zorvane": "ORG", "Quellix": "ORG", "Varnbys": "ORG", "Drell Shop": "ORG", "Britain": "PLACE",
                     "Tarnel": "ORG", "Land Registry": "ORG", "British Retail Consortium": "ORG"}


def test_a_pair_written_whole_twice_and_never_apart_is_one_name_with_and_inside() -> None:
    text = ("Quarnby and Vell said profits rose. Analysts at Drelling and Marsh were pleased.\n\n"
            "Quarnby and Vell will pay a dividend. Drelling said so, and Marsh agreed. Ann Lee and "
            "Tom Wren met Ann Lee and Tom Wren again.\n")
    found = names(text)
    assert found.count("Quarnby and Vell") == 2 and "Quarnby" not in found
    # (each written alone too: two names; and two people stay two)
    assert "Drelling" in found and "Marsh" in found and "Drelling and Marsh" not in found
    assert found.count("Ann Lee") == 2


def test_an_acronym_defined_in_brackets_is_that_body_wherever_the_article_uses_it() -> None:
    keys = {m.text: m.key for m in extract("The Varnish and Lacquer Workers Union (VLW) will ballot its members. "
                                           "VLW leader Ann Quarnby said a strike was likely.\n")}
    assert keys["VLW"] == keys["Varnish and Lacquer Workers Union"]


def test_a_surname_written_one_letter_otherwise_is_the_person_the_article_named() -> None:
    keys = {m.text: m.key for m in extract("Hurdler Dana Quarnbeck won in Oslo. Quarnbek said the track was slow. "
                                           "Coach Tom Brell praised Ann Brel.\n")}
    assert keys["Quarnbek"] == keys["Dana Quarnbeck"]
    # (a short surname one letter from another is as often another person's)
    assert keys["Tom Brell"] != keys["Ann Brel"]


def test_a_web_address_written_as_a_name_is_the_whole_mention_and_keys_as_the_name() -> None:
    keys = {m.text: m.key for m in extract("Shoppers at Quellmart.com spent more. Quellmart said sales at "
                                           "Varnbuy.co.uk rose too; see www.example.org/news.\n")}
    assert keys["Quellmart.com"] == keys["Quellmart"] == "quellmart"
    assert "Varnbuy.co.uk" in keys


def test_a_member_of_a_parliament_is_a_title_before_the_name() -> None:
    assert names("French Green MEP Ann Varnley and Labour MSP Tom Quarnby spoke. The MEP left.\n") == [
        "Ann Varnley", "Tom Quarnby"]


def test_a_house_then_its_partys_members_are_two_names() -> None:
    assert names("He said Senate Republicans and House Democrats agreed, as did Senate Republican leader "
                 "Tom Quarnby.\n") == ["Senate", "Republicans", "House", "Democrats", "Senate", "Tom Quarnby"]


def test_trade_terms_and_drugs_in_capitals_are_no_names() -> None:
    assert names("Zorvane sold wheat at 110 dlrs a tonne FOB and 120 dlrs CIF. The athlete took EPO and "
                 "THG, the Quellian agency said.\n") == ["Zorvane", "Quellian"]


def test_a_plurals_possessive_before_the_head_keeps_and_inside_a_bodys_name() -> None:
    assert names("Members of the Shipping and General Drivers' Union voted.\n") == [
        "Shipping and General Drivers' Union"]
