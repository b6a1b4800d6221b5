"""Fixed word lists of the rule extractor: words that are dates or numbers rather than
names, titles and ranks, the suffixes and table labels of company news, and the words
that never start or end a name. Plain data: what a word *is* in context is `words`'s
question."""
from __future__ import annotations

import calendar
import re

# Alone, a date rather than a name ("Christmas", "Ramadan"), as the days and months are;
# inside a name they stay ("Father Christmas", "Easter Island").
HOLIDAYS = frozenset("""christmas xmas easter ramadan thanksgiving hanukkah passover diwali halloween
    eid hogmanay lent advent pentecost""".split())
# Alone, no mention either: a government's yearly statement ("the Budget", "Budget papers"),
# the adjectives of events ("Olympic champion", "Paralympic team") and a cricket match ("the
# second Test", "Test cricket"), as the golds have it.
OCCASIONS = frozenset({"budget", "olympic", "paralympic", "test", "tests"})
# Words no name is alone, capitalised or not ("the U.S., Whose nominee", "Co., Had given";
# not "who": the band).
FUNCTION_WORDS = frozenset("""had has have having was were is are been being does did whose which whom
    what whether although though because while unless until since also however and or nor yet but if than
    then there these those this that he she they we his her its their our my your him them it""".split())
# Numbers written as words: one starts a name inside a sentence ("Six Nations"), never
# a person's ("Five", "Nine" are given names too).
SMALL_NUMBERS = frozenset("""one two three four five six seven eight nine ten eleven twelve thirteen
fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety""".split())
# Ranks that are surnames too, or end names of firms: last in a run, after a name, they
# are no title ("John Major", "Stephen King", "Elvis Bishop", "Burger King").
RANKS_ENDING_NAMES = frozenset({"king", "queen", "major", "general", "bishop", "prince", "judge", "marshal",
                                "lord", "cardinal", "sheriff", "baron"})
# Title words that name a role by themselves; the rest of PERSON_TITLES only modify one
# ("Deputy Defense Minister"), and may also start an organisation ("Defence Ministry").
CORE_TITLES = frozenset("""
mr mrs ms miss dr prof professor sir dame lord lady madam comrade president minister ministers
secretary chairman chairwoman chairperson chief general gen lieutenant lt colonel col major maj
captain capt commander admiral marshal sergeant senator sen governor gov rep reps mayor ambassador envoy
king queen prince princess emperor sultan sheikh emir pope cardinal bishop archbishop rev reverend
imam rabbi judge chancellor premier leader spokesman spokeswoman spokesperson director ceo mp mep msp
speaker councillor councilor commissioner inspector detective sheriff attorney undersecretary administrator
executive officer prosecutor coach manager striker midfielder defender goalkeeper representative
adm admiral sgt cpl brig brigadier cmdr supt fm pm treasurer
""".split())
# Everyday words that end the names of prizes, clubs, firms, works and sites, not surnames
# ("Booker Prize", "Sheffield United", "Warner Brothers", "Stanley Park").
NO_SURNAME = frozenset("""award awards prize prizes united city rovers wanderers athletic brothers bros music
    records park online mobile tv steel agreement treaty modern tree road street station hall house cup trophy
    open games show festival theatre studios pictures hotel motor motors central national international
    general factor files plan plus display management shop star tower town brother five ii iii catholic
    protestant european""".split())

# A romanised East Asian syllable: one group of vowels between at most three consonants (no
# l or r after one) and one final ("Jae", "chon", "Myung", "gwon", "Xiao"; not "Mart", "Coca", "Blu").
NAME_SYLLABLE = re.compile(
    r"^(?=[A-Z]?[a-z]{1,5}$)(?![b-df-hj-np-tv-z][lr])[b-df-hj-np-tv-z]{0,3}[aeiouy]{1,3}(?:ng|[nmlkptrh])?$", re.I)

# Upper-case words that are common nouns or units, not names.
COMMON_ACRONYMS = frozenset("""tv dvd cd pc gdp gnp cpi hiv aids dna gmt bst est pm am ok vat ceo cfo coo ipo
faq usb sms mp3 id pr hq ppm mph kmh rpm ad bc lcd hd p2p hdtv iptv uwb mms gprs drm rfid pvr dvr voip isp dsl gps
pda vcr wlan bse cjd mrsa cpu ppi rpi www html pdf sme smes fob cif epo thg hgh""".split())
MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
# A capitalised everyday word that starts a sentence just before a company's name and
# suffix belongs to the name ("Status Game Corp said", "General Host Corp") unless it is
# one of the function words (far commoner than this) or the adverbs that open a sentence.
COMPANY_START_ZIPF = 6.4
# Words that open a sentence before a name but never start one: prepositions, quantifiers
# ("Under Acme Corp's plan", "Some Acme Inc units"). An everyday adjective may start a
# company's name ("Great Universal Stores Plc", "General Signal Corp").
NEVER_START_A_COMPANY = frozenset("""after before under over since until about above below across against among
    at as by for from in into of on onto to toward towards upon with within without like near through during
    despite except some many most more much other others each every any all no both several few such own
    this that these those its their our his her one two when where why how what who if but and or so yet""".split())
# Ordinals that start banks' and firms' names ("First Union Corp", "Second National Bank").
ORDINAL_NAME_STARTS = frozenset({"first", "second", "third"})
BANK_HEADS = frozenset({"bank", "bancorp", "bancshares", "bankshares", "savings", "trust", "financial"})
SENTENCE_ADVERBS = frozenset("""meanwhile separately also however earlier later now then still yesterday today
    tomorrow both last first next rival analysts shareholders traders officials sources""".split())
# A party's member, written before a name or after a state: never part of either.
PARTY_MEMBERS = frozenset({"democrat", "republican", "tory", "conservative", "socialist", "communist", "nationalist",
                           "unionist"})
# Abbreviations that end company names; their full stop belongs to the name ("Acme Corp.").
COMPANY_ABBREVIATIONS = frozenset({"co", "corp", "inc", "ltd", "ltda", "plc", "llc", "bhd", "cos"})
# The suffixes that only ever end a name, kept even in lower case after a capitalised word
# ("Acme Funding corp"; not "co", as in "co-star")
SUFFIXES_IN_LOWER_CASE = frozenset({"corp", "inc", "ltd", "plc"})
# Every suffix that ends a company's name, in the forms written in capitals or dotted.
COMPANY_SUFFIXES = COMPANY_ABBREVIATIONS | frozenset(
    {"ag", "sa", "s.a.", "nv", "n.v.", "bv", "b.v.", "ab", "spa", "gmbh", "oyj", "asa", "a/s", "pty", "kk", "k.k."})
# The vocabulary of earnings tables and wire figures ("Shr 12 cts vs 10 cts", "4TH QTR
# NET", "NINE MTHS", "RISES 3.1 PCT"): abbreviations and units, never part of a name when
# written in capitals or where a capital proves nothing (a headline, a line start).
TABLE_WORDS = frozenset("""pct dlr dlrs dls mln mlns bln billion cts ct shr shrs revs rev avg oper qtr qtrs qtly
qtrly mths mth yr yrs div divs stg vs ytd""".split())
# Words that, standing alone, are a generic company word or a table label, not a name
# ("the Administration", like "the Government", is a country's, named or not).
GENERIC_ALONE = COMPANY_ABBREVIATIONS | COMMON_ACRONYMS | TABLE_WORDS | frozenset({
    "bank", "group", "company", "fund", "department", "ministry", "industry", "trade", "government", "corporation",
    "administration", "division", "unit", "net", "note", "world", "spring", "summer", "autumn", "winter", "board"})
# Words that start a sentence before a noun phrase and are never a name's first word
# ("Former Academy Award winner ...").
BEFORE_A_NOUN_PHRASE = frozenset({"former", "acting", "late", "then", "past"})
# What never starts a name written twice: prepositions, quantifiers, adverbs, "former".
NOT_IN_A_PAIR = NEVER_START_A_COMPANY | SENTENCE_ADVERBS | BEFORE_A_NOUN_PHRASE | FUNCTION_WORDS | {"not"}
# Time zones written after a clock time ("at 1700 EDT"): never a name there.
TIME_ZONES = frozenset("edt est cst cdt mst mdt pst pdt gmt bst cet cest utc".split())
# Words that end a company's name and say nothing else ("Acme Energy", "Acme Bancorp"); unlike
# the lexicon's ORG_HEADS they do not cut or join runs: they only type a name (type_cues).
COMPANY_LAST_WORDS = frozenset("""
bancorp bancshares bancorporation securities energy foods systems electronics technologies pharmaceuticals
motors electric petroleum chemicals communications enterprises partners investments resources industries insurance
telecom software laboratories labs studios pictures records productions publishing breweries mining
teleservices airways division house industrie werke chemie associates broadband retail ventures brands motor
universal global semiconductor semiconductors computers financial telecommunications pharmaceutical networks
stockbrokers brokers capital advisors advisers consultants consulting entertainment interactive magazine
gazette presse zeitung lines films railroad railway railways sport sports international
""".split())
# A company's last word made of a prefix and an industry's ("Microsystems", "Cablesystems",
# "Petrochemicals"); not of words English compounds ("Fairways", "Brokers", "Ecosystems").
COMPOUND_LAST_WORDS = ("systems", "technologies", "electronics", "chemicals", "communications", "pharmaceuticals",
                       "semiconductors", "computers", "networks", "laboratories", "industries")
# Letters after a person's name for an honour or a rank at the bar ("Ann Lee QC"): no part of it.
POST_NOMINALS = frozenset({"qc", "kc", "obe", "mbe", "cbe", "kbe", "dbe"})
# A format a work or a brand is sold on, written after its name ("the Tarn Hollow DVD"): no part of it.
FORMATS_AFTER_A_NAME = frozenset({"dvd", "dvds", "cd", "cds"})
# Nouns that end a body's whole name after "A and B" though no organisation's head alone
# ("Global Information and Early Warning System", "Tarvey and Quell Railroad").
HEADS_AFTER_AND = frozenset({"railroad", "division", "system"})

DAYS = frozenset(day.lower() for day in calendar.day_name)
# What a newspaper of one day of the week is called after the day ("Sunday Times").
PAPERS_OF_A_DAY = frozenset({"times", "telegraph", "mirror", "express", "herald", "post", "mail", "tribune",
                             "independent", "observer", "star", "sport", "people"})
# Words hyphened after a name that make a modifier of it, not part of it.
HYPHENED_MODIFIERS = frozenset("""style type like based born owned led backed made run controlled listed related
era sized inspired bound funded linked registered affiliated sponsored brokered friendly free wide""".split())
# Heads of bodies named by their field, which may be a list: "Department of Trade and
# Industry", "Bureau of Alcohol, Tobacco and Firearms".
LIST_HEADS = frozenset({"department", "ministry", "office", "bureau", "commission", "committee", "council",
                        "agency", "institute", "board", "authority", "directorate", "secretariat"})
# Words that open the next sentence after an abbreviation's full stop ("Main St. The mayor",
# "Acme N.V. Also affirmed"): never the next word of the name.
# (and a wire's "More", the mark of a story continued, after a company's suffix)
SENTENCE_OPENERS = frozenset({"the", "a", "an", "in", "on", "at", "it", "i", "as", "for", "to", "after", "when",
                              "more", "meanwhile", "separately", "earlier", "later", "now", "today", "yesterday"})
# Houses named after a patron saint or a founder with a possessive: "Guy's Hospital", "St
# Mary's Church" (not "Britain's Hospital ...": a place's possessive is its own word).
HOUSES_OF_A_PATRON = frozenset({"hospital", "college", "school", "chapel", "church", "cathedral", "infirmary",
                                "abbey"})
