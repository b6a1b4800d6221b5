"""What the words around a name say about its type, where the name itself says nothing.

News introduces a name it has not used before with a common noun: before it ("oil giant
X", "accountancy firm X", "R&B star X", "Paris-based X") or after it, set off by a comma
("X, the accountancy firm, said", "X, an analyst at ..."). An unknown company, band or
person is typed from that, once, and the cluster's vote carries the type to the bare
mentions that follow. "X said" alone proves nothing: companies say things too.
"""
from __future__ import annotations

import re
from collections.abc import Mapping

from ..lexicon import lexicon
from ..model import EntityType
from .tokens import LIST_GAPS, RawMention, Token
from .word_before import final_words, word_before
from .word_lists import COMPANY_LAST_WORDS, COMPANY_SUFFIXES, COMPOUND_LAST_WORDS, GENERIC_ALONE, PARTY_MEMBERS

# What ends the name of a law, whatever body its words name.
LAW_WORDS = frozenset({"bill", "act", "law", "treaty", "directive", "amendment"})
# Nouns that end the name of an event or a prize, not of whoever holds it ("Gulf War",
# "World Cup", "Asian Games", "Cannes Film Festival", "British Academy Film Awards").
EVENT_WORDS = frozenset({"war", "wars", "revolution", "games", "olympics", "championship", "championships", "cup",
                         "festival", "award", "awards", "prize", "prizes", "marathon", "tournament", "trophy"})

# What ends the name of a scheme, a programme or an accord rather than of a body ("Export
# Credit Programme", "European Currency Unit", "Extended Fund Facility"): its acronym,
# defined in brackets, names the same thing, and no organisation.
SCHEME_ENDS = frozenset({"program", "programme", "scheme", "facility", "agreement", "accord", "index"})


def names_a_scheme(key: str) -> bool:
    words = key.split()
    return len(words) >= 2 and (words[-1] in SCHEME_ENDS or words[-2:] == ["currency", "unit"]
                                or "system of" in key)   # "Generalised System of Preferences"


_PLACE_NOUNS = (r"(?:village|town|city|region|province|district|valley|river|county|port|island|tunnel|crossing"
                r"|desert|mine|lake|coast|peninsula|bay|mountains?|border|airport|camp|state|area)")
PLACE_BEFORE = re.compile(_PLACE_NOUNS + r" of $")
PLACE_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?" + _PLACE_NOUNS + r"\b")

# A credit at the end of a caption's line: "via X", "(via X)".
VIA_BEFORE = re.compile(r"\bvia $")
LINE_END = re.compile(r"\)?[ \t]*(?:\n|$)")

# Contexts that make a lone name an organisation (a company, mostly).
ORG_CONTEXT_BEFORE = re.compile(
    r"(?:\b(?:shares|stock|stake|chief executive|chief executive officer|chairman|president"
    r"|subsidiary|unit|division|acquisition|takeover|owner|shareholders|customers|parent company) (?:of|in)"
    # the second of two: "shares in Elan and X"
    r"|\b(?:shares|stakes?) (?:of|in) [A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,2},? (?:and|&)"
    r"|\b(?:analysts?|economists?|strategists?|dealers?|traders?) (?:at|with)"
    # its people and premises: "the London offices of X", "employees of X" (not "staff at
    # X" or "workers at X": a place's too)
    r"|\b(?:offices|employees|clients|customers) of"
    # a bank by its part in an issue: "lead manager X", "co-lead manager X" (however named)
    r"|\b(?:(?:co-)?lead[- ]managers?|co-managers?|underwriters?|book-?runners?)"
    # who owns it: "the ownership of X", "long-term owners of X", "own 99% of X"
    r"|\b(?:ownership|owners|a majority(?: stake)?) (?:of|in)"
    r"|\b(?:owns?|owned|owning|holds?|held|holding|bought|buys?|sold|sells?|acquired?|acquiring)"
    r" (?:a |an |about |nearly |almost |some |more than |less than )?\d+(?:\.\d+)?(?: ?%| pct| per ?cent)"
    r"(?: stake)? (?:of|in)) (?:the )?$",
    re.I)
# The words ORG_CONTEXT_BEFORE can end on, before its last space (and an optional "the "):
# the pattern is slow (tried from every character of its window), and before most names
# the text ends on none of them.
_ORG_CONTEXT_LAST_WORDS = ("of", "in", "and", "&", "at", "with", "manager", "managers", "underwriter",
                           "underwriters", "runner", "runners")
_ORG_CONTEXT_REACH = 30


def org_context_before(text: str, start: int) -> bool:
    """Whether ORG_CONTEXT_BEFORE matches the words right before `start` ("shares of X")."""
    begin = max(0, start - _ORG_CONTEXT_REACH)
    # ("$" matches at the window's end, or before a line break that ends it)
    space = start - 2 if text.startswith("\n", start - 1) and start - 1 >= begin else start - 1
    if space < begin or text[space] != " ":
        return False
    before = text[max(0, space - 20):space]
    if before.isascii():   # (case-insensitive matching of other scripts is left to the pattern)
        before = before.lower()
        if not (before.endswith(_ORG_CONTEXT_LAST_WORDS)
                or before.endswith(" the") and before[:-4].endswith(_ORG_CONTEXT_LAST_WORDS)):
            return False
    return ORG_CONTEXT_BEFORE.search(text, begin, start) is not None


def place_noun_before(text: str, start: int) -> bool:
    """Whether PLACE_BEFORE matches the words right before `start` ("the village of X"):
    searched only where they end on " of " (its "$" matches before a line break too), as the
    pattern is tried from every character of its window."""
    return (text.endswith(" of ", 0, start) or text.endswith(" of \n", 0, start)) \
        and PLACE_BEFORE.search(text, max(0, start - 20), start) is not None
ORG_CONTEXT_AFTER = re.compile(
    r"(?:'s?|\u2019s?)?\s(?:shares|stock|chief executive|chairman|board|subsidiary|unit"
    r"|shareholders|executives|profits?|earnings|revenues?|takeover|management|stake|division)\b"
    # a club or firm, by its staff named after it: "X boss Jose Mourinho", "X chief Ann Lee"
    # (not "X's manager": a singer's or a boxer's)
    r"|\s(?:manager|boss|chief|striker|midfielder|defender|goalkeeper|winger|coach)\s+[A-Z][a-z]"
    # a band, by its members: "X frontman Bono", "the X singer told"
    r"|(?:'s?|\u2019s?)?\s(?:frontman|frontwoman|lead singer|bassist|drummer)\b"
    r"|\s(?:singer|guitarist)\s+(?:[A-Z][a-z]|told|said)"
    r"|,? (?:which|that) (?:owns|runs|makes|operates|employs)\b"
    r"|\s(?:shares|stock) (?:rose|fell|closed|gained|dropped)\b"
    # a ticker ("National Semiconductor <NSM> said"); its staff named by
    # their job ("X economist Ann Lee", "a X spokeswoman", "X officials";
    # a people's officials are its demonym's, never a mention)
    r"|\s+<[A-Z][\w.]*>"
    r"|\s(?:official|economist|executives?|editor)\b"
    # its board: "three X directors", "X's directors approved" (not a city's film makers,
    # "Hollywood directors such as ...", nor "the directors of <a film>")
    r"|(?:'s?|\u2019s?)?\sdirectors\b(?!\s+(?:as|such|including|like|of)\b)"
    # its seat, its side: "the X headquarters", "X captaincy", "X team-mate"
    r"|\s(?:headquarters|captaincy|team-mates?|squad)\b")
# What only a company has or does after its name, even one shaped like a person's
# ("Merrill Lynch <MER>", "John Lewis, which owns", "Walt Disney's subsidiary").
ACTS_AS_COMPANY_AFTER = re.compile(
    r"\s+<[A-Z][\w.]*>|,? (?:which|that) (?:owns|runs|makes|operates|employs)\b"
    r"|\s(?:shares|stock) (?:rose|fell|closed|gained|dropped)\b"
    r"|(?:'s?|\u2019s?)\s(?:subsidiary|shareholders|board of directors)\b|-owned\b"
    # what a firm is, named right after it: "Rockwell's Allen-Bradley unit", "JPMorgan Chase bank"
    r"|\s(?:unit|subsidiary|division|bank)\b"
    # a paper: "South Florida's Sun-Sentinel newspaper" (not "the Ann Lee newspaper column")
    r"|\s(?:newspaper|magazine)\b(?!\s+[a-zA-Z])")
# A firm's analysts, by name or saying something: "X equity strategist Ann Lee", "X analysts
# said" (but a street's are its market's: "Wall Street analysts").
ANALYSTS_AFTER = re.compile(r"\s(?:[a-z]+\s)?(?:analysts?|economists?|strategists?)\s+(?:[A-Z][a-z]|said\b|says?\b)")
# Staff a person has too: "Reagan spokesman Larry Speakes", "Baker officials".
STAFF_AFTER = re.compile(r"\s(?:officials|spokes(?:man|woman|person))\b")
# A firm speaks of itself as "it": "X said it had agreed", "X says its profits". What is
# said of a thing ("X said it was unfair") is anyone's, so not "it was/is/would be".
SPEAKS_OF_ITSELF = re.compile(r"\s(?:said|says)\s(?:its\b|it\s(?!(?:was|is|would be|will be|had been)\b))")
# A person is "he" or "she" ("X said she would"; not "X, who": clubs and bands are too).
# Unlike the shape of a name, this is evidence.
REFERRED_TO_AS_PERSON = re.compile(r"\s(?:said|says)\s(?:he|she)\b")

# Common nouns (and "-based"/"state-owned" modifiers) that, right before a name, say it
# is an organisation: a company, a band, a paper, a team.
# Houses that are firms: "trade house X", "the fashion house X" (not "a house", nor "the White House").
_FIRM_HOUSES = r"(?i:trade|trading|brokerage|fashion|auction|publishing|discount|investment) house"
_ORG_NOUNS = (r"firms?|company|companies|giant|bank|lender|insurer|broker|brokerage|consultancy|operator|maker"
              r"|manufacturer|producer|retailer|chain|carrier|airline|conglomerate|utility|supplier|publisher"
              r"|label|band|act|quartet|trio|outfit|newspaper|magazine|tabloid|broadcaster|agency|regulator"
              r"|watchdog|group|exchange|club|side|subsidiary|affiliate|unit|division|bancorp|holding|developer|distributor"
              r"|refiner|miner|builder|partnership|fund|studio|network|website|charity|auditors?|accountants"
              r"|housebuilder|homebuilder|drugmaker|carmaker|automaker|chipmaker|brewer|bookmaker|shipbuilder"
              r"|stockbrokers?|market leader|monopoly|consortium|multinational|start-?up|corporation|co-?operative"
              r"|union|" + _FIRM_HOUSES)
# (or the name alone in brackets after the noun: "the space agency's (Nasa) centre")
_ORG_BEFORE = re.compile(r"(?:\b(?:" + _ORG_NOUNS + r")|\bstate-(?:owned|run|controlled)|-based)"
                         r"(?:\s+(?:the\s+)?|(?:'s|\u2019s)?\s\()$")

_ORG_BEFORE_WORDS = final_words(_ORG_NOUNS) | {"owned", "run", "controlled", "based"}

# The same noun set off by commas: "Spain's biggest bank, X, said".
_ORG_BEFORE_COMMA = re.compile(r"\b(?:" + _ORG_NOUNS + r"), $")

# Common nouns for people, right before a name: "R&B star X", "communications director X".
_PERSON_NOUNS = (r"star|singer|rapper|actor|actress|comedian|writer|author|novelist|artist|musician|guitarist"
                 r"|frontman|frontwoman|vocalist|bassist|saxophonist|violinist|cellist|soprano|tenor"
                 r"|drummer|pianist|composer|analyst|economist|strategist|lawyer|banker|businessman"
                 r"|businesswoman|tycoon|billionaire|entrepreneur|founder|boss|player|winger|forward"
                 r"|champion|athlete|runner|driver|rider|boxer|golfer|batsman|bowler|presenter|journalist"
                 r"|photographer|designer|chef|poet|playwright|film-maker|filmmaker|director|spokesman"
                 r"|spokeswoman|spokesperson|chairman|chairwoman|executive|manager|coach|striker|midfielder"
                 r"|defender|goalkeeper|minister|secretary|president|senator|governor|mayor|official|aide"
                 r"|professor|scientist|researcher|doctor|judge|prosecutor|investigator|chief|head|leader")
# (but a market's leader or analyst may be a firm: "market leader X", "market analyst X")
_PERSON_BEFORE = re.compile(r"\b(?<!market )(?<!industry )(?:" + _PERSON_NOUNS + r")\s+$")
_PERSON_BEFORE_WORDS = final_words(_PERSON_NOUNS)
# ... and opening the sentence, capitalised: "Rapper X said".
_PERSON_NOUN_WORDS = frozenset(_PERSON_NOUNS.split("|"))
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?]\s+|\n\s*)$")


def _person_noun_opens(before: str) -> bool:
    """Whether `before` ends on a capitalised person noun that opens its sentence ("... . Rapper ")."""
    if not before[-1:].isspace():
        return False
    head, _, word = before.rstrip().rpartition(" ")
    word = word.rpartition("\n")[2]
    return word[:1].isupper() and word.lower() in _PERSON_NOUN_WORDS \
        and _OPENS_SENTENCE.search(before[:len(before.rstrip()) - len(word)]) is not None

# What an apposition's noun phrase may end with before it goes on: the end of a clause,
# or a preposition or relative word ("X, the accountancy firm, said"; "X, a unit of Y").
_ENDS = r"(?=\s*[,.;:)]|\s+(?:of|in|at|for|with|that|which|who|based|and|to|on)\b|\s*$)"
# A word inside the apposition before its noun: not a preposition, or the noun would be
# another's ("X, an analyst at a Tokyo broker" is a person, not a broker).
_FILLER = r"(?:(?!(?:of|at|in|for|with|from|by|to|on)\s)[\w&-]+\s+)"
_ORG_APPOSITION = re.compile(r"(?:'s?|\u2019s?)?,\s+(?:the|an?|its)\s+" + _FILLER + r"{0,4}?(?:" + _ORG_NOUNS
                             + r")" + _ENDS)
_PERSON_APPOSITION = re.compile(r",\s+(?:(?:the|an?|its|their)\s+)?" + _FILLER + r"{0,3}?(?:" + _PERSON_NOUNS
                                + r")" + _ENDS)

_BEFORE_WINDOW = 40

# A broadcaster's channels by number, and its television: "BBC One", "CBS TV" (an acronym
# first: "Finnish TV" is a country's television, "LCD TV" a set, no body).
CHANNEL_WORDS = frozenset("one two three four five tv".split())
# Words that end a sports club's name ("Leeds United", "Blackburn Rovers", "Man Utd").
CLUB_LAST_WORDS = frozenset("united utd rovers wanderers athletic albion hotspur rangers harriers".split())
# Words that end the name of an event, which is neither its place nor its sponsor ("New
# York Marathon", "Flora London Marathon", "Summer Olympics", "Australian Open").
EVENT_LAST_WORDS = frozenset("""marathon olympics olympiad games championship championships open cup trophy
tournament festival regatta rally""".split())
# A league that is a competition, not the body running one ("Champions League", "Ryman
# Premier League" are OTHER as the golds have them; "Arab League", "Football League" are bodies).
COMPETITION_LEAGUE_WORDS = frozenset({"champions", "premier", "super", "europa", "nations"})
# Words that start a company's name in other languages ("Banco Acme", "Gruppo Acme").
COMPANY_FIRST_WORDS = frozenset("""
banco banca banque gruppo grupo groupe compagnie compania companhia societe sociedad house
""".split())

# A name right before one of these is a publication or a band ("the poll by X magazine");
# not before a name of its own ("Leeds band X": the first name is a modifier).
_ORG_NOUN_AFTER = re.compile(r"\s(?:magazine|newspaper|daily|band|weekly)\b(?!\s+[A-Z])")
# After a place's name, what only an organisation has ("two X shareholders"):
# never "shares" or "stocks" ("London shares rose" is the market of a city).
_ORG_ONLY_AFTER = re.compile(r"(?:'s?|\u2019s?)?\s(?:shareholders|chief executive|chairman|subsidiary|takeover)\b")
# "as far as Leeds, X, ...": a name after a place and a comma, closed by punctuation.
_AFTER_PLACE_AND_COMMA = re.compile(r"([A-Z][\w'-]+(?: [A-Z][\w'-]+)?), $")
_CLOSED = re.compile(r"\s*[,.;:)]")


# Institutions named by a common noun alone ("the Treasury said"). Not organisation heads:
# before a title they belong to it ("Treasury Secretary James Baker").
INSTITUTION_NOUNS = frozenset({"treasury", "exchequer", "judiciary", "legislature", "politburo", "secretariat",
                               "house", "commons", "lords"})   # "the House voted", "the Commons", "the Lords"


# What parties are called as nouns ("the Tories", "Labour", "the Lib Dems", "Democrats"):
# an organisation. The singular adjectives ("a Democrat senator") are left alone.
_PARTY_NOUNS = frozenset({"tories", "tory", "labour", "conservatives", "democrats", "democrat", "republicans",
                          "socialists", "communists", "greens", "nationalists", "unionists", "dems"})
_PARTY_WORDS = _PARTY_NOUNS | {"liberal", "lib", "dem", "social", "christian", "free", "new", "old"}
# A party's name before one of these is an adjective ("Labour voters", "a Labour government",
# "Lib Dem leader", "Labour MPs"), no mention of the party; before a verb or with its "'s" it is one.
_PARTY_MODIFIED = re.compile(
    r" (?:leaders?|leadership|voters?|supporters?|members?|activists?|candidates?|campaign(?:ers)?|chiefs?"
    r"|governments?|administration|polic(?:y|ies)|manifesto|pledges?|proposals|plans|sources?|officials?"
    r"|strategists?|insiders?|(?:[a-z]+ )?(?:spokes(?:man|woman|person)|leader)"
    r"|chair(?:man|woman)|politicians?|ministers?|backbench(?:er|ers)"
    r"|frontbench(?:er|ers)|peers?|councillors?|senators?|congress(?:man|woman)|lawmakers|legislators"
    r"|governors?|presidential|nomination|nominees?|primar(?:y|ies)|heartlands?|seats?|strongholds?|majority"
    r"|ranks|rebels?|rebellion|victory|defeat|investment|cuts|spending|election|years|era|rule|hands|world"
    r"|boom|M[SE]?Ps?|AMs?)\b")
_PARTY_LAST = _PARTY_NOUNS | {"dem", "democrat", "republican", "conservative"}
_PARTY_NAME_WORDS = _PARTY_WORDS | _PARTY_LAST
_MEMBERS_OF_A_HOUSE = frozenset({"mp", "mps", "mep", "meps", "msp", "msps"})
_PARTY_WORDS_BEFORE_A_NAME = _PARTY_NAME_WORDS | PARTY_MEMBERS
_PARTY_LAST_BEFORE_A_NAME = _PARTY_LAST | PARTY_MEMBERS
# A player's position, capitalised where it opens a sentence before the player's name
# ("Wing Ann Lee scored", "Flanker Ann Lee"): like a title, no part of the name.
_POSITIONS = frozenset({"wing", "winger", "flanker", "prop", "hooker", "lock", "centre", "center", "fullback",
                        "skipper", "keeper", "forward", "striker", "sweeper", "pitcher", "catcher", "quarterback"})
_FIRST_BEFORE_A_NAME = _PARTY_WORDS_BEFORE_A_NAME | _POSITIONS


def modifier_before_name(run: list[Token], index: int) -> int:
    """How many words from run[index] are a party's name or a player's position written
    before a person's given name and surname ("Lib Dem Ann Lee", "Democrat Ann Lee", "Wing
    Ann Lee"), or 0."""
    if run[index].folded not in _FIRST_BEFORE_A_NAME:
        return 0
    folded_words = [t.folded for t in run[index:index + 3]]
    length = 1 if folded_words[0] in _POSITIONS else 0
    if not length:
        while length < len(folded_words) and folded_words[length] in _PARTY_WORDS_BEFORE_A_NAME:
            length += 1
        while length and folded_words[length - 1] not in _PARTY_LAST_BEFORE_A_NAME:
            length -= 1
    if not length or index + length + 1 >= len(run):
        return 0
    given, surname = run[index + length], run[index + length + 1]
    lex = lexicon()
    # (a given name as frequent as an everyday word counts here: "Democrat John Lee")
    return length if given.folded in lex.given_names and lex.zipf(given.folded) < 5.5 and given.capitalised \
        and not given.all_caps and surname.capitalised and not surname.hyphen_before else 0


def parties_as_modifiers(text: str, mentions: list[RawMention]) -> None:
    """Drop the parties' names written as adjectives (see _PARTY_MODIFIED), in place, and
    with them the members of a house the run took in ("Labour MPs")."""
    def modifier(m: RawMention) -> bool:
        party = m.tokens[:-1] if len(m.tokens) >= 2 and m.tokens[-1].folded in _MEMBERS_OF_A_HOUSE else m.tokens
        # ("a Labour Party member": the whole name as an adjective)
        name = party[:-1] if len(party) >= 2 and party[-1].folded == "party" else party
        return bool(name) and name[-1].folded in _PARTY_LAST and not party[-1].possessive \
            and all(t.folded in _PARTY_NAME_WORDS for t in name) \
            and (party is not m.tokens or m.end == party[-1].end and _PARTY_MODIFIED.match(text, m.end) is not None)
    mentions[:] = [m for m in mentions if not modifier(m)]


# What a government's debt is sold as: "Treasury bonds", "Treasury securities".
SECURITIES_AFTER = re.compile(r"\s(?:bonds?|securities|notes?|bills?|yields?|issues?|paper|debt|refunding)\b")

# One word that ends on an organisation's head: "Bundesbank", "Citibank", "Citicorp".
_COMPOUND_ORG_ENDINGS = ("bank", "corp", "bancorp")
_EVERYDAY_COMPOUND_ZIPF = 2.5


def typed_by_words(folded_words: list[str], acronym_first: bool = False) -> EntityType | None:
    """ORG for a name a company or club word ends or a company word starts, a broadcaster's
    channel (`acronym_first`: "BBC One"), an institution's noun or "Fed" ends or "Federal"
    starts, one word ending on "bank" or "corp", or a party's name as a noun; OTHER for an
    event's; None otherwise."""
    if len(folded_words) >= 2 and (folded_words[-1] in COMPANY_LAST_WORDS or folded_words[-1] in CLUB_LAST_WORDS
                                   or folded_words[-1] in COMPANY_SUFFIXES
                                   or folded_words[-1].endswith(COMPOUND_LAST_WORDS)   # (not "Ecosystems")
                                   and lexicon().zipf(folded_words[-1]) < _EVERYDAY_COMPOUND_ZIPF
                                   or folded_words[0] in COMPANY_FIRST_WORDS):
        return "ORG"
    if len(folded_words) == 2 and folded_words[1] in CHANNEL_WORDS and acronym_first \
            and folded_words[0] not in GENERIC_ALONE:
        return "ORG"
    if len(folded_words) >= 2 and folded_words[-1] in EVENT_LAST_WORDS:
        return "OTHER"
    if folded_words[-1] in INSTITUTION_NOUNS or folded_words[-1] == "fed" \
            or "federal" in folded_words[:-1]:
        return "ORG"   # "the Fed", "New York Fed", "Federal Reserve", "Federal Express" (a federal state is a place)
    if len(folded_words) == 1 and len(folded_words[0]) >= 7 and folded_words[0].endswith(_COMPOUND_ORG_ENDINGS) \
            and lexicon().zipf(folded_words[0][:-4]) < 4.0:
        return "ORG"   # (not "Fairbank": an English word first makes a surname)
    if folded_words[-1] in _PARTY_NOUNS and all(word in _PARTY_WORDS for word in folded_words):
        return "ORG"
    return None


def organisation_named_after_place(text: str, end: int) -> bool:
    """What follows a place's name makes it an organisation's ("two X shareholders")."""
    return bool(_ORG_ONLY_AFTER.match(text, end))


def place_after_place(text: str, start: int, end: int, places: Mapping[str, object]) -> bool:
    """`text[start:end]` follows a known place and a comma and is closed by punctuation:
    the region of a town ("Leeds, X,")."""
    if not text.endswith((", ", ", \n"), 0, start) or not _CLOSED.match(text, end):
        return False   # (the cheap tests first: the search is tried from every character of its window)
    m = _AFTER_PLACE_AND_COMMA.search(text, max(0, start - 40), start)
    return m is not None and m.group(1).lower() in places


# The nouns of _ORG_NOUNS never said of a person ("producer Jon Smith", "film-maker Ann
# Lee" and "broker Ann Lee" are people): they type a name even when it reads as a
# person's ("the retailer John Lewis", "bank Morgan Stanley").
_COMPANY_NOUNS = (r"firms?|company|giant|bank|lender|insurer|brokerage|consultancy"
                  r"|manufacturer|retailer|chain|carrier|airline|conglomerate|utility|supplier"
                  r"|subsidiary|bancorp|refiner|miner|auditors?|accountants|housebuilder|homebuilder"
                  r"|drugmaker|carmaker|automaker|chipmaker|brewer|bookmaker|shipbuilder|stockbrokers?"
                  r"|" + _FIRM_HOUSES)
_COMPANY_BEFORE = re.compile(r"\b(?:" + _COMPANY_NOUNS +
                             # "parts maker X", "aircraft maker X" (not a "policy maker" or a "film maker")
                             r"|(?!(?:policy|decision|film|movie|law|peace|trouble|match|play|king|programme|program"
                             r"|documentary|money|holiday|home|games?|music|record|wine)[ -])[a-z]+[ -]maker)"
                             r"\s+(?:the\s+)?$")
_COMPANY_BEFORE_WORDS = final_words(_COMPANY_NOUNS) | {"maker"}


def introduced_as_company(text: str, start: int) -> bool:
    """A noun only a company is called right before the name: "the retailer X Y"."""
    before = text[max(0, start - _BEFORE_WINDOW):start]
    return word_before(before) in _COMPANY_BEFORE_WORDS and _COMPANY_BEFORE.search(before) is not None


def introduced_as_organisation(text: str, start: int) -> bool:
    """A common noun for an organisation right before the name: "car-maker X", "the firm X"."""
    before = text[max(0, start - _BEFORE_WINDOW):start]
    return word_before(before) in _ORG_BEFORE_WORDS and _ORG_BEFORE.search(before) is not None


# A club's player or staff named by position alone: "the X wing insisted", "fellow X
# defender" ("X striker Ann Lee", with the name, is in ORG_CONTEXT_AFTER).
_CLUB_BEFORE = re.compile(r"\b(?:the|fellow|former|ex-)\s+$", re.I)
_POSITION_AFTER = re.compile(r"\s(?:wing|winger|fly-half|scrum-half|centre|lock|prop|hooker|flanker|full-back"
                             r"|keeper|goalkeeper|skipper|captain|striker|defender|midfielder|forward|coach"
                             r"|boss|manager)\b(?!\s+[A-Z])")


# "the X administration" (lower case) is a president's or a premier's: a person ("the Food
# and Drug Administration", with its capital, is a body's name).
_ADMINISTRATION_AFTER = re.compile(r"(?:'s?|\u2019s?)?\s+administration\b")
# "the" right before a name: a paper's or a body's "he" is another's ("the Telegraph says he").
THE_BEFORE = re.compile(r"\b[Tt]he\s+$")


# A name of one thing with a verb in the plural is a body of many: British English says
# "Snow Patrol were", "Acme have agreed" of bands, teams and firms, never of one person.
# Only where the name opens its clause (a sentence, "the", a conjunction): elsewhere the
# verb is often another's ("people using X have", "the people of X are", "A and B were",
# "if Smith were"); nor of a name in the plural ("the Smiths were").
_PLURAL_VERB_AFTER = re.compile(r"\s(?:were|are|have)\s+(?!to\b)[a-z]")
_OPENS_CLAUSE_BEFORE = re.compile(
    r"(?:^|[.!?;:\"\u201c\u2018(]\s*|\n\s*|(?<![\w-])(?i:the|but|when|while|because|after|before|since"
    r"|although|though|until|so|then|now|yet)\s+)$")
_OBJECT_BEFORE = re.compile(r"\b(?:of|in|at|to|on|by|for|from|with|into|like|as|than|and|or|nor)\s+the\s+$", re.I)
# Its rivals are a firm's ("its US rival X"), and firms are listed by their kind ("firms
# such as X", "retailers - including X").
_ORG_KINDS = (r"firms|companies|groups|banks|bands|clubs|carriers|airlines|retailers|brands|makers|operators"
              r"|broadcasters|networks|websites|labels|studios|charities|lenders|insurers|competitors|providers"
              r"|manufacturers|suppliers|publishers|unions")
_LISTED_OR_RIVAL_BEFORE = re.compile(
    r"(?:\bits\s+(?:[\w-]+\s+){0,2}rivals?|\b(?:" + _ORG_KINDS + r")"
    r"(?:\s+|\s*[,\u2013\u2014]\s*|\s+-{1,2}\s+)(?:such as|including|like))\s+$")
_LISTED_OR_RIVAL_WORDS = frozenset({"rival", "rivals", "as", "including", "like"})
# The same kinds (and a few more), in the plural right before two names or more ("electronics
# giants X and Y", "carmakers X and Y") or right after them ("the X, Y and Z websites").
_MORE_ORG_KINDS = (_ORG_KINDS + r"|giants|marques|sites|newspapers|papers|magazines|carmakers|automakers"
                   r"|chipmakers|drugmakers|brewers|miners|refiners|exchanges|chains|agencies|conglomerates")
_KIND_RIGHT_BEFORE = re.compile(r"(?<![\w-])(?:" + _MORE_ORG_KINDS + r")\s+$")
_KIND_RIGHT_AFTER = re.compile(r"\s(?:" + _MORE_ORG_KINDS + r")\b")


def listed_by_their_kind(text: str, mentions: list[RawMention]) -> None:
    """The names listed after a kind of organisation ("retailers - including X, Y and Z",
    "firms such as X and Y") are all of that kind, where nothing else types them: the cue
    stands before the first only. Their mentions elsewhere in the article are typed so too."""
    listed: set[str] = set()
    named_by_kind: set[str] = set()
    index = 0
    while index < len(mentions):
        first = mentions[index]
        index += 1
        members = [first]
        while index < len(mentions) and text[members[-1].end:mentions[index].start] in LIST_GAPS:
            members.append(mentions[index])
            index += 1
        if len(members) < 2:
            continue
        before = max(0, first.start - _BEFORE_WINDOW)
        if _LISTED_OR_RIVAL_BEFORE.search(text, before, first.start):
            listed.update(m.key for m in members[1:])
        # A plural kind holds two names or more: right before them it is as good as "giant X"
        # (over a small place's name too), right after them ("the X and Y sites") only where
        # "the" opens the list and nothing else types its names.
        if _KIND_RIGHT_BEFORE.search(text, before, first.start):
            named_by_kind.update(m.key for m in members)
        elif THE_BEFORE.search(text, max(0, first.start - 5), first.start) \
                and _KIND_RIGHT_AFTER.match(text, members[-1].end):
            listed.update(m.key for m in members)
    for mention in mentions:
        if mention.key in named_by_kind and (mention.type == "OTHER" or mention.guessed or mention.gazetteer
                                             and mention.type == "PLACE" and mention.place_kind != "country"):
            mention.type, mention.unexplained, mention.guessed = "ORG", False, False
        elif mention.key in listed and mention.type == "OTHER" and mention.unexplained:
            mention.type, mention.unexplained = "ORG", False


# What only a person is or does, right after the name: an age ("X, 34, said"; "X, aged
# 34,"), a death, a marriage.
_ONLY_PEOPLE_AFTER = re.compile(r",\s(?:aged\s)?\d{1,2},(?!\d)|\s(?:died|married his|married her)\b")


def plural_verb_after(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] opens its clause with a verb in the plural after it
    ("Snow Patrol were"): a body of many."""
    return _plural_verb_after(text, end, text[max(0, start - _BEFORE_WINDOW):start])


def _plural_verb_after(text: str, end: int, before: str) -> bool:
    return bool(_PLURAL_VERB_AFTER.match(text, end)) and text[end - 1:end] not in "sS" \
        and _OPENS_CLAUSE_BEFORE.search(before) is not None and _OBJECT_BEFORE.search(before) is None


# A paper called a "daily" or a "weekly", the noun: "the Ivorian daily X said", "sports daily
# X." (not the adjective: "a daily Amsterdam newspaper", "three daily Atlanta flights").
_PAPER_BEFORE = re.compile(r"\b(?:daily|weekly)\s+$")
_NOUN_PHRASE_ENDS = re.compile(r"[,.;:)\"]|\s+(?:said|says|reported|reports|quoted|wrote|added)\b")


def type_from_context(text: str, start: int, end: int) -> EntityType | None:
    """The type the words around `text[start:end]` give it, or None when they give none."""
    before = text[max(0, start - _BEFORE_WINDOW):start]
    last_word = word_before(before)   # (the searches backwards are run only where it is one they can end on)
    if _ORG_APPOSITION.match(text, end) or _ORG_NOUN_AFTER.match(text, end) \
            or last_word in _LISTED_OR_RIVAL_WORDS and _LISTED_OR_RIVAL_BEFORE.search(before):
        return "ORG"
    if _POSITION_AFTER.match(text, end) and _CLUB_BEFORE.search(before):
        return "ORG"
    if _PERSON_APPOSITION.match(text, end) or _ADMINISTRATION_AFTER.match(text, end) and THE_BEFORE.search(before):
        return "PERSON"
    # (the cheap tests of what follows first: searching backwards from every character of
    # `before` costs more)
    if last_word in _ORG_BEFORE_WORDS and _ORG_BEFORE.search(before) \
            or text.startswith(",", end) and _ORG_BEFORE_COMMA.search(before) \
            or _NOUN_PHRASE_ENDS.match(text, end) and _PAPER_BEFORE.search(before):
        return "ORG"
    if _ONLY_PEOPLE_AFTER.match(text, end) or last_word in _PERSON_BEFORE_WORDS and _PERSON_BEFORE.search(before) \
            or _person_noun_opens(before):
        return "PERSON"
    if _plural_verb_after(text, end, before):
        return "ORG"
    return None
