"""Hand annotation of news_gold20 (see build_news_gold20.py): made blind, by reading the text,
by one annotator, with no extractor output in sight. It follows NEWS_NOTES and the DECISIONS
of news_gold3_spec.py, news_gold4_spec.py, news_gold5_spec.py, news_gold6_spec.py,
news_gold7_spec.py, news_gold8_spec.py, news_gold9_spec.py, news_gold10_spec.py,
news_gold11_spec.py, news_gold12_spec.py, news_gold13_spec.py, news_gold14_spec.py,
news_gold15_spec.py, news_gold16_spec.py, news_gold17_spec.py, news_gold18_spec.py and
news_gold19_spec.py; the new choices taken beyond those are listed in DECISIONS below."""
from build_news_gold import REUTER, UK, US, org, oth, per, pl

DECISIONS = """\
- A book series' title written for one book of it is that book, by its context, as news_gold9's
  headline "Fockers" and news_gold19's "Nathan Barley": "New Harry Potter tops book chart" and
  "the sixth Harry Potter" are the sixth book, "Harry Potter and the Half-Blood Prince" (OTHER,
  one id), while "Harry Potter's sixth year at Hogwarts" and the bare "Harry" are the character
  (PERSON harry-potter-character, not news_gold15's film series harry-potter); "the Half-Blood
  Prince", a character the book is named after ("the Half-Blood Prince is neither Harry nor
  Voldemort"), is a PERSON of its own, the title holding it not annotated separately; "Harry
  Potter and Order of the Phoenix" is marked as written; "Lord Voldemort" loses the title
  ("Voldemort", news_gold5's "Lord"); "Hogwarts School of Witchcraft and Wizardry", a fictional
  school, is an institution (ORG), as news_gold18's colleges and news_gold11's fictional company;
  "Hot 100", Amazon's named books chart, is a named ranking (OTHER, news_gold18's "Top 500");
  "amazon.co.uk" is a website (OTHER, news_gold5), "Amazon" the company (amazon-com).
- Stage: "Broadway", the New York theatre district ("Broadway play", "Broadway revival"), is a
  PLACE like news_gold2's "West End"; "Ethel Barrymore Theatre", a theatre that is only a venue,
  is a PLACE (news_gold18); titles with a colon are one work each ("Robin Hood: Prince of
  Thieves", "Churchill: The Hollywood Years", "Lord Of the Rings: The Return Of the King",
  news_gold10's "CSI: Crime Scene Investigation"), a name inside not annotated; the character
  "Tom", whose "domineering mother" is Amanda Wingfield, gets the family name the article gives
  (tom-wingfield, news_gold12's first-name rule).
- Films named as a kind of blockbuster ("another Spider-Man or Batman") are the films (OTHER);
  the film "10" ("a remake of 10 taking Dudley Moore's part") is a work though written as a
  number; "the US version of The Office" holds US and the series the-office.
- "Brazil's ... Congress" written with a capital ("the country's Congress") is that country's
  legislature (ORG brazilian-congress), as "Congress" is us-congress in U.S. stories;
  "Mr Lula's Worker Party", the party as a noun, is an ORG marked as written (workers-party);
  "Latin Trade Magazine" is a magazine (ORG, news_gold9's "Stuff Magazine"); "the Central Bank"
  is Brazil's (brazil-central-bank, news_gold14).
- "Barclay's Capital" is a slip for Barclays Capital, marked as written with the "'s" inside
  the span (ORG barclays-capital), as news_gold13 keeps an "'s" that belongs to a name;
  "Changi Airport" is an airport's own name (PLACE, news_gold5).
- "Santa Clara California Superior Court" is one ORG span as written, the county and state inside
  not annotated, with the id of news_gold19's court (santa-clara-county-superior-court);
  "MacWorld" before a lower-case "conference" is the event (OTHER macworld), as news_gold5's
  "Dow Jones industrial index"; "PowerMac G4" is a product (OTHER).
- Services and shows: "Google Video beta" holds "Google Video" (OTHER google-video, a named
  service, the lower-case "beta" outside); "blinkx.tv", named as a search service, is OTHER
  (news_gold5's websites); "Extras" (a sitcom), "Big Brother" (the show, id big-brother, not
  news_gold18's celebrity-big-brother) and "Flanimals" (a cartoon book) are works (OTHER).
- Football: "Mottram Hall hotel" holds "Mottram Hall" (PLACE, a venue, news_gold9's "Beverly
  Hilton hotel"), and "Manchester United's nearby Carrington complex" the club and "Carrington"
  (PLACE, the training ground named by itself); "the 2006 World Cup" is fifa-world-cup, the year
  outside (news_gold10); "Moldova at home" and "Italy's friendly with Russia" are sides written
  as countries (PLACE, news_gold3).
- Tennis: "ABN AMRO World Tennis Tournament" and "Kooyong Classic" are events, one OTHER span
  each, the sponsor or place inside not annotated (news_gold15's "Norwich Union Grand Prix"),
  "Kooyong Classic" distinct from the place kooyong of news_gold2; "Spain captain Jordi Arrese"
  holds Spain (news_gold18's "Scotland manager"); a player named only by his surname ("Nadal")
  gets a surname id (news_gold6); "the same Juan Carlos" and "I've found David" are the bare
  first names of the players named in full (news_gold7).
- "Currency Transaction Reports", a kind of filing the IRS receives, is a class of document, like
  news_gold6's "Treasury bonds" and news_gold9's award categories: not a mention; "Painewebber",
  written once so for PaineWebber, is marked as written with its id (painewebber).
- "the Social Christian parties" is a party word before a lower-case noun, naming no one party
  (news_gold13): not a mention. "CGER savings bank, CGER" holds "CGER" twice, and "CGER
  vice-president" once, one ORG (cger): the text does not tell the bank and the institution
  apart by name (news_gold4's short form getting the entity it means); "Le Soir" keeps its
  French article (news_gold14's "Der Speigel").
- "BANKAMERICA" in the headline is the parent BankAmerica (ORG bankamerica), as news_gold10's
  "MANUFACTURERS HANOVER <MHC>", distinct from the body's bank "Bank of America NT and SA"
  (bank-of-america, also "Bank of America" before a role and as a possessive); "West German Visa
  credit card operation" and "the Visa organisation" hold Visa (ORG visa), an organisation whose
  name is also its card brand (news_gold6's "Commodore").
- A named oil or gas well ("WEQB-1 exploratory well") is a named facility (PLACE weqb-1), as
  news_gold13's lease tracts and news_gold8's plants; "Seabrook nuclear power project",
  "Peach Bottom nuclear power plant" and "Limerick, our other nuclear plant" hold the plants
  (PLACE seabrook, peach-bottom, limerick-nuclear-plant).
- "Maine PUblic Utilities Commission" is split into Maine and the commission (news_gold8's
  "Texas Public Utilities Commission"), the odd capital a slip marked as written
  (maine-public-utilities-commission); "U.S. Interior Department's Bureau of Mines" holds U.S.,
  "Interior Department" and "Bureau of Mines" (two ORGs), and "Office of Compliance of the U.S.
  Food and Drug Administration" holds "Office of Compliance" (an organ of the FDA, ORG,
  news_gold8), U.S. and "Food and Drug Administration" (fda); "Glycel products" holds the product
  line (OTHER glycel).
- "Annual Development Programme" before "budget" and "Industrial Programme Credit" before
  "scheme" are named programmes (OTHER, news_gold15's "Export Enhancement Program"), the
  lower-case generic outside; "Castro said cuba will" holds the lower-case "cuba" (PLACE cuba,
  marked as written, news_gold13); the headline "COCOA PACT" is a common noun for the agreement
  and holds none (news_gold19's "APPEALS COURT")."""

SPEC = {
    "bbc-business-305": [
        pl("Brazil"), org("Congress", "brazilian-congress"), per("Luiz Inacio Lula da Silva"),
        per("Lula", "luiz-inacio-lula-da-silva"), org("Worker Party", "workers-party"), per("Andreas Adriano"),
        org("Latin Trade Magazine"), per("Adriano", "andreas-adriano"), org("Central Bank", "brazil-central-bank"),
    ],
    "bbc-business-318": [
        org("Yukos"), pl("Russia"), org("Yuganskneftegas"), pl("Moscow"), org("Baikal Finance Group"),
        org("Baikal", "baikal-finance-group"), org("Gazprom"), per("Mikhail Khodorkovsky"),
        per("Khodorkovsky", "mikhail-khodorkovsky"), org("Interfax"), *US, per("Ronald Smith"),
        org("Renaissance Capital"), per("Oleg Maximov"), org("Troika Dialog"), org("Menatep"),
    ],
    "bbc-business-499": [
        org("China Aviation", "china-aviation-oil"), org("China Aviation Oil"), org("CAO", "china-aviation-oil"),
        pl("Singapore"), org("Barings Bank"), per("Chen Jiulin"), pl("Changi Airport"), pl("China"),
        org("Barclay's Capital", "barclays-capital"), org("Sumitomo Mitsui"), org("SK Energy"),
        org("China Aviation Oil Holding Company"), pl("Beijing"),
    ],
    "bbc-entertainment-019": [
        per("Slater", "christian-slater"), pl("Broadway"), per("Christian Slater"), per("Tom", "tom-wingfield"),
        oth("Glass Menagerie"), per("Dallas Roberts"), per("Tennessee Williams"), per("Roberts", "dallas-roberts"),
        per("Joey Collins"), oth("One Flew Over the Cuckoo's Nest", "one-flew-over-the-cuckoos-nest"), pl("London"),
        pl("West End"), oth("Heathers"), oth("Robin Hood: Prince of Thieves"), oth("Churchill: The Hollywood Years"),
        pl("New York"), pl("Ethel Barrymore Theatre"), per("Philip Rinaldi"), per("David Leveaux"),
        per("Jessica Lange"), per("Amanda Wingfield"),
    ],
    "bbc-entertainment-025": [
        oth("re:Harry Potter(?= tops)", "harry-potter-and-the-half-blood-prince"),
        oth("Harry Potter and the Half-Blood Prince"), org("Amazon", "amazon-com"), oth("amazon.co.uk"),
        per("Rowling", "jk-rowling"), *UK, *US, pl("Canada"), pl("Australia"), pl("New Zealand"),
        pl("South Africa"), per("JK Rowling"), oth("Harry Potter and Order of the Phoenix"), oth("Hot 100"),
        oth("re:(?<=sixth )Harry Potter", "harry-potter-and-the-half-blood-prince"), per("Robin Terrell"),
        per("re:Harry Potter(?='s sixth year)", "harry-potter-character"),
        org("Hogwarts School of Witchcraft and Wizardry"), per("Voldemort"), per("Half-Blood Prince"),
        per("Harry", "harry-potter-character"),
    ],
    "bbc-entertainment-092": [
        per("Foxx", "jamie-foxx"), oth("Globe", "golden-globes"), *US, per("Jamie Foxx"),
        oth("Golden Globe", "golden-globes"), per("Meryl Streep"), per("Morgan Freeman"), per("Cate Blanchett"),
        oth("Collateral"), oth("Ray"), per("Clive Owen"), per("David Carradine"), per("Natalie Portman"),
        oth("Golden Globes", "golden-globes"), pl("Hollywood"), oth("Lord Of the Rings: The Return Of the King"),
        oth("Lost In Translation"), per("Sean Penn"), per("Charlize Theron"), per("Tim Robbins"),
        per("Renee Zellweger"), oth("Oscars"),
    ],
    "bbc-entertainment-167": [
        per("Gervais", "ricky-gervais"), pl("Hollywood"), per("Samuel L Jackson"), per("Ben Stiller"),
        per("Ricky Gervais"), org("BBC News", "bbc-news"), oth("Extras"), per("Jude Law"), per("Kate Winslet"),
        oth("Big Brother"), per("Stiller", "ben-stiller"), per("Jackson", "samuel-l-jackson"),
        oth("re:(?<=remake of )10", "10-film"), per("Dudley Moore"), per("Stephen Merchant"), oth("Flanimals"), *US,
        org("NBC", "nbc"), oth("Office", "the-office"), oth("Spider-Man"), oth("Batman"),
    ],
    "bbc-politics-377": [
        *US, *UK, pl("America", "united-states"), per("Tessa Jowell"), oth("Gambling Bill"),
        per("Jowell", "tessa-jowell"), org("Times", "the-times"), org("British Casino Association"),
        pl("Las Vegas"),
    ],
    "bbc-sport-128": [
        per("Smith", "walter-smith"), pl("Scotland"), per("Walter Smith"), pl("Manchester"),
        oth("World Cup", "fifa-world-cup"), pl("Moldova"), pl("Mottram Hall"), pl("Cheshire"),
        org("Manchester United"), pl("Carrington"), pl("Sardinia"), pl("Italy"), pl("Russia"),
    ],
    "bbc-sport-423": [
        per("Ferrero", "juan-carlos-ferrero"), per("Juan Carlos Ferrero"), oth("French Open"), org("BBC Sport"),
        per("Juan Carlos", "juan-carlos-ferrero"), oth("ABN AMRO World Tennis Tournament"), pl("Rotterdam"),
        per("Rainer Schuettler"), per("David Nalbandian"), per("Joachim Johansson"), pl("Marseille"),
        oth("Davis Cup"), pl("Spain"), per("Jordi Arrese"), pl("USA", "united-states"), per("Nadal"),
    ],
    "bbc-sport-468": [
        per("Henman", "tim-henman"), per("Tim Henman"), per("David Nalbandian"), oth("Kooyong Classic"),
        per("Roger Federer"), oth("Australian Open"), per("Gaston Gaudio"), per("Andre Agassi"),
        per("Nicolas Massu"), per("Andy Roddick"), per("Ivan Ljubicic"), per("Paradorn Srichaphan"),
        per("Nalbandian", "david-nalbandian"), per("David", "david-nalbandian"), per("Federer", "roger-federer"),
        oth("French Open"), per("Gaudio", "gaston-gaudio"), pl("Doha"), per("Agassi", "andre-agassi"),
        per("Massu", "nicolas-massu"),
    ],
    "bbc-tech-058": [
        org("BT", "bt"), org("British Telecom", "bt"), org("AOL", "aol"), *UK, per("Duncan Ingram"),
        per("Ingram", "duncan-ingram"), org("Plusnet"), org("UK Online"), pl("Japan"), pl("South Korea"),
    ],
    "bbc-tech-076": [
        org("Google"), oth("Google Video"), *US, per("Jonathan Rosenberg"), org("PBS", "pbs"), org("NBA", "nba"),
        org("Fox News"), org("C-SPAN", "c-span"), org("BBC News", "bbc-news"), org("Yahoo"), org("Financial Times"),
        org("Bloomberg"), org("BBC", "bbc"), org("BSkyB", "bskyb"), oth("blinkx.tv"),
    ],
    "bbc-tech-248": [
        org("Apple", "apple-computer"), oth("MacWorld", "macworld"), pl("San Francisco"),
        org("Santa Clara California Superior Court", "santa-clara-county-superior-court"), oth("iPod", "ipod"),
        oth("PowerMac G4"),
    ],
    "reuters-10904": [
        org("DRAVO", "dravo"), org("Dravo Corp", "dravo"), org("Dravo"),
    ],
    "reuters-11843": [
        pl("MALAYSIA", "malaysia"), pl("Malaysia"), oth("International Cocoa Agreement"),
        oth("ICCA", "international-cocoa-agreement"), pl("London"),
        org("Ministry of Primary Industries", "malaysian-ministry-of-primary-industries"), *REUTER,
    ],
    "reuters-11957": [
        *US, org("Census Bureau", "us-census-bureau"),
    ],
    "reuters-12354": [
        org("BANGOR HYDRO-ELECTRIC", "bangor-hydro-electric"), org("Bangor Hydro-Electric Co", "bangor-hydro-electric"),
        pl("Maine"), org("PUblic Utilities Commission", "maine-public-utilities-commission"), pl("Seabrook"),
    ],
    "reuters-13116": [
        *US, org("Interior Department", "us-interior-department"), org("Bureau of Mines", "us-bureau-of-mines"),
    ],
    "reuters-1367": [
        org("POWER CORP OF CANADA", "power-corp-of-canada"),
    ],
    "reuters-15187": [
        org("PHILADELPHIA ELECTRIC", "philadelphia-electric"), org("Philadelphia Electric Co", "philadelphia-electric"),
        pl("Peach Bottom"), per("J. Lee Everett", "j-lee-everett"), org("Nuclear Regulatory Commission", "nrc"),
        org("NRC", "nrc"), per("Everett", "j-lee-everett"), org("Philadelphia Electric"),
        pl("Limerick", "limerick-nuclear-plant"),
    ],
    "reuters-15203": [
        pl("CUBA", "cuba"), pl("Cuba"), per("Fidel Castro"), per("Castro", "fidel-castro"), pl("cuba", "cuba"),
        org("Comecon"), *REUTER,
    ],
    "reuters-16994": [
        org("ALFIN", "alfin"), org("FDA", "fda"), org("Alfin Inc", "alfin"), org("Office of Compliance", "fda-office-of-compliance"),
        *US, org("Food and Drug Administration", "fda"), oth("Glycel"),
        oth("Federal Food, Drug and Cosmetic Act", "federal-food-drug-and-cosmetic-act"),
    ],
    "reuters-19231": [
        org("DIGICON", "digicon"), org("Digicon Inc", "digicon"), org("Digicon Finance N.V.", "digicon-finance"),
        org("Digicon"),
    ],
    "reuters-20267": [
        pl("COLOMBO", "colombo"), pl("Colombo"), *REUTER,
    ],
    "reuters-20382": [
        org("IBC", "ibc"), org("Brazilian Coffee Institute", "ibc"), *REUTER, per("Jorio Dauster"),
        org("National Coffee Policy Council", "cnpc"), org("CNPC", "cnpc"), org("Sao Paulo Mercantile Exchange"),
        pl("Brasilia"), pl("Brazil"), org("ICO", "ico"),
    ],
    "reuters-3779": [
        per("Guy Verhofstadt"), org("Sabena"), per("Verhofstadt", "guy-verhofstadt"), pl("Belgium"), org("SNI", "sni"),
        org("Maritime Transport Authority"), org("Distrigaz"), org("CGER", "cger"), org("Le Soir"),
        per("Paul Henrion"), per("Henrion", "paul-henrion"), *REUTER,
    ],
    "reuters-4461": [
        org("PAINEWEBBER", "painewebber"), org("PaineWebber Inc", "painewebber"), org("PaineWebber", "painewebber"),
        per("Gary Eder"), per("Eder", "gary-eder"), org("Internal Revenue Service", "irs"), org("IRS", "irs"),
        org("Painewebber", "painewebber"), per("David Spears"),
    ],
    "reuters-4642": [
        pl("BANGLADESH", "bangladesh"), org("WORLD BANK", "world-bank"), pl("Bangladesh"), org("World Bank"),
        org("Finance Ministry", "bangladesh-finance-ministry"), oth("Annual Development Programme"),
        pl("Washington"), oth("Industrial Programme Credit"), pl("Paris"), *REUTER,
    ],
    "reuters-468": [
        org("JUTLAND TELEPHONE", "jutland-telephone"), org("Jutland Telephone Co", "jutland-telephone"),
        org("Union Bank of Switzerland", "ubs"), *REUTER,
    ],
    "reuters-550": [
        org("BANKAMERICA", "bankamerica"), org("Bank of America NT and SA", "bank-of-america"),
        org("Bankhaus Centrale Credit AG", "bankhaus-centrale-credit"), org("Visa", "visa"),
        per("Michael Seibel"), org("Bank of America"), org("Bankhaus Centrale Credit"),
    ],
    "reuters-6234": [
        org("ACADEMY INSURANCE GROUP INC", "academy-insurance-group"),
    ],
    "reuters-651": [
        org("NACCO INDUSTRIES", "nacco-industries"), org("Nacco Industries Inc", "nacco-industries"),
        org("Capco"), org("Quarto Mining Co", "quarto-mining"), org("Nacco", "nacco-industries"),
        org("North American Coal Co", "north-american-coal"), org("Quarto", "quarto-mining"),
        org("North American Coal"), org("Ohio Edison Co", "ohio-edison"), org("Centerior Energy Corp", "centerior-energy"),
    ],
    "reuters-6660": [
        org("AMOCO", "amoco-corp"), pl("TRINIDAD", "trinidad"), org("Amoco Corp", "amoco-corp"),
        pl("WEQB-1", "weqb-1"), pl("Galeota Point"), pl("Trinidad"),
    ],
    "reuters-767": [
        org("UNION NATIONAL", "union-national-corp"), org("Union National Corp"),
        org("First National Bank and Trust Co of Washington"), org("Second National Bank of Masontown"),
        org("Second National", "second-national-bank-of-masontown"), org("Union National", "union-national-corp"),
    ],
    "reuters-8043": [
        org("MACMILLAN BLOEDEL", "macmillan-bloedel"), org("MacMillan Bloedel Ltd", "macmillan-bloedel"), *US,
        pl("Europe"),
    ],
    "reuters-8309": [
        per("BAKER", "james-baker"), per("James Baker"), org("Inter-American Development Bank"), *US,
    ],
    "reuters-8472": [
        org("REXHAM", "rexham"), org("Rexham Corp", "rexham"), org("Nortek Inc", "nortek"), org("Nortek"),
        pl("Providence"), pl("R.I.", "rhode-island"), org("Rexham"),
    ],
    "reuters-9096": [
        pl("BRAZIL", "brazil"), pl("Brazil"), per("Anibal Teixeira de Souza"),
        per("Teixeira", "anibal-teixeira-de-souza"), per("Joao Sayad"), pl("Brasilia"),
        per("Sayad", "joao-sayad"), per("Dilson Funaro"),
    ],
    "reuters-9485": [
        org("ENCOR", "encor-energy"), org("Encor Energy Corp Inc", "encor-energy"), pl("Canada"),
        org("Encor", "encor-energy"), org("Dome Petroleum Ltd", "dome-petroleum"),
        org("McLeod Young Weir Ltd", "mcleod-young-weir"), org("Pemberton Houston Willoughby Bell Gouinlock Inc",
                                                                  "pemberton-houston-willoughby-bell-gouinlock"),
        org("Aberford Resources Ltd", "aberford-resources"), org("Aberford", "aberford-resources"),
    ],
}


# Pairs of entity ids (both annotated above) that share a word or look alike but are different
# things (e.g. a person and a company named after him, a city and an organisation named after
# it, two people with one name, a country and its capital).
MUST_NOT_MERGE = [
    # one name, word or initial, two things
    ["luiz-inacio-lula-da-silva", "andreas-adriano"], ["workers-party", "brazilian-congress"],
    ["brazil-central-bank", "latin-trade-magazine"],
    ["yukos", "yuganskneftegas"], ["baikal-finance-group", "gazprom"], ["gazprom", "yuganskneftegas"],
    ["mikhail-khodorkovsky", "oleg-maximov"], ["renaissance-capital", "troika-dialog"], ["menatep", "yukos"],
    ["ronald-smith", "walter-smith"], ["interfax", "yukos"],
    ["china-aviation-oil", "china-aviation-oil-holding-company"], ["barings-bank", "barclays-capital"],
    ["sumitomo-mitsui", "sk-energy"], ["chen-jiulin", "china-aviation-oil"],
    ["christian-slater", "dallas-roberts"], ["tom-wingfield", "amanda-wingfield"], ["glass-menagerie", "tennessee-williams"],
    ["joey-collins", "dallas-roberts"], ["robin-hood-prince-of-thieves", "heathers"],
    ["churchill-the-hollywood-years", "hollywood"], ["david-leveaux", "philip-rinaldi"],
    ["harry-potter-and-the-half-blood-prince", "harry-potter-character"],
    ["harry-potter-and-the-half-blood-prince", "harry-potter-and-order-of-the-phoenix"],
    ["half-blood-prince", "harry-potter-and-the-half-blood-prince"], ["half-blood-prince", "voldemort"],
    ["harry-potter-character", "voldemort"], ["amazon-com", "amazon-co-uk"], ["hot-100", "amazon-com"],
    ["jk-rowling", "robin-terrell"], ["hogwarts-school-of-witchcraft-and-wizardry", "harry-potter-character"],
    ["jamie-foxx", "golden-globes"], ["golden-globes", "oscars"], ["collateral", "ray"],
    ["lord-of-the-rings-the-return-of-the-king", "lost-in-translation"], ["sean-penn", "tim-robbins"],
    ["meryl-streep", "cate-blanchett"], ["clive-owen", "david-carradine"], ["charlize-theron", "renee-zellweger"],
    ["ricky-gervais", "stephen-merchant"], ["samuel-l-jackson", "ben-stiller"], ["extras", "the-office"],
    ["jude-law", "kate-winslet"], ["flanimals", "extras"], ["spider-man", "batman"], ["10-film", "dudley-moore"],
    ["big-brother", "extras"], ["bbc-news", "nbc"],
    ["tessa-jowell", "british-casino-association"], ["gambling-bill", "british-casino-association"],
    ["the-times", "financial-times"],
    ["walter-smith", "manchester-united"], ["mottram-hall", "carrington"], ["fifa-world-cup", "davis-cup"],
    ["juan-carlos-ferrero", "jordi-arrese"], ["david-nalbandian", "rainer-schuettler"],
    ["joachim-johansson", "nadal"], ["french-open", "australian-open"], ["davis-cup", "french-open"],
    ["abn-amro-world-tennis-tournament", "kooyong-classic"], ["bbc-sport", "bbc-news"],
    ["tim-henman", "roger-federer"], ["gaston-gaudio", "nicolas-massu"], ["andre-agassi", "andy-roddick"],
    ["ivan-ljubicic", "paradorn-srichaphan"], ["david-nalbandian", "david-carradine"],
    ["david-nalbandian", "david-spears"],
    ["bt", "aol"], ["plusnet", "uk-online"], ["duncan-ingram", "bt"],
    ["google", "google-video"], ["yahoo", "google"], ["bbc", "bbc-news"], ["bbc", "bskyb"], ["fox-news", "nbc"],
    ["pbs", "c-span"], ["financial-times", "bloomberg"], ["jonathan-rosenberg", "google"],
    ["blinkx-tv", "google-video"],
    ["apple-computer", "ipod"], ["apple-computer", "macworld"], ["ipod", "powermac-g4"],
    ["santa-clara-county-superior-court", "apple-computer"],
    ["international-cocoa-agreement", "malaysian-ministry-of-primary-industries"],
    ["bangor-hydro-electric", "maine-public-utilities-commission"], ["seabrook", "bangor-hydro-electric"],
    ["us-interior-department", "us-bureau-of-mines"], ["us-census-bureau", "us-bureau-of-mines"],
    ["philadelphia-electric", "peach-bottom"], ["peach-bottom", "limerick-nuclear-plant"], ["nrc", "philadelphia-electric"],
    ["j-lee-everett", "philadelphia-electric"],
    ["fidel-castro", "comecon"],
    ["alfin", "fda"], ["fda", "fda-office-of-compliance"], ["glycel", "alfin"],
    ["federal-food-drug-and-cosmetic-act", "fda"],
    ["digicon", "digicon-finance"],
    ["ibc", "cnpc"], ["ibc", "ico"], ["cnpc", "sao-paulo-mercantile-exchange"], ["jorio-dauster", "ibc"],
    ["guy-verhofstadt", "paul-henrion"], ["sabena", "sni"], ["distrigaz", "cger"], ["le-soir", "cger"],
    ["maritime-transport-authority", "sni"],
    ["painewebber", "irs"], ["gary-eder", "david-spears"],
    ["world-bank", "bangladesh-finance-ministry"], ["annual-development-programme", "industrial-programme-credit"],
    ["industrial-programme-credit", "world-bank"],
    ["jutland-telephone", "ubs"],
    ["bankamerica", "bank-of-america"], ["bank-of-america", "bankhaus-centrale-credit"], ["visa", "bank-of-america"],
    ["michael-seibel", "bank-of-america"],
    ["nacco-industries", "north-american-coal"], ["quarto-mining", "north-american-coal"], ["capco", "quarto-mining"],
    ["ohio-edison", "centerior-energy"], ["capco", "nacco-industries"],
    ["amoco-corp", "weqb-1"], ["weqb-1", "galeota-point"],
    ["union-national-corp", "first-national-bank-and-trust-co-of-washington"],
    ["first-national-bank-and-trust-co-of-washington", "second-national-bank-of-masontown"],
    ["union-national-corp", "second-national-bank-of-masontown"],
    ["james-baker", "inter-american-development-bank"],
    ["rexham", "nortek"],
    ["anibal-teixeira-de-souza", "joao-sayad"], ["dilson-funaro", "joao-sayad"],
    ["encor-energy", "dome-petroleum"], ["encor-energy", "aberford-resources"],
    ["mcleod-young-weir", "pemberton-houston-willoughby-bell-gouinlock"],
    # an organisation, work, event or facility named after a place, or a place inside a name
    ["brazil", "brazilian-congress"], ["brazil", "brazil-central-bank"], ["brasilia", "brazil"],
    ["russia", "moscow"], ["russia", "yukos"], ["united-states", "russia"],
    ["china", "china-aviation-oil"], ["china", "china-aviation-oil-holding-company"], ["singapore", "changi-airport"],
    ["beijing", "china"], ["singapore", "china"],
    ["broadway", "new-york"], ["london", "west-end"], ["ethel-barrymore-theatre", "broadway"],
    ["new-york", "ethel-barrymore-theatre"], ["tennessee-williams", "tom-wingfield"],
    ["united-kingdom", "united-states"], ["canada", "australia"], ["new-zealand", "australia"],
    ["south-africa", "south-korea"], ["amazon-co-uk", "united-kingdom"],
    ["hollywood", "golden-globes"], ["hollywood", "united-states"],
    ["united-states", "nbc"], ["the-office", "united-states"],
    ["united-states", "las-vegas"], ["united-kingdom", "british-casino-association"],
    ["united-kingdom", "uk-online"],
    ["scotland", "manchester"], ["manchester", "manchester-united"], ["manchester-united", "carrington"],
    ["cheshire", "mottram-hall"], ["italy", "sardinia"], ["moldova", "russia"],
    ["rotterdam", "abn-amro-world-tennis-tournament"], ["spain", "united-states"], ["marseille", "rotterdam"],
    ["french-open", "marseille"], ["united-states", "davis-cup"],
    ["kooyong-classic", "australian-open"], ["doha", "kooyong-classic"],
    ["united-kingdom", "bt"], ["japan", "south-korea"],
    ["united-states", "google-video"], ["united-states", "fox-news"],
    ["san-francisco", "macworld"], ["santa-clara-county-superior-court", "san-francisco"],
    ["malaysia", "international-cocoa-agreement"], ["london", "international-cocoa-agreement"],
    ["malaysia", "malaysian-ministry-of-primary-industries"],
    ["united-states", "us-census-bureau"], ["maine", "maine-public-utilities-commission"],
    ["united-states", "us-interior-department"], ["united-states", "fda"],
    ["power-corp-of-canada", "canada"],
    ["philadelphia-electric", "limerick-nuclear-plant"],
    ["cuba", "fidel-castro"],
    ["sao-paulo-mercantile-exchange", "brasilia"], ["brazil", "ibc"], ["brazil", "ico"],
    ["belgium", "sabena"], ["belgium", "le-soir"],
    ["bangladesh", "world-bank"], ["bangladesh", "bangladesh-finance-ministry"], ["washington", "paris"],
    ["washington", "first-national-bank-and-trust-co-of-washington"], ["washington", "world-bank"],
    ["bank-of-america", "united-states"],
    ["north-american-coal", "united-states"], ["ohio-edison", "nacco-industries"],
    ["trinidad", "galeota-point"], ["trinidad", "amoco-corp"],
    ["europe", "macmillan-bloedel"], ["united-states", "europe"],
    ["inter-american-development-bank", "united-states"],
    ["providence", "rhode-island"], ["nortek", "providence"],
    ["canada", "encor-energy"], ["canada", "dome-petroleum"],
]
