"""Hand annotation of news_gold16 (see build_news_gold16.py): made blind, by reading the text,
by one annotator, with no extractor output in sight. It follows NEWS_NOTES and the DECISIONS
of news_gold3_spec.py, news_gold4_spec.py, news_gold5_spec.py, news_gold6_spec.py,
news_gold7_spec.py, news_gold8_spec.py, news_gold9_spec.py, news_gold10_spec.py,
news_gold11_spec.py, news_gold12_spec.py, news_gold13_spec.py, news_gold14_spec.py and
news_gold15_spec.py; the new choices taken beyond those are listed in DECISIONS below."""
from build_news_gold import REUTER, UK, US, org, oth, per, pl

DECISIONS = """\
- A hotel chain's name before a lower-case "hotels" ("one of his Prince hotels") is the chain's
  company (ORG prince-hotels), as news_gold6 does for a brand that is a company's name; "UFJ
  bank" keeps only "UFJ" (news_gold15's "JPMorgan Chase bank"); "the Winter Olympic Games" held
  at Nagano in 1998 is one OTHER span (nagano-winter-olympics), the town a PLACE of its own;
  "World War II" is OTHER (a war, as GUIDELINES say).
- "Global Depository Receipts", though the text lists it among a bank's investors, is a class
  of securities and holds no mention (news_gold6's "Treasuries"); "Monte del Paschi di Siena" is
  a slip for Monte dei Paschi di Siena, marked as written (ORG monte-dei-paschi-di-siena), the
  town inside not annotated; "the Nigerian central bank" holds none (news_gold9).
- Awards named by a short name before a lower-case noun are the awards: "Brit nominations"
  (OTHER brit-awards), "Mobo awards", "Mobo nominations" and the plural "Mobos" (OTHER
  mobo-awards), as news_gold9 does for "Oscar nominees". "Jamelia Davis", the singer's full
  name, and her stage name "Jamelia" are one PERSON; her daughter named only by her first name
  ("Teja") gets an id with the family name the article gives (teja-davis, news_gold12). "Make
  Trade Fair", listed among charities she supports, is a named campaign (OTHER, as
  news_gold15's "Green Revolution"); "NSPCC" is an ORG.
- "The Hitchhiker's Guide To The Galaxy", whose scripts, books and film the article does not
  tell apart, is one work (OTHER hitchhikers-guide-to-the-galaxy, news_gold9), and the
  headline's "Hitchhiker's" is its short name (news_gold9's "Fockers"), the "'s" inside the
  title; "The Guide", the story's electronic book that an actor voices, is a named fictional
  object (OTHER the-guide, the leading "The" dropped), not the work; "the Earth" whose
  destruction the story tells is a PLACE (earth), a planet written as a proper name; story
  characters ("Arthur Dent", "Humma Kavula") are PERSON apart from their actors (news_gold7).
- "The Hobbit" (the book a film is to be made of) and the headline's "Hobbit picture" are one
  work (OTHER hobbit), as news_gold9's "Da Vinci film"; "King Kong", the Hollywood classic being
  remade and the remake "currently in production", is one OTHER id (king-kong), the text not
  telling them apart by name; "the Middle Earth trilogy" holds the fictional place (PLACE
  middle-earth of news_gold5) as a modifier; "MGM studios" holds MGM (ORG), the lower-case
  "studios" outside the span.
- Athletics: "the AAAs long jump title" holds "AAAs", the national championships (OTHER
  aaa-championships), not the association; "last year's Olympic Games" in a 2005 story is the
  2004 games (athens-olympics, as news_gold14's "the BBC's Olympics"); "Commonwealth and
  European silver medallist" holds adjectives of events only (news_gold3's "Olympic star"), and
  "Euro bid" a clipped adjective (news_gold12); the "Birmingham Grand Prix on 18 February" is
  the indoor meeting news_gold15 names "Norwich Union Grand Prix" (one OTHER span, that id),
  the city inside not annotated separately. "Olympic Village" is a named facility (PLACE
  olympic-village, news_gold8), not an adjective.
- Football: "Real Socieded" is a slip for Real Sociedad, marked as written (real-sociedad); the
  headline "Real" is Real Madrid, the home side whose stadium was evacuated (news_gold4's
  "Real"); "the Spanish FA" holds "FA" only (ORG spanish-football-federation, the demonym outside
  the span as news_gold14's "South African Finance Ministry"), and the later "the FA" is it,
  not the English Football Association (football-association); the match billed "Partido contra
  la Pobreza" and its translation "Game Against Poverty" are one event (OTHER
  match-against-poverty); names inside the quoted billing ("Ronaldo's friends against Zidane's
  friends") are marked, the billing itself not a work (news_gold12's quoted headlines).
- Rugby: "France A" is a side not written as the country (ORG france-a, as news_gold3's
  "England A"), while "beat France 30-20", written as the country, is PLACE france; "Premiership"
  in a rugby union story is the English club league (OTHER rugby-premiership), not football's
  premier-league of news_gold14; "The All Black", a singular nickname standing for one player,
  is like news_gold8's "the Belgian" and holds no mention; "International Rugby Board" is an
  ORG.
- Gaming: "Four-Kings Intel", the clan's team name with its sponsor, is one span and the clan
  itself (ORG four-kings), the sponsor inside not annotated separately (news_gold15's "Norwich
  Union Grand Prix"), while "Intel" alone is the company; "CPL World Tour" and the capitalised
  "the World Tour" are the event (OTHER cpl-world-tour), the lower-case "world tour" none;
  "CPL" before "partners" is the league (ORG); "Mr Tracey" is a slip for David Treacy, marked as
  written; "Painkiller" is a game (OTHER).
- "Thai International airlines" holds "Thai International" (ORG thai-airways-international,
  the lower-case generic outside); "Bangkok airport" holds Bangkok (news_gold7) and "Don Muang"
  is the airport's own name (PLACE, news_gold5).
- Headline short names that hold a town: "FIRST FEDERAL FORT MYERS" is one ORG span, the
  company named in full in the body (first-federal-fort-myers), the town inside not annotated;
  "First Presidential Savings and Loan Association of Sarasota" keeps its town inside and the
  following "Fla." is the state; "First Presidentail" is a slip marked as written.
- Tickers equal to a name in angle brackets ("<IBM>") are not mentions, while "IBM" before
  "products" is; "Mocrosoft Corp" is a slip for Microsoft Corp, marked as written (microsoft).
  "600 Class" (an airship model) is a product (OTHER, news_gold7's aircraft models).
- "BRAZIL TREASURY" is split into BRAZIL and TREASURY (ORG brazil-treasury), as news_gold10's
  "TAIWAN CENTRAL BANK", and "Treasury Department" and the capitalised "the Treasury" in the
  body are that Brazilian department; "the Institute" stands for the Brazilian Coffee Institute
  (news_gold6's capitalised short names); "National Monetary Council" is an ORG.
- "the Warburg Pincus group" holds "Warburg Pincus", the firm named in full as "Warburg, Pincus
  Capital Co L.P." (one id); "BORMAN'S INC" keeps its "'S" inside the name (news_gold13), and
  "Mr." in "Mr. Rooter Corp" is part of the company's name, not a title.
- An all lower-case passage (news_gold13): "united nations conference on trade and
  development", "unctad", "sela", "group of 77" (ORG group-of-77), "havana", "cuba", "latin
  america", "asia", "africa" and "geneva" are marked as written; "latin american" and
  "caribbean" before nouns are adjectives.
- "The Geysers" is a named area (PLACE geysers, the leading "The" dropped); "northern
  California" is one PLACE (northern-california, news_gold13's "northern Nigeria"); "Coldwater
  Creek power plant" holds "Coldwater Creek", the plant named in full before (PLACE).
- "U.S" without its final full stop is the country, marked as written; "a Louisiana Democrat"
  holds Louisiana only, "Democrat" a party noun for a person like a demonym; "Caribbean
  countries" holds an adjective only.
- "Athens" and "Florence" among the Los Angeles County communities served by a cable system are
  the Californian places (PLACE athens-california, florence-california), not the Greek or
  Italian cities."""

SPEC = {
    "bbc-business-037": [
        pl("Japan"), per("Yoshiaki Tsutsumi"), org("Prince", "prince-hotels"), pl("Tokyo"),
        per("Tsutsumi", "yoshiaki-tsutsumi"), oth("Winter Olympic Games", "nagano-winter-olympics"), pl("Nagano"),
        org("Seibu Railways"), oth("World War II"), org("Mitsubishi Motors"), org("UFJ", "ufj"),
    ],
    "bbc-business-094": [
        *US, org("Commerce Department", "us-commerce-department"),
    ],
    "bbc-business-473": [
        org("United Bank of Africa"), org("Standard Trust Bank"), pl("West Africa"),
        org("Standard Trust", "standard-trust-bank"), org("United Bank", "united-bank-of-africa"), pl("Nigeria"),
        pl("New York"), org("Banca Nazionale del Lavoro"),
        org("Monte del Paschi di Siena", "monte-dei-paschi-di-siena"), pl("Italy"),
    ],
    "bbc-entertainment-254": [
        per("Jamelia"), per("Jamelia Davis", "jamelia"), oth("Brit", "brit-awards"), oth("Mobo", "mobo-awards"),
        oth("Mobos", "mobo-awards"), pl("Birmingham"), oth("So High"), oth("Drama"), oth("Money"),
        per("Beenie Man"), per("Teja", "teja-davis"), oth("Bout"), per("Rah Digga"), oth("Superstar"), *UK, *US,
        per("Beyonce"), per("Ashanti"), oth("Thank You"), pl("New Zealand"), pl("Australia"),
        oth("See It In A Boy's Eyes", "see-it-in-a-boys-eyes"), org("Coldplay"), per("Chris Martin"),
        org("NSPCC", "nspcc"), oth("Make Trade Fair"),
    ],
    "bbc-entertainment-299": [
        per("Fry", "stephen-fry"), oth("Hitchhiker's", "hitchhikers-guide-to-the-galaxy"), per("Stephen Fry"),
        oth("Hitchhiker's Guide To The Galaxy", "hitchhikers-guide-to-the-galaxy"), oth("Guide", "the-guide"),
        per("Arthur Dent"), per("Martin Freeman"), per("John Malkovich"), per("Bill Nighy"), per("Alan Rickman"),
        per("Douglas Adams"), per("Robbie Stamp"), per("Adams", "douglas-adams"), per("Stamp", "robbie-stamp"),
        pl("Hollywood"), per("Malkovich", "john-malkovich"), per("Humma Kavula"),
        per("Freeman", "martin-freeman"), org("BBC", "bbc"), oth("Office", "the-office"), pl("Earth"),
    ],
    "bbc-entertainment-344": [
        per("Ray Charles"), pl("Los Angeles"), per("Jerry Digney"), per("Charles", "ray-charles"),
        per("Digney", "jerry-digney"), oth("Genius Loves Company"), oth("Grammy Awards", "grammy-awards"),
    ],
    "bbc-entertainment-385": [
        oth("Hobbit"), oth("Lord of the Rings"), per("Peter Jackson"), oth("Oscar", "oscars"), pl("Sydney"),
        per("JRR Tolkien"), per("Jackson", "peter-jackson"), pl("Hollywood"), oth("King Kong"), org("MGM", "mgm"),
        org("Sony Corporation", "sony"), org("New Line Cinema"), pl("Middle Earth"),
        oth("Fellowship of The Ring", "fellowship-of-the-ring"), pl("Wellington"), per("Naomi Watts"),
        per("Adrien Brody"), oth("Lovely Bones"), per("Alice Sebold"),
    ],
    "bbc-sport-073": [
        per("Johnson", "jade-johnson"), per("Jade Johnson"), oth("European Indoor Championships"), pl("Madrid"),
        oth("AAAs", "aaa-championships"), oth("Olympic Games", "athens-olympics"),
        oth("Birmingham Grand Prix", "norwich-union-grand-prix"),
    ],
    "bbc-sport-082": [
        per("Kostas Kenteris"), per("Katerina Thanou"), org("IAAF", "iaaf"), oth("Athens Olympics"),
        org("Greek Athletics Federation"), org("Court of Arbitration for Sport"), per("Christos Tzekos"),
        per("Kenteris", "kostas-kenteris"), per("Thanou", "katerina-thanou"), pl("Tel Aviv"), pl("Chicago"),
        pl("Athens"), oth("Olympics", "athens-olympics"), pl("Olympic Village"),
        org("International Olympic Committee", "ioc"), per("Kostas Panagopoulos"), per("Gregory Ioannidis"),
        per("Nick Davies"),
    ],
    "bbc-sport-157": [
        per("Wenger", "arsene-wenger"), org("Arsenal"), per("Arsene Wenger"), org("Bayern Munich"),
        oth("Champions League"), per("Kolo Toure"), org("Gunners", "arsenal"), per("Toure", "kolo-toure"),
        org("Bayern", "bayern-munich"), per("Felix Magath"), per("Jens Lehmann"), per("Oliver Kahn"),
    ],
    "bbc-sport-247": [
        org("Real", "real-madrid"), org("Real Madrid"), org("Real Socieded", "real-sociedad"), pl("Bernabeu"),
        per("Ronaldo"), pl("England"), per("David Beckham"), org("Real Sociedad"), per("Jose Luis Astiazaran"),
        org("FA", "spanish-football-federation"), per("Astiazaran", "jose-luis-astiazaran"),
        per("Emilio Butragueno"), per("Butragueno", "emilio-butragueno"), per("Zidane", "zinedine-zidane"),
        oth("Partido contra la Pobreza", "match-against-poverty"), oth("Game Against Poverty", "match-against-poverty"),
    ],
    "bbc-sport-315": [
        per("Barkley", "olly-barkley"), pl("Ireland"), pl("England"), per("Olly Barkley"), oth("Six Nations"),
        pl("Lansdowne Road"), org("Bath", "bath-rugby"), org("Gloucester", "gloucester-rugby"), per("Henry Paul"),
        per("Andy Robinson"), per("Duncan Bell"), per("Phil Vickery"), per("Vickery", "phil-vickery"),
        per("Julian White"), per("Bell", "duncan-bell"), pl("Wales"), org("International Rugby Board"),
        org("England A"), pl("France"), org("France A"), org("Sale Sharks"), per("Andrew Sheridan"),
        per("Sheridan", "andrew-sheridan"),
    ],
    "bbc-sport-367": [
        per("Johnson", "martin-johnson"), pl("England"), per("Martin Johnson"), oth("World Cup", "rugby-world-cup"),
        per("Clive Woodward"), pl("Sydney"), org("Leicester", "leicester-tigers"), pl("Twickenham"),
        org("Tigers", "leicester-tigers"), oth("Premiership", "rugby-premiership"), pl("Australia"),
        org("Lions", "british-and-irish-lions"), oth("Six Nations Grand Slam"), oth("Heineken Cup"),
        pl("New Zealand"), per("Jonah Lomu"), per("Jonah", "jonah-lomu"), per("Lomu", "jonah-lomu"),
    ],
    "bbc-tech-274": [
        *UK, per("Aaron Foster"), per("David Treacy"), org("Cyberathlete Professional League"),
        oth("CPL World Tour"), pl("Istanbul"), org("CPL", "cyberathlete-professional-league"),
        per("Foster", "aaron-foster"), per("Treacy", "david-treacy"), oth("World Tour", "cpl-world-tour"),
        org("Four-Kings", "four-kings"), oth("Painkiller"), per("Tracey", "david-treacy"),
        org("Four-Kings Intel", "four-kings"), per("Simon Bysshe"), org("Intel"),
    ],
    "reuters-10331": [
        pl("BANGKOK", "bangkok"), pl("Bangkok"), pl("Singapore"), pl("Hong Kong"), pl("Thailand"),
        per("Somchainuk Engtrakul"), pl("Don Muang"), org("Thai International", "thai-airways-international"),
        *REUTER,
    ],
    "reuters-10758": [
        pl("ALGERIA", "algeria"), pl("Algeria"), *REUTER,
    ],
    "reuters-12529": [
        org("FIRST FEDERAL FORT MYERS", "first-federal-fort-myers"),
        org("First Federal Savings and Loan Association of Fort Myers", "first-federal-fort-myers"),
        org("First Presidential Savings and Loan Association of Sarasota", "first-presidential"),
        pl("Fla.", "florida"), org("First Presidentail", "first-presidential"),
    ],
    "reuters-12760": [
        pl("LONDON", "london"), pl("Syria"), pl("Greece"), pl("Pakistan"), pl("India"), pl("Egypt"), *REUTER,
    ],
    "reuters-12867": [
        org("DIGITAL COMMUNICATIONS", "digital-communications-associates"), org("Digital Communications Associates"),
        org("International Business Machines Corp", "ibm"),
        org("Digital Communications", "digital-communications-associates"), org("Mocrosoft Corp", "microsoft"),
        org("re:(?<!<)IBM(?!>)", "ibm"),
    ],
    "reuters-13639": [
        pl("LONDON", "london"), pl("London"), pl("New York"), *REUTER,
    ],
    "reuters-14436": [
        org("BTP", "btp"), org("Banque du Batiment et des Travaux Publics", "btp"),
        org("Credit Industriel et Commercial", "cic"), org("CIC", "cic"), org("Sogenal"),
    ],
    "reuters-14679": [
        org("AMERICAN DYNAMICS", "american-dynamics"), org("American Dynamics Corp", "american-dynamics"),
        org("Meridian Reserve Inc", "meridian-reserve"), org("Meridian", "meridian-reserve"),
        org("American Dynamics"), pl("Santa Ana"), pl("Calif.", "california"), pl("Columbus"), pl("Oklahoma"),
    ],
    "reuters-15792": [
        per("Chrispus Kiyonga"), org("National Resistance Council"), per("Kiyonga", "chrispus-kiyonga"),
    ],
    "reuters-16258": [
        org("P.H. GLATFELTER", "ph-glatfelter"), org("ECUSTA", "ecusta"), org("P.H. Glatfelter Co", "ph-glatfelter"),
        org("Ecusta Corp", "ecusta"), org("Glatfelter", "ph-glatfelter"), org("Ecusta"), pl("Pisgah Forest"),
        pl("N.C.", "north-carolina"),
    ],
    "reuters-16534": [
        org("AIRSHIP", "airship-industries"), org("Airship Industries Ltd", "airship-industries"),
        oth("600 Class", "airship-600-class"),
    ],
    "reuters-16570": [
        org("ERICSSON", "ericsson"), org("L.M. Ericsson", "ericsson"), pl("Sweden"), org("Intelsa"),
        org("Telefonica"), pl("Spain"), org("Ericsson"),
    ],
    "reuters-16925": [
        org("DIXONS", "dixons-group"), org("CYCLOPS", "cyclops"), org("Dixons Group Plc", "dixons-group"),
        org("Cyclops Corp", "cyclops"), org("Busy Beaver Building Centers Inc", "busy-beaver-building-centers"),
        org("Securities and Exchange Commission", "sec"), org("Dixons", "dixons-group"), org("Cyclops"),
        org("Busy Beaver Building Centers"), pl("Pittsburgh"), pl("Pa.", "pennsylvania"),
    ],
    "reuters-1852": [
        org("CHRONAR", "chronar"), org("Chronar Corp", "chronar"),
        org("Sheet Metal Workers' National Pension Fund", "sheet-metal-workers-national-pension-fund"),
        org("Harbert Corp", "harbert-corp"), org("Harbert Solar Inc", "harbert-solar"), org("Chronar"),
    ],
    "reuters-18638": [
        org("MR. ROOTER", "mr-rooter"), org("UNITED WESTERN", "united-western-energy"),
        org("Mr. Rooter Corp", "mr-rooter"), org("United Western Energy Corp", "united-western-energy"),
        org("Mr. Rooter", "mr-rooter"), org("United Western", "united-western-energy"),
    ],
    "reuters-19855": [
        org("GEOTHERMAL RESOURCES", "geothermal-resources-international"),
        org("Geothermal Resources International Inc", "geothermal-resources-international"),
        pl("Geysers", "geysers"), pl("northern California", "northern-california"),
        pl("Coldwater Creek Geothermal Power Plant"),
        pl("Coldwater Creek", "coldwater-creek-geothermal-power-plant"),
        org("Geothermal", "geothermal-resources-international"),
    ],
    "reuters-21405": [
        org("PLAINS PETROLEUM CO", "plains-petroleum"), org("FASB", "fasb"),
    ],
    "reuters-21546": [
        org("NORSK DATA A/S", "norsk-data"), org("Norsk Data A/S", "norsk-data"), pl("Europe"),
        org("Norsk Data", "norsk-data"), pl("North America"), pl("India"), *US, pl("Norway"), pl("Oslo"),
        pl("London"), *REUTER,
    ],
    "reuters-3187": [
        pl("BRAZIL", "brazil"), org("TREASURY", "brazil-treasury"), org("Treasury Department", "brazil-treasury"),
        org("Brazilian Coffee Institute", "ibc"), org("IBC", "ibc"), per("Oripes Gomes"),
        org("National Monetary Council"), org("Institute", "ibc"), per("Gomes", "oripes-gomes"),
        org("Treasury", "brazil-treasury"),
    ],
    "reuters-3371": [
        *US, org("Treasury", "us-treasury"), org("Federal Reserve"), org("Fed", "federal-reserve"),
    ],
    "reuters-3416": [
        org("SYMBION", "symbion"), org("Warburg, Pincus Capital Co L.P.", "warburg-pincus"), pl("New York"),
        org("Symbion Inc", "symbion"), org("Securities and Exchange Commission", "sec"),
        org("Warburg Pincus", "warburg-pincus"), org("Symbion"),
    ],
    "reuters-6738": [
        org("BORMAN'S INC", "bormans"),
    ],
    "reuters-6796": [
        pl("LATIN AMERICA", "latin-america"), org("Latin American Economic System", "sela"), org("SELA", "sela"),
        pl("Latin America"), org("united nations conference on trade and development", "unctad"),
        org("unctad", "unctad"), org("sela", "sela"), org("group of 77", "group-of-77"), pl("havana", "havana"),
        pl("cuba", "cuba"), pl("latin america", "latin-america"), pl("asia", "asia"), pl("africa", "africa"),
        pl("geneva", "geneva"),
    ],
    "reuters-7710": [
        org("BANK OF FINLAND", "bank-of-finland"), org("Bank of Finland"), per("Rolf Kullberg"),
        org("Bank", "bank-of-finland"), per("Kullberg", "rolf-kullberg"), per("Sixten Korkman"),
        per("Korkman", "sixten-korkman"), *REUTER,
    ],
    "reuters-7865": [
        org("AMERICAN CABLESYSTEMS", "american-cablesystems"), org("American Cablesystems Corp", "american-cablesystems"),
        pl("Los Angeles County"), org("Heritage Communications Inc", "heritage-communications"), pl("Compton"),
        pl("South El Monte"), pl("Hawaiian Gardens"), pl("Willowbrook"), pl("Athens", "athens-california"),
        pl("Firestone"), pl("Florence", "florence-california"), pl("East Compton"), pl("Los Angeles"),
    ],
    "reuters-9069": [
        *US, pl("U.S", "united-states"), per("Jerry Huckaby"), *REUTER, per("Huckaby", "jerry-huckaby"),
        pl("Louisiana"), org("House", "us-house-of-representatives"), pl("Philippines"),
        org("Agriculture Department", "usda"), org("USDA", "usda"), pl("Florida"), per("Reagan", "ronald-reagan"),
    ],
}


# Pairs of entity ids (both annotated above) that share a word or look alike but are different
# things (e.g. a person and a company named after him, a city and an organisation named after
# it, two people with one name, a country and its capital).
MUST_NOT_MERGE = [
    # one name, word or initial, two things
    ["jade-johnson", "martin-johnson"], ["kostas-kenteris", "kostas-panagopoulos"],
    ["kostas-kenteris", "katerina-thanou"], ["christos-tzekos", "gregory-ioannidis"], ["iaaf", "ioc"],
    ["greek-athletics-federation", "iaaf"], ["court-of-arbitration-for-sport", "ioc"],
    ["athens-olympics", "nagano-winter-olympics"], ["athens-olympics", "olympic-village"],
    ["real-madrid", "real-sociedad"], ["emilio-butragueno", "jose-luis-astiazaran"],
    ["ronaldo", "zinedine-zidane"], ["spanish-football-federation", "real-madrid"],
    ["arsenal", "bayern-munich"], ["jens-lehmann", "oliver-kahn"], ["arsene-wenger", "felix-magath"],
    ["kolo-toure", "arsene-wenger"], ["andy-robinson", "andrew-sheridan"], ["duncan-bell", "julian-white"],
    ["phil-vickery", "julian-white"], ["henry-paul", "olly-barkley"], ["bath-rugby", "gloucester-rugby"],
    ["england-a", "france-a"], ["sale-sharks", "leicester-tigers"], ["six-nations", "six-nations-grand-slam"],
    ["international-rugby-board", "six-nations"], ["rugby-world-cup", "six-nations"],
    ["rugby-premiership", "heineken-cup"], ["british-and-irish-lions", "leicester-tigers"],
    ["martin-johnson", "jonah-lomu"], ["martin-johnson", "clive-woodward"], ["aaron-foster", "david-treacy"],
    ["cyberathlete-professional-league", "cpl-world-tour"], ["four-kings", "intel"],
    ["painkiller", "cpl-world-tour"], ["simon-bysshe", "david-treacy"],
    ["yoshiaki-tsutsumi", "seibu-railways"], ["prince-hotels", "seibu-railways"], ["mitsubishi-motors", "ufj"],
    ["nagano-winter-olympics", "world-war-ii"], ["united-bank-of-africa", "standard-trust-bank"],
    ["banca-nazionale-del-lavoro", "monte-dei-paschi-di-siena"], ["united-bank-of-africa", "united-western-energy"],
    ["jamelia", "teja-davis"], ["brit-awards", "mobo-awards"], ["so-high", "superstar"], ["thank-you", "superstar"],
    ["drama", "money"], ["bout", "see-it-in-a-boys-eyes"], ["coldplay", "chris-martin"], ["beyonce", "ashanti"],
    ["nspcc", "make-trade-fair"], ["beenie-man", "rah-digga"], ["stephen-fry", "douglas-adams"],
    ["hitchhikers-guide-to-the-galaxy", "the-guide"], ["arthur-dent", "martin-freeman"],
    ["john-malkovich", "humma-kavula"], ["the-office", "bbc"], ["martin-freeman", "robbie-stamp"],
    ["bill-nighy", "alan-rickman"], ["stephen-fry", "the-guide"], ["ray-charles", "genius-loves-company"],
    ["jerry-digney", "ray-charles"], ["grammy-awards", "genius-loves-company"], ["peter-jackson", "jrr-tolkien"],
    ["hobbit", "lord-of-the-rings"], ["lord-of-the-rings", "fellowship-of-the-ring"], ["king-kong", "hobbit"],
    ["mgm", "sony"], ["new-line-cinema", "mgm"], ["naomi-watts", "adrien-brody"], ["lovely-bones", "alice-sebold"],
    ["oscars", "grammy-awards"], ["digital-communications-associates", "ibm"], ["ibm", "microsoft"],
    ["btp", "cic"], ["sogenal", "btp"], ["american-dynamics", "meridian-reserve"], ["ph-glatfelter", "ecusta"],
    ["airship-industries", "airship-600-class"], ["ericsson", "intelsa"], ["intelsa", "telefonica"],
    ["dixons-group", "cyclops"], ["cyclops", "busy-beaver-building-centers"], ["chronar", "harbert-corp"],
    ["harbert-corp", "harbert-solar"], ["sheet-metal-workers-national-pension-fund", "harbert-corp"],
    ["mr-rooter", "united-western-energy"], ["first-federal-fort-myers", "first-presidential"],
    ["geothermal-resources-international", "coldwater-creek-geothermal-power-plant"],
    ["plains-petroleum", "fasb"], ["ibc", "brazil-treasury"], ["ibc", "national-monetary-council"],
    ["brazil-treasury", "us-treasury"], ["us-treasury", "federal-reserve"], ["warburg-pincus", "symbion"],
    ["sela", "unctad"], ["unctad", "group-of-77"], ["rolf-kullberg", "sixten-korkman"],
    ["american-cablesystems", "heritage-communications"], ["compton", "east-compton"],
    ["usda", "us-house-of-representatives"], ["jerry-huckaby", "ronald-reagan"],
    ["us-commerce-department", "usda"], ["sec", "us-commerce-department"], ["rugby-premiership", "six-nations"],
    # an organisation, work, event or venue named after a place, or a place inside a name
    ["nagano", "nagano-winter-olympics"], ["west-africa", "united-bank-of-africa"], ["africa", "united-bank-of-africa"],
    ["italy", "banca-nazionale-del-lavoro"], ["birmingham", "norwich-union-grand-prix"],
    ["athens", "athens-olympics"], ["athens", "olympic-village"], ["madrid", "real-madrid"],
    ["madrid", "european-indoor-championships"], ["bernabeu", "real-madrid"], ["lansdowne-road", "ireland"],
    ["ireland", "six-nations"], ["england", "england-a"], ["france", "france-a"], ["twickenham", "england"],
    ["new-zealand", "jonah-lomu"], ["istanbul", "cpl-world-tour"], ["thai-airways-international", "thailand"],
    ["florida", "first-presidential"], ["california", "northern-california"], ["geysers", "northern-california"],
    ["brazil", "ibc"], ["brazil", "brazil-treasury"], ["united-states", "us-treasury"],
    ["united-states", "us-commerce-department"], ["united-states", "usda"], ["united-states", "us-house-of-representatives"],
    ["latin-america", "sela"], ["geneva", "unctad"], ["los-angeles-county", "los-angeles"],
    ["compton", "los-angeles-county"], ["athens", "athens-california"], ["norway", "norsk-data"],
    ["spain", "telefonica"], ["sweden", "ericsson"], ["middle-earth", "lord-of-the-rings"],
    ["hollywood", "king-kong"], ["japan", "mitsubishi-motors"], ["new-york", "warburg-pincus"],
    # a capital, city or region is not its country, and two neighbouring places are two places
    ["tokyo", "japan"], ["bangkok", "thailand"], ["don-muang", "bangkok"], ["hong-kong", "singapore"],
    ["algeria", "africa"], ["london", "united-kingdom"], ["oslo", "norway"], ["europe", "north-america"],
    ["havana", "cuba"], ["latin-america", "cuba"], ["asia", "africa"], ["pittsburgh", "pennsylvania"],
    ["pisgah-forest", "north-carolina"], ["santa-ana", "california"], ["columbus", "oklahoma"],
    ["hollywood", "los-angeles"], ["sydney", "australia"], ["wellington", "new-zealand"], ["athens", "greece"],
    ["tel-aviv", "chicago"], ["west-africa", "nigeria"], ["louisiana", "florida"], ["louisiana", "united-states"],
    ["england", "united-kingdom"], ["wales", "england"], ["ireland", "united-kingdom"],
    ["coldwater-creek-geothermal-power-plant", "geysers"], ["south-el-monte", "east-compton"],
    ["willowbrook", "firestone"], ["florence-california", "athens-california"], ["hawaiian-gardens", "compton"],
]
