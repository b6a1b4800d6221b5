"""Hand annotation of news_gold8 (see build_news_gold8.py): made blind, by reading the text,
by one annotator, with no extractor output in sight. It follows NEWS_NOTES and the DECISIONS
of news_gold3_spec.py, news_gold4_spec.py, news_gold5_spec.py, news_gold6_spec.py and
news_gold7_spec.py; the choices taken beyond those are listed in DECISIONS below."""
from build_news_gold import REUTER, UK, US, org, oth, per, pl

DECISIONS = """\
- "Sir", "the Reverend", "Captain" and "Rep." are titles, left out of the span like "Mr" and
  "Lord" ("Sir Alex Ferguson" -> "Alex Ferguson", "Sir Phil Watts" -> "Phil Watts", "Rep. Jack
  Kemp" -> "Jack Kemp"), as news_gold2 did for "Sir Clive Woodward".
- A name joined to a common word by a hyphen is a mention, as NEWS_NOTES say for place names
  ("Paris-based"): "Oscar-nominated" holds "Oscar" (OTHER, id oscars), "Pop Idol-style" holds
  "Pop Idol" (a show, OTHER).
- A quoted nickname for two people together ('dubbed the "McLibel Two"') is a PERSON mention of
  the pair, an id of its own (mclibel-two), like a family named by its surname; it is neither
  of the two people.
- A city written with an event held there as one capitalised name is one OTHER mention, as
  "New York Marathon" (news_gold): "the Athens Olympics" -> "Athens Olympics"; "the Olympics"
  and the capitalised "the Games" later in that article are the same event (id
  athens-olympics); "Athens" alone is the city. A city naming where a competition is played
  stays the city ("returning to action in Paris"; "the Antwerp WTA event": Antwerp, WTA), and
  so does "the recent pact ... in Paris" (news_gold6's "agreement in Paris").
- Lettered groups of a competition and numbered chapters of a code are not mentions ("Group
  D", "Chapter 11 of the federal bankruptcy code"), nor is "Test" in "a Test spot" (a kind of
  match), nor the lower-case "west-country".
- "London Interbank Offered Rate" and "Libor", written as a proper name with its acronym, are
  a named benchmark (OTHER, id libor, like an index), unlike "Fed funds" in news_gold6; the
  lower-case "London interbank offered rate" holds only "London" (PLACE), a place name before
  lower-case words. "U.S. Prime rate", "U.S. Market", "U.S. Municipality", "U.S. Sales",
  "U.S. Dlrs": "U.S." only.
- "Fed" in reuters-18161 ("Fed vice-chairman", "Fed chief Paul Volcker") stands for the body
  the article names in full, the Federal Reserve Board (id federal-reserve-board), as a short
  form gets the entity it means in that article.
- Football clubs named by their town or a short name are ORG ("Luton", "Preston", "QPR" =
  "Queens Park Rangers", "Lyon", "Inter", "Bayern", "Barcelona", "United" for Manchester
  United); "the Turks" meaning the Fenerbahce side is a demonym, not a mention. "Lions" in a
  rugby union story about the tour to New Zealand is the British and Irish Lions (ORG
  british-and-irish-lions), not news_gold7's rugby league great-britain-lions; "World Cup" is
  rugby-world-cup; "Bath" and "Gloucester" are the clubs (bath-rugby, gloucester-rugby).
- A capitalised short name of a body's organ is an ORG of its own: Uefa's "Executive
  Committee" (uefa-executive-committee); "Uefa Cup" and "Champions League" are competitions
  (OTHER), each its own id.
- "eastern Europe", a region written with a lower-case qualifier, is one PLACE mention with
  the id eastern-europe (it does not name Europe).
- "Belgian Open" is an event (OTHER); "the Belgian" standing for the player is a demonym, not
  a mention. A bare first name is the person the article names in full with it ("Kim" Kim
  Clijsters, "Clive" Clive Woodward, "David" David Blunkett), as news_gold7 does.
- Broadcasters, channels and stations are ORG, each with its own id: "ITV" (the broadcaster,
  id itv, not the channel itv1), "BBC Two", "BBC Radio 4", "Virgin Radio", "Virgin Radio
  Classic Rock", "Virgin Radio Groove"; "Virgin" alone in bbc-tech-344 is Virgin Radio.
  Programmes are OTHER ("X Factor", "Strictly Come Dancing", "Pop Idol", "Rugby Special",
  "Today"). "Orange", the mobile network, is an ORG (id orange-telecom); 2G, 3G, GPRS are
  generic technologies. "G4", a singing group, is an ORG like a band.
- Festival sections and awards named as proper names are OTHER ("Cinema of the Future",
  "Cinema of the World", "Top Tiger Awards"); a film title with a comma inside is one work
  ("The 10th District Court, Moments of Trials" -> "10th District Court, Moments of Trials");
  "06/05" is a film title (OTHER).
- "Maruti" (the cars, "Maruti cars", "the Japanese-style Maruti") is the brand that is the
  company's name: ORG Maruti Udyog, with its acronym "MUL", as news_gold6 does for Commodore.
- Ticker symbols in parentheses are not mentions, like those in angle brackets ("(GSU)",
  "(SYNE>O)").
- Upper-case headlines: "EQUITICORP H.K. UNIT" is the parent (Equiticorp Holdings) and Hong
  Kong (PLACE), the unit being "Equiticorp Hongkong Ltd"; "LLOYDS" is the source named in the
  body, Lloyds Shipping Intelligence (ORG; its lower-case "service" outside the span); "HOUSE"
  is the U.S. House of Representatives, as news_gold5; "PHILIPPINE CONGRESS" and "Philippine
  Congress" are the legislature's name, a demonym inside a proper name (one ORG span), while
  "Philippine army headquarters" holds no mention; "CHANNEL FERRY", written "channel ferry"
  in lower case in the body, holds no mention.
- A state before a commission's name is split, as news_gold3 does for "Florida Insurance
  Department": "Texas Public Utilities Commission" -> Texas (PLACE), Public Utilities
  Commission (ORG, id texas-public-utilities-commission); "U.S. Energy Information
  Administration" -> U.S., Energy Information Administration (as news_gold4's FCC).
- Named facilities are PLACE: the "River Bend nuclear plant" (River Bend), "Fort Bonifacio",
  the "Roosevelt Hotel" (a venue). "Arkansas State University" is an ORG, also where it is the
  concert's venue. "the High Court in London" is the English High Court (id
  english-high-court), not news_gold's Spanish one.
- "Commons" in "the Commons trade committee" is the House of Commons (ORG), the lower-case
  committee not a mention (news_gold4's Westminster committee). "Tory Dominic Grieve" and
  "Labour backbencher" use the party word as an adjective (not a mention); "the Tories" is the
  party (ORG conservative-party).
- "the Community" in an EC story is the European Community (a capitalised short name, news_gold6);
  "Brussels", standing for the EC, keeps its type (PLACE), as GUIDELINES say for capitals.
- "Merrill Lynch" and "Merrill" in reuters-12066 are Merrill Lynch Capital Markets, the firm
  the article names in full. "Swiss Bank Corporation International" (reuters-1945) and "Swiss
  Bank Corporation International Ltd" (reuters-12066) are one id, distinct from "Swiss Bank
  Corporation", whose San Francisco branch lead-managed (id swiss-bank-corp).
- Spelling slips are marked as written with the entity they mean, as news_gold4 does: "Mr Van
  de Vijver" (Walter van der Vijver), "Townsend Thorensen", "MacLean, Va." (McLean,
  Virginia: PLACE mclean), "Seven Oaks direct" (Seven Oaks Direct Inc); "Japan"s" holds
  "Japan". "Elders Futures inc" keeps its lower-case designator as written.
- "the Boix-Vives family": "Boix-Vives" is a PERSON mention of the family (id
  boix-vives-family), as "Agnelli family" in news_gold2.
- "Japan welfare annuity": "Japan" only (a place name before lower-case words); "Trust Fund
  Bureau rate" holds the bureau (ORG), "Trust Fund Bureau Law" is the law (OTHER)."""

SPEC = {
    "bbc-business-312": [
        org("Parmalat"), per("Enrico Bondi"), *REUTER, org("Bank of America"), org("UBS", "ubs"),
        org("Credit Suisse First Boston"), org("Deutsche Bank"), org("Citigroup"), org("Grant Thornton"),
    ],
    "bbc-business-373": [
        org("Quiksilver"), org("Rossignol", "skis-rossignol"), org("Skis Rossignol"), *US,
        per("Boix-Vives", "boix-vives-family"), org("Nike"), org("K2", "k2"),
    ],
    "bbc-business-419": [
        org("Shell", "royal-dutch-shell"), per("Judy Boynton"), per("Boynton", "judy-boynton"),
        per("Jeroen van der Veer"), per("Phil Watts"), per("Walter van der Vijver"),
        per("Van de Vijver", "walter-van-der-vijver"), pl("Atlantic"),
    ],
    "bbc-entertainment-174": [
        oth("X Factor"), org("ITV", "itv"), per("Simon Cowell"), per("Louis Walsh"), per("Sharon Osbourne"),
        org("BBC", "bbc"), oth("Strictly Come Dancing"), per("Cowell", "simon-cowell"), oth("Pop Idol"),
        per("Rowetta Satchell"), per("Steve Brookstein"), per("Tabby Callaghan"), org("G4", "g4"),
        per("Claudia Rosencrantz"),
    ],
    "bbc-entertainment-281": [
        per("Nelly"), pl("Arkansas"), pl("Jonesboro"), org("Arkansas State University"), per("Adrian Rodgers"),
        per("Rodgers", "adrian-rodgers"), org("Fullness of Joy Church"), per("Tim Dean"), *US, *UK,
        oth("Hot in Herre"), oth("Dilemma"), oth("Over and Over"),
    ],
    "bbc-entertainment-329": [
        per("Van Gogh", "theo-van-gogh"), per("Theo van Gogh"), oth("Submission"), oth("Rotterdam Film Festival"),
        per("Ayaan Hirsi Ali"), oth("06/05", "06-05"), per("Sandra den Hamer"),
        oth("10th District Court, Moments of Trials", "10th-district-court-moments-of-trials"),
        per("Raymond Depardon"), oth("Top Tiger Awards"), oth("Cinema of the Future"), oth("Cinema of the World"),
        oth("Underexposure"), pl("Iraq"), per("Saddam Hussein"),
    ],
    "bbc-entertainment-361": [
        oth("Super Size Me"), per("Morgan Spurlock"), per("Spurlock", "morgan-spurlock"),
        org("Writers Guild of America"), oth("Oscar", "oscars"), org("McDonald's", "mcdonalds"),
        pl("Roosevelt Hotel"), pl("Hollywood"), per("Brian Grazer"), org("Roadside Attractions"),
        org("Samuel Goldwyn Films"), org("Showtime Independent Films"), org("European Court of Human Rights"), *UK,
        per("Helen Steel"), per("David Morris"), pl("London"), per("McLibel Two", "mclibel-two"),
        org("High Court", "english-high-court"),
    ],
    "bbc-politics-206": [
        per("Blair", "tony-blair"), per("Blunkett", "david-blunkett"), per("David Blunkett"),
        org("Tories", "conservative-party"), per("Tony Blair"), per("Dominic Grieve"), per("Grieve", "dominic-grieve"),
        org("BBC Radio 4", "bbc-radio-4"), oth("Today", "today-programme"), per("David", "david-blunkett"),
        per("Martin O'Neill", "martin-oneill"), org("Commons", "house-of-commons"), per("Ian Gibson"),
    ],
    "bbc-sport-050": [
        org("IAAF", "iaaf"), per("Kostas Kenteris"), per("Katerina Thanou"),
        org("International Association of Athletics Federations", "iaaf"), pl("Tel Aviv"), pl("Chicago"),
        pl("Athens"), org("Greek Federation"), per("Christos Tzekos"), per("Tzekos", "christos-tzekos"),
        per("Kenteris", "kostas-kenteris"), per("Thanou", "katerina-thanou"), oth("Athens Olympics"),
        pl("Qatar"), pl("Crete"), pl("Greece"), oth("Olympics", "athens-olympics"), oth("Games", "athens-olympics"),
    ],
    "bbc-sport-204": [
        org("Uefa", "uefa"), org("Executive Committee", "uefa-executive-committee"), org("Luton", "luton-town"),
        org("Preston", "preston-north-end"), org("Queens Park Rangers", "qpr"), org("QPR", "qpr"),
        per("Rob Faulkner"), pl("England"), pl("Scandinavia"), pl("Russia"), pl("eastern Europe", "eastern-europe"),
        oth("Champions League"), oth("Uefa Cup", "uefa-cup"),
    ],
    "bbc-sport-238": [
        per("Ferguson", "alex-ferguson"), org("Manchester United"), per("Alex Ferguson"), org("Fenerbahce"),
        oth("Champions League"), org("United", "manchester-united"), org("Lyon", "olympique-lyonnais"),
        org("Inter", "inter-milan"), org("AC Milan", "ac-milan"), org("Juventus"), org("Bayern", "bayern-munich"),
        org("Barcelona", "fc-barcelona"), org("Real Madrid"),
    ],
    "bbc-sport-419": [
        per("Tindall", "mike-tindall"), org("Lions", "british-and-irish-lions"), org("Bath", "bath-rugby"),
        pl("England"), per("Mike Tindall"), oth("World Cup", "rugby-world-cup"), org("Gloucester", "gloucester-rugby"),
        oth("Rugby Special"), pl("New Zealand"), per("Clive Woodward"), per("Brian O'Driscoll", "brian-odriscoll"),
        per("Gordon D'Arcy", "gordon-darcy"), per("Gavin Henson"), pl("Australia"), per("Clive", "clive-woodward"),
        org("BBC Two", "bbc-two"),
    ],
    "bbc-sport-443": [
        per("Clijsters", "kim-clijsters"), per("Kim Clijsters"), pl("Antwerp"), org("WTA", "wta"),
        per("Kim", "kim-clijsters"), pl("Paris"), oth("Belgian Open"), per("Bruno Willems"), per("Lleyton Hewitt"),
    ],
    "bbc-tech-344": [
        org("Virgin Radio"), *UK, org("Sydus"), org("Virgin", "virgin-radio"), per("James Cridland"),
        per("Cridland", "james-cridland"), org("Virgin Radio Classic Rock"), org("Virgin Radio Groove"),
        per("Saumil Nanavati"), org("Orange", "orange-telecom"), org("Nokia"), org("Samsung"),
    ],
    "reuters-1012": [
        org("DAI-ICHI HOTEL", "dai-ichi-hotel"), org("Dai-Ichi Hotel Ltd", "dai-ichi-hotel"), org("Swiss Volksbank"),
        org("Long-Term Credit Bank of Japan Ltd", "long-term-credit-bank-of-japan"), *REUTER,
    ],
    "reuters-11121": [
        org("USX", "usx"), org("USX Corp", "usx"), org("USS", "uss"),
    ],
    "reuters-11217": [
        pl("INDIA", "india"), pl("India"), *REUTER, pl("Hungary"), org("Maruti Udyog Ltd", "maruti-udyog"),
        org("MUL", "maruti-udyog"), org("Mogurt"), org("Maruti", "maruti-udyog"),
        org("Suzuki Motor Co Ltd", "suzuki-motor"), pl("Japan"),
    ],
    "reuters-12066": [
        org("ALASKA HOUSING FINANCE", "alaska-housing-finance"), org("Alaska Housing Finance Corp", "alaska-housing-finance"),
        org("Merrill Lynch Capital Markets"), pl("Alaska"), *US,
        oth("London Interbank Offered Rate", "libor"), oth("Libor", "libor"), org("Credit Lyonnais"),
        org("Merrill Lynch", "merrill-lynch-capital-markets"), org("Swiss Bank Corporation", "swiss-bank-corp"),
        pl("San Francisco"), org("Alaska Housing Finance", "alaska-housing-finance"),
        org("Merrill", "merrill-lynch-capital-markets"),
        org("Salomon Brothers International Ltd", "salomon-brothers-international"),
        org("Swiss Bank Corporation International Ltd", "swiss-bank-corporation-international"), *REUTER,
    ],
    "reuters-13225": [
        org("GULF STATES", "gulf-states-utilities"), org("Gulf States Utilities Co", "gulf-states-utilities"),
        pl("Texas"), pl("Louisiana"), org("Gulf States", "gulf-states-utilities"), pl("River Bend"),
        org("Public Utilities Commission", "texas-public-utilities-commission"),
    ],
    "reuters-15393": [
        org("EQUITICORP", "equiticorp-holdings"), pl("H.K.", "hong-kong"), *US,
        org("Equiticorp Hongkong Ltd", "equiticorp-hongkong"), org("Manufacturers Hanover Asia Ltd", "manufacturers-hanover-asia"),
        org("Manufacturers Hanover Ltd", "manufacturers-hanover-ltd"), pl("London"),
        org("Equiticorp Holdings Ltd", "equiticorp-holdings"), pl("New Zealand"), *REUTER,
    ],
    "reuters-16931": [
        pl("MANILA", "manila"), *REUTER, pl("Fort Bonifacio"), per("Aquino", "corazon-aquino"),
    ],
    "reuters-17195": [
        org("EC", "european-community"), pl("JAPAN", "japan"), pl("Japan"), org("European Community"),
        per("Willy de Clercq"), *US, oth("European Currency Unit", "ecu"), org("Community", "european-community"),
        per("de Clercq", "willy-de-clercq"), per("De Clercq", "willy-de-clercq"), pl("Brussels"), *REUTER,
    ],
    "reuters-18146": [
        *US, org("American Petroleum Institute", "api"), per("Peter Beutel"), org("Elders Futures inc", "elders-futures"),
        org("Energy Information Administration", "eia"), org("API", "api"),
    ],
    "reuters-18161": [
        per("KEMP", "jack-kemp"), per("GREENSPAN", "alan-greenspan"), per("Jack Kemp"), pl("New York"),
        org("Federal Reserve Board"), per("Alan Greenspan"), per("Greenspan", "alan-greenspan"),
        per("Kemp", "jack-kemp"), org("Fed", "federal-reserve-board"), per("Manuel Johnson"), per("Paul Volcker"),
    ],
    "reuters-18188": [
        org("PACIFICORP", "pacificorp"), org("PacifiCorp", "pacificorp"),
        org("Thomas Nationwide Computer Corp", "thomas-nationwide-computer"),
        org("Thomas Nationwide", "thomas-nationwide-computer"), org("International Business Machines Corp", "ibm"),
        org("Systems Leasing Corp", "systems-leasing"), pl("MacLean", "mclean"), pl("Va.", "virginia"),
    ],
    "reuters-1945": [
        org("RANK ORGANISATION", "rank-organisation"), org("Rank Organisation Plc", "rank-organisation"),
        org("County Natwest Capital Markets Ltd", "county-natwest-capital-markets"),
        org("Samuel Montagu and Co Ltd", "samuel-montagu"),
        org("Swiss Bank Corporation International", "swiss-bank-corporation-international"),
        org("National Westminster Bank Plc", "national-westminster-bank"), org("Rank", "rank-organisation"), *REUTER,
    ],
    "reuters-19818": [
        org("ALLIS-CHALMERS", "allis-chalmers"), org("S/P", "standard-and-poors"),
        org("Standard and Poor's Corp", "standard-and-poors"), org("Allis-Chalmers Corp", "allis-chalmers"),
        org("S and P", "standard-and-poors"),
    ],
    "reuters-19995": [
        org("PHILIPPINE CONGRESS", "philippine-congress"), org("Philippine Congress"), per("Rosalo Ylagan"), *REUTER,
    ],
    "reuters-20690": [
        org("INTERNATIONAL GAME", "international-game-technology"), org("International Game Technology"),
        org("International Game", "international-game-technology"),
        org("Syntech International Inc", "syntech-international"),
    ],
    "reuters-225": [
        pl("JAPAN", "japan"), pl("Japan"), pl("Paris"), org("Finance Ministry", "japan-finance-ministry"),
        oth("Trust Fund Bureau Law"), org("Trust Fund Bureau"), org("Japan Development Bank"),
        org("People's Finance Corp", "peoples-finance-corp"), org("Posts and Telecommunications Ministry"),
        org("Ministry of Health and Welfare"), *REUTER,
    ],
    "reuters-2425": [
        org("HOUSE", "us-house-of-representatives"), org("House Agriculture Committee"),
    ],
    "reuters-2658": [
        org("UNITED INDUSTRIAL CORP", "united-industrial"),
    ],
    "reuters-2819": [
        pl("BELGIUM", "belgium"), oth("Herald of Free Enterprise"), org("Townsend Thorensen"), org("ANP", "anp"),
        per("Dan Kaakebeen"), per("Kaakebeen", "dan-kaakebeen"), org("Smit International"), *REUTER,
        pl("Rotterdam"), pl("Zeebrugge"), pl("Vlissingen"),
    ],
    "reuters-4324": [
        org("BULL", "bull"), pl("France"), org("Cie des Machines Bull", "bull"),
        org("Finance Ministry", "french-finance-ministry"), org("Bull"),
    ],
    "reuters-4500": [
        org("COMMAND AIRWAYS", "command-airways"), org("Command Airways"), org("Command", "command-airways"),
    ],
    "reuters-5194": [
        per("LANGE", "david-lange"), pl("N.Z.", "new-zealand"), pl("New Zealand"), per("David Lange"),
        per("Lange", "david-lange"), *REUTER,
    ],
    "reuters-5620": [
        org("SEVEN OAKS", "seven-oaks-international"), org("Seven Oaks International Inc", "seven-oaks-international"),
        org("Seven Oaks Direct Inc", "seven-oaks-direct"), org("Seven Oaks direct", "seven-oaks-direct"),
        org("Seven Oaks Direct", "seven-oaks-direct"), pl("Memphis"), pl("Tenn.", "tennessee"),
    ],
    "reuters-6692": [
        org("DELTA NATURAL GAS", "delta-natural-gas"), org("Delta Natural Gas Co Inc", "delta-natural-gas"),
        org("Edward D. Jones and Co", "edward-d-jones"),
    ],
    "reuters-8197": [
        org("LLOYDS", "lloyds-shipping-intelligence"), oth("Avaj"), org("Lloyds Shipping Intelligence"),
        org("National Iranian Tanker Co", "national-iranian-tanker"), *REUTER,
    ],
    "reuters-9261": [
        pl("U.K.", "united-kingdom"), org("Bank of England"), *REUTER,
    ],
}


# Pairs of entity ids (both annotated above) that share a word or look alike but are different
# things (e.g. a person and a company named after him, a city and an organisation named after
# it, two people with one name, a country and its capital).
MUST_NOT_MERGE = [
    # one name or word, two things
    ["jeroen-van-der-veer", "walter-van-der-vijver"], ["phil-watts", "walter-van-der-vijver"],
    ["judy-boynton", "jeroen-van-der-veer"], ["enrico-bondi", "parmalat"],
    ["bank-of-america", "bank-of-england"], ["bank-of-america", "citigroup"], ["ubs", "credit-suisse-first-boston"],
    ["credit-suisse-first-boston", "credit-lyonnais"], ["deutsche-bank", "national-westminster-bank"],
    ["grant-thornton", "parmalat"], ["quiksilver", "skis-rossignol"], ["boix-vives-family", "skis-rossignol"],
    ["nike", "k2"], ["x-factor", "pop-idol"], ["x-factor", "strictly-come-dancing"], ["itv", "bbc"],
    ["simon-cowell", "louis-walsh"], ["simon-cowell", "sharon-osbourne"], ["g4", "x-factor"],
    ["steve-brookstein", "tabby-callaghan"], ["claudia-rosencrantz", "itv"], ["nelly", "over-and-over"],
    ["hot-in-herre", "dilemma"], ["adrian-rodgers", "tim-dean"], ["fullness-of-joy-church", "adrian-rodgers"],
    ["theo-van-gogh", "submission"], ["06-05", "submission"], ["ayaan-hirsi-ali", "theo-van-gogh"],
    ["cinema-of-the-future", "cinema-of-the-world"], ["top-tiger-awards", "rotterdam-film-festival"],
    ["sandra-den-hamer", "rotterdam-film-festival"], ["raymond-depardon", "10th-district-court-moments-of-trials"],
    ["saddam-hussein", "underexposure"], ["super-size-me", "morgan-spurlock"], ["mcdonalds", "super-size-me"],
    ["writers-guild-of-america", "oscars"], ["brian-grazer", "morgan-spurlock"],
    ["roadside-attractions", "showtime-independent-films"], ["samuel-goldwyn-films", "showtime-independent-films"],
    ["samuel-goldwyn-films", "samuel-montagu"], ["helen-steel", "david-morris"], ["mclibel-two", "helen-steel"],
    ["mclibel-two", "david-morris"], ["mclibel-two", "mcdonalds"],
    ["european-court-of-human-rights", "english-high-court"],
    ["european-court-of-human-rights", "european-community"],
    ["10th-district-court-moments-of-trials", "english-high-court"], ["tony-blair", "david-blunkett"],
    ["david-blunkett", "david-morris"], ["david-blunkett", "david-lange"], ["david-morris", "david-lange"],
    ["dominic-grieve", "conservative-party"], ["martin-oneill", "ian-gibson"], ["martin-oneill", "house-of-commons"],
    ["bbc", "bbc-two"], ["bbc", "bbc-radio-4"], ["bbc-two", "bbc-radio-4"], ["today-programme", "bbc-radio-4"],
    ["rugby-special", "bbc-two"], ["kostas-kenteris", "katerina-thanou"], ["christos-tzekos", "kostas-kenteris"],
    ["iaaf", "greek-federation"], ["tel-aviv", "chicago"], ["uefa", "uefa-cup"], ["uefa", "uefa-executive-committee"],
    ["uefa", "champions-league"], ["champions-league", "uefa-cup"], ["luton-town", "qpr"],
    ["preston-north-end", "qpr"], ["luton-town", "preston-north-end"], ["rob-faulkner", "uefa"],
    ["inter-milan", "ac-milan"], ["juventus", "inter-milan"], ["real-madrid", "fc-barcelona"],
    ["bayern-munich", "olympique-lyonnais"], ["manchester-united", "fenerbahce"], ["alex-ferguson", "manchester-united"],
    ["credit-lyonnais", "olympique-lyonnais"], ["bath-rugby", "gloucester-rugby"], ["mike-tindall", "clive-woodward"],
    ["gavin-henson", "gordon-darcy"], ["brian-odriscoll", "gordon-darcy"], ["brian-odriscoll", "brian-grazer"],
    ["british-and-irish-lions", "england"], ["british-and-irish-lions", "rugby-world-cup"],
    ["kim-clijsters", "lleyton-hewitt"], ["wta", "belgian-open"], ["bruno-willems", "kim-clijsters"],
    ["virgin-radio", "virgin-radio-classic-rock"], ["virgin-radio", "virgin-radio-groove"],
    ["virgin-radio-classic-rock", "virgin-radio-groove"], ["virgin-radio", "sydus"],
    ["james-cridland", "saumil-nanavati"], ["orange-telecom", "nokia"], ["nokia", "samsung"],
    ["dai-ichi-hotel", "long-term-credit-bank-of-japan"], ["swiss-volksbank", "swiss-bank-corp"],
    ["swiss-bank-corp", "swiss-bank-corporation-international"],
    ["salomon-brothers-international", "swiss-bank-corporation-international"],
    ["merrill-lynch-capital-markets", "salomon-brothers-international"],
    ["merrill-lynch-capital-markets", "county-natwest-capital-markets"], ["usx", "uss"],
    ["maruti-udyog", "suzuki-motor"], ["mogurt", "maruti-udyog"], ["gulf-states-utilities", "texas-public-utilities-commission"],
    ["equiticorp-holdings", "equiticorp-hongkong"], ["manufacturers-hanover-asia", "manufacturers-hanover-ltd"],
    ["european-community", "ecu"], ["willy-de-clercq", "european-community"], ["api", "eia"],
    ["peter-beutel", "elders-futures"], ["alan-greenspan", "paul-volcker"], ["manuel-johnson", "paul-volcker"],
    ["alan-greenspan", "manuel-johnson"], ["jack-kemp", "alan-greenspan"], ["federal-reserve-board", "alan-greenspan"],
    ["federal-reserve-board", "bank-of-england"], ["thomas-nationwide-computer", "ibm"],
    ["pacificorp", "systems-leasing"], ["thomas-nationwide-computer", "systems-leasing"],
    ["rank-organisation", "county-natwest-capital-markets"], ["county-natwest-capital-markets", "national-westminster-bank"],
    ["samuel-montagu", "national-westminster-bank"], ["allis-chalmers", "standard-and-poors"],
    ["philippine-congress", "rosalo-ylagan"], ["philippine-congress", "us-house-of-representatives"],
    ["international-game-technology", "syntech-international"], ["smit-international", "syntech-international"],
    ["seven-oaks-international", "syntech-international"], ["smit-international", "salomon-brothers-international"],
    ["japan-finance-ministry", "french-finance-ministry"], ["trust-fund-bureau", "trust-fund-bureau-law"],
    ["trust-fund-bureau", "japan-finance-ministry"], ["japan-development-bank", "peoples-finance-corp"],
    ["japan-development-bank", "long-term-credit-bank-of-japan"],
    ["ministry-of-health-and-welfare", "posts-and-telecommunications-ministry"],
    ["us-house-of-representatives", "house-agriculture-committee"], ["herald-of-free-enterprise", "townsend-thorensen"],
    ["anp", "reuters"], ["dan-kaakebeen", "smit-international"], ["seven-oaks-international", "seven-oaks-direct"],
    ["delta-natural-gas", "edward-d-jones"], ["avaj", "national-iranian-tanker"],
    ["lloyds-shipping-intelligence", "national-iranian-tanker"], ["corazon-aquino", "philippine-congress"],
    # an organisation, work, event or venue named after a place, or a place inside a name
    ["rotterdam", "rotterdam-film-festival"], ["athens", "athens-olympics"], ["greece", "greek-federation"],
    ["belgium", "belgian-open"], ["arkansas", "arkansas-state-university"], ["jonesboro", "fullness-of-joy-church"],
    ["hollywood", "roosevelt-hotel"], ["london", "english-high-court"], ["london", "libor"],
    ["alaska", "alaska-housing-finance"], ["texas", "texas-public-utilities-commission"], ["louisiana", "river-bend"],
    ["texas", "gulf-states-utilities"], ["hong-kong", "equiticorp-hongkong"], ["new-zealand", "equiticorp-holdings"],
    ["new-zealand", "british-and-irish-lions"], ["japan", "japan-development-bank"],
    ["japan", "long-term-credit-bank-of-japan"], ["india", "maruti-udyog"], ["hungary", "mogurt"], ["japan", "suzuki-motor"],
    ["san-francisco", "swiss-bank-corp"], ["manila", "fort-bonifacio"], ["bull", "france"],
    ["france", "french-finance-ministry"], ["memphis", "tennessee"], ["mclean", "virginia"],
    ["iraq", "underexposure"], ["england", "united-kingdom"], ["eastern-europe", "russia"],
    ["united-kingdom", "virgin-radio"], ["united-states", "eia"], ["new-york", "jack-kemp"],
    # a capital, city, region or government body is not its country
    ["paris", "france"], ["brussels", "belgium"], ["brussels", "european-community"], ["athens", "greece"],
    ["crete", "greece"], ["antwerp", "belgium"], ["zeebrugge", "belgium"], ["rotterdam", "vlissingen"],
    ["london", "united-kingdom"], ["bank-of-england", "united-kingdom"], ["chicago", "united-states"],
    ["hollywood", "united-states"], ["japan-finance-ministry", "japan"],
]
