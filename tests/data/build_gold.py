"""Writes seeds_gold.json, own_gold.json and own2_gold.json from the hand annotation below.

The annotation is a list of (surface pattern, type, entity id) per corpus, with per-article
overrides where one surface names different entities in different articles. Every
occurrence of a pattern (whole words, longest match first, no overlaps) is a gold mention.
The offsets are computed here so nobody types them; the JSON files are the gold the test
reads. Re-run after editing: python tests/data/build_gold.py
"""
from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent

GUIDELINES = """\
A mention is a proper name of a person (PERSON), organisation (ORG) or place (PLACE), or another
named thing that is not one of these, e.g. a war, a treaty, a negotiation format (OTHER).
Spans: the name as written, without a leading "the", without a possessive 's, without titles
or roles ("Defence Minister Shoigu" -> "Shoigu"; "President Vladimir Putin" -> "Vladimir Putin").
Demonyms and adjectives of nationality are NOT mentions ("Russian", "North Korean", "South
Ossetian", "Georgian government"), and neither is a common noun after one ("the Korean peninsula").
A demonym that is part of a proper name is part of the span ("Russian Security Council",
"Korean Central News Agency", "Korean War"). Hyphenated compounds of names hold one mention per
name ("Russia-North Korea ties": Russia, North Korea; "US-South Korean": US). A name inside a
longer name is not annotated separately ("Voice of Korea", "Dinamo Tbilisi",
"Security Council of Russia" are one mention each). Capitals and buildings used for governments
keep their type ("Moscow", "Washington" PLACE; "Kremlin" ORG). Acronyms are mentions of what they
stand for. Bare titles ("the President"), weekdays, months and sentence-initial common words are
not mentions. "the North" meaning North Korea is a mention of it.
Entities: every mention belongs to exactly one entity (what the name refers to in that article).
must_not_merge: pairs of entities that share a word or look alike but are different things."""

# Seeds: five real news articles about one meeting.
SEEDS_SPEC = [
    ("North Korea", "PLACE", "north-korea"), ("DPRK", "PLACE", "north-korea"),
    ("Democratic People’s Republic of Korea", "PLACE", "north-korea"),
    (r"re:North(?! Korea)", "PLACE", "north-korea"),
    ("Russia", "PLACE", "russia"), ("Russian Federation", "PLACE", "russia"),
    ("Kim Jong Un", "PERSON", "kim-jong-un"), ("Kim Jong-un", "PERSON", "kim-jong-un"), ("Kim", "PERSON", "kim-jong-un"),
    ("Sergey Shoigu", "PERSON", "sergei-shoigu"), ("Sergei Shoigu", "PERSON", "sergei-shoigu"),
    ("Shoigu", "PERSON", "sergei-shoigu"),
    ("KCNA", "ORG", "kcna"), ("Korean Central News Agency", "ORG", "kcna"),
    ("Pyongyang", "PLACE", "pyongyang"), ("Ukraine", "PLACE", "ukraine"), ("Moscow", "PLACE", "moscow"),
    ("Vladimir Putin", "PERSON", "vladimir-putin"), ("Putin", "PERSON", "vladimir-putin"),
    ("Russian Security Council", "ORG", "security-council"), ("Security Council of Russia", "ORG", "security-council"),
    ("Security Council", "ORG", "security-council"),
    ("United States", "PLACE", "united-states"), ("US", "PLACE", "united-states"),
    ("Washington", "PLACE", "washington"), ("Kursk", "PLACE", "kursk"),
    ("NATO", "ORG", "nato"), ("RIA", "ORG", "ria"), ("TASS", "ORG", "tass"),
    ("Reuters", "ORG", "reuters"), ("REUTERS", "ORG", "reuters"), ("Kremlin", "ORG", "kremlin"),
    ("Voice of Korea", "ORG", "voice-of-korea"), ("Korean War", "OTHER", "korean-war"),
    ("Korean Peninsula", "PLACE", "korean-peninsula"), ("Soviet Union", "PLACE", "soviet-union"),
    ("Treaty on Comprehensive Strategic Partnership", "OTHER", "treaty-on-comprehensive-strategic-partnership"),
    ("China", "PLACE", "china"), ("Europe", "PLACE", "europe"), ("Asia", "PLACE", "asia"),
    ("Joyce Lee", "PERSON", "joyce-lee"), ("Lee Seong-kweun", "PERSON", "lee-seong-kweun"),
    ("Pak Jong-chon", "PERSON", "pak-jong-chon"), ("Kang Sun-Nam", "PERSON", "kang-sun-nam"),
    ("Aleksey Krivoruchko", "PERSON", "aleksey-krivoruchko"),
    ("Sergei Lavrov", "PERSON", "sergei-lavrov"), ("Lavrov", "PERSON", "sergei-lavrov"),
]
SEEDS_MUST_NOT_MERGE = [
    ["pyongyang", "north-korea"], ["moscow", "russia"], ["joyce-lee", "lee-seong-kweun"],
    ["sergei-shoigu", "sergei-lavrov"], ["kcna", "voice-of-korea"], ["north-korea", "korean-peninsula"],
    ["kim-jong-un", "pak-jong-chon"], ["united-states", "washington"],
]

# Own articles: an invented story (people and events are fictional) on real places.
OWN_SPEC = [
    ("Georgia", "PLACE", "georgia"), ("South Ossetia", "PLACE", "south-ossetia"),
    ("North Ossetia", "PLACE", "north-ossetia"), ("South Caucasus", "PLACE", "south-caucasus"),
    ("Ergneti", "PLACE", "ergneti"), ("Geneva", "PLACE", "geneva"), ("Tbilisi", "PLACE", "tbilisi"),
    ("Tskhinvali", "PLACE", "tskhinvali"), ("Liakhvi", "PLACE", "liakhvi"), ("Roki", "PLACE", "roki"),
    ("Vladikavkaz", "PLACE", "vladikavkaz"), ("Khelchua", "PLACE", "khelchua"), ("Gori", "PLACE", "gori"),
    ("Astrakhan", "PLACE", "astrakhan"), ("Azerbaijan", "PLACE", "azerbaijan"), ("Batumi", "PLACE", "batumi"),
    ("Russia", "PLACE", "russia"), ("Moscow", "PLACE", "moscow"), ("Europe", "PLACE", "europe"),
    ("Vienna", "PLACE", "vienna"),
    ("Alan Dzhioyev", "PERSON", "alan-dzhioyev"), ("Alan Dzhioev", "PERSON", "alan-dzhioyev"),
    ("Dzhioyev", "PERSON", "alan-dzhioyev"), ("Dzhioev", "PERSON", "alan-dzhioyev"),
    ("Jean-Marc Delorme", "PERSON", "jean-marc-delorme"), ("Jean Marc Delorme", "PERSON", "jean-marc-delorme"),
    ("Delorme", "PERSON", "jean-marc-delorme"),
    ("Tomáš Horváth", "PERSON", "tomas-horvath"), ("Horváth", "PERSON", "tomas-horvath"),
    ("Tomas Horvath", "PERSON", "tomas-horvath"), ("Horvath", "PERSON", "tomas-horvath"),
    ("Rustam Qasimov", "PERSON", "rustam-kasimov"), ("Qasimov", "PERSON", "rustam-kasimov"),
    ("Rustam Kasimov", "PERSON", "rustam-kasimov"), ("Kasimov", "PERSON", "rustam-kasimov"),
    ("Giorgi Beridze", "PERSON", "giorgi-beridze"), ("Georgiy Beridze", "PERSON", "giorgi-beridze"),
    ("Nino Beridze", "PERSON", "nino-beridze"),
    ("United Nations", "ORG", "united-nations"), ("UN", "ORG", "united-nations"),
    ("European Union Monitoring Mission", "ORG", "eumm"), ("EUMM", "ORG", "eumm"),
    ("European Union", "ORG", "european-union"), ("EU", "ORG", "european-union"),
    ("Incident Prevention and Response Mechanism", "ORG", "iprm"), ("IPRM", "ORG", "iprm"),
    ("Kremlin", "ORG", "kremlin"),
    ("Dinamo Tbilisi", "ORG", "dinamo-tbilisi"), ("Spartak Tskhinvali", "ORG", "spartak-tskhinvali"),
    ("Tbilisi State University", "ORG", "tbilisi-state-university"),
    ("Geneva International Discussions", "OTHER", "geneva-international-discussions"),
]
# A bare "Beridze" is the minister in some articles and the villager in another.
OWN_ARTICLE_SPEC = {
    "01_geneva_talks.txt": [("Beridze", "PERSON", "giorgi-beridze")],
    "02_water_dispute.txt": [("Beridze", "PERSON", "giorgi-beridze")],
    "03_villagers.txt": [("Beridze", "PERSON", "nino-beridze")],
    "04_envoy.txt": [("Beridze", "PERSON", "giorgi-beridze")],
}
OWN_MUST_NOT_MERGE = [
    ["giorgi-beridze", "nino-beridze"], ["north-ossetia", "south-ossetia"], ["dinamo-tbilisi", "tbilisi"],
    ["spartak-tskhinvali", "tskhinvali"], ["tbilisi-state-university", "tbilisi"], ["european-union", "eumm"],
    ["georgia", "giorgi-beridze"], ["south-ossetia", "south-caucasus"], ["geneva", "geneva-international-discussions"],
]

# Own2: a blind set written before any change to the extractor (an invented mining
# accident in Chile; people and companies are fictional), with names from Spanish,
# Portuguese, Chinese, Arabic and Vietnamese, in the spellings of several outlets.
OWN2_SPEC = [
    ("Chile", "PLACE", "chile"), ("Atacama", "PLACE", "atacama"), ("Santiago", "PLACE", "santiago"),
    ("SANTIAGO", "PLACE", "santiago"), ("Copiapó", "PLACE", "copiapo"), ("Copiapo", "PLACE", "copiapo"),
    ("COPIAPO", "PLACE", "copiapo"), ("Toronto", "PLACE", "toronto"), ("Brazil", "PLACE", "brazil"),
    ("Beijing", "PLACE", "beijing"), ("BEIJING", "PLACE", "beijing"), ("China", "PLACE", "china"),
    ("Nanchang", "PLACE", "nanchang"), ("Jiangxi", "PLACE", "jiangxi"), ("Abu Dhabi", "PLACE", "abu-dhabi"),
    ("Andes", "PLACE", "andes"), ("Hanoi", "PLACE", "hanoi"), ("Lima", "PLACE", "lima"),
    ("Cerro Alto", "PLACE", "cerro-alto"), ("San José", "PLACE", "san-jose"), ("Camp Esperanza", "PLACE", "camp-esperanza"),
    ("Ministry of Mining", "ORG", "ministry-of-mining"),
    ("Andes Copper Corp.", "ORG", "andes-copper"), ("Andes Copper Corp", "ORG", "andes-copper"),
    ("Andes Copper Corporation", "ORG", "andes-copper"), ("Andes Copper", "ORG", "andes-copper"),
    ("Jiangxi Nonferrous Holdings Ltd.", "ORG", "jiangxi-nonferrous"), ("Jiangxi Nonferrous", "ORG", "jiangxi-nonferrous"),
    ("National Geology and Mining Service", "ORG", "sernageomin"), ("Sernageomin", "ORG", "sernageomin"),
    ("Cerro Alto Workers Union", "ORG", "cerro-alto-workers-union"),
    ("London Metal Exchange", "ORG", "london-metal-exchange"), ("Reuters", "ORG", "reuters"), ("AP", "ORG", "ap"),
    ("Supreme Court", "ORG", "supreme-court"), ("Chilean Copper Commission", "ORG", "cochilco"),
    ("Cochilco", "ORG", "cochilco"), ("Xinhua", "ORG", "xinhua"),
    ("Chinese Foreign Ministry", "ORG", "chinese-foreign-ministry"),
    ("Gulf Minerals Investment Co.", "ORG", "gulf-minerals"), ("Gulf Minerals", "ORG", "gulf-minerals"),
    ("General Administration of Customs", "ORG", "general-administration-of-customs"),
    ("China International Capital Corporation", "ORG", "cicc"), ("CICC", "ORG", "cicc"),
    ("Financial Times", "ORG", "financial-times"), ("FT", "ORG", "financial-times"),
    ("Mining Confederation of Chile", "ORG", "mining-confederation-of-chile"),
    ("CMC", "ORG", "mining-confederation-of-chile"), ("Congress", "ORG", "congress"),
    ("Toronto Stock Exchange", "ORG", "toronto-stock-exchange"), ("Lac Hong Geotechnics", "ORG", "lac-hong-geotechnics"),
    ("Perfuratriz Nordeste Ltda.", "ORG", "perfuratriz-nordeste"), ("Bloomberg", "ORG", "bloomberg"),
    ("International Labour Organization", "ORG", "ilo"), ("ILO", "ORG", "ilo"),
    ("Copiapó Regional Hospital", "ORG", "copiapo-regional-hospital"),
    ("María José de la Fuente", "PERSON", "maria-jose-de-la-fuente"),
    ("Maria Jose de la Fuente", "PERSON", "maria-jose-de-la-fuente"),
    ("Maria José de la Fuente", "PERSON", "maria-jose-de-la-fuente"),
    ("de la Fuente", "PERSON", "maria-jose-de-la-fuente"),
    ("Daniel Whitfield", "PERSON", "daniel-whitfield"), ("Whitfield", "PERSON", "daniel-whitfield"),
    ("Héctor Quispe", "PERSON", "hector-quispe"), ("Camila Rojas", "PERSON", "camila-rojas"),
    ("Rojas", "PERSON", "camila-rojas"), ("Natalia Ramírez", "PERSON", "natalia-ramirez"),
    ("Ed Thornton", "PERSON", "ed-thornton"), ("Mark Heinrich", "PERSON", "mark-heinrich"),
    ("Joao Pedro da Silva", "PERSON", "joao-pedro-da-silva"), ("João Pedro da Silva", "PERSON", "joao-pedro-da-silva"),
    ("Da Silva", "PERSON", "joao-pedro-da-silva"), ("da Silva", "PERSON", "joao-pedro-da-silva"),
    ("Rosa Quispe", "PERSON", "rosa-quispe"), ("Zhang Weiming", "PERSON", "zhang-weiming"),
    ("Ignacio Valdés", "PERSON", "ignacio-valdes"), ("Wang Lifeng", "PERSON", "wang-lifeng"),
    ("Wang", "PERSON", "wang-lifeng"), ("Zhang Lei", "PERSON", "zhang-lei"),
    ("Khalid bin Hamad Al-Mansouri", "PERSON", "khalid-al-mansouri"), ("Al-Mansouri", "PERSON", "khalid-al-mansouri"),
    ("Khalid bin Hamad al-Mansoori", "PERSON", "khalid-al-mansouri"), ("Paulina Araya", "PERSON", "paulina-araya"),
    ("Rodrigo Ibáñez-Soto", "PERSON", "rodrigo-ibanez-soto"), ("Ibáñez-Soto", "PERSON", "rodrigo-ibanez-soto"),
    ("Rodrigo Ibanez Soto", "PERSON", "rodrigo-ibanez-soto"), ("Nguyễn Thị Lan", "PERSON", "nguyen-thi-lan"),
    ("Lan", "PERSON", "nguyen-thi-lan"), ("Luis Quispe Mamani", "PERSON", "luis-quispe-mamani"),
    ("Andrés Fuentes", "PERSON", "andres-fuentes"),
]
# A bare "Quispe" is the union leader in some articles and a miner's mother in another.
OWN2_ARTICLE_SPEC = {
    "01_collapse.txt": [("Quispe", "PERSON", "hector-quispe")],
    "02_rescue.txt": [("Quispe", "PERSON", "rosa-quispe")],
    "03_investors.txt": [("Zhang", "PERSON", "zhang-weiming")],
    "04_inquiry.txt": [("Quispe", "PERSON", "hector-quispe")],
}
OWN2_MUST_NOT_MERGE = [
    ["hector-quispe", "rosa-quispe"], ["hector-quispe", "luis-quispe-mamani"], ["rosa-quispe", "luis-quispe-mamani"],
    ["zhang-weiming", "zhang-lei"], ["maria-jose-de-la-fuente", "andres-fuentes"],
    ["cerro-alto", "cerro-alto-workers-union"], ["andes", "andes-copper"], ["toronto", "toronto-stock-exchange"],
    ["jiangxi", "jiangxi-nonferrous"], ["china", "cicc"], ["china", "chinese-foreign-ministry"],
    ["copiapo", "copiapo-regional-hospital"], ["chile", "mining-confederation-of-chile"],
    ["sernageomin", "ministry-of-mining"], ["cochilco", "chile"], ["wang-lifeng", "zhang-lei"],
]


def _pattern(surface: str) -> str:
    if surface.startswith("re:"):
        return surface[3:]
    return re.escape(surface)


def annotate(text: str, spec: list[tuple[str, str, str]]) -> list[dict]:
    """Every whole-word occurrence of every surface, longest first, without overlaps."""
    taken: list[tuple[int, int]] = []
    mentions: list[dict] = []
    for surface, entity_type, entity in sorted(spec, key=lambda item: -len(item[0])):
        for match in re.finditer(r"(?<!\w)" + _pattern(surface) + r"(?![\w])", text):
            start, end = match.span()
            if any(start < other_end and other_start < end for other_start, other_end in taken):
                continue
            taken.append((start, end))
            mentions.append({"start": start, "end": end, "text": text[start:end], "type": entity_type, "entity": entity})
    return sorted(mentions, key=lambda m: m["start"])


def build(folder: Path, relative_to: Path, spec, article_spec, must_not_merge) -> dict:
    articles = []
    entities: dict[str, dict] = {}
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        mentions = annotate(text, spec + article_spec.get(path.name, []))
        # Hyphen-joined compounds of names ("Russia-North Korea") are matched per name above;
        # a name glued to a word by a hyphen on its left ("US-South") is still a name.
        name = path.relative_to(relative_to).as_posix()
        articles.append({"file": name, "mentions": mentions})
        for mention in mentions:
            entity = entities.setdefault(mention["entity"], {"id": mention["entity"], "type": mention["type"],
                                                             "aliases": [], "mentions": []})
            if mention["text"] not in entity["aliases"]:
                entity["aliases"].append(mention["text"])
            entity["mentions"].append([name, mention["start"], mention["end"]])
    known = set(entities)
    for first, second in must_not_merge:
        assert first in known and second in known, (first, second)
    return {"guidelines": GUIDELINES, "articles": articles, "entities": sorted(entities.values(), key=lambda e: e["id"]),
            "must_not_merge": must_not_merge}


def main() -> None:
    seeds = build(REPO / "seeds", REPO, SEEDS_SPEC, {}, SEEDS_MUST_NOT_MERGE)
    own = build(HERE / "own", HERE, OWN_SPEC, OWN_ARTICLE_SPEC, OWN_MUST_NOT_MERGE)
    own2 = build(HERE / "own2", HERE, OWN2_SPEC, OWN2_ARTICLE_SPEC, OWN2_MUST_NOT_MERGE)
    for name, gold in (("seeds_gold.json", seeds), ("own_gold.json", own), ("own2_gold.json", own2)):
        (HERE / name).write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(name, sum(len(a["mentions"]) for a in gold["articles"]), "mentions", len(gold["entities"]), "entities")


if __name__ == "__main__":
    main()
