"""Hand annotation of news_gold15 (see build_news_gold15.py): made blind, by reading the text,
by one annotator, with no extractor output in sight. It follows NEWS_NOTES and the DECISIONS
of news_gold3_spec.py, news_gold4_spec.py, news_gold5_spec.py, news_gold6_spec.py,
news_gold7_spec.py, news_gold8_spec.py, news_gold9_spec.py, news_gold10_spec.py,
news_gold11_spec.py, news_gold12_spec.py, news_gold13_spec.py and news_gold14_spec.py; the new
choices taken beyond those are listed in DECISIONS below."""
from build_news_gold import REUTER, UK, US, org, oth, per, pl

DECISIONS = """\
- The lower-case "eurozone" is a common noun for the currency area, like "euro", and holds no
  mention; "JPMorgan Chase bank" keeps only "JPMorgan Chase" (the name means the bank without
  the lower-case word); "US Treasury Secretary John Snow" holds US and the person, the
  department fused into the role (news_gold3).
- A football club's stadium written as its own name before a lower-case "stadium"
  ("Westfallen stadium") is the venue (PLACE westfalenstadion), as news_gold9's "Beverly Hilton
  hotel", and a slip for Westfalen marked as written; "Manger Magazin" is a slip for the
  magazine Manager Magazin, marked as written (ORG manager-magazin); "HVB" before "analyst" is
  the bank (a name before a role).
- A company's former name stated as such ("the company, formerly Windsor Industries Inc") is
  the same entity as its present name (windsor-holding), unlike news_gold6's Atari and
  Infogrames, where the text leaves the link open; "Windsor" before "subsidiary", "board
  member" or "public stock offering" is the company.
- A capitalised nickname of a city is a mention of the city ("the Big Apple": PLACE new-york);
  "Tyneside" is a region (PLACE); "the States" meaning the United States is the country, as
  GUIDELINES' "the North"; "the West" meaning the western countries is a PLACE of its own
  (the-west), while "Western economists" and "western economists" hold adjectives only.
- A city before "line-up" in a race headline ("joins Edinburgh line-up") stands for the race
  held there (news_gold3), id great-edinburgh-international-cross-country, while "competes in
  Edinburgh" is the city (news_gold8) and "staged in Newcastle" the town.
- "Harry Potter" naming the film series ("Harry Potter director", "on Harry Potter", "the
  third Harry Potter film") and the headline's short "Potter" are one OTHER id (harry-potter),
  apart from the one film named by its full title; a brother named only by his first name
  ("his brother Carlos") gets an id with the family name (carlos-cuaron, news_gold12), and the
  bare "Alfonso" is the director named in full (news_gold7).
- Awards named by the guild that gives them: "Directors Guild of Great Britain" before
  "awards" is the awards (OTHER directors-guild-of-great-britain-awards), as news_gold9's
  "Screen Actors Guild awards"; the headline "UK Directors Guild nominees" is split into UK and
  "Directors Guild", that same id, as NEWS_NOTES split a country before a short name. "Curzon
  Mayfair" before "cinema" is the venue (PLACE). A title preceded by a stray capitalised
  preposition ("For Enduring Love") keeps only the title; a TV drama named after a town
  ("Omagh" among nominated directors) is the work (OTHER), by its context, as news_gold10's
  "Chicago actress".
- A capitalised "High Street" used as a count noun ("a casino on every High Street") is a
  common noun and holds no mention, unlike news_gold12's High Street standing for Britain's
  shops as a whole. A doubled word before an organisation's name ("British British Casino
  Association") leaves the extra word out: "British Casino Association" is one ORG span.
- "World Championship" before "crown" is the athletics world championships (OTHER
  world-championships); "Olympic" before a title or "gold" is an adjective; the city where the
  championships will be held stays the city ("in Helsinki"). "Ato (Boldon)" holds two mentions
  of one person, the first name and the bracketed surname, as news_gold11 does the other way
  round. "Norwich Union Grand Prix" is one OTHER span, the sponsor inside not annotated.
- "Greek Parliament" written with a capital is the legislature's name, one ORG span (as
  news_gold8's "Philippine Congress"), while "the country's parliament" holds none; "the Greek
  Association" is the capitalised short name of the Greek Athletics Federation the article
  names (news_gold6); "Court of Arbitration for Sport" is an ORG.
- Rugby fixture: "USA" in the headline is the national side written as the country (PLACE
  united-states, news_gold3) and "the States" too; "Eagles", the U.S. side's nickname, is an
  ORG (usa-eagles), as news_gold14's "Wallabies"; "Ulster man Humphreys" holds the provincial
  side (ulster-rugby, news_gold11). The coach named only by his surname ("O'Sullivan") gets a
  surname id (osullivan, news_gold6). "Frank Sheehan" in the text and "F Sheahan" in the
  line-up are one hooker; the text's spelling is the slip, both marked as written with the id
  frank-sheahan. The bare "Easterby" who starts at scrum-half is Guy Easterby; "S Easterby"
  keeps the initial (news_gold13).
- A game's headline short name ("2D Metal Slug") is the reviewed game (metal-slug-3), as
  news_gold9's "Fockers"; "Halo 2" is a game (OTHER) and "Xbox" the console (news_gold9).
- NBC's "Today" program is OTHER with an id of its own (today-show), not news_gold8's BBC radio
  programme (today-programme).
- A military aircraft program named by its designation ("C-17 military transport program") is
  the aircraft model (OTHER c-17), as news_gold7 types aircraft models.
- A government bond named by its issuer ("the benchmark Canada 9-1/2 pct of 2001") holds the
  country (PLACE), a place name as a modifier.
- "U.S. AGriculture Department" is split into U.S. and the department, whose odd capital is a
  slip marked as written (usda); "Export Enhancement Program" is a named programme (OTHER).
- "the Uruguay trade round" holds "Uruguay", which stands for the Uruguay Round (OTHER
  uruguay-round), as news_gold5's "Lisbon goals"; "Nihon Keizai Shinbun" and its short form
  "Nihon Keizai" are one newspaper (ORG); "Foodstuff Control Act" is a law (OTHER); the
  headline "JAPAN MINISTRY" holds Japan only, the bare upper-case "MINISTRY" being a common
  word (news_gold14's "HUNGARIAN BANK").
- "OMNIBANC, North Belt, also of Houston": OMNIBANC is the bank (ORG) and North Belt, set off
  by a comma, the part of Houston where it sits (PLACE); "Community Bank of Shidler" keeps the
  town inside its name. "Southwestern" and "First National" alone stand for the two failed
  banks named in full before.
- "Southern Texas" written with a capital is one PLACE (southern-texas), as news_gold13's
  "northern Nigeria"; the bracketed "(CP)" after "CANADIAN PACIFIC" is a ticker (news_gold8).
- NL: the headline's "NL <NL>" is the parent NL Industries, whose ticker follows (news_gold7's
  "FORD <F>"), while the body's bare "NL", which filed the complaints, is the subsidiary NL
  Chemicals; "United's product" is United Catalysts; "United States District Court for the
  Western District of Kentucky" is one ORG span keeping the country inside (like "U.S.
  District Court"), distinct from the "U.S. District Court here" of another story
  (us-district-court); "Circuit Court, Jefferson County, Ky." holds the court (ORG), the county
  and the state; "Thixogel DSS" and "Bentone 128" are products (OTHER).
- "Mazda Motor Manufacturing (USA) Corp" is one ORG span, USA inside not annotated, and "MMUC"
  its acronym, also in "MMUC-manufactured"; "Ford name plates" holds Ford, the company (a brand
  that is its name, news_gold6), and "Mazda insignia" likewise Mazda; "RX-7" and "Mazda 626"
  are car models (OTHER, the maker kept where written with the model).
- "Prudential-Bache Energy Growth Fund LP G-One" is one ORG span, and "Prudential-Bache Energy
  Growth Fund" later its short form; "First City" alone is the parent First City Bancorp,
  distinct from its two named subsidiaries.
- A named national campaign written in quotes ("Green Revolution") is OTHER, like a named
  programme; "Swiss Mortgage Institute", its upper-case headline form and its German name
  "Schweizerischer Hypothekarinstitute" are one ORG.
- "Abu Mazen", an alias the article gives for Mahmoud Abbas, is a mention of him; "Palestinian
  Authority" is an ORG, "Palestinian leader(s)" and "Israeli counterpart" adjectives."""

SPEC = {
    "bbc-business-089": [
        pl("Europe"), *US, pl("Brussels"), pl("Tokyo"), per("Junya Tanase"), org("JPMorgan Chase"),
        per("Nicolas Sarkozy"), pl("France"), per("John Snow"), pl("America", "united-states"),
        per("Sarkozy", "nicolas-sarkozy"), org("European Union"), per("Snow", "john-snow"),
        per("Joaquin Almunia"), per("George W Bush"), org("EU", "european-union"),
    ],
    "bbc-business-107": [
        org("International Monetary Fund", "imf"), org("IMF", "imf"), pl("Liberia"),
        org("National Transition Government of Liberia"), org("Central Bank of Liberia"),
    ],
    "bbc-business-147": [
        pl("Malaysia"), org("RHB", "rhb"), *REUTER, org("World Trade Organisation", "wto"),
    ],
    "bbc-business-193": [
        org("Borussia Dortmund"), pl("Westfallen", "westfalenstadion"), per("Gerd Niebaum"), pl("Germany"),
        per("Florian Hamm"), org("Manger Magazin", "manager-magazin"), org("HVB", "hvb"), per("Peter-Thilo Halser"),
        per("Stephen Schechter"), *UK,
    ],
    "bbc-business-246": [
        per("Ebbers", "bernie-ebbers"), org("WorldCom", "worldcom"), per("Bernie Ebbers"), *US,
        per("Scott Sullivan"), per("Sullivan", "scott-sullivan"), pl("New York"), pl("America", "united-states"),
    ],
    "bbc-entertainment-028": [
        oth("Potter", "harry-potter"), org("Warner", "warner-bros"), oth("Harry Potter"), per("Alfonso Cuaron"),
        pl("Hollywood"), org("Warner Brothers", "warner-bros"), org("Variety"),
        oth("Harry Potter and the Prisoner of Azkaban"), per("Alfonso", "alfonso-cuaron"), per("Jeff Robinov"),
        per("Cuaron", "alfonso-cuaron"), oth("Y Tu Mama Tambien"), per("Carlos", "carlos-cuaron"),
        oth("Oscar", "oscars"), *US, per("Robinov", "jeff-robinov"), oth("A Little Princess"),
        per("Frances Hodgson Burnett"), pl("New York"),
    ],
    "bbc-entertainment-377": [
        *UK, oth("Directors Guild", "directors-guild-of-great-britain-awards"), per("Martin Scorsese"),
        per("Clint Eastwood"), oth("Directors Guild of Great Britain", "directors-guild-of-great-britain-awards"),
        oth("Oscar", "oscars"), pl("Curzon Mayfair"), pl("London"), per("Bill Condon"), oth("Kinsey"),
        per("Michel Gondry"), oth("Eternal Sunshine of the Spotless Mind"), per("Mike Leigh"), oth("Vera Drake"),
        per("Eastwood", "clint-eastwood"), per("Scorsese", "martin-scorsese"), oth("Oscars", "oscars"),
        oth("Million Dollar Baby"), per("Howard Hughes"), oth("Aviator"), per("Shane Meadows"),
        oth("Dead Man's Shoes", "dead-mans-shoes"), per("Roger Michell"), oth("Enduring Love"),
        oth("My Summer Of Love"), per("Pawel Pawlikowski"), pl("Spain"), per("Pedro Almodovar"),
        oth("Bad Education"), pl("Hong Kong"), per("Wong Kar-Wai"), oth("2046", "2046-film"), oth("Early Doors"),
        oth("Alan Clark Diaries"), oth("Shameless"), oth("Hustle"), oth("Bodies"), oth("Omagh", "omagh-film"),
        oth("Sex Traffic"), oth("American Beauty"), per("Sam Mendes"), per("Simon McBurney"),
    ],
    "bbc-politics-149": [
        per("Blair", "tony-blair"), per("Tony Blair"), pl("Middle East"), per("Ariel Sharon"), per("Mahmoud Abbas"),
        org("Palestinian Authority"), pl("London"), pl("Iraq"), per("Yasser Arafat"), pl("Ramallah"),
        org("BBC", "bbc"), per("Paul Reynolds"), per("Abu Mazen", "mahmoud-abbas"), per("Abbas", "mahmoud-abbas"),
        per("Andrew Marr"), per("Sharon", "ariel-sharon"), pl("Gaza"), pl("Israel"), pl("Baghdad"), pl("Basra"),
    ],
    "bbc-politics-187": [
        per("Jowell", "tessa-jowell"), per("Tessa Jowell"), *UK, org("Tories", "conservative-party"),
        oth("Gambling Bill"), per("John Whittingdale"), org("London Clubs International"), org("Rank Group"),
        org("Stanley Leisure"), per("Richard Caborn"), org("Salvation Army"), per("Jonathan Lomax"),
        org("British Casino Association"), per("Penny Cobham"), org("Daily Mail"),
    ],
    "bbc-sport-003": [
        per("Greene", "maurice-greene"), per("Maurice Greene"), pl("Athens"),
        oth("World Championship", "world-championships"), pl("Greece"), per("Justin Gatlin"),
        per("Francis Obikwelu"), pl("Portugal"), pl("Birmingham"), per("Gatlin", "justin-gatlin"), *UK,
        per("Mark Lewis-Francis"), pl("Kansas"), per("Lewis-Francis", "mark-lewis-francis"),
        oth("Norwich Union Grand Prix"), pl("France"), pl("Helsinki"), pl("Finland"), per("Ato", "ato-boldon"),
        per("Boldon", "ato-boldon"),
    ],
    "bbc-sport-024": [
        per("Chepkemei", "susan-chepkemei"), oth("Edinburgh", "great-edinburgh-international-cross-country"),
        per("Susan Chepkemei"), oth("Great Edinburgh International Cross Country"), per("Paula Radcliffe"),
        oth("New York Marathon"), per("Benita Johnson"), per("Matthew Turnbull"), per("Susan", "susan-chepkemei"),
        pl("Newcastle"), per("Radcliffe", "paula-radcliffe"), pl("Big Apple", "new-york"), per("Tirunesh Dibaba"),
        pl("Ethiopia"), pl("Tyneside"), per("Hayley Yelling"), pl("re:(?<=competes in )Edinburgh", "edinburgh"),
        per("Kathy Butler"),
    ],
    "bbc-sport-080": [
        per("Kostas Kenteris"), per("Katerina Thanou"), org("Greek Athletics Federation"), per("Vassilli Sevastis"),
        per("Kenteris", "kostas-kenteris"), per("Thanou", "katerina-thanou"), org("Greek Parliament"),
        per("Sevastis", "vassilli-sevastis"), org("International Olympic Committee", "ioc"), org("IAAF", "iaaf"),
        org("Greek Association", "greek-athletics-federation"), org("Court of Arbitration for Sport"),
    ],
    "bbc-sport-378": [
        pl("Ireland"), pl("USA", "united-states"), pl("Lansdowne Road"), pl("Dublin"),
        pl("States", "united-states"), per("Tom Billups"), per("O'Sullivan", "osullivan"), pl("South Africa"),
        per("Tommy Bowe"), per("Denis Leamy"), per("David Humphreys"), per("Kevin Maggs"), per("Guy Easterby"),
        per("Eric Miller"), per("Marcus Horan"), per("Donnacha O'Callaghan", "donnacha-ocallaghan"),
        per("Frank Sheehan", "frank-sheahan"), pl("Argentina"), per("Easterby", "guy-easterby"),
        per("Humphreys", "david-humphreys"), per("Ronan O'Gara", "ronan-ogara"), org("Ulster", "ulster-rugby"), *US,
        pl("France"), per("Alec Parker"), per("Brian Surgener"), per("Al Lakomskis"), per("Kort Schubert"),
        org("Cardiff Blues"), per("Schubert", "kort-schubert"), org("Eagles", "usa-eagles"),
        # Ireland line-up and replacements
        per("G Murphy"), per("S Horgan"), per("B O'Driscoll", "b-odriscoll"), per("K Maggs", "kevin-maggs"),
        per("T Bowe", "tommy-bowe"), per("D Humphreys", "david-humphreys"), per("G Easterby", "guy-easterby"),
        per("M Horan", "marcus-horan"), per("F Sheahan", "frank-sheahan"), per("J Hayes"),
        per("D O'Callaghan", "donnacha-ocallaghan"), per("P O'Connell", "p-oconnell"), per("S Easterby"),
        per("D Leamy", "denis-leamy"), per("E Miller", "eric-miller"), per("S Byrne"), per("S Best"),
        per("L Cullen"), per("A Foley"), per("P Stringer"), per("R O'Gara", "ronan-ogara"), per("G Dempsey"),
        # United States line-up and replacements
        per("Viljoen"), per("Lakomskis", "al-lakomskis"), per("Emerick"), per("Sika"), per("Fee"), per("Hercus"),
        per("Timoteo"), per("MacDonald", "macdonald"), per("Wyatt"), per("Waasdorp"), per("Parker", "alec-parker"),
        per("Klerck"), per("Surgener", "brian-surgener"), per("Petruzzella"), per("Hobson"), per("Osentowski"),
        per("Gouws"), per("Mo'unga", "mounga"), per("Williams"), per("Sherman"), per("Tuipulotu"),
    ],
    "bbc-tech-169": [
        oth("Metal Slug", "metal-slug-3"), oth("Metal Slug 3"), oth("Halo 2"), pl("Iraq"), oth("Xbox"),
        per("Bill Gates"),
    ],
    "reuters-10083": [
        org("FALCON CABLE SYSTEMS", "falcon-cable-systems"),
    ],
    "reuters-11969": [
        per("REAGAN", "ronald-reagan"), per("Elizabeth Dole"), org("Senate", "us-senate"),
        per("Reagan", "ronald-reagan"), org("NBC", "nbc"), oth("Today", "today-show"),
        org("House", "us-house-of-representatives"),
    ],
    "reuters-12232": [
        org("ELXSI", "elxsi"), org("MCDONNELL DOUGLAS", "mcdonnell-douglas"), org("Elxsi Ltd", "elxsi"),
        org("Douglas Aircraft Co", "douglas-aircraft"), org("McDonnell Douglas Corp", "mcdonnell-douglas"),
        oth("C-17", "c-17"),
    ],
    "reuters-13921": [
        *US, pl("Canada"),
    ],
    "reuters-1414": [
        org("ROCKWELL", "rockwell-international"), org("Rockwell International Corp", "rockwell-international"),
        per("Donald Beall"), *REUTER, org("Rockwell", "rockwell-international"), org("Allen-Bradley"),
        per("Beall", "donald-beall"), pl("Los Angeles"),
    ],
    "reuters-15271": [
        org("CCC", "ccc"), pl("IRAQ", "iraq"), org("Commodity Credit Corporation", "ccc"), pl("Iraq"),
        org("AGriculture Department", "usda"), org("Peavey Company", "peavey"), oth("Export Enhancement Program"),
        org("USDA", "usda"), *US,
    ],
    "reuters-15367": [
        pl("JAPAN", "japan"), org("Agriculture Ministry", "japan-agriculture-ministry"), pl("Japan"),
        org("GATT", "gatt"),
        *REUTER, org("Nihon Keizai Shinbun", "nihon-keizai-shinbun"), *US, per("Richard Lyng"),
        per("Clayton Yeutter"), org("General Agreement on Tariffs and Trade", "gatt"), oth("Foodstuff Control Act"),
        org("Nihon Keizai", "nihon-keizai-shinbun"), oth("re:Uruguay(?= trade round)", "uruguay-round"),
    ],
    "reuters-15396": [
        org("BURMAH OIL", "burmah-oil"), org("Burmah Oil Co Plc", "burmah-oil"), org("Burmah", "burmah-oil"),
        pl("Bahamas"), *REUTER,
    ],
    "reuters-15560": [
        org("FHLBB", "federal-home-loan-bank-board"), org("Federal Home Loan Bank Board"),
    ],
    "reuters-15991": [
        org("FDIC", "fdic"), pl("TEXAS", "texas"), pl("OKLAHOMA", "oklahoma"),
        org("Federal Deposit Insurance Corp", "fdic"), pl("Texas"), pl("Oklahoma"),
        org("Southwestern Bank of Houston"), org("OMNIBANC", "omnibanc"), pl("North Belt"), pl("Houston"),
        org("Southwestern", "southwestern-bank-of-houston"), org("First National Bank of Braman"),
        pl("Okla.", "oklahoma"), org("Community Bank of Shidler"),
        org("First National", "first-national-bank-of-braman"),
    ],
    "reuters-17435": [
        org("HOSPITAL CORP", "hospital-corp-of-america"), org("Hospital Corp of America"),
        org("Hospital Corp", "hospital-corp-of-america"), org("Drexel Burnham Lambert Inc", "drexel-burnham-lambert"),
        org("Wells Fargo Bank NA", "wells-fargo-bank"), org("Wells Fargo", "wells-fargo-bank"), *REUTER,
    ],
    "reuters-18343": [
        org("SEC", "sec"), org("Securities and Exchange Commission", "sec"),
        org("Windsor Holding Co", "windsor-holding"), pl("Chicago"), org("U.S. District Court", "us-district-court"),
        org("Windsor Industries Inc", "windsor-holding"),
        org("National Association of Securities Dealers Automated Quotation", "nasdaq"), org("NASDAQ", "nasdaq"),
        per("Jose Arrojo"), org("Windsor", "windsor-holding"), per("Ronald Kahn"), per("David Garvin"),
        per("Arthur Usheroff"), per("Kahn", "ronald-kahn"), per("Usheroff", "arthur-usheroff"),
        per("Arrojo", "jose-arrojo"),
    ],
    "reuters-18366": [
        pl("South Korea"), org("Bank of Korea"), *REUTER,
    ],
    "reuters-19582": [
        org("IMF", "imf"), pl("IVORY COAST", "ivory-coast"), per("Michel Camdessus"), pl("Ivory Coast"),
        per("Felix Houphouet-Boigny"), per("Camdessus", "michel-camdessus"), org("Fraternite Matin"),
    ],
    "reuters-20790": [
        org("CANADIAN PACIFIC", "canadian-pacific"), org("CIP Inc", "cip"),
        org("Canadian Pacific Ltd", "canadian-pacific"), pl("Texas"), org("CIP", "cip"), per("Cecil Slenniken"),
        pl("Southern Texas"), per("Slenniken", "cecil-slenniken"),
        pl("Trois-Rivieres"), pl("Quebec"), pl("Canada"), pl("Gold River"), pl("British Columbia"),
    ],
    "reuters-20844": [
        org("SWISS MORTGAGE INSTITUTE", "swiss-mortgage-institute"), org("Swiss Mortgage Institute"),
        org("Schweizerischer Hypothekarinstitute", "swiss-mortgage-institute"), org("Credit Suisse"),
    ],
    "reuters-21575": [
        pl("Soviet Union"), org("Central Statistical Office", "soviet-central-statistical-office"), org("Pravda"),
        per("Mikhail Gorbachev"), pl("re:(?<=the )West", "the-west"), *REUTER,
    ],
    "reuters-2578": [
        org("INSTRUMENTARIUM", "instrumentarium"), org("NOKIA", "nokia"), pl("Finland"),
        org("Instrumentarium Oy", "instrumentarium"), org("Ferrado Oy", "ferrado"), org("Insele Oy", "insele"),
        org("Nokia Oy", "nokia"), org("Ferrado", "ferrado"), org("Insele", "insele"), org("Instrumentarium"),
        org("Professional Electronics and Information Systems Division"), org("Nokia"), *REUTER,
    ],
    "reuters-2866": [
        org("ALFIN INC", "alfin"),
    ],
    "reuters-4031": [
        pl("BRITAIN", "united-kingdom"), pl("JAPAN", "japan"), *UK, pl("Japan"), per("Paul Channon"), pl("London"),
        *US, pl("U.K.", "united-kingdom"), per("Channon", "paul-channon"),
    ],
    "reuters-4719": [
        pl("Burma"), oth("Green Revolution"), *REUTER,
    ],
    "reuters-5745": [
        org("TECHNICLONE INTERNATIONAL", "techniclone-international"), org("Techniclone International"),
        org("Seeds of Tomorrow"),
    ],
    "reuters-6002": [
        org("re:NL(?= <NL>)", "nl-industries"), org("UNITED CATALYSTS", "united-catalysts"),
        org("NL Industries Inc", "nl-industries"), org("NL Chemicals Inc", "nl-chemicals"),
        org("United Catalysts Inc", "united-catalysts"),
        org("re:(?<![<\\w])NL(?![>\\w]| Industries| Chemicals| <)", "nl-chemicals"),
        org("United", "united-catalysts"), oth("Thixogel DSS"), oth("Bentone 128"),
        org("United States District Court for the Western District of Kentucky", "us-district-court-western-kentucky"),
        org("Circuit Court", "jefferson-county-circuit-court"), pl("Jefferson County"), pl("Ky.", "kentucky"),
        org("United Catalysts", "united-catalysts"), pl("Louisville"),
    ],
    "reuters-7400": [
        org("FIRST CITY BANCORP", "first-city-bancorp"), org("First City Bancorp"),
        org("Prudential-Bache Energy Growth Fund LP G-One", "prudential-bache-energy-growth-fund"),
        org("First City National Bank of Houston"), org("First City Energy Finance Co", "first-city-energy-finance"),
        org("First City", "first-city-bancorp"), org("Prudential-Bache Energy Growth Fund"),
        org("Prudential-Bache Properties Inc", "prudential-bache-properties"),
        org("Graham Energy Ltd", "graham-energy"),
    ],
    "reuters-7591": [
        pl("CANADA", "canada"), org("Statistics Canada"),
    ],
    "reuters-9725": [
        org("MAZDA", "mazda-motor"), *US, org("Mazda Motor Corp", "mazda-motor"), org("Mazda", "mazda-motor"),
        oth("RX-7", "mazda-rx-7"), org("Mazda Motor Manufacturing (USA) Corp", "mmuc"), org("MMUC", "mmuc"),
        pl("Flatrock"), pl("Michigan"), oth("Mazda 626"), org("Ford Motor Co", "ford-motor"),
        org("Autorama Inc", "autorama"), org("Ford", "ford-motor"), *REUTER,
    ],
}


# Pairs of entity ids (both annotated above) that share a word or look alike but are different
# things (e.g. a person and a company named after him, a city and an organisation named after
# it, two people with one name, a country and its capital).
MUST_NOT_MERGE = [
    # one name, word or initial, two things
    ["nl-industries", "nl-chemicals"], ["united-catalysts", "united-states"], ["united-catalysts", "nl-chemicals"],
    ["thixogel-dss", "bentone-128"], ["us-district-court-western-kentucky", "us-district-court"],
    ["us-district-court-western-kentucky", "jefferson-county-circuit-court"], ["mazda-motor", "mmuc"],
    ["mazda-motor", "mazda-626"], ["mazda-rx-7", "mazda-626"], ["mazda-motor", "mazda-rx-7"],
    ["ford-motor", "mazda-motor"], ["ford-motor", "autorama"], ["mmuc", "autorama"],
    ["first-city-bancorp", "first-city-national-bank-of-houston"], ["first-city-bancorp", "first-city-energy-finance"],
    ["first-city-national-bank-of-houston", "first-city-energy-finance"],
    ["prudential-bache-energy-growth-fund", "prudential-bache-properties"],
    ["graham-energy", "prudential-bache-properties"], ["graham-energy", "first-city-energy-finance"],
    ["first-national-bank-of-braman", "community-bank-of-shidler"], ["southwestern-bank-of-houston", "omnibanc"],
    ["first-national-bank-of-braman", "first-city-national-bank-of-houston"], ["fdic", "federal-home-loan-bank-board"],
    ["fdic", "sec"], ["douglas-aircraft", "mcdonnell-douglas"], ["elxsi", "mcdonnell-douglas"],
    ["elxsi", "douglas-aircraft"], ["c-17", "douglas-aircraft"], ["c-17", "mcdonnell-douglas"],
    ["rockwell-international", "allen-bradley"], ["donald-beall", "rockwell-international"], ["ccc", "usda"],
    ["peavey", "ccc"], ["export-enhancement-program", "usda"], ["export-enhancement-program", "ccc"],
    ["japan-agriculture-ministry", "usda"], ["gatt", "uruguay-round"], ["gatt", "wto"],
    ["richard-lyng", "clayton-yeutter"], ["foodstuff-control-act", "japan-agriculture-ministry"],
    ["nihon-keizai-shinbun", "japan-agriculture-ministry"], ["burmah-oil", "burma"],
    ["hospital-corp-of-america", "drexel-burnham-lambert"], ["wells-fargo-bank", "drexel-burnham-lambert"],
    ["wells-fargo-bank", "hospital-corp-of-america"], ["windsor-holding", "us-district-court"], ["sec", "nasdaq"],
    ["jose-arrojo", "ronald-kahn"], ["david-garvin", "arthur-usheroff"], ["ronald-kahn", "ronald-reagan"],
    ["david-garvin", "david-humphreys"], ["michel-camdessus", "felix-houphouet-boigny"],
    ["michel-camdessus", "michel-gondry"], ["imf", "wto"], ["imf", "central-bank-of-liberia"],
    ["canadian-pacific", "cip"], ["cecil-slenniken", "cip"], ["swiss-mortgage-institute", "credit-suisse"],
    ["pravda", "soviet-central-statistical-office"], ["mikhail-gorbachev", "pravda"], ["instrumentarium", "nokia"],
    ["ferrado", "insele"], ["professional-electronics-and-information-systems-division", "instrumentarium"],
    ["ferrado", "nokia"], ["insele", "nokia"], ["ferrado", "instrumentarium"],
    ["techniclone-international", "seeds-of-tomorrow"], ["falcon-cable-systems", "alfin"],
    ["elizabeth-dole", "ronald-reagan"], ["nbc", "today-show"], ["us-senate", "us-house-of-representatives"],
    ["richard-lyng", "richard-caborn"], ["paul-channon", "paul-reynolds"], ["nicolas-sarkozy", "joaquin-almunia"],
    ["john-snow", "george-w-bush"], ["john-snow", "john-whittingdale"], ["jpmorgan-chase", "junya-tanase"],
    ["national-transition-government-of-liberia", "central-bank-of-liberia"], ["rhb", "wto"], ["rhb", "reuters"],
    ["borussia-dortmund", "westfalenstadion"], ["gerd-niebaum", "florian-hamm"], ["hvb", "manager-magazin"],
    ["peter-thilo-halser", "stephen-schechter"], ["borussia-dortmund", "hvb"], ["bernie-ebbers", "scott-sullivan"],
    ["worldcom", "bernie-ebbers"], ["scott-sullivan", "osullivan"],
    ["harry-potter", "harry-potter-and-the-prisoner-of-azkaban"], ["alfonso-cuaron", "carlos-cuaron"],
    ["warner-bros", "variety"], ["jeff-robinov", "warner-bros"], ["y-tu-mama-tambien", "a-little-princess"],
    ["a-little-princess", "frances-hodgson-burnett"], ["harry-potter", "alfonso-cuaron"],
    ["oscars", "directors-guild-of-great-britain-awards"], ["martin-scorsese", "clint-eastwood"],
    ["aviator", "howard-hughes"], ["million-dollar-baby", "clint-eastwood"], ["vera-drake", "mike-leigh"],
    ["alan-clark-diaries", "early-doors"], ["my-summer-of-love", "enduring-love"], ["enduring-love", "roger-michell"],
    ["dead-mans-shoes", "shane-meadows"], ["bad-education", "pedro-almodovar"], ["2046-film", "wong-kar-wai"],
    ["american-beauty", "sam-mendes"], ["sex-traffic", "omagh-film"], ["shameless", "hustle"], ["bodies", "hustle"],
    ["kinsey", "bill-condon"], ["eternal-sunshine-of-the-spotless-mind", "michel-gondry"],
    ["simon-mcburney", "sam-mendes"], ["pawel-pawlikowski", "my-summer-of-love"], ["tony-blair", "ariel-sharon"],
    ["mahmoud-abbas", "yasser-arafat"], ["palestinian-authority", "mahmoud-abbas"], ["paul-reynolds", "andrew-marr"],
    ["bbc", "andrew-marr"], ["tessa-jowell", "richard-caborn"], ["john-whittingdale", "conservative-party"],
    ["rank-group", "stanley-leisure"], ["london-clubs-international", "rank-group"],
    ["british-casino-association", "london-clubs-international"], ["salvation-army", "british-casino-association"],
    ["gambling-bill", "british-casino-association"], ["penny-cobham", "jonathan-lomax"],
    ["daily-mail", "gambling-bill"],
    ["maurice-greene", "justin-gatlin"], ["francis-obikwelu", "mark-lewis-francis"], ["ato-boldon", "maurice-greene"],
    ["world-championships", "norwich-union-grand-prix"], ["susan-chepkemei", "paula-radcliffe"],
    ["new-york-marathon", "great-edinburgh-international-cross-country"], ["benita-johnson", "tirunesh-dibaba"],
    ["hayley-yelling", "kathy-butler"], ["matthew-turnbull", "susan-chepkemei"],
    ["kostas-kenteris", "katerina-thanou"], ["greek-athletics-federation", "greek-parliament"], ["ioc", "iaaf"],
    ["greek-athletics-federation", "iaaf"], ["court-of-arbitration-for-sport", "ioc"],
    ["vassilli-sevastis", "kostas-kenteris"], ["guy-easterby", "s-easterby"], ["david-humphreys", "denis-leamy"],
    ["denis-leamy", "donnacha-ocallaghan"], ["david-humphreys", "donnacha-ocallaghan"], ["g-murphy", "g-dempsey"],
    ["g-murphy", "guy-easterby"], ["s-horgan", "s-byrne"], ["s-best", "s-byrne"], ["s-easterby", "s-horgan"],
    ["p-oconnell", "p-stringer"], ["ronan-ogara", "osullivan"], ["donnacha-ocallaghan", "osullivan"],
    ["kort-schubert", "usa-eagles"], ["cardiff-blues", "usa-eagles"], ["tom-billups", "osullivan"],
    ["alec-parker", "al-lakomskis"], ["brian-surgener", "b-odriscoll"], ["tommy-bowe", "tom-billups"],
    ["eric-miller", "emerick"], ["marcus-horan", "mark-lewis-francis"], ["metal-slug-3", "halo-2"],
    ["xbox", "bill-gates"], ["halo-2", "xbox"],
    # an organisation, work, event or venue named after a place, or a place inside a name
    ["central-bank-of-liberia", "liberia"], ["national-transition-government-of-liberia", "liberia"],
    ["greek-parliament", "greece"], ["greek-athletics-federation", "greece"], ["new-york-marathon", "new-york"],
    ["great-edinburgh-international-cross-country", "edinburgh"], ["lansdowne-road", "dublin"],
    ["usa-eagles", "united-states"], ["ulster-rugby", "ireland"], ["curzon-mayfair", "london"],
    ["london-clubs-international", "london"], ["directors-guild-of-great-britain-awards", "united-kingdom"],
    ["norwich-union-grand-prix", "birmingham"], ["world-championships", "helsinki"],
    ["southwestern-bank-of-houston", "houston"], ["first-city-national-bank-of-houston", "houston"],
    ["north-belt", "houston"], ["community-bank-of-shidler", "oklahoma"], ["first-national-bank-of-braman", "oklahoma"],
    ["us-district-court-western-kentucky", "kentucky"], ["jefferson-county-circuit-court", "jefferson-county"],
    ["mmuc", "united-states"], ["mmuc", "michigan"], ["canadian-pacific", "canada"], ["statistics-canada", "canada"],
    ["southern-texas", "texas"], ["bank-of-korea", "south-korea"],
    ["soviet-central-statistical-office", "soviet-union"],
    ["pravda", "soviet-union"], ["japan-agriculture-ministry", "japan"], ["nihon-keizai-shinbun", "japan"],
    ["green-revolution", "burma"], ["burmah-oil", "bahamas"], ["fraternite-matin", "ivory-coast"],
    ["european-union", "europe"], ["hollywood", "warner-bros"], ["nokia", "finland"], ["instrumentarium", "finland"],
    ["usda", "united-states"], ["us-district-court", "united-states"], ["us-senate", "united-states"],
    ["palestinian-authority", "ramallah"], ["westfalenstadion", "germany"],
    # a capital, city or region is not its country, and two neighbouring places are two places
    ["tokyo", "japan"], ["london", "united-kingdom"], ["brussels", "europe"], ["brussels", "european-union"],
    ["athens", "greece"], ["helsinki", "finland"], ["birmingham", "united-kingdom"], ["edinburgh", "united-kingdom"],
    ["newcastle", "tyneside"], ["dublin", "ireland"], ["baghdad", "iraq"], ["basra", "iraq"], ["basra", "baghdad"],
    ["ramallah", "gaza"], ["gaza", "israel"], ["middle-east", "israel"], ["new-york", "united-states"],
    ["los-angeles", "united-states"], ["hollywood", "los-angeles"], ["chicago", "united-states"],
    ["houston", "texas"], ["kansas", "united-states"], ["texas", "united-states"], ["oklahoma", "texas"],
    ["michigan", "united-states"], ["flatrock", "michigan"], ["jefferson-county", "kentucky"],
    ["louisville", "kentucky"], ["trois-rivieres", "quebec"], ["gold-river", "british-columbia"],
    ["quebec", "canada"], ["british-columbia", "canada"], ["quebec", "british-columbia"], ["europe", "france"],
    ["spain", "portugal"], ["the-west", "europe"], ["the-west", "soviet-union"],
]
