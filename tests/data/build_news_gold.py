"""Writes news_gold.json: a blind, hand-made entity gold on real news (BBC and Reuters-21578).

The repository holds only what its authors wrote: this file and news_gold.json store article
ids and annotations (offsets, the mention's surface, type, entity id), never the articles'
text, which is read from ../shared/data/news/articles.jsonl.gz beside the checkout
(research use only, see its SOURCE.md).

Selection (done once, before anything was extracted from these articles; re-running this
script reproduces it and checks it): read every record of the gz; keep those whose shown text
(headline, blank line, body -- see tests/news_gold.py) is at most MAX_CHARS characters, so
that hand annotation stays feasible (this drops long BBC stories: 1,410 of 2,088 BBC and
15,484 of 16,525 Reuters records remain); with random.Random(SEED) draw N_BBC ids from the
sorted BBC ids, then N_REUTERS from the sorted Reuters ids (about 1/3 BBC, 2/3 Reuters).
Split: with random.Random(SEED + 1), shuffle each source's sorted ids and put the first half
(rounded up for BBC, down for Reuters) in "dev", the rest in "test": 22 and 22 articles.
"test" is for a one-time measurement only: nobody tunes the extractor on it.

Annotation: every article was read in full by the annotator and marked by hand following
GUIDELINES (build_gold.py) and NEWS_NOTES below, with no extractor output in sight. The
spec is, per article, a list of (surface pattern, type, entity id): every whole-word
occurrence of a pattern in that article is a mention (longest pattern first, no overlaps);
"re:" starts a regular expression. Entity ids are shared across articles for one thing.
Re-run after editing: python tests/data/build_news_gold.py   (--show prints each article
with its spans marked, for reading the annotation over).
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from build_gold import GUIDELINES, annotate  # noqa: E402
from news_gold import NEWS_GZ, read_records, sha1, shown_text  # noqa: E402

SEED = 20261201
MAX_CHARS = 2500
N_BBC, N_REUTERS = 15, 29

NEWS_NOTES = """\
Real-news notes (decisions taken where GUIDELINES leave a doubt; they apply to every article):
- Reuters headlines are upper case and are the title line (passage 0): names in them are
  mentions as written ("U.S.", "BRAZIL", "PROXMIRE", "SHELL CANADA"); words like "PCT",
  "SALES", "NET", "QTR" are not. Ticker symbols in angle brackets (<KLUW.AS>) are not mentions;
  the company name before them is. A company name that is itself in angle brackets
  ("<Socanav Inc>") is a mention without the brackets. "Reuters" and the sign-off "REUTER"
  are the news agency (ORG). Credit lines' person names are PERSON mentions.
- A leading "the" is never in the span, also for titles of works and papers ("The Aviator" ->
  "Aviator", "The Mail on Sunday" -> "Mail on Sunday"), as GUIDELINES say.
- Works (films, albums, songs), events (the Oscars, a race, championships), named programmes,
  laws, indices (FTSE 100), named scandals ("Iran/Contra") and named ships are OTHER.
- Bands, agencies, exchanges, courts, committees, ministries, newspapers are ORG; airports,
  districts ("the City" of London), venues (Kodak Theatre) are PLACE.
- A one-word department fused into a role is part of the role, not a mention ("Treasury
  Secretary James Baker", "Finance Minister", "House Speaker", "Trade and Industry
  Secretary"); the full name of an organisation before a role is a mention ("Senate Banking
  Committee Chairman William Proxmire": Senate Banking Committee, William Proxmire;
  "IMF boss"). A country before an institution's common name is its own mention, and so is
  the institution ("UK Treasury": UK, Treasury; "U.S. Agriculture Department": U.S.,
  Agriculture Department; "Thailand's Commerce Ministry": Thailand, Commerce Ministry), while
  an established full name keeps the country inside it ("U.S. District Court", "U.S. League
  of Savings Institutions"). A place name inside a role is a mention ("Mayor of London":
  London).
- A generic word written in lower case after a name is in the span when the name means
  nothing without it ("House Telecommunications and Finance subcommittee", "National Meat
  board"); otherwise not ("Hukuang railroad": Hukuang).
- Party adjectives ("Republican candidates", "D- Texas") are like demonyms: not mentions.
  "Argentine's meat exports" uses "Argentine" as the country's name: a PLACE mention.
- Place names used as modifiers are mentions ("Paris-based", "cross-London", "U.S. dlrs",
  "City consultancy Deloitte", "Leeds band").
- One entity per thing across articles (United States = "U.S." = "US" = "United States"; UK
  = "Britain"); a short form gets the entity it means in that article ("Shell" is Shell
  Canada in reuters-6714 and the Royal Dutch/Shell group in bbc-business-433)."""


def per(surface: str, entity: str | None = None) -> tuple[str, str, str]:
    return surface, "PERSON", entity or slug(surface)


def org(surface: str, entity: str | None = None) -> tuple[str, str, str]:
    return surface, "ORG", entity or slug(surface)


def pl(surface: str, entity: str | None = None) -> tuple[str, str, str]:
    return surface, "PLACE", entity or slug(surface)


def oth(surface: str, entity: str | None = None) -> tuple[str, str, str]:
    return surface, "OTHER", entity or slug(surface)


def slug(surface: str) -> str:
    assert not surface.startswith("re:"), surface
    return re.sub(r"[^a-z0-9]+", "-", surface.lower().replace("&", "and")).strip("-")


US = [pl("U.S.", "united-states"), pl("US", "united-states"), pl("United States", "united-states")]
UK = [pl("UK", "united-kingdom"), pl("Britain", "united-kingdom")]
REUTER = [org("REUTER", "reuters"), org("Reuters", "reuters")]

SPEC: dict[str, list[tuple[str, str, str]]] = {
    "bbc-business-091": [
        pl("Russia"), org("Standard & Poor's", "standard-and-poors"), org("S&P", "standard-and-poors"),
        org("Yukos"), org("Fitch"), org("Moody's", "moodys"), per("Helena Hessel"), per("Hessel", "helena-hessel"),
        per("Mikhail Khodorkovsky"), per("Vladimir Putin"), org("Kremlin"),
    ],
    "bbc-business-166": [
        oth("Crossrail"), org("Mail on Sunday"), org("Financial Mail"), *UK, org("Treasury", "uk-treasury"),
        oth("Crossrail Link Bill"), pl("London"), org("House of Commons"), org("Department for Transport"),
        per("Jeremy de Souza"), org("Parliament", "uk-parliament"), pl("Maidenhead"), pl("Berkshire"),
        pl("Heathrow"), pl("Canary Wharf"), pl("City", "city-of-london"), per("Ken Livingstone"),
    ],
    "bbc-business-210": [
        org("IMF", "imf"), org("International Monetary Fund", "imf"), org("G7"), pl("Asia"), per("Rodrigo Rato"),
        pl("Washington"), per("John Reade"), org("UBS"), *UK, per("Gordon Brown"), per("Brown", "gordon-brown"),
        pl("London"), *US, per("John Taylor"), pl("Canada"),
    ],
    "bbc-business-375": [
        pl("South Korea"), org("LG Card"), org("LG Group"), per("Laah Chong-gyu"), org("Korea Development Bank"),
        per("David Kim"), org("Sejong Securities"), *REUTER,
    ],
    "bbc-business-378": [
        pl("Ukraine"), pl("Turkmenistan"), pl("Russia"), per("Saparmurat Niyazov"),
        per("Niyazov", "saparmurat-niyazov"), org("Naftohaz"), per("Yury Boyko"), org("Gazprom"), pl("Siberia"),
    ],
    "bbc-business-392": [
        org("Deutsche Boerse"), org("London Stock Exchange"), org("LSE", "london-stock-exchange"), pl("London"),
        pl("Paris"), org("Euronext"), org("Liffe"), per("Jean-Francois Theodore"), per("Clara Furse"),
        per("Furse", "clara-furse"), per("Werner Seifert"), pl("Amsterdam"), pl("Lisbon"), pl("Europe"),
        org("New York Stock Exchange"), org("FT", "financial-times"), pl("Luxembourg"), org("Clearstream"),
        pl("Frankfurt"),
    ],
    "bbc-business-433": [
        org("Cairn Energy"), org("Cairn", "cairn-energy"), pl("India"), *UK, pl("Rajasthan"), per("Bill Gammell"),
        per("Gammell", "bill-gammell"), oth("FTSE 100", "ftse-100"), org("Shell", "royal-dutch-shell"),
    ],
    "bbc-business-459": [
        pl("City", "city-of-london"), org("Deloitte"), *UK, per("Gordon Brown"), per("Roger Bootle"),
        per("Bootle", "roger-bootle"), org("Bank of England"),
    ],
    "bbc-business-506": [
        pl("Spain"), per("Emilio Botin"), per("Botin", "emilio-botin"), org("Santander Central Hispano", "santander"),
        org("Santander"), pl("Madrid"), per("Jose Maria Amusategui"), per("Angel Corcostegui"),
        per("Corcostegui", "angel-corcostegui"), org("Banco Central Hispano"), org("High Court", "spanish-high-court"),
        org("Abbey National"),
    ],
    "bbc-entertainment-081": [
        oth("Oscars", "oscars"), oth("Oscar", "oscars"), oth("Academy Award", "oscars"), org("Academy", "academy"),
        per("Leonardo DiCaprio"), pl("LA", "los-angeles"), pl("Los Angeles"), per("Howard Hughes"), oth("Aviator"),
        per("Cate Blanchett"), per("Natalie Portman"), per("Kate Winslet"), per("Gwyneth Paltrow"),
        per("Dustin Hoffman"), per("Halle Berry"), pl("Kodak Theatre"), per("John Pavlik"),
    ],
    "bbc-entertainment-091": [
        oth("Sideways"), org("Los Angeles Film Critics Association"), *US, per("Alexander Payne"),
        per("Thomas Haden Church"), per("Imelda Staunton"), oth("Vera Drake"), per("Liam Neeson"), oth("Kinsey"),
        pl("Las Vegas"), pl("California"), per("Paul Giamatti"), per("Virginia Madsen"),
        oth("House of Flying Daggers"), per("Yimou Zhang"), oth("Incredibles"), per("Clint Eastwood"),
        oth("Million Dollar Baby"), per("Martin Scorsese"), oth("Aviator"), per("Jerry Lewis"),
    ],
    "bbc-entertainment-126": [
        org("Doves"), *UK, pl("Manchester"), oth("Some Cities"), *US, org("Scissor Sisters"),
        oth("Black and White Town"), per("Nelly"), oth("Over and Over"), per("Tim McGraw"), org("Girls Aloud"),
        per("Akon"), org("Kaiser Chiefs"), org("Futureheads"), per("Usher"), per("Elvis Presley"),
        oth("(Marie's The Name) His Latest Flame", "his-latest-flame"), oth("Wake Me Up"), oth("Locked Up"),
        pl("Leeds"), oth("Oh My God"), per("Kate Bush"), oth("Hounds of Love"), oth("Caught Up"), org("Il Divo"),
        per("Tony Christie"), oth("Definitive Collection"),
    ],
    "bbc-entertainment-321": [
        *UK, org("British Phonographic Industry", "bpi"), org("BPI", "bpi"), *US, org("Keane"), per("Katie Melua"),
        org("Scissor Sisters"), per("Peter Jameson"), per("Jameson", "peter-jameson"), per("Usher"),
        oth("Confessions"), pl("Continental Europe"), pl("Asia"), pl("Sweden"), pl("Finland"), pl("France"),
        pl("Spain"), pl("South Korea"), pl("Australia"), pl("Italy"), pl("Netherlands"), per("John Kennedy"),
        org("International Federation of Phonographic Industries", "ifpi"), org("IFPI", "ifpi"),
    ],
    "bbc-sport-076": [
        pl("Edinburgh"), per("Eliud Kipchoge"), per("Kipchoge", "eliud-kipchoge"),
        oth("View From Great Edinburgh Cross Country"), pl("Newcastle"), per("Gebre Gebremariam"),
        per("Dejene Berhanu"), per("Gavin Thompson"), per("Nick McCormick"), per("McCormick", "nick-mccormick"),
        org("Morpeth Harrier", "morpeth-harriers"), per("Mike Skinner"), per("Andrew Baddeley"),
        oth("World Championships"), pl("Helsinki"), pl("Ethiopia"), per("Tirunesh Dibaba"),
        per("Dibaba", "tirunesh-dibaba"), per("Benita Johnson"), per("Johnson", "benita-johnson"), pl("Brussels"),
        per("Kathy Butler"), per("Hayley Yelling"),
    ],
    "bbc-tech-023": [
        org("Tata Teleservices"), org("Tata", "tata-teleservices"), per("R. Sridharan", "r-sridharan"),
        per("Sridharan", "r-sridharan"), pl("Chennai"), org("Lightpointe"), pl("India"),
    ],
    "reuters-1053": [
        per("PROXMIRE", "william-proxmire"), *US, org("Senate Banking Committee"), per("William Proxmire"),
        per("Proxmire", "william-proxmire"), org("Senate", "us-senate"), org("U.S. League of Savings Institutions", "us-league-of-savings-institutions"),
        org("Federal Savings and Loan Insurance Corp", "fslic"),
    ],
    "reuters-11860": [
        org("BOLIDEN", "boliden"), org("Boliden AB", "boliden"), org("Boliden"), *US,
        org("Allis-Chalmers Corp", "allis-chalmers"), org("Allis-Chalmers"), per("Kjell Nilsson"), pl("Brazil"),
        pl("Chile"), *REUTER,
    ],
    "reuters-12041": [
        pl("BRAZIL", "brazil"), pl("Brazil"), org("Finance Ministry", "brazil-finance-ministry"),
        per("Dilson Funaro"), per("Funaro", "dilson-funaro"), org("Central Bank", "brazil-central-bank"),
    ],
    "reuters-13175": [
        org("SCI", "sci-systems"), org("FORTUNE", "fortune-systems"), org("Fortune Systems Corp", "fortune-systems"),
        org("SCI Systems Inc", "sci-systems"), org("Fortune", "fortune-systems"), org("Fortune Systems"),
    ],
    "reuters-15476": [
        org("CB AND T BANCSHARES INC", "cb-and-t-bancshares"), org("First Community Bancshares Inc"),
        org("Camden Bancorp"),
    ],
    "reuters-1652": [
        org("ONIC", "onic"), org("French Cereals Intervention Office", "onic"), per("Bernard Vieux"),
        per("Vieux", "bernard-vieux"), org("EC Commission"), org("EC", "european-community"),
    ],
    "reuters-17004": [
        per("SORO", "george-soros"), org("FAIRCHILD", "fairchild"), org("Quantum Fund N.V.", "quantum-fund"),
        pl("Netherlands Antilles"), pl("New York"), per("George Soros"), org("Fairchild Industries Inc", "fairchild"),
        org("Securities and Exchange Commission", "sec"), org("Quantum", "quantum-fund"), org("Fairchild"),
        per("Soros", "george-soros"), org("Federal Trade Commission", "ftc"), org("FTC", "ftc"),
        oth("Hart-Scott-Rodino Antitrust Improvements Act of 1976", "hart-scott-rodino-act"),
        org("Justice Department", "us-justice-department"),
    ],
    "reuters-17666": [
        org("CLARK COPY", "clark-copy"), org("Clark Copy International Corp", "clark-copy"),
        org("Clark Copy"), *US, org("Interactive Computer Aids Co of Norway"),
        org("Kongsberg Drafting Systems", "kongsberg-drafting"), org("Kongsberg Drafting", "kongsberg-drafting"),
        org("Kongsberg Vappenfabrikk"),
    ],
    "reuters-18281": [
        org("CCC", "ccc"), pl("HAITI", "haiti"), org("Commodity Credit Corporation", "ccc"),
        oth("Export Credit Guarantee Program"), pl("Haiti"), *US, org("Agriculture Department", "usda"),
    ],
    "reuters-19160": [
        pl("NIGERIA", "nigeria"), pl("Nigeria"), org("Barclays Bank Plc", "barclays"), org("Barclays"), *REUTER,
    ],
    "reuters-19711": [
        org("INTERSTATE BAKERIES", "interstate-bakeries"), org("Interstate Bakeries Corp", "interstate-bakeries"),
        org("Royal American Foods"), org("Landshire Food Products Inc", "landshire-food-products"),
        pl("New-Mexico", "new-mexico"),
    ],
    "reuters-20739": [
        per("REAGAN", "ronald-reagan"), per("Reagan", "ronald-reagan"), org("White House"),
        per("Marlin Fitzwater"), per("James Baker"), org("Federal Reserve Board"), per("Alan Greenspan"),
        per("Beryl Sprinkel"), org("Council of Economic Advisers"), per("Howard Baker"),
    ],
    "reuters-21345": [
        org("INLAND", "inland-steel"), org("Inland Steel Co", "inland-steel"), org("USS Division", "uss"),
        org("USX Corp", "usx"),
    ],
    "reuters-2195": [
        org("BRITISH SUGAR", "british-sugar"), org("British Sugar"), org("National Farmers Union", "nfu"),
        org("NFU", "nfu"), pl("Italy"), org("Gruppo Ferruzzi"), *UK, org("Tate & Lyle Plc", "tate-and-lyle"),
        org("Tate and Lyle", "tate-and-lyle"), org("Monopolies and Merger Commission", "mmc"), org("MMC", "mmc"),
        org("S and W Berisford Plc", "berisford"), org("S and W Berisford", "berisford"),
        org("Berisford", "berisford"),
    ],
    "reuters-2247": [
        per("SHAD", "john-shad"), org("Securities and Exchange Commission", "sec"), per("John Shad"),
        org("SEC", "sec"), per("Shad", "john-shad"),
        org("House Telecommunications and Finance subcommittee"), per("Jim Wright"), pl("Texas"),
    ],
    "reuters-231": [
        per("REAGAN", "ronald-reagan"), per("Ronald Reagan"), per("Reagan", "ronald-reagan"), org("Newsweek"),
        oth("Iran/Contra", "iran-contra"), *REUTER,
    ],
    "reuters-2763": [
        org("INSITUFORM", "insituform-group"), org("Insituform Group Ltd", "insituform-group"), pl("Guernsey"),
        pl("Channel Islands"), org("Insituform Permaline Ltd", "insituform-permaline"),
        org("Permaline", "insituform-permaline"), org("Insituform", "insituform-group"), per("James Colclough"),
        per("Scott Saltpeter"),
    ],
    "reuters-2889": [
        org("BENEFICIAL CORP", "beneficial"), org("S/P", "standard-and-poors"),
        org("Standard and Poor's Corp", "standard-and-poors"), org("Beneficial Corp", "beneficial"),
        org("Beneficial", "beneficial"),
    ],
    "reuters-310": [
        pl("THAILAND", "thailand"), org("EC", "european-community"), pl("Thailand"),
        org("Commerce Ministry", "thai-commerce-ministry"), org("European Community"), *REUTER,
    ],
    "reuters-3237": [
        org("ANGIO-MEDICAL", "angio-medical"), org("Angio-Medical Corp", "angio-medical"),
        org("Securities and Exchange Commission", "sec"), org("Keane Securities Co Inc", "keane-securities"),
        org("NASDAQ", "nasdaq"),
    ],
    "reuters-3374": [
        *US, org("Supreme Court", "us-supreme-court"), pl("China"), pl("Peking", "beijing"), pl("Canton", "guangzhou"),
        org("Imperial Government of China"), oth("Hukuang", "hukuang-railway"), pl("Washington"),
        org("U.S. District Court", "us-district-court-alabama"), pl("Alabama"),
        org("U.S. Court of Appeals", "us-court-of-appeals"), per("Reagan", "ronald-reagan"),
    ],
    "reuters-4022": [
        org("National Meat board", "national-meat-board"), pl("re:Argentine(?='s)", "argentina"),
        org("EC", "european-community"), pl("Brazil"), pl("Israel"), pl("Peru"), pl("Singapore"), pl("Switzerland"),
        pl("Canary Islands"), pl("Malta"), pl("Aruba"), pl("Curazao", "curacao"), pl("Chile"), *US,
    ],
    "reuters-4292": [
        org("INSITUFORM OF NORTH AMERICA INC", "insituform-of-north-america"),
    ],
    "reuters-5441": [
        org("COMTECH", "comtech"), org("PREMIER MICROWAVE", "premier-microwave"), org("Comtech Inc", "comtech"),
        org("Premier Microwave Corp", "premier-microwave"),
    ],
    "reuters-6714": [
        org("SHELL CANADA", "shell-canada"), org("SOCANAV", "socanav"), org("Shell Canada Ltd", "shell-canada"),
        org("Shell Canada Products Ltd", "shell-canada-products"), org("Socanav Inc", "socanav"),
        org("Shell", "shell-canada"), org("Socanav"), org("Shell Canadian Tankers Ltd", "shell-canadian-tankers"),
        oth("Lakeshell"), oth("Eastern Shell"), oth("Northern Shell"), org("Shell Canada"),
        org("Royal Dutch/Shell Group", "royal-dutch-shell"),
    ],
    "reuters-7939": [
        org("NAVISTAR", "navistar"), org("Navistar International Corp", "navistar"), org("Navistar"),
        org("Sanford C. Bernstein and Co", "sanford-c-bernstein"), per("David Eisenberg"),
        per("Eisenberg", "david-eisenberg"),
    ],
    "reuters-7964": [
        org("YANKEE COS", "yankee-cos"), org("Yankee Cos Inc", "yankee-cos"), org("Eskey Inc", "eskey"),
        org("Eskey"), org("Yale E. Key Inc", "yale-e-key"), org("Key", "yale-e-key"), org("Yankee", "yankee-cos"),
    ],
    "reuters-8312": [
        pl("BRAZIL", "brazil"), per("Antonio de Padua Seixas"), per("Seixas", "antonio-de-padua-seixas"),
        org("Central Bank", "brazil-central-bank"), *REUTER, pl("Brasilia"), pl("Brazil"), pl("Miami"),
        org("Inter-American Development Bank"),
    ],
    "reuters-9512": [
        *US, org("CBS Inc.", "cbs"), per("Laurence Tisch"), per("Preston", "preston-tisch"), per("Preston Tisch"),
        per("Reagan", "ronald-reagan"), pl("New York"), per("Charles Atkins"), per("William Hack"),
        per("Ernest Grunebaum"), per("Atkins", "charles-atkins"),
    ],
}

MUST_NOT_MERGE = [
    # one surname or word, two things
    ["james-baker", "howard-baker"], ["laurence-tisch", "preston-tisch"], ["keane", "keane-securities"],
    ["kongsberg-drafting", "kongsberg-vappenfabrikk"], ["eskey", "yale-e-key"], ["yankee-cos", "eskey"],
    ["shell-canada", "royal-dutch-shell"], ["shell-canada", "shell-canada-products"],
    ["shell-canada", "shell-canadian-tankers"], ["eastern-shell", "northern-shell"], ["lakeshell", "shell-canada"],
    ["insituform-group", "insituform-permaline"], ["insituform-group", "insituform-of-north-america"],
    ["lg-card", "lg-group"], ["uss", "usx"], ["santander", "banco-central-hispano"],
    ["london-stock-exchange", "new-york-stock-exchange"], ["bpi", "ifpi"], ["sec", "ftc"],
    ["ec-commission", "european-community"], ["us-supreme-court", "us-court-of-appeals"],
    ["us-supreme-court", "us-district-court-alabama"], ["us-court-of-appeals", "us-district-court-alabama"],
    ["us-senate", "senate-banking-committee"], ["oscars", "academy"], ["gordon-brown", "roger-bootle"],
    ["john-taylor", "john-reade"], ["john-kennedy", "john-shad"], ["sci-systems", "fortune-systems"],
    ["comtech", "premier-microwave"], ["quantum-fund", "george-soros"], ["tata-teleservices", "india"],
    # an organisation named after a place, or a place inside a name
    ["london", "london-stock-exchange"], ["los-angeles", "los-angeles-film-critics-association"],
    ["edinburgh", "view-from-great-edinburgh-cross-country"], ["south-korea", "korea-development-bank"],
    ["china", "imperial-government-of-china"], ["united-states", "us-league-of-savings-institutions"],
    ["united-states", "us-district-court-alabama"], ["canada", "shell-canada"], ["new-york", "new-york-stock-exchange"],
    ["united-kingdom", "british-sugar"], ["city-of-london", "london"], ["bank-of-england", "united-kingdom"],
    ["spain", "santander"], ["crossrail", "crossrail-link-bill"], ["aviator", "howard-hughes"],
    # a capital or government building is not its country
    ["washington", "united-states"], ["beijing", "china"], ["white-house", "united-states"],
    ["kremlin", "russia"], ["brasilia", "brazil"], ["brazil-central-bank", "brazil-finance-ministry"],
]


def select() -> list[tuple[str, str]]:
    """The seeded draw and split described in the module docstring: [(id, split)]."""
    records = read_records()
    eligible: dict[str, list[str]] = {"bbc": [], "reuters21578": []}
    for record in records.values():
        if len(shown_text(record)) <= MAX_CHARS:
            eligible[record["source"]].append(record["id"])
    rng = random.Random(SEED)
    bbc = sorted(rng.sample(sorted(eligible["bbc"]), N_BBC))
    reuters = sorted(rng.sample(sorted(eligible["reuters21578"]), N_REUTERS))
    split_rng = random.Random(SEED + 1)
    chosen: list[tuple[str, str]] = []
    for ids, dev_count in ((bbc, (len(bbc) + 1) // 2), (reuters, len(reuters) // 2)):
        shuffled = list(ids)
        split_rng.shuffle(shuffled)
        chosen += [(i, "dev" if n < dev_count else "test") for n, i in enumerate(shuffled)]
    return sorted(chosen, key=lambda item: (not item[0].startswith("bbc"), item[0]))


def build() -> dict:
    gold = build_from(select(), SPEC, MUST_NOT_MERGE)
    gold["selection"] = {"file": "../shared/data/news/articles.jsonl.gz", "seed": SEED, "max_chars": MAX_CHARS,
                         "bbc": N_BBC, "reuters": N_REUTERS, "procedure": "see tests/data/build_news_gold.py"}
    return gold


def build_from(chosen: list[tuple[str, str]], spec: dict[str, list[tuple[str, str, str]]],
               must_not_merge: list[list[str]]) -> dict:
    """The gold of the `chosen` articles ([(id, split)]) annotated by `spec`."""
    assert sorted(spec) == sorted(i for i, _ in chosen), set(spec) ^ {i for i, _ in chosen}
    records = read_records([i for i, _ in chosen])
    articles = []
    entities: dict[str, dict] = {}
    for article_id, split in chosen:
        text = shown_text(records[article_id])
        mentions = annotate(text, spec[article_id])
        # Every pattern written for an article marks something in it (shared bundles aside).
        bundles = {s[0] for s in US + UK + REUTER}
        unused = [s for s in spec[article_id] if s[0] not in bundles and not any(
            (found := re.compile(s[0][3:] if s[0].startswith("re:") else re.escape(s[0])).match(text, m["start"]))
            and found.end() == m["end"] for m in mentions)]
        assert not unused, (article_id, unused)
        articles.append({"id": article_id, "split": split, "source": records[article_id]["source"],
                         "sha1": sha1(text), "mentions": mentions})
        for mention in mentions:
            entity = entities.setdefault(mention["entity"], {"id": mention["entity"], "type": mention["type"],
                                                             "aliases": [], "mentions": []})
            if mention["text"] not in entity["aliases"]:
                entity["aliases"].append(mention["text"])
            entity["mentions"].append([article_id, mention["start"], mention["end"]])
    for first, second in must_not_merge:
        assert first in entities and second in entities, (first, second)
    articles_of: dict[str, list[str]] = defaultdict(list)
    for entity in entities.values():
        for name, _, _ in entity["mentions"]:
            if name not in articles_of[entity["id"]]:
                articles_of[entity["id"]].append(name)
    cross = {e: names for e, names in sorted(articles_of.items()) if len(names) > 1}
    within = {}
    for article in articles:
        forms: dict[str, set[str]] = defaultdict(set)
        for mention in article["mentions"]:
            forms[mention["entity"]].add(mention["text"])
        groups = {e: sorted(f) for e, f in sorted(forms.items()) if len(f) > 1}
        if groups:
            within[article["id"]] = groups
    return {
        "guidelines": GUIDELINES, "news_notes": NEWS_NOTES, "selection": {},
        "articles": articles, "entities": sorted(entities.values(), key=lambda e: e["id"]),
        "must_not_merge": must_not_merge,
        "merge_groups": {"cross_article": cross, "within_article": within},
    }


def show(gold: dict) -> None:
    records = read_records([a["id"] for a in gold["articles"]])
    for article in gold["articles"]:
        text = shown_text(records[article["id"]])
        out, last = [], 0
        for m in article["mentions"]:
            out.append(text[last:m["start"]] + f"[{text[m['start']:m['end']]}|{m['type'][:3]}|{m['entity']}]")
            last = m["end"]
        out.append(text[last:])
        print(f"=== {article['id']} ({article['split']}, {len(article['mentions'])} mentions)\n{''.join(out)}\n")


def main() -> None:
    if not NEWS_GZ.exists():
        sys.exit(f"{NEWS_GZ} is absent: the real-news gold reads its text from there")
    gold = build()
    (HERE / "news_gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if "--show" in sys.argv:
        show(gold)
    for split in ("dev", "test"):
        arts = [a for a in gold["articles"] if a["split"] == split]
        ents = {m["entity"] for a in arts for m in a["mentions"]}
        print(f"news_gold.json {split}: {len(arts)} articles "
              f"({sum(a['source'] == 'bbc' for a in arts)} BBC), "
              f"{sum(len(a['mentions']) for a in arts)} mentions, {len(ents)} entities")


if __name__ == "__main__":
    main()
