"""Hand annotation of news_gold10 (see build_news_gold10.py): made blind, by reading the text,
by one annotator, with no extractor output in sight. It follows NEWS_NOTES and the DECISIONS
of news_gold3_spec.py, news_gold4_spec.py, news_gold5_spec.py, news_gold6_spec.py,
news_gold7_spec.py, news_gold8_spec.py and news_gold9_spec.py; the choices taken beyond those
are listed in DECISIONS below."""
from build_news_gold import REUTER, UK, US, org, oth, per, pl

DECISIONS = """\
- A country and year standing for a tournament held there is a mention of the tournament, as
  news_gold3 does for a city standing for a race: "reaching Germany 2006" holds "Germany"
  (OTHER fifa-world-cup, the year outside the span, as "the 2000 Olympics" in news_gold7);
  "the World Cup in 1998" and "the 1986 World Cup" are the same id. "Fifa rankings" holds Fifa
  (ORG fifa, the body), distinct from its World Cup; "European Championships" is an event
  (OTHER). A stadium standing for its club keeps its type ("took him to Ibrox", "Ibrox
  manager": PLACE ibrox), as GUIDELINES say for capitals; national sides named by their
  country in a ranking list are PLACE ("Estonia, Ghana, Angola and Thailand").
- A name standing for a work is the work, by its context: "Chicago actress Queen Latifah" is
  the film Chicago (OTHER chicago-film), not the city. A person's name before a lower-case
  generic naming something called after him keeps the person ("the Bobby Charlton school":
  PERSON bobby-charlton), as NEWS_NOTES keep only the name before a lower-case generic.
- Stage names keep their words but lose a leading "the" as GUIDELINES say ("The Edge" ->
  "Edge", id the-edge); "Hall of Fame" in the headline is the capitalised short name of the
  "Rock and Roll Hall of Fame" (ORG, an institution like news_gold9's museum); a hotel is a
  venue (PLACE "Waldorf Astoria"). Song and album titles are marked as written ("When a Man
  loves a Woman"). "Christine Milian" is a slip for Christina Milian, marked as written with
  her id (christina-milian); "Ms Chada" is a slip for Monica Chadha, the article's reporter.
- A musical and the film of one name: in bbc-entertainment-242 "Jailhouse Rock" is the stage
  musical each time it is written (OTHER jailhouse-rock-musical); the 1957 film is not named.
  TV series are OTHER ("CSI: Crime Scene Investigation" one span, and "CSI" for it; "ER",
  "Alias"), as programmes in news_gold7.
- UK constitutional offices and roles are not mentions, capitalised or not ("lord
  chancellor", "Lord Chancellor", "Secretary of Health", "Secretary of State for Constitutional
  Affairs", "Cabinet minister", "Civil Aviation minister": a portfolio fused into a role, no
  body of that name being written). "Law Lords", "House of Lords" and "the Lords" (id
  house-of-lords) are ORG; the planned "Supreme Court" of the UK is an ORG of its own
  (uk-supreme-court), not the U.S. court. "The Constitutional Reform Bill" is a law (OTHER)
  and the capitalised "the Bill" after it stands for it (news_gold6's capitalised short
  names). A constituency is one PLACE name ("Sleaford and North Hykeham"). "Lord Falconer" ->
  "Falconer" (id lord-falconer, as news_gold5's lord-browne).
- Named indices and surveys are OTHER: "Nikkei index" holds "Nikkei", "Tankan survey" holds
  "Tankan" (the name means the survey alone, as news_gold5's "Dow Jones industrial index");
  "Dow Jones Industrial Average" is one span (id dow-jones-industrial-average); "the Financial
  Times-Stock Exchange 100 stock index" holds "Financial Times-Stock Exchange 100", the FTSE 100
  (id ftse-100), one name and not two hyphen-joined names. "SDR", the IMF's unit written as an
  acronym, is a named currency unit (OTHER sdr, as news_gold4's ECU); the lower-case "special
  drawing right" is not. "GMT" is a time standard, not a mention.
- Software, games and named malware are OTHER: "Tetris", the "Cellery" worm, "Windows";
  "Windows 95" is one product span (id windows-95, as news_gold7 keeps the model with the
  maker's name), the bare versions after it ("98, ME, NT, 2000, and XP") are not marked.
  A named product line or service of a company is OTHER ("ANALYSIS network management system"
  holds "ANALYSIS"; "NetCare services" holds "NetCare"); "Paradyne modems" is the company.
  "Champions Race", the ATP's named year-long ranking, is OTHER; "ATP rankings" holds ATP (ORG).
- Upper-case headline names: "GULF ARAB MINISTERS" holds "GULF" (the Persian Gulf region,
  PLACE persian-gulf, also "Gulf routes" in bbc-business-380); "SOVIET" is an adjective, not a
  mention; "TAIWAN CENTRAL BANK" is split (TAIWAN; CENTRAL BANK, ORG taiwan-central-bank, and
  "The Central Bank" in the body), as NEWS_NOTES do for "Thailand's Commerce Ministry";
  "MANUFACTURERS HANOVER <MHC>" is the parent whose ticker follows (manufacturers-hanover-corp),
  as news_gold7 does for "FORD <F>", while the body's "Manufacturers Hanover Trust Co" is the
  bank (its own id).
- "U.S. Supreme Court" keeps the country inside the court's established full name, as
  "U.S. District Court" and "U.S. Court of Appeals" in news_gold (id us-supreme-court, also the
  headline's "SUPREME COURT"). "Tokyo Exchange" is the short name of the Tokyo Stock Exchange
  (one id), "Nomura" the Nomura Securities the article names (distinct from news_gold's
  nomura-securities-international); "the Tokyo market", "Tokyo would fall" keep Tokyo (PLACE).
- Named power plants are PLACE facilities (news_gold8): "Perry Nuclear Unit One";
  "Davis-Beebe Nuclear Power Station" is a slip for Davis-Besse, marked as written with the
  plant's id (davis-besse-nuclear-power-station). "Dependable Insurance Gruop Inc" is marked as
  written (id dependable-insurance-group). "Troy division" is the Troy Computer Products Corp
  the article says Data Card bought (one id), as news_gold9's "Inland division"."""

SPEC = {
    "bbc-business-033": [
        pl("Colombia"), per("Jose Leibovich"), per("Leibovich", "jose-leibovich"),
    ],
    "bbc-business-227": [
        org("Trades Union Congress", "tuc"), org("TUC", "tuc"), per("Brendan Barber"),
    ],
    "bbc-business-283": [
        pl("Japan"), oth("Nikkei"), org("Morgan Stanley"), per("Naoki Kamiyama"), oth("Tankan"),
    ],
    "bbc-business-380": [
        pl("India"), pl("Gulf", "persian-gulf"), pl("Kuwait"), pl("Saudi Arabia"), org("Jet Airways"),
        org("Air Sahara"), per("Monica Chadha"), per("Chada", "monica-chadha"), org("BBC"), pl("Delhi"), *US,
    ],
    "bbc-business-456": [
        org("Gazprom"), org("Vedomosti"), org("Atomstroieksport"), pl("Iran"), pl("Russia"), *US,
        per("Vladimir Putin"), org("Rosneft"), org("Yuganskneftegas"), org("Yukos"), org("Kremlin"),
    ],
    "bbc-entertainment-139": [
        org("U2"), oth("Grammy", "grammy-awards"), oth("Grammy Awards"), oth("Grammys", "grammy-awards"), *US,
        per("Alicia Keys"), per("Tim McGraw"), org("Green Day"), pl("Los Angeles"), oth("Vertigo"), per("Kanye West"),
        per("Ellen Degeneres"), per("Christine Milian", "christina-milian"), oth("Chicago", "chicago-film"),
        per("Queen Latifah"), pl("Staples Center"), pl("Atlantic"), oth("How to Dismantle an Atomic Bomb"), *UK,
        oth("Brit Awards"),
    ],
    "bbc-entertainment-242": [
        oth("TOTP", "top-of-the-pops"), oth("Top of the Pops"), per("Elvis", "elvis-presley"), per("Elvis Presley"),
        oth("Jailhouse Rock", "jailhouse-rock-musical"), *UK, per("Mario Kombou"), per("Kombou", "mario-kombou"),
        per("Presley", "elvis-presley"), oth("One Night"), org("BBC One"), oth("A Fool Such As I"),
        per("Vince Everett"),
    ],
    "bbc-entertainment-291": [
        org("U2"), org("Hall of Fame", "rock-and-roll-hall-of-fame"), per("Bruce Springsteen"),
        org("Rock and Roll Hall of Fame"), pl("New York"), org("Pretenders"), per("Percy Sledge"), org("O'Jays", "ojays"),
        per("Buddy Guy"), per("Springsteen", "bruce-springsteen"), per("Bono"), per("Edge", "the-edge"),
        per("Adam Clayton"), per("Larry Mullen Jr"), per("Chrissie Hynde"), oth("My City Was Gone"), per("Neil Young"),
        per("Hynde", "chrissie-hynde"), per("James Honeyman-Scott"), per("Pete Farndon"), *UK, per("Rod Stewart"),
        oth("When a Man loves a Woman", "when-a-man-loves-a-woman"), per("Justin Timberlake"), pl("Ohio"),
        oth("Back Stabbers"), oth("Love Train"), oth("For the Love of Money"), per("Timberlake", "justin-timberlake"),
        pl("Waldorf Astoria"), per("Bo Diddley"), per("Eric Clapton"), per("Robbie Robertson"),
        per("Clapton", "eric-clapton"), per("BB King", "bb-king"), pl("England"), per("Elvis", "elvis-presley"),
        per("Guy", "buddy-guy"), per("King", "bb-king"), oth("Let Me Love You Baby"), per("Jerry Lee Lewis"),
        oth("Whole Lotta Shakin' Goin' On", "whole-lotta-shakin-goin-on"),
    ],
    "bbc-entertainment-365": [
        per("Tarantino", "quentin-tarantino"), oth("CSI", "csi"), per("Quentin Tarantino"),
        oth("CSI: Crime Scene Investigation", "csi"), *US, oth("Oscar", "oscars"), oth("Pulp Fiction"),
        per("Carol Mendelsohn"), per("Mendelsohn", "carol-mendelsohn"), oth("ER", "er"), oth("Alias"),
        pl("Las Vegas"), per("Quentin", "quentin-tarantino"),
    ],
    "bbc-politics-273": [
        per("Christopher Leslie"), oth("Constitutional Reform Bill"), per("Leslie", "christopher-leslie"),
        org("House of Lords"), org("House of Commons"), org("Law Lords"), *UK,
        org("Supreme Court", "uk-supreme-court"), org("Lords", "house-of-lords"), per("Falconer", "lord-falconer"),
        oth("Bill", "constitutional-reform-bill"), per("Dominic Grieve"), per("Grieve", "dominic-grieve"),
        org("Parliament", "uk-parliament"), per("Douglas Hogg"), pl("Sleaford and North Hykeham"),
    ],
    "bbc-sport-212": [
        per("Smith", "walter-smith"), per("Walter Smith"), per("Berti Vogts"), per("Vogts", "berti-vogts"),
        pl("Scotland"), org("Rangers"), org("Everton"), oth("World Cup", "fifa-world-cup"),
        oth("re:Germany(?= 2006)", "fifa-world-cup"), org("Fifa", "fifa"), pl("Estonia"), pl("Ghana"), pl("Angola"),
        pl("Thailand"), per("Alex Ferguson"), per("Ferguson", "alex-ferguson"), per("Graeme Souness"),
        per("Souness", "graeme-souness"), pl("Ibrox"), per("Alex McLeish"), org("Dundee United"), org("Dumbarton"),
        oth("European Championships"),
    ],
    "bbc-sport-275": [
        per("Beckham", "david-beckham"), org("Real Madrid"), per("David Beckham"), pl("England"), org("Canal Plus"),
        per("Bobby Charlton"), pl("London"), pl("LA", "los-angeles"), org("Unicef"), org("Real", "real-madrid"),
        org("Barcelona", "fc-barcelona"), org("Sevilla"), oth("La Liga"), pl("Argentina"), per("Alex Ferguson"),
    ],
    "bbc-sport-441": [
        per("Serena", "serena-williams"), per("Serena Williams"), oth("Australian Open"),
        per("Williams", "serena-williams"), oth("Grand Slam"), per("Lindsay Davenport"), per("Marat Safin"),
        org("ATP", "atp"), per("Lleyton Hewitt"), per("Andy Roddick"), per("Roger Federer"),
        per("Safin", "marat-safin"), per("Hewitt", "lleyton-hewitt"), oth("Champions Race"), per("Alicia Molik"),
        per("Davenport", "lindsay-davenport"), pl("Australia"), *UK, per("Elena Baltacha"),
    ],
    "bbc-tech-272": [
        oth("Windows"), oth("Windows 95", "windows-95"), oth("Tetris"), oth("Cellery"), per("Graham Cluley"),
        org("Sophos"),
    ],
    "reuters-11776": [
        per("SEIPP", "walter-seipp"), org("Bundesbank"), org("Commerzbank AG", "commerzbank"), per("Walter Seipp"),
        per("Seipp", "walter-seipp"),
    ],
    "reuters-11846": [
        pl("HONG KONG", "hong-kong"), pl("Hong Kong"), pl("H.K.", "hong-kong"), per("Piers Jacobs"),
        org("Legislative Council", "hong-kong-legislative-council"), per("Jacobs", "piers-jacobs"), *REUTER,
    ],
    "reuters-11907": [
        org("MANUFACTURERS HANOVER", "manufacturers-hanover-corp"),
        org("Manufacturers Hanover Trust Co", "manufacturers-hanover-trust"), *US, org("Citibank"),
        org("Chase Manhattan", "chase-manhattan-bank"), org("Manufacturers Hanover Corp", "manufacturers-hanover-corp"),
    ],
    "reuters-15841": [
        org("FIRST BANK", "first-bank-systems"), org("First Bank Systems Inc", "first-bank-systems"), *REUTER,
    ],
    "reuters-16395": [
        org("GENERAL PARTNERS", "general-partners"), org("GENCORP", "gencorp"), org("General Partners"), pl("Texas"),
        org("GenCorp Inc", "gencorp"), org("GenCorp"), org("Securities and Exchange Commission", "sec"),
        org("New York Stock Exchange"), org("Wagner and Brown"), pl("Midland"), pl("Irvine"),
        pl("Calif.", "california"), org("AFG Industries Inc", "afg-industries"),
    ],
    "reuters-16729": [
        org("PARADYNE", "paradyne"), org("UNIVAR", "univar"), org("Paradyne Corp", "paradyne"),
        org("Van Waters and Rogers Inc", "van-waters-and-rogers"), org("UNIVAR Corp", "univar"), org("Paradyne"),
        oth("ANALYSIS", "analysis-network-management-system"), oth("NetCare"),
    ],
    "reuters-17131": [
        org("European Community"), org("EC", "european-community"), pl("Spain"), *REUTER,
    ],
    "reuters-18014": [
        org("ICCO", "icco"), org("International Cocoa Organization", "icco"),
    ],
    "reuters-19153": [
        org("SOUTHERN NATIONAL CORP", "southern-national"), org("Southern National Corp", "southern-national"),
    ],
    "reuters-19155": [
        org("NAT'L COMPUTER", "national-computer-systems"), org("DATA CARD", "data-card"),
        org("National Computer Systems Inc", "national-computer-systems"),
        org("Deluxe Check Printers Inc", "deluxe-check-printers"), org("Data Card Corp", "data-card"),
        org("National Computer", "national-computer-systems"), org("Data Card"), org("Deluxe", "deluxe-check-printers"),
        org("Troy Computer Products Corp", "troy-computer-products"), org("Troy", "troy-computer-products"),
    ],
    "reuters-20454": [
        org("KING WORLD", "king-world-productions"), org("King World Productions Inc", "king-world-productions"),
        org("King World", "king-world-productions"),
    ],
    "reuters-20474": [
        per("Vasily Dinkov"), org("Supreme Soviet"), pl("Soviet Union"), per("Dinkov", "vasily-dinkov"), *REUTER,
    ],
    "reuters-20861": [
        pl("TOKYO", "tokyo"), pl("Tokyo"), pl("Wall Street"), pl("New York"), org("Nomura Securities"),
        org("Nomura", "nomura-securities"), pl("Japan"), org("Tokyo Exchange", "tokyo-stock-exchange"),
        org("Tokyo Stock Exchange"), oth("Dow Jones Industrial Average", "dow-jones-industrial-average"),
        per("Simon Smithson"), org("Kleinwort Benson International"), per("Smithson", "simon-smithson"), *US,
        *REUTER,
    ],
    "reuters-2319": [
        org("DELTA AIR", "delta-air-lines"), org("Delta Air Lines Inc", "delta-air-lines"),
        org("Delta", "delta-air-lines"),
    ],
    "reuters-289": [
        pl("TAIWAN", "taiwan"), org("CENTRAL BANK", "taiwan-central-bank"), org("Central Bank", "taiwan-central-bank"),
        pl("Taiwan"), *REUTER,
    ],
    "reuters-2991": [
        pl("JAPAN", "japan"), *REUTER, pl("Japan"), *US,
        org("Nomura Securities International Inc", "nomura-securities-international"),
        org("Daiwa Securities America Inc", "daiwa-securities-america"), org("Finance Ministry", "japan-finance-ministry"),
        org("Salomon Brothers Asia Ltd", "salomon-brothers-asia"), org("Salomon", "salomon-brothers-asia"),
    ],
    "reuters-449": [
        org("WARWICK INSURANCE MANAGERS INC", "warwick-insurance-managers"),
    ],
    "reuters-46": [
        *US, org("USDA", "usda"), org("Agriculture Department", "usda"), org("Customs Service", "us-customs-service"),
    ],
    "reuters-6137": [
        pl("GULF", "persian-gulf"), org("Gulf Cooperation Council", "gcc"), org("GCC", "gcc"), pl("Bahrain"),
        pl("Kuwait"), pl("Oman"), pl("Qatar"), pl("Saudi Arabia"), pl("United Arab Emirates", "uae"), pl("UAE", "uae"),
        org("International Monetary Fund", "imf"), oth("SDR", "sdr"), per("Ahmed al-Tayer"),
        org("Gulf Investment Corporation"), pl("Abu Dhabi"), per("Ibrahim Abdul-Karim"), *REUTER,
    ],
    "reuters-6912": [
        org("IBC", "ibc"), pl("MANAGUA", "managua"), org("Brazilian Coffee Institute", "ibc"), per("Jorio Dauster"),
        pl("Managua"), *REUTER, pl("Brasilia"), pl("Brazil"), pl("Colombia"),
    ],
    "reuters-7226": [
        org("RIVERSIDE GROUP INC", "riverside-group"),
        org("Dependable Insurance Gruop Inc", "dependable-insurance-group"),
    ],
    "reuters-7713": [
        org("CBT", "chicago-board-of-trade"), org("LIFFE", "liffe"), org("Chicago Board of Trade"),
        org("London International Financial Futures Exchange", "liffe"), per("Karsten Mahlmann"),
        per("Mahlmann", "karsten-mahlmann"), org("Futures Industry Association"),
        oth("Financial Times-Stock Exchange 100", "ftse-100"),
    ],
    "reuters-8420": [
        org("CENTERIOR ENERGY", "centerior-energy"), org("Centerior Energy Corp", "centerior-energy"),
        pl("Perry Nuclear Unit One"), pl("Davis-Beebe Nuclear Power Station", "davis-besse-nuclear-power-station"),
    ],
    "reuters-848": [
        org("LASER PRECISION CORP", "laser-precision"),
    ],
    "reuters-9716": [
        org("SUPREME COURT", "us-supreme-court"), org("U.S. Supreme Court", "us-supreme-court"),
        per("Reagan", "ronald-reagan"), per("Diane Joyce"), per("Paul Johnson"), *REUTER,
    ],
    "reuters-9860": [
        org("PRICE CO", "price-co"),
    ],
}


# Pairs of entity ids (both annotated above) that share a word or look alike but are different
# things (e.g. a person and a company named after him, a city and an organisation named after
# it, two people with one name, a country and its capital).
MUST_NOT_MERGE = [
    # one name or word, two things
    ["manufacturers-hanover-trust", "manufacturers-hanover-corp"], ["citibank", "chase-manhattan-bank"],
    ["citibank", "manufacturers-hanover-trust"], ["nomura-securities", "nomura-securities-international"],
    ["nomura-securities-international", "daiwa-securities-america"],
    ["salomon-brothers-asia", "nomura-securities-international"], ["nomura-securities", "kleinwort-benson-international"],
    ["tokyo-stock-exchange", "new-york-stock-exchange"], ["national-computer-systems", "data-card"],
    ["deluxe-check-printers", "data-card"], ["troy-computer-products", "data-card"],
    ["national-computer-systems", "southern-national"], ["general-partners", "gencorp"],
    ["general-partners", "afg-industries"], ["general-partners", "wagner-and-brown"], ["paradyne", "univar"],
    ["van-waters-and-rogers", "univar"], ["analysis-network-management-system", "netcare"], ["netcare", "paradyne"],
    ["gcc", "gulf-investment-corporation"], ["imf", "sdr"], ["ahmed-al-tayer", "ibrahim-abdul-karim"],
    ["icco", "ibc"], ["jorio-dauster", "ibc"], ["chicago-board-of-trade", "liffe"],
    ["futures-industry-association", "chicago-board-of-trade"], ["liffe", "ftse-100"],
    ["karsten-mahlmann", "chicago-board-of-trade"], ["perry-nuclear-unit-one", "davis-besse-nuclear-power-station"],
    ["centerior-energy", "davis-besse-nuclear-power-station"], ["us-supreme-court", "uk-supreme-court"],
    ["diane-joyce", "paul-johnson"], ["vasily-dinkov", "supreme-soviet"], ["simon-smithson", "kleinwort-benson-international"],
    ["bundesbank", "commerzbank"], ["walter-seipp", "commerzbank"], ["walter-seipp", "walter-smith"],
    ["piers-jacobs", "hong-kong-legislative-council"], ["usda", "us-customs-service"],
    ["riverside-group", "dependable-insurance-group"], ["warwick-insurance-managers", "dependable-insurance-group"],
    ["king-world-productions", "bb-king"], ["first-bank-systems", "southern-national"],
    ["u2", "bono"], ["u2", "the-edge"], ["bono", "the-edge"], ["adam-clayton", "larry-mullen-jr"],
    ["pretenders", "chrissie-hynde"], ["james-honeyman-scott", "pete-farndon"], ["buddy-guy", "bb-king"],
    ["eric-clapton", "robbie-robertson"], ["bo-diddley", "bb-king"], ["percy-sledge", "when-a-man-loves-a-woman"],
    ["ojays", "back-stabbers"], ["love-train", "for-the-love-of-money"], ["justin-timberlake", "ojays"],
    ["jerry-lee-lewis", "whole-lotta-shakin-goin-on"], ["neil-young", "my-city-was-gone"],
    ["bruce-springsteen", "rock-and-roll-hall-of-fame"], ["rod-stewart", "percy-sledge"],
    ["elvis-presley", "jailhouse-rock-musical"], ["elvis-presley", "mario-kombou"], ["mario-kombou", "vince-everett"],
    ["one-night", "a-fool-such-as-i"], ["top-of-the-pops", "bbc-one"], ["bbc-one", "bbc"],
    ["grammy-awards", "brit-awards"], ["grammy-awards", "oscars"], ["u2", "vertigo"],
    ["u2", "how-to-dismantle-an-atomic-bomb"], ["queen-latifah", "chicago-film"], ["alicia-keys", "alicia-molik"],
    ["ellen-degeneres", "christina-milian"], ["green-day", "u2"], ["tim-mcgraw", "kanye-west"],
    ["quentin-tarantino", "pulp-fiction"], ["csi", "er"], ["csi", "alias"], ["carol-mendelsohn", "csi"],
    ["house-of-lords", "house-of-commons"], ["house-of-lords", "law-lords"], ["law-lords", "uk-supreme-court"],
    ["uk-parliament", "house-of-lords"], ["constitutional-reform-bill", "uk-parliament"],
    ["christopher-leslie", "lord-falconer"], ["dominic-grieve", "douglas-hogg"],
    ["walter-smith", "berti-vogts"], ["rangers", "dundee-united"], ["rangers", "everton"], ["dundee-united", "dumbarton"],
    ["alex-ferguson", "alex-mcleish"], ["graeme-souness", "alex-mcleish"], ["fifa", "fifa-world-cup"],
    ["fifa-world-cup", "european-championships"], ["real-madrid", "fc-barcelona"], ["real-madrid", "sevilla"],
    ["la-liga", "real-madrid"], ["david-beckham", "bobby-charlton"], ["canal-plus", "unicef"],
    ["serena-williams", "lindsay-davenport"], ["marat-safin", "lleyton-hewitt"], ["andy-roddick", "roger-federer"],
    ["atp", "champions-race"], ["australian-open", "grand-slam"], ["elena-baltacha", "alicia-molik"],
    ["windows", "windows-95"], ["tetris", "cellery"], ["sophos", "graham-cluley"],
    ["gazprom", "rosneft"], ["yukos", "yuganskneftegas"], ["rosneft", "yuganskneftegas"],
    ["gazprom", "atomstroieksport"], ["vedomosti", "gazprom"], ["vladimir-putin", "kremlin"],
    ["jet-airways", "air-sahara"], ["bbc", "monica-chadha"], ["tuc", "brendan-barber"], ["nikkei", "tankan"],
    ["morgan-stanley", "naoki-kamiyama"], ["nikkei", "tokyo-stock-exchange"],
    ["dow-jones-industrial-average", "nikkei"], ["nikkei", "ftse-100"],
    # an organisation, work, event or venue named after a place, or a place inside a name
    ["tokyo", "tokyo-stock-exchange"], ["new-york", "new-york-stock-exchange"], ["gcc", "persian-gulf"],
    ["gulf-investment-corporation", "persian-gulf"], ["gcc", "saudi-arabia"], ["ibc", "brazil"],
    ["taiwan-central-bank", "taiwan"], ["japan-finance-ministry", "japan"], ["hong-kong-legislative-council", "hong-kong"],
    ["us-supreme-court", "united-states"], ["supreme-soviet", "soviet-union"], ["usda", "united-states"],
    ["us-customs-service", "united-states"], ["rock-and-roll-hall-of-fame", "new-york"],
    ["waldorf-astoria", "new-york"], ["staples-center", "los-angeles"], ["chicago-film", "queen-latifah"],
    ["csi", "las-vegas"], ["scotland", "dundee-united"], ["ibrox", "rangers"], ["australian-open", "australia"], ["nikkei", "japan"], ["tankan", "japan"], ["wall-street", "new-york"], ["dow-jones-industrial-average", "wall-street"],
    ["liffe", "london"], ["liffe", "united-kingdom"], ["ftse-100", "london"],
    # a capital, city, region or government body is not its country
    ["delhi", "india"], ["kremlin", "russia"], ["abu-dhabi", "uae"], ["brasilia", "brazil"], ["tokyo", "japan"], ["midland", "texas"], ["irvine", "california"], ["persian-gulf", "kuwait"],
    ["persian-gulf", "saudi-arabia"], ["england", "united-kingdom"], ["los-angeles", "united-states"],
    ["new-york", "united-states"], ["ohio", "united-states"], ["atlantic", "united-states"],
]
