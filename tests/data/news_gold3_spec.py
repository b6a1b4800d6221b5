"""Hand annotation of news_gold3 (see build_news_gold3.py): made blind, by reading the text,
by one annotator, with no extractor output in sight. Decisions beyond NEWS_NOTES are listed in
DECISIONS below."""
from build_news_gold import REUTER, UK, US, org, oth, per, pl

DECISIONS = """\
- A national rugby side is written as its country and is a PLACE mention (as in news_gold2:
  "England", "Ireland", "Scotland", "Italy"); a club named after its town is an ORG with its own
  id ("Bath", "Leicester", "Newcastle", "Edinburgh", "Glasgow", "Sale" as clubs), distinct from
  the town ("Newcastle" is the town in bbc-politics-365). "England A" is a side, not a place: ORG.
- Players listed by surname or initial and surname in line-ups are PERSON mentions; an entity
  id carries the initial when the article gives one ("C Smith", "T Smith").
- A city standing for a race held there is a mention of the race ("a day after London",
  "London is very special to me", "Boston is definitely a race"): OTHER.
- Holidays and seasons (Christmas, Lunar New Year), the Budget, and adjectives of events
  ("Olympic marathon", "Olympic star") are not mentions, like weekdays and months.
- "Whitehall" standing for the civil service is an ORG, like "Kremlin" and "White House".
- Products, services and named robots are OTHER ("Sky Plus", "Freeview", "BT Communicator",
  "BT Together", "Asimo", "Qrio", "MoneyMover 24-Hour Teller", "Plus System"); so is a named
  fiscal aggregate ("Exchequer Borrowing Requirement") and the "Union flag".
- Lower-case "us 1-3" (a U.S. grade in a lower-case USDA report) and "usda" are mentions of
  the United States and the USDA.
- A department named with its state before it is split ("Florida Insurance Department":
  Florida, Insurance Department), as NEWS_NOTES say for countries.
- "a Treasury spokesman" names the Treasury (ORG); "Treasury Secretary" is a role."""

SPEC = {
    "bbc-business-035": [
        org("WPP", "wpp"), *UK, *US, org("Grey Global"), org("Omnicom"), per("Martin Sorrell"), *REUTER,
        org("United Business Media"), org("NOP World"), org("Ogilvy & Mather", "ogilvy-and-mather"),
        org("Cordiant Communications"), org("Young & Rubicam", "young-and-rubicam"), org("J Walter Thompson"),
        oth("Olympics"), oth("FIFA World Cup", "fifa-world-cup"),
    ],
    "bbc-business-044": [
        pl("Japan"), pl("Tokyo"), org("Cabinet Office", "japan-cabinet-office"), per("Heizo Takenaka"),
        per("Takenaka", "heizo-takenaka"), per("Naoki Iizuka"), org("Dai-ichi Life Research Institute"),
    ],
    "bbc-business-054": [
        org("Hyundai Motor"), org("Hyundai", "hyundai-motor"), pl("India"), pl("South Korea"),
        pl("re:South Korean(?='s)", "south-korea"), pl("Chennai"), pl("Tamil Nadu"), per("Chung Mong-koo"),
        pl("Europe"), pl("Latin America"), pl("Middle East"),
    ],
    "bbc-business-288": [
        org("GE", "general-electric"), org("General Electric"), *US, per("Jeff Immelt"),
        per("Immelt", "jeff-immelt"), org("NBC", "nbc"), per("Steve Roukis"), org("Matrix Asset Advisors"),
        org("Vivendi Universal"), org("NBC Universal"), org("Universal Studio", "universal-studios"),
        oth("re:(?<=')Ray(?=')", "ray"), per("Ray Charles"),
    ],
    "bbc-business-496": [
        pl("Europe"), pl("Asia"), *US, org("White House"), pl("China"), per("Herve Gaymard"), per("Hans Eichel"),
        org("G7", "g7"),
    ],
    "bbc-politics-269": [
        org("Labour", "labour-party"), org("Tories", "conservative-party"), org("Conservatives", "conservative-party"),
        org("Lib Dems", "liberal-democrats"), per("Tony Blair"), per("Michael Howard"), per("Charles Kennedy"),
        org("ICM", "icm"), org("Ofsted"), oth("Union flag"),
    ],
    "bbc-politics-365": [
        org("Whitehall"), pl("London"), per("Gordon Brown"), per("Brown", "gordon-brown"),
        pl("South East", "south-east-england"), org("Department of the Environment, Food and Rural Affairs", "defra"),
        org("Department for Work and Pensions"), org("Department of Trade and Industry"),
        org("Inland Revenue and Customs"), org("Department of Health"), pl("Yorkshire"),
        org("Department of Culture"), pl("Birmingham"), pl("Newcastle"), per("Mark Serwotka"),
        org("Public and Commercial Services Union"), org("Tories", "conservative-party"), oth("New Deal"),
        org("Treasury", "uk-treasury"),
    ],
    "bbc-sport-065": [
        per("Radcliffe", "paula-radcliffe"), per("Paula Radcliffe"), pl("London"),
        oth("Flora London Marathon"), oth("re:(?<=a day after )London", "flora-london-marathon"),
        oth("re:London(?= is very special)", "flora-london-marathon"), per("David Bedford"),
        pl("re:(?<!David )Bedford", "bedford"), pl("Chicago"), pl("Athens"), oth("New York Marathon"),
        pl("New York"), oth("Boston Marathon"), oth("re:Boston(?= is definitely)", "boston-marathon"),
    ],
    "bbc-sport-285": [
        per("Vickery", "phil-vickery"), oth("Six Nations"), oth("RBS Six Nations", "six-nations"), pl("England"),
        per("Phil Vickery"), org("Gloucester", "gloucester-rugby"), org("Bath", "bath-rugby"),
        pl("West country", "west-country"), per("Olly Barkley"), per("Barkley", "olly-barkley"), pl("Ireland"),
        per("Andy Robinson"), per("Robinson", "andy-robinson"), oth("World Cup", "rugby-world-cup"),
        per("Jonny Wilkinson"), per("Will Greenwood"), per("Mike Tindall"), per("Richard Hill"),
        per("Trevor Woodman"), org("Leicester", "leicester-tigers"), per("Julian White"), per("Matt Stevens"),
        per("Duncan Bell"), org("England A"), pl("France"), per("John Connolly"), per("Mathew Tait"),
        per("Tait", "mathew-tait"), per("Henry Paul"), per("Paul", "henry-paul"),
        org("Newcastle", "newcastle-falcons"), per("Ollie Smith"), per("Andy Goode"), pl("Dublin"),
    ],
    "bbc-sport-376": [
        org("Wasps"), org("Leicester", "leicester-tigers"), oth("Heineken Cup"), pl("Causeway Stadium"),
        org("Tigers", "leicester-tigers"), per("Lewis Moody"), per("Geordan Murphy"), per("Martin Corry"),
        per("Josh Lewsey"), per("Mark van Gisbergen"), per("Andy Goode"), per("Goode", "andy-goode"),
        per("Nigel Williams"), per("Van Ginsberg", "mark-van-gisbergen"), per("Lawrence Dallaglio"),
        org("Biarritz"), per("Warren Gatland"), per("Gatland", "warren-gatland"), per("John Wells"),
        per("Wells", "john-wells"), per("Graham Rowntree"), per("Julian White"),
        # line-ups
        per("Van Gisbergen", "mark-van-gisbergen"), per("Lewsey", "josh-lewsey"), per("Erinle"), per("Abbott"),
        per("Voyce"), per("King"), per("Dawson"), per("Dowd"), per("Greening"), per("Green"), per("Shaw"),
        per("Birkett"), per("Worsley"), per("O'Connor", "o-connor"), per("Dallaglio", "lawrence-dallaglio"),
        per("Gotting"), per("McKenzie"), per("Lock"), per("Hart"), per("Biljon"), per("Brooks"), per("Hoadley"),
        per("Murphy", "geordan-murphy"), per("Rabeni"), per("Smith", "ollie-smith"), per("Gibson"),
        per("Healey"), per("Ellis"), per("Rowntree", "graham-rowntree"), per("Chuter"),
        per("White", "julian-white"), per("M Johnson"), per("L Deacon"), per("Moody", "lewis-moody"),
        per("Back"), per("Corry", "martin-corry"), per("Buckland"), per("Cockerill"), per("Morris"), per("Kay"),
        per("W Johnson"), per("B Deacon"), per("H Tuilagi"), per("Bemand"), per("A Tuiliagi"), per("Lloyd"),
        per("Vesty"),
    ],
    "bbc-sport-410": [
        per("Taylor", "simon-taylor"), per("Simon Taylor"), per("Simon", "simon-taylor"), pl("Scotland"),
        oth("Six Nations"), pl("Italy"), org("Edinburgh", "edinburgh-rugby"), pl("Ireland"), pl("Dublin"),
        per("Chris Paterson"), org("Saracens"), org("Northampton", "northampton-saints"), oth("Super 12"),
        org("Cats"), per("Matt Williams"),
        # squad list
        per("M Blair"), per("A Craig"), per("C Cusiter"), per("S Danielli"), per("M Di Rollo"),
        per("A Henderson"), per("B Hinshelwood"), per("R Lamont"), per("S Lamont"), per("D Parks"),
        per("C Paterson", "chris-paterson"), per("G Ross"), per("H Southwell"), per("S Webster"),
        per("R Beattie"), per("G Bulloch"), per("B Douglas"), per("J Dunbar"), per("I Fullarton"),
        per("S Grimes"), per("N Hines"), per("A Hogg"), per("G Kerr"), per("N Lloyd"), per("S Murray"),
        per("J Petrie"), per("R Russell"), per("C Smith"), per("T Smith"), per("S Taylor", "simon-taylor"),
        per("J White"), org("Glasgow", "glasgow-rugby"), org("Borders", "borders-rugby"),
        org("Worcester", "worcester-warriors"), org("Leeds", "leeds-tykes"),
        org("Newcastle", "newcastle-falcons"), org("London Irish"), org("Sale", "sale-sharks"),
    ],
    "bbc-tech-070": [
        org("Telewest"), org("Telewest Broadband", "telewest"), oth("Sky Plus"), org("Sky"), *UK,
        oth("Freeview"), per("Eric Tveter"), org("Dixons", "dixons-group"),
    ],
    "bbc-tech-136": [
        org("BT", "bt"), *UK, oth("BT Communicator"), oth("BT Together"), per("Andrew Burke"), org("BT Retail"),
        per("Ian Fogg"), org("Jupiter Research"),
    ],
    "bbc-tech-246": [
        org("Honda"), oth("Asimo"), oth("Advanced Step in Innovative Mobility", "asimo"), per("Kelly Holmes"),
        org("Sony"), oth("Qrio"), oth("Robot Hall of Fame"), pl("Czech Republic"),
        org("United Nations Economic Commission for Europe", "unece"),
    ],
    "reuters-10504": [
        org("KRUPP", "krupp-stahl"), pl("W. GERMANY", "west-germany"), org("Krupp Stahl AG", "krupp-stahl"),
        pl("North Rhine Westphalia", "north-rhine-westphalia"), pl("Hanover"), org("Krupp", "krupp-stahl"),
        per("Alex I."), org("Krupp AG", "krupp-stahl"), pl("Bochum"), org("Hannoversche Allgemeine"),
        org("Neue Presse"), *REUTER,
    ],
    "reuters-10838": [
        org("re:(?<!<)GTE(?!>| Corp| EFT)", "gte"), org("INDIANA NAT'L", "indiana-national"), org("GTE Corp", "gte"),
        org("GTE EFT Services Inc", "gte-eft-services"), org("GTE EFT Service", "gte-eft-services"),
        org("Indiana National Corp", "indiana-national"), org("Indiana National"),
        oth("MoneyMover 24-Hour Teller", "moneymover"), oth("MoneyMover"), oth("Plus System"),
        org("CommerceAmerica Banking Company"), pl("Indiana"), pl("Kentucky"),
    ],
    "reuters-11443": [
        org("AMERICAN RECREATION CENTERS INC", "american-recreation-centers"),
    ],
    "reuters-11858": [
        pl("Ireland"), per("Ray MacSharry"), oth("Exchequer Borrowing Requirement"), org("Allied Irish Banks"),
        per("John Kearney"), *REUTER,
    ],
    "reuters-12747": [
        org("SHEARSON LEHMAN", "shearson-lehman-brothers"), per("KHOO", "khoo-teck-puat"),
        org("Shearson Lehman Brothers Inc", "shearson-lehman-brothers"), per("Khoo Teck Puat"),
        org("Shearson", "shearson-lehman-brothers"), per("Khoo", "khoo-teck-puat"),
        org("National Bank of Brunei Bhd", "national-bank-of-brunei"), org("NBB", "national-bank-of-brunei"),
        pl("Brunei"), *REUTER,
    ],
    "reuters-13894": [
        pl("INDIANAPOLIS", "indianapolis"), org("USDA", "usda"), org("usda", "usda"),
        pl("re:us(?= 1-3)", "united-states"),
    ],
    "reuters-15024": [
        org("SOUTHMARK", "southmark"), org("Southmark Corp", "southmark"), org("Don Bybee and Associates"),
        pl("Salem"), pl("Ore.", "oregon"),
    ],
    "reuters-15642": [
        org("USDA", "usda"),
    ],
    "reuters-16020": [
        org("Manhattan Federal Court"), org("Goldman Sachs and Co", "goldman-sachs"), org("Goldman Sachs"),
        org("Kidder Peabody and Co", "kidder-peabody"), org("Kidder Peabody Co Inc", "kidder-peabody"),
        org("Kidder Peabody"), org("Kidder", "kidder-peabody"), per("Robert Freeman"),
        per("Freeman", "robert-freeman"), per("Richard Wigton"), per("Wigton", "richard-wigton"),
        per("Timothy Tabor"), per("Tabor", "timothy-tabor"), per("Martin Siegel"), per("Siegel", "martin-siegel"),
    ],
    "reuters-16953": [
        org("BOWATER", "bowater-industries"), org("HOOPER AND ASHBY", "hooper-and-ashby"),
        org("Bowater Industries Plc", "bowater-industries"), org("Bowater", "bowater-industries"),
        pl("Southampton"), org("Hooper and Ashby Ltd", "hooper-and-ashby"), org("Hooper", "hooper-and-ashby"),
        *REUTER,
    ],
    "reuters-17090": [
        org("Chicago Mercantile Exchange"),
    ],
    "reuters-17218": [
        *US, pl("AUSTRALIA", "australia"), pl("Australia"), per("James Baker"), per("Yasuhiro Nakasone"),
        per("Nakasone", "yasuhiro-nakasone"), org("re:Treasury(?= spokesman)", "us-treasury"), *REUTER,
    ],
    "reuters-18212": [
        org("SOCAL EDISON", "southern-california-edison"), org("Southern California Edison Co", "southern-california-edison"),
        org("Southern California Edison"), per("Howard Allen"), per("Allen", "howard-allen"),
    ],
    "reuters-18425": [
        per("KEATING", "paul-keating"), pl("AUSTRALIA", "australia"), per("Paul Keating"),
        per("Keating", "paul-keating"), org("Statistics Bureau", "australian-bureau-of-statistics"),
        org("Bureau", "australian-bureau-of-statistics"), org("re:Treasury(?= forecast)", "australian-treasury"),
        *REUTER,
    ],
    "reuters-18745": [
        org("FECSA", "fecsa"), org("Fuerzas Electricas de Cataluna S.A.", "fecsa"), pl("Barcelona"),
        org("Bank of America International Ltd", "bank-of-america-international"),
        org("Bank of America", "bank-of-america-international"), org("Sanwa Bank Ltd", "sanwa-bank"),
        org("Sanwa", "sanwa-bank"), org("Bankers Trust Co", "bankers-trust"), org("Caixa de Barcelona"),
        org("Confederacion Espanola de Cajas de Ahorros"), org("Chase Manhattan Bank"), org("Deutsche Bank"),
        org("Long Term Credit Bank of Japan"), org("Orient Leasing Ltd", "orient-leasing"),
        org("Crown Leasing Ltd", "crown-leasing"), org("Japan Overseas Leasing Co", "japan-overseas-leasing"),
        org("Citicorp"), org("Gulf Bank KSC", "gulf-bank"), *REUTER,
    ],
    "reuters-19116": [
        org("INT'L MEDICAL", "international-medical-centres"), org("Circuit Court", "florida-circuit-court"),
        org("International Medical Centres Inc", "international-medical-centres"),
        org("International", "international-medical-centres"), pl("Florida"),
        org("Department of Insurance", "florida-department-of-insurance"),
        org("Insurance Department", "florida-department-of-insurance"), oth("Medicare"),
        per("Michelle McLawhorn"), per("McLawhorn", "michelle-mclawhorn"),
        org("State Mutual Life Assurance Co of America", "state-mutual"), org("State Mutual"),
    ],
    "reuters-21107": [
        per("REAGAN", "ronald-reagan"), per("Reagan", "ronald-reagan"), org("White House"),
        per("C. William Verity", "c-william-verity"),
    ],
    "reuters-228": [
        pl("Thailand"), org("Commerce Ministry", "thai-commerce-ministry"), *REUTER,
    ],
    "reuters-3642": [
        org("MESA AIRLINES INC", "mesa-airlines"), org("Josephthal and Co Inc", "josephthal"),
        org("Emmett A. Larkin Co Inc", "emmett-a-larkin"), org("Hays Securities Corp", "hays-securities"),
        org("Mesa Airlines Inc", "mesa-airlines"),
    ],
    "reuters-4807": [
        org("re:(?<!<)KLM", "klm"), org("KLM Royal Dutch Airlines", "klm"),
        org("British and Commonwealth Shipping Plc", "british-and-commonwealth"),
        org("British and Commonwealth", "british-and-commonwealth"),
        org("IML Air Services Group Ltd", "iml-air-services"), org("Air U.K. Ltd", "air-uk"),
    ],
    "reuters-4883": [
        org("LIFFE", "liffe"), org("SEC", "sec"), *US, org("U.S. Securities and Exchange Commission", "sec"),
        org("London International Financial Futures Exchange", "liffe"), per("Michael Jenkins"),
        per("Jenkins", "michael-jenkins"), org("Chicago Board of Trade"), pl("U.K.", "united-kingdom"),
        org("CBOT", "chicago-board-of-trade"), org("Commodity Futures Trading Commmission", "cftc"),
        org("CFTC", "cftc"), *REUTER,
    ],
    "reuters-5918": [
        org("SWISSAIR", "swissair"), org("Swissair"), *REUTER,
    ],
    "reuters-6935": [
        org("CZARNIKOW", "c-czarnikow"), org("C Czarnikow"), org("Czarnikow", "c-czarnikow"),
        org("European Community"), org("EC", "european-community"), org("Licht"), pl("W Germany", "west-germany"),
        pl("Netherlands"), pl("USSR", "soviet-union"), pl("Hungary"), pl("Romania"), pl("Poland"), pl("Turkey"),
        pl("Yugoslavia"), pl("France"), pl("W Europe", "western-europe"), pl("E Europe", "eastern-europe"),
        pl("Europe"), *REUTER,
    ],
    "reuters-7749": [
        org("DIXONS", "dixons-group"), org("SEC", "sec"), org("CYCLOPS", "cyclops"),
        org("Dixons Group PLC", "dixons-group"), org("Securities and Exchange Commission", "sec"),
        org("Cyclops Corp", "cyclops"), org("Dixons", "dixons-group"), org("Cyclops"),
    ],
    "reuters-9178": [
        pl("TAIWAN", "taiwan"), pl("Taiwan"), *REUTER,
    ],
    "reuters-9617": [
        *US, org("Agriculture Department", "usda"), org("Congress", "us-congress"), org("USDA", "usda"),
        per("Daniel Amstutz"), per("Amstutz", "daniel-amstutz"), org("American Soybean Association"),
        per("Dave Haggard"), per("Richard Lyng"), per("Bill O'Conner", "bill-o-conner"),
        per("O'Conner", "bill-o-conner"), per("Edward Madigan"), pl("re:(?<=R-)Ill", "illinois"),
        org("Agriculture Committee", "house-agriculture-committee"), per("David Graves"),
        per("Graves", "david-graves"), per("Thad Cochran"), per("Cochran", "thad-cochran"),
        pl("re:(?<=R-)Miss", "mississippi"),
    ],
}


# Pairs of entity ids (both annotated above) that share a word or look alike but are different
# things (e.g. a person and a company named after him, a city and a club named after it, two
# people with one surname, a country and its capital).
MUST_NOT_MERGE = [
    # one name or word, two things
    ["julian-white", "j-white"], ["m-blair", "tony-blair"], ["c-smith", "t-smith"], ["ollie-smith", "c-smith"],
    ["ollie-smith", "t-smith"], ["r-lamont", "s-lamont"], ["m-johnson", "w-johnson"], ["l-deacon", "b-deacon"],
    ["h-tuilagi", "a-tuiliagi"], ["lloyd", "n-lloyd"], ["green", "greening"], ["matt-williams", "nigel-williams"],
    ["chris-paterson", "c-cusiter"], ["simon-taylor", "s-webster"], ["andy-robinson", "andy-goode"],
    ["john-wells", "john-connolly"], ["david-bedford", "bedford"], ["ray", "ray-charles"], ["nbc", "nbc-universal"],
    ["vivendi-universal", "nbc-universal"], ["universal-studios", "nbc-universal"],
    ["fifa-world-cup", "rugby-world-cup"], ["six-nations", "heineken-cup"], ["england", "england-a"],
    ["sky", "sky-plus"], ["bt", "bt-retail"], ["bt", "bt-communicator"], ["bt-communicator", "bt-together"],
    ["honda", "asimo"], ["sony", "qrio"], ["gte", "gte-eft-services"], ["goldman-sachs", "kidder-peabody"],
    ["bank-of-america-international", "bankers-trust"], ["sanwa-bank", "deutsche-bank"],
    ["orient-leasing", "crown-leasing"], ["orient-leasing", "japan-overseas-leasing"],
    ["long-term-credit-bank-of-japan", "japan-overseas-leasing"], ["manhattan-federal-court", "chase-manhattan-bank"],
    ["international-medical-centres", "state-mutual"], ["florida-circuit-court", "florida-department-of-insurance"],
    ["klm", "air-uk"], ["iml-air-services", "air-uk"], ["british-and-commonwealth", "air-uk"], ["sec", "cftc"],
    ["liffe", "chicago-board-of-trade"], ["chicago-board-of-trade", "chicago-mercantile-exchange"],
    ["european-community", "europe"], ["usda", "us-congress"], ["usda", "house-agriculture-committee"],
    ["us-congress", "house-agriculture-committee"], ["daniel-amstutz", "richard-lyng"],
    ["us-treasury", "australian-treasury"], ["uk-treasury", "us-treasury"], ["uk-treasury", "australian-treasury"],
    ["gordon-brown", "uk-treasury"], ["labour-party", "conservative-party"], ["conservative-party", "liberal-democrats"],
    ["department-of-health", "department-of-culture"], ["department-for-work-and-pensions", "department-of-trade-and-industry"],
    ["defra", "department-of-health"], ["ogilvy-and-mather", "young-and-rubicam"],
    # an organisation, team or event named after a place, or a place inside a name
    ["newcastle", "newcastle-falcons"], ["london", "london-irish"], ["london", "flora-london-marathon"],
    ["london", "liffe"], ["new-york", "new-york-marathon"], ["new-york-marathon", "boston-marathon"],
    ["flora-london-marathon", "new-york-marathon"], ["chicago", "chicago-board-of-trade"],
    ["chicago", "chicago-mercantile-exchange"], ["ireland", "allied-irish-banks"],
    ["barcelona", "caixa-de-barcelona"], ["brunei", "national-bank-of-brunei"], ["hanover", "hannoversche-allgemeine"],
    ["indiana", "indiana-national"], ["indianapolis", "indiana"], ["japan", "long-term-credit-bank-of-japan"],
    ["japan", "japan-overseas-leasing"], ["japan", "japan-cabinet-office"], ["florida", "florida-department-of-insurance"],
    ["united-kingdom", "air-uk"], ["united-kingdom", "british-and-commonwealth"], ["europe", "unece"],
    ["europe", "western-europe"], ["europe", "eastern-europe"], ["western-europe", "eastern-europe"],
    ["west-germany", "north-rhine-westphalia"], ["salem", "oregon"], ["southampton", "hooper-and-ashby"],
    ["england", "united-kingdom"], ["scotland", "united-kingdom"], ["south-east-england", "london"],
    ["india", "tamil-nadu"], ["chennai", "tamil-nadu"], ["united-states", "sec"], ["united-states", "usda"],
    # a capital or government seat is not its country
    ["dublin", "ireland"], ["white-house", "united-states"], ["tokyo", "japan"], ["whitehall", "london"],
]
