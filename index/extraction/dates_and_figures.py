"""Capitalised words that are dates, times, credit ratings or a table's labels, not names:
"New Year's Eve", "(Sept-Aug)", "on Thursdays", "at 1700 EDT", "cut to BBB-minus", "YEAR"
alone on a line of figures."""
from __future__ import annotations

import re

from ..lexicon import Lexicon
from .tokens import Token
from .word_lists import HOLIDAYS, MONTH_ABBREVIATIONS, TABLE_WORDS, TIME_ZONES

# A figure's unit, which no name holds however it is capitalised (not "Rev", a title too, or
# "Vs" inside a title of a work: "Moped Vs Santa").
_UNITS = frozenset("pct dlr dlrs dls mln mlns bln cts ct stg".split())

# Credit ratings ("AAA", "BBB-minus", "Baa-1", "Baa2"), in capitals like acronyms.
_RATING = re.compile(r"(?:AAA|AA|BBB|BB|CCC|CC|Aaa|Aa|Baa|Ba|Caa)[1-3]?$")
_RATING_AFTER = re.compile(r"-?(?:minus|plus|[123]\b)|[+-](?!\w)")
_RATING_BEFORE = re.compile(r"\b(?:rat(?:ed|ing|ings)|grade|downgraded|upgraded|affirmed|cut|raised|lowered)\b[^.]*$",
                            re.I)
# ... or the rating's noun soon after it: "a AA rating", "its Baa2 grade".
_RATING_NOUN_AFTER = re.compile(r"[^.]{0,30}?\b(?:rat(?:ed|ing|ings)|grade)\b", re.I)

# Dates named like names: "New Year", "Happy New Year", "New Years Eve", "New Year's Day"
# (whose "Eve" and "Day" follow the possessive, which ends a name); "Year" where a
# sentence's "New" was left out.
_HOLIDAY_PHRASE = re.compile(r"(?:happy )?(?:new )?years?(?: eve| day)?$")
_AFTER_NEW_YEAR = re.compile(r"\bYear(?:'s|\u2019s) $")
# What puts a month's short name in a date: "in Sept.", "since Aug".
_MONTH_BEFORE = re.compile(r"\b(?:in|since|from|until|till|by|to|through|early|late|mid|end|and|of) $", re.I)

# A row of a table of prices by month, figures or dashes for the missing ones either side.
_IN_A_ROW_OF_FIGURES = re.compile(r"(?:\d|---?)\s+$")
_FIGURES_AFTER = re.compile(r"\s+(?:\d|---?)")

# A clock's time right before ("4.15 P.M.", "9 AM").
_CLOCK_BEFORE = re.compile(r"\d\s?$")
_HOLIDAY_DAYS = frozenset({"day", "eve", "sunday", "monday", "weekend"})
_LETTERS = re.compile(r"[^\W\d_]+")


def a_date_or_figure(text: str, tokens: list[Token], folded_words: list[str], start: int, end: int,
                     lex: Lexicon) -> bool:
    """Whether the name-shaped `text[start:end]` (its words `folded_words`) is a date, a
    time, a credit rating or a figure not available."""
    phrase = " ".join(folded_words)
    if "year" in phrase and _HOLIDAY_PHRASE.match(phrase) \
            or len(tokens) == 1 and text.find("Year", max(0, start - 8), start) >= 0 \
            and _AFTER_NEW_YEAR.search(text, max(0, start - 8), start):   # (the pattern only where its word is)
        return True   # "New Year's Eve": a date, as "Christmas" is
    if len(tokens) == 2 and (folded_words[0] in HOLIDAYS and folded_words[1] in _HOLIDAY_DAYS
                             or folded_words in (["boxing", "day"], ["good", "friday"])):
        return True   # "Christmas Day", "Easter Monday", "Boxing Day": a date, as "Christmas" alone is
    if tokens[0].text[:1] in "aApP" and tokens[0].text.replace(".", "").lower() in ("am", "pm") \
            and _CLOCK_BEFORE.search(text, max(0, start - 3), start) and all(w in TIME_ZONES for w in folded_words[1:]):
        return True   # "at 4.15 P.M.", "9 A.M. EST": a clock's half of the day, no name
    if len(tokens) >= 2:
        return all(w in MONTH_ABBREVIATIONS or w in lex.calendar_words for w in folded_words)   # "(Sept-Aug)"
    token = tokens[0]
    if token.folded in MONTH_ABBREVIATIONS and (
            re.match(r"\.?\s*\d|/", text[end:end + 4]) or start and text[start - 1] in "-/"
            or _IN_A_ROW_OF_FIGURES.search(text, max(0, start - 6), start) and _FIGURES_AFTER.match(text, end)
            or token.folded not in lex.given_names and _MONTH_BEFORE.search(text, max(0, start - 9), start)):
        return True   # "Feb 26", "Jan/Feb", "(Sept-Aug)", "in Sept.", a price table's "8 Jul --- 145.50"
    if token.text == "NA" and re.search(r"\bvs\.? $", text[max(0, start - 4):start]):
        return True   # a table's figure not available, "Revs 20.8 mln vs NA" (not a bank's "NA")
    if token.folded.endswith("s") and token.folded[:-1] in lex.calendar_words:
        return True   # "on Thursdays"
    if token.folded in TIME_ZONES and _CLOCK_BEFORE.search(text, max(0, start - 3), start):
        return True   # "at 1700 EDT"
    # (a rating's first letter is tested first: most words start on none of them)
    return token.text[:1] in "ABC" and bool(_RATING.match(token.text)) \
        and bool(_RATING_AFTER.match(text, end) or _RATING_NOUN_AFTER.match(text, end)
                 or _RATING_BEFORE.search(text, max(0, start - 80), start))
    #               ("cut to BBB-minus from BBB": a credit rating, no name)


def a_table_label(text: str, start: int, end: int) -> bool:
    """Whether the word at start:end is a label in a table: alone on its line, or on a line
    of figures with no other word but table vocabulary; or a label opening its line before
    a colon ("NOTES: Share results after ...")."""
    line_start = text.rfind("\n", 0, start) + 1
    if start == line_start and text.startswith(":", end):
        return True
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    rest = text[line_start:start] + " " + text[end:line_end]
    words = [w.lower() for w in _LETTERS.findall(rest)]
    if not words:
        return True
    return sum(ch.isdigit() for ch in rest) >= 2 and all(w in TABLE_WORDS or w == "loss" for w in words)


def a_table_word(token: Token) -> bool:
    """A table's word, which ends a name: "2ND QTR JAN 31", "NINE MTHS", "33 PCT OF ACME";
    a unit also capitalised as a name's word is ("the eight billion U.S. Dlr Tarvo project")."""
    return token.folded in TABLE_WORDS and (token.all_caps or token.initial or token.folded in _UNITS)
