"""Hand annotation of news_gold21 (see build_news_gold21.py): made blind, by reading the text,
by one annotator, with no extractor output in sight. It follows NEWS_NOTES and the DECISIONS
of news_gold3_spec.py, news_gold4_spec.py, news_gold5_spec.py, news_gold6_spec.py,
news_gold7_spec.py, news_gold8_spec.py, news_gold9_spec.py, news_gold10_spec.py,
news_gold11_spec.py, news_gold12_spec.py, news_gold13_spec.py, news_gold14_spec.py,
news_gold15_spec.py, news_gold16_spec.py, news_gold17_spec.py, news_gold18_spec.py,
news_gold19_spec.py and news_gold20_spec.py; the new choices taken beyond those are listed in
DECISIONS below."""
from build_news_gold import REUTER, UK, US, org, oth, per, pl

DECISIONS = """\
- "listed on the New York Stock Exchange's (NYSE) technology-dominated Nasdaq index" holds
  "Nasdaq", the market the shares are listed on (ORG nasdaq, the id of news_gold13), the
  lower-case "index" outside the span; unlike news_gold5's "Dow Jones", the short name means the
  market, not an index. "US Securities and Exchange Commission" is split (US; Securities and
  Exchange Commission, id sec), as news_gold4 splits "US Federal Communications Commission"
  (news_gold3 had kept "U.S. Securities and Exchange Commission" whole, before that rule).
- "the Rock", Gibraltar's capitalised nickname, is a mention of Gibraltar (PLACE), as
  news_gold15's "Big Apple"; "Chevening", the foreign secretary's country house named by itself,
  is a PLACE (a named building, news_gold8's facilities); "Britain's Europe Director" and
  "director general for Europe" hold Europe, a place name inside a role (NEWS_NOTES' "Mayor of
  London"); the capitalised "the Party" in a Conservative statement stands for the Conservative
  Party (news_gold6's capitalised short names), the lower-case "the party's" does not;
  "Communist Party leader" holds no mention (news_gold17's party before a role).
- "Mumbai (Bombay)": the bracketed former name is the same city, one id (mumbai); "Line of
  Control", the named ceasefire line, is a PLACE; "the Golden Temple", a shrine named by itself,
  is a PLACE (a named building); "Sikhism" is a religion (news_gold7) and "South East Asian" an
  adjective, neither a mention.
- Fictional and brand names in business stories: "Garfield the cat" is a character (PERSON,
  news_gold4); "Honda brand motorbikes" holds Honda, the company (news_gold6's brand that is its
  name); "'Television Sur'", a planned network of television channels, is an ORG
  (news_gold7's channels); "Network Africa", a BBC radio programme, is OTHER;
  "Inner Mongolia Yili Industrial" is one ORG span, the region inside not annotated, with "Yili"
  its short name; "Chongqing Lifan Industry Group" likewise, the city inside; "CFA francs" is a
  currency word (news_gold4) and holds no mention.
- File sharing: "LokiTorrent", "eDonkey", "Direct Connect" (a named peer-to-peer network) are
  named networks and software (OTHER, news_gold5's "Phoenix Torrents" and "BitTorrent");
  "Phoenix Torrent" is a slip for Phoenix Torrents, marked as written with news_gold5's id
  (phoenix-torrents); "Suprnova.org website" holds "Suprnova.org" (suprnova); "the Underground
  Network", what a piracy group called itself, is a group of people (ORG), not a network;
  "Operation Digital Gridlock" is a named operation (OTHER), "Operation" inside the span as part
  of the name; "New Yorker" and "Texan" are demonyms.
- Sun: "Sun Grid" (the service, also "The Sun Grid") and "Solaris" (the operating system) are
  a service and software (OTHER); "Sun's quarterly Network Computing event" holds "Network
  Computing", the named event (OTHER), the lower-case "event" outside (news_gold5's "Dow Jones
  industrial index"). "Computeractive Magazine" is a magazine (ORG, news_gold9's "Stuff
  Magazine"); "Georgia", home of a "US woman", is the U.S. state (georgia-us-state).
- Company and town written together: "Berliner Bank AG Berlin" holds "Berliner Bank AG" (ORG)
  and "Berlin" (PLACE), as news_gold9's "Interfinco S.A. Of Luxembourg"; the headline's
  "BERLINER BANK" is the bank. "TOKYO EXCHANGE" in the headline is the short name of the
  "Tokyo Commodity Exchange for Industry (TOCOM)" the body names (one ORG, id tocom), not
  news_gold10's Tokyo Stock Exchange.
- "Vik's son, Alexander" and "the elder Vik": "Vik" is Erik Martin Vik and "Alexander" gets the
  family name (alexander-vik, news_gold12's first-name rule); "Albert Schwatz" and the later
  "Schwartz" are one investor, both marked as written with one id (albert-schwartz), the text's
  two spellings being a slip (news_gold4); "Unites States" is a slip marked as written
  (united-states).
- "northern Haiti" and "northern Sweden" are one PLACE each (news_gold13's "northern Nigeria");
  "Cap Haitien church radio" holds Cap Haitien (a place name before lower-case words); "the
  Sacred Heart Brothers", a religious order of missionaries, is an ORG; "CANADIAN MISSIONARIES'"
  in the headline is an adjective (news_gold7's upper-case headline adjectives).
- "cross-Channel ferry services" holds "Channel", the English Channel (PLACE english-channel, a
  place name as a modifier, NEWS_NOTES' "cross-London"); "Sabena, Belgian's national airline"
  uses "Belgian" as the country's name, a PLACE mention of Belgium marked as written
  (NEWS_NOTES' "Argentine's meat exports"); "Belga", a news agency, is an ORG.
- Computer products: "80386 processor" holds the named Intel chip (OTHER intel-80386,
  news_gold11's "Cell" chip); "its 386 personal computer" names a class of machines by its chip
  and holds no mention; "Personal Data Pac", "PAC 286" and "Ad-Pac" are products (OTHER);
  "Winchester disk drive" is generic (news_gold4); "Tandons PAC 286" holds "Tandons", a slip
  for the possessive of Tandon, marked as written with the company's id.
- "Boliden's Ronnskar copper smelter" holds "Ronnskar" (PLACE, a named facility, the lower-case
  generic outside, news_gold8); "Mahd adh Dhahab" is the mine's place (PLACE); "General
  Petroleum and Mineral Organisation" and its bracketed "Petromin" are one ORG, the adjective
  "Saudi" before it outside the span.
- "the eight billion U.S. Dlr Kansai airport project near Osaka" holds U.S. and "Kansai", the
  region (news_gold4's kansai), as news_gold7 keeps the city in "Frankfurt airport"; "the
  Uruguay round of the General Agreement on Trade and Tariffs" holds "Uruguay" (uruguay-round,
  news_gold15) and the agreement's body as written, a slip for the General Agreement on Tariffs
  and Trade (ORG gatt), with "GATT".
- "Petroeleos de Venezuela" is a slip for Petroleos de Venezuela, marked as written (pdvsa), the
  country inside not annotated; "Minister of Energy and Mines" is a role (news_gold10); "the
  Central Bank" in a Venezuelan story is Venezuela's (venezuela-central-bank, news_gold14).
- "U.S. Defence Department" is split into U.S. and "Defence Department", the British spelling
  marked as written with the id us-defense-department; "the International Court in the Hague"
  holds "International Court" (the International Court of Justice, ORG) and "Hague" (PLACE, the
  leading "the" dropped); "Greek U.N. Representative" holds U.N. (an acronym inside a role).
- "a Lower House budget committee in Parliament" (Japan) holds "Lower House" (ORG
  japan-lower-house, the lower-case committee outside, news_gold8's "Commons trade
  committee") and "Parliament" (ORG japan-parliament, not uk-parliament).
- Reuters company stories: "Salomon Inc's <SB> Salomon Brothers" holds the parent and the
  investment bank, and the later bare "Salomon" that advises Taft is Salomon Brothers;
  "Houston TVX Broadcast" is the town and the short name of TVX Broadcast Group; "Central" alone
  is Central Independent Television, and "CENTRAL INDEPENDENT TV" in the headline its short
  name; "Ladbroke Group Plc" gets its own id (ladbroke-group), not news_gold18's bookmaker
  "Ladbrokes"; "S. AFRICA" in an upper-case headline is South Africa (PLACE); "Norway's
  parliament" and "trade ministry" hold Norway only."""

SPEC = {
    "bbc-business-080": [
        pl("Argentina"), pl("Venezuela"), per("Nestor Kirchner"), per("Hugo Chavez"), pl("Buenos Aires"),
        per("Kirchner", "nestor-kirchner"), pl("Chile"), org("PDVSA", "pdvsa"), org("Enarsa"), pl("Brazil"),
        org("Petrobras"), per("Chavez", "hugo-chavez"), pl("Bolivia"), org("Television Sur"),
    ],
    "bbc-business-133": [
        pl("Cameroon"), per("Ephraim Inoni"), per("Fidelis Nanga"), pl("Yaounde"), org("BBC", "bbc"),
        oth("Network Africa"), per("Inoni", "ephraim-inoni"), org("Transparency International"),
    ],
    "bbc-business-208": [
        pl("China"), org("Shanda", "shanda-interactive-entertainment"), org("Sina"),
        org("Shanda Interactive Entertainment"), org("New York Stock Exchange"),
        org("NYSE", "new-york-stock-exchange"), org("Nasdaq", "nasdaq"), *US,
        org("Securities and Exchange Commission", "sec"), pl("New York"), per("Wallace Cheung"),
        org("DBS Vickers"), per("Cheung", "wallace-cheung"), pl("Beijing"),
    ],
    "bbc-business-338": [
        org("Yili", "yili"), org("Inner Mongolia Yili Industrial", "yili"), pl("China"), per("Zheng Junhuai"),
        org("Xinhua News Agency", "xinhua"), org("Mengniu Dairy"), org("Bright Dairy"), per("Chen Huiqin"),
        org("Huatai Securities"),
    ],
    "bbc-business-342": [
        org("Honda"), pl("China"), pl("Japan"), pl("Beijing"), org("Chongqing Lifan Industry Group"),
        org("Paws Incorporated"), per("Garfield"), org("Yamaha"), org("General Motors"), org("Toyota"),
        org("European Union"), org("EU", "european-union"), pl("Ukraine"), pl("Russia"), pl("Thailand"),
        pl("Brazil"), pl("South Korea"), pl("Indonesia"), org("World Trade Organisation", "wto"), org("WTO", "wto"),
    ],
    "bbc-business-391": [
        org("Yukos"), *US, org("Yuganskneftegas"), org("Rosneft"), per("Letitia Clark"), org("Deutsche Bank"),
        org("Gazprom"), per("Vladimir Putin"), per("Putin", "vladimir-putin"), per("Mike Lake"),
        org("Credit Suisse First Boston"), per("Vadim Mitroshin"), per("Mikhail Khodorkovsky"),
        per("Khodorkovsky", "mikhail-khodorkovsky"),
    ],
    "bbc-entertainment-040": [
        oth("Sideways"), per("Paul Giamatti"), oth("Independent Spirit Awards"), oth("Oscars"),
        oth("Maria Full of Grace"), oth("Kinsey"), per("Liam Neeson"), per("Alfred Kinsey"), per("Alexander Payne"),
        oth("About Schmidt"), per("Jack Nicholson"), oth("Academy Award", "oscars"), per("Michael London"),
        oth("Brother to Brother"), oth("Robbing Peter"), oth("Primer"), oth("Sundance", "sundance-film-festival"),
        per("Walter Salles"), oth("Motorcycle Diaries"), oth("Woodsman"), per("Kevin Bacon"),
        oth("Napoleon Dynamite"), oth("Door in the Floor"), oth("Garden State"), oth("Scrubs"), per("Zach Braff"),
        per("Natalie Portman"), per("Selma Blair"), per("Dennis Quaid"), pl("Los Angeles"),
    ],
    "bbc-politics-015": [
        pl("Gibraltar"), per("Jack Straw"), pl("Kent"), pl("Chevening"), pl("Rock", "gibraltar"),
        per("Straw", "jack-straw"), per("Miguel Moratinos"), per("Peter Caruana"), *UK, pl("Europe"),
        per("Dominick Chilcott"), pl("Madrid"), pl("Spain"), per("Jose Maria Pons"),
    ],
    "bbc-politics-139": [
        per("Straw", "jack-straw"), pl("Kashmir"), *UK, pl("India"), pl("Pakistan"), per("Jack Straw"),
        pl("Islamabad"), pl("Line of Control"), pl("Srinagar"), pl("Muzaffarabad"), pl("Golden Temple"),
        pl("Amritsar"), pl("Lahore"), pl("Rajasthan"), pl("Sindh"), pl("Karachi"), pl("Mumbai"),
        pl("Bombay", "mumbai"),
    ],
    "bbc-politics-404": [
        per("Danny Kruger"), per("Tony Blair"), pl("Sedgefield"), per("Michael Howard"),
        per("Kruger", "danny-kruger"), org("Guardian"), org("Party", "conservative-party"), per("Alan Milburn"),
        per("Milburn", "alan-milburn"), org("Tories", "conservative-party"), org("Conservative Party"),
    ],
    "bbc-tech-037": [
        *US, org("Hewlett Packard"), org("HP", "hewlett-packard"), pl("Georgia", "georgia-us-state"), pl("Europe"),
        org("Computeractive Magazine"), *UK, org("Office of Fair Trading"), org("OFT", "office-of-fair-trading"),
    ],
    "bbc-tech-038": [
        *US, org("Motion Picture Association of America", "mpaa"), org("MPAA", "mpaa"), oth("LokiTorrent"),
        oth("BitTorrent"), pl("Dallas"), pl("Hollywood"), oth("eDonkey"), oth("Suprnova.org", "suprnova"),
        oth("Phoenix Torrent", "phoenix-torrents"),
    ],
    "bbc-tech-075": [
        *US, per("William Trowbridge"), per("Michael Chicoine"), org("FBI", "fbi"),
        org("Department of Justice", "us-justice-department"), oth("Direct Connect"), org("Underground Network"),
        oth("Operation Digital Gridlock"),
    ],
    "bbc-tech-380": [
        org("Sun", "sun-microsystems"), org("Sun Microsystems"), oth("Sun Grid"), per("Jonathan Schwartz"),
        oth("Network Computing"), pl("California"), per("Schwartz", "jonathan-schwartz"), oth("Solaris"),
        org("IBM", "ibm"),
    ],
    "reuters-10434": [
        org("RESTAURANT ASSOCIATES", "restaurant-associates"),
        org("Restaurant Associates Industries Inc", "restaurant-associates"), pl("Manhattan"),
        org("Restaurant Associates", "restaurant-associates"),
    ],
    "reuters-10621": [
        per("PAPANDREOU", "andreas-papandreou"), per("Andreas Papandreou"), pl("Turkey"), pl("Aegean Sea"),
        per("Papandreou", "andreas-papandreou"), pl("Aegean", "aegean-sea"), per("Turgut Ozal"), pl("Greece"),
        *US, per("Constantine Mitsotakis"), org("Defence Department", "us-defense-department"), pl("Washington"),
        per("Harilaos Florakis"), pl("Evros River"), org("NATO", "nato"), org("United Nations"),
        org("U.N.", "united-nations"), per("Mihalis Dounas"), org("International Court", "international-court-of-justice"),
        pl("Hague", "the-hague"), *REUTER,
    ],
    "reuters-10770": [
        per("MIYAZAWA", "kiichi-miyazawa"), per("Kiichi Miyazawa"), pl("Japan"), org("Lower House", "japan-lower-house"),
        org("Parliament", "japan-parliament"),
    ],
    "reuters-1146": [
        org("SAVIN", "savin"), org("SUN CHEMICAL", "sun-chemical"), org("Savin Corp", "savin"),
        org("Sun Chemical Corp", "sun-chemical"), org("Savin"), *US,
    ],
    "reuters-11493": [
        org("COMPUTER PRODUCTS", "computer-products"), org("Computer Products Inc", "computer-products"),
        org("Securities and Exchange Commission", "sec"), org("Computer Products", "computer-products"),
    ],
    "reuters-11916": [
        org("TAFT", "taft-broadcasting"), org("Taft Broadcasting Co", "taft-broadcasting"),
        org("TVX Broadcast Group"), org("TVX", "tvx-broadcast-group"), org("Salomon Inc", "salomon-inc"),
        org("Salomon Brothers"), org("Salomon", "salomon-brothers"), org("Taft", "taft-broadcasting"),
        pl("Philadelphia"), pl("Washington"), pl("Miami"), pl("Fort Worth"), pl("Dallas"), pl("Houston"),
        org("TVX Broadcast", "tvx-broadcast-group"),
    ],
    "reuters-13758": [
        pl("LONDON", "london"),
    ],
    "reuters-15652": [
        org("BERLINER BANK", "berliner-bank"), org("Berliner Bank AG", "berliner-bank"), pl("Berlin"),
        org("Banque Paribas Capital Markets"), pl("Luxembourg"), *REUTER,
    ],
    "reuters-16427": [
        org("SCANDINAVIA FUND", "scandinavia-fund"), org("Scandinavia Fund Inc", "scandinavia-fund"),
        org("Securities and Exchange Commission", "sec"), org("Scandinavia Fund"), per("Bjorn Carlson"),
        org("VBI Corp", "vbi"), pl("Turks and Caicos Islands"), org("Ingemar Rydin Industritillbehor AB"),
        per("Erik Martin Vik"), per("Vik", "erik-martin-vik"), per("Alexander", "alexander-vik"), org("VBI", "vbi"),
    ],
    "reuters-16789": [
        pl("northern Haiti"), pl("Cap Haitien"), pl("Haiti"), org("Sacred Heart Brothers"),
        per("Jean Claude Duvalier"), *REUTER,
    ],
    "reuters-17455": [
        org("TOKYO EXCHANGE", "tocom"), org("Tokyo Commodity Exchange for Industry", "tocom"), org("TOCOM", "tocom"),
        *REUTER, org("Ministry of International Trade and Industry", "miti"),
    ],
    "reuters-19092": [
        pl("Channel", "english-channel"), pl("Ostend"), org("Belga"), pl("Antwerp"), pl("Ghent"), org("Sabena"),
        pl("re:Belgian(?='s)", "belgium"),
    ],
    "reuters-20670": [
        org("EASTEK CORP", "eastek"),
    ],
    "reuters-21215": [
        org("FIRST UNION REAL ESTATE INVESTMENTS", "first-union-real-estate-investments"),
    ],
    "reuters-21217": [
        org("TANDON COMPUTER", "tandon-computer"), org("Tandon Computer Corp", "tandon-computer"),
        org("Intel Corp", "intel"), oth("80386", "intel-80386"), org("Tandon", "tandon-computer"),
        oth("Personal Data Pac"), org("Tandons", "tandon-computer"), oth("PAC 286"), oth("Ad-Pac"),
    ],
    "reuters-21293": [
        pl("SWEDEN", "sweden"), org("BOLIDEN", "boliden"), org("Boliden AB", "boliden"),
        org("General Petroleum and Mineral Organisation", "petromin"), org("Petromin"), pl("Saudi Arabia"),
        org("Boliden"), per("Goran Paulson"), *REUTER, pl("Ronnskar"), pl("northern Sweden"),
        per("Paulson", "goran-paulson"), pl("Mahd adh Dhahab"), per("Kjell Nilsson"),
    ],
    "reuters-2219": [
        org("UNITEL", "unitel-video"), per("Michael Landes"), org("Unitel Video Inc", "unitel-video"),
        org("Securities and Exchange Commission", "sec"), per("Landes", "michael-landes"),
        org("Unitel Video", "unitel-video"), per("Albert Schwatz", "albert-schwartz"),
        per("Schwartz", "albert-schwartz"), pl("New York"), org("SEC", "sec"),
    ],
    "reuters-4156": [
        pl("CANADA", "canada"), per("Brian Mulroney"), *US, per("Mulroney", "brian-mulroney"),
        pl("Unites States", "united-states"), pl("Alberta"), per("Don Getty"), pl("Ontario"),
        per("David Peterson"), pl("Newfoundland"), per("Brian Peckford"), per("Peckford", "brian-peckford"),
        pl("Canada"), org("Congress", "us-congress"), per("Peterson", "david-peterson"),
    ],
    "reuters-4406": [
        org("CUMMINS", "cummins-engine"), org("Cummins Engine Co", "cummins-engine"), pl("Columbus"),
        org("Cummins", "cummins-engine"),
    ],
    "reuters-5212": [
        org("CARLTON", "carlton-communications"), org("CENTRAL INDEPENDENT TV", "central-independent-television"),
        org("Carlton Communications Plc", "carlton-communications"), org("Central Independent Television"),
        org("Ladbroke Group Plc", "ladbroke-group"), org("Carlton", "carlton-communications"),
        org("Central", "central-independent-television"), *REUTER,
    ],
    "reuters-5852": [
        pl("NORWAY", "norway"), pl("S. AFRICA", "south-africa"), pl("Norway"), pl("South Africa"), pl("Namibia"),
        *REUTER,
    ],
    "reuters-6253": [
        *UK, org("EC", "european-community"), org("European Community"), org("Commission", "ec-commission"),
        per("Edgar Pye"), org("UKASTA", "ukasta"), per("Pye", "edgar-pye"), pl("Glasgow"),
        org("European Court of Justice"), org("FEFAC", "fefac"),
    ],
    "reuters-650": [
        org("TYLAN", "tylan"), org("Tylan Corp", "tylan"), org("Bank of America"), org("First Los Angeles Bank"),
        org("Tylan"),
    ],
    "reuters-6616": [
        org("FINANCIAL SECURITY", "financial-security-savings-and-loan"),
        org("Financial Security Savings and Loan Association", "financial-security-savings-and-loan"),
        pl("Sunrise"), pl("Fla.", "florida"), org("Fortune Financial Group Inc", "fortune-financial-group"),
        pl("Clearwater"),
    ],
    "reuters-8608": [
        per("YEUTTER", "clayton-yeutter"), *US, pl("JAPAN", "japan"), per("Clayton Yeutter"), pl("Japan"),
        per("Yeutter", "clayton-yeutter"), pl("New Zealand"), oth("Uruguay", "uruguay-round"),
        org("General Agreement on Trade and Tariffs", "gatt"), org("GATT", "gatt"), pl("Kansai"), pl("Osaka"),
        *REUTER,
    ],
    "reuters-8964": [
        org("PDVSA", "pdvsa"), org("Petroeleos de Venezuela", "pdvsa"), per("Arturo Hernandez Grisanti"),
        per("Hernandez", "arturo-hernandez-grisanti"), pl("Venezuela"), org("Central Bank", "venezuela-central-bank"),
    ],
}


# Pairs of entity ids (both annotated above) that share a word or look alike but are different
# things (e.g. a person and a company named after him, a city and an organisation named after
# it, two people with one name, a country and its capital).
MUST_NOT_MERGE = [
    # one name, word or initial, two things
    ["nestor-kirchner", "hugo-chavez"], ["pdvsa", "petrobras"], ["enarsa", "pdvsa"], ["television-sur", "petrobras"],
    ["ephraim-inoni", "fidelis-nanga"], ["bbc", "network-africa"], ["transparency-international", "bbc"],
    ["shanda-interactive-entertainment", "sina"], ["new-york-stock-exchange", "nasdaq"], ["sec", "nasdaq"],
    ["wallace-cheung", "dbs-vickers"],
    ["yili", "mengniu-dairy"], ["mengniu-dairy", "bright-dairy"], ["yili", "bright-dairy"],
    ["zheng-junhuai", "chen-huiqin"], ["huatai-securities", "xinhua"], ["chen-huiqin", "huatai-securities"],
    ["honda", "chongqing-lifan-industry-group"], ["paws-incorporated", "garfield"], ["yamaha", "honda"],
    ["general-motors", "toyota"], ["european-union", "wto"], ["european-union", "european-community"],
    ["yukos", "yuganskneftegas"], ["rosneft", "gazprom"], ["yuganskneftegas", "rosneft"],
    ["deutsche-bank", "credit-suisse-first-boston"], ["vladimir-putin", "mikhail-khodorkovsky"],
    ["mike-lake", "vadim-mitroshin"], ["letitia-clark", "mike-lake"],
    ["sideways", "paul-giamatti"], ["kinsey", "alfred-kinsey"], ["liam-neeson", "alfred-kinsey"],
    ["independent-spirit-awards", "oscars"], ["oscars", "sundance-film-festival"],
    ["brother-to-brother", "robbing-peter"], ["primer", "motorcycle-diaries"], ["walter-salles", "motorcycle-diaries"],
    ["woodsman", "kevin-bacon"], ["garden-state", "zach-braff"], ["scrubs", "zach-braff"],
    ["door-in-the-floor", "garden-state"], ["selma-blair", "dennis-quaid"], ["alexander-payne", "about-schmidt"],
    ["jack-nicholson", "about-schmidt"], ["maria-full-of-grace", "napoleon-dynamite"],
    ["michael-london", "michael-howard"], ["michael-landes", "michael-chicoine"],
    ["jack-straw", "jack-nicholson"], ["miguel-moratinos", "jose-maria-pons"], ["peter-caruana", "dominick-chilcott"],
    ["danny-kruger", "alan-milburn"], ["michael-howard", "tony-blair"], ["guardian", "conservative-party"],
    ["hewlett-packard", "office-of-fair-trading"], ["computeractive-magazine", "hewlett-packard"],
    ["lokitorrent", "bittorrent"], ["phoenix-torrents", "suprnova"], ["edonkey", "bittorrent"],
    ["lokitorrent", "phoenix-torrents"], ["mpaa", "lokitorrent"],
    ["william-trowbridge", "michael-chicoine"], ["fbi", "us-justice-department"],
    ["direct-connect", "underground-network"], ["operation-digital-gridlock", "fbi"],
    ["sun-microsystems", "sun-grid"], ["sun-microsystems", "sun-chemical"], ["sun-grid", "solaris"],
    ["network-computing", "sun-microsystems"], ["sun-microsystems", "ibm"], ["solaris", "sun-microsystems"],
    ["jonathan-schwartz", "albert-schwartz"],
    ["andreas-papandreou", "constantine-mitsotakis"], ["turgut-ozal", "andreas-papandreou"],
    ["harilaos-florakis", "mihalis-dounas"], ["nato", "united-nations"],
    ["international-court-of-justice", "european-court-of-justice"], ["international-court-of-justice", "united-nations"],
    ["japan-parliament", "japan-lower-house"],
    ["savin", "sun-chemical"], ["computer-products", "sec"],
    ["taft-broadcasting", "tvx-broadcast-group"], ["salomon-inc", "salomon-brothers"],
    ["berliner-bank", "banque-paribas-capital-markets"],
    ["scandinavia-fund", "vbi"], ["erik-martin-vik", "alexander-vik"], ["alexander-vik", "alexander-payne"],
    ["ingemar-rydin-industritillbehor-ab", "vbi"], ["bjorn-carlson", "scandinavia-fund"],
    ["jean-claude-duvalier", "sacred-heart-brothers"],
    ["tocom", "miti"],
    ["belga", "sabena"],
    ["tandon-computer", "intel"], ["intel-80386", "intel"], ["pac-286", "personal-data-pac"], ["ad-pac", "pac-286"],
    ["personal-data-pac", "tandon-computer"],
    ["boliden", "petromin"], ["kjell-nilsson", "goran-paulson"],
    ["unitel-video", "michael-landes"], ["albert-schwartz", "michael-landes"],
    ["brian-mulroney", "brian-peckford"], ["david-peterson", "don-getty"],
    ["carlton-communications", "central-independent-television"], ["ladbroke-group", "carlton-communications"],
    ["central-independent-television", "venezuela-central-bank"],
    ["european-community", "ec-commission"], ["ukasta", "fefac"], ["european-court-of-justice", "european-community"],
    ["edgar-pye", "ukasta"],
    ["tylan", "bank-of-america"], ["first-los-angeles-bank", "bank-of-america"],
    ["financial-security-savings-and-loan", "fortune-financial-group"],
    ["uruguay-round", "gatt"],
    ["pdvsa", "venezuela-central-bank"], ["arturo-hernandez-grisanti", "pdvsa"],
    # an organisation, work, event or facility named after a place, or a place inside a name
    ["argentina", "enarsa"], ["venezuela", "pdvsa"], ["brazil", "petrobras"], ["buenos-aires", "argentina"],
    ["venezuela", "television-sur"], ["argentina", "chile"], ["venezuela", "bolivia"],
    ["cameroon", "yaounde"],
    ["new-york", "new-york-stock-exchange"], ["beijing", "china"], ["china", "shanda-interactive-entertainment"],
    ["united-states", "sec"], ["china", "xinhua"], ["china", "yili"],
    ["japan", "honda"], ["china", "chongqing-lifan-industry-group"], ["russia", "ukraine"],
    ["south-korea", "indonesia"], ["thailand", "indonesia"],
    ["united-states", "russia"], ["russia", "yukos"], ["russia", "gazprom"],
    ["los-angeles", "hollywood"], ["los-angeles", "first-los-angeles-bank"], ["michael-london", "london"],
    ["gibraltar", "united-kingdom"], ["gibraltar", "spain"], ["madrid", "spain"], ["kent", "chevening"],
    ["europe", "united-kingdom"],
    ["kashmir", "line-of-control"], ["india", "pakistan"], ["islamabad", "pakistan"], ["amritsar", "golden-temple"],
    ["lahore", "karachi"], ["mumbai", "india"], ["sindh", "rajasthan"], ["srinagar", "muzaffarabad"],
    ["kashmir", "india"],
    ["sedgefield", "danny-kruger"], ["united-kingdom", "conservative-party"],
    ["georgia-us-state", "united-states"], ["united-kingdom", "office-of-fair-trading"], ["europe", "united-states"],
    ["hollywood", "mpaa"], ["dallas", "hollywood"], ["united-states", "mpaa"],
    ["united-states", "us-justice-department"], ["united-states", "fbi"],
    ["california", "sun-microsystems"],
    ["manhattan", "restaurant-associates"], ["manhattan", "new-york"],
    ["greece", "turkey"], ["aegean-sea", "greece"], ["aegean-sea", "evros-river"], ["washington", "united-states"],
    ["us-defense-department", "washington"], ["the-hague", "international-court-of-justice"],
    ["japan", "japan-parliament"], ["kiichi-miyazawa", "japan"],
    ["philadelphia", "washington"], ["fort-worth", "dallas"], ["houston", "tvx-broadcast-group"], ["miami", "houston"],
    ["berlin", "berliner-bank"], ["luxembourg", "berlin"],
    ["turks-and-caicos-islands", "vbi"],
    ["northern-haiti", "haiti"], ["cap-haitien", "haiti"], ["jean-claude-duvalier", "haiti"],
    ["english-channel", "ostend"], ["belgium", "belga"], ["belgium", "sabena"], ["antwerp", "ghent"],
    ["sweden", "boliden"], ["northern-sweden", "sweden"], ["ronnskar", "boliden"], ["saudi-arabia", "petromin"],
    ["mahd-adh-dhahab", "saudi-arabia"], ["ronnskar", "northern-sweden"],
    ["new-york", "unitel-video"],
    ["canada", "united-states"], ["ontario", "newfoundland"], ["alberta", "ontario"], ["us-congress", "united-states"],
    ["columbus", "cummins-engine"],
    ["norway", "south-africa"], ["namibia", "south-africa"],
    ["united-kingdom", "ukasta"], ["glasgow", "united-kingdom"],
    ["sunrise", "clearwater"], ["florida", "clearwater"], ["fortune-financial-group", "clearwater"],
    ["japan", "united-states"], ["kansai", "osaka"], ["japan", "kansai"],
    ["venezuela", "venezuela-central-bank"],
]
