"""Short, long, dotted and renamed forms of countries and bodies: one entity each, from
package data (pycountry, CLDR, geonames, the IANA subtag registry), through the
extractor and corpus-wide resolution."""
from __future__ import annotations

from collections import defaultdict

import pytest

from corpus_tui.index.extraction import ExtractedMention, default_extractor
from corpus_tui.index.gazetteer import union_short_form
from corpus_tui.index.resolution import KeyStat, ResolvedEntity, resolve_entities


def extract(text: str) -> list[ExtractedMention]:
    return default_extractor().extract(text)


def resolve(texts: list[str]) -> tuple[list[ResolvedEntity], dict[str, str]]:
    """Entities of a small corpus, and for every surface form the id of its entity."""
    stats: dict[str, KeyStat] = {}
    articles: dict[str, set[int]] = defaultdict(set)
    surfaces: dict[str, set[str]] = defaultdict(set)
    for number, text in enumerate(texts):
        for mention in extract(text):
            stat = stats.setdefault(mention.key, KeyStat(mention.key, {}, {}, 0, 0))
            stat.count(mention.type, mention.text, mention.guessed)
            articles[mention.key].add(number)
            surfaces[mention.text].add(mention.key)
    for key, stat in stats.items():
        stat.articles = len(articles[key])
    entities = resolve_entities(stats.values())
    entity_of_key = {key: entity for entity in entities for key in entity.keys}
    by_surface = {}
    for surface, keys in surfaces.items():
        ids = {entity_of_key[key].id for key in keys}
        assert len(ids) == 1, surface
        by_surface[surface] = ids.pop()
    return entities, by_surface


@pytest.mark.parametrize("first, second", [
    ("Republic of Moldova", "Moldova"),
    ("Russian Federation", "Russia"),
    ("Kingdom of the Netherlands", "Netherlands"),
    ("Czech Republic", "Czechia"),
    ("Turkey", "Türkiye"),
    ("Burma", "Myanmar"),
    ("Swaziland", "Eswatini"),
    ("Dahomey", "Benin"),
    ("Zaire", "Democratic Republic of the Congo"),
    ("Upper Volta", "Burkina Faso"),
    ("Viet Nam", "Vietnam"),
    ("State of Palestine", "Palestine"),
    ("Great Britain", "UK"),
    ("Czechoslovakia", "Czechoslovak Socialist Republic"),   # every name of a state that ended
])
def test_long_official_and_renamed_country_forms_are_one_place(first: str, second: str) -> None:
    entities, by_surface = resolve([f"Delegates from {first} arrived on Monday, officials said.",
                                    f"Trade with {second} grew last year, the ministry said."])
    assert by_surface[first] == by_surface[second]
    assert next(e for e in entities if e.id == by_surface[first]).type == "PLACE"


def test_a_state_that_ended_stays_apart_from_its_successor() -> None:
    # Renamed countries kept their ISO numeric code; dissolved or merged ones did not.
    _, by_surface = resolve(["Exports from the German Democratic Republic fell, officials said.",
                             "Exports from Germany rose, officials said."])
    assert by_surface["German Democratic Republic"] != by_surface["Germany"]


@pytest.mark.parametrize("name, short", [
    ("Union of Velmarian Socialist Republics", "Velmarian Union"),
    ("Union of the Comoros", ""),
    ("Republic of Velmaria", ""),
])
def test_a_union_of_states_is_written_by_its_short_form(name: str, short: str) -> None:
    assert union_short_form(name) == short


def test_a_one_word_qualifier_of_a_state_is_no_place() -> None:
    assert ("Metropolitan", "PLACE") not in [(m.text, m.type) for m in extract(
        "Officers of the Metropolitan said the road was closed.")]


def test_compass_initials_before_a_country_are_north_and_south() -> None:
    mentions = extract("Talks between N. Macedonia and Greece resumed. S. Africa said it would attend. "
                       "S. Africa's envoy and S. African officials met. Analyst J. S. Smith agreed.")
    places = [(m.text, m.type) for m in mentions if m.text.startswith(("N.", "S."))]
    assert places == [("N. Macedonia", "PLACE"), ("S. Africa", "PLACE"), ("S. Africa", "PLACE")]
    _, by_surface = resolve(["S. Africa won the match, officials said. N. Macedonia drew.",
                             "South Africa lost, officials said. North Macedonia won."])
    assert by_surface["S. Africa"] == by_surface["South Africa"]
    assert by_surface["N. Macedonia"] == by_surface["North Macedonia"]


def test_a_sentence_initial_compass_initial_before_no_place_is_not_kept() -> None:
    assert [m.text for m in extract("Aid groups left. S. Miller said the camp was full.")] == ["Miller"]


@pytest.mark.parametrize("dotted, undotted, long_form", [
    ("U.N.", "UN", "United Nations"),
    ("E.U.", "EU", "European Union"),
])
def test_dotted_abbreviations_of_bodies_join_the_body(dotted: str, undotted: str, long_form: str) -> None:
    entities, by_surface = resolve([f"The {long_form} said on Monday it would send observers.",
                                    f"A {dotted} spokesman said the talks would go on.",
                                    f"Envoys of the {undotted} met later, officials said."])
    assert by_surface[dotted] == by_surface[undotted] == by_surface[long_form]
    assert next(e for e in entities if e.id == by_surface[dotted]).type == "ORG"


def test_a_dotted_country_abbreviation_is_the_country() -> None:
    _, by_surface = resolve(["The U.K. and the UK Treasury agreed, officials said.",
                             "The United Kingdom agreed, officials said."])
    assert by_surface["U.K."] == by_surface["United Kingdom"]


def test_a_left_out_word_ends_a_name() -> None:
    # "pct-owned", "billion-dlr": a lowercase word hyphenated to a left-out word is left
    # out too, and the names on either side are never joined across it.
    mentions = extract("The Amberley Group Inc said its 70 pct-owned Vantor Mining Ltd venture won a permit.\n\n"
                       "Analysts want Norcastle delay its up to one-billion-dlr offering, they said.")
    assert [m.text for m in mentions] == ["Amberley Group Inc", "Vantor Mining Ltd", "Norcastle"]


# --- page furniture: earnings tables ---------------------------------------------------

def test_earnings_table_vocabulary_never_becomes_an_entity() -> None:
    text = ("VANTOR MINING INC <VMI> 4TH QTR JAN 31 LOSS\n"
            "Shr loss 32 cts vs loss seven cts\n"
            "Net loss 1.2 mln vs profit 3.4 mln\n"
            "Revs 20.9 mln vs 19.6 mln\n"
            "NINE MTHS\n"
            "Oper shr 51 cts vs 51 cts\n"
            "YEAR\n"
            "Avg shrs 7.8 mln vs 13.7 mln\n"
            "Qtly div three cts vs three cts prior\n\n"
            "AMBERLEY TO BUY 34 PCT OF NORCASTLE\n"
            "Amberley Corp said it agreed to buy 34 pct of Norcastle Ltd for 200 mln H.K. Dlrs.\n")
    words = {w for m in extract(text) for w in m.text.upper().split()}
    assert not words & {"QTR", "LOSS", "MTHS", "NINE", "YEAR", "PCT", "DLRS", "SHR", "REVS", "NET", "QTLY", "AVG"}
    assert {m.key for m in extract(text)} >= {"amberley corp", "norcastle ltd"}


def test_a_common_word_alone_on_a_line_is_kept_where_it_is_a_name_in_the_article() -> None:
    text = "Shares of Harbour rose on Monday, analysts said.\n\nHARBOUR\n\nThe stock closed at 12 dlrs."
    assert "HARBOUR" in [m.text for m in extract(text)]


@pytest.mark.parametrize("city", ["Boston", "Detroit", "Seattle"])
def test_a_big_city_whose_name_is_frequent_because_of_the_city_is_a_place(city: str) -> None:
    mentions = extract(f"The delegates met in {city} on Monday.")
    assert [(m.text, m.type) for m in mentions] == [(city, "PLACE")]


def test_a_city_named_like_a_very_common_word_is_not_trusted() -> None:
    # "Nice" (a city of 340,000): as a word it is far more frequent than as the city.
    assert all(m.type != "PLACE" for m in extract("They said it was Nice to be back."))


def test_a_state_or_province_from_the_subdivision_data_is_a_place() -> None:
    mentions = extract("New gas finds were made in Rajasthan last year, the company said.")
    assert ("Rajasthan", "PLACE") in [(m.text, m.type) for m in mentions]


@pytest.mark.parametrize("text, expected", [
    ("It says the UK Treasury has set aside the money.", [("UK", "PLACE"), ("Treasury", "ORG")]),
    ("The U.S. Agriculture Department said on Friday.", [("U.S.", "PLACE"), ("Agriculture Department", "ORG")]),
    ("A U.S. District Court judge ruled on Friday.", [("U.S. District Court", "ORG")]),
    ("US Airways said fares rose.", [("US Airways", "ORG")]),
])
def test_a_country_is_cut_from_its_branch_of_government_not_from_a_proper_name(text, expected) -> None:
    assert [(m.text, m.type) for m in extract(text)] == expected


def test_america_alone_is_the_country_and_the_continents_stay_themselves() -> None:
    # "United States of America" is the data's official name: "America" alone is that country.
    mentions = {m.text: m.key for m in extract(
        "Exports to America rose while Latin America and Central America slowed, the Americas' trade body said.")}
    assert mentions["America"] == "united states"
    assert mentions["Latin America"] == "latin america" and mentions["Central America"] == "central america"
    assert "Americas" in mentions


def test_a_subdivision_with_a_name_in_another_language_is_a_place() -> None:
    # ISO 3166-2 writes "Wales [Cymru GB-CYM]": the bracket is another name, not part of it.
    assert [(m.text, m.type) for m in extract("The team flew to Wales on Sunday.")] == [("Wales", "PLACE")]


def test_a_special_administrative_region_is_named_without_its_status() -> None:
    entities, _ids = resolve(["Shares in Hong Kong rose.", "Trading in Hong Kong was quiet."])
    assert [e.name for e in entities] == ["Hong Kong"]


def test_a_geonames_town_named_like_an_institution_is_the_institution() -> None:
    assert [(m.text, m.type) for m in extract("Researchers at the University of Texas said so.")] == [
        ("University of Texas", "ORG")]


def test_a_country_in_capitals_is_the_country() -> None:
    assert [(m.text, m.type) for m in extract("TRADE PACT WITH USSR SIGNED\n\nThe pact was signed on Monday.")
            if m.text == "USSR"] == [("USSR", "PLACE")]


def test_a_small_town_named_like_a_word_is_the_word_at_a_sentence_start() -> None:
    # "Cocoa" is a town of 18,000 in Florida; in a commodities report it is the bean.
    assert extract("Cocoa prices fell on Monday, traders said.") == []
    assert [(m.text, m.type) for m in extract("He grew up in Cocoa, Florida.")][0] == ("Cocoa", "PLACE")
    # ...while a city's name starts a sentence as the city.
    assert [(m.text, m.type) for m in extract("Geneva talks began on Monday.")] == [("Geneva", "PLACE")]


def test_a_word_capitalised_after_a_dotted_country_is_no_part_of_a_name() -> None:
    # Wires capitalise the word after "U.S." as if its full stop ended a sentence.
    text = "The rate against the U.S. Dollar rose, U.S. Officials said, and the U.S. Has agreed."
    assert [(m.text, m.type) for m in extract(text)] == [("U.S.", "PLACE")] * 3
    # ...while a name that starts with the country keeps it.
    assert [m.text for m in extract("Shares of U.S. Shoe Corp rose.")] == ["U.S. Shoe Corp"]


def test_a_countrys_official_is_cut_from_the_country() -> None:
    assert [(m.text, m.type) for m in extract("He said U.S. Trade Representative Dalla Vorne spoke.")] == [
        ("U.S.", "PLACE"), ("Dalla Vorne", "PERSON")]


@pytest.mark.parametrize("text, code", [
    ("The ECU rose against the dollar, dealers said.", "ECU"),     # the currency unit, no Ecuador
    ("Its new MDA handset sold well.", "MDA"),
    ("The RSS feeds of Tessel Group grew.", "RSS"),
])
def test_a_country_code_the_article_bears_out_nowhere_is_no_country(text: str, code: str) -> None:
    mention = next(m for m in extract(text) if m.text == code)
    assert mention.type != "PLACE"


def test_a_country_code_is_the_country_the_article_names_or_a_currency_or_a_union() -> None:
    mentions = {m.text: m for m in extract(
        "Tomas Varga (SA) scored, and South Africa won. The fund holds 30 mln N.Z. dlrs and HK$5bn. "
        "US and UK officials met.")}
    assert mentions["SA"].type == "PLACE" and mentions["SA"].key == mentions["South Africa"].key
    assert all(mentions[code].type == "PLACE" for code in ("N.Z.", "HK", "US", "UK"))


def test_a_person_in_brackets_before_a_code_gives_it_no_name_and_a_spelled_acronym_is_no_person() -> None:
    mentions = extract("Tomas Varga (QX) spoke. Den Varnske Kreditbank (DVK) grew. Den Varnske Kreditbank said.")
    by_text = {m.text: m for m in mentions}
    assert by_text["QX"].key != by_text["Tomas Varga"].key
    assert by_text["DVK"].key == by_text["Den Varnske Kreditbank"].key
    assert {m.type for m in mentions if m.key == by_text["DVK"].key} == {"ORG"}


def test_a_compass_letter_before_a_country_or_region_names_its_part() -> None:
    mentions = {m.text: m for m in extract("Exports to W Germany, E Europe and W. Germany rose, while West "
                                           "Germany said S and P was wrong. Vitamin E sold well.")}
    assert mentions["W Germany"].key == mentions["W. Germany"].key == mentions["West Germany"].key
    assert mentions["E Europe"].type == "PLACE" and "E" not in mentions and "S and P" in mentions
