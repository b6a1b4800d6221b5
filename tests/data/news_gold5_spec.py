"""Hand annotation of news_gold5 (see build_news_gold5.py): made blind, by reading the text,
by one annotator, with no extractor output in sight. It follows NEWS_NOTES and the DECISIONS
of news_gold3_spec.py and news_gold4_spec.py; the choices taken beyond those are listed in
DECISIONS below."""
from build_news_gold import REUTER, UK, US, org, oth, per, pl

DECISIONS = """\
- "Lord" is a title, left out of the span like "Mr" ("Lord Browne" -> "Browne").
- A city standing for an agreed programme named after it is a mention of the programme, as
  news_gold3 does for a race: "the Lisbon ambitions", "the Lisbon goals" are the Lisbon Agenda
  (OTHER); "a summit in Lisbon" is the city.
- A plural designator shared by coordinated names is left out of both spans ("San Diego and
  Orange Counties": "San Diego", "Orange", each the county; "Guangdong and Fujian provinces"),
  while a single one keeps its designator ("Orange County", "San Diego County").
- A city naming its airport in a list of airports ("Boston, Denver, Newark", "Dallas-Fort
  Worth", "Minneapolis-St. Paul airports") is a mention of the city, one per name in a
  hyphenated pair as GUIDELINES say; an airport's own name is its own PLACE entity
  ("Atlanta's Hartsfield": Atlanta, Hartsfield; "New York-LaGuardia": New York, LaGuardia;
  "J.F. Kennedy", "Dulles", "O'Hare").
- "Dow Jones" and "Dow" naming the industrial average are OTHER (an index, as FTSE 100):
  "Dow Jones industrial index" keeps "Dow Jones" (a lower-case generic after a name that means
  the index alone, as "the content of the Dow Jones" shows), "Dow Jones industrials", "Dow
  membership", "a Dow stock". "BDO optimism index" and "BDO's output index" hold the firm
  BDO Stoy Hayward (ORG), whose short name means the firm.
- Websites and named file-sharing software are services and software (OTHER: "Suprnova.org",
  the "Suprnova site", "Phoenix Torrents", "BitTorrent" in "BitTorrent network/system/servers"),
  unlike generic technologies ("MP3", "peer-to-peer", "broadband", "podcasting").
- A company's short name in an upper-case headline is a mention even where it reads like a
  common word: "33,467 COMMERCIAL SHARES" (Commercial Resources Corp), "ADDS INVESTMENT <IVES>
  SERVICE" (Investment Technologies Co, whose ticker follows it); "Rings" in "Rings musical"
  is the Lord of the Rings musical (OTHER, an id of its own, not the films of news_gold2).
- "Bollywood", the Hindi film industry, is OTHER (not a place, unlike Hollywood, a district
  of Los Angeles that news_gold2 and news_gold4 mark PLACE); "Bollywood Dreams", the musical
  as the text names it, is a work (OTHER). Fictional places are PLACE ("Middle Earth"), like
  fictional characters PERSON; a fictional people ("Hobbits") is not a mention, like a demonym.
- A business unit named by itself is an ORG ("Miles' Bayvet animal health business": Bayvet);
  a union's numbered local is an ORG ("Local 594"); a named offshore lease block is a PLACE
  ("Eugene Island Block 371").
- Where an article names two people of one family together ("David and Ed Mirvish"), the
  bare first name is a mention of its person ("David" -> David Mirvish)."""

SPEC = {
    "bbc-business-063": [
        *US, per("Steve Gallagher"), org("SG Corporate & Investment Banking", "sg-corporate-and-investment-banking"),
        per("Parul Jain"), org("Nomura Securities International"), per("Van Rourke"), org("Popular Securities"),
    ],
    "bbc-business-214": [
        *UK, org("BDO Stoy Hayward"), org("BDO", "bdo-stoy-hayward"), org("Bank of England"), per("Peter Hemington"),
    ],
    "bbc-business-221": [
        org("BP", "bp"), org("Shell", "royal-dutch-shell"), *UK, per("Browne", "lord-browne"),
        pl("City", "city-of-london"), org("BBC", "bbc"), oth("re:Today(?= programme)", "today-programme"),
        pl("Egypt"), pl("Gulf of Mexico"), pl("Angola"), pl("North Sea"),
    ],
    "bbc-business-285": [
        org("EU", "european-union"), pl("Europe"), org("European Commission"), org("Commission", "european-commission"),
        pl("Lisbon"), *US, oth("Lisbon Agenda"), oth("re:Lisbon(?= ambitions| goals)", "lisbon-agenda"), *UK,
        pl("Finland"), pl("Belgium"), pl("Denmark"), pl("Ireland"), pl("Netherlands"), pl("Greece"), pl("Italy"),
    ],
    "bbc-business-395": [
        org("Delta Air Lines"), org("Delta", "delta-air-lines"), *US, org("United", "united-airlines"),
        oth("SimpliFares", "simplifares"), pl("Cincinnati"), org("Continental", "continental-airlines"),
        org("American Airlines"), per("Ray Neidl"), org("Calyon Securities"),
    ],
    "bbc-business-400": [
        *US, org("Monsanto"), pl("Indonesia"), pl("Jakarta"), org("Department of Justice", "us-justice-department"),
        org("Securities and Exchange Commission", "sec"), org("SEC", "sec"), per("Christopher Wray"),
    ],
    "bbc-business-427": [
        pl("China"), org("Ministry of Commerce", "chinese-ministry-of-commerce"),
        org("State Administration of Taxation"), per("Xie Xuren"), per("Xie", "xie-xuren"), *US, pl("Washington"),
        org("US-China Economic and Security Review Commission", "us-china-economic-and-security-review-commission"),
    ],
    "bbc-entertainment-294": [
        *UK, oth("re:(?<!the )Rings(?= musical)", "lord-of-the-rings-musical"),
        oth("Lord of the Rings", "lord-of-the-rings-musical"), pl("London"), pl("Toronto"), pl("West End"),
        per("Kevin Wallace"), per("Wallace", "kevin-wallace"), per("Tolkien", "jrr-tolkien"),
        per("re:David(?= and Ed Mirvish)", "david-mirvish"), per("Ed Mirvish"), pl("Princess of Wales Theatre"),
        pl("Canada"), org("Canadian Actors' Equity", "canadian-actors-equity"), oth("Bollywood"), per("AR Rahman"),
        per("Andrew Lloyd Webber"), oth("Bollywood Dreams"), org("Varttina"), per("Matthew Warchus"), oth("Art"),
        pl("Middle Earth"), per("Peter Jackson"), per("JRR Tolkien"), oth("Academy Awards", "oscars"),
        oth("Return of the King"),
    ],
    "bbc-entertainment-330": [
        per("Douglas", "michael-douglas"), per("Michael Douglas"), pl("India"), oth("Romancing The Stone"),
        oth("Jewel Of The Nile"), pl("Hollywood"), per("Aishwarya Rai"), oth("Bride and Prejudice"),
        oth("Racing The Monsoon"), org("Wall Street Journal"), org("Further Films"), per("Shailendra Singh"),
        org("Percept Films"), per("Singh", "shailendra-singh"), per("Kathleen Turner"),
        oth("Golden Globe", "golden-globes"),
    ],
    "bbc-entertainment-360": [
        per("Lopez", "jennifer-lopez"), *UK, per("Jennifer Lopez"), oth("Shall We Dance?", "shall-we-dance"),
        oth("Shall We Dance"), pl("London"), per("Richard Gere"), pl("Leicester Square"), per("Peter Chelsom"),
        per("Gere", "richard-gere"), per("Carey Lowell"), per("Honor Blackman"), oth("Strictly Come Dancing"),
        per("Tess Daly"), per("Anita Dobson"), oth("Grammy", "grammy-awards"), per("Marc Anthony"),
    ],
    "bbc-politics-004": [
        org("Labour", "labour-party"), pl("Manchester"), org("Labour Party"), pl("Blackpool"),
        org("National Executive Committee", "labour-national-executive-committee"), pl("Bournemouth"),
        pl("Brighton"), per("Colin Asplin"), org("Blackpool Hotel Association"),
    ],
    "bbc-sport-503": [
        per("Safin", "marat-safin"), per("Marat Safin"), oth("Australian Open"), per("Lleyton Hewitt"),
        oth("Grand Slam"), per("Roger Federer"), per("Roger", "roger-federer"), per("Lleyton", "lleyton-hewitt"),
    ],
    "bbc-tech-047": [
        *US, org("Pew Internet and American Life Project"), oth("IPods", "ipod"), oth("iPods", "ipod"),
        per("Lee Rainie"),
    ],
    "bbc-tech-255": [
        pl("Hollywood"), oth("Suprnova.org", "suprnova"), oth("Suprnova"), oth("BitTorrent", "bittorrent"),
        org("Motion Picture Association of America", "mpaa"), org("MPAA", "mpaa"), oth("Phoenix Torrents"),
    ],
    "reuters-10219": [
        org("MCINTYRE MINES", "mcintyre-mines"), org("McIntyre Mines Ltd", "mcintyre-mines"),
        org("McIntyre", "mcintyre-mines"), org("Smoky River Coal Ltd", "smoky-river-coal"),
        org("Smoky River Coal"), org("Smoky River Holdings Ltd", "smoky-river-holdings"),
        org("Smoky River Holdings"), org("Smoky River", "smoky-river-coal"), pl("Alberta"), per("Michael Henson"),
        org("Falconbridge Ltd", "falconbridge"),
    ],
    "reuters-12460": [
        pl("U.K", "united-kingdom"), org("ROYAL ORDNANCE", "royal-ordnance"), pl("U.K.", "united-kingdom"),
        per("George Younger"), org("Royal Ordnance"), org("British Aerospace Plc", "british-aerospace"),
        org("GKN Plc", "gkn"), pl("Leeds"), org("Vickers Plc", "vickers"), org("Ferranti Plc", "ferranti"),
        org("Trafalgar House Plc", "trafalgar-house"), *UK, org("Rolls Royce Plc", "rolls-royce"),
        org("British Airports Authorities Plc", "british-airports-authority"), *REUTER,
    ],
    "reuters-12870": [
        org("EAC INDUSTRIES", "eac-industries"), org("EAC Industries Inc", "eac-industries"),
        org("re:(?<!<)EAC(?!>| INDUSTRIES| Industries)", "eac-industries"),
    ],
    "reuters-14326": [],
    "reuters-14450": [
        pl("MINNEAPOLIS", "minneapolis"), pl("Minneapolis"), pl("Duluth"),
    ],
    "reuters-14616": [
        org("MOODY'S", "moodys"), org("UNITED TECHNOLOGIES", "united-technologies"),
        org("Moody's Investors Service Inc", "moodys"), org("United Technologies Corp", "united-technologies"),
        org("United Technologies Credit Corp", "united-technologies-credit"),
        org("United Technologies Financial Services Inc", "united-technologies-financial-services"),
        org("United Technologies Finance N.V.", "united-technologies-finance"), org("Carrier Corp", "carrier"),
        org("Carrier International Finance N.V.", "carrier-international-finance"), org("Moody's", "moodys"),
        org("United Technologies"),
    ],
    "reuters-14996": [
        org("COMSTOCK GROUP", "comstock-group"), org("Comstock Group Inc", "comstock-group"),
        org("Spie Batignolles SA", "spie-batignolles"), pl("Paris"), org("Spie Group Inc", "spie-group"), *US,
    ],
    "reuters-15238": [
        org("UNION TEXAS", "union-texas-petroleum"), org("Union Texas Petroleum"),
        org("Union Texas", "union-texas-petroleum"), *US, org("Kohlberg Kravis Roberts and Co", "kohlberg-kravis-roberts"),
        org("Allied-Signal Inc", "allied-signal"), pl("Houston"), pl("United Kingdom", "united-kingdom"),
        pl("Indonesia"), pl("Pakistan"), pl("Alaska"), pl("Colville Delta"), pl("Eugene Island Block 371"),
        pl("Gulf of Mexico"),
    ],
    "reuters-15770": [
        org("S/P", "standard-and-poors"), org("GENERAL INSTRUMENT", "general-instrument"),
        org("Standard and Poor's Corp", "standard-and-poors"), org("General Instrument Corp", "general-instrument"),
        org("S and P", "standard-and-poors"),
    ],
    "reuters-17962": [
        pl("FIJI", "fiji"), pl("Fiji"), per("Timoci Bavadra"), per("Bavadra", "timoci-bavadra"),
        org("Australian Waterside Workers' Federation", "australian-waterside-workers-federation"), pl("Nadi"),
        pl("Lautoka"), org("Westpac"),
    ],
    "reuters-185": [
        org("VERSATILE", "versatile-corp"), org("VICON", "vicon"), org("Versatile Corp", "versatile-corp"),
        pl("Alberta"), org("Versatile Noble Cultivators Co", "versatile-noble-cultivators"),
        org("Vicon Inc", "vicon"), pl("Ontario"),
    ],
    "reuters-19137": [
        org("MTECH", "mtech"), org("COMMERCIAL", "commercial-resources"), org("MTech Corp", "mtech"),
        org("Commercial Resources Corp", "commercial-resources"),
    ],
    "reuters-19920": [
        *US, org("HOUSE", "us-house-of-representatives"), oth("TRUTH IN SAVINGS ACT", "truth-in-savings-act"),
        org("House of Representatives", "us-house-of-representatives"), org("House Banking Committee"),
        per("Fernand St Germain"), pl("Rhode Island"), org("Senate", "us-senate"),
    ],
    "reuters-20250": [
        pl("MEXICO", "mexico"), *US, pl("Mexico"), pl("San Diego County", "san-diego-county"),
        pl("San Diego", "san-diego-county"), pl("re:Orange(?= Counties)", "orange-county"), pl("Orange County"),
        pl("California"), org("Agriculture Department", "usda"), pl("Mexico City"),
    ],
    "reuters-21382": [
        org("IC INDUSTRIES", "ic-industries"), org("IC Industries Inc", "ic-industries"), org("IC", "ic-industries"),
        org("Pneumo Abex"), org("Illinois Central Gulf Railroad"), org("Pet Inc", "pet"),
        org("Pepsi-Cola General Bottlers"), org("Midas International Corp", "midas-international"),
        org("Hussmann Corp", "hussmann"),
    ],
    "reuters-2139": [
        org("GENERAL VIDEOTEX", "general-videotex"), org("re:INVESTMENT(?= <IVES>)", "investment-technologies"),
        org("General Videotex Corp", "general-videotex"), org("Investment Technologies Co", "investment-technologies"),
        oth("VESTOR", "vestor"), oth("DELPHI", "delphi"), oth("Delphi"),
    ],
    "reuters-3106": [
        org("CAMBRIDGE MEDICAL", "cambridge-medical-technology"),
        org("Cambridge Medical Technology Corp", "cambridge-medical-technology"),
        org("Panbaxy Laboratories"), org("Cambridge", "cambridge-medical-technology"), *US,
        org("Food and Drug Administration", "fda"),
    ],
    "reuters-3442": [
        pl("CHINA", "china"), pl("China"), org("Bank of China"), org("Shenzhen Economic Zone Daily"),
        pl("Guangdong"), pl("Fujian"), *US, pl("Hong Kong"), pl("Hainan"), pl("Singapore"), pl("Wenzhou"),
        pl("Zhejiang"), *REUTER,
    ],
    "reuters-3867": [
        org("MILES LABORATORIES INC", "miles-laboratories"), org("Bayer AG", "bayer"), pl("West Germany"),
        org("Miles", "miles-laboratories"), org("Bayvet"), org("Mobay Corp", "mobay"),
    ],
    "reuters-3987": [
        org("INCO", "inco"), oth("DOW", "dow-jones-industrial-average"), org("Inco Ltd", "inco"),
        oth("Dow Jones", "dow-jones-industrial-average"), per("Ken Cherney"), org("Inco"),
        org("Toronto Stock Exchange"), per("Cherney", "ken-cherney"), org("Wall Street Journal"),
        oth("Dow", "dow-jones-industrial-average"), org("Owens-Illinois Inc", "owens-illinois"),
        org("Coca-Cola Co", "coca-cola"), org("Boeing Co", "boeing"), per("Ilmar Martens"),
        org("Walwyn Stodgell Cochran Murray Ltd", "walwyn-stodgell-cochran-murray"),
        per("Martens", "ilmar-martens"), *US,
    ],
    "reuters-3992": [
        org("Department of Transportation", "us-department-of-transportation"),
        org("DOT", "us-department-of-transportation"), per("Elizabeth Dole"), per("Dole", "elizabeth-dole"),
        pl("Atlanta"), pl("Hartsfield", "hartsfield-airport"), pl("Chicago"), pl("O'Hare", "ohare-airport"),
        pl("Dallas"), pl("Fort Worth"), pl("Boston"), pl("Denver"), pl("Newark"), pl("Philadelphia"), *US,
        pl("Minneapolis"), pl("St. Paul", "st-paul"), pl("New York"), pl("LaGuardia", "laguardia-airport"),
        pl("J.F. Kennedy", "jfk-airport"), pl("San Francisco"), pl("St. Louis", "st-louis"), pl("Washington"),
        pl("Dulles", "dulles-airport"),
    ],
    "reuters-4107": [
        org(r"re:(?<!<)GUS(?!\.L>)", "great-universal-stores"), org("PANTHERELLA", "pantherella"),
        org("Great Universal Stores Plc", "great-universal-stores"), org("Pantherella Plc", "pantherella"),
        org("Pantherella"), *REUTER,
    ],
    "reuters-4494": [
        org("CORE INDUSTRIES INC", "core-industries"),
    ],
    "reuters-7230": [
        org("UAW", "uaw"), org("re:(?<!<)GM(?!>)", "general-motors"), org("United Auto Workers", "uaw"),
        org("General Motors Corp", "general-motors"), org("General Motors"), pl("Pontiac"), pl("Mich.", "michigan"),
        per("Donald F. Ephlin", "donald-f-ephlin"), org("Local 594", "uaw-local-594"),
    ],
    "reuters-8510": [
        org("BRUNSWICK", "brunswick"), org("Brunswick Corp", "brunswick"), org("Brunswick"), per("Jack Reichert"),
        per("Reichart", "jack-reichert"), per("Reichert", "jack-reichert"), oth("Summer Olympics"),
        oth("Pan American Games"), pl("California"), per("Frederick Florjancic"),
        per("Florjancic", "frederick-florjancic"),
    ],
    "reuters-8745": [
        org("PETRIE STORES CORP", "petrie-stores"),
    ],
}


# Pairs of entity ids (both annotated above) that share a word or look alike but are different
# things (e.g. a person and a company named after him, a city and an organisation named after
# it, two people with one name, a country and its capital).
MUST_NOT_MERGE = [
    # one name or word, two things
    ["nomura-securities-international", "popular-securities"], ["calyon-securities", "popular-securities"],
    ["bdo-stoy-hayward", "bank-of-england"], ["bp", "royal-dutch-shell"], ["bbc", "today-programme"],
    ["european-union", "european-commission"], ["europe", "european-union"],
    ["european-commission", "us-china-economic-and-security-review-commission"],
    ["delta-air-lines", "united-airlines"], ["united-airlines", "american-airlines"],
    ["delta-air-lines", "continental-airlines"], ["united-airlines", "united-states"],
    ["sec", "us-justice-department"], ["chinese-ministry-of-commerce", "state-administration-of-taxation"],
    ["lord-of-the-rings-musical", "return-of-the-king"], ["jrr-tolkien", "lord-of-the-rings-musical"],
    ["david-mirvish", "ed-mirvish"], ["kevin-wallace", "matthew-warchus"], ["peter-jackson", "peter-chelsom"],
    ["peter-jackson", "peter-hemington"], ["andrew-lloyd-webber", "bollywood-dreams"], ["bollywood", "hollywood"],
    ["bollywood", "bollywood-dreams"], ["michael-douglas", "michael-henson"], ["michael-douglas", "kathleen-turner"],
    ["romancing-the-stone", "jewel-of-the-nile"], ["further-films", "percept-films"],
    ["golden-globes", "oscars"], ["grammy-awards", "golden-globes"], ["grammy-awards", "oscars"],
    ["jennifer-lopez", "marc-anthony"], ["richard-gere", "carey-lowell"], ["shall-we-dance", "strictly-come-dancing"],
    ["labour-party", "labour-national-executive-committee"], ["marat-safin", "roger-federer"],
    ["marat-safin", "lleyton-hewitt"], ["australian-open", "grand-slam"], ["ipod", "pew-internet-and-american-life-project"],
    ["suprnova", "phoenix-torrents"], ["suprnova", "bittorrent"], ["mpaa", "hollywood"],
    ["mcintyre-mines", "smoky-river-coal"], ["smoky-river-coal", "smoky-river-holdings"],
    ["mcintyre-mines", "falconbridge"], ["royal-ordnance", "rolls-royce"],
    ["british-aerospace", "british-airports-authority"], ["vickers", "ferranti"], ["gkn", "british-aerospace"],
    ["moodys", "standard-and-poors"], ["united-technologies", "united-technologies-credit"],
    ["united-technologies", "united-technologies-financial-services"],
    ["united-technologies", "united-technologies-finance"],
    ["united-technologies-credit", "united-technologies-finance"],
    ["united-technologies-finance", "united-technologies-financial-services"],
    ["united-technologies-finance", "carrier-international-finance"], ["carrier", "carrier-international-finance"],
    ["united-technologies", "united-states"], ["spie-batignolles", "spie-group"], ["comstock-group", "spie-group"],
    ["union-texas-petroleum", "allied-signal"], ["union-texas-petroleum", "kohlberg-kravis-roberts"],
    ["united-states", "united-kingdom"], ["general-instrument", "standard-and-poors"],
    ["australian-waterside-workers-federation", "westpac"], ["nadi", "lautoka"],
    ["versatile-corp", "versatile-noble-cultivators"], ["versatile-corp", "vicon"], ["mtech", "commercial-resources"],
    ["us-house-of-representatives", "us-senate"], ["us-house-of-representatives", "house-banking-committee"],
    ["truth-in-savings-act", "us-house-of-representatives"], ["san-diego-county", "orange-county"],
    ["ic-industries", "illinois-central-gulf-railroad"], ["ic-industries", "pneumo-abex"],
    ["pet", "pepsi-cola-general-bottlers"], ["midas-international", "hussmann"],
    ["general-videotex", "investment-technologies"], ["vestor", "investment-technologies"],
    ["delphi", "general-videotex"], ["cambridge-medical-technology", "panbaxy-laboratories"],
    ["guangdong", "fujian"], ["wenzhou", "zhejiang"], ["miles-laboratories", "bayer"], ["bayer", "mobay"],
    ["bayer", "bayvet"], ["bayvet", "mobay"], ["inco", "dow-jones-industrial-average"],
    ["wall-street-journal", "dow-jones-industrial-average"], ["ken-cherney", "ilmar-martens"],
    ["owens-illinois", "coca-cola"], ["boeing", "coca-cola"], ["elizabeth-dole", "us-department-of-transportation"],
    ["laguardia-airport", "jfk-airport"], ["st-paul", "st-louis"], ["minneapolis", "st-paul"], ["dallas", "fort-worth"],
    ["great-universal-stores", "pantherella"], ["uaw", "uaw-local-594"], ["uaw", "general-motors"],
    ["jack-reichert", "frederick-florjancic"], ["summer-olympics", "pan-american-games"],
    # an organisation, work or event named after a place, or a place inside a name
    ["lisbon", "lisbon-agenda"], ["mexico", "gulf-of-mexico"], ["china", "us-china-economic-and-security-review-commission"],
    ["united-states", "us-china-economic-and-security-review-commission"], ["london", "west-end"],
    ["toronto", "toronto-stock-exchange"], ["toronto", "princess-of-wales-theatre"], ["canada", "canadian-actors-equity"],
    ["blackpool", "blackpool-hotel-association"], ["city-of-london", "london"], ["alberta", "smoky-river-holdings"],
    ["united-kingdom", "british-airports-authority"], ["united-kingdom", "british-aerospace"],
    ["paris", "spie-batignolles"],
    ["california", "san-diego-county"], ["california", "orange-county"], ["united-states", "usda"],
    ["united-states", "fda"], ["china", "bank-of-china"], ["china", "hong-kong"], ["china", "chinese-ministry-of-commerce"],
    ["west-germany", "bayer"], ["atlanta", "hartsfield-airport"], ["chicago", "ohare-airport"],
    ["new-york", "laguardia-airport"], ["new-york", "jfk-airport"], ["washington", "dulles-airport"],
    ["pontiac", "michigan"], ["middle-earth", "lord-of-the-rings-musical"],
    # a capital or government seat is not its country
    ["washington", "united-states"], ["mexico", "mexico-city"], ["jakarta", "indonesia"],
]
