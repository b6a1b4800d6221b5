"""Hand annotation of news_gold9 (see build_news_gold9.py): made blind, by reading the text,
by one annotator, with no extractor output in sight. It follows NEWS_NOTES and the DECISIONS
of news_gold3_spec.py, news_gold4_spec.py, news_gold5_spec.py, news_gold6_spec.py,
news_gold7_spec.py and news_gold8_spec.py; the choices taken beyond those are listed in
DECISIONS below."""
from build_news_gold import REUTER, UK, US, org, oth, per, pl

DECISIONS = """\
- A town's name before a lower-case noun of an event that happened there is the town (PLACE),
  as news_gold7 does for "Frankfurt airport": "the 1988 Lockerbie air crash" and "Lockerbie
  victims" hold Lockerbie, the town. A misspelt name is marked as written with the entity it
  means ("Ronald Regan" -> ronald-reagan; "Rj Reynolds Tobacco USA"; "RJ NABISCO" for RJR
  Nabisco; "Susan Ilston" keeps the id of the name as written, susan-ilston).
- Adjectives of regions are like demonyms, not mentions ("Balkan oil pipeline", "the Balkan
  peninsula", "Russian and Caspian oil", "Euro-Atlantic integration"); "the western Balkans"
  is one PLACE mention (id western-balkans), as news_gold8 does for "eastern Europe"; "the
  Adriatic coast" holds "Adriatic" (the sea, PLACE adriatic-sea). "Bosphorus and Dardanelles
  Straits" shares a plural designator: "Bosphorus" and "Dardanelles", each a PLACE (news_gold5's
  "San Diego and Orange Counties").
- "Eximbank" in the Balkan pipeline story, named beside OPIC, "a US development agency", is
  the U.S. Export-Import Bank, the id (export-import-bank) of reuters-8885, where "EX-IM
  BANK", "Export-Import Bank", "EXimbank", "Eximbank" and the capitalised "the Bank" are it.
  "House Appropriations subcommittee" keeps its lower-case "subcommittee" (NEWS_NOTES' "House
  Telecommunications and Finance subcommittee").
- Fox in bbc-business-422: "Fox Entertainment Group", "Fox Entertainment" and "Fox" for the
  listed company ("Fox offer", "Fox shareholders", "Fox share(s)") are one ORG
  (fox-entertainment-group); "the Fox television network" and "Fox puts out hit TV series 24"
  are the network (ORG fox-network, a broadcaster as in news_gold8); "20th Century Fox" is the
  studio (ORG), and "Film studio Fox" in bbc-entertainment-304 is that studio. "24", the TV
  series, is a work (OTHER). "News Corporation" = "News Corp".
- A work and the film made of it, named in one article without being told apart, are one
  entity: "The Da Vinci Code" and the headline's "Da Vinci film" ("Da Vinci", id
  da-vinci-code). "Lemony Snicket's A Series of Unfortunate Events" is the film's full title,
  one OTHER mention. "Meet The Fockers", "Meet the Fockers" and the headline's "Fockers" are
  one film. "Holy Grail" is a named legendary object (OTHER).
- A museum is an institution (ORG: "Louvre Museum"), as news_gold8 does for a university, also
  where it is a scene; a hotel, stadium or cinema is a venue (PLACE: "Beverly Hilton" in
  "Beverly Hilton hotel", "Odeon Leicester Square", "Eastlands"). "Columbia/Sony Pictures"
  holds two ORG mentions (Columbia, the studio Columbia Pictures; Sony Pictures), as
  news_gold4's "Belgium/Luxembourg"; likewise "United Media/United Feature Syndicate Inc".
- Awards named by the body that gives them: "the Bafta awards" holds "Bafta" and "Baftas" is
  the plural, both the film awards (OTHER bafta-film-awards), as news_gold6 does for the
  interactive awards; "Screen Actors Guild awards" holds "Screen Actors Guild", the awards
  (OTHER screen-actors-guild-awards). "Oscar" in "Oscar nominees", "Oscar categories",
  "Oscar ceremony" and "Oscar-winning" is the Oscars. Award categories ("Best Actress") are not
  mentions.
- Named magazines and journals are ORG ("Stuff Magazine", "Stuff" as its short name,
  "Proceedings of the National Academy of Sciences", "Variety", "Hollywood Reporter",
  "Aftenposten Daily" as written); the magazine's named annual list is a work (OTHER: "Top Ten
  Essentials", "Essentials" and "Stuff Essentials", one id stuff-essentials). Products keep
  the maker inside the span where it is written with the model ("Sony PSP", "Pentax Optio
  SV"), are the product alone after a possessive ("Sony's Playstation Portable": Sony,
  Playstation Portable; "Sharp's 902": Sharp, "902"; "Samsung's Yepp YH-999"), and "PSP" =
  "Playstation Portable" = "Sony PSP" (id psp). "Xbox 2" is a product; "MP3", "3G" are generic.
- Substances are not mentions ("THG", "modafinil"), like diseases in news_gold4; "US district
  court judge" holds "US" only (lower-case court). "Bay Area Laboratory Cooperative" is Balco
  (ORG balco), "Bay Area" inside it not annotated separately.
- Football: "at Newcastle", "at Middlesbrough", "a reserve game at Blackburn" name the home
  clubs the games were played against (ORG newcastle-united, middlesbrough-fc,
  blackburn-rovers), unlike news_gold6's "against Hungary in Cardiff", where no Cardiff side
  played; "Man City" and "City" are Manchester City; "England Under-21" is a side (ORG), as
  news_gold4's "Wales Under-21"; "Norway international" holds Norway (the national side, a
  PLACE as news_gold3); "Dubliner" is a demonym; "Premier League" and "FA Cup" are
  competitions (OTHER).
- A meeting named by its town ("Fayetteville Invitational") is one OTHER mention, as
  news_gold8's "Athens Olympics"; "European Indoor Championships" is an event (OTHER). A runner
  named only by surname because the article's text lost his full name ("Cragg") gets a
  surname id (cragg), as news_gold6 does.
- A state's department named with the state first is split, as news_gold3 and news_gold8 do:
  "New York State Department of Health" -> "New York State" (PLACE new-york-state) and
  "Department of Health" (ORG new-york-state-department-of-health); "State University of New
  York" keeps the state inside (an established full name), and "The New York team" (the team
  from those two Albany bodies) is the state, new-york-state. "MIT Media Labs Europe" is one
  ORG name as written.
- Acronym and full name joined by a hyphen or dash for one company are two mentions of it:
  "Cofide-Compagnia Finanziaria de Benedetti SpA" (Cofide; Compagnia Finanziaria de Benedetti
  SpA), "<CIR SpA - Compagnie Industriali Riunite>" (CIR SpA; Compagnie Industriali Riunite).
  "Interfinco S.A. Of Luxembourg": "Interfinco S.A." and "Luxembourg". "Wilkes-Barre" is one
  town name.
- A capitalised short name stands for the body the article names in full (news_gold6): "The
  Department" (New Zealand's Statistics Department), "The Bureau" (Australia's Statistics
  Bureau, id australian-bureau-of-statistics of news_gold3), "the Bank" (the Export-Import
  Bank). Lower-case common names are not mentions ("the economy ministry", "the Polish
  meteorology institute", "the Libyan central bank", "North Yemen Government" holds North
  Yemen only, as news_gold4's "UK Government").
- A union's numbered local is an ORG also written in lower case ("local 174", id
  ufcw-local-174, as news_gold5's "Local 594"); "UAW local" holds the UAW only.
- A named survey is a work like a named report (OTHER: "Household Labour Force Survey"); a named
  agreement's acronym is the agreement (OTHER: "DECA"); a named technology sold as a product is
  OTHER ("Hybrex"). A business unit named by itself is an ORG ("Winchester Little Cigar
  Business", "Inland Division", "Inland division", "Inland"; "Popsicle Industries division" and
  "Popsicle Canada" are the one unit bought, id popsicle-canada); "Winchester" alone is the
  cigar brand (OTHER, id winchester-cigars), a product, not the business. Short names of a
  company's unit get the unit the article speaks of ("RJ Reynolds", "Reynolds" -> RJ Reynolds
  Tobacco USA). "Sara Lee Corp" (the parent) and "Sara Lee Corp of Canada Ltd" are distinct.
- Tickers equal to a name ("GM <GM>", "SJNB <SJNB>") are not mentions; the headline name before
  them is."""

SPEC = {
    "bbc-business-301": [
        pl("Libya"), *US, pl("Tripoli"), pl("Lockerbie"), *REUTER, per("Farhat Omar Ben Gadaravice"),
        per("Ronald Regan", "ronald-reagan"),
    ],
    "bbc-business-363": [
        pl("Albania"), pl("Bulgaria"), pl("Macedonia"), *US,
        org("Albanian Macedonian Bulgarian Oil Corporation", "ambo"), org("AMBO", "ambo"), pl("Burgas"),
        pl("Black Sea"), pl("Vlore"), pl("Adriatic", "adriatic-sea"), org("EU", "european-union"),
        pl("western Balkans", "western-balkans"), per("Fatos Nano"), per("Pat Ferguson"),
        org("Overseas Private Investment Corporation", "opic"), org("OPIC", "opic"),
        org("Eximbank", "export-import-bank"), org("Credit Suisse First Boston"), org("European Union"),
        org("ChevronTexaco", "chevrontexaco"), org("Exxon Mobil"), org("British Petroleum", "bp"), pl("Bosphorus"),
        pl("Dardanelles"),
    ],
    "bbc-business-422": [
        org("News Corp", "news-corporation"), org("News Corporation"),
        org("re:(?<!Century )Fox(?! Entertainment| television network| puts out)", "fox-entertainment-group"),
        org("Fox Entertainment Group"), org("Fox Entertainment", "fox-entertainment-group"),
        org("re:Fox(?= television network| puts out)", "fox-network"), org("20th Century Fox"),
        per("Rupert Murdoch"), *US, oth("I Heart Huckabees"), oth("I, Robot", "i-robot"),
        oth("re:(?<=series )24", "24-tv-series"), pl("New York"), pl("Sydney"), pl("Australia"), pl("Delaware"),
    ],
    "bbc-entertainment-068": [
        per("Tautou", "audrey-tautou"), oth("Da Vinci", "da-vinci-code"), per("Audrey Tautou"), oth("Amelie"),
        oth("Da Vinci Code"), per("Dan Brown"), per("Ron Howard"), per("Tom Hanks"), per("Hanks", "tom-hanks"),
        oth("A Very Long Engagement"), per("Jean-Pierre Jeunet"), per("Jeunet", "jean-pierre-jeunet"),
        oth("Dirty Pretty Things"), oth("Oscar", "oscars"), pl("Hollywood"), *UK, per("Kate Beckinsale"),
        per("Vanessa Paradis"), per("Juliette Binoche"), oth("Holy Grail"), org("Louvre Museum"), org("Variety"),
        org("Columbia", "columbia-pictures"), org("Sony Pictures"), *US, pl("France"),
    ],
    "bbc-entertainment-084": [
        oth("Oscar", "oscars"), oth("Oscars", "oscars"), per("Leonardo DiCaprio"), per("DiCaprio", "leonardo-dicaprio"),
        per("Jamie Foxx"), per("Foxx", "jamie-foxx"), per("Hilary Swank"), per("Swank", "hilary-swank"),
        pl("Beverly Hilton"), pl("Los Angeles"), per("Kate Winslet"), per("Imelda Staunton"),
        per("Staunton", "imelda-staunton"), per("Sophie Okonedo"), per("Martin Scorsese"), oth("Aviator"),
        oth("Million Dollar Baby"), oth("Sideways"), oth("Screen Actors Guild", "screen-actors-guild-awards"),
        per("Ray Charles"), oth("Ray"), oth("Bafta", "bafta-film-awards"), oth("Baftas", "bafta-film-awards"),
        pl("London"), pl("Odeon Leicester Square"), oth("Vera Drake"),
    ],
    "bbc-entertainment-297": [
        oth("Fockers", "meet-the-fockers"), *US, oth("Meet The Fockers", "meet-the-fockers"),
        oth("Meet the Fockers", "meet-the-fockers"), oth("Meet The Parents", "meet-the-parents"), per("Ben Stiller"),
        per("Robert De Niro"), per("Dustin Hoffman"), per("Barbra Streisand"), per("Michael Keaton"),
        oth("White Noise"), per("Martin Scorsese"), per("Howard Hughes"), oth("Aviator"),
        oth("Lemony Snicket's A Series of Unfortunate Events", "lemony-snickets-a-series-of-unfortunate-events"),
        per("Jim Carrey"), per("Meryl Streep"), org("Exhibitor Relations"), oth("Fat Albert"), per("Bill Cosby"),
        oth("Ocean's Twelve", "oceans-twelve"), org("Hollywood Reporter"), oth("Incredibles"), pl("Australia"),
        pl("Mexico"),
    ],
    "bbc-entertainment-304": [
        pl("Hollywood"), per("Ridley Scott"), per("Michelle Paver"), oth("Wolf Brother"),
        org("Fox", "20th-century-fox"), per("Scott", "ridley-scott"), org("Scott Free"), per("Paver", "michelle-paver"),
        pl("London"), org("Oxford University"), per("Torak"),
    ],
    "bbc-sport-018": [
        per("Merritt", "lashawn-merritt"), per("LaShawn Merritt"), oth("Fayetteville Invitational"),
        per("Bershawn Jackson"), pl("Arkansas"), per("Michael Johnson"), per("Bernard Lagat"),
        per("Lagat", "bernard-lagat"), pl("Canada"), per("Nate Brannen"), per("Hicham El Guerrouj"),
        per("El Guerrouj", "hicham-el-guerrouj"), per("Eamonn Coghlan"), pl("Ireland"), per("Cragg"),
        per("Kenenisa Bekele"), per("Bekele", "kenenisa-bekele"), pl("Boston"), per("Markos Geneti"),
        per("Mark Carroll"), oth("European Indoor Championships"), pl("Jamaica"),
    ],
    "bbc-sport-045": [
        org("Balco"), *US, per("Susan Ilston"), pl("San Francisco"), per("Victor Conte"),
        per("Conte", "victor-conte"), per("James Valente"), per("Greg Anderson"), per("Remy Korchemny"),
        org("Bay Area Laboratory Cooperative", "balco"), org("United States Anti-Doping Agency", "usada"),
        org("USADA", "usada"), per("Kelli White"), per("Alvin Harrison"), *UK, per("Dwain Chambers"),
    ],
    "bbc-sport-116": [
        per("Bosvelt", "paul-bosvelt"), org("Manchester City"), per("Paul Bosvelt"),
        org("City", "manchester-city"), org("Feyenoord"), pl("England"), per("Kevin Keegan"),
        per("Keegan", "kevin-keegan"),
    ],
    "bbc-sport-249": [
        per("Solskjaer", "ole-gunnar-solskjaer"), org("Manchester United"), per("Ole Gunnar Solskjaer"),
        pl("Norway"), pl("Sweden"), org("Aftenposten Daily", "aftenposten"), org("United", "manchester-united"),
        oth("FA Cup", "fa-cup"), org("Millwall"), oth("Premier League"),
    ],
    "bbc-sport-250": [
        per("Dunne", "richard-dunne"), org("Man City", "manchester-city"), per("Richard Dunne"),
        org("Manchester City"), org("City", "manchester-city"), per("Kevin Keegan"), per("Keegan", "kevin-keegan"),
        org("Newcastle", "newcastle-united"), per("Graeme Souness"), pl("Eastlands"),
        org("Middlesbrough", "middlesbrough-fc"), per("Nicky Weaver"), org("Blackburn", "blackburn-rovers"),
        org("England Under-21", "england-under-21"), per("Weaver", "nicky-weaver"),
    ],
    "bbc-tech-165": [
        *US, pl("New York", "new-york-state"), org("Proceedings of the National Academy of Sciences"),
        per("Jonathan Wolpaw"), per("Dennis McFarlane"), pl("New York State", "new-york-state"),
        org("Department of Health", "new-york-state-department-of-health"), org("State University of New York"),
        pl("Albany"), org("MIT Media Labs Europe"),
    ],
    "bbc-tech-341": [
        oth("Sony PSP", "psp"), org("Sony"), oth("Playstation Portable", "psp"), *UK, org("Stuff Magazine"),
        oth("iPod", "ipod"), oth("Top Ten Essentials", "stuff-essentials"), org("Sharp"), oth("902", "sharp-902"),
        oth("Pentax Optio SV"), org("Samsung"), oth("Yepp YH-999"), oth("Essentials", "stuff-essentials"),
        per("Adam Vaughan"), oth("Stuff Essentials", "stuff-essentials"), per("Vaughan", "adam-vaughan"),
        org("Stuff", "stuff-magazine"), oth("Xbox 2"), oth("PSP", "psp"),
    ],
    "reuters-10925": [
        org("AZTEC MANUFACTURING CO", "aztec-manufacturing"),
    ],
    "reuters-11445": [
        pl("Syria"), org("EC", "european-community"),
    ],
    "reuters-12788": [
        pl("SPAIN", "spain"), pl("Spain"), per("Mariano Rubio"), org("Bank of Spain"), per("Carlos Solchaga"),
        org("CEOE", "ceoe"), *REUTER,
    ],
    "reuters-12797": [
        org("PIONEER SUGAR", "pioneer-sugar-mills"), org("CSR", "csr"), org("Pioneer Sugar Mills Ltd", "pioneer-sugar-mills"),
        org("CSR Ltd", "csr"), org("Pioneer", "pioneer-sugar-mills"), *REUTER,
    ],
    "reuters-14771": [
        pl("N.Z.", "new-zealand"), pl("New Zealand"), org("Statistics Department", "nz-statistics-department"),
        org("Department", "nz-statistics-department"), oth("Household Labour Force Survey"), *REUTER,
    ],
    "reuters-1570": [
        pl("POLAND", "poland"), pl("Poland"), per("Teresa Tomaszewska"), *REUTER,
    ],
    "reuters-15775": [
        org("NUTMEG INDUSTRIES", "nutmeg-industries"), org("Nutmeg Industries Inc", "nutmeg-industries"),
        org("United Media"), org("United Feature Syndicate Inc", "united-feature-syndicate"),
        per("Charles M. Schulz", "charles-m-schulz"), oth("Peanuts"),
    ],
    "reuters-16322": [
        org("INTERFINCO", "interfinco"), org("Interfinco S.A.", "interfinco"), pl("Luxembourg"),
        org("S.G. Warburg Soditic SA", "sg-warburg-soditic"), org("Cofide", "cofide"),
        org("Compagnia Finanziaria de Benedetti SpA", "cofide"), pl("Turin"), pl("Italy"), org("CIR SpA", "cir"),
        org("Compagnie Industriali Riunite", "cir"), *REUTER,
    ],
    "reuters-16555": [
        org("RJ NABISCO", "rjr-nabisco"), org("RJR Nabisco Inc", "rjr-nabisco"), org("RJ Reynolds Tobacco USA"),
        org("Winchester Little Cigar Business"), org("Tobacco Exporters International USA Ltd", "tobacco-exporters-international"),
        pl("Atlanta"), *US, org("Rothman's International PLC", "rothmans-international"),
        org("RJ Reynolds", "rj-reynolds-tobacco-usa"), oth("Winchester", "winchester-cigars"),
        org("Rj Reynolds Tobacco USA", "rj-reynolds-tobacco-usa"), org("Reynolds", "rj-reynolds-tobacco-usa"),
    ],
    "reuters-1722": [
        org("UNICORP AMERICAN CORP", "unicorp-american"),
    ],
    "reuters-17424": [
        pl("NY", "new-york"), org("local 174", "ufcw-local-174"), org("United Food and Commercial Workers", "ufcw"),
        org("UFCW", "ufcw"), pl("New York"), per("Bob Wilson"), per("Wilson", "bob-wilson"),
        org("Greater New York Association of Meat and Poultry Dealers"),
    ],
    "reuters-17561": [
        org("THOMPSON MEDICAL", "thompson-medical"), org("Thompson Medical Co Inc", "thompson-medical"),
        org("Thompson", "thompson-medical"),
    ],
    "reuters-17562": [
        org("PENNSYLVANIA ENTERPRISES", "pennsylvania-enterprises"), org("Utilities Investment Inc", "utilities-investment"),
        org("Pennsylvania Enterprises Inc", "pennsylvania-enterprises"), org("Pennsylvania Enterprises"),
        org("Utilities", "utilities-investment"), pl("Wilkes-Barre"), pl("Pa.", "pennsylvania"),
    ],
    "reuters-20499": [
        org("QMS INC", "qms"),
    ],
    "reuters-4315": [
        org("UNION PACIFIC", "union-pacific"), org("Union Pacific Corp", "union-pacific"), pl("Caracas"),
        org("Petroleos De Venezuela", "pdvsa"), org("PDVSA", "pdvsa"), pl("Corpus Christi"), pl("Texas"),
        org("Union Pacific"), org("Champlin Petroleum Co", "champlin-petroleum"), pl("New York"), pl("Venezuela"),
        org("Champlin", "champlin-petroleum"), org("Southland Corp", "southland"),
        org("Citgo Petroleum Corp", "citgo"), org("Southland"), org("Citgo"),
    ],
    "reuters-4629": [
        pl("Australia"), org("Statistics Bureau", "australian-bureau-of-statistics"),
        org("Bureau", "australian-bureau-of-statistics"), *REUTER,
    ],
    "reuters-5574": [
        *US, pl("TURKEY", "turkey"), pl("Turkey"), oth("DECA", "deca"), pl("Ankara"), per("George Shultz"),
        per("Vahit Halefoglu"), org("Congress", "us-congress"),
    ],
    "reuters-5934": [
        org("CLABIR", "clabir"), org("POPSICLE CANADA", "popsicle-canada"), org("Clabir Corp", "clabir"),
        org("Ambrit Inc", "ambrit"), org("Popsicle Industries", "popsicle-canada"),
        org("Sara Lee Corp of Canada Ltd", "sara-lee-canada"), org("Clabir"), org("Sara Lee Corp", "sara-lee"), *US,
        org("Popsicle Canada"), pl("Canada"),
    ],
    "reuters-6021": [
        org("BIOTECHNICA", "biotechnica-international"), org("BioTechnica International", "biotechnica-international"),
        org("BioTechnica Agriculture", "biotechnica-agriculture"), pl("Overland Park"), pl("Kansas"),
        per("Charles H. Baker", "charles-h-baker"), org("Rohm and Haas Co", "rohm-and-haas"),
        org("Rohm and Haas Seed Inc", "rohm-and-haas-seed"), per("Baker", "charles-h-baker"),
        org("Chaco Enterprises Inc", "chaco-enterprises"), oth("Hybrex"), org("Rohm and Haas", "rohm-and-haas"),
    ],
    "reuters-6368": [
        org("TOYOTA MOTORS", "toyota"), org("PNB", "pnb"), org("Philippine National Bank", "pnb"),
        org("Toyota Motor Corp", "toyota"), org("Toyota"), org("Delta Motor Corp", "delta-motor"),
        org("Delta", "delta-motor"), *REUTER,
    ],
    "reuters-7050": [
        org("re:(?<!<)SJNB(?![>]| Financial)", "sjnb-financial"), org("SJNB Financial Corp", "sjnb-financial"),
        per("Douglas McLendon"), org("San Jose National Bank"), org("Tri-Valley National Bank"), per("William Pfeifle"),
    ],
    "reuters-7486": [
        org("re:(?<!<)GM(?!>)", "general-motors"), org("General Motors Corp", "general-motors"), pl("Michigan"),
        org("United Auto Workers", "uaw"), pl("Livonia"), pl("Mich.", "michigan"),
        org("Inland Division", "gm-inland-division"), per("Kevin Woodward"), org("UAW", "uaw"),
        org("Inland", "gm-inland-division"), per("Ronald Catcher"), per("Catcher", "ronald-catcher"),
    ],
    "reuters-8538": [
        org("BANCTEXAS", "banctexas-group"), org("BancTexas Group Inc", "banctexas-group"),
        org("Comptroller of the Currency"), pl("Harris County"), org("BancTexas Houston NA", "banctexas-houston"),
        pl("Dallas County"), org("BancTexas Dallas NA", "banctexas-dallas"),
        org("Securities and Exchange Commission", "sec"),
    ],
    "reuters-8885": [
        *US, org("EX-IM BANK", "export-import-bank"), org("Export-Import Bank"), org("Bank", "export-import-bank"),
        per("John Bohn"), org("House Appropriations subcommittee", "house-appropriations-subcommittee"),
        per("Bohn", "john-bohn"), org("EXimbank", "export-import-bank"), org("OECD", "oecd"),
        org("Eximbank", "export-import-bank"), org("Congress", "us-congress"),
    ],
    "reuters-9550": [
        *US, pl("N. YEMEN", "north-yemen"), org("Commodity Credit Corporation", "ccc"), org("CCC", "ccc"),
        pl("North Yemen"), org("Agriculture Department", "usda"),
    ],
    "reuters-9842": [
        org("GREAT WESTERN", "great-western-financial"), org("Great Western Financial Corp", "great-western-financial"),
    ],
}


# Pairs of entity ids (both annotated above) that share a word or look alike but are different
# things (e.g. a person and a company named after him, a city and an organisation named after
# it, two people with one name, a country and its capital).
MUST_NOT_MERGE = [
    # one name or word, two things
    ["fox-entertainment-group", "fox-network"], ["fox-entertainment-group", "20th-century-fox"],
    ["fox-network", "20th-century-fox"], ["news-corporation", "fox-entertainment-group"],
    ["rupert-murdoch", "news-corporation"], ["jamie-foxx", "fox-network"], ["jamie-foxx", "20th-century-fox"],
    ["24-tv-series", "fox-network"], ["i-robot", "i-heart-huckabees"], ["20th-century-fox", "columbia-pictures"],
    ["sony", "sony-pictures"], ["columbia-pictures", "sony-pictures"], ["sony", "psp"], ["sony", "samsung"],
    ["20th-century-fox", "scott-free"], ["ridley-scott", "scott-free"], ["michelle-paver", "wolf-brother"],
    ["torak", "wolf-brother"], ["audrey-tautou", "amelie"], ["dan-brown", "da-vinci-code"],
    ["ron-howard", "howard-hughes"], ["ron-howard", "tom-hanks"], ["jean-pierre-jeunet", "a-very-long-engagement"],
    ["amelie", "dirty-pretty-things"], ["kate-beckinsale", "kate-winslet"], ["vanessa-paradis", "juliette-binoche"],
    ["holy-grail", "da-vinci-code"], ["louvre-museum", "variety"], ["variety", "hollywood-reporter"],
    ["oscars", "bafta-film-awards"], ["oscars", "screen-actors-guild-awards"],
    ["bafta-film-awards", "screen-actors-guild-awards"], ["ray", "ray-charles"], ["jamie-foxx", "ray-charles"],
    ["jamie-foxx", "ray"], ["hilary-swank", "million-dollar-baby"], ["imelda-staunton", "vera-drake"],
    ["leonardo-dicaprio", "aviator"], ["martin-scorsese", "aviator"], ["aviator", "howard-hughes"],
    ["sideways", "million-dollar-baby"], ["sophie-okonedo", "imelda-staunton"],
    ["meet-the-fockers", "meet-the-parents"], ["ben-stiller", "robert-de-niro"], ["dustin-hoffman", "robert-de-niro"],
    ["barbra-streisand", "meryl-streep"], ["michael-keaton", "white-noise"], ["michael-keaton", "michael-johnson"],
    ["jim-carrey", "lemony-snickets-a-series-of-unfortunate-events"], ["fat-albert", "bill-cosby"],
    ["oceans-twelve", "incredibles"], ["exhibitor-relations", "hollywood-reporter"],
    ["lashawn-merritt", "bershawn-jackson"], ["michael-johnson", "bershawn-jackson"],
    ["bernard-lagat", "hicham-el-guerrouj"], ["nate-brannen", "bernard-lagat"], ["eamonn-coghlan", "mark-carroll"],
    ["cragg", "mark-carroll"], ["kenenisa-bekele", "markos-geneti"], ["cragg", "kenenisa-bekele"],
    ["fayetteville-invitational", "european-indoor-championships"], ["balco", "usada"],
    ["victor-conte", "balco"], ["victor-conte", "james-valente"], ["greg-anderson", "remy-korchemny"],
    ["kelli-white", "alvin-harrison"], ["susan-ilston", "kelli-white"], ["dwain-chambers", "alvin-harrison"],
    ["manchester-city", "manchester-united"], ["kevin-keegan", "manchester-city"], ["paul-bosvelt", "feyenoord"],
    ["kevin-keegan", "kevin-woodward"], ["kevin-keegan", "graeme-souness"], ["richard-dunne", "nicky-weaver"],
    ["newcastle-united", "middlesbrough-fc"], ["blackburn-rovers", "middlesbrough-fc"],
    ["england-under-21", "manchester-city"], ["ole-gunnar-solskjaer", "manchester-united"],
    ["millwall", "manchester-united"], ["fa-cup", "premier-league"], ["aftenposten", "ole-gunnar-solskjaer"],
    ["jonathan-wolpaw", "dennis-mcfarlane"], ["dennis-mcfarlane", "douglas-mclendon"],
    ["new-york-state-department-of-health", "state-university-of-new-york"],
    ["proceedings-of-the-national-academy-of-sciences", "state-university-of-new-york"],
    ["mit-media-labs-europe", "state-university-of-new-york"], ["stuff-magazine", "stuff-essentials"],
    ["adam-vaughan", "stuff-magazine"], ["sharp", "sharp-902"], ["samsung", "yepp-yh-999"], ["ipod", "psp"],
    ["xbox-2", "psp"], ["pentax-optio-sv", "sharp-902"], ["ambo", "opic"], ["opic", "export-import-bank"],
    ["opic", "ccc"], ["export-import-bank", "credit-suisse-first-boston"], ["boston", "credit-suisse-first-boston"], ["european-union", "european-community"],
    ["chevrontexaco", "exxon-mobil"], ["bp", "exxon-mobil"], ["fatos-nano", "pat-ferguson"],
    ["bosphorus", "dardanelles"], ["black-sea", "adriatic-sea"], ["farhat-omar-ben-gadaravice", "ronald-reagan"],
    ["ronald-reagan", "ronald-catcher"], ["bank-of-spain", "ceoe"], ["mariano-rubio", "carlos-solchaga"],
    ["csr", "pioneer-sugar-mills"], ["nz-statistics-department", "australian-bureau-of-statistics"],
    ["nz-statistics-department", "household-labour-force-survey"],
    ["nz-statistics-department", "new-york-state-department-of-health"], ["nz-statistics-department", "usda"],
    ["nutmeg-industries", "united-feature-syndicate"], ["united-media", "united-feature-syndicate"],
    ["peanuts", "charles-m-schulz"], ["charles-m-schulz", "charles-h-baker"], ["charles-m-schulz", "george-shultz"],
    ["interfinco", "cofide"], ["cofide", "cir"], ["sg-warburg-soditic", "interfinco"],
    ["rjr-nabisco", "rj-reynolds-tobacco-usa"], ["winchester-little-cigar-business", "winchester-cigars"],
    ["rj-reynolds-tobacco-usa", "winchester-little-cigar-business"],
    ["tobacco-exporters-international", "rothmans-international"],
    ["rj-reynolds-tobacco-usa", "tobacco-exporters-international"],
    ["tobacco-exporters-international", "biotechnica-international"], ["ufcw", "ufcw-local-174"],
    ["ufcw", "uaw"], ["ufcw", "greater-new-york-association-of-meat-and-poultry-dealers"],
    ["bob-wilson", "ufcw-local-174"], ["uaw", "united-feature-syndicate"], ["united-media", "manchester-united"],
    ["thompson-medical", "utilities-investment"], ["utilities-investment", "pennsylvania-enterprises"],
    ["union-pacific", "champlin-petroleum"], ["pdvsa", "citgo"], ["southland", "citgo"],
    ["champlin-petroleum", "citgo"], ["union-pacific", "uaw"], ["george-shultz", "vahit-halefoglu"],
    ["deca", "us-congress"], ["clabir", "ambrit"], ["sara-lee", "sara-lee-canada"],
    ["popsicle-canada", "sara-lee-canada"], ["biotechnica-international", "biotechnica-agriculture"],
    ["rohm-and-haas", "rohm-and-haas-seed"], ["chaco-enterprises", "rohm-and-haas-seed"], ["hybrex", "rohm-and-haas-seed"],
    ["toyota", "delta-motor"], ["pnb", "delta-motor"], ["pnb", "san-jose-national-bank"],
    ["sjnb-financial", "san-jose-national-bank"], ["san-jose-national-bank", "tri-valley-national-bank"],
    ["douglas-mclendon", "william-pfeifle"], ["general-motors", "uaw"], ["gm-inland-division", "general-motors"],
    ["kevin-woodward", "ronald-catcher"], ["banctexas-group", "banctexas-houston"],
    ["banctexas-group", "banctexas-dallas"], ["banctexas-houston", "banctexas-dallas"],
    ["comptroller-of-the-currency", "sec"], ["export-import-bank", "bank-of-spain"], ["john-bohn", "export-import-bank"],
    ["house-appropriations-subcommittee", "us-congress"], ["export-import-bank", "oecd"], ["ccc", "usda"],
    ["great-western-financial", "sjnb-financial"], ["aztec-manufacturing", "unicorp-american"],
    # an organisation, work, event or venue named after a place, or a place inside a name
    ["ambo", "albania"], ["ambo", "macedonia"], ["ambo", "bulgaria"], ["western-balkans", "macedonia"],
    ["bank-of-spain", "spain"], ["pdvsa", "venezuela"], ["popsicle-canada", "canada"], ["sara-lee-canada", "canada"],
    ["pennsylvania-enterprises", "pennsylvania"], ["banctexas-group", "texas"], ["banctexas-houston", "harris-county"],
    ["banctexas-dallas", "dallas-county"], ["harris-county", "dallas-county"], ["usada", "united-states"],
    ["balco", "san-francisco"], ["new-york-state", "state-university-of-new-york"],
    ["new-york-state", "new-york-state-department-of-health"], ["new-york", "new-york-state"],
    ["new-york", "greater-new-york-association-of-meat-and-poultry-dealers"], ["hollywood", "hollywood-reporter"],
    ["fayetteville-invitational", "arkansas"], ["england", "england-under-21"], ["eastlands", "manchester-city"],
    ["beverly-hilton", "los-angeles"], ["odeon-leicester-square", "london"], ["louvre-museum", "france"],
    ["australia", "australian-bureau-of-statistics"], ["new-zealand", "nz-statistics-department"],
    ["interfinco", "luxembourg"], ["pnb", "toyota"], ["export-import-bank", "united-states"], ["opic", "united-states"],
    ["north-yemen", "usda"], ["oxford-university", "london"], ["oxford-university", "michelle-paver"],
    # a capital, city, region or government body is not its country
    ["tripoli", "libya"], ["lockerbie", "libya"], ["ankara", "turkey"], ["caracas", "venezuela"],
    ["burgas", "bulgaria"], ["vlore", "albania"], ["sydney", "australia"], ["delaware", "united-states"],
    ["new-york", "united-states"], ["hollywood", "united-states"], ["hollywood", "los-angeles"],
    ["london", "united-kingdom"], ["corpus-christi", "texas"], ["overland-park", "kansas"], ["livonia", "michigan"],
    ["wilkes-barre", "pennsylvania"], ["turin", "italy"], ["atlanta", "united-states"], ["albany", "new-york-state"],
    ["boston", "united-states"], ["us-congress", "united-states"], ["usda", "united-states"],
    ["san-francisco", "united-states"], ["england", "united-kingdom"],
]
