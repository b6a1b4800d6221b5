"""Hand annotation of news_gold23 (see build_news_gold23.py): made blind, by reading the text,
by one annotator, with no extractor output in sight. It follows NEWS_NOTES and the DECISIONS
of news_gold3_spec.py, news_gold4_spec.py, news_gold5_spec.py, news_gold6_spec.py,
news_gold7_spec.py, news_gold8_spec.py, news_gold9_spec.py, news_gold10_spec.py,
news_gold11_spec.py, news_gold12_spec.py, news_gold13_spec.py, news_gold14_spec.py,
news_gold15_spec.py, news_gold16_spec.py, news_gold17_spec.py, news_gold18_spec.py,
news_gold19_spec.py, news_gold20_spec.py, news_gold21_spec.py and news_gold22_spec.py; the new
choices taken beyond those are listed in DECISIONS below."""
from build_news_gold import REUTER, UK, US, org, oth, per, pl

DECISIONS = """\
- "Since the 11 September 2001 attacks" holds "11 September 2001" (OTHER september-11-attacks),
  news_gold12's event named by its date, the year written inside the date kept in the span (as
  news_gold18 keeps a year that ends a title) and the lower-case "attacks" outside; "our Club
  World flat beds" holds "Club World", the airline's named cabin service (OTHER, news_gold3's
  services); "BA chairman" and "BA's chief executive" hold BA (an acronym before a role).
- Nasdaq: "Nasdaq Stock Market", which "plans to raise $100m", the bare "Nasdaq" that "will not
  make money from the sale", "The Nasdaq" that "is made up shares in technology firms" and the
  headline's "Nasdaq" are one ORG (nasdaq): the text does not tell the market and the company
  that owns and runs it apart by name (news_gold20's "CGER"), and "the technology-dominated
  Nasdaq stock index" holds the market as news_gold21 does for "Nasdaq index"; "OTC Bulletin
  Board", on which the stock trades, is a market (ORG, NEWS_NOTES' exchanges).
- Iraqi oilfields: "Iraq's Oil Ministry" is split (Iraq; "Oil Ministry", ORG iraq-oil-ministry,
  NEWS_NOTES' "Thailand's Commerce Ministry"), while the lower-case "the oil ministry's choice"
  and "Iraq's cabinet" hold Iraq only; "the Khurmala Dome field" holds "Khurmala Dome" (PLACE,
  a named field with its capitalised "Dome", news_gold11's "Veslefrikk oil field") and the later
  "Khurmala field" its short form (the same id); "the Himrin field" and "output of Himrin" hold
  Himrin (PLACE); "the Suba-Luhais field" is one PLACE span, the text naming one field by a joined
  name (news_gold9's "Wilkes-Barre"), not two hyphen-joined names of places.
- Exchanges: "It has long wanted to link up with London", where London stands for its exchange,
  keeps the city (PLACE london), as news_gold8 keeps "Brussels" standing for the EC and
  GUIDELINES keep capitals standing for governments; "the Brussels, Paris and Amsterdam
  exchanges" holds the three cities (place names before a lower-case generic); "German Boerse",
  written once for the "Deutsche Boerse" named before it, is a half-translated slip marked as
  written with its id (deutsche-boerse, news_gold4's spelling slips), the demonym inside the slip.
- Berlin festival: the headline "Berlin hails European cinema", whose body reports what the
  festival's organisers say, stands for the festival (OTHER berlin-film-festival, news_gold3's
  city standing for an event held there), and "Berlinale" is its own short name (that id); "the
  Golden and Silver Bear awards" holds "Golden" (OTHER golden-bear) and "Silver Bear" (OTHER
  silver-bear): "Bear" is a word of both names written once, left with the second name where it
  stands, the lower-case "awards" outside (news_gold5's and news_gold19's shared words); "European
  Film Market", which "runs alongside" the festival, is an event (OTHER); "the Iraq war" holds
  Iraq (news_gold13's country before a lower-case "war").
- Spirit awards: the headline "Spirit awards hail Sideways" holds "Spirit", the short name of the
  Independent Spirit Awards (news_gold16's "Brit nominations"); "Independent Feature
  Project/Los Angeles", whose members vote, is one organisation's name written with a slash (one
  ORG span, news_gold22's "Nielsen/NetRatings"), Los Angeles inside not annotated;
  "Metallica: Some Kind Of Monster" is one work (news_gold20's titles with a colon), the band
  inside not annotated.
- Box office: "London Underground thriller Creep" holds "London Underground" (PLACE, the named
  underground railway where the film is set, news_gold8's named facilities), London inside not
  annotated; "ex-CIA agent" holds CIA (a name glued to a word by a hyphen on its left,
  GUIDELINES); "Assault on Precinct 13" and "Assault On Precinct 13" are one film, each marked as
  written; "Monster's Inc" is a slip for the film "Monsters, Inc.", marked as written
  (monsters-inc); "the Dreamworks hit" holds the studio (ORG dreamworks), a name before a
  lower-case noun.
- "Lord Woolf" and the headline's bare "Woolf" are "Woolf" (id lord-woolf, as news_gold5's
  lord-browne); "Lord Chief Justice" and "Director of Public Prosecutions" are offices (no
  mention, news_gold10); "Ken Macdonald QC" is "Ken Macdonald", the post-nominal "QC" a rank left
  out of the span like "Sir" (news_gold8), unlike a name's suffix such as "Jr" (news_gold6).
- Kenteris: "the start of the Olympics" and "an Olympics-accredited hospital" in a story on the
  eve of the Athens games are that event (athens-olympics), as is "the Athens Games" (one span,
  news_gold8's "Athens Olympics"), while "the Athens opening ceremony" and "as Athens prepared"
  hold the city (news_gold9's town before a lower-case event); "the 2000 Olympics in Sydney" is
  the Sydney games (sydney-olympics of news_gold17, the year outside the span), not news_gold7's
  unplaced "olympics", the article naming the city; "the Olympic village", written in lower
  case, is an adjective of an event before a common noun (news_gold3) and holds no mention,
  unlike news_gold16's capitalised "Olympic Village"; "Greek Olympic Committee" is one ORG span
  with its demonym (as news_gold15's "Greek Athletics Federation"); "Alter Television station"
  holds the broadcaster (ORG, news_gold7's channels).
- Cosafa Cup: the headline's "SA" is South Africa, the national side written as the country
  (PLACE south-africa, news_gold3), and so are the sides of the fixture list; "Bafana Bafana",
  the side's nickname, is an ORG (bafana-bafana, news_gold14's "Wallabies"); "the New George V
  stadium" holds "New George V" (PLACE new-george-v-stadium, news_gold15's "Westfallen
  stadium"), the king's name inside not annotated.
- Football: the bare "Madrid" in Morientes' quotes ("I have told Madrid", "Madrid know my
  situation") is his club Real Madrid (news_gold4's short names of clubs), as is the bare
  "Real"; "Monaco", "in the race for the player", is the club (ORG as-monaco); "Anfield boss"
  holds the stadium (PLACE anfield, news_gold10's "Ibrox manager"); "Liverpool Echo" is a
  newspaper (ORG), Liverpool inside not annotated.
- Irish rugby squad: "Ireland's RBS Six Nations squad" holds Ireland and "RBS Six Nations"
  (OTHER six-nations, the sponsor inside, news_gold15's "Norwich Union Grand Prix"); "Leinster",
  "Connacht", "Ulster" and "Munster" before players, in brackets and as nouns are the provincial
  sides (ORG leinster-rugby, connacht-rugby, as news_gold11's ulster-rugby, munster-rugby), but
  "back in my school days in Leinster" is the province (PLACE leinster); bracketed "(Llanelli)",
  "(Harlequins)", "(Leicester)" and "(Wasps)" are the clubs (llanelli-scarlets, harlequins,
  leicester-tigers of news_gold3, wasps); initials follow news_gold13: those of players named in
  full in the article take their ids ("S Best" simon-best, "S Easterby" simon-easterby, "J
  O'Connor" johnny-oconnor), the others keep the initial ("F Sheahan", "R O'Gara", "G
  Easterby"), though earlier golds name some of them in full.
- "the Qutaiba, Muthanna and Mohammed al-Qassem forces", three Iraqi divisions, hold one ORG
  mention each (qutaiba-forces, muthanna-forces, mohammed-al-qassem-forces: military units named
  by themselves, as news_gold5's business units), the shared lower-case "forces" outside
  (news_gold5's shared designator), and so do "the Qutaiba front" and "the Muthanna front" (a
  name before a lower-case generic); "Mohammed al-Qassem" there names the unit, not a person;
  "The third High Command communique" holds the Iraqi High Command (ORG iraqi-high-command, a
  capitalised body).
- Crude oil grades are named streams, like news_gold14's "Brent" (OTHER): "Illinois Sweet" and
  "Indiana Sweet" are one span each, the state inside not annotated; "the Southern Michigan
  grade" holds "Southern Michigan" (OTHER southern-michigan-crude, not a region) and "The West
  Texas Intermediate grade" holds "West Texas Intermediate", the lower-case "grade" outside.
- "The problems in U.S. Irrigation operations" holds U.S. only: the capitalised "Irrigation" is
  a segment word, not a unit named by itself (unlike news_gold9's "Inland Division"); "J.
  HARDIE" in the headline is James Hardie Industries, and the bare "Hardie" too.
- "Henri Temeer, Genzyme president" is a slip for Henri Termeer, marked as written with the id of
  the name meant (henri-termeer, news_gold4); "U.S. Patent Office" is split (U.S.; "Patent
  Office", ORG us-patent-office), as NEWS_NOTES split "U.S. Agriculture Department".
- "[GFT-Gruppo Finanziario Tessile Spa]", a company's name in square brackets, holds "GFT" and
  "Gruppo Finanziario Tessile Spa", two mentions of one ORG (gft, news_gold9's "Cofide-Compagnia
  ..."), without the brackets (NEWS_NOTES' angle brackets); the square-bracketed tickers
  "[BTOM.MI]" and "[PRUL.L]" are not mentions (news_gold8's tickers in parentheses); "the U.K.
  Financial services group" holds U.K. only.
- "the Japanese Food Agency" holds "Food Agency" (ORG japan-food-agency), the demonym outside
  (news_gold14's "South African Finance Ministry"), and "the Food Agency's regular tenders" is it;
  "the Board" is the Australian Wheat Board (news_gold6's capitalised short names).
- "La Caja Obrera" keeps its Spanish article (news_gold20's "Le Soir"), and "the Caja Obrera" is
  its short form (la-caja-obrera); "Banco de la Republic" is a slip for "Banco de la Republica",
  marked as written with its id.
- "lead manager <DnC Ltd>" is an ORG of its own (dnc-ltd), the text naming no parent, not
  news_gold4's Den Norske Creditbank; "the Suzhou Aster Hotel" is a venue (PLACE, news_gold9's
  hotels), Suzhou inside not annotated; "an unnamed Hong Kong Chinese investor" holds Hong Kong.
- "INT'L MINERALS" in the headline is International Minerals and Chemical Corp (a short name in
  an upper-case headline, news_gold5), and so is "International Minerals"; "porcine somatotropin
  (PST)" is a substance (news_gold9) and holds no mention.
- "the Japan/U.S. Chip pact" holds Japan and U.S. (news_gold4's "Belgium/Luxembourg"), "Chip pact"
  a common noun with a stray capital; "U.S. Competition" holds U.S. only (news_gold8).
- "Bank of America National Trust and Savings Association" is the spelt-out name of news_gold20's
  "Bank of America NT and SA" (bank-of-america); "TRANSOHIO" alone before "offices" is the
  TRANSOHIO Savings Bank, while the headline's "TRANSCAPITAL <TFC> UNIT" and "PITNEY BOWES <PBI>
  UNIT" are the parents (news_gold19's "W.R. GRACE <GRA> UNIT")."""
SPEC = {
    "bbc-business-004": [
        org("BA", "british-airways"), org("British Airways"), per("Rod Eddington"), per("Eddington", "rod-eddington"),
        per("Mike Powell"), org("Dresdner Kleinwort Wasserstein"), per("Martin Broughton"), per("Nick Van den Brul"),
        org("BNP Paribas"), oth("11 September 2001", "september-11-attacks"), *US, oth("Airbus A321"),
        oth("Club World"),
    ],
    "bbc-business-267": [
        org("Nasdaq", "nasdaq"), org("Securities and Exchange Commission", "sec"), org("Nasdaq Stock Market", "nasdaq"),
        org("OTC Bulletin Board"), org("Intel"), org("Amazon", "amazon-com"),
    ],
    "bbc-business-313": [
        org("Petrel Resources"), org("Petrel", "petrel-resources"), pl("Iraq"), *REUTER,
        org("Oil Ministry", "iraq-oil-ministry"), pl("Turkey"), org("Everasia"), pl("Khurmala Dome"),
        pl("Khurmala", "khurmala-dome"), org("IOG", "iog"), pl("Himrin"), org("Ironhorse Oil and Gas"),
        pl("Suba-Luhais"), pl("Iran"),
    ],
    "bbc-business-316": [
        org("Euronext"), org("London Stock Exchange"), *UK, org("LSE", "london-stock-exchange"), org("Deutsche Boerse"),
        pl("Brussels"), pl("Paris"), pl("Amsterdam"), pl("Europe"), pl("London"), org("Liffe"), org("Clearnet"),
        pl("Lisbon"), org("UBS", "ubs"), org("ABN Amro"), org("Morgan Stanley"), per("Werner Seifert"),
        pl("Frankfurt"), org("Der Spiegel"), per("Seifert", "werner-seifert"),
        org("German Boerse", "deutsche-boerse"),
    ],
    "bbc-entertainment-058": [
        oth("Berlin", "berlin-film-festival"), oth("Berlin Film Festival"), oth("Man to Man"),
        oth("re:Golden(?= and Silver Bear)", "golden-bear"), oth("Silver Bear"), pl("Europe"), pl("France"),
        per("Dieter Kosslick"), *REUTER, per("Kosslick", "dieter-kosslick"), pl("Iraq"), pl("Hollywood"),
        oth("European Film Market"), per("Will Smith"), per("Kevin Spacey"), per("Keanu Reeves"),
        oth("Academy Awards", "oscars"), oth("Berlinale", "berlin-film-festival"),
    ],
    "bbc-entertainment-062": [
        oth("Spirit", "independent-spirit-awards"), oth("Sideways"), oth("Independent Spirit Awards"),
        per("Alexander Payne"), per("Jim Taylor"), per("Paul Giamatti"), per("Thomas Haden Church"),
        per("Virginia Madsen"), oth("Oscars", "oscars"), per("Catalina Sandino Moreno"),
        oth("Maria Full of Grace"), per("Moreno", "catalina-sandino-moreno"), per("Joshua Marston"), oth("Scrubs"),
        per("Zach Braff"), oth("Garden State"), oth("Oscar", "oscars"), oth("Sea Inside"), pl("Spain"),
        oth("Metallica: Some Kind Of Monster", "metallica-some-kind-of-monster"), per("Rodrigo de la Serna"),
        oth("Motorcycle Diaries"), org("Independent Feature Project/Los Angeles", "ifp-los-angeles"),
        oth("Lost In Translation", "lost-in-translation"), per("Sofia Coppola"),
    ],
    "bbc-entertainment-340": [
        per("De Niro", "robert-de-niro"), per("Robert De Niro"), *UK, *US, oth("Meet the Fockers"), per("Ben Stiller"),
        per("Dustin Hoffman"), per("Barbra Streisand"), oth("Closer"), oth("Assault on Precinct 13"),
        oth("Hide and Seek"), org("CIA", "cia"), oth("Meet the Parents"), per("Ja Rule"),
        oth("Assault On Precinct 13", "assault-on-precinct-13"), pl("London Underground"), oth("Creep"),
        oth("Sideways"), oth("Oscar", "oscars"), oth("Aviator"), oth("Million Dollar Baby"), oth("Ray"),
    ],
    "bbc-entertainment-359": [
        oth("Shark Tale"), *US, oth("Oscar", "oscars"), oth("Lion King"), oth("Shrek 2"), oth("Finding Nemo"),
        oth("Shrek"), oth("Monster's Inc", "monsters-inc"), per("Will Smith"), per("Robert De Niro"),
        per("Renee Zellweger"), per("Martin Scorsese"), pl("Canada"), oth("My Big Fat Greek Wedding"),
        org("Dreamworks", "dreamworks"), pl("North America"),
    ],
    "bbc-politics-231": [
        per("Woolf", "lord-woolf"), org("Sentencing Guidelines Council"), pl("England"), pl("Wales"),
        org("Victims of Crime Trust"), per("Norman Brennan"), org("National Association of Probation Officers"),
        org("SGC", "sentencing-guidelines-council"), per("Ken Macdonald"),
    ],
    "bbc-sport-047": [
        per("Kenteris", "kostas-kenteris"), per("Kostas Kenteris"), oth("Olympics", "athens-olympics"),
        per("Katerina Thanou"), pl("Greece"), org("Alter Television"), org("IOC", "ioc"), pl("Athens"),
        oth("Athens Games", "athens-olympics"), per("Thanou", "katerina-thanou"), org("Greek Olympic Committee"),
        per("Christos Tzekos"), oth("re:(?<=2000 )Olympics", "sydney-olympics"), pl("Sydney"),
    ],
    "bbc-sport-190": [
        pl("SA", "south-africa"), pl("Mauritius"), pl("South Africa"), pl("Seychelles"), oth("Cosafa Cup"),
        org("Bafana Bafana"), pl("Curepipe"), per("Stuart Baxter"), pl("Madagascar"),
        pl("New George V", "new-george-v-stadium"), pl("Namibia"), pl("Zimbabwe"), pl("Botswana"), pl("Mozambique"),
        pl("Zambia"), pl("Lesotho"), pl("Malawi"), pl("Swaziland"), pl("Lusaka"), pl("Angola"),
    ],
    "bbc-sport-229": [
        per("McClaren", "steve-mcclaren"), oth("Champions League"), org("Middlesbrough", "middlesbrough-fc"),
        per("Steve McClaren"), oth("Premiership", "premier-league"), org("Manchester City"), per("Stewart Downing"),
        per("Jimmy Floyd Hasselbaink"), per("Mark Viduka"), per("Stewart", "stewart-downing"),
        per("Sven-Goran Eriksson"),
    ],
    "bbc-sport-272": [
        org("Newcastle", "newcastle-united"), per("Morientes", "fernando-morientes"), org("Real Madrid"),
        per("Fernando Morientes"), org("Liverpool", "liverpool-fc"), org("Liverpool Echo"), pl("Anfield"),
        per("Rafa Benitez", "rafael-benitez"), per("Nicolas Anelka"), org("Real", "real-madrid"),
        org("Monaco", "as-monaco"), org("Madrid", "real-madrid"), per("Benitez", "rafael-benitez"),
        per("Anelka", "nicolas-anelka"), per("Gerard Houllier"), org("Manchester City"),
    ],
    "bbc-sport-379": [
        pl("Ireland"), per("Campbell", "kieran-campbell"), org("Ulster", "ulster-rugby"), per("Kieran Campbell"),
        oth("RBS Six Nations", "six-nations"), per("Roger Wilson"), per("Ronan McCormack"),
        org("Connacht", "connacht-rugby"), per("Bernard Jackman"), org("Munster", "munster-rugby"), per("Shaun Payne"),
        per("Gordon D'Arcy", "gordon-darcy"), per("Alan Quinlan"), per("Eddie O'Sullivan", "eddie-osullivan"),
        org("BBC Sport"), oth("Heineken Cup"), per("David Wallace"), per("Victor Costello"),
        per("O'Sullivan", "eddie-osullivan"), per("Quinlan", "alan-quinlan"), per("Wilson", "roger-wilson"),
        per("Simon Easterby"), per("Anthony Foley"), per("Denis Leamy"), per("Johnny O'Connor", "johnny-oconnor"),
        per("David Humphreys"), per("Kevin Maggs"), per("Simon Best"), per("Tommy Bowe"),
        org("Leinster", "leinster-rugby"), per("Jackman", "bernard-jackman"), per("McCormack", "ronan-mccormack"),
        per("Brian O'Driscoll", "brian-odriscoll"), per("Denis Hickie"), pl("re:(?<=days in )Leinster", "leinster"),
        # squad list: initials of players named in full above take their ids, the others keep the initial
        per("S Best", "simon-best"), per("S Byrne"), per("R Corrigan"), per("L Cullen"),
        per("S Easterby", "simon-easterby"), org("Llanelli", "llanelli-scarlets"), per("A Foley", "anthony-foley"),
        per("J Hayes"), per("M Horan"), per("B Jackman", "bernard-jackman"), per("D Leamy", "denis-leamy"),
        per("E Miller"), per("R McCormack", "ronan-mccormack"), per("D O'Callaghan", "d-ocallaghan"),
        per("P O'Connell", "p-oconnell"), per("J O'Connor", "johnny-oconnor"), org("Wasps"),
        per("M O'Kelly", "m-okelly"), per("F Sheahan"), per("R Wilson", "roger-wilson"),
        per("A Quinlan", "alan-quinlan"), per("T Bowe", "tommy-bowe"), per("K Campbell", "kieran-campbell"),
        per("G D'Arcy", "gordon-darcy"), per("G Dempsey"), per("G Duffy"), org("Harlequins"), per("G Easterby"),
        per("D Hickie", "denis-hickie"), per("A Horgan"), per("S Horgan"), per("D Humphreys", "david-humphreys"),
        per("K Maggs", "kevin-maggs"), per("G Murphy"), org("Leicester", "leicester-tigers"),
        per("B O'Driscoll", "brian-odriscoll"), per("R O'Gara", "r-ogara"), per("S Payne", "shaun-payne"),
        per("P Stringer"), per("K Gleeson"), per("T Howe"), per("J Kelly"), per("N McMillan"),
    ],
    "reuters-10249": [
        org("SCOTT INSTRUMENTS", "scott-instruments"), org("Scott Instruments Inc", "scott-instruments"),
        per("David M. Jacobs", "david-m-jacobs"), per("Frederick Brodsky"), org("Scott", "scott-instruments"),
    ],
    "reuters-1402": [
        org("BORDEN INC", "borden"), org("Borden Inc", "borden"),
        org("Bank of America National Trust and Savings Association", "bank-of-america"), pl("San Francisco"),
        org("Bankers Trust Co", "bankers-trust"), pl("New York"),
    ],
    "reuters-1431": [
        org("PITNEY BOWES", "pitney-bowes"), org("Pitney Bowes Credit Corp", "pitney-bowes-credit"),
        org("Pitney Bowes Inc", "pitney-bowes"), org("Goldman, Sachs and Co", "goldman-sachs"),
        org("Moody's", "moodys"), org("Standard and Poor's", "standard-and-poors"),
        org("First Boston Corp", "first-boston"),
    ],
    "reuters-14398": [
        org("COMEX", "comex"), org("Comex"),
    ],
    "reuters-14571": [
        pl("IRAQ", "iraq"), pl("Iraq"), pl("Basra"), org("High Command", "iraqi-high-command"),
        org("Qutaiba", "qutaiba-forces"), org("Muthanna", "muthanna-forces"),
        org("Mohammed al-Qassem", "mohammed-al-qassem-forces"), pl("Baghdad"),
    ],
    "reuters-15463": [
        org("SOUTHWEST REALTY", "southwest-realty"), org("Southwest Realty Ltd", "southwest-realty"),
    ],
    "reuters-15466": [
        org("TRANSCAPITAL", "transcapital-financial"), org("TransCapital Financial Corp", "transcapital-financial"),
        org("TRANSOHIO Savings Bank", "transohio-savings-bank"), pl("Cleveland"), pl("Columbus"), pl("Ohio"),
        org("TRANSOHIO", "transohio-savings-bank"),
        org("Citizens Federal Savings and Loan Association of Cleveland"), org("Dollar Savings Bank of Columbus"),
    ],
    "reuters-16121": [
        pl("Suzhou"), pl("Jiangsu"), *US, org("DnC Ltd", "dnc-ltd"), pl("Suzhou Aster Hotel"),
        org("Jiangsu International Trust and Investment Corp"), pl("Hong Kong"), *REUTER,
    ],
    "reuters-1636": [
        org("AUDIOTRONICS CORP", "audiotronics"), org("Audiotronics Corp", "audiotronics"),
        org("Securities and Exchange Commission", "sec"), org("H.J. Meyers and Co Inc", "hj-meyers"),
    ],
    "reuters-17523": [
        pl("U.K.", "united-kingdom"), org("Bank of England"), org("Bank", "bank-of-england"), *REUTER,
    ],
    "reuters-18551": [
        org("J. HARDIE", "james-hardie-industries"), org("James Hardie Industries Ltd", "james-hardie-industries"),
        *US, org("Hardie", "james-hardie-industries"), pl("Australia"), *REUTER,
    ],
    "reuters-19443": [
        org("PHILADELPHIA ELECTRIC CO", "philadelphia-electric"),
        org("Philadelphia Electric Co", "philadelphia-electric"),
        org("Drexel Burnham Lambert Inc", "drexel-burnham-lambert"),
    ],
    "reuters-19746": [
        org("La Caja Obrera"), org("Caja Obrera", "la-caja-obrera"), org("Banco Pan de Azucar"),
        org("Banco de la Republica"), org("Banco de la Republic", "banco-de-la-republica"), org("Banco de Italia"),
    ],
    "reuters-19787": [
        org("CONCORD FABRICS INC", "concord-fabrics"),
    ],
    "reuters-3120": [
        org("PPG INDUSTRIES", "ppg-industries"), org("PPG Industries Inc", "ppg-industries"), org("Sterling Group"),
        pl("Houston"), org("re:PPG(?='s)", "ppg-industries"), org("du Pont Co", "du-pont"), pl("Beaumont"), pl("Texas"),
    ],
    "reuters-3342": [
        org("USX", "usx"), org("Marathon Petroleum Company", "marathon-petroleum"), org("USX Corp", "usx"),
        oth("Illinois Sweet"), oth("Indiana Sweet"), oth("Southern Michigan", "southern-michigan-crude"),
        oth("West Texas Intermediate"),
    ],
    "reuters-3383": [
        org("MOODY'S", "moodys"), org("RESORTS INTERNATIONAL", "resorts-international"),
        org("Moody's Investors Service Inc", "moodys"), org("Resorts International Inc", "resorts-international"),
        org("Resorts International Financing Inc", "resorts-international-financing"), org("Moody's", "moodys"),
        per("Donald Trump"), org("Resorts International", "resorts-international"),
        org("Resorts", "resorts-international"),
    ],
    "reuters-3706": [
        org("GENZYME", "genzyme"), org("Genzyme Corp", "genzyme"), *US, org("Patent Office", "us-patent-office"),
        org("Genzyme"), per("Henri Temeer", "henri-termeer"),
    ],
    "reuters-566": [
        org("BENETTON", "benetton"), org("Benetton Group Spa", "benetton"), org("GFT", "gft"),
        org("Gruppo Finanziario Tessile Spa", "gft"), org("Benetton"), pl("Milan"), pl("U.K.", "united-kingdom"),
        org("Prudential Corp PLC", "prudential-corp"),
    ],
    "reuters-5709": [
        org("HIGH VOLTAGE", "high-voltage-engineering"),
        org("High Voltage Engineering Corp", "high-voltage-engineering"),
        org("High Voltage", "high-voltage-engineering"),
    ],
    "reuters-6884": [
        org("CANADIAN PACIFIC", "canadian-pacific"), org("MAPLE LEAF", "maple-leaf-mills"),
        org("Canadian Pacific Ltd", "canadian-pacific"), org("Wood Gundy Inc", "wood-gundy"),
        org("Maple Leaf Mills Ltd", "maple-leaf-mills"), pl("Toronto"), org("Maple Leaf", "maple-leaf-mills"),
    ],
    "reuters-6960": [
        org("AUSTRALIAN WHEAT BOARD", "australian-wheat-board"), pl("JAPAN", "japan"),
        org("Australian Wheat Board"), org("AWB", "australian-wheat-board"), org("Food Agency", "japan-food-agency"),
        per("Ron Paice"), org("Board", "australian-wheat-board"), pl("Japan"), *REUTER,
    ],
    "reuters-7011": [
        pl("JAPAN", "japan"), org("Ministry of International Trade and Industry", "miti"), *US, org("MITI", "miti"),
        pl("Japan"), pl("Washington"), pl("Asia"), *REUTER,
    ],
    "reuters-744": [
        *US, per("Caspar Weinberger"), org("Pentagon"), per("Weinberger", "caspar-weinberger"), pl("West Germany"),
        pl("Japan"), pl("Italy"), pl("Spain"), *REUTER,
    ],
    "reuters-9585": [
        org("INT'L MINERALS", "international-minerals-and-chemical"),
        org("International Minerals and Chemical Corp", "international-minerals-and-chemical"),
        org("International Minerals", "international-minerals-and-chemical"),
        org("Food and Drug Administration", "fda"),
    ],
    "reuters-9884": [
        org("PHLCORP", "phlcorp"), org("PHLCORP Inc", "phlcorp"), org("Baldwin-United Corp", "baldwin-united"),
    ],
}


# Pairs of entity ids (both annotated above) that share a word or look alike but are different
# things (e.g. a person and a company named after him, a city and an organisation named after
# it, two people with one name, a country and its capital).
MUST_NOT_MERGE = [
    # one name, word or initial, two things
    ["british-airways", "bnp-paribas"], ["rod-eddington", "martin-broughton"], ["mike-powell", "nick-van-den-brul"],
    ["airbus-a321", "club-world"], ["dresdner-kleinwort-wasserstein", "bnp-paribas"],
    ["nasdaq", "otc-bulletin-board"], ["nasdaq", "sec"], ["intel", "amazon-com"],
    ["petrel-resources", "ironhorse-oil-and-gas"], ["everasia", "iog"], ["khurmala-dome", "himrin"],
    ["himrin", "suba-luhais"], ["iraq-oil-ministry", "petrel-resources"],
    ["london-stock-exchange", "deutsche-boerse"], ["euronext", "liffe"], ["liffe", "clearnet"],
    ["euronext", "clearnet"], ["ubs", "abn-amro"], ["morgan-stanley", "ubs"], ["werner-seifert", "deutsche-boerse"],
    ["der-spiegel", "deutsche-boerse"],
    ["berlin-film-festival", "european-film-market"], ["golden-bear", "silver-bear"],
    ["berlin-film-festival", "golden-bear"], ["oscars", "berlin-film-festival"], ["dieter-kosslick", "kevin-spacey"],
    ["will-smith", "keanu-reeves"], ["man-to-man", "european-film-market"],
    ["independent-spirit-awards", "oscars"], ["independent-spirit-awards", "ifp-los-angeles"],
    ["sideways", "garden-state"], ["alexander-payne", "jim-taylor"], ["paul-giamatti", "thomas-haden-church"],
    ["catalina-sandino-moreno", "maria-full-of-grace"], ["joshua-marston", "zach-braff"], ["scrubs", "garden-state"],
    ["sea-inside", "motorcycle-diaries"], ["metallica-some-kind-of-monster", "lost-in-translation"],
    ["rodrigo-de-la-serna", "sofia-coppola"], ["virginia-madsen", "catalina-sandino-moreno"],
    ["meet-the-fockers", "meet-the-parents"], ["robert-de-niro", "hide-and-seek"], ["ben-stiller", "dustin-hoffman"],
    ["barbra-streisand", "ben-stiller"], ["closer", "creep"], ["assault-on-precinct-13", "ja-rule"],
    ["aviator", "million-dollar-baby"], ["ray", "sideways"], ["cia", "oscars"],
    ["shark-tale", "finding-nemo"], ["shrek", "shrek-2"], ["lion-king", "shark-tale"], ["monsters-inc", "shrek"],
    ["will-smith", "robert-de-niro"], ["renee-zellweger", "martin-scorsese"], ["dreamworks", "shrek-2"],
    ["my-big-fat-greek-wedding", "shark-tale"],
    ["lord-woolf", "norman-brennan"], ["sentencing-guidelines-council", "national-association-of-probation-officers"],
    ["victims-of-crime-trust", "sentencing-guidelines-council"], ["ken-macdonald", "lord-woolf"],
    ["kostas-kenteris", "katerina-thanou"], ["christos-tzekos", "kostas-kenteris"],
    ["athens-olympics", "sydney-olympics"], ["ioc", "greek-olympic-committee"], ["alter-television", "ioc"],
    ["cosafa-cup", "bafana-bafana"], ["stuart-baxter", "bafana-bafana"], ["new-george-v-stadium", "curepipe"],
    ["steve-mcclaren", "stewart-downing"], ["champions-league", "premier-league"],
    ["middlesbrough-fc", "manchester-city"], ["jimmy-floyd-hasselbaink", "mark-viduka"],
    ["sven-goran-eriksson", "steve-mcclaren"],
    ["newcastle-united", "liverpool-fc"], ["real-madrid", "as-monaco"], ["fernando-morientes", "nicolas-anelka"],
    ["rafael-benitez", "gerard-houllier"], ["liverpool-fc", "liverpool-echo"], ["anfield", "liverpool-fc"],
    ["liverpool-fc", "manchester-city"],
    ["kieran-campbell", "k-gleeson"], ["roger-wilson", "david-wallace"], ["ronan-mccormack", "n-mcmillan"],
    ["simon-easterby", "g-easterby"], ["simon-best", "s-byrne"], ["simon-best", "s-horgan"], ["a-horgan", "s-horgan"],
    ["johnny-oconnor", "d-ocallaghan"], ["p-oconnell", "johnny-oconnor"], ["m-okelly", "p-oconnell"],
    ["brian-odriscoll", "r-ogara"], ["denis-leamy", "denis-hickie"], ["david-humphreys", "david-wallace"],
    ["g-dempsey", "g-duffy"], ["g-murphy", "g-dempsey"], ["shaun-payne", "s-byrne"], ["j-hayes", "j-kelly"],
    ["eddie-osullivan", "johnny-oconnor"], ["anthony-foley", "alan-quinlan"], ["bernard-jackman", "j-hayes"],
    ["gordon-darcy", "g-duffy"], ["tommy-bowe", "t-howe"], ["kevin-maggs", "k-gleeson"], ["m-horan", "a-horgan"],
    ["r-corrigan", "l-cullen"], ["e-miller", "m-horan"], ["f-sheahan", "p-stringer"], ["victor-costello", "r-corrigan"],
    ["ulster-rugby", "munster-rugby"], ["leinster-rugby", "connacht-rugby"], ["munster-rugby", "leinster-rugby"],
    ["six-nations", "heineken-cup"], ["bbc-sport", "six-nations"], ["wasps", "harlequins"],
    ["llanelli-scarlets", "leicester-tigers"],
    ["scott-instruments", "david-m-jacobs"], ["david-m-jacobs", "frederick-brodsky"],
    ["borden", "bankers-trust"], ["bank-of-america", "bankers-trust"],
    ["pitney-bowes", "pitney-bowes-credit"], ["goldman-sachs", "first-boston"], ["moodys", "standard-and-poors"],
    ["qutaiba-forces", "muthanna-forces"], ["muthanna-forces", "mohammed-al-qassem-forces"],
    ["qutaiba-forces", "mohammed-al-qassem-forces"], ["iraqi-high-command", "qutaiba-forces"],
    ["southwest-realty", "transcapital-financial"],
    ["transcapital-financial", "transohio-savings-bank"],
    ["citizens-federal-savings-and-loan-association-of-cleveland", "dollar-savings-bank-of-columbus"],
    ["transohio-savings-bank", "dollar-savings-bank-of-columbus"],
    ["dnc-ltd", "jiangsu-international-trust-and-investment-corp"],
    ["audiotronics", "hj-meyers"], ["audiotronics", "sec"],
    ["james-hardie-industries", "reuters"],
    ["philadelphia-electric", "drexel-burnham-lambert"],
    ["la-caja-obrera", "banco-pan-de-azucar"], ["banco-de-la-republica", "banco-pan-de-azucar"],
    ["banco-de-italia", "banco-de-la-republica"], ["la-caja-obrera", "banco-de-la-republica"],
    ["ppg-industries", "sterling-group"], ["ppg-industries", "du-pont"],
    ["usx", "marathon-petroleum"], ["illinois-sweet", "indiana-sweet"],
    ["southern-michigan-crude", "west-texas-intermediate"], ["illinois-sweet", "west-texas-intermediate"],
    ["moodys", "resorts-international"], ["resorts-international", "resorts-international-financing"],
    ["donald-trump", "resorts-international"],
    ["genzyme", "us-patent-office"], ["henri-termeer", "genzyme"],
    ["benetton", "gft"], ["prudential-corp", "benetton"],
    ["high-voltage-engineering", "phlcorp"],
    ["canadian-pacific", "maple-leaf-mills"], ["wood-gundy", "canadian-pacific"],
    ["australian-wheat-board", "japan-food-agency"], ["ron-paice", "australian-wheat-board"],
    ["miti", "japan-food-agency"], ["caspar-weinberger", "pentagon"],
    ["international-minerals-and-chemical", "fda"], ["phlcorp", "baldwin-united"],
    # an organisation, work, event or facility named after a place, or a place inside a name
    ["united-states", "september-11-attacks"], ["iraq", "iraq-oil-ministry"], ["iraq", "iran"], ["turkey", "everasia"],
    ["khurmala-dome", "iraq"], ["london", "london-stock-exchange"], ["united-kingdom", "london"],
    ["frankfurt", "deutsche-boerse"], ["paris", "euronext"], ["brussels", "amsterdam"], ["lisbon", "europe"],
    ["london", "liffe"], ["berlin-film-festival", "europe"], ["france", "europe"], ["hollywood", "iraq"],
    ["european-film-market", "europe"],
    ["spain", "sea-inside"],
    ["london-underground", "united-kingdom"], ["united-kingdom", "united-states"],
    ["united-states", "canada"], ["north-america", "united-states"], ["my-big-fat-greek-wedding", "north-america"],
    ["england", "wales"], ["sentencing-guidelines-council", "england"],
    ["greece", "greek-olympic-committee"], ["athens", "athens-olympics"], ["sydney", "sydney-olympics"],
    ["athens", "greece"], ["greece", "alter-television"],
    ["south-africa", "bafana-bafana"], ["mauritius", "curepipe"], ["seychelles", "mauritius"],
    ["madagascar", "mauritius"], ["zambia", "lusaka"], ["namibia", "botswana"], ["zimbabwe", "mozambique"],
    ["lesotho", "malawi"], ["swaziland", "lesotho"], ["angola", "south-africa"], ["new-george-v-stadium", "mauritius"],
    ["real-madrid", "newcastle-united"],
    ["ireland", "ulster-rugby"], ["leinster", "leinster-rugby"], ["ireland", "six-nations"],
    ["leinster", "ireland"],
    ["san-francisco", "bank-of-america"], ["new-york", "bankers-trust"],
    ["iraq", "basra"], ["baghdad", "iraq"],
    ["cleveland", "citizens-federal-savings-and-loan-association-of-cleveland"],
    ["columbus", "dollar-savings-bank-of-columbus"], ["ohio", "transohio-savings-bank"], ["cleveland", "columbus"],
    ["suzhou", "suzhou-aster-hotel"], ["jiangsu", "jiangsu-international-trust-and-investment-corp"],
    ["suzhou", "jiangsu"], ["hong-kong", "dnc-ltd"],
    ["united-kingdom", "bank-of-england"], ["australia", "james-hardie-industries"], ["australia", "united-states"],
    ["houston", "texas"], ["beaumont", "texas"], ["houston", "sterling-group"],
    ["illinois-sweet", "southern-michigan-crude"], ["west-texas-intermediate", "usx"],
    ["united-states", "us-patent-office"],
    ["milan", "benetton"], ["united-kingdom", "prudential-corp"], ["toronto", "maple-leaf-mills"],
    ["australian-wheat-board", "australia"], ["japan", "japan-food-agency"], ["japan", "miti"],
    ["washington", "united-states"], ["japan", "asia"], ["japan", "united-states"],
    ["west-germany", "italy"], ["spain", "italy"], ["pentagon", "united-states"],
]
