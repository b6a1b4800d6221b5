"""Hand annotation of news_gold17 (see build_news_gold17.py): made blind, by reading the text,
by one annotator, with no extractor output in sight. It follows NEWS_NOTES and the DECISIONS
of news_gold3_spec.py, news_gold4_spec.py, news_gold5_spec.py, news_gold6_spec.py,
news_gold7_spec.py, news_gold8_spec.py, news_gold9_spec.py, news_gold10_spec.py,
news_gold11_spec.py, news_gold12_spec.py, news_gold13_spec.py, news_gold14_spec.py,
news_gold15_spec.py and news_gold16_spec.py; the new choices taken beyond those are listed in
DECISIONS below."""
from build_news_gold import REUTER, UK, US, org, oth, per, pl

DECISIONS = """\
- A film and a person of one name in one article are told apart by context: "Malcolm X" listed
  among a director's films is the film (OTHER malcolm-x-film), "activist Malcolm X" whose
  daughter speaks is the person (PERSON malcolm-x). A director's surname before a lower-case
  "films" ("seven Lee films") stays the person (news_gold10's "Bobby Charlton school");
  "Oscar nominee" holds the Oscars (news_gold9); "Uncle Ossie" holds the bare first name
  "Ossie" (news_gold7), "Uncle" a title of kinship; "Riverside Church", where a funeral is
  held, is a venue (PLACE). "Sidney Poiter" is a slip for Sidney Poitier and "Steve
  Brockstein" for the X Factor winner Steve Brookstein, marked as written with the ids of the
  names meant (news_gold4); "Magdaleena Maleeva" likewise (magdalena-maleeva); "Walter
  Grossmman", one of the owners of "Moore, Grossman and deRose Inc", is marked as written with
  the id walter-grossman.
- Party names qualifying a lower-case noun or a role hold no mention also for a party written
  as an acronym or a one-word name ("UKIP representatives", "UKIP chairman", "UKIP spokesman",
  "Veritas deputy leader", the headline's "Veritas defectors", "former Labour leader"), as
  news_gold13 says for "Labour Party member"; the party as a noun is a mention ("UKIP could
  sue", "quit UKIP", "Veritas was formed", "Veritas Party", "the Tories"). "Greater London
  Act" is a law as written (OTHER), "GLA" the Greater London Authority (ORG), distinct from the
  "London Assembly" (ORG). "Lords members" and "reform in Lords" hold the House of Lords (ORG
  house-of-lords, news_gold10); "European Commissioner" is a role, not a mention; in "Lord
  Kinnock of Bedwellty" the title is left out, "Kinnock" is the person and "Bedwellty" his
  constituency (PLACE).
- A club's short name that reads as a demonym is the club where it stands for the side:
  "Irish" in a London Irish match report ("the Irish defence", "Irish replied", "Irish
  trailed") is London Irish (ORG london-irish), unlike news_gold6's "the Irish" meaning a
  national side. A bare surname in a line-up whose person is not named in full in the article
  gets a surname id even where another article of this gold names a player of that surname in
  full at another club ("Dawson" of London Irish is id dawson, not Wasps' Matt Dawson); a bare
  "Robinson" choosing England's scrum-half gets a surname id (news_gold6). "Leeds" in a rugby
  union story is the club (leeds-tykes, news_gold3); "Powergen Cup" is a competition (OTHER);
  "Madejski Stadium" a venue (PLACE).
- A rule about "the Games closing", written with a capital in a story about the Sydney
  Olympics, is that event (sydney-olympics), as news_gold8 does for "the Games"; "Sydney
  Olympics" is one OTHER span (news_gold8's "Athens Olympics"). "IOC president" and "World
  Anti-Doping Agency chief" hold the bodies (a full name or acronym before a role, as NEWS_NOTES'
  "IMF boss"). "Balco Laboratories" is Balco (ORG balco).
- Tennis: "Tour Championships" (the WTA's season-ending event) and "Qatar Open" are events
  (OTHER); "Staples Centre" is the venue of news_gold10's "Staples Center" (PLACE
  staples-center), spelt as written; "Lakers" is the basketball club (ORG); a city where an
  earlier tournament was played stays the city ("in Beijing").
- "Bush website", "Bush camp" and "George W Bush website" hold the person (news_gold10, a
  person's name before a lower-case generic); "georgewbush.com" is a website (OTHER, news_gold5);
  "non-US" holds US (NEWS_NOTES' "non-Middle East" of news_gold4).
- "West Edmonton", the part of the city where a shopping mall is, is one PLACE name; "Canada-based"
  holds Canada.
- "American Embassy in Moscow": "American Embassy" is one ORG span (a demonym inside a proper
  name, as GUIDELINES say), the embassy in Moscow (us-embassy-moscow), Moscow a PLACE of its
  own; the lower-case "embassy" after it is not a mention (news_gold7). "Marine" for a member
  of the U.S. Marine Corps ("a second U.S. Marine", "an ex-Marine", "Marine Cpl.", "Marine
  guards") is a rank or role, not a mention of the corps; "Pentagon" standing for the defence
  department is an ORG, like "Whitehall" (news_gold3); "KGB" is an ORG.
- Headline parents before tickers (news_gold7's "FORD <F>"): "AMOCO <AN>" is the parent Amoco
  Corp (amoco-corp), while the body's "Amoco Oil Co" and its bare "Amoco" that sells to
  motorists are the unit (amoco-oil), as news_gold11's "TRAVENOL <BAX>".
- "the midwest" written in lower case is the U.S. region (PLACE midwest), marked as written, as
  news_gold13 marks lower-case names of places.
- "U.S. District Court of the Southern District in Ohio": the court's name as written up to
  "in" is one ORG span keeping the country inside (news_gold's "U.S. District Court"; id
  us-district-court-southern-district-of-ohio), and "Ohio" after "in" is the state (PLACE),
  the state being outside the name as written; "<Shelly's Inc>" keeps its "'s" inside the
  name (news_gold13).
- "W AFRICA" in an upper-case headline is West Africa (PLACE west-africa), the initial written
  for "West"; "West African countries" holds an adjective only. "Commodity Credit Corportion"
  is a slip marked as written (ccc).
- "U.S. Navy's Fallon Naval Air Station" is split into U.S., Navy (ORG us-navy) and the
  station (PLACE fallon-naval-air-station), as news_gold6 splits "U.S. Army"; "John Wanamaker"
  and "Holt Renfrew", units sold by a retailer, are ORG (stores named after people, no person
  being meant).
- "House speaker Jim Wright" with a lower-case "speaker" holds the House (ORG
  us-house-of-representatives), as news_gold6's "Council president", unlike the capitalised
  "House Speaker" of NEWS_NOTES; "University of Pennsylvania's Wharton School" holds the
  university and the school (two ORGs); "D-Ill." holds "Ill." (news_gold7).
- "the Brookehill group" (the group of companies controlled by Brookehill Partners) holds
  Brookehill Partners (news_gold11's "Penser group"); "Moore, Grossman and deRose Inc" is one
  ORG span, its owners named in it not annotated separately.
- "Austrian National Bank" is one ORG span (a demonym inside a proper name), and the
  capitalised short names "the National Bank" and "the Bank" after it stand for it
  (news_gold6); "one Vienna bank" holds Vienna; "Girozentrale" and "Creditanstalt" are banks
  (ORG)."""

SPEC = {
    "bbc-business-352": [
        org("Reliance", "reliance-industries"), per("Mukesh Ambani"), per("Anil", "anil-ambani"),
        per("Dhirubhai Ambani"), per("Mukesh", "mukesh-ambani"), per("Nanik Rupani"), org("Indian Merchants Chamber"),
        pl("Bombay"),
    ],
    "bbc-business-492": [
        org("Parmalat"), org("Bank of America"), org("Italaudit"), org("Grant Thornton"),
        org("Deloitte & Touche", "deloitte-and-touche"), org("Consob"), pl("Italy"),
        org("Bank of American", "bank-of-america"),
    ],
    "bbc-entertainment-043": [
        per("Davis", "ossie-davis"), pl("Hollywood"), per("Spike Lee"), per("Burt Reynolds"), oth("Oscar", "oscars"),
        per("Alan Alda"), per("Ossie Davis"), pl("New York"), pl("Miami"), per("Ruby Dee"), pl("Riverside Church"),
        *US, per("Bill Clinton"), per("Harry Belafonte"), per("Clinton", "bill-clinton"), pl("Florida"),
        oth("No Way Out"), per("Sidney Poiter", "sidney-poitier"), per("Lee", "spike-lee"), oth("Jungle Fever"),
        oth("Do The Right Thing"), oth("re:Malcolm X(?=\\. )", "malcolm-x-film"), per("re:Malcolm X(?=,)", "malcolm-x"),
        per("Attallah Shabazz"), pl("Harlem"), per("Ossie", "ossie-davis"), oth("Aviator"), oth("Evening Shade"),
        per("Belafonte", "harry-belafonte"),
    ],
    "bbc-entertainment-112": [
        per("Elvis", "elvis-presley"), *UK, oth("Jailhouse Rock"), oth("X Factor"),
        per("Steve Brockstein", "steve-brookstein"), oth("Against All Odds"), oth("A Little Less Conversation"),
        oth("One Night"), oth("A Fool Such As I"), org("SonyBMG", "sonybmg"),
    ],
    "bbc-politics-163": [
        per("Kinnock", "neil-kinnock"), org("Lords", "house-of-lords"), per("Neil Kinnock"), org("House of Lords"),
        org("BBC", "bbc"), oth("Breakfast with Frost"), org("British Council"), pl("Bedwellty"),
    ],
    "bbc-politics-325": [
        org("re:UKIP(?! representatives| chairman| spokesman)", "ukip"), org("UK Independence Party", "ukip"),
        org("re:Veritas(?! defectors| deputy| Party)", "veritas"), org("Veritas Party", "veritas"), org("London Assembly"),
        per("Robert Kilroy Silk"), per("Damian Hockney"), per("Peter Hulme-Cross"), per("Hockney", "damian-hockney"),
        per("Petrina Holdsworth"), org("GLA", "greater-london-authority"), oth("Greater London Act"),
        per("Hulme-Cross", "peter-hulme-cross"), org("Tories", "conservative-party"), pl("Europe"),
        per("Kilroy-Silk", "robert-kilroy-silk"),
    ],
    "bbc-sport-036": [
        per("Jones", "marion-jones"), per("Marion Jones"), org("International Olympic Committee", "ioc"),
        org("IOC", "ioc"), per("Jacques Rogge"), per("Victor Conte"), org("Balco Laboratories", "balco"),
        per("Conte", "victor-conte"), oth("Sydney Olympics"), per("Rogge", "jacques-rogge"),
        oth("Games", "sydney-olympics"), org("World Anti-Doping Agency", "wada"), per("Dick Pound"),
        per("Pound", "dick-pound"), per("Rich Nichols"),
    ],
    "bbc-sport-294": [
        org("London Irish"), org("Wasps"), per("Rob Hoadley"), pl("Madejski Stadium"), per("Tom Voyce"),
        org("Irish", "london-irish"), per("Richard Birkett"), per("Mark van Gisbergen"), per("Mark Mapletoft"),
        per("Scott Staniforth"), per("Barry Everitt"), per("Mapletoft", "mark-mapletoft"),
        oth("Premiership", "rugby-premiership"), per("Jonny Wilkinson"), per("Tim Stimpson"), per("Paul Grayson"),
        per("Warren Gatland"), per("Gatland", "warren-gatland"), per("Tom Rees"), per("John Hart"), per("Gary Gold"),
        per("Gold", "gary-gold"), oth("Powergen Cup"), org("Leeds", "leeds-tykes"),
        per("Horak"), per("Staniforth", "scott-staniforth"), per("Penney"), per("Nordt"), per("Bishop"),
        per("Edwards"), per("Hatley"), per("van der Walt"), per("Hardwick"), per("Kennedy"), per("Casey"),
        per("Gustard"), per("Dawson"), per("Murphy"), per("Everitt", "barry-everitt"), per("Hodgson"),
        per("Wheatley"), per("Paice"), per("Strudwick"), per("Danaher"), per("Reid"),
        per("Van Gisbergen", "mark-van-gisbergen"), per("Voyce", "tom-voyce"), per("Erinle"),
        per("Hoadley", "rob-hoadley"), per("Roberts"), per("King"), per("Richards"), per("Payne"), per("Greening"),
        per("Dowd"), per("Shaw"), per("Purdy"), per("Hart", "john-hart"), per("Rees", "tom-rees"), per("Dallaglio"),
        per("Priscott"), per("Green"), per("Skivington"), per("Birkett", "richard-birkett"), per("Gotting"),
        per("Fury"), per("Brooks"),
    ],
    "bbc-sport-356": [
        per("Dawson", "matt-dawson"), pl("England"), per("Matt Dawson"), oth("Six Nations"), pl("Wales"),
        oth("World Cup", "rugby-world-cup"), org("Wasps"), org("Bath", "bath-rugby"), per("Warren Gatland"),
        org("Gloucester", "gloucester-rugby"), per("Andy Hazell"), org("Leicester", "leicester-tigers"),
        per("Lewis Moody"), per("Robinson"), per("Andy Gomarsall"), per("Harry Ellis"), per("Jamie Noon"),
        org("Saracens"),
    ],
    "bbc-sport-440": [
        per("Martinez", "conchita-martinez"), per("Vinci", "roberta-vinci"), per("Conchita Martinez"),
        per("Roberta Vinci"), oth("Qatar Open"), pl("Doha"), oth("Wimbledon", "wimbledon-championships"),
        oth("French Open"), per("Anastasia Myskina"), per("Patty Schnyder"), pl("China"), per("Na Li"),
        per("Daniela Hantuchova"), per("Magdaleena Maleeva", "magdalena-maleeva"), per("Elena Bovina"), pl("Japan"),
        per("Ai Sugiyama"), per("Samantha Stosur"), per("Nicole Pratt"), per("Selima Sfar"), per("Alicia Molik"),
    ],
    "bbc-sport-474": [
        per("Mauresmo", "amelie-mauresmo"), pl("LA", "los-angeles"), per("Amelie Mauresmo"), per("Maria Sharapova"),
        oth("Tour Championships", "wta-tour-championships"), pl("Los Angeles"), pl("France"),
        per("Vera Zvonareva"), oth("Wimbledon", "wimbledon-championships"), per("Sharapova", "maria-sharapova"),
        per("Svetlana Kuznetsova"), per("Serena Williams"), per("Elena Dementieva"), per("Lindsay Davenport"),
        oth("US Open", "us-open"), per("Davenport", "lindsay-davenport"), pl("Russia"),
        per("Zvonareva", "vera-zvonareva"), per("Kim Clijsters"), per("Kuznetsova", "svetlana-kuznetsova"),
        pl("Staples Centre", "staples-center"), pl("Beijing"), org("Lakers", "los-angeles-lakers"),
        per("Williams", "serena-williams"),
    ],
    "bbc-tech-024": [
        org("Bioware"), oth("Knights of the Old Republic"), oth("Neverwinter Nights"), pl("Canada"),
        pl("West Edmonton"), pl("Alberta"), per("Shauna Perry"), per("Perry", "shauna-perry"),
    ],
    "bbc-tech-101": [
        per("Bush", "george-w-bush"), *US, per("George W Bush"), oth("georgewbush.com", "georgewbush-com"),
        org("Netcraft"), pl("London"), pl("Amsterdam"), pl("Sydney"), pl("Canada"), org("Akamai"),
        per("Mike Prettejohn"),
    ],
    "bbc-tech-227": [
        org("Business Software Alliance", "bsa"), org("BSA", "bsa"), per("Mike Newton"), per("William Plante"),
        org("Symantec"),
    ],
    "reuters-10418": [
        pl("AUSTRIA", "austria"), org("Austrian National Bank"), per("Herbert Danzinger"), *REUTER, pl("Vienna"),
        org("National Bank", "austrian-national-bank"), *US, org("Creditanstalt"), org("Girozentrale"),
        pl("Austria"), org("Bank", "austrian-national-bank"),
    ],
    "reuters-11865": [
        *US, org("American Embassy", "us-embassy-moscow"), pl("Moscow"), org("Pentagon"),
        org("State Department", "us-state-department"), pl("Thailand"), per("William Brown"),
        per("Brown", "william-brown"), org("KGB", "kgb"), per("Arnold Bracy"), per("Clayton Lonetree"),
        per("Bob Sims"), per("Robert Stanley Stufflebeam"), per("Lonetree", "clayton-lonetree"),
        per("Bracy", "arnold-bracy"), per("Stufflebeam", "robert-stanley-stufflebeam"), *REUTER,
    ],
    "reuters-12359": [
        org("FORD", "ford-motor"), *US, org("Ford Motor Co", "ford-motor"), org("Ford", "ford-motor"),
    ],
    "reuters-140": [
        org("PAGE PETROLEUM LTD", "page-petroleum"),
    ],
    "reuters-15030": [
        org("FEDERAL PAPERBOARD", "federal-paperboard"), org("Federal Paperboard Co Inc", "federal-paperboard"),
        org("Ozaki Trading Co Ltd", "ozaki-trading"), pl("Osaka"), pl("Japan"), org("Ozaki", "ozaki-trading"),
        org("Federal Paperboard"), org("Federal", "federal-paperboard"),
    ],
    "reuters-15169": [
        org("LE PEEP RESTAURANTS", "le-peep-restaurants"), pl("OHIO", "ohio"),
        org("Le Peep Restaurants Inc", "le-peep-restaurants"), pl("Ohio"), org("Shelly's Inc", "shellys"),
        pl("Columbus"), org("U.S. District Court of the Southern District", "us-district-court-southern-district-of-ohio"),
    ],
    "reuters-1518": [
        org("WAXMAN INDUSTRIES", "waxman-industries"), org("Waxman Industries Inc", "waxman-industries"),
        org("Securities and Exchange Commission", "sec"), org("Waxman", "waxman-industries"),
        org("Drexel Burnham Lambert Inc", "drexel-burnham-lambert"),
    ],
    "reuters-16071": [
        pl("Bahia Blanca"), pl("Necochea"), pl("Rosario"), pl("Buenos Aires"), pl("Parana River"),
        pl("Villa Constitucion"), pl("San Nicolas"), pl("Puerto Alvear"), *REUTER,
    ],
    "reuters-16750": [
        pl("CHINA", "china"), pl("China"), org("China Daily"), pl("Qinghai"), *REUTER,
    ],
    "reuters-17125": [
        org("AMOCO", "amoco-corp"), org("Amoco Oil Co", "amoco-oil"), pl("midwest"), org("Amoco", "amoco-oil"),
    ],
    "reuters-17772": [
        org("UNISYS", "unisys"), org("Unisys Corp", "unisys"), org("Unisys"),
    ],
    "reuters-1832": [
        org("KAISER ALUMINUM", "kaiser-aluminum"), org("Kaiser Aluminum and Chemical Corp", "kaiser-aluminum"),
        org("Kaiser", "kaiser-aluminum"),
    ],
    "reuters-19751": [
        org("CARDIS CORP", "cardis"), org("Brookehill Partners Inc", "brookehill-partners"),
        org("Cardis Corp", "cardis"), org("Securities and Exchange Commission", "sec"), org("Cardis"),
        pl("Los Angeles"), org("Brookehill", "brookehill-partners"), org("SEC", "sec"), pl("New York"),
        org("Brookehill Partners", "brookehill-partners"), org("Brookehill Equities Inc", "brookehill-equities"),
        org("Moore, Grossman and deRose Inc", "moore-grossman-and-derose"),
        per("Walter Grossmman", "walter-grossman"), per("S. Edward Moore", "s-edward-moore"), per("Robert deRose"),
    ],
    "reuters-2005": [
        org("NORD RESOURCES CORP", "nord-resources"),
    ],
    "reuters-20457": [
        org("SMITH INTERNATIONAL", "smith-international"), pl("Hong Kong"),
        org("Industrial Equity (Pacific) Ltd", "industrial-equity-pacific"),
        org("Smith International Inc", "smith-international"), org("Securities and Exchange Commission", "sec"),
        org("Smith", "smith-international"),
    ],
    "reuters-21027": [
        org("ENTERTAINMENT MARKETING", "entertainment-marketing"), per("Elias Zinn"),
        org("Entertainment Marketing Inc", "entertainment-marketing"),
        org("Entertaiment Marketing", "entertainment-marketing"), per("Zinn", "elias-zinn"),
    ],
    "reuters-3239": [
        org("HARRIS", "harris-associates"), org("CYCLOPS", "cyclops"), org("Harris Associates L.P.", "harris-associates"),
        pl("Chicago"), org("Cyclops Corp", "cyclops"), org("Securities and Exchange Commission", "sec"),
        org("Harris", "harris-associates"), org("Cyclops"),
    ],
    "reuters-5383": [
        org("CCC", "ccc"), pl("W AFRICA", "west-africa"), org("Commodity Credit Corportion", "ccc"), *US,
        org("Agriculture Department", "usda"), org("Peavey Company", "peavey"), oth("Export Enhancement Program"),
    ],
    "reuters-6210": [
        org("SIMMONS", "simmons-airlines"), org("Simmons Airlines Inc", "simmons-airlines"),
    ],
    "reuters-639": [
        org("MORRISON KNUDSEN", "morrison-knudsen"), org("Morrison Knudsen Corp", "morrison-knudsen"),
        org("National Projects Inc", "national-projects"), *US, org("Navy", "us-navy"),
        pl("Fallon Naval Air Station"), pl("Nevada"),
    ],
    "reuters-7061": [
        org("CARTER HAWLEY HALE STORES INC", "carter-hawley-hale"), org("John Wanamaker"), org("Holt Renfrew"),
    ],
    "reuters-7452": [
        org("REICHHOLD", "reichhold-chemicals"), org("Reichhold Chemicals Inc", "reichhold-chemicals"),
    ],
    "reuters-7957": [
        org("CCC", "ccc"), pl("EGYPT", "egypt"), org("Commodity Credit Corporation", "ccc"), pl("Egypt"), *US,
        org("Agriculture Department", "usda"), org("International Multifoods Corp", "international-multifoods"),
        oth("Export Enhancement Program"),
    ],
    "reuters-8389": [
        per("ROSTENKOWSKI", "dan-rostenkowski"), org("House Ways and Means Committee"), per("Dan Rostenkowski"),
        pl("Ill.", "illinois"), org("Congress", "us-congress"), *US, per("Rostenkowski", "dan-rostenkowski"),
        org("Futures Industry Association"),
    ],
    "reuters-9087": [
        org("GENCORP", "gencorp"), org("GenCorp Inc", "gencorp"), org("GenCorp"), pl("Akron"), pl("Ohio"),
        org("AFG Industries Inc", "afg-industries"), org("Wagner and Brown"),
    ],
    "reuters-9602": [
        *US, org("Office of Management and Budget"), per("James Miller"), per("Miller", "james-miller"),
        org("University of Pennsylvania"), org("Wharton School"), org("House", "us-house-of-representatives"),
        per("Jim Wright"),
    ],
}


# Pairs of entity ids (both annotated above) that share a word or look alike but are different
# things (e.g. a person and a company named after him, a city and an organisation named after
# it, two people with one name, a country and its capital).
MUST_NOT_MERGE = [
    # one name, word or initial, two things
    ["mukesh-ambani", "anil-ambani"], ["mukesh-ambani", "dhirubhai-ambani"], ["anil-ambani", "dhirubhai-ambani"],
    ["reliance-industries", "indian-merchants-chamber"], ["bank-of-america", "parmalat"],
    ["italaudit", "grant-thornton"], ["deloitte-and-touche", "grant-thornton"], ["consob", "parmalat"],
    ["ossie-davis", "ruby-dee"], ["spike-lee", "burt-reynolds"], ["malcolm-x", "malcolm-x-film"],
    ["malcolm-x", "attallah-shabazz"], ["harry-belafonte", "bill-clinton"], ["aviator", "alan-alda"],
    ["jungle-fever", "do-the-right-thing"], ["no-way-out", "sidney-poitier"], ["evening-shade", "burt-reynolds"],
    ["elvis-presley", "jailhouse-rock"], ["x-factor", "steve-brookstein"], ["steve-brookstein", "against-all-odds"],
    ["one-night", "a-fool-such-as-i"], ["a-little-less-conversation", "jailhouse-rock"], ["sonybmg", "elvis-presley"],
    ["neil-kinnock", "house-of-lords"], ["bbc", "breakfast-with-frost"], ["british-council", "house-of-lords"],
    ["ukip", "veritas"], ["london-assembly", "greater-london-authority"], ["greater-london-authority", "greater-london-act"],
    ["damian-hockney", "peter-hulme-cross"], ["robert-kilroy-silk", "veritas"], ["petrina-holdsworth", "ukip"],
    ["ukip", "conservative-party"], ["marion-jones", "victor-conte"], ["ioc", "wada"], ["jacques-rogge", "dick-pound"],
    ["balco", "victor-conte"], ["rich-nichols", "marion-jones"],
    ["london-irish", "wasps"], ["dawson", "matt-dawson"], ["mark-van-gisbergen", "mark-mapletoft"],
    ["rob-hoadley", "richard-birkett"], ["tom-rees", "john-hart"], ["gary-gold", "warren-gatland"],
    ["jonny-wilkinson", "tim-stimpson"], ["paul-grayson", "barry-everitt"], ["scott-staniforth", "barry-everitt"],
    ["rugby-premiership", "powergen-cup"], ["green", "greening"], ["kennedy", "casey"], ["roberts", "richards"],
    ["shaw", "purdy"], ["dowd", "payne"], ["van-der-walt", "mark-van-gisbergen"], ["dallaglio", "king"],
    ["six-nations", "rugby-world-cup"], ["bath-rugby", "gloucester-rugby"], ["leicester-tigers", "saracens"],
    ["andy-hazell", "andy-gomarsall"], ["lewis-moody", "harry-ellis"], ["robinson", "jamie-noon"],
    ["wasps", "leicester-tigers"], ["leeds-tykes", "london-irish"],
    ["conchita-martinez", "roberta-vinci"], ["anastasia-myskina", "elena-bovina"], ["na-li", "ai-sugiyama"],
    ["samantha-stosur", "alicia-molik"], ["nicole-pratt", "selima-sfar"], ["daniela-hantuchova", "magdalena-maleeva"],
    ["qatar-open", "french-open"], ["wimbledon-championships", "french-open"], ["wimbledon-championships", "us-open"],
    ["wta-tour-championships", "us-open"], ["amelie-mauresmo", "maria-sharapova"],
    ["vera-zvonareva", "svetlana-kuznetsova"], ["serena-williams", "elena-dementieva"],
    ["lindsay-davenport", "kim-clijsters"], ["los-angeles-lakers", "staples-center"],
    ["bioware", "knights-of-the-old-republic"], ["knights-of-the-old-republic", "neverwinter-nights"],
    ["george-w-bush", "georgewbush-com"], ["netcraft", "akamai"], ["mike-prettejohn", "netcraft"],
    ["bsa", "symantec"], ["mike-newton", "william-plante"],
    ["austrian-national-bank", "creditanstalt"], ["creditanstalt", "girozentrale"],
    ["us-embassy-moscow", "us-state-department"], ["pentagon", "us-state-department"], ["kgb", "us-embassy-moscow"],
    ["william-brown", "bob-sims"], ["arnold-bracy", "clayton-lonetree"], ["clayton-lonetree", "robert-stanley-stufflebeam"],
    ["federal-paperboard", "ozaki-trading"], ["le-peep-restaurants", "shellys"],
    ["waxman-industries", "drexel-burnham-lambert"], ["waxman-industries", "sec"],
    ["amoco-corp", "amoco-oil"], ["brookehill-partners", "brookehill-equities"],
    ["brookehill-partners", "moore-grossman-and-derose"], ["moore-grossman-and-derose", "s-edward-moore"],
    ["moore-grossman-and-derose", "walter-grossman"], ["moore-grossman-and-derose", "robert-derose"],
    ["cardis", "brookehill-partners"], ["smith-international", "industrial-equity-pacific"],
    ["entertainment-marketing", "elias-zinn"], ["harris-associates", "cyclops"], ["ccc", "usda"], ["ccc", "peavey"],
    ["ccc", "international-multifoods"], ["export-enhancement-program", "ccc"], ["morrison-knudsen", "national-projects"],
    ["us-navy", "fallon-naval-air-station"], ["carter-hawley-hale", "john-wanamaker"], ["john-wanamaker", "holt-renfrew"],
    ["house-ways-and-means-committee", "us-congress"], ["futures-industry-association", "us-congress"],
    ["gencorp", "afg-industries"], ["afg-industries", "wagner-and-brown"],
    ["office-of-management-and-budget", "us-house-of-representatives"],
    ["james-miller", "jim-wright"], ["university-of-pennsylvania", "wharton-school"],
    ["house-ways-and-means-committee", "us-house-of-representatives"], ["dan-rostenkowski", "jim-wright"],
    ["sec", "ccc"], ["us-state-department", "usda"],
    # an organisation, work, event or venue named after a place, or a place inside a name
    ["bank-of-america", "united-states"], ["italaudit", "italy"], ["hollywood", "new-york"],
    ["harlem", "new-york"], ["riverside-church", "harlem"], ["malcolm-x-film", "harlem"],
    ["greater-london-authority", "london"], ["london-assembly", "london"], ["ukip", "united-kingdom"],
    ["veritas", "europe"], ["london-irish", "london"], ["sydney-olympics", "sydney"], ["qatar-open", "doha"],
    ["qatar-open", "wta-tour-championships"],
    ["wta-tour-championships", "los-angeles"], ["us-open", "united-states"], ["los-angeles-lakers", "los-angeles"],
    ["france", "french-open"], ["china", "china-daily"], ["austria", "austrian-national-bank"],
    ["vienna", "austrian-national-bank"], ["us-embassy-moscow", "moscow"], ["us-embassy-moscow", "united-states"],
    ["ohio", "us-district-court-southern-district-of-ohio"], ["united-states", "us-district-court-southern-district-of-ohio"],
    ["columbus", "ohio"], ["united-states", "us-navy"], ["nevada", "fallon-naval-air-station"],
    ["illinois", "united-states"], ["united-states", "us-congress"], ["university-of-pennsylvania", "united-states"],
    ["georgewbush-com", "united-states"], ["west-edmonton", "alberta"], ["canada", "bioware"],
    ["bombay", "indian-merchants-chamber"],
    # a capital, city or region is not its country, and two neighbouring places are two places
    ["moscow", "thailand"], ["vienna", "austria"], ["osaka", "japan"], ["beijing", "china"],
    ["los-angeles", "hollywood"], ["miami", "florida"], ["new-york", "united-states"], ["london", "united-kingdom"],
    ["london", "europe"], ["amsterdam", "sydney"], ["bahia-blanca", "buenos-aires"], ["rosario", "parana-river"],
    ["necochea", "san-nicolas"], ["villa-constitucion", "puerto-alvear"], ["qinghai", "china"],
    ["akron", "ohio"], ["chicago", "united-states"], ["hong-kong", "china"], ["hong-kong", "industrial-equity-pacific"],
    ["los-angeles", "new-york"], ["west-africa", "egypt"], ["west-africa", "united-states"],
    ["egypt", "united-states"], ["midwest", "united-states"], ["england", "wales"],
]
