"""Hand annotation of news_gold13 (see build_news_gold13.py): made blind, by reading the text,
by one annotator, with no extractor output in sight. It follows NEWS_NOTES and the DECISIONS
of news_gold3_spec.py, news_gold4_spec.py, news_gold5_spec.py, news_gold6_spec.py,
news_gold7_spec.py, news_gold8_spec.py, news_gold9_spec.py, news_gold10_spec.py,
news_gold11_spec.py and news_gold12_spec.py; the choices taken beyond those are listed in
DECISIONS below."""
from build_news_gold import REUTER, UK, US, org, oth, per, pl

DECISIONS = """\
- "Downing Street" and "Number 10" standing for the Prime Minister's office are one ORG
  (downing-street), like "Whitehall" (news_gold3) and "White House", also when hyphen-joined
  to a prefix ("Ex-") or named as a workplace someone left.
- A party name qualifying a lower-case noun holds no mention even in its full form ("Labour
  Party" before "member"; "Labour" before "source" or "strategists"), as news_gold11 and
  news_gold12 say; the party as a noun or a possessive is a mention. "Lib Dem" before a
  person's name or a role is the party adjective, not a mention.
- An inquiry called after a person ("Hutton" before lower-case "inquiry") keeps the person
  (PERSON, a surname id), as news_gold10 does for a school named after a person; a country
  before a lower-case "war" or "dossier" is the country (PLACE, news_gold9).
- A prize named before lower-case words ("Nobel" before "economics laureate") is the prize
  (OTHER nobel-prize), as news_gold9 does for "Oscar" before "nominees".
- A city before a lower-case "film festival" is the city (PLACE berlin), while the capitalised
  "Berlin Film Festival" in the same article is the event (OTHER), two ids. A work title that
  opens with "A" keeps it ("A Different Story"); only a leading "the" is dropped. A band's "!"
  belongs to its name ("Wham!").
- An auction house named as a possessive plus a capitalised "Auction House" is one ORG span
  with the "'s" inside ("Guernsey's Auction House"): the "'s" is part of the name there.
  "Theolonius Monk" is a slip, marked as written with the id thelonious-monk.
- A person's first name or name before a lower-case generic stays the person ("Elvis" before
  "convention", "impersonator", "cover bands"), as news_gold10 says; a home with its own name
  ("Graceland") is a PLACE; a single that shares its title with news_gold10's stage musical
  ("Jailhouse Rock") gets its own OTHER id (jailhouse-rock).
- Broadcast listings: "BBC1" is BBC One (id bbc-one of news_gold7); "Radio 4 LW" holds
  "Radio 4" (BBC Radio 4, id bbc-radio-4 of news_gold8), "LW" (long wave) being a band, not a
  name; a kick-off time in GMT and a bracketed weekday hold nothing.
- Rugby line-ups: an initial and surname whose person is named in full in this gold, in that
  article or in another article of this gold, gets that person's id ("C Dominici",
  "D Yachvili", "S Betsen", "I Harinordoquy" as well as those named in the same article);
  others keep the initial in the id (news_gold3), also where an earlier gold knew a player's
  full name ("G Henson" -> g-henson). A bracketed club after a player and a club before
  "back" are the clubs (ORG cs-bourgoin-jallieu, ca-brive); "Newport-Gwent Dragons" is one
  ORG. "Six Nations Grand Slam" is one OTHER span (six-nations-grand-slam of news_gold6), the
  competition inside not annotated separately, and a later bare "Grand Slam" in that story is
  that id too. "Stade de France" and "Twickenham" are venues (PLACE).
- "Serena" and "Venus" are the two Williams sisters (news_gold5's family members named
  together); a bare "Olympics" in a story that names Olympic gold won in Athens is the 2004
  games (athens-olympics of news_gold8), "Olympic" as an adjective nothing; "Sydney
  International" is an event (OTHER).
- Named malware written with a capitalised "Trojan" after it keeps it ("Bankash-A Trojan",
  OTHER), unlike news_gold10's lower-case "Cellery worm".
- Products: "Airbus A320" and "ATR 72-500" keep the maker inside (news_gold7); "ATR" before
  "aircraft" and "Eagle" before "line" (Eagle Telephonics' own short name as a brand) are the
  companies (news_gold6's brand that is a company's name); "Butterfly" processors are a
  product (OTHER). "Deccan" in a headline is Air Deccan's short name (ORG).
- "DOW<DOW>": the headline name before the ticker is Dow Chemical (ORG dow-chemical), not the
  index of news_gold5; "FURNITURE (UFURF)" is Universal Furniture, a short name before its
  ticker (news_gold5's "INVESTMENT <IVES>"). "SALOMON" in the headline is Salomon Inc, whose
  unit issues the notes; the body's bare "Salomon" speaking of the rating is Salomon Brothers
  International, the manager quoted just before it.
- An all lower-case story: "global petroleum corp" is the company (ORG, marked as written) and
  "new york" before lower-case "harbor" is the city (PLACE new-york), "harbor" outside the span.
- "Nikkei Dow" is the Nikkei index (OTHER nikkei of news_gold10), "index" outside the span;
  "KOREA" and "Korea" in a story on the South Korean won are South Korea; "Taiwain" is a slip
  marked as written (taiwan); "Republic of Venezuela" is the country (PLACE venezuela).
- "Federal Reserve Bank of New york" is the New York Fed (id new-york-fed, the lower-case "york"
  a slip marked as written), and a bare "Fed" that sells to primary dealers in that story is
  it too; "U.S. Justice department" is split into U.S. and "Justice department" (ORG
  us-justice-department), the lower-case "department" kept because "Justice" alone names
  nothing; "U.S. Bankruptcy Court" keeps the country inside (like "U.S. District Court").
- A company's business unit named by itself is an ORG ("Engine Parts Division"); offshore lease
  tracts named with their block number are PLACEs, each its own id ("West Cameron 296", "Main
  Pass 90", "Main Pass 100"), and "Central Gulf of Mexico" (a lease sale's area) one PLACE of
  its own; "Good Hope Refinery" is a named facility (PLACE).
- "Philip Crosby" is the company where it reports results (and in the headline before the
  ticker), and the bare "Crosby" who speaks is the executive "Philip Crosby Jr".
- "northern Nigeria" is one PLACE (id northern-nigeria), as news_gold8's "eastern Europe".
- Capitalised short names stand for the body named in full (news_gold6): "The Forum"
  (Network Computing Forum), "The Parliament" (European Parliament), "the Community"
  (European Community); the lower-case "parliament" and a company's "the Board" are not
  mentions."""

SPEC = {
    "bbc-business-182": [
        per("Nicolas Sarkozy"), per("Marc Touati"), org("Natexis Banques Populaires"), pl("France"),
        org("INSEE", "insee"),
    ],
    "bbc-business-278": [
        org("SBC", "sbc-communications"), org("SBC Communications"), *US, org("AT&T", "att"),
        per("Alexander Graham Bell"),
    ],
    "bbc-business-368": [
        *US, org("Pension Benefit Guaranty Corporation", "pbgc"), org("PBGC", "pbgc"),
        org("Financial Economists Roundtable"), org("FER", "financial-economists-roundtable"),
        org("Congress", "us-congress"), oth("Nobel", "nobel-prize"), per("William Sharpe"), per("Dennis Logue"),
        org("Price College of Business"), org("University of Oklahoma"), org("United Airlines"),
        org("United", "united-airlines"),
    ],
    "bbc-business-407": [
        pl("India"), org("Deccan", "air-deccan"), org("Air Deccan"), org("Avions de Transport Regional", "atr"),
        org("ATR", "atr"), per("Gorur Gopinath"), per("Gopinath", "gorur-gopinath"), oth("Airbus A320"),
        oth("ATR 72-500", "atr-72-500"), org("Bombardier"), per("Filippo Bagnato"), pl("Bangalore"),
        pl("Ireland"), org("Ryanair"), per("Vijay Mallya"), org("Kingfisher Airlines"), *UK, per("Richard Branson"),
    ],
    "bbc-entertainment-164": [
        per("Parker", "charlie-parker"), per("Charlie Parker"), org("Guernsey's Auction House", "guernseys"),
        pl("New York"), per("John Coltrane"), per("Benny Goodman"), per("Ella Fitzgerald"), *US,
        per("Theolonius Monk", "thelonious-monk"), per("Dizzy Gillespie"), per("JJ Johnson"), per("Lionel Hampton"),
        per("Miles Davis"), per("Bruni Sablan"), org("John Coltrane Foundation"), org("Red Cross"),
    ],
    "bbc-entertainment-233": [
        per("Elvis", "elvis-presley"), pl("Blackpool"), pl("England"), pl("Graceland"), pl("Tennessee"), *US,
        org("Memphis Symphony Orchestra"), oth("Jailhouse Rock"), *UK, pl("France"), pl("Bonn"), pl("Germany"),
        org("SonyBMG", "sonybmg"), oth("One Night"), org("HMV", "hmv"), per("Gennaro Castaldo"),
    ],
    "bbc-entertainment-269": [
        per("Michael", "george-michael"), per("George Michael"), pl("Berlin"), oth("Berlin Film Festival"),
        oth("A Different Story"), per("Southan Morris"), org("Wham!", "wham"), pl("Los Angeles"),
        per("Anselmo Feleppa"), org("BBC One"),
    ],
    "bbc-politics-146": [
        *UK, org("Liberal Democrats"), per("Norman Baker"), per("Baker", "norman-baker"),
        org("British Nuclear Fuels"), pl("Germany"), pl("Japan"), pl("Spain"), pl("Italy"), pl("Switzerland"),
        pl("Sweden"), pl("Sellafield"), pl("Cumbria"), org("Department of Trade and Industry"),
        org("DTI", "department-of-trade-and-industry"), per("Patricia Hewitt"), org("Commons", "house-of-commons"),
        org("Nuclear Decommissioning Agency"), org("Treasury", "uk-treasury"), oth("Energy Act"),
    ],
    "bbc-politics-306": [
        per("Campbell", "alastair-campbell"), org("Downing Street"), per("Alastair Campbell"),
        per("Alastair", "alastair-campbell"), org("re:Labour(?! Party member| source| strategists)", "labour-party"),
        per("Tessa Jowell"), per("Jowell", "tessa-jowell"), per("John Prescott"), per("Prescott", "john-prescott"),
        org("BBC One"), oth("Breakfast With Frost"), org("Number 10", "downing-street"), per("Tony Blair"),
        per("David Hill"), org("Sky News"), org("Sunday Times"), per("Michael Howard"), org("BBC", "bbc"),
        per("Andrew Gilligan"), pl("Iraq"), per("Hutton"), oth("An Audience With Alastair Campbell"),
        org("Channel 4"),
    ],
    "bbc-sport-320": [
        pl("France"), pl("Wales"), pl("Stade de France"), pl("Paris"), org("BBC1", "bbc-one"),
        org("Radio 4", "bbc-radio-4"), pl("Scotland"), pl("England"), pl("Italy"), pl("Rome"),
        per("Kevin Morgan"), org("Newport-Gwent Dragons"), per("Hal Luscombe"), org("Neath-Swansea Ospreys"),
        per("Ryan Jones"), per("Jonathan Thomas"), per("Mike Ruddock"), per("Ruddock", "mike-ruddock"),
        per("Graham Henry"), per("Bernard Laporte"), per("Yannick Nyanga"), per("Julien Laharrague"),
        per("Aurelien Rougerie"), per("Yannick Jauzion"), per("Fabien Pelous"),
        # line-ups
        per("J Laharrague", "julien-laharrague"), per("A Rougerie", "aurelien-rougerie"),
        per("Y Jauzion", "yannick-jauzion"), per("D Traille"), per("C Dominici", "christophe-dominici"),
        per("Y Delaigue"), per("D Yachvili", "dimitri-yachvili"), per("S Marconnet"), per("S Bruno"), per("N Mas"),
        per("F Pelous", "fabien-pelous"), per("J Thion"), per("S Betsen", "serge-betsen"),
        per("Y Nyanga", "yannick-nyanga"), per("J Bonnaire"), org("Bourgoin", "cs-bourgoin-jallieu"),
        per("W Servat"), per("O Milloud"), per("G Lamboley"), per("I Harinordoquy", "imanol-harinordoquy"),
        per("P Mignoni"), per("F Michalak"), per("J-P Grandclaude"),
        per("G Thomas"), per("K Morgan", "kevin-morgan"), per("T Shanklin"), per("G Henson"), per("S Williams"),
        per("S Jones"), per("D Peel"), per("G Jenkins"), per("M Davies"), per("A Jones"), per("B Cockbain"),
        per("R Sidoli"), per("R Jones", "ryan-jones"), per("M Williams"), per("M Owen"),
        per("R McBryde"), per("J Yapp"), per("J Thomas", "jonathan-thomas"), per("R Sowden-Taylor"),
        per("G Cooper"), per("C Sweeney"), per("R Williams"),
    ],
    "bbc-sport-412": [
        per("Dominici", "christophe-dominici"), pl("France"), per("Christophe Dominici"),
        oth("Six Nations Grand Slam"), oth("Grand Slam", "six-nations-grand-slam"), pl("Scotland"), pl("England"),
        pl("Paris"), pl("Ireland"), pl("Wales"), oth("RBS Six Nations", "six-nations"), pl("Stade de France"),
        pl("Dublin"), per("Dimitri Yachvili"), per("Bernard Laporte"), per("Jimmy Marlu"), pl("Twickenham"),
        per("Serge Betsen"), per("Imanol Harinordoquy"), per("Yannick Jauzion"), per("Aurelien Rougerie"),
        org("Brive", "ca-brive"), per("Julien Laharrague"), per("Pepito Elhorga"),
    ],
    "bbc-sport-445": [
        per("Williams", "serena-williams"), per("Serena Williams"), per("Serena", "serena-williams"),
        per("Venus", "venus-williams"), oth("Grand Slam"), oth("Wimbledon", "wimbledon-championships"),
        oth("Australian Open"), per("Alicia Molik"), per("Yetunde Price"),
    ],
    "bbc-sport-465": [
        per("Henin-Hardenne", "justine-henin-hardenne"), per("Justine Henin-Hardenne"), per("Elena Dementieva"),
        per("Dementieva", "elena-dementieva"), pl("Belgium"), oth("Australian Open"), pl("Australia"),
        pl("Charleroi"), pl("France"), per("Nathalie Dechy"), oth("French Open"), oth("US Open", "us-open"),
        pl("Athens"), oth("Sydney International"), oth("Olympics", "athens-olympics"),
    ],
    "bbc-tech-003": [
        org("Microsoft"), per("Stephen Toulouse"), oth("Bankash-A Trojan", "bankash-a"), org("Sybari Software"),
        oth("Windows"),
    ],
    "reuters-10886": [
        org("re:DOW(?=<)", "dow-chemical"), org("Dow Chemical Co", "dow-chemical"), org("Dow", "dow-chemical"),
    ],
    "reuters-1116": [
        org("Network Computing Forum"), org("Apollo Computer Inc", "apollo-computer"),
        org("Alliant Computer Systems Corp", "alliant-computer-systems"), org("Apple Computer Inc", "apple-computer"),
        org("Concurrent Computer Inc", "concurrent-computer"), org("re:(?<=The )Forum", "network-computing-forum"),
    ],
    "reuters-1124": [
        org("ROYAL BANK OF CANADA", "royal-bank-of-canada"),
    ],
    "reuters-12148": [
        org("WEBCOR", "webcor-electronics"), org("Webcor Electronics Inc", "webcor-electronics"),
        org("Webcor", "webcor-electronics"), org("American Stock Exchange"),
    ],
    "reuters-12935": [
        org("GLOBAL", "global-petroleum"), org("global petroleum corp", "global-petroleum"),
        pl("new york", "new-york"),
    ],
    "reuters-15501": [
        org("CLEVITE", "clevite-industries"), org("Clevite Industries Inc", "clevite-industries"),
        org("J.P. Industries Inc", "jp-industries"), org("Clevite", "clevite-industries"), org("NASDAQ", "nasdaq"),
        org("J.P. Industries", "jp-industries"), org("Engine Parts Division"),
        org("Donaldson Lufkin and Jenrette Securities Corp", "donaldson-lufkin-and-jenrette-securities"),
    ],
    "reuters-16170": [
        org("CREDIT COMMERCIAL DE FRANCE", "credit-commercial-de-france"), org("Credit Commercial de France"),
        org("CCF", "credit-commercial-de-france"), *REUTER,
    ],
    "reuters-16198": [
        pl("TOKYO", "tokyo"), pl("Tokyo"), oth("Nikkei Dow", "nikkei"), pl("Japan"),
        org("Nomura Securities Co", "nomura-securities"), org("Nomura", "nomura-securities"),
        per("Yasuhiro Nakasone"), per("Nakasone", "yasuhiro-nakasone"), pl("Washington"), *US,
        org("Jardine Fleming Securities Co", "jardine-fleming-securities"), per("Mario Malt"),
        per("Malt", "mario-malt"), org("Liberal Democratic Party"), org("LDP", "liberal-democratic-party"), *REUTER,
    ],
    "reuters-17108": [
        org("NOBLE", "noble-affiliates"), org("Noble Affiliates Inc", "noble-affiliates"),
        pl("Central Gulf of Mexico"), org("Samedan Oil Corp", "samedan-oil"), pl("West Cameron 296"),
        pl("East Cameron 296"), pl("Vermilion 266"), pl("Ship Shoal 350"), pl("Main Pass 90"), pl("Main Pass 100"),
    ],
    "reuters-18761": [
        org("EUROPEAN PARLIAMENT", "european-parliament"), org("EC", "european-community"),
        org("European Parliament"), org("European Community"), org("Parliament", "european-parliament"),
        org("Community", "european-community"), oth("European Currency Unit", "ecu"), oth("ECU", "ecu"),
        per("Peter Price"),
    ],
    "reuters-19504": [
        org("WPP GROUP", "wpp"), org("WPP Group Plc", "wpp"), org("JWT Group Inc", "jwt-group"), org("WPP", "wpp"),
        org("JWT", "jwt-group"), *REUTER,
    ],
    "reuters-2025": [
        per("YEUTTER", "clayton-yeutter"), pl("TAIWAN", "taiwan"), pl("KOREA", "south-korea"), pl("Taiwan"), *US,
        per("Clayton Yeutter"), per("Yeutter", "clayton-yeutter"), org("Asia Society"), pl("Taiwain", "taiwan"),
        pl("Korea", "south-korea"), pl("Japan"),
    ],
    "reuters-2129": [
        org("BOLT BERANEK AND NEWMAN", "bolt-beranek-and-newman"),
        org("Bolt Beranek and Newman Inc", "bolt-beranek-and-newman"),
        org("BBN Advanced Computers Inc", "bbn-advanced-computers"), oth("Butterfly", "butterfly-processor"),
        org("Indiana University"), org("MITRE Corp", "mitre"), org("FMC Corp", "fmc"),
        org("Naval Research Laboratory"),
    ],
    "reuters-2134": [
        org("SALOMON", "salomon-inc"), org("Salomon Inc", "salomon-inc"),
        org("TMC Mortgage Securities I Plc", "tmc-mortgage-securities"), org("Salomon Brothers International"),
        org("Salomon", "salomon-brothers-international"), org("S.G. Warburg Securities", "sg-warburg-securities"),
        oth("London Interbank Offered Rate", "libor"), oth("Libor", "libor"),
        org("Standard and Poor's Corp", "standard-and-poors"),
        org("Sun Alliance and London Insurance Plc", "sun-alliance-and-london-insurance"),
        org("London Stock Exchange"), *REUTER,
    ],
    "reuters-21534": [
        org("BPCC", "bpcc"), org("British Printing and Communication Corporation Plc", "bpcc"), *REUTER,
    ],
    "reuters-2423": [
        pl("VENEZUELA", "venezuela"), pl("Venezuela"), per("Manuel Azpurua"), per("Azpurua", "manuel-azpurua"),
        oth("Libor", "libor"), per("Jorge Marcano"), pl("Republic of Venezuela", "venezuela"),
    ],
    "reuters-2714": [
        org("FURNITURE", "universal-furniture"), org("BENCH CRAFT", "bench-craft"),
        org("Universal Furniture Ltd", "universal-furniture"), org("Securities and Exchange Commission", "sec"),
        org("Bench Craft Inc", "bench-craft"), org("Universal", "universal-furniture"),
        org("Universal Furniture Industries N.V.", "universal-furniture-industries"),
        org("Bench Craft", "bench-craft"),
    ],
    "reuters-3045": [
        org("CBT", "chicago-board-of-trade"), org("CME", "chicago-mercantile-exchange"), org("CFTC", "cftc"),
        org("Chicago Board of Trade"), org("Chicago Mercantile Exchange"),
        org("Commodity Futures Trading Commission", "cftc"), pl("Chicago"), per("Karsten Mahlmann"),
        per("William Brodsky"), per("Robert Davis"),
    ],
    "reuters-4432": [
        per("BALDRIGE", "malcolm-baldrige"), pl("IRAN", "iran"), per("Malcolm Baldrige"),
        per("Baldrige", "malcolm-baldrige"), pl("Iran"), *US, org("Senate Banking Committee"),
        org("Defense Department", "us-defense-department"),
    ],
    "reuters-527": [
        org("EAGLE TELEPHONICS", "eagle-telephonics"), org("Eagle Telephonics Inc", "eagle-telephonics"),
        org("Pacific Telesis Group"), org("Pacific Bell"), org("Eagle", "eagle-telephonics"),
    ],
    "reuters-5638": [
        pl("northern Nigeria", "northern-nigeria"), per("Ibrahim Babangida"), per("Babangida", "ibrahim-babangida"),
    ],
    "reuters-6392": [
        per("STOLTENBERG", "gerhard-stoltenberg"), pl("U.K.", "united-kingdom"), oth("EMS", "ems"),
        per("Gerhard Stoltenberg"), oth("European Monetary System", "ems"), per("Stoltenberg", "gerhard-stoltenberg"),
        org("Committee for a Currency Union in Europe"), per("Helmut Schmidt"),
        per("Valery Giscard d'Estaing", "valery-giscard-destaing"), pl("Great Britain", "united-kingdom"),
        pl("Belgium"), *US, pl("Paris"), *REUTER,
    ],
    "reuters-6503": [
        org("PHILIP CROSBY", "philip-crosby-associates"),
        org("Philip Crosby Associates Inc", "philip-crosby-associates"),
        per("Philip Crosby Jr"), org("re:Philip Crosby(?= reported)", "philip-crosby-associates"),
        per("re:(?<!Philip )Crosby", "philip-crosby-jr"),
    ],
    "reuters-671": [
        *US, per("Richard Lacy"), org("Exco International Inc", "exco-international"),
        org("Exco", "exco-international"), org("RMJ Holdings Corp", "rmj-holdings"), org("RMJ", "rmj-holdings"),
        per("Lacy", "richard-lacy"), org("Federal Reserve Bank of New york", "new-york-fed"),
        org("Justice department", "us-justice-department"), org("Fed", "new-york-fed"), *REUTER,
    ],
    "reuters-7291": [
        org("TRANSAMERICAN", "transamerican-natural-gas"), org("COASTAL", "coastal-corp"),
        org("TransAmerican Natural Gas Corp", "transamerican-natural-gas"), org("Coastal Corp", "coastal-corp"),
        org("TransAmerican", "transamerican-natural-gas"), org("U.S. Bankruptcy Court", "us-bankruptcy-court"),
        org("Coastal", "coastal-corp"), org("Transamerican", "transamerican-natural-gas"),
        org("Coastal States Trading Inc", "coastal-states-trading"), pl("Good Hope Refinery"), pl("Louisiana"),
        org("GHR Energy Inc", "ghr-energy"),
    ],
    "reuters-7532": [
        per("WEIZSAECKER", "richard-von-weizsaecker"), pl("ARGENTINA", "argentina"), per("Richard von Weizsaecker"),
        per("Weizsaecker", "richard-von-weizsaecker"), pl("Argentina"), pl("Latin America"), pl("Patagonia"),
        *REUTER,
    ],
}


# Pairs of entity ids (both annotated above) that share a word or look alike but are different
# things (e.g. a person and a company named after him, a city and an organisation named after
# it, two people with one name, a country and its capital).
MUST_NOT_MERGE = [
    # one name or word, two things
    ["salomon-inc", "salomon-brothers-international"], ["salomon-inc", "tmc-mortgage-securities"],
    ["salomon-brothers-international", "sg-warburg-securities"], ["standard-and-poors", "salomon-inc"],
    ["universal-furniture", "universal-furniture-industries"], ["universal-furniture", "bench-craft"],
    ["bolt-beranek-and-newman", "bbn-advanced-computers"], ["mitre", "fmc"],
    ["indiana-university", "university-of-oklahoma"], ["indiana-university", "naval-research-laboratory"],
    ["coastal-corp", "coastal-states-trading"], ["transamerican-natural-gas", "ghr-energy"],
    ["coastal-corp", "transamerican-natural-gas"], ["philip-crosby-associates", "philip-crosby-jr"],
    ["exco-international", "rmj-holdings"], ["richard-lacy", "exco-international"],
    ["us-justice-department", "new-york-fed"], ["clevite-industries", "jp-industries"],
    ["clevite-industries", "engine-parts-division"], ["donaldson-lufkin-and-jenrette-securities", "jp-industries"],
    ["donaldson-lufkin-and-jenrette-securities", "sg-warburg-securities"], ["wpp", "jwt-group"],
    ["eagle-telephonics", "pacific-telesis-group"], ["pacific-telesis-group", "pacific-bell"],
    ["noble-affiliates", "samedan-oil"], ["west-cameron-296", "east-cameron-296"],
    ["main-pass-90", "main-pass-100"], ["vermilion-266", "ship-shoal-350"],
    ["european-parliament", "european-community"], ["ecu", "european-community"], ["ems", "ecu"],
    ["ems", "committee-for-a-currency-union-in-europe"], ["helmut-schmidt", "valery-giscard-destaing"],
    ["gerhard-stoltenberg", "helmut-schmidt"], ["richard-von-weizsaecker", "gerhard-stoltenberg"],
    ["chicago-board-of-trade", "chicago-mercantile-exchange"], ["cftc", "chicago-board-of-trade"],
    ["cftc", "chicago-mercantile-exchange"], ["karsten-mahlmann", "william-brodsky"], ["robert-davis", "cftc"],
    ["senate-banking-committee", "us-defense-department"], ["malcolm-baldrige", "senate-banking-committee"],
    ["nomura-securities", "jardine-fleming-securities"], ["mario-malt", "jardine-fleming-securities"],
    ["liberal-democratic-party", "liberal-democrats"], ["network-computing-forum", "apple-computer"],
    ["apollo-computer", "apple-computer"], ["apollo-computer", "alliant-computer-systems"],
    ["concurrent-computer", "apple-computer"], ["webcor-electronics", "american-stock-exchange"],
    ["american-stock-exchange", "london-stock-exchange"], ["nasdaq", "american-stock-exchange"],
    ["manuel-azpurua", "jorge-marcano"], ["libor", "london-stock-exchange"], ["clayton-yeutter", "asia-society"],
    ["sbc-communications", "att"], ["alexander-graham-bell", "att"], ["pbgc", "financial-economists-roundtable"],
    ["price-college-of-business", "university-of-oklahoma"], ["dennis-logue", "price-college-of-business"],
    ["william-sharpe", "dennis-logue"], ["nobel-prize", "william-sharpe"], ["us-congress", "pbgc"],
    ["air-deccan", "atr"], ["atr", "atr-72-500"], ["airbus-a320", "atr-72-500"], ["atr", "bombardier"],
    ["air-deccan", "kingfisher-airlines"], ["ryanair", "kingfisher-airlines"],
    ["vijay-mallya", "kingfisher-airlines"], ["richard-branson", "vijay-mallya"], ["gorur-gopinath", "filippo-bagnato"],
    ["natexis-banques-populaires", "insee"], ["nicolas-sarkozy", "marc-touati"], ["charlie-parker", "john-coltrane"],
    ["john-coltrane", "john-coltrane-foundation"], ["benny-goodman", "john-coltrane-foundation"],
    ["guernseys", "red-cross"], ["jj-johnson", "lionel-hampton"], ["miles-davis", "dizzy-gillespie"],
    ["thelonious-monk", "john-coltrane"], ["elvis-presley", "jailhouse-rock"], ["jailhouse-rock", "one-night"],
    ["sonybmg", "hmv"], ["gennaro-castaldo", "hmv"], ["george-michael", "wham"],
    ["george-michael", "a-different-story"], ["southan-morris", "a-different-story"],
    ["anselmo-feleppa", "george-michael"], ["george-michael", "michael-howard"], ["bbc-one", "bbc"],
    ["bbc-one", "bbc-radio-4"], ["norman-baker", "patricia-hewitt"],
    ["british-nuclear-fuels", "nuclear-decommissioning-agency"], ["british-nuclear-fuels", "bpcc"],
    ["department-of-trade-and-industry", "uk-treasury"], ["energy-act", "nuclear-decommissioning-agency"],
    ["house-of-commons", "department-of-trade-and-industry"], ["liberal-democrats", "labour-party"],
    ["alastair-campbell", "an-audience-with-alastair-campbell"], ["downing-street", "tony-blair"],
    ["tessa-jowell", "john-prescott"], ["john-prescott", "john-coltrane"], ["david-hill", "alastair-campbell"],
    ["sky-news", "sunday-times"], ["sky-news", "channel-4"], ["breakfast-with-frost", "bbc-one"],
    ["channel-4", "bbc-one"], ["andrew-gilligan", "hutton"], ["michael-howard", "tony-blair"],
    ["richard-lacy", "richard-branson"], ["richard-von-weizsaecker", "richard-lacy"],
    ["william-sharpe", "william-brodsky"], ["robert-davis", "miles-davis"], ["peter-price", "yetunde-price"],
    ["peter-price", "price-college-of-business"],
    ["kevin-morgan", "hal-luscombe"], ["ryan-jones", "s-jones"], ["ryan-jones", "a-jones"], ["s-jones", "a-jones"],
    ["jonathan-thomas", "g-thomas"], ["s-williams", "m-williams"], ["s-williams", "r-williams"],
    ["m-williams", "r-williams"], ["s-williams", "serena-williams"], ["m-davies", "m-owen"],
    ["g-jenkins", "g-henson"], ["g-cooper", "g-thomas"], ["mike-ruddock", "graham-henry"],
    ["bernard-laporte", "fabien-pelous"], ["yannick-nyanga", "yannick-jauzion"],
    ["julien-laharrague", "pepito-elhorga"], ["christophe-dominici", "dimitri-yachvili"],
    ["serge-betsen", "imanol-harinordoquy"], ["aurelien-rougerie", "jimmy-marlu"], ["d-traille", "y-delaigue"],
    ["s-marconnet", "s-bruno"], ["j-thion", "j-bonnaire"], ["w-servat", "o-milloud"], ["p-mignoni", "f-michalak"],
    ["j-p-grandclaude", "g-lamboley"], ["j-yapp", "r-mcbryde"], ["r-sowden-taylor", "c-sweeney"],
    ["d-peel", "t-shanklin"], ["b-cockbain", "r-sidoli"], ["n-mas", "j-thion"],
    ["newport-gwent-dragons", "neath-swansea-ospreys"], ["cs-bourgoin-jallieu", "ca-brive"],
    ["six-nations", "six-nations-grand-slam"], ["grand-slam", "six-nations-grand-slam"],
    ["serena-williams", "venus-williams"], ["venus-williams", "yetunde-price"], ["alicia-molik", "serena-williams"],
    ["wimbledon-championships", "australian-open"], ["grand-slam", "australian-open"],
    ["justine-henin-hardenne", "elena-dementieva"], ["nathalie-dechy", "elena-dementieva"],
    ["french-open", "us-open"], ["australian-open", "sydney-international"], ["microsoft", "sybari-software"],
    ["windows", "microsoft"], ["bankash-a", "microsoft"], ["stephen-toulouse", "microsoft"],
    # an organisation, work, event or venue named after a place, or a place inside a name
    ["stade-de-france", "france"], ["stade-de-france", "paris"], ["credit-commercial-de-france", "france"],
    ["london-stock-exchange", "united-kingdom"], ["new-york-fed", "new-york"], ["athens", "athens-olympics"],
    ["berlin", "berlin-film-festival"], ["memphis-symphony-orchestra", "tennessee"], ["graceland", "tennessee"],
    ["sydney-international", "australia"], ["australian-open", "australia"], ["us-open", "united-states"],
    ["french-open", "france"], ["united-airlines", "united-states"], ["university-of-oklahoma", "united-states"],
    ["us-bankruptcy-court", "united-states"], ["us-justice-department", "united-states"],
    ["us-defense-department", "united-states"], ["us-congress", "united-states"],
    ["central-gulf-of-mexico", "louisiana"], ["good-hope-refinery", "louisiana"],
    ["chicago-board-of-trade", "chicago"], ["chicago-mercantile-exchange", "chicago"],
    ["committee-for-a-currency-union-in-europe", "european-parliament"], ["twickenham", "england"],
    ["sun-alliance-and-london-insurance", "london-stock-exchange"], ["india", "air-deccan"],
    # a capital, city, region or government body is not its country
    ["tokyo", "japan"], ["washington", "united-states"], ["paris", "france"], ["rome", "italy"],
    ["dublin", "ireland"], ["bonn", "germany"], ["berlin", "germany"], ["blackpool", "england"],
    ["england", "united-kingdom"], ["wales", "united-kingdom"], ["scotland", "united-kingdom"],
    ["sellafield", "cumbria"], ["charleroi", "belgium"], ["bangalore", "india"], ["patagonia", "argentina"],
    ["latin-america", "argentina"], ["downing-street", "united-kingdom"], ["taiwan", "south-korea"],
    ["japan", "south-korea"], ["iran", "iraq"], ["new-york", "united-states"], ["los-angeles", "united-states"],
]
