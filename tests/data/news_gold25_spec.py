"""Hand annotation of news_gold25 (see build_news_gold25.py): made blind, by reading the text,
by one annotator, with no extractor output in sight. It follows NEWS_NOTES and the DECISIONS
of news_gold3_spec.py, news_gold4_spec.py, news_gold5_spec.py, news_gold6_spec.py,
news_gold7_spec.py, news_gold8_spec.py, news_gold9_spec.py, news_gold10_spec.py,
news_gold11_spec.py, news_gold12_spec.py, news_gold13_spec.py, news_gold14_spec.py,
news_gold15_spec.py, news_gold16_spec.py, news_gold17_spec.py, news_gold18_spec.py,
news_gold19_spec.py, news_gold20_spec.py, news_gold21_spec.py, news_gold22_spec.py,
news_gold23_spec.py and news_gold24_spec.py; the new choices taken beyond those are listed in
DECISIONS below."""
from build_news_gold import REUTER, UK, US, org, oth, per, pl

DECISIONS = """\
- Boeing: "7E7" is Boeing's model named without its maker (OTHER boeing-7e7, news_gold24's bare
  "X3"), its plural "7E7s" marked as written (news_gold4's "XTs"), and "Dreamliner", which the
  text says the 7E7 is "also known as", is the same model (one id, an alias the text gives, as
  news_gold15's "Abu Mazen"); "A350" is Airbus's model (OTHER airbus-a350); "All Nippon" is the
  short name of All Nippon Airways (ORG all-nippon-airways); "Spanish carrier Air Europe" holds
  the airline as written (ORG air-europe), Europe inside not annotated; "the US giant" holds US,
  "Japanese rival" and "great European competitor" adjectives only.
- Hybrid cars: "the Detroit Motor Show", written with capitals, is one OTHER span
  (detroit-motor-show), a city written with an event as one name (news_gold8's "Athens
  Olympics"), unlike news_gold24's lower-case "Geneva motor show", while "showing two concept SUVs
  in Detroit" is the city; "its luxury Lexus marque" holds Lexus, a marque of Toyota that is not
  the company's name, so a product line (OTHER lexus, news_gold19's "Panasonic brand products"),
  unlike news_gold19's "Opel and Saab" that are makers' names; "the Prius", "its Highlander SUV",
  "the Mariner" and "its Cayenne SUV" are car models named without their makers (OTHER
  toyota-prius, toyota-highlander, ford-mariner, porsche-cayenne, news_gold24's "X3"), "SUV" a
  generic word; "Research group JD Power" and "Anthony Pratt from JD Power" hold the firm (ORG
  jd-power); "the state of California" holds California.
- Aer Lingus: "Brian and Seamus" are the bare first names of Brian Dunne and Seamus Kearney, the
  two named in full before (news_gold5's two people named together, news_gold7's bare first
  names); "AP news agency" and "told AP" hold AP, the Associated Press (associated-press of
  news_gold22, an acronym, the lower-case "news agency" outside); "Irish Prime Minister", "the Irish
  government" and "Irish Transport Minister Martin Cullen" hold adjectives and roles, the people
  only.
- Portishead: the band and its eponymous album are told apart by context (news_gold17's "Malcolm
  X"): "The follow up, Portishead, was released three years later" is the album (OTHER
  portishead-album), every other "Portishead" the band (ORG); "BBC 6 Music", a BBC station, is an
  ORG of its own (news_gold6's "BBC Radio Five Live"); "the Bristol Academy", the venue of a
  concert, is a PLACE (news_gold7's "Islington Academy"), Bristol inside not annotated, while
  "the Bristol band" holds the city (NEWS_NOTES' "Leeds band"); "Oxfam's Tsumani appeal" holds
  Oxfam only, the capitalised slip "Tsumani" naming the disaster with a lower-case "appeal", no
  campaign's proper name (news_gold15's "Green Revolution" being quoted as one); "Liverpool band
  The Coral" holds the city and the band "Coral" (ORG coral, the leading "The" dropped as
  news_gold's "Futureheads").
- Courtney Love: "The ex-Hole singer's lawyer" holds Hole, her band (ORG hole, a name glued to a
  prefix by a hyphen, news_gold23's "ex-CIA"); "Frances Bean", the daughter named by her first
  names, gets the family name of her father named beside her (frances-bean-cobain, news_gold19's
  "Lisa Marie"); "Judge Rand Rubin" leaves the title out (news_gold8's "Captain"); "Ms Love" and
  "Ms King" are Courtney Love and Kristin King; "Narcotics Anonymous" is an ORG; "New York City"
  is new-york (news_gold11).
- REM: "the SECC", the Glasgow exhibition centre where a concert was booked, is a venue (PLACE
  secc), also in "the SECC box office" (a name before a lower-case generic); "Glasgow Green",
  "Bellahouston Park" and "Balloch Castle Country Park" are named parks (PLACE), "Hampden" the
  national stadium (PLACE, news_gold10's "Ibrox"), and "the national stadium in Glasgow" holds
  Glasgow only; "Grammy Award winners U2" holds "Grammy Award" (grammy-awards, news_gold9's award
  name before a noun) and U2; "T in the Park" is a festival (OTHER); "Promoters Regular Music"
  holds Regular Music (ORG) and "Ticketweb" is a ticket firm (ORG); "Europe's biggest tent" holds
  Europe; "Scottish fans" and "Scottish music lovers" adjectives only.
- "UK Film Council" is one ORG span, UK inside not annotated (an established full name, as
  news_gold19's "UK Film Talent Award"), while the other "UK"s are the country; "the south east of
  England" holds England only (news_gold14's "the north east of America"); "Skillset", an
  industry training body, is an ORG.
- Boothroyd: "the first woman to be Commons Speaker" is a role with the House fused into it
  (NEWS_NOTES' "House Speaker") and holds no mention, while "House of Lords speaker", the
  headline's "Lords speaker" (a name before a lower-case role, news_gold17's "House speaker"),
  "Speaker of the House of Lords" and "Speaker of the Lords" (a name inside a role, NEWS_NOTES'
  "Mayor of London") hold the House of Lords (house-of-lords, "the Lords" of news_gold10); "Baroness
  Boothroyd" and "Lady Boothroyd" leave the title out ("Boothroyd", news_gold5's "Lord"); "look
  after that House" is the capitalised short name of the House of Lords (news_gold6), the
  demonstrative outside; "a member of the Cabinet" and "a senior Cabinet minister" hold no
  mention, "Cabinet" a common name for the ministers like news_gold4's "Government"
  (news_gold10's "Cabinet minister"); "the next Labour manifesto" holds none (news_gold13) and "In
  1999 Labour removed" the party; "BBC1's Breakfast With Frost" holds BBC One (bbc-one,
  news_gold13) and the programme, "with" and "With" one id (breakfast-with-frost).
- Jackson: "the Conservatives stance", written without an apostrophe, is the party as a noun
  (conservative-party), as are the bracketed "[the Conservatives]" inside a quote and "leave the
  Conservatives"; "A Conservative MP" and "the third Conservative MP" hold none (news_gold11);
  "Labour MPs" none and "defected to Labour" the party; "MP for Wantage in Oxfordshire" holds the
  constituency and the county (PLACE, news_gold10's constituency); "the Iraq war" holds Iraq
  (news_gold23).
- Owen: the headline "stay in Madrid" and "a better start in Madrid" keep the city (PLACE madrid,
  where he lives and plays), the club being written "Real Madrid" and "Real" in this article,
  unlike news_gold23's "I have told Madrid"; "England forward" and "the England striker" hold
  England, the national side written as the country (PLACE england, news_gold3), as do "England
  is my country", "back in England" and "top clubs in England"; "with Newcastle expressing their
  interest" is the club (newcastle-united, news_gold9); "La Liga" is the Spanish league (OTHER
  la-liga of news_gold10); "BBC Radio Five Live's Sportsweek" holds the station (news_gold6) and
  "Sportsweek", its programme (OTHER, news_gold8's programmes); "Raul" and "Ronaldo" are the
  Real Madrid strikers (ronaldo of news_gold16).
- Klinsmann: "Germany coach", "the Germany squad" and "Germany's number one keeper" hold Germany,
  the national side written as the country (PLACE germany, news_gold3), not news_gold10's
  "Germany 2006" tournament, the World Cup being written "World Cup" here (fifa-world-cup);
  "Manuel Alumnia" is a slip for Manuel Almunia, marked as written with his id (news_gold4);
  "German squad" is an adjective; "Jens" is Jens Lehmann (news_gold7); "Highbury" the stadium
  (PLACE, news_gold11).
- FA charges: "Lions chairman Theo Paphitis" holds "Lions", Millwall's nickname (ORG millwall,
  news_gold6's club nicknames, a name before a role), not news_gold8's british-and-irish-lions;
  "Millwall's new Den Stadium" holds "Den Stadium" (PLACE den-stadium), the lower-case "new"
  outside; "the Hillsborough disaster" holds Hillsborough (PLACE), the ground's name before a
  lower-case noun of an event there (news_gold9's "Lockerbie air crash"); "Liverpool fans", "a
  Liverpool fan" and "a Millwall fan" hold the clubs; "CCTV footage" holds none.
- Gerrard: "the Anfield board" holds the stadium (PLACE anfield, news_gold23's "Anfield boss");
  "his Reds future" holds Liverpool's nickname (liverpool-fc); "play for us in Europe" is the
  continent (PLACE europe), no European competition being named; "Spanish coaches" and "Spanish
  manager" adjectives; "Steven" is Steven Gerrard (news_gold7).
- Upper-case Reuters headlines: "ROYAL BANK/CANADA" is one name written with a slash for "of",
  Royal Bank of Canada (one ORG span, news_gold22's "PRATT/WHITNEY"), Canada inside not annotated;
  "NEW CANADA ISSUE", "Canada's 1.20 billion dlr bond offer" and "the benchmark Canada 9-1/2 pct of
  2001" hold Canada, the issuer (news_gold15); "SIGMA RESEARCH ONC", whose "ONC" is a slip for
  "INC", is one ORG span as written (news_gold24's "PACIFIC NUCLEAR SYSTEMS IN"); "KOHL COALITION"
  holds Kohl, the person (news_gold17's "Bush camp"); "DOUBLE-ZERO" and the quoted lower-case
  "double-zero" offer hold none (news_gold6's lower-case nickname of a rule); "DUTCH",
  "BOLIVIAN", "LATIN" and "SOUTH AFRICAN" are adjectives (news_gold7).
- Kohl: "an East-West ban" and "an East-West accord" hold "East" (PLACE the-east, the Soviet
  bloc) and "West" (PLACE the-west of news_gold15), one mention per name of a hyphenated compound
  (GUIDELINES), the blocs being written as proper names like news_gold15's "the West"; "the 72 West
  German Pershing-1a missiles" holds "Pershing-1a", a missile model (OTHER, news_gold7's aircraft
  models), "West German" an adjective; "the Geneva arms talks" holds Geneva (news_gold24's "Geneva
  motor show"); "Bonn", standing for the government, keeps its type (GUIDELINES).
- Minpeco: "Minero Peru Comercial SA (Minpeco)" holds two mentions of one ORG (minpeco), Peru
  inside the name not annotated, "Peru's state minerals marketing arm" the country;
  "CAJAMARQUILLA" in the headline and "at Cajamarquilla" are the place of the refinery (PLACE
  cajamarquilla), the refinery not being named apart from it.
- Slips marked as written with the ids of the names meant (news_gold4): "Management and
  Coodination Agency" (Japan's Management and Coordination Agency, ORG
  management-and-coordination-agency); "Universdal" (Universal Communication Systems).
- Pepsi: the headline's "PEPSI <PEP>" and the body's bare "Pepsi" are Pepsi-Cola USA, the unit
  that got the contract, though the ticker is its parent's (news_gold22's "PRATT/WHITNEY <UTC>"),
  "USA" inside its name not annotated; "Sea World", which "operates five major theme parks", is an
  ORG, also in "Sea World theme parks" (news_gold6's brand that is a company's name); "Orlando",
  "San Diego" (the city, san-diego, not news_gold5's san-diego-county), "Cleveland", "Winter
  Haven" and "Baseball City" are towns (PLACE), "Fla." twice florida; "Coca-Cola" the company.
- "a company based mainly in the northwestern United States" holds "northwestern United States",
  one PLACE (northwestern-united-states, news_gold13's "northern Nigeria"); "Northern Engineering"
  is the short name of Northern Engineering and Testing Inc.
- Rank Xerox: the headline's "RANK XEROX <XRX>" is the U.K. unit Rank Xerox Ltd, the name as
  written meaning it though the ticker is Xerox Corp's (news_gold22), and so is the closing "Rank
  Xerox said"; "The South African Rank Xerox unit" holds "Rank Xerox", the company it is a unit of
  (rank-xerox, a name before a lower-case generic), not Rank Xerox South Africa Pty Ltd;
  "<Altron Group's>" holds "Altron Group" without the brackets and the possessive (NEWS_NOTES),
  "Altron" its short name; "Namibia (South West Africa)": the bracketed former name is the same
  country (namibia, news_gold21's "Mumbai (Bombay)").
- "Fuji International finance Ltd" keeps its lower-case "finance" as written (news_gold8's
  "Elders Futures inc"); "Japanese ex-warrant bonds" holds an adjective only.
- "its Employee Stock Ownership Plan" and the headline's "ESOP" name a company's plan of a
  generic kind, capitalised, like news_gold16's "Currency Transaction Reports": not a mention.
- "CCC STOCKS" in the upper-case wheat table holds CCC (the Commodity Credit Corporation, ORG
  ccc); the grade names ("SOFT RED WINTER", "DARK NORTHERN SPRING") hold none.
- "West German President Richard Weizsaecker" is Richard von Weizsaecker written without "von"
  (richard-von-weizsaecker of news_gold13), the adjective and title outside; "Bolivian
  Information Minister Herman Antelo" holds the person only."""

SPEC = {
    "bbc-business-231": [
        pl("Venezuela"), per("Hugo Chavez"), per("Chavez", "hugo-chavez"), per("Victor Alvarez"),
        per("Alvarez", "victor-alvarez"), *US, pl("Canada"), pl("France"), pl("Switzerland"),
    ],
    "bbc-business-335": [
        org("Boeing"), pl("Japan"), org("Japan Airlines"), oth("7E7", "boeing-7e7"), *US, pl("Asia"),
        org("All Nippon", "all-nippon-airways"), org("Airbus"), oth("A350", "airbus-a350"), org("Air Europe"),
        oth("Dreamliner", "boeing-7e7"), oth("7E7s", "boeing-7e7"),
    ],
    "bbc-business-430": [
        *US, org("JD Power"), pl("California"), oth("Detroit Motor Show"), org("Toyota"),
        oth("Prius", "toyota-prius"), oth("Highlander", "toyota-highlander"), oth("Lexus"), org("Honda"),
        org("Ford", "ford-motor"), oth("Mariner", "ford-mariner"), org("GM", "general-motors"), pl("Detroit"),
        org("Porsche"), oth("Cayenne", "porsche-cayenne"), org("Nissan"), per("Carlos Ghosn"), org("Volkswagen"),
        per("Anthony Pratt"),
    ],
    "bbc-business-445": [
        org("Aer Lingus"), pl("Ireland"), per("Willie Walsh"), per("Brian Dunne"), per("Seamus Kearney"),
        per("Bertie Ahern"), per("Walsh", "willie-walsh"), org("AP", "associated-press"),
        per("Brian", "brian-dunne"), per("Seamus", "seamus-kearney"), per("Martin Cullen"), org("Ryanair"),
    ],
    "bbc-entertainment-238": [
        org("Portishead"), oth("re:(?<=follow up, )Portishead", "portishead-album"), per("Geoff Barrow"),
        org("BBC 6 Music"), per("Barrow", "geoff-barrow"), pl("Bristol"), org("Massive Attack"), org("Oxfam"),
        pl("Bristol Academy"), oth("Mercury Music Prize"), oth("Dummy"), per("Beth Gibbons"), pl("Liverpool"),
        org("Coral"), org("Led Zeppelin"), per("Robert Plant"),
    ],
    "bbc-entertainment-258": [
        per("Courtney Love"), pl("Los Angeles"), per("Love", "courtney-love"), org("Narcotics Anonymous"),
        org("Hole"), per("Howard Weitzman"), per("Kristin King"), per("King", "kristin-king"), per("Rand Rubin"),
        pl("New York City", "new-york"), per("Frances Bean", "frances-bean-cobain"), org("Nirvana"),
        per("Kurt Cobain"), per("Cobain", "kurt-cobain"),
    ],
    "bbc-entertainment-287": [
        org("REM", "rem"), pl("Glasgow"), *US, pl("Europe"), pl("Glasgow Green"), pl("SECC", "secc"),
        per("Mike Mills"), pl("Balloch Castle Country Park"), pl("Loch Lomond"), org("Regular Music"),
        per("Mark Mackie"), oth("Grammy Award", "grammy-awards"), org("U2"), pl("Hampden"), org("Oasis"),
        org("Coldplay"), pl("Bellahouston Park"), oth("T in the Park"), pl("Balado"), pl("Kinross"),
        org("Ticketweb"),
    ],
    "bbc-entertainment-351": [
        *UK, org("UK Film Council"), org("Skillset"), per("John Woodward"), pl("London"), pl("England"),
    ],
    "bbc-politics-117": [
        per("Boothroyd", "betty-boothroyd"), org("Lords", "house-of-lords"), per("Betty Boothroyd"),
        org("House of Lords"), per("Tony Blair"), org("BBC", "bbc"), oth("Breakfast with Frost"),
        org("re:Labour(?= removed)", "labour-party"), org("re:(?<=the )Commons", "house-of-commons"),
        per("Falconer", "lord-falconer"), org("BBC1", "bbc-one"), oth("Breakfast With Frost", "breakfast-with-frost"),
        org("re:(?<=that )House", "house-of-lords"),
    ],
    "bbc-politics-307": [
        org("re:(?<=to )Labour", "labour-party"), per("Robert Jackson"), pl("Wantage"), pl("Oxfordshire"),
        pl("Europe"), per("Tony Blair"), per("Jackson", "robert-jackson"), per("Michael Howard"),
        per("Blair", "tony-blair"), org("Conservatives", "conservative-party"), org("Conservative Party"), *UK,
        pl("Iraq"),
    ],
    "bbc-sport-142": [
        per("Owen", "michael-owen"), pl("Madrid"), pl("England"), per("Michael Owen"), org("BBC", "bbc"),
        pl("Spain"), org("Real Madrid"), oth("Premiership", "premier-league"), oth("La Liga"),
        org("BBC Radio Five Live"), pl("Bernabeu"), org("Liverpool", "liverpool-fc"), org("Real", "real-madrid"),
        per("Raul"), per("Ronaldo"), org("Newcastle", "newcastle-united"), per("Garry Richardson"),
        oth("Sportsweek"),
    ],
    "bbc-sport-194": [
        per("Klinsmann", "jurgen-klinsmann"), per("Lehmann", "jens-lehmann"), pl("Germany"),
        per("Jurgen Klinsmann"), per("Jens Lehmann"), org("Arsenal"), oth("World Cup", "fifa-world-cup"),
        per("Oliver Kahn"), per("Manuel Alumnia", "manuel-almunia"), pl("Highbury"), per("Jens", "jens-lehmann"),
    ],
    "bbc-sport-234": [
        org("FA", "football-association"), org("Liverpool", "liverpool-fc"), org("Millwall"),
        org("Football Association"), oth("Carling Cup"), pl("Den Stadium"), pl("Hillsborough"),
        org("Lions", "millwall"), per("Theo Paphitis"),
    ],
    "bbc-sport-274": [
        per("Gerrard", "steven-gerrard"), pl("Anfield"), org("Liverpool", "liverpool-fc"), per("Steven Gerrard"),
        pl("England"), org("Chelsea"), oth("Champions League"), pl("Stamford Bridge"), org("Reds", "liverpool-fc"),
        per("Rafael Benitez"), per("Benitez", "rafael-benitez"), per("Steven", "steven-gerrard"),
        org("Real Madrid"), per("Fernando Morientes"), per("Morientes", "fernando-morientes"), pl("Europe"),
    ],
    "reuters-10377": [
        pl("JAPAN", "japan"), pl("Japan"),
        org("Management and Coodination Agency", "management-and-coordination-agency"),
    ],
    "reuters-11301": [
        org("GEOTHERMAL RESOURCES INTERNATIONAL INC", "geothermal-resources-international"),
    ],
    "reuters-11928": [
        org("DIVI HOTELS", "divi-hotels"), org("Divi Hotels NV", "divi-hotels"), pl("Aruba"),
    ],
    "reuters-12259": [
        org("ROYAL BANK/CANADA", "royal-bank-of-canada"), *US, org("Royal Bank of Canada"),
    ],
    "reuters-1349": [
        pl("CANADA", "canada"), pl("Canada"),
    ],
    "reuters-14457": [
        pl("TOLEDO", "toledo"), org("CFTC", "cftc"), pl("Toledo"), org("Chicago Board of Trade"),
        org("CCC", "ccc"),
    ],
    "reuters-15427": [
        org("GEORGE WIMPEY", "george-wimpey"), org("George Wimpey Plc", "george-wimpey"), *REUTER,
    ],
    "reuters-15859": [
        org("USDA", "usda"), *US, org("Agriculture Department", "usda"),
    ],
    "reuters-16069": [
        pl("TOKYO", "tokyo"), pl("Tokyo"), org("Bank of Japan"), *REUTER,
    ],
    "reuters-17317": [
        org("HUNTINGDON", "huntingdon-international-holdings"),
        org("Huntingdon International Holdings plc", "huntingdon-international-holdings"),
        org("Northern Engineering and Testing Inc", "northern-engineering-and-testing"),
        pl("northwestern United States"), org("Northern Engineering", "northern-engineering-and-testing"),
    ],
    "reuters-17668": [
        per("KOHL", "helmut-kohl"), pl("West Germany"), pl("Europe"), pl("Bonn"), per("Helmut Kohl"),
        pl("re:East(?=-West)", "the-east"), pl("re:(?<=East-)West", "the-west"), oth("Pershing-1a"),
        pl("Geneva"),
    ],
    "reuters-18945": [
        pl("CAJAMARQUILLA", "cajamarquilla"), pl("Peru"), org("Minero Peru Comercial SA", "minpeco"),
        org("Minpeco"), pl("Cajamarquilla"),
    ],
    "reuters-19767": [
        org("UNIVERSAL COMMUNICATION", "universal-communication-systems"),
        org("Universal Communication Systems Inc", "universal-communication-systems"),
        org("Prime Motor Inns Inc", "prime-motor-inns"), org("Universal", "universal-communication-systems"),
        *US, org("Universdal", "universal-communication-systems"),
    ],
    "reuters-19896": [
        org("PEPSI", "pepsi-cola-usa"), org("Pepsi-Cola USA"),
        org("Harcourt Brace Jovanovich Inc", "harcourt-brace-jovanovich"),
        org("Sea World"), *US, org("Pepsi", "pepsi-cola-usa"), org("Coca-Cola", "coca-cola"), pl("Orlando"),
        pl("San Diego"), pl("Cleveland"), pl("Winter Haven"), pl("Fla.", "florida"), pl("Baseball City"),
    ],
    "reuters-20536": [
        org("BOWNE AND CO", "bowne"), org("Bowne and Co Inc", "bowne"), org("Bowne"),
    ],
    "reuters-20585": [
        org("FIRST CAPITAL", "first-capital-holding"), org("First Capital Holding Corp", "first-capital-holding"),
    ],
    "reuters-21142": [
        org("TALMAN HOME FEDERAL", "talman-home-federal"),
        org("Talman Home Federal Savings and Loan Association", "talman-home-federal"), pl("Chicago"),
    ],
    "reuters-21504": [
        org("SPRINT II", "sprint-ii"), org("Sprint II", "sprint-ii"), pl("Cayman Islands"),
        org("Fuji International finance Ltd", "fuji-international-finance"),
        oth("London Interbank Offered Rate", "libor"), *REUTER,
    ],
    "reuters-2800": [
        org("SILVER STATE MINING", "silver-state-mining"), org("Silver State Mining Corp", "silver-state-mining"),
    ],
    "reuters-4916": [
        org("IADB", "inter-american-development-bank"), per("Antonio Ortiz Mena"),
        org("Inter-American Development Bank"), per("Ortiz Mena", "antonio-ortiz-mena"), pl("Latin America"), *US,
        pl("Brazil"),
    ],
    "reuters-5870": [
        pl("Rotterdam"), per("Gerard Zeebregts"), *REUTER, per("Bert Duim"), pl("Amsterdam"),
        per("Zeebregts", "gerard-zeebregts"),
    ],
    "reuters-7136": [
        org("RANK XEROX", "rank-xerox"), org("Xerox Corp", "xerox"), pl("U.K.", "united-kingdom"),
        org("Rank Xerox Ltd", "rank-xerox"), org("Rank Xerox South Africa Pty Ltd", "rank-xerox-south-africa"),
        org("Altron Group", "altron"), org("Fintech"), org("Altron"), pl("South Africa"), pl("Namibia"),
        pl("South West Africa", "namibia"), org("Rank Xerox", "rank-xerox"),
    ],
    "reuters-7138": [
        org("GENEX", "genex"), org("Genex Corp", "genex"), per("Gary Frashier"), per("Leslie Glick"),
        per("Frashier", "gary-frashier"), org("Continental Water Systems Corp", "continental-water-systems"),
        org("Olin Corp", "olin"),
    ],
    "reuters-8062": [
        per("Richard Weizsaecker", "richard-von-weizsaecker"), pl("La Paz"), per("Herman Antelo"),
        per("Antelo", "herman-antelo"), per("Weizsaecker", "richard-von-weizsaecker"), *REUTER,
    ],
    "reuters-8215": [
        pl("SIERRA LEONE", "sierra-leone"), per("Joseph Momoh"), pl("Sierra Leone"), pl("Freetown"), *REUTER,
    ],
    "reuters-8935": [
        org("SIGMA RESEARCH ONC", "sigma-research"),
    ],
}


# Pairs of entity ids (both annotated above) that share a word or look alike but are different
# things (e.g. a person and a company named after him, a city and an organisation named after
# it, two people with one name, a country and its capital).
MUST_NOT_MERGE = [
    # one name, word or initial, two things
    ["boeing", "boeing-7e7"], ["airbus", "airbus-a350"], ["boeing-7e7", "airbus-a350"],
    ["japan-airlines", "all-nippon-airways"], ["air-europe", "japan-airlines"],
    ["toyota", "toyota-prius"], ["toyota", "lexus"], ["toyota-prius", "toyota-highlander"],
    ["ford-motor", "ford-mariner"], ["porsche", "porsche-cayenne"], ["toyota", "honda"],
    ["nissan", "carlos-ghosn"], ["jd-power", "anthony-pratt"], ["general-motors", "ford-motor"],
    ["willie-walsh", "brian-dunne"], ["brian-dunne", "seamus-kearney"], ["aer-lingus", "ryanair"],
    ["bertie-ahern", "martin-cullen"], ["associated-press", "aer-lingus"],
    ["portishead", "portishead-album"], ["portishead", "massive-attack"], ["portishead-album", "dummy"],
    ["geoff-barrow", "beth-gibbons"], ["bbc-6-music", "bbc"], ["coral", "led-zeppelin"],
    ["robert-plant", "geoff-barrow"], ["oxfam", "mercury-music-prize"],
    ["courtney-love", "kristin-king"], ["hole", "nirvana"], ["kurt-cobain", "frances-bean-cobain"],
    ["courtney-love", "frances-bean-cobain"], ["howard-weitzman", "rand-rubin"],
    ["narcotics-anonymous", "nirvana"],
    ["rem", "u2"], ["oasis", "coldplay"], ["mike-mills", "mark-mackie"], ["grammy-awards", "u2"],
    ["regular-music", "ticketweb"], ["t-in-the-park", "grammy-awards"],
    ["uk-film-council", "skillset"], ["john-woodward", "uk-film-council"],
    ["house-of-lords", "house-of-commons"], ["betty-boothroyd", "lord-falconer"], ["bbc", "bbc-one"],
    ["breakfast-with-frost", "bbc-one"], ["labour-party", "conservative-party"],
    ["tony-blair", "michael-howard"], ["robert-jackson", "tony-blair"],
    ["michael-owen", "garry-richardson"], ["raul", "ronaldo"], ["premier-league", "la-liga"],
    ["bbc-radio-five-live", "bbc"], ["sportsweek", "bbc-radio-five-live"],
    ["newcastle-united", "liverpool-fc"], ["real-madrid", "liverpool-fc"],
    ["jurgen-klinsmann", "jens-lehmann"], ["oliver-kahn", "jens-lehmann"], ["manuel-almunia", "jens-lehmann"],
    ["arsenal", "highbury"], ["germany", "fifa-world-cup"],
    ["millwall", "liverpool-fc"], ["den-stadium", "millwall"], ["theo-paphitis", "millwall"],
    ["carling-cup", "champions-league"], ["football-association", "millwall"],
    ["steven-gerrard", "rafael-benitez"], ["anfield", "liverpool-fc"], ["stamford-bridge", "chelsea"],
    ["fernando-morientes", "real-madrid"], ["chelsea", "liverpool-fc"], ["steven-gerrard", "fernando-morientes"],
    ["huntingdon-international-holdings", "northern-engineering-and-testing"],
    ["the-east", "the-west"], ["helmut-kohl", "west-germany"],
    ["universal-communication-systems", "prime-motor-inns"],
    ["pepsi-cola-usa", "coca-cola"], ["sea-world", "harcourt-brace-jovanovich"], ["pepsi-cola-usa", "sea-world"],
    ["bowne", "first-capital-holding"], ["sprint-ii", "fuji-international-finance"],
    ["silver-state-mining", "sigma-research"], ["geothermal-resources-international", "silver-state-mining"],
    ["antonio-ortiz-mena", "inter-american-development-bank"],
    ["gerard-zeebregts", "bert-duim"],
    ["rank-xerox", "xerox"], ["rank-xerox", "rank-xerox-south-africa"], ["altron", "fintech"],
    ["genex", "continental-water-systems"], ["continental-water-systems", "olin"],
    ["gary-frashier", "leslie-glick"], ["richard-von-weizsaecker", "herman-antelo"],
    ["talman-home-federal", "first-capital-holding"], ["divi-hotels", "george-wimpey"],
    ["cftc", "ccc"], ["cftc", "chicago-board-of-trade"], ["usda", "ccc"],
    # an organisation, work, event or facility named after a place, or a place inside a name
    ["japan-airlines", "japan"], ["air-europe", "europe"], ["detroit", "detroit-motor-show"],
    ["ireland", "aer-lingus"], ["bristol", "bristol-academy"], ["liverpool", "liverpool-fc"],
    ["new-york", "los-angeles"], ["glasgow", "glasgow-green"], ["glasgow", "secc"],
    ["bellahouston-park", "glasgow-green"], ["balloch-castle-country-park", "loch-lomond"],
    ["t-in-the-park", "balado"], ["balado", "kinross"], ["hampden", "glasgow"],
    ["united-kingdom", "uk-film-council"], ["london", "england"], ["wantage", "oxfordshire"],
    ["real-madrid", "madrid"], ["spain", "real-madrid"], ["bernabeu", "real-madrid"], ["england", "spain"],
    ["hillsborough", "liverpool-fc"], ["germany", "west-germany"],
    ["japan", "management-and-coordination-agency"], ["japan", "bank-of-japan"], ["tokyo", "bank-of-japan"],
    ["divi-hotels", "aruba"], ["royal-bank-of-canada", "canada"], ["toledo", "chicago-board-of-trade"],
    ["chicago", "chicago-board-of-trade"], ["talman-home-federal", "chicago"],
    ["northwestern-united-states", "united-states"], ["northern-engineering-and-testing", "northwestern-united-states"],
    ["west-germany", "the-west"], ["geneva", "europe"],
    ["peru", "minpeco"], ["cajamarquilla", "peru"], ["pepsi-cola-usa", "united-states"],
    ["san-diego", "orlando"], ["winter-haven", "baseball-city"], ["florida", "orlando"],
    ["cayman-islands", "sprint-ii"], ["libor", "london"], ["inter-american-development-bank", "latin-america"],
    ["brazil", "latin-america"], ["rotterdam", "amsterdam"], ["rank-xerox-south-africa", "south-africa"],
    ["namibia", "south-africa"], ["united-kingdom", "rank-xerox"], ["la-paz", "west-germany"],
    # a capital or government seat is not its country
    ["freetown", "sierra-leone"], ["bonn", "west-germany"], ["tokyo", "japan"], ["joseph-momoh", "sierra-leone"],
]
