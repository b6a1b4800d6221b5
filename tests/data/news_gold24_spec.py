"""Hand annotation of news_gold24 (see build_news_gold24.py): made blind, by reading the text,
by one annotator, with no extractor output in sight. It follows NEWS_NOTES and the DECISIONS
of news_gold3_spec.py, news_gold4_spec.py, news_gold5_spec.py, news_gold6_spec.py,
news_gold7_spec.py, news_gold8_spec.py, news_gold9_spec.py, news_gold10_spec.py,
news_gold11_spec.py, news_gold12_spec.py, news_gold13_spec.py, news_gold14_spec.py,
news_gold15_spec.py, news_gold16_spec.py, news_gold17_spec.py, news_gold18_spec.py,
news_gold19_spec.py, news_gold20_spec.py, news_gold21_spec.py, news_gold22_spec.py and
news_gold23_spec.py; the new choices taken beyond those are listed in DECISIONS below."""
from build_news_gold import REUTER, UK, US, org, oth, per, pl

DECISIONS = """\
- BMW: "ahead of the Geneva motor show" holds Geneva (PLACE), a town's name before a lower-case
  noun of an event held there (news_gold9's "Lockerbie air crash"); "the Honda Accura" is a slip
  for Honda's Acura, a product line named with its maker (OTHER honda-acura, the maker inside the
  span as news_gold7's "Boeing 767s"), marked as written; "the BMW X5 and its sibling X3" hold two
  models (OTHER bmw-x5, bmw-x3), the bare "X3" a model named without its maker; "the BMW brand"
  and "a BMW crossover" hold the company (news_gold6's brand that is a company's name);
  "trans-Atlantic" is an adjective (news_gold4's "trans-Siberian").
- LG Card: "LG group", with a lower-case "group", holds "LG" (ORG lg-group, the name meaning the
  group without the generic, news_gold15's "JPMorgan Chase bank"), and "LG card's creditors" is
  the company LG Card written once with a lower-case "card", one span marked as written (lg-card,
  news_gold4's spelling slips); "Korean Development Bank (KDB)" is a slip for news_gold's Korea
  Development Bank, marked as written with its id, and "KDB" is it; "S Korean" is an adjective
  (news_gold4's "S. ASIAN"); "Mr Kim" is Kim Yungmin, "Kim" being his family name.
- Venezuela: "the El Charcote cattle ranch" holds "El Charcote" (PLACE el-charcote, a named
  estate, news_gold8's named facilities), keeping its Spanish article (news_gold20's "Le Soir")
  and leaving the lower-case "cattle ranch" out; "pro-Chavez squatters" holds Chavez (a name glued
  to a word by a hyphen on its left, GUIDELINES); "the state's National Land Institute" is an ORG;
  "the UK food group Vestey" holds UK and Vestey (ORG).
- Passion: the headline's "Passion" is the short name of "The Passion of the Christ" (OTHER
  passion-of-the-christ, news_gold9's "Fockers"), the film's "the" before "Christ" kept inside
  the title; "Academy of Motion Picture Arts and Sciences" and the capitalised "Academy" before
  the lower-case "president" are news_gold's academy (a short name before a role, news_gold6's
  "Council president"), while the lower-case "the academy formed a committee" holds none; "Icon"
  is the short name of Icon Productions; "Jesus Christ" is a PERSON.
- EastEnders remake: "the Fox TV network" holds Fox (ORG fox-network of news_gold9), "the NBC
  network" NBC and "ABC serial" ABC (ORG abc, the U.S. network), the lower-case generics
  outside; "BBC America", a channel, is an ORG of its own (news_gold7's channels); "rival ITV
  soap" holds ITV, the broadcaster (itv, news_gold8); "Emmer dale", written with a stray space,
  is a slip for the soap Emmerdale, one OTHER span marked as written (emmerdale); "across the
  Atlantic" is the ocean (PLACE atlantic).
- Two Howards: "Mr Howard later added" and "Mr Howard appointed Mr Crosby as his elections
  chief" are Michael Howard, the Conservative leader named in full before, while "Australia's PM,
  John Howard" is a person of his own (john-howard); "The Times" is "Times" (the-times of
  news_gold20); "the Tories' Commons presence" holds the party and the House of Commons.
- Football: "an England Under-21 match against Holland" holds the side England Under-21 (ORG,
  news_gold9) and Holland, the opposing side written as the country (PLACE netherlands,
  news_gold3 and news_gold4); "Villa boss" and "the Villa's manager's" hold Aston Villa's short
  name; "Carlton" is Carlton Cole (news_gold7's bare first name). "Real's 3-0 win at Roma" holds
  the home club (ORG as-roma, news_gold9's "at Newcastle"); "the Bernabeu stadium" holds
  Bernabeu (PLACE); "It's expected of Madrid to get through" is Real Madrid (news_gold23's bare
  "Madrid" for the club), while "their friendly against Spain in Madrid" is the city.
- "Spain's Football Federation" is split into Spain and "Football Federation" (ORG
  spanish-football-federation of news_gold16), as NEWS_NOTES split "Thailand's Commerce
  Ministry", and the capitalised "the Federation's decision" is it (news_gold6's capitalised short
  names), the lower-case "The federation" none; "Spain's anti-violence commission" holds Spain
  only; "Spain coach" in the headline holds Spain (news_gold18's "Scotland manager"); "Spain's
  minister of sport" holds Spain, the role none.
- Worcester v Sale line-ups: "MacLeod- Henderson", written with a stray space after the hyphen,
  is one player's surname, one PERSON span as written (macleod-henderson); "Murphy" on
  Worcester's bench is Phil Murphy, the player named in full whom Tim Collier replaces in the
  second row (news_gold6's bare surname of a player named in full), and "Collier", "Payne", "Rhys
  Jones" and "Wigglesworth" are the players named in full; "C Jones" on Sale's bench is not Chris
  Rhys Jones, who starts in the centres, and keeps the initial (news_gold13); "Redpath (capt)"
  holds Redpath; "Sixways", the ground named under the fixture, is a venue (PLACE), and "2000 GMT"
  holds none (news_gold13). "Cole" and "O'Leary" in this line-up get surname ids (cole, o-leary),
  not the footballers of bbc-sport-162 (carlton-cole, david-o-leary).
- Tennis: "a WTA Tour title" holds "WTA Tour" (OTHER wta-tour, news_gold22's Tour), and "win
  a WTA Tour title this month on home ground at Hyderabad" keeps the city (PLACE hyderabad), the
  text saying where she won, not naming news_gold12's Hyderabad Open; "Nasdaq-100 Open" is one
  OTHER span, the index inside not annotated (news_gold15's "Norwich Union Grand Prix"); "Dubai
  Championships" is an event (OTHER); "Farina Elia" is Sylvia Farina Elia's surname, one span;
  "Venus" in the headline and the bare "Williams" are Venus Williams, not the rugby coach Matt
  Williams of bbc-sport-365.
- Chrysler: "Eurocommercial paper" is a class of securities (news_gold6's "Treasuries") and holds
  no mention; "Chrysler Credit Canada Ltd" is one ORG span, Canada inside not annotated; "AMC" is
  American Motors Corp's short form (one ORG).
- "an application for Federal Deposit Insurance Corp Insurance" holds the FDIC only, the second
  capitalised "Insurance" naming the cover it gives, a common noun (news_gold6's "Treasury bonds");
  "California State Banking Department" is split into California and "State Banking Department"
  (ORG california-state-banking-department), as news_gold3 splits "Florida Insurance
  Department"; "HOME FEDERAL" in the headline and the bare "Home Federal" are Home Federal
  Savings and Loan Association (one ORG).
- Railway sale: "Chicago, Missouri and Western Railway" is one ORG span with its comma, and its
  short form "The Chicago, Missouri", written twice as the subject of a sentence, is that railway
  (one ORG span, the leading "The" dropped), not the city and the state, which the text does not
  name there; "from Joliet, Ill., to St. Louis" holds Joliet, Ill. (illinois) and St. Louis;
  "Illinois Central Gulf Railroad" keeps the state inside its name (news_gold5).
- "Minnesota Mining and Mfg Co" and "3M" are one ORG (3m), the text naming one company by both;
  "Bristol-Myers Co" is one company name, not two hyphen-joined names.
- "NWA'S <NWA> NORTHWEST AIRLINES": "NWA" before "'S" is the parent NWA Inc, its ticker "<NWA>"
  none (NEWS_NOTES), and "NORTHWEST AIRLINES" the subsidiary; the bare "Northwest", whose load factor gained, is Northwest Airlines (a short form
  getting the entity it means).
- Thaisarco: "<Thailand Smelting and Refining Co> (Thaisarco)" holds two mentions of one ORG
  (thaisarco), the country inside the name not annotated; "Royal Dutch/Shell Group" is news_gold's
  royal-dutch-shell, its ticker "<RD.AS>" none; "Yoot", the Thai given name by which Thai usage
  refers to Yoot Eamsa-ard, is a mention of him (news_gold7's bare first name); "Mineral Resources
  Department" is the Thai department (ORG thai-mineral-resources-department) and the lower-case
  "The department" none; "Thai cabinet" and "Thai mines" hold adjectives only.
- "Texas Supreme Court" is one ORG span keeping the state inside, an established name of a court
  (news_gold10's "U.S. Supreme Court"), and "Texas State Supreme Court" is the same court written
  with "State", one span with its id (texas-supreme-court).
- Orinoco: the headline's "ORINOCO RIVER" holds "ORINOCO" only, the body writing "Orinoco river"
  with a lower-case generic (news_gold8's "CHANNEL FERRY" judged by its body), one PLACE id
  (orinoco); "the British bulk carrier Envoy" holds the named ship (OTHER envoy, NEWS_NOTES);
  "grounded at Mile 190" is a river-mile marker, a numbered position like news_gold8's "Group D",
  and holds no mention.
- Fiji: "High Commissioner Rod Gates" and "Colonel Sitivene Rabuka" leave the title or rank out
  of the span (news_gold8's "Captain"); "the High Commissioner and the Prime Minister" are bare
  titles; "Commonwealth leaders" and "the Commonwealth" hold the Commonwealth (ORG commonwealth).
- "PACIFIC NUCLEAR SYSTEMS IN <PACN>": the headline cut the company's "INC" to "IN"; the cut
  designator is kept in the span as written, as a whole "INC" would be ("CONCORD FABRICS INC",
  news_gold23), one ORG (pacific-nuclear-systems).
- Funaro's tour: "Germany" in a 1987 Reuters story is West Germany (west-germany, as news_gold2);
  "U.K. Chancellor of the Exchequer Nigel Lawson" holds U.K. and the person (news_gold18); "central
  bank president Francisco Gros" holds the person only, the lower-case bank naming no body
  (news_gold9); "U.S. Governments" holds U.S. (news_gold4's "UK Government").
- Soviet wheat: "The Reagan administration" holds Reagan (a person's name before a lower-case
  generic, news_gold17's "Bush camp"); "Foreign Agriculture Service" is a slip for the USDA's
  Foreign Agricultural Service, marked as written (ORG foreign-agricultural-service); "Economic
  Policy Council" is an ORG; "the Soviets" is a demonym (news_gold18).
- "He Kang, Minister of Agriculture, Animal Husbandry and Fisheries": the role holds no mention
  (news_gold21's "Minister of Energy and Mines"), and the article names the minister by his family
  name "He" ("quoted He as saying", "On grain, He said"); every later capitalised "He" is read as
  that surname, also at the start of a sentence, the article never using a pronoun for him, so all
  are PERSON mentions of he-kang.
- "General Cinema Beverages", "its other key business", is a business unit named by itself (ORG,
  news_gold5); "last year's record Christmas season" holds none (news_gold3's holidays).
- "its northwest Iowa and eastern Colorado cablevision systems" holds "northwest Iowa" and
  "eastern Colorado", one PLACE each (news_gold13's "northern Nigeria"); "Metro" alone is Metro
  Cable Corp and "Intermountain" alone Intermountain Cable Associates (short forms).
- "Chamber of Mines" is an ORG and the capitalised "the Chamber reported" its short name
  (news_gold6), the lower-case "The chamber said" none.
- "Tandon Corp", the disk-drive maker, gets an id of its own (tandon-corp), the text naming no
  link to news_gold21's Tandon Computer Corp; "Winchester disk drives" is generic (news_gold4)."""

SPEC = {
    "bbc-business-141": [
        org("BMW", "bmw"), org("BBC News", "bbc-news"), pl("Geneva"), per("Helmut Panke"),
        per("Panke", "helmut-panke"), pl("Europe"), oth("Honda Accura", "honda-acura"), *US, oth("BMW X5", "bmw-x5"),
        oth("X3", "bmw-x3"),
    ],
    "bbc-business-264": [
        org("LSE", "london-stock-exchange"), org("Euronext"), org("London Stock Exchange"),
        per("Jean-Francois Theodore"), per("Clara Furse"), org("Deutsche Boerse"), pl("Europe"),
        org("New York Stock Exchange"), pl("London"), pl("Frankfurt"), *REUTER, org("Clearstream"),
    ],
    "bbc-business-349": [
        pl("South Korea"), org("LG Card"), org("re:LG(?= group)", "lg-group"), org("LG Group"),
        per("Yoo Ji-chang"), org("Korean Development Bank", "korea-development-bank"),
        org("KDB", "korea-development-bank"), per("Kim Yungmin"), org("Dongwon Investment Trust Management"),
        org("Korea Stock Exchange"), org("LG card", "lg-card"), per("Kim", "kim-yungmin"),
    ],
    "bbc-business-388": [
        pl("Venezuela"), org("National Land Institute"), org("Associated Press"), per("Jose Vicente Rangel"),
        per("Hugo Chavez"), per("Rangel", "jose-vicente-rangel"), pl("El Charcote"), org("Agroflora"), *UK,
        org("Vestey"), per("Arnoldo Marquez"), *REUTER, per("Chavez", "hugo-chavez"),
        per("Marquez", "arnoldo-marquez"),
    ],
    "bbc-entertainment-041": [
        oth("Passion", "passion-of-the-christ"), oth("Oscar", "oscars"), per("Mel Gibson"),
        oth("Passion of the Christ"), oth("Academy Awards", "oscars"), per("Gibson", "mel-gibson"),
        org("Icon Productions"), per("Bruce Davey"), oth("Oscars", "oscars"), per("Davey", "bruce-davey"),
        org("Icon", "icon-productions"), per("Jesus Christ"), org("Academy of Motion Picture Arts and Sciences", "academy"),
        org("Academy", "academy"), per("Frank Pierson"),
    ],
    "bbc-entertainment-170": [
        oth("EastEnders"), *US, org("BBC", "bbc"), org("Fox", "fox-network"), per("Tony Jordan"), per("Simon Fuller"),
        org("Hollywood Reporter"), pl("Chicago"), org("BBC America"), pl("Atlantic"), oth("Coupling"),
        org("NBC", "nbc"), org("ITV", "itv"), oth("Emmer dale", "emmerdale"), org("ABC", "abc"),
        oth("Desperate Housewives"),
    ],
    "bbc-politics-212": [
        org("Conservatives", "conservative-party"), per("Michael Howard"), org("Times", "the-times"),
        per("Lynton Crosby"), org("Tories", "conservative-party"), org("Commons", "house-of-commons"),
        per("Crosby", "lynton-crosby"), per("Howard", "michael-howard"), pl("Australia"), per("John Howard"),
        org("Conservative Party"), org("Labour Party"),
    ],
    "bbc-sport-162": [
        per("Cole", "carlton-cole"), org("Aston Villa"), per("Carlton Cole"), org("Chelsea"),
        org("England Under-21"), pl("Holland", "netherlands"), per("Carlton", "carlton-cole"),
        org("Villa", "aston-villa"), per("David O'Leary", "david-o-leary"), per("O'Leary", "david-o-leary"),
        per("Darius Vassell"), per("Luke Moore"),
    ],
    "bbc-sport-239": [
        per("Beckham", "david-beckham"), org("Real", "real-madrid"), per("David Beckham"), org("Real Madrid"),
        oth("Champions League"), org("Roma", "as-roma"), pl("England"), pl("Bernabeu"),
        org("Madrid", "real-madrid"), org("Manchester United"), oth("Premiership", "premier-league"),
        org("Arsenal"), org("Chelsea"),
    ],
    "bbc-sport-257": [
        pl("Spain"), org("Football Federation", "spanish-football-federation"), per("Luis Aragones"),
        per("Thierry Henry"), per("Aragones", "luis-aragones"), per("Angel Maria Villar"),
        per("Henry", "thierry-henry"), org("Arsenal"), per("Jose Antonio Reyes"), pl("England"), pl("Madrid"),
        per("Jaime Lissavetzky"), org("Federation", "spanish-football-federation"),
    ],
    "bbc-sport-325": [
        org("Worcester", "worcester-warriors"), org("Sale", "sale-sharks"), pl("Sixways"), per("Tim Collier"),
        per("Phil Murphy"), per("John Payne"), per("Chris Rhys Jones"), per("Richard Wigglesworth"),
        # Worcester line-up
        per("Delport"), per("Pieters"), per("Rasmussen"), per("Lombard"), per("O'Leary", "o-leary"),
        per("Brown"), per("Powell"), per("Windo"), per("Van Niekerk"), per("Horsman"),
        per("Collier", "tim-collier"), per("Gillies"), per("Hickey"), per("Sanderson"),
        per("MacLeod- Henderson", "macleod-henderson"), per("Fortey"), per("Murphy", "phil-murphy"), per("Daly"),
        per("Vaili"), per("Cole"), per("Hayes"), per("Trueman"),
        # Sale line-up
        per("Hanley"), per("Mayor"), per("Payne", "john-payne"), per("Rhys Jones", "chris-rhys-jones"),
        per("Wigglesworth", "richard-wigglesworth"), per("Hercus"), per("Redpath"), per("Turner"), per("Roddam"),
        per("Stewart"), per("Day"), per("Schofield"), per("Caillet"), per("Carter"), per("Chabal"), per("Bozzi"),
        per("Coutts"), per("Anglesea"), per("Lund"), per("Martens"), per("Riley"), per("Duffy"), per("C Jones"),
    ],
    "bbc-sport-365": [
        per("Williams", "matt-williams"), per("Matt Williams"), oth("Six Nations"),
    ],
    "bbc-sport-439": [
        per("Venus", "venus-williams"), per("Farina Elia", "sylvia-farina-elia"), per("Venus Williams"),
        oth("Dubai Championships"), per("Sylvia Farina Elia"), oth("Wimbledon", "wimbledon-championships"),
        per("Conchita Martinez"), pl("India"), per("Sania Mirza"), per("Martinez", "conchita-martinez"),
        per("Shinobu Asagoe"), per("Mirza", "sania-mirza"), per("Jelena Kostanic"), oth("WTA Tour", "wta-tour"),
        pl("Hyderabad"), oth("US Open"), per("Svetlana Kuznetsova"), per("Kuznetsova", "svetlana-kuznetsova"),
        per("Williams", "venus-williams"), oth("Nasdaq-100 Open"), pl("Miami"),
    ],
    "bbc-tech-254": [
        *UK, org("BT", "bt"), per("Ben Verwaayen"),
    ],
    "reuters-10187": [
        org("CHRYSLER", "chrysler"), org("S/P", "standard-and-poors"),
        org("Standard and Poor's Corp", "standard-and-poors"), org("Chrysler Corp", "chrysler"),
        org("S and P", "standard-and-poors"), org("AMC", "american-motors"), org("Chrysler"),
        org("Chrysler Financial"), org("Chrysler Capital Realty Inc", "chrysler-capital-realty"),
        org("Chrysler Credit Canada Ltd", "chrysler-credit-canada"),
        org("Chrysler Overseas Capital Corp", "chrysler-overseas-capital"),
        org("American Motors Corp", "american-motors"),
    ],
    "reuters-11521": [
        org("HOME FEDERAL", "home-federal"), org("Home Federal Savings and Loan Association", "home-federal"),
        pl("California"), org("State Banking Department", "california-state-banking-department"),
        org("Federal Deposit Insurance Corp", "fdic"), org("Home Federal"),
    ],
    "reuters-11724": [
        org("MCO RESOURCES INC", "mco-resources"),
    ],
    "reuters-12085": [
        org("A.G. EDWARDS INC", "ag-edwards"),
    ],
    "reuters-12309": [
        org("IC INDUSTRIES", "ic-industries"), org("Illinois Central Gulf Railroad"),
        org("IC Industries Inc", "ic-industries"), org("Chicago, Missouri and Western Railway"), pl("Joliet"),
        pl("Ill.", "illinois"), pl("St. Louis"), org("Chicago, Missouri", "chicago-missouri-and-western-railway"),
        org("Venango River Corp", "venango-river"),
    ],
    "reuters-12688": [
        org("3M", "3m"), org("UNITEK", "unitek"), org("Minnesota Mining and Mfg Co", "3m"),
        org("Unitek Corp", "unitek"), org("Bristol-Myers Co", "bristol-myers"), org("Unitek"), pl("Monrovia"),
        pl("Calif.", "california"),
    ],
    "reuters-1352": [
        org("ARVIN INDUSTRIES", "arvin-industries"), org("Arvin Industries Inc", "arvin-industries"),
        org("Merrill Lynch Capital Markets"), org("Salomon Brothers Inc", "salomon-brothers"),
    ],
    "reuters-13892": [
        org("re:NWA(?='S)", "nwa"), org("NORTHWEST AIRLINES", "northwest-airlines"), org("NWA Inc", "nwa"),
        org("Northwest Airlines"), org("Northwest", "northwest-airlines"),
    ],
    "reuters-19065": [
        pl("Thailand"), org("Thailand Smelting and Refining Co", "thaisarco"), org("Thaisarco"),
        org("Royal Dutch/Shell Group", "royal-dutch-shell"), per("Yoot Eamsa-ard"), *REUTER,
        per("Yoot", "yoot-eamsa-ard"), org("Association of Tin Producing Countries", "atpc"), org("ATPC", "atpc"),
        org("Mineral Resources Department", "thai-mineral-resources-department"),
    ],
    "reuters-20608": [
        org("TEXACO", "texaco"), org("Texaco Inc", "texaco"), per("Alfred DeCrane"), org("Pennzoil Co", "pennzoil"),
        per("DeCrane", "alfred-decrane"), org("International Association of Drilling Contractors"), org("Texaco"),
        org("Pennzoil"), org("Texas Supreme Court"), org("Texas State Supreme Court", "texas-supreme-court"), *US,
    ],
    "reuters-21526": [
        pl("ORINOCO", "orinoco"), org("Lloyds Shipping Intelligence"), oth("Envoy"), pl("Orinoco"),
        pl("Trombetas"), pl("Brazil"), pl("Matanzas"), pl("Cuba"), *REUTER,
    ],
    "reuters-21565": [
        pl("NEW ZEALAND", "new-zealand"), pl("FIJI", "fiji"), pl("New Zealand"), pl("Fiji"), per("Geoffrey Palmer"),
        per("Palmer", "geoffrey-palmer"), per("Rod Gates"), pl("Suva"), per("Sitivene Rabuka"),
        per("Rabuka", "sitivene-rabuka"), org("Commonwealth"), pl("Vancouver"), per("David Lange"), pl("Hawaii"),
        *REUTER,
    ],
    "reuters-21569": [
        pl("NEW ZEALAND", "new-zealand"), org("Statistics Department", "nz-statistics-department"),
        org("Department", "nz-statistics-department"), *REUTER,
    ],
    "reuters-2254": [
        org("SHOE-TOWN", "shoe-town"), org("Shoe-Town Inc", "shoe-town"),
    ],
    "reuters-2276": [
        org("PACIFIC NUCLEAR SYSTEMS IN", "pacific-nuclear-systems"),
    ],
    "reuters-2563": [
        pl("BRAZIL", "brazil"), per("FUNARO", "dilson-funaro"), pl("EUROPE", "europe"), per("Dilson Funaro"),
        pl("Brazil"), per("Funaro", "dilson-funaro"), per("Francisco Gros"), pl("Washington"),
        pl("U.K.", "united-kingdom"), pl("France"), pl("Germany", "west-germany"), pl("Switzerland"), pl("Italy"),
        pl("Tokyo"), pl("Canada"), per("Gros", "francisco-gros"), *US, per("Nigel Lawson"),
        org("International Monetary Fund", "imf"), org("IMF", "imf"),
    ],
    "reuters-2747": [
        pl("USSR", "soviet-union"), per("Reagan", "ronald-reagan"), pl("Soviet Union"), *US,
        org("Agriculture Department", "usda"), per("Thomas Kay"), org("Foreign Agriculture Service", "foreign-agricultural-service"),
        *REUTER, per("Kay", "thomas-kay"), org("Economic Policy Council"),
    ],
    "reuters-2975": [
        pl("CHINA", "china"), pl("China"), per("He Kang"), org("China Daily"), per("He", "he-kang"), *REUTER,
    ],
    "reuters-3380": [
        org("GENERAL CINEMA", "general-cinema"), org("General Cinema Corp", "general-cinema"), per("Richard Smith"),
        per("Smith", "richard-smith"), org("General Cinema Beverages"),
        org("Carter Hawley Hale Stores Inc", "carter-hawley-hale"), org("Cadbury Schweppes PLC", "cadbury-schweppes"),
        org("General Cinema"), org("Sea-Land Corp", "sea-land"), org("CSX Corp", "csx"),
    ],
    "reuters-4371": [
        org("CENTURY TELEPHONE", "century-telephone"), org("Century Telephone Enterprises Inc", "century-telephone"),
        pl("Michigan"), pl("Tennessee"), pl("Florida"), pl("Arkansas"), pl("Louisiana"),
    ],
    "reuters-7443": [
        org("FIRST INTERSTATE", "first-interstate-bancorp"), pl("BRAZIL", "brazil"), org("First Interstate Bancorp"),
        pl("Brazil"), org("Securities and Exchange Commission", "sec"),
        org("First Interstate", "first-interstate-bancorp"),
    ],
    "reuters-7514": [
        org("LASER", "laser-corp"), org("Laser Corp"), org("Laser", "laser-corp"), pl("Delaware"),
    ],
    "reuters-8228": [
        org("TANDON", "tandon-corp"), org("Tandon Corp"), org("Amstrad PLC", "amstrad"),
    ],
    "reuters-8757": [
        pl("S. AFRICA", "south-africa"), org("Chamber of Mines"), org("Chamber", "chamber-of-mines"), *REUTER,
    ],
    "reuters-9251": [
        org("METRO CABLE", "metro-cable"), org("Metro Cable Corp", "metro-cable"),
        org("Intermountain Cable Associates"), org("Metro", "metro-cable"), org("DMN Cable Investors"),
        org("Intermountain", "intermountain-cable-associates"), pl("northwest Iowa"), pl("eastern Colorado"),
        org("MCC Cablevision"), org("Bank of Boston Corp", "bank-of-boston"), org("Metro Cable", "metro-cable"),
        org("National Bank of Canada"),
    ],
    "reuters-9564": [
        org("EPSILON DATA", "epsilon-data-management"), org("Epsilon Data Management Inc", "epsilon-data-management"),
        org("Shawmut Bank N.A.", "shawmut-bank"),
    ],
}


# Pairs of entity ids (both annotated above) that share a word or look alike but are different
# things (e.g. a person and a company named after him, a city and an organisation named after
# it, two people with one name, a country and its capital).
MUST_NOT_MERGE = [
    # one name, word or initial, two things
    ["bmw", "bmw-x5"], ["bmw-x5", "bmw-x3"], ["honda-acura", "bmw-x5"], ["helmut-panke", "bmw"],
    ["bbc-news", "bbc"], ["euronext", "london-stock-exchange"], ["london-stock-exchange", "deutsche-boerse"],
    ["deutsche-boerse", "clearstream"], ["london-stock-exchange", "new-york-stock-exchange"],
    ["euronext", "new-york-stock-exchange"], ["jean-francois-theodore", "clara-furse"],
    ["lg-card", "lg-group"], ["korea-development-bank", "korea-stock-exchange"], ["kim-yungmin", "yoo-ji-chang"],
    ["dongwon-investment-trust-management", "korea-development-bank"],
    ["jose-vicente-rangel", "hugo-chavez"], ["arnoldo-marquez", "jose-vicente-rangel"], ["agroflora", "vestey"],
    ["national-land-institute", "associated-press"],
    ["mel-gibson", "icon-productions"], ["bruce-davey", "frank-pierson"], ["academy", "oscars"],
    ["passion-of-the-christ", "jesus-christ"], ["passion-of-the-christ", "oscars"],
    ["bbc", "bbc-america"], ["eastenders", "emmerdale"], ["fox-network", "nbc"], ["nbc", "abc"], ["itv", "bbc"],
    ["coupling", "desperate-housewives"], ["tony-jordan", "simon-fuller"], ["hollywood-reporter", "fox-network"],
    ["michael-howard", "john-howard"], ["conservative-party", "labour-party"], ["lynton-crosby", "michael-howard"],
    ["the-times", "house-of-commons"],
    ["carlton-cole", "cole"], ["david-o-leary", "o-leary"], ["aston-villa", "chelsea"],
    ["darius-vassell", "luke-moore"], ["england-under-21", "england"], ["carlton-cole", "luke-moore"],
    ["aston-villa", "carlton-cole"],
    ["real-madrid", "as-roma"], ["manchester-united", "chelsea"], ["arsenal", "chelsea"],
    ["champions-league", "premier-league"], ["david-beckham", "real-madrid"],
    ["luis-aragones", "angel-maria-villar"], ["thierry-henry", "jose-antonio-reyes"],
    ["jaime-lissavetzky", "luis-aragones"], ["thierry-henry", "arsenal"],
    ["worcester-warriors", "sale-sharks"], ["chris-rhys-jones", "c-jones"], ["tim-collier", "phil-murphy"],
    ["day", "daly"], ["turner", "trueman"], ["hanley", "hayes"], ["carter", "caillet"], ["coutts", "cole"],
    ["macleod-henderson", "sanderson"], ["john-payne", "powell"], ["richard-wigglesworth", "chris-rhys-jones"],
    ["venus-williams", "matt-williams"], ["sylvia-farina-elia", "venus-williams"],
    ["conchita-martinez", "sania-mirza"], ["shinobu-asagoe", "jelena-kostanic"],
    ["dubai-championships", "nasdaq-100-open"], ["wimbledon-championships", "us-open"], ["wta-tour", "us-open"],
    ["svetlana-kuznetsova", "sania-mirza"], ["six-nations", "champions-league"],
    ["bt", "ben-verwaayen"],
    ["chrysler", "chrysler-financial"], ["chrysler-financial", "chrysler-capital-realty"],
    ["chrysler-credit-canada", "chrysler-overseas-capital"], ["chrysler", "american-motors"],
    ["standard-and-poors", "chrysler"], ["chrysler", "chrysler-credit-canada"],
    ["home-federal", "fdic"], ["home-federal", "california-state-banking-department"],
    ["ic-industries", "illinois-central-gulf-railroad"],
    ["illinois-central-gulf-railroad", "chicago-missouri-and-western-railway"],
    ["chicago-missouri-and-western-railway", "venango-river"],
    ["3m", "unitek"], ["unitek", "bristol-myers"],
    ["arvin-industries", "merrill-lynch-capital-markets"], ["merrill-lynch-capital-markets", "salomon-brothers"],
    ["nwa", "northwest-airlines"],
    ["thaisarco", "royal-dutch-shell"], ["atpc", "thai-mineral-resources-department"],
    ["yoot-eamsa-ard", "thaisarco"],
    ["texaco", "pennzoil"], ["alfred-decrane", "texaco"], ["texas-supreme-court", "texaco"],
    ["international-association-of-drilling-contractors", "texaco"],
    ["lloyds-shipping-intelligence", "envoy"],
    ["geoffrey-palmer", "david-lange"], ["sitivene-rabuka", "rod-gates"], ["commonwealth", "new-zealand"],
    ["dilson-funaro", "francisco-gros"], ["nigel-lawson", "imf"],
    ["usda", "foreign-agricultural-service"], ["usda", "economic-policy-council"], ["ronald-reagan", "thomas-kay"],
    ["he-kang", "china-daily"],
    ["general-cinema", "general-cinema-beverages"], ["sea-land", "csx"], ["cadbury-schweppes", "carter-hawley-hale"],
    ["richard-smith", "general-cinema"],
    ["first-interstate-bancorp", "sec"], ["laser-corp", "tandon-corp"], ["tandon-corp", "amstrad"],
    ["metro-cable", "mcc-cablevision"], ["intermountain-cable-associates", "dmn-cable-investors"],
    ["bank-of-boston", "national-bank-of-canada"], ["metro-cable", "intermountain-cable-associates"],
    ["epsilon-data-management", "shawmut-bank"], ["nz-statistics-department", "chamber-of-mines"],
    ["pacific-nuclear-systems", "century-telephone"], ["shoe-town", "mco-resources"], ["ag-edwards", "salomon-brothers"],
    # an organisation, work, event or facility named after a place, or a place inside a name
    ["geneva", "europe"], ["europe", "euronext"], ["london", "london-stock-exchange"],
    ["frankfurt", "deutsche-boerse"], ["london", "frankfurt"],
    ["south-korea", "korea-development-bank"], ["south-korea", "korea-stock-exchange"],
    ["venezuela", "national-land-institute"], ["el-charcote", "agroflora"], ["united-kingdom", "vestey"],
    ["united-states", "bbc-america"], ["chicago", "united-states"], ["atlantic", "united-states"],
    ["australia", "john-howard"], ["netherlands", "england-under-21"],
    ["madrid", "real-madrid"], ["spain", "madrid"], ["bernabeu", "real-madrid"], ["england", "spain"],
    ["spain", "spanish-football-federation"], ["sixways", "worcester-warriors"],
    ["miami", "nasdaq-100-open"], ["india", "hyderabad"], ["united-states", "us-open"],
    ["united-kingdom", "bt"],
    ["canada", "chrysler-credit-canada"], ["california", "california-state-banking-department"],
    ["illinois", "illinois-central-gulf-railroad"], ["chicago", "chicago-missouri-and-western-railway"],
    ["st-louis", "illinois"], ["joliet", "illinois"], ["monrovia", "california"],
    ["northwest-iowa", "northwest-airlines"], ["thailand", "thaisarco"],
    ["texas-supreme-court", "united-states"], ["orinoco", "venezuela"], ["brazil", "trombetas"],
    ["cuba", "matanzas"], ["new-zealand", "fiji"], ["vancouver", "canada"], ["hawaii", "united-states"],
    ["nz-statistics-department", "new-zealand"], ["brazil", "first-interstate-bancorp"],
    ["west-germany", "switzerland"], ["france", "italy"], ["china", "china-daily"],
    ["michigan", "tennessee"], ["arkansas", "louisiana"], ["florida", "louisiana"], ["laser-corp", "delaware"],
    ["south-africa", "chamber-of-mines"], ["national-bank-of-canada", "canada"],
    ["northwest-iowa", "eastern-colorado"], ["soviet-union", "united-states"],
    # a capital or government seat is not its country
    ["suva", "fiji"], ["washington", "united-states"],
]
