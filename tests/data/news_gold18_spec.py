"""Hand annotation of news_gold18 (see build_news_gold18.py): made blind, by reading the text,
by one annotator, with no extractor output in sight. It follows NEWS_NOTES and the DECISIONS
of news_gold3_spec.py, news_gold4_spec.py, news_gold5_spec.py, news_gold6_spec.py,
news_gold7_spec.py, news_gold8_spec.py, news_gold9_spec.py, news_gold10_spec.py,
news_gold11_spec.py, news_gold12_spec.py, news_gold13_spec.py, news_gold14_spec.py,
news_gold15_spec.py, news_gold16_spec.py and news_gold17_spec.py; the new choices taken beyond
those are listed in DECISIONS below."""
from build_news_gold import REUTER, UK, US, org, oth, per, pl

DECISIONS = """\
- Internet top-level domains written with their leading dot (".mobi", ".jobs", ".post",
  ".travel", ".xxx", ".fr", ".uk", ".com") are codes of an addressing standard, like news_gold10's
  "GMT" and news_gold4's "ADSL": not mentions; the body that assigns them ("Internet Corporation
  for Assigned Names and Numbers", "Icann", also before "officials") is an ORG, and the country a
  code stands for, written as a name ("for France", "for Britain"), is a PLACE.
- Theatre awards: "Evening Standard Theatre Awards" is one OTHER span, the newspaper inside not
  annotated separately (news_gold15's "Norwich Union Grand Prix"); awards named after a person
  ("Milton Shulman Award", "The Charles Wintour Award" -> "Charles Wintour Award") are OTHER,
  the person inside not annotated; "50th Anniversary Special Awards" names a kind of award given
  at the ceremony, like an award category (news_gold9's "Best Actress"): not a mention. Producing
  theatres are institutions (ORG "National Theatre", id national-theatre of news_gold6, and
  "Royal Court Theatre"), also where a play is staged or a ceremony held there, as news_gold9
  does for a museum; a theatre that is only a venue stays PLACE (news_gold's Kodak Theatre).
  Play titles lose a leading "The" ("The Producers" -> "Producers", "The Goat or Who is
  Sylvia?" -> "Goat or Who is Sylvia?", the closing "?" kept as news_gold4 does); the same play
  written once with a comma ("The Goat, or Who is Sylvia?") is marked as written with the same
  id; "Hector", the part an actor plays, is a character (PERSON); "Ben Wishaw" is a slip for Ben
  Whishaw, marked as written (ben-whishaw).
- "Big Brother" in a headline about a contestant evicted from "Celebrity Big Brother" is that
  show's short name (OTHER celebrity-big-brother, news_gold9's "Fockers"); "Holby City" before
  "actor" is the series (OTHER); "Happy Mondays" is a band (ORG); "Ladbrokes", a bookmaker, is an
  ORG; the bare "John" and "Sylvester" ("the actor Sylvester's mother") are the people the
  article names in full (news_gold7); "Bez", a stage name, is a PERSON.
- "Home International series" holds "Home International" (OTHER home-internationals, the
  lower-case "series" outside, as news_gold5's "Dow Jones industrial index"), and the
  capitalised "Home" in the sentence-case headline "Home series return" is its short name; the
  lower-case "home internationals" and "home countries" hold none (news_gold14's lower-case
  "grand slam"). "the Northern Irish FA" and "The English FA" hold "FA" only, two ids
  (irish-football-association; football-association of news_gold14), the demonyms outside
  (news_gold16's "Spanish FA"); "Scotland manager" holds Scotland (a place name inside a role).
- Hospitals, colleges and medical schools are institutions (ORG: "Great Ormond Street Hospital"
  also before "professor", "Guy's Hospital Medical School" with its "'s" inside, as news_gold13's
  "Guernsey's Auction House", "Oriel College"); "Oriel College, Oxford" holds the college and the
  town; "University of London" and "Oxford University" are ORGs of their own.
- "Stop the War" before "campaigners" is the Stop the War Coalition (ORG stop-the-war-coalition,
  the lower-case noun outside); "Fathers 4 Justice" and "Countryside Alliance" are ORG (the
  lower-case "the alliance's challenge" holds none); "Court of Appeal" is an ORG; "the 1949
  Parliament Act" holds "Parliament Act" (OTHER, the year outside, news_gold6's "Tariff Act");
  "Millennium Bridge" and "River Tyne" are PLACEs; "Northumbria Police" is an ORG; the headline's
  "Labour meeting" holds no mention (a party qualifying a lower-case noun, news_gold13).
- "southwest China" is one PLACE (southwest-china), as news_gold8's "eastern Europe" and
  news_gold16's "northern California"; "Sichuan Province" keeps its capitalised designator
  (news_gold5); "Wolong" alone ("inside Wolong", "at Wolong") is the short name of the "Wolong
  Nature Reserve" (PLACE); "Globio" and its bracketed full name "Federation for Global
  Biodiversity Education for Children" are one ORG; "Portland, Oregon" holds the city and the
  state.
- Supercomputers: named machines are products (OTHER): "Blue Gene/L" and the bare "Blue Gene"
  later written for the finished machine (one id blue-gene-l); "NEC Earth Simulator" keeps the
  maker inside the span (news_gold7's aircraft models) and "the Earth Simulator" is it; "Columbia"
  before lower-case "supercomputer" is the machine (OTHER columbia-supercomputer, not a place);
  "Cray-1" is a product. The "Top 500 list" and "Top500 list" hold the named ranking "Top 500" /
  "Top500" (OTHER, one id top500, news_gold9's "Top Ten Essentials"); "Linpack", a named
  benchmark test, is OTHER (news_gold8's "Libor"); "Linux-based" holds Linux; national
  laboratories and research centres are ORG ("Lawrence Livermore National Laboratory", "Los
  Alamos National Laboratory", "Ames Research Center"), as news_gold13's Naval Research
  Laboratory; "US Department of Energy" is split (US; Department of Energy), as news_gold4's
  "US Federal Communications Commission"; "International Supercomputer Conference" is an event
  (OTHER); "Nasa" in brackets after "US space agency's" is the agency (ORG).
- "iTunes" and "Itunes" (written so at the start of a sentence) are one service (OTHER itunes);
  "Trojan code" holds no mention (a kind of malware, news_gold13 marking only a named Trojan);
  "Mac OS" and "Windows" are software (OTHER); "Apple website" holds Apple (the company, ORG
  apple-computer); "iDefence" is an ORG.
- A named report quoted with its year at its end ("State of Agricultural Commodity Markets
  2004") is one OTHER span with the year inside, the year being part of the title as written
  (unlike news_gold6's "the 1930 Tariff Act", whose year stands before the name); "the UN's Food &
  Agriculture Organisation" holds UN and the FAO, two ORGs.
- Named business units and product ranges: "Network Services" before lower-case "facility" is
  General DataComm's unit (ORG general-datacomm-network-services, news_gold5's business unit
  named by itself), the lower-case generic outside; "Evolution X" before "fashion range" is a
  product line (OTHER); "Computerized Trade Reconstruction" before "system" is a named system
  (OTHER).
- CME story: "Standard and Poor's" before "stock index futures" names the index the futures are
  on (OTHER s-and-p-500, as news_gold5's "Dow Jones industrial index" holds the index), and so
  do "S and P 500" and "S and P" before "pit" (news_gold12), not the rating agency
  (standard-and-poors); "Executive committee chairman Leo Melamed" holds only the person (a role
  fused to a short name of the body, as news_gold14's "Senate Budget Chairman").
- "Group of Five" and "Group of Seven" are ORGs (group-of-five; g7, news_gold's "G7"), also in
  the upper-case headline; "British Chancellor of the Exchequer" is a role holding no mention;
  "U.S. Treasury" is split (U.S.; Treasury), while "U.S. Treasury Secretary James Baker" holds
  U.S. and the person, the department fused into the role (NEWS_NOTES).
- "EEP", the acronym of the export enhancement program, is that programme (OTHER
  export-enhancement-program of news_gold15), also before lower-case nouns ("EEP subsidies",
  "EEP wheat offer", "EEP initiative", the headline's "WHEAT EEP"); the spelled-out lower-case
  "export enhancement program" holds none; "the Soviets" meaning the country is a demonym (no
  mention), "Soviet Union" and "USSR" are the country; "U.S. Administration" holds U.S. only
  (news_gold4's "UK Government"); "EC External Trade Relations Commissioner" holds EC (the
  European Community, an acronym before a role).
- "U.S. District Court for the Southern District of New York" is one ORG span keeping the
  country inside (news_gold15's "United States District Court for the Western District of
  Kentucky"), New York inside not annotated; "Morgan" alone is Morgan Guaranty Trust Co, the
  plaintiff the article names.
- "MSU's" in a quote is the company's acronym (ORG middle-south-utilities), while "<MSU>" is its
  ticker (no mention); "First Union" alone is the parent First Union Corp, distinct from its bank
  "First Union National Bank of Florida" (the state inside not annotated); "City Commercial" is
  the short name of "City Commercial Bank"."""

SPEC = {
    "bbc-business-040": [
        org("Umbro"), oth("Euro 2004", "euro-2004"), *UK, pl("England"), org("Chelsea"), org("Celtic"),
        org("Rangers"), oth("World Cup", "fifa-world-cup"), per("Peter McGuigan"), org("London Stock Exchange"),
        oth("Evolution X"), pl("Ireland"), pl("Sweden"), pl("Norway"),
    ],
    "bbc-business-067": [
        org("FAO", "fao"), org("UN", "united-nations"), org("Food & Agriculture Organisation", "fao"),
        oth("State of Agricultural Commodity Markets 2004", "state-of-agricultural-commodity-markets"),
        org("World Trade Organisation", "wto"), org("European Union"), *US, pl("Sub-Saharan Africa"),
        pl("Latin America"), pl("Caribbean"),
    ],
    "bbc-business-289": [
        *UK, org("British Chamber of Commerce", "bcc"), org("BCC", "bcc"), org("Bank of England"),
        per("David Frost"),
    ],
    "bbc-business-306": [
        *UK, pl("High Street"), org("Office for National Statistics"), org("ONS", "office-for-national-statistics"),
        org("British Retail Consortium", "brc"), org("Marks & Spencer", "marks-and-spencer"), org("Investec"),
        per("David Page"),
    ],
    "bbc-entertainment-008": [
        pl("West End"), oth("Evening Standard Theatre Awards"), pl("London"), oth("Producers"),
        per("Nathan Lane"), per("Lee Evans"), org("National Theatre"), oth("Sweeney Todd"),
        oth("A Funny Thing Happened on the Way to the Forum"),
        oth("Goat or Who is Sylvia?", "goat-or-who-is-sylvia"), oth("Goat, or Who is Sylvia?", "goat-or-who-is-sylvia"),
        per("Edward Albee"), oth("Pillowman"), per("Martin McDonagh"), per("Alan Bennett"), oth("History Boys"),
        per("Pam Ferris"), per("Victoria Hamilton"), per("Kelly Reilly"), per("Ferris", "pam-ferris"),
        oth("Darling Buds of May"), oth("Notes on Falling Leaves"), org("Royal Court Theatre"),
        per("Richard Griffiths"), per("Hector"), per("Douglas Hodge"), oth("Dumb Show"), per("Stanley Townsend"),
        oth("Shining City"), per("Luc Bondy"), oth("Cruel and Tender"), per("Simon McBurney"),
        oth("Measure for Measure"), per("Rufus Norris"), oth("Festen"), per("Ian MacNeil"), per("Jean Kalman"),
        per("Paul Arditti"), per("Hildegard Bechtler"), oth("Iphigenia at Aulis"), per("Paul Brown"),
        oth("False Servant"), oth("Milton Shulman Award"), per("Dominic Cooper"), oth("His Dark Materials"),
        per("Romola Garai"), oth("Calico"), per("Eddie Redmayne"), per("Ben Wishaw", "ben-whishaw"), oth("Hamlet"),
        per("David Eldridge"), per("Rebecca Lenkiewicz"), per("Owen McCafferty"), oth("Charles Wintour Award"),
    ],
    "bbc-entertainment-180": [
        per("McCririck", "john-mccririck"), oth("Big Brother", "celebrity-big-brother"), per("John McCririck"),
        oth("Celebrity Big Brother"), org("Channel 4"), org("Happy Mondays"), per("Bez"), per("Jackie Stallone"),
        per("re:Sylvester(?! Stallone)", "sylvester-stallone"), per("re:John(?! McCririck)", "john-mccririck"),
        per("Sylvester Stallone"), per("Brigitte Nielsen"), oth("Holby City"), per("Jeremy Edwards"),
        org("Ladbrokes"),
    ],
    "bbc-politics-032": [
        org("re:Labour(?! meeting)", "labour-party"), org("Countryside Alliance"), pl("River Tyne"), pl("Gateshead"),
        pl("England"), pl("Wales"), org("Court of Appeal"), per("Richard Dodd"), per("Dodd", "richard-dodd"),
        pl("Tyneside"), org("Parliament", "uk-parliament"), org("Northumbria Police"),
        pl("Millennium Bridge", "gateshead-millennium-bridge"), per("David Warcup"), org("Fathers 4 Justice"),
        org("Stop the War", "stop-the-war-coalition"), oth("Parliament Act"), org("House of Commons"),
        org("House of Lords"), org("High Court", "english-high-court"), pl("London"),
    ],
    "bbc-politics-057": [
        pl("England"), org("Great Ormond Street Hospital"), per("Al Aynsley-Green"),
        per("Aynsley-Green", "al-aynsley-green"), org("Department of Health"), per("Ruth Kelly"),
        org("Oxford University"), org("Guy's Hospital Medical School", "guys-hospital-medical-school"),
        org("University of London"), org("Oriel College"), pl("Oxford"), pl("Switzerland"), pl("Scotland"),
        pl("Wales"), pl("Northern Ireland"),
    ],
    "bbc-politics-409": [
        org("Tories", "conservative-party"), *UK, org("Labour", "labour-party"), per("Liam Fox"),
        per("Tony Blair"), pl("Brighton"), org("NHS", "nhs"), per("Fox", "liam-fox"), org("BBC", "bbc"),
        per("Shaun Ley"), per("Michael Howard"), pl("London"), oth("Prevention of Terrorism Bill"),
        org("Parliament", "uk-parliament"), per("Howard", "michael-howard"),
        org("Conservatives", "conservative-party"),
    ],
    "bbc-sport-099": [
        per("Smith", "walter-smith"), oth("re:Home(?= series)", "home-internationals"), pl("Scotland"),
        per("Walter Smith"), oth("Home International", "home-internationals"),
        org("re:(?<=Northern Irish )FA", "irish-football-association"), per("Howard Wells"),
        org("re:(?<=English )FA", "football-association"), pl("England"), pl("Italy"), pl("Russia"),
        pl("Holland", "netherlands"),
    ],
    "bbc-tech-107": [
        pl("Wolong Nature Reserve"), pl("Sichuan Province", "sichuan"), pl("southwest China", "southwest-china"),
        pl("Wolong", "wolong-nature-reserve"), per("Zhang Hemin"), org("Intel"), org("Globio"),
        org("Federation for Global Biodiversity Education for Children", "globio"),
        pl("Portland", "portland-oregon"), pl("Oregon"), *US, per("Gerry Ellis"),
    ],
    "bbc-tech-141": [
        *US, pl("Japan"), org("IBM", "ibm"), oth("Blue Gene/L", "blue-gene-l"), oth("Blue Gene", "blue-gene-l"),
        org("Lawrence Livermore National Laboratory"), org("Department of Energy", "us-department-of-energy"),
        oth("NEC Earth Simulator", "earth-simulator"), oth("Earth Simulator"), oth("Top 500", "top500"),
        oth("Top500", "top500"), oth("Linpack"), per("Erich Strohmaier"), org("Silicon Graphics"),
        oth("Columbia", "columbia-supercomputer"), org("Nasa", "nasa"), org("Ames Research Center"),
        pl("California"), oth("Linux"), oth("Cray-1"), org("Los Alamos National Laboratory"),
        oth("International Supercomputer Conference"), pl("Pittsburgh"),
    ],
    "bbc-tech-239": [
        org("Internet Corporation for Assigned Names and Numbers", "icann"), org("Icann", "icann"), org("Nokia"),
        org("Microsoft"), org("T-Mobile"), pl("France"), *UK,
    ],
    "bbc-tech-284": [
        org("Apple", "apple-computer"), oth("iTunes", "itunes"), oth("Itunes", "itunes"), org("iDefence", "idefence"),
        oth("Windows"), oth("Mac OS"),
    ],
    "reuters-10518": [
        org("FIRST SARASOTA", "first-sarasota-bancorp"), org("First Sarasota Bancorp"), org("City Commercial Bank"),
        org("First Union Corp", "first-union-corp"), org("First Union National Bank of Florida"),
        org("City Commercial", "city-commercial-bank"), org("First Union", "first-union-corp"),
    ],
    "reuters-10817": [
        org("CLABIR", "clabir"), org("Clabir Corp", "clabir"),
    ],
    "reuters-11428": [
        org("WATSO INC", "watso"),
    ],
    "reuters-12472": [
        pl("JAPAN", "japan"), *US, pl("Japan"), pl("Washington"),
        org("Ministry of International Trade and Industry", "miti"), org("MITI", "miti"), per("Noboru Hatakeyama"),
        org("Foreign Ministry", "japan-foreign-ministry"), *REUTER, per("Yasuhiro Nakasone"),
        per("Nakasone", "yasuhiro-nakasone"), per("Reagan", "ronald-reagan"),
    ],
    "reuters-12602": [
        org("EC", "european-community"), *US, org("European Community"), org("EC Commission"),
        per("Willy De Clercq", "willy-de-clercq"), org("Commission", "ec-commission"),
        oth("EEP", "export-enhancement-program"), org("Community", "european-community"), org("GATT", "gatt"),
        pl("Japan"),
    ],
    "reuters-1344": [
        org("JONES MEDICAL INDUSTRIES INC", "jones-medical-industries"),
    ],
    "reuters-13781": [],
    "reuters-1511": [
        org("GENERAL DATACOMM", "general-datacomm"), org("General DataComm Industries Inc", "general-datacomm"),
        org("Network Services", "general-datacomm-network-services"),
    ],
    "reuters-15139": [
        org("CME", "chicago-mercantile-exchange"), org("Chicago Mercantile Exchange"), per("Paul O'Kelly", "paul-o-kelly"),
        org("Securities and Exchange Commission", "sec"), oth("Computerized Trade Reconstruction"),
        oth("Standard and Poor's", "s-and-p-500"), oth("S and P 500", "s-and-p-500"), oth("S and P", "s-and-p-500"),
        per("John Sandner"), per("Leo Melamed"), per("Melamed", "leo-melamed"),
    ],
    "reuters-15234": [
        org("GROUP OF FIVE", "group-of-five"), org("Group of Five"), per("Gerhard Stoltenberg"),
        per("Nigel Lawson"), *US, org("Treasury", "us-treasury"), org("Group of Seven", "g7"),
    ],
    "reuters-15274": [
        org("CATERPILLAR", "caterpillar"), org("Caterpillar Inc", "caterpillar"), pl("San Francisco"),
        org("Caterpillar Mitsubishi"), per("Peter Donis"), org("Caterpillar"),
    ],
    "reuters-15520": [
        *US, pl("North Sea"), oth("Brent"), pl("New York"), pl("London"),
    ],
    "reuters-15597": [
        org("HEALTH AND REHABILITATION", "health-and-rehabilitation-properties-trust"),
        org("Health and Rehabilitation Properties Trust"),
    ],
    "reuters-15663": [
        org("VARITY", "varity"), org("Varity Corp", "varity"), *US,
    ],
    "reuters-16762": [
        pl("SAUDI ARABIA", "saudi-arabia"), pl("JAPAN", "japan"), pl("Saudi Arabia"), pl("Japan"),
        per("Naif bin Abdul-Aziz"), pl("Tokyo"), *REUTER,
    ],
    "reuters-20137": [
        org("re:(?<!<)GAF(?!>| Corp)", "gaf"), org("GAF Corp", "gaf"), per("Samuel J. Heyman", "samuel-j-heyman"),
    ],
    "reuters-20463": [
        org("US WEST INC", "us-west"),
    ],
    "reuters-2076": [
        org("AMGEN", "amgen"), org("Amgen"), *US, org("PaineWebber Group Inc", "painewebber"),
        org("Montgomery Securities"), org("PaineWebber", "painewebber"),
    ],
    "reuters-2436": [
        pl("BRAZIL", "brazil"), pl("Brazil"), per("Iris Resende"), org("Agriculture Ministry", "brazil-agriculture-ministry"),
        per("Resende", "iris-resende"), pl("Brasilia"),
    ],
    "reuters-2449": [
        org("OPEC", "opec"), *US, per("Simon Greenshields"), org("Morgan Stanley and Co Inc", "morgan-stanley"),
        per("Rilwanu Lukman"), org("Reuter", "reuters"),
    ],
    "reuters-5964": [
        *US, org("TREASURY", "us-treasury"), org("OECD", "oecd"), per("James Baker"),
        org("Organization for Economic Cooperation and Development", "oecd"), per("Reagan", "ronald-reagan"),
        org("re:Treasury(?! Secretary)", "us-treasury"), per("Baker", "james-baker"), pl("Japan"),
    ],
    "reuters-6065": [
        per("SOROS", "george-soros"), org("B.F. GOODRICH", "bf-goodrich"), pl("New York"), per("George Soros"),
        org("B.F. Goodrich Co", "bf-goodrich"), org("Goodrich", "bf-goodrich"), org("Quantum Fund N.V.", "quantum-fund"),
        pl("Netherlands Antilles"), per("Soros", "george-soros"),
    ],
    "reuters-6326": [
        per("LYNG", "richard-lyng"), pl("USSR", "soviet-union"), oth("EEP", "export-enhancement-program"), *US,
        per("Richard Lyng"), per("Reagan", "ronald-reagan"), pl("Soviet Union"), per("Lyng", "richard-lyng"),
        per("Glen Hofer"), org("National Council of Farmer Cooperatives"), org("Cargill Inc", "cargill"),
        org("Continental Grain Co", "continental-grain"), org("Louis Dreyfus Corp", "louis-dreyfus"),
        org("Union Equity Cooperative Exchange"), org("National Association of Wheat Growers"), per("Peter Myers"),
        per("Daniel Amstutz"), per("Hofer", "glen-hofer"), org("USDA", "usda"), pl("Moscow"),
        org("Senate Agriculture Committee"), per("Patrick Leahy"), pl("Vt.", "vermont"), org("White House"),
    ],
    "reuters-7402": [
        org("TRANSAMERICA", "transamerica"), org("Transamerica Corp", "transamerica"),
    ],
    "reuters-7473": [
        org("MORGAN GUARANTY", "morgan-guaranty"), org("METROMEDIA", "metromedia"),
        org("Morgan Guaranty Trust Co", "morgan-guaranty"), org("Metromedia Inc", "metromedia"), org("Metromedia"),
        org("Morgan", "morgan-guaranty"),
        org("U.S. District Court for the Southern District of New York", "us-district-court-southern-district-of-new-york"),
        org("Morgan Guaranty", "morgan-guaranty"),
    ],
    "reuters-9465": [
        org("MIDDLE SOUTH", "middle-south-utilities"), org("Middle South Utilities Inc", "middle-south-utilities"),
        per("Edwin Lupberger"), org("re:(?<!<)MSU(?!>)", "middle-south-utilities"), per("Lupberger", "edwin-lupberger"),
        pl("Grand Gulf"), org("Middle South", "middle-south-utilities"),
    ],
}


# Pairs of entity ids (both annotated above) that share a word or look alike but are different
# things (e.g. a person and a company named after him, a city and an organisation named after
# it, two people with one name, a country and its capital).
MUST_NOT_MERGE = [
    # one name, word or initial, two things
    ["umbro", "evolution-x"], ["chelsea", "celtic"], ["celtic", "rangers"], ["euro-2004", "fifa-world-cup"],
    ["fao", "united-nations"], ["fao", "wto"], ["european-union", "wto"],
    ["state-of-agricultural-commodity-markets", "fao"], ["bcc", "bank-of-england"], ["bcc", "brc"],
    ["office-for-national-statistics", "brc"], ["marks-and-spencer", "investec"], ["david-page", "david-frost"],
    ["evening-standard-theatre-awards", "milton-shulman-award"], ["milton-shulman-award", "charles-wintour-award"],
    ["national-theatre", "royal-court-theatre"], ["nathan-lane", "lee-evans"], ["producers", "sweeney-todd"],
    ["goat-or-who-is-sylvia", "edward-albee"], ["pillowman", "martin-mcdonagh"], ["history-boys", "alan-bennett"],
    ["pam-ferris", "darling-buds-of-may"], ["victoria-hamilton", "kelly-reilly"], ["richard-griffiths", "hector"],
    ["hector", "history-boys"], ["hamlet", "ben-whishaw"], ["festen", "rufus-norris"], ["paul-brown", "paul-arditti"],
    ["ian-macneil", "jean-kalman"], ["dominic-cooper", "his-dark-materials"], ["calico", "romola-garai"],
    ["david-eldridge", "owen-mccafferty"], ["cruel-and-tender", "luc-bondy"], ["measure-for-measure", "simon-mcburney"],
    ["shining-city", "stanley-townsend"], ["dumb-show", "douglas-hodge"],
    ["john-mccririck", "bez"], ["jackie-stallone", "sylvester-stallone"], ["sylvester-stallone", "brigitte-nielsen"],
    ["celebrity-big-brother", "channel-4"], ["holby-city", "jeremy-edwards"], ["happy-mondays", "bez"],
    ["ladbrokes", "john-mccririck"],
    ["labour-party", "countryside-alliance"], ["court-of-appeal", "english-high-court"],
    ["house-of-commons", "house-of-lords"], ["uk-parliament", "parliament-act"], ["uk-parliament", "house-of-lords"],
    ["fathers-4-justice", "stop-the-war-coalition"], ["richard-dodd", "david-warcup"],
    ["northumbria-police", "countryside-alliance"],
    ["great-ormond-street-hospital", "guys-hospital-medical-school"], ["oxford-university", "oriel-college"],
    ["university-of-london", "oxford-university"], ["guys-hospital-medical-school", "university-of-london"],
    ["department-of-health", "great-ormond-street-hospital"], ["al-aynsley-green", "ruth-kelly"],
    ["conservative-party", "labour-party"], ["liam-fox", "michael-howard"], ["tony-blair", "michael-howard"],
    ["prevention-of-terrorism-bill", "uk-parliament"], ["shaun-ley", "bbc"], ["nhs", "department-of-health"],
    ["walter-smith", "howard-wells"], ["irish-football-association", "football-association"],
    ["home-internationals", "football-association"],
    ["globio", "intel"], ["zhang-hemin", "gerry-ellis"],
    ["ibm", "blue-gene-l"], ["blue-gene-l", "earth-simulator"], ["earth-simulator", "columbia-supercomputer"],
    ["silicon-graphics", "columbia-supercomputer"], ["cray-1", "blue-gene-l"], ["top500", "linpack"],
    ["lawrence-livermore-national-laboratory", "los-alamos-national-laboratory"],
    ["ames-research-center", "nasa"], ["us-department-of-energy", "lawrence-livermore-national-laboratory"],
    ["international-supercomputer-conference", "top500"], ["linux", "columbia-supercomputer"],
    ["icann", "microsoft"], ["nokia", "t-mobile"], ["apple-computer", "itunes"], ["windows", "mac-os"],
    ["idefence", "apple-computer"],
    ["first-sarasota-bancorp", "city-commercial-bank"], ["first-union-corp", "first-union-national-bank-of-florida"],
    ["first-sarasota-bancorp", "first-union-corp"], ["city-commercial-bank", "first-union-national-bank-of-florida"],
    ["miti", "japan-foreign-ministry"], ["yasuhiro-nakasone", "noboru-hatakeyama"],
    ["european-community", "ec-commission"], ["willy-de-clercq", "ec-commission"],
    ["export-enhancement-program", "gatt"], ["general-datacomm", "general-datacomm-network-services"],
    ["chicago-mercantile-exchange", "s-and-p-500"], ["chicago-mercantile-exchange", "sec"],
    ["john-sandner", "leo-melamed"],
    ["computerized-trade-reconstruction", "chicago-mercantile-exchange"],
    ["group-of-five", "g7"], ["gerhard-stoltenberg", "nigel-lawson"], ["us-treasury", "group-of-five"],
    ["caterpillar", "caterpillar-mitsubishi"], ["peter-donis", "caterpillar"],
    ["brent", "north-sea"], ["health-and-rehabilitation-properties-trust", "varity"],
    ["naif-bin-abdul-aziz", "saudi-arabia"], ["gaf", "samuel-j-heyman"], ["amgen", "painewebber"],
    ["painewebber", "montgomery-securities"], ["iris-resende", "brazil-agriculture-ministry"],
    ["opec", "morgan-stanley"], ["rilwanu-lukman", "simon-greenshields"], ["us-treasury", "oecd"],
    ["james-baker", "ronald-reagan"], ["george-soros", "quantum-fund"], ["bf-goodrich", "quantum-fund"],
    ["richard-lyng", "daniel-amstutz"], ["peter-myers", "richard-lyng"], ["glen-hofer", "patrick-leahy"],
    ["national-council-of-farmer-cooperatives", "national-association-of-wheat-growers"],
    ["cargill", "continental-grain"], ["louis-dreyfus", "union-equity-cooperative-exchange"],
    ["usda", "senate-agriculture-committee"], ["usda", "white-house"], ["export-enhancement-program", "usda"],
    ["transamerica", "us-west"], ["morgan-guaranty", "metromedia"], ["morgan-guaranty", "morgan-stanley"],
    ["middle-south-utilities", "grand-gulf"], ["edwin-lupberger", "middle-south-utilities"],
    # an organisation, work, event or facility named after a place, or a place inside a name
    ["united-kingdom", "umbro"], ["england", "united-kingdom"], ["london", "london-stock-exchange"],
    ["ireland", "irish-football-association"], ["england", "football-association"], ["scotland", "united-kingdom"],
    ["home-internationals", "united-kingdom"], ["netherlands", "england"],
    ["bank-of-england", "england"], ["united-kingdom", "bcc"], ["united-kingdom", "high-street"],
    ["united-kingdom", "brc"], ["united-kingdom", "office-for-national-statistics"], ["west-end", "london"],
    ["london", "evening-standard-theatre-awards"], ["national-theatre", "london"], ["london", "english-high-court"],
    ["london", "uk-parliament"], ["river-tyne", "tyneside"], ["gateshead", "tyneside"],
    ["gateshead-millennium-bridge", "river-tyne"], ["gateshead", "gateshead-millennium-bridge"],
    ["northumbria-police", "tyneside"], ["england", "wales"],
    ["oxford", "oxford-university"], ["oxford", "oriel-college"], ["london", "university-of-london"],
    ["scotland", "wales"], ["northern-ireland", "ireland"], ["switzerland", "scotland"], ["brighton", "london"],
    ["sub-saharan-africa", "latin-america"], ["latin-america", "caribbean"], ["european-union", "united-states"],
    ["wolong-nature-reserve", "sichuan"], ["sichuan", "southwest-china"],
    ["portland-oregon", "oregon"], ["oregon", "united-states"], ["japan", "earth-simulator"],
    ["united-states", "us-department-of-energy"], ["california", "ames-research-center"],
    ["pittsburgh", "international-supercomputer-conference"], ["united-states", "nasa"],
    ["los-alamos-national-laboratory", "united-states"], ["france", "united-kingdom"],
    ["first-sarasota-bancorp", "first-union-national-bank-of-florida"],
    ["japan", "miti"], ["washington", "united-states"], ["japan", "united-states"],
    ["european-community", "united-states"], ["japan", "european-community"], ["chicago-mercantile-exchange", "united-states"],
    ["united-states", "us-treasury"], ["san-francisco", "caterpillar"], ["new-york", "london"],
    ["north-sea", "london"], ["united-states", "varity"], ["tokyo", "japan"], ["saudi-arabia", "japan"],
    ["united-states", "us-west"], ["united-states", "amgen"], ["brasilia", "brazil"],
    ["brazil", "brazil-agriculture-ministry"], ["united-states", "opec"], ["japan", "oecd"],
    ["new-york", "george-soros"], ["netherlands-antilles", "quantum-fund"], ["soviet-union", "moscow"],
    ["united-states", "soviet-union"], ["vermont", "senate-agriculture-committee"], ["white-house", "united-states"],
    ["us-district-court-southern-district-of-new-york", "new-york"],
    ["us-district-court-southern-district-of-new-york", "united-states"],
]
