"""Hand annotation of news_gold22 (see build_news_gold22.py): made blind, by reading the text,
by one annotator, with no extractor output in sight. It follows NEWS_NOTES and the DECISIONS
of news_gold3_spec.py, news_gold4_spec.py, news_gold5_spec.py, news_gold6_spec.py,
news_gold7_spec.py, news_gold8_spec.py, news_gold9_spec.py, news_gold10_spec.py,
news_gold11_spec.py, news_gold12_spec.py, news_gold13_spec.py, news_gold14_spec.py,
news_gold15_spec.py, news_gold16_spec.py, news_gold17_spec.py, news_gold18_spec.py,
news_gold19_spec.py, news_gold20_spec.py and news_gold21_spec.py; the new choices taken beyond
those are listed in DECISIONS below."""
from build_news_gold import REUTER, UK, US, org, oth, per, pl

DECISIONS = """\
- "In eastern and southern Ethiopia": two lower-case qualifiers coordinated before one name hold
  only the name (PLACE ethiopia), neither "eastern" nor "southern" naming a region by itself
  (news_gold5's shared designator, left out of the spans); a single qualifier keeps news_gold13's
  "northern Nigeria". "FAO's Global Information and Early Warning System", of which a person is
  "chief", is an organ of the FAO (ORG, news_gold20's "Office of Compliance"), not a product.
- "New World", the wine-producing countries outside Europe, is a region written as a proper name
  (PLACE new-world, as news_gold15's "the West"), also in "New World wines" and in quotes ("the
  'New World' producers"). "FNSEA" before "agricultural union" is the union (ORG);
  "Associated Press" before "news agency" is the agency (ORG).
- "the flotation by software firm Tata" is Tata Consultancy Services, the Tata software firm
  whose flotation the text means (ORG tata-consultancy-services, a short form getting the entity
  it means), not news_gold's Tata Teleservices; "National Thermal Power Corp (NTPC)" is one ORG
  (id ntpc); "ING Mutual Fund" is one ORG span.
- Box office: "Super Bowl weekend" holds "Super Bowl" (OTHER, the lower-case "weekend" outside),
  and "American football" is a code of sport (no mention, news_gold7); "Will and Grace's Debra
  Messing" holds the series (OTHER) and the actress; "Are We There Yet?" keeps its "?"
  (news_gold4); "Robert de Niro thriller" holds the person (news_gold17's "seven Lee films").
- "We Are The World ... inspired by the success of Band Aid": the 1984 group is an ORG of its own
  (band-aid), not news_gold4's Band Aid 20; "USA For Africa" is one ORG span, USA inside it not
  annotated; "Grammys" are the Grammy Awards (OTHER grammy-awards).
- Joy Division: "Touching From A Distance", the film named "after a book" of that title, is one
  work (OTHER, news_gold9's book and film not told apart by name); "Curtis's widow Deborah" and
  "daughter Natalie" get the family name (deborah-curtis, natalie-curtis, news_gold12), and the
  bare "Ian" is Ian Curtis (news_gold7); "Joy Division film" holds the band (a name before a
  lower-case generic); "Factory Records founder" holds the label (a full name before a role);
  "Dutch-born" is a demonym.
- "promotion to Cabinet Office minister" holds the UK Cabinet Office (ORG uk-cabinet-office, a
  full body name before a role, as news_gold7's "Home Office minister"), not news_gold's
  japan-cabinet-office; "a key figure in New Labour" names the Labour Party as a noun by the name
  it went by (ORG labour-party, news_gold15's former names), while "a safe Labour seat" holds
  none; "going on to Oxford to study politics" is the university, by context (ORG
  oxford-university, as news_gold9's "at Newcastle" names the club), not the town;
  "Haverstock Comprehensive", a school, is an institution (ORG, news_gold18). "his father Ralph"
  and "his brother Ed" get the family name (ralph-miliband, ed-miliband).
- "Lord Rennard", named by no first name, is "Rennard" (id lord-rennard, as news_gold5's
  lord-browne); "the Lib Dem team" holds the party adjective only (news_gold13).
- Football: "R's manager" holds "R's", Queens Park Rangers' nickname with its "'s" inside (ORG
  qpr, news_gold6's club nicknames; the "'s" is part of the nickname, news_gold13), and "Day's
  Rangers contract" is QPR (qpr), not news_gold's Glasgow "Rangers"; "match at Ipswich" is the
  home club (ORG ipswich-town, news_gold9); "Loftus Road" is a stadium (PLACE).
- Tennis: "her first title since Berlin in 2000" is the tournament she won there (OTHER
  german-open), as news_gold14's "to miss Melbourne", not news_gold17's city "in Beijing" where a
  match was lost; "on the Tour", capitalised, is the WTA Tour (OTHER wta-tour, news_gold16's "the
  World Tour"); "Volvo Women's Open" is one OTHER span with its "'s" inside, the sponsor not
  annotated separately.
- Gadgets: "iPod mini" and the plural "iPod minis" are a product of their own (OTHER ipod-mini,
  news_gold4's plural models), distinct from the iPod; "Sony's Qrio Robot" is one span with the
  capitalised "Robot" inside (news_gold3's qrio; news_gold9's "Stuff Magazine"); "this year's
  Tracey Island", the toy that sold out one Christmas, is a product (OTHER tracey-island), not a
  fictional place; "What Hi-Fi?" is a magazine (ORG) keeping its "?"; "Creative" among music
  player makers is Creative Technology (ORG).
- "Nielsen/NetRatings" is one company's name written with a slash (one ORG span), unlike
  news_gold9's "Columbia/Sony Pictures", two companies.
- "LAC <LAC> INTERSECTS MORE GOLD AT DOYON MINE": "LAC" before its ticker is Lac Minerals, and
  "DOYON" alone is the mine (PLACE doyon, a named facility), the body writing "Doyon mine" with a
  lower-case "mine" (news_gold8's "CHANNEL FERRY").
- "at Combs Gates Palm Springs" holds "Combs Gates" (ORG, the aviation services firm) and "Palm
  Springs" (PLACE), as news_gold21's "Berliner Bank AG Berlin"; "Southern California" written
  with a capital is one PLACE (news_gold15's "Southern Texas"); "West Coast" is a PLACE.
- "Horizon" alone, which "services 3.2 billion dlrs in mortgage loans", is Horizon Financial, the
  unit that "services mortgage loans" (horizon-financial), not Horizon Funding; "Horizon Funding
  corp" keeps its lower-case designator as written (news_gold8).
- "The London Metal Exchange Ltd", the new holding company "to be called" so, is an ORG of its
  own (london-metal-exchange-ltd, the leading "The" dropped), distinct from the exchange;
  "Recognized Investment Exchange", a status the exchange applies for, is a kind of body named
  by law, like an award category (news_gold9), and holds no mention.
- Upper-case headlines whose bodies use lower case: "DUTCH CENTRAL BANK" ("The Dutch central
  bank") and "ITALIAN TREASURY" ("The Italian treasury") hold no mention, the demonym an
  adjective and the rest a common noun (news_gold14's "HUNGARIAN BANK", news_gold15's "JAPAN
  MINISTRY"); "BOTs" (treasury bills) and "Eurodollar" bonds are classes of securities
  (news_gold6).
- New Zealand poll: "NATIONAL" in the headline is the National Party (ORG nz-national-party, a
  short name in an upper-case headline, news_gold5), and "National" and "Labour" as nouns are
  New Zealand's parties (nz-national-party, nz-labour-party, not labour-party), while "Labour
  government" holds none (news_gold11); "the regular Television New Zealand Heylen/Eyewitness
  poll" holds the broadcaster (ORG "Television New Zealand", New Zealand inside not annotated),
  the polling firm "Heylen" (ORG) and the programme "Eyewitness" (OTHER), slash-joined names
  holding one mention each (news_gold9's "Columbia/Sony Pictures").
- Fed story: "System repurchases" names a kind of Fed operation, like news_gold6's "Fed funds",
  and holds no mention; "a Treasury tax and loan call on banks" holds the U.S. Treasury (ORG
  us-treasury), the department making the call (news_gold3's "a Treasury spokesman").
- "the Howard tunnel" holds "Howard" (PLACE howard-tunnel, a named facility, the lower-case
  generic outside, news_gold21's "Ronnskar"); "its Congress, British Columbia property" holds
  the property's place "Congress" (PLACE congress-british-columbia, not the U.S. Congress) and
  British Columbia.
- "SNET <SNG> COMPLETES PRATT/WHITNEY <UTC> ORDER": "PRATT/WHITNEY" is one name written with a
  slash, the unit Pratt and Whitney (ORG pratt-and-whitney), though the ticker after it is its
  parent's, the name as written meaning the unit, not a short name of United Technologies;
  "5ESS switch" holds the named switch (OTHER 5ess, news_gold4's product lines).
- Gulf: "Kharg island" holds "Kharg" (PLACE, the lower-case "island" outside); "the Gulf Emirate
  of Fujairah" holds "Gulf" (persian-gulf) and "Fujairah" (PLACE), the capitalised "Emirate of"
  a designator between them; "the Iran-Iraq war", with a lower-case "war", holds Iran and Iraq
  (GUIDELINES' hyphenated compounds), unlike a war written as one name; "Iraqi new agency INA"
  holds the agency (ORG ina); the supertanker "Pivot" is a named ship (OTHER).
- "the bankrupt Harris Pine Sawmill in Pendleton, Ore." is the named mill being bought (PLACE
  harris-pine-sawmill, a named facility, news_gold8), the church that owned it an ORG;
  "Portland federal court" holds Portland (portland-oregon).
- "U.S. Mint" is split (U.S.; Mint, ORG us-mint), as news_gold6 splits "U.S. Army"; "its gold
  and silver Eagle series coins" holds "Eagle", the named coin series (OTHER eagle-coins), the
  lower-case words outside.
- "HongKong Bank of Canada", written so once for the "Hongkong Bank of Canada" named before, is
  marked as written with its id (news_gold4's spelling slips)."""

SPEC = {
    "bbc-business-002": [
        per("Greenspan", "alan-greenspan"), org("Federal Reserve"), *US, per("Alan Greenspan"), pl("New York"),
        pl("London"), org("G7"), per("Robert Sinche"), org("Bank of America"), pl("China"), pl("Beijing"),
        org("White House"),
    ],
    "bbc-business-009": [
        pl("Ethiopia"), org("Food and Agriculture Organisation", "fao"), org("World Food Programme"),
        org("FAO", "fao"), per("Henri Josserand"), org("Global Information and Early Warning System"),
    ],
    "bbc-business-090": [
        pl("New World"), per("Dominique Bussereau"), pl("France"), pl("Australia"), pl("Chile"), *US,
        per("Bussereau", "dominique-bussereau"), per("Jean-Michel Lemetayer"), org("FNSEA", "fnsea"),
        org("Associated Press"), org("European Union"), pl("Burgundy"),
    ],
    "bbc-business-276": [
        pl("India"), org("National Thermal Power Corp", "ntpc"), org("NTPC", "ntpc"),
        org("Tata", "tata-consultancy-services"), per("Suhas Naik"), org("ING Mutual Fund"),
    ],
    "bbc-business-390": [
        org("Wal-Mart"), pl("California"), per("Bill Lockyer"), per("Lockyer", "bill-lockyer"), per("Gus Whitcomb"),
    ],
    "bbc-entertainment-053": [
        *US, oth("Evil Dead"), per("Sam Raimi"), oth("Boogeyman"), per("Robert de Niro"), oth("Hide and Seek"),
        oth("Wedding Date"), oth("Will and Grace"), per("Debra Messing"), oth("Are We There Yet?", "are-we-there-yet"),
        oth("Oscar", "oscars"), oth("Million Dollar Baby"), oth("Aviator"), oth("Sideways"), per("Rory Bruer"),
        org("Sony Pictures"), oth("Super Bowl"),
    ],
    "bbc-entertainment-157": [
        *US, oth("We Are The World"), org("Band Aid"), org("USA For Africa"), per("Lionel Richie"), per("Diana Ross"),
        per("Ray Charles"), per("Bob Dylan"), per("Michael Jackson"), per("Bruce Springsteen"), *UK,
        oth("Grammys", "grammy-awards"),
    ],
    "bbc-entertainment-228": [
        org("Joy Division"), per("Ian Curtis"), pl("Manchester"), oth("Touching From A Distance"),
        per("Curtis", "ian-curtis"), per("Deborah", "deborah-curtis"), per("Tony Wilson"), *US,
        per("Wilson", "tony-wilson"), per("Natalie", "natalie-curtis"), per("Ian", "ian-curtis"), org("BBC News"),
        oth("Cannes Film Festival"), org("New Order"), org("Happy Mondays"), oth("24 Hour Party People"),
        per("Steve Coogan"), org("Factory Records"), per("Anton Corbijn"), org("Depeche Mode"), org("U2", "u2"),
    ],
    "bbc-politics-037": [
        per("David Miliband"), org("Cabinet Office", "uk-cabinet-office"), org("New Labour", "labour-party"),
        org("Downing Street"), per("Tony Blair"), per("Miliband", "david-miliband"), per("Ralph", "ralph-miliband"),
        per("Blair", "tony-blair"), per("Ed", "ed-miliband"), per("Gordon Brown"),
        org("Institute for Public Policy Research"), org("Commission on Social Justice"),
        org("Haverstock Comprehensive"), org("Oxford", "oxford-university"),
        org("Massachusetts Institute of Technology"),
    ],
    "bbc-politics-235": [
        org("Lib Dems", "liberal-democrats"), org("BT", "bt"), per("Sandy Walkington"), per("Matthew Taylor"),
        per("Rennard", "lord-rennard"), per("Walkington", "sandy-walkington"),
    ],
    "bbc-sport-173": [
        org("QPR", "qpr"), per("Day", "chris-day"), org("Preston", "preston-north-end"),
        org("Queens Park Rangers", "qpr"), per("Chris Day"), per("Simon Royce"), org("Charlton", "charlton-athletic"),
        per("Generoso Rossi"), org("R's", "qpr"), per("Ian Holloway"), org("Rangers", "qpr"),
        per("Holloway", "ian-holloway"), org("Middlesbrough", "middlesbrough-fc"), per("Andy Davies"),
        org("Ipswich", "ipswich-town"), per("Davies", "andy-davies"), pl("Loftus Road"), org("Bristol City"),
        per("Tom Doherty"),
    ],
    "bbc-sport-504": [
        per("Martinez", "conchita-martinez"), per("Conchita Martinez"), per("Anna-Lena Groenefeld"),
        oth("Volvo Women's Open", "volvo-womens-open"), pl("Pattaya"), pl("Thailand"), oth("Berlin", "german-open"),
        oth("Tour", "wta-tour"), per("Groenefeld", "anna-lena-groenefeld"),
    ],
    "bbc-tech-127": [
        org("Apple", "apple-computer"), oth("iPod", "ipod"), oth("iPod minis", "ipod-mini"), oth("iPod mini"),
        per("Oliver Irish"), org("Stuff", "stuff-magazine"), per("Irish", "oliver-irish"), oth("Tracey Island"),
        org("What Hi-Fi?", "what-hi-fi"), pl("London"), org("Sony"), oth("Qrio Robot", "qrio"), pl("Japan"),
        org("Creative", "creative-technology"), org("Philips"), oth("Gizmondo"),
    ],
    "bbc-tech-146": [
        org("Nielsen/NetRatings", "nielsen-netratings"), pl("Europe"), org("Jupiter Research"), pl("Italy"), *UK,
        per("Gabrielle Prior"), pl("France"), pl("Germany"), pl("Spain"), per("Olivier Beauvillian"),
    ],
    "reuters-1072": [
        org("re:LAC(?= <LAC>)", "lac-minerals"), pl("DOYON", "doyon"), org("Lac Minerals Ltd", "lac-minerals"),
        org("Cambior Inc", "cambior"), pl("Doyon"), pl("Quebec"),
    ],
    "reuters-12525": [
        org("CITIBANK", "citibank"), org("Citicorp"), org("Citibank N.A.", "citibank"),
        org("Luxembourg Stock Exchange"),
        *REUTER,
    ],
    "reuters-12617": [
        *US, pl("BRAZIL", "brazil"), pl("Brazil"), org("Interagency Country Valuation Review Committee"),
        org("Federal Reserve Board"), org("Federal Deposit Insurance Corp", "fdic"), org("Comptroller of the Currency"),
    ],
    "reuters-12707": [
        org("PHILLIPS", "phillips-petroleum"), org("Phillips Petroleum Co", "phillips-petroleum"),
        org("Phillips 66 Co", "phillips-66"), pl("Southern California"), pl("West Coast"), org("Combs Gates"),
        pl("Palm Springs"),
    ],
    "reuters-12716": [
        org("CAREMARK", "caremark"), org("Caremark Corp", "caremark"),
        org("America's Pharmacy Inc", "americas-pharmacy"),
        org("Newport Pharmaceuticals International Inc", "newport-pharmaceuticals-international"),
        org("America's Pharmacy", "americas-pharmacy"), pl("Des Moines"), pl("Iowa"),
    ],
    "reuters-14604": [
        org("CAREPLUS", "careplus"), org("CarePlus Inc", "careplus"), org("Professional Care Inc", "professional-care"),
        org("CarePlus", "careplus"), pl("Delaware"),
    ],
    "reuters-15250": [
        org("ENERGY DEVELOPMENT", "energy-development-partners"),
        org("Energy Development Partners Ltd", "energy-development-partners"), org("Energy Development Partners"),
    ],
    "reuters-16711": [
        org("CONVERGENT TECHNOLOGIES", "convergent-technologies"),
        org("Convergent Technologies Inc", "convergent-technologies"), org("Convergent", "convergent-technologies"),
    ],
    "reuters-1676": [
        org("FIRST SOUTHERN", "first-southern-federal-savings-and-loan-association"),
        org("First Southern Federal Savings and Loan Association"), org("Horizon Financial Corp", "horizon-financial"),
        org("Horizon Funding corp", "horizon-funding"), org("Victor Federal Savings and Loan Association"),
        pl("Muskogee"), pl("Okla.", "oklahoma"),
        org("First Southern", "first-southern-federal-savings-and-loan-association"),
        org("Victor", "victor-federal-savings-and-loan-association"), org("Horizon Financial", "horizon-financial"),
        org("Horizon Funding", "horizon-funding"), org("Horizon", "horizon-financial"),
    ],
    "reuters-16988": [
        org("LME", "london-metal-exchange"), org("London Metal Exchange"),
        org("London Metal Exchange Ltd", "london-metal-exchange-ltd"), org("Securities and Investments Board"),
        org("Metal Market and Exchange Company Ltd", "metal-market-and-exchange-company"),
    ],
    "reuters-17069": [
        *REUTER,
    ],
    "reuters-1941": [
        org("MITSUI AND CO", "mitsui"), org("Mitsui and Co Ltd", "mitsui"),
        org("Nomura International Ltd", "nomura-international"),
        *REUTER,
    ],
    "reuters-19876": [
        org("FIRST AMERICAN", "first-american-financial"),
        org("First American Financial Corp", "first-american-financial"),
        org("American Century Corp", "american-century"), pl("California"),
        org("First American Title Insurance Co", "first-american-title-insurance"),
        org("First American", "first-american-financial"),
    ],
    "reuters-2094": [
        *REUTER,
    ],
    "reuters-21356": [
        org("MIDDLE SOUTH UTILITIES INC", "middle-south-utilities"),
    ],
    "reuters-2556": [
        org("NATIONAL", "nz-national-party"), pl("N.Z.", "new-zealand"), org("National Party", "nz-national-party"),
        pl("New Zealand"), org("re:Labour(?! government)", "nz-labour-party"), org("Television New Zealand"),
        org("Heylen"), oth("Eyewitness"), org("National", "nz-national-party"), per("David Lange"), per("Jim Bolger"),
        per("Robert Muldoon"), *REUTER,
    ],
    "reuters-3516": [
        org("Organisation for Economic Cooperation and Development", "oecd"), org("OECD", "oecd"), *US, pl("Japan"),
        pl("France"), org("EDF", "edf"), *REUTER,
    ],
    "reuters-3676": [
        org("INSITUFORM OF NORTH AMERICA INC", "insituform-of-north-america"),
    ],
    "reuters-4012": [
        org("BANK OF BRITISH COLUMBIA", "bank-of-british-columbia"), org("Hongkong Bank of Canada"),
        *US, org("HongKong Bank of Canada", "hongkong-bank-of-canada"), org("Hong Kong and Shanghai Banking Corp"),
    ],
    "reuters-4304": [
        org("DAYTON HUDSON CORP", "dayton-hudson"), org("B. Dalton Bookseller", "b-dalton-bookseller"),
    ],
    "reuters-475": [
        org("FED", "federal-reserve"), org("Federal Reserve"), *US, org("Fed", "federal-reserve"),
        org("Treasury", "us-treasury"),
    ],
    "reuters-5564": [
        org("LEVON RESOURCES", "levon-resources"), org("Levon Resources Ltd", "levon-resources"),
        pl("Howard", "howard-tunnel"), pl("Congress", "congress-british-columbia"), pl("British Columbia"),
        org("Levon", "levon-resources"), org("Levon Resources"),
    ],
    "reuters-604": [
        org("SNET", "southern-new-england-telecommunications"), org("PRATT/WHITNEY", "pratt-and-whitney"),
        org("Southern New England Telecommunications Inc", "southern-new-england-telecommunications"),
        org("United Technologies Corp", "united-technologies"), org("Pratt and Whitney"),
        org("American Telephone and Telegraph Co", "att"), oth("5ESS", "5ess"),
    ],
    "reuters-6404": [
        pl("IRAQ", "iraq"), pl("GULF", "persian-gulf"), pl("Iraq"), org("INA", "ina"),
        pl("Persian Gulf", "persian-gulf"),
        pl("Iran"), pl("Kharg"), pl("Gulf", "persian-gulf"), oth("Pivot"), pl("Fujairah"),
    ],
    "reuters-7672": [
        org("LOUISIANA PACIFIC", "louisiana-pacific"), pl("OREGON", "oregon"),
        org("Louisiana Pacific Corp", "louisiana-pacific"),
        pl("Harris Pine Sawmill"), pl("Pendleton"), pl("Ore.", "oregon"), org("Louisiana Pacific"),
        org("Seventh Day Adventist Church"), pl("Portland", "portland-oregon"),
        org("WTD Industries Inc", "wtd-industries"),
    ],
    "reuters-9853": [
        per("Peter Witte"), org("Westdeutsche Landesbank Girozentrale"), *US, org("Mint", "us-mint"),
        oth("Eagle", "eagle-coins"), per("Witte", "peter-witte"), pl("London"), per("Hermann Strohmeyer"),
        org("Commerzbank AG", "commerzbank"),
    ],
}


# Pairs of entity ids (both annotated above) that share a word or look alike but are different
# things (e.g. a person and a company named after him, a city and an organisation named after
# it, two people with one name, a country and its capital).
MUST_NOT_MERGE = [
    # one name, word or initial, two things
    ["federal-reserve", "federal-reserve-board"], ["federal-reserve", "us-treasury"],
    ["alan-greenspan", "robert-sinche"],
    ["bank-of-america", "federal-reserve"], ["g7", "oecd"],
    ["fao", "world-food-programme"], ["fao", "global-information-and-early-warning-system"],
    ["dominique-bussereau", "jean-michel-lemetayer"], ["fnsea", "associated-press"], ["european-union", "fnsea"],
    ["ntpc", "tata-consultancy-services"], ["ing-mutual-fund", "ntpc"],
    ["bill-lockyer", "gus-whitcomb"],
    ["sam-raimi", "evil-dead"], ["boogeyman", "evil-dead"], ["robert-de-niro", "hide-and-seek"],
    ["wedding-date", "will-and-grace"], ["debra-messing", "will-and-grace"], ["oscars", "super-bowl"],
    ["aviator", "sideways"], ["million-dollar-baby", "are-we-there-yet"], ["sony-pictures", "sony"],
    ["rory-bruer", "sony-pictures"],
    ["we-are-the-world", "usa-for-africa"], ["band-aid", "usa-for-africa"], ["grammy-awards", "we-are-the-world"],
    ["lionel-richie", "ray-charles"], ["michael-jackson", "bruce-springsteen"], ["diana-ross", "bob-dylan"],
    ["joy-division", "new-order"], ["ian-curtis", "deborah-curtis"], ["ian-curtis", "natalie-curtis"],
    ["deborah-curtis", "natalie-curtis"], ["tony-wilson", "factory-records"],
    ["touching-from-a-distance", "ian-curtis"],
    ["24-hour-party-people", "steve-coogan"], ["happy-mondays", "joy-division"], ["depeche-mode", "u2"],
    ["cannes-film-festival", "touching-from-a-distance"], ["anton-corbijn", "tony-wilson"],
    ["joy-division", "touching-from-a-distance"], ["ian-curtis", "ian-holloway"],
    ["david-miliband", "ed-miliband"], ["david-miliband", "ralph-miliband"], ["ed-miliband", "ralph-miliband"],
    ["tony-blair", "gordon-brown"], ["uk-cabinet-office", "downing-street"],
    ["institute-for-public-policy-research", "commission-on-social-justice"],
    ["oxford-university", "massachusetts-institute-of-technology"], ["haverstock-comprehensive", "oxford-university"],
    ["labour-party", "nz-labour-party"], ["labour-party", "liberal-democrats"],
    ["liberal-democrats", "bt"], ["sandy-walkington", "matthew-taylor"], ["lord-rennard", "sandy-walkington"],
    ["qpr", "preston-north-end"], ["chris-day", "simon-royce"], ["charlton-athletic", "qpr"],
    ["ian-holloway", "generoso-rossi"], ["andy-davies", "tom-doherty"], ["middlesbrough-fc", "ipswich-town"],
    ["bristol-city", "qpr"], ["loftus-road", "qpr"],
    ["conchita-martinez", "anna-lena-groenefeld"], ["volvo-womens-open", "german-open"],
    ["wta-tour", "volvo-womens-open"],
    ["apple-computer", "ipod"], ["ipod", "ipod-mini"], ["sony", "qrio"], ["stuff-magazine", "what-hi-fi"],
    ["oliver-irish", "stuff-magazine"], ["creative-technology", "philips"], ["gizmondo", "ipod"],
    ["tracey-island", "ipod-mini"],
    ["nielsen-netratings", "jupiter-research"], ["gabrielle-prior", "olivier-beauvillian"],
    ["lac-minerals", "cambior"], ["doyon", "lac-minerals"],
    ["citicorp", "citibank"], ["citibank", "luxembourg-stock-exchange"],
    ["federal-reserve-board", "fdic"], ["comptroller-of-the-currency", "fdic"],
    ["interagency-country-valuation-review-committee", "federal-reserve-board"],
    ["phillips-petroleum", "phillips-66"], ["combs-gates", "phillips-66"], ["philips", "phillips-petroleum"],
    ["caremark", "americas-pharmacy"], ["americas-pharmacy", "newport-pharmaceuticals-international"],
    ["careplus", "professional-care"], ["caremark", "careplus"],
    ["energy-development-partners", "convergent-technologies"],
    ["first-southern-federal-savings-and-loan-association", "victor-federal-savings-and-loan-association"],
    ["horizon-financial", "horizon-funding"],
    ["london-metal-exchange", "london-metal-exchange-ltd"],
    ["london-metal-exchange", "metal-market-and-exchange-company"],
    ["securities-and-investments-board", "london-metal-exchange"],
    ["luxembourg-stock-exchange", "london-metal-exchange"],
    ["mitsui", "nomura-international"],
    ["first-american-financial", "first-american-title-insurance"], ["first-american-financial", "american-century"],
    ["nz-national-party", "nz-labour-party"], ["heylen", "eyewitness"], ["television-new-zealand", "eyewitness"],
    ["david-lange", "jim-bolger"], ["robert-muldoon", "david-lange"],
    ["oecd", "edf"],
    ["bank-of-british-columbia", "hongkong-bank-of-canada"],
    ["hongkong-bank-of-canada", "hong-kong-and-shanghai-banking-corp"],
    ["dayton-hudson", "b-dalton-bookseller"],
    ["levon-resources", "howard-tunnel"],
    ["southern-new-england-telecommunications", "att"], ["pratt-and-whitney", "united-technologies"], ["5ess", "att"],
    ["louisiana-pacific", "wtd-industries"], ["harris-pine-sawmill", "seventh-day-adventist-church"],
    ["harris-pine-sawmill", "louisiana-pacific"],
    ["peter-witte", "hermann-strohmeyer"], ["westdeutsche-landesbank-girozentrale", "commerzbank"],
    ["us-mint", "eagle-coins"],
    # an organisation, work, event or facility named after a place, or a place inside a name
    ["beijing", "china"], ["white-house", "united-states"], ["united-states", "federal-reserve"],
    ["new-york", "bank-of-america"], ["london", "new-york"],
    ["ethiopia", "fao"],
    ["france", "fnsea"], ["new-world", "australia"], ["new-world", "europe"], ["burgundy", "france"],
    ["chile", "australia"],
    ["india", "ntpc"], ["california", "wal-mart"], ["manchester", "joy-division"], ["usa-for-africa", "united-states"],
    ["united-kingdom", "united-states"],
    ["massachusetts-institute-of-technology", "united-states"],
    ["preston-north-end", "ipswich-town"],
    ["pattaya", "thailand"],
    ["japan", "sony"], ["united-kingdom", "europe"], ["italy", "france"], ["germany", "spain"],
    ["quebec", "doyon"], ["brazil", "united-states"],
    ["southern-california", "california"], ["palm-springs", "southern-california"],
    ["west-coast", "southern-california"],
    ["des-moines", "iowa"], ["delaware", "careplus"], ["muskogee", "oklahoma"],
    ["london-metal-exchange", "london"], ["new-zealand", "television-new-zealand"],
    ["new-zealand", "nz-national-party"],
    ["japan", "france"], ["bank-of-british-columbia", "british-columbia"],
    ["congress-british-columbia", "british-columbia"],
    ["iraq", "ina"], ["iran", "iraq"], ["persian-gulf", "iran"], ["kharg", "iran"], ["fujairah", "persian-gulf"],
    ["oregon", "louisiana-pacific"], ["pendleton", "oregon"], ["portland-oregon", "oregon"],
    ["us-mint", "united-states"], ["london", "westdeutsche-landesbank-girozentrale"],
]
