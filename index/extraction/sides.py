"""Sides named after their towns: "Leicester withstood a Wasps comeback", "Rob Andrew,
coach of club side Newcastle", "Celtic 2-0 Clyde".

On a sports page a town's name is, most of the time, its club. The gazetteer only
knows the town, so without this a club is typed PLACE and becomes one entity with the
town named in a politics story. An article that uses a town's name as a side (in a
result, with the side's staff or fans after it, after "beat" or "club side") means the
club wherever it writes that name; the club gets a key of its own, so that it and the
town stay two entities (and a name both answer to is shown as ambiguous). A country's
name is left alone: a national side is written as its country.
"""
from __future__ import annotations

import re

from ..folding import normalize_name
from ..lexicon import lexicon
from .tokens import LIST_GAPS, RawMention
from .type_cues import CLUB_LAST_WORDS, EVENT_WORDS, plural_verb_after

# A result as sports pages write it: "Ostley 31-37 Harbridge Rovers", a side either side.
_SCORE_AFTER = re.compile(r" \d{1,3}-\d{1,3} [A-Z]")
_SCORE_BEFORE = re.compile(r"\b[A-Z][\w.-]* \d{1,3}-\d{1,3} $")
# A side's own result: "Wasps' 12-9 loss to Bath", "Oldham's 3-0 win".
_OWN_RESULT = re.compile(r"(?:'s?|\u2019s?) \d{1,3}-\d{1,3} "
                         r"(?:win|victory|defeat|loss|draw|triumph|thrashing|success)\b")
# After a side's name: its staff, fans, or what it did ("X coach John Wells", "X fans",
# "X's win"); not "side" alone ("a London side" is a club from the town, not named so).
_SIDE_AFTER = re.compile(
    # (also a player's two sides, club and country: "X and England centre Ann Lee")
    r"(?:'s?|\u2019s?)?(?:\sand\s[A-Z][\w-]+)?(?:\s(?:new|former|caretaker|interim|assistant))?"
    r"\s(?:coach|manager|boss|captain|skipper|striker|midfielder|defender|goalkeeper|keeper"
    r"|winger|fly-half|scrum-half|full-back|flanker|hooker|prop|tight-head|loose-head|lock|centre|forward"
    r"|fans|supporters|squad|academy|rugby director|director of rugby|win|victory|defeat|comeback|beat"
    r"|captaincy|team-mates?|teammates?)\b")
# Before it: "club side X", "his club side, X,", "beat X", "a win over X", "the tie between
# X and Y" (not "against X": "the case against Brussels").
_FIXTURE = (r"beat|beating|thrashed|lost to|losing to|lose to|drew with|draw with|victory over|win over|defeat by"
            r"|defeat to|(?:tie|match|game|clash|fixture|derby) between")
_SIDE_BEFORE = re.compile(r"\b(?:(?:club|side|team),?|captained|rivals?|" + _FIXTURE + r")\s+$")
# (what only a side plays: a firm has rivals too, and a player or a singer beats people)
_FIXTURE_BEFORE = re.compile(r"\b(?:tie|match|game|clash|fixture|derby) between\s+$")
# In an article that names sides: a town's player, a player's move to a town's club.
# ("Leicester star Lewis Moody", "Leicester youngster Harry Ellis")
_PLAYER_AFTER = re.compile(r"(?:'s|\u2019s|\s(?:star|youngster|veteran))\s+[A-Z][\w'\u2019-]+"
                           r"(?:\s(?:van|der|de|da|di|le|la|du|von))*\s[A-Z]")
_TRANSFER_BEFORE = re.compile(r"\b(?:loan(?: spell)? (?:at|to|with|from)|signed for|signing for|sign for"
                              r"|move to|moved to|transfer to|joined|join)\s+$")
# Appended to a town's key for its club, where the article names the club no fuller.
CLUB_KEY_WORD = "club"


def side_in_a_score(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] is a side in a result ("Wasps 31-37 Leicester",
    "Wasps' 12-9 loss")."""
    return bool(_SCORE_AFTER.match(text, end) or _OWN_RESULT.match(text, end)
                or _score_ends_before(text, start) and _SCORE_BEFORE.search(text, max(0, start - 40), start))


def _score_ends_before(text: str, start: int) -> bool:
    """Whether the text before `start` ends as _SCORE_BEFORE does, on a digit and a space
    (its "$" also matches before a line break): the pattern, tried from every character of
    its window, is run only then."""
    if text[start - 1:start] == "\n":
        start -= 1
    return start >= 2 and text[start - 1] == " " and text[start - 2].isdecimal()


def side_in_a_fixture(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] is a side in a result or in a fixture ("the tie
    between X and Y")."""
    before = text[max(0, start - 20):start]
    # (the pattern, tried from every character of its window, only where its last word ends it)
    return side_in_a_score(text, start, end) or before.rstrip().endswith("between") \
        and _FIXTURE_BEFORE.search(text, max(0, start - 20), start) is not None


def used_as_side(text: str, start: int, end: int) -> bool:
    """Whether the words around text[start:end] make the name a side (a town's people
    are not given a verb in the plural: "Leeds were beaten" is the club)."""
    return side_in_a_score(text, start, end) or bool(_SIDE_AFTER.match(text, end)) \
        or _SIDE_BEFORE.search(text, max(0, start - 20), start) is not None or plural_verb_after(text, start, end)


def town_sides(text: str, mentions: list[RawMention], towns: set[str]) -> set[str]:
    """The towns the article names as sides (see `sides`), every mention of them made
    the club: an ORG, no gazetteer place. Returns their keys."""
    lex = lexicon()
    places = lex.places

    def national(mention: RawMention) -> bool:   # a national side is written as its country: a place
        return mention.place_kind == "country" or places.get(mention.key, ("", ""))[1] == "country" \
            or mention.key in lex.nations

    def is_town(mention: RawMention) -> bool:
        return mention.gazetteer and mention.type == "PLACE" or mention.type == "ORG" and mention.key in places

    for mention in mentions:
        if is_town(mention) and not national(mention) and used_as_side(text, mention.start, mention.end):
            towns.add(mention.key)   # (also "club side X", typed ORG by its noun already)
    # A town listed beside a side is one too: "Luton, Preston, Queens Park Rangers and other clubs".
    # (and a name no gazetteer knows, where only a side can stand: "the tie between X and Leeds")
    sides_named = {m.key for m in mentions if m.type == "ORG" and m.key.split()[-1] in CLUB_LAST_WORDS
                   or m.type in ("ORG", "OTHER") and side_in_a_fixture(text, m.start, m.end)} | towns
    for index in listed_beside(text, mentions, sides_named):
        if is_town(mentions[index]) and not national(mentions[index]):
            towns.add(mentions[index].key)
    if sides_named:
        # Where the article names sides, a town that owns a player or is where he goes on
        # loan is one too: "Fulham's Edwin van der Sar", "his loan spell at Leicester".
        for mention in mentions:
            if is_town(mention) and not national(mention) and (
                    _PLAYER_AFTER.match(text, mention.end)
                    or _TRANSFER_BEFORE.search(text, max(0, mention.start - 30), mention.start)):
                towns.add(mention.key)
    towns -= {m.key for m in mentions if m.key in towns and national(m)}
    if towns:
        for mention in mentions:
            if mention.key in towns:
                mention.type, mention.gazetteer, mention.place_kind = "ORG", False, ""
    return towns


def listed_beside(text: str, mentions: list[RawMention], keys: set[str]) -> list[int]:
    """The indexes of the mentions in a list ("A, B and C") with a mention of one of `keys`."""
    found: set[int] = set()
    if not keys:
        return []
    start = 0
    while start < len(mentions):
        end = start
        while end + 1 < len(mentions) and text[mentions[end].end:mentions[end + 1].start] in LIST_GAPS:
            end += 1
        if end > start and any(mentions[i].key in keys for i in range(start, end + 1)):
            found.update(range(start, end + 1))
        start = end + 1
    return sorted(found)


# A town's paper is no fuller name of its club ("Liverpool Echo", "Gloucester Citizen").
_PAPER_WORDS = frozenset("echo chronicle citizen evening post times herald journal tribune gazette mail news "
                         "telegraph express mirror star standard argus courier press observer advertiser examiner "
                         "record".split())


def name_the_clubs(mentions: list[RawMention], towns: set[str]) -> None:
    """A side's key: the one fuller name the article gives the club ("Leicester Tigers",
    "Newcastle Falcons"), else the town's key and a word of its own, so that the club
    and the town are never one entity."""
    for town in towns:
        fuller = {m.key for m in mentions if m.key.startswith(town + " ") and m.type in ("ORG", "OTHER")
                  and not m.gazetteer and not _PAPER_WORDS.intersection(m.key.split()[1:])
                  and m.key.split()[-1] not in EVENT_WORDS}   # (nor its cup: "Munster Cup")
        key = fuller.pop() if len(fuller) == 1 else f"{town} {CLUB_KEY_WORD}"
        for mention in mentions:
            if mention.key == town:
                mention.key = key
            if mention.key == key:
                mention.type = "ORG"


# A nation's second side, written as its name and a capital "A": "Scotland A beat Italy A
# 30-20", "the Scotland A squad" (not "A. Vorley", an initial, nor "A Step" in a title's capitals).
_A_SIDE = re.compile(r" A(?:'s|\u2019s)?(?![\w\-&/'\u2019]|\.\w|\.? [A-Z])")
_A_SIDE_NATIONS = ("country", "region")   # (the gazetteer makes the home nations regions: "Scotland A")


def second_sides(text: str, mentions: list[RawMention]) -> None:
    """A country's name before a lone "A" is its second side (ORG, a name of its own), as
    sports pages name a nation's "A" team; the gazetteer's place is only part of it."""
    places = lexicon().places
    for mention in mentions:
        if not mention.gazetteer or mention.code_of or len(mention.tokens) != 1 or mention.tokens[0].headline \
                or places.get(mention.key, ("", ""))[1] not in _A_SIDE_NATIONS or not _A_SIDE.match(text, mention.end):
            continue
        mention.end += 2
        mention.text = text[mention.start:mention.end]
        mention.type, mention.key = "ORG", normalize_name(mention.text)
        mention.gazetteer, mention.place_kind, mention.guessed = False, "", False
