"""Hand annotation of news_gold12 (see build_news_gold12.py): made blind, by reading the text,
by one annotator, with no extractor output in sight. It follows NEWS_NOTES and the DECISIONS
of news_gold3_spec.py, news_gold4_spec.py, news_gold5_spec.py, news_gold6_spec.py,
news_gold7_spec.py, news_gold8_spec.py, news_gold9_spec.py, news_gold10_spec.py and
news_gold11_spec.py; the choices taken beyond those are listed in DECISIONS below."""
from build_news_gold import REUTER, UK, US, org, oth, per, pl

DECISIONS = """\
- "High Street" written with capitals for Britain's shops as a whole ("the UK High Street",
  "fail to boost High Street") is a PLACE (id high-street), standing for its trade as "Wall
  Street" stands for its market (news_gold4). "Euro" in "Euro earnings league" is a clipped
  adjective (European), not a mention, like a demonym.
- An event whose name is a date ("the 11 September attacks") holds the date as its name (OTHER
  september-11-attacks), the lower-case noun outside the span; where a town's name stands
  before such a noun, news_gold9 keeps the town instead, but a date names nothing else.
- A city written before a newspaper's name ("the Toronto Globe and Mail report") is its own
  PLACE mention and the paper is "Globe and Mail" (ORG), as a place name used as a modifier.
  Headlines that papers printed, quoted as words ("Crisis Frozen"), are not works and hold no
  mention; a name inside such a quote is marked ("made Greece see reason").
- A party's name used to qualify a lower-case event ("the Tory Party conference") holds no
  mention (news_gold11's party modifiers); the event written with a capital as one name
  ("Conservative Party Conference") is OTHER, the party inside it not annotated separately.
- A mocking title in quotes given to a person ('dubbed him "Minister of Discord"') is a
  nickname and so a mention of him (news_gold7), though it reads like a role. "NI" in a
  headline is Northern Ireland; "the Maze", the prison, is a PLACE (id maze-prison); a
  daughter named only by her first name ("Victoria") gets an id with the family name
  (victoria-scott); "Sir Nicholas" is a bare first-name mention once "Sir" is left out.
- Two people of one surname told apart by title in one article: "Mrs Howard" is Sandra Howard
  and "Mr Howard" Michael Howard; the bare "Sandra" and "Michael" are their first names.
- "Open" alone in a tennis headline ("doubt over Open bid") is the capitalised short name of
  the Australian Open the story is about; "Hopman Cup" and "Hyderabad Open" are events (OTHER);
  "Australian Rules football" is a code of sport, not a mention (news_gold7).
- "Eurovision" alone or as a modifier ("Past Eurovision performers", "the all-time best
  Eurovision song") is the Eurovision Song Contest (OTHER), as news_gold9 does for an award's
  short name before a noun.
- "Friday" in the headline "to make Friday sequel" is the film series "Friday the 13th" (one
  OTHER id), not a weekday. Film series are OTHER ("Evil Dead" in "the Evil Dead movies";
  "Nightmare on Elm Street", the street inside not annotated); "Freddy Vs Jason" is one title,
  and "Jason" alone the character Jason Voorhees (PERSON), as are Freddy Krueger and "Ash".
- "S and P 500" (the futures contract's index) is an index (OTHER s-and-p-500), not the rating
  agency that earlier golds mark for "S and P" alone.
- In a hog report headline, "IA" is Iowa and "SO-MINN" (southern Minnesota) one PLACE mention
  (id southern-minnesota), as news_gold8 takes a region with its qualifier as one mention.
- "World Trade Forum", where a minister spoke at "a meeting of" it, is a named forum (OTHER),
  as news_gold11 types a named conference; in "the Paris accord" the city stands for the
  accord that news_gold6 marks (OTHER, its id louvre-accord).
- Armed services named in a list ("54 Army, Air Force, Navy and Coast Guard installations")
  are each an ORG of the U.S. (us-army, us-air-force, us-navy, us-coast-guard), as news_gold6
  types the army.
- "U.S. House Ways and Means Trade Subcommittee" is split (U.S.; the rest one ORG, a
  subcommittee distinct from its committee); "Ways and Means" before lower-case "chairman" is
  the short name of the House Ways and Means Committee (ORG), as a full organisation name
  before a role; "HOUSE PANEL" in the headline holds HOUSE (news_gold8).
- A parent and the banks it runs are distinct ORGs even where one name begins the others
  ("Vista Bank"; "Vista Bank of Volusia County"; "Vista Bank of Marion County"), the counties
  inside not annotated; so are "Farm Credit System", "Farm Credit Corp" and "Farm Credit System
  Capital Corp". "Senate agriculture subcommittee" holds "Senate" only.
- A company's product lines and programs are OTHER ("SoftVisions", "Truevision" in
  "Truevision videographics boards" and "Truevision boards", the series "PC 6300s", "RIO",
  "ImageMaster", "TARGA CAD Driver", "ImageStation"); "PC" in "PC users" is generic.
  "Highfield", written twice for Highfields Capital Management, is a slip marked as written
  with the firm's id (news_gold4)."""

SPEC = {
    "bbc-business-070": [
        org("Circuit City Stores", "circuit-city-stores"), org("Circuit City", "circuit-city-stores"), *US,
        pl("Boston"), org("Highfields Capital Management"), org("Highfield", "highfields-capital-management"),
        pl("New York"), pl("Virginia"), per("Bill Armstrong"), per("Armstrong", "bill-armstrong"),
        org("CL King & Associates", "cl-king-and-associates"), org("Best Buy"), org("Wal-Mart"),
    ],
    "bbc-business-101": [
        pl("Australia"), org("Reserve Bank of Australia"), org("Reserve Bank", "reserve-bank-of-australia"),
        org("Bank", "reserve-bank-of-australia"), per("Ian Macfarlane"), per("Peter Costello"),
        per("Michael Blythe"), org("Commonwealth Bank of Australia"),
    ],
    "bbc-business-164": [
        org("Yukos"), org("Yuganskneftegas"), org("Yugansk", "yuganskneftegas"), org("Gazprom"), org("Gazpromneft"),
        org("Baikal Finance Group"), org("Baikal", "baikal-finance-group"), org("Rosneft"), pl("Houston"), *US,
        org("Kremlin"), pl("Russia"), pl("Moscow"), per("Letitia Clark"), per("Mikhail Khodorkovsky"),
        per("Khodorkovsky", "mikhail-khodorkovsky"),
    ],
    "bbc-business-196": [
        org("Worldcom", "worldcom"), org("WorldCom", "worldcom"), *US, per("Bernie Ebbers"),
        per("Ebbers", "bernie-ebbers"), per("Scott Sullivan"), per("Sullivan", "scott-sullivan"),
        pl("Wall Street"), per("Reid Weingarten"), org("MCI", "mci"), org("Verizon Communications"),
    ],
    "bbc-business-225": [
        pl("High Street"), *UK, org("British Retail Consortium", "brc"), org("BRC", "brc"), org("KPMG", "kpmg"),
        per("Kevin Hawkins"), per("Hawkins", "kevin-hawkins"), org("Office for National Statistics"),
    ],
    "bbc-business-263": [
        *UK, org("Financial Services Authority", "fsa"), org("FSA", "fsa"), org("Financial Ombudsman Service"),
        per("Rob McIvor"), per("McIvor", "rob-mcivor"), org("BBC News"), org("BBC", "bbc"),
    ],
    "bbc-business-343": [
        org("Air Jamaica"), per("Gordon Stewart"), oth("11 September", "september-11-attacks"), per("Omar Davies"),
    ],
    "bbc-business-484": [
        *UK, pl("Europe"), org("Datamonitor"),
    ],
    "bbc-entertainment-172": [
        oth("Eurovision Song Contest"), oth("Eurovision", "eurovision-song-contest"), org("Abba"),
        per("Celine Dion"), org("Bucks Fizz"), per("Nana Mouskouri"), per("Lulu"), per("Julio Iglesias"),
        pl("Denmark"), org("European Broadcasting Union", "ebu"), org("EBU", "ebu"), pl("Kiev"), pl("Ukraine"),
        per("Ruslana"), org("Danish Broadcasting Corporation"), pl("London"), pl("Ireland"), *UK, pl("France"),
        pl("Luxembourg"),
    ],
    "bbc-entertainment-379": [
        per("Tarantino", "quentin-tarantino"), per("Quentin Tarantino"), oth("Friday the 13th", "friday-the-13th"),
        oth("Friday", "friday-the-13th"), org("Hollywood Reporter"), org("New Line Cinema"),
        org("New Line", "new-line-cinema"), per("Jason Voorhees"), per("Jason", "jason-voorhees"),
        oth("Freddy Vs Jason"), per("Freddy Krueger"), oth("Nightmare on Elm Street"), per("Ash"),
        oth("Evil Dead"), per("Sam Raimi"), *US, oth("CSI: Crime Scene Investigation", "csi"),
    ],
    "bbc-politics-011": [
        per("re:(?<=Mrs )Howard", "sandra-howard"), per("re:(?<=Mr )Howard", "michael-howard"),
        per("Michael Howard"), per("Michael", "michael-howard"), per("Sandra", "sandra-howard"), pl("London"),
        per("Liam Fox"), per("Fox", "liam-fox"), per("Tony Blair"), per("Blair", "tony-blair"),
        org("Liberal Democrats"), per("Charles Kennedy"), oth("Conservative Party Conference"), pl("Bournemouth"),
        org("Addaction"), org("ITV1"), oth("This Morning"),
    ],
    "bbc-politics-183": [
        pl("NI", "northern-ireland"), per("Scott", "nicholas-scott"), pl("Northern Ireland"),
        per("Nicholas Scott"), per("Nicholas", "nicholas-scott"), pl("London"), pl("Kensington and Chelsea"),
        per("Margaret Thatcher"), org("IRA", "ira"), pl("Maze", "maze-prison"), org("New University of Ulster"),
        org("Ulster Polytechnic"), org("University of Ulster"), oth("Anglo-Irish Agreement"), pl("Dublin"),
        org("SDLP", "sdlp"), per("Minister of Discord", "nicholas-scott"), *UK, per("Alan Clark"), pl("Bournemouth"),
        per("Victoria", "victoria-scott"), oth("Disability Bill"),
    ],
    "bbc-sport-496": [
        per("Philippoussis", "mark-philippoussis"), oth("Open", "australian-open"), per("Mark Philippoussis"),
        per("Mark", "mark-philippoussis"), oth("Australian Open"), oth("Hopman Cup"), pl("Netherlands"),
        pl("Melbourne"), per("Hamish Osborne"), per("Tommy Haas"), pl("Germany"), per("Guillermo Coria"),
    ],
    "bbc-sport-510": [
        per("Mirza", "sania-mirza"), per("Sania Mirza"), oth("Hyderabad Open"), org("WTA", "wta"),
        per("Alyona Bondarenko"), per("Bondarenko", "alyona-bondarenko"), pl("Ukraine"), oth("Australian Open"),
        oth("Grand Slam", "grand-slam"), per("Serena Williams"),
    ],
    "reuters-10591": [
        pl("CUBA", "cuba"), pl("Havana"), org("Granma"), pl("East Germany"), per("Fidel Castro"),
        per("Carlos Rafael Rodriguez"),
    ],
    "reuters-10641": [
        pl("TURKEY", "turkey"), pl("Turkey"), oth("Sismik 1", "sismik-1"), pl("Greece"), pl("Aegean Sea"),
        org("Anatolian Agency"), *US, org("NATO", "nato"), org("Gunes"), org("Hurriyet"), org("Cumhuriyet"),
        org("Milliyet"), pl("Athens"), *REUTER,
    ],
    "reuters-11200": [
        pl("U.K.", "united-kingdom"), org("Bank of England"), org("Bank", "bank-of-england"), *REUTER,
    ],
    "reuters-11284": [
        pl("U.K.", "united-kingdom"), org("Bank of England"), *REUTER,
    ],
    "reuters-12077": [
        org("WALKER TELECOMMUNICATIONS CORP", "walker-telecommunications"),
    ],
    "reuters-12243": [
        org("COMEX", "comex"), org("Commodity Exchange Inc", "comex"), org("Comex"),
    ],
    "reuters-13413": [
        pl("LONDON", "london"),
    ],
    "reuters-13869": [
        per("RUDING", "h-onno-ruding"), per("H. Onno Ruding", "h-onno-ruding"), per("Ruding", "h-onno-ruding"),
        oth("World Trade Forum"), *US, oth("Paris", "louvre-accord"), pl("Japan"), pl("West Germany"),
    ],
    "reuters-13972": [
        pl("IA", "iowa"), pl("SO-MINN", "southern-minnesota"), org("USDA", "usda"), org("usda", "usda"),
        pl("re:us(?= 1-3)", "united-states"),
    ],
    "reuters-14828": [
        org("CHINA DAILY", "china-daily"), org("China Daily"), pl("China"), *REUTER,
    ],
    "reuters-18633": [
        org("ENVIRONMENTAL POWER", "environmental-power"), org("Environmental Power Corp", "environmental-power"),
        org("Drexel Burnham Lambert Inc", "drexel-burnham-lambert"), org("Milesburg Energy Inc", "milesburg-energy"),
    ],
    "reuters-21083": [
        org("REXON", "rexon"), org("Rexon Inc", "rexon"), org("Rexon"),
    ],
    "reuters-21193": [
        org("SPECTRAMED INC", "spectramed"), org("Gould Inc", "gould"),
    ],
    "reuters-2810": [
        org("SOUTHTRUST", "southtrust"), org("SouthTrust Corp", "southtrust"), pl("Florida"),
        org("Central Bank of Volusia County"), org("Bank of Pensacola"), org("Vista Bank"),
        org("Vista Bank of Volusia County"), org("Vista Bank of Marion County"),
    ],
    "reuters-3584": [
        pl("U.K.", "united-kingdom"), org("Bank of England"), org("Bank", "bank-of-england"), *REUTER,
    ],
    "reuters-3634": [
        org("VHC LTD", "vhc"),
    ],
    "reuters-3873": [
        org("PARALAX", "paralax-video-enterprises"), org("AMERICAN VIDEO", "american-video-group"),
        org("Paralax Video Enterprises Inc", "paralax-video-enterprises"),
        org("American Video Group Inc", "american-video-group"), org("Paralax", "paralax-video-enterprises"),
        org("American Video", "american-video-group"), org("Army", "us-army"), org("Air Force", "us-air-force"),
        org("Navy", "us-navy"), org("Coast Guard", "us-coast-guard"),
    ],
    "reuters-4595": [
        *US, org("HOUSE", "us-house-of-representatives"), org("House Ways and Means Trade Subcommittee"),
        org("House Ways and Means Committee"), org("Ways and Means Committee", "house-ways-and-means-committee"),
        org("Ways and Means", "house-ways-and-means-committee"), per("Dan Rostenkowski"), pl("Illinois"),
        org("House", "us-house-of-representatives"), per("Richard Gephardt"), per("Gephardt", "richard-gephardt"),
        pl("Missouri"), pl("Japan"), pl("South Korea"), pl("Taiwan"),
    ],
    "reuters-4793": [
        org("CME", "chicago-mercantile-exchange"), org("Chicago Mercantile Exchange"),
        oth("S and P 500", "s-and-p-500"),
        per("William Marcus"), per("Marcus", "william-marcus"),
        org("Donaldson, Lufkin, Jenrette Inc", "donaldson-lufkin-and-jenrette"),
    ],
    "reuters-5817": [
        pl("TAIWAN", "taiwan"), pl("Taiwan"), *REUTER,
    ],
    "reuters-6502": [
        org("AIR CANADA", "air-canada"), org("GELCO", "gelco-corp"), org("Air Canada"), org("Gelco Corp", "gelco-corp"),
        org("Gelco Express Ltd", "gelco-express"), org("Gelco Express"), pl("Toronto"), org("Globe and Mail"),
        pl("Canada"), *US, org("Gelco", "gelco-corp"),
    ],
    "reuters-6946": [
        pl("TAIWAN", "taiwan"), org("Taiwan Flour Mills Association"), pl("Canada"), pl("Taiwan"), *US, *REUTER,
    ],
    "reuters-708": [
        org("Yacimientos Petroliferos Fiscales", "ypf"),
    ],
    "reuters-7441": [
        org("WARDAIR INTERNATIONAL LTD", "wardair-international"), per("M.W. Ward", "m-w-ward"),
    ],
    "reuters-8989": [
        org("ATT", "att"), org("American Telephone and Telegraph Co", "att"), oth("SoftVisions"),
        oth("Truevision"), oth("PC 6300s", "pc-6300"), oth("RIO", "rio-software"), oth("ImageMaster"),
        oth("TARGA CAD Driver"), oth("ImageStation"),
    ],
    "reuters-9887": [
        org("FARM CREDIT SYSTEM", "farm-credit-system"), *US, org("Farm Credit System"),
        org("Treasury Department", "us-treasury"), org("Treasury", "us-treasury"), org("Congress", "us-congress"),
        org("Senate", "us-senate"), per("Brent Beesley"), per("Beesley", "brent-beesley"), org("Farm Credit Corp"),
        org("Farm Credit System Capital Corp"),
    ],
}


# Pairs of entity ids (both annotated above) that share a word or look alike but are different
# things (e.g. a person and a company named after him, a city and an organisation named after
# it, two people with one name, a country and its capital).
MUST_NOT_MERGE = [
    # one name or word, two things
    ["sandra-howard", "michael-howard"], ["liam-fox", "michael-howard"], ["nicholas-scott", "victoria-scott"],
    ["nicholas-scott", "alan-clark"], ["nicholas-scott", "margaret-thatcher"], ["tony-blair", "charles-kennedy"],
    ["new-university-of-ulster", "university-of-ulster"], ["ulster-polytechnic", "university-of-ulster"],
    ["new-university-of-ulster", "ulster-polytechnic"], ["ira", "sdlp"],
    ["conservative-party-conference", "liberal-democrats"], ["itv1", "this-morning"],
    ["addaction", "sandra-howard"], ["disability-bill", "anglo-irish-agreement"],
    ["vista-bank", "vista-bank-of-volusia-county"], ["vista-bank", "vista-bank-of-marion-county"],
    ["vista-bank-of-volusia-county", "vista-bank-of-marion-county"],
    ["central-bank-of-volusia-county", "vista-bank-of-volusia-county"], ["bank-of-pensacola", "southtrust"],
    ["farm-credit-system", "farm-credit-corp"], ["farm-credit-system", "farm-credit-system-capital-corp"],
    ["farm-credit-corp", "farm-credit-system-capital-corp"], ["us-treasury", "us-congress"],
    ["us-senate", "us-congress"], ["brent-beesley", "farm-credit-corp"], ["gelco-corp", "gelco-express"],
    ["air-canada", "gelco-express"], ["globe-and-mail", "air-canada"],
    ["paralax-video-enterprises", "american-video-group"], ["us-army", "us-air-force"],
    ["us-navy", "us-coast-guard"], ["us-army", "us-navy"], ["us-air-force", "us-coast-guard"],
    ["house-ways-and-means-committee", "house-ways-and-means-trade-subcommittee"],
    ["us-house-of-representatives", "house-ways-and-means-committee"],
    ["us-house-of-representatives", "house-ways-and-means-trade-subcommittee"],
    ["dan-rostenkowski", "richard-gephardt"], ["chicago-mercantile-exchange", "s-and-p-500"],
    ["william-marcus", "donaldson-lufkin-and-jenrette"], ["comex", "chicago-mercantile-exchange"],
    ["environmental-power", "milesburg-energy"], ["drexel-burnham-lambert", "environmental-power"],
    ["spectramed", "gould"], ["wardair-international", "m-w-ward"], ["att", "truevision"], ["att", "softvisions"],
    ["truevision", "softvisions"], ["imagemaster", "imagestation"], ["pc-6300", "att"],
    ["targa-cad-driver", "truevision"], ["rio-software", "imagemaster"], ["h-onno-ruding", "world-trade-forum"],
    ["louvre-accord", "world-trade-forum"], ["anatolian-agency", "turkey"], ["gunes", "hurriyet"],
    ["cumhuriyet", "milliyet"], ["hurriyet", "milliyet"], ["sismik-1", "turkey"], ["nato", "united-states"],
    ["granma", "cuba"], ["fidel-castro", "carlos-rafael-rodriguez"], ["china-daily", "china"],
    ["taiwan-flour-mills-association", "taiwan"], ["circuit-city-stores", "best-buy"],
    ["highfields-capital-management", "circuit-city-stores"], ["cl-king-and-associates", "bill-armstrong"],
    ["best-buy", "wal-mart"], ["reserve-bank-of-australia", "commonwealth-bank-of-australia"],
    ["ian-macfarlane", "peter-costello"], ["michael-blythe", "commonwealth-bank-of-australia"],
    ["yukos", "yuganskneftegas"], ["gazprom", "gazpromneft"], ["gazprom", "rosneft"],
    ["baikal-finance-group", "rosneft"], ["rosneft", "yuganskneftegas"], ["mikhail-khodorkovsky", "yukos"],
    ["worldcom", "mci"], ["mci", "verizon-communications"], ["bernie-ebbers", "scott-sullivan"],
    ["reid-weingarten", "scott-sullivan"], ["brc", "kpmg"], ["kevin-hawkins", "brc"],
    ["office-for-national-statistics", "brc"], ["fsa", "financial-ombudsman-service"], ["bbc", "bbc-news"],
    ["rob-mcivor", "fsa"], ["air-jamaica", "gordon-stewart"], ["omar-davies", "gordon-stewart"],
    ["michael-howard", "michael-blythe"], ["scott-sullivan", "nicholas-scott"], ["alan-clark", "letitia-clark"],
    ["reserve-bank-of-australia", "bank-of-england"], ["abba", "bucks-fizz"], ["celine-dion", "lulu"],
    ["nana-mouskouri", "ruslana"], ["ebu", "danish-broadcasting-corporation"], ["eurovision-song-contest", "ebu"],
    ["quentin-tarantino", "sam-raimi"], ["friday-the-13th", "freddy-vs-jason"],
    ["jason-voorhees", "freddy-vs-jason"], ["freddy-krueger", "freddy-vs-jason"],
    ["jason-voorhees", "freddy-krueger"], ["freddy-krueger", "nightmare-on-elm-street"], ["ash", "evil-dead"],
    ["new-line-cinema", "hollywood-reporter"], ["csi", "quentin-tarantino"], ["mark-philippoussis", "tommy-haas"],
    ["hopman-cup", "australian-open"], ["hamish-osborne", "hopman-cup"], ["tommy-haas", "guillermo-coria"],
    ["sania-mirza", "alyona-bondarenko"], ["hyderabad-open", "australian-open"], ["hyderabad-open", "wta"],
    ["grand-slam", "australian-open"], ["serena-williams", "sania-mirza"],
    # an organisation, work, event or venue named after a place, or a place inside a name
    ["reserve-bank-of-australia", "australia"], ["commonwealth-bank-of-australia", "australia"],
    ["eurovision-song-contest", "europe"], ["danish-broadcasting-corporation", "denmark"], ["ebu", "europe"],
    ["bank-of-england", "united-kingdom"], ["air-canada", "canada"], ["globe-and-mail", "toronto"],
    ["university-of-ulster", "northern-ireland"], ["anglo-irish-agreement", "ireland"],
    ["maze-prison", "northern-ireland"], ["kensington-and-chelsea", "london"],
    ["central-bank-of-volusia-county", "florida"], ["bank-of-pensacola", "florida"],
    ["house-ways-and-means-trade-subcommittee", "united-states"], ["australian-open", "melbourne"],
    ["hopman-cup", "netherlands"], ["high-street", "united-kingdom"], ["wall-street", "united-states"],
    ["new-york", "wall-street"], ["aegean-sea", "greece"], ["east-germany", "west-germany"],
    ["iowa", "southern-minnesota"], ["usda", "united-states"], ["conservative-party-conference", "bournemouth"],
    ["australian-open", "australia"], ["ireland", "northern-ireland"], ["germany", "west-germany"],
    ["germany", "east-germany"],
    # a capital, city, region or government body is not its country
    ["kremlin", "russia"], ["moscow", "russia"], ["houston", "united-states"], ["virginia", "united-states"],
    ["kiev", "ukraine"], ["london", "united-kingdom"], ["havana", "cuba"], ["athens", "greece"],
    ["dublin", "ireland"], ["germany", "netherlands"], ["illinois", "missouri"], ["japan", "south-korea"],
    ["taiwan", "china"], ["toronto", "canada"],
]
