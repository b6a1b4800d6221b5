"""Entity extraction and alias merging: the phenomena, one by one."""
from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest

from corpus_tui.index.extraction import ExtractedMention, default_extractor
from corpus_tui.index.lexicon import normalize_name
from corpus_tui.index.resolution import KeyStat, ResolvedEntity, find_entity, resolve_entities, suggest

REPO = Path(__file__).resolve().parent.parent
OWN = Path(__file__).resolve().parent / "data" / "own"


def extract(text: str) -> list[ExtractedMention]:
    return default_extractor().extract(text)


def corpus_entities(paths: list[Path]) -> tuple[list[ResolvedEntity], dict[str, set[str]]]:
    """Resolve a set of articles; also return, per entity id, the articles it is mentioned in."""
    stats: dict[str, KeyStat] = {}
    articles: dict[str, set[str]] = defaultdict(set)
    for path in paths:
        for mention in extract(path.read_text(encoding="utf-8")):
            stat = stats.setdefault(mention.key, KeyStat(mention.key, {}, {}, 0, 0))
            stat.count(mention.type, mention.text)
            articles[mention.key].add(path.name)
    for key, stat in stats.items():
        stat.articles = len(articles[key])
    entities = resolve_entities(stats.values())
    by_entity = {e.id: set().union(*(articles[k] for k in e.keys)) for e in entities}
    return entities, by_entity


@pytest.fixture(scope="module")
def seeds():
    return corpus_entities(sorted((REPO / "seeds").glob("*.txt")))


@pytest.fixture(scope="module")
def own():
    return corpus_entities(sorted(OWN.glob("*.txt")))


def entity(entities: list[ResolvedEntity], name: str) -> ResolvedEntity:
    found = find_entity(entities, name)
    assert found is not None, name
    return found


# --- extraction ---------------------------------------------------------------------

def test_offsets_are_exact_and_possessive_is_excluded() -> None:
    text = "Talks ended.\nThe minister met Anna Kowalczyk in Warsaw. Kowalczyk's office said so."
    mentions = extract(text)
    for mention in mentions:
        assert text[mention.start:mention.end] == mention.text
    assert [m.text for m in mentions] == ["Anna Kowalczyk", "Warsaw", "Kowalczyk"]
    assert mentions[2].key == mentions[0].key == "anna kowalczyk"
    assert [m.type for m in mentions] == ["PERSON", "PLACE", "PERSON"]


def test_sentence_initial_words_weekdays_and_bare_titles_are_not_entities() -> None:
    text = ("Budget row\nHowever, officials said on Monday that the plan stands. Officials in Lisbon agreed. "
            "The President declined to comment in March.")
    assert [m.text for m in extract(text)] == ["Lisbon"]


def test_titles_and_demonyms_are_cut_from_names() -> None:
    text = ("Summit\nFrench President Emmanuel Macron met Deputy Defence Minister Piotr Nowak and "
            "South African officials in Nairobi.")
    assert [(m.text, m.type) for m in extract(text)] == [
        ("Emmanuel Macron", "PERSON"), ("Piotr Nowak", "PERSON"), ("Nairobi", "PLACE")]


@pytest.mark.parametrize("people", ["Belgian", "Peruvian", "Lebanese", "Congolese", "Mozambican", "Honduran",
                                    "Cypriot", "Laotian", "Panamanian", "Afghan", "Arab", "Yugoslav"])
def test_a_demonym_formed_less_regularly_is_no_mention(people) -> None:
    # "Belgian" from Belgium, "Lebanese" from Lebanon, "Afghan" from Afghanistan: an
    # adjective of a people, like "French", never a place or an organisation of its own.
    text = f"Ferry\nThe ship sank off the {people} coast on Monday, a {people} official in Varnby said."
    assert [m.text for m in extract(text)] == ["Varnby"]


def test_a_faith_and_its_followers_are_no_mentions_but_the_bodies_named_after_them_are() -> None:
    # Like a demonym, "Muslim" or "Catholic" is an adjective of people, and "Islam" a faith:
    # neither is a person, a place or an organisation (NEWS_NOTES). A body keeps its name.
    text = ("Faith leaders meet\nMuslim and Jewish leaders met Catholic bishops in Varnby on Monday. "
            "Islam and Judaism share much, said the Muslim Council of Varnby and the Catholic Church.")
    assert [m.text for m in extract(text)] == ["Varnby", "Muslim Council of Varnby", "Catholic Church"]


def test_a_bodys_head_word_opening_a_sentence_is_no_name() -> None:
    # "Church" is capitalised mid-sentence only as the head of a body's name, after a word
    # that is also a given name ("Joy"): no evidence that "Church" alone names anything.
    text = ("Church urges boycott\nChurch ministers want the show stopped in Varnby. The pastor of the "
            "Fullness of Joy Church said so.")
    assert [m.text for m in extract(text)] == ["Varnby", "Fullness of Joy Church"]


def test_a_ministry_named_without_its_country_is_the_articles_countrys() -> None:
    # Two articles' "Finance Ministry" are two countries' ministries, not one entity.
    first = extract("Budget\nJapan said the Finance Ministry would act. Japan agreed.\n")
    second = extract("Budget\nThe French Finance Ministry said so. The Finance Ministry added more.\n")
    assert {m.key for m in first if m.text == "Finance Ministry"} == {"japan finance ministry"}
    assert {m.key for m in second if m.text == "Finance Ministry"} == {"french finance ministry"}
    # and the entity's name says whose it is
    stats: dict[str, KeyStat] = {}
    for mention in first + [m for m in second if m.text == "Finance Ministry"]:
        stat = stats.setdefault(mention.key, KeyStat(mention.key, {}, {}, 0, 1))
        stat.count(mention.type, mention.text)
    names = {e.name for e in resolve_entities(stats.values()) if e.type == "ORG"}
    assert names == {"Finance Ministry (Japan)", "Finance Ministry (French)"}


def test_a_headline_writes_a_companys_leading_words_that_the_body_gives_after_the() -> None:
    text = "VARNOW ORGANISATION HAS 100 MLN STG CP PROGRAM\n\nThe Varnow Organisation Plc said it has a program.\n"
    keys = {m.text: m.key for m in extract(text)}
    assert keys["VARNOW ORGANISATION"] == keys["Varnow Organisation Plc"]


def test_hyphenated_place_pairs_are_split() -> None:
    text = "Trade\nThe Chile-Argentina deal and the US-led bloc worried Peru."
    assert [m.text for m in extract(text)] == ["Chile", "Argentina", "US", "Peru"]


def test_acronym_defined_in_the_article_takes_the_long_name_key() -> None:
    text = ("Health\nThe World Health Organization (WHO) warned on Friday. A WHO spokesman said the "
            "International Committee for Relief and Aid (ICRA) agreed. ICRA staff left.")
    mentions = {m.text: m for m in extract(text)}
    assert mentions["WHO"].key == mentions["World Health Organization"].key
    assert mentions["ICRA"].key == normalize_name("International Committee for Relief and Aid")


def test_a_headlines_acronym_is_the_long_name_the_body_spells_out() -> None:
    # A wire's all-caps headline shouts the acronym the body never writes: its initials say it.
    text = ("QUELM APPEAL ON VARNBY PORK DISMISSED\n\n"
            "An appeal by the Quell Ursine Eastern Livestock Movement was dismissed on Monday.\n")
    mentions = {m.text: m for m in extract(text)}
    assert mentions["QUELM"].key == mentions["Quell Ursine Eastern Livestock Movement"].key


def test_a_long_name_is_one_across_its_and_where_the_text_writes_its_acronym() -> None:
    text = ("Talks on the Varnish Agreement on Quotas and Trade (VAQT) resumed. Delegates of the "
            "Quell Union for Freight and Storage spoke. Ford and Tessel Motors Corp rose.\n")
    names = [m.text for m in extract(text)]
    assert "Varnish Agreement on Quotas and Trade" in names
    # no acronym written, a body's two plain fields after "for" are still one name (rules-55);
    # the firm after "Ford and" stays apart
    assert "Quell Union for Freight and Storage" in names and "Tessel Motors Corp" in names


def test_a_country_named_in_full_and_by_acronym_gets_the_common_name_key() -> None:
    text = "Visit\nIt was signed by the Democratic People's Republic of Korea (DPRK). The DPRK later agreed."
    keys = {m.text: m.key for m in extract(text)}
    assert keys["DPRK"] == keys["Democratic People's Republic of Korea"] == "north korea"


def test_a_surname_resolves_to_the_full_name_in_the_same_article_only_when_unique() -> None:
    text = ("Ministers\nEconomy minister Lee Jae-sung met trade minister Lee Min-ho. Lee said nothing. "
            "Officials praised Margarethe Vogel. Vogel smiled.")
    mentions = extract(text)
    keys = {m.text: m.key for m in mentions}
    assert keys["Vogel"] == "margarethe vogel"
    assert keys["Lee Jae-sung"] != keys["Lee Min-ho"]
    assert keys["Lee"] == "lee"    # two Lees: left unresolved


def test_extractor_name_is_set_and_output_is_stable() -> None:
    extractor = default_extractor()
    assert extractor.name
    text = (REPO / "seeds").glob("*.txt").__next__().read_text(encoding="utf-8")
    assert extractor.extract(text) == extractor.extract(text)


def test_no_seed_names_in_the_code() -> None:
    pattern = re.compile(r"shoigu|kim jong|pyongyang|kcna", re.IGNORECASE)
    for folder in ("index", "tui"):
        for path in (REPO / folder).rglob("*.py"):
            assert not pattern.search(path.read_text(encoding="utf-8")), path


# --- normalisation and lookup ------------------------------------------------------------

@pytest.mark.parametrize("raw, folded", [
    ("Kim Jong-un's", "kim jong un"), ("Lajčák", "lajcak"), ("the Kremlin", "kremlin"),
    ("Reuters’", "reuters"), ("O'Neill", "oneill"), ("  Sergey   Shoigu ", "sergey shoigu"),
    # (a wire's shortened words are the words: "NAT'L" is "National")
    ("NAT'L QUELLSEN", "national quellsen"), ("Int'l Varn", "international varn"),
    ("Varn Mfg Co", "varn manufacturing co"),
])
def test_normalize_name(raw: str, folded: str) -> None:
    assert normalize_name(raw) == folded


# --- seeds ---------------------------------------------------------------------------------

def test_seeds_the_security_chief_is_one_entity_in_all_five_articles(seeds) -> None:
    entities, articles = seeds
    chief = entity(entities, "shoigu")
    assert len(articles[chief.id]) == 5
    assert {"Sergei Shoigu", "Sergey Shoigu", "Shoigu"} <= set(chief.aliases)
    assert entity(entities, "Sergey Shoigu") is chief
    assert chief.type == "PERSON"


def test_seeds_leader_spellings_are_one_entity(seeds) -> None:
    entities, _ = seeds
    leader = entity(entities, "Kim Jong-un")
    assert entity(entities, "Kim Jong Un") is leader
    assert {"Kim Jong-un", "Kim Jong Un", "Kim"} <= set(leader.aliases)


def test_seeds_acronym_resolves_to_the_country(seeds) -> None:
    entities, _ = seeds
    country = entity(entities, "North Korea")
    assert entity(entities, "DPRK") is country
    assert country.type == "PLACE"
    assert country.name == "North Korea"
    assert entity(entities, "Pyongyang") is not country
    assert entity(entities, "Moscow") is not entity(entities, "Russia")
    assert entity(entities, "Pyongyang").type == entity(entities, "Moscow").type == "PLACE"


def test_seeds_news_agency_acronym_and_long_name_are_one(seeds) -> None:
    entities, _ = seeds
    agency = entity(entities, "KCNA")
    assert agency.type == "ORG"
    assert "Korean Central News Agency" in agency.aliases


def test_seeds_two_people_named_lee_stay_apart(seeds) -> None:
    entities, _ = seeds
    assert entity(entities, "Joyce Lee") is not entity(entities, "Lee Seong-kweun")
    assert find_entity(entities, "Lee") is None   # ambiguous


# --- own articles ----------------------------------------------------------------------------

def test_own_transliteration_variants_merge(own) -> None:
    entities, articles = own
    envoy = entity(entities, "Rustam Kasimov")
    assert entity(entities, "Qasimov") is envoy
    minister = entity(entities, "Giorgi Beridze")
    assert "Georgiy Beridze" in minister.aliases
    negotiator = entity(entities, "Alan Dzhioev")
    assert {"Alan Dzhioyev", "Dzhioyev"} <= set(negotiator.aliases)


def test_own_diacritics_and_hyphen_variants_merge(own) -> None:
    entities, _ = own
    head = entity(entities, "Tomas Horvath")
    assert {"Tomáš Horváth", "Horvath"} <= set(head.aliases)
    chair = entity(entities, "Jean Marc Delorme")
    assert {"Jean-Marc Delorme", "Delorme"} <= set(chair.aliases)


def test_own_acronyms_defined_once_resolve_everywhere(own) -> None:
    entities, articles = own
    mission = entity(entities, "EUMM")
    assert "European Union Monitoring Mission" in mission.aliases
    assert len(articles[mission.id]) >= 3
    hotline = entity(entities, "IPRM")
    assert "Incident Prevention and Response Mechanism" in hotline.aliases
    assert entity(entities, "EU") is not mission


def test_own_people_sharing_a_surname_stay_apart(own) -> None:
    entities, _ = own
    minister, villager = entity(entities, "Giorgi Beridze"), entity(entities, "Nino Beridze")
    assert minister is not villager
    assert find_entity(entities, "Beridze") is None   # ambiguous across the corpus


def test_own_north_and_south_places_and_places_named_organisations_stay_apart(own) -> None:
    entities, _ = own
    assert entity(entities, "North Ossetia") is not entity(entities, "South Ossetia")
    city = entity(entities, "Tbilisi")
    assert city.type == "PLACE"
    for organisation in ("Dinamo Tbilisi", "Tbilisi State University"):
        found = entity(entities, organisation)
        assert found is not city and found.type == "ORG"
    assert entity(entities, "Spartak Tskhinvali") is not entity(entities, "Tskhinvali")


# --- resolve on aggregates ---------------------------------------------------------------------

def stat(key: str, entity_type: str, forms: dict[str, int]) -> KeyStat:
    count = sum(forms.values())
    return KeyStat(key, {entity_type: count}, forms, count, 1)


def test_resolve_is_deterministic_and_ids_unique() -> None:
    stats = [stat("muammar gaddafi", "PERSON", {"Muammar Gaddafi": 3}),
             stat("muammar qaddafi", "PERSON", {"Muammar Qaddafi": 1}),
             stat("gaddafi", "PERSON", {"Gaddafi": 5}),
             stat("georgia", "PLACE", {"Georgia": 2}),
             stat("georgia state", "ORG", {"Georgia State": 1})]
    first, second = resolve_entities(stats), resolve_entities(list(reversed(stats)))
    assert [(e.id, e.keys) for e in first] == [(e.id, e.keys) for e in second]
    assert len({e.id for e in first}) == len(first)
    leader = find_entity(first, "Qaddafi")
    assert leader is not None and leader.keys == ["gaddafi", "muammar gaddafi", "muammar qaddafi"]
    assert leader.name == "Muammar Gaddafi"


def test_resolve_keeps_bare_surname_apart_when_two_people_have_it() -> None:
    entities = resolve_entities([stat("lee jae sung", "PERSON", {"Lee Jae-sung": 2}),
                        stat("lee min ho", "PERSON", {"Lee Min-ho": 2}),
                        stat("lee", "PERSON", {"Lee": 3})])
    assert len(entities) == 3


def test_organisation_short_form_joins_only_an_unambiguous_qualified_form() -> None:
    merged = resolve_entities([stat("security council", "ORG", {"Security Council": 3}),
                      stat("russian security council", "ORG", {"Russian Security Council": 1}),
                      stat("security council of russia", "ORG", {"Security Council of Russia": 1})])
    assert len(merged) == 1
    apart = resolve_entities([stat("security council", "ORG", {"Security Council": 3}),
                     stat("russian security council", "ORG", {"Russian Security Council": 1}),
                     stat("un security council", "ORG", {"UN Security Council": 1})])
    assert len(apart) == 3


def test_suggest_offers_close_names() -> None:
    entities = resolve_entities([stat("sergei lavrov", "PERSON", {"Sergei Lavrov": 2}),
                        stat("lisbon", "PLACE", {"Lisbon": 2})])
    assert suggest(entities, "Lavorv")[0] == "Sergei Lavrov"
    assert find_entity(entities, "nobody here") is None
