"""Hand annotation of news_gold19 (see build_news_gold19.py): made blind, by reading the text,
by one annotator, with no extractor output in sight. It follows NEWS_NOTES and the DECISIONS
of news_gold3_spec.py, news_gold4_spec.py, news_gold5_spec.py, news_gold6_spec.py,
news_gold7_spec.py, news_gold8_spec.py, news_gold9_spec.py, news_gold10_spec.py,
news_gold11_spec.py, news_gold12_spec.py, news_gold13_spec.py, news_gold14_spec.py,
news_gold15_spec.py, news_gold16_spec.py, news_gold17_spec.py and news_gold18_spec.py; the new
choices taken beyond those are listed in DECISIONS below."""
from build_news_gold import REUTER, UK, US, org, oth, per, pl

DECISIONS = """\
- "Bank" opening the sentence-case headline "Bank set to leave rates on hold" is the capitalised
  short name of the Bank of England the story is about (bank-of-england, as "The Bank's
  rate-setting committee" in the body), as news_gold12's headline "Open" is the Australian Open
  and news_gold18's headline "Home" the Home Internationals; it is not a sentence-initial common
  word.
- A sitcom named after its title character and that character in one article are told apart by
  context (news_gold17's "Malcolm X"): "Nathan Barley", which Chris Morris will "direct and
  co-write ... for Channel 4" and which "will be a character-driven comedy", is the series (OTHER
  nathan-barley-series), while the bare "Barley" who "is described as a webmaster" is the
  character (PERSON nathan-barley); "his sister Claire", a character of the series named only by
  her first name, gets an id with the family name the article gives (claire-ashcroft,
  news_gold12's first-name rule). "TV Go Home", a "cult website" that a character comes from, is
  a work (OTHER, news_gold5's websites).
- News and fan websites that act as parties ("the PowerPage, Apple Insider and Think Secret
  websites", sued and defended by counsel, "Power Page" the same site written in two words) are
  publications (ORG, news_gold4's publications that act), each its own id, "Apple" inside "Apple
  Insider" not annotated separately; "Asteroid", Apple's unreleased product, is OTHER;
  "Santa Clara County Superior Court" is one ORG span, the county inside not annotated.
- A comedy double act named as one ("presenting duo Ant and Dec") is one PERSON mention of the
  pair (ant-and-dec), as news_gold8's "McLibel Two"; awards sharing a lower-case plural
  "awards" ("National Television, Royal Television Society and British Comedy awards") hold one
  OTHER mention each, the shared plural outside the spans (news_gold5's "San Diego and Orange
  Counties"), and "Royal Television Society" there names the society's awards
  (royal-television-society-awards), as news_gold9's "Screen Actors Guild awards";
  production companies are ORG ("Baby Cow", "Hat Trick", "Tiger Aspect").
- Film festival prizes are OTHER, a person or body inside the name not annotated separately
  ("Satyajit Ray Award", "Fipresci International Critics Awards", "Sutherland Trophy", "UK Film
  Talent Award", UK inside it), as news_gold18's "Milton Shulman Award"; "London Film Festival"
  is one OTHER span; "Three Kings" before "film-maker" is the film (OTHER).
- "19 Entertainment" and its short name "19" ("The 19 firm", "provide 19 with") are one ORG,
  distinct from "19 Management" (ORG) and from "19", the single by Paul Hardcastle (OTHER
  19-single); "Sports Entertainment Enterprises", its short form "Sports Entertainment", and the
  name it "is to be renamed", written "CFX" twice and "CKX" once, are one ORG (id ckx): a
  company's new name stated as such is the same entity (news_gold15's former name), and "CFX" is
  a slip marked as written. Likewise "Royal Gold Inc", the name Royal Resources Inc asks to take,
  is Royal Resources (royal-resources). "the Beckhams" is the family (PERSON beckham-family, as
  news_gold4's Osbournes); "Presley estate" and "Presley's daughter" hold the person; "Lisa
  Marie", his daughter named by her first names, gets the family name (lisa-marie-presley).
- Brands: "Panasonic brand products" holds "Panasonic", a brand of Matsushita that is not the
  company's name, so a product line (OTHER), unlike news_gold6's "Commodore" brand; "Opel and
  Saab", GM's "marques", are brands that are the makers' names (ORG opel, saab).
  "Matshushita Electric" is a slip for Matsushita Electric, marked as written with the id of the
  bare "Matsushita" (matsushita-electric); "Samsung" and "Samsung Electronics", both the TV maker
  in bbc-business-211, are one id (samsung, the short form getting the entity it means).
- "Georgian Parliament" is the legislature's name, one ORG span (news_gold15's "Greek
  Parliament"); "the Shevardnadze era" and "the Shevardnadze regime" hold the person
  (news_gold10's person's name before a lower-case generic). "Milan stock exchange" holds Milan
  only (news_gold4's "Irish stock exchange").
- "Braille", a writing system, holds no mention, like a standard or a code (news_gold4's
  "ADSL"); "BBC News website" holds "BBC News" (news_gold7).
- "the Fifth Circuit U.S. Court of Appeals" is one ORG span, the circuit and the country inside
  (news_gold15's established full names), an id of its own (us-court-of-appeals-fifth-circuit);
  "U.S. District Court for the Eastern District of Louisiana" is one ORG span as news_gold18's
  Southern District of New York court; the headline's "APPEALS COURT" is a common noun for it,
  not its name (unlike news_gold10's "SUPREME COURT"), and holds no mention; "Phillips' Aminoil
  subsidiary" holds Phillips and Aminoil (a business unit named by itself, ORG).
- "European Darex division" holds "Darex" (ORG, a business unit named by itself), the adjective
  "European" and the lower-case "division" outside (news_gold10's "Troy division"); the headline
  "W.R. GRACE <GRA> UNIT" is the parent (news_gold7's "FORD <F>").
- "Pork Board", capitalised, is the short name of the National Pork Board (news_gold6); the
  lower-case "meat board" holds none; "Meat export Federation" is marked as written with the id
  of the Meat Export Federation; the quoted "Pork - The Other White Meat" campaign is a named
  campaign (OTHER, news_gold15's "Green Revolution"); "McDonalds" is marked as written
  (mcdonalds) and "McRib" before "sandwich" is a product (OTHER).
- "Pennsylvania State Bond Allocation", an allocation of the state's bond volume, holds
  "Pennsylvania" only (PLACE, a place name as a modifier), the capitalised rest naming a kind of
  allocation, like news_gold6's "Treasury bonds"; "Berks County Industrial Development
  Authority" and "Ogden Martin System of Berks Inc" are ORG spans, the county inside not
  annotated separately.
- A toy named after its character ("Teddy Ruxpin voice-activated talking plush bear", "a smaller
  version of Teddy Ruxpin") is a product (OTHER), while "a talking Mickey Mouse toy" holds the
  character (PERSON mickey-mouse) before a lower-case generic (news_gold10); "(Charan Industries
  Inc)" is a company name in brackets, marked without them (NEWS_NOTES' angle brackets);
  "<Worlds of Wonder>" likewise.
- "the King family" (members of it sell shares back to King World) holds "King" (PERSON
  king-family, as news_gold8's "Boix-Vives family"), not the company; a ticker equal to the
  headline name ("OKC <OKC>") is not a mention, the name before it is (news_gold9).
- "Nikko Securities Co (Europe) Ltd" is one ORG span with its bracketed "(Europe)" inside;
  "New South Wales Treasury Corp" keeps the state inside its name, while "guaranteed by New South
  Wales" is the state (PLACE). "Moody's Investor Service Inc" is marked as written (moodys); the
  bare "Reuter..." closing a table is the sign-off (reuters)."""

SPEC = {
    "bbc-business-137": [
        org("Bank of England"), org("Bank", "bank-of-england"), *UK, org("Nationwide"), per("Mervyn King"),
        per("Richard Jeffrey"), per("Jeffrey", "richard-jeffrey"), org("Bridgewell Securities"),
        org("BBC Radio 4", "bbc-radio-4"), oth("Today", "today-programme"),
    ],
    "bbc-business-160": [
        org("GM", "general-motors"), org("General Motors"), org("Fiat"), *US, pl("Milan"), per("Sergio Marchionne"),
        pl("Italy"), pl("Europe"), per("Rick Wagoner"), org("DaimlerChrysler"), per("Gianni Agnelli"), org("Opel"),
        org("Saab"),
    ],
    "bbc-business-199": [
        pl("Georgia"), per("Eduard Shevardnadze"), per("Mikhail Saakashvili"),
        per("Saakashvili", "mikhail-saakashvili"),
        per("Shevardnadze", "eduard-shevardnadze"), org("Georgian Parliament"),
    ],
    "bbc-business-211": [
        org("Hitachi"), org("Matshushita Electric", "matsushita-electric"), org("Matsushita", "matsushita-electric"),
        org("Sony"), org("Samsung"), oth("Panasonic"), org("Fujitsu"), org("Sharp"),
        org("Samsung Electronics", "samsung"),
    ],
    "bbc-business-429": [
        *US, org("Commerce Department", "us-commerce-department"), per("David Wyss"),
        org("Standard & Poor's", "standard-and-poors"), pl("New York"), pl("China"), per("Anthony Crescenzi"),
        org("Miller Tabak"), org("Federal Reserve"), org("Fed", "federal-reserve"),
    ],
    "bbc-entertainment-099": [
        pl("Hollywood"), per("Kevin Bacon"), oth("London Film Festival"), oth("Woodsman"), oth("Satyajit Ray Award"),
        per("Nicole Kassell"), oth("Oscar", "oscars"), oth("Boys Don't Cry", "boys-dont-cry"), per("Brandon Teena"),
        per("Amma Asante"), oth("UK Film Talent Award"), oth("A Way Of Life", "a-way-of-life"), pl("South Wales"),
        oth("Fipresci International Critics Awards"), oth("Aaltra"), oth("Sutherland Trophy"),
        per("Jonathan Caouette"), oth("Tarnation"), oth("I Heart Huckabees"), per("Jude Law"), per("Dustin Hoffman"),
        oth("Three Kings"), per("David O Russell"), org("Pixar"), oth("Incredibles"), oth("Bullet Boy"),
        org("So Solid Crew"), per("Asher D"),
    ],
    "bbc-entertainment-165": [
        per("Morris", "chris-morris"), per("Chris Morris"), oth("Brass Eye"), pl("London"),
        oth("Nathan Barley", "nathan-barley-series"), oth("TV Go Home"), org("Channel 4"), per("Nicholas Burns"),
        per("Charlie Brooker"), per("Barley", "nathan-barley"), per("Dan Ashcroft"), per("Claire", "claire-ashcroft"),
        oth("Day Today"), oth("Jam"),
    ],
    "bbc-entertainment-208": [
        org("Duran Duran"), *US, org("VH1", "vh1"), per("Rick Krim"), oth("Astronaut"), pl("Japan"),
        per("Nick Rhodes"), oth("What Happens Tomorrow"), per("Simon Le Bon"), per("Le Bon", "simon-le-bon"),
    ],
    "bbc-entertainment-212": [
        oth("Little Britain"), per("Matt Lucas"), per("David Walliams"), org("Radio Times"), oth("Phoenix Nights"),
        per("Peter Kay"), oth("Office", "the-office"), per("Ricky Gervais"), oth("Nighty Night"), per("Julia Davis"),
        oth("Black Books"), per("Tamsin Greig"), per("Lucas", "matt-lucas"), per("Walliams", "david-walliams"),
        oth("National Television", "national-television-awards"),
        oth("Royal Television Society", "royal-television-society-awards"),
        oth("British Comedy", "british-comedy-awards"), org("BBC Three"), per("Ant and Dec"), per("Stephen Fry"),
        per("Stuart Murphy"), per("Graham Norton"), per("Steve Coogan"), org("Baby Cow"), org("Hat Trick"),
        oth("Kumars at Number 42"), oth("Vicar of Dibley"), org("Tiger Aspect"),
    ],
    "bbc-entertainment-319": [
        per("Fuller", "simon-fuller"), oth("Pop Idol"), per("Simon Fuller"), org("19 Entertainment"), *US,
        per("Robert Sillerman"), org("Sports Entertainment Enterprises", "ckx"), org("CFX", "ckx"),
        per("Elvis Presley"), org("re:(?<=The )19(?= firm)", "19-entertainment"), per("Beckhams", "beckham-family"),
        org("Sports Entertainment", "ckx"), org("CKX", "ckx"), org("re:(?<=provide )19(?= with)", "19-entertainment"),
        oth("American Idol"), org("19 Management"), per("Will Young"), per("Gareth Gates"), per("Kelly Clarkson"),
        oth("re:(?<=single - )19(?= by)", "19-single"), per("Paul Hardcastle"), org("Spice Girls"),
        org("S Club 7", "s-club-7"), per("Sillerman", "robert-sillerman"), per("Presley", "elvis-presley"),
        pl("Graceland"), per("Lisa Marie", "lisa-marie-presley"),
    ],
    "bbc-sport-290": [
        per("O'Gara", "ronan-ogara"), pl("Ireland"), per("Ronan O'Gara", "ronan-ogara"), pl("England"),
        org("Munster", "munster-rugby"), oth("Grand Slam", "six-nations-grand-slam"), org("BBC Sport"),
        per("Shane Byrne"), oth("Six Nations"), per("Byrne", "shane-byrne"),
        per("Brian O'Driscoll", "brian-odriscoll"), per("Eddie O'Sullivan", "eddie-osullivan"),
        per("Andy Robinson"), per("Mark Cueto"), per("Andy", "andy-robinson"), per("O'Sullivan", "eddie-osullivan"),
        per("Robinson", "andy-robinson"), per("O'Driscoll", "brian-odriscoll"), per("Geordan Murphy"),
        per("Denis Hickie"),
    ],
    "bbc-sport-482": [
        per("Roddick", "andy-roddick"), per("Andy Roddick"), *US, oth("Davis Cup"), per("Dean Goldfine"),
        per("Brad Gilbert"), per("Goldfine", "dean-goldfine"), pl("South Florida"), org("Sun-Sentinel"),
        per("Andy", "andy-roddick"), per("Todd Martin"), per("Mardy Fish"), per("Martin", "todd-martin"),
    ],
    "bbc-tech-051": [
        per("Victor Wong"), pl("Hong Kong"), org("Cornell University"), pl("New York State", "new-york-state"),
        per("Wong", "victor-wong"), org("BBC News", "bbc-news"),
    ],
    "bbc-tech-355": [
        org("Apple", "apple-computer"), oth("Asteroid"), org("PowerPage"), org("Apple Insider"), org("Think Secret"),
        org("Power Page", "powerpage"), org("Santa Clara County Superior Court"), per("James Kleinberg"),
        per("Kleinberg", "james-kleinberg"), pl("California"), org("Electronic Frontier Foundation", "eff"),
        org("EFF", "eff"), per("Kurt Opsahl"), per("Opsahl", "kurt-opsahl"), *US,
    ],
    "reuters-10371": [
        org("UNION MINIERE", "union-miniere"), org("PANCONTINENTAL", "pancontinental-mining"),
        org("Union Miniere SA", "union-miniere"), org("Pancontinental Mining Ltd", "pancontinental-mining"),
        org("Pancontinental", "pancontinental-mining"), pl("Australia"), pl("Canada"),
        org("Union Miniere", "union-miniere"), org("Societe Generale de Belgique"), *REUTER,
    ],
    "reuters-11419": [
        org("W.R. GRACE", "wr-grace"), org("W.R. Grace and Co", "wr-grace"), org("Darex", "grace-darex"),
        pl("Worms"), pl("West Germany"), pl("Europe"), pl("Middle East"),
    ],
    "reuters-12120": [
        org("TREASURY", "us-treasury"), per("BAKER", "james-baker"), org("HOUSE", "us-house-of-representatives"),
        org("FSLIC", "fslic"), per("James Baker"), org("Federal Savings and Loan Insurance Corp", "fslic"),
        org("House Banking Committee"), org("Senate", "us-senate"), per("Baker", "james-baker"),
        org("House Appropriations Subcommittee", "house-appropriations-subcommittee"),
        org("House", "us-house-of-representatives"),
    ],
    "reuters-12931": [
        org("CALIFORNIA ENERGY", "california-energy"), org("California Energy Co", "california-energy"),
        org("China Lake Joint Venture"), pl("China Lake"), pl("Calif.", "california"),
    ],
    "reuters-1297": [
        org("ROYAL", "royal-resources"), org("Royal Resources Inc", "royal-resources"),
        org("Royal Gold Inc", "royal-resources"), org("Royal", "royal-resources"),
        org("Victoria Exploration N.L.", "victoria-exploration"), pl("Perth"), pl("Australia"),
    ],
    "reuters-13722": [
        pl("NEW YORK", "new-york"), pl("London"), org("Cocoa Producers Alliance"),
        pl("Cameroon"), org("CPA", "cocoa-producers-alliance"), oth("International Cocoa Agreement"), pl("Norway"),
        pl("Ghana"), pl("New York"),
    ],
    "reuters-14039": [
        pl("SWEDEN", "sweden"), org("ERICSSON", "ericsson"), *US, pl("Sweden"),
        org("Telefon AB L.M. Ericsson", "ericsson"), org("U.S. West Co Inc", "us-west"), pl("Idaho"),
        org("Mountain Bell"), org("U.S. West", "us-west"), org("Ericsson"), oth("AXE", "axe"),
    ],
    "reuters-1407": [
        org("NATIONAL PORK BOARD", "national-pork-board"), org("National Pork Board"),
        org("National Pork Producers Council", "nppc"), org("NPPC", "nppc"),
        oth("Pork - The Other White Meat", "pork-the-other-white-meat"), org("Pork Board", "national-pork-board"),
        org("National Livestock and Meat Board"), org("Meat Export Federation"),
        org("Meat export Federation", "meat-export-federation"), *US, pl("Japan"), pl("Singapore"),
        org("McDonalds", "mcdonalds"), oth("McRib", "mcrib"),
    ],
    "reuters-16073": [
        per("MIYAZAWA", "kiichi-miyazawa"), per("Kiichi Miyazawa"), pl("Washington"), *REUTER,
        per("Miyazawa", "kiichi-miyazawa"), pl("Tokyo"), org("Group of Seven", "g7"), org("G-7", "g7"), *UK,
        pl("Canada"), pl("France"), pl("Italy"), pl("Japan"), *US, pl("West Germany"),
    ],
    "reuters-18441": [
        org("VENDEX", "vendex-international"), org("Vendex International"), per("Anton Dreesmann"),
        org("Financieele Dagblad"), per("Dreesmann", "anton-dreesmann"), org("Vendex", "vendex-international"),
        *REUTER,
    ],
    "reuters-18751": [
        org("BECOR WESTERN", "becor-western"), org("Becor Western Inc", "becor-western"), org("Lynch Corp"),
        org("Becor", "becor-western"), org("Western Gear Corp"), org("BCW Acquisition Inc", "bcw-acquisition"),
    ],
    "reuters-1923": [
        org("GUNZE SANGYO", "gunze-sangyo"), org("Gunze Sangyo Inc", "gunze-sangyo"), pl("Tokyo"),
        org("Swiss Volksbank"), *REUTER,
    ],
    "reuters-19334": [
        org("KING WORLD", "king-world-productions"), org("King World Productions Inc", "king-world-productions"),
        org("First Chicago Corp", "first-chicago"), org("Bank of New York"), per("re:King(?= family)", "king-family"),
        org("King World", "king-world-productions"),
    ],
    "reuters-21042": [
        org("TRAVELERS REAL ESTATE", "travelers-real-estate-investment-trust"),
        org("Travelers Real Estate Investment Trust"),
    ],
    "reuters-21076": [
        pl("VENEZUELA", "venezuela"), pl("GULF", "persian-gulf"), per("Arturo Hernandez Grisanti"),
        pl("Gulf", "persian-gulf"), *US,
    ],
    "reuters-21371": [
        org("International Telecommunications Union", "itu"),
    ],
    "reuters-21461": [
        org("OGDEN", "ogden-corp"), pl("BERKS COUNTY", "berks-county"), org("Ogden Corp", "ogden-corp"),
        org("Ogden Martin System of Berks Inc"), pl("Berks County"), pl("Pa.", "pennsylvania"),
        org("Ogden", "ogden-corp"), org("Berks County Industrial Development Authority"), pl("Pennsylvania"),
    ],
    "reuters-3117": [
        org("CHARAN", "charan-industries"), org("Charan Industries Inc", "charan-industries"), per("Earl Takefman"),
        per("Takefman", "earl-takefman"), org("Charan", "charan-industries"), pl("Canada"), org("Worlds of Wonder"),
        oth("Teddy Ruxpin"), per("Mickey Mouse"),
    ],
    "reuters-3775": [
        org("JONES AND VINING", "jones-and-vining"), org("VULCAN", "vulcan-corp"),
        org("Jones and Vining Inc", "jones-and-vining"), org("Vulcan Corp", "vulcan-corp"),
        org("Jones and Vining", "jones-and-vining"), org("Vulcan", "vulcan-corp"), oth("Securities Act of 1934"),
    ],
    "reuters-3963": [
        org("NELSON HOLDINGS", "nelson-holdings-international"),
        org("Nelson Holdings International Ltd", "nelson-holdings-international"),
        org("Nelson Entertainment Inc", "nelson-entertainment"), org("Hemdale Releasing Corp", "hemdale-releasing"),
        org("Nelson", "nelson-entertainment"), org("Hemdale", "hemdale-releasing"),
    ],
    "reuters-4856": [
        org("NEW SOUTH WALES TREASURY CORP", "new-south-wales-treasury-corp"), org("New South Wales Treasury Corp"),
        org("Nikko Securities Co (Europe) Ltd", "nikko-securities-europe"),
        org("Mitsui Trust and Banking Co Ltd", "mitsui-trust-and-banking"), pl("New South Wales"), pl("Luxembourg"),
        org("Mitsubishi Finance International Ltd", "mitsubishi-finance-international"), *REUTER,
    ],
    "reuters-4896": [
        org("COCA-COLA ENTERPRISES", "coca-cola-enterprises"), org("CBOE", "chicago-board-options-exchange"),
        org("Chicago Board Options Exchange"), org("Coca-Cola Enterprises Inc", "coca-cola-enterprises"),
        org("Coca-Cola Co", "coca-cola"),
    ],
    "reuters-4898": [
        pl("CUBA", "cuba"), org("International Sugar Organization"), pl("Cuba"),
        org("C Czarnikow", "c-czarnikow"), pl("USSR", "soviet-union"), org("Comecon"),
        org("ISO", "international-sugar-organization"), pl("Bulgaria"), pl("Czechoslovakia"), pl("Poland"),
        pl("Romania"),
    ],
    "reuters-7931": [
        org("re:(?<!<)OKC(?!>| Limited)", "okc-limited-partnership"), org("OKC Limited Partnership"),
        org("Fifth Circuit U.S. Court of Appeals", "us-court-of-appeals-fifth-circuit"),
        org("Phillips Petroleum Co", "phillips-petroleum"),
        org("U.S. District Court for the Eastern District of Louisiana",
            "us-district-court-eastern-district-of-louisiana"),
        org("Phillips", "phillips-petroleum"), org("Aminoil"),
    ],
    "reuters-8577": [
        org("CLABIR CORP", "clabir"), org("Reuter", "reuters"),
    ],
    "reuters-9424": [
        org("GROLIER", "grolier"), org("MOODY'S", "moodys"), org("Moody's Investor Service Inc", "moodys"),
        org("Grolier Inc", "grolier"), org("Grolier"), org("Moody's", "moodys"),
    ],
}


# Pairs of entity ids (both annotated above) that share a word or look alike but are different
# things (e.g. a person and a company named after him, a city and an organisation named after
# it, two people with one name, a country and its capital).
MUST_NOT_MERGE = [
    # one name, word or initial, two things
    ["bank-of-england", "nationwide"], ["bridgewell-securities", "bank-of-england"], ["mervyn-king", "richard-jeffrey"],
    ["bbc-radio-4", "today-programme"],
    ["general-motors", "fiat"], ["general-motors", "opel"], ["opel", "saab"], ["fiat", "daimlerchrysler"],
    ["sergio-marchionne", "rick-wagoner"], ["gianni-agnelli", "fiat"],
    ["eduard-shevardnadze", "mikhail-saakashvili"], ["georgian-parliament", "georgia"],
    ["hitachi", "matsushita-electric"], ["matsushita-electric", "panasonic"], ["sony", "samsung"],
    ["fujitsu", "sharp"],
    ["us-commerce-department", "federal-reserve"], ["standard-and-poors", "miller-tabak"],
    ["david-wyss", "anthony-crescenzi"],
    ["london-film-festival", "satyajit-ray-award"], ["satyajit-ray-award", "uk-film-talent-award"],
    ["fipresci-international-critics-awards", "sutherland-trophy"], ["woodsman", "kevin-bacon"],
    ["boys-dont-cry", "brandon-teena"], ["a-way-of-life", "amma-asante"], ["tarnation", "jonathan-caouette"],
    ["three-kings", "david-o-russell"], ["i-heart-huckabees", "jude-law"], ["pixar", "incredibles"],
    ["so-solid-crew", "asher-d"], ["bullet-boy", "so-solid-crew"], ["oscars", "satyajit-ray-award"],
    ["chris-morris", "brass-eye"], ["nathan-barley", "nathan-barley-series"], ["nathan-barley", "nicholas-burns"],
    ["tv-go-home", "charlie-brooker"], ["dan-ashcroft", "claire-ashcroft"], ["day-today", "jam"],
    ["channel-4", "nathan-barley-series"],
    ["duran-duran", "vh1"], ["nick-rhodes", "simon-le-bon"], ["astronaut", "what-happens-tomorrow"],
    ["little-britain", "matt-lucas"], ["matt-lucas", "david-walliams"], ["radio-times", "bbc-three"],
    ["phoenix-nights", "peter-kay"], ["the-office", "ricky-gervais"], ["nighty-night", "julia-davis"],
    ["black-books", "tamsin-greig"], ["national-television-awards", "british-comedy-awards"],
    ["royal-television-society-awards", "national-television-awards"], ["ant-and-dec", "stephen-fry"],
    ["stuart-murphy", "bbc-three"], ["graham-norton", "steve-coogan"], ["baby-cow", "steve-coogan"],
    ["hat-trick", "tiger-aspect"], ["kumars-at-number-42", "hat-trick"], ["vicar-of-dibley", "tiger-aspect"],
    ["baby-cow", "nighty-night"],
    ["simon-fuller", "19-entertainment"], ["19-entertainment", "19-management"], ["19-entertainment", "19-single"],
    ["19-single", "paul-hardcastle"], ["ckx", "robert-sillerman"], ["ckx", "19-entertainment"],
    ["elvis-presley", "lisa-marie-presley"], ["pop-idol", "american-idol"], ["spice-girls", "s-club-7"],
    ["will-young", "gareth-gates"], ["beckham-family", "simon-fuller"], ["graceland", "elvis-presley"],
    ["ronan-ogara", "brian-odriscoll"], ["brian-odriscoll", "eddie-osullivan"], ["andy-robinson", "eddie-osullivan"],
    ["six-nations-grand-slam", "six-nations"], ["munster-rugby", "ronan-ogara"], ["geordan-murphy", "denis-hickie"],
    ["shane-byrne", "mark-cueto"], ["bbc-sport", "six-nations"],
    ["andy-roddick", "andy-robinson"], ["andy-roddick", "dean-goldfine"], ["brad-gilbert", "dean-goldfine"],
    ["todd-martin", "mardy-fish"], ["davis-cup", "united-states"], ["sun-sentinel", "south-florida"],
    ["victor-wong", "cornell-university"], ["bbc-news", "bbc-sport"],
    ["apple-computer", "apple-insider"], ["powerpage", "apple-insider"], ["think-secret", "apple-insider"],
    ["asteroid", "apple-computer"], ["eff", "apple-computer"], ["james-kleinberg", "kurt-opsahl"],
    ["santa-clara-county-superior-court", "eff"],
    ["union-miniere", "pancontinental-mining"], ["union-miniere", "societe-generale-de-belgique"],
    ["wr-grace", "grace-darex"],
    ["us-treasury", "fslic"], ["house-banking-committee", "house-appropriations-subcommittee"],
    ["us-house-of-representatives", "house-banking-committee"], ["us-senate", "us-house-of-representatives"],
    ["house-appropriations-subcommittee", "us-house-of-representatives"],
    ["california-energy", "china-lake-joint-venture"],
    ["royal-resources", "victoria-exploration"],
    ["cocoa-producers-alliance", "international-cocoa-agreement"],
    ["ericsson", "us-west"], ["us-west", "mountain-bell"], ["axe", "ericsson"],
    ["national-pork-board", "nppc"], ["national-pork-board", "national-livestock-and-meat-board"],
    ["meat-export-federation", "national-livestock-and-meat-board"],
    ["pork-the-other-white-meat", "national-pork-board"],
    ["mcdonalds", "mcrib"],
    ["kiichi-miyazawa", "g7"],
    ["vendex-international", "financieele-dagblad"], ["anton-dreesmann", "vendex-international"],
    ["becor-western", "western-gear-corp"], ["becor-western", "bcw-acquisition"], ["lynch-corp", "becor-western"],
    ["gunze-sangyo", "swiss-volksbank"],
    ["king-world-productions", "king-family"], ["first-chicago", "bank-of-new-york"],
    ["ogden-corp", "ogden-martin-system-of-berks-inc"],
    ["berks-county-industrial-development-authority", "ogden-martin-system-of-berks-inc"],
    ["charan-industries", "worlds-of-wonder"], ["teddy-ruxpin", "mickey-mouse"], ["earl-takefman", "charan-industries"],
    ["jones-and-vining", "vulcan-corp"], ["securities-act-of-1934", "jones-and-vining"],
    ["nelson-holdings-international", "nelson-entertainment"], ["nelson-entertainment", "hemdale-releasing"],
    ["new-south-wales-treasury-corp", "nikko-securities-europe"],
    ["mitsui-trust-and-banking", "mitsubishi-finance-international"],
    ["coca-cola-enterprises", "coca-cola"], ["chicago-board-options-exchange", "coca-cola-enterprises"],
    ["international-sugar-organization", "c-czarnikow"], ["comecon", "soviet-union"],
    ["us-court-of-appeals-fifth-circuit", "us-district-court-eastern-district-of-louisiana"],
    ["okc-limited-partnership", "phillips-petroleum"], ["phillips-petroleum", "aminoil"],
    ["clabir", "reuters"], ["grolier", "moodys"],
    # an organisation, work, event or facility named after a place, or a place inside a name
    ["bank-of-england", "united-kingdom"], ["united-kingdom", "nationwide"],
    ["fiat", "italy"], ["milan", "italy"], ["general-motors", "united-states"], ["europe", "opel"],
    ["united-states", "us-commerce-department"], ["new-york", "standard-and-poors"], ["china", "united-states"],
    ["united-states", "federal-reserve"],
    ["london", "london-film-festival"], ["south-wales", "a-way-of-life"], ["hollywood", "kevin-bacon"],
    ["london", "channel-4"], ["japan", "united-states"], ["vh1", "united-states"], ["little-britain", "bbc-three"],
    ["united-states", "american-idol"], ["graceland", "united-states"],
    ["ireland", "england"], ["ireland", "munster-rugby"], ["england", "six-nations"],
    ["south-florida", "united-states"],
    ["hong-kong", "new-york-state"], ["new-york-state", "cornell-university"],
    ["california", "santa-clara-county-superior-court"], ["united-states", "california"],
    ["canada", "australia"], ["canada", "pancontinental-mining"], ["australia", "pancontinental-mining"],
    ["worms", "west-germany"], ["europe", "grace-darex"], ["middle-east", "europe"],
    ["california", "california-energy"], ["china-lake", "china-lake-joint-venture"], ["california", "china-lake"],
    ["perth", "australia"], ["royal-resources", "australia"],
    ["new-york", "london"], ["cameroon", "ghana"], ["norway", "ghana"],
    ["sweden", "ericsson"], ["united-states", "us-west"], ["idaho", "us-west"], ["japan", "singapore"],
    ["tokyo", "japan"], ["washington", "united-states"], ["united-kingdom", "g7"], ["west-germany", "france"],
    ["tokyo", "gunze-sangyo"],
    ["bank-of-new-york", "new-york"], ["venezuela", "persian-gulf"], ["persian-gulf", "united-states"],
    ["berks-county", "berks-county-industrial-development-authority"],
    ["berks-county", "ogden-martin-system-of-berks-inc"], ["pennsylvania", "berks-county"],
    ["canada", "charan-industries"],
    ["new-south-wales", "new-south-wales-treasury-corp"], ["luxembourg", "nikko-securities-europe"],
    ["cuba", "soviet-union"], ["cuba", "international-sugar-organization"], ["poland", "romania"],
    ["bulgaria", "czechoslovakia"], ["china", "china-lake"], ["china", "china-lake-joint-venture"],
    ["new-york", "new-york-state"], ["new-york-state", "bank-of-new-york"],
    ["new-south-wales", "south-wales"], ["little-britain", "united-kingdom"], ["europe", "nikko-securities-europe"],
    ["first-chicago", "chicago-board-options-exchange"], ["bank-of-new-york", "bank-of-england"],
    ["us-treasury", "new-south-wales-treasury-corp"], ["mervyn-king", "king-family"],
    ["king-world-productions", "mervyn-king"], ["simon-fuller", "simon-le-bon"], ["bbc-three", "bbc-radio-4"],
    ["bbc-news", "bbc-three"], ["international-sugar-organization", "itu"],
    ["international-cocoa-agreement", "international-sugar-organization"], ["west-germany", "western-gear-corp"],
]
