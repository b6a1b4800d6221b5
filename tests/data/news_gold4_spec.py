"""Hand annotation of news_gold4 (see build_news_gold4.py): made blind, by reading the text,
by one annotator, with no extractor output in sight. It follows NEWS_NOTES and the DECISIONS
of news_gold3_spec.py; the choices taken beyond those are listed in DECISIONS below."""
from build_news_gold import REUTER, UK, US, org, oth, per, pl

DECISIONS = """\
- news_gold3's DECISIONS are followed: a national side is its country (PLACE: "Wales",
  "England", "France", "Holland"); a side that is not the country itself is an ORG ("Wales
  Under-21", like "England A"); a city standing for an event held there is a mention of the
  event; holidays are not mentions ("New Year", "New Years Eve", "Christmas number one",
  "Corpus Christi holiday"); products, services and software are OTHER.
- "Wimbledon" naming the championship ("the Wimbledon and US Open finals", "Wimbledon doubles
  titles") is OTHER, id wimbledon-championships, not the place of news_gold2; "Davis Cup" and
  "Grand Slam" (the four majors) are OTHER; "Primera Liga", a league, is OTHER like "Six Nations".
- Short names of clubs are ORG mentions of the club ("Barca", "Real", "Athletico" as written).
- Band Aid 20 is the charity group (ORG); where the text names its record by it ("the charity
  single Band Aid 20", "new Band Aid", "the Band Aid single") it is still the group, like a
  band's name on its record; the single's title is its own OTHER mention ("Do They Know It's
  Christmas", the closing "?" kept when written, as part of the title).
- A family named in the plural ("the Osbournes' family life") is a PERSON mention of the family
  (as "Agnelli" in news_gold2); "The Osbournes" the TV show is OTHER ("Osbournes"), a separate id.
- Fictional characters are PERSON ("Madea"), as news_gold2 did ("Santa Claus", "Gollum").
- Named drugs are products (OTHER: "Tysabri", "Avonex"); diseases are not mentions ("multiple
  sclerosis", "PML", "Alzheimer's disease", "HIV", "Aids"). "Rubik's cube" is a product (OTHER).
- Generic technologies and standards are not mentions ("MMS", "ADSL", "Asymmetric Digital
  Subscriber Line", "Winchester ... disk drives", "PCs"); a maker's named product line is OTHER
  with the maker inside the span ("IBM PCs", as "Airbus A300s" in news_gold2), and so are its
  plural models ("XTs", "ATs") and software ("SpeedStor").
- Publications are ORG (newspapers, magazines, guides that act: "Herald-Sun", "TV Guide",
  "Trentonian", "Good Pub Guide"); a named report ("World Production and Trade Report"), a
  documentary ("Secret Agent"), a song and a cantata are works (OTHER).
- A named currency unit written as a proper name is OTHER ("European Currency Unit", "ECU");
  common currency words (dollar, marks, crowns, baht) are not mentions.
- A name followed by a lower-case generic word keeps only the name ("West Yorkshire police":
  West Yorkshire PLACE; "Karlsruhe water authorities", "Mannheim water authority": the town;
  "Irish stock exchange" and "Westminster's environment, food and rural affairs committee"
  hold no organisation mention), as NEWS_NOTES do for "Hukuang railroad".
- "Westminster" standing for Parliament is an ORG, like "Whitehall" in news_gold3.
- "UK Government": UK only; "Government" is a common noun, like a bare title.
- "Wall Street" (the market, "Wall Street firm") is a PLACE, like "the City" in news_gold.
- A country before an agency's full name is split ("US Federal Communications Commission":
  US, Federal Communications Commission), as NEWS_NOTES say for "U.S. Agriculture Department".
- Spelling slips are marked as written, with the entity they mean ("Mr Ebber's" -> "Ebber",
  "Athletico" -> Atletico Madrid, "The Tentonian" -> the Trentonian, "Borg-warner").
- A short form gets the entity it means in the article: "Merrill Lynch" and "Merrill" in
  reuters-16656 are the bidder, Merrill Lynch Capital Partners; "Sears Centers" are the Sears
  Truck Tire Sales and Service Centers, not Sears Roebuck; "Alexis Nihon" is Alexis Nihon
  Investments Inc. "Kansai" is the region in "an airport at Kansai, near Osaka" and the airport
  project elsewhere in reuters-3927 ("The Kansai project", "work on Kansai").
- "F.O. Licht" / "Licht" is the statistics firm (ORG, id licht as in news_gold3), though the
  text calls it a "statistician".
- "Belgium/Luxembourg" holds two mentions; "non-Middle East" holds "Middle East".
- Adjectives are not mentions: "North American box office", "S. ASIAN", "south Asian",
  "Argentine corn" (an adjective, unlike "Argentine's"), "trans-Siberian", "West German".
- "E.F. Hutton and Co." keeps the abbreviation's full stop, as "CBS Inc." in news_gold.
- The lower-case sign-off "reuter" is Reuters (ORG)."""

SPEC = {
    "bbc-business-059": [
        org("Worldcom", "worldcom"), org("WorldCom", "worldcom"), per("Bernie Ebbers"),
        per("Ebbers", "bernie-ebbers"), per("Ebber", "bernie-ebbers"), per("Cynthia Cooper"),
        per("Cooper", "cynthia-cooper"), *US, pl("Wall Street"), pl("New York"), org("Arthur Andersen"),
        org("Andersen", "arthur-andersen"), per("Scott Sullivan"), per("Sullivan", "scott-sullivan"), org("MCI", "mci"),
        org("Verizon Communications"),
    ],
    "bbc-business-150": [
        org("Elan"), org("Biogen Idec"), org("Biogen", "biogen-idec"), oth("Tysabri"), *US,
        org("New York Stock Exchange"), pl("Ireland"), oth("Avonex"), per("Ian Hunter"), org("Goodbody Stockbrokers"),
        pl("Dublin"), *UK, org("Phytopharm"), org("London Stock Exchange"), pl("Japan"),
        org("Yamanouchi Pharmaceutical"),
    ],
    "bbc-business-177": [
        *UK, org("Bradford & Bingley", "bradford-and-bingley"), org("B&B", "bradford-and-bingley"),
        org("George Wimpey"), org("Wimpey", "george-wimpey"), org("Council of Mortgage Lenders"),
        org("CML", "council-of-mortgage-lenders"), *US,
    ],
    "bbc-entertainment-143": [
        per("Blair", "tony-blair"), per("Tony Blair"), org("Band Aid 20"), org("Band Aid", "band-aid-20"),
        pl("Edinburgh"), *UK, org("HMV", "hmv"), per("Clive Smith"), per("Eminem"),
        oth("Do They Know it's Christmas?", "do-they-know-its-christmas"),
        oth("Do They Know It's Christmas", "do-they-know-its-christmas"), *US, pl("Los Angeles"), pl("New York"),
        per("Dido"), org("Coldplay"), per("Chris Martin"), pl("Atlantic"), org("U2", "u2"), per("Bono"),
        org("Universal", "universal-music"), pl("Europe"), pl("Asia"), pl("South America"), pl("Canada"),
        org("USA For Africa", "usa-for-africa"), oth("We Are The World", "we-are-the-world"), per("Lionel Richie"),
        per("Michael Jackson"), per("Quincy Jones"), oth("Grammy", "grammy-awards"), per("Dionne Warwick"),
        per("Diana Ross"), per("Tina Turner"), pl("Darfur"), pl("Sudan"), pl("Africa"),
    ],
    "bbc-entertainment-206": [
        org("MTV", "mtv"), oth("re:(?<=The )Osbournes", "osbournes-show"),
        per("re:(?<=the )Osbournes(?=')", "osbourne-family"), per("Ozzy Osbourne"), per("Ozzy", "ozzy-osbourne"),
        per("Osbourne", "ozzy-osbourne"), org("Black Sabbath"), oth("MTV Europe Awards"), pl("Rome"),
        per("Sharon", "sharon-osbourne"), per("Sharon Osbourne"), org("ITV1", "itv1"), oth("X-Factor", "x-factor"),
        per("Simon Cowell"), per("Louis Walsh"), pl("America", "united-states"), org("TV Guide", "tv-guide"),
        oth("Simpsons"), oth("This Is Spinal Tap"),
    ],
    "bbc-entertainment-312": [
        per("Smith", "will-smith"), *US, oth("Diary of a Mad Black Woman"), per("Will Smith"), per("Tyler Perry"),
        per("Perry", "tyler-perry"), oth("Hitch"), per("Keanu Reeves"), oth("Constantine"), oth("Hellblazer"),
        per("Wes Craven"), oth("Cursed"), pl("Los Angeles"), oth("Man of the House"), per("Tommy Lee Jones"),
        pl("Texas"), per("Clint Eastwood"), oth("Million Dollar Baby"), oth("Academy Awards", "oscars"),
        per("Martin Scorsese"), pl("Hollywood"), oth("Aviator"), oth("Oscars", "oscars"), per("Kimberly Elise"),
        per("Madea"), pl("America", "united-states"),
    ],
    "bbc-entertainment-342": [
        *US, per("Bach", "johann-sebastian-bach"), per("Johann Sebastian Bach"), oth("Wedding Cantata BWV 216"),
        per("Chieko Hara"), pl("Japan"), per("Joshua Rifkin"), per("Rifkin", "joshua-rifkin"),
        oth("Rubik's cube", "rubiks-cube"),
    ],
    "bbc-politics-074": [
        org("BNP", "british-national-party"), org("British National Party"), per("Nick Griffin"),
        per("Griffin", "nick-griffin"), org("BBC", "bbc"), pl("West Yorkshire"), per("John Tyndall"),
        per("Tyndall", "john-tyndall"), oth("Secret Agent"), pl("Leicester"), pl("Keighley"), pl("Brighton"),
        pl("Burnley"), pl("Lancashire"),
    ],
    "bbc-politics-243": [
        pl("Scotland"), *UK, org("Westminster"), per("Ross Finnie"), per("Finnie", "ross-finnie"), pl("Peterhead"),
        pl("Fraserburgh"), org("European Union"), org("Royal Commission"), pl("Aberdeen"), org("Royal Society"),
        org("Sea Fish Industry Authority"), per("Austin Mitchell"),
    ],
    "bbc-sport-120": [
        org("Barcelona", "fc-barcelona"), org("Barca", "fc-barcelona"), org("Atletico Madrid"),
        org("Athletico", "atletico-madrid"), per("Fernando Torres"), per("Torres", "fernando-torres"),
        per("Ronaldino"), org("Real Madrid"), org("Real", "real-madrid"), org("Espanyol"), org("Everton"),
        per("Thomas Gravesen"), per("Gravesen", "thomas-gravesen"), pl("Bernabeu"), per("Zinedine Zidane"),
        per("Zidane", "zinedine-zidane"), per("Raul"), per("David Beckham"), per("Sven-Goran Eriksson"),
        pl("England"), pl("Holland", "netherlands"), per("Michael Owen"), oth("Primera Liga"),
        per("Wanderley Luxemburgo"),
    ],
    "bbc-sport-355": [
        pl("Wales"), per("Williams", "martyn-williams"), per("Martyn Williams"), oth("RBS 6 Nations", "six-nations"),
        pl("England"), pl("Cardiff"), per("Mark Davies"), per("Davies", "mark-davies"), per("Colin Charvis"),
        per("Charvis", "colin-charvis"), pl("Millennium Stadium"), per("Mike Ruddock"),
        per("Ruddock", "mike-ruddock"), org("Wales Under-21", "wales-under-21"), per("Richie Pugh"),
        per("Pugh", "richie-pugh"), org("Cardiff Blues"), pl("France"), org("Neath-Swansea Ospreys"),
        per("Sonny Parker"), per("Sonny", "sonny-parker"),
    ],
    "bbc-sport-494": [
        per("Roche", "tony-roche"), per("Federer", "roger-federer"), per("Tony Roche"), per("Roger Federer"),
        pl("Melbourne"), org("Herald-Sun", "herald-sun"), oth("Australian Open"), per("Peter Lundgren"),
        oth("Davis Cup"), pl("Australia"), oth("French Open"), oth("Wimbledon", "wimbledon-championships"),
        oth("US Open", "us-open"), per("John Newcombe"), per("Ivan Lendl"), per("Pat Rafter"), oth("Grand Slam"),
        per("Lleyton Hewitt"), per("Andre Agassi"), per("Agassi", "andre-agassi"), per("Darren Cahill"),
        org("BBC", "bbc"), org("European Sports Journalists Association"),
    ],
    "bbc-tech-152": [
        oth("Auld Lang Syne"), *UK, org("Mobile Data Association"), org("MDA", "mobile-data-association"),
        per("Mike Short"), per("Short", "mike-short"), org("Jongleurs"), org("Good Pub Guide"), pl("London"),
    ],
    "bbc-tech-262": [
        *US, org("Federal Communications Commission", "fcc"), org("FCC", "fcc"), org("UN", "united-nations"),
        per("George W Bush"), *UK,
    ],
    "reuters-11450": [
        org("TREASURY", "us-treasury"), per("BAKER", "james-baker"), per("James Baker"),
        org("House Appropriations Committee"), *US,
    ],
    "reuters-12945": [
        org("OLIN", "olin"), org("Olin Corp", "olin"), org("Olin", "olin"), org("Rocket Research Company"),
        org("Pacific Electro Dynamics"),
    ],
    "reuters-13205": [
        org("PUBLISHERS EQUIPMENT", "publishers-equipment"), org("TRENTONIAN", "trentonian"),
        org("Publishers Equipment Corp", "publishers-equipment"), org("Tentonian", "trentonian"), org("Ingersoll"),
        pl("Trenton"), pl("N.J.", "new-jersey"),
    ],
    "reuters-14417": [
        org("CENTRAL BANCSHARES", "central-bancshares-of-the-south"),
        org("Central Bancshares of the South Inc", "central-bancshares-of-the-south"),
    ],
    "reuters-14454": [],
    "reuters-16656": [
        org("re:(?<!<)GAF(?!>| Corp)", "gaf"), org("BORG-WARNER", "borg-warner"), org("GAF Corp", "gaf"),
        org("Merrill Lynch Capital Partners"), org("Borg-Warner Corp", "borg-warner"), org("Borg-Warner"),
        org("Merrill Lynch", "merrill-lynch-capital-partners"), org("Merrill", "merrill-lynch-capital-partners"),
        org("Borg-warner", "borg-warner"),
    ],
    "reuters-16878": [
        org("AFFILIATED BANKSHARES", "affiliated-bankshares-of-colorado"),
        org("Affiliated Bankshares of Colorado Inc", "affiliated-bankshares-of-colorado"), per("Kent O. Olin"),
        per("Leo Hill"),
    ],
    "reuters-18371": [
        pl("RHINE", "rhine"), pl("Rhine"), pl("Karlsruhe"), pl("Speyer"), pl("Iffezheim"), per("Heinz-Josef Recker"),
        pl("Mannheim"), oth("Orinoko"),
    ],
    "reuters-18452": [
        org("BUNDESBANK", "bundesbank"), oth("ECU", "ecu"), org("Bundesbank"), oth("European Currency Unit", "ecu"),
        per("Gerhard Stoltenberg"), per("Karl Otto Poehl"), pl("Luxembourg"), pl("West Germany"),
        org("European Community"), *REUTER,
    ],
    "reuters-19744": [
        org("MAXTOR CORP", "maxtor"), org("Maxtor Corp", "maxtor"), org("Storage Dimensions Inc", "storage-dimensions"),
        org("Storage Dimensions"), org("Maxtor"), oth("IBM PCs", "ibm-pc"), oth("XTs", "ibm-pc-xt"),
        oth("ATs", "ibm-pc-at"), oth("SpeedStor", "speedstor"),
    ],
    "reuters-20526": [
        org("DEN NORSKE CREDITBANK", "den-norske-creditbank"), org("Den Norske Creditbank"),
        org("DNC", "den-norske-creditbank"), pl("Norway"), *REUTER,
    ],
    "reuters-20715": [
        org("SCHERING-PLOUGH CORP", "schering-plough"),
    ],
    "reuters-3792": [
        org("LICHT", "licht"), pl("Europe"), org("F.O. Licht", "licht"), org("Licht"), org("European Community"),
        pl("Western Europe"), pl("Eastern Europe"), pl("West Europe", "western-europe"), pl("Belgium"),
        pl("Luxembourg"), pl("Denmark"), pl("France"), pl("Greece"), pl("Ireland"), pl("Italy"), pl("Netherlands"),
        pl("Portugal"), pl("Spain"), pl("U.K.", "united-kingdom"), pl("West Germany"), pl("Austria"),
        pl("Finland"), pl("Sweden"), pl("Switzerland"), pl("Turkey"), pl("Yugoslavia"), pl("USSR", "soviet-union"),
        pl("Albania"), pl("Bulgaria"), pl("Czechoslovakia"), pl("East Germany"), pl("Hungary"), pl("Poland"),
        pl("Romania"), org("EC", "european-community"),
    ],
    "reuters-3927": [
        *US, pl("KANSAI AIRPORT", "kansai-airport"), org("Austin Co", "austin-co"), pl("Japan"),
        org("Kawasaki Heavy Industries Inc", "kawasaki-heavy-industries"),
        pl("re:(?<=airport at )Kansai", "kansai"), pl("Osaka"), org("Austin", "austin-co"),
        org("Kawasaki", "kawasaki-heavy-industries"), pl("Kansai", "kansai-airport"), org("reuter", "reuters"),
    ],
    "reuters-3949": [
        *US, pl("JAPAN", "japan"), pl("SOUTH KOREA", "south-korea"), pl("Japan"), pl("South Korea"),
        org("Agriculture Department", "usda"), oth("World Production and Trade Report"),
    ],
    "reuters-4894": [
        org("FRANKLIN RESOURCES", "franklin-resources"), org("Franklin Resources Inc", "franklin-resources"),
        org("Franklin Resources"),
    ],
    "reuters-5007": [
        org("BRITISH AIRWAYS", "british-airways"), pl("TOKYO", "tokyo"), org("British Airways"), pl("London"),
        pl("Tokyo"), pl("Siberia"), pl("USSR", "soviet-union"), pl("Heathrow"),
    ],
    "reuters-5374": [
        org("WTD INDUSTRIES", "wtd-industries"), org("WTD Industries Inc", "wtd-industries"),
        org("WTD", "wtd-industries"), org("Securities and Exchange Commission", "sec"),
        org("Kidder, Peabody and Co Inc", "kidder-peabody"),
    ],
    "reuters-5503": [
        org("EDWARD HINES LUMBER", "edward-hines-lumber"), org("Edward Hines Lumber Co", "edward-hines-lumber"),
    ],
    "reuters-5686": [
        org("ARMTEK", "armtek"), org("Condere Corp", "condere"), org("Armtek Corp", "armtek"), org("Armtek"),
        org("Condere"), org("S. and A. Truck Tire Sales and Service Corp", "s-and-a-truck-tire"),
        org("Sears Truck Tire Sales and Service Centers", "sears-truck-tire-centers"),
        org("Sears Roebuck and Co", "sears"), org("Armstrong Tire Co", "armstrong-tire"),
        org("Sears Centers", "sears-truck-tire-centers"),
    ],
    "reuters-6908": [
        org("ECHLIN", "echlin"), org("CHAMPION PARTS", "champion-parts-rebuilders"),
        org("Champion Parts Rebuilders Inc", "champion-parts-rebuilders"), org("Echlin Inc", "echlin"),
        org("Echlin"), org("Champion", "champion-parts-rebuilders"),
    ],
    "reuters-7906": [
        org("SEC", "sec"), *US, pl("NETHERLANDS", "netherlands"), per("Reagan", "ronald-reagan"), per("John Shad"),
        org("Securities and Exchange Commission", "sec"), pl("Netherlands"), org("White House"),
        per("Shad", "john-shad"), pl("Wall Street"), org("E.F. Hutton and Co.", "e-f-hutton"),
        per("L. Paul Bremer", "l-paul-bremer"), org("State Department", "us-state-department"),
        per("Sol Polansky"), pl("Bulgaria"), per("Polansky", "sol-polansky"), pl("Moscow"), pl("Poland"),
        pl("East Germany"), pl("Austria"), org("Senate", "us-senate"),
    ],
    "reuters-8131": [
        org("EXXON", "exxon"), org("Exxon Corp", "exxon"), per("Donald McIvor"), per("McIvor", "donald-mcivor"),
        pl("Middle East"), org("Australian Petroleum Exploration Association"),
        org("APEA", "australian-petroleum-exploration-association"), *REUTER,
    ],
    "reuters-8383": [
        per("HAHN", "carl-hahn"), org("VW", "volkswagen"), org("Volkswagen AG", "volkswagen"), per("Carl Hahn"),
    ],
    "reuters-9211": [
        org("BANK OF THAILAND", "bank-of-thailand"), org("Bank of Thailand"),
        org("Finance Ministry", "thai-finance-ministry"), *REUTER,
    ],
    "reuters-9666": [
        org("SDC SYDNEY", "sdc-sydney-development"), org("SDC Sydney Development Corp", "sdc-sydney-development"),
        per("Walter Steel"), per("Donald Michelin"), per("Steel", "walter-steel"),
        org("Alexis Nihon Investments Inc", "alexis-nihon-investments"),
        org("SDC Sydney", "sdc-sydney-development"), per("Michelin", "donald-michelin"),
        org("Alexis Nihon", "alexis-nihon-investments"),
    ],
}


# Pairs of entity ids (both annotated above) that share a word or look alike but are different
# things (e.g. a person and a company named after him, a city and a club named after it, two
# people with one surname, a country and its capital).
MUST_NOT_MERGE = [
    # one name or word, two things
    ["will-smith", "clive-smith"], ["ozzy-osbourne", "sharon-osbourne"], ["ozzy-osbourne", "osbourne-family"],
    ["osbournes-show", "osbourne-family"], ["mtv", "mtv-europe-awards"], ["itv1", "mtv"],
    ["tyler-perry", "madea"], ["clint-eastwood", "million-dollar-baby"], ["grammy-awards", "oscars"],
    ["band-aid-20", "usa-for-africa"], ["band-aid-20", "do-they-know-its-christmas"],
    ["do-they-know-its-christmas", "we-are-the-world"], ["chris-martin", "coldplay"],
    ["michael-owen", "michael-jackson"], ["tony-blair", "tony-roche"], ["john-tyndall", "john-newcombe"],
    ["johann-sebastian-bach", "wedding-cantata-bwv-216"], ["johann-sebastian-bach", "joshua-rifkin"],
    ["nick-griffin", "john-tyndall"], ["british-national-party", "bbc"], ["secret-agent", "bbc"],
    ["royal-commission", "royal-society"], ["austin-mitchell", "austin-co"],
    ["real-madrid", "atletico-madrid"], ["fc-barcelona", "espanyol"], ["zinedine-zidane", "thomas-gravesen"],
    ["mark-davies", "martyn-williams"], ["richie-pugh", "sonny-parker"], ["wales", "wales-under-21"],
    ["australian-open", "us-open"], ["french-open", "us-open"], ["wimbledon-championships", "us-open"],
    ["andre-agassi", "darren-cahill"], ["tony-roche", "roger-federer"],
    ["mobile-data-association", "mike-short"], ["jongleurs", "good-pub-guide"],
    ["united-states", "united-nations"], ["fcc", "sec"], ["george-wimpey", "george-w-bush"],
    ["bradford-and-bingley", "george-wimpey"], ["bradford-and-bingley", "council-of-mortgage-lenders"],
    ["worldcom", "mci"], ["mci", "verizon-communications"], ["bernie-ebbers", "scott-sullivan"],
    ["cynthia-cooper", "arthur-andersen"], ["elan", "biogen-idec"], ["tysabri", "avonex"],
    ["biogen-idec", "avonex"], ["phytopharm", "yamanouchi-pharmaceutical"],
    ["new-york-stock-exchange", "london-stock-exchange"],
    ["us-treasury", "house-appropriations-committee"], ["james-baker", "us-treasury"],
    ["olin", "kent-o-olin"], ["olin", "rocket-research-company"], ["rocket-research-company", "pacific-electro-dynamics"],
    ["publishers-equipment", "trentonian"], ["trentonian", "ingersoll"],
    ["affiliated-bankshares-of-colorado", "central-bancshares-of-the-south"], ["kent-o-olin", "leo-hill"],
    ["gaf", "borg-warner"], ["merrill-lynch-capital-partners", "gaf"], ["rhine", "orinoko"],
    ["ecu", "european-community"], ["gerhard-stoltenberg", "karl-otto-poehl"],
    ["maxtor", "storage-dimensions"], ["storage-dimensions", "speedstor"], ["ibm-pc", "ibm-pc-xt"],
    ["ibm-pc-xt", "ibm-pc-at"], ["ibm-pc", "ibm-pc-at"], ["west-germany", "east-germany"],
    ["western-europe", "eastern-europe"], ["europe", "western-europe"], ["europe", "eastern-europe"],
    ["europe", "european-community"], ["european-community", "european-union"], ["belgium", "luxembourg"],
    ["kansai", "kansai-airport"], ["austin-co", "kawasaki-heavy-industries"],
    ["usda", "world-production-and-trade-report"], ["wtd-industries", "kidder-peabody"],
    ["sears", "sears-truck-tire-centers"], ["s-and-a-truck-tire", "sears-truck-tire-centers"],
    ["armtek", "armstrong-tire"], ["armtek", "condere"], ["echlin", "champion-parts-rebuilders"],
    ["john-shad", "sol-polansky"], ["sec", "us-state-department"], ["e-f-hutton", "john-shad"],
    ["us-senate", "white-house"], ["exxon", "australian-petroleum-exploration-association"],
    ["carl-hahn", "volkswagen"], ["bank-of-thailand", "thai-finance-ministry"],
    ["walter-steel", "donald-michelin"], ["donald-michelin", "donald-mcivor"],
    ["alexis-nihon-investments", "sdc-sydney-development"],
    # an organisation, team, work or event named after a place, or a place inside a name
    ["cardiff", "cardiff-blues"], ["cardiff", "millennium-stadium"], ["real-madrid", "bernabeu"],
    ["australia", "australian-open"], ["melbourne", "australian-open"], ["melbourne", "herald-sun"],
    ["united-states", "us-open"], ["france", "french-open"], ["europe", "mtv-europe-awards"],
    ["united-states", "usa-for-africa"], ["africa", "usa-for-africa"], ["new-york", "new-york-stock-exchange"],
    ["london", "london-stock-exchange"], ["ireland", "elan"], ["trentonian", "trenton"],
    ["trenton", "new-jersey"], ["den-norske-creditbank", "norway"], ["bundesbank", "west-germany"],
    ["los-angeles", "hollywood"], ["kansai", "osaka"], ["japan", "kawasaki-heavy-industries"],
    ["siberia", "soviet-union"], ["london", "heathrow"], ["wall-street", "new-york"],
    ["scotland", "united-kingdom"], ["westminster", "united-kingdom"], ["west-yorkshire", "lancashire"],
    ["united-states", "fcc"], ["united-states", "usda"], ["darfur", "sudan"], ["karlsruhe", "mannheim"],
    # a capital or government seat is not its country
    ["white-house", "united-states"], ["dublin", "ireland"], ["tokyo", "japan"], ["moscow", "soviet-union"],
]
