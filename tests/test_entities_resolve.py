"""Corpus-wide resolution: the merges that its fast paths (blocking, sub-blocking by
initials, single-form shortcuts, the paused cycle collector) must keep exactly."""
from __future__ import annotations

import gc
import itertools
import random
from collections import defaultdict

import pytest

from corpus_tui.index.engine import CorpusIndex
from corpus_tui.index.resolution import KeyStat, ResolvedEntity, merges, resolve_entities, transliteration_skeleton


def stat(key: str, entity_type: str, forms: dict[str, int], articles: int = 1) -> KeyStat:
    count = sum(forms.values())
    return KeyStat(key, {entity_type: count}, forms, count, articles)


def person(key: str, mentions: int = 1) -> KeyStat:
    return stat(key, "PERSON", {key.title(): mentions})


def clusters(entities: list[ResolvedEntity]) -> set[frozenset[str]]:
    return {frozenset(entity.keys) for entity in entities}


def together(entities: list[ResolvedEntity], *keys: str) -> bool:
    return any(set(keys) <= set(entity.keys) for entity in entities)


# --- the merges, one by one ---------------------------------------------------------------

def test_romanisation_variants_of_a_full_name_merge() -> None:
    entities = resolve_entities([person("sergei lavrov", 5), person("sergey lavrov", 2),
                        person("aleksandr petrov", 3), person("alexander petrov", 1),
                        person("yevgeny prigozhin", 2), person("evgeny prigozhin", 1)])
    assert clusters(entities) == {frozenset({"sergei lavrov", "sergey lavrov"}),
                                  frozenset({"aleksandr petrov", "alexander petrov"}),
                                  frozenset({"yevgeny prigozhin", "evgeny prigozhin"})}
    lavrov = next(e for e in entities if "sergei lavrov" in e.keys)
    assert lavrov.name == "Sergei Lavrov" and lavrov.mentions == 7
    assert lavrov.aliases == ["Sergei Lavrov", "Sergey Lavrov"]


def test_velar_initials_still_merge_across_sub_blocks() -> None:
    # Sub-blocking by initials must count g, k and q as one letter: Gaddafi/Qaddafi/Kadhafi.
    entities = resolve_entities([person("muammar gaddafi", 3), person("muammar qaddafi", 2),
                                 person("muammar kadhafi", 1)])
    assert len(entities) == 1 and entities[0].name == "Muammar Gaddafi"


def test_spacing_variants_merge() -> None:
    assert together(resolve_entities([person("moon jae in", 4), person("moon jaein", 1)]), "moon jae in", "moon jaein")


def test_different_people_with_one_surname_stay_apart() -> None:
    entities = resolve_entities([person("lee jae myung"), person("lee jong sup"), person("john smith"),
                                 person("jane smith"), person("smith", 3)])
    assert len(entities) == 5   # and the bare surname joins neither Smith


def test_a_bare_surname_joins_its_only_person() -> None:
    entities = resolve_entities([person("sergei lavrov", 3), person("lavrov", 4), person("jane smith")])
    assert together(entities, "sergei lavrov", "lavrov") and len(entities) == 2


def test_a_bare_given_name_joins_no_one_of_another_article() -> None:
    # "Vorn's son, Alexander" in one article is not the Alexander Pellow of another
    entities = resolve_entities([person("alexander pellow", 3), person("alexander", 1), person("jane smith")])
    assert not together(entities, "alexander pellow", "alexander") and len(entities) == 3


def test_a_bare_family_name_joins_its_only_east_asian_person() -> None:
    # the family name comes first: "Pak" of "Pak Min Chol", "Ryu" of "Ryu Hye-won"
    entities = resolve_entities([person("pak min chol", 3), person("pak", 2), person("ryu hye won", 2),
                                 person("ryu", 1)])
    assert together(entities, "pak min chol", "pak") and together(entities, "ryu hye won", "ryu")


def test_acronym_joins_its_long_form_and_the_long_form_names_it() -> None:
    entities = resolve_entities([stat("world health organization", "ORG", {"World Health Organization": 2}),
                        stat("who", "ORG", {"WHO": 5}),
                        stat("wto", "ORG", {"WTO": 1})])
    who = next(e for e in entities if "who" in e.keys)
    assert who.keys == ["who", "world health organization"] and who.name == "World Health Organization"
    assert any(e.keys == ["wto"] for e in entities)


def test_acronym_of_a_surface_form_only() -> None:
    # Only a surface form ("Anglo-Copper Mining"), not the key, spells the acronym's initials.
    entities = resolve_entities([stat("anglo copper", "ORG", {"Anglo Copper": 2, "Anglo-Copper Mining": 1}),
                        stat("acm", "ORG", {"ACM": 3})])
    assert clusters(entities) == {frozenset({"acm", "anglo copper"})}


def test_company_suffixes_and_place_names() -> None:
    entities = resolve_entities([stat("acme copper corp", "ORG", {"Acme Copper Corp.": 2}),
                        stat("acme copper corporation", "ORG", {"Acme Copper Corporation": 1}),
                        stat("acme copper", "ORG", {"Acme Copper": 1}),
                        stat("north korea", "PLACE", {"DPRK": 1})])
    assert frozenset({"acme copper", "acme copper corp", "acme copper corporation"}) in clusters(entities)
    assert any(e.name == "North Korea" and e.type == "PLACE" for e in entities)   # spelt from the key


def test_a_famous_company_name_alone_joins_its_full_name_and_the_company_is_an_organisation() -> None:
    # "Zorvex said" reads like a person; "Zorvex Corp" says what it is. A brand so
    # famous its name is a common word still joins; an everyday word does not.
    entities = resolve_entities([
        stat("zorvex", "PERSON", {"Zorvex": 30}), stat("zorvex corp", "ORG", {"Zorvex Corp": 26}),
        stat("quellan matheson holdings ltd", "PERSON", {"Quellan Matheson": 12, "Quellan Matheson Holdings Ltd": 3}),
        stat("general", "OTHER", {"General": 4}), stat("general corp", "ORG", {"General Corp": 2})])
    zorvex = next(e for e in entities if "zorvex" in e.keys)
    assert set(zorvex.keys) == {"zorvex", "zorvex corp"}
    assert zorvex.type == "ORG" and zorvex.name == "Zorvex"   # named as outlets write it most
    assert next(e for e in entities if "quellan matheson holdings ltd" in e.keys).type == "ORG"
    assert not together(entities, "general", "general corp")
    # "& Co" is folded to "and co": what is left is the name.
    entities = resolve_entities([stat("varley lynch", "PERSON", {"Varley Lynch": 9}),
                                 stat("varley lynch and co", "ORG", {"Varley Lynch & Co": 2})])
    assert len(entities) == 1 and entities[0].type == "ORG" and entities[0].name == "Varley Lynch"


def test_an_organisation_is_not_named_with_a_word_one_outlet_glued_before_it() -> None:
    entities = resolve_entities([stat("ruling vellan party", "ORG", {"Ruling Vellan Party": 3}),
                                 stat("vellan party", "ORG", {"Vellan Party": 40})])
    assert [e.name for e in entities] == ["Vellan Party"]
    # ...but a rare word first is the name's own ("Kidder Peabody" written "Peabody" too).
    entities = resolve_entities([stat("quarrow vellan party", "ORG", {"Quarrow Vellan Party": 3}),
                                 stat("vellan party", "ORG", {"Vellan Party": 40})])
    assert [e.name for e in entities] == ["Quarrow Vellan Party"]


def test_a_small_town_key_joins_the_company_named_so_more_often() -> None:
    # A town of a few thousand people shares its name with a company the corpus names
    # ten times as often with "Corp": the bare name is the company. A big city is not.
    from corpus_tui.index.lexicon import lexicon

    town = next(name for name in sorted(lexicon().small_towns)
                if " " not in name and lexicon().zipf(name) < 2.0 and len(name) > 6)
    entities = resolve_entities([stat(town, "PLACE", {town.title(): 3}),
                                 stat(f"{town} corp", "ORG", {f"{town.title()} Corp": 30})])
    assert len(entities) == 1 and entities[0].type == "ORG"
    entities = resolve_entities([stat(town, "PLACE", {town.title(): 30}),
                                 stat(f"{town} corp", "ORG", {f"{town.title()} Corp": 3})])
    assert len(entities) == 2


def test_an_untyped_key_never_joins_a_person_and_a_place_into_one() -> None:
    # "Tarvin" alone (untyped) is a spelling of the town "Tarvyn" and the surname of
    # "Jacques Tarvin": it may join one of them, never both.
    entities = resolve_entities([stat("tarvyn", "PLACE", {"Tarvyn": 5}), stat("tarvin", "OTHER", {"Tarvin": 2}),
                                 person("jacques tarvin", 3)])
    assert not together(entities, "tarvyn", "jacques tarvin")
    assert next(e for e in entities if "jacques tarvin" in e.keys).type == "PERSON"


def test_a_name_far_more_often_alone_is_not_the_short_form_of_one_firm() -> None:
    # One article wrote "Dunmore" for "Dunmore Industries Inc"; "Dunmore" alone (a club)
    # is in a hundred. A short form the articles of the long name use often still joins.
    club = stat("dunmore", "ORG", {"Dunmore": 200}, articles=100)
    firm = stat("dunmore industries inc", "ORG", {"Dunmore Industries Inc": 2, "Dunmore": 2})
    assert not together(resolve_entities([club, firm]), "dunmore", "dunmore industries inc")
    brand = stat("quorvane", "ORG", {"Quorvane": 160}, articles=60)
    maker = stat("quorvane computer inc", "ORG", {"Quorvane Computer Inc": 20, "Quorvane": 30})
    assert together(resolve_entities([brand, maker]), "quorvane", "quorvane computer inc")


def test_a_surname_of_a_person_stays_apart_from_a_company_named_so() -> None:
    entities = resolve_entities([person("charles wexley", 5), stat("wexley", "OTHER", {"WEXLEY": 2}),
                                 stat("wexley cos", "ORG", {"Wexley Cos": 3})])
    assert not together(entities, "wexley", "wexley cos")
    assert next(e for e in entities if "wexley cos" in e.keys).type == "ORG"


def test_resolve_restores_the_garbage_collector_state() -> None:
    stats = [person("sergei lavrov"), person("sergey lavrov")]
    assert gc.isenabled()
    resolve_entities(stats)
    assert gc.isenabled()
    gc.disable()
    try:
        resolve_entities(stats)
        assert not gc.isenabled()
    finally:
        gc.enable()


# --- a large synthetic input against a brute-force reference --------------------------------

_VARIANTS = (("y", "i"), ("ks", "x"), ("v", "w"), ("ei", "ey"), ("kh", "h"), ("a", "o"), ("ll", "l"), ("e", ""))
_VELARS = "gkq"


def _respelt(word: str, rng: random.Random) -> str:
    if word[0] in _VELARS and rng.random() < 0.5:   # Gaddafi/Qaddafi/Kaddafi
        return rng.choice(_VELARS.replace(word[0], "")) + word[1:]
    old, new = rng.choice(_VARIANTS)
    return word.replace(old, new, 1)


def _synthetic_people(count: int, seed: int) -> list[KeyStat]:
    """Person keys of two or three words from a small pool of syllables, so that many keys
    share a first or last word; two in five come with a twin respelt as romanisation would."""
    rng = random.Random(seed)
    syllables = ["ka", "ser", "gei", "lav", "rov", "mi", "khail", "yev", "ge", "ni", "al", "ek", "san", "dr",
                 "pet", "ko", "qa", "ga", "kad", "daf", "fi", "vla", "dim", "ir", "yu", "ri", "lee", "jo", "han"]

    def name_word() -> str:
        return "".join(rng.choice(syllables) for _ in range(rng.randint(2, 3)))

    pool = [name_word() for _ in range(60)]
    keys: set[str] = set()
    while len(keys) < count:
        words = [rng.choice(pool) for _ in range(rng.choice((2, 2, 3)))]
        keys.add(" ".join(words))
        if rng.random() < 0.4:
            position = rng.randrange(len(words))
            words[position] = _respelt(words[position], rng) or words[position]
            keys.add(" ".join(words))
    return [person(key, rng.randint(1, 9)) for key in sorted(keys)]


def _brute_force_person_clusters(stats: list[KeyStat]) -> set[frozenset[str]]:
    """Every pair compared, no sub-blocking: keys join when their folded spellings are equal,
    or when they share a first or last word (in a block of at most `_MAX_BLOCK`) and every
    word agrees under the person rule."""
    from rapidfuzz.distance import Levenshtein

    keys = sorted(s.key for s in stats)
    skeletons = {key: [transliteration_skeleton(w) for w in key.split()] for key in keys}
    block_sizes: dict[tuple, int] = defaultdict(int)
    for key in keys:
        sk = skeletons[key]
        block_sizes[(len(sk), 0, sk[0])] += 1
        block_sizes[(len(sk), -1, sk[-1])] += 1
    parent = {key: key for key in keys}

    def find(key: str) -> str:
        while parent[key] != key:
            key = parent[key]
        return key

    for first, second in itertools.combinations(keys, 2):
        a, b = skeletons[first], skeletons[second]
        joined = "".join(a) == "".join(b)
        shared_block = len(a) == len(b) and any(
            a[p] == b[p] and block_sizes[(len(a), p, a[p])] <= merges._MAX_BLOCK for p in (0, -1))
        if joined or shared_block and all(merges._same_name_word(x, y, Levenshtein) for x, y in zip(a, b, strict=True)):
            parent[find(second)] = find(first)
    groups: dict[str, set[str]] = defaultdict(set)
    for key in keys:
        groups[find(key)].add(key)
    return {frozenset(group) for group in groups.values()}


def test_large_synthetic_input_resolves_as_the_brute_force_reference() -> None:
    stats = _synthetic_people(1500, seed=7)
    expected = _brute_force_person_clusters(stats)
    got = clusters(resolve_entities(stats))
    assert got == expected
    assert sum(1 for group in expected if len(group) > 1) > 100   # the sample does exercise merging
    # ...and the order of the input does not matter.
    shuffled = list(stats)
    random.Random(1).shuffle(shuffled)
    summary = [(e.id, e.keys, e.name) for e in resolve_entities(stats)]
    assert [(e.id, e.keys, e.name) for e in resolve_entities(shuffled)] == summary


# --- the engine: article counts of merged and single-key entities ------------------------------

def test_engine_counts_distinct_articles_of_merged_entities(tmp_path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Talks\n\nSergei Lavrov met reporters in Lisbon on Monday.\n", encoding="utf-8")
    (corpus / "b.txt").write_text("Visit\n\nSergey Lavrov arrived in Lisbon.\n", encoding="utf-8")
    (corpus / "c.txt").write_text("Both\n\nSergei Lavrov, also written Sergey Lavrov, spoke again.\n", encoding="utf-8")
    ix = CorpusIndex.open(corpus, tmp_path / "index")
    by_name = {e.name: e for e in ix.entities()}
    lavrov = ix.find_entity("Sergey Lavrov")
    assert lavrov.mentions == 4 and lavrov.articles == 3   # four mentions in three articles, not 4
    assert by_name["Lisbon"].articles == 2
    # A changed file is seen by the next call.
    (corpus / "b.txt").write_text("Visit\n\nNobody arrived.\n", encoding="utf-8")
    ix.sync()
    assert ix.find_entity("Sergei Lavrov").articles == 2
    assert next(e for e in ix.entities() if e.name == "Lisbon").articles == 1


def test_british_and_american_spellings_of_an_organisation_are_one() -> None:
    entities = resolve_entities([
        stat("international quorn organisation", "ORG", {"International Quorn Organisation": 5}),
        stat("international quorn organization", "ORG", {"International Quorn Organization": 2}),
        stat("velmar centre for studies", "ORG", {"Velmar Centre for Studies": 3}),
        stat("velmar center for studies", "ORG", {"Velmar Center for Studies": 1})])
    assert len(entities) == 2


def test_the_treasury_of_two_countries_is_two_entities_and_one_named_in_full_is_its_own() -> None:
    from test_country_forms import extract

    texts = ["The Treasury said Britain's deficit grew, and the UK pound fell.",
             "The U.S. Treasury said it would sell notes. The Treasury added that U.S. yields rose.",
             "Japan's Treasury said so. The Treasury added that Japan grew."]
    stats: dict[str, KeyStat] = {}
    for text in texts:
        for mention in extract(text):
            stat = stats.setdefault(mention.key, KeyStat(mention.key, defaultdict(int), defaultdict(int), 0, 1))
            stat.count(mention.type, mention.text)
    treasuries = [e for e in resolve_entities(stats.values()) if e.type == "ORG"]
    # three entities, and each name says whose Treasury it is
    assert sorted(e.name for e in treasuries) == ["Treasury (Japan)", "Treasury (United Kingdom)",
                                                  "Treasury (United States)"], treasuries


@pytest.mark.parametrize("french, english", [("djamel", "jamel"), ("abdeldjalil", "abdeljalil")])
def test_the_french_dj_is_the_english_j(french: str, english: str) -> None:
    assert transliteration_skeleton(french) == transliteration_skeleton(english)


@pytest.mark.parametrize("first, second", [("mitchell", "michael"), ("fitch", "fish"), ("chum", "shum")])
def test_the_french_ch_for_sh_is_left_alone_english_names_would_collide(first: str, second: str) -> None:
    assert transliteration_skeleton(first) != transliteration_skeleton(second)


def test_a_party_named_with_and_without_its_head_word_is_one_but_a_congress_party_is_no_congress() -> None:
    from corpus_tui.index.resolution import KeyStat, resolve_entities

    def stat(key: str) -> KeyStat:
        return KeyStat(key, {"ORG": 3}, {key.title(): 3}, 3, 2)

    entities = resolve_entities([stat("varnist party"), stat("varnist"), stat("congress party"), stat("congress")])
    entity_of = {key: e.id for e in entities for key in e.keys}
    assert entity_of["varnist party"] == entity_of["varnist"]
    assert entity_of["congress party"] != entity_of["congress"]


def test_suffix_variants_of_an_everyday_word_merge_without_the_bare_word() -> None:
    entities = resolve_entities([stat("news corp", "ORG", {"News Corp": 4}),
                                 stat("news corporation", "ORG", {"News Corporation": 2}),
                                 stat("news", "OTHER", {"News": 3})])
    assert together(entities, "news corp", "news corporation")
    assert not together(entities, "news", "news corp")


def test_a_things_name_and_its_plural_are_one_entity_but_a_persons_are_not() -> None:
    entities = resolve_entities([stat("zorbpod", "OTHER", {"zorbPod": 4}), stat("zorbpods", "OTHER", {"zorbPods": 2}),
                                 person("ann quellings", 2), person("quelling", 1), person("quellings", 1)])
    assert together(entities, "zorbpod", "zorbpods")
    assert not together(entities, "quelling", "quellings")
