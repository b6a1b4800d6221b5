"""Names followed by a number: a model's or an edition's number is part of the name
("PlayStation 3", "Windows 95", "Boeing 747s", "Macintosh II"), and so is a side's age group
("England Under-21"); a numbered part of a document or a class of shares is no name at all
("Chapter 11", "Section 404", "Class A").

The number is not a token (tokens are capitalised words), so this works on the mentions
once they are cut: it extends or drops them.
"""
from __future__ import annotations

import re

from ..folding import normalize_name
from ..lexicon import lexicon
from .tokens import RawMention

# Everyday nouns that a number or a letter makes a part of something, not a name: "Chapter
# 11 protection", "under Section 5 of the Public Order Act", "Class A shares", "Grade II".
NUMBERED_PARTS = frozenset({"chapter", "section", "article", "clause", "paragraph", "schedule", "class", "grade",
                            "item", "rule", "annex", "appendix"})
_PART_NUMBER = re.compile(r"\s(?:\d+[A-Za-z]?|[A-Z]|[IVX]{1,4})\b(?![.,]\d)")
# "Group D" of a competition (a letter only: "Group 4" is a firm's name).
_GROUP_LETTER = re.compile(r"\s[A-H]\b(?![.,&'\u2019]\w)")

# A model's or an edition's number right after the name: one to three digits (never a
# year) or a Roman numeral of two letters or more ("I" is the pronoun), with an "s" for
# several of the model ("767s"), ending there: not a figure ("1.55bn", "19,000", "3-1",
# "2/3"), not a figure's unit ("Sony 20 years", "Fiat 5 pct"), not a row of a table
# ("Chelsea 25 19 4 2") and not a score ("Chelsea 2 Arsenal 1").
_MODEL_NUMBER = re.compile(r" (\d{1,3}|[IVX]{2,4})s?(?![\w.,/:\-\u2013]\w|[\w%\u00a3$])")
_UNIT_AFTER = re.compile(
    r"\s+(?:pct|percent|per\b|mln|bln|million|billion|thousand|dlrs?|dollars?|pounds?|pence|cents?|yen|euros?"
    r"|marks|francs|tonnes?|tons?|barrels?|shares|points?|years?|months?|weeks?|days?|hours?|minutes?|pc\b|p\b"
    r"|to\s+\d|and\s+\d|or\s+\d|of\s+\d|\d)", re.I)
_SCORE_AFTER = re.compile(r"\s+[A-Z][\w.'\u2019-]*(?:\s[A-Z][\w.'\u2019-]*){0,2}\s\d")
_NUMBER_BEFORE = re.compile(r"\d[ \t]+$")   # the second side of a score, a table's next row
# A player's minute in a line-up: a substitute "(Robert 58)", a list of scorers "Terry 17,
# Gudjohnsen 46" (their names are often no known person's, so the shape alone cannot tell).
_SUBSTITUTE_BEFORE = re.compile(r"\($")
_SCORER_AFTER = re.compile(r"\s*,\s*[A-Z][\w'\u2019-]*(?:\s[A-Z][\w'\u2019-]*)?\s\d{1,3}\b")
# Before the number, a broadcaster's station or a union's local keeps the name a body's
# ("BBC Radio 4", "BBC News 24", "Local 594"); any other numbered name is a thing made.
_BODY_BEFORE_NUMBER = frozenset({"radio", "news", "channel", "local"})
_AGE_GROUP = re.compile(r"-\d{2}s?\b")
_ORDINAL_BEFORE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th) $")


def numbered_names(text: str, mentions: list[RawMention]) -> None:
    """Drop the numbered parts and add a model's number to its name, in place."""
    kept = []
    given_names = lexicon().given_names
    for mention in mentions:
        last = mention.tokens[-1].folded if mention.tokens else ""
        if len(mention.tokens) == 1 and mention.end == mention.tokens[0].end and (
                last in NUMBERED_PARTS and _PART_NUMBER.match(text, mention.end)
                or last == "group" and _GROUP_LETTER.match(text, mention.end)):
            continue
        century = _ORDINAL_BEFORE.search(text, max(0, mention.start - 7), mention.start) \
            if mention.tokens and mention.tokens[0].folded == "century" else None
        if century and len(mention.tokens) == 1:
            continue   # "the 21st Century": a time, no name
        if century:   # "20th Century Fox": the ordinal is the name's
            _respan(mention, text, century.start(), mention.end)
        kept.append(mention)
        age_group = _AGE_GROUP.match(text, mention.end) if last == "under" and len(mention.tokens) >= 2 else None
        if age_group:   # a country's or a club's side of an age group: "England Under-21", "Wales Under-19s"
            _respan(mention, text, mention.start, age_group.end(), text[mention.start:age_group.end()].rstrip("s"))
            mention.type, mention.gazetteer, mention.place_kind = "ORG", False, ""
            mention.learned = mention.unexplained = False
            continue
        if mention.type in ("PERSON", "PLACE") or mention.gazetteer or mention.end != mention.tokens[-1].end \
                or mention.tokens[0].folded in given_names:
            continue   # (a player's minute, "Cole 63"; a city's row of prices, "Seattle 1.87")
        found = _MODEL_NUMBER.match(text, mention.end)
        if found is None or _UNIT_AFTER.match(text, found.end()) or _SCORE_AFTER.match(text, found.end()) \
                or _SCORER_AFTER.match(text, found.end()) \
                or _NUMBER_BEFORE.search(text, max(0, mention.start - 12), mention.start) \
                or _SUBSTITUTE_BEFORE.search(text, max(0, mention.start - 1), mention.start):
            continue
        # (its key from what is written: the bare name may stand for a fuller one, "Boeing Co")
        _respan(mention, text, mention.start, found.end(),
                f"{text[mention.start:mention.tokens[-1].end]} {found.group(1)}")
        mention.type = "ORG" if last in _BODY_BEFORE_NUMBER else "OTHER"
        mention.learned = mention.unexplained = False
    mentions[:] = kept


def _respan(mention: RawMention, text: str, start: int, end: int, keyed: str | None = None) -> None:
    """Give the mention the span start:end and the key of `keyed` (by default its new text)."""
    mention.start, mention.end, mention.text = start, end, text[start:end]
    mention.key = normalize_name(mention.text if keyed is None else keyed)
