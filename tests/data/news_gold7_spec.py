"""Hand annotation of news_gold7 (see build_news_gold7.py): made blind, by reading the text,
by one annotator, with no extractor output in sight. It follows NEWS_NOTES and the DECISIONS
of news_gold3_spec.py, news_gold4_spec.py, news_gold5_spec.py and news_gold6_spec.py; the
choices taken beyond those are listed in DECISIONS below."""
from build_news_gold import REUTER, UK, US, org, oth, per, pl

DECISIONS = """\
- A nickname written in quotes for a person is a mention of the person ('the "Baghdad
  Blogger"' -> Salam Pax), while a work named by the same words is the work ("Baghdad Blogger
  is among a number of films", OTHER); a headline naming what is shown ("Baghdad Blogger on big
  screen") is the work. A nickname written with the name ('"Dirty" Den Watts') leaves the quoted
  word out of the span; a headline nickname ("Dirty Den") is a mention of the character.
- A fictional character and the actor who plays him are separate PERSON entities ("Den" /
  "Den Watts" and Leslie Grantham); a soap's fictional pub is a PLACE ("Queen Vic"), as
  news_gold5 does for fictional places.
- Television channels and a broadcaster's divisions are ORG, each with its own id, apart from
  the BBC ("BBC One", "ITV1", "Court TV", "BBC Scotland", "BBC News" in "BBC News website
  users", "BBC Sport" as news_gold6); programmes and shows are OTHER ("EastEnders", "Top of the
  Pops"); "MTV Europe Music Awards" is the event of news_gold4 (id mtv-europe-awards).
- A named aircraft is OTHER, like a named ship ("Air Force One", "HMS Belfast"); aircraft and
  engine models are products (OTHER: "767-300" and "Boeing 767s" one id boeing-767, the maker
  kept inside the span where it is written with the model; "A-300-600" and "Airbus A300s" the
  id airbus-a300 of news_gold2; "CF6-80C2").
- "Frankfurt airport", "Frankfurt's airport": the city only (a lower-case generic, as
  "Hukuang railroad"); "Rhein-Main", the airport's own name, is one PLACE mention (one name, not
  two hyphen-joined names); "Edinburgh Airport", written with a capital, is a PLACE of its own.
- Party words used as adjectives are not mentions, whatever their form ("Tory leader",
  "Austrian Green member"), as NEWS_NOTES say for "Republican candidates"; the full name of a
  party is ("Scottish Conservative Party"). "Holyrood" standing for the Scottish Parliament is an
  ORG, like "Westminster" in news_gold4. Roles and ranks are not mentions, capitalised or not
  ("MSP", "Community Support Officers", "CSOs", "Shadow home secretary").
- Religions are not mentions ("Islam"), like demonyms; music genres and sports or codes
  ("R&B", "rugby league", "rugby union") are not either.
- A capitalised title fused to a short name is a role, as NEWS_NOTES say for "House Speaker":
  "Committee Chairman William Proxmire" holds only the person (unlike news_gold6's lower-case
  "Council president"); a full organisation name before a role is a mention ("Senate
  Agriculture Committee Chairman Patrick Leahy", "Former Citicorp Chairman", "Home Office
  minister", "Police Federation chairman"). State abbreviations after a party letter are
  places ("D-N.J.", "D-Wisc", "D-Vt.": N.J., Wisc, Vt.).
- A monetary aggregate named by its code is a generic measure, not a mention ("M-1 money
  supply"), unlike a named aggregate written as a proper name ("Exchequer Borrowing
  Requirement" in news_gold3); "Treasury securities" is a class of securities (news_gold6).
- Upper-case headline adjectives are not mentions ("ARGENTINE GRAIN/OILSEED", "INDONESIAN
  SUGAR"), as news_gold4 does for "S. ASIAN"; "ITALY'S" is the country.
- "U.S. Embassy" is split (U.S.; Embassy, the embassy in Indonesia, ORG), as NEWS_NOTES do for
  "U.S. Agriculture Department"; the lower-case "the embassy" after it is not a mention.
- Rugby league sides: "Great Britain" and "GB" written as the country are PLACE (id
  united-kingdom, as "Great Britain" in news_gold2); the nickname "Lions" is a side not written
  as the country: ORG great-britain-lions (like "England A"). "St Helens" and "Wigan" name the
  clubs in bbc-sport-397 (ORG st-helens-rlfc, wigan-warriors; the towns are not named there),
  "Saints" is St Helens' nickname; "Tri-Nations" and "Challenge Cup" are competitions (OTHER).
- A bare first name is a mention of the person the article names in full with it ("Mike" Mike
  Mills, "Andy" Andy Farrell, "Sean" Sean Long, "Glenn" Glenn Campbell), as news_gold5 does.
- A short name in an upper-case headline gets the entity the story is about: "FORD <F>" is
  Ford Motor Co (the parent, whose ticker follows), not Ford Motor Credit; "MITSUI" and
  "ALLIANCE" are the two parties to the tie-up (Mitsui Investment Management, Alliance Capital
  Management International); "the Mitsui spokesman" is Mitsui Investment Management, and
  "Mitsui Investment Co Ltd" a slip for it, marked as written. "Merrill Lynch" and "Merrill
  Lynch Pierce Fenner and Smith" in reuters-7822 are one id (merrill-lynch): the text uses them
  for one contract party.
- "The Reserve Bank" in a N.Z. story is the Reserve Bank of New Zealand, and "The Bank" after it
  stands for it (a capitalised short name, news_gold6).
- Investment partnerships named by one word are ORG, each with its own id ("Tiger", "Jaguar",
  "Puma"), distinct from "Tiger Management Co".
- "the 2000 Olympics": "Olympics" (id olympics), the year outside the span, as "Tariff Act" in
  news_gold6; "Mercury Music Prize" and "Rotterdam Film Festival" are events (OTHER).
- "the Islington gig" is the district (PLACE islington), not the venue "Islington Academy"
  (PLACE of its own).
- A name before a lower-case generic keeps only the name and its type ("FSLIC secondary
  reserve", "FSLIC fund": the FSLIC, ORG; "Kodak film": Kodak the company, as news_gold6 does
  for a brand that is a company's name; "Sheffield Arena" is a venue, capitalised)."""

SPEC = {
    "bbc-business-064": [
        org("Lufthansa"), per("Bush", "george-w-bush"), *US, per("George W Bush"), oth("Air Force One"),
        pl("Frankfurt"), per("Michael Lamberty"), per("Lamberty", "michael-lamberty"), org("BBC", "bbc"),
        pl("Germany"), pl("Rhein-Main"),
    ],
    "bbc-entertainment-029": [
        oth("Baghdad Blogger"), per('re:(?<=")Baghdad Blogger(?=")', "salam-pax"), oth("Rotterdam Film Festival"),
        per("Salam Pax"), per("Pax", "salam-pax"), pl("Iraq"), org("Guardian"), oth("Underexposure"),
        per("Saddam Hussein"), per("Saddam", "saddam-hussein"), per("Oday Rasheed"), per("Rasheed", "oday-rasheed"),
        org("Kodak"), org("Ministry of Culture", "iraq-ministry-of-culture"), pl("Baghdad"), per("Theo Van Gogh"),
        per("Van Gogh", "theo-van-gogh"), oth("Submission"),
    ],
    "bbc-entertainment-031": [
        per("Dirty Den", "den-watts"), per("Den Watts"), per("Den", "den-watts"), oth("EastEnders", "eastenders"),
        org("BBC One", "bbc-one"), per("Zoe"), per("Chrissie"), per("Sam"), pl("Queen Vic"), org("ITV1", "itv1"),
        org("BBC", "bbc"), per("Leslie Grantham"), per("Grantham", "leslie-grantham"), per("Angie"),
    ],
    "bbc-entertainment-118": [
        org("REM", "rem"), *US, per("Mike Mills"), per("Mills", "mike-mills"), per("Mike", "mike-mills"),
        pl("Sheffield"), pl("Glasgow"), oth("Losing My Religion"), oth("I've Been High", "ive-been-high"),
        oth("Leaving New York"), oth("One I Love"), pl("Sheffield Arena"), *UK, per("Bill Berry"), pl("Switzerland"),
    ],
    "bbc-entertainment-151": [
        per("Eminem"), pl("London"), pl("River Thames"), *US, org("Shady Records"), pl("Islington Academy"),
        oth("HMS Belfast", "hms-belfast"), org("BBC One", "bbc-one"), oth("Top of the Pops"), *UK,
        oth("MTV Europe Music Awards", "mtv-europe-awards"), pl("Rome"), pl("Islington"), per("Stat Quo"),
        per("Proof"), per("DJ Green Lantern", "dj-green-lantern"), per("Swift"), per("Obie Trice"), oth("Encore"),
        pl("Atlantic"), oth("Mosh"), per("Bush", "george-w-bush"), pl("Iraq"), org("BBC", "bbc"),
    ],
    "bbc-entertainment-237": [
        per("Knight", "beverley-knight"), per("Beverley Knight"), pl("Birmingham"), per("Roni Size"),
        per("Size", "roni-size"), oth("No More"), per("Charlene Ellis"), per("Letisha Shakespeare"),
        oth("New Forms"), oth("Mercury Music Prize"), pl("England"), pl("Wales"), org("Home Office"), pl("Aston"),
        per("Donna Small"), per("Asha Jama"), per("Jama", "asha-jama"), per("Small", "donna-small"), pl("Bristol"),
    ],
    "bbc-entertainment-279": [
        *US, per("C-Murder", "c-murder"), org("Tru"), oth("Y'all Heard of Me", "yall-heard-of-me"),
        pl("New Orleans"), pl("Jefferson Parish"), per("Harry Lee"), per("Lee", "harry-lee"), org("Court TV"),
        per("Ron Rakosky"), per("Rakosky", "ron-rakosky"), per("Corey Miller", "c-murder"),
        org("Victims and Citizens Against Crime"), per("Beverly Siemssen"),
    ],
    "bbc-politics-045": [
        org("Scottish Conservative Party"), per("David McLetchie"), per("McLetchie", "david-mcletchie"),
        pl("Edinburgh"), org("Tods Murray"), org("Holyrood"), pl("Edinburgh Airport"), org("BBC Scotland"),
        per("Glenn Campbell"), per("Glenn", "glenn-campbell"),
    ],
    "bbc-politics-239": [
        org("Police Federation"), pl("England"), pl("Wales"), per("Jan Berry"), per("Berry", "jan-berry"),
        org("Home Office"), per("Hazel Blears"), per("Blears", "hazel-blears"), per("David Davis"),
        org("BBC", "bbc"), per("Danny Shaw"), oth("Serious Organised Crime and Police Bill"),
    ],
    "bbc-sport-039": [
        per("Jones", "marion-jones"), org("World Anti-Doping Agency", "wada"), org("WADA", "wada"),
        per("Dick Pound"), per("Pound", "dick-pound"), per("Marion Jones"), per("Victor Conte"),
        per("Conte", "victor-conte"), org("Balco Laboratories"), org("International Olympic Committee", "ioc"),
        org("IOC", "ioc"), oth("Olympics"), *US,
    ],
    "bbc-sport-397": [
        per("Sculthorpe", "paul-sculthorpe"), per("Paul Sculthorpe"), org("Lions", "great-britain-lions"),
        per("Andy Farrell"), per("Farrell", "andy-farrell"), per("Andy", "andy-farrell"),
        pl("Great Britain", "united-kingdom"), org("Wigan", "wigan-warriors"), oth("Tri-Nations", "tri-nations"),
        org("St Helens", "st-helens-rlfc"), per("Chris Joynt"), org("BBC Sport", "bbc-sport"), oth("Challenge Cup"),
        pl("GB", "united-kingdom"), per("Sean Long"), per("Sean", "sean-long"), org("Saints", "st-helens-rlfc"),
        org("RFL", "rfl"), per("Sonny Bill Williams"), pl("Knowsley Road"),
    ],
    "bbc-tech-149": [
        org("Microsoft"), oth("MSN Spaces", "msn-spaces"), org("Google"), org("AOL", "aol"), oth("Hotmail"),
        oth("MSN Messenger", "msn-messenger"), org("MSN", "msn"), per("Blake Irving"), oth("Blogger"),
        org("Technorati"),
    ],
    "bbc-tech-258": [
        org("EU", "european-union"), pl("Poland"),
        oth("Directive on the Patentability of Computer-Implemented Inventions",
            "directive-on-the-patentability-of-computer-implemented-inventions"),
        *US, org("Amazon.com", "amazon-com"), per("Eva Lichtenberg"), org("European Parliament"),
        org("European Union", "european-union"),
    ],
    "bbc-tech-326": [
        org("Macrovision"), oth("RipGuard", "ripguard"), oth("Rip Guard", "ripguard"), org("BBC News", "bbc-news"),
        oth("Linux"), pl("Hollywood"), per("Steve Weinstein"), org("Entertainment Technologies Group"),
    ],
    "reuters-1085": [
        *US, org("International Coffee Organization", "ico"), org("ICO", "ico"), per("Reagan", "ronald-reagan"),
        org("Congress", "us-congress"), per("Frank Guarini"), pl("N.J.", "new-jersey"), pl("London"),
    ],
    "reuters-1308": [
        org("TREASURY", "us-treasury"), org("FED", "federal-reserve"), org("Treasury", "us-treasury"),
        org("Federal Reserve"),
    ],
    "reuters-13759": [
        *US, org("Comex"),
    ],
    "reuters-15263": [
        org("GENERAL ELECTRIC", "general-electric"), org("RCA", "rca"), org("General Electric Corp", "general-electric"),
        org("General Electric"), org("Employers Reinsurance Corp", "employers-reinsurance"),
        org("re:(?<!<)GE(?!>)", "general-electric"), per("John Welch Jr"),
        org("National Broadcasting Co", "nbc"),
    ],
    "reuters-15429": [
        org("AEGON", "aegon"), org("AEGON NV", "aegon"), *REUTER,
    ],
    "reuters-15500": [
        org("Argentine Grain Board"), *REUTER,
    ],
    "reuters-15746": [
        org("GILLETTE CANADA", "gillette-canada"), org("Gillette Canada Inc", "gillette-canada"),
        org("Morgan Stanley Ltd", "morgan-stanley"), org("Gillette Co", "gillette"), pl("Luxembourg"), *REUTER,
    ],
    "reuters-15878": [
        org("STOP AND SHOP COS", "stop-and-shop"), org("Stop and Shop Cos Inc", "stop-and-shop"),
    ],
    "reuters-15989": [
        *US, org("Federal Reserve"), *REUTER,
    ],
    "reuters-1835": [
        per("ROBERTSON", "julian-robertson"), org("CAPITAL WIRE", "capital-wire-and-cable"), pl("New York"),
        per("Julian Robertson"), org("Capital Wire and Cable Corp", "capital-wire-and-cable"),
        org("Securities and Exchange Commission", "sec"), per("Robertson", "julian-robertson"),
        org("Tiger", "tiger-partnership"), org("Jaguar", "jaguar-partnership"), org("Puma", "puma-partnership"),
        org("Tiger Management Co", "tiger-management"), org("Capital Wire", "capital-wire-and-cable"),
    ],
    "reuters-18683": [
        org("N.Y. FED", "new-york-fed"), org("New York Federal Reserve", "new-york-fed"), per("E. Gerald Corrigan"),
        per("Corrigan", "e-gerald-corrigan"), org("Senate Banking Committee"), per("William Proxmire"),
        pl("Wisc", "wisconsin"), org("Citicorp"), per("Walter Wriston"), per("Wriston", "walter-wriston"),
        org("Sears", "sears"), org("American Express"), per("John Weinberg"),
        org("Goldman, Sachs and Co", "goldman-sachs"),
    ],
    "reuters-18886": [
        org("FORD", "ford-motor"), org("Ford Motor Credit Co", "ford-motor-credit"), org("Ford Motor Co", "ford-motor"),
        org("Bear, Stearns and Co", "bear-stearns"), org("Moody's", "moodys"),
        org("Standard and Poor's", "standard-and-poors"),
    ],
    "reuters-19036": [
        org("MITSUI", "mitsui-investment-management"), org("ALLIANCE", "acmii"),
        org("Mitsui Investment Management Co Ltd", "mitsui-investment-management"),
        org("MIMCL", "mitsui-investment-management"), org("Alliance Capital Management International Inc", "acmii"),
        org("ACMII", "acmii"), org("Mitsui Bank Ltd", "mitsui-bank"), *REUTER, pl("London"),
        org("Alliance Capital Management Corp", "alliance-capital-management"), pl("New York"),
        org("Mitsui", "mitsui-investment-management"),
        org("Mitsui Investment Co Ltd", "mitsui-investment-management"),
    ],
    "reuters-19185": [
        org("FEDERATED FINANCIAL", "federated-financial"),
        org("Federated Financial Savings and Loan Association", "federated-financial"), org("FSLIC", "fslic"),
        org("Federal Home Loan Bank Board"), org("Federated", "federated-financial"),
    ],
    "reuters-259": [
        pl("Indonesia"), *US, org("Embassy", "us-embassy-indonesia"), *REUTER,
    ],
    "reuters-3710": [
        org("CARGILL U.K.", "cargill-uk"), org("Cargill U.K. Ltd", "cargill-uk"), pl("Seaforth"),
    ],
    "reuters-3767": [
        org("FMHA", "farmers-home-administration"), org("Farmers Home Administration"), *US,
        org("Agriculture Department", "usda"), org("General Accounting Office", "gao"), org("GAO", "gao"),
        org("Senate Agriculture Committee"), per("Brian Crowley"), per("Crowley", "brian-crowley"),
        org("FmHA", "farmers-home-administration"), per("Patrick Leahy"), pl("Vt.", "vermont"), per("Vance Clark"),
        per("Clark", "vance-clark"), org("Congress", "us-congress"),
    ],
    "reuters-4421": [
        org("E-SYSTEMS", "e-systems"), org("E-Systems Inc", "e-systems"), per("John W. Dixon", "john-w-dixon"),
        per("Dixon", "john-w-dixon"), per("David R. Tacke", "david-r-tacke"), per("E. Gene Keigger", "e-gene-keigger"),
    ],
    "reuters-5348": [
        org("AUSIMONT COMPO", "ausimont-compo"), org("Ausimont Compo NV", "ausimont-compo"),
    ],
    "reuters-5940": [
        org("STERLING INC", "sterling-inc"), org("Sterling Inc", "sterling-inc"),
    ],
    "reuters-7469": [
        per("SOROS", "george-soros"), org("KING WORLD", "king-world-productions"), pl("New York"),
        per("George Soros"), org("King World Productions Inc", "king-world-productions"),
        org("Securities and Exchange Commission", "sec"), per("Soros", "george-soros"),
        org("King World", "king-world-productions"),
    ],
    "reuters-7822": [
        org("QUOTRON", "quotron-systems"), org("MERRILL LYNCH", "merrill-lynch"),
        org("Quotron Systems Inc", "quotron-systems"), org("Merrill Lynch Pierce Fenner and Smith", "merrill-lynch"),
        org("Quotron", "quotron-systems"), org("Merrill Lynch", "merrill-lynch"), org("Citicorp"),
    ],
    "reuters-8104": [
        org("RESERVE BANK", "reserve-bank-of-new-zealand"), pl("N.Z.", "new-zealand"),
        org("Reserve Bank", "reserve-bank-of-new-zealand"), org("Bank", "reserve-bank-of-new-zealand"), *REUTER,
    ],
    "reuters-8958": [
        org("FNMA", "fnma"), org("Federal National Mortgage Association", "fnma"),
    ],
    "reuters-9387": [
        pl("ITALY", "italy"), org("STET", "stet"), org("Societa Finanziaria Telefonica Spa", "stet"),
        org("Teleo Spa", "teleo"), org("Teleo"),
    ],
    "reuters-979": [
        org("re:(?<!<)AMR(?!>| Corp)", "amr"), org("AMR Corp", "amr"), org("American Airlines"),
        org("American", "american-airlines"), pl("Caribbean"), org("Boeing Co", "boeing"), oth("767-300", "boeing-767"),
        oth("A-300-600", "airbus-a300"), org("Airbus Industrie", "airbus"), org("General Electric Co", "general-electric"),
        oth("CF6-80C2", "cf6-80c2"), oth("Boeing 767s", "boeing-767"), *US, pl("Europe"),
        oth("Airbus A300s", "airbus-a300"), pl("San Juan"), pl("Puerto Rico"),
    ],
}


# Pairs of entity ids (both annotated above) that share a word or look alike but are different
# things (e.g. a person and a company named after him, a city and an organisation named after
# it, two people with one name, a country and its capital).
MUST_NOT_MERGE = [
    # one name or word, two things
    ["bill-berry", "jan-berry"], ["beverley-knight", "beverly-siemssen"], ["david-davis", "david-mcletchie"],
    ["david-mcletchie", "david-r-tacke"], ["david-davis", "david-r-tacke"], ["john-w-dixon", "john-weinberg"],
    ["john-w-dixon", "john-welch-jr"], ["john-weinberg", "john-welch-jr"], ["e-gene-keigger", "e-gerald-corrigan"],
    ["e-systems", "e-gene-keigger"], ["julian-robertson", "george-soros"], ["american-express", "american-airlines"],
    ["den-watts", "leslie-grantham"], ["rem", "mike-mills"], ["rem", "bill-berry"], ["rem", "losing-my-religion"],
    ["losing-my-religion", "one-i-love"], ["salam-pax", "baghdad-blogger"], ["theo-van-gogh", "submission"],
    ["oday-rasheed", "underexposure"], ["eminem", "shady-records"], ["encore", "mosh"],
    ["roni-size", "new-forms"], ["beverley-knight", "no-more"], ["donna-small", "asha-jama"],
    ["charlene-ellis", "letisha-shakespeare"], ["c-murder", "tru"], ["c-murder", "yall-heard-of-me"],
    ["bbc", "bbc-one"], ["bbc", "bbc-scotland"], ["bbc", "bbc-sport"], ["bbc", "bbc-news"], ["bbc-one", "bbc-news"],
    ["bbc-sport", "bbc-news"], ["bbc-one", "bbc-scotland"], ["bbc-one", "itv1"], ["eastenders", "bbc-one"],
    ["top-of-the-pops", "bbc-one"], ["glenn-campbell", "bbc-scotland"], ["scottish-conservative-party", "david-mcletchie"],
    ["david-mcletchie", "tods-murray"], ["jan-berry", "police-federation"], ["hazel-blears", "home-office"],
    ["home-office", "police-federation"], ["police-federation", "serious-organised-crime-and-police-bill"],
    ["wada", "ioc"], ["olympics", "ioc"], ["dick-pound", "wada"], ["victor-conte", "balco-laboratories"],
    ["st-helens-rlfc", "wigan-warriors"], ["great-britain-lions", "st-helens-rlfc"], ["tri-nations", "challenge-cup"],
    ["rfl", "st-helens-rlfc"], ["microsoft", "msn"], ["msn", "msn-spaces"], ["msn", "msn-messenger"],
    ["msn-spaces", "msn-messenger"], ["hotmail", "msn-messenger"], ["google", "blogger"], ["aol", "msn"],
    ["european-union", "european-parliament"],
    ["directive-on-the-patentability-of-computer-implemented-inventions", "european-union"],
    ["macrovision", "ripguard"], ["macrovision", "entertainment-technologies-group"], ["ico", "us-congress"],
    ["us-treasury", "federal-reserve"], ["federal-reserve", "new-york-fed"],
    ["federal-reserve", "reserve-bank-of-new-zealand"], ["federal-reserve", "federal-home-loan-bank-board"],
    ["federal-home-loan-bank-board", "fslic"], ["federated-financial", "federal-home-loan-bank-board"],
    ["federated-financial", "fslic"], ["fnma", "federal-home-loan-bank-board"], ["fnma", "farmers-home-administration"],
    ["general-electric", "rca"], ["rca", "nbc"], ["general-electric", "nbc"], ["general-electric", "employers-reinsurance"],
    ["john-welch-jr", "general-electric"], ["gillette", "gillette-canada"], ["julian-robertson", "tiger-management"],
    ["tiger-partnership", "tiger-management"], ["tiger-partnership", "jaguar-partnership"],
    ["jaguar-partnership", "puma-partnership"], ["king-world-productions", "george-soros"],
    ["senate-banking-committee", "senate-agriculture-committee"], ["william-proxmire", "senate-banking-committee"],
    ["patrick-leahy", "senate-agriculture-committee"], ["walter-wriston", "citicorp"], ["john-weinberg", "goldman-sachs"],
    ["sears", "american-express"], ["ford-motor", "ford-motor-credit"], ["moodys", "standard-and-poors"],
    ["mitsui-investment-management", "mitsui-bank"], ["acmii", "alliance-capital-management"],
    ["mitsui-investment-management", "acmii"], ["farmers-home-administration", "usda"], ["gao", "us-congress"],
    ["senate-agriculture-committee", "usda"], ["vance-clark", "farmers-home-administration"],
    ["quotron-systems", "citicorp"], ["merrill-lynch", "quotron-systems"], ["stet", "teleo"],
    ["amr", "american-airlines"], ["boeing", "boeing-767"], ["airbus", "airbus-a300"], ["boeing-767", "airbus-a300"],
    ["boeing", "airbus"], ["general-electric", "cf6-80c2"], ["germany", "lufthansa"],
    ["george-w-bush", "air-force-one"],
    # an organisation, work, event or venue named after a place, or a place inside a name
    ["baghdad", "baghdad-blogger"], ["iraq", "iraq-ministry-of-culture"], ["islington", "islington-academy"],
    ["london", "river-thames"], ["mtv-europe-awards", "europe"], ["mtv-europe-awards", "rome"],
    ["sheffield", "sheffield-arena"], ["new-york", "leaving-new-york"], ["new-york", "new-york-fed"],
    ["new-zealand", "reserve-bank-of-new-zealand"], ["edinburgh", "edinburgh-airport"], ["edinburgh", "holyrood"],
    ["frankfurt", "rhein-main"], ["great-britain-lions", "united-kingdom"], ["st-helens-rlfc", "knowsley-road"],
    ["new-orleans", "jefferson-parish"], ["birmingham", "aston"], ["cargill-uk", "united-kingdom"],
    ["indonesia", "us-embassy-indonesia"], ["united-states", "us-embassy-indonesia"], ["italy", "stet"],
    ["san-juan", "puerto-rico"], ["caribbean", "puerto-rico"], ["poland", "european-union"],
    # a capital or government body is not its country
    ["rome", "italy"], ["london", "united-kingdom"], ["united-states", "us-treasury"], ["united-states", "us-congress"],
    ["united-kingdom", "home-office"],
]
