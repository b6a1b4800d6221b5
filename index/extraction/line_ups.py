"""Team line-ups: a paragraph that is nothing but a list of players.

Sports reports end with the sides as they played: "Murphy; Rabeni, Smith, Gibson (Lloyd
67); Goode, Ellis; ... M Johnson (capt), L Deacon." or a squad, "M Blair (Edinburgh),
A Craig (Glasgow), ...". Read as prose, it goes wrong everywhere: each item starts a
clause, so a surname that is an everyday word ("King", "Back", "White") is no name; a
bare initial is dropped ("M Johnson" becomes "Johnson"); and a surname alone has no cue,
so it is typed OTHER. Recognised as a line-up, every item is a player (a PERSON, with
the initial the list gives him), a name and a minute in brackets is the substitute, and
a name alone in brackets is his club, an ORG unless it is a place the gazetteer knows
(a town or a country: the town's side, or the country a squad player plays for, are
left to the ordinary rules).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..model import EntityType

_PARTICLES = r"(?:[Vv]an|[Dd]e|[Dd]i|[Ll]e|[Dd]a|[Dd]os|[Dd]el|[Vv]on|[Ee]l|[Dd]u|der|ter)"
# A player as line-ups write him: an optional initial, then one to three capitalised words.
_NAME = (r"(?:[A-Z]\.? )?(?:" + _PARTICLES + r" )*[A-Z][\w'\u2019-]+"
         r"(?: (?:" + _PARTICLES + r" )*[A-Z][\w'\u2019-]+){0,2}")
# (or the captain's mark as an item of its own: "O'Connell, capt, Easterby")
_ITEM = r"(?:" + _NAME + r"(?: \([^()\n]{1,30}\))?|capt|captain)"
# What may stand before the list: a dash, and a label ("Replacements (from):", "Subs:"),
# or its colon alone (where the side's name was a link the text lost).
_LABEL = r"(?:-\s*)?(?:(?:[A-Z][\w']*(?: [\w']+){0,3}(?: \([a-z]+\))?)?:\s*)?"
# Six items at least, and nothing else on the line but the separators and a full stop; a
# full stop may part the backs from the forwards too ("M Horan. F Sheahan, J Hayes").
_SEPARATOR = r"(?:\s*[,;/]\s*|\. +)"
_LINE_UP = re.compile(r"^" + _LABEL + "(" + _ITEM + "(?:" + _SEPARATOR + _ITEM + r"){5,})\.?[ \t]*$", re.M)
_ENTRY = re.compile("(" + _NAME + r")(?: \(([^()\n]{1,30})\))?")
_SUBSTITUTE = re.compile("(" + _NAME + r") \d{1,3}\b")
_CLUB = re.compile(r"(?:[A-Z][\w'\u2019-]+)(?: [A-Z][\w'\u2019-]+){0,2}")
# In brackets, the role of the player rather than a name.
_ROLES = frozenset({"capt", "captain", "c", "vc", "gk", "from"})
# The cheap test first: a line-up has many separators (the pattern wants five at least).
_MIN_SEPARATORS = 5


@dataclass(frozen=True, slots=True)
class LineUpName:
    start: int
    end: int
    type: EntityType   # PERSON for a player, ORG for the club in brackets after him


def line_up_names(text: str) -> Iterator[LineUpName]:
    """The players and clubs of every line-up paragraph of `text`, in order."""
    if text.count(",") + text.count(";") < _MIN_SEPARATORS:
        return
    for line in _line_ups(text):
        list_start, list_end = line.span(1)
        for entry in _ENTRY.finditer(text, list_start, list_end):
            yield LineUpName(entry.start(1), entry.end(1), "PERSON")
            if entry.group(2) is None:
                continue
            inside_start = entry.start(2)
            substitute = _SUBSTITUTE.fullmatch(entry.group(2))
            if substitute is not None:
                yield LineUpName(inside_start, inside_start + substitute.end(1), "PERSON")
                continue
            club = _CLUB.match(entry.group(2))
            if club is not None and club.group().lower() not in _ROLES:
                yield LineUpName(inside_start, inside_start + club.end(), "ORG")


def _line_ups(text: str) -> Iterator[re.Match[str]]:
    """What _LINE_UP.finditer(text) finds, the pattern tried only where a line starts (its
    "^" fails everywhere else, but the regex engine would try it from every character)."""
    start = 0
    while start >= 0:
        line = _LINE_UP.match(text, start)
        if line is not None:
            yield line
        next_line = text.find("\n", line.end() if line is not None else start)
        start = next_line + 1 if next_line >= 0 else -1
