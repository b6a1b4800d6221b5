"""Hand annotation of news_gold14 (see build_news_gold14.py): made blind, by reading the text,
by one annotator, with no extractor output in sight. It follows NEWS_NOTES and the DECISIONS
of news_gold3_spec.py, news_gold4_spec.py, news_gold5_spec.py, news_gold6_spec.py,
news_gold7_spec.py, news_gold8_spec.py, news_gold9_spec.py, news_gold10_spec.py,
news_gold11_spec.py, news_gold12_spec.py and news_gold13_spec.py; the new choices taken
beyond those are listed in DECISIONS below."""
from build_news_gold import REUTER, UK, US, org, oth, per, pl

DECISIONS = """\
- "Brent" before a lower-case "crude" is the named benchmark blend (OTHER brent), as news_gold8
  types "Libor", "crude" outside the span; "US crude" holds US (a place name as a modifier).
  "western Europe" is news_gold8's region with a lower-case qualifier (one PLACE, id
  western-europe); "the north east of America" holds America only (united-states).
- A lower-case quoted epithet given to a person ("Dubbed 'le cost killer'") is not a mention,
  as news_gold6 says for a lower-case nickname of a rule; the capitalised nicknames of
  news_gold7 and news_gold12 are.
- Retail chains and lenders named as companies are ORG, each its own id, as written ("Big Food"
  for the Big Food Group, "Body Shop", "Marks & Spencer", "Nationwide", "Halifax" the lender,
  not the town); "High Street" before "retailers" is news_gold12's PLACE high-street.
- Bafta interactive awards: "Bafta" in the headline "for Bafta awards" is the interactive awards
  (bafta-interactive-awards, news_gold6); "Sport Interactive" is the short name of BBC Sport
  Interactive (OTHER, news_gold6's id); "the BBC's Olympics", an award entry named by the event
  it covered, is the event (the 2004 games, athens-olympics), as news_gold6 keeps a band on its
  DVD; "iCan" (a BBC site) and "Uncle Roy All Around You" are a service and a work (OTHER);
  "Radio Times" is a magazine (ORG); "Science Museum" an institution (ORG, news_gold9). The
  lower-case "interactive committee" holds no mention.
- Characters of a novel or film ("Robert Langdon", "Indiana Jones") are PERSON (news_gold4);
  "Da Vinci" in the headline "Da Vinci film" is news_gold9's da-vinci-code; "Harvard" before a
  lower-case "professor" is the university (ORG harvard-university); "Angels and Demons" (a
  book), "Splash" and "Apollo 13" (films) are works (OTHER).
- Trade unions are ORG ("Unison", "Amicus"; "Transport and General Workers' Union" keeps its
  apostrophe inside the span); "BBC labour affairs correspondent" holds BBC only, the lower-case
  "labour" being no party.
- A stand named after a person ("Matthew Harding stand") keeps the person (PERSON), as
  news_gold13 does for an inquiry called after a person. Club nicknames are the clubs ("Blues"
  Chelsea, "Hammers" West Ham, "Pompey" Portsmouth, "Saints" Southampton), as news_gold6 says;
  "Southampton" and "Coventry" naming the clubs a manager managed are ORG (southampton-fc,
  coventry-city); "St Mary's" (the "'s" part of the name), "Fratton Park" and "Upton Park" are
  stadiums (PLACE); "Premiership" is the Premier League (OTHER premier-league); "Scotland
  international" holds Scotland (news_gold9's "Norway international"); "The Scot" and "English
  banter" are demonyms.
- Rugby: "Wallabies", the Australian union side's nickname not written as the country, is an
  ORG (wallabies), as news_gold7's "Lions"; "the Aussies" is a demonym; "Ashes", the rugby
  league series, is OTHER; "BBC Sport Wales" is one ORG span (a BBC division, news_gold7),
  Wales inside it not annotated separately; the bare "Jones" is the Jones the sentence speaks
  of where two are named in full (ryan-jones).
- Tennis: "Melbourne" in the headline "to miss Melbourne" stands for the Australian Open held
  there (news_gold3's city standing for an event), while "champion in Melbourne" stays the city
  (news_gold8's "in Paris"); "Justin Henin-Hardenne" is a slip marked as written
  (justine-henin-hardenne); "Advanta Championships" is an event (OTHER); "Wimbledon champion"
  holds the championships; the lower-case "grand slam" is no mention.
- EU: "EC", spelt out as "European Commission (EC)" in the article, is the Commission there
  (european-commission), also in "EC President", not the European Community; "Council of
  Ministers", the capitalised "the Council" and "European Council", used for the body that
  adopts the draft directive, are one ORG (council-of-ministers); the capitalised "the
  Parliament" is the European Parliament and the lower-case "parliament" no mention; "Jos&#233;
  Manuel Barroso" is marked as written, the HTML escape inside the span; "French Green MEP"
  holds none.
- "Senate Budget Chairman Lawton Chiles" is a role fused to the committee's short name and holds
  only the person, as NEWS_NOTES' "House Speaker" and news_gold7's "Committee Chairman";
  "White House Budget Chief" holds White House (a full name before a role); "House vote" and
  "House-passed" hold the House (us-house-of-representatives); "President Regan" is a slip for
  Reagan (ronald-reagan, news_gold9); "Senate Republicans" holds Senate and "Republicans", the
  party named as a noun (ORG republican-party), as news_gold8's "the Tories".
- "the Association's co-chairman" stands for the International Swap Dealers Association (a
  capitalised short name, news_gold6); "Japsper" is a slip for Thomas Jasper, marked as
  written; "U.S. Federal Reserve Board" is split (U.S.; Federal Reserve Board).
- Aircraft models written as a plural with an apostrophe ("727-100's", "L-1011's", "A300's")
  are marked without the "'s" (OTHER: boeing-727, lockheed-l-1011, news_gold2's airbus-a300);
  "<Airbus Industrie>" is the maker (ORG airbus).
- "PL 480", the U.S. food aid law under which cotton is bought, is OTHER (pl-480), like a law.
- An enzyme or disease named with capitals ("Adenosine Deaminase", "ADA", "Bubble Boy
  Disease", "PRV") is not a mention (news_gold4, news_gold9), while the named drug "PEG-ADA" is
  one OTHER span (one name, not two hyphen-joined names).
- "Broker's Choice" keeps its "'s" inside the name, as news_gold13's "Guernsey's Auction
  House". "First Amer-Cable Corp" is a slip for First Ameri-Cable Corp, marked as written with
  its id; the Series A and B units hold no mention.
- "Der Speigel" keeps its German article (only an English leading "the" is dropped) and is a
  slip for Der Spiegel, marked as written (ORG der-spiegel); "Korczag" is a slip for Laszlo
  Karczag; "National Bank" before "managing director" and "Hungarian National Bank" stand for
  the National Bank of Hungary (the demonym inside the name, as news_gold8's "Philippine
  Congress"); the headline's "HUNGARIAN BANK" holds none.
- "Central Bank" is the central bank of the country in the story ("Central Bank governor" in an
  Indonesian story is Bank Indonesia; philippine-central-bank in a Philippine one);
  "Inter-Governmental Group on Indonesia" is one ORG span (IGGI), the country inside not
  annotated separately.
- "American Pork Congress", a yearly meeting that "kicks off", is an event (OTHER), and the
  capitalised "the three day Congress" stands for it; the lower-case "the congress" does not.
- "South African Finance Ministry" holds the ministry only ("Finance Ministry",
  south-african-finance-ministry), the demonym outside, as GUIDELINES' "Georgian government"
  and NEWS_NOTES' "Thailand's Commerce Ministry"; news_gold8's "Philippine Congress" is a
  legislature's own name.
- A newspaper and the company that publishes it are distinct ORGs: the headline's "DAILY
  TELEGRAPH" (a party to the deal), "The Daily Telegraph PLC", "the Telegraph's ... subsidiary"
  and "Telegraph costs" are the company (daily-telegraph-plc); "editions of the Telegraph" is
  the paper (daily-telegraph); "The Sun" is "Sun" (the-sun). A place name before a lower-case
  noun stays the place ("Washington office building")."""

SPEC = {
    "bbc-business-138": [
        pl("North Atlantic"), *US, pl("New York"), org("Opec", "opec"), oth("Brent", "brent"), pl("London"),
        pl("western Europe", "western-europe"), pl("America", "united-states"), per("Victor Shum"),
        pl("Singapore"), org("Purvin and Gertz"), pl("Asia"), per("Fathi Bin Shatwan"), pl("Libya"), *REUTER,
    ],
    "bbc-business-170": [
        *UK, org("Office of the Deputy Prime Minister"), org("ODPM", "office-of-the-deputy-prime-minister"),
        org("Land Registry"), pl("Northern Ireland"), org("Nationwide"), org("Halifax"),
    ],
    "bbc-business-216": [
        org("Nissan"), per("Carlos Ghosn"), per("Ghosn", "carlos-ghosn"), org("Renault"), per("Toshiyuki Shiga"),
        per("Shiga", "toshiyuki-shiga"), pl("Japan"), pl("Asia"), pl("Australasia"), pl("China"),
        pl("North America"),
    ],
    "bbc-business-481": [
        *UK, org("Office for National Statistics"), org("ONS", "office-for-national-statistics"),
        org("Bank of England"), per("Mervyn King"), pl("High Street"), org("Morrisons"), org("Woolworths"),
        org("House of Fraser"), org("Marks & Spencer", "marks-and-spencer"), org("Big Food", "big-food-group"),
        org("British Retail Consortium", "brc"), org("HMV", "hmv"), org("Monsoon"), org("Jessops"),
        org("Body Shop"), org("Tesco"), org("Investec"), per("Philip Shaw"), per("Shaw", "philip-shaw"),
    ],
    "bbc-entertainment-098": [
        oth("Da Vinci", "da-vinci-code"), per("Tom Hanks"), per("Ron Howard"), oth("Da Vinci Code"),
        per("Dan Brown"), org("Sony Pictures"), per("Hanks", "tom-hanks"), per("Robert Langdon"),
        per("Howard", "ron-howard"), per("Brian Grazer"), oth("Splash"), oth("Apollo 13"), pl("Hollywood"),
        per("Brown", "dan-brown"), *UK, *US, oth("Holy Grail"), org("Harvard", "harvard-university"),
        per("Indiana Jones"), oth("Angels and Demons"),
    ],
    "bbc-entertainment-220": [
        oth("re:Bafta(?= awards)", "bafta-interactive-awards"), org("BBC", "bbc"),
        oth("Bafta Interactive Awards", "bafta-interactive-awards"), org("Radio Times"),
        oth("Sport Interactive", "bbc-sport-interactive"), oth("Euro 2004", "euro-2004"), org("Guardian"),
        org("National Theatre"), org("MTV", "mtv"), org("Science Museum"), org("London Stock Exchange"),
        per("Grant Dean"), oth("Shaun of the Dead"), org("Oasis"), oth("Definitely Maybe"),
        oth("Really Bend It Like Beckham"), oth("Chaplin Collection"), oth("Day Today"), org("ITV", "itv"),
        oth("Great British Spelling Test"), oth("Olympics", "athens-olympics"), oth("Spooks Interactive"),
        oth("Tour de France"), *US, oth("iCan", "ican"), org("Nottingham University"),
        oth("Uncle Roy All Around You"), org("British Academy of Film and Television", "bafta"),
    ],
    "bbc-politics-069": [
        per("John Prescott"), per("Prescott", "john-prescott"), org("Labour", "labour-party"), pl("Gateshead"),
        org("BBC", "bbc"), per("Stephen Cape"), *UK, org("Unison"), org("Public and Commercial Services Union", "pcs"),
        org("PCS", "pcs"), per("Mark Serwotka"), org("Transport and General Workers' Union", "tgwu"),
        org("Amicus"),
    ],
    "bbc-sport-197": [
        org("FA", "football-association"), oth("Carling Cup"), org("Chelsea"), org("West Ham", "west-ham-united"),
        org("Blues", "chelsea"), per("Mateja Kezman"), per("Kezman", "mateja-kezman"), per("Steve Clarke"),
        per("Alan Pardew"), org("Hammers", "west-ham-united"), per("Joe Cole"), per("Frank Lampard"),
        per("Lampard", "frank-lampard"), pl("Upton Park"), per("Matthew Harding"), org("Scotland Yard"),
        org("Millwall"), org("Liverpool", "liverpool-fc"),
    ],
    "bbc-sport-270": [
        per("Strachan", "gordon-strachan"), org("Pompey", "portsmouth-fc"), org("Southampton", "southampton-fc"),
        per("Gordon Strachan"), org("Portsmouth", "portsmouth-fc"), per("Milan Mandaric"), per("Harry Redknapp"),
        pl("Fratton Park"), org("Saints", "southampton-fc"), org("BBC", "bbc"), per("Terry Brady"), pl("Scotland"),
        per("Redknapp", "harry-redknapp"), per("Velimir Zajec"), per("Joe Jordan"), org("Arsenal"),
        oth("Premiership", "premier-league"), pl("St Mary's", "st-marys"), org("Coventry", "coventry-city"),
    ],
    "bbc-sport-304": [
        pl("Wales"), per("Sonny Parker"), per("Ryan Jones"), pl("Italy"), per("Parker", "sonny-parker"),
        pl("England"), per("Tom Shanklin"), per("Jones", "ryan-jones"), per("Colin Charvis"), per("Mike Ruddock"),
        per("Gavin Henson"), pl("Rome"), oth("Six Nations"), per("Stephen Jones"), per("Henson", "gavin-henson"),
        per("Gavin", "gavin-henson"), org("BBC Sport Wales"),
    ],
    "bbc-sport-370": [
        per("Robinson", "jason-robinson"), per("Jason Robinson"), pl("England"), pl("Australia"), pl("Twickenham"),
        pl("Great Britain", "united-kingdom"), *UK, oth("Tri-Nations"), pl("Canada"), pl("South Africa"),
        org("Wallabies"), pl("Elland Road"), oth("Ashes"), pl("Leeds"),
    ],
    "bbc-sport-393": [
        org("Bath", "bath-rugby"), per("Tindall", "mike-tindall"), per("Mike Tindall"), pl("England"),
        per("Dipo Alli"), per("Alli", "dipo-alli"), per("Mike", "mike-tindall"), oth("Six Nations"), org("Guardian"),
        per("Andrew Brownsword"), per("Brownsword", "andrew-brownsword"),
    ],
    "bbc-sport-467": [
        per("Capriati", "jennifer-capriati"), oth("re:(?<=miss )Melbourne", "australian-open"),
        per("Jennifer Capriati"), oth("Australian Open"), per("Justin Henin-Hardenne", "justine-henin-hardenne"),
        per("Kim Clijsters"), pl("Melbourne"), oth("Advanta Championships"), pl("Philadelphia"),
        oth("Wimbledon", "wimbledon-championships"), per("Maria Sharapova"), oth("Sydney International"),
    ],
    "bbc-tech-048": [
        org("EU", "european-union"), org("European Commission"), org("EC", "european-commission"),
        org("Council of Ministers", "council-of-ministers"), per("Jos&#233; Manuel Barroso", "jose-manuel-barroso"),
        org("European Parliament"), per("Josep Borrell"), org("Commission", "european-commission"),
        org("Parliament", "european-parliament"), org("Council", "council-of-ministers"),
        org("European Council", "council-of-ministers"), per("Alain Lipietz"), *US, org("Amazon.com", "amazon-com"),
        pl("Europe"),
    ],
    "reuters-10634": [
        pl("CHINA", "china"), pl("China"), per("Tian Jiyun"), *REUTER,
    ],
    "reuters-12616": [
        org("FMI FINANCIAL CORP", "fmi-financial"), org("American Cellular Telephone Corp", "american-cellular-telephone"),
        pl("Washington"),
    ],
    "reuters-12737": [
        pl("JAPAN", "japan"), *US, per("Mutsuki Kato"), per("Richard Lyng"), per("Lyng", "richard-lyng"),
        pl("Tokyo"), per("Kato", "mutsuki-kato"), per("Shintaro Abe"), org("Liberal Democratic Party"), *REUTER,
    ],
    "reuters-12916": [
        org("SENATE", "us-senate"), *US, org("White House"), per("James Miller"), org("Senate Budget Committee"),
        org("Interstate Commerce Commission", "icc"), org("ICC", "icc"), per("Lawton Chiles"), pl("Fla.", "florida"),
        per("Miller", "james-miller"), per("Chiles", "lawton-chiles"), org("House Budget Committee"),
        org("House", "us-house-of-representatives"), per("Regan", "ronald-reagan"),
    ],
    "reuters-1421": [
        org("International Swap Dealers Association", "isda"), per("Thomas Jasper"),
        org("Association", "isda"), per("Japsper", "thomas-jasper"), per("Kenneth McCormick"), org("ISDA", "isda"),
        org("Kleinwort Benson Cross Financing Inc", "kleinwort-benson-cross-financing"), org("Bank of England"),
        *US, org("Federal Reserve Board"), per("McCormick", "kenneth-mccormick"), pl("U.K.", "united-kingdom"),
        *REUTER,
    ],
    "reuters-16841": [
        org("TEXAS AIR", "texas-air"), org("Texas Air Corp", "texas-air"), org("Eastern Airlines"), pl("Miami"),
        pl("Boston"), org("Boeing Co", "boeing"), oth("727-100", "boeing-727"), org("Lockheed Corp", "lockheed"),
        oth("L-1011", "lockheed-l-1011"), org("Airbus Industrie", "airbus"), oth("A300", "airbus-a300"),
        org("Continental Airlines"), org("Texas Air", "texas-air"),
    ],
    "reuters-17421": [
        pl("BANGLADESH", "bangladesh"), oth("PL 480", "pl-480"), org("USDA", "usda"), pl("Bangladesh"), *US,
        org("Agriculture Department", "usda"),
    ],
    "reuters-18762": [
        org("CRANE", "crane-co"), org("MOODY'S", "moodys"), org("Moody's Investors Service Inc", "moodys"),
        org("Crane Co", "crane-co"), org("Moody's", "moodys"), org("Crane", "crane-co"),
    ],
    "reuters-19163": [
        per("REAGAN", "ronald-reagan"), per("Reagan", "ronald-reagan"), org("House", "us-house-of-representatives"),
        org("White House"), org("Senate", "us-senate"), org("Republicans", "republican-party"),
    ],
    "reuters-19275": [
        pl("SASKATCHEWAN", "saskatchewan"), pl("Saskatchewan"), org("Saskatchewan Wheat Pool"),
    ],
    "reuters-19303": [
        org("AMITY BANCORP INC", "amity-bancorp"), org("Amity Bancorp Inc", "amity-bancorp"), org("Amity Bank"),
    ],
    "reuters-2036": [
        org("ENZON", "enzon"), org("Enzon Inc", "enzon"), oth("PEG-ADA", "peg-ada"), org("Enzon"),
        org("Duke University"), org("New England Journal of Medicine"), per("Michael Hershfield"),
        per("Rebecca Buckley"),
    ],
    "reuters-2335": [
        org("LTX CORP", "ltx"),
    ],
    "reuters-2906": [
        org("Semiconductor Industry Association", "sia"), *US, per("Andrew Procassini"), per("Edward White"),
        org("E.F. Hutton Group Inc", "ef-hutton-group"), per("Michael Gumport"), per("Gumport", "michael-gumport"),
        org("Drexel Burnham Lambert Inc", "drexel-burnham-lambert"),
    ],
    "reuters-2946": [
        org("BROKER'S CHOICE", "brokers-choice-capital"), org("RUBBERTECH", "rubbertech"),
        org("Broker's Choice Capital Inc", "brokers-choice-capital"), org("Rubbertech Inc", "rubbertech"),
        org("Broker's Choice", "brokers-choice-capital"),
    ],
    "reuters-3493": [
        *US, org("Bank Indonesia"), org("Central Bank", "bank-indonesia"), per("Arifin Siregar"), pl("Indonesia"),
        org("Inter-Governmental Group on Indonesia", "iggi"), org("IGGI", "iggi"), *REUTER,
    ],
    "reuters-4186": [
        org("FIRST AMERI-CABLE", "first-ameri-cable"), org("First Ameri-Cable Corp", "first-ameri-cable"),
        org("First Ameri-Cable Income Fund Ltd", "first-ameri-cable-income-fund"),
        org("Securities and Exchange Commission", "sec"), org("First Ameri-Cable", "first-ameri-cable"),
        org("First Ameri-Cable Income Fund", "first-ameri-cable-income-fund"),
        org("First Cable Securities Corp", "first-cable-securities"),
        org("First Amer-Cable Corp", "first-ameri-cable"),
    ],
    "reuters-453": [
        org("COMMERZBANK", "commerzbank"), org("Commerzbank Overseas Finance NV", "commerzbank-overseas-finance"),
        org("Samuel Montagu and Co Ltd", "samuel-montagu"), org("Commerzbank AG", "commerzbank"), pl("London"),
        *REUTER,
    ],
    "reuters-5267": [
        org("VW", "volkswagen"), org("National Bank of Hungary"), org("Volkswagen AG", "volkswagen"),
        org("National Bank", "national-bank-of-hungary"), per("Laszlo Karczag"), *REUTER,
        org("Volkswagen", "volkswagen"), per("Karczag", "laszlo-karczag"), org("Der Speigel", "der-spiegel"),
        org("Hungarian National Bank", "national-bank-of-hungary"), per("Korczag", "laszlo-karczag"),
    ],
    "reuters-5898": [
        org("MICROBILT CORP", "microbilt"),
    ],
    "reuters-6663": [
        org("NOBLE BROADCAST GROUP", "noble-broadcast-group"), org("Noble Broadcast Group Inc", "noble-broadcast-group"),
        org("Securities and Exchange Commission", "sec"), org("PaineWebber Inc", "painewebber"),
    ],
    "reuters-6970": [
        pl("PHILIPPINES", "philippines"), pl("Philippines"), org("Central Bank", "philippine-central-bank"), *REUTER,
    ],
    "reuters-798": [
        oth("AMERICAN PORK CONGRESS", "american-pork-congress"), oth("American Pork Congress"), pl("Indianapolis"),
        org("National Pork Producers Council", "nppc"), org("NPPC", "nppc"),
        oth("Congress", "american-pork-congress"),
    ],
    "reuters-8084": [
        pl("INDONESIA", "indonesia"), pl("Indonesia"), per("Achmad Tahir"), pl("Cape Canaveral"), pl("Florida"),
        per("Tahir", "achmad-tahir"), org("Antara"), *REUTER,
    ],
    "reuters-8819": [
        pl("SOUTH AFRICA", "south-africa"), pl("South Africa"), org("Standstill Coordinating Committee"),
        org("SCC", "standstill-coordinating-committee"), org("Finance Ministry", "south-african-finance-ministry"),
        *REUTER,
    ],
    "reuters-9668": [
        org("DAILY TELEGRAPH", "daily-telegraph-plc"), org("NEWS INTERNATIONAL", "news-international"),
        org("Hollinger Inc", "hollinger"), org("Daily Telegraph PLC", "daily-telegraph-plc"), pl("London"),
        pl("Manchester"), pl("England"), org("News International PLC", "news-international"),
        org("News International"), org("re:Telegraph(?='s)", "daily-telegraph-plc"),
        org("Trafford Park Printing Ltd", "trafford-park-printing"), org("re:Telegraph(?= and)", "daily-telegraph"),
        org("Sunday Telegraph"), org("Sun", "the-sun"), org("News of the World"),
        org("re:Telegraph(?= costs)", "daily-telegraph-plc"), org("Hollinger"),
    ],
}


# Pairs of entity ids (both annotated above) that share a word or look alike but are different
# things (e.g. a person and a company named after him, a city and an organisation named after
# it, two people with one name, a country and its capital).
MUST_NOT_MERGE = [
    # one name or word, two things
    ["daily-telegraph-plc", "daily-telegraph"], ["daily-telegraph", "sunday-telegraph"],
    ["daily-telegraph-plc", "trafford-park-printing"], ["hollinger", "daily-telegraph-plc"],
    ["news-international", "news-of-the-world"], ["the-sun", "sunday-telegraph"],
    ["first-ameri-cable", "first-ameri-cable-income-fund"], ["first-ameri-cable", "first-cable-securities"],
    ["first-cable-securities", "first-ameri-cable-income-fund"], ["commerzbank", "commerzbank-overseas-finance"],
    ["samuel-montagu", "commerzbank"], ["amity-bancorp", "amity-bank"], ["brokers-choice-capital", "rubbertech"],
    ["noble-broadcast-group", "painewebber"], ["crane-co", "moodys"], ["enzon", "peg-ada"],
    ["duke-university", "new-england-journal-of-medicine"], ["michael-hershfield", "rebecca-buckley"],
    ["sia", "ef-hutton-group"], ["ef-hutton-group", "drexel-burnham-lambert"],
    ["andrew-procassini", "edward-white"], ["michael-gumport", "edward-white"],
    ["texas-air", "eastern-airlines"], ["eastern-airlines", "continental-airlines"],
    ["texas-air", "continental-airlines"], ["boeing", "boeing-727"], ["lockheed", "lockheed-l-1011"],
    ["airbus", "airbus-a300"], ["boeing-727", "airbus-a300"], ["pl-480", "usda"],
    ["isda", "kleinwort-benson-cross-financing"], ["bank-of-england", "federal-reserve-board"],
    ["thomas-jasper", "kenneth-mccormick"], ["us-senate", "senate-budget-committee"],
    ["senate-budget-committee", "house-budget-committee"], ["us-house-of-representatives", "house-budget-committee"],
    ["us-house-of-representatives", "us-senate"], ["white-house", "us-house-of-representatives"],
    ["icc", "white-house"], ["james-miller", "lawton-chiles"], ["ronald-reagan", "james-miller"],
    ["ronald-reagan", "republican-party"], ["republican-party", "us-senate"], ["mutsuki-kato", "shintaro-abe"],
    ["richard-lyng", "mutsuki-kato"], ["volkswagen", "national-bank-of-hungary"], ["der-spiegel", "volkswagen"],
    ["laszlo-karczag", "national-bank-of-hungary"], ["bank-indonesia", "philippine-central-bank"],
    ["iggi", "bank-indonesia"], ["arifin-siregar", "achmad-tahir"], ["american-pork-congress", "nppc"],
    ["standstill-coordinating-committee", "south-african-finance-ministry"],
    ["saskatchewan-wheat-pool", "nppc"], ["american-cellular-telephone", "fmi-financial"],
    ["carlos-ghosn", "toshiyuki-shiga"], ["nissan", "renault"],
    ["office-of-the-deputy-prime-minister", "land-registry"], ["nationwide", "halifax"],
    ["office-for-national-statistics", "office-of-the-deputy-prime-minister"],
    ["office-for-national-statistics", "bank-of-england"], ["brc", "office-for-national-statistics"],
    ["mervyn-king", "philip-shaw"], ["marks-and-spencer", "house-of-fraser"], ["morrisons", "woolworths"],
    ["tesco", "big-food-group"], ["hmv", "monsoon"], ["jessops", "body-shop"], ["investec", "bank-of-england"],
    ["opec", "purvin-and-gertz"], ["victor-shum", "fathi-bin-shatwan"], ["brent", "opec"],
    ["tom-hanks", "ron-howard"], ["dan-brown", "da-vinci-code"], ["robert-langdon", "tom-hanks"],
    ["indiana-jones", "robert-langdon"], ["holy-grail", "da-vinci-code"], ["splash", "apollo-13"],
    ["angels-and-demons", "da-vinci-code"], ["brian-grazer", "ron-howard"], ["sony-pictures", "da-vinci-code"],
    ["harvard-university", "indiana-jones"], ["bafta", "bafta-interactive-awards"],
    ["bbc", "bbc-sport-interactive"], ["spooks-interactive", "bbc-sport-interactive"], ["radio-times", "bbc"],
    ["guardian", "radio-times"], ["national-theatre", "science-museum"], ["itv", "great-british-spelling-test"],
    ["mtv", "itv"], ["athens-olympics", "euro-2004"], ["tour-de-france", "euro-2004"], ["ican", "bbc"],
    ["nottingham-university", "uncle-roy-all-around-you"], ["oasis", "definitely-maybe"],
    ["shaun-of-the-dead", "day-today"], ["chaplin-collection", "really-bend-it-like-beckham"],
    ["grant-dean", "bafta"], ["labour-party", "unison"], ["pcs", "unison"], ["tgwu", "amicus"],
    ["mark-serwotka", "pcs"], ["john-prescott", "stephen-cape"], ["bbc", "bbc-sport-wales"],
    ["chelsea", "west-ham-united"], ["millwall", "liverpool-fc"], ["football-association", "carling-cup"],
    ["frank-lampard", "joe-cole"], ["steve-clarke", "alan-pardew"], ["mateja-kezman", "frank-lampard"],
    ["matthew-harding", "chelsea"], ["portsmouth-fc", "southampton-fc"], ["coventry-city", "southampton-fc"],
    ["gordon-strachan", "harry-redknapp"], ["velimir-zajec", "joe-jordan"], ["joe-jordan", "joe-cole"],
    ["terry-brady", "milan-mandaric"], ["arsenal", "premier-league"], ["ryan-jones", "stephen-jones"],
    ["sonny-parker", "colin-charvis"], ["gavin-henson", "mike-ruddock"], ["tom-shanklin", "tom-hanks"],
    ["six-nations", "tri-nations"], ["ashes", "tri-nations"], ["wallabies", "jason-robinson"],
    ["mike-tindall", "mike-ruddock"], ["mike-tindall", "dipo-alli"], ["andrew-brownsword", "bath-rugby"],
    ["jennifer-capriati", "maria-sharapova"], ["justine-henin-hardenne", "kim-clijsters"],
    ["australian-open", "sydney-international"], ["wimbledon-championships", "advanta-championships"],
    ["australian-open", "wimbledon-championships"], ["european-commission", "european-union"],
    ["european-parliament", "european-commission"], ["council-of-ministers", "european-commission"],
    ["council-of-ministers", "european-parliament"], ["jose-manuel-barroso", "josep-borrell"],
    ["alain-lipietz", "josep-borrell"], ["amazon-com", "european-union"],
    # an organisation, work, event or venue named after a place, or a place inside a name
    ["london-stock-exchange", "london"], ["bank-indonesia", "indonesia"], ["iggi", "indonesia"],
    ["philippine-central-bank", "philippines"], ["american-pork-congress", "united-states"],
    ["saskatchewan-wheat-pool", "saskatchewan"], ["south-african-finance-ministry", "south-africa"],
    ["standstill-coordinating-committee", "south-africa"], ["national-bank-of-hungary", "bank-of-england"],
    ["texas-air", "florida"], ["new-england-journal-of-medicine", "england"], ["bbc-sport-wales", "wales"],
    ["scotland-yard", "scotland"], ["upton-park", "west-ham-united"], ["fratton-park", "portsmouth-fc"],
    ["st-marys", "southampton-fc"], ["elland-road", "leeds"], ["twickenham", "england"],
    ["wallabies", "australia"], ["australian-open", "australia"], ["australian-open", "melbourne"],
    ["sydney-international", "australia"], ["advanta-championships", "philadelphia"], ["high-street", "united-kingdom"],
    ["north-america", "united-states"], ["western-europe", "europe"], ["amazon-com", "united-states"],
    ["harvard-university", "united-states"], ["nottingham-university", "united-kingdom"],
    ["trafford-park-printing", "manchester"], ["liberal-democratic-party", "japan"],
    # a capital, city, region or government body is not its country
    ["new-york", "united-states"], ["london", "united-kingdom"], ["tokyo", "japan"], ["rome", "italy"],
    ["washington", "united-states"], ["miami", "boston"], ["cape-canaveral", "florida"],
    ["florida", "united-states"], ["leeds", "england"], ["manchester", "england"], ["england", "united-kingdom"],
    ["wales", "united-kingdom"], ["scotland", "united-kingdom"], ["northern-ireland", "united-kingdom"],
    ["gateshead", "united-kingdom"], ["melbourne", "australia"], ["philadelphia", "united-states"],
    ["indianapolis", "united-states"], ["north-atlantic", "western-europe"], ["asia", "australasia"],
    ["china", "japan"], ["libya", "singapore"], ["white-house", "united-states"], ["us-senate", "united-states"],
]
