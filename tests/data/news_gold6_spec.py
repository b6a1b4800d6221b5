"""Hand annotation of news_gold6 (see build_news_gold6.py): made blind, by reading the text,
by one annotator, with no extractor output in sight. It follows NEWS_NOTES and the DECISIONS
of news_gold3_spec.py, news_gold4_spec.py and news_gold5_spec.py; the choices taken beyond
those are listed in DECISIONS below."""
from build_news_gold import REUTER, UK, US, org, oth, per, pl

DECISIONS = """\
- A football club named after its town is an ORG with its own id, distinct from the town, as
  news_gold3 does for rugby clubs ("Cardiff" the club, cardiff-city, in "fellow Cardiff
  defender" and "(Cardiff)", but the city in "against Hungary in Cardiff"); a club's nickname
  is a mention of the club ("the Bluebirds'"); "the Under-21s", written for the Wales side, is
  the ORG wales-under-21 of news_gold4.
- In a squad list a bare surname whose person the article names in full is a mention of that
  person, by elimination where two share the surname ("Roberts (Wrexham)" is Stephen Roberts,
  the "Wrexham defender"; "Roberts (Tranmere)" is then Gareth Roberts; "Collins (Sunderland)"
  is Danny Collins, James Collins being "with the Under-21s"); others get a surname id
  ("Coyne", "Jones"; "Robinson" of Sunderland is id robinson, not Jason or Andy Robinson).
- "Grand Slam" in rugby (the Six Nations clean sweep) is OTHER with id six-nations-grand-slam,
  not the tennis majors (grand-slam). "the Irish", "the Italians" meaning a side are demonyms:
  not mentions.
- "BBC Sport" and "BBC Radio Five Live" are ORG (a division and a station of the BBC), each
  with its own id; "BBC Sport Interactive", "Spooks Interactive", "CBBC Newsround" and the
  "Stagework" website, named as award entries, are services and programmes (OTHER).
- Bafta: the academy is an ORG ("Bafta's Grant Dean", "British Academy of Film and
  Television", id bafta); its awards are OTHER ("Bafta Interactive Awards", "Interactive Bafta"
  in "Interactive Bafta awards", and "Bafta" in the headline "interactive Bafta wins": id
  bafta-interactive-awards; "six Baftas" won at the games ceremony: bafta-games-awards).
  "Interactive Entertainment committee" keeps its lower-case "committee" (NEWS_NOTES).
- "Oasis" among DVD titles is the band on its DVD (ORG), as news_gold4 does for Band Aid 20.
- A brand that is a company's name is the company ("the Commodore computer brand", "the
  Commodore name", "Commodore games": Commodore International, ORG); its models are OTHER
  ("Commodore 64", "Amiga"); "Windows" and "Apple Mac" are products (OTHER); "USB", "PDAs",
  "DVD" are generic. "RipGuard" is the product (OTHER; "RipGuard DVD" keeps "RipGuard", DVD
  being generic); "DeCSS" is named software (OTHER); "Content Scrambling System" is a standard,
  like ADSL in news_gold4: not a mention.
- "Atari" and "Infogrames" keep separate ids (the text leaves open what was "formerly known
  as Infogrames").
- "the six nation Paris accord", "(Paris) Louvre accord": "Paris" and "Louvre" both stand for
  the Louvre Accord (OTHER), as "Lisbon" for the Lisbon Agenda in news_gold5 and "Hukuang" for
  the railway in news_gold ("accord" outside the span); "agreement in Paris" is the city.
- "Treasuries", "Treasury bonds" and "Fed funds" are classes of securities and a market rate,
  like currency words: not mentions; "New York Fed" (the Federal Reserve Bank of New York) is
  an ORG of its own, with "New York" inside it.
- "the 1930 Tariff Act": the law's name is "Tariff Act" (OTHER), the year outside the span.
- "U.S. Army" is split (U.S., Army), as NEWS_NOTES do for "U.S. Agriculture Department";
  "U.S. Court of International Trade" keeps the country inside, as "U.S. District Court".
- A short name written with a capital stands for the organisation the article names in full:
  "Council president" (the National Pork Producers' Council), "The Commission" (the
  International Trade Commission in reuters-17823, the Cereals Market Commission in
  reuters-4289), "before the Court" (the Court of International Trade), "the Stock Exchange" in
  reuters-19984 (the London Stock Exchange, where a stake in the British Ultramar is notified).
  "EC's Executive Commission" is EC plus the EC Commission.
- "David versus Goliath" names two figures (PERSON, like fictional characters) though used as
  a figure of speech.
- A name's suffix is in the span ("Wilmot Wheeler Jr"); "Mr Barot" is a spelling slip for
  Jacques Barrot, marked as written with his id.
- A lower-case quoted nickname of a rule ("one time, last time") is not a mention; "SWISS" in
  the headline of reuters-17058 means the Swiss (a demonym), not a mention."""

SPEC = {
    "bbc-business-081": [
        org("BMW", "bmw"), org("Robert Bosch", "robert-bosch"), org("Bosch", "robert-bosch"), pl("Dingolfing"),
        per("Helmut Panke"), org("Audi"), org("Mercedes Benz", "mercedes-benz"),
        org("DaimlerChrysler", "daimlerchrysler"),
        org("Mercedes", "mercedes-benz"), pl("Sindelfingen"),
    ],
    "bbc-business-331": [
        org("Disney", "disney"), org("Walt Disney", "disney"), *US, org("Securities and Exchange Commission", "sec"),
        org("SEC", "sec"), per("Reveta Bowers"), per("Stanley Gold"), per("Raymond Watson"),
        per("Bowers", "reveta-bowers"), per("Watson", "raymond-watson"), per("Gold", "stanley-gold"),
        org("Lifetime"), per("John Bryson"), per("Louise Bryson"), org("Air Shamrock"), per("Roy Disney"),
        per("Thomas Murphy"), per("Linda Thomsen"),
    ],
    "bbc-business-468": [
        org("EU", "european-union"), org("Alitalia"), org("European Commission"),
        org("Commission", "european-commission"), pl("Rome"), per("Jacques Barrot"), per("Barot", "jacques-barrot"),
        pl("Germany"), org("Lufthansa"), org("British Airways"), pl("Spain"), org("Iberia"), org("AZ Fly", "az-fly"),
        org("AZ Services", "az-services"),
    ],
    "bbc-entertainment-125": [
        org("Snow Patrol"), pl("Ireland"), oth("Meteor Awards"), pl("Belfast"), pl("Glasgow"), pl("Dublin"),
        pl("Point Theatre"), org("Westlife"), per("Brian McFadden"), org("Franz Ferdinand"), per("Paddy Casey"),
        per("Casey", "paddy-casey"), per("Damien Rice"), per("Juliette Turner"), per("Morrissey"), per("Eminem"),
        per("Usher"), per("Robbie Williams"), per("PJ Harvey"), per("Kylie Minogue"), per("Joss Stone"),
        per("Anastacia"), per("Natasha Bedingfield"), *US, per("Snoop Dogg"), per("Delta Goodrem"),
        org("Thrills"), org("Rolling Stones"), per("Ronnie Wood"), oth("Final Straw"), per("Gary Lightbody"),
        per("Jonny Quinn"), org("U2", "u2"),
    ],
    "bbc-entertainment-366": [
        oth("Bollywood"), per("Jayanti Amarishi Buhecha"), per("Buhecha", "jayanti-amarishi-buhecha"),
        pl("Cambridge"), org("Harrow Crown Court"), pl("London"), *UK,
        org("British Phonographic Industry", "bpi"), org("BPI", "bpi"), pl("Pakistan"), pl("Malaysia"),
        oth("Mohabbatein"), per("David Martin"),
    ],
    "bbc-politics-188": [
        pl("London"), per("Pervez Musharraf"), per("Musharraf", "pervez-musharraf"), org("Scotland Yard"),
        pl("Mayfair"), org("Mirror"), org("Directorate of Professional Standards"), per("Tony Blair"), *UK, *US,
        per("George W Bush"), pl("Manchester"),
    ],
    "bbc-sport-129": [
        pl("Wales"), pl("Hungary"), pl("re:(?<=in )Cardiff", "cardiff"), org("Cardiff", "cardiff-city"),
        org("Bluebirds", "cardiff-city"), org("West Ham", "west-ham-united"), per("Gavin Williams"),
        per("Williams", "gavin-williams"), org("Wrexham", "wrexham-fc"), per("Stephen Roberts"),
        per("Danny Gabbidon"), per("Gabbidon", "danny-gabbidon"), per("Gareth Roberts"),
        per(r"re:Roberts(?= \(Wrexham)", "stephen-roberts"), per(r"re:Roberts(?= \(Tranmere)", "gareth-roberts"),
        per("Ryan Giggs"), per("Giggs", "ryan-giggs"), per("Robbie Savage"), per("Savage", "robbie-savage"),
        org("Manchester United"), org("Man Utd", "manchester-united"), pl("Millennium Stadium"),
        per("Rhys Weston"), per("Weston", "rhys-weston"), per("John Toshack"), org("Aston Villa"),
        per("Mark Delaney"), per("James Collins"), org("Under-21s", "wales-under-21"), per("Danny Collins"),
        per("Collins", "danny-collins"), per("Dave Partridge"), per("Partridge", "dave-partridge"),
        # squad list
        per("Coyne"), org("Burnley", "burnley-fc"), per("Jones"), org("Wolves", "wolverhampton-wanderers"),
        org("Sunderland", "sunderland-afc"), per("Edwards"), per("Page"), org("Motherwell", "motherwell-fc"),
        per("Ricketts"), org("Swansea", "swansea-city"), org("Tranmere", "tranmere-rovers"), per("Davies"),
        org("Tottenham", "tottenham-hotspur"), per("Fletcher"), per("Koumas"),
        org("West Brom", "west-bromwich-albion"), per("Robinson"), org("Blackburn", "blackburn-rovers"),
        per("Bellamy"), org("Newcastle", "newcastle-united"), per("Earnshaw"), per("Hartson"), org("Celtic"),
    ],
    "bbc-sport-288": [
        per("Lewsey", "josh-lewsey"), pl("England"), per("Josh Lewsey"), oth("Six Nations"), pl("Ireland"),
        org("Wasps"), per("Jonathan Kaplan"), per("Kaplan", "jonathan-kaplan"), org("BBC Sport", "bbc-sport"),
        per("Mark Cueto"), per("Charlie Hodgson"), per("Cueto", "mark-cueto"), org("Sale", "sale-sharks"),
    ],
    "bbc-sport-305": [
        per("Kirwan", "john-kirwan"), pl("Italy"), per("John Kirwan"), pl("Ireland"), pl("Wales"), oth("Six Nations"),
        per("Alessandro Troncon"), per("Luciano Orquera"), per("Troncon", "alessandro-troncon"),
        per("Orquera", "luciano-orquera"),
    ],
    "bbc-sport-336": [
        per("Corry", "martin-corry"), per("Robinson", "jason-robinson"), pl("England"), per("Martin Corry"),
        per("Jason Robinson"), pl("Wales"), pl("France"), per("Jonny Wilkinson"), pl("Ireland"),
        per("Jason", "jason-robinson"), org("BBC Radio Five Live"), oth("Six Nations"), pl("Lansdowne Road"),
        oth("Grand Slam", "six-nations-grand-slam"),
    ],
    "bbc-sport-360": [
        per("Robinson", "andy-robinson"), pl("England"), per("Andy Robinson"), oth("Six Nations"),
        org("BBC Sport", "bbc-sport"), per("Jonny Wilkinson"), per("Mike Tindall"), per("Will Greenwood"),
        org("Professional Rugby Players' Association", "professional-rugby-players-association"),
        org("Rugby Football Union"), org("Premier Rugby"),
    ],
    "bbc-tech-043": [
        org("Macrovision"), oth("RipGuard", "ripguard"), oth("Rip Guard", "ripguard"), pl("Hollywood"),
        per("Steve Weinstein"), org("Entertainment Technologies Group"), oth("DeCSS", "decss"),
    ],
    "bbc-tech-046": [
        org("BBC", "bbc"), oth("re:Bafta(?= wins)", "bafta-interactive-awards"), org("National Theatre"),
        oth("Interactive Bafta", "bafta-interactive-awards"), oth("Stagework"),
        oth("Hitchhiker's Guide to the Galaxy Adventure Game", "hitchhikers-guide-to-the-galaxy-adventure-game"),
        oth("Spooks Interactive"), oth("BBC Sport Interactive"), oth("CBBC Newsround", "cbbc-newsround"),
        org("Guardian"), pl("England"), oth("Euro 2004", "euro-2004"), org("Bafta", "bafta"), per("Grant Dean"),
        org("Interactive Entertainment committee", "bafta-interactive-entertainment-committee"),
        oth("Bafta Interactive Awards", "bafta-interactive-awards"), pl("London"),
        oth("SSEYO miniMIXA", "sseyo-minimixa"), org("Warner Bros"), oth("Chaplin Collection"), org("Oasis"),
        oth("Really Bend It Like Beckham"), oth("Shaun of the Dead"), oth("Day Today"), oth("Trauma"),
        per("Alexander McQueen"), org("British Academy of Film and Television", "bafta"),
        oth("Half-Life 2", "half-life-2"), oth("Baftas", "bafta-games-awards"),
    ],
    "bbc-tech-128": [
        org("Commodore", "commodore"), *US, org("Yeahronimo Media Ventures"), oth("Commodore 64", "commodore-64"),
        oth("Amiga"), org("Commodore International", "commodore"), org("Tulip Computers"), org("Atari"),
        org("Infogrames"), oth("Windows"), oth("Apple Mac"),
    ],
    "reuters-11104": [
        org("STEEL TECHNOLOGIES", "steel-technologies"), org("MITSUI", "mitsui"),
        org("Steel Technologies Inc", "steel-technologies"), org("Mitsui and Co Ltd", "mitsui"),
        org("Mi-Tech Steel Inc", "mi-tech-steel"), *US, pl("Murfreesboro"), pl("Tenn.", "tennessee"),
    ],
    "reuters-11279": [
        org("INTERLINK", "interlink-express"), org("PUROLATOR", "purolator-courier"),
        org("Interlink Express Plc", "interlink-express"), org("Purolator Courier Corp", "purolator-courier"),
        org("Purolator", "purolator-courier"), *REUTER, per("David"), per("Goliath"),
        org("Interlink", "interlink-express"), pl("U.K.", "united-kingdom"), org("Unlisted Securities Market"),
        org("E.F. Hutton LBO Inc", "e-f-hutton-lbo"), org("Hutton", "e-f-hutton-lbo"), pl("Europe"), *US,
    ],
    "reuters-11347": [
        org("TAMURA CORP", "tamura"), org("Tamura Corp", "tamura"), org("Swiss Bank Corp"),
        org("Sumitomo Bank Ltd", "sumitomo-bank"), *REUTER,
    ],
    "reuters-11783": [
        per("SUMITA", "satoshi-sumita"), org("Bank of Japan"), per("Satoshi Sumita"), *US, pl("Paris"),
        per("Sumita", "satoshi-sumita"), *REUTER,
    ],
    "reuters-12518": [
        org("BRITISH TELECOM", "british-telecom"), pl("NORTH AMERICA", "north-america"),
        org("British Telecommunications Plc", "british-telecom"), pl("North America"), *REUTER,
        org("Mitel Datacom Inc", "mitel-datacom"), pl("Canada"), org("Mitel Corp", "mitel"),
        org("British Telecom"), pl("Europe"),
    ],
    "reuters-14519": [
        org("MANHATTAN NATIONAL", "manhattan-national"), org("Manhattan National Corp", "manhattan-national"),
        per("Charles Hinckley"), per("Hinckley", "charles-hinckley"), per("Wilmot Wheeler Jr"),
        org("Union Central Life Insurance Co", "union-central-life-insurance"), pl("Cincinnati"),
        org("Manhattan National"),
    ],
    "reuters-15760": [
        org("FITCHBURG GAS", "fitchburg-gas-and-electric"),
        org("Fitchburg Gas and Electric Light Co", "fitchburg-gas-and-electric"), pl("Massachusetts"),
        org("Department of Public Utilities", "massachusetts-department-of-public-utilities"),
        org("Fitchburg", "fitchburg-gas-and-electric"),
    ],
    "reuters-17058": [
        org("Swiss National Bank"), per("Pierre Languetin"), per("Languetin", "pierre-languetin"), pl("Switzerland"),
        oth("Paris", "louvre-accord"), oth("Louvre", "louvre-accord"), pl("Europe"), pl("Japan"), *US, *REUTER,
    ],
    "reuters-17823": [
        org("NPPC", "nppc"), org("U.S. Court of International Trade", "us-court-of-international-trade"),
        org("International Trade Commission"), org("National Pork Producers' Council", "nppc"),
        org("Trade Commission", "international-trade-commission"), org("Pork Producers' Council", "nppc"),
        org("Council", "nppc"), per("Tom Miller"), oth("Tariff Act"),
        org("Commission", "international-trade-commission"),
        org("House of Representatives", "us-house-of-representatives"), org("Senate Finance Committee"),
        org("Senate", "us-senate"), org("Canadian Pork Council"), *US, org("Court", "us-court-of-international-trade"),
    ],
    "reuters-18275": [
        org("USDA", "usda"), *US, org("Agriculture Department", "usda"), oth("Farm Disaster Assistance Act"),
        org("Farmers Home Administration"),
    ],
    "reuters-19189": [
        org("MELAMINE CHEMICALS", "melamine-chemicals"), org("Melamine Chemicals Inc", "melamine-chemicals"),
        org("PaineWebber Group Inc", "painewebber"), org("Ashland Oil Inc", "ashland-oil"),
        org("First Mississippi Corp", "first-mississippi"), org("Melamine", "melamine-chemicals"),
        org("Ashland", "ashland-oil"), org("First Mississippi"), pl("re:(?<=In )Ashland", "ashland-kentucky"),
        pl("Ky.", "kentucky"), org("Ashland Oil"),
    ],
    "reuters-19984": [
        org("IEP", "industrial-equity-pacific"), org("ULTRAMAR", "ultramar"), org("OGELBAY NORTON", "ogelbay-norton"),
        org("Industrial Equity (Pacific) Ltd", "industrial-equity-pacific"), pl("Hong Kong"),
        org("Brierley Investments Ltd", "brierley-investments"), org("Ultramar Plc", "ultramar"), *US,
        org("Ogelbay Norton Co", "ogelbay-norton"), org("Stock Exchange", "london-stock-exchange"),
        org("Ultramar"), org("Ogelbay", "ogelbay-norton"), pl("Delaware"), *REUTER,
    ],
    "reuters-20968": [
        org("SPECIALTY COMPOSITES CORP", "specialty-composites"),
    ],
    "reuters-2683": [
        org("FED", "federal-reserve"), org("Federal Reserve"), org("New York Fed", "new-york-fed"),
    ],
    "reuters-3119": [
        org("TIMEPLEX INC", "timeplex"), org("Timeplex Inc", "timeplex"),
    ],
    "reuters-3588": [
        org("LORIMAR TELEPICTURES", "lorimar-telepictures"), org("Lorimar Telepictures Corp", "lorimar-telepictures"),
        org("Karl-Lorimar Home Video", "karl-lorimar-home-video"), per("Stuart Karl"), per("Court Shannon"),
        per("Gary Hunt"), org("Lorimar", "lorimar-telepictures"), org("Karl Lorimar", "karl-lorimar-home-video"),
        per("Jerry Gottlieb"), org("Lorimar-Telepictures", "lorimar-telepictures"),
        per("Gottlieb", "jerry-gottlieb"),
    ],
    "reuters-3822": [
        org("TRANSCO ENERGY", "transco-energy"), org("Transco Energy Co", "transco-energy"),
        org("Transco", "transco-energy"),
    ],
    "reuters-4070": [
        pl("U.K.", "united-kingdom"), org("TORIES", "conservative-party"), *UK,
        org("Conservatives", "conservative-party"), org("Labour Party", "labour-party"), org("Labour", "labour-party"),
        org("Marplan"), org("Guardian"), org("Social-Democratic/Liberal Alliance", "sdp-liberal-alliance"),
        per("Margaret Thatcher"), *REUTER,
    ],
    "reuters-4289": [
        pl("PORTUGAL", "portugal"), org("EPAC", "epac"), pl("Portugal"), org("European Community"),
        org("EC", "european-community"), org("Empresa Publica de Abastecimento de Cereais", "epac"),
        org("ACICO", "acico"), per("Miguel Ascensao"), per("Ascensao", "miguel-ascensao"), *REUTER, pl("Lisbon"),
        org("Cereals Market Commission"), org("Commission", "cereals-market-commission"),
        org("Executive Commission", "ec-commission"), org("EC Commission"), pl("Brussels"),
    ],
    "reuters-5102": [
        org("SOUTHAM", "southam"), pl("WINNIPEG", "winnipeg"), org("Southam Inc", "southam"), org("Flyer Force"),
        pl("Winnipeg"), org("Southam"), org("Herald", "herald-winnipeg"), org("Lance", "lance-winnipeg"),
        org("Metro One"), org("Canadian Publishers"),
    ],
    "reuters-5524": [
        org("COLOROCS", "colorocs"), org("SHARP", "sharp"), org("Colorocs Corp", "colorocs"),
        org("Sharp Corp", "sharp"),
        org("Sharp"), org("Colorocs"),
    ],
    "reuters-8240": [
        org("GATT", "gatt"), per("Samaila Mamman"), org("General Agreement on Tariffs and Trade", "gatt"),
        per("Mamman", "samaila-mamman"), pl("New Zealand"), pl("Taupo"),
    ],
    "reuters-8484": [
        org("COCA-COLA ENTERPRISES", "coca-cola-enterprises"),
        org("Coca-Cola Enterprises Inc", "coca-cola-enterprises"),
        org("Salomon Brothers Inc", "salomon-brothers"), org("Salomon", "salomon-brothers"),
        org("Moody's Investors Service Inc", "moodys"), org("Standard and Poor's Corp", "standard-and-poors"),
        org("Allen and Co Inc", "allen-and-co"), org("Merrill Lynch Capital Markets"),
    ],
    "reuters-8857": [
        pl("BELGIUM", "belgium"), oth("ECU", "ecu"), oth("European Currency Unit", "ecu"), pl("Belgium"),
        org("Finance Ministry", "belgian-finance-ministry"), pl("London"), org("European Community"),
        oth("Treaty of Rome"), oth("Ecus", "ecu"), *REUTER,
    ],
    "reuters-9408": [
        org("BAT", "bat-industries"), org("BAT Industries Plc", "bat-industries"), per("Patrick Sheehy"),
        per("Sheehy", "patrick-sheehy"), *US, pl("U.K.", "united-kingdom"),
    ],
    "reuters-9979": [
        org("ATLANTIC RESEARCH", "atlantic-research"), org("Atlantic Research Corp", "atlantic-research"),
        org("LTV Corp", "ltv"), org("LTV Missiles and Electronics Group"), *US, org("Army", "us-army"),
        oth("Multiple Launch Rocket System"),
    ],
}


# Pairs of entity ids (both annotated above) that share a word or look alike but are different
# things (e.g. a person and a company named after him, a city and an organisation named after
# it, two people with one name, a country and its capital).
MUST_NOT_MERGE = [
    # one name or word, two things
    ["bmw", "audi"], ["mercedes-benz", "daimlerchrysler"], ["robert-bosch", "bmw"], ["dingolfing", "sindelfingen"],
    ["disney", "roy-disney"], ["disney", "lifetime"], ["john-bryson", "louise-bryson"],
    ["stanley-gold", "air-shamrock"],
    ["european-union", "european-commission"], ["alitalia", "az-fly"], ["az-fly", "az-services"],
    ["alitalia", "az-services"], ["lufthansa", "iberia"], ["british-airways", "alitalia"],
    ["snow-patrol", "gary-lightbody"], ["westlife", "brian-mcfadden"], ["rolling-stones", "ronnie-wood"],
    ["paddy-casey", "damien-rice"], ["robbie-williams", "gavin-williams"], ["snow-patrol", "u2"],
    ["bpi", "harrow-crown-court"], ["bollywood", "mohabbatein"], ["david-martin", "david"],
    ["scotland-yard", "directorate-of-professional-standards"], ["pervez-musharraf", "george-w-bush"],
    ["tony-blair", "george-w-bush"], ["stephen-roberts", "gareth-roberts"], ["james-collins", "danny-collins"],
    ["danny-gabbidon", "danny-collins"], ["west-ham-united", "west-bromwich-albion"],
    ["wales", "wales-under-21"], ["manchester-united", "aston-villa"], ["robinson", "jason-robinson"],
    ["robinson", "andy-robinson"], ["jason-robinson", "andy-robinson"], ["jonny-wilkinson", "jonny-quinn"],
    ["john-toshack", "john-kirwan"], ["josh-lewsey", "jonathan-kaplan"], ["mark-cueto", "charlie-hodgson"],
    ["alessandro-troncon", "luciano-orquera"], ["six-nations", "six-nations-grand-slam"],
    ["bbc", "bbc-sport"], ["bbc-sport", "bbc-radio-five-live"], ["bbc", "bbc-radio-five-live"],
    ["bbc", "bbc-sport-interactive"], ["bbc-sport", "bbc-sport-interactive"], ["bbc", "cbbc-newsround"],
    ["rugby-football-union", "professional-rugby-players-association"], ["premier-rugby", "rugby-football-union"],
    ["macrovision", "entertainment-technologies-group"], ["ripguard", "decss"], ["macrovision", "ripguard"],
    ["bafta", "bafta-interactive-awards"], ["bafta-interactive-awards", "bafta-games-awards"],
    ["bafta", "bafta-interactive-entertainment-committee"], ["national-theatre", "stagework"],
    ["spooks-interactive", "bbc-sport-interactive"], ["warner-bros", "chaplin-collection"],
    ["shaun-of-the-dead", "day-today"], ["commodore", "commodore-64"], ["commodore", "tulip-computers"],
    ["commodore", "atari"], ["commodore-64", "amiga"], ["apple-mac", "windows"],
    ["steel-technologies", "mi-tech-steel"], ["mitsui", "mi-tech-steel"], ["interlink-express", "purolator-courier"],
    ["e-f-hutton-lbo", "purolator-courier"], ["david", "goliath"], ["tamura", "swiss-bank-corp"],
    ["sumitomo-bank", "swiss-bank-corp"], ["swiss-national-bank", "swiss-bank-corp"], ["mitel", "mitel-datacom"],
    ["british-telecom", "mitel"], ["manhattan-national", "union-central-life-insurance"],
    ["federal-reserve", "new-york-fed"], ["nppc", "canadian-pork-council"],
    ["us-court-of-international-trade", "international-trade-commission"], ["us-senate", "senate-finance-committee"],
    ["us-house-of-representatives", "us-senate"], ["usda", "farmers-home-administration"],
    ["tariff-act", "farm-disaster-assistance-act"], ["ashland-oil", "first-mississippi"],
    ["melamine-chemicals", "ashland-oil"], ["industrial-equity-pacific", "brierley-investments"],
    ["ultramar", "ogelbay-norton"], ["lorimar-telepictures", "karl-lorimar-home-video"],
    ["stuart-karl", "karl-lorimar-home-video"], ["conservative-party", "labour-party"],
    ["labour-party", "sdp-liberal-alliance"], ["guardian", "marplan"], ["epac", "acico"],
    ["european-community", "ec-commission"], ["cereals-market-commission", "ec-commission"],
    ["cereals-market-commission", "international-trade-commission"], ["southam", "flyer-force"],
    ["flyer-force", "canadian-publishers"], ["herald-winnipeg", "lance-winnipeg"], ["metro-one", "herald-winnipeg"],
    ["colorocs", "sharp"], ["moodys", "standard-and-poors"], ["salomon-brothers", "merrill-lynch-capital-markets"],
    ["allen-and-co", "merrill-lynch-capital-markets"], ["ecu", "european-community"],
    ["ltv", "ltv-missiles-and-electronics-group"], ["atlantic-research", "ltv"],
    ["multiple-launch-rocket-system", "us-army"],
    # an organisation, work or event named after a place, or a place inside a name
    ["cardiff", "cardiff-city"], ["manchester", "manchester-united"], ["london", "harrow-crown-court"],
    ["cambridge", "harrow-crown-court"], ["ireland", "meteor-awards"], ["dublin", "point-theatre"],
    ["ireland", "lansdowne-road"], ["england", "euro-2004"], ["wales", "millennium-stadium"],
    ["paris", "louvre-accord"], ["rome", "treaty-of-rome"], ["switzerland", "swiss-national-bank"],
    ["bank-of-japan", "japan"], ["ashland-oil", "ashland-kentucky"], ["ashland-kentucky", "kentucky"],
    ["massachusetts", "massachusetts-department-of-public-utilities"],
    ["united-states", "us-court-of-international-trade"],
    ["united-kingdom", "unlisted-securities-market"], ["united-kingdom", "british-telecom"],
    ["hong-kong", "industrial-equity-pacific"], ["north-america", "canada"], ["new-zealand", "taupo"],
    ["winnipeg", "herald-winnipeg"], ["belgium", "belgian-finance-ministry"], ["united-states", "us-army"],
    ["germany", "lufthansa"], ["spain", "iberia"], ["lisbon", "portugal"], ["london", "london-stock-exchange"],
    ["mayfair", "london"],
    # a capital or government seat is not its country
    ["rome", "italy"], ["brussels", "european-community"], ["london", "united-kingdom"],
]
