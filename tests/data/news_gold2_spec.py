"""Hand annotation of news_gold2 (see build_news_gold2.py): made blind, by reading the text,
in two parts by two annotators (part A: the first 7 BBC and 13 Reuters articles listed, part B:
the rest), with no extractor output in sight."""
from build_news_gold import REUTER, UK, US, org, oth, per, pl

SPEC = {
    # part A
    "bbc-business-153": [
        *UK, org("Nationwide"), org("Bank of England"), org("Bank", "bank-of-england"), per("Alex Bannister"),
        per("Bannister", "alex-bannister"), org("Barclays"), org("Woolwich"), org("PricewaterhouseCoopers"),
        org("PWC", "pricewaterhousecoopers"),
    ],
    "bbc-business-189": [
        org("Fiat"), org("Fiat Auto"), per("Sergio Marchionne"), per("Marchionne", "sergio-marchionne"),
        per("Herbert Demel"), per("Demel", "herbert-demel"), pl("Europe"), org("General Motors"),
        org("GM", "general-motors"), org("Maserati"), org("Ferrari"), org("Alfa Romeo"), per("Giuseppe Morchio"),
        per("Morchio", "giuseppe-morchio"), per("Umberto Agnelli"), per("Agnelli", "agnelli-family"),
    ],
    "bbc-business-424": [
        org("EU", "european-union"), *US, per("Peter Mandelson"), per("Mandelson", "peter-mandelson"), org("Airbus"),
        org("Boeing"), org("World Trade Organisation", "wto"), org("WTO", "wto"), pl("Brussels"), pl("Europe"),
        org("EADS", "eads"), org("BAE Systems"), org("UPS", "ups"), oth("Airbus A380"), oth("A380s", "airbus-a380"),
        oth("Airbus A300s", "airbus-a300"), oth("A300s", "airbus-a300"),
    ],
    "bbc-entertainment-036": [
        per("Tom Hanks"), per("Hanks", "tom-hanks"), pl("Hollywood"), pl("London"), pl("Leicester Square"), *UK,
        oth("Polar Express"), pl("West End"), per("Santa Claus"), per("Santa", "santa-claus"),
        per("Father Christmas", "santa-claus"), oth("Academy Award", "oscars"), oth("Lord of the Rings"),
        per("Gollum"), per("Robert Zemeckis"), oth("Forrest Gump"), oth("Castaway"),
    ],
    "bbc-entertainment-146": [
        per("J-Lo", "jennifer-lopez"), per("Jennifer Lopez"), per("Lopez", "jennifer-lopez"), per("Marc Anthony"),
        per("Anthony", "marc-anthony"), oth("Grammy Awards"), oth("Grammy", "grammy-awards"), pl("Los Angeles"),
        org("Beatles"), oth("Across The Universe"), per("Bono"), per("Stevie Wonder"), per("Norah Jones"),
        per("Brian Wilson"), org("U2"), org("Green Day"), per("Alicia Keys"), per("Kanye West"), pl("New York"),
        org("Velvet Revolver"), per("Tim McGraw"), oth("iTunes"), org("CBS", "cbs"), per("John Legend"),
        per("Mavis Staples"), org("Blind Boys of Alabama"), per("Ray Charles"), per("Bonnie Raitt"),
        per("Billy Preston"), per("Gretchen Wilson"), org("Lynyrd Skynyrd"), per("Dickie Betts"),
        per("Elvis Bishop"), per("Usher"),
    ],
    "bbc-sport-046": [
        per("Paula Radcliffe"), per("Radcliffe", "paula-radcliffe"), org("Sunday Times"),
    ],
    "bbc-sport-155": [
        per("Rafael Benitez"), per("Benitez", "rafael-benitez"), org("Reds", "liverpool-fc"),
        org("Liverpool", "liverpool-fc"), org("Bayer Leverkusen"), pl("Germany"), per("Jerzy Dudek"),
        per("Jerzy", "jerzy-dudek"), per("Dimitar Berbatov"), per("Franca"), per("Steven Gerrard"),
        per("Steven", "steven-gerrard"), pl("Anfield"),
    ],
    "reuters-10627": [
        pl("AEGEAN", "aegean-sea"), pl("Aegean", "aegean-sea"), pl("Turkey"), pl("Greece"), pl("Athens"),
        org("Foreign Ministry", "turkey-foreign-ministry"), org("North Aegean Petroleum Co.", "north-aegean-petroleum-co"),
        pl("Thasos"), org("Ankara Radio"), pl("London"), per("Vahit Halefolu", "vahit-halefoglu"),
        per("Halefoglu", "vahit-halefoglu"), oth("Sismik 1"), per("Turgut Ozal"), *US,
        oth("Berne", "berne-agreement"), *REUTER,
    ],
    "reuters-10978": [
        org("OHIO MATTRESS", "ohio-mattress"), org("Ohio Mattress Co", "ohio-mattress"), org("Ohio Mattress"),
        org("Sealy Mattress Co of Michigan Inc", "sealy-mattress-co-of-michigan"),
        org("Michigan Sealy", "sealy-mattress-co-of-michigan"), pl("Detroit"), org("Sealy Inc", "sealy"),
        org("Sealy"),
    ],
    "reuters-12568": [
        org("STATUS GAME", "status-game"), org("Status Game Corp", "status-game"), pl("Las Vegas"),
    ],
    "reuters-12690": [
        *US, org("House Agriculture Committee"), per("Arlan Stangeland"), per("Stangeland", "arlan-stangeland"),
        pl("Minn.", "minnesota"), pl("Canada"), org("Ways and Means committee", "house-ways-and-means-committee"),
        org("Agriculture committee", "house-agriculture-committee"), org("House", "us-house-of-representatives"),
    ],
    "reuters-12858": [
        org("GENERAL PARTNERS", "general-partners"), org("GENCORP", "gencorp"), org("General Partners"),
        org("GenCorp Inc", "gencorp"), org("GenCorp", "gencorp"), per("A. William Reynolds", "a-william-reynolds"),
        org("Aerojet General"),
    ],
    "reuters-16600": [
        org("HONEYWELL", "honeywell"), org("Honeywell Inc", "honeywell"), org("Honeywell"), org("Sperry Aerospace"),
        org("Federal Systems"), org("Honeywell Bull Inc", "honeywell-bull"), per("Edson Spencer"), *US,
        pl("Europe"),
    ],
    "reuters-16710": [
        org("GULF CANADA", "gulf-canada"), pl("SUEZ", "gulf-of-suez"), org("Gulf Canada Corp", "gulf-canada"),
        org("Gulf Canada"), pl("Gulf of Suez"), org("Conoco Hurghada Inc", "conoco-hurghada"),
        org("Conoco Hurghada"), org("Hispanoil"), pl("East Hurghada"), pl("re:Hurghada(?= block)", "east-hurghada"),
        *US,
    ],
    "reuters-17297": [
        pl("CHINA", "china"), org("ADB", "asian-development-bank"), org("Asian Development Bank"), pl("Peking", "beijing"),
        pl("China"), pl("Japan"), *US, pl("Sri Lanka"), pl("Vietnam"), pl("Maldives"), pl("Laos"), pl("Afghanistan"),
        per("Joe O. Rogers", "joe-o-rogers"), per("Victor Frank"), per("Frank", "victor-frank"),
        org("Senate", "us-senate"), *REUTER,
    ],
    "reuters-18587": [
        org("JOY TECHNOLOGIES", "joy-technologies"), org("Joy Technologies Inc", "joy-technologies"),
        org("Kidder, Peabody and Co Inc", "kidder-peabody"), org("Kidder", "kidder-peabody"),
        org("Moody's", "moodys"), org("Standard and Poor's", "standard-and-poors"),
        org("Donaldson, Lufkin and Jenrette", "donaldson-lufkin-and-jenrette"),
    ],
    "reuters-19005": [
        pl("AUSTRALIA", "australia"), pl("Australia"), org("Organisation for Economic Cooperation and Development", "oecd"),
        org("OECD", "oecd"), pl("New Zealand"),
    ],
    "reuters-19100": [
        org("CABLEVISION", "cablevision-systems"), org("Cablevision Systems Corp", "cablevision-systems"),
        org("CBS Inc", "cbs"), org("Washington Post Co", "washington-post"), org("Rainbow Program Enterprises"),
        org("SportsChanel Associates", "sportschannel-associates"), pl("New York"),
        org("SportsChannel PRISM Associates"), pl("Philadelphia"), org("SportsChannel Chicago Associates"),
        org("SportsChannel New England Limited Partnership"),
    ],
    "reuters-19128": [
        org("OPEC", "opec"), per("LUKMAN", "rilwanu-lukman"), per("Rilwanu Lukman"), per("Lukman", "rilwanu-lukman"),
        pl("Vienna"), pl("Norway"),
    ],
    "reuters-19658": [
        org("EC", "european-community"), *US, org("European Community"), org("EC Commission"), pl("Washington"),
        org("GATT", "gatt"), pl("Italy"),
    ],
    # part B
    "bbc-sport-203": [
        per("Adrian Mutu"), per("Mutu", "adrian-mutu"), org("Juventus"), org("Juve", "juventus"), org("Chelsea"),
        org("Fiorentina"), per("Alessandro Moggi"), per("Luciano Moggi"), org("FA", "football-association"),
        org("Dinamo Bucharest"), pl("Bucharest"),
    ],
    "bbc-sport-282": [
        per("Alex Ferguson"), per("Ferguson", "alex-ferguson"), org("Man Utd", "manchester-united"),
        org("Manchester United"), org("Aston Villa"), org("Villa", "aston-villa"), pl("Old Trafford"),
        org("Arsenal"), org("Chelsea"), per("Ryan Giggs"), per("Giggs", "ryan-giggs"), per("Roy Keane"),
        per("Roy", "roy-keane"), per("John O'Shea", "john-o-shea"),
    ],
    "bbc-sport-349": [
        pl("Italy"), pl("England"), per("John Kirwan"), per("Kirwan", "john-kirwan"), oth("Six Nations"),
        pl("Twickenham"), pl("France"), pl("London"), per("Roland de Marigny"), per("Luciano Orquera"),
        pl("Scotland"), per("Chris Paterson"), per("Jonathan Kaplan"), per("Kaplan", "jonathan-kaplan"),
        pl("Dublin"), per("Mark Cueto"), per("Charlie Hodgson"), per("Josh Lewsey"), pl("Ireland"),
        per("Jamie Noon"), pl("Paris"), per("Andy Robinson"), per("Clive Woodward"),
    ],
    "bbc-sport-492": [
        per("Tim Henman"), per("Henman", "tim-henman"), per("Andrew Murray"), per("Murray", "andrew-murray"),
        org("LTA", "lawn-tennis-association"), org("Lawn Tennis Association"), pl("Wimbledon"),
        oth("French", "french-open"), oth("US Opens", "us-open"), oth("US Open", "us-open"), pl("Scotland"),
        oth("Futures", "itf-futures"), pl("Italy"), per("Peter Norfolk"), pl("Great Britain", "united-kingdom"),
        oth("World Junior Tennis"), pl("Kooyong"), oth("Kooyong Classic"), per("Roger Federer"),
        per("Andy Roddick"), per("Andre Agassi"), oth("Australian Open"), pl("Melbourne"),
    ],
    "bbc-tech-021": [
        org("PC Pro Magazine", "pc-pro"), org("PC Pro", "pc-pro"), org("BT"), *UK, per("Tim Danton"),
        per("Danton", "tim-danton"), org("Tiscali"), org("Ofcom"),
    ],
    "bbc-tech-065": [
        org("re:(?<!Chief )Yahoo", "yahoo"), org("Stanford University"), per("David Filo"), per("Jerry Yang"),
        per("Yang", "jerry-yang"), oth("Jerry's Guide to the World Wide Web", "jerrys-guide-to-the-world-wide-web"),
        per("Jonathan Swift"), oth("Gulliver's Travels", "gullivers-travels"), org("Sequoia Capital"),
        org("Apple Computer"), org("Cisco Systems"), org("Google"), org("MSN"), org("AOL"),
    ],
    "bbc-tech-266": [
        oth("re:Blinx(?! 2)(?<!play as Blinx)", "blinx"), per("re:(?<=play as )Blinx", "blinx-character"),
        oth("Blinx 2"), org("Microsoft"), oth("Xbox"), oth("Time Crystal"), oth("Jak and Daxter"),
        oth("Ratchet and Clank"), oth("PS2", "playstation-2"),
    ],
    "reuters-20092": [
        per("Mir-Hossein Mousavi"), per("Mousavi", "mir-hossein-mousavi"), org("U.S. Navy", "us-navy"),
        org("Navy", "us-navy"), pl("Gulf", "persian-gulf"), *US, pl("Iran"), pl("Damascus"), pl("Rostam"),
        pl("Washington"), *REUTER,
    ],
    "reuters-20566": [
        org("PITTSBURGH AND WEST VIRGINIA", "pittsburgh-and-west-virginia-railroad"),
        org("Pittsburgh and West Virginia Railroad"),
    ],
    "reuters-2691": [
        org("LEASEWAY TRANSPORTATION CORP", "leaseway-transportation"),
    ],
    "reuters-2729": [
        org("INT'L TOTALIZATOR", "international-totalizator-systems"),
        org("International Totalizator Systems Inc", "international-totalizator-systems"),
        per("Joel Graff"), per("Graff", "joel-graff"),
    ],
    "reuters-3282": [
        org("CBT", "chicago-board-of-trade"), org("USDA", "usda"),
    ],
    "reuters-3935": [
        org("re:(?<!<)IBM(?!>)", "ibm"), org("International Business Machines Corp", "ibm"),
        org("Telecommunications Marketing and Service organization"), *US, org("Rolm Corp", "rolm"), org("Rolm"),
        org("Information Systems Group"), pl("Santa Clara"), pl("Calif.", "california"),
        per("Edward E. Lucente"), per("Lucente", "edward-e-lucente"), per("Jack W. Blumenstein"),
        per("Blumenstein", "jack-w-blumenstein"), org("Business Communications Group"),
        org("Communications Products Division"), per("Dennis D. Paboojian"), per("Allen J. Krowe"),
    ],
    "reuters-4238": [
        pl("PAKISTAN", "pakistan"), pl("Pakistan"), org("Federal Bureau of Statistics"), *REUTER,
    ],
    "reuters-5605": [
        org("DIAMOND-STAR MOTORS", "diamond-star-motors"), org("Diamond-Star Motors Corp", "diamond-star-motors"),
        org("Chrysler Corp", "chrysler"), org("Mitsubishi Motors"), org("Globe Industries Inc", "globe-industries"),
        pl("Chicago Heights"), pl("Ill.", "illinois"), org("Fabricon Products"), pl("River Rouge"),
        pl("Mich.", "michigan"),
    ],
    "reuters-6640": [
        org("HECHINGER", "hechinger"), org("S/P", "standard-and-poors"),
        org("Standard and Poor's Corp", "standard-and-poors"), org("Hechinger Co", "hechinger"),
        org("Hechinger"), org("S and P", "standard-and-poors"),
    ],
    "reuters-7618": [
        org("TRICO", "trico-industries"), org("Trico Industries Inc", "trico-industries"),
        org("Ministry of Petroleum Industry"), pl("Laiohe"), pl("Peking", "beijing"),
    ],
    "reuters-7722": [
        org("MCDONALD'S", "mcdonalds"), org("McDonald's Corp", "mcdonalds"), org("McDonald's", "mcdonalds"),
        per("Daniel Lee"), per("Lee", "daniel-lee"), org("Drexel Burnham Lambert Inc", "drexel-burnham-lambert"),
        org("Burger King"), org("Wendy's", "wendys"),
    ],
    "reuters-823": [
        org("APPLE", "apple-computer"), org("Apple Computer Inc", "apple-computer"), oth("Macintosh II"),
        oth("Macintosh SE"), oth("Macintosh"), org("Ashton-Tate"), org("Microsoft Corp", "microsoft"),
        org("Lotus Development Corp", "lotus-development"), org("Lotus", "lotus-development"), oth("Lotus Galaxy"),
        org("National Semiconductor"),
    ],
    "reuters-9294": [
        pl("North Rhine-Westphalia"), pl("Germany", "west-germany"), org("Federal Statistics Office"), *REUTER,
    ],
}


# Pairs of entity ids (both annotated above) that share a word or look alike but are different
# things (e.g. a person and a company named after him, a city and a club named after it, two
# people with one surname, a country and its capital).
MUST_NOT_MERGE = [
    # part A
    # one word or surname, two things
    ["fiat", "fiat-auto"], ["umberto-agnelli", "agnelli-family"], ["airbus", "airbus-a380"],
    ["airbus", "airbus-a300"], ["airbus-a380", "airbus-a300"], ["european-union", "european-community"],
    ["europe", "european-union"], ["wto", "gatt"], ["brian-wilson", "gretchen-wilson"],
    ["marc-anthony", "jennifer-lopez"], ["sealy", "sealy-mattress-co-of-michigan"], ["ohio-mattress", "sealy"],
    ["us-house-of-representatives", "house-agriculture-committee"],
    ["us-house-of-representatives", "house-ways-and-means-committee"],
    ["house-agriculture-committee", "house-ways-and-means-committee"], ["us-senate", "us-house-of-representatives"],
    ["general-partners", "gencorp"], ["general-partners", "aerojet-general"], ["gencorp", "aerojet-general"],
    ["general-partners", "general-motors"], ["honeywell", "honeywell-bull"], ["conoco-hurghada", "east-hurghada"],
    ["gulf-canada", "gulf-of-suez"], ["moodys", "standard-and-poors"], ["victor-frank", "joe-o-rogers"],
    ["sportschannel-associates", "sportschannel-prism-associates"],
    ["sportschannel-associates", "sportschannel-chicago-associates"],
    ["sportschannel-chicago-associates", "sportschannel-new-england-limited-partnership"],
    ["sportschannel-prism-associates", "sportschannel-new-england-limited-partnership"],
    ["ec-commission", "european-community"], ["tom-hanks", "forrest-gump"],
    # an organisation named after a place, or a place inside a name
    ["aegean-sea", "north-aegean-petroleum-co"], ["turkey", "ankara-radio"], ["turkey", "turkey-foreign-ministry"],
    ["gulf-canada", "canada"], ["washington", "washington-post"], ["new-york", "sportschannel-associates"],
    ["bank-of-england", "united-kingdom"], ["germany", "bayer-leverkusen"], ["west-end", "london"],
    ["leicester-square", "london"], ["hollywood", "los-angeles"],
    # a capital or government seat is not its country or union
    ["athens", "greece"], ["beijing", "china"], ["washington", "united-states"], ["brussels", "european-union"],
    # part B
    # one name or word, two things
    ["alessandro-moggi", "luciano-moggi"], ["luciano-orquera", "luciano-moggi"], ["john-kirwan", "john-o-shea"],
    ["jonathan-kaplan", "jonathan-swift"], ["tim-henman", "tim-danton"], ["andy-roddick", "andy-robinson"],
    ["us-open", "french-open"], ["us-open", "australian-open"], ["blinx", "blinx-2"], ["blinx", "blinx-character"],
    ["blinx-2", "blinx-character"], ["microsoft", "xbox"], ["yahoo", "jerrys-guide-to-the-world-wide-web"],
    ["jerry-yang", "jerrys-guide-to-the-world-wide-web"], ["ibm", "rolm"],
    ["information-systems-group", "business-communications-group"],
    ["communications-products-division", "business-communications-group"],
    ["telecommunications-marketing-and-service-organization", "information-systems-group"],
    ["international-totalizator-systems", "ibm"], ["federal-bureau-of-statistics", "federal-statistics-office"],
    ["diamond-star-motors", "mitsubishi-motors"], ["diamond-star-motors", "chrysler"],
    ["macintosh", "macintosh-ii"], ["macintosh", "macintosh-se"], ["macintosh-ii", "macintosh-se"],
    ["apple-computer", "macintosh"], ["lotus-development", "lotus-galaxy"], ["mcdonalds", "wendys"],
    ["trico-industries", "ministry-of-petroleum-industry"], ["juventus", "fiorentina"],
    # an organisation or event named after a place, or a place inside a name
    ["dinamo-bucharest", "bucharest"], ["kooyong", "kooyong-classic"], ["us-open", "united-states"],
    ["french-open", "france"], ["australian-open", "melbourne"], ["us-navy", "united-states"],
    ["lawn-tennis-association", "wimbledon"], ["manchester-united", "old-trafford"],
    ["scotland", "united-kingdom"],
    ["england", "united-kingdom"], ["england", "london"], ["chicago-heights", "illinois"],
    ["river-rouge", "michigan"], ["santa-clara", "california"], ["north-rhine-westphalia", "west-germany"],
    # a capital is not its country
    ["paris", "france"], ["dublin", "ireland"],
]
