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

from .type_cues import plural_verb_after

# A result as sports pages write it: "Ostley 31-37 Harbridge Rovers", a side either side.
_SCORE_AFTER = re.compile(r" \d{1,3}-\d{1,3} [A-Z]")
_SCORE_BEFORE = re.compile(r"\b[A-Z][\w.-]* \d{1,3}-\d{1,3} $")
# After a side's name: its staff, fans, or what it did ("X coach John Wells", "X fans",
# "X's win"); not "side" alone ("a London side" is a club from the town, not named so).
_SIDE_AFTER = re.compile(
    # (also a player's two sides, club and country: "X and England centre Ann Lee")
    r"(?:'s?|\u2019s?)?(?:\sand\s[A-Z][\w-]+)?\s(?:coach|manager|boss|captain|skipper|striker|midfielder|defender|goalkeeper|keeper"
    r"|winger|fly-half|scrum-half|full-back|flanker|hooker|prop|tight-head|loose-head|lock|centre|forward"
    r"|fans|supporters|squad|academy|rugby director|director of rugby|win|victory|defeat|comeback|beat"
    r"|captaincy|team-mates?|teammates?)\b")
# Before it: "club side X", "his club side, X,", "beat X", "a win over X" (not "against
# X": "the case against Brussels").
_SIDE_BEFORE = re.compile(r"\b(?:(?:club|side|team),?|beat|beating|thrashed|lost to|losing to|lose to|captained|rivals?"
                          r"|drew with|draw with|victory over|win over|defeat by|defeat to)\s+$")
# Appended to a town's key for its club, where the article names the club no fuller.
CLUB_KEY_WORD = "club"


def side_in_a_score(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] is a side in a result ("Wasps 31-37 Leicester")."""
    return bool(_SCORE_AFTER.match(text, end) or _SCORE_BEFORE.search(text, max(0, start - 40), start))


def used_as_side(text: str, start: int, end: int) -> bool:
    """Whether the words around text[start:end] make the name a side (a town's people
    are not given a verb in the plural: "Leeds were beaten" is the club)."""
    return side_in_a_score(text, start, end) or bool(_SIDE_AFTER.match(text, end)) \
        or _SIDE_BEFORE.search(text, max(0, start - 20), start) is not None \
        or plural_verb_after(text, start, end)
